/**
 * Runs report pieces (parallel-cobertura.ts) on worker threads. The worker script is the
 * bundled `cobertura-worker.js` beside the action's index.js; without it (running from
 * source), reports are parsed on one thread. How many pieces: thread-plan.ts.
 */
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { FragmentOutcome, FragmentRunner, FragmentTask } from './parallel-cobertura.js';
import { planPieces, thisMachine } from './thread-plan.js';

export interface ParallelOptions {
  run: FragmentRunner;
  /** Pieces to parse a report of this size in (1: one thread). */
  pieces(bytes: number): number;
}

/** A worker's default young generation is small; a parse allocates steadily (per-file arrays), and scavenges then cost more than the parse. */
const YOUNG_GENERATION_MB = 32;
/** MATURITY_ACTIONS_THREADS may force a number of pieces (tests, the benchmark); no more than this. */
const MAX_FORCED = 16;

export function workerRunner(script: string): FragmentRunner {
  return (task: FragmentTask) =>
    new Promise<FragmentOutcome>((resolve) => {
      const worker = new Worker(script, { workerData: task, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
      let settled = false;
      const settle = (outcome: FragmentOutcome) => {
        if (!settled) resolve(outcome);
        settled = true;
      };
      worker.once('message', (m: FragmentOutcome) => settle(m));
      worker.once('error', (e) => settle({ ok: false, reason: e.message }));
      worker.once('exit', (code) => settle({ ok: false, reason: `the worker exited with code ${code}` }));
    });
}

/**
 * Parallel parsing with the worker script at `script`, when it exists. MATURITY_ACTIONS_THREADS
 * forces the number of pieces (1: one thread); otherwise thread-plan.ts decides per report.
 */
export function parallelOptions(script: string, env: Record<string, string | undefined> = process.env): ParallelOptions | undefined {
  if (!existsSync(script)) return undefined;
  const forced = Number(env.MATURITY_ACTIONS_THREADS);
  if (Number.isInteger(forced) && forced >= 1) {
    const pieces = Math.min(forced, MAX_FORCED);
    return { run: workerRunner(script), pieces: () => pieces };
  }
  return { run: workerRunner(script), pieces: (bytes) => planPieces(bytes, thisMachine()) };
}
