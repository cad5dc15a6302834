/**
 * The Production security audit asks for more than bandit (docs/maturity-model.md, Staging → Production "Security
 * audit"; the seeds' "Security Audit Completed": `safety check`, `detect-secrets scan`,
 * bandit): a dependency audit and a secret scan. Each is a criterion of target production:
 * `pass` when a report of that kind was given and read, `no-data` when none was (missing
 * evidence blocks; it is never a pass), and left out, with the reason shown, when the config
 * says `components.<id>.not-applicable.dependency-audit` / `secret-scan`. Pure.
 */
import type { Criterion } from '../../packages/core/result/gate-result.js';
import type { TargetStage } from '../../packages/core/stages.js';
import type { SecurityKind, SecurityReportRun } from './security-gate.js';

export type AuditKey = 'dependency-audit' | 'secret-scan';

export interface AuditCommand {
  /** The command that writes the report. */
  run: string;
  /** The input that takes it. */
  input: string;
}

export interface AuditCheck {
  key: AuditKey;
  id: `security.${AuditKey}`;
  title: string;
  kinds: readonly SecurityKind[];
  /** What to run (any one will do). */
  commands: readonly AuditCommand[];
}

export const AUDIT_CHECKS: readonly AuditCheck[] = [
  {
    key: 'dependency-audit',
    id: 'security.dependency-audit',
    title: 'Dependency audit (pip-audit or safety)',
    kinds: ['pip-audit', 'safety'],
    commands: [
      { run: 'pip-audit -r requirements.txt -f json -o pip-audit.json', input: 'pip-audit-report' },
      { run: 'safety check --json > safety.json', input: 'safety-report' },
    ],
  },
  {
    key: 'secret-scan',
    id: 'security.secret-scan',
    title: 'Secret scan (detect-secrets or gitleaks)',
    kinds: ['secrets'],
    commands: [
      { run: 'detect-secrets scan > .secrets.baseline', input: 'secrets-report' },
      { run: 'gitleaks detect --report-format json --report-path gitleaks.json', input: 'secrets-report' },
    ],
  },
];

/** "run a (input x) or b (input y)": plain text, for criteria details that every surface escapes. */
export function howTo(check: AuditCheck): string {
  return `run ${check.commands.map((c) => `${c.run} (input ${c.input})`).join(' or ')}`;
}

export interface NotApplicableCriterion {
  id: string;
  title: string;
  reason: string;
}

export interface AuditOutcome {
  criteria: Criterion[];
  notApplicable: NotApplicableCriterion[];
}

function auditCriterion(check: AuditCheck, reports: readonly SecurityReportRun[]): Criterion {
  const mine = reports.filter((r) => check.kinds.includes(r.kind));
  const base = { id: check.id, title: check.title, bar: 'present', comparator: null, unit: '' } as const;
  if (mine.length === 0) {
    return {
      ...base,
      status: 'no-data',
      measured: null,
      detail: `no ${check.key.replace('-', ' ')} report was given: ${howTo(check)}`,
      evidence: [],
    };
  }
  const findings = mine.reduce((n, r) => n + r.report.findings.length, 0);
  const tools = [...new Set(mine.map((r) => r.report.tool))].join(', ');
  return {
    ...base,
    status: 'pass',
    measured: 'present',
    detail: `${tools}: ${mine.length} report(s) read, ${findings} finding(s) (judged with the others above)`,
    evidence: mine.map((r) => ({ file: r.file, tool: r.report.tool })),
  };
}

/** The audit criteria of a run: for target production only, minus what the config says does not apply. */
export function auditCriteria(
  target: TargetStage,
  reports: readonly SecurityReportRun[],
  notApplicable: Partial<Record<AuditKey, string>>,
): AuditOutcome {
  const out: AuditOutcome = { criteria: [], notApplicable: [] };
  if (target !== 'production') return out;
  for (const check of AUDIT_CHECKS) {
    const reason = notApplicable[check.key];
    if (reason) out.notApplicable.push({ id: check.id, title: check.title, reason });
    else out.criteria.push(auditCriterion(check, reports));
  }
  return out;
}
