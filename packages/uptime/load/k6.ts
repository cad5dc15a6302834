/**
 * k6's `--summary-export` JSON as a LoadTestModel. Shape from k6's js/summary-wrapper.js
 * (`oldJSONSummary`): `{root_group, metrics}`, each metric the object of its summary values,
 * a Rate metric's `rate` renamed `value`. The data `handleSummary()` receives (`{metrics:
 * {name: {type, contains, values}}, state}`, written with `JSON.stringify(data)`) is read too.
 *
 * - `http_req_duration` (Trend, ms): `med` is p50, `p(95)`, `p(99)` (only when the run's
 *   `summaryTrendStats` asks for it; k6's default is `avg, min, med, max, p(90), p(95)`).
 *   The values are milliseconds whatever `summaryTimeUnit` says (that option formats the text
 *   summary only).
 * - `http_reqs` (Counter): `count` requests, `rate` per second.
 * - `http_req_failed` (Rate): `value` is the share of true samples, and a true sample is a
 *   failed request, so `passes` counts failed requests and `fails` the others (k6's text
 *   summary shows them as ✓ and ✗). Failure rate = passes / (passes + fails). Absent before
 *   k6 0.31: failures are then unknown.
 * - Peak users: `vus.max` (the most VUs active at once), else `vus_max` (VUs allocated).
 * - Endpoints: k6 exports a sub-metric only when a threshold names it, e.g.
 *   `http_req_duration{name:/api/x}`. Sub-metrics of the three metrics above whose tags are
 *   `name` (or `url`) and optionally `method` become endpoints, joined on those tags; others
 *   (`{expected_response:true}`, `{status:200}`...) are not endpoints. Tag parsing follows k6's
 *   `AddSubmetric`: `key:value` pairs split on `,`, spaces and quotes trimmed.
 */
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import { readFile } from 'node:fs/promises';
import { ReportError } from '../../core/errors.js';
import { lineColumnAt, parseJsonText } from '../../core/json-text.js';
import { AGGREGATE_NAME, type LoadEndpoint, type LoadTestModel } from './model.js';

export const K6_FIX =
  'Write it with `k6 run --summary-export=summary.json script.js`, or return `JSON.stringify(data)` from handleSummary().';

type Path = (string | number)[];

interface Ctx {
  file: string;
  text: string;
  tree?: Node | undefined;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function pathText(path: Path): string {
  if (path.length === 0) return '(top level)';
  return path
    .map((p, i) =>
      typeof p === 'number' ? `[${p}]` : /^[A-Za-z_$][\w$]*$/.test(p) ? (i ? `.${p}` : p) : `[${JSON.stringify(p)}]`,
    )
    .join('');
}

function fail(ctx: Ctx, path: Path, message: string): never {
  ctx.tree ??= parseTree(ctx.text);
  const node = ctx.tree ? findNodeAtLocation(ctx.tree, path) : undefined;
  const where = node ? lineColumnAt(ctx.text, node.offset) : {};
  throw new ReportError(message, { file: ctx.file, at: pathText(path), ...where }, K6_FIX);
}

function describe(v: unknown): string {
  if (v === undefined) return 'missing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return 'a string';
  return String(v);
}

/** A metric's summary values, in either shape (`{values: {...}}` or the values themselves). */
function valuesOf(
  ctx: Ctx,
  metrics: Record<string, unknown>,
  name: string,
): { values: Record<string, unknown>; path: Path } | null {
  const m = metrics[name];
  if (m === undefined) return null;
  if (!isRecord(m)) fail(ctx, ['metrics', name], `the metric ${name} must be an object, not ${describe(m)}`);
  if (isRecord(m.values) && typeof m.type === 'string') {
    const values = { ...m.values };
    if (m.type === 'rate' && 'rate' in values) values.value = values.rate;
    return { values, path: ['metrics', name, 'values'] };
  }
  return { values: m, path: ['metrics', name] };
}

function optNumber(
  ctx: Ctx,
  v: { values: Record<string, unknown>; path: Path } | null,
  key: string,
  opts: { integer?: boolean; max?: number } = {},
): number | null {
  if (!v) return null;
  const raw = v.values[key];
  if (raw === undefined || raw === null) return null;
  const ok =
    typeof raw === 'number' &&
    Number.isFinite(raw) &&
    raw >= 0 &&
    (!opts.integer || Number.isInteger(raw)) &&
    (opts.max === undefined || raw <= opts.max);
  if (!ok) {
    const expected = opts.integer
      ? 'a whole number ≥ 0'
      : opts.max !== undefined
        ? `a number from 0 to ${opts.max}`
        : 'a number ≥ 0';
    fail(ctx, [...v.path, key], `${key} must be ${expected}, not ${describe(raw)}`);
  }
  return raw;
}

interface Figures {
  duration: { values: Record<string, unknown>; path: Path } | null;
  reqs: { values: Record<string, unknown>; path: Path } | null;
  failed: { values: Record<string, unknown>; path: Path } | null;
}

function endpointOf(ctx: Ctx, name: string, method: string | null, f: Figures): LoadEndpoint {
  const requests = optNumber(ctx, f.reqs, 'count', { integer: true });
  const passes = optNumber(ctx, f.failed, 'passes', { integer: true });
  const fails = optNumber(ctx, f.failed, 'fails', { integer: true });
  const rate = optNumber(ctx, f.failed, 'value', { max: 1 });
  let failureRate: number | null = null;
  if (passes !== null && fails !== null) failureRate = passes + fails > 0 ? (100 * passes) / (passes + fails) : null;
  else if (rate !== null) failureRate = 100 * rate;
  return {
    name,
    method,
    requests,
    failures: passes,
    p50: optNumber(ctx, f.duration, 'med'),
    p95: optNumber(ctx, f.duration, 'p(95)'),
    p99: optNumber(ctx, f.duration, 'p(99)'),
    rps: optNumber(ctx, f.reqs, 'rate'),
    failureRate,
  };
}

const ENDPOINT_METRICS = { http_req_duration: 'duration', http_reqs: 'reqs', http_req_failed: 'failed' } as const;

/** k6's sub-metric name `metric{k:v,...}` -> its tags, as k6's AddSubmetric reads them. */
export function k6SubmetricTags(suffix: string): Map<string, string> {
  const tags = new Map<string, string>();
  for (const kv of suffix.trim().split(',')) {
    if (kv === '') continue;
    const colon = kv.indexOf(':');
    const key = (colon < 0 ? kv : kv.slice(0, colon)).trim().replace(/^["']+|["']+$/g, '');
    const value =
      colon < 0
        ? ''
        : kv
            .slice(colon + 1)
            .trim()
            .replace(/^["']+|["']+$/g, '');
    tags.set(key, value);
  }
  return tags;
}

/** Parses a k6 summary export (or handleSummary data). Pure. */
export function parseK6Summary(text: string, file: string): LoadTestModel {
  if (text.trim() === '') throw new ReportError('the file is empty', { file }, K6_FIX);
  const doc = parseJsonText(text, file);
  const ctx: Ctx = { file, text };
  if (!isRecord(doc) || !isRecord(doc.metrics)) {
    fail(
      ctx,
      isRecord(doc) && 'metrics' in doc ? ['metrics'] : [],
      'is not a k6 summary export: it has no "metrics" object',
    );
  }
  const metrics = doc.metrics;
  const notes: string[] = [];
  const aggregate = aggregateOf(ctx, metrics, notes);
  const endpoints = submetricEndpoints(ctx, metrics, notes);
  const peakUsers = peakUsersOf(ctx, metrics);
  if (peakUsers === null) notes.push(`${file} has no vus or vus_max metric: peak users unknown.`);
  const durationSeconds = durationOf(doc, aggregate);
  // The export has no start time, so it gives no window for Prometheus.
  return { tool: 'k6', file, endpoints, aggregate, peakUsers, durationSeconds, window: null, notes };
}

/** All requests, from the untagged metrics: a run without durations or a request count made no HTTP requests. */
function aggregateOf(ctx: Ctx, metrics: Record<string, unknown>, notes: string[]): LoadEndpoint {
  const duration = valuesOf(ctx, metrics, 'http_req_duration');
  const reqs = valuesOf(ctx, metrics, 'http_reqs');
  if (!duration || !reqs) {
    fail(
      ctx,
      ['metrics'],
      `has no ${!duration ? 'http_req_duration' : 'http_reqs'} metric: the test made no HTTP requests, or this is not a k6 summary`,
    );
  }
  const failed = valuesOf(ctx, metrics, 'http_req_failed');
  if (!failed) notes.push(`${ctx.file} has no http_req_failed metric (k6 before 0.31): failures are unknown.`);
  const aggregate = endpointOf(ctx, AGGREGATE_NAME, null, { duration, reqs, failed });
  if (aggregate.p95 === null)
    notes.push(`${ctx.file} has no p(95) of http_req_duration: add "p(95)" to summaryTrendStats.`);
  return aggregate;
}

/**
 * Endpoints from the sub-metrics tagged with a name (or url) and perhaps a method, the three
 * metrics of one endpoint joined on those tags. Other sub-metrics are noted, except k6's own
 * `{expected_response:true}`, which every run may have.
 */
function submetricEndpoints(ctx: Ctx, metrics: Record<string, unknown>, notes: string[]): LoadEndpoint[] {
  const groups = new Map<string, { name: string; method: string | null } & Figures>();
  const ignored: string[] = [];
  for (const key of Object.keys(metrics)) {
    const m = /^(http_req_duration|http_reqs|http_req_failed)\{(.*)\}$/s.exec(key);
    if (!m) continue;
    const tags = k6SubmetricTags(m[2]!);
    const name = tags.get('name') ?? tags.get('url');
    const extra = [...tags.keys()].filter((k) => k !== 'name' && k !== 'url' && k !== 'method');
    if (name === undefined || name === '' || extra.length > 0 || (tags.has('name') && tags.has('url'))) {
      if (!(tags.size === 1 && tags.has('expected_response'))) ignored.push(key);
      continue;
    }
    const method = tags.get('method') || null;
    const id = `${method ?? ''}\u0000${name}`;
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { name, method, duration: null, reqs: null, failed: null }));
    g[ENDPOINT_METRICS[m[1] as keyof typeof ENDPOINT_METRICS]] = valuesOf(ctx, metrics, key);
  }
  if (ignored.length > 0)
    notes.push(`sub-metrics not read as endpoints (tags other than name, url, method): ${ignored.join(', ')}.`);
  return [...groups.values()].map((g) => endpointOf(ctx, g.name, g.method, g));
}

/** The most VUs active at once (`vus.max`), else the VUs allocated (`vus_max`); null when neither is there. */
function peakUsersOf(ctx: Ctx, metrics: Record<string, unknown>): number | null {
  const vus = valuesOf(ctx, metrics, 'vus');
  const vusMax = valuesOf(ctx, metrics, 'vus_max');
  return (
    optNumber(ctx, vus, 'max', { integer: true }) ??
    optNumber(ctx, vusMax, 'max', { integer: true }) ??
    optNumber(ctx, vusMax, 'value', { integer: true })
  );
}

/** handleSummary data has the run's length; the export does not, so it is requests / rate (k6's rate is count / duration). */
function durationOf(doc: Record<string, unknown>, aggregate: LoadEndpoint): number | null {
  const state = doc.state;
  if (isRecord(state) && typeof state.testRunDurationMs === 'number' && state.testRunDurationMs >= 0)
    return state.testRunDurationMs / 1000;
  if (aggregate.requests && aggregate.rps) return aggregate.requests / aggregate.rps;
  return null;
}

export async function readK6Summary(path: string): Promise<LoadTestModel> {
  return parseK6Summary(await readFile(path, 'utf8'), path);
}
