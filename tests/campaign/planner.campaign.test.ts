/** The bad-input campaign for dist/planner (harness.ts says how cases are judged). */
import { plannerCases } from './cases/planner.js';
import { campaign } from './suite.js';

campaign('planner', plannerCases());
