/**
 * security-gate's logic: from located, fingerprinted findings (bandit, SARIF, pip-audit,
 * safety, detect-secrets, gitleaks), the accepted-risk register and the first-seen history to
 * criteria. Pure: no I/O, no @actions/core.
 *
 * - Counts per severity are of the findings in scope that no valid register entry accepts;
 *   each is judged against `policy.<stage>.security.max` (seed: 0 critical, 0 high, 0 medium;
 *   low has no bar but must be accepted in the register to be "documented").
 * - A finding without a severity in its report (pip-audit) is high, and flagged as assumed.
 * - Register: an expired entry that still matches a finding fails; an entry that tries to
 *   accept a severity the config does not allow does not accept it; stale and malformed
 *   entries are warnings.
 * - Patch deadlines: a finding older than its deadline (first seen + `patch-within-hours`)
 *   fails even where the counts would pass; accepted findings are exempt.
 * - A tool's own errors (files bandit could not scan) make the scan incomplete: `error`.
 */
import type { Policy } from '../../packages/core/config/defaults.js';
import type { Criterion, Evidence } from '../../packages/core/result/gate-result.js';
import type { Finding, FindingReport, Severity } from '../../packages/findings/finding.js';
import type { RegisterOutcome, RegisterProblem, RiskRegister } from '../../packages/findings/risk-register.js';

export const SECURITY_KINDS = ['bandit', 'sarif', 'pip-audit', 'safety', 'secrets'] as const;
export type SecurityKind = (typeof SECURITY_KINDS)[number];

export const KIND_TITLES: Record<SecurityKind, string> = {
  bandit: 'bandit',
  sarif: 'SARIF',
  'pip-audit': 'pip-audit',
  safety: 'safety',
  secrets: 'secret scan',
};

export interface SecurityReportRun {
  kind: SecurityKind;
  file: string;
  report: FindingReport;
}

export interface SecurityGateModel {
  reports: SecurityReportRun[];
  /** In scope, with repository paths and fingerprints. */
  findings: Finding[];
  outOfScope: number;
  register: RiskRegister | null;
  registerOutcome: RegisterOutcome<Finding>;
  /** fingerprint -> ISO time first seen (this run's, after update). */
  firstSeen: Record<string, string>;
  /** Whether the first-seen dates come from a history (false: every finding is dated now). */
  hasHistory: boolean;
  policy: Policy;
  now: Date;
}

export type SeverityCounts = Record<Severity, number>;

export interface OverdueFinding {
  finding: Finding;
  firstSeen: string;
  deadlineHours: number;
  overdueHours: number;
}

export interface SecurityEvaluation {
  /** Not accepted, in scope. */
  counts: SeverityCounts;
  accepted: number;
  assumedSeverity: number;
  overdue: OverdueFinding[];
  toolErrors: { file: string; path?: string; message: string }[];
  /** Worst first: severity, then confidence, then place. */
  open: Finding[];
  criteria: Criterion[];
}

const ORDER: Severity[] = ['critical', 'high', 'medium', 'low', 'info'];
const RANK: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };
const CONFIDENCE_RANK = { high: 0, medium: 1, low: 2 } as const;

export function severityOf(f: Finding): Severity {
  return f.severity ?? 'high';
}

function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const c: SeverityCounts = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
  for (const f of findings) c[severityOf(f)]++;
  return c;
}

export function worstFirst(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      RANK[severityOf(a)] - RANK[severityOf(b)] ||
      CONFIDENCE_RANK[a.confidence ?? 'high'] - CONFIDENCE_RANK[b.confidence ?? 'high'] ||
      ((a.path ?? a.pkg?.name ?? '') < (b.path ?? b.pkg?.name ?? '') ? -1 : (a.path ?? a.pkg?.name ?? '') > (b.path ?? b.pkg?.name ?? '') ? 1 : 0) ||
      (a.start?.line ?? 0) - (b.start?.line ?? 0),
  );
}

const SEVERITY_TITLES: Record<Severity, string> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low', info: 'Informational' };

function evidenceOf(reports: readonly SecurityReportRun[]): Evidence[] {
  return reports.map((r) => ({ file: r.file, tool: r.report.tool }));
}

export function evaluateSecurity(model: SecurityGateModel): SecurityEvaluation {
  const { policy, registerOutcome: outcome } = model;
  const open = worstFirst(outcome.notAccepted);
  const counts = countBySeverity(open);
  const evidence = evidenceOf(model.reports);
  const criteria: Criterion[] = [];
  const noReports = model.reports.length === 0;

  const max = policy.security.max;
  for (const sev of ['critical', 'high', 'medium', 'low'] as const) {
    const bar = max[sev];
    if (bar === null) continue;
    const base = { id: `security.${sev}`, title: `${SEVERITY_TITLES[sev]} findings not accepted`, bar, comparator: '<=' as const, unit: 'findings', evidence };
    if (noReports) {
      criteria.push({ ...base, status: 'no-data', measured: null, detail: 'no security report: set bandit-report, pip-audit-report, safety-report, secrets-report or sarif-files' });
      continue;
    }
    const n = counts[sev];
    const ok = n <= bar;
    criteria.push({ ...base, status: ok ? 'pass' : 'fail', measured: n, ...(ok ? {} : { gap: n - bar }), detail: n ? `first: ${describe(open.find((f) => severityOf(f) === sev)!)}` : undefined });
  }

  // Low findings have no count bar by default, but the seeds accept them only "with documented risk acceptance".
  if (max.low === null && !noReports) {
    const lows = counts.low;
    criteria.push({
      id: 'security.low-documented',
      title: 'Low findings documented in the accepted-risk register',
      status: lows === 0 ? 'pass' : 'fail',
      measured: lows,
      bar: 0,
      comparator: '<=',
      unit: 'findings',
      ...(lows ? { gap: lows } : {}),
      detail: lows ? `${lows} low finding(s) without an accepted-risk entry${model.register ? '' : ' (there is no register file)'}` : `${outcome.accepted.length} accepted`,
      evidence: model.register ? [{ file: model.register.file }] : [],
    });
  }

  if (model.register) {
    const expired = outcome.expired;
    criteria.push({
      id: 'security.accepted-risks-current',
      title: 'Accepted risks current (none expired)',
      status: expired.length === 0 ? 'pass' : 'fail',
      measured: expired.length,
      bar: 0,
      comparator: '<=',
      unit: 'entries',
      ...(expired.length ? { gap: expired.length } : {}),
      detail: expired.length
        ? `expired: ${expired.map((e) => `${e.entry.id} (${e.entry.expires})`).join(', ')}`
        : `${model.register.entries.length} entries, ${outcome.accepted.length} finding(s) accepted`,
      evidence: [{ file: model.register.file }],
    });
  }

  const overdue: OverdueFinding[] = [];
  const sla = policy.security['patch-within-hours'];
  for (const f of open) {
    const sev = severityOf(f);
    if (sev !== 'critical' && sev !== 'high' && sev !== 'medium') continue;
    const seen = f.fingerprint ? model.firstSeen[f.fingerprint] : undefined;
    if (!seen) continue;
    const ageHours = (model.now.getTime() - Date.parse(seen)) / 3_600_000;
    if (ageHours > sla[sev]) overdue.push({ finding: f, firstSeen: seen, deadlineHours: sla[sev], overdueHours: Math.floor(ageHours - sla[sev]) });
  }
  if (!noReports) {
    criteria.push({
      id: 'security.patch-deadlines',
      title: `Findings patched within deadline (critical ${sla.critical} h, high ${sla.high / 24} d, medium ${sla.medium / 24} d)`,
      status: overdue.length === 0 ? 'pass' : 'fail',
      measured: overdue.length,
      bar: 0,
      comparator: '<=',
      unit: 'findings',
      ...(overdue.length ? { gap: overdue.length } : {}),
      detail: overdue.length
        ? `oldest: ${describe(overdue[0]!.finding)}, first seen ${overdue[0]!.firstSeen.slice(0, 10)}`
        : model.hasHistory
          ? 'no open finding is past its deadline'
          : 'no history yet: every finding is dated from this run (set `history` to keep first-seen dates)',
      evidence,
    });
  }

  const toolErrors = model.reports.flatMap((r) => (r.report.toolErrors ?? []).map((e) => ({ file: r.file, ...e })));
  if (toolErrors.length) {
    criteria.push({
      id: 'security.scan-complete',
      title: 'Every file scanned',
      status: 'error',
      measured: null,
      bar: null,
      comparator: null,
      unit: '',
      detail: `${toolErrors.length} problem(s) reported by the tools: ${toolErrors
        .slice(0, 3)
        .map((e) => `${e.path ? `${e.path}: ` : ''}${e.message}`)
        .join('; ')}`,
      evidence,
    });
  }

  return {
    counts,
    accepted: outcome.accepted.length,
    assumedSeverity: open.filter((f) => f.severityAssumed).length,
    overdue: overdue.sort((a, b) => b.overdueHours - a.overdueHours),
    toolErrors,
    open,
    criteria,
  };
}

/** One line naming a finding, without any secret (messages are redacted by the parsers). */
export function describe(f: Finding): string {
  const where = f.path ? `${f.path}${f.start ? `:${f.start.line}` : ''}` : f.pkg ? `${f.pkg.name}${f.pkg.version ? ` ${f.pkg.version}` : ''}` : 'the repository';
  return `${f.tool} ${f.rule} at ${where}`;
}

export { ORDER as SEVERITY_ORDER };
export type { RegisterProblem };
