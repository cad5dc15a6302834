/**
 * `npm run bench:quality`: quality-gate at scale, against the product targets
 *   "100,000 findings over 20,000 files: the gate finishes in a few seconds; annotation
 *    selection does not grow worse than n log n".
 * A benchmark, not a test: it prints PASS/FAIL lines and exits 0 either way.
 *
 * 1. End to end: generates a checkout of 20,000 Python files and a ruff report (CLI JSON
 *    shape, absolute paths from "another machine") with 100,000 findings, then runs the
 *    committed bundle dist/quality-gate/index.js as the runner does. Median of 3 runs.
 * 2. Phases, in this process: parse, locate (path mapping), fingerprint, evaluate, select
 *    annotations, render the summary.
 * 3. Growth of annotation selection for n = 25k .. 400k findings, as a ratio to the baseline
 *    measured in the same run: a plain Array.prototype.sort of n numbers (n log n by
 *    construction, with the same cache effects). A ratio that stays flat as n grows 16x
 *    means selection grows no worse than n log n.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { evaluateQuality } from '../actions/quality-gate/quality-gate.js';
import { annotationsFor } from '../actions/quality-gate/quality-gate-result.js';
import { renderSummary } from '../actions/quality-gate/render.js';
import { checkoutFiles } from '../packages/core/checkout-files.js';
import { SEED_POLICY } from '../packages/core/config/defaults.js';
import { defaultComponent } from '../packages/core/config/load-config.js';
import { PathResolver } from '../packages/core/path-resolver.js';
import { buildGateResult } from '../packages/core/result/build-result.js';
import { fingerprintFindings } from '../packages/findings/fingerprint.js';
import { parseQualityReport } from '../packages/findings/formats/quality-report.js';
import { locateFindings } from '../packages/findings/locate.js';
import { checkoutLineText } from '../packages/findings/source-lines.js';
import { readRunContext } from '../packages/github/run-context.js';
import { selectAnnotations, type Annotation } from '../packages/report/annotations.js';
import { SUMMARY_LIMIT_BYTES } from '../packages/report/markdown.js';
import { fixed, median, table } from './format.js';
import { seeded } from './random.js';

const FILES = 20_000;
const FINDINGS = 100_000;
const TARGET_SECONDS = 5;
const MAX_GROWTH = 1.5; // selection/sort time may drift this much across a 16x range of n before it is "worse than n log n"
const ROOT = join(import.meta.dirname, '..');
const DATA = join(ROOT, 'bench', '.data', 'quality');
const CHECKOUT = join(DATA, 'checkout');
const REPORT = join(CHECKOUT, 'ruff.json');
const FOREIGN_ROOT = '/home/runner/work/app/app';
const RULES = ['F401', 'E711', 'F841', 'E722', 'F821', 'E501', 'B006', 'UP006'];
const progress = (s: string) => void process.stderr.write(`${s}\n`);

function generate(): void {
  if (existsSync(join(DATA, 'done'))) return progress(`reusing ${DATA}`);
  rmSync(DATA, { recursive: true, force: true });
  const random = seeded(42);
  const findings: unknown[] = [];
  const lines = 30;
  for (let i = 0; i < FILES; i++) {
    const dir = join(CHECKOUT, 'src', 'components', `pkg${i % 50}`, `mod${Math.floor(i / 50) % 40}`);
    mkdirSync(dir, { recursive: true });
    const rel = `src/components/pkg${i % 50}/mod${Math.floor(i / 50) % 40}/file${i}.py`;
    const text = Array.from({ length: lines }, (_, l) =>
      l % 7 === 0 ? 'import os' : `value_${l} = compute(${l})`,
    ).join('\n');
    writeFileSync(join(CHECKOUT, rel), `${text}\n`);
    for (let k = 0; k < FINDINGS / FILES; k++) {
      const row = 1 + Math.floor(random() * lines);
      const code = RULES[Math.floor(random() * RULES.length)]!;
      findings.push({
        cell: null,
        code,
        end_location: { column: 10, row },
        filename: `${FOREIGN_ROOT}/${rel}`,
        fix: null,
        location: { column: 1, row },
        message: `Finding ${code} in file ${i}`,
        noqa_row: row,
        url: `https://docs.astral.sh/ruff/rules/${code}`,
      });
    }
  }
  writeFileSync(REPORT, JSON.stringify(findings, null, 2));
  mkdirSync(join(CHECKOUT, '.github'), { recursive: true });
  writeFileSync(
    join(CHECKOUT, '.github', 'maturity.yml'),
    'version: 1\ncomponents:\n  big:\n    paths: [src/components/**]\n',
  );
  // Its own repository: the checkout's file listing comes from git, and bench/.data is
  // ignored by the project's .gitignore.
  spawnSync('git', ['init', '-q'], { cwd: CHECKOUT });
  writeFileSync(join(DATA, 'done'), '');
}

function endToEnd(): number[] {
  const times: number[] = [];
  for (let i = 0; i < 4; i++) {
    const tmp = join(DATA, `run${i}`);
    mkdirSync(tmp, { recursive: true });
    for (const f of ['out', 'summary']) writeFileSync(join(tmp, f), '');
    const env = {
      PATH: process.env.PATH ?? '',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: CHECKOUT,
      RUNNER_TEMP: tmp,
      GITHUB_OUTPUT: join(tmp, 'out'),
      GITHUB_STEP_SUMMARY: join(tmp, 'summary'),
      INPUT_COMPONENT: 'big',
      'INPUT_RUFF-REPORT': 'ruff.json',
      INPUT_DOCSTRINGS: 'false',
    };
    const start = performance.now();
    const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'quality-gate', 'index.js')], {
      cwd: CHECKOUT,
      env,
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    const seconds = (performance.now() - start) / 1000;
    const errors = /errors<<(\S+)\n(\d+)\n/.exec(readFileSync(join(tmp, 'out'), 'utf8'))?.[2];
    if (errors !== String(FINDINGS))
      throw new Error(`the bundle counted ${errors} errors, not ${FINDINGS}:\n${r.stdout.slice(-2000)}\n${r.stderr}`);
    if (i > 0) times.push(seconds); // the first run warms the page cache
    progress(`  end to end, run ${i}: ${fixed(seconds, 2)} s`);
  }
  return times;
}

function phases(): [string, string][] {
  const t = (f: () => void): number => {
    const s = performance.now();
    f();
    return performance.now() - s;
  };
  let report!: ReturnType<typeof parseQualityReport>;
  const text = readFileSync(REPORT, 'utf8');
  const parse = t(() => (report = parseQualityReport(text, 'ruff.json', 'ruff')));
  const resolver = new PathResolver(CHECKOUT, checkoutFiles(CHECKOUT), []);
  let located!: ReturnType<typeof locateFindings>;
  const locate = t(
    () =>
      (located = locateFindings(
        report.findings,
        (p) => resolver.resolve(p),
        () => true,
      )),
  );
  const fingerprint = t(() => fingerprintFindings(located.inScope, checkoutLineText(CHECKOUT)));
  const component = defaultComponent('big', ['src/components/**']);
  let ev!: ReturnType<typeof evaluateQuality>;
  const evaluate = t(
    () =>
      (ev = evaluateQuality({
        runs: [
          {
            tool: 'ruff',
            source: 'ruff.json',
            kind: 'report',
            error: null,
            reportCounts: { error: FINDINGS, warning: 0, note: 0 },
          },
        ],
        findings: located.inScope,
        outOfScope: 0,
        unmatched: [],
        baseline: null,
        changed: null,
        scope: 'stage',
        enforceNextStage: false,
        component,
        policy: SEED_POLICY.staging,
        target: 'staging',
        docstrings: null,
        evidence: [],
      })),
  );
  const select = t(() => selectAnnotations(annotationsFor(ev, () => false)));
  const result = buildGateResult({
    gate: 'quality-gate',
    component: 'big',
    current: null,
    target: 'staging',
    criteria: ev.criteria,
    summary: '',
    data: {},
    context: readRunContext({}),
    now: new Date(),
  });
  const render = t(() =>
    renderSummary(
      { result, ev, warnings: [], unmatched: [], outOfScope: 0, runUrl: null, blobUrl: null },
      SUMMARY_LIMIT_BYTES,
    ),
  );
  const ms = (x: number) => `${fixed(x, 0)} ms`;
  return [
    ['parse (JSON.parse + model)', ms(parse)],
    ['locate (20,000 names mapped)', ms(locate)],
    ['fingerprint (20,000 files read)', ms(fingerprint)],
    ['evaluate (count, rank)', ms(evaluate)],
    ['select annotations', ms(select)],
    ['render summary', ms(render)],
  ];
}

function growth(): { rows: string[][]; worst: number } {
  const random = seeded(7);
  const sizes = [25_000, 50_000, 100_000, 200_000, 400_000];
  const rows: string[][] = [
    ['n', 'select (ms)', 'sort baseline (ms)', 'select / baseline', 'that ratio vs smallest n'],
  ];
  let first: number | null = null;
  let worst = 0;
  for (const n of sizes) {
    const all: Annotation[] = Array.from({ length: n }, (_, i) => ({
      level: (['error', 'warning', 'notice'] as const)[i % 3]!,
      message: 'm',
      file: `f${i % 20000}.py`,
      startLine: i,
      changed: random() < 0.01,
      weight: random(),
    }));
    const numbers = all.map((a) => a.weight!);
    const sel: number[] = [];
    const base: number[] = [];
    for (let r = 0; r < 5; r++) {
      let s = performance.now();
      selectAnnotations(all.map((a) => ({ ...a })));
      sel.push(performance.now() - s);
      const copy = [...numbers];
      s = performance.now();
      copy.sort((a, b) => a - b);
      base.push(performance.now() - s);
    }
    const [ms, bs] = [median(sel), median(base)];
    first ??= ms / bs;
    const ratio = ms / bs / first;
    worst = Math.max(worst, ratio);
    rows.push([n.toLocaleString('en-US'), fixed(ms, 1), fixed(bs, 1), fixed(ms / bs, 2), fixed(ratio, 2)]);
  }
  return { rows, worst };
}

progress(`quality-gate benchmark: Node ${process.version}; generating or reusing the data`);
generate();
progress('end to end (the committed bundle, as the runner runs it)');
const e2e = median(endToEnd());
console.log(
  `\nquality-gate, ${FINDINGS.toLocaleString('en-US')} ruff findings over ${FILES.toLocaleString('en-US')} files (Node ${process.version})\n`,
);
console.log(`End to end (dist/quality-gate/index.js, median of 3 runs after a warm-up): ${fixed(e2e, 2)} s`);
console.log(`${e2e <= TARGET_SECONDS ? 'PASS' : 'FAIL'}: within ${TARGET_SECONDS} s ("a few seconds")\n`);
console.log(table([['phase (in process, one run)', 'time'], ...phases()]));
const g = growth();
console.log(`\nAnnotation selection growth (median of 5 runs per size)\n`);
console.log(table(g.rows));
console.log(
  `\n${g.worst <= MAX_GROWTH ? 'PASS' : 'FAIL'}: selection grows like an n log n sort of the same n: its time over the sort's stays within ${MAX_GROWTH}x of that ratio at the smallest n (worst ${fixed(g.worst, 2)}x)`,
);
