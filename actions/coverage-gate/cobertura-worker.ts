/** Worker thread entry (bundled as dist/coverage-gate/cobertura-worker.js): parses one piece of a large Cobertura report. */
import { parentPort, workerData } from 'node:worker_threads';
import {
  parseCoberturaFragment,
  transferListOf,
  type FragmentTask,
} from '../../packages/coverage/parallel-cobertura.js';

const outcome = await parseCoberturaFragment(workerData as FragmentTask);
parentPort!.postMessage(outcome, transferListOf(outcome));
