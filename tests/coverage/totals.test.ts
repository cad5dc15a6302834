import { formatCoveragePercent, meetsBar, percent, roundHalfEven } from '../../packages/coverage/totals.js';

describe('percentages as coverage.py computes and prints them', () => {
  it('rounds exact ties to even, like Python round()', () => {
    // 101/800*100 = 12.625 exactly: Python prints 12.62, toFixed would say 12.63.
    expect(formatCoveragePercent((100 * 101) / 800)).toBe('12.62');
    expect(formatCoveragePercent(12.375)).toBe('12.38');
    expect(formatCoveragePercent(0.125)).toBe('0.12');
    // Not exact ties: the binary value decides, as in Python (round(2.675, 2) == 2.67).
    expect(formatCoveragePercent(2.675)).toBe('2.67');
    expect(formatCoveragePercent((100 * 2) / 3)).toBe('66.67');
  });

  it('never shows a value that is not 0 or 100 as 0.00 or 100.00', () => {
    expect(formatCoveragePercent((100 * 9999) / 1000000)).toBe('1.00');
    expect(formatCoveragePercent((100 * 1) / 1000000)).toBe('0.01');
    expect(formatCoveragePercent((100 * 999999) / 1000000)).toBe('99.99');
    expect(formatCoveragePercent(100)).toBe('100.00');
    expect(formatCoveragePercent(0)).toBe('0.00');
  });

  it('has no figure when nothing is measured (never 0% or 100%)', () => {
    expect(percent({ statements: 0, coveredStatements: 0, branches: 0, coveredBranches: 0 }, 'combined')).toBeNull();
    expect(percent({ statements: 10, coveredStatements: 5, branches: 0, coveredBranches: 0 }, 'branches')).toBeNull();
  });

  it('sums counts: the combined figure is not an average of line and branch percentages', () => {
    const t = { statements: 186, coveredStatements: 166, branches: 82, coveredBranches: 69 };
    expect(formatCoveragePercent(percent(t, 'combined')!)).toBe('87.69');
    expect(formatCoveragePercent(percent(t, 'lines')!)).toBe('89.25');
  });

  it('judges a bar as --fail-under does: the rounded figure, and 100 exactly', () => {
    // The double nearest 69.995 is 69.99500000000000454...: Python's round() gives 70.0.
    expect(meetsBar(69.995, 70)).toBe(true);
    expect(roundHalfEven(69.995)).toBe(70);
    expect(meetsBar(69.994, 70)).toBe(false);
    expect(meetsBar(99.999, 100)).toBe(false);
    expect(meetsBar(100, 100)).toBe(true);
  });
});
