// A widget from before the TypeScript port; it no longer parses (kept to show a lint parse error).
export function renderWidget(title) {
  return '<div class="widget">' + title + '</div>';
