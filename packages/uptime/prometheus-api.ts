/**
 * Prometheus's HTTP API, the parsing side only (no requests are made here): the responses of
 * `/api/v1/query` and `/api/v1/query_range`, and the PromQL this project asks for.
 *
 * Responses (prometheus.io "HTTP API", format overview and expression query result formats):
 * `{status: "success", data: {resultType, result}, warnings?, infos?}` or
 * `{status: "error", errorType, error}`. Sample values are strings (`"1"`, `"NaN"`, `"+Inf"`)
 * and timestamps seconds. An empty result is **no data**, never zero; so is NaN (0/0: an
 * error rate over no requests). A native histogram sample (`histogram` instead of `value`) is
 * refused: ask for a number (`histogram_quantile`, `histogram_count`).
 *
 * PromQL: label values are written as PromQL string literals (`\\`, `"`, line breaks and
 * control characters escaped), names and durations are checked, so a config value cannot
 * change the query's structure.
 */
import { ConfigurationError, ReportError } from '../core/errors.js';
import { parseJsonText } from '../core/json-text.js';
import { parseGoFloat } from './prometheus-text.js';

export type Labels = Record<string, string>;

export type PromQueryResult =
  | { resultType: 'vector'; series: { labels: Labels; t: number; value: number }[]; warnings: string[] }
  | { resultType: 'matrix'; series: { labels: Labels; values: { t: number; value: number }[] }[]; warnings: string[] }
  | { resultType: 'scalar'; t: number; value: number; warnings: string[] }
  | { resultType: 'string'; t: number; value: string; warnings: string[] };

/** Prometheus answered `status: "error"`: the query is wrong, too heavy, or Prometheus is unwell. */
export class PrometheusQueryError extends ReportError {
  constructor(
    message: string,
    readonly errorType: string,
    place: { file: string; at?: string },
    fix: string,
  ) {
    super(message, place, fix);
    this.name = 'PrometheusQueryError';
  }
}

const ERROR_FIX: Record<string, string> = {
  bad_data: 'Check the PromQL expression and its parameters (syntax, function arguments, time range).',
  timeout: 'Query a shorter window or a cheaper expression, or raise the Prometheus query timeout.',
  canceled: 'The query was canceled; run it again, over a shorter window if it keeps failing.',
  execution: 'Prometheus could not evaluate the query (too many samples or series?); narrow its selectors or window.',
  unavailable: 'Prometheus is not ready (starting or overloaded); retry later.',
  internal: 'Prometheus failed internally; look at its logs and retry.',
  not_found: 'The API path was not found: check the Prometheus URL (it must be the server root, without /api/v1).',
  not_acceptable: 'Prometheus refused the request format; check the URL and headers.',
};

const RESPONSE_FIX =
  'Point the check at a Prometheus server (or compatible API) root URL; its /api/v1/query answers JSON.';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function bad(source: string, at: string, message: string): never {
  throw new ReportError(
    `the Prometheus response is not the documented shape: ${message}`,
    { file: source, at },
    RESPONSE_FIX,
  );
}

function labelsOf(source: string, at: string, v: unknown): Labels {
  if (!isRecord(v)) bad(source, at, 'metric must be an object of labels');
  for (const [k, x] of Object.entries(v))
    if (typeof x !== 'string') bad(source, `${at}.${k}`, 'label values must be strings');
  return v as Labels;
}

function samplePair(source: string, at: string, v: unknown): { t: number; raw: string } {
  if (!Array.isArray(v) || v.length !== 2 || typeof v[0] !== 'number' || typeof v[1] !== 'string') {
    bad(source, at, 'a sample must be [timestamp, "value"]');
  }
  return { t: v[0], raw: v[1] };
}

function sampleValue(source: string, at: string, raw: string): number {
  const n = parseGoFloat(raw);
  if (n === null) bad(source, at, `"${raw.slice(0, 30)}" is not a number`);
  return n;
}

function vectorSeries(source: string, result: unknown[]) {
  return result.map((s, i) => {
    const at = `data.result[${i}]`;
    if (!isRecord(s)) bad(source, at, 'a series must be an object');
    if (s.value === undefined && s.histogram !== undefined) {
      throw new ReportError(
        'the query returned a native histogram, not a number',
        { file: source, at },
        'Wrap it in histogram_quantile(), histogram_count() or histogram_sum().',
      );
    }
    const { t, raw } = samplePair(source, `${at}.value`, s.value);
    return { labels: labelsOf(source, `${at}.metric`, s.metric), t, value: sampleValue(source, `${at}.value`, raw) };
  });
}

function matrixSeries(source: string, result: unknown[]) {
  return result.map((s, i) => {
    const at = `data.result[${i}]`;
    if (!isRecord(s)) bad(source, at, 'a series must be an object');
    if (s.values === undefined && s.histograms !== undefined) {
      throw new ReportError(
        'the query returned native histograms, not numbers',
        { file: source, at },
        'Wrap it in histogram_quantile(), histogram_count() or histogram_sum().',
      );
    }
    if (!Array.isArray(s.values)) bad(source, `${at}.values`, 'values must be an array of [timestamp, "value"]');
    const values = s.values.map((p, j) => {
      const { t, raw } = samplePair(source, `${at}.values[${j}]`, p);
      return { t, value: sampleValue(source, `${at}.values[${j}]`, raw) };
    });
    return { labels: labelsOf(source, `${at}.metric`, s.metric), values };
  });
}

/**
 * Parses a query response: the body text (parsed as JSON) or the already parsed JSON. `source`
 * names where it came from (the URL or a file) and `query` the PromQL, for messages. Throws
 * PrometheusQueryError on `status: "error"`.
 */
export function parsePromQueryResponse(body: unknown, source: string, query?: string): PromQueryResult {
  const doc = typeof body === 'string' ? parseJsonText(body, source) : body;
  if (!isRecord(doc)) bad(source, '(top level)', 'expected an object with "status"');
  if (doc.status === 'error') {
    const errorType = typeof doc.errorType === 'string' ? doc.errorType : 'unknown';
    const error = typeof doc.error === 'string' ? doc.error : '(no message)';
    throw new PrometheusQueryError(
      `Prometheus answered an error (${errorType}): ${error}`,
      errorType,
      query ? { file: source, at: query } : { file: source },
      ERROR_FIX[errorType] ?? 'Check the query and the Prometheus server.',
    );
  }
  if (doc.status !== 'success') bad(source, 'status', 'status must be "success" or "error"');
  const warnings = [doc.warnings, doc.infos].flatMap((w) =>
    Array.isArray(w) ? w.filter((x): x is string => typeof x === 'string') : [],
  );
  const data = doc.data;
  if (!isRecord(data)) bad(source, 'data', 'data must be an object');
  const { resultType, result } = data;
  switch (resultType) {
    case 'vector':
      if (!Array.isArray(result)) bad(source, 'data.result', 'a vector result must be an array');
      return { resultType, series: vectorSeries(source, result), warnings };
    case 'matrix':
      if (!Array.isArray(result)) bad(source, 'data.result', 'a matrix result must be an array');
      return { resultType, series: matrixSeries(source, result), warnings };
    case 'scalar': {
      const { t, raw } = samplePair(source, 'data.result', result);
      return { resultType, t, value: sampleValue(source, 'data.result', raw), warnings };
    }
    case 'string': {
      const { t, raw } = samplePair(source, 'data.result', result);
      return { resultType, t, value: raw, warnings };
    }
    default:
      bad(source, 'data.resultType', 'resultType must be vector, matrix, scalar or string');
  }
}

/**
 * The one number an instant query answered, or null for no data: an empty vector, or NaN.
 * Several series are refused (which one would be meant?): aggregate them in the query.
 */
export function singleValue(result: PromQueryResult, query?: string): number | null {
  let value: number;
  if (result.resultType === 'scalar') value = result.value;
  else if (result.resultType === 'vector') {
    if (result.series.length === 0) return null;
    if (result.series.length > 1) {
      throw new ConfigurationError(
        `the query returned ${result.series.length} series where one number was expected`,
        query ? { at: query } : {},
        'Aggregate it to one series, e.g. with sum(...) or avg(...).',
      );
    }
    value = result.series[0]!.value;
  } else {
    throw new ConfigurationError(
      `the query returned a ${result.resultType}, not a number`,
      query ? { at: query } : {},
      'Use an instant query (/api/v1/query) whose expression gives one number.',
    );
  }
  return Number.isNaN(value) ? null : value;
}

/** Parses an instant query response to its one number, or null for no data. */
export function queryValue(body: unknown, source: string, query?: string): number | null {
  return singleValue(parsePromQueryResponse(body, source, query), query);
}

// ---------------------------------------------------------------- PromQL builders

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const DURATION = /^(\d+(ms|s|m|h|d|w|y))+$/;

/** A PromQL double-quoted string literal holding `value` exactly. */
export function promqlString(value: string): string {
  let out = '"';
  for (const ch of value) {
    const c = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === '"') out += '\\"';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

function checkName(kind: 'metric' | 'label', name: string): void {
  if (!(kind === 'metric' ? METRIC_NAME : LABEL_NAME).test(name)) {
    throw new ConfigurationError(
      `"${name}" is not a valid Prometheus ${kind} name`,
      {},
      `A ${kind} name matches ${kind === 'metric' ? '[a-zA-Z_:][a-zA-Z0-9_:]*' : '[a-zA-Z_][a-zA-Z0-9_]*'}.`,
    );
  }
}

function checkDuration(window: string): void {
  if (!DURATION.test(window))
    throw new ConfigurationError(
      `"${window}" is not a PromQL duration`,
      {},
      'Write a duration such as 5m, 1h, 7d or 1h30m.',
    );
}

/** A matcher from a label and a value: `=` for a string, `=~` for `{regex}`, `!~` for `{notRegex}`. */
export type Matcher = string | { regex: string } | { notRegex: string };

/** `{job="neo4j",code=~"5.."}` in the order given; empty for no labels. */
export function selector(labels: Record<string, Matcher>): string {
  const parts = Object.entries(labels).map(([name, m]) => {
    checkName('label', name);
    if (typeof m === 'string') return `${name}=${promqlString(m)}`;
    return 'regex' in m ? `${name}=~${promqlString(m.regex)}` : `${name}!~${promqlString(m.notRegex)}`;
  });
  return parts.length ? `{${parts.join(',')}}` : '';
}

/**
 * Availability over a window from the `up` series of a scrape job: the share of scrapes that
 * succeeded, `sum(sum_over_time(up{job="x"}[7d])) / sum(count_over_time(up{job="x"}[7d]))`
 * (0..1). The sums make one number of a job with several targets; for one target it is the
 * plain `sum_over_time / count_over_time`.
 */
export function availabilityQuery(opts: { job: string; window?: string; labels?: Record<string, Matcher> }): string {
  const window = opts.window ?? '7d';
  checkDuration(window);
  const sel = `up${selector({ job: opts.job, ...opts.labels })}`;
  return `sum(sum_over_time(${sel}[${window}])) / sum(count_over_time(${sel}[${window}]))`;
}

/**
 * The error rate (0..1) of a request counter: the rate of requests whose status label matches
 * `errorRegex` (5xx by default) over the rate of all of them,
 * `sum(rate(http_requests_total{job="x",code=~"5.."}[5m])) / sum(rate(http_requests_total{job="x"}[5m]))`.
 */
export function errorRateQuery(opts: {
  labels: Record<string, Matcher>;
  metric?: string;
  window?: string;
  statusLabel?: string;
  errorRegex?: string;
}): string {
  const metric = opts.metric ?? 'http_requests_total';
  const window = opts.window ?? '5m';
  const statusLabel = opts.statusLabel ?? 'code';
  checkName('metric', metric);
  checkName('label', statusLabel);
  checkDuration(window);
  const errors = selector({ ...opts.labels, [statusLabel]: { regex: opts.errorRegex ?? '5..' } });
  return `sum(rate(${metric}${errors}[${window}])) / sum(rate(${metric}${selector(opts.labels)}[${window}]))`;
}

/**
 * A latency quantile from a classic histogram, in the histogram's unit (seconds for
 * `*_seconds`): `histogram_quantile(0.95, sum by (le) (rate(<metric>_bucket{...}[5m])))`.
 * `metric` is the histogram's name; a name already ending in `_bucket` is used as it is.
 */
export function latencyQuantileQuery(opts: {
  metric: string;
  labels?: Record<string, Matcher>;
  window?: string;
  quantile?: number;
}): string {
  const window = opts.window ?? '5m';
  const q = opts.quantile ?? 0.95;
  checkName('metric', opts.metric);
  checkDuration(window);
  if (!(q >= 0 && q <= 1))
    throw new ConfigurationError(`quantile ${q} is not from 0 to 1`, {}, 'Use e.g. 0.95 for p95.');
  const bucket = opts.metric.endsWith('_bucket') ? opts.metric : `${opts.metric}_bucket`;
  return `histogram_quantile(${q}, sum by (le) (rate(${bucket}${selector(opts.labels ?? {})}[${window}])))`;
}
