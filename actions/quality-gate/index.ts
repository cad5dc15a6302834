import { run } from './quality-gate-action.js';

await run();
