/**
 * security-gate on a pull request (`change` scope; docs/journeys.md, journey 1): the change is
 * judged on what it introduces, and everything else is progress toward the target stage.
 *
 * - `security.new.<critical|high|medium|low>`: introduced findings of that severity that no
 *   register entry accepts, against the target stage's `max` for it (`low` only when `max.low`
 *   is set; otherwise low findings are the stage's "documented in the register" progress).
 * - Kept enforced because they are about the evidence the judgement rests on, not debt:
 *   `security.unattributed` (findings that may be this component's), and
 *   `security.scan-complete` when a file the tool could not scan is one the change touches
 *   (or the changed files are unknown).
 * - Everything else goes through markProgress() (enforced only with
 *   `pull-requests.enforce-next-stage`). Pure.
 */
import type { Policy } from '../../packages/core/config/defaults.js';
import type { Criterion, Evidence } from '../../packages/core/result/gate-result.js';
import { markProgress } from '../../packages/core/scope.js';
import type { Finding, Severity } from '../../packages/findings/finding.js';
import { CHANGED_LINES_FIX } from '../../packages/diff/changed-lines.js';
import type { IntroducedBasis } from '../../packages/findings/introduced.js';

/** The detail of every security criterion when no report was given. */
export const NO_REPORTS =
  'no security report: set bandit-report, pip-audit-report, safety-report, secrets-report or sarif-files';

/** The severities a stage may bar (info never is). */
export type BarredSeverity = Exclude<Severity, 'info'>;

/** What every per-severity criterion shares: its id and title, the stage's bar, the reports. */
export type SeverityCriterionBase = Pick<Criterion, 'id' | 'title' | 'bar' | 'comparator' | 'unit' | 'evidence'>;

/**
 * One criterion per severity the stage bars (its `max` is not null), most severe first. With no
 * report at all each is no-data; otherwise `judge` measures it.
 */
export function perSeverityCriteria(
  max: Policy['security']['max'],
  head: (sev: BarredSeverity) => { id: string; title: string },
  evidence: Evidence[],
  noReports: boolean,
  judge: (sev: BarredSeverity, base: SeverityCriterionBase & { bar: number }) => Criterion,
): Criterion[] {
  const out: Criterion[] = [];
  for (const sev of ['critical', 'high', 'medium', 'low'] as const) {
    const bar = max[sev];
    if (bar === null) continue;
    const base = { ...head(sev), bar, comparator: '<=' as const, unit: 'findings', evidence };
    out.push(noReports ? { ...base, status: 'no-data', measured: null, detail: NO_REPORTS } : judge(sev, base));
  }
  return out;
}

export interface ChangeView {
  /** The findings in scope the change introduces (accepted or not). */
  introduced: ReadonlySet<Finding>;
  basis: IntroducedBasis;
  note: string | null;
  /** Files the pull request changes; null when unknown. */
  changedFiles: ReadonlySet<string> | null;
  enforceNextStage: boolean;
}

const TITLES: Record<BarredSeverity, string> = {
  critical: 'critical',
  high: 'high',
  medium: 'medium',
  low: 'low',
};

const BASIS_TEXT: Record<IntroducedBasis, string> = {
  baseline: 'not in the baseline',
  'changed-lines': 'on lines this pull request changed',
  unknown: 'every finding in scope, the changed lines being unknown',
  all: 'every finding in scope (no baseline, no changed lines)',
};

export function newFindingCriteria(
  openIntroduced: readonly Finding[],
  change: ChangeView,
  max: Policy['security']['max'],
  evidence: Evidence[],
  noReports: boolean,
  severityOf: (f: Finding) => Severity,
  describe: (f: Finding) => string,
): Criterion[] {
  const head = (sev: BarredSeverity) => ({
    id: `security.new.${sev}`,
    title: `New ${TITLES[sev]} findings (introduced by this change, not accepted)`,
  });
  return perSeverityCriteria(max, head, evidence, noReports, (sev, base): Criterion => {
    const mine = openIntroduced.filter((f) => severityOf(f) === sev);
    const ok = mine.length <= base.bar;
    if (!ok && change.basis === 'unknown') {
      // Any of them may be this change's, or none: no verdict on missing evidence.
      return {
        ...base,
        status: 'no-data',
        measured: null,
        detail: `${mine.length} open ${TITLES[sev]} finding(s) in scope, and the changed lines are not known, so which are this change's cannot be told. ${CHANGED_LINES_FIX}`,
      };
    }
    return {
      ...base,
      status: ok ? 'pass' : 'fail',
      measured: mine.length,
      ...(ok ? {} : { gap: mine.length - base.bar }),
      detail: mine.length ? `first: ${describe(mine[0]!)}` : `none introduced (${BASIS_TEXT[change.basis]})`,
    };
  });
}

/** Whether a tool's errors concern the change: a file it touches, a file not named, or changed files unknown. */
export function toolErrorsConcernChange(
  errors: readonly { path?: string }[],
  changedFiles: ReadonlySet<string> | null,
): boolean {
  if (changedFiles === null) return errors.length > 0;
  return errors.some((e) => !e.path || [...changedFiles].some((f) => e.path === f || e.path!.endsWith(`/${f}`)));
}

/** Marks what is not the change's as progress. */
export function scopeCriteria(
  criteria: readonly Criterion[],
  change: ChangeView | null,
  toolErrors: readonly { path?: string }[],
): Criterion[] {
  if (!change) return [...criteria];
  const ids = new Set(criteria.filter((c) => c.id.startsWith('security.new.')).map((c) => c.id));
  ids.add('security.unattributed');
  if (toolErrorsConcernChange(toolErrors, change.changedFiles)) ids.add('security.scan-complete');
  return markProgress(criteria, 'change', ids, change.enforceNextStage);
}
