/**
 * coverage-gate as the runner starts it, against the floor: `node dist/coverage-gate/index.js`
 * in a checkout (bench/gate-workspace.ts) over a generated report, and a plain Node process
 * reading every byte of the same report once (bench/byte-scan.mjs). Each run is a fresh
 * process; wall time is the median of the rounds, peak RSS the highest.
 *
 * Kinds: the action as it decides (threads chosen by packages/coverage/thread-plan.ts), and the
 * same forced to one thread and to worker threads (MATURITY_ACTIONS_THREADS), to show what the
 * decision weighed.
 */
import { availableParallelism } from 'node:os';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatCoveragePercent } from '../packages/coverage/totals.js';
import { REPO_ROOT } from './compile-for-child.js';
import { fixed, table } from './format.js';
import { COMPONENT, ensureCheckout } from './gate-workspace.js';
import { DATA_DIR, MB, type GeneratedReport } from './generate-cobertura.js';
import { measureInterleaved, runProcess, type ProcessRun, type ProcessSummary } from './process-run.js';
import { runnerDist } from './runner-copy.js';

export type WholeKind = 'floor' | 'gate' | 'gate-one' | 'gate-threads';

export interface WholeResult {
  report: GeneratedReport;
  mb: number;
  byKind: Map<WholeKind, ProcessSummary>;
  /** coverage-gate's `coverage` output of the last run of each gate kind. */
  headlines: Map<WholeKind, string>;
  /** What coverage.py prints for the generator's counts: (covered lines + branches) / (lines + branches). */
  expected: string;
  /** Pieces each gate kind parsed the report in, from the action's debug line. */
  pieces: Map<WholeKind, number>;
}

/** The goals of issue 15, at every size measured. */
export const MAX_WALL_RATIO = 2;
export const MAX_RSS_RATIO = 1.5;

const FLOOR = join(REPO_ROOT, 'bench', 'byte-scan.mjs');
const RUNNER_TEMP = join(DATA_DIR, 'runner-temp');
export const THREADS_FORCED = Math.min(4, availableParallelism());

/** GITHUB_OUTPUT's value for `name` (the `name<<delimiter` form @actions/core writes). */
function outputValue(file: string, name: string): string {
  const lines = readFileSync(file, 'utf8').split('\n');
  const at = lines.findIndex((l) => l.startsWith(`${name}<<`));
  return at < 0 ? '' : (lines[at + 1] ?? '');
}

function gateEnv(report: string, checkout: string, threads: string | undefined): Record<string, string> {
  mkdirSync(RUNNER_TEMP, { recursive: true });
  const output = join(RUNNER_TEMP, 'output');
  const summary = join(RUNNER_TEMP, 'summary.md');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  return {
    GITHUB_WORKSPACE: checkout,
    RUNNER_TEMP,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    'INPUT_COVERAGE-FILES': report,
    INPUT_COMPONENT: COMPONENT,
    ...(threads ? { MATURITY_ACTIONS_THREADS: threads } : {}),
  };
}

export async function measureWholeProcess(
  node: string,
  reports: readonly GeneratedReport[],
  rounds: number,
  progress: (s: string) => void,
): Promise<WholeResult[]> {
  const largest = reports[reports.length - 1]!;
  const checkout = await ensureCheckout(largest.path, largest.bytes);
  const kinds: WholeKind[] = ['floor', 'gate', 'gate-one', ...(THREADS_FORCED > 1 ? (['gate-threads'] as const) : [])];
  return reports.map((report) => {
    const mb = report.bytes / MB;
    const headlines = new Map<WholeKind, string>();
    const pieces = new Map<WholeKind, number>();
    const run = (kind: WholeKind): ProcessRun => {
      if (kind === 'floor') return runProcess(node, [FLOOR, report.path], {}, checkout);
      const threads = kind === 'gate-one' ? '1' : kind === 'gate-threads' ? String(THREADS_FORCED) : undefined;
      const env = gateEnv(report.path, checkout, threads);
      const r = runProcess(node, [join(runnerDist(), 'coverage-gate', 'index.js')], env, checkout);
      headlines.set(kind, outputValue(env.GITHUB_OUTPUT!, 'coverage'));
      pieces.set(kind, Number(/parsed in (\d+) piece/.exec(r.stdout)?.[1] ?? 0));
      return r;
    };
    const byKind = measureInterleaved(kinds, rounds, run, (round) =>
      progress(`  whole process, ${fixed(mb)} MB: round ${round}/${rounds}`),
    );
    const t = report.totals;
    const expected = formatCoveragePercent(
      (100 * (t.coveredStatements + t.coveredBranches)) / (t.statements + t.branches),
    );
    return { report, mb, byKind, headlines, expected, pieces };
  });
}

const KIND_LABEL: Record<WholeKind, string> = {
  floor: 'floor: node reading every byte once',
  gate: 'coverage-gate, as it decides',
  'gate-one': 'coverage-gate, one thread',
  'gate-threads': `coverage-gate, ${THREADS_FORCED} threads`,
};

export function headlinesExact(r: WholeResult): boolean {
  return [...r.headlines.values()].every((h) => h === r.expected);
}

/** The table, and PASS/FAIL for each size against MAX_WALL_RATIO and MAX_RSS_RATIO (the action as it decides). */
export function printWholeProcess(results: readonly WholeResult[], node: string): void {
  console.log(
    `\nThe whole process, as the runner starts it (${node}): \`node dist/coverage-gate/index.js\` in a checkout of the report's files,` +
      `\nwith a config and MATURITY.md (bench/gate-workspace.ts), against a process that reads every byte of the report once (bench/byte-scan.mjs).` +
      `\nWall: median; CPU: median user+system of all threads; RSS: highest. Ratios are to the floor's figure of the same size, same run.\n`,
  );
  const rows: string[][] = [
    ['size', 'process', 'pieces', 'wall', 'CPU', 'peak RSS', 'wall ÷ floor', 'RSS ÷ floor', 'coverage'],
  ];
  for (const r of results) {
    const floor = r.byKind.get('floor')!;
    for (const [kind, s] of r.byKind) {
      const isFloor = kind === 'floor';
      rows.push([
        kind === 'floor' ? `${fixed(r.mb)} MB` : '',
        KIND_LABEL[kind],
        isFloor ? '' : String(r.pieces.get(kind) ?? '?'),
        `${fixed(s.seconds, 3)} s`,
        `${fixed(s.cpuSeconds, 3)} s`,
        `${fixed(s.peakRssMB)} MB`,
        isFloor ? '' : `${fixed(s.seconds / floor.seconds, 2)}×`,
        isFloor ? '' : `${fixed(s.peakRssMB / floor.peakRssMB, 2)}×`,
        isFloor ? '' : `${r.headlines.get(kind) ?? '-'}%`,
      ]);
    }
  }
  console.log(table(rows));
  console.log(
    `\nTargets (coverage-gate as it decides; wall ≤ ${MAX_WALL_RATIO}× and peak RSS ≤ ${MAX_RSS_RATIO}× the floor's):`,
  );
  for (const r of results) {
    const floor = r.byKind.get('floor')!;
    const gate = r.byKind.get('gate')!;
    const wall = gate.seconds / floor.seconds;
    const rss = gate.peakRssMB / floor.peakRssMB;
    console.log(
      `  ${wall <= MAX_WALL_RATIO ? 'PASS' : 'FAIL'}  ${fixed(r.mb)} MB: wall ${fixed(wall, 2)}× the floor (${fixed(gate.seconds, 3)} s against ${fixed(floor.seconds, 3)} s)`,
    );
    console.log(
      `  ${rss <= MAX_RSS_RATIO ? 'PASS' : 'FAIL'}  ${fixed(r.mb)} MB: peak RSS ${fixed(rss, 2)}× the floor (${fixed(gate.peakRssMB)} MB against ${fixed(floor.peakRssMB)} MB)`,
    );
    console.log(
      `  ${headlinesExact(r) ? 'PASS' : 'FAIL'}  ${fixed(r.mb)} MB: the headline is coverage.py's, ${r.expected}% ` +
        `((covered lines + covered branches) / (lines + branches) of the generated counts), in every run`,
    );
  }
}
