// Formatting helpers for the maturity dashboard (coverage fixture sample).

export function formatPercent(value, digits = 1) {
  if (value === null || value === undefined || Number.isNaN(value)) {
    return 'n/a';
  }
  const clamped = Math.min(100, Math.max(0, value));
  return `${clamped.toFixed(digits)}%`;
}

export function statusBadge(percent, { pass = 80, warn = 60 } = {}) {
  if (percent >= pass) {
    return 'pass';
  } else if (percent >= warn) {
    return 'warn';
  }
  return 'fail';
}

export function trendArrow(previous, current) {
  if (previous === undefined) {
    return '';
  }
  const delta = current - previous;
  if (delta > 0) return '▲';
  if (delta < 0) return '▼';
  return '=';
}
