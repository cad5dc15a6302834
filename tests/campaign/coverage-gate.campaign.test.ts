/** The bad-input campaign for dist/coverage-gate (harness.ts says how cases are judged). */
import { coverageGateCases } from './cases/coverage-gate.js';
import { campaign } from './suite.js';

campaign('coverage-gate', coverageGateCases());
