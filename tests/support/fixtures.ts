/**
 * The sample repository (examples/sample-repo) and its reports, made by the real tools, and
 * readers for the figures those tools printed (reports/expected/).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SAMPLE = join(REPO, 'examples', 'sample-repo');
export const REPORTS = join(SAMPLE, 'reports');

export const report = (rel: string) => join(REPORTS, rel);
export const expectedText = (name: string) => readFileSync(join(REPORTS, 'expected', name), 'utf8');

export interface CoveragePyRow {
  name: string;
  stmts: number;
  miss: number;
  branch?: number;
  brpart?: number;
  cover: string; // "87.69"
}

/** Parses `coverage report --precision=2` output into rows and the TOTAL row. */
export function parseCoveragePyReport(text: string): { rows: CoveragePyRow[]; total: CoveragePyRow } {
  const rows: CoveragePyRow[] = [];
  let total: CoveragePyRow | undefined;
  for (const line of text.split('\n')) {
    const cols = line.trim().split(/\s+/);
    if (cols.length < 4 || !cols[cols.length - 1]!.endsWith('%') || cols[0] === 'Name') continue;
    const nums = cols.slice(1, -1).map(Number);
    const row: CoveragePyRow = {
      name: cols[0]!,
      stmts: nums[0]!,
      miss: nums[1]!,
      ...(nums.length === 4 ? { branch: nums[2], brpart: nums[3] } : {}),
      cover: cols[cols.length - 1]!.slice(0, -1),
    };
    if (row.name === 'TOTAL') total = row;
    else rows.push(row);
  }
  if (!total) throw new Error('no TOTAL row');
  return { rows, total };
}
