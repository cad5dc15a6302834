/**
 * A pull request is judged on what it does (docs/journeys.md): changed lines, a drop below the bar of
 * the stage the component is in, tests it breaks. The next stage's bars are progress.
 */
import {
  heldBarFor,
  heldCriterion,
  newFailuresCriterion,
  type CoverageBaseline,
} from '../../actions/coverage-gate/change-criteria.js';
import { evaluateCoverage } from '../../actions/coverage-gate/coverage-gate.js';
import { criteriaTable, shortfalls } from '../../packages/report/criteria.js';
import { defaultConfig } from '../../packages/core/config/load-config.js';
import { overallStatus } from '../../packages/core/result/gate-result.js';
import { FileCoverage } from '../../packages/coverage/file-coverage.js';
import type { CoverageSourceFile } from '../../packages/coverage/read-coverage.js';
import { emptyTestResults } from '../../packages/junit/junit.js';

const CONFIG = defaultConfig();

/** A file with `covered` of `total` lines run (no branches). */
function file(path: string, covered: number, total: number): CoverageSourceFile {
  const fc = new FileCoverage(path);
  for (let l = 1; l <= total; l++) fc.addLine(l, l <= covered ? 1 : 0);
  return { path, found: true, coverage: fc, convention: 'coveragepy', reports: ['coverage.xml'] };
}

const baseline = (headline: number | null, failingIds: string[] = []): CoverageBaseline => ({
  file: 'b.json',
  commit: 'abcdef1234',
  headline,
  metric: 'combined',
  failingIds,
});

function evaluate(over: {
  covered: number;
  baseline?: CoverageBaseline | null;
  failing?: string[];
  enforceNextStage?: boolean;
  changed?: number[];
}) {
  const tests = {
    ...emptyTestResults(),
    passed: 5,
    failed: over.failing?.length ?? 0,
    total: 5 + (over.failing?.length ?? 0),
    failingIds: over.failing ?? [],
  };
  return evaluateCoverage({
    files: [file('src/a.py', over.covered, 100)],
    reports: [],
    tests,
    component: null,
    categories: CONFIG.categories,
    policy: CONFIG.policy.production,
    minCoverage: null,
    minDiffCoverage: null,
    testKind: 'unit',
    changed: over.changed
      ? { source: 'git', files: new Map([['src/a.py', new Set(over.changed)]]), unknown: [], truncated: false }
      : null,
    components: [],
    scope: 'change',
    current: 'staging',
    heldBar: 70,
    baseline: over.baseline ?? null,
    enforceNextStage: over.enforceNextStage ?? false,
  });
}

describe('coverage-gate on a pull request', () => {
  it('holds a Staging component to the Staging bar on unit tests, a Production one to the Production bar on integration tests', () => {
    const min = (s: 'staging' | 'production') => CONFIG.policy[s].coverage.min;
    expect(heldBarFor('development', 'unit', min)).toBeNull();
    expect(heldBarFor('staging', 'unit', min)).toBe(70);
    expect(heldBarFor('staging', 'integration', min)).toBeNull();
    expect(heldBarFor('production', 'integration', min)).toBe(80);
    expect(heldBarFor('production', 'e2e', min)).toBeNull();
  });

  it('passes a change that keeps coverage above the current bar, with the next stage shown as progress', () => {
    const ev = evaluate({ covered: 75 });
    const total = ev.criteria.find((c) => c.id === 'coverage.total')!;
    expect(total).toMatchObject({ status: 'fail', bar: 80, enforced: false }); // Production's bar: progress only
    expect(ev.criteria.find((c) => c.id === 'coverage.held')).toMatchObject({ status: 'pass', measured: 75, bar: 70 });
    expect(overallStatus(ev.criteria)).toBe('pass');
    expect(shortfalls(ev.criteria)).toEqual([]);
    const table = criteriaTable(ev.criteria, 'production');
    expect(table.indexOf('What this change does')).toBeLessThan(table.indexOf('Progress toward Production'));
  });

  it('never fails for debt the change did not add, and fails a change that lowers it', () => {
    expect(
      evaluate({ covered: 65, baseline: baseline(65) }).criteria.find((c) => c.id === 'coverage.held'),
    ).toMatchObject({ status: 'pass' });
    const lowered = evaluate({ covered: 64, baseline: baseline(65) }).criteria.find((c) => c.id === 'coverage.held')!;
    expect(lowered).toMatchObject({ status: 'fail', measured: 64, gap: 6 });
    expect(lowered.detail).toMatch(/lowers it by 1 point\b/);
    const unknown = heldCriterion(
      {
        totals: { files: 1, statements: 100, coveredStatements: 64, branches: 0, coveredBranches: 0 },
        metric: 'combined',
        percent: 64,
        display: '64.00',
      },
      'staging',
      70,
      null,
      [],
    );
    expect(unknown).toMatchObject({ status: 'fail' });
    expect(unknown!.detail).toMatch(/run the quality workflow on the default branch/);
  });

  it('counts only the failures that the default branch does not have', () => {
    const ev = evaluate({
      covered: 90,
      failing: ['tests.unit.test_a::test_old', 'tests.unit.test_a::test_new'],
      baseline: baseline(90, ['tests.unit.test_a::test_old']),
    });
    expect(ev.criteria.find((c) => c.id === 'tests.new-failures')).toMatchObject({
      status: 'fail',
      measured: 1,
      gap: 1,
    });
    expect(ev.criteria.find((c) => c.id === 'tests.unit')).toMatchObject({ status: 'fail', enforced: false });
    const noBase = newFailuresCriterion({ ...emptyTestResults(), failingIds: ['x::y'] }, null, 'unit');
    expect(noBase).toMatchObject({ status: 'fail', measured: 1 });
    expect(noBase.detail).toMatch(/every failure counts/);
  });

  it('enforces changed lines, and the next stage only when the config opts in', () => {
    const ev = evaluate({ covered: 75, changed: [90, 91] });
    expect(ev.criteria.find((c) => c.id === 'coverage.diff')).toMatchObject({ status: 'fail', measured: 0 });
    expect(overallStatus(ev.criteria)).toBe('fail');
    const strict = evaluate({ covered: 75, enforceNextStage: true });
    expect(strict.criteria.every((c) => c.enforced === undefined)).toBe(true);
    expect(overallStatus(strict.criteria)).toBe('fail');
  });
});
