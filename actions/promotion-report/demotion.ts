/**
 * A demotion request: a maintenance breach issue on which the upkeep check proposed a demotion
 * (labels `demotion:proposed`, `component:<id>`, `target:<stage>`: a request whose target is
 * below the current stage). It goes through the promotion's own pieces: the approval is
 * `promotion:approved`, checked from the issue's label events like a promotion's
 * (approval.ts); once approved, MATURITY.md changes through a pull request (apply.ts:
 * "Demoted to Staging (Reason: …, Issue #N)"); `mode: complete` finishes it when that change is
 * on the default branch. The dependents left above their dependency are listed as blocked.
 */
import { githubFor } from '../../packages/action-io/github-setup.js';
import { PromotionReportOutputs } from '../../packages/action-io/names.js';
import { publish } from '../../packages/action-io/publish.js';
import { loadConfig, type ComponentConfig, type MaturityConfig } from '../../packages/core/config/load-config.js';
import { ConfigurationError } from '../../packages/core/errors.js';
import { maturityReader, readMaturityRecord } from '../../packages/core/maturity/read-maturity.js';
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
import { changeMaturityFile, completePromotion, maturityWriter, type MaturityChange } from './apply.js';
import { approvalCriterion, checkApproval, type Approval } from './approval.js';
import type { Inputs } from './inputs.js';
import { renderDemotion } from './demotion-render.js';

export { isDemotionRequest };

const labelled = (issue: IssueDetail, prefix: string) =>
  issue.labels.find((l) => l.startsWith(prefix))?.slice(prefix.length) ?? null;

/** The component and the stage a demotion request names, from its labels. */
export function demotionSubject(
  config: MaturityConfig,
  issue: IssueDetail,
): { component: ComponentConfig; target: Stage } {
  const id = labelled(issue, 'component:');
  const target = parseStage(labelled(issue, 'target:') ?? '');
  if (!id || !target) {
    throw new ConfigurationError(
      `the demotion request #${issue.number} has no component:<id> or target:<stage> label`,
      { at: `issue #${issue.number}` },
      'The upkeep check labels the breach issue when it proposes a demotion; add the missing label by hand.',
    );
  }
  return { component: findComponent(config, id), target };
}

/** Each component's stage by id, read on demand (the Markdown parser is loaded first). */
export async function stageReader(config: MaturityConfig, root: string): Promise<(id: string) => Stage | null> {
  const readMaturity = await maturityReader(root);
  return (id) => {
    const c = config.components.get(id);
    return c ? (readMaturity(c).record?.stage ?? null) : null;
  };
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

async function applyDemotion(
  api: GitHubApi,
  inputs: Inputs,
  ctx: RunContext,
  config: MaturityConfig,
  issue: IssueDetail,
  m: DemotionModel,
  component: ComponentConfig,
): Promise<Applied> {
  const reason = readBreachState(issue.body)?.reason || 'maintenance breach';
  const writer = maturityWriter(api, inputs.pullRequestToken, (token) => githubFor(ctx, token));
  const change = await changeMaturityFile(writer.api, {
    componentId: component.id,
    componentName: component.name,
    maturityFile: component.maturityFile ?? `${component.id}/MATURITY.md`,
    change: {
      from: m.current!,
      to: m.target,
      date: new Date().toISOString().slice(0, 10),
      issue: issue.number,
      issueUrl: issue.html_url,
      reason,
    },
    issue,
    mode: inputs.apply,
    tokenInput: writer.tokenInput,
    blocked: m.blocked,
  });
  if (!change.onDefaultBranch) return { change, completed: false };
  await completePromotion(api, {
    issue,
    componentId: component.id,
    componentName: component.name,
    target: m.target,
    config,
    commit: ctx.sha,
    project: inputs.project ? { ref: inputs.project, token: inputs.projectToken ?? inputs.githubToken } : null,
    coverage: null,
    demotion: { from: m.current!, blocked: m.blocked },
  });
  return { change, completed: true };
}

export async function demotionReport(
  inputs: Inputs,
  ctx: RunContext,
  api: GitHubApi,
  issue: IssueDetail,
  gate: string,
): Promise<void> {
  const config = await loadConfig(inputs.configPath, inputs.root, true);
  const warnings: string[] = [];
  const { component, target } = demotionSubject(config, issue);
  const current = (await readMaturityRecord(inputs.root, component)).record?.stage ?? null;
  const m: DemotionModel = {
    component: { id: component.id, name: component.name },
    current,
    target,
    issue: { number: issue.number, open: issue.state === 'open', breach: issue.labels.includes(BREACH_LABEL) },
    approval: await checkApproval(api, issue, warnings),
    blocked: dependentsAbove(component.id, target, config.components, await stageReader(config, inputs.root)),
  };
  const criteria = demotionCriteria(m);
  const ready = criteria.every((c) => c.status === 'pass' || c.id === 'approval.maintainer');
  const applied: Applied =
    m.approval && ready
      ? await applyDemotion(api, inputs, ctx, config, issue, m, component)
      : { change: null, completed: false };
  const view = {
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
  const result = buildGateResult({
    gate,
    component: component.id,
    current,
    target,
    criteria,
    summary: `${component.id}: demotion to ${STAGE_TITLES[target]} ${applied.completed ? 'applied' : applied.change?.pullRequest ? 'approved: MATURITY.md pull request opened' : ready ? 'awaiting approval' : 'not applicable'}`,
    data: {
      demotion: true,
      ready,
      issue: issue.number,
      pullRequest: view.pullRequest,
      completed: applied.completed,
      blocked: m.blocked,
    },
    context: ctx,
    now: new Date(),
  });
  await publish({
    gate,
    result,
    summary: renderDemotion(view, SUMMARY_LIMIT_BYTES, 'bytes'),
    comment: null,
    annotations: [],
    outputs: {
      [PromotionReportOutputs.Stage]: applied.completed ? target : (current ?? ''),
      [PromotionReportOutputs.CriteriaFailed]: String(criteria.filter((c) => c.status !== 'pass').length),
      [PromotionReportOutputs.Ready]: String(ready),
      [PromotionReportOutputs.PullRequest]: view.pullRequest ?? '',
    },
    failureMessage: `the demotion of ${component.id} to ${STAGE_TITLES[target]} cannot go ahead: ${criteria
      .filter((c) => c.status === 'fail')
      .map((c) => `${c.title} (${c.detail ?? c.measured})`)
      .join('; ')}`,
    warnings,
    resultsDir: inputs.resultsDir,
    allowNoData: true,
  });
}
