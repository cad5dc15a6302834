/**
 * Line charts as inline SVG, for a page without JavaScript: `role="img"` with an aria-label,
 * `<title>` and `<desc>`, colors from the page's CSS (so dark mode and contrast follow the
 * stylesheet), a dashed line for the bar, and a visually hidden data table with the same
 * figures for screen readers. Zero points render as a sentence, one point as a dot.
 */
import { escapeHtml } from '../report/markdown.js';

export interface ChartPoint {
  /** ISO 8601 time. */
  t: string;
  value: number;
}

export interface LineChartOptions {
  /** Unique within the page (ids of the title, desc and table). */
  id: string;
  title: string;
  points: readonly ChartPoint[];
  unit: string;
  /** The bar the figure is held to, drawn as a dashed line. */
  bar?: number | null;
  /** The y range; default: 0..100 for `%`, else from the data. */
  yMin?: number;
  yMax?: number;
}

const W = 600;
const H = 220;
const PAD = { left: 48, right: 16, top: 16, bottom: 36 };

function fmt(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(2);
}

function day(t: string): string {
  return t.slice(0, 10);
}

function when(t: string): string {
  return t.replace('T', ' ').replace(/:\d{2}(\.\d+)?Z$/, ' UTC');
}

/** The visually hidden table of a chart's figures. */
function dataTable(o: LineChartOptions, pts: readonly ChartPoint[]): string {
  const rows = pts
    .map(
      (p) =>
        `<tr><th scope="row">${escapeHtml(when(p.t))}</th><td>${escapeHtml(fmt(p.value))}${escapeHtml(o.unit === '%' ? '%' : ` ${o.unit}`)}</td></tr>`,
    )
    .join('');
  // The wrapper is hidden, not the table: a table grows to its content whatever its width.
  return `<div class="visually-hidden"><table id="${escapeHtml(o.id)}-data"><caption>${escapeHtml(o.title)}: data</caption><thead><tr><th scope="col">Time</th><th scope="col">Value</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

export function lineChart(o: LineChartOptions): string {
  const pts = plottable(o.points);
  const id = escapeHtml(o.id);
  const title = escapeHtml(o.title);
  if (pts.length === 0) {
    return `<figure class="chart chart-empty" id="${id}"><figcaption>${title}</figcaption><p class="muted">No data points yet: this trend fills in as the gates run.</p></figure>`;
  }
  const { summary, barText } = describe(o, pts);
  const label = `${o.title}. ${summary}${barText}`;
  return (
    `<figure class="chart" id="${id}"><figcaption>${title}</figcaption>` +
    `<svg viewBox="0 0 ${W} ${H}" preserveAspectRatio="xMidYMid meet" role="img" aria-label="${escapeHtml(label)}" aria-describedby="${id}-desc" focusable="false">` +
    `<title>${title}</title><desc id="${id}-desc">${escapeHtml(summary + barText)}</desc>` +
    `${marks(o, pts, scales(o, pts))}</svg>` +
    `${dataTable(o, pts)}</figure>`
  );
}

/** The points that can be drawn (a finite value at a readable time), oldest first. */
function plottable(points: readonly ChartPoint[]): ChartPoint[] {
  return [...points]
    .filter((p) => Number.isFinite(p.value) && !Number.isNaN(Date.parse(p.t)))
    .sort((a, b) => Date.parse(a.t) - Date.parse(b.t));
}

interface Scales {
  yMin: number;
  yMax: number;
  /** A time's x, and a value's y (clamped to the range), in the SVG's coordinates. */
  x: (t: string) => number;
  y: (v: number) => number;
  /** All the points at one instant: drawn once, in the middle. */
  oneInstant: boolean;
}

/** From time and value to the plot area; `pts` is not empty and oldest first. */
function scales(o: LineChartOptions, pts: readonly ChartPoint[]): Scales {
  const values = pts.map((p) => p.value);
  const percent = o.unit === '%';
  // A percentage is drawn on its whole scale; other figures from 0 (or below) to the highest of the data and the bar.
  const yMin = o.yMin ?? (percent ? 0 : Math.min(0, ...values));
  let yMax = o.yMax ?? (percent ? 100 : Math.max(...values, o.bar ?? -Infinity));
  if (yMax <= yMin) yMax = yMin + 1; // a flat series at 0 still needs a range
  const t0 = Date.parse(pts[0]!.t);
  const t1 = Date.parse(pts[pts.length - 1]!.t);
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  return {
    yMin,
    yMax,
    x: (t) => (t1 === t0 ? PAD.left + innerW / 2 : PAD.left + ((Date.parse(t) - t0) / (t1 - t0)) * innerW),
    y: (v) => PAD.top + (1 - (Math.min(Math.max(v, yMin), yMax) - yMin) / (yMax - yMin)) * innerH,
    oneInstant: t1 === t0,
  };
}

/** The SVG's content: grid and y labels, the bar's dashed line, the line, its dots, and the first and last days. */
function marks(o: LineChartOptions, pts: readonly ChartPoint[], { yMin, yMax, x, y, oneInstant }: Scales): string {
  const r = (n: number) => n.toFixed(1);
  const grid = [yMin, (yMin + yMax) / 2, yMax]
    .map(
      (v) =>
        `<line class="chart-grid" x1="${PAD.left}" x2="${W - PAD.right}" y1="${r(y(v))}" y2="${r(y(v))}"/><text class="chart-axis" x="${PAD.left - 6}" y="${r(y(v) + 4)}" text-anchor="end">${escapeHtml(fmt(v))}</text>`,
    )
    .join('');
  const xLabels = (oneInstant ? [pts[0]!] : [pts[0]!, pts[pts.length - 1]!])
    .map(
      (p, i, all) =>
        `<text class="chart-axis" x="${r(x(p.t))}" y="${H - 12}" text-anchor="${all.length === 1 ? 'middle' : i === 0 ? 'start' : 'end'}">${escapeHtml(day(p.t))}</text>`,
    )
    .join('');
  const barLine =
    typeof o.bar === 'number' && Number.isFinite(o.bar)
      ? `<line class="chart-bar" x1="${PAD.left}" x2="${W - PAD.right}" y1="${r(y(o.bar))}" y2="${r(y(o.bar))}"/>`
      : '';
  const line =
    pts.length > 1
      ? `<polyline class="chart-line" points="${pts.map((p) => `${r(x(p.t))},${r(y(p.value))}`).join(' ')}"/>`
      : '';
  const dots = pts.map((p) => `<circle class="chart-dot" cx="${r(x(p.t))}" cy="${r(y(p.value))}" r="4"/>`).join('');
  return `${grid}${barLine}${line}${dots}${xLabels}`;
}

/** The chart in words (its aria-label and `<desc>`): the span, first and last, lowest and highest, and the bar. */
function describe(o: LineChartOptions, pts: readonly ChartPoint[]): { summary: string; barText: string } {
  const values = pts.map((p) => p.value);
  const last = pts[pts.length - 1]!;
  const first = pts[0]!;
  const unit = o.unit === '%' ? '%' : ` ${o.unit}`;
  const summary =
    pts.length === 1
      ? `One measurement: ${fmt(last.value)}${unit} on ${day(last.t)}.`
      : `${pts.length} measurements from ${day(first.t)} to ${day(last.t)}: from ${fmt(first.value)}${unit} to ${fmt(last.value)}${unit}; lowest ${fmt(Math.min(...values))}${unit}, highest ${fmt(Math.max(...values))}${unit}.`;
  const barText = typeof o.bar === 'number' ? ` The bar is ${fmt(o.bar)}${unit} (dashed line).` : '';
  return { summary, barText };
}
