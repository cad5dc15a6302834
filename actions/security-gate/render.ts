/**
 * security-gate's job summary, pull request comment and messages. Pure functions of the
 * evaluation. On a pull request the summary leads with what the change introduced, then the
 * progress toward the target stage.
 */
import type { Criterion, GateResult } from '../../packages/core/result/gate-result.js';
import { STAGE_TITLES, type TargetStage } from '../../packages/core/stages.js';
import type { Finding } from '../../packages/findings/finding.js';
import { criteriaTable, gateTitle, shortfalls } from '../../packages/report/criteria.js';
import {
  code,
  details,
  escapeText,
  fitComment,
  fitSummary,
  linkUrl,
  runFooter,
  table,
  type Section,
} from '../../packages/report/markdown.js';
import { AUDIT_CHECKS } from './audit-criteria.js';
import {
  appliedEntries,
  countBySeverity,
  severityOf,
  SEVERITY_ORDER,
  worstFirst,
  type SecurityEvaluation,
  type SecurityGateModel,
  type SeverityCounts,
} from './security-gate.js';

export const GATE_TITLE = 'Security gate';

const SUMMARY_ROWS = 1000;
const COMMENT_ROWS = 25;
const ICON = { critical: '🟥', high: '🟧', medium: '🟨', low: '🟦', info: '⬜' } as const;

export interface RenderContext {
  result: GateResult;
  ev: SecurityEvaluation;
  model: SecurityGateModel;
  warnings: string[];
  /** About the baseline (none found, files set aside): shown as notes, not warnings. */
  notes?: string[];
  runUrl: string | null;
  sarifFile: string | null;
}

export function oneLine(ev: SecurityEvaluation, who: string): string {
  const c = ev.counts;
  const head = `${who}: ${c.critical} critical, ${c.high} high, ${c.medium} medium, ${c.low} low open; ${ev.accepted} accepted`;
  if (!ev.introduced) return head;
  const n = countBySeverity(ev.introduced);
  return `${head}; introduced by the change: ${n.critical} critical, ${n.high} high, ${n.medium} medium, ${n.low} low`;
}

const enforced = (criteria: readonly Criterion[]) => criteria.filter((c) => c.enforced !== false);

/** What to do, for the criteria that failed (`failing`) or have no data (`missing`). */
function advice(failing: ReadonlySet<string>, missing: ReadonlySet<string>, ev: SecurityEvaluation): string[] {
  const out: string[] = [];
  if ([...failing].some((id) => id.startsWith('security.new.')))
    out.push('fix the findings this change introduces (listed in the job summary), or accept low ones in the register');
  if (['security.critical', 'security.high', 'security.medium'].some((id) => failing.has(id)))
    out.push('fix the findings listed in the job summary (dependencies: upgrade to the fixed versions shown)');
  if (failing.has('security.low-documented'))
    out.push(
      'fix the low findings or record each in the accepted-risk register with a justification, an owner, an approver and an expiry date',
    );
  if (failing.has('security.accepted-risks-current'))
    out.push('renew or remove the expired register entries (and fix what they covered)');
  if (failing.has('security.patch-deadlines'))
    out.push(`patch the ${ev.overdue.length} finding(s) past their deadline first`);
  if (failing.has('security.scan-complete')) out.push('make every file scannable (the tools reported errors)');
  if (failing.has('security.unattributed'))
    out.push(
      "place every finding in the checkout: map the report's paths with `path-map` (e.g. `/app/=`) or run the tool from the repository root",
    );
  for (const check of AUDIT_CHECKS) {
    if (missing.has(check.id))
      out.push(
        `add a ${check.key.replace('-', ' ')}: ${check.commands.map((c) => `\`${c.run}\` (input \`${c.input}\`)`).join(' or ')}, or say why it does not apply under \`components.<id>.not-applicable.${check.key}\``,
      );
  }
  return out;
}

export function failureMessage(result: GateResult, ev: SecurityEvaluation, who: string, target: TargetStage): string {
  const judged = enforced(result.criteria);
  const lines = shortfalls(judged);
  const failing = new Set(judged.filter((c) => c.status === 'fail' || c.status === 'error').map((c) => c.id));
  const missing = new Set(judged.filter((c) => c.status === 'no-data').map((c) => c.id));
  const todo = advice(failing, missing, ev);
  const then = todo.length ? ` To pass, ${todo.join(', and ')}.` : '';
  if (lines.length === 0) {
    // The audits' details repeat what the advice says: name them only.
    const why = judged
      .filter((c) => c.status === 'no-data')
      .map((c) => (AUDIT_CHECKS.some((a) => a.id === c.id) ? `no ${c.title.toLowerCase()}` : (c.detail ?? c.title)));
    return `${who} could not be checked: ${[...new Set(why)].join('; ')}.${then}`;
  }
  const what = result.scope === 'change' ? 'This change does not meet' : `${who} does not meet`;
  const head = `${what} the ${STAGE_TITLES[target]} security bars${result.scope === 'change' ? ` for ${who}` : ''}: ${lines.join('; ')}.`;
  const gaps = missing.size
    ? ` Missing evidence: ${judged
        .filter((c) => missing.has(c.id))
        .map((c) => c.title)
        .join(', ')}.`
    : '';
  return `${head}${gaps}${then}`;
}

function where(f: Finding): string {
  if (f.path) return code(`${f.path}${f.start ? `:${f.start.line}` : ''}`);
  if (f.pkg)
    return (
      code(`${f.pkg.name}${f.pkg.version ? ` ${f.pkg.version}` : ''}`) +
      (f.pkg.fixedIn?.length ? ` → ${f.pkg.fixedIn.map(code).join(', ')}` : '')
    );
  return '';
}

function findingsTable(findings: readonly Finding[], max: number, firstSeen: Record<string, string>): string {
  const rows = findings.slice(0, max).map((f) => {
    const sev = severityOf(f);
    const seen = f.fingerprint ? (firstSeen[f.fingerprint]?.slice(0, 10) ?? '') : '';
    return [
      `${ICON[sev]} ${sev}${f.severityAssumed ? ' <sub>(assumed)</sub>' : ''}`,
      `${escapeText(f.tool)} ${f.url && /^https:\/\//.test(f.url) ? `[${code(f.rule)}](${linkUrl(f.url)})` : code(f.rule)}`,
      where(f),
      escapeText(f.message.split('\n')[0]!.slice(0, 300)),
      seen,
    ];
  });
  const more =
    findings.length > max ? `\n\n…and ${findings.length - max} more (the result file and SARIF have them).` : '';
  return table(['Severity', 'Rule', 'Where', 'Message', 'First seen'], rows, ['l', 'l', 'l', 'l', 'l']) + more;
}

function countsLine(counts: SeverityCounts, accepted: number | null): string {
  const parts = SEVERITY_ORDER.filter((s) => s !== 'info' || counts.info > 0).map(
    (s) => `${ICON[s]} **${counts[s]}** ${s}`,
  );
  return parts.join(' · ') + (accepted === null ? '' : ` · ✔️ ${accepted} accepted`);
}

function reportsSection(model: SecurityGateModel): string {
  if (model.reports.length === 0) return '';
  const rows = model.reports.map((r) => [
    code(r.file),
    escapeText(r.report.tool),
    escapeText(r.report.version ?? ''),
    String(r.report.findings.length),
    String(r.report.toolErrors?.length ?? 0),
  ]);
  let out = `### Reports read\n\n${table(['Report', 'Tool', 'Version', 'Findings', 'Tool errors'], rows, ['l', 'l', 'l', 'r', 'r'])}`;
  if (model.outOfScope)
    out += `\n\n${model.outOfScope} finding(s) on files outside this component's paths are not counted here.`;
  return out;
}

function registerScopeLine(model: SecurityGateModel): string {
  const s = model.registerScope;
  if (!s || (s.shared === 0 && s.otherComponents.length === 0)) return '';
  const others = s.otherComponents.length
    ? ` ${s.otherComponents.length} entr${s.otherComponents.length === 1 ? 'y belongs' : 'ies belong'} to other components and ${s.otherComponents.length === 1 ? 'is' : 'are'} left out (${s.otherComponents
        .slice(0, 10)
        .map((o) => code(o.id))
        .join(', ')}${s.otherComponents.length > 10 ? ', …' : ''}).`
    : '';
  const shared = s.shared
    ? ` ${s.shared} repository-wide or shared entr${s.shared === 1 ? 'y applies' : 'ies apply'} here too; whether ${s.shared === 1 ? 'it matches' : 'they match'} anything is judged in the runs that see ${s.shared === 1 ? 'its' : 'their'} findings.`
    : '';
  return `${s.own.size} entr${s.own.size === 1 ? 'y is' : 'ies are'} this component's.${shared}${others}`;
}

function registerSection(model: SecurityGateModel): string {
  const reg = model.register;
  if (!reg) return '';
  const o = model.registerOutcome;
  const own = model.registerScope?.own;
  const isOwn = (e: { id: string }) => !own || [...own].some((x) => x.id === e.id);
  const applied = appliedEntries(model, reg);
  const parts = [
    `### Accepted risks (${code(reg.file)})\n\n${o.accepted.length} finding(s) accepted by ${applied} entr${applied === 1 ? 'y' : 'ies'} that apply here. ${registerScopeLine(model)}`.trim(),
  ];
  const rows: string[][] = [
    ...o.expired.map((e) => [
      '❌ expired',
      code(e.entry.id),
      `expired ${escapeText(e.entry.expires)}; still matches ${e.findings} finding(s)`,
    ]),
    ...o.disallowed.map((d) => ['❌ not allowed', code(d.entry.id), escapeText(d.reason)]),
    ...o.stale.filter(isOwn).map((e) => ['⚠️ stale', code(e.id), 'matches no finding: remove it']),
    ...o.expiredUnused
      .filter(isOwn)
      .map((e) => [
        '⚠️ expired, unused',
        code(e.id),
        `expired ${escapeText(e.expires)} and matches no finding: remove it`,
      ]),
    ...reg.problems.map((p) => [
      '⚠️ malformed',
      code(p.entryId ?? `line ${p.line}`),
      `line ${p.line}: ${escapeText(p.message)}`,
    ]),
  ];
  if (rows.length) parts.push(table(['', 'Entry', 'Why'], rows));
  if (o.accepted.length) {
    const acc = o.accepted
      .slice(0, 100)
      .map((a) => [
        code(a.entry.id),
        where(a.finding),
        `${escapeText(a.finding.tool)} ${code(a.finding.rule)}`,
        escapeText(a.entry.owner),
        escapeText(a.entry.approver),
        escapeText(a.entry.expires),
      ]);
    parts.push(
      details(
        `${o.accepted.length} accepted finding(s)`,
        table(['Entry', 'Where', 'Rule', 'Owner', 'Approver', 'Expires'], acc),
      ),
    );
  }
  return parts.join('\n\n');
}

/** Production: the dependency audit and the secret scan, each read, missing (with what to run) or not applicable (with the config's reason). */
function auditSection(ctx: RenderContext): string {
  if (ctx.model.target !== 'production') return '';
  const rows = AUDIT_CHECKS.map((check) => {
    const na = ctx.ev.notApplicable.find((n) => n.id === check.id);
    if (na)
      return [
        '➖',
        escapeText(check.title),
        `not applicable: ${escapeText(na.reason)} <sub>(${code(`components.${ctx.result.component ?? '<id>'}.not-applicable.${check.key}`)} in the config)</sub>`,
      ];
    const c = ctx.result.criteria.find((x) => x.id === check.id);
    if (c?.status === 'pass')
      return ['✅', escapeText(check.title), c.evidence.map((e) => code(e.file ?? '')).join(', ')];
    const run = check.commands.map((cmd) => `${code(cmd.run)} → input ${code(cmd.input)}`).join('<br>or ');
    return ['⚪', escapeText(check.title), `**missing**: run ${run}`];
  });
  return `### Production security audit\n\n${table(['', 'Check', 'Evidence'], rows)}`;
}

function unattributedSection(model: SecurityGateModel): string {
  if (model.unattributed.length === 0) return '';
  const rows = worstFirst(model.unattributed)
    .slice(0, 100)
    .map((f) => [
      `${ICON[severityOf(f)]} ${severityOf(f)}`,
      `${escapeText(f.tool)} ${code(f.rule)}`,
      code(`${f.path ?? ''}${f.start ? `:${f.start.line}` : ''}`),
    ]);
  return [
    `### Findings on files the checkout does not have (${model.unattributed.length})`,
    "These findings name files that match nothing in the checkout, so whose they are is unknown: they may be this component's. Map the report's paths with `path-map` (e.g. `/app/=` when the tool ran in a container at /app), or run the tool from the repository root.",
    table(['Severity', 'Rule', 'File in the report'], rows) +
      (model.unattributed.length > 100
        ? `\n\n…and ${model.unattributed.length - 100} more (the result file has them).`
        : ''),
  ].join('\n\n');
}

function overdueSection(ev: SecurityEvaluation): string {
  if (!ev.overdue.length) return '';
  const rows = ev.overdue
    .slice(0, 100)
    .map((o) => [
      `${ICON[severityOf(o.finding)]} ${severityOf(o.finding)}`,
      where(o.finding),
      code(o.finding.rule),
      o.firstSeen.slice(0, 10),
      `${o.deadlineHours} h`,
      `${o.overdueHours} h`,
    ]);
  return `### Past the patch deadline\n\n${table(['Severity', 'Where', 'Rule', 'First seen', 'Deadline', 'Overdue by'], rows)}`;
}

function toolErrorsSection(ev: SecurityEvaluation): string {
  if (!ev.toolErrors.length) return '';
  const list = ev.toolErrors
    .slice(0, 50)
    .map((e) => `- ${code(e.file)}: ${e.path ? `${code(e.path)}: ` : ''}${escapeText(e.message)}`)
    .join('\n');
  return `### ⚠️ The tools reported errors\n\nThese files were not (fully) scanned, so the scan is incomplete:\n\n${list}`;
}

function notesOf(ctx: RenderContext): string {
  const notes: string[] = [];
  if (ctx.ev.assumedSeverity)
    notes.push(
      `${ctx.ev.assumedSeverity} finding(s) have no severity in their report (pip-audit and secret scanners give none) and are treated as **high**.`,
    );
  if (ctx.sarifFile) notes.push(`SARIF for code scanning: ${code(ctx.sarifFile)}.`);
  const baseline = (ctx.notes ?? []).map((n) => `- ${escapeText(n)}`).join('\n');
  const warn = ctx.warnings.map((w) => `> [!WARNING]\n> ${escapeText(w)}`).join('\n\n');
  return [notes.join(' '), baseline, warn].filter(Boolean).join('\n\n');
}

/** Pull requests: what the change introduced, judged; then the target stage, as progress. */
function changeHead(
  ctx: RenderContext,
  change: NonNullable<SecurityGateModel['change']>,
  introduced: readonly Finding[],
): string {
  const target = STAGE_TITLES[ctx.result.stage.target as TargetStage] ?? ctx.result.stage.target;
  const judged = enforced(ctx.result.criteria);
  const progress = ctx.result.criteria.filter((c) => c.enforced === false);
  const basis = change.note ? `\n\n> [!NOTE]\n> ${escapeText(change.note)}` : '';
  return [
    `### What this change introduces\n\n${countsLine(countBySeverity(introduced), null)}${basis}`,
    criteriaTable(judged),
    introduced.length ? findingsTable(introduced, COMMENT_ROWS, ctx.model.firstSeen) : '',
    progress.length
      ? `### Progress toward ${target}\n\nShown, not enforced on pull requests (set \`pull-requests: enforce-next-stage: true\` in the config to enforce them). Open findings in scope: ${countsLine(ctx.ev.counts, ctx.ev.accepted)}\n\n${criteriaTable(progress)}`
      : `Open findings in scope: ${countsLine(ctx.ev.counts, ctx.ev.accepted)}`,
  ]
    .filter(Boolean)
    .join('\n\n');
}

function head(ctx: RenderContext): string {
  const title = `## ${gateTitle(GATE_TITLE, ctx.result)}`;
  const change = ctx.model.change;
  if (change && ctx.ev.introduced)
    return [title, notesOf(ctx), changeHead(ctx, change, ctx.ev.introduced)].filter(Boolean).join('\n\n');
  return [
    title,
    countsLine(ctx.ev.counts, ctx.ev.accepted),
    notesOf(ctx),
    criteriaTable(ctx.result.criteria, ctx.result.stage.target),
  ]
    .filter(Boolean)
    .join('\n\n');
}

export function renderSummary(ctx: RenderContext, limitBytes: number): string {
  const sections: Section[] = [
    { markdown: head(ctx), priority: 100 },
    { markdown: auditSection(ctx), priority: 90 },
    { markdown: unattributedSection(ctx.model), priority: 85 },
    { markdown: toolErrorsSection(ctx.ev), priority: 80 },
    { markdown: overdueSection(ctx.ev), priority: 70 },
    { markdown: registerSection(ctx.model), priority: 60 },
    { markdown: reportsSection(ctx.model), priority: 50 },
    {
      markdown: ctx.ev.open.length
        ? `### Open findings (${ctx.ev.open.length})\n\n${findingsTable(ctx.ev.open, SUMMARY_ROWS, ctx.model.firstSeen)}`
        : '',
      priority: 20,
    },
  ];
  return fitSummary(sections, limitBytes);
}

export function renderComment(ctx: RenderContext, limitChars: number): string {
  const sections: Section[] = [
    { markdown: head(ctx), priority: 100 },
    { markdown: auditSection(ctx), priority: 60 },
    {
      markdown: ctx.ev.open.length
        ? details(
            `Open findings (${ctx.ev.open.length})`,
            findingsTable(ctx.ev.open, COMMENT_ROWS, ctx.model.firstSeen),
          )
        : '',
      priority: 40,
    },
    { markdown: runFooter(ctx.runUrl), priority: 90 },
  ];
  return fitComment(sections, limitChars);
}
