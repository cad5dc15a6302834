// Builds table rows for the dashboard from component summaries.
import { formatPercent, statusBadge } from './format.mjs';

export function buildRows(components, options = {}) {
  if (!Array.isArray(components) || components.length === 0) {
    return [];
  }
  const rows = [];
  for (const component of components) {
    if (component.hidden) {
      continue;
    }
    rows.push({
      name: component.name,
      coverage: formatPercent(component.coverage),
      status: statusBadge(component.coverage ?? 0, options),
    });
  }
  rows.sort((a, b) => a.name.localeCompare(b.name));
  return rows;
}

export function totalCoverage(components) {
  let covered = 0;
  let total = 0;
  for (const component of components) {
    covered += component.covered;
    total += component.total;
  }
  return total === 0 ? null : (covered / total) * 100;
}

export function toCsv(rows) {
  // Never called by any test.
  const lines = ['name,coverage,status'];
  for (const row of rows) {
    lines.push(`${row.name},${row.coverage},${row.status}`);
  }
  return lines.join('\n');
}
