/**
 * uptime-check `mode: upkeep`, run on a schedule (daily): for every component in Production,
 * the maintenance criteria over their windows (packages/upkeep/maintenance.ts, pure) from the
 * probe history the scheduled uptime check records, Prometheus, and the default branch's
 * security results; then each component's breach issue opened, updated, proposed for demotion
 * or closed (packages/upkeep/breach.ts); one result file per component (gate `upkeep`), one
 * summary. It probes nothing and writes nothing to the history.
 */
import * as core from '@actions/core';
import { UptimeCheckOutputs } from '../../packages/action-io/names.js';
import { publishAll, resultFilePath } from '../../packages/action-io/publish.js';
import type { MaturityConfig } from '../../packages/core/config/load-config.js';
import { RunLog } from '../../packages/core/logger.js';
import { maturityReader } from '../../packages/core/maturity/read-maturity.js';
import { buildGateResult } from '../../packages/core/result/build-result.js';
import type { GitHubApi, IssueSummary } from '../../packages/github/client.js';
import type { RunContext } from '../../packages/github/run-context.js';
import { dependentsAbove } from '../../packages/promotion/dependencies.js';
import { BREACH_LABEL } from '../../packages/promotion/labels.js';
import { SUMMARY_LIMIT_BYTES } from '../../packages/report/markdown.js';
import { syncBreach, type BreachSync } from '../../packages/upkeep/breach.js';
import {
  evaluateMaintenance,
  type MaintenanceEvaluation,
  type MaintenanceModel,
} from '../../packages/upkeep/maintenance.js';
import { isPermission } from './collect.js';
import type { Inputs } from './inputs.js';
import { prometheusOf, readSecurityResults, readUpkeepHistory, securityOf } from './upkeep-evidence.js';
import { renderUpkeepSummary, upkeepFailureMessage, type UpkeepOutcome } from './upkeep-render.js';
import { planUpkeep, refuseCheckInputs, type UpkeepUnit } from './upkeep-units.js';

export const UPKEEP_GATE = 'upkeep';
/** A demotion from Production goes one stage down, as the seeds' template records it ("Demoted to Staging"). */
const DEMOTE_TO = 'staging';

interface Run {
  inputs: Inputs;
  ctx: RunContext;
  config: MaturityConfig;
  api: GitHubApi | null;
  now: Date;
  log: RunLog;
}

/** The breach issues, listed once for every component; null (with a warning) when they cannot be. */
async function listBreaches(run: Run): Promise<IssueSummary[] | null> {
  if (!run.api) {
    run.log.warning('no token: breaches are not recorded as issues');
    return null;
  }
  try {
    return await run.api.listOpenIssues([BREACH_LABEL]);
  } catch (e) {
    run.log.warning(
      `the breach issues could not be listed (${(e as Error).message}); give the job \`permissions: issues: write\``,
    );
    return null;
  }
}

async function recordBreach(
  run: Run,
  unit: UpkeepUnit,
  evaluation: MaintenanceEvaluation,
  open: IssueSummary[] | null,
): Promise<{ breach: BreachSync | null; blocked: ReturnType<typeof dependentsAbove> }> {
  const readMaturity = await maturityReader(run.inputs.root);
  const stageOf = (id: string) => {
    const c = run.config.components.get(id);
    return c ? (readMaturity(c).record?.stage ?? null) : null;
  };
  const blocked = dependentsAbove(unit.component.id, DEMOTE_TO, run.config.components, stageOf);
  if (!open || !run.api) return { breach: null, blocked };
  try {
    const input = {
      component: unit.component.id,
      name: unit.component.name,
      evaluation,
      policy: run.config.policy.production.maintenance,
      demoteTo: DEMOTE_TO,
      blocked,
      now: run.now,
      runUrl: run.ctx.run?.url ?? null,
    } as const;
    const breach = await syncBreach(run.api, input, open);
    if (breach.action !== 'none')
      run.log.info(
        `${UPKEEP_GATE}: ${unit.component.id}: breach issue ${breach.action}${breach.issue ? ` (#${breach.issue.number})` : ''}${breach.proposed ? ', demotion proposed' : ''}`,
      );
    return { breach, blocked };
  } catch (e) {
    run.log.warning(
      `${unit.component.id}: the breach issue could not be written (${(e as Error).message})${isPermission(e) ? '; give the job `permissions: issues: write`' : ''}`,
    );
    return { breach: null, blocked };
  }
}

function resultOf(
  run: Run,
  unit: UpkeepUnit,
  model: MaintenanceModel,
  evaluation: MaintenanceEvaluation,
  breach: BreachSync | null,
) {
  const window = (w: MaintenanceModel['month']) => ({
    label: w.window.label,
    from: w.window.from.toISOString(),
    to: w.window.to.toISOString(),
    figures: w.figures && { ...w.figures, from: w.figures.from.toISOString(), to: w.figures.to.toISOString() },
    missing: w.missing,
  });
  const summary =
    evaluation.state === 'breach'
      ? `${unit.component.id}: below its maintenance criteria (${evaluation.breaches.map((b) => b.text).join('; ')})`
      : evaluation.state === 'healthy'
        ? `${unit.component.id}: every maintenance criterion met`
        : `${unit.component.id}: not every maintenance criterion could be measured`;
  return buildGateResult({
    gate: UPKEEP_GATE,
    component: unit.component.id,
    current: 'production',
    target: 'production',
    criteria: evaluation.criteria,
    summary,
    data: {
      month: window(model.month),
      rolling: window(model.rolling),
      history: model.historySource,
      prometheus: model.prometheus,
      security: model.security.evidence
        ? { file: model.security.evidence.file, createdAt: model.security.evidence.createdAt }
        : { missing: model.security.missing },
      state: evaluation.state,
      severity: evaluation.severity,
      breaches: evaluation.breaches,
      breach: breach && {
        action: breach.action,
        issue: breach.issue?.number ?? null,
        url: breach.issue?.url ?? null,
        since: breach.since,
        proposed: breach.proposedOn,
      },
    },
    context: run.ctx,
    now: run.now,
  });
}

/** One component's maintenance criteria, judged, with its breach issue kept. */
async function upkeepUnit(run: Run, unit: UpkeepUnit, evidence: UpkeepEvidence): Promise<UpkeepOutcome> {
  const id = unit.component.id;
  const { history, security } = evidence;
  const figures = history.figures.get(id)!;
  const model: MaintenanceModel = {
    component: id,
    latency: unit.component.latency,
    policy: run.config.policy.production,
    now: run.now,
    since: unit.since,
    month: figures.month,
    rolling: figures.rolling,
    historySource: history.source,
    prometheus: await prometheusOf(unit, run.inputs),
    security: securityOf(id, security, evidence.securityHint),
  };
  const evaluation = evaluateMaintenance(model);
  const { breach, blocked } = await recordBreach(run, unit, evaluation, evidence.openBreaches);
  return { component: id, result: resultOf(run, unit, model, evaluation, breach), evaluation, breach, blocked };
}

/** What every component's judgement reads: the probe history, the security results, the open breach issues. */
interface UpkeepEvidence {
  history: Awaited<ReturnType<typeof readUpkeepHistory>>;
  security: Awaited<ReturnType<typeof readSecurityResults>>;
  securityHint: string;
  openBreaches: IssueSummary[] | null;
}

async function readEvidence(run: Run, units: readonly UpkeepUnit[]): Promise<UpkeepEvidence> {
  const { inputs, api } = run;
  const minCoverage = run.config.policy.production.uptime['min-sample-coverage'];
  const history = await readUpkeepHistory(units, api, inputs, run.now, minCoverage);
  for (const problem of history.problems) run.log.warning(problem);
  const security = units.length ? await readSecurityResults(inputs, api) : { results: [], notes: [] };
  for (const note of security.notes) run.log.warning(note);
  const securityHint = inputs.securityArtifact
    ? ` in the default branch's ${inputs.securityArtifact} artifact${inputs.securityResults.length ? ' or security-results' : ''}: run the Maturity workflow on the default branch`
    : ': give `security-results`';
  return { history, security, securityHint, openBreaches: units.length ? await listBreaches(run) : null };
}

export async function upkeepMode(
  inputs: Inputs,
  ctx: RunContext,
  api: GitHubApi | null,
  config: MaturityConfig,
): Promise<void> {
  refuseCheckInputs(inputs);
  const run: Run = { inputs, ctx, config, api, now: new Date(), log: new RunLog(core.debug, core.info) };
  const plan = await planUpkeep(config, inputs, run.now);
  for (const w of plan.warnings) run.log.warning(w);
  const evidence = await readEvidence(run, plan.units);
  const outcomes: UpkeepOutcome[] = [];
  for (const unit of plan.units) outcomes.push(await upkeepUnit(run, unit, evidence));
  const warnings = run.log.warnings;
  await publishAll({
    gate: UPKEEP_GATE,
    results: outcomes.map((o) => o.result),
    summary: renderUpkeepSummary(
      { outcomes, others: plan.others, warnings, runUrl: ctx.run?.url ?? null },
      SUMMARY_LIMIT_BYTES,
    ),
    outputs: {
      [UptimeCheckOutputs.ResultFiles]: outcomes.map((o) => resultFilePath(inputs.resultsDir, o.result)).join('\n'),
      [UptimeCheckOutputs.Breaches]: JSON.stringify(
        outcomes.filter((o) => o.evaluation.state === 'breach').map((o) => o.component),
      ),
    },
    failureMessage: upkeepFailureMessage(outcomes),
    warnings,
    resultsDir: inputs.resultsDir,
    allowNoData: inputs.allowNoData,
  });
}
