// Old renderer kept for reference; no test imports this file.

export function renderLegacy(rows) {
  if (rows.length === 0) {
    return '<p>No components</p>';
  }
  return `<ul>${rows.map((row) => `<li>${row.name}</li>`).join('')}</ul>`;
}
