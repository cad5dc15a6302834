/**
 * promotion-report's `complete` mode, run on a push to the default branch that changed a
 * MATURITY.md: every open, approved request whose component's MATURITY.md (in this checkout,
 * the pushed commit) now records the target stage is completed and closed. A request whose
 * change is not there yet is left as it is; one whose approval does not hold is un-approved
 * (approval.ts). At most MAX_REQUESTS requests per run.
 */
import { RunLog } from '../../packages/core/logger.js';
import * as core from '@actions/core';
import type { GitHubApi, IssueDetail } from '../../packages/github/client.js';
import type { RunContext } from '../../packages/github/run-context.js';
import { loadConfig, type ComponentConfig, type MaturityConfig } from '../../packages/core/config/load-config.js';
import { readMaturityRecord } from '../../packages/core/maturity/read-maturity.js';
import { parseStage, STAGE_TITLES, type Stage } from '../../packages/core/stages.js';
import { dependentsAbove } from '../../packages/promotion/dependencies.js';
import { findComponentByName } from '../../packages/core/subject.js';
import { parsePromotionForm } from '../../packages/promotion/issue-form.js';
import { PROMOTION } from '../../packages/promotion/labels.js';
import { code, escapeText } from '../../packages/report/markdown.js';
import { boardOf, completePromotion, type Completion } from './apply.js';
import { checkApproval } from './approval.js';
import { isDemotionRequest, labelValue } from './demotion.js';
import { stageReader } from './stage-reader.js';
import type { Inputs } from './inputs.js';

const MAX_REQUESTS = 20;

interface Named {
  component: ComponentConfig;
  target: Stage;
  demotion: boolean;
}

/**
 * The component and target a request names: its labels first (the report and the upkeep check
 * put them there), else its form. A promotion's `target:development` label is no target
 * (nothing is promoted to Development), so its form decides; a demotion's is. Null when the
 * config does not know them.
 */
function namedIn(config: MaturityConfig, issue: IssueDetail): Named | null {
  const form = issue.body ? parsePromotionForm(issue.body) : null;
  const written = labelValue(issue, 'component:') ?? form?.request?.componentName ?? null;
  const labelledTarget = parseStage(labelValue(issue, 'target:') ?? '');
  const demotion = isDemotionRequest(issue);
  const target: Stage | null =
    labelledTarget && (demotion || labelledTarget !== 'development')
      ? labelledTarget
      : (form?.request?.targetStage ?? null);
  let component;
  try {
    component = written ? findComponentByName(config, written) : null;
  } catch {
    // A name the config does not know: the request is left for a person to fix.
    component = null;
  }
  return component && target ? { component, target, demotion } : null;
}

/** Completion: board, milestone, labels, closing comment; a demotion also lists the dependents it blocks. */
async function complete(
  inputs: Inputs,
  ctx: RunContext,
  api: GitHubApi,
  config: MaturityConfig,
  issue: IssueDetail,
  n: Named & { demotedFrom: Stage | undefined },
): Promise<Completion> {
  const { component, target } = n;
  return completePromotion(api, {
    issue,
    componentId: component.id,
    componentName: component.name,
    target,
    config,
    commit: ctx.sha,
    project: boardOf(inputs),
    coverage: null,
    ...(n.demotion
      ? {
          demotion: {
            // From MATURITY.md's stage line ("demoted from … on …"); a line without it reads as Production.
            from: n.demotedFrom ?? 'production',
            blocked: dependentsAbove(component.id, target, config.components, await stageReader(config, inputs.root)),
          },
        }
      : {}),
  });
}

/** One approved request: completed when MATURITY.md records its target; returns its line in the summary. */
async function completeRequest(
  inputs: Inputs,
  ctx: RunContext,
  api: GitHubApi,
  config: MaturityConfig,
  issue: IssueDetail,
): Promise<string> {
  const named = namedIn(config, issue);
  if (!named) return `- #${issue.number}: names no component or target stage this config knows; left as it is`;
  const { component, target, demotion } = named;
  const record = (await readMaturityRecord(inputs.root, component)).record;
  const stage = record?.stage ?? null;
  if (stage !== target)
    return `- #${issue.number} ${code(component.id)}: MATURITY.md says ${stage ? STAGE_TITLES[stage] : 'no stage'}, not yet ${STAGE_TITLES[target]}`;
  // The approval is checked again: a label that was removed, or added by someone not entitled, does not complete.
  const refusal = new RunLog();
  if (!(await checkApproval(api, issue, refusal)))
    return `- #${issue.number} ${code(component.id)}: ${escapeText(refusal.warnings.join('; '))}`;
  const done = await complete(inputs, ctx, api, config, issue, { ...named, demotedFrom: record?.demotedFrom });
  return `- #${issue.number} ${code(component.id)}: ${demotion ? 'demoted to' : 'completed in'} ${STAGE_TITLES[target]}${done.milestone ? `; next milestone ${escapeText(done.milestone)}` : ''}`;
}

export async function completeMode(inputs: Inputs, ctx: RunContext, api: GitHubApi, name: string): Promise<void> {
  const config = await loadConfig(inputs.configPath, inputs.root, true, inputs.configExplicit);
  const open = (await api.listOpenIssues([PROMOTION.approved])).slice(0, MAX_REQUESTS);
  const lines: string[] = [];
  for (const summary of open) {
    const issue = await api.getIssue(summary.number);
    if (issue) lines.push(await completeRequest(inputs, ctx, api, config, issue));
  }
  core.info(`${name}: ${open.length} approved request(s) looked at`);
  await core.summary
    .addRaw(`## Promotions completed by this push\n\n${lines.join('\n') || '_No approved request is open._'}\n`, true)
    .write();
}
