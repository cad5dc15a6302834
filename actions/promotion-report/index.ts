import { run } from './promotion-report-action.js';

await run();
