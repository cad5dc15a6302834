/**
 * coverage-gate's criteria about a pull request's change (scope `change`): the component does
 * not drop below the coverage bar of the stage it is in, and the change breaks no test that
 * passes on the default branch. Pure.
 */
import type { Criterion, Evidence } from '../../packages/core/result/gate-result.js';
import { STAGE_TITLES, type Stage } from '../../packages/core/stages.js';
import { meetsBar } from '../../packages/coverage/totals.js';
import type { TestResults } from '../../packages/junit/junit.js';
import type { Figure } from './coverage-gate.js';

/** What the default branch's coverage-gate result says, for comparison. */
export interface CoverageBaseline {
  file: string;
  commit: string | null;
  /** Its headline, as displayed (two decimals), in `metric`. */
  headline: number | null;
  metric: string | null;
  /** Failing test ids there. */
  failingIds: string[];
}

export const HELD_ID = 'coverage.held';

/**
 * The coverage bar a component already met to reach its current stage, for tests of `kind`:
 * Staging was entered on unit coverage (the Staging bar), Production on integration coverage
 * (the Production bar). Null when nothing of that kind was promised yet.
 */
export function heldBarFor(
  current: Stage | null,
  kind: 'unit' | 'integration' | 'e2e',
  minFor: (stage: 'staging' | 'production') => number,
): number | null {
  if (current === null || current === 'development') return null;
  if (kind === 'unit') return minFor('staging');
  if (kind === 'integration' && current === 'production') return minFor('production');
  return null;
}
export const NEW_FAILURES_ID = 'tests.new-failures';

/**
 * Coverage may not fall below the bar of the stage the component is in (Staging keeps ≥ the
 * Staging bar it was promoted on). Coverage already below that bar on the default branch is
 * debt the change did not add: it passes as long as the change does not lower it further.
 */
export function heldCriterion(
  headline: Figure,
  current: Stage | null,
  bar: number | null,
  baseline: CoverageBaseline | null,
  evidence: Evidence[],
): Criterion | null {
  if (current === null || current === 'development' || bar === null) return null;
  const base = {
    id: HELD_ID,
    title: `Coverage kept at the ${STAGE_TITLES[current]} bar`,
    bar,
    comparator: '>=' as const,
    unit: '%',
    evidence,
  };
  if (headline.percent === null || headline.display === null) {
    return {
      ...base,
      status: 'no-data',
      measured: null,
      detail: 'no measurable code of the component in the coverage reports',
    };
  }
  const measured = Number(headline.display);
  if (meetsBar(headline.percent, bar))
    return {
      ...base,
      status: 'pass',
      measured,
      detail: `${headline.display}% (the ${STAGE_TITLES[current]} bar is ${bar}%)`,
    };
  const comparable = baseline && baseline.headline !== null && baseline.metric === headline.metric;
  if (comparable && measured >= baseline.headline!) {
    return {
      ...base,
      status: 'pass',
      measured,
      detail: `below the bar already on the default branch (${baseline.headline}% at ${shortSha(baseline.commit)}); this change does not lower it`,
    };
  }
  const why = comparable
    ? `the default branch has ${baseline.headline}% (${shortSha(baseline.commit)}): this change lowers it by ${points(baseline.headline! - measured)}`
    : 'no default-branch result to compare with: run the quality workflow on the default branch so that existing debt is told apart from this change';
  return {
    ...base,
    status: 'fail',
    measured,
    gap: round2(bar - measured),
    detail: `${headline.display}% is below the ${STAGE_TITLES[current]} bar of ${bar}%; ${why}`,
  };
}

/** Failing tests of the component that do not fail on the default branch. */
export function newFailuresCriterion(tests: TestResults, baseline: CoverageBaseline | null, kind: string): Criterion {
  const known = new Set(baseline?.failingIds ?? []);
  const fresh = tests.failingIds.filter((id) => !known.has(id));
  const existing = tests.failingIds.length - fresh.length;
  const evidence = tests.reports.map((r) => ({ file: r.file, tool: 'JUnit XML' }));
  const base = {
    id: NEW_FAILURES_ID,
    title: `${kind[0]!.toUpperCase()}${kind.slice(1)} tests this change breaks`,
    bar: 0,
    comparator: '<=' as const,
    unit: 'tests',
    evidence,
  };
  const basis = baseline
    ? `${existing} failing on the default branch too (not counted)`
    : 'no default-branch result: every failure counts';
  const detail = fresh.length
    ? `${fresh.slice(0, 3).join('; ')}${fresh.length > 3 ? ` and ${fresh.length - 3} more` : ''}; ${basis}`
    : basis;
  return {
    ...base,
    status: fresh.length ? 'fail' : 'pass',
    measured: fresh.length,
    ...(fresh.length ? { gap: fresh.length } : {}),
    detail,
  };
}

function shortSha(sha: string | null): string {
  return sha ? sha.slice(0, 7) : 'an unknown commit';
}

function points(n: number): string {
  const v = round2(n);
  return `${v} point${v === 1 ? '' : 's'}`;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
