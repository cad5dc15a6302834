/**
 * Every figure here is checked against what the tools themselves printed for the same data
 * (examples/sample-repo/reports/expected, captured when the reports were generated).
 */
import { checkoutFiles } from '../../packages/core/checkout-files.js';
import { readCoverage, type CoverageData } from '../../packages/coverage/read-coverage.js';
import { formatCoveragePercent, percent, sumTotals } from '../../packages/coverage/totals.js';
import { expectedText, parseCoveragePyReport, report, SAMPLE } from '../support/fixtures.js';

async function read(...rel: string[]): Promise<CoverageData> {
  return readCoverage({ root: SAMPLE, patterns: rel.map(report), checkout: checkoutFiles(SAMPLE) });
}

function headline(data: CoverageData, metric: 'combined' | 'lines', only?: (p: string) => boolean): string {
  const files = data.files.filter((f) => !only || only(f.path));
  return formatCoveragePercent(percent(sumTotals(files.map((f) => f.coverage.totals())), metric)!);
}

describe('coverage.py reports: the headline equals `coverage report --precision=2`', () => {
  const cases: [string, string[], string][] = [
    ['unit Cobertura', ['python/unit/coverage.xml'], 'python-unit-report.txt'],
    ['unit JSON', ['python/unit/coverage.json'], 'python-unit-report.txt'],
    ['unit LCOV', ['python/unit/coverage.lcov'], 'python-unit-report.txt'],
    ['integration Cobertura', ['python/integration/coverage.xml'], 'python-integration-report.txt'],
    ['combined Cobertura', ['python/combined/coverage.xml'], 'python-combined-report.txt'],
    ['combined JSON', ['python/combined/coverage.json'], 'python-combined-report.txt'],
    ['combined LCOV', ['python/combined/coverage.lcov'], 'python-combined-report.txt'],
    ['lines-only Cobertura', ['python/lines-only/coverage.xml'], 'python-lines-only-report.txt'],
    ['lines-only JSON', ['python/lines-only/coverage.json'], 'python-lines-only-report.txt'],
    ['lines-only LCOV', ['python/lines-only/coverage.lcov'], 'python-lines-only-report.txt'],
    // Merging per line: unit + integration equals coverage.py's own `coverage combine`.
    ['unit + integration Cobertura', ['python/unit/coverage.xml', 'python/integration/coverage.xml'], 'python-combined-report.txt'],
    ['unit + integration JSON', ['python/unit/coverage.json', 'python/integration/coverage.json'], 'python-combined-report.txt'],
    ['unit + integration LCOV', ['python/unit/coverage.lcov', 'python/integration/coverage.lcov'], 'python-combined-report.txt'],
    ['unit Cobertura + integration JSON', ['python/unit/coverage.xml', 'python/integration/coverage.json'], 'python-combined-report.txt'],
    ['the same report twice counts once', ['python/unit/coverage.xml', 'python/unit/coverage.json'], 'python-unit-report.txt'],
  ];

  it.each(cases)('%s', async (_name, files, expected) => {
    const data = await read(...files);
    const { total, rows } = parseCoveragePyReport(expectedText(expected));
    expect(headline(data, 'combined')).toBe(total.cover);
    // Every file's row too: statements, missed, branches, partial branches, percentage.
    for (const row of rows) {
      const f = data.files.find((x) => x.path === row.name);
      expect(f).toBeDefined();
      const t = f!.coverage.totals();
      expect({ name: row.name, stmts: t.statements, miss: t.statements - t.coveredStatements, cover: formatCoveragePercent(percent(t, 'combined') ?? 100) }).toEqual({
        name: row.name,
        stmts: row.stmts,
        miss: row.miss,
        cover: row.cover,
      });
      if (row.branch !== undefined && f!.coverage.branchMeasured) expect(t.branches).toBe(row.branch);
    }
  });

  it.each([
    ['neo4j', 'python/unit/coverage.xml', 'python-unit-neo4j-report.txt'],
    ['model_management', 'python/unit/coverage.xml', 'python-unit-model_management-report.txt'],
    ['neo4j', 'python/combined/coverage.xml', 'python-combined-neo4j-report.txt'],
    ['model_management', 'python/combined/coverage.xml', 'python-combined-model_management-report.txt'],
  ])('per component %s (%s)', async (name, file, expected) => {
    const data = await read(file);
    const prefix = `src/components/${name}/`;
    expect(headline(data, 'combined', (p) => p.startsWith(prefix))).toBe(parseCoveragePyReport(expectedText(expected)).total.cover);
  });

  it('per category (auth) from the merged unit and integration runs', async () => {
    const data = await read('python/unit/coverage.xml', 'python/integration/coverage.xml');
    expect(headline(data, 'combined', (p) => p.includes('/auth/'))).toBe(parseCoveragePyReport(expectedText('python-combined-auth-report.txt')).total.cover);
  });

  it('resolves Cobertura <source> paths from another machine to the checkout', async () => {
    const data = await read('python/unit/coverage.xml');
    expect(data.reports[0]!.unmatched).toEqual([]);
    expect(data.files.map((f) => f.path)).toContain('src/components/neo4j/client.py');
    expect(data.files.every((f) => f.found)).toBe(true);
  });
});

describe('JavaScript reports: the headline equals the tools\' line coverage', () => {
  /** c8's "All files" % Lines (istanbul rounds to 2 decimals and drops zeros: "75"). */
  const c8Lines = () => {
    const all = expectedText('c8-text.txt').split('\n').find((l) => l.startsWith('All files'))!;
    return Number(all.split('|')[4]!.trim());
  };

  it.each(['js/c8/coverage-final.json', 'js/c8/coverage-summary.json', 'js/c8/lcov.info', 'js/c8/cobertura-coverage.xml'])('c8 %s', async (file) => {
    const data = await read(file);
    expect(Number(headline(data, 'lines'))).toBe(c8Lines());
    expect(data.files.map((f) => f.convention)).not.toContain('coveragepy');
  });

  it('node --test --experimental-test-coverage LCOV equals its "all files" line %', async () => {
    const data = await read('js/node/lcov.info');
    const all = expectedText('node-coverage-table.txt').split('\n').find((l) => l.includes('all files'))!;
    expect(headline(data, 'lines')).toBe(all.split('|')[1]!.trim());
  });

  it('reads the file table node prints, file by file', async () => {
    const data = await read('js/node/lcov.info');
    for (const line of expectedText('node-coverage-table.txt').split('\n')) {
      const m = /ℹ (\S+\.mjs)\s*\|\s*([\d.]+)/.exec(line);
      if (!m) continue;
      const f = data.files.find((x) => x.path === m[1]);
      expect([m[1], formatCoveragePercent(percent(f!.coverage.totals(), 'lines')!)]).toEqual([m[1], m[2]]);
    }
  });
});
