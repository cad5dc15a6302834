/**
 * coverage-gate's logic: from merged coverage data, test results and changed lines to
 * criteria with bars. Pure: no I/O, no @actions/core.
 *
 * Figures are sums of counts over the files in scope; percentages come from the sums and
 * are displayed as coverage.py displays them (two decimals, half-even, never a false 0 or
 * 100). A bar is met as coverage.py's --fail-under judges it: the displayed figure is
 * compared, and a bar of 100 must be met exactly.
 */
import type { CategoryId, Policy } from '../../packages/core/config/defaults.js';
import type { Category, ComponentConfig } from '../../packages/core/config/load-config.js';
import { compileGlobs } from '../../packages/core/glob.js';
import type { Criterion, Evidence } from '../../packages/core/result/gate-result.js';
import type { FileTotals } from '../../packages/coverage/file-coverage.js';
import type { CoverageSourceFile, ReportInfo } from '../../packages/coverage/read-coverage.js';
import {
  formatCoveragePercent,
  meetsBar,
  percent,
  sumTotals,
  type CoverageMetric,
  type CoverageTotals,
} from '../../packages/coverage/totals.js';
import { CHANGED_LINES_FIX, type PullRequestLines } from '../../packages/diff/changed-lines.js';
import { FORMAT_NAMES } from '../../packages/coverage/report.js';
import type { TestResults } from '../../packages/junit/junit.js';
import { markProgress, type Scope } from '../../packages/core/scope.js';
import type { Stage } from '../../packages/core/stages.js';
import {
  heldCriterion,
  HELD_ID,
  newFailuresCriterion,
  NEW_FAILURES_ID,
  type CoverageBaseline,
} from './change-criteria.js';

export type TestKind = 'unit' | 'integration' | 'e2e';

export interface CoverageGateModel {
  files: CoverageSourceFile[];
  reports: ReportInfo[];
  tests: TestResults | null;
  component: ComponentConfig | null;
  categories: Category[];
  policy: Policy;
  /** Overrides of the policy's bars (action inputs). */
  minCoverage: number | null;
  minDiffCoverage: number | null;
  testKind: TestKind;
  /** Null outside pull requests; unknown when neither git nor the API could tell. */
  changed: PullRequestLines | null;
  /** Other components of the config, for the whole-report breakdown. */
  components: ComponentConfig[];
  /** `change` on a pull request: what the change does is enforced, the rest is progress. */
  scope: Scope;
  /** The component's current stage, and that stage's coverage bar (what a change may not go below). */
  current: Stage | null;
  heldBar: number | null;
  /** The default branch's coverage-gate result for the component, when the workflow passed it. */
  baseline: CoverageBaseline | null;
  enforceNextStage: boolean;
}

export interface Figure {
  totals: CoverageTotals;
  metric: CoverageMetric;
  /** Exact percentage, or null when nothing is measured. */
  percent: number | null;
  /** As coverage.py prints it, e.g. "68.42"; null when nothing is measured. */
  display: string | null;
}

export interface CategoryFigure extends Figure {
  id: CategoryId;
  bar: number;
  files: number;
}

export interface FileFigure extends Figure {
  path: string;
  found: boolean;
  missedLines: number;
  partialBranches: number;
}

export interface UncoveredRange {
  path: string;
  start: number;
  end: number;
  /** Measurable lines in the range. */
  lines: number;
}

export interface DiffFigure {
  source: PullRequestLines['source'];
  changedLines: number;
  coveredLines: number;
  percent: number | null;
  display: string | null;
  bar: number;
  ranges: UncoveredRange[];
  unknownFiles: string[];
  truncated: boolean;
  /** Why some changed lines of the scope are not known (null: all are): the figure cannot pass. */
  incomplete: string | null;
}

export interface CoverageEvaluation {
  /** Files in all the reports. */
  reportFiles: number;
  scopeFiles: CoverageSourceFile[];
  headline: Figure;
  lines: Figure;
  branches: Figure;
  bar: number;
  categories: CategoryFigure[];
  componentsBreakdown: (Figure & { id: string; name: string; files: number })[];
  files: FileFigure[];
  diff: DiffFigure | null;
  unmatched: { report: string; path: string }[];
  criteria: Criterion[];
}

const METRIC_TITLE: Record<CoverageMetric, string> = {
  combined: 'lines + branches',
  lines: 'lines',
  branches: 'branches',
};

/** The headline metric: the producing tool's own, unless the policy names one. */
export function headlineMetric(
  files: readonly CoverageSourceFile[],
  configured: Policy['coverage']['metric'],
): CoverageMetric {
  if (configured !== 'auto') return configured;
  return files.length > 0 && files.every((f) => f.convention === 'istanbul') ? 'lines' : 'combined';
}

function figure(totals: CoverageTotals, metric: CoverageMetric): Figure {
  const pc = percent(totals, metric);
  return { totals, metric, percent: pc, display: pc === null ? null : formatCoveragePercent(pc) };
}

function numeric(display: string | null): number | null {
  return display === null ? null : Number(display);
}

function gapTo(bar: number, display: string | null): number | undefined {
  const v = numeric(display);
  return v === null ? undefined : Math.round((bar - v) * 100) / 100;
}

/** A file's totals, counted from its line bits and branch slots. */
type TotalsOf = (f: CoverageSourceFile) => FileTotals;

/**
 * Counts each file's totals once: the headline, the categories, the components and the file
 * table all sum them (13,000 files of a 200 MB report: 10-25 ms a pass).
 */
function totalsOnce(): TotalsOf {
  const counted = new Map<CoverageSourceFile, FileTotals>();
  return (f) => {
    let t = counted.get(f);
    if (!t) counted.set(f, (t = f.coverage.totals()));
    return t;
  };
}

function fileFigure(f: CoverageSourceFile, metric: CoverageMetric, totalsOf: TotalsOf): FileFigure {
  const t = totalsOf(f);
  // As coverage.py counts BrPart: a line that ran but did not take every branch.
  const partial = f.coverage.summaryOnly ? 0 : f.coverage.partialBranchLines();
  return {
    ...figure({ files: 1, ...t }, metric),
    path: f.path,
    found: f.found,
    missedLines: t.statements - t.coveredStatements,
    partialBranches: partial,
  };
}

function evidenceOf(files: readonly CoverageSourceFile[], reports: readonly ReportInfo[]): Evidence[] {
  const used = new Set(files.flatMap((f) => f.reports));
  return reports
    .filter((r) => used.has(r.file))
    .map((r) => ({ file: r.file, tool: r.producer ?? FORMAT_NAMES[r.format] }));
}

/** Groups uncovered changed lines into ranges; non-measurable lines between them do not split a range. */
export function uncoveredChangedRanges(
  file: CoverageSourceFile,
  changed: Set<number>,
): { ranges: UncoveredRange[]; changedLines: number; covered: number } {
  const ranges: UncoveredRange[] = [];
  let changedLines = 0;
  let covered = 0;
  let open: UncoveredRange | null = null;
  for (const line of file.coverage.lines()) {
    const isChanged = changed.has(line);
    const isCovered = file.coverage.isCovered(line);
    if (isChanged) {
      changedLines++;
      if (isCovered) covered++;
    }
    if (isChanged && !isCovered) {
      if (open) {
        open.end = line;
        open.lines++;
      } else {
        open = { path: file.path, start: line, end: line, lines: 1 };
        ranges.push(open);
      }
    } else {
      open = null; // a covered or unchanged measurable line ends the range
    }
  }
  return { ranges, changedLines, covered };
}

function evaluateDiff(
  scope: readonly CoverageSourceFile[],
  changed: PullRequestLines,
  bar: number,
  inScope: (p: string) => boolean,
): DiffFigure {
  if (changed.source === 'unknown') {
    return {
      source: 'unknown',
      changedLines: 0,
      coveredLines: 0,
      percent: null,
      display: null,
      bar,
      ranges: [],
      unknownFiles: [],
      truncated: false,
      incomplete: changed.reason,
    };
  }
  let changedLines = 0;
  let coveredLines = 0;
  const ranges: UncoveredRange[] = [];
  for (const f of scope) {
    const lines = changed.files.get(f.path);
    if (!lines || f.coverage.summaryOnly) continue;
    const r = uncoveredChangedRanges(f, lines);
    changedLines += r.changedLines;
    coveredLines += r.covered;
    ranges.push(...r.ranges);
  }
  const pc = changedLines === 0 ? null : (100 * coveredLines) / changedLines;
  // Changed files with coverage data whose lines GitHub did not send: unknown, not unchanged.
  const unknown = new Set(changed.unknown);
  const measuredUnknown = scope.filter((f) => unknown.has(f.path)).map((f) => f.path);
  const incomplete = changed.truncated
    ? 'the pull request changes more files than GitHub lists (3000), so the changed lines of the files past that are not known'
    : measuredUnknown.length
      ? `GitHub sent no diff for ${measuredUnknown.length} changed file(s) with coverage data (${measuredUnknown.slice(0, 3).join(', ')}${measuredUnknown.length > 3 ? ', …' : ''}), so their changed lines are not known`
      : null;
  return {
    source: changed.source,
    changedLines,
    coveredLines,
    percent: pc,
    display: pc === null ? null : formatCoveragePercent(pc),
    bar,
    ranges: ranges.sort((a, b) => b.lines - a.lines || (a.path < b.path ? -1 : 1) || a.start - b.start),
    unknownFiles: changed.unknown.filter(inScope),
    truncated: changed.truncated,
    incomplete,
  };
}

/**
 * Coverage of changed lines: failing on the lines that are known fails; otherwise, when some
 * changed lines are unknown, there is no verdict (no-data), never a pass on missing evidence.
 * Null when the pull request changes no measurable line of the scope, all of them known.
 */
function diffCriterion(diff: DiffFigure, evidence: Evidence[]): Criterion | null {
  const base = {
    id: 'coverage.diff',
    title: 'Coverage of changed lines',
    bar: diff.bar,
    comparator: '>=' as const,
    unit: '%',
    evidence,
  };
  const from = diff.source === 'git' ? 'git diff' : 'the pull request files API';
  const ok = diff.percent !== null && meetsBar(diff.percent, diff.bar);
  if (diff.percent !== null && diff.display !== null && (ok ? diff.incomplete === null : true)) {
    const partly = diff.incomplete ? `; besides, ${diff.incomplete}` : '';
    return {
      ...base,
      status: ok ? 'pass' : 'fail',
      measured: Number(diff.display),
      ...(ok ? {} : { gap: gapTo(diff.bar, diff.display) }),
      detail: `${diff.coveredLines} of ${diff.changedLines} changed lines (from ${from})${partly}`,
    };
  }
  if (diff.incomplete === null) return null;
  const known =
    diff.percent !== null ? ` (${diff.display}% of the ${diff.changedLines} changed lines that are known)` : '';
  return { ...base, status: 'no-data', measured: null, detail: `${diff.incomplete}${known}. ${CHANGED_LINES_FIX}` };
}

function coverageCriterion(
  id: string,
  title: string,
  fig: Figure,
  bar: number,
  evidence: Evidence[],
  what: string,
): Criterion {
  if (fig.percent === null || fig.display === null) {
    return {
      id,
      title,
      status: 'no-data',
      measured: null,
      bar,
      comparator: '>=',
      unit: '%',
      detail: `no measurable ${what} in the coverage reports`,
      evidence,
    };
  }
  const ok = meetsBar(fig.percent, bar);
  const t = fig.totals;
  const detail =
    fig.metric === 'lines'
      ? `${t.coveredStatements} of ${t.statements} lines`
      : fig.metric === 'branches'
        ? `${t.coveredBranches} of ${t.branches} branches`
        : t.branches === 0
          ? `${t.coveredStatements} of ${t.statements} lines (no branches)`
          : `${t.coveredStatements} of ${t.statements} lines and ${t.coveredBranches} of ${t.branches} branches`;
  return {
    id,
    title,
    status: ok ? 'pass' : 'fail',
    measured: Number(fig.display),
    bar,
    comparator: '>=',
    unit: '%',
    ...(ok ? {} : { gap: gapTo(bar, fig.display) }),
    detail,
    evidence,
  };
}

const TEST_TITLES: Record<TestKind, string> = {
  unit: 'Unit tests passing',
  integration: 'Integration tests passing',
  e2e: 'E2E tests passing',
};

function testsCriterion(tests: TestResults, policy: Policy, kind: TestKind): Criterion {
  const ran = tests.passed + tests.failed + tests.errors;
  const bar = policy.tests['pass-rate'];
  const evidence = tests.reports.map((r) => ({ file: r.file, tool: 'JUnit XML' }));
  const xfailed = tests.expectedFailures ? ` (${tests.expectedFailures} expected failures)` : '';
  const detail = `${tests.passed} passed, ${tests.failed} failed, ${tests.errors} errors, ${tests.skipped} skipped${xfailed}`;
  if (ran < Math.max(1, policy.tests['min-tests'])) {
    return {
      id: `tests.${kind}`,
      title: TEST_TITLES[kind],
      status: 'no-data',
      measured: null,
      bar,
      comparator: '>=',
      unit: '%',
      detail: `${detail}: no test ran`,
      evidence,
    };
  }
  const rate = (100 * tests.passed) / ran;
  const ok = bar >= 100 ? tests.failed + tests.errors === 0 : rate >= bar;
  const shown = Math.floor(rate * 100) / 100; // never round a failing rate up to 100
  return {
    id: `tests.${kind}`,
    title: TEST_TITLES[kind],
    status: ok ? 'pass' : 'fail',
    measured: shown,
    bar,
    comparator: '>=',
    unit: '%',
    ...(ok ? {} : { gap: Math.round((bar - shown) * 100) / 100 }),
    detail,
    evidence,
  };
}

/** Each category's figure: a file counts in the first category whose globs match it. */
function categoryFigures(
  model: CoverageGateModel,
  scopeFiles: readonly CoverageSourceFile[],
  metric: CoverageMetric,
  totalsOf: TotalsOf,
): CategoryFigure[] {
  const matchers = model.categories.map((c) => ({ id: c.id, match: compileGlobs(c.globs) }));
  const byCategory = new Map<CategoryId, CoverageSourceFile[]>();
  for (const f of scopeFiles) {
    const hit = matchers.find((m) => m.match(f.path));
    if (!hit) continue;
    const list = byCategory.get(hit.id) ?? [];
    list.push(f);
    byCategory.set(hit.id, list);
  }
  return model.categories
    .filter((c) => byCategory.has(c.id))
    .map((c) => {
      const files = byCategory.get(c.id)!;
      return {
        ...figure(sumTotals(files.map(totalsOf)), metric),
        id: c.id,
        bar: model.policy.coverage.categories[c.id],
        files: files.length,
      };
    });
}

/** A whole-report run: every configured component's own figure. */
function componentFigures(model: CoverageGateModel, totalsOf: TotalsOf): CoverageEvaluation['componentsBreakdown'] {
  return model.components.map((c) => {
    const match = compileGlobs(c.paths);
    const files = model.files.filter((f) => match(f.path));
    return {
      ...figure(sumTotals(files.map(totalsOf)), headlineMetric(files, model.policy.coverage.metric)),
      id: c.id,
      name: c.name,
      files: files.length,
    };
  });
}

/** What a pull request is judged on: its changed lines, the coverage it holds, the tests it breaks. */
function changeCriteria(
  model: CoverageGateModel,
  headline: Figure,
  diff: DiffFigure | null,
  evidence: Evidence[],
): Criterion[] {
  const out: Criterion[] = [];
  const c = diff ? diffCriterion(diff, evidence) : null;
  if (c) out.push(c);
  if (model.scope !== 'change') return out;
  const held = heldCriterion(headline, model.current, model.heldBar, model.baseline, evidence);
  if (held) out.push(held);
  if (model.tests) out.push(newFailuresCriterion(model.tests, model.baseline, model.testKind));
  return out;
}

export function evaluateCoverage(model: CoverageGateModel): CoverageEvaluation {
  const { component, policy } = model;
  const inScope = component ? compileGlobs(component.paths) : () => true;
  const scopeFiles = model.files.filter((f) => inScope(f.path));
  const metric = headlineMetric(scopeFiles, policy.coverage.metric);
  const totalsOf = totalsOnce();
  const totals = sumTotals(scopeFiles.map(totalsOf));
  const headline = figure(totals, metric);
  const bar = model.minCoverage ?? policy.coverage.min;
  const evidence = evidenceOf(scopeFiles, model.reports);
  const categories = categoryFigures(model, scopeFiles, metric, totalsOf);

  const criteria: Criterion[] = [
    coverageCriterion('coverage.total', `Test coverage (${METRIC_TITLE[metric]})`, headline, bar, evidence, 'code'),
  ];
  for (const c of categories) {
    const globs = model.categories.find((x) => x.id === c.id)!.globs;
    const title = `Coverage of ${categoryTitle(c.id)} (${globs.join(', ')})`;
    criteria.push(coverageCriterion(`coverage.category.${c.id}`, title, c, c.bar, evidence, 'code'));
  }
  if (model.tests) criteria.push(testsCriterion(model.tests, policy, model.testKind));
  const diffBar = model.minDiffCoverage ?? policy.coverage.diff ?? bar;
  const diff = model.changed ? evaluateDiff(scopeFiles, model.changed, diffBar, inScope) : null;
  criteria.push(...changeCriteria(model, headline, diff, evidence));
  const changeIds = new Set(['coverage.diff', HELD_ID, NEW_FAILURES_ID]);
  const judged = markProgress(criteria, model.scope, changeIds, model.enforceNextStage);

  return {
    reportFiles: model.files.length,
    scopeFiles,
    headline,
    lines: figure(totals, 'lines'),
    branches: figure(totals, 'branches'),
    bar,
    categories,
    componentsBreakdown: component ? [] : componentFigures(model, totalsOf),
    files: scopeFiles.map((f) => fileFigure(f, metric, totalsOf)),
    diff,
    unmatched: model.reports.flatMap((r) => r.unmatched.map((path) => ({ report: r.file, path }))),
    criteria: judged,
  };
}

export function categoryTitle(id: CategoryId): string {
  return { critical: 'critical paths', business: 'business logic', utilities: 'utilities', ui: 'UI' }[id];
}
