/** security-gate's job summary, pull request comment and messages. Pure functions of the evaluation. */
import type { GateResult } from '../../packages/core/result/gate-result.js';
import { STAGE_TITLES, type TargetStage } from '../../packages/core/stages.js';
import type { Finding } from '../../packages/findings/finding.js';
import { criteriaTable, gateTitle, shortfalls } from '../../packages/report/criteria.js';
import { code, details, escapeText, fitComment, fitSummary, runFooter, table, type Section } from '../../packages/report/markdown.js';
import { severityOf, SEVERITY_ORDER, type SecurityEvaluation, type SecurityGateModel } from './security-gate.js';

export const GATE_TITLE = 'Security gate';

const SUMMARY_ROWS = 1000;
const COMMENT_ROWS = 25;
const ICON = { critical: '🟥', high: '🟧', medium: '🟨', low: '🟦', info: '⬜' } as const;

export interface RenderContext {
  result: GateResult;
  ev: SecurityEvaluation;
  model: SecurityGateModel;
  warnings: string[];
  runUrl: string | null;
  sarifFile: string | null;
}

export function oneLine(ev: SecurityEvaluation, who: string): string {
  const c = ev.counts;
  return `${who}: ${c.critical} critical, ${c.high} high, ${c.medium} medium, ${c.low} low open; ${ev.accepted} accepted`;
}

export function failureMessage(result: GateResult, ev: SecurityEvaluation, who: string, target: TargetStage): string {
  const lines = shortfalls(result.criteria);
  if (lines.length === 0) {
    const missing = result.criteria.filter((c) => c.status === 'no-data').map((c) => c.detail ?? c.title);
    return `${who} could not be checked: ${[...new Set(missing)].join('; ')}.`;
  }
  const failing = new Set(result.criteria.filter((c) => c.status !== 'pass').map((c) => c.id));
  const advice: string[] = [];
  if (['security.critical', 'security.high', 'security.medium'].some((id) => failing.has(id))) advice.push('fix the findings listed in the job summary (dependencies: upgrade to the fixed versions shown)');
  if (failing.has('security.low-documented')) advice.push('fix the low findings or record each in the accepted-risk register with a justification, an owner, an approver and an expiry date');
  if (failing.has('security.accepted-risks-current')) advice.push('renew or remove the expired register entries (and fix what they covered)');
  if (failing.has('security.patch-deadlines')) advice.push(`patch the ${ev.overdue.length} finding(s) past their deadline first`);
  if (failing.has('security.scan-complete')) advice.push('make every file scannable (the tools reported errors)');
  const head = `${who} does not meet the ${STAGE_TITLES[target]} security bars: ${lines.join('; ')}.`;
  return advice.length ? `${head} To pass, ${advice.join(', and ')}.` : head;
}

function where(f: Finding): string {
  if (f.path) return code(`${f.path}${f.start ? `:${f.start.line}` : ''}`);
  if (f.pkg) return code(`${f.pkg.name}${f.pkg.version ? ` ${f.pkg.version}` : ''}`) + (f.pkg.fixedIn?.length ? ` → ${f.pkg.fixedIn.map(code).join(', ')}` : '');
  return '';
}

function findingsTable(findings: readonly Finding[], max: number, firstSeen: Record<string, string>): string {
  const rows = findings.slice(0, max).map((f) => {
    const sev = severityOf(f);
    const seen = f.fingerprint ? firstSeen[f.fingerprint]?.slice(0, 10) ?? '' : '';
    return [
      `${ICON[sev]} ${sev}${f.severityAssumed ? ' <sub>(assumed)</sub>' : ''}`,
      `${escapeText(f.tool)} ${f.url && /^https:\/\//.test(f.url) ? `[${code(f.rule)}](${f.url})` : code(f.rule)}`,
      where(f),
      escapeText(f.message.split('\n')[0]!.slice(0, 300)),
      seen,
    ];
  });
  const more = findings.length > max ? `\n\n…and ${findings.length - max} more (the result file and SARIF have them).` : '';
  return table(['Severity', 'Rule', 'Where', 'Message', 'First seen'], rows, ['l', 'l', 'l', 'l', 'l']) + more;
}

function countsLine(ev: SecurityEvaluation): string {
  return SEVERITY_ORDER.filter((s) => s !== 'info' || ev.counts.info > 0)
    .map((s) => `${ICON[s]} **${ev.counts[s]}** ${s}`)
    .join(' · ')
    .concat(` · ✔️ ${ev.accepted} accepted`);
}

function reportsSection(model: SecurityGateModel): string {
  if (model.reports.length === 0) return '';
  const rows = model.reports.map((r) => [code(r.file), escapeText(r.report.tool), escapeText(r.report.version ?? ''), String(r.report.findings.length), String(r.report.toolErrors?.length ?? 0)]);
  let out = `### Reports read\n\n${table(['Report', 'Tool', 'Version', 'Findings', 'Tool errors'], rows, ['l', 'l', 'l', 'r', 'r'])}`;
  if (model.outOfScope) out += `\n\n${model.outOfScope} finding(s) on files outside this component's paths are not counted here.`;
  return out;
}

function registerSection(model: SecurityGateModel): string {
  const reg = model.register;
  if (!reg) return '';
  const o = model.registerOutcome;
  const parts = [`### Accepted risks (${code(reg.file)})\n\n${o.accepted.length} finding(s) accepted by ${reg.entries.length} entr${reg.entries.length === 1 ? 'y' : 'ies'}.`];
  const rows: string[][] = [
    ...o.expired.map((e) => ['❌ expired', code(e.entry.id), `expired ${escapeText(e.entry.expires)}; still matches ${e.findings} finding(s)`]),
    ...o.disallowed.map((d) => ['❌ not allowed', code(d.entry.id), escapeText(d.reason)]),
    ...o.stale.map((e) => ['⚠️ stale', code(e.id), 'matches no finding: remove it']),
    ...reg.problems.map((p) => ['⚠️ malformed', code(p.entryId ?? `line ${p.line}`), `line ${p.line}: ${escapeText(p.message)}`]),
  ];
  if (rows.length) parts.push(table(['', 'Entry', 'Why'], rows));
  if (o.accepted.length) {
    const acc = o.accepted.slice(0, 100).map((a) => [code(a.entry.id), where(a.finding), `${escapeText(a.finding.tool)} ${code(a.finding.rule)}`, escapeText(a.entry.owner), escapeText(a.entry.approver), escapeText(a.entry.expires)]);
    parts.push(details(`${o.accepted.length} accepted finding(s)`, table(['Entry', 'Where', 'Rule', 'Owner', 'Approver', 'Expires'], acc)));
  }
  return parts.join('\n\n');
}

function overdueSection(ev: SecurityEvaluation): string {
  if (!ev.overdue.length) return '';
  const rows = ev.overdue.slice(0, 100).map((o) => [`${ICON[severityOf(o.finding)]} ${severityOf(o.finding)}`, where(o.finding), code(o.finding.rule), o.firstSeen.slice(0, 10), `${o.deadlineHours} h`, `${o.overdueHours} h`]);
  return `### Past the patch deadline\n\n${table(['Severity', 'Where', 'Rule', 'First seen', 'Deadline', 'Overdue by'], rows)}`;
}

function toolErrorsSection(ev: SecurityEvaluation): string {
  if (!ev.toolErrors.length) return '';
  const list = ev.toolErrors.slice(0, 50).map((e) => `- ${code(e.file)}: ${e.path ? `${code(e.path)}: ` : ''}${escapeText(e.message)}`).join('\n');
  return `### ⚠️ The tools reported errors\n\nThese files were not (fully) scanned, so the scan is incomplete:\n\n${list}`;
}

function head(ctx: RenderContext): string {
  const notes: string[] = [];
  if (ctx.ev.assumedSeverity) notes.push(`${ctx.ev.assumedSeverity} finding(s) have no severity in their report (pip-audit and secret scanners give none) and are treated as **high**.`);
  if (ctx.sarifFile) notes.push(`SARIF for code scanning: ${code(ctx.sarifFile)}.`);
  const warn = ctx.warnings.map((w) => `> [!WARNING]\n> ${escapeText(w)}`).join('\n\n');
  return [`## ${gateTitle(GATE_TITLE, ctx.result)}`, countsLine(ctx.ev), notes.join(' '), warn, criteriaTable(ctx.result.criteria, ctx.result.stage.target)].filter(Boolean).join('\n\n');
}

export function renderSummary(ctx: RenderContext, limitBytes: number): string {
  const sections: Section[] = [
    { markdown: head(ctx), priority: 100 },
    { markdown: toolErrorsSection(ctx.ev), priority: 80 },
    { markdown: overdueSection(ctx.ev), priority: 70 },
    { markdown: registerSection(ctx.model), priority: 60 },
    { markdown: reportsSection(ctx.model), priority: 50 },
    { markdown: ctx.ev.open.length ? `### Open findings (${ctx.ev.open.length})\n\n${findingsTable(ctx.ev.open, SUMMARY_ROWS, ctx.model.firstSeen)}` : '', priority: 20 },
  ];
  return fitSummary(sections, limitBytes);
}

export function renderComment(ctx: RenderContext, limitChars: number): string {
  const sections: Section[] = [
    { markdown: head(ctx), priority: 100 },
    { markdown: ctx.ev.open.length ? details(`Open findings (${ctx.ev.open.length})`, findingsTable(ctx.ev.open, COMMENT_ROWS, ctx.model.firstSeen)) : '', priority: 40 },
    { markdown: runFooter(ctx.runUrl), priority: 90 },
  ];
  return fitComment(sections, limitChars);
}
