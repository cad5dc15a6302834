/**
 * The breach record of a Production component: one issue per component and breach period
 * (labels `maintenance:breach`, `component:<id>`, `severity:P0..P3`), opened when a maintenance
 * criterion fails, rewritten in place while the breach lasts, closed with a comment when every
 * criterion is met again. Created through the same idempotent path as incidents
 * (github/keyed-issue.ts): never two, not on a rerun, not after a create that failed once GitHub
 * had made it. A period without a verdict (no data, an error) neither opens nor closes one.
 *
 * A breach that outlasts `grace-days` (counted from the issue's opening, GitHub's own time) is
 * proposed for demotion on the same issue: a comment, `demotion:proposed` and `target:<stage>`,
 * once per breach. promotion-report then treats the issue as a stage change request (target
 * below current): a maintainer's `promotion:approved` leads to the MATURITY.md change.
 */
import type { MaintenancePolicy, SeverityLevel } from '../core/config/defaults.js';
import type { Stage } from '../core/stages.js';
import type { GitHubApi, IssueSummary } from '../github/client.js';
import { carriesAll, ensureKeyedIssue } from '../github/keyed-issue.js';
import { stickyMarker, upsertStickyComment } from '../github/sticky-comment.js';
import type { BlockedDependent } from '../promotion/dependencies.js';
import { BREACH_LABEL, componentLabel, DEMOTION, severityLabel, targetLabel } from '../promotion/labels.js';
import {
  breachBody,
  breachTitle,
  day,
  graceEnds,
  proposalComment,
  readBreachState,
  recoveryComment,
  sameBreachBody,
  type BreachState,
  type BreachView,
} from './breach-text.js';
import { breachReason, type MaintenanceEvaluation } from './maintenance.js';

export interface BreachInput {
  component: string;
  name: string;
  evaluation: MaintenanceEvaluation;
  policy: MaintenancePolicy;
  /** The stage a demotion goes to (the one below Production). */
  demoteTo: Stage;
  /** The components a demotion would leave above their dependency. */
  blocked: BlockedDependent[];
  now: Date;
  runUrl: string | null;
}

export interface BreachSync {
  /** opened, updated or unchanged (in breach); recovered (closed); unknown (open, not measured); none. */
  action: 'opened' | 'updated' | 'unchanged' | 'recovered' | 'unknown' | 'none';
  issue: { number: number; url: string } | null;
  /** A demotion was proposed by this run. */
  proposed: boolean;
  /** The day a demotion was proposed (by this run or an earlier one). */
  proposedOn: string | null;
  since: string | null;
}

export const breachLabels = (component: string) => [BREACH_LABEL, componentLabel(component)];

const ref = (i: IssueSummary) => ({ number: i.number, url: i.html_url });

/** Moves the severity label to the breach's current worst (P0..P3). */
async function moveSeverity(api: GitHubApi, issue: IssueSummary, severity: SeverityLevel): Promise<void> {
  const want = severityLabel(severity);
  const stale = issue.labels.filter((l) => /^severity:P\d$/.test(l) && l !== want);
  if (!issue.labels.includes(want)) await api.addLabels(issue.number, [want]);
  for (const l of stale) await api.removeLabel(issue.number, l);
}

/** Proposes the demotion once the grace period is over; the proposal comment is sticky, so a rerun adds nothing. */
async function proposeIfDue(
  api: GitHubApi,
  input: BreachInput,
  issue: IssueSummary,
  view: BreachView,
): Promise<boolean> {
  if (view.state.proposed || input.now < graceEnds(view.since, input.policy['grace-days'])) return false;
  view.state.proposed = day(input.now);
  await upsertStickyComment(
    api,
    issue.number,
    stickyMarker('upkeep-demotion', input.component),
    proposalComment(view, input.blocked),
  );
  await api.addLabels(issue.number, [DEMOTION.proposed, targetLabel(input.demoteTo)]);
  return true;
}

async function keepBreach(api: GitHubApi, input: BreachInput, open: readonly IssueSummary[]): Promise<BreachSync> {
  const severity = input.evaluation.severity ?? 'P3';
  const reason = breachReason(input.evaluation.breaches);
  const fresh: BreachState = { v: 1, component: input.component, proposed: null, reason };
  const view = (since: Date, state: BreachState): BreachView => ({
    component: input.component,
    name: input.name,
    evaluation: input.evaluation,
    severity,
    since,
    graceDays: input.policy['grace-days'],
    demoteTo: input.demoteTo,
    state,
    now: input.now,
    runUrl: input.runUrl,
  });
  const made = await ensureKeyedIssue(
    api,
    {
      match: breachLabels(input.component),
      labels: [severityLabel(severity)],
      title: breachTitle(input.name),
      body: breachBody(view(input.now, fresh)),
    },
    open,
  );
  const issue = made.issue;
  const since = new Date(issue.created_at);
  const prior = made.created ? null : readBreachState(issue.body);
  const v = view(since, { ...fresh, proposed: prior?.proposed ?? null });
  const proposed = await proposeIfDue(api, input, issue, v);
  if (!made.created) await moveSeverity(api, issue, severity);
  const body = breachBody(v);
  const changed = !sameBreachBody(issue.body, body);
  if (changed) await api.updateIssue(issue.number, { body });
  return {
    action: made.created ? 'opened' : changed ? 'updated' : 'unchanged',
    issue: ref(issue),
    proposed,
    proposedOn: v.state.proposed,
    since: since.toISOString(),
  };
}

/**
 * Opens, updates or closes the component's breach issue. `openBreaches`: the open issues
 * labelled `maintenance:breach`, listed once for every component of the run.
 */
export async function syncBreach(
  api: GitHubApi,
  input: BreachInput,
  openBreaches: readonly IssueSummary[],
): Promise<BreachSync> {
  const open = openBreaches.filter((i) => carriesAll(i, breachLabels(input.component)));
  const state = input.evaluation.state;
  if (state === 'breach') return keepBreach(api, input, open);
  const none: BreachSync = { action: 'none', issue: null, proposed: false, proposedOn: null, since: null };
  if (open.length === 0) return none;
  const first = open[0]!;
  const current = {
    ...none,
    issue: ref(first),
    proposedOn: readBreachState(first.body)?.proposed ?? null,
    since: first.created_at,
  };
  if (state === 'unknown') return { ...current, action: 'unknown' };
  for (const issue of open) {
    await api.createIssueComment(issue.number, recoveryComment(input.name, input.evaluation, input.now, input.runUrl));
    await api.closeIssue(issue.number, 'completed');
  }
  return { ...current, action: 'recovered' };
}
