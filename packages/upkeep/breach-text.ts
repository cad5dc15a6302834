/**
 * What a maintenance breach issue says (PURE): its title, its body (rewritten by every check
 * while the breach lasts), the demotion proposal, the recovery note. The body's first line is
 * a hidden marker with the breach's own state (whether a demotion was proposed, and the
 * reason), which only this code writes and reads back, checked: a body someone edited is read
 * as "not proposed", which at worst proposes again.
 */
import { STAGE_TITLES, type Stage } from '../core/stages.js';
import type { SeverityLevel } from '../core/config/defaults.js';
import { criteriaTable } from '../report/criteria.js';
import { escapeText } from '../report/markdown.js';
import type { BlockedDependent } from '../promotion/dependencies.js';
import { DEMOTION, PROMOTION } from '../promotion/labels.js';
import { reasonText } from '../promotion/maturity-update.js';
import type { MaintenanceEvaluation } from './maintenance.js';

const MARKER = 'maturity-actions:breach';
const DAY = 86_400_000;

export interface BreachState {
  v: 1;
  component: string;
  /** The day a demotion was proposed on the issue, or null. */
  proposed: string | null;
  /** The breaches in plain words (the demotion's reason in MATURITY.md). */
  reason: string;
}

export function breachStateLine(state: BreachState): string {
  return `<!-- ${MARKER} ${JSON.stringify({ ...state, reason: reasonText(state.reason) })} -->`;
}

/** The state in a breach issue's body; null when the body has none, or not ours. */
export function readBreachState(body: string | null | undefined): BreachState | null {
  const m = new RegExp(`^<!-- ${MARKER} (\\{[^\\n]*?\\}) -->`).exec(body ?? '');
  if (!m) return null;
  try {
    const o = JSON.parse(m[1]!) as Partial<BreachState>;
    if (o.v !== 1 || typeof o.component !== 'string' || typeof o.reason !== 'string') return null;
    const proposed = typeof o.proposed === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(o.proposed) ? o.proposed : null;
    return { v: 1, component: o.component, proposed, reason: reasonText(o.reason) };
  } catch {
    return null;
  }
}

export function breachTitle(name: string): string {
  return `Maintenance breach: ${name}`;
}

export interface BreachView {
  component: string;
  name: string;
  evaluation: MaintenanceEvaluation;
  severity: SeverityLevel;
  /** When the breach began: the issue's opening, or now for a new one. */
  since: Date;
  graceDays: number;
  demoteTo: Stage;
  state: BreachState;
  now: Date;
  runUrl: string | null;
}

export const day = (d: Date) => d.toISOString().slice(0, 10);

/** The day the grace period ends: a breach still open then is proposed for demotion. */
export function graceEnds(since: Date, graceDays: number): Date {
  return new Date(since.getTime() + graceDays * DAY);
}

export function breachBody(v: BreachView): string {
  const name = escapeText(v.name);
  const stage = STAGE_TITLES[v.demoteTo];
  const next = v.state.proposed
    ? `**Demotion proposed** on ${v.state.proposed}: a maintainer approves it by adding \`${PROMOTION.approved}\`, which opens the MATURITY.md pull request (Production → ${stage}).`
    : `**Grace period**: ${v.graceDays} day(s). If the breach lasts until ${day(graceEnds(v.since, v.graceDays))}, a demotion to ${stage} is proposed here for remediation.`;
  return [
    breachStateLine(v.state),
    `## ${name} is below its maintenance criteria`,
    '',
    `${name} is in Production, and the scheduled upkeep check measured it below the bars a Production component keeps. Severity **${v.severity}** (the worst of its breaches, from the seeds\u2019 P0–P3 table; \`policy.production.maintenance.severity\`).`,
    '',
    criteriaTable(v.evaluation.criteria),
    '',
    `**In breach since** ${day(v.since)}. ${next}`,
    '',
    `${FIGURES_AS_OF} ${day(v.now)}${v.runUrl ? ` ([upkeep check](${v.runUrl}))` : ''}. This issue is updated while the breach lasts, and closed with a comment when the figures recover.`,
  ].join('\n');
}

const FIGURES_AS_OF = 'Figures as of';

/** Whether two bodies say the same but for the run they were checked by: a rerun with the same figures writes nothing. */
export function sameBreachBody(a: string | null | undefined, b: string): boolean {
  const strip = (s: string) => s.replace(new RegExp(`^${FIGURES_AS_OF} .*$`, 'm'), '');
  return a !== null && a !== undefined && strip(a) === strip(b);
}

function dependentsLines(blocked: readonly BlockedDependent[], component: string, stage: Stage): string[] {
  if (!blocked.length) return [`No component that depends on \`${component}\` is above ${STAGE_TITLES[stage]}.`];
  return [
    `Blocked by this demotion (they would sit above their dependency, now in ${STAGE_TITLES[stage]}):`,
    ...blocked.map((b) => `- \`${b.id}\` (${STAGE_TITLES[b.stage]}): ${b.path.map((p) => `\`${p}\``).join(' → ')}`),
  ];
}

export function proposalComment(v: BreachView, blocked: readonly BlockedDependent[]): string {
  const stage = STAGE_TITLES[v.demoteTo];
  return [
    `## Demotion proposed: ${escapeText(v.name)}, Production → ${stage}`,
    '',
    `The breach has lasted since ${day(v.since)}, past the grace period of ${v.graceDays} day(s). The seeds: a component that fails its maintenance criteria "can be demoted to a lower stage for remediation".`,
    '',
    `Reason: ${escapeText(v.state.reason)}.`,
    '',
    ...dependentsLines(blocked, v.component, v.demoteTo),
    '',
    `To demote it, a maintainer (write or maintain permission) adds \`${PROMOTION.approved}\`: promotion-report checks the approval as for a promotion and opens the MATURITY.md pull request; merging it completes the demotion (labels, board) and closes this issue. To keep it in Production, remove \`${DEMOTION.proposed}\`: it is not proposed again for this breach.`,
  ].join('\n');
}

export function recoveryComment(
  name: string,
  evaluation: MaintenanceEvaluation,
  now: Date,
  runUrl: string | null,
): string {
  return [
    `Recovered: every maintenance criterion of ${escapeText(name)} is met again (${day(now)}${runUrl ? `, [upkeep check](${runUrl})` : ''}).`,
    '',
    criteriaTable(evaluation.criteria),
  ].join('\n');
}
