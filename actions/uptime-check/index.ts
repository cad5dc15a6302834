import { run } from './uptime-check-action.js';

await run();
