/** What security-gate puts in its result file and annotations. Pure. */
import type { Annotation, AnnotationLevel } from '../../packages/report/annotations.js';
import type { Finding, Severity } from '../../packages/findings/finding.js';
import { countBySeverity, severityOf, type SecurityEvaluation, type SecurityGateModel } from './security-gate.js';

const MAX_FINDINGS_IN_RESULT = 2000;

const LEVEL: Record<Severity, AnnotationLevel> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'notice',
  info: 'notice',
};
const WEIGHT: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1, info: 0 };

function compact(f: Finding, firstSeen: Record<string, string>) {
  return {
    tool: f.tool,
    rule: f.rule,
    severity: severityOf(f),
    severityAssumed: f.severityAssumed ?? false,
    confidence: f.confidence ?? null,
    path: f.path,
    line: f.start?.line ?? null,
    package: f.pkg ? { name: f.pkg.name, version: f.pkg.version ?? null, fixedIn: f.pkg.fixedIn ?? [] } : null,
    message: f.message,
    fingerprint: f.fingerprint ?? null,
    firstSeen: f.fingerprint ? (firstSeen[f.fingerprint] ?? null) : null,
  };
}

export function resultData(ev: SecurityEvaluation, model: SecurityGateModel): Record<string, unknown> {
  const o = model.registerOutcome;
  const own = model.registerScope?.own;
  const isOwn = (e: { id: string }) => !own || [...own].some((x) => x.id === e.id);
  return {
    counts: ev.counts,
    accepted: ev.accepted,
    assumedSeverity: ev.assumedSeverity,
    reports: model.reports.map((r) => ({
      kind: r.kind,
      file: r.file,
      tool: r.report.tool,
      version: r.report.version ?? null,
      findings: r.report.findings.length,
      summary: r.report.summary ?? null,
    })),
    open: ev.open.slice(0, MAX_FINDINGS_IN_RESULT).map((f) => compact(f, model.firstSeen)),
    openOmitted: Math.max(0, ev.open.length - MAX_FINDINGS_IN_RESULT),
    acceptedFindings: o.accepted
      .slice(0, MAX_FINDINGS_IN_RESULT)
      .map((a) => ({ ...compact(a.finding, model.firstSeen), entry: a.entry.id, expires: a.entry.expires })),
    register: model.register && {
      file: model.register.file,
      entries: model.register.entries.length,
      expired: o.expired.map((e) => ({ id: e.entry.id, expires: e.entry.expires, findings: e.findings })),
      stale: o.stale.filter(isOwn).map((e) => e.id),
      disallowed: o.disallowed.map((d) => ({ id: d.entry.id, reason: d.reason })),
      problems: model.register.problems,
      shared: model.registerScope?.shared ?? 0,
      otherComponents: model.registerScope?.otherComponents ?? [],
    },
    overdue: ev.overdue
      .slice(0, 500)
      .map((o) => ({
        ...compact(o.finding, model.firstSeen),
        deadlineHours: o.deadlineHours,
        overdueHours: o.overdueHours,
      })),
    toolErrors: ev.toolErrors.slice(0, 200),
    notApplicable: ev.notApplicable.map((n) => ({ id: n.id, reason: n.reason })),
    unattributed: model.unattributed.slice(0, 500).map((f) => compact(f, {})),
    unattributedOmitted: Math.max(0, model.unattributed.length - 500),
    change: model.change && {
      basis: model.change.basis,
      note: model.change.note,
      counts: countBySeverity(ev.introduced ?? []),
      introduced: (ev.introduced ?? []).slice(0, MAX_FINDINGS_IN_RESULT).map((f) => compact(f, model.firstSeen)),
    },
    firstSeenSource: model.firstSeenSource,
    // Every in-scope finding's fingerprint and first-seen date, complete: a later run's baseline.
    fingerprints: model.findings.map((f) => f.fingerprint).filter(Boolean),
    firstSeen: model.firstSeen,
  };
}

/** Open code findings on their lines (critical and high as errors), worst and changed first; not on files the checkout does not have. */
export function annotationsFor(
  ev: SecurityEvaluation,
  changedLine: (path: string, line: number) => boolean,
  overdue: ReadonlySet<Finding>,
  unplaced: ReadonlySet<Finding> = new Set(),
): Annotation[] {
  const out: Annotation[] = [];
  for (const f of ev.open) {
    if (!f.path || !f.start || unplaced.has(f)) continue;
    const sev = severityOf(f);
    out.push({
      level: LEVEL[sev],
      title: `${f.tool} ${f.rule}: ${sev}${f.severityAssumed ? ' (assumed)' : ''}${overdue.has(f) ? ', past its patch deadline' : ''}`,
      message: f.message,
      file: f.path,
      startLine: f.start.line,
      endLine: f.end?.line ?? f.start.line,
      ...(f.start.column && (!f.end || f.end.line === f.start.line) ? { startColumn: f.start.column } : {}),
      changed: changedLine(f.path, f.start.line),
      weight: WEIGHT[sev] * 10 + (overdue.has(f) ? 5 : 0),
    });
  }
  return out;
}
