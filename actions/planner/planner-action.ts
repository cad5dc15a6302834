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
import type { CommonInputValues } from '../../packages/action-io/common-inputs.js';
import { githubFor } from '../../packages/action-io/github-setup.js';
import { PlannerOutputs } from '../../packages/action-io/names.js';
import { runAction } from '../../packages/action-io/run-action.js';
import { checkoutFiles } from '../../packages/core/checkout-files.js';
import { loadConfig, type MaturityConfig } from '../../packages/core/config/load-config.js';
import { ConfigurationError } from '../../packages/core/errors.js';
import { RunLog, type Logger } from '../../packages/core/logger.js';
import { maturityReader } from '../../packages/core/maturity/read-maturity.js';
import { resolveEnforce } from '../../packages/core/scope.js';
import { findComponent } from '../../packages/core/subject.js';
import { CHANGED_LINES_FIX, changedLinesFor } from '../../packages/diff/changed-lines.js';
import { isPermissionDenied } from '../../packages/github/api-errors.js';
import { newestOnBranch } from '../../packages/github/artifacts.js';
import type { GitHubApi } from '../../packages/github/client.js';
import { readRunContext, type RunContext } from '../../packages/github/run-context.js';
import { plan, type Plan } from './planner.js';
import { parseInputs, type Inputs } from './inputs.js';
import { renderPlan } from './render.js';
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
async function findBaselineRun(api: GitHubApi | null, name: string | null, log: Logger): Promise<string> {
  if (!api || !name) return '';
  try {
    const branch = await api.defaultBranch();
    const hit = newestOnBranch(await api.listArtifacts(name), branch);
    if (!hit)
      log.info(
        `${ACTION}: no ${name} artifact from ${branch} yet: this run is compared with nothing (the next runs will be)`,
      );
    return hit ? String(hit.workflow_run!.id) : '';
  } catch (e) {
    log.warning(
      isPermissionDenied(e)
        ? `the token cannot list artifacts: add \`actions: read\` to the job's permissions so that pull requests are compared with the default branch's results`
        : `could not look for the default branch's results: ${(e as Error).message}`,
    );
    return '';
  }
}

/**
 * The files a pull request changes, for a `changed` plan; null (every component is checked, never
 * none) when the plan is of all of them or the change is not known.
 */
async function changedFiles(inputs: Inputs, ctx: RunContext, api: GitHubApi | null, log: Logger) {
  if (inputs.mode !== 'changed' || !ctx.pullRequest || inputs.common.component) return null;
  const lines = await changedLinesFor(ctx, inputs.common.root, api);
  if (lines && lines.source !== 'unknown' && !lines.truncated) return [...lines.files.keys(), ...lines.unknown];
  log.warning(
    `the changed files are not known (${lines?.source === 'unknown' ? lines.reason : 'more than the 3000 GitHub lists'}): every component is checked. ${CHANGED_LINES_FIX}`,
  );
  return null;
}

async function planMode(inputs: Inputs, ctx: RunContext): Promise<void> {
  const { common } = inputs;
  const config = await loadConfig(common.configPath, common.root, true, common.configExplicit);
  if (common.component) findComponent(config, common.component); // a clear error for an unknown id
  const api = githubFor(ctx, common.githubToken);
  const log = new RunLog(core.debug, core.info);
  const p = plan({
    components: [...config.components.values()],
    files: checkoutFiles(common.root).list(),
    stages: await readStages(config, common.root),
    changed: await changedFiles(inputs, ctx, api, log),
    policy: config.policy,
    only: common.component,
    target: common.targetStage,
  });
  const baselineRun = await findBaselineRun(api, inputs.baselineArtifact, log);
  await publishPlan(p, config, baselineRun, log.warnings);
  refuseImpossiblePlan(p, config, common);
}

/** Warnings, the config's problems as annotations on the config file, the summary and the outputs. */
async function publishPlan(p: Plan, config: MaturityConfig, baselineRun: string, warnings: readonly string[]) {
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
}

/** After the outputs are written: a dependency cycle, or a Production component with nowhere to go, fails the step. */
function refuseImpossiblePlan(p: Plan, config: MaturityConfig, common: CommonInputValues): void {
  const errors = p.problems.filter((x) => x.level === 'error');
  if (errors.length)
    throw new ConfigurationError(
      errors.map((e) => e.message).join('; '),
      { file: config.file ?? undefined },
      'Fix the config so that components form no dependency cycle.',
    );
  const only = p.include.length === 1 ? p.include[0]! : null;
  if (common.component && only?.current === 'production' && !common.targetStage) {
    throw new ConfigurationError(
      `${common.component} is in Production already: there is no stage to promote it to`,
      { at: 'input component' },
      'Pass target-stage: production to re-check it against the Production bars.',
    );
  }
}

async function main(): Promise<void> {
  const inputs = parseInputs();
  const ctx = readRunContext();
  if (inputs.mode === 'report') {
    return runReportMode(inputs.common, ctx, {
      results: inputs.results,
      components: inputs.components,
      enforce: resolveEnforce(inputs.enforce, ctx.defaultBranchPush),
    });
  }
  return planMode(inputs, ctx);
}

/**
 * The action. The entry file (index.ts, what the bundle starts from) calls it; tests and
 * @github/local-action call it in process with INPUT_* and the runner's files in the environment.
 */
export async function run(): Promise<void> {
  await runAction(ACTION, main);
}
