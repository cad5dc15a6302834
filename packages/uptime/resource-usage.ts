/**
 * Memory and CPU of a component from Prometheus over a time window (a load test's, else the
 * staging window), for the seed bars "Memory < 512MB per container" and "CPU < 50% average
 * utilization". Pure: the PromQL asked with `/api/v1/query_range`, and the figures read from
 * the matrices it answers.
 *
 * Source: when the component's job exposes cAdvisor metrics, per container
 * `container_memory_working_set_bytes` (what a container's memory limit and the OOM killer
 * judge) and `container_cpu_usage_seconds_total`, leaving out the pod-level cgroup
 * (`container=""`) and the pause container (`POD`); else the client library's process
 * metrics, `process_resident_memory_bytes` and `process_cpu_seconds_total`.
 *
 * - Memory: the peak, per series, over the window. Asked as `max_over_time(m[<step>])` at that
 *   step, so the ranges tile the window and no scraped sample falls between points. A limit
 *   is crossed at one moment, so the peak is what is judged. MB are 2^20 bytes (Kubernetes'
 *   Mi, docker stats' MiB).
 * - CPU: percent of one core, per series: the counter's increase over the window (restarts
 *   counted as Prometheus counts them: a drop means the counter started again from 0) over the
 *   window's length, i.e. the average utilization the seed bar names. The highest rate over any
 *   minute is shown beside it, not judged: a start-up or garbage-collection burst is not the
 *   component's load. The counter is read raw at the step, so the average needs no `rate()`
 *   window that could straddle the test's edges.
 * - Several series (replicas, containers): each is judged, the worst is the figure.
 * An empty answer is no data, never 0.
 */
import { promqlString, selector, type Labels, type Matcher, type PromQueryResult } from './prometheus-api.js';

export type UsageSource = 'container' | 'process';

/** Prometheus answers at most 11,000 points per series; stay under it with a round step. */
export const MAX_POINTS = 10_000;
export const MB = 1024 * 1024;
const PEAK_SPAN_SECONDS = 60;

export interface TimeWindow {
  /** Unix seconds. */
  start: number;
  end: number;
}

/** The query_range step, whole seconds: one point per second, or fewer for long windows. */
export function stepSeconds(w: TimeWindow): number {
  return Math.max(1, Math.ceil((w.end - w.start) / MAX_POINTS));
}

function sel(job: string, source: UsageSource): string {
  const labels: Record<string, Matcher> = source === 'container' ? { job, container: { notRegex: 'POD|' } } : { job };
  return selector(labels);
}

export function memoryQuery(job: string, source: UsageSource, step: number): string {
  const metric = source === 'container' ? 'container_memory_working_set_bytes' : 'process_resident_memory_bytes';
  return `max_over_time(${metric}${sel(job, source)}[${step}s])`;
}

export function cpuQuery(job: string, source: UsageSource): string {
  const metric = source === 'container' ? 'container_cpu_usage_seconds_total' : 'process_cpu_seconds_total';
  return `${metric}${sel(job, source)}`;
}

/** `/api/v1/query_range?query=…&start=…&end=…&step=…` under a Prometheus root URL. */
export function rangeQueryPath(query: string, w: TimeWindow, step: number): string {
  return `/api/v1/query_range?query=${encodeURIComponent(query)}&start=${w.start}&end=${w.end}&step=${step}`;
}

/** `{instance="a:9100",container="api"}`: which series a figure came from. */
export function seriesName(labels: Labels): string {
  const keys = Object.keys(labels)
    .filter((k) => k !== '__name__' && k !== 'job')
    .sort();
  return keys.length ? `{${keys.map((k) => `${k}=${promqlString(labels[k]!)}`).join(',')}}` : '(one series)';
}

function matrix(result: PromQueryResult): { labels: Labels; values: { t: number; value: number }[] }[] {
  if (result.resultType !== 'matrix') throw new TypeError(`a range query answers a matrix, not a ${result.resultType}`);
  return result.series;
}

/** The highest value of any series (bytes), and which series; null for an empty answer. */
export function peakMemory(result: PromQueryResult): { bytes: number; series: string } | null {
  let best: { bytes: number; series: string } | null = null;
  for (const s of matrix(result)) {
    for (const p of s.values)
      if (Number.isFinite(p.value) && (best === null || p.value > best.bytes))
        best = { bytes: p.value, series: seriesName(s.labels) };
  }
  return best;
}

/** A counter's increase between two points of a series, restarts counted as Prometheus counts them. */
function increase(values: readonly { t: number; value: number }[], from: number, to: number): number {
  let sum = 0;
  for (let i = from + 1; i <= to; i++) {
    const d = values[i]!.value - values[i - 1]!.value;
    sum += d >= 0 ? d : values[i]!.value;
  }
  return sum;
}

export interface CpuFigures {
  /** Percent of one core over the window. */
  averagePercent: number;
  /** The highest rate over any span of at least a minute (the whole window when shorter), percent. */
  peakPercent: number;
  series: string;
}

function seriesCpu(values: readonly { t: number; value: number }[]): { average: number; peak: number } | null {
  const points = values.filter((p) => Number.isFinite(p.value));
  if (points.length < 2) return null;
  const span = points[points.length - 1]!.t - points[0]!.t;
  if (span <= 0) return null;
  const average = increase(points, 0, points.length - 1) / span;
  let peak = span < PEAK_SPAN_SECONDS ? average : 0;
  let j = 0;
  for (let i = 0; i < points.length; i++) {
    while (j < points.length && points[j]!.t - points[i]!.t < PEAK_SPAN_SECONDS) j++;
    if (j >= points.length) break;
    peak = Math.max(peak, increase(points, i, j) / (points[j]!.t - points[i]!.t));
  }
  return { average, peak };
}

/** CPU of the busiest series (by average); null when no series has two points. */
export function cpuUsage(result: PromQueryResult): CpuFigures | null {
  let best: CpuFigures | null = null;
  for (const s of matrix(result)) {
    const f = seriesCpu(s.values);
    if (f && (best === null || 100 * f.average > best.averagePercent))
      best = { averagePercent: 100 * f.average, peakPercent: 100 * f.peak, series: seriesName(s.labels) };
  }
  return best;
}
