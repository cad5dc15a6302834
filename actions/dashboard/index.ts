import { run } from './dashboard-action.js';

await run();
