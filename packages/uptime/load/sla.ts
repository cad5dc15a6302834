/**
 * A load test against the policy's `performance` bars. Pure.
 *
 * Checks, each `{id, title, measured, bar, comparator, unit, pass}` (`pass` null = no data:
 * the report does not hold the figure, which is never a pass):
 * - per endpoint: p95 ≤ its latency bar (`load.p95:<label>`), failure rate ≤ `max-error-rate`
 *   (`load.error-rate:<label>`), so one failing endpoint cannot hide in the total;
 * - all requests: p95 ≤ `api-p95-ms` (`load.p95`, only when every endpoint is an API endpoint,
 *   or none is listed: a total that mixes pages and API calls has no single bar), requests per
 *   second ≥ `min-requests-per-second` (`load.rps`), failure rate ≤ `max-error-rate`
 *   (`load.error-rate`), peak users ≥ `min-concurrent-users` (`load.peak-users`).
 *
 * Which latency bar an endpoint gets is read from its name, nothing else (the request name is
 * what both tools let a script choose: Locust's `name=`, k6's `tags: {name}`):
 * - a name starting with `page:` (any case) is a page load: `page-load-p95-ms` (3000 ms);
 * - a name starting with `db:` is a database call: `db-p95-ms` (100 ms);
 * - every other name, URL paths included, is an API call: `api-p95-ms` (500 ms).
 * So `self.client.get("/", name="page:/")` in Locust, or `http.get(url, {tags: {name:
 * 'page:/'}})` in k6, judges the home page against the page-load bar.
 */
import type { Policy } from '../../core/config/defaults.js';
import { meets } from '../../core/result/gate-result.js';
import { endpointLabel, type LoadEndpoint, type LoadTestModel } from './model.js';

export type EndpointKind = 'api' | 'page' | 'db';

export interface LoadCheck {
  id: string;
  title: string;
  /** null when the report does not hold the figure. */
  measured: number | null;
  bar: number;
  comparator: '<=' | '>=';
  unit: 'ms' | 'req/s' | '%' | 'users';
  /** null = no data (never a pass). */
  pass: boolean | null;
  /** One line for a person. */
  detail: string;
}

export const PAGE_PREFIX = 'page:';
export const DB_PREFIX = 'db:';

export function endpointKind(e: Pick<LoadEndpoint, 'name'>): EndpointKind {
  const n = e.name.trimStart().toLowerCase();
  if (n.startsWith(PAGE_PREFIX)) return 'page';
  if (n.startsWith(DB_PREFIX)) return 'db';
  return 'api';
}

const KIND_BAR: Record<EndpointKind, { key: 'api-p95-ms' | 'page-load-p95-ms' | 'db-p95-ms'; word: string }> = {
  api: { key: 'api-p95-ms', word: 'API' },
  page: { key: 'page-load-p95-ms', word: 'page load' },
  db: { key: 'db-p95-ms', word: 'database' },
};

/** Up to 2 decimals, no trailing zeros: 412, 0.35, 57.14. */
function fmt(n: number): string {
  return String(Math.round(n * 100) / 100);
}

function check(
  id: string,
  title: string,
  measured: number | null,
  comparator: '<=' | '>=',
  bar: number,
  unit: LoadCheck['unit'],
  why: string,
  missing: string,
): LoadCheck {
  const u = unit === '%' ? '%' : ` ${unit}`;
  if (measured === null)
    return {
      id,
      title,
      measured,
      bar,
      comparator,
      unit,
      pass: null,
      detail: `${missing} (bar: ${comparator} ${fmt(bar)}${u}${why})`,
    };
  const pass = meets(measured, comparator, bar);
  return {
    id,
    title,
    measured,
    bar,
    comparator,
    unit,
    pass,
    detail: `${fmt(measured)}${u}, bar ${comparator} ${fmt(bar)}${u}${why}`,
  };
}

function noP95(e: LoadEndpoint): string {
  return e.requests === 0 ? 'no requests, so no p95' : 'the report has no p95';
}

export function checkLoadAgainstSla(model: LoadTestModel, perf: Policy['performance']): LoadCheck[] {
  return [...model.endpoints.flatMap((e) => endpointChecks(e, perf)), ...totalChecks(model, perf)];
}

/** An endpoint's p95 against the bar of its kind, and its failure rate: one failing endpoint cannot hide in the total. */
function endpointChecks(e: LoadEndpoint, perf: Policy['performance']): LoadCheck[] {
  const label = endpointLabel(e);
  const kind = KIND_BAR[endpointKind(e)];
  return [
    check(
      `load.p95:${label}`,
      `p95 response time of ${label}`,
      e.p95,
      '<=',
      perf[kind.key],
      'ms',
      ` for ${kind.word}`,
      noP95(e),
    ),
    check(
      `load.error-rate:${label}`,
      `Failed requests of ${label}`,
      e.failureRate,
      '<=',
      perf['max-error-rate'],
      '%',
      '',
      e.requests === 0 ? 'no requests' : 'the report does not count failures',
    ),
  ];
}

/** The figures of all requests together: p95 (when every endpoint is an API call), rate, failures, peak users. */
function totalChecks(model: LoadTestModel, perf: Policy['performance']): LoadCheck[] {
  const a = model.aggregate;
  // A total that mixes pages and API calls has no single latency bar.
  const p95 = model.endpoints.every((e) => endpointKind(e) === 'api')
    ? [
        check(
          'load.p95',
          'p95 response time, all requests',
          a.p95,
          '<=',
          perf['api-p95-ms'],
          'ms',
          ' for API',
          noP95(a),
        ),
      ]
    : [];
  return [
    ...p95,
    check(
      'load.rps',
      'Requests per second, all requests',
      a.rps,
      '>=',
      perf['min-requests-per-second'],
      'req/s',
      '',
      'the report has no request rate',
    ),
    check(
      'load.error-rate',
      'Failed requests, all requests',
      a.failureRate,
      '<=',
      perf['max-error-rate'],
      '%',
      '',
      a.requests === 0 ? 'no requests' : 'the report does not count failures',
    ),
    check(
      'load.peak-users',
      'Peak concurrent users',
      model.peakUsers,
      '>=',
      perf['min-concurrent-users'],
      'users',
      '',
      model.tool === 'locust' ? 'unknown: no _stats_history.csv rows' : 'unknown: no vus metric',
    ),
  ];
}
