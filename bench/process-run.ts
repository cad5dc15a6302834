/**
 * Runs a whole Node process the way the runner starts an action (`node <file>`), and measures
 * what the user waits for and what the machine must hold: wall time from spawn to exit (the
 * parent's clock), CPU time (all threads: steadier than wall time on a shared machine) and
 * peak RSS (all threads), the last two written by the child itself at exit
 * (bench/rusage-preload.cjs).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { REPO_ROOT } from './compile-for-child.js';
import { median } from './format.js';

export interface ProcessRun {
  seconds: number;
  cpuSeconds: number;
  peakRssMB: number;
  code: number;
  stdout: string;
}

export interface ProcessSummary {
  /** Medians over the rounds. */
  seconds: number;
  cpuSeconds: number;
  /** Maximum over the rounds. */
  peakRssMB: number;
  /** The last run, for its exit code and output. */
  last: ProcessRun;
}

const PRELOAD = join(REPO_ROOT, 'bench', 'rusage-preload.cjs');
const RUSAGE_DIR = join(REPO_ROOT, 'bench', '.data', 'rusage');

/** The variables every run gets, and nothing from the caller's environment but these. */
function baseEnv(): Record<string, string> {
  const keep = ['PATH', 'HOME', 'TMPDIR', 'LANG'];
  return Object.fromEntries(keep.flatMap((k) => (process.env[k] === undefined ? [] : [[k, process.env[k]!]])));
}

/** One run of `node <args>` with only `env` (plus PATH and HOME) in its environment. */
export function runProcess(
  node: string,
  args: readonly string[],
  env: Record<string, string>,
  cwd: string,
): ProcessRun {
  mkdirSync(RUSAGE_DIR, { recursive: true });
  const rusage = join(RUSAGE_DIR, `${process.pid}.json`);
  rmSync(rusage, { force: true });
  const started = performance.now();
  const out = spawnSync(node, ['--require', PRELOAD, ...args], {
    cwd,
    env: { ...baseEnv(), ...env, BENCH_RUSAGE_OUT: rusage },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (out.error) throw out.error;
  if (!existsSync(rusage))
    throw new Error(`node ${args.join(' ')} wrote no resource usage (exit ${out.status}):\n${out.stderr}`);
  const u = JSON.parse(readFileSync(rusage, 'utf8')) as { peakKiB: number; userCPUTime: number; systemCPUTime: number };
  return {
    seconds,
    cpuSeconds: (u.userCPUTime + u.systemCPUTime) / 1e6,
    peakRssMB: u.peakKiB / 1024,
    code: out.status ?? -1,
    stdout: out.stdout,
  };
}

export function summarize(runs: readonly ProcessRun[]): ProcessSummary {
  return {
    seconds: median(runs.map((r) => r.seconds)),
    cpuSeconds: median(runs.map((r) => r.cpuSeconds)),
    peakRssMB: Math.max(...runs.map((r) => r.peakRssMB)),
    last: runs[runs.length - 1]!,
  };
}

/**
 * One warm-up run of every kind, then `rounds` rounds with the kinds interleaved, so that
 * drift on a shared machine hits them alike. `before` runs ahead of every run (resetting files).
 */
export function measureInterleaved<K extends string>(
  kinds: readonly K[],
  rounds: number,
  run: (kind: K) => ProcessRun,
  progress?: (round: number) => void,
): Map<K, ProcessSummary> {
  for (const kind of kinds) run(kind);
  const all = new Map<K, ProcessRun[]>(kinds.map((k) => [k, []]));
  for (let round = 1; round <= rounds; round++) {
    progress?.(round);
    for (const kind of kinds) all.get(kind)!.push(run(kind));
  }
  return new Map([...all].map(([k, runs]) => [k, summarize(runs)]));
}
