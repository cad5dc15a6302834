/**
 * promotion-report's `complete` mode, run on a push to the default branch that changed a
 * MATURITY.md: every open, approved request whose component's MATURITY.md (in this checkout,
 * the pushed commit) now records the target stage is completed and closed. A request whose
 * change is not there yet is left as it is; one whose approval does not hold is un-approved
 * (approval.ts). At most MAX_REQUESTS requests per run.
 */
import * as core from '@actions/core';
import type { GitHubApi } from '../../packages/github/client.js';
import type { RunContext } from '../../packages/github/run-context.js';
import { loadConfig } from '../../packages/core/config/load-config.js';
import { readMaturityRecord } from '../../packages/core/maturity/read-maturity.js';
import { parseStage, STAGE_TITLES, type Stage } from '../../packages/core/stages.js';
import { dependentsAbove } from '../../packages/promotion/dependencies.js';
import { findComponentByName } from '../../packages/core/subject.js';
import { parsePromotionForm } from '../../packages/promotion/issue-form.js';
import { PROMOTION } from '../../packages/promotion/labels.js';
import { code, escapeText } from '../../packages/report/markdown.js';
import { completePromotion } from './apply.js';
import { checkApproval } from './approval.js';
import { isDemotionRequest, stageReader } from './demotion.js';
import type { Inputs } from './inputs.js';

const MAX_REQUESTS = 20;

export async function completeMode(inputs: Inputs, ctx: RunContext, api: GitHubApi, name: string): Promise<void> {
  const config = await loadConfig(inputs.configPath, inputs.root, true, inputs.configExplicit);
  const open = (await api.listOpenIssues([PROMOTION.approved])).slice(0, MAX_REQUESTS);
  const lines: string[] = [];
  for (const summary of open) {
    const issue = await api.getIssue(summary.number);
    if (!issue) continue;
    const form = issue.body ? parsePromotionForm(issue.body) : null;
    const labelled = issue.labels.find((l) => l.startsWith('component:'))?.slice('component:'.length);
    const written = labelled ?? form?.request?.componentName ?? null;
    const labelledTarget = issue.labels
      .filter((l) => l.startsWith('target:'))
      .map((l) => parseStage(l.slice('target:'.length)))[0];
    const demotion = isDemotionRequest(issue);
    const target: Stage | null =
      labelledTarget && (demotion || labelledTarget !== 'development')
        ? labelledTarget
        : (form?.request?.targetStage ?? null);
    let component;
    try {
      component = written ? findComponentByName(config, written) : null;
    } catch {
      component = null;
    }
    if (!component || !target) {
      lines.push(`- #${issue.number}: names no component or target stage this config knows; left as it is`);
      continue;
    }
    const record = (await readMaturityRecord(inputs.root, component)).record;
    const stage = record?.stage ?? null;
    if (stage !== target) {
      lines.push(
        `- #${issue.number} ${code(component.id)}: MATURITY.md says ${stage ? STAGE_TITLES[stage] : 'no stage'}, not yet ${STAGE_TITLES[target]}`,
      );
      continue;
    }
    const warnings: string[] = [];
    if (!(await checkApproval(api, issue, warnings))) {
      lines.push(`- #${issue.number} ${code(component.id)}: ${escapeText(warnings.join('; '))}`);
      continue;
    }
    const done = await completePromotion(api, {
      issue,
      componentId: component.id,
      componentName: component.name,
      target,
      config,
      commit: ctx.sha,
      project: inputs.project ? { ref: inputs.project, token: inputs.projectToken ?? inputs.githubToken } : null,
      coverage: null,
      ...(demotion
        ? {
            demotion: {
              from: record?.demotedFrom ?? 'production',
              blocked: dependentsAbove(component.id, target, config.components, await stageReader(config, inputs.root)),
            },
          }
        : {}),
    });
    lines.push(
      `- #${issue.number} ${code(component.id)}: ${demotion ? 'demoted to' : 'completed in'} ${STAGE_TITLES[target]}${done.milestone ? `; next milestone ${escapeText(done.milestone)}` : ''}`,
    );
  }
  core.info(`${name}: ${open.length} approved request(s) looked at`);
  await core.summary
    .addRaw(`## Promotions completed by this push\n\n${lines.join('\n') || '_No approved request is open._'}\n`, true)
    .write();
}
