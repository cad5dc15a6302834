/**
 * One unit's result (units.ts): its window over the history read for the whole run, and the
 * evidence that belongs to it alone (load tests, Prometheus, its metrics endpoint, its alert
 * rules), judged by evaluateUptime() (pure) into a gate result.
 */
import type { Logger } from '../../packages/core/logger.js';
import { buildGateResult } from '../../packages/core/result/build-result.js';
import type { GateResult } from '../../packages/core/result/gate-result.js';
import type { RunContext } from '../../packages/github/run-context.js';
import type { IncidentSync } from '../../packages/uptime/incidents.js';
import { checkLoadAgainstSla } from '../../packages/uptime/load/sla.js';
import type { DayRollup } from '../../packages/uptime/rollup.js';
import type { Sample } from '../../packages/uptime/sample.js';
import { computeWindow, type WindowFigures } from '../../packages/uptime/window.js';
import { checkAlertRules, checkMetrics, queryPrometheus, queryResourceUsage, readLoadReports } from './collect.js';
import type { Inputs } from './inputs.js';
import { oneLine } from './render.js';
import type { Unit } from './units.js';
import {
  dayFigures,
  evaluateUptime,
  type DayFigures,
  type PerformanceModel,
  type UptimeModel,
} from './uptime-check.js';

export const GATE = 'uptime-check';

export interface UnitHistory {
  /** The unit's days in its plan's order, or only this run's probes without a history. */
  days: (DayRollup | Sample[])[];
  plan: { day: string; source: 'rollup' | 'raw' }[];
  /** "branch maturity-data", or null without a history. */
  source: string | null;
}

export interface RunEnv {
  inputs: Inputs;
  ctx: RunContext;
  now: Date;
  scheduled: boolean;
  log: Logger;
}

export interface UnitOutcome {
  unit: Unit;
  model: UptimeModel;
  result: GateResult;
  incident: IncidentSync | null;
}

function windowOf(
  unit: Unit,
  probes: Sample[],
  h: UnitHistory,
  env: RunEnv,
): { window: WindowFigures | null; perDay: DayFigures[] } {
  if (!unit.targets.length && !h.source) return { window: null, perDay: [] };
  const from = new Date(env.now.getTime() - unit.windowMs);
  const input = {
    from,
    to: env.now,
    ...(unit.notBefore ? { notBefore: unit.notBefore } : {}),
    intervalMs: env.inputs.intervalMs,
    maintenance: unit.maintenance,
    minSampleCoverage: unit.subject.policy.uptime['min-sample-coverage'],
  };
  const window = computeWindow({ ...input, days: h.source ? h.days : [probes] });
  return { window, perDay: h.source ? dayFigures(h.plan, h.days, input, window.from) : [] };
}

/**
 * Memory and CPU: over the load test's window (Locust's history), else over the uptime window;
 * null when not judged here (a scheduled run without Prometheus). No-data reasons say what to give.
 */
async function performanceOf(
  unit: Unit,
  load: UptimeModel['load'],
  window: WindowFigures | null,
  env: RunEnv,
): Promise<PerformanceModel | null> {
  const { inputs } = env;
  if (env.scheduled && !inputs.prometheusUrl) return null;
  const windows = load.map((l) => l.model.window).filter((w): w is NonNullable<typeof w> => w !== null);
  const during = load.length ? 'during the load test' : `over the uptime window (${unit.windowText})`;
  let missing: string | null = null;
  if (!inputs.prometheusUrl) missing = 'no Prometheus URL: set `prometheus-url` to judge memory and CPU';
  else if (load.length && !windows.length) {
    missing = load.every((l) => l.model.tool === 'k6')
      ? "k6's summary export has no start time, so there is no load-test window to ask Prometheus about; give Locust's --csv files (their _stats_history.csv has the timestamps)"
      : 'no load-test window: the _stats_history.csv beside the Locust stats is missing or has fewer than two timestamps';
  } else if (!load.length && !window)
    missing = 'no uptime window (no health endpoints and no history) to ask Prometheus about';
  if (missing) return { evidence: null, missing, during };
  const span = windows.length
    ? {
        start: Math.min(...windows.map((w) => w.start)),
        end: Math.max(...windows.map((w) => w.end)),
        from: 'load-test' as const,
      }
    : {
        start: Math.floor(window!.from.getTime() / 1000),
        end: Math.ceil(window!.to.getTime() / 1000),
        from: 'staging' as const,
      };
  const evidence = await queryResourceUsage(
    inputs.prometheusUrl!,
    inputs.prometheusJob ?? unit.key,
    span,
    inputs.probeTimeoutMs ?? 10_000,
  );
  return { evidence, missing: null, during };
}

async function evidenceOf(unit: Unit, window: WindowFigures | null, env: RunEnv) {
  const { inputs } = env;
  const notApplicable = unit.component?.notApplicable['load-test'] ?? null;
  if (notApplicable && (inputs.locustStats.length || inputs.k6Summary.length))
    env.log.warning(
      `load tests are not applicable to ${unit.key} (${notApplicable}): the load-test reports given were not judged`,
    );
  const reports = notApplicable ? [] : await readLoadReports(inputs.locustStats, inputs.k6Summary, inputs.root);
  const load = reports.map((l) => ({ ...l, checks: checkLoadAgainstSla(l.model, unit.subject.policy.performance) }));
  const timeout = inputs.probeTimeoutMs ?? 10_000;
  const job = inputs.prometheusJob ?? unit.key;
  const prometheus = inputs.prometheusUrl
    ? await queryPrometheus(
        inputs.prometheusUrl,
        {
          job,
          window: unit.windowText,
          requestsMetric: inputs.prometheusRequestsMetric,
          latencyMetric: inputs.prometheusLatencyMetric,
        },
        timeout,
      )
    : null;
  const performance = notApplicable ? null : await performanceOf(unit, load, window, env);
  const metricsUrl = inputs.metricsUrl ?? unit.component?.metricsUrl ?? null;
  const metrics = metricsUrl ? await checkMetrics(metricsUrl, timeout) : null;
  const production = unit.subject.target === 'production';
  const alertPatterns = inputs.alertRules.length
    ? inputs.alertRules
    : production && unit.component
      ? unit.component.alertRules
      : [];
  const alerts = alertPatterns.length ? await checkAlertRules(alertPatterns, inputs.root) : null;
  return { notApplicable, load, prometheus, performance, metrics, alerts };
}

/** What the result file keeps of a unit's check: the figures, and where each came from. */
function resultData(
  window: WindowFigures | null,
  days: DayFigures[],
  probes: Sample[],
  history: UnitHistory,
  e: Awaited<ReturnType<typeof evidenceOf>>,
  incident: IncidentSync | null,
): Record<string, unknown> {
  return {
    window: window && { ...window, from: window.from.toISOString(), to: window.to.toISOString() },
    days,
    probes,
    history: history.source,
    load: e.load.map((l) => ({
      file: l.file,
      tool: l.model.tool,
      endpoints: l.model.endpoints,
      aggregate: l.model.aggregate,
      peakUsers: l.model.peakUsers,
      window: l.model.window,
    })),
    prometheus: e.prometheus,
    resources: e.performance?.evidence ?? null,
    notApplicable: e.notApplicable ? { 'load-test': e.notApplicable } : {},
    incident: incident && { action: incident.action, issue: incident.issue?.number ?? null },
    metrics: e.metrics,
    alerts: e.alerts && {
      files: e.alerts.files,
      problem: e.alerts.problem,
      problems: e.alerts.coverage?.problems ?? [],
    },
  };
}

export async function checkUnit(
  unit: Unit,
  probes: Sample[],
  history: UnitHistory,
  incident: IncidentSync | null,
  env: RunEnv,
): Promise<UnitOutcome> {
  const { window, perDay } = windowOf(unit, probes, history, env);
  const e = await evidenceOf(unit, window, env);
  const { subject } = unit;
  const model: UptimeModel = {
    probes,
    window,
    windowText: unit.windowText,
    days: perDay,
    historySource: history.source,
    minUptime: env.inputs.minUptime ?? subject.policy.uptime.min,
    load: e.load,
    prometheus: e.prometheus,
    performance: e.performance,
    loadTestNotApplicable: e.notApplicable,
    metrics: e.metrics,
    alerts: e.alerts,
    policy: subject.policy,
    production: subject.target === 'production',
    measureUptime: unit.targets.length > 0 || env.inputs.history !== 'none',
  };
  const { criteria } = evaluateUptime(model);
  const who = unit.component ? unit.component.id : 'the endpoints';
  const result = buildGateResult({
    gate: GATE,
    component: unit.component?.id ?? null,
    current: subject.current,
    target: subject.target,
    criteria,
    summary: oneLine(model, who),
    data: resultData(window, perDay, probes, history, e, incident),
    context: env.ctx,
    now: env.now,
  });
  return { unit, model, result, incident };
}
