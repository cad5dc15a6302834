/**
 * Uptime figures over a window (7 days by default), as the promotion criteria judge them
 * ("7-day uptime in staging ≥ 99.5%"). Pure: the caller reads the store.
 *
 * The window is [from, to), `from` raised to `notBefore` (the component's entry into its stage).
 * Samples inside a maintenance period [start, end) are excluded from every figure, and the
 * periods' time from the expected count.
 *
 * Input days mix closed days as rollups and raw samples (today, and the partial days at the
 * window's edges). A rollup cannot be cut, so it may only stand for a day that lies wholly inside
 * the window and that no maintenance period touches; `planWindowDays` says which days those are
 * (the others must be given raw), and `computeWindow` throws when handed a rollup it would have
 * to cut, or a day given both ways. A rollup wholly outside the window is ignored.
 *
 * Figures:
 * - `uptime` = (up + degraded) / samples, over the samples in the window: missing samples are no
 *   data, not up. `uptimeText` shows it with two decimals as coverage figures are shown
 *   (half-even, never a false 100.00 or 0.00).
 * - `expected` = floor((window length − maintenance) / interval) per endpoint, times the number of
 *   endpoints (1 with `url`; else those with samples in the window). `covered` counts each
 *   endpoint's samples up to its expected number, and `coverage` = covered / expected: a window
 *   of exactly 7 days holds 2016 five-minute slots, but scheduled runs start late by varying
 *   amounts, so it often holds 2017 samples (the run 7 days ago started later than this one);
 *   the extra sample is counted for uptime, not as coverage above 100%, and one endpoint's
 *   surplus never hides another's missing samples. `status` is `no-data` with no samples or
 *   coverage below the minimum. `coverageText()` words it.
 * - `flaps`: changes between consecutive samples of an endpoint (in the window, outside
 *   maintenance) between down and not down: degraded counts as up. Summed over endpoints.
 * - `latency`: successful probes only (up or degraded, with `ms`), all endpoints pooled.
 *   Percentiles are nearest-rank (the value of rank ceil(p/100 · n)). When no rollup contributes,
 *   they are exact, from the raw values (`latencyMethod: 'exact'`); otherwise they are read from
 *   the rollups' histograms with the raw days' values added (`'histogram'`): each is then within
 *   LATENCY_RELATIVE_ERROR (1/128, 0.78%) of the exact nearest-rank value (0.5 ms below 1 ms).
 *   min and max are always exact.
 * - `errorRate` = down / samples. `upMs` / `attributedMs`: time attribution (see rollup.ts).
 */
import { formatCoveragePercent } from '../coverage/totals.js';
import { DAY_MS, dayStartMs, utcDay } from './history-lines.js';
import {
  type DayRollup,
  type SequenceSummary,
  type LatencySummary,
  type TimedSample,
  LatencyHistogram,
  ROLLUP_VERSION,
  groupByUrl,
  nearestRank,
  summarizeSequence,
} from './rollup.js';
import type { Sample } from './sample.js';

export interface MaintenanceWindow {
  start: Date;
  end: Date;
}

export interface WindowInput {
  /** Closed days as rollups, other days (today, partial days) as raw samples; in any order. */
  days: readonly (DayRollup | readonly Sample[])[];
  from: Date;
  to: Date;
  /** The component's entry into its stage: the window starts no earlier. */
  notBefore?: Date;
  intervalMs: number;
  maintenance: readonly MaintenanceWindow[];
  /** Percent of expected samples below which the figures are `no-data`. */
  minSampleCoverage: number;
  /** One endpoint, or all when absent. */
  url?: string;
}

export interface LatencyFigures {
  p50: number;
  p95: number;
  p99: number;
  min: number;
  max: number;
}

export interface WindowFigures {
  /** The window actually measured: `from` raised to `notBefore`, never after `to`. */
  from: Date;
  to: Date;
  /** Endpoints counted in `expected`. */
  endpoints: number;
  /** Samples in the window outside maintenance. */
  samples: number;
  /** Samples in the window inside maintenance (excluded from every other figure). */
  excluded: number;
  expected: number;
  /** Samples that count toward coverage: each endpoint's, up to its expected number. */
  covered: number;
  /** covered / expected, percent (so never above 100); null when nothing was expected and nothing came. */
  coverage: number | null;
  up: number;
  down: number;
  degraded: number;
  /** Percent; null without samples. */
  uptime: number | null;
  /** `uptime` with two decimals, half-even, never a false 100.00 / 0.00. */
  uptimeText: string | null;
  status: 'ok' | 'no-data';
  /** Why the status is no-data. */
  noDataReason?: string;
  flaps: number;
  latency: LatencyFigures | null;
  latencyMethod: 'exact' | 'histogram';
  /** Percent of samples that were down; null without samples. */
  errorRate: number | null;
  upMs: number;
  attributedMs: number;
  /** Time of the window under maintenance, ms. */
  maintenanceMs: number;
}

/** Maintenance periods as sorted, disjoint [start, end) ms intervals (empty ones dropped). */
function maintenanceUnion(periods: readonly MaintenanceWindow[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const p of periods) {
    const s = p.start.getTime();
    const e = p.end.getTime();
    if (Number.isNaN(s) || Number.isNaN(e)) throw new RangeError('a maintenance period has an invalid date');
    if (e > s) spans.push([s, e]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const sp of spans) {
    const last = out[out.length - 1];
    if (last !== undefined && sp[0] <= last[1]) last[1] = Math.max(last[1], sp[1]);
    else out.push([sp[0], sp[1]]);
  }
  return out;
}

/** Index of the first span whose end is after `at` (the one containing `at`, or the next). */
function spanAfter(spans: readonly [number, number][], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]![1] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function effectiveBounds(from: Date, to: Date, notBefore?: Date): [number, number] {
  let f = from.getTime();
  const t = to.getTime();
  if (Number.isNaN(f) || Number.isNaN(t)) throw new RangeError('window bounds must be valid dates');
  if (f > t) throw new RangeError(`window starts after it ends (${from.toISOString()} > ${to.toISOString()})`);
  if (notBefore !== undefined) {
    const nb = notBefore.getTime();
    if (Number.isNaN(nb)) throw new RangeError('notBefore must be a valid date');
    if (nb > f) f = Math.min(nb, t);
  }
  return [f, t];
}

function rollupUsable(dayStart: number, from: number, to: number, spans: readonly [number, number][]): boolean {
  const dayEnd = dayStart + DAY_MS;
  if (dayStart < from || dayEnd > to) return false;
  const i = spanAfter(spans, dayStart);
  return !(i < spans.length && spans[i]![0] < dayEnd);
}

/**
 * The UTC days a window touches, each with how it may be given to `computeWindow`: `rollup`
 * when it lies wholly inside the window and no maintenance period touches it, else `raw`.
 */
export function planWindowDays(w: {
  from: Date;
  to: Date;
  notBefore?: Date;
  maintenance: readonly MaintenanceWindow[];
}): { day: string; source: 'rollup' | 'raw' }[] {
  const [from, to] = effectiveBounds(w.from, w.to, w.notBefore);
  const spans = maintenanceUnion(w.maintenance);
  const out: { day: string; source: 'rollup' | 'raw' }[] = [];
  if (from >= to) return out;
  for (let d = Math.floor(from / DAY_MS) * DAY_MS; d < to; d += DAY_MS) {
    out.push({ day: utcDay(d), source: rollupUsable(d, from, to, spans) ? 'rollup' : 'raw' });
  }
  return out;
}

interface Piece {
  summary: SequenceSummary;
  latency: LatencySummary | null;
}

function percentOf(part: number, whole: number): number | null {
  return whole === 0 ? null : (100 * part) / whole;
}

export function computeWindow(input: WindowInput): WindowFigures {
  const { intervalMs, url } = input;
  if (!Number.isFinite(intervalMs) || intervalMs <= 0)
    throw new RangeError(`probe interval must be a positive number of ms (got ${intervalMs})`);
  const [from, to] = effectiveBounds(input.from, input.to, input.notBefore);
  const spans = maintenanceUnion(input.maintenance);
  let maintenanceMs = 0;
  for (const [s, e] of spans) maintenanceMs += Math.max(0, Math.min(e, to) - Math.max(s, from));
  const inMaintenance = (at: number): boolean => {
    const i = spanAfter(spans, at);
    return i < spans.length && spans[i]![0] <= at;
  };

  // Pieces per UTC day number, each a map of endpoint -> piece.
  const days = new Map<number, Map<string, Piece>>();
  const endpoints = new Set<string>();
  const rawByDay = new Map<number, TimedSample[]>();
  const rollupDays = new Set<number>();
  let excluded = 0;

  for (const entry of input.days) {
    if (Array.isArray(entry)) continue;
    const r = entry as DayRollup;
    if (r.v !== ROLLUP_VERSION) throw new RangeError(`rollup ${r.day}: unknown version ${String(r.v)}`);
    const dayStart = dayStartMs(r.day);
    if (dayStart === null) throw new RangeError(`rollup has an invalid day ${JSON.stringify(r.day)}`);
    const dayNum = dayStart / DAY_MS;
    if (dayStart + DAY_MS <= from || dayStart >= to) continue; // wholly outside the window
    if (!rollupUsable(dayStart, from, to, spans)) {
      throw new RangeError(
        `the rollup of ${r.day} cannot be used: the day is cut by the window's edge or by maintenance; pass its raw samples (planWindowDays)`,
      );
    }
    if (r.intervalMs !== intervalMs) {
      throw new RangeError(
        `the rollup of ${r.day} was made for a ${r.intervalMs} ms interval, not ${intervalMs} ms: rebuild it`,
      );
    }
    if (rollupDays.has(dayNum)) throw new RangeError(`two rollups for ${r.day}`);
    rollupDays.add(dayNum);
    const pieces = new Map<string, Piece>();
    for (const e of r.endpoints) {
      if (url !== undefined && e.url !== url) continue;
      pieces.set(e.url, { summary: e, latency: e.latency });
      endpoints.add(e.url);
    }
    days.set(dayNum, pieces);
  }

  for (const entry of input.days) {
    if (!Array.isArray(entry)) continue;
    for (const s of entry as readonly Sample[]) {
      if (url !== undefined && s.url !== url) continue;
      const at = Date.parse(s.t);
      if (Number.isNaN(at)) throw new RangeError(`sample time is not a date: ${JSON.stringify(s.t)}`);
      if (at < from || at >= to) continue;
      const dayNum = Math.floor(at / DAY_MS);
      if (rollupDays.has(dayNum))
        throw new RangeError(`day ${utcDay(at)} is given both as a rollup and as raw samples`);
      endpoints.add(s.url);
      if (inMaintenance(at)) {
        excluded++;
        continue;
      }
      let list = rawByDay.get(dayNum);
      if (list === undefined) rawByDay.set(dayNum, (list = []));
      list.push({ at, sample: s });
    }
  }

  const exact = rollupDays.size === 0;
  const exactValues: number[] = [];
  const hist = new LatencyHistogram();
  const onLatency = exact ? (ms: number) => void exactValues.push(ms) : (ms: number) => hist.add(ms);
  for (const [dayNum, list] of rawByDay) {
    const dayEnd = (dayNum + 1) * DAY_MS;
    const limit = (at: number): number => {
      let end = Math.min(dayEnd, to);
      const i = spanAfter(spans, at);
      if (i < spans.length && spans[i]![0] < end) end = spans[i]![0];
      return end;
    };
    const pieces = new Map<string, Piece>();
    for (const [u, seq] of groupByUrl(list)) {
      pieces.set(u, { summary: summarizeSequence(seq, intervalMs, limit, onLatency), latency: null });
    }
    days.set(dayNum, pieces);
  }

  // Walk the days in time order: flaps across day boundaries need each endpoint's last state.
  let up = 0;
  let down = 0;
  let degraded = 0;
  let flaps = 0;
  let upMs = 0;
  let attributedMs = 0;
  const lastDown = new Map<string, boolean>();
  const perEndpoint = new Map<string, number>();
  for (const dayNum of [...days.keys()].sort((a, b) => a - b)) {
    for (const [u, { summary: p, latency }] of days.get(dayNum)!) {
      perEndpoint.set(u, (perEndpoint.get(u) ?? 0) + p.up + p.down + p.degraded);
      const prev = lastDown.get(u);
      if (prev !== undefined && prev !== (p.first.state === 'down')) flaps++;
      lastDown.set(u, p.last.state === 'down');
      flaps += p.flaps;
      up += p.up;
      down += p.down;
      degraded += p.degraded;
      upMs += p.upMs;
      attributedMs += p.attributedMs;
      if (latency !== null) hist.addSummary(latency);
    }
  }

  let latency: LatencyFigures | null = null;
  if (exact && exactValues.length > 0) {
    const sorted = Float64Array.from(exactValues).sort();
    const n = sorted.length;
    const at = (p: number) => sorted[nearestRank(p, n) - 1]!;
    latency = { p50: at(50), p95: at(95), p99: at(99), min: sorted[0]!, max: sorted[n - 1]! };
  } else if (!exact && hist.count > 0) {
    const [p50, p95, p99] = hist.percentiles([50, 95, 99]) as [number, number, number];
    latency = { p50, p95, p99, min: hist.min, max: hist.max };
  }

  const samples = up + down + degraded;
  const endpointCount = url !== undefined ? 1 : endpoints.size;
  const perEndpointExpected = Math.floor(Math.max(0, to - from - maintenanceMs) / intervalMs);
  const expected = perEndpointExpected * endpointCount;
  let covered = 0;
  for (const n of perEndpoint.values()) covered += Math.min(n, perEndpointExpected);
  const coverage = expected > 0 ? (100 * covered) / expected : samples > 0 ? 100 : null;
  const uptime = percentOf(up + degraded, samples);
  let noDataReason: string | undefined;
  if (samples === 0) noDataReason = 'no samples in the window outside maintenance';
  else if (coverage !== null && coverage < input.minSampleCoverage) {
    noDataReason = `${coverageText({ samples, covered, expected, coverage })}, below the minimum ${input.minSampleCoverage}%`;
  }
  const figures: WindowFigures = {
    from: new Date(from),
    to: new Date(to),
    endpoints: endpointCount,
    samples,
    excluded,
    expected,
    covered,
    coverage,
    up,
    down,
    degraded,
    uptime,
    uptimeText: uptime === null ? null : formatCoveragePercent(uptime),
    status: noDataReason === undefined ? 'ok' : 'no-data',
    flaps,
    latency,
    latencyMethod: exact ? 'exact' : 'histogram',
    errorRate: percentOf(down, samples),
    upMs,
    attributedMs,
    maintenanceMs,
  };
  if (noDataReason !== undefined) figures.noDataReason = noDataReason;
  return figures;
}

/**
 * "1990 of 2016 expected samples (98.71%)"; with samples beyond one per interval,
 * "2016 of 2016 expected samples (100%), and 1 more (runs that started late or twice)".
 */
export function coverageText(w: Pick<WindowFigures, 'samples' | 'covered' | 'expected' | 'coverage'>): string {
  if (w.coverage === null) return 'no samples expected';
  const head = `${w.covered} of ${w.expected} expected samples (${formatCoveragePercent(w.coverage)}%)`;
  const extra = w.samples - w.covered;
  return extra > 0 ? `${head}, and ${extra} more (runs that started late or twice)` : head;
}
