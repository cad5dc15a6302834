/**
 * The planner (`uses: tta/maturity-actions@v1`). Plan modes (`changed`, `all`): validates the
 * config against the repository, reads every component's stage from its MATURITY.md, outputs
 * the matrix of components to check (those a pull request touches and their dependents, all of
 * them, or the one named by `component`), and finds the default branch's newest results for a
 * pull request to be compared with. `report` mode: combines the gates' results of the run into
 * one verdict per component, one job summary and one pull request comment.
 */
// First: checks the event payload before @actions/github reads it while being imported.
import '../../packages/action-io/event-payload.js';
import * as core from '@actions/core';
import { readCommonInputs, type CommonInputValues } from '../../packages/action-io/common-inputs.js';
import { githubFor } from '../../packages/action-io/github-setup.js';
import { enumInput, listInput, optionalInput } from '../../packages/action-io/inputs.js';
import { PlannerInputs, PlannerOutputs } from '../../packages/action-io/names.js';
import { runAction } from '../../packages/action-io/run-action.js';
import { checkoutFiles } from '../../packages/core/checkout-files.js';
import { loadConfig, type MaturityConfig } from '../../packages/core/config/load-config.js';
import { ConfigurationError } from '../../packages/core/errors.js';
import { maturityReader } from '../../packages/core/maturity/read-maturity.js';
import { ENFORCE_VALUES, resolveEnforce } from '../../packages/core/scope.js';
import { findComponent } from '../../packages/core/subject.js';
import { STAGE_TITLES } from '../../packages/core/stages.js';
import { CHANGED_LINES_FIX, changedLinesFor } from '../../packages/diff/changed-lines.js';
import { isPermissionDenied } from '../../packages/github/api-errors.js';
import { newestOnBranch } from '../../packages/github/artifacts.js';
import type { GitHubApi } from '../../packages/github/client.js';
import { readRunContext, type RunContext } from '../../packages/github/run-context.js';
import { code, escapeText, table } from '../../packages/report/markdown.js';
import { plan, type Plan } from './planner.js';
import { runReportMode } from './report-mode.js';

export const ACTION = 'maturity-planner';

async function readStages(config: MaturityConfig, root: string) {
  const readMaturity = await maturityReader(root);
  return new Map(
    [...config.components.values()].map((c) => {
      const r = readMaturity(c);
      return [
        c.id,
        r.record
          ? {
              stage: r.record.stage ?? null,
              ...(r.record.stage ? {} : { problem: `${c.maturityFile} has no readable Current Stage` }),
            }
          : { stage: null, problem: r.warning },
      ];
    }),
  );
}

/**
 * The run id of the default branch's newest results (artifact `name`), for pull requests to be
 * compared with and for first-seen dates to carry over. Empty when there are none yet; a token
 * without `actions: read` is told what to add.
 */
async function findBaselineRun(api: GitHubApi | null, name: string | null, warnings: string[]): Promise<string> {
  if (!api || !name) return '';
  try {
    const branch = await api.defaultBranch();
    const hit = newestOnBranch(await api.listArtifacts(name), branch);
    if (!hit)
      core.info(
        `${ACTION}: no ${name} artifact from ${branch} yet: this run is compared with nothing (the next runs will be)`,
      );
    return hit ? String(hit.workflow_run!.id) : '';
  } catch (e) {
    warnings.push(
      isPermissionDenied(e)
        ? `the token cannot list artifacts: add \`actions: read\` to the job's permissions so that pull requests are compared with the default branch's results`
        : `could not look for the default branch's results: ${(e as Error).message}`,
    );
    return '';
  }
}

function renderPlan(p: Plan, total: number): string {
  const rows = p.include.map((c) => [
    code(c.component),
    escapeText(c.name),
    c.current ? STAGE_TITLES[c.current] : '_unknown_',
    c.target ? STAGE_TITLES[c.target] : '—',
    escapeText(c.reason),
  ]);
  const problems = p.problems.length
    ? `### Config problems\n\n${p.problems.map((x) => `- ${x.level === 'error' ? '❌' : '⚠️'} ${x.component ? `${code(x.component)}: ` : ''}${escapeText(x.message)}`).join('\n')}\n`
    : '';
  return `## Maturity plan: ${p.include.length} of ${total} component(s) to check\n\n${rows.length ? table(['Component', 'Name', 'Stage', 'Held to', 'Why'], rows) : '_No component is touched by this change._'}\n\n${problems}`;
}

async function planMode(common: CommonInputValues, mode: 'all' | 'changed', ctx: RunContext): Promise<void> {
  const config = await loadConfig(common.configPath, common.root, true, common.configExplicit);
  if (common.component) findComponent(config, common.component); // a clear error for an unknown id
  const api = githubFor(ctx, common.githubToken);
  const warnings: string[] = [];
  let changed: string[] | null = null;
  if (mode === 'changed' && ctx.pullRequest && !common.component) {
    const lines = await changedLinesFor(ctx, common.root, api);
    // Unknown (or more than GitHub lists): every component is checked, never none.
    if (lines && lines.source !== 'unknown' && !lines.truncated) changed = [...lines.files.keys(), ...lines.unknown];
    else
      warnings.push(
        `the changed files are not known (${lines?.source === 'unknown' ? lines.reason : 'more than the 3000 GitHub lists'}): every component is checked. ${CHANGED_LINES_FIX}`,
      );
  }
  const p = plan({
    components: [...config.components.values()],
    files: checkoutFiles(common.root).list(),
    stages: await readStages(config, common.root),
    changed,
    policy: config.policy,
    only: common.component,
    target: common.targetStage,
  });
  const baselineRun = await findBaselineRun(api, optionalInput(PlannerInputs.BaselineArtifact), warnings);

  for (const w of warnings) core.warning(`${ACTION}: ${w}`);
  for (const pr of p.problems) {
    const text = `${ACTION}: ${pr.component ? `${pr.component}: ` : ''}${pr.message}`;
    if (pr.level === 'error') core.error(text, { file: config.file ?? undefined });
    else core.warning(text, { file: config.file ?? undefined });
  }
  await core.summary.addRaw(renderPlan(p, config.components.size), true).write();
  const only = p.include.length === 1 ? p.include[0]! : null;
  core.setOutput(PlannerOutputs.Matrix, JSON.stringify({ include: p.include }));
  core.setOutput(PlannerOutputs.Components, JSON.stringify(p.include.map((c) => c.component)));
  core.setOutput(PlannerOutputs.Count, String(p.include.length));
  core.setOutput(PlannerOutputs.Current, only?.current ?? '');
  core.setOutput(PlannerOutputs.Target, only?.target ?? '');
  core.setOutput(PlannerOutputs.BaselineRunId, baselineRun);
  const errors = p.problems.filter((x) => x.level === 'error');
  if (errors.length)
    throw new ConfigurationError(
      errors.map((e) => e.message).join('; '),
      { file: config.file ?? undefined },
      'Fix the config so that components form no dependency cycle.',
    );
  if (common.component && only?.current === 'production' && !common.targetStage) {
    throw new ConfigurationError(
      `${common.component} is in Production already: there is no stage to promote it to`,
      { at: 'input component' },
      'Pass target-stage: production to re-check it against the Production bars.',
    );
  }
}

async function main(): Promise<void> {
  const common = readCommonInputs();
  const mode = enumInput(PlannerInputs.Mode, ['all', 'changed', 'report'] as const) ?? 'changed';
  const ctx = readRunContext();
  if (mode === 'report') {
    const enforce = resolveEnforce(enumInput(PlannerInputs.Enforce, ENFORCE_VALUES), ctx.defaultBranchPush);
    return runReportMode(common, ctx, {
      results: listInput(PlannerInputs.Results),
      components: optionalInput(PlannerInputs.Components),
      enforce,
    });
  }
  return planMode(common, mode, ctx);
}

/**
 * The action. The entry file (index.ts, what the bundle starts from) calls it; tests and
 * @github/local-action call it in process with INPUT_* and the runner's files in the environment.
 */
export async function run(): Promise<void> {
  await runAction(ACTION, main);
}
