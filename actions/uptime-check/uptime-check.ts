/**
 * uptime-check's logic: from this run's probes, the window figures of the recorded history,
 * load-test reports, Prometheus answers, the metrics endpoint and the alert rules to
 * criteria. Pure: no I/O, no @actions/core.
 *
 * Missing evidence is `no-data`, never up: a window whose samples cover less than
 * `min-sample-coverage` of what the schedule should have produced has no uptime figure; an
 * empty Prometheus answer is no data, never 0 or 100.
 */
import type { Policy } from '../../packages/core/config/defaults.js';
import type { Criterion, Evidence } from '../../packages/core/result/gate-result.js';
import { meetsBar } from '../../packages/coverage/totals.js';
import type { AlertCoverage } from '../../packages/uptime/alert-rules.js';
import type { LoadCheck } from '../../packages/uptime/load/sla.js';
import type { LoadTestModel } from '../../packages/uptime/load/model.js';
import type { Sample } from '../../packages/uptime/sample.js';
import { DAY_MS, dayStartMs } from '../../packages/uptime/history-lines.js';
import type { DayRollup } from '../../packages/uptime/rollup.js';
import { computeWindow, coverageText, type WindowFigures, type WindowInput } from '../../packages/uptime/window.js';

export interface DayFigures {
  day: string;
  uptimeText: string | null;
  p95: number | null;
  samples: number;
}

export interface PromFigure {
  query: string;
  value: number | null;
  error: string | null;
}

/**
 * Uptime and p95 of each planned day, for the chart: the window's figures, cut at the day's
 * edges (and at the window's start and end). No coverage bar: a partial day still shows.
 */
export function dayFigures(
  plan: readonly { day: string }[],
  days: readonly (DayRollup | readonly Sample[])[],
  window: Omit<WindowInput, 'days'>,
  measuredFrom: Date,
): DayFigures[] {
  const out: DayFigures[] = [];
  plan.forEach((p, i) => {
    const dayStart = dayStartMs(p.day)!;
    const start = new Date(Math.max(dayStart, measuredFrom.getTime()));
    const end = new Date(Math.min(dayStart + DAY_MS, window.to.getTime()));
    if (end <= start) return;
    const d = computeWindow({ ...window, from: start, to: end, days: [days[i]!], minSampleCoverage: 0 });
    out.push({ day: p.day, uptimeText: d.uptimeText, p95: d.latency?.p95 ?? null, samples: d.samples });
  });
  return out;
}

/** Memory and CPU from Prometheus over a window (packages/uptime/resource-usage.ts). */
export interface ResourceEvidence {
  url: string;
  /** Unix seconds; `from` says whose window it is. */
  window: { start: number; end: number; from: 'load-test' | 'staging' };
  source: 'container' | 'process';
  step: number;
  memory: { query: string; peakMb: number | null; series: string | null; error: string | null };
  cpu: {
    query: string;
    averagePercent: number | null;
    peakPercent: number | null;
    series: string | null;
    error: string | null;
  };
}

/** What the performance criteria (memory, CPU) are judged on: the figures, or why there are none. */
export interface PerformanceModel {
  evidence: ResourceEvidence | null;
  /** Set when there are no figures: no Prometheus URL, no load-test window. */
  missing: string | null;
  /** "during the load test" or "over the staging window". */
  during: string;
}

export interface UptimeModel {
  /** This run's probes (empty when nothing was probed). */
  probes: Sample[];
  window: WindowFigures | null;
  windowText: string;
  days: DayFigures[];
  /** Where the history is ("branch maturity-data"), or null without one. */
  historySource: string | null;
  minUptime: number;
  load: { file: string; model: LoadTestModel; checks: LoadCheck[] }[];
  prometheus: {
    url: string;
    availability: number | null;
    query: string;
    error: string | null;
    errorRate: PromFigure;
    p95Ms: PromFigure;
  } | null;
  metrics: { url: string; problem: string | null; families: number } | null;
  alerts: { files: string[]; coverage: AlertCoverage | null; problem: string | null } | null;
  /** Memory and CPU; null when they are not judged here (load tests not applicable, or a scheduled run without Prometheus). */
  performance: PerformanceModel | null;
  /** `components.<id>.not-applicable.load-test`: no load or performance criteria, and this reason shown. */
  loadTestNotApplicable: string | null;
  policy: Policy;
  production: boolean;
  /** False for a run that only checks reports (no endpoints and `history: none`): no uptime criterion. */
  measureUptime: boolean;
}

export interface UptimeEvaluation {
  criteria: Criterion[];
}

const pct2 = (x: number) => Math.round(x * 100) / 100;

function windowCriteria(m: UptimeModel, evidence: Evidence[]): Criterion[] {
  const w = m.window;
  const base = {
    id: 'uptime.window',
    title: `Uptime over ${m.windowText}`,
    bar: m.minUptime,
    comparator: '>=' as const,
    unit: '%',
    evidence,
  };
  if (!w)
    return [
      {
        ...base,
        status: 'no-data',
        measured: null,
        detail: 'no health endpoint to probe and no history: set `urls` or `health` in the config',
      },
    ];
  const coverage = coverageText(w);
  const out: Criterion[] = [];
  if (w.status === 'no-data' || w.uptime === null || w.uptimeText === null) {
    // A coverage shortfall names the coverage already.
    const reason = w.noDataReason ?? 'no samples';
    out.push({
      ...base,
      status: 'no-data',
      measured: null,
      detail: reason.includes('expected samples') ? reason : `${reason}; ${coverage}`,
    });
  } else {
    const ok = meetsBar(w.uptime, m.minUptime);
    out.push({
      ...base,
      status: ok ? 'pass' : 'fail',
      measured: Number(w.uptimeText),
      ...(ok ? {} : { gap: pct2(m.minUptime - Number(w.uptimeText)) }),
      detail: `${w.up + w.degraded} of ${w.samples} samples up; ${coverage}; ${w.flaps} state change(s)`,
    });
  }
  if (m.production) {
    const bar = m.policy.performance['max-error-rate'];
    const rate = w.errorRate;
    out.push({
      id: 'uptime.error-rate',
      title: `Error rate over ${m.windowText} (probes down)`,
      status: rate === null || w.status === 'no-data' ? 'no-data' : rate <= bar ? 'pass' : 'fail',
      measured: rate === null ? null : pct2(rate),
      bar,
      comparator: '<=',
      unit: '%',
      ...(rate !== null && rate > bar ? { gap: pct2(rate - bar) } : {}),
      detail: rate === null ? 'no samples' : `${w.down} of ${w.samples} probes down`,
      evidence,
    });
  }
  return out;
}

function probesCriterion(m: UptimeModel): Criterion | null {
  if (m.probes.length === 0) return null;
  const down = m.probes.filter((p) => p.state === 'down');
  return {
    id: 'monitoring.health',
    title: 'Health endpoints answer',
    status: down.length === 0 ? 'pass' : 'fail',
    measured: m.probes.length - down.length,
    bar: m.probes.length,
    comparator: '>=',
    unit: 'endpoints',
    ...(down.length ? { gap: down.length } : {}),
    detail: down.length
      ? down.map((p) => `${p.url}: ${p.error ?? 'down'}${p.detail ? ` (${p.detail})` : ''}`).join('; ')
      : `${m.probes.length} endpoint(s) up in this run`,
    evidence: m.probes.map((p) => ({ url: p.url })),
  };
}

function loadCriteria(m: UptimeModel): Criterion[] {
  return m.load.flatMap(({ file, model, checks }) =>
    checks.map((c) => ({
      id: c.id,
      title: `${c.title} (${model.tool})`,
      status: c.pass === null ? ('no-data' as const) : c.pass ? ('pass' as const) : ('fail' as const),
      measured: c.measured === null ? null : Math.round(c.measured * 100) / 100,
      bar: c.bar,
      comparator: c.comparator,
      unit: c.unit,
      ...(c.pass === false && c.measured !== null ? { gap: Math.round(Math.abs(c.measured - c.bar) * 100) / 100 } : {}),
      detail: c.detail,
      evidence: [{ file, tool: model.tool }],
    })),
  );
}

function promCriterion(
  id: string,
  title: string,
  f: PromFigure,
  bar: number,
  comparator: '>=' | '<=',
  unit: string,
  url: string,
  scale: (v: number) => number,
): Criterion {
  const base = { id, title, bar, comparator, unit, evidence: [{ url, tool: 'Prometheus' }] };
  if (f.error) return { ...base, status: 'error', measured: null, detail: f.error };
  if (f.value === null)
    return { ...base, status: 'no-data', measured: null, detail: `the query returned no series: ${f.query}` };
  const v = pct2(scale(f.value));
  const ok = comparator === '>=' ? v >= bar : v <= bar;
  return {
    ...base,
    status: ok ? 'pass' : 'fail',
    measured: v,
    ...(ok ? {} : { gap: pct2(Math.abs(bar - v)) }),
    detail: f.query,
  };
}

function prometheusCriteria(m: UptimeModel): Criterion[] {
  const p = m.prometheus;
  if (!p) return [];
  const perf = m.policy.performance;
  return [
    promCriterion(
      'prometheus.availability',
      `Availability in Prometheus over ${m.windowText}`,
      { query: p.query, value: p.availability, error: p.error },
      m.minUptime,
      '>=',
      '%',
      p.url,
      (v) => 100 * v,
    ),
    promCriterion(
      'prometheus.error-rate',
      `Error rate (5xx) in Prometheus over ${m.windowText}`,
      p.errorRate,
      perf['max-error-rate'],
      '<=',
      '%',
      p.url,
      (v) => 100 * v,
    ),
    promCriterion(
      'prometheus.p95',
      `API p95 latency in Prometheus over ${m.windowText}`,
      p.p95Ms,
      perf['api-p95-ms'],
      '<=',
      'ms',
      p.url,
      (v) => v,
    ),
  ];
}

const mb = (x: number) => `${pct2(x)} MB`;

function usageCriterion(
  base: Omit<Criterion, 'status' | 'measured' | 'detail'>,
  r: PerformanceModel,
  figure: { error: string | null; query: string; series: string | null } | undefined,
  value: number | null,
  describe: (v: number, series: string) => string,
): Criterion {
  if (r.missing || !figure) return { ...base, status: 'no-data', measured: null, detail: r.missing ?? 'no figures' };
  if (figure.error) return { ...base, status: 'error', measured: null, detail: figure.error };
  if (value === null)
    return { ...base, status: 'no-data', measured: null, detail: `the query returned no series: ${figure.query}` };
  const v = pct2(value);
  const ok = v <= (base.bar as number);
  return {
    ...base,
    status: ok ? 'pass' : 'fail',
    measured: v,
    ...(ok ? {} : { gap: pct2(v - (base.bar as number)) }),
    detail: `${describe(value, figure.series ?? '')}; ${figure.query}`,
  };
}

/** Memory (peak per container) and CPU (average per container, percent of one core) against the seed bars; no-data without figures. */
function performanceCriteria(m: UptimeModel): Criterion[] {
  const r = m.performance;
  if (!r) return [];
  const perf = m.policy.performance;
  const e = r.evidence;
  const per = e?.source === 'container' ? 'container' : 'process';
  const evidence = e ? [{ url: e.url, tool: 'Prometheus' }] : [];
  return [
    usageCriterion(
      {
        id: 'performance.memory',
        title: `Peak memory per ${per} ${r.during}`,
        bar: perf['max-memory-mb'],
        comparator: '<=',
        unit: 'MB',
        evidence,
      },
      r,
      e?.memory,
      e?.memory.peakMb ?? null,
      (v, series) => `${series}: peak ${mb(v)}`,
    ),
    usageCriterion(
      {
        id: 'performance.cpu',
        title: `Average CPU per ${per} ${r.during} (percent of one core)`,
        bar: perf['max-cpu-percent'],
        comparator: '<=',
        unit: '%',
        evidence,
      },
      r,
      e?.cpu,
      e?.cpu.averagePercent ?? null,
      (v, series) =>
        `${series}: average ${pct2(v)}%, highest over a minute ${pct2(e?.cpu.peakPercent ?? v)}% (not judged)`,
    ),
  ];
}

function monitoringCriteria(m: UptimeModel): Criterion[] {
  const out: Criterion[] = [];
  if (m.metrics) {
    out.push({
      id: 'monitoring.metrics',
      title: 'Metrics endpoint serves Prometheus text format',
      status: m.metrics.problem ? 'fail' : 'pass',
      measured: m.metrics.problem ? 'invalid' : 'valid',
      bar: 'valid',
      comparator: null,
      unit: '',
      detail: m.metrics.problem ?? `${m.metrics.families} metric families`,
      evidence: [{ url: m.metrics.url }],
    });
  }
  if (m.alerts) {
    const a = m.alerts;
    const ok = !a.problem && !!a.coverage?.ok;
    out.push({
      id: 'monitoring.alerts',
      title: 'Alert rules with the seed thresholds (error rate > 1% / 5%, p95 > 1 s / 3 s)',
      status: ok ? 'pass' : 'fail',
      measured: ok ? 'present' : 'missing',
      bar: 'present',
      comparator: null,
      unit: '',
      detail:
        a.problem ??
        (a.coverage?.problems.join('; ') || `${a.coverage?.alerts.length ?? 0} alerts in ${a.files.join(', ')}`),
      evidence: a.files.map((file) => ({ file })),
    });
  }
  return out;
}

export function evaluateUptime(m: UptimeModel): UptimeEvaluation {
  const evidence: Evidence[] = m.historySource
    ? [{ tool: `probes; history on ${m.historySource}` }]
    : [{ tool: 'probes of this run' }];
  const criteria = m.measureUptime ? [...windowCriteria(m, evidence)] : [];
  const probes = probesCriterion(m);
  if (probes) criteria.push(probes);
  if (m.loadTestNotApplicable === null) {
    criteria.push(...loadCriteria(m));
    criteria.push(...performanceCriteria(m));
  }
  criteria.push(...prometheusCriteria(m));
  criteria.push(...monitoringCriteria(m));
  return { criteria };
}
