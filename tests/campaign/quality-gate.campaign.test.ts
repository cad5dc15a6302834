/** The bad-input campaign for dist/quality-gate (harness.ts says how cases are judged). */
import { qualityGateCases } from './cases/quality-gate.js';
import { campaign } from './suite.js';

campaign('quality-gate', qualityGateCases());
