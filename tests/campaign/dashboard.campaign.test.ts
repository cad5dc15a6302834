/** The bad-input campaign for dist/dashboard (harness.ts says how cases are judged). */
import { dashboardCases } from './cases/dashboard.js';
import { campaign } from './suite.js';

campaign('dashboard', dashboardCases());
