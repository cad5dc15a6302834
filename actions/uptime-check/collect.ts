/**
 * uptime-check's edge: probe targets, load-test reports, Prometheus (instant and range
 * queries), the metrics endpoint and the alert rules files. Only plain data leaves here.
 */
import { redactUrl, redactUrls, redactValues, urlSecrets } from '../../packages/core/redact.js';
import { readFileSync } from 'node:fs';
import type { ComponentConfig } from '../../packages/core/config/load-config.js';
import { readBoundedText } from '../../packages/core/bounded-body.js';
import { ConfigurationError, ReportError } from '../../packages/core/errors.js';
import { displayPath, expandReportGlobs, globFiles } from '../../packages/core/report-files.js';
import { GitHubApiError } from '../../packages/github/api-errors.js';
import { readK6Summary } from '../../packages/uptime/load/k6.js';
import { readLoadReport } from '../../packages/uptime/load/read-load-report.js';
import type { LoadTestModel } from '../../packages/uptime/load/model.js';
import type { ProbeTarget } from '../../packages/uptime/probe.js';
import {
  availabilityQuery,
  errorRateQuery,
  latencyQuantileQuery,
  parsePromQueryResponse,
  queryValue,
  type PromQueryResult,
} from '../../packages/uptime/prometheus-api.js';
import { contentTypeProblem, parsePrometheusText } from '../../packages/uptime/prometheus-text.js';
import {
  cpuQuery,
  cpuUsage,
  MB,
  memoryQuery,
  peakMemory,
  rangeQueryPath,
  stepSeconds,
  type TimeWindow,
  type UsageSource,
} from '../../packages/uptime/resource-usage.js';
import type { ResourceEvidence, UptimeModel } from './uptime-check.js';

/** The endpoints to probe: the `urls` input, else the component's `health` checks. */
export function probeTargets(
  urls: string[],
  component: ComponentConfig | null,
  timeoutMs: number | null,
): ProbeTarget[] {
  if (urls.length) return urls.map((url) => ({ url, ...(timeoutMs ? { timeoutMs } : {}) }));
  return (component?.health ?? []).map((h) => ({
    url: h.url,
    ...(h.method ? { method: h.method } : {}),
    ...(h['expect-status'] ? { expectStatus: h['expect-status'] } : {}),
    ...(h['expect-json'] ? { expectJson: h['expect-json'] } : {}),
    ...((timeoutMs ?? h['timeout-ms']) ? { timeoutMs: timeoutMs ?? h['timeout-ms'] } : {}),
  }));
}

export async function readLoadReports(
  locust: string[],
  k6: string[],
  root: string,
): Promise<{ file: string; model: LoadTestModel }[]> {
  const out: { file: string; model: LoadTestModel }[] = [];
  for (const pattern of locust) {
    // A Locust prefix ("results/run") names two files; a path names the stats file.
    const files =
      /_stats\.csv$/.test(pattern) || pattern.includes('*')
        ? await expandReportGlobs([pattern], root, 'input locust-stats')
        : [`${root}/${pattern}`];
    // readLoadReport says what a history or failures file is, instead of failing on its columns.
    for (const f of files) out.push({ file: displayPath(f, root), model: await readLoadReport(f) });
  }
  for (const f of await expandReportGlobs(k6, root, 'input k6-summary'))
    out.push({ file: displayPath(f, root), model: await readK6Summary(f) });
  return out;
}

/** A Prometheus answer or a metrics page is a few MB at most; a larger one is refused, not read whole. */
export const MAX_REPLY_BYTES = 64 * 2 ** 20;

/**
 * GETs a URL; `user:password@` in it is sent as basic authentication (fetch refuses URLs with
 * credentials). An error's message never quotes the credentials.
 */
async function fetchText(
  url: string,
  timeoutMs: number,
  accept: string,
): Promise<{ status: number; contentType: string | null; text: string }> {
  const headers: Record<string, string> = { accept };
  let target = url;
  try {
    const u = new URL(url);
    if (u.username || u.password) {
      headers.authorization = `Basic ${Buffer.from(`${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}`).toString('base64')}`;
      u.username = '';
      u.password = '';
      target = u.href;
    }
  } catch {
    // not a URL: fetch says so below
  }
  try {
    const r = await fetch(target, { signal: AbortSignal.timeout(timeoutMs), headers });
    return {
      status: r.status,
      contentType: r.headers.get('content-type'),
      text: await readBoundedText(r, MAX_REPLY_BYTES),
    };
  } catch (e) {
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    const why = cause?.code ?? cause?.message ?? (e as Error).message;
    // No `cause`: the original error's text quotes the URL with its credentials.
    // eslint-disable-next-line preserve-caught-error
    throw new Error(
      hideSecrets(`${(e as Error).message}${why && why !== (e as Error).message ? ` (${why})` : ''}`, url),
    );
  }
}

/** A message about `url` with its credentials taken out, wherever they appear. */
function hideSecrets(text: string, url: string): string {
  return redactValues(redactUrls(text), urlSecrets(url));
}

/**
 * GETs a Prometheus HTTP API path and reads its answer with `read`; a failure, or an answer that
 * is not JSON (not a Prometheus server), is the error, with the URL's credentials hidden.
 */
async function promApi<T>(
  url: string,
  path: string,
  timeoutMs: number,
  read: (body: unknown) => T,
): Promise<{ value: T; error: null } | { value: null; error: string }> {
  try {
    const r = await fetchText(`${url.replace(/\/$/, '')}${path}`, timeoutMs, 'application/json');
    let body: unknown;
    try {
      body = JSON.parse(r.text);
    } catch {
      return {
        value: null,
        error: `HTTP ${r.status}: the answer is not JSON; is ${redactUrl(url)} a Prometheus server?`,
      };
    }
    return { value: read(body), error: null };
  } catch (e) {
    const msg = e instanceof ReportError ? e.message : (e as Error).message;
    return { value: null, error: `could not query Prometheus: ${hideSecrets(msg, url)}` };
  }
}

async function promQuery(
  url: string,
  query: string,
  timeoutMs: number,
): Promise<{ value: number | null; error: string | null }> {
  return promApi(url, `/api/v1/query?query=${encodeURIComponent(query)}`, timeoutMs, (body) =>
    queryValue(body, redactUrl(url), query),
  );
}

/**
 * Availability (`up`), the 5xx error rate of the request counter, and p95 latency from the
 * request-duration histogram, each over the window. An empty answer is no data.
 */
export async function queryPrometheus(
  url: string,
  opts: { job: string; window: string; requestsMetric: string; latencyMetric: string },
  timeoutMs: number,
): Promise<NonNullable<UptimeModel['prometheus']>> {
  const labels = { job: opts.job };
  const queries = {
    availability: availabilityQuery({ job: opts.job, window: opts.window }),
    errorRate: errorRateQuery({ labels, metric: opts.requestsMetric, window: opts.window }),
    p95: latencyQuantileQuery({ metric: opts.latencyMetric, labels, window: opts.window, quantile: 0.95 }),
  };
  const [availability, errorRate, p95] = await Promise.all([
    promQuery(url, queries.availability, timeoutMs),
    promQuery(url, queries.errorRate, timeoutMs),
    promQuery(url, queries.p95, timeoutMs),
  ]);
  return {
    url: redactUrl(url),
    query: queries.availability,
    availability: availability.value,
    error: availability.error,
    errorRate: { query: queries.errorRate, value: errorRate.value, error: errorRate.error },
    // Histograms of *_seconds are in seconds; the SLA is in ms.
    p95Ms: {
      query: queries.p95,
      value: p95.value === null ? null : opts.latencyMetric.endsWith('_seconds') ? p95.value * 1000 : p95.value,
      error: p95.error,
    },
  };
}

export async function checkMetrics(url: string, timeoutMs: number): Promise<NonNullable<UptimeModel['metrics']>> {
  const shown = redactUrl(url);
  try {
    const r = await fetchText(url, timeoutMs, 'text/plain;version=0.0.4');
    if (r.status !== 200) return { url: shown, problem: `HTTP ${r.status}`, families: 0 };
    const ct = contentTypeProblem(r.contentType);
    if (ct) return { url: shown, problem: ct, families: 0 };
    const expo = parsePrometheusText(r.text, shown);
    return { url: shown, problem: null, families: expo.families.length };
  } catch (e) {
    const msg = e instanceof ConfigurationError ? e.describe() : (e as Error).message;
    return { url: shown, problem: hideSecrets(msg, url), families: 0 };
  }
}

/** The alert rules files' coverage of the seed alerts; their parser (YAML) loads only when there are files. */
export async function checkAlertRules(patterns: string[], root: string): Promise<NonNullable<UptimeModel['alerts']>> {
  const files = (await globFiles(patterns, { cwd: root, dot: true, onlyFiles: true })).sort();
  if (files.length === 0)
    return { files: [], coverage: null, problem: `no alert rules file: looked for ${patterns.join(', ')}` };
  const { checkSeedAlerts, parseAlertRules } = await import('../../packages/uptime/alert-rules.js');
  try {
    const parsed = files.map((f) => parseAlertRules(readFileSync(`${root}/${f}`, 'utf8'), f));
    return { files, coverage: checkSeedAlerts(parsed), problem: null };
  } catch (e) {
    return { files, coverage: null, problem: e instanceof ConfigurationError ? e.describe() : (e as Error).message };
  }
}

/** A refusal of the token (401, 403). A 404 is not one: the repository or branch is not there, or the token cannot see it. */
export function isPermission(e: unknown): boolean {
  return e instanceof GitHubApiError && (e.status === 403 || e.status === 401);
}

/** A range query's matrix, or why there is none. An answer that is not a Prometheus answer is an error, never no data. */
async function promRange(
  url: string,
  query: string,
  w: TimeWindow,
  step: number,
  timeoutMs: number,
): Promise<{ result: PromQueryResult | null; error: string | null }> {
  const r = await promApi(url, rangeQueryPath(query, w, step), timeoutMs, (body) =>
    parsePromQueryResponse(body, redactUrl(url), query),
  );
  if (r.value === null) return { result: null, error: r.error };
  if (r.value.resultType !== 'matrix')
    return { result: null, error: `a range query answered a ${r.value.resultType}, not a matrix` };
  return { result: r.value, error: null };
}

const hasSeries = (r: { result: PromQueryResult | null }) =>
  r.result?.resultType === 'matrix' && r.result.series.length > 0;

/**
 * Peak memory and CPU of a job over a window (resource-usage.ts): cAdvisor's container series
 * when the job has them, else the process metrics. Four range queries at once.
 */
export async function queryResourceUsage(
  url: string,
  job: string,
  window: TimeWindow & { from: ResourceEvidence['window']['from'] },
  timeoutMs: number,
): Promise<ResourceEvidence> {
  const step = stepSeconds(window);
  const sources: UsageSource[] = ['container', 'process'];
  const [memC, memP, cpuC, cpuP] = await Promise.all([
    ...sources.map((s) => promRange(url, memoryQuery(job, s, step), window, step, timeoutMs)),
    ...sources.map((s) => promRange(url, cpuQuery(job, s), window, step, timeoutMs)),
  ]);
  const source: UsageSource = hasSeries(memC!) || hasSeries(cpuC!) ? 'container' : 'process';
  const mem = source === 'container' ? memC! : memP!;
  const cpu = source === 'container' ? cpuC! : cpuP!;
  const peak = mem.result ? peakMemory(mem.result) : null;
  const usage = cpu.result ? cpuUsage(cpu.result) : null;
  return {
    url: redactUrl(url),
    window,
    source,
    step,
    memory: {
      query: memoryQuery(job, source, step),
      peakMb: peak ? peak.bytes / MB : null,
      series: peak?.series ?? null,
      error: mem.error,
    },
    cpu: {
      query: cpuQuery(job, source),
      averagePercent: usage?.averagePercent ?? null,
      peakPercent: usage?.peakPercent ?? null,
      series: usage?.series ?? null,
      error: cpu.error,
    },
  };
}
