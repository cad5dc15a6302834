import {
  evaluateCoverage,
  uncoveredChangedRanges,
  type CoverageGateModel,
} from '../../actions/coverage-gate/coverage-gate.js';
import { failureMessage, renderComment, renderSummary } from '../../actions/coverage-gate/render.js';
import { defaultComponent, defaultConfig } from '../../packages/core/config/load-config.js';
import { parseConfig } from '../../packages/core/config/parse-config.js';
import { checkoutFiles } from '../../packages/core/checkout-files.js';
import { buildGateResult } from '../../packages/core/result/build-result.js';
import { gateResultSchema } from '../../packages/core/result/gate-result-schema.js';
import { FileCoverage } from '../../packages/coverage/file-coverage.js';
import { readCoverage, type CoverageSourceFile } from '../../packages/coverage/read-coverage.js';
import { readRunContext } from '../../packages/github/run-context.js';
import { emptyTestResults } from '../../packages/junit/junit.js';
import { expectedText, parseCoveragePyReport, report, SAMPLE } from '../support/fixtures.js';

const CONFIG = parseConfig(
  `version: 1
components:
  neo4j:
    paths: [src/components/neo4j/**]
  model-management:
    paths: [src/components/model_management/**]
`,
  '.github/maturity.yml',
);

async function model(
  over: Partial<CoverageGateModel> = {},
  files = ['python/unit/coverage.xml'],
): Promise<CoverageGateModel> {
  const data = await readCoverage({ root: SAMPLE, patterns: files.map(report), checkout: checkoutFiles(SAMPLE) });
  return {
    files: data.files,
    reports: data.reports,
    tests: null,
    component: null,
    categories: CONFIG.categories,
    policy: CONFIG.policy.staging,
    minCoverage: null,
    minDiffCoverage: null,
    testKind: 'unit',
    changed: null,
    components: [...CONFIG.components.values()],
    scope: 'stage',
    current: null,
    heldBar: null,
    baseline: null,
    enforceNextStage: false,
    ...over,
  };
}

function file(path: string, lines: [number, number][]): CoverageSourceFile {
  const fc = new FileCoverage(path);
  for (const [l, h] of lines) fc.addLine(l, h);
  return { path, found: true, coverage: fc, convention: 'coveragepy', reports: ['r'] };
}

describe('coverage-gate evaluation', () => {
  it('scopes to a component and equals coverage.py for it', async () => {
    const ev = evaluateCoverage(await model({ component: CONFIG.components.get('neo4j')! }));
    expect(ev.headline.display).toBe(parseCoveragePyReport(expectedText('python-unit-neo4j-report.txt')).total.cover);
    expect(ev.scopeFiles.every((f) => f.path.startsWith('src/components/neo4j/'))).toBe(true);
    const total = ev.criteria.find((c) => c.id === 'coverage.total')!;
    expect(total).toMatchObject({ status: 'fail', measured: 62.96, bar: 70, gap: 7.04, unit: '%', comparator: '>=' });
  });

  it('evaluates categories, first match wins, against their own bars', async () => {
    const ev = evaluateCoverage(await model({}, ['python/combined/coverage.xml']));
    const ids = ev.categories.map((c) => c.id);
    expect(ids).toEqual(['critical', 'utilities', 'ui']);
    const critical = ev.criteria.find((c) => c.id === 'coverage.category.critical')!;
    expect(critical.bar).toBe(90);
    expect(ev.criteria.find((c) => c.id === 'coverage.total')!.status).toBe('pass');
  });

  it('lets min-coverage override the stage bar', async () => {
    const ev = evaluateCoverage(await model({ minCoverage: 60 }));
    expect(ev.criteria.find((c) => c.id === 'coverage.total')).toMatchObject({ status: 'pass', bar: 60 });
  });

  it('has no data, not 0%, for a component with no files in the reports', async () => {
    const ev = evaluateCoverage(await model({ component: { ...defaultComponent('web', ['web/**']), name: 'Web' } }));
    const total = ev.criteria.find((c) => c.id === 'coverage.total')!;
    expect(total).toMatchObject({ status: 'no-data', measured: null });
    const result = buildGateResult({
      gate: 'coverage-gate',
      component: 'web',
      current: null,
      target: 'staging',
      criteria: ev.criteria,
      summary: '',
      data: {},
      context: readRunContext({}),
      now: new Date(0),
    });
    expect(result.status).toBe('no-data');
    expect(failureMessage(result, ev, 'web', 'staging')).toMatch(
      /web could not be measured: .*None of the 14 file\(s\) in the reports is under web's paths/,
    );
  });

  it('uses line coverage as the headline for Istanbul-family reports, combined for coverage.py', async () => {
    const js = evaluateCoverage(await model({}, ['js/c8/coverage-final.json']));
    expect(js.headline.metric).toBe('lines');
    expect(js.criteria[0]!.title).toBe('Test coverage (lines)');
    const py = evaluateCoverage(await model());
    expect(py.headline.metric).toBe('combined');
  });

  it('judges unit tests: all must pass, and none run is no data', async () => {
    const tests = { ...emptyTestResults(), passed: 24, failed: 1, total: 25, reports: [] };
    const ev = evaluateCoverage(await model({ tests }));
    expect(ev.criteria.find((c) => c.id === 'tests.unit')).toMatchObject({
      status: 'fail',
      measured: 96,
      bar: 100,
      gap: 4,
    });
    const none = evaluateCoverage(await model({ tests: emptyTestResults(), testKind: 'integration' }));
    expect(none.criteria.find((c) => c.id === 'tests.integration')).toMatchObject({
      status: 'no-data',
      title: 'Integration tests passing',
    });
  });

  it('measures changed lines and groups uncovered ones into ranges', () => {
    // lines 1-9 measured; 3 and 8 covered; 5 is not measurable (a comment)
    const f = file('src/a.py', [
      [1, 0],
      [2, 0],
      [3, 1],
      [4, 0],
      [6, 0],
      [7, 0],
      [8, 1],
      [9, 0],
    ]);
    const r = uncoveredChangedRanges(f, new Set([1, 2, 3, 4, 5, 6, 7, 9]));
    expect(r.ranges.map((x) => [x.start, x.end, x.lines])).toEqual([
      [1, 2, 2],
      [4, 7, 3], // the comment on line 5 does not split the range
      [9, 9, 1],
    ]);
    expect([r.changedLines, r.covered]).toEqual([7, 1]);
  });

  it('adds a diff criterion on pull requests with its own bar', async () => {
    const changed = {
      source: 'git' as const,
      files: new Map([['src/components/neo4j/client.py', new Set([37, 38, 44])]]),
      unknown: [],
      truncated: false,
    };
    const ev = evaluateCoverage(await model({ changed, minDiffCoverage: 50 }));
    const diff = ev.criteria.find((c) => c.id === 'coverage.diff')!;
    expect(diff).toMatchObject({ bar: 50 });
    expect(ev.diff!.ranges.map((r) => r.start)).toEqual(expect.arrayContaining([37, 44]));
  });

  it('has no verdict on changed lines that are not known (shallow checkout, API down): no-data with what to do, never a pass', async () => {
    const ev = evaluateCoverage(
      await model({ changed: { source: 'unknown', reason: 'listing failed (HTTP 502)' }, scope: 'change' }),
    );
    expect(ev.criteria.find((c) => c.id === 'coverage.diff')).toMatchObject({
      status: 'no-data',
      measured: null,
      detail: expect.stringMatching(/^listing failed \(HTTP 502\)\. Check out with `fetch-depth: 0`/),
    });
    const ctx = {
      result: buildGateResult({
        gate: 'coverage-gate',
        component: null,
        current: null,
        target: 'staging',
        criteria: ev.criteria,
        summary: 's',
        data: {},
        context: readRunContext({}),
        now: new Date(0),
      }),
      ev,
      tests: null,
      reports: [],
      warnings: [],
      runUrl: null,
    };
    expect(renderSummary(ctx, 60_000)).toContain(
      '⚠️ The changed lines are not known: listing failed (HTTP 502). Check out with `fetch-depth: 0`',
    );
  });

  it('has no verdict when changed files with coverage have no diff, or the list is cut, unless the known lines fail already', async () => {
    const path = 'src/components/neo4j/client.py';
    const partial = (lines: number[], extra: Partial<{ unknown: string[]; truncated: boolean }>) => ({
      source: 'api' as const,
      files: new Map([[path, new Set(lines)]]),
      unknown: [],
      truncated: false,
      ...extra,
    });
    const passing = evaluateCoverage(
      await model({
        changed: partial([37], { unknown: ['src/components/neo4j/persistence/store.py'] }),
        minDiffCoverage: 0,
      }),
    );
    expect(passing.criteria.find((c) => c.id === 'coverage.diff')).toMatchObject({
      status: 'no-data',
      detail: expect.stringMatching(
        /GitHub sent no diff for 1 changed file\(s\) with coverage data \(src\/components\/neo4j\/persistence\/store\.py\)/,
      ),
    });
    const cut = evaluateCoverage(await model({ changed: partial([37], { truncated: true }), minDiffCoverage: 0 }));
    expect(cut.criteria.find((c) => c.id === 'coverage.diff')).toMatchObject({
      status: 'no-data',
      detail: expect.stringMatching(/more files than GitHub lists \(3000\)/),
    });
    const failing = evaluateCoverage(
      await model({ changed: partial([37, 38, 44], { truncated: true }), minDiffCoverage: 100 }),
    );
    expect(failing.criteria.find((c) => c.id === 'coverage.diff')).toMatchObject({
      status: 'fail',
      detail: expect.stringMatching(/; besides, the pull request changes more files/),
    });
    const binaryOnly = evaluateCoverage(
      await model({ changed: partial([37], { unknown: ['docs/diagram.png'] }), minDiffCoverage: 0 }),
    );
    expect(binaryOnly.criteria.find((c) => c.id === 'coverage.diff')).toMatchObject({ status: 'pass' });
  });

  it('writes a result that validates against the result schema, and renders it', async () => {
    const ev = evaluateCoverage(await model({ component: CONFIG.components.get('neo4j')! }));
    const result = buildGateResult({
      gate: 'coverage-gate',
      component: 'neo4j',
      current: 'development',
      target: 'staging',
      criteria: ev.criteria,
      summary: 's',
      data: {},
      context: readRunContext({ GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '7', GITHUB_SHA: 'abc' }),
      now: new Date(0),
    });
    expect(gateResultSchema.parse(JSON.parse(JSON.stringify(result)))).toEqual(result);
    const ctx = {
      result,
      ev,
      tests: null,
      reports: [],
      warnings: ['w <b>'],
      runUrl: 'https://github.com/o/r/actions/runs/7',
    };
    const summary = renderSummary(ctx, 1 << 20);
    expect(summary).toMatch(/## ❌ Coverage gate: <code>neo4j<\/code> Development → Staging bars/);
    expect(summary).toMatch(
      /\| ❌ \| Test coverage \(lines \+ branches\)<br><sub>.*<\/sub> \| 62\.96% \| ≥ 70% \| 7\.04 points \|/,
    );
    expect(summary).toContain('w &lt;b&gt;');
    expect(renderComment(ctx, 65536)).toContain(
      '[Full report in the job summary](https://github.com/o/r/actions/runs/7)',
    );
    expect(failureMessage(result, ev, 'neo4j', 'staging')).toBe(
      'neo4j does not meet the Staging bars: Test coverage (lines + branches) is 62.96%, 7.04 points short of the bar ≥ 70%; Coverage of critical paths (**/auth/**, **/persistence/**) is 0.00%, 90.00 points short of the bar ≥ 90%. To pass, add tests for the files with the most missed lines (listed in the job summary).',
    );
  });

  it('falls back to the seed bars without a config', () => {
    expect(defaultConfig().policy.staging.coverage.min).toBe(70);
  });
});
