/**
 * The normalized result of one load test, whatever tool ran it (Locust's CSV files, k6's
 * summary export). Times are milliseconds, rates per second, failure rates percent (like the
 * policy's `max-error-rate`). A figure the report does not hold is `null`, never 0: a Locust
 * endpoint that made no requests has no p95, a k6 run without `p(99)` in its
 * `summaryTrendStats` has no p99.
 */

export type LoadTool = 'locust' | 'k6';

export interface LoadEndpoint {
  /** The request name as the tool reports it (Locust's Name, k6's `name` tag, by default the URL). */
  name: string;
  /** Locust's Type (GET, POST or a custom client's request type); k6's `method` tag; null when not known. */
  method: string | null;
  requests: number | null;
  failures: number | null;
  /** Response time percentiles, ms. */
  p50: number | null;
  p95: number | null;
  p99: number | null;
  /** Requests per second over the run. */
  rps: number | null;
  /** Failed requests, percent of all requests (failures are counted among requests by both tools). */
  failureRate: number | null;
}

export interface LoadTestModel {
  tool: LoadTool;
  /** The report read (Locust: the `_stats.csv` file). */
  file: string;
  endpoints: LoadEndpoint[];
  /** All requests together: Locust's "Aggregated" row; k6's metrics without tags. Named "Aggregated" for both. */
  aggregate: LoadEndpoint;
  /** The most users (Locust) or virtual users (k6) running at once; null when the report does not say. */
  peakUsers: number | null;
  /** Seconds from the first to the last sample (Locust history) or of the run (k6); null when unknown. */
  durationSeconds: number | null;
  /**
   * When the test ran, Unix seconds: the first and last Timestamp of Locust's history. Null
   * when the report does not say (k6's summary export has a duration but no start time).
   */
  window: { start: number; end: number } | null;
  /** What could not be read and why, for the person reading the result. */
  notes: string[];
}

export const AGGREGATE_NAME = 'Aggregated';

/**
 * `GET /api/x` or `/api/x`: how an endpoint is named in checks and messages. A name that
 * already starts with its method (Locust scripts that group requests with
 * `name="GET /api/x"` get Type GET and Name "GET /api/x") is not prefixed a second time.
 */
export function endpointLabel(e: Pick<LoadEndpoint, 'name' | 'method'>): string {
  if (!e.method) return e.name;
  const prefix = `${e.method} `;
  return e.name.slice(0, prefix.length).toUpperCase() === prefix.toUpperCase() ? e.name : prefix + e.name;
}

/** Percent of requests that failed; null when nothing was requested (no data, not 0 %). */
export function failureRateOf(requests: number | null, failures: number | null): number | null {
  if (requests === null || failures === null) return null;
  if (requests === 0) return failures > 0 ? 100 : null;
  return (100 * failures) / requests;
}
