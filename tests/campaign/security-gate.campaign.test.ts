/** The bad-input campaign for dist/security-gate (harness.ts says how cases are judged). */
import { securityGateCases } from './cases/security-gate.js';
import { campaign } from './suite.js';

campaign('security-gate', securityGateCases());
