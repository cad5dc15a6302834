import { run } from './planner-action.js';

await run();
