/**
 * security-gate's logic: from located, fingerprinted findings (bandit, SARIF, pip-audit,
 * safety, detect-secrets, gitleaks), the accepted-risk register and the first-seen dates to
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
 * - Production: a dependency audit and a secret scan must have been read (audit-criteria.ts).
 * - A component run never passes on findings it cannot place: those on files that match
 *   nothing in the checkout, of a severity the stage limits, fail `security.unattributed`.
 * - On a pull request (`change`), what the change introduces is judged (change-criteria.ts).
 */
import type { Policy } from '../../packages/core/config/defaults.js';
import type { Criterion, Evidence } from '../../packages/core/result/gate-result.js';
import type { TargetStage } from '../../packages/core/stages.js';
import type { Finding, FindingReport, Severity } from '../../packages/findings/finding.js';
import type { RegisterOutcome } from '../../packages/findings/apply-register.js';
import type { RegisterProblem, RiskRegister } from '../../packages/findings/risk-register.js';
import type { ScopedRegister } from '../../packages/findings/register-scope.js';
import { auditCriteria, type AuditKey, type NotApplicableCriterion } from './audit-criteria.js';
import {
  newFindingCriteria,
  perSeverityCriteria,
  scopeCriteria,
  type BarredSeverity,
  type ChangeView,
} from './change-criteria.js';

export const SECURITY_KINDS = ['bandit', 'sarif', 'pip-audit', 'safety', 'secrets'] as const;
export type SecurityKind = (typeof SECURITY_KINDS)[number];

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
  /**
   * A component run's findings on files that match nothing in the checkout: they may be this
   * component's. (A whole-report run counts them with the others.)
   */
  unattributed: Finding[];
  register: RiskRegister | null;
  registerOutcome: RegisterOutcome<Finding>;
  /** How the register was shared out among components (null: no register). */
  registerScope: Pick<ScopedRegister, 'own' | 'shared' | 'otherComponents'> | null;
  /** fingerprint -> ISO time first seen (this run's, after update). */
  firstSeen: Record<string, string>;
  /** Where the first-seen dates came from ("the baseline ...", "the history ..."); null: every finding is dated from this run. */
  firstSeenSource: string | null;
  policy: Policy;
  target: TargetStage;
  /** `components.<id>.not-applicable` reasons for the audit criteria. */
  notApplicable: Partial<Record<AuditKey, string>>;
  /** Pull requests (`change` scope): what the change introduces. Null: the whole stage is judged. */
  change: ChangeView | null;
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
  /** Change scope: the open findings the change introduces, worst first (else null). */
  introduced: Finding[] | null;
  /** Unattributed findings of a severity the stage limits. */
  unattributedLimited: number;
  notApplicable: NotApplicableCriterion[];
  criteria: Criterion[];
}

const ORDER: Severity[] = ['critical', 'high', 'medium', 'low', 'info'];
const RANK: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };
const CONFIDENCE_RANK = { high: 0, medium: 1, low: 2 } as const;

export function severityOf(f: Finding): Severity {
  return f.severity ?? 'high';
}

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const c: SeverityCounts = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
  for (const f of findings) c[severityOf(f)]++;
  return c;
}

export function worstFirst(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      RANK[severityOf(a)] - RANK[severityOf(b)] ||
      CONFIDENCE_RANK[a.confidence ?? 'high'] - CONFIDENCE_RANK[b.confidence ?? 'high'] ||
      ((a.path ?? a.pkg?.name ?? '') < (b.path ?? b.pkg?.name ?? '')
        ? -1
        : (a.path ?? a.pkg?.name ?? '') > (b.path ?? b.pkg?.name ?? '')
          ? 1
          : 0) ||
      (a.start?.line ?? 0) - (b.start?.line ?? 0),
  );
}

const SEVERITY_TITLES: Record<Severity, string> = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
  info: 'Informational',
};

function evidenceOf(reports: readonly SecurityReportRun[]): Evidence[] {
  return reports.map((r) => ({ file: r.file, tool: r.report.tool }));
}

function severityCriteria(
  max: Policy['security']['max'],
  open: readonly Finding[],
  counts: SeverityCounts,
  evidence: Evidence[],
  noReports: boolean,
): Criterion[] {
  const head = (sev: BarredSeverity) => ({
    id: `security.${sev}`,
    title: `${SEVERITY_TITLES[sev]} findings not accepted`,
  });
  return perSeverityCriteria(max, head, evidence, noReports, (sev, base): Criterion => {
    const n = counts[sev];
    const ok = n <= base.bar;
    return {
      ...base,
      status: ok ? 'pass' : 'fail',
      measured: n,
      ...(ok ? {} : { gap: n - base.bar }),
      detail: n ? `first: ${describe(open.find((f) => severityOf(f) === sev)!)}` : undefined,
    };
  });
}

/** Low findings have no count bar by default, but the seeds accept them only "with documented risk acceptance". */
function lowDocumented(model: SecurityGateModel, lows: number): Criterion {
  return {
    id: 'security.low-documented',
    title: 'Low findings documented in the accepted-risk register',
    status: lows === 0 ? 'pass' : 'fail',
    measured: lows,
    bar: 0,
    comparator: '<=',
    unit: 'findings',
    ...(lows ? { gap: lows } : {}),
    detail: lows
      ? `${lows} low finding(s) without an accepted-risk entry${model.register ? '' : ' (there is no register file)'}`
      : `${model.registerOutcome.accepted.length} accepted`,
    evidence: model.register ? [{ file: model.register.file }] : [],
  };
}

/** The register entries this run applies: its own and the shared ones (all of them without a component). */
export function appliedEntries(model: Pick<SecurityGateModel, 'registerScope'>, register: RiskRegister): number {
  return model.registerScope ? model.registerScope.own.size + model.registerScope.shared : register.entries.length;
}

function acceptedRisksCurrent(model: SecurityGateModel, register: RiskRegister): Criterion {
  const { expired, accepted } = model.registerOutcome;
  return {
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
      : `${appliedEntries(model, register)} entries apply here, ${accepted.length} finding(s) accepted`,
    evidence: [{ file: register.file }],
  };
}

function overdueFindings(model: SecurityGateModel, open: readonly Finding[]): OverdueFinding[] {
  const overdue: OverdueFinding[] = [];
  const sla = model.policy.security['patch-within-hours'];
  for (const f of open) {
    const sev = severityOf(f);
    if (sev !== 'critical' && sev !== 'high' && sev !== 'medium') continue;
    const seen = f.fingerprint ? model.firstSeen[f.fingerprint] : undefined;
    if (!seen) continue;
    const ageHours = (model.now.getTime() - Date.parse(seen)) / 3_600_000;
    if (ageHours > sla[sev])
      overdue.push({
        finding: f,
        firstSeen: seen,
        deadlineHours: sla[sev],
        overdueHours: Math.floor(ageHours - sla[sev]),
      });
  }
  return overdue.sort((a, b) => b.overdueHours - a.overdueHours);
}

function patchDeadlines(model: SecurityGateModel, overdue: readonly OverdueFinding[], evidence: Evidence[]): Criterion {
  const sla = model.policy.security['patch-within-hours'];
  return {
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
      : model.firstSeenSource
        ? `no open finding is past its deadline (first-seen dates from ${model.firstSeenSource})`
        : "no earlier result yet: every finding is dated from this run (pass the default branch's results as `baseline` to carry first-seen dates)",
    evidence,
  };
}

function scanComplete(toolErrors: SecurityEvaluation['toolErrors'], evidence: Evidence[]): Criterion {
  return {
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
  };
}

/** Severities the stage puts a number on: an unplaced finding of one of these may break the bar. */
export function limitedSeverities(max: Policy['security']['max']): Severity[] {
  return (['critical', 'high', 'medium', 'low'] as const).filter((s) => max[s] !== null);
}

function unattributedCriterion(model: SecurityGateModel, limited: readonly Finding[], evidence: Evidence[]): Criterion {
  const names = [...new Set(model.unattributed.map((f) => f.path!))];
  const fix =
    "map the report's paths onto the checkout with `path-map` (e.g. `/app/=`), or run the tool from the repository root so its paths are the repository's";
  return {
    id: 'security.unattributed',
    title: 'Findings placed in the checkout (none of unknown ownership)',
    status: limited.length === 0 ? 'pass' : 'fail',
    measured: limited.length,
    bar: 0,
    comparator: '<=',
    unit: 'findings',
    ...(limited.length ? { gap: limited.length } : {}),
    detail: `${model.unattributed.length} finding(s) on ${names.length} file(s) that match nothing in the checkout (${names.slice(0, 3).join(', ')}${names.length > 3 ? ', ...' : ''}); ${
      limited.length
        ? `${limited.length} of a severity the stage limits may be this component's: ${fix}`
        : `none of a severity the stage limits; ${fix}`
    }`,
    evidence,
  };
}

export function evaluateSecurity(model: SecurityGateModel): SecurityEvaluation {
  const { policy, registerOutcome: outcome } = model;
  const open = worstFirst(outcome.notAccepted);
  const counts = countBySeverity(open);
  const evidence = evidenceOf(model.reports);
  const noReports = model.reports.length === 0;
  const max = policy.security.max;
  const criteria = severityCriteria(max, open, counts, evidence, noReports);
  if (max.low === null && !noReports) criteria.push(lowDocumented(model, counts.low));
  if (model.register) criteria.push(acceptedRisksCurrent(model, model.register));
  const overdue = overdueFindings(model, open);
  if (!noReports) criteria.push(patchDeadlines(model, overdue, evidence));
  const toolErrors = model.reports.flatMap((r) => (r.report.toolErrors ?? []).map((e) => ({ file: r.file, ...e })));
  if (toolErrors.length) criteria.push(scanComplete(toolErrors, evidence));
  const audit = auditCriteria(model.target, model.reports, model.notApplicable);
  criteria.push(...audit.criteria);
  const limitedSet = new Set(limitedSeverities(max));
  const limited = model.unattributed.filter((f) => limitedSet.has(severityOf(f)));
  if (model.unattributed.length) criteria.push(unattributedCriterion(model, limited, evidence));

  let introduced: Finding[] | null = null;
  if (model.change) {
    introduced = open.filter((f) => model.change!.introduced.has(f));
    criteria.unshift(...newFindingCriteria(introduced, model.change, max, evidence, noReports, severityOf, describe));
  }
  return {
    counts,
    accepted: outcome.accepted.length,
    assumedSeverity: open.filter((f) => f.severityAssumed).length,
    overdue,
    toolErrors,
    open,
    introduced,
    unattributedLimited: limited.length,
    notApplicable: audit.notApplicable,
    criteria: scopeCriteria(criteria, model.change, toolErrors),
  };
}

/** One line naming a finding, without any secret (messages are redacted by the parsers). */
export function describe(f: Finding): string {
  const where = f.path
    ? `${f.path}${f.start ? `:${f.start.line}` : ''}`
    : f.pkg
      ? `${f.pkg.name}${f.pkg.version ? ` ${f.pkg.version}` : ''}`
      : 'the repository';
  return `${f.tool} ${f.rule} at ${where}`;
}

export { ORDER as SEVERITY_ORDER };
export type { RegisterProblem };
