/**
 * Coverage totals are sums of counts; percentages are computed from the sums, never averaged.
 * The headline follows coverage.py (`coverage report`): with branch data it is
 * (covered lines + covered branches) / (lines + branches), else covered lines / lines.
 */
import type { FileTotals } from './file-coverage.js';

export interface CoverageTotals extends FileTotals {
  files: number;
}

export const ZERO_TOTALS: CoverageTotals = Object.freeze({
  files: 0,
  statements: 0,
  coveredStatements: 0,
  branches: 0,
  coveredBranches: 0,
});

export function addTotals(a: CoverageTotals, b: FileTotals, files = 1): CoverageTotals {
  return {
    files: a.files + files,
    statements: a.statements + b.statements,
    coveredStatements: a.coveredStatements + b.coveredStatements,
    branches: a.branches + b.branches,
    coveredBranches: a.coveredBranches + b.coveredBranches,
  };
}

export function sumTotals(items: Iterable<FileTotals>): CoverageTotals {
  let t = ZERO_TOTALS;
  for (const item of items) t = addTotals(t, item);
  return t;
}

/** Which figure is the headline. `combined` is coverage.py's; `lines` is Istanbul's, c8's and node's. */
export type CoverageMetric = 'combined' | 'lines' | 'branches';

/**
 * A percentage computed exactly as coverage.py does (`(100.0 * numerator) / denominator`),
 * or null when there is nothing to measure: no data is never shown as 0% or 100%.
 */
export function percent(t: FileTotals, metric: CoverageMetric): number | null {
  let num: number;
  let den: number;
  switch (metric) {
    case 'lines':
      num = t.coveredStatements;
      den = t.statements;
      break;
    case 'branches':
      num = t.coveredBranches;
      den = t.branches;
      break;
    case 'combined':
      num = t.coveredStatements + t.coveredBranches;
      den = t.statements + t.branches;
      break;
  }
  if (den === 0) return null;
  return (100 * num) / den;
}

/**
 * Rounds like Python's `round(x, digits)`: correctly rounded from the exact binary value,
 * ties to even. JavaScript's toFixed breaks exact ties upwards instead; a double is an exact
 * tie at `digits` decimals only when x * 2^(digits+1) is an odd integer (e.g. 12.625).
 * Returns the scaled integer (x * 10^digits, rounded).
 */
function roundScaled(x: number, digits: number): number {
  const scale = 10 ** digits;
  const doubled = x * 2 ** (digits + 1);
  if (Number.isInteger(doubled) && Math.abs(doubled % 2) === 1) {
    const low = Math.floor(x * scale);
    return low % 2 === 0 ? low : low + 1;
  }
  return Math.round(Number(x.toFixed(digits)) * scale);
}

function formatScaled(n: number, digits: number): string {
  if (digits === 0) return String(n);
  const s = String(n).padStart(digits + 1, '0');
  return `${s.slice(0, -digits)}.${s.slice(-digits)}`;
}

/**
 * The percentage as coverage.py displays it at `--precision=digits` (Numbers.display_covered):
 * rounded half-even, except that a value that is not exactly 0 or 100 never displays as such.
 */
export function formatCoveragePercent(pc: number, digits = 2): string {
  const near0 = 1 / 10 ** digits;
  if (pc > 0 && pc < near0) return formatScaled(1, digits);
  if (pc > 100 - near0 && pc < 100) return formatScaled(10 ** (digits + 2) - 1, digits);
  return formatScaled(roundScaled(pc, digits), digits);
}

/** Python's round(x, digits) as a number. */
export function roundHalfEven(x: number, digits = 2): number {
  return roundScaled(x, digits) / 10 ** digits;
}

/**
 * coverage.py's `should_fail_under`: the total rounded to the display precision is compared
 * with the bar; a bar of 100 must be met exactly.
 */
export function meetsBar(pc: number, bar: number, digits = 2): boolean {
  if (bar >= 100) return pc >= 100;
  return roundHalfEven(pc, digits) >= bar;
}
