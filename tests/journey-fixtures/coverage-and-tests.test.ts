/**
 * The journey recordings read with the project's own readers give the figures the tools printed
 * (expected/): coverage.py's `coverage report --precision=2` per component, to the digit, and
 * pytest's counts per run and per component, the JUnit cases being attributed to the component
 * whose `tests` globs match their file.
 */
import { checkoutFiles } from '../../packages/core/checkout-files.js';
import { compileGlobs } from '../../packages/core/glob.js';
import { readCoverage } from '../../packages/coverage/read-coverage.js';
import { formatCoveragePercent, percent, sumTotals } from '../../packages/coverage/totals.js';
import { readTestResults } from '../../packages/junit/junit.js';
import { parseCoveragePyReport } from '../support/fixtures.js';
import { JOURNEY_REPO, JOURNEY_STATE_NAMES, recordingPath, type JourneyStateName } from '../support/tool-shims/index.js';
import { caseComponent, components, countOutcomes, expected, junitCases, pytestCounts } from './journey-helpers.js';

const all = components();
const checkout = checkoutFiles(JOURNEY_REPO);
const runs = JOURNEY_STATE_NAMES.flatMap((state) => (['unit', 'integration'] as const).map((kind) => [state, kind] as const));

async function coverage(state: JourneyStateName, kind: string) {
  return readCoverage({ root: JOURNEY_REPO, patterns: [recordingPath(state, `${kind}-coverage.xml`)], checkout });
}

describe.each(runs)('%s: %s coverage', (state, kind) => {
  it('finds every file of the report in the checkout', async () => {
    const data = await coverage(state, kind);
    expect(data.reports.map((r) => [r.format, r.unmatched])).toEqual([['cobertura', []]]);
  });

  it('gives each component coverage.py\'s own figures, file by file and in total', async () => {
    const data = await coverage(state, kind);
    for (const c of all) {
      const { rows, total } = parseCoveragePyReport(expected(state, `coverage-${kind}-${c.id}.txt`));
      const mine = data.files.filter((f) => compileGlobs(c.paths)(f.path));
      expect(mine.map((f) => f.path)).toEqual(rows.map((r) => r.name));
      for (const row of rows) {
        const t = mine.find((f) => f.path === row.name)!.coverage.totals();
        expect([row.name, t.statements, t.statements - t.coveredStatements, t.branches, formatCoveragePercent(percent(t, 'combined') ?? 100)]).toEqual([
          row.name,
          row.stmts,
          row.miss,
          row.branch,
          row.cover,
        ]);
      }
      const t = sumTotals(mine.map((f) => f.coverage.totals()));
      expect([c.id, t.statements, t.branches, formatCoveragePercent(percent(t, 'combined')!)]).toEqual([c.id, total.stmts, total.branch, total.cover]);
    }
  });

  it('gives the whole run coverage.py\'s total', async () => {
    const data = await coverage(state, kind);
    const { total } = parseCoveragePyReport(expected(state, `coverage-${kind}.txt`));
    expect(formatCoveragePercent(percent(sumTotals(data.files.map((f) => f.coverage.totals())), 'combined')!)).toBe(total.cover);
  });
});

describe.each(JOURNEY_STATE_NAMES.flatMap((state) => (['unit', 'integration', 'e2e'] as const).map((kind) => [state, kind] as const)))('%s: %s tests', (state, kind) => {
  const junit = recordingPath(state, `${kind}-junit.xml`);

  it('count as pytest counted them', async () => {
    const results = await readTestResults([junit], JOURNEY_REPO);
    const want = pytestCounts(expected(state, `pytest-${kind}-summary.txt`));
    expect({ passed: results.passed, failed: results.failed, errors: results.errors, skipped: results.skipped }).toEqual(want);
    expect(countOutcomes(junitCases(junit))).toEqual(want);
  });

  it('belong each to one component, with the counts pytest gives for that component\'s files alone', () => {
    const cases = junitCases(junit);
    for (const c of all) {
      const own = cases.filter((tc) => caseComponent(tc, all) === c.id);
      const file = `pytest-${kind}-${c.id}.txt`;
      const want = own.length === 0 ? { passed: 0, failed: 0, errors: 0, skipped: 0 } : pytestCounts(expected(state, file));
      expect([c.id, countOutcomes(own)]).toEqual([c.id, want]);
    }
  });
});

describe('the figures the journeys rely on', () => {
  const cover = (state: JourneyStateName, kind: string, id: string) => Number(parseCoveragePyReport(expected(state, `coverage-${kind}-${id}.txt`)).total.cover);
  const tests = (state: JourneyStateName, kind: string, id: string) => pytestCounts(expected(state, `pytest-${kind}-${id}.txt`));

  it('model-management meets the Staging coverage and test bars on main and in both pull requests', () => {
    for (const state of JOURNEY_STATE_NAMES) {
      expect(cover(state, 'unit', 'model-management')).toBeGreaterThanOrEqual(70);
      expect(tests(state, 'unit', 'model-management').failed).toBe(0);
    }
    expect(cover('pr-regression', 'unit', 'model-management')).toBeLessThan(cover('main', 'unit', 'model-management'));
  });

  it('player-experience meets the Production integration and E2E bars on main', () => {
    expect(cover('main', 'integration', 'player-experience')).toBeGreaterThanOrEqual(80);
    expect(tests('main', 'integration', 'player-experience')).toMatchObject({ failed: 0, errors: 0 });
    expect(tests('main', 'e2e', 'player-experience')).toMatchObject({ failed: 0, errors: 0 });
  });

  it('narrative-coherence carries its debt: exactly one failing unit test and unit coverage below 70%', () => {
    for (const state of JOURNEY_STATE_NAMES) {
      expect(tests(state, 'unit', 'narrative-coherence').failed).toBe(1);
      expect(cover(state, 'unit', 'narrative-coherence')).toBeLessThan(70);
    }
  });
});
