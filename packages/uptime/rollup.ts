/**
 * Daily rollups: a closed UTC day of probes reduced, per endpoint, to what window figures need,
 * so that a window costs O(days × endpoints), not O(samples). Stored as JSON beside the day file
 * (`YYYY-MM-DD.rollup.json`); `readRollup` checks one read back from the store.
 *
 * Per endpoint a rollup keeps:
 * - the number of samples by state;
 * - the first and last sample (time and state), so flapping across day boundaries can be counted;
 * - `flaps`: state changes between consecutive samples within the day, counted between "down" and
 *   "not down": degraded counts as up for flapping (up→degraded is no flap, degraded→down is one);
 * - time attribution (`upMs`, `attributedMs`), see `summarizeSequence`;
 * - a latency summary of successful probes (state up or degraded, with `ms`): the exact min and
 *   max and a log-linear histogram, see `latencyBucket`.
 */
import { DAY_MS, dayStartMs, parseSampleTime } from './history-lines.js';
import type { ProbeState, Sample } from './sample.js';

export const ROLLUP_VERSION = 1;

// ---------------------------------------------------------------------------------------------
// Latency histogram

/** Linear sub-buckets per power of two (HDR-style log-linear buckets). */
export const LATENCY_SUB_BUCKETS = 64;
/** Powers of two covered with bounded relative error: [1 ms, 2^20 ms ≈ 17.5 min), which includes 1 ms..10 min. */
export const LATENCY_OCTAVES = 20;
/** Bucket 0 is [0, 1 ms); buckets 1..1280 are the log-linear ones; the last is [2^20 ms, ∞). */
export const LATENCY_BUCKETS = 2 + LATENCY_OCTAVES * LATENCY_SUB_BUCKETS;
/**
 * The error bound of a latency read from the histogram: for a value v ≥ 1 ms (and below 2^20 ms)
 * the bucket's midpoint m satisfies |m − v| ≤ v / 128 (0.78%): a bucket in [2^k, 2^(k+1)) is
 * 2^k / 64 wide, so the midpoint is at most 2^k / 128 ≤ v / 128 away. Below 1 ms the absolute
 * error is at most 0.5 ms. Read values are clamped to the exact [min, max], which only reduces
 * the error; a value at or above 2^20 ms is reported as that bound clamped to the exact max.
 */
export const LATENCY_RELATIVE_ERROR = 1 / (2 * LATENCY_SUB_BUCKETS);

const TOP = 2 ** LATENCY_OCTAVES;

/** The histogram bucket of a latency in milliseconds. */
export function latencyBucket(ms: number): number {
  if (!(ms >= 1)) return 0;
  if (ms >= TOP) return LATENCY_BUCKETS - 1;
  let k = Math.floor(Math.log2(ms));
  let base = 2 ** k;
  // Math.log2 may be off by one ulp next to a power of two.
  if (base > ms) {
    k--;
    base /= 2;
  } else if (base * 2 <= ms) {
    k++;
    base *= 2;
  }
  // ms / base is in [1, 2) and exact (a power-of-two division), so is the rest.
  return 1 + k * LATENCY_SUB_BUCKETS + Math.floor((ms / base - 1) * LATENCY_SUB_BUCKETS);
}

/** The value a bucket stands for: its midpoint (bucket 0: 0.5 ms; the overflow bucket: 2^20 ms). */
export function latencyBucketValue(index: number): number {
  if (index <= 0) return 0.5;
  if (index >= LATENCY_BUCKETS - 1) return TOP;
  const k = Math.floor((index - 1) / LATENCY_SUB_BUCKETS);
  const sub = (index - 1) % LATENCY_SUB_BUCKETS;
  const width = 2 ** k / LATENCY_SUB_BUCKETS;
  return 2 ** k + (sub + 0.5) * width;
}

/** A stored latency summary. `buckets` is sparse: [index, count, index, count, …], indexes ascending. */
export interface LatencySummary {
  count: number;
  min: number;
  max: number;
  buckets: number[];
}

/** Nearest-rank: the value of rank ceil(p/100 · n) (1-based) in ascending order. `p` in (0, 100]. */
export function nearestRank(p: number, n: number): number {
  return Math.max(1, Math.ceil((p * n) / 100));
}

/** A dense, reusable histogram: fast to add to; sparse in and out. */
export class LatencyHistogram {
  private readonly counts = new Float64Array(LATENCY_BUCKETS);
  private touched: number[] = [];
  count = 0;
  min = Number.POSITIVE_INFINITY;
  max = Number.NEGATIVE_INFINITY;

  add(ms: number): void {
    const i = latencyBucket(ms);
    if (this.counts[i] === 0) this.touched.push(i);
    this.counts[i]! += 1;
    this.count++;
    if (ms < this.min) this.min = ms;
    if (ms > this.max) this.max = ms;
  }

  addSummary(s: LatencySummary): void {
    const b = s.buckets;
    for (let j = 0; j < b.length; j += 2) {
      const i = b[j]!;
      if (this.counts[i] === 0) this.touched.push(i);
      this.counts[i]! += b[j + 1]!;
    }
    this.count += s.count;
    if (s.min < this.min) this.min = s.min;
    if (s.max > this.max) this.max = s.max;
  }

  toSummary(): LatencySummary | null {
    if (this.count === 0) return null;
    const idx = [...this.touched].sort((a, b) => a - b);
    const buckets: number[] = [];
    for (const i of idx) buckets.push(i, this.counts[i]!);
    return { count: this.count, min: this.min, max: this.max, buckets };
  }

  /** Nearest-rank percentiles read from the buckets (midpoints clamped to the exact min and max). */
  percentiles(ps: readonly number[]): number[] {
    if (this.count === 0) return ps.map(() => Number.NaN);
    const idx = [...this.touched].sort((a, b) => a - b);
    const out: number[] = [];
    let j = 0;
    let seen = 0;
    for (const p of ps) {
      const rank = nearestRank(p, this.count);
      while (j < idx.length && seen + this.counts[idx[j]!]! < rank) seen += this.counts[idx[j++]!]!;
      const i = idx[Math.min(j, idx.length - 1)]!;
      out.push(Math.min(this.max, Math.max(this.min, latencyBucketValue(i))));
    }
    return out;
  }

  reset(): void {
    for (const i of this.touched) this.counts[i] = 0;
    this.touched = [];
    this.count = 0;
    this.min = Number.POSITIVE_INFINITY;
    this.max = Number.NEGATIVE_INFINITY;
  }
}

// ---------------------------------------------------------------------------------------------
// Sequences of one endpoint's samples

/** A sample with its time in ms since the epoch. */
export interface TimedSample {
  at: number;
  sample: Sample;
}

export interface SequenceSummary {
  up: number;
  down: number;
  degraded: number;
  first: { t: string; state: ProbeState };
  last: { t: string; state: ProbeState };
  /** Changes between consecutive samples from down to not down or back (degraded counts as up). */
  flaps: number;
  /** Attribution of up and degraded samples, ms. */
  upMs: number;
  /** Attribution of all samples, ms. */
  attributedMs: number;
}

/** A probe whose latency counts: it succeeded (up or degraded) and timed a response. */
export function successfulLatency(s: Sample): number | undefined {
  return s.state !== 'down' && s.ms !== undefined && Number.isFinite(s.ms) && s.ms >= 0 ? s.ms : undefined;
}

/**
 * Summarizes one endpoint's samples of one UTC day, sorted by time (not empty).
 *
 * Time attribution: each sample stands for the time from its start until the next sample of the
 * same endpoint, but never more than one probe interval (a gap is no data, not up or down) and
 * never past `limit(at)`: the end of its UTC day (so days add up without looking at the next),
 * and in a window also the window's end and the start of the next maintenance period.
 * `upMs / attributedMs` is a time-weighted uptime over the observed time.
 */
export function summarizeSequence(
  seq: readonly TimedSample[],
  intervalMs: number,
  limit: (at: number) => number,
  onLatency: (ms: number) => void,
): SequenceSummary {
  let up = 0;
  let down = 0;
  let degraded = 0;
  let flaps = 0;
  let upMs = 0;
  let attributedMs = 0;
  let prevDown = false;
  for (let i = 0; i < seq.length; i++) {
    const cur = seq[i]!;
    const s = cur.sample;
    const isDown = s.state === 'down';
    if (s.state === 'up') up++;
    else if (isDown) down++;
    else degraded++;
    if (i > 0 && isDown !== prevDown) flaps++;
    prevDown = isDown;
    let end = limit(cur.at);
    const next = seq[i + 1];
    if (next !== undefined && next.at < end) end = next.at;
    const attr = Math.max(0, Math.min(intervalMs, end - cur.at));
    attributedMs += attr;
    if (!isDown) {
      upMs += attr;
      const ms = successfulLatency(s);
      if (ms !== undefined) onLatency(ms);
    }
  }
  const f = seq[0]!;
  const l = seq[seq.length - 1]!;
  return {
    up,
    down,
    degraded,
    first: { t: new Date(f.at).toISOString(), state: f.sample.state },
    last: { t: new Date(l.at).toISOString(), state: l.sample.state },
    flaps,
    upMs,
    attributedMs,
  };
}

// ---------------------------------------------------------------------------------------------
// Day rollups

export interface EndpointRollup extends SequenceSummary {
  url: string;
  /** Successful probes' latencies; null when there were none. */
  latency: LatencySummary | null;
}

export interface DayRollup {
  v: typeof ROLLUP_VERSION;
  /** The UTC day, `YYYY-MM-DD`. */
  day: string;
  /** The probe interval the attribution was computed with. */
  intervalMs: number;
  /** Expected samples per endpoint: floor(day length / interval). */
  expected: number;
  /** All samples of the day, every endpoint. */
  samples: number;
  /** One entry per endpoint with samples that day, sorted by URL. */
  endpoints: EndpointRollup[];
}

/** Several days merged: the figures of their samples taken together, in time order. */
export interface MergedRollup {
  v: typeof ROLLUP_VERSION;
  /** The days merged, ascending (not necessarily consecutive). */
  days: string[];
  intervalMs: number;
  /** Expected samples per endpoint over all the days. */
  expected: number;
  samples: number;
  endpoints: EndpointRollup[];
}

function checkInterval(intervalMs: number): void {
  if (!Number.isFinite(intervalMs) || intervalMs <= 0)
    throw new RangeError(`probe interval must be a positive number of ms (got ${intervalMs})`);
}

function byUrl(a: { url: string }, b: { url: string }): number {
  return a.url < b.url ? -1 : a.url > b.url ? 1 : 0;
}

/** Groups samples by URL, each group sorted by time (stable for equal times). */
export function groupByUrl(timed: readonly TimedSample[]): Map<string, TimedSample[]> {
  const groups = new Map<string, TimedSample[]>();
  for (const ts of timed) {
    let g = groups.get(ts.sample.url);
    if (g === undefined) groups.set(ts.sample.url, (g = []));
    g.push(ts);
  }
  for (const g of groups.values()) g.sort((a, b) => a.at - b.at);
  return groups;
}

/**
 * The rollup of one UTC day (`YYYY-MM-DD`) from its samples (in any order). Every sample must
 * lie on that day: a sample of another day throws (the caller mixed up files).
 */
export function rollupDay(samples: readonly Sample[], day: string, intervalMs: number): DayRollup {
  const start = dayStartMs(day);
  if (start === null) throw new RangeError(`not a UTC day YYYY-MM-DD: ${JSON.stringify(day)}`);
  checkInterval(intervalMs);
  const end = start + DAY_MS;
  const timed: TimedSample[] = new Array(samples.length);
  for (let i = 0; i < samples.length; i++) {
    const s = samples[i]!;
    const at = Date.parse(s.t);
    if (Number.isNaN(at)) throw new RangeError(`sample time is not a date: ${JSON.stringify(s.t)}`);
    if (at < start || at >= end) throw new RangeError(`sample at ${s.t} is not on day ${day}`);
    timed[i] = { at, sample: s };
  }
  const groups = groupByUrl(timed);
  const hist = new LatencyHistogram();
  const endpoints: EndpointRollup[] = [];
  const dayEnd = () => end;
  const addLatency = (ms: number) => hist.add(ms);
  for (const url of [...groups.keys()].sort()) {
    hist.reset();
    const summary = summarizeSequence(groups.get(url)!, intervalMs, dayEnd, addLatency);
    endpoints.push({ url, ...summary, latency: hist.toSummary() });
  }
  return {
    v: ROLLUP_VERSION,
    day,
    intervalMs,
    expected: Math.floor(DAY_MS / intervalMs),
    samples: samples.length,
    endpoints,
  };
}

/** Whether one endpoint's data ends down (for flaps across pieces). */
const isDown = (state: ProbeState) => state === 'down';

/**
 * Accumulates one endpoint's pieces (days, or runs of samples) given in time order: counts add
 * up, and a change between one piece's last sample and the next piece's first is a flap, as it
 * would be between the samples themselves.
 */
export class EndpointAccumulator {
  summary: EndpointRollup | null = null;
  private readonly hist = new LatencyHistogram();

  constructor(readonly url: string) {}

  add(piece: SequenceSummary, latency: LatencySummary | null): void {
    if (latency !== null) this.hist.addSummary(latency);
    const s = this.summary;
    if (s === null) {
      this.summary = { url: this.url, ...piece, first: { ...piece.first }, last: { ...piece.last }, latency: null };
      return;
    }
    if (Date.parse(piece.first.t) < Date.parse(s.last.t)) {
      throw new RangeError(`pieces of ${this.url} overlap in time (${piece.first.t} before ${s.last.t}): cannot merge`);
    }
    s.flaps += piece.flaps + (isDown(s.last.state) !== isDown(piece.first.state) ? 1 : 0);
    s.up += piece.up;
    s.down += piece.down;
    s.degraded += piece.degraded;
    s.upMs += piece.upMs;
    s.attributedMs += piece.attributedMs;
    s.last = { ...piece.last };
  }

  result(): EndpointRollup | null {
    if (this.summary === null) return null;
    return { ...this.summary, latency: this.hist.toSummary() };
  }
}

/**
 * Merges day rollups (in any order; distinct days, one probe interval) into the figures of all
 * their samples taken together: exactly what one rollup over all those samples would hold, with
 * flaps across day boundaries counted (between an endpoint's last sample of one day with data and
 * its first sample of the next).
 */
export function mergeRollups(rollups: readonly DayRollup[]): MergedRollup {
  const sorted = [...rollups].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const intervalMs = sorted[0]?.intervalMs ?? 0;
  const accs = new Map<string, EndpointAccumulator>();
  let expected = 0;
  let samples = 0;
  for (let i = 0; i < sorted.length; i++) {
    const r = sorted[i]!;
    if (i > 0 && sorted[i - 1]!.day === r.day) throw new RangeError(`two rollups for day ${r.day}`);
    if (r.intervalMs !== intervalMs)
      throw new RangeError(`rollups with different probe intervals (${intervalMs} and ${r.intervalMs} ms)`);
    expected += r.expected;
    samples += r.samples;
    for (const e of r.endpoints) {
      let acc = accs.get(e.url);
      if (acc === undefined) accs.set(e.url, (acc = new EndpointAccumulator(e.url)));
      acc.add(e, e.latency);
    }
  }
  const endpoints = [...accs.values()].map((a) => a.result()!).sort(byUrl);
  return { v: ROLLUP_VERSION, days: sorted.map((r) => r.day), intervalMs, expected, samples, endpoints };
}

// ---------------------------------------------------------------------------------------------
// Reading a stored rollup

const STATES: readonly string[] = ['up', 'down', 'degraded'];
const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;
const isMs = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;

function endpointProblem(e: unknown, day: string): string | null {
  if (typeof e !== 'object' || e === null) return 'an endpoint is not an object';
  const o = e as Record<string, unknown>;
  if (typeof o.url !== 'string' || o.url === '') return 'an endpoint has no url';
  const where = `endpoint ${o.url}`;
  for (const k of ['up', 'down', 'degraded', 'flaps'] as const)
    if (!isCount(o[k])) return `${where}: "${k}" is not a count`;
  for (const k of ['upMs', 'attributedMs'] as const) if (!isMs(o[k])) return `${where}: "${k}" is not a duration`;
  for (const k of ['first', 'last'] as const) {
    const p = o[k] as Record<string, unknown> | null | undefined;
    if (typeof p !== 'object' || p === null || typeof p.t !== 'string' || !STATES.includes(p.state as string))
      return `${where}: "${k}" is not a sample time and state`;
    if (Number.isNaN(parseSampleTime(p.t)) || p.t.slice(0, 10) !== day) return `${where}: "${k}" time is not on ${day}`;
  }
  if (o.latency !== null) {
    const l = o.latency as Record<string, unknown> | undefined;
    if (
      typeof l !== 'object' ||
      !isCount(l.count) ||
      !isMs(l.min) ||
      !isMs(l.max) ||
      !Array.isArray(l.buckets) ||
      l.buckets.length % 2 !== 0
    ) {
      return `${where}: "latency" is not a latency summary`;
    }
    let total = 0;
    let prev = -1;
    for (let j = 0; j < l.buckets.length; j += 2) {
      const i = l.buckets[j] as unknown;
      const c = l.buckets[j + 1] as unknown;
      if (!isCount(i) || i <= prev || i >= LATENCY_BUCKETS || !isCount(c) || c === 0)
        return `${where}: latency buckets are malformed`;
      prev = i;
      total += c;
    }
    if (total !== l.count || l.count === 0) return `${where}: latency buckets do not add up to the count`;
  }
  return null;
}

/**
 * A stored rollup read back, checked; a problem means the caller should rebuild it from the
 * day's JSONL file (which stays the source of truth).
 */
export function readRollup(text: string): { rollup: DayRollup } | { problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { problem: `not valid JSON (${e instanceof Error ? e.message : String(e)})` };
  }
  return checkRollup(value);
}

/** A parsed JSON value checked to be a day rollup (as `readRollup` checks a file). */
export function checkRollup(value: unknown): { rollup: DayRollup } | { problem: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { problem: 'not a JSON object' };
  const o = value as Record<string, unknown>;
  if (o.v !== ROLLUP_VERSION)
    return { problem: `unknown rollup version ${JSON.stringify(o.v)} (this reader knows ${ROLLUP_VERSION})` };
  if (typeof o.day !== 'string' || dayStartMs(o.day) === null) return { problem: '"day" is not a UTC day YYYY-MM-DD' };
  if (!isMs(o.intervalMs) || o.intervalMs === 0) return { problem: '"intervalMs" is not a positive duration' };
  if (!isCount(o.expected) || !isCount(o.samples)) return { problem: '"expected" or "samples" is not a count' };
  if (!Array.isArray(o.endpoints)) return { problem: '"endpoints" is not an array' };
  let total = 0;
  let prevUrl: string | null = null;
  for (const e of o.endpoints) {
    const p = endpointProblem(e, o.day);
    if (p !== null) return { problem: p };
    const ep = e as EndpointRollup;
    if (prevUrl !== null && !(prevUrl < ep.url))
      return { problem: `endpoints are not sorted by URL, or ${ep.url} is listed twice` };
    prevUrl = ep.url;
    total += ep.up + ep.down + ep.degraded;
  }
  if (total !== o.samples) return { problem: `"samples" (${o.samples}) is not the endpoints' total (${total})` };
  return { rollup: value as DayRollup };
}
