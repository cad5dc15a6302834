/**
 * coverage.py's JSON over a large real suite (tests/fixtures/coveragepy-stdlib): each file's
 * statement and branch counts equal the report's own `summary`, and the headline equals the
 * TOTAL of `coverage report --precision=2` for the same data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCoverageFile } from '../../packages/coverage/read-coverage.js';
import { formatCoveragePercent, percent, sumTotals } from '../../packages/coverage/totals.js';
import { parseCoveragePyReport, REPO } from '../support/fixtures.js';

const DIR = join(REPO, 'tests', 'fixtures', 'coveragepy-stdlib');
const json = JSON.parse(readFileSync(join(DIR, 'coverage.json'), 'utf8')) as {
  files: Record<string, { summary: { num_statements: number; covered_lines: number; num_branches: number; covered_branches: number } }>;
};

describe('coverage.py 6.5 JSON over 5,982 standard-library tests', () => {
  let report: Awaited<ReturnType<typeof parseCoverageFile>>;
  beforeAll(async () => {
    report = await parseCoverageFile(join(DIR, 'coverage.json'), 'coverage.json');
  });

  it('lists more executed arcs than the summaries count (why this fixture exists)', () => {
    const raw = JSON.parse(readFileSync(join(DIR, 'coverage.json'), 'utf8')) as { files: Record<string, { executed_branches: unknown[]; missing_branches: unknown[]; summary: { num_branches: number } }> };
    const over = Object.values(raw.files).filter((f) => f.executed_branches.length + f.missing_branches.length > f.summary.num_branches);
    expect(over.length).toBeGreaterThan(30);
  });

  it("gives every file the counts of its own summary", () => {
    const mismatched: string[] = [];
    for (const [name, { summary }] of Object.entries(json.files)) {
      const t = report.files.get(name)!.totals();
      const got = { statements: t.statements, coveredStatements: t.coveredStatements, branches: t.branches, coveredBranches: t.coveredBranches };
      const want = { statements: summary.num_statements, coveredStatements: summary.covered_lines, branches: summary.num_branches, coveredBranches: summary.covered_branches };
      if (JSON.stringify(got) !== JSON.stringify(want)) mismatched.push(`${name}: ${JSON.stringify(got)} != ${JSON.stringify(want)}`);
    }
    expect(mismatched).toEqual([]);
    expect(report.files.size).toBe(Object.keys(json.files).length);
  });

  it("has coverage report's TOTAL as its headline, and each file's percentage", () => {
    const { total, rows } = parseCoveragePyReport(readFileSync(join(DIR, 'report.txt'), 'utf8'));
    const files = [...report.files.values()];
    expect(formatCoveragePercent(percent(sumTotals(files.map((f) => f.totals())), 'combined')!)).toBe(total.cover);
    for (const row of rows) {
      const f = report.files.get(row.name)!;
      expect([row.name, formatCoveragePercent(percent(f.totals(), 'combined') ?? 100)]).toEqual([row.name, row.cover]);
    }
  });
});
