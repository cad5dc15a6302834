/**
 * uptime-check, the action: parseInputs() -> the units to check (one component, the `urls`,
 * or on a schedule every component with health checks) -> probe every endpoint at once ->
 * record to and read the shared history in one pass -> incidents -> per unit: load tests,
 * Prometheus, metrics, alert rules, evaluateUptime() (pure) -> publish one result per unit.
 * `mode: upkeep` (upkeep-mode.ts) probes nothing: it judges the Production components'
 * maintenance criteria over the recorded history and keeps their breach issues.
 */
// First: checks the event payload before @actions/github reads it while being imported.
import '../../packages/action-io/event-payload.js';
import * as core from '@actions/core';
import { githubFor } from '../../packages/action-io/github-setup.js';
import { UptimeCheckOutputs } from '../../packages/action-io/names.js';
import { commentOn, publish, publishAll, resultFilePath } from '../../packages/action-io/publish.js';
import { runAction } from '../../packages/action-io/run-action.js';
import { loadConfig } from '../../packages/core/config/load-config.js';
import { RunLog, type Logger } from '../../packages/core/logger.js';
import type { GitHubApi, IssueSummary } from '../../packages/github/client.js';
import { readRunContext } from '../../packages/github/run-context.js';
import { COMMENT_LIMIT_CHARS, SUMMARY_LIMIT_BYTES } from '../../packages/report/markdown.js';
import { logLine } from '../../packages/report/workflow-text.js';
import { utcDay } from '../../packages/uptime/history-lines.js';
import { INCIDENT_LABEL, syncIncident, type IncidentSync } from '../../packages/uptime/incidents.js';
import { probeAll } from '../../packages/uptime/probe.js';
import type { Sample } from '../../packages/uptime/sample.js';
import { SharedHistory } from '../../packages/uptime/shared-history.js';
import { planWindowDays } from '../../packages/uptime/window.js';
import { checkUnit, GATE, type RunEnv, type UnitHistory, type UnitOutcome } from './check-unit.js';
import { isPermission } from './collect.js';
import { syncHistory } from './history.js';
import { parseInputs } from './inputs.js';
import {
  failureMessage,
  renderComment,
  renderScheduledSummary,
  renderSummary,
  scheduledFailureMessage,
} from './render.js';
import { planUnits, type Unit, type Units } from './units.js';

/** Every endpoint of every unit at once (up to 200 in flight): a run takes about one time-out however many hang. */
async function probeUnits(units: readonly Unit[], retries: number, log: Logger): Promise<Sample[][]> {
  const targets = units.flatMap((u) => u.targets);
  const samples = targets.length
    ? await probeAll(targets, { retries, concurrency: Math.min(200, targets.length) })
    : [];
  for (const p of samples)
    log.info(
      logLine(
        `${p.url}: ${p.state}${p.status ? ` (HTTP ${p.status}` + (p.ms !== undefined ? `, ${p.ms} ms)` : ')') : ''}${p.error ? ` ${p.error}` : ''}`,
      ),
    );
  let i = 0;
  return units.map((u) => samples.slice(i, (i += u.targets.length)));
}

/** The days each unit's window covers, ending now. */
function windowPlans(units: readonly Unit[], now: Date) {
  return units.map((u) => ({
    key: u.key,
    plan: planWindowDays({
      from: new Date(now.getTime() - u.windowMs),
      to: now,
      ...(u.notBefore ? { notBefore: u.notBefore } : {}),
      maintenance: u.maintenance,
    }),
  }));
}

/** Probe samples that were to be recorded and were not (a failed write, not a missing permission). */
interface Unrecorded {
  samples: number;
  why: string;
}

/**
 * Records the probes and reads every unit's window from the data branch; only this run's
 * probes when that fails. Samples that could not be recorded are reported in `lost`: the run
 * then fails after publishing, since a lost sample is a hole in every later window.
 */
async function readHistory(
  units: readonly Unit[],
  probes: readonly Sample[][],
  api: GitHubApi | null,
  env: RunEnv,
  lost: Unrecorded[],
): Promise<UnitHistory[]> {
  const { inputs, now, log } = env;
  const plans = windowPlans(units, now);
  const without = units.map((u, i): UnitHistory => ({ days: [probes[i]!], plan: plans[i]!.plan, source: null }));
  if (inputs.history !== 'branch') return without;
  if (!api) {
    log.warning(
      "no token or repository: the history cannot be read or written, so the window has only this run's probes",
    );
    return without;
  }
  try {
    const record = inputs.record
      ? units.flatMap((u, i) => probes[i]!.map((sample) => ({ component: u.key, sample })))
      : [];
    const synced = await syncHistory(new SharedHistory(api, inputs.dataBranch), {
      plans,
      record,
      intervalMs: inputs.intervalMs,
      today: utcDay(now.getTime()),
      readOnly: !inputs.record,
    });
    for (const problem of synced.run.problems) log.warning(problem);
    const w = synced.run.written;
    if (w.conflicts) log.info(`${GATE}: ${w.conflicts} concurrent write(s) to the history were retried`);
    if (synced.run.copied.components.length)
      log.info(
        `${GATE}: copied the format-1 history of ${synced.run.copied.components.join(', ')} (${synced.run.copied.samples} samples) into the shared files`,
      );
    return units.map((u, i) => ({
      days: synced.days.get(u.key)!,
      plan: plans[i]!.plan,
      source: `branch ${inputs.dataBranch}`,
    }));
  } catch (e) {
    const why = (e as Error).message;
    if (isPermission(e)) {
      log.warning(
        `the token cannot use the history on branch ${inputs.dataBranch} (${why}); give the job \`permissions: contents: write\`. Only this run's probes are counted.`,
      );
    } else {
      log.warning(`the history could not be read or written (${why}); only this run's probes are counted.`);
      const samples = inputs.record ? probes.reduce((n, p) => n + p.length, 0) : 0;
      if (samples > 0) lost.push({ samples, why });
    }
    return without;
  }
}

/** Opens or closes each unit's incident issue; the open incidents are listed once for all of them. */
async function syncIncidents(
  units: readonly Unit[],
  probes: readonly Sample[][],
  api: GitHubApi | null,
  env: RunEnv,
): Promise<(IncidentSync | null)[]> {
  const none = units.map(() => null);
  if (!env.inputs.incidents || !units.some((u, i) => u.component && probes[i]!.length)) return none;
  if (!api) {
    env.log.warning('incidents: there is no token, so no incident issue can be opened or closed');
    return none;
  }
  try {
    const open: IssueSummary[] = await api.listOpenIssues([INCIDENT_LABEL]);
    const out: (IncidentSync | null)[] = [];
    for (const [i, u] of units.entries()) {
      if (!u.component || !probes[i]!.length) {
        out.push(null);
        continue;
      }
      const sync = await syncIncident(
        api,
        {
          component: u.component.id,
          name: u.component.name,
          probes: probes[i]!,
          runUrl: env.ctx.run?.url ?? null,
          now: env.now,
        },
        open,
      );
      if (sync.action !== 'none')
        env.log.info(`${GATE}: ${u.key}: incident ${sync.action}${sync.issue ? ` (#${sync.issue.number})` : ''}`);
      out.push(sync);
    }
    return out;
  } catch (e) {
    env.log.warning(
      `incidents: could not update the incident issues (${(e as Error).message}); give the job \`permissions: issues: write\``,
    );
    return none;
  }
}

function unitOutputs(o: UnitOutcome | null): Record<string, string> {
  const w = o?.model.window;
  const lat = w?.latency;
  return {
    // Below the sample-coverage bar there is no uptime figure, only samples.
    [UptimeCheckOutputs.Uptime]: w?.status === 'ok' ? (w.uptimeText ?? '') : '',
    [UptimeCheckOutputs.P50]: lat ? String(Math.round(lat.p50)) : '',
    [UptimeCheckOutputs.P95]: lat ? String(Math.round(lat.p95)) : '',
    [UptimeCheckOutputs.P99]: lat ? String(Math.round(lat.p99)) : '',
    [UptimeCheckOutputs.ErrorRate]:
      w?.status === 'ok' && w.errorRate !== null ? String(Math.round(w.errorRate * 100) / 100) : '',
    [UptimeCheckOutputs.Samples]: w ? String(w.samples) : o ? '0' : '',
  };
}

/** A scheduled run's MATURITY.md warnings, the "unknown stage" ones as one line for all the components they concern. */
function stageWarnings(units: readonly Unit[]): string[] {
  const unknown: string[] = [];
  const others: string[] = [];
  for (const u of units) {
    for (const w of u.subject.warnings) {
      if (/does not exist, so its current stage is unknown$/.test(w)) unknown.push(u.key);
      else others.push(w);
    }
  }
  if (unknown.length > 1)
    others.unshift(
      `${unknown.length} components have no MATURITY.md (${unknown.join(', ')}), so their current stage is unknown and the staging bars apply`,
    );
  else if (unknown.length === 1)
    others.unshift(
      ...units.find((u) => u.key === unknown[0])!.subject.warnings.filter((w) => /stage is unknown$/.test(w)),
    );
  return others;
}

/** The shell's view of the run: its log keeps the warnings for the summary. */
type ShellEnv = RunEnv & { log: RunLog };

async function main(): Promise<void> {
  const inputs = parseInputs();
  const ctx = readRunContext();
  const config = await loadConfig(inputs.configPath, inputs.root, false, inputs.configExplicit);
  if (inputs.mode === 'upkeep') {
    // The daily upkeep run's parts (breach issues, patch deadlines, MATURITY.md) load only for it.
    const { upkeepMode } = await import('./upkeep-mode.js');
    return upkeepMode(inputs, ctx, githubFor(ctx, inputs.githubToken), config);
  }
  const plan = await planUnits(config, inputs);
  const { scheduled, units } = plan;
  const log = new RunLog(core.debug, core.info);
  for (const w of scheduled ? stageWarnings(units) : units.flatMap((u) => u.subject.warnings)) log.warning(w);
  const probes = await probeUnits(units, inputs.retries, log);
  // The windows end after this run's probes, so that they are in them.
  const env: ShellEnv = { inputs, ctx, now: new Date(), scheduled, log };
  const api = githubFor(ctx, inputs.githubToken);
  const lost: Unrecorded[] = [];
  const histories = await readHistory(units, probes, api, env, lost);
  const incidents = await syncIncidents(units, probes, api, env);
  const outcomes: UnitOutcome[] = [];
  for (const [i, u] of units.entries())
    outcomes.push(await checkUnit(u, probes[i]!, histories[i]!, incidents[i]!, env));

  if (scheduled) await publishScheduled(env, outcomes, plan.withoutHealth);
  else await publishUnit(env, outcomes[0]!, api);
  failOnLostSamples(lost, inputs.dataBranch);
}

function publicationOf(env: ShellEnv) {
  const { inputs, log } = env;
  return { gate: GATE, warnings: log.warnings, resultsDir: inputs.resultsDir, allowNoData: inputs.allowNoData };
}

/** A scheduled run: one result per component, one summary for all of them. */
async function publishScheduled(env: ShellEnv, outcomes: UnitOutcome[], withoutHealth: Units['withoutHealth']) {
  const { inputs, ctx, log } = env;
  await publishAll({
    ...publicationOf(env),
    results: outcomes.map((o) => o.result),
    summary: renderScheduledSummary(
      { outcomes, withoutHealth, warnings: log.warnings, runUrl: ctx.run?.url ?? null },
      SUMMARY_LIMIT_BYTES,
    ),
    outputs: {
      ...unitOutputs(null),
      [UptimeCheckOutputs.ResultFiles]: outcomes.map((x) => resultFilePath(inputs.resultsDir, x.result)).join('\n'),
    },
    failureMessage: scheduledFailureMessage(outcomes),
  });
}

/** A run for one component or the `urls`: its result, summary, comment and outputs. */
async function publishUnit(env: ShellEnv, o: UnitOutcome, api: GitHubApi | null) {
  const { inputs, ctx, log } = env;
  const who = o.unit.component ? o.unit.component.id : 'the endpoints';
  const renderCtx = { result: o.result, model: o.model, warnings: log.warnings, runUrl: ctx.run?.url ?? null };
  await publish({
    ...publicationOf(env),
    result: o.result,
    summary: renderSummary(renderCtx, SUMMARY_LIMIT_BYTES),
    comment: commentOn(ctx, api, inputs.comment, () => renderComment(renderCtx, COMMENT_LIMIT_CHARS)),
    annotations: [],
    outputs: { ...unitOutputs(o), [UptimeCheckOutputs.ResultFiles]: resultFilePath(inputs.resultsDir, o.result) },
    failureMessage: failureMessage(o.result, who),
  });
}

/** A sample that was not recorded leaves a hole in every later window: the run fails, saying so. */
function failOnLostSamples(lost: readonly Unrecorded[], branch: string): void {
  for (const l of lost) {
    core.setFailed(
      `${GATE}: ${l.samples} probe sample(s) of this run could not be recorded in the history on branch ${branch} (${l.why}). Later windows will have a gap there.`,
    );
  }
}

/**
 * The action. The entry file (index.ts, what the bundle starts from) calls it; tests and
 * @github/local-action call it in process with INPUT_* and the runner's files in the environment.
 */
export async function run(): Promise<void> {
  await runAction(GATE, main);
}
