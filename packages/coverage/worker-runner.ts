/**
 * Runs report pieces (parallel-cobertura.ts) on worker threads. The worker script is the
 * bundled `cobertura-worker.js` beside the action's index.js; without it (running from
 * source), reports are parsed on one thread.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FragmentOutcome, FragmentRunner, FragmentTask } from './parallel-cobertura.js';

export interface ParallelOptions {
  run: FragmentRunner;
  /** Pieces per report. */
  threads: number;
  /** Reports smaller than this are parsed on one thread (starting a worker costs ~30 ms). */
  minBytes: number;
}

const DEFAULT_MIN_BYTES = 16 * 1024 * 1024;
const MAX_THREADS = 4;
/** A worker's default young generation is small; a parse allocates steadily (per-file arrays), and scavenges then cost more than the parse. */
const YOUNG_GENERATION_MB = 32;

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
 * Parallel parsing with the worker script at `script`, when it exists and the machine has
 * more than one core. MATURITY_ACTIONS_PARALLEL_MIN_BYTES overrides the size threshold (tests).
 */
export function parallelOptions(script: string, env: Record<string, string | undefined> = process.env): ParallelOptions | undefined {
  const threads = Math.min(MAX_THREADS, availableParallelism());
  if (threads < 2 || !existsSync(script)) return undefined;
  const override = Number(env.MATURITY_ACTIONS_PARALLEL_MIN_BYTES);
  return { run: workerRunner(script), threads, minBytes: Number.isFinite(override) && override > 0 ? override : DEFAULT_MIN_BYTES };
}
