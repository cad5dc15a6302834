import { run } from './security-gate-action.js';

await run();
