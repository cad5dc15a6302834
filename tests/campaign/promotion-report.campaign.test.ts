/** The bad-input campaign for dist/promotion-report (harness.ts says how cases are judged). */
import { promotionReportCases } from './cases/promotion-report.js';
import { campaign } from './suite.js';

campaign('promotion-report', promotionReportCases());
