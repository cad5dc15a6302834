/** What coverage-gate puts in its result file and annotations. Pure. */
import type { Annotation } from '../../packages/report/annotations.js';
import type { ResolvedPath } from '../../packages/core/path-resolver.js';
import type { TestResults } from '../../packages/junit/junit.js';
import type { Baseline } from '../../packages/core/result/baseline.js';
import type { CoverageBaseline } from './change-criteria.js';
import type { CoverageEvaluation, Figure } from './coverage-gate.js';

/** Per-file rows kept in the result file (worst first); the rest is summarized by the totals. */
const MAX_FILES_IN_RESULT = 2000;

function compact(f: Figure) {
  return { percent: f.display === null ? null : Number(f.display), ...f.totals };
}

export function resultData(ev: CoverageEvaluation, tests: TestResults | null): Record<string, unknown> {
  const files = [...ev.files]
    .sort((a, b) => b.missedLines - a.missedLines || (a.path < b.path ? -1 : 1))
    .slice(0, MAX_FILES_IN_RESULT)
    .map((f) => ({ path: f.path, found: f.found, ...compact(f) }));
  return {
    metric: ev.headline.metric,
    headline: compact(ev.headline),
    lines: compact(ev.lines),
    branches: compact(ev.branches),
    bar: ev.bar,
    categories: ev.categories.map((c) => ({ id: c.id, bar: c.bar, ...compact(c) })),
    components: ev.componentsBreakdown.map((c) => ({ id: c.id, ...compact(c) })),
    diff: ev.diff && {
      source: ev.diff.source,
      percent: ev.diff.display === null ? null : Number(ev.diff.display),
      changedLines: ev.diff.changedLines,
      coveredLines: ev.diff.coveredLines,
      bar: ev.diff.bar,
      uncovered: ev.diff.ranges.slice(0, 500),
      unknownFiles: ev.diff.unknownFiles,
      incomplete: ev.diff.incomplete,
    },
    tests: tests && {
      passed: tests.passed,
      failed: tests.failed,
      errors: tests.errors,
      skipped: tests.skipped,
      total: tests.total,
      // Every failing case's id: this result is a later pull request's baseline.
      failing: tests.failingIds,
      attribution: tests.attribution,
    },
    files,
    filesOmitted: Math.max(0, ev.files.length - files.length),
    unmatched: ev.unmatched.slice(0, 500),
  };
}

/** Uncovered changed lines (warnings, largest ranges first) and failed tests that say where they are. */
export function annotationsFor(
  ev: CoverageEvaluation,
  tests: TestResults | null,
  resolve: (p: string) => ResolvedPath,
): Annotation[] {
  const out: Annotation[] = [];
  for (const r of ev.diff?.ranges ?? []) {
    out.push({
      level: 'warning',
      title: 'Not covered by tests',
      message:
        r.start === r.end
          ? `Changed line ${r.start} is not covered by tests.`
          : `Changed lines ${r.start}-${r.end} are not covered by tests.`,
      file: r.path,
      startLine: r.start,
      endLine: r.end,
      changed: true,
      weight: r.lines,
    });
  }
  for (const f of tests?.failures ?? []) {
    const where = f.file ? resolve(f.file) : undefined;
    out.push({
      level: 'error',
      title: `Test ${f.outcome === 'error' ? 'error' : 'failed'}: ${f.name}`.slice(0, 200),
      message: (f.message ?? `${f.classname ?? ''} ${f.name}`).slice(0, 1000),
      ...(where?.found ? { file: where.path, startLine: f.line } : {}),
      weight: where?.found ? 1 : 0,
    });
  }
  return out;
}

/** The comparison a pull request needs from the default branch's coverage-gate result. */
export function coverageBaseline(b: Baseline | null): CoverageBaseline | null {
  if (!b) return null;
  const data = b.result.data as {
    metric?: unknown;
    headline?: { percent?: unknown };
    tests?: { failing?: unknown } | null;
  };
  const failing = Array.isArray(data.tests?.failing)
    ? data.tests.failing.filter((x): x is string => typeof x === 'string')
    : [];
  return {
    file: b.file,
    commit: b.result.commit,
    headline: typeof data.headline?.percent === 'number' ? data.headline.percent : null,
    metric: typeof data.metric === 'string' ? data.metric : null,
    failingIds: failing,
  };
}
