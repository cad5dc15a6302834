/**
 * A demotion request: a maintenance breach issue on which the upkeep check proposed a demotion
 * (labels `demotion:proposed`, `component:<id>`, `target:<stage>`: a request whose target is
 * below the current stage). It goes through the promotion's own pieces: the approval is
 * `promotion:approved`, checked from the issue's label events like a promotion's
 * (approval.ts); once approved, MATURITY.md changes through a pull request (apply.ts:
 * "Demoted to Staging (Reason: …, Issue #N)"); `mode: complete` finishes it when that change is
 * on the default branch. The dependents left above their dependency are listed as blocked.
 */
import { RunLog, type Logger } from '../../packages/core/logger.js';
import { githubFor } from '../../packages/action-io/github-setup.js';
import { PromotionReportOutputs } from '../../packages/action-io/names.js';
import { publish } from '../../packages/action-io/publish.js';
import { loadConfig, type ComponentConfig, type MaturityConfig } from '../../packages/core/config/load-config.js';
import { ConfigurationError } from '../../packages/core/errors.js';
import { readMaturityRecord } from '../../packages/core/maturity/read-maturity.js';
import { buildGateResult } from '../../packages/core/result/build-result.js';
import type { Criterion } from '../../packages/core/result/gate-result.js';
import { parseStage, STAGE_TITLES, stageIndex, type Stage } from '../../packages/core/stages.js';
import { findComponent } from '../../packages/core/subject.js';
import type { GitHubApi, IssueDetail } from '../../packages/github/client.js';
import type { RunContext } from '../../packages/github/run-context.js';
import { stickyMarker, upsertStickyComment } from '../../packages/github/sticky-comment.js';
import { dependentsAbove, type BlockedDependent } from '../../packages/promotion/dependencies.js';
import { BREACH_LABEL, isDemotionRequest } from '../../packages/promotion/labels.js';
import { COMMENT_LIMIT_CHARS, SUMMARY_LIMIT_BYTES } from '../../packages/report/markdown.js';
import { readBreachState } from '../../packages/upkeep/breach-text.js';
import { applyApprovedChange, type MaturityChange } from './apply.js';
import { approvalCriterion, checkApproval, type Approval } from './approval.js';
import type { Inputs } from './inputs.js';
import { renderDemotion, type DemotionView } from './demotion-render.js';
import { stageReader } from './stage-reader.js';

export { isDemotionRequest };

/** What the request's first `<prefix>…` label says (`component:`, `target:`), or null. */
export const labelValue = (issue: IssueDetail, prefix: string): string | null =>
  issue.labels.find((l) => l.startsWith(prefix))?.slice(prefix.length) ?? null;

/** The component and the stage a demotion request names, from its labels. */
export function demotionSubject(
  config: MaturityConfig,
  issue: IssueDetail,
): { component: ComponentConfig; target: Stage } {
  const id = labelValue(issue, 'component:');
  const target = parseStage(labelValue(issue, 'target:') ?? '');
  if (!id || !target) {
    throw new ConfigurationError(
      `the demotion request #${issue.number} has no component:<id> or target:<stage> label`,
      { at: `issue #${issue.number}` },
      'The upkeep check labels the breach issue when it proposes a demotion; add the missing label by hand.',
    );
  }
  return { component: findComponent(config, id), target };
}

export interface DemotionModel {
  component: { id: string; name: string };
  current: Stage | null;
  target: Stage;
  issue: { number: number; open: boolean; breach: boolean };
  approval: Approval | null;
  blocked: BlockedDependent[];
}

const row = (c: Omit<Criterion, 'evidence'>): Criterion => ({ evidence: [], ...c });

/** The demotion's checks: the breach still open, a stage to come down from, the approval. Pure. */
export function demotionCriteria(m: DemotionModel): Criterion[] {
  const stageOk = m.current !== null && stageIndex(m.current) > stageIndex(m.target);
  return [
    row({
      id: 'demotion.breach',
      title: 'The maintenance breach is still open',
      status: m.issue.open && m.issue.breach ? 'pass' : 'fail',
      measured: m.issue.open ? 'open' : 'closed',
      bar: 'open',
      comparator: null,
      unit: '',
      detail: m.issue.open
        ? `#${m.issue.number}${m.issue.breach ? '' : ` has no ${BREACH_LABEL} label`}`
        : `#${m.issue.number} is closed: the figures recovered, or the breach was settled`,
    }),
    row({
      id: 'demotion.stage',
      title: `Above ${STAGE_TITLES[m.target]} now`,
      status: stageOk ? 'pass' : 'fail',
      measured: m.current ? STAGE_TITLES[m.current] : null,
      bar: `above ${STAGE_TITLES[m.target]}`,
      comparator: null,
      unit: '',
      detail: stageOk
        ? undefined
        : 'MATURITY.md on the default branch does not put the component above the target stage',
    }),
    approvalCriterion(m.approval, 'approval.maintainer', 'Approved by a maintainer'),
  ];
}

interface Applied {
  change: MaturityChange | null;
  completed: boolean;
}

/** An approved demotion: MATURITY.md says so (pull request or commit), completed once on the default branch. */
function applyDemotion(
  api: GitHubApi,
  inputs: Inputs,
  ctx: RunContext,
  config: MaturityConfig,
  issue: IssueDetail,
  m: DemotionModel,
  component: ComponentConfig,
): Promise<Applied> {
  const from = m.current!;
  return applyApprovedChange(api, {
    inputs,
    clientFor: (token) => githubFor(ctx, token),
    config,
    issue,
    component,
    change: {
      from,
      to: m.target,
      date: new Date().toISOString().slice(0, 10),
      issue: issue.number,
      issueUrl: issue.html_url,
      reason: readBreachState(issue.body)?.reason || 'maintenance breach',
    },
    commit: ctx.sha,
    coverage: null,
    demotion: { from, blocked: m.blocked },
  });
}

/** The request's component and target, where it stands, the approval, and the dependents it would leave above it. */
async function demotionModel(
  inputs: Inputs,
  api: GitHubApi,
  config: MaturityConfig,
  issue: IssueDetail,
  log: Logger,
): Promise<{ component: ComponentConfig; model: DemotionModel }> {
  const { component, target } = demotionSubject(config, issue);
  const model: DemotionModel = {
    component: { id: component.id, name: component.name },
    current: (await readMaturityRecord(inputs.root, component)).record?.stage ?? null,
    target,
    issue: { number: issue.number, open: issue.state === 'open', breach: issue.labels.includes(BREACH_LABEL) },
    approval: await checkApproval(api, issue, log),
    blocked: dependentsAbove(component.id, target, config.components, await stageReader(config, inputs.root)),
  };
  return { component, model };
}

/** The result's one-line summary: how far the demotion got. */
function outcome(v: DemotionView, applied: Applied): string {
  if (applied.completed) return 'applied';
  if (applied.change?.pullRequest) return 'approved: MATURITY.md pull request opened';
  return v.ready ? 'awaiting approval' : 'not applicable';
}

/** The demotion's result, summary and outputs; the run fails when a check other than the approval fails. */
async function publishDemotion(
  inputs: Inputs,
  ctx: RunContext,
  gate: string,
  v: DemotionView,
  applied: Applied,
  warnings: readonly string[],
): Promise<void> {
  const { model: m, criteria, ready } = v;
  const result = buildGateResult({
    gate,
    component: m.component.id,
    current: m.current,
    target: m.target,
    criteria,
    summary: `${m.component.id}: demotion to ${STAGE_TITLES[m.target]} ${outcome(v, applied)}`,
    data: {
      demotion: true,
      ready,
      issue: m.issue.number,
      pullRequest: v.pullRequest,
      completed: v.completed,
      blocked: m.blocked,
    },
    context: ctx,
    now: new Date(),
  });
  await publish({
    gate,
    result,
    summary: renderDemotion(v, SUMMARY_LIMIT_BYTES, 'bytes'),
    comment: null,
    annotations: [],
    outputs: {
      [PromotionReportOutputs.Stage]: v.completed ? m.target : (m.current ?? ''),
      [PromotionReportOutputs.CriteriaFailed]: String(criteria.filter((c) => c.status !== 'pass').length),
      [PromotionReportOutputs.Ready]: String(ready),
      [PromotionReportOutputs.PullRequest]: v.pullRequest ?? '',
    },
    failureMessage: `the demotion of ${m.component.id} to ${STAGE_TITLES[m.target]} cannot go ahead: ${criteria
      .filter((c) => c.status === 'fail')
      .map((c) => `${c.title} (${c.detail ?? c.measured})`)
      .join('; ')}`,
    warnings: [...warnings],
    resultsDir: inputs.resultsDir,
    allowNoData: true,
  });
}

export async function demotionReport(
  inputs: Inputs,
  ctx: RunContext,
  api: GitHubApi,
  issue: IssueDetail,
  gate: string,
): Promise<void> {
  const config = await loadConfig(inputs.configPath, inputs.root, true);
  const log = new RunLog(); // its warnings are published with the result
  const { component, model: m } = await demotionModel(inputs, api, config, issue, log);
  const criteria = demotionCriteria(m);
  // Ready: every check but the approval holds; the approval is then all it waits for.
  const ready = criteria.every((c) => c.status === 'pass' || c.id === 'approval.maintainer');
  const applied: Applied =
    m.approval && ready
      ? await applyDemotion(api, inputs, ctx, config, issue, m, component)
      : { change: null, completed: false };
  const view: DemotionView = {
    model: m,
    criteria,
    ready,
    pullRequest: applied.change?.pullRequest?.html_url ?? null,
    completed: applied.completed,
    runUrl: ctx.run?.url ?? null,
  };
  if (inputs.comment)
    await upsertStickyComment(
      api,
      issue.number,
      stickyMarker(gate, component.id),
      renderDemotion(view, COMMENT_LIMIT_CHARS - 2000, 'chars'),
    );
  await publishDemotion(inputs, ctx, gate, view, applied, log.warnings);
}
