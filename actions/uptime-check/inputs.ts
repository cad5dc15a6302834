/** uptime-check's inputs, read once into a typed object. */
import { readCommonInputs, type CommonInputValues } from '../../packages/action-io/common-inputs.js';
import { booleanInput, enumInput, listInput, numberInput, optionalInput } from '../../packages/action-io/inputs.js';
import { UptimeCheckInputs } from '../../packages/action-io/names.js';
import { ConfigurationError } from '../../packages/core/errors.js';
import { DEFAULT_DATA_BRANCH } from '../../packages/uptime/history-store.js';

export interface Inputs extends CommonInputValues {
  urls: string[];
  window: string | null;
  minUptime: number | null;
  intervalMs: number;
  locustStats: string[];
  k6Summary: string[];
  prometheusUrl: string | null;
  prometheusJob: string | null;
  prometheusRequestsMetric: string;
  prometheusLatencyMetric: string;
  metricsUrl: string | null;
  alertRules: string[];
  history: 'branch' | 'none';
  dataBranch: string;
  record: boolean;
  probeTimeoutMs: number | null;
  retries: number;
  incidents: boolean;
  /** check (probe and judge, the default) or upkeep (judge the Production components' maintenance criteria). */
  mode: 'check' | 'upkeep';
  /** upkeep: security-gate result files (folders or globs) with first-seen dates, besides the artifact. */
  securityResults: string[];
  /** upkeep: the artifact whose newest default-branch copy holds the security-gate results; null: none. */
  securityArtifact: string | null;
}

const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** "7d", "36h", "5m", "30s" -> milliseconds, at most `maxMs`. */
export function durationMs(text: string, input: string, units = 'smhd', maxMs = Number.MAX_SAFE_INTEGER): number {
  const m = /^(\d+)\s*([a-z])$/.exec(text.trim().toLowerCase());
  if (!m || !units.includes(m[2]!) || Number(m[1]) <= 0) {
    throw new ConfigurationError(
      `expected a duration like ${units.includes('d') ? '7d, 36h' : '5m, 30s'}, found "${text}"`,
      { at: `input ${input}` },
    );
  }
  const ms = Number(m[1]) * UNIT_MS[m[2]!]!;
  if (ms > maxMs)
    throw new ConfigurationError(`${text} is longer than the ${input} can be (${maxMs / 60_000} minutes at most)`, {
      at: `input ${input}`,
    });
  return ms;
}

/** The probe interval the history's sample-coverage figures can be built on: a day at most. */
const MAX_INTERVAL_MS = 86_400_000;
/** A probe's time-out: two minutes at most (as `timeout-ms` in the config). */
const MAX_PROBE_TIMEOUT_MS = 120_000;

export function parseInputs(): Inputs {
  const interval = optionalInput(UptimeCheckInputs.Interval);
  const timeout = optionalInput(UptimeCheckInputs.ProbeTimeout);
  const window = optionalInput(UptimeCheckInputs.Window);
  if (window) durationMs(window, UptimeCheckInputs.Window, 'hd');
  const urls = listInput(UptimeCheckInputs.Urls);
  for (const u of urls) {
    if (!/^https?:\/\/[^\s]+$/i.test(u))
      throw new ConfigurationError(`"${u}" is not an http(s) URL`, { at: `input ${UptimeCheckInputs.Urls}` });
  }
  return {
    ...readCommonInputs(),
    urls,
    window,
    minUptime: numberInput(UptimeCheckInputs.MinUptime, { min: 0, max: 100 }),
    intervalMs: interval ? durationMs(interval, UptimeCheckInputs.Interval, 'smh', MAX_INTERVAL_MS) : 5 * 60_000,
    locustStats: listInput(UptimeCheckInputs.LocustStats),
    k6Summary: listInput(UptimeCheckInputs.K6Summary),
    prometheusUrl: optionalInput(UptimeCheckInputs.PrometheusUrl),
    prometheusJob: optionalInput(UptimeCheckInputs.PrometheusJob),
    prometheusRequestsMetric: optionalInput(UptimeCheckInputs.PrometheusRequestsMetric) ?? 'http_requests_total',
    prometheusLatencyMetric:
      optionalInput(UptimeCheckInputs.PrometheusLatencyMetric) ?? 'http_request_duration_seconds',
    metricsUrl: optionalInput(UptimeCheckInputs.MetricsUrl),
    alertRules: listInput(UptimeCheckInputs.AlertRules),
    history: enumInput(UptimeCheckInputs.History, ['branch', 'none'] as const) ?? 'branch',
    dataBranch: optionalInput(UptimeCheckInputs.DataBranch) ?? DEFAULT_DATA_BRANCH,
    record: booleanInput(UptimeCheckInputs.Record, true),
    probeTimeoutMs: timeout ? durationMs(timeout, UptimeCheckInputs.ProbeTimeout, 'sm', MAX_PROBE_TIMEOUT_MS) : null,
    retries: numberInput(UptimeCheckInputs.Retries, { min: 0, max: 10 }) ?? 2,
    incidents: booleanInput(UptimeCheckInputs.Incidents, false),
    mode: enumInput(UptimeCheckInputs.Mode, ['check', 'upkeep'] as const) ?? 'check',
    securityResults: listInput(UptimeCheckInputs.SecurityResults),
    securityArtifact: optionalInput(UptimeCheckInputs.SecurityArtifact),
  };
}
