/** uptime-check's job summary, comment and messages, with a small daily uptime/latency chart. Pure. */
import { STAGE_TITLES, type Stage } from '../../packages/core/stages.js';
import { overallStatus, worstFirst, type GateResult } from '../../packages/core/result/gate-result.js';
import { criteriaTable, gateTitle, shortfalls, STATUS_ICON, STATUS_WORD } from '../../packages/report/criteria.js';
import {
  code,
  details,
  escapeText,
  fitComment,
  fitSummary,
  runFooter,
  table,
  type Section,
} from '../../packages/report/markdown.js';
import { formatCoveragePercent } from '../../packages/coverage/totals.js';
import { coverageText } from '../../packages/uptime/window.js';
import type { DayFigures, UptimeModel } from './uptime-check.js';

export const GATE_TITLE = 'Uptime check';

export interface RenderContext {
  result: GateResult;
  model: UptimeModel;
  warnings: string[];
  runUrl: string | null;
}

const ms = (v: number) => `${Math.round(v)} ms`;

export function oneLine(m: UptimeModel, who: string): string {
  const w = m.window;
  if (!w || w.uptimeText === null) return `${who}: no uptime figure for ${m.windowText}`;
  return `${who}: uptime ${w.uptimeText}% over ${m.windowText} (${w.samples} samples)${w.latency ? `, p95 ${ms(w.latency.p95)}` : ''}`;
}

export function failureMessage(result: GateResult, who: string): string {
  const lines = shortfalls(result.criteria);
  if (lines.length === 0) {
    const missing = result.criteria
      .filter((c) => c.status === 'no-data')
      .map((c) => `${c.title}: ${c.detail ?? 'no data'}`);
    return `${who} has no uptime evidence yet: ${missing.join('; ')}. Run this action on a schedule (e.g. every 5 minutes) so the window fills up.`;
  }
  return `${who} does not meet the bars: ${lines.join('; ')}.`;
}

/**
 * A Mermaid xychart (GitHub renders it): daily uptime as bars. Values are plain numbers we
 * computed; day labels are dates, so nothing untrusted reaches the chart.
 */
export function uptimeChart(days: readonly DayFigures[]): string {
  const shown = days.filter((d) => d.uptimeText !== null);
  if (shown.length < 2) return '';
  const values = shown.map((d) => Number(d.uptimeText));
  const low = Math.max(0, Math.floor(Math.min(...values) - 1));
  const lines = [
    '```mermaid',
    'xychart-beta',
    '  title "Uptime per day (%)"',
    `  x-axis [${shown.map((d) => `"${d.day.slice(5)}"`).join(', ')}]`,
    `  y-axis "uptime %" ${low} --> 100`,
    `  bar [${values.join(', ')}]`,
    '```',
  ];
  return lines.join('\n');
}

function daysSection(m: UptimeModel): string {
  if (m.days.length === 0) return '';
  const rows = m.days.map((d) => [
    d.day,
    String(d.samples),
    d.uptimeText === null ? '_no data_' : `${d.uptimeText}%`,
    d.p95 === null ? '—' : ms(d.p95),
  ]);
  return `### Per day\n\n${uptimeChart(m.days)}\n\n${table(['Day (UTC)', 'Samples', 'Uptime', 'p95 latency'], rows, ['l', 'r', 'r', 'r'])}`;
}

function probesSection(m: UptimeModel): string {
  if (m.probes.length === 0) return '';
  const rows = m.probes.map((p) => [
    p.state === 'up' ? '🟢 up' : p.state === 'degraded' ? '🟡 degraded' : '🔴 down',
    code(p.url),
    p.status ? String(p.status) : '—',
    p.ms === undefined ? '—' : ms(p.ms),
    escapeText([p.error, p.detail].filter(Boolean).join(': ')),
  ]);
  return `### This run's probes\n\n${table(['State', 'Endpoint', 'Status', 'Latency', 'Detail'], rows, ['l', 'l', 'r', 'r', 'l'])}`;
}

function head(ctx: RenderContext): string {
  const w = ctx.model.window;
  const figures: string[] = [];
  if (w) {
    figures.push(`**${w.uptimeText === null ? 'no data' : `${w.uptimeText}%`}** uptime over ${ctx.model.windowText}`);
    figures.push(coverageText(w));
    if (w.latency) figures.push(`p50 ${ms(w.latency.p50)} · p95 ${ms(w.latency.p95)} · p99 ${ms(w.latency.p99)}`);
    if (w.errorRate !== null) figures.push(`error rate ${Math.round(w.errorRate * 100) / 100}%`);
    figures.push(`${w.flaps} state change(s)`);
    if (w.excluded) figures.push(`${w.excluded} sample(s) in maintenance left out`);
  }
  const warn = ctx.warnings.map((x) => `> [!WARNING]\n> ${escapeText(x)}`).join('\n\n');
  return [
    `## ${gateTitle(GATE_TITLE, ctx.result)}`,
    figures.join(' · '),
    warn,
    criteriaTable(ctx.result.criteria, ctx.result.stage.target),
    notApplicableNote(ctx.model),
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** Why there are no load-test or performance criteria, when the config says they do not apply. */
function notApplicableNote(m: UptimeModel): string {
  return m.loadTestNotApplicable === null
    ? ''
    : `Load test, memory and CPU: **not applicable**: ${escapeText(m.loadTestNotApplicable)} (\`not-applicable.load-test\` in the config).`;
}

export function renderSummary(ctx: RenderContext, limitBytes: number): string {
  const sections: Section[] = [
    { markdown: head(ctx), priority: 100 },
    { markdown: probesSection(ctx.model), priority: 60 },
    { markdown: daysSection(ctx.model), priority: 50 },
  ];
  return fitSummary(sections, limitBytes);
}

export function renderComment(ctx: RenderContext, limitChars: number): string {
  const sections: Section[] = [
    { markdown: head(ctx), priority: 100 },
    { markdown: runFooter(ctx.runUrl), priority: 90 },
  ];
  return fitComment(sections, limitChars);
}

// ---------------------------------------------------------------------------------------------
// A scheduled run: every component with health checks, one table

export interface ScheduledContext {
  outcomes: readonly { model: UptimeModel; result: GateResult; unit: { key: string } }[];
  /** Components without health checks (not probed), listed once. */
  withoutHealth: readonly string[];
  warnings: readonly string[];
  runUrl: string | null;
}

function componentRow(o: ScheduledContext['outcomes'][number]): string[] {
  const { model: m, result: r } = o;
  const w = m.window;
  const up = m.probes.filter((p) => p.state !== 'down').length;
  const target = STAGE_TITLES[r.stage.target as Stage] ?? r.stage.target;
  const failing = worstFirst(r.criteria).filter((c) => c.status !== 'pass' && c.enforced !== false);
  return [
    `${STATUS_ICON[r.status]} ${code(o.unit.key)}`,
    escapeText(target),
    // Below the sample-coverage bar there is no uptime figure, only samples.
    !w || w.status !== 'ok' || w.uptimeText === null ? '_no data_' : `${w.uptimeText}%`,
    !w || w.coverage === null ? '—' : `${w.samples} (${formatCoveragePercent(w.coverage)}%)`,
    w?.latency ? ms(w.latency.p95) : '—',
    `${up} of ${m.probes.length}`,
    failing.length ? failing.map((c) => `${STATUS_ICON[c.status]} ${escapeText(c.title)}`).join('<br>') : '',
  ];
}

function componentDetails(o: ScheduledContext['outcomes'][number]): string {
  const w = o.model.window;
  const head = [w ? coverageText(w) : '', `${w?.flaps ?? 0} state change(s)`, notApplicableNote(o.model)]
    .filter(Boolean)
    .join(' · ');
  return details(
    `${STATUS_ICON[o.result.status]} ${code(o.unit.key)}: ${STATUS_WORD[o.result.status]}`,
    [head, criteriaTable(o.result.criteria)].join('\n\n'),
  );
}

export function renderScheduledSummary(ctx: ScheduledContext, limitBytes: number): string {
  const status = overallStatus(ctx.outcomes.map((o) => ({ status: o.result.status })));
  const window = ctx.outcomes[0]?.model.windowText ?? '';
  const rows = ctx.outcomes.map(componentRow);
  const head = [
    `## ${STATUS_ICON[status]} ${GATE_TITLE}: ${ctx.outcomes.length} component(s) with health checks`,
    table(
      ['Component', 'Bars', `Uptime (${escapeText(window)})`, 'Samples (coverage)', 'p95', 'Up now', 'Not passing'],
      rows,
      ['l', 'l', 'r', 'r', 'r', 'r', 'l'],
    ),
    ctx.withoutHealth.length ? `No health checks (not probed): ${ctx.withoutHealth.map(code).join(', ')}.` : '',
    ctx.warnings.map((x) => `> [!WARNING]\n> ${escapeText(x)}`).join('\n\n'),
  ]
    .filter(Boolean)
    .join('\n\n');
  const sections: Section[] = [
    { markdown: head, priority: 100 },
    { markdown: ctx.outcomes.map(componentDetails).join('\n\n'), priority: 50 },
    { markdown: runFooter(ctx.runUrl), priority: 90 },
  ];
  return fitSummary(sections, limitBytes);
}

export function scheduledFailureMessage(outcomes: ScheduledContext['outcomes']): string {
  const short = outcomes.filter((o) => o.result.status === 'fail' || o.result.status === 'error');
  if (short.length)
    return `${short.length} of ${outcomes.length} component(s) do not meet the bars: ${short.map((o) => `${o.unit.key} (${shortfalls(o.result.criteria).join('; ')})`).join('; ')}.`;
  const noData = outcomes.filter((o) => o.result.status === 'no-data').map((o) => o.unit.key);
  return `${noData.join(', ')} ha${noData.length === 1 ? 's' : 've'} no uptime evidence yet (the window fills as the schedule runs): see the summary.`;
}
