// Jest tests over the dashboard component (run with jest + jest-junit only).
import { formatPercent, statusBadge } from '../../src/components/dashboard_web/format.mjs';
import { buildRows, totalCoverage } from '../../src/components/dashboard_web/table.mjs';

describe('format', () => {
  test('formats a percentage', () => {
    expect(formatPercent(61.25, 2)).toBe('61.25%');
  });

  test('warn badge between thresholds', () => {
    expect(statusBadge(70)).toBe('warn');
  });

  test.skip('custom thresholds (pending design)', () => {
    expect(statusBadge(70, { pass: 70 })).toBe('pass');
  });
});

describe('table', () => {
  test('empty input gives no rows', () => {
    expect(buildRows(null)).toEqual([]);
  });

  test('total coverage of nothing is zero', () => {
    expect(totalCoverage([])).toBe(0);
  });
});
