/**
 * Cold start: what every run of an action pays before it does any work. Each action's
 * committed bundle runs as the runner starts it (`node dist/<name>/index.js`, from a copy
 * outside the repository, bench/runner-copy.ts) in an empty
 * workspace with no inputs: each stops at its first check (a missing input or config) or
 * finds nothing to read, without reading a report or talking to GitHub. The baselines, in
 * the same run: bare Node (`node` on an empty file) and an ncc bundle of @actions/core alone
 * (bench/core-only-bundle.ts), which every action contains.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { coreOnlyBundle, type CoreOnlyKind } from './core-only-bundle.js';
import { fixed, table } from './format.js';
import { DATA_DIR } from './generate-cobertura.js';
import { measureInterleaved, runProcess, type ProcessSummary } from './process-run.js';
import { outsideRepo, runnerDist } from './runner-copy.js';

/** Issue 15: every action's cold start within this of the @actions/core-only bundle's. */
export const MAX_OVER_CORE_MS = 30;

export interface ColdStart {
  byKind: Map<string, ProcessSummary>;
  actions: string[];
}

const BARE = 'bare node';

/** The bundles the runner runs: dist/<name>/index.js. */
function actionNames(): string[] {
  return readdirSync(runnerDist())
    .filter((name) => existsSync(join(runnerDist(), name, 'index.js')))
    .sort();
}
const CORE = '@actions/core alone';
/** The same bundle built as the actions are, undici mapped to on demand: the least an action here starts in. */
const LEAN_CORE = '  undici on demand';

export function measureColdStart(node: string, rounds: number, progress: (s: string) => void): ColdStart {
  const workspace = join(DATA_DIR, 'empty-workspace');
  const temp = join(DATA_DIR, 'runner-temp-cold');
  mkdirSync(workspace, { recursive: true });
  mkdirSync(temp, { recursive: true });
  const empty = join(DATA_DIR, 'empty.mjs');
  writeFileSync(empty, '');
  progress('  cold start: building the @actions/core-only bundles (once)');
  const baseline = (kind: CoreOnlyKind) =>
    join(outsideRepo(dirname(coreOnlyBundle(kind)), `core-only-${kind}`), 'index.js');
  const files = new Map<string, string>([
    [BARE, empty],
    [CORE, baseline('plain')],
    [LEAN_CORE, baseline('lean')],
    ...actionNames().map((name): [string, string] => [name, join(runnerDist(), name, 'index.js')]),
  ]);
  const env = (): Record<string, string> => {
    const output = join(temp, 'output');
    const summary = join(temp, 'summary.md');
    writeFileSync(output, '');
    writeFileSync(summary, '');
    return { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: temp, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary };
  };
  const byKind = measureInterleaved(
    [...files.keys()],
    rounds,
    (kind) => runProcess(node, [files.get(kind)!], env(), workspace),
    (round) => progress(`  cold start: round ${round}/${rounds}`),
  );
  return { byKind, actions: actionNames() };
}

/** The range of the actions' cold starts over a baseline, e.g. "+1 to +18 ms". */
function spread(c: ColdStart, base: ProcessSummary): string {
  const overs = c.actions.map((name) => (c.byKind.get(name)!.seconds - base.seconds) * 1000);
  const signed = (ms: number) => `${ms >= 0 ? '+' : ''}${fixed(ms, 0)}`;
  return `${signed(Math.min(...overs))} to ${signed(Math.max(...overs))} ms`;
}

export function printColdStart(c: ColdStart, node: string, rounds: number): void {
  const core = c.byKind.get(CORE)!;
  const bare = c.byKind.get(BARE)!;
  console.log(
    `\nCold start (${node}): each bundle run as the runner starts it, in an empty workspace with no inputs (it stops at its first check` +
      `\nor finds nothing to read). Median of ${rounds} runs, interleaved; "over core" is the difference to the @actions/core-only bundle.\n`,
  );
  const rows: string[][] = [['process', 'wall', 'CPU', 'peak RSS', 'over core', 'bundle']];
  const row = (name: string, s: ProcessSummary, over: boolean) => [
    name,
    `${fixed(s.seconds * 1000, 0)} ms`,
    `${fixed(s.cpuSeconds * 1000, 0)} ms`,
    `${fixed(s.peakRssMB)} MB`,
    over ? `${s.seconds >= core.seconds ? '+' : ''}${fixed((s.seconds - core.seconds) * 1000, 0)} ms` : '',
    '',
  ];
  const lean = c.byKind.get(LEAN_CORE)!;
  rows.push(row(BARE, bare, false), row(CORE, core, false), row(LEAN_CORE, lean, true));
  for (const name of c.actions) rows.push(row(name, c.byKind.get(name)!, true));
  console.log(table(rows.map((r) => r.slice(0, 5))));
  console.log(
    `"undici on demand" is the @actions/core-only bundle built as the actions are: undici, which @actions/core loads for OIDC,\n` +
      `becomes a chunk read only when a run talks to GitHub (packages/github/undici-on-demand.ts). Over it, the actions take` +
      ` ${spread(c, lean)}.`,
  );
  console.log(
    `\nTargets (each action's cold start within ${MAX_OVER_CORE_MS} ms of @actions/core alone, ${fixed(core.seconds * 1000, 0)} ms):`,
  );
  for (const name of c.actions) {
    const over = (c.byKind.get(name)!.seconds - core.seconds) * 1000;
    console.log(
      `  ${over <= MAX_OVER_CORE_MS ? 'PASS' : 'FAIL'}  ${name}: ${over >= 0 ? '+' : ''}${fixed(over, 0)} ms`,
    );
  }
}
