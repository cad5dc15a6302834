/**
 * The XML of a synthetic coverage.py Cobertura report, piece by piece (see generate-cobertura.ts).
 *
 * The shape follows real coverage.py output (tests/fixtures/reports/python/*): tab indentation,
 * header comments, <sources>, one <package> per dotted module path, one <class> per file with
 * <methods/> and <lines>, `hits` of 0 or 1, and ~15% branch lines with `condition-coverage` and
 * `missing-branches` (destination lines or "exit").
 *
 * Two PRNGs: `shape` decides the code (packages, files, statement lines, branch destinations),
 * `run` decides what a test run covered. Reports of several runs therefore describe the same
 * files and lines (the shorter is a prefix of the longer) and merge like real unit + integration
 * runs. `shape` must never be drawn from depending on a `run` draw.
 */

export interface CoberturaTotals {
  files: number;
  statements: number;
  coveredStatements: number;
  branches: number;
  coveredBranches: number;
}

export const emptyTotals = (): CoberturaTotals => ({
  files: 0,
  statements: 0,
  coveredStatements: 0,
  branches: 0,
  coveredBranches: 0,
});

import type { Rng } from './random.js';

export { seeded, type Rng } from './random.js';

const int = (rng: Rng, min: number, max: number): number => min + Math.floor(rng() * (max - min + 1));
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

const WORDS = [
  'api',
  'auth',
  'billing',
  'cache',
  'catalog',
  'cli',
  'config',
  'core',
  'db',
  'events',
  'export',
  'feeds',
  'gateway',
  'handlers',
  'ingest',
  'jobs',
  'ledger',
  'metrics',
  'models',
  'notify',
  'orders',
  'payments',
  'pipeline',
  'queue',
  'reports',
  'routing',
  'schema',
  'search',
  'serializers',
  'services',
  'storage',
  'sync',
  'tasks',
  'tenants',
  'users',
  'utils',
  'validators',
  'views',
  'workers',
  'audit',
];

/** coverage.py's rate(): "%.4g" of hit/total, and "1" when there is nothing to measure. */
function rate(hit: number, total: number): string {
  return total === 0 ? '1' : String(Number((hit / total).toPrecision(4)));
}

const tabs = (n: number): string => '\t'.repeat(n);

interface FileXml {
  xml: string;
  statements: number;
  covered: number;
  branches: number;
  coveredBranches: number;
}

/** One <class> (one source file): 100–600 statements, ~15% of them branching (17% of all but the last 30). */
function generateClass(shape: Rng, run: Rng, filename: string): FileXml {
  const statementCount = int(shape, 100, 600);
  const lines: number[] = [];
  let n = int(shape, 1, 12); // module docstring and imports come first
  for (let i = 0; i < statementCount; i++) {
    lines.push(n);
    n += shape() < 0.6 ? 1 : int(shape, 2, 6); // blank lines, comments, continuation lines
  }
  // How well this test run covered the file: some files are never imported, some fully tested.
  const u = run();
  const level = u < 0.05 ? 0 : u < 0.15 ? 1 : 0.5 + 0.5 * run();

  const out: string[] = [];
  let covered = 0;
  let branches = 0;
  let coveredBranches = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // The last statements of a file do not branch, so that every jump lands inside the file.
    const isBranch = shape() < 0.17 && i + 30 < lines.length;
    // Branch destinations (shape): the next statement, then jumps forward, back (a loop) or out.
    const destinations: number[] = [];
    if (isBranch) {
      const r = shape();
      const total = r < 0.9 ? 2 : r < 0.97 ? 3 : 4;
      const usedIndexes = new Set([i + 1]);
      destinations.push(lines[i + 1]!);
      while (destinations.length < total) {
        const kind = shape();
        if (kind < 0.2) {
          if (!destinations.includes(-1)) destinations.push(-1); // "exit"
          continue;
        }
        const j = kind < 0.35 ? int(shape, Math.max(0, i - 20), i) : i + int(shape, 2, 30);
        if (usedIndexes.has(j)) continue;
        usedIndexes.add(j);
        destinations.push(lines[j]!);
      }
    }
    const hit = run() < level ? 1 : 0;
    covered += hit;
    if (!isBranch) {
      out.push(`${tabs(6)}<line number="${line}" hits="${hit}"/>\n`);
      continue;
    }
    const total = destinations.length;
    let taken = 0;
    if (hit) taken = run() < 0.7 ? total : int(run, 1, total - 1);
    branches += total;
    coveredBranches += taken;
    let attrs = `branch="true" condition-coverage="${Math.trunc((100 * taken) / total)}% (${taken}/${total})"`;
    if (taken < total) {
      const missing = destinations.slice(taken).map((d) => (d < 0 ? 'exit' : String(d)));
      attrs += ` missing-branches="${missing.join(',')}"`;
    }
    out.push(`${tabs(6)}<line number="${line}" hits="${hit}" ${attrs}/>\n`);
  }
  const base = filename.slice(filename.lastIndexOf('/') + 1);
  const xml =
    `${tabs(4)}<class name="${base}" filename="${filename}" complexity="0" line-rate="${rate(covered, statementCount)}" branch-rate="${rate(coveredBranches, branches)}">\n` +
    `${tabs(5)}<methods/>\n${tabs(5)}<lines>\n${out.join('')}${tabs(5)}</lines>\n${tabs(4)}</class>\n`;
  return { xml, statements: statementCount, covered, branches, coveredBranches };
}

/** One <package> of 1–12 files, with a name not in `usedNames` (which it extends). */
export function generatePackage(
  shape: Rng,
  run: Rng,
  usedNames: Set<string>,
): { xml: string; totals: CoberturaTotals } {
  let name = Array.from({ length: int(shape, 1, 3) }, () => pick(shape, WORDS)).join('.');
  if (usedNames.has(name)) name += `${usedNames.size}`; // keeps every file name in the report unique
  usedNames.add(name);

  const classes: string[] = [];
  const totals = emptyTotals();
  const fileNames = new Set<string>();
  const fileCount = int(shape, 1, 12);
  for (let f = 0; f < fileCount; f++) {
    const base = `${pick(shape, WORDS)}_${pick(shape, WORDS)}`;
    if (fileNames.has(base)) continue;
    fileNames.add(base);
    const cls = generateClass(shape, run, `${name.replaceAll('.', '/')}/${base}.py`);
    classes.push(cls.xml);
    totals.files++;
    totals.statements += cls.statements;
    totals.coveredStatements += cls.covered;
    totals.branches += cls.branches;
    totals.coveredBranches += cls.coveredBranches;
  }
  const xml =
    `${tabs(2)}<package name="${name}" line-rate="${rate(totals.coveredStatements, totals.statements)}" ` +
    `branch-rate="${rate(totals.coveredBranches, totals.branches)}" complexity="0">\n` +
    `${tabs(3)}<classes>\n${classes.join('')}${tabs(3)}</classes>\n${tabs(2)}</package>\n`;
  return { xml, totals };
}

/** Root element; the totals are only known at the end, so the header is rewritten in place. */
function rootTag(t: CoberturaTotals): string {
  return (
    `<coverage version="7.6.1" timestamp="1700000000000" lines-valid="${t.statements}" lines-covered="${t.coveredStatements}" ` +
    `line-rate="${rate(t.coveredStatements, t.statements)}" branches-valid="${t.branches}" branches-covered="${t.coveredBranches}" ` +
    `branch-rate="${rate(t.coveredBranches, t.branches)}" complexity="0"`
  );
}
export const XML_DECLARATION = '<?xml version="1.0" ?>\n';
/** Room for the real totals (any count below 10^12), filled with spaces inside the tag. */
const ROOT_TAG_WIDTH =
  rootTag({ files: 0, statements: 1e12, coveredStatements: 1e12, branches: 1e12, coveredBranches: 1e12 }).length + 20;
export const paddedRootTag = (t: CoberturaTotals): string => `${rootTag(t).padEnd(ROOT_TAG_WIDTH)}>\n`;

export const PREAMBLE =
  `${tabs(1)}<!-- Generated by coverage.py: https://coverage.readthedocs.io/en/7.6.1 -->\n` +
  `${tabs(1)}<!-- Based on https://raw.githubusercontent.com/cobertura/web/master/htdocs/xml/coverage-04.dtd -->\n` +
  `${tabs(1)}<sources>\n${tabs(2)}<source>/home/runner/work/monorepo/monorepo/src</source>\n${tabs(1)}</sources>\n` +
  `${tabs(1)}<packages>\n`;
export const CLOSING = `${tabs(1)}</packages>\n</coverage>\n`;
