import { run } from './coverage-gate-action.js';

await run();
