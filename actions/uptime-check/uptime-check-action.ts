/**
 * uptime-check, the action: parseInputs() -> probe, record to and read the history, load
 * tests, Prometheus, metrics, alert rules -> evaluateUptime() (pure) -> publish().
 * Meant to run on a schedule (every few minutes) so that the history covers the window.
 */
import * as core from '@actions/core';
import { githubFor } from '../../packages/action-io/github-setup.js';
import { UptimeCheckOutputs } from '../../packages/action-io/names.js';
import { commentOn, publish } from '../../packages/action-io/publish.js';
import { runAction } from '../../packages/action-io/run-action.js';
import { loadConfig } from '../../packages/core/config/load-config.js';
import { buildGateResult } from '../../packages/core/result/build-result.js';
import { resolveSubject } from '../../packages/core/subject.js';
import { readRunContext } from '../../packages/github/run-context.js';
import { COMMENT_LIMIT_CHARS, SUMMARY_LIMIT_BYTES } from '../../packages/report/markdown.js';
import { BranchHistoryStore } from '../../packages/uptime/history-store.js';
import { syncIncident, type IncidentSync } from '../../packages/uptime/incidents.js';
import { checkLoadAgainstSla } from '../../packages/uptime/load/sla.js';
import { probeAll } from '../../packages/uptime/probe.js';
import type { DayRollup } from '../../packages/uptime/rollup.js';
import type { Sample } from '../../packages/uptime/sample.js';
import { computeWindow, planWindowDays, type WindowFigures } from '../../packages/uptime/window.js';
import { checkAlertRules, checkMetrics, isPermission, probeTargets, queryPrometheus, readHistoryDays, readLoadReports } from './collect.js';
import { durationMs, parseInputs } from './inputs.js';
import { failureMessage, oneLine, renderComment, renderSummary } from './render.js';
import { dayFigures, evaluateUptime, type DayFigures, type UptimeModel } from './uptime-check.js';

export const GATE = 'uptime-check';

async function main(): Promise<void> {
  const inputs = parseInputs();
  const ctx = readRunContext();
  const config = loadConfig(inputs.configPath, inputs.root);
  const subject = resolveSubject(config, inputs.root, inputs.component, inputs.targetStage);
  const { component, policy } = subject;
  const warnings = [...subject.warnings];
  const windowText = inputs.window ?? policy.uptime.window;
  const windowMs = durationMs(windowText, 'window', 'hd');
  // The window starts no earlier than the component's entry into its current stage.
  const notBefore = subject.maturity?.since ? new Date(`${subject.maturity.since}T00:00:00Z`) : undefined;
  const maintenance = (component?.maintenance ?? []).map((m) => ({ start: new Date(m.start), end: new Date(m.end) }));
  const key = component?.id ?? 'default';

  const targets = probeTargets(inputs.urls, component, inputs.probeTimeoutMs);
  // Every endpoint at once (up to 200): a run takes about one time-out however many hang.
  const probes: Sample[] = targets.length ? await probeAll(targets, { retries: inputs.retries, concurrency: Math.min(200, targets.length) }) : [];
  for (const p of probes) core.info(`${p.url}: ${p.state}${p.status ? ` (HTTP ${p.status}` + (p.ms !== undefined ? `, ${p.ms} ms)` : ')') : ''}${p.error ? ` ${p.error}` : ''}`);

  // The window ends after this run's probes, so that they are in it.
  const now = new Date();
  const from = new Date(now.getTime() - windowMs);
  const api = githubFor(ctx, inputs.githubToken);
  const store = inputs.history === 'branch' && api ? new BranchHistoryStore(api, inputs.dataBranch) : null;
  if (inputs.history === 'branch' && !api) warnings.push('no token or repository: the history cannot be read or written, so the window has only this run\'s probes');
  let historySource: string | null = null;
  const plan = planWindowDays({ from, to: now, ...(notBefore ? { notBefore } : {}), maintenance });
  let days: (DayRollup | Sample[])[] = [probes];
  if (store) {
    try {
      await store.ensureBranch();
      if (inputs.record && probes.length) {
        const r = await store.append(key, probes);
        if (r.conflicts) core.info(`${GATE}: ${r.conflicts} concurrent write(s) to the history were retried`);
      }
      const read = await readHistoryDays(store, key, plan, inputs.intervalMs);
      warnings.push(...read.problems);
      days = read.days;
      historySource = `branch ${inputs.dataBranch}`;
    } catch (e) {
      const why = (e as Error).message;
      warnings.push(
        isPermission(e)
          ? `the token cannot use the history on branch ${inputs.dataBranch} (${why}); give the job \`permissions: contents: write\`. Only this run's probes are counted.`
          : `the history could not be read or written (${why}); only this run's probes are counted.`,
      );
    }
  }

  let incident: IncidentSync | null = null;
  if (inputs.incidents && component && probes.length) {
    if (!api) warnings.push('incidents: there is no token, so no incident issue can be opened or closed');
    else {
      try {
        incident = await syncIncident(api, { component: component.id, name: component.name, probes, runUrl: ctx.run?.url ?? null, now });
        if (incident.action !== 'none') core.info(`${GATE}: incident ${incident.action}${incident.issue ? ` (#${incident.issue.number})` : ''}`);
      } catch (e) {
        warnings.push(`incidents: could not update the incident issue (${(e as Error).message}); give the job \`permissions: issues: write\``);
      }
    }
  }

  const windowInput = { from, to: now, ...(notBefore ? { notBefore } : {}), intervalMs: inputs.intervalMs, maintenance, minSampleCoverage: policy.uptime['min-sample-coverage'] };
  let window: WindowFigures | null = null;
  let perDay: DayFigures[] = [];
  if (targets.length || historySource) {
    window = computeWindow({ ...windowInput, days });
    if (historySource) perDay = dayFigures(plan, days, windowInput, window.from);
  }

  const load = (await readLoadReports(inputs.locustStats, inputs.k6Summary, inputs.root)).map((l) => ({ ...l, checks: checkLoadAgainstSla(l.model, policy.performance) }));
  const timeout = inputs.probeTimeoutMs ?? 10_000;
  const prometheus = inputs.prometheusUrl
    ? await queryPrometheus(inputs.prometheusUrl, { job: inputs.prometheusJob ?? key, window: windowText, requestsMetric: inputs.prometheusRequestsMetric, latencyMetric: inputs.prometheusLatencyMetric }, timeout)
    : null;
  const metricsUrl = inputs.metricsUrl ?? component?.metricsUrl ?? null;
  const metrics = metricsUrl ? await checkMetrics(metricsUrl, timeout) : null;
  const alertPatterns = inputs.alertRules.length ? inputs.alertRules : subject.target === 'production' && component ? component.alertRules : [];
  const alerts = alertPatterns.length ? checkAlertRules(alertPatterns, inputs.root) : null;

  const model: UptimeModel = {
    probes,
    window,
    windowText,
    days: perDay,
    historySource,
    minUptime: inputs.minUptime ?? policy.uptime.min,
    load,
    prometheus,
    metrics,
    alerts,
    policy,
    production: subject.target === 'production',
    measureUptime: targets.length > 0 || inputs.history !== 'none',
  };
  const { criteria } = evaluateUptime(model);
  const who = component ? component.id : 'the endpoints';
  const result = buildGateResult({
    gate: GATE,
    component: component?.id ?? null,
    current: subject.current,
    target: subject.target,
    criteria,
    summary: oneLine(model, who),
    data: {
      window: window && { ...window, from: window.from.toISOString(), to: window.to.toISOString() },
      days: perDay,
      probes,
      history: historySource,
      load: load.map((l) => ({ file: l.file, tool: l.model.tool, endpoints: l.model.endpoints, aggregate: l.model.aggregate, peakUsers: l.model.peakUsers })),
      prometheus,
      incident: incident && { action: incident.action, issue: incident.issue?.number ?? null },
      metrics,
      alerts: alerts && { files: alerts.files, problem: alerts.problem, problems: alerts.coverage?.problems ?? [] },
    },
    context: ctx,
    now,
  });
  const renderCtx = { result, model, warnings, runUrl: ctx.run?.url ?? null };
  const lat = window?.latency;
  await publish({
    gate: GATE,
    result,
    summary: renderSummary(renderCtx, SUMMARY_LIMIT_BYTES),
    comment: commentOn(ctx, api, inputs.comment, () => renderComment(renderCtx, COMMENT_LIMIT_CHARS)),
    annotations: [],
    outputs: {
      // Below the sample-coverage bar there is no uptime figure, only samples.
      [UptimeCheckOutputs.Uptime]: window?.status === 'ok' ? (window.uptimeText ?? '') : '',
      [UptimeCheckOutputs.P50]: lat ? String(Math.round(lat.p50)) : '',
      [UptimeCheckOutputs.P95]: lat ? String(Math.round(lat.p95)) : '',
      [UptimeCheckOutputs.P99]: lat ? String(Math.round(lat.p99)) : '',
      [UptimeCheckOutputs.ErrorRate]: window?.status === 'ok' && window.errorRate !== null ? String(Math.round(window.errorRate * 100) / 100) : '',
      [UptimeCheckOutputs.Samples]: window ? String(window.samples) : '0',
    },
    failureMessage: failureMessage(result, who),
    warnings,
    resultsDir: inputs.resultsDir,
    allowNoData: inputs.allowNoData,
  });
}

await runAction(GATE, main);
