/**
 * One probe of a health endpoint: what uptime windows, latency percentiles, flapping and
 * incidents are computed from. Stored one JSON object per line (JSONL) in the history, per
 * component and UTC day, so the field names are short and stable.
 */
export type ProbeState = 'up' | 'down' | 'degraded';

/** Why a probe was not up. */
export type ProbeErrorKind = 'dns' | 'connect' | 'tls' | 'timeout' | 'status' | 'body' | 'redirect';

export interface Sample {
  /** Probe start, ISO 8601 UTC with milliseconds. */
  t: string;
  /** The endpoint (its URL as configured). */
  url: string;
  state: ProbeState;
  /** HTTP status, when a response came. */
  status?: number;
  /** Milliseconds from request to the end of the body; absent when no response came. */
  ms?: number;
  error?: ProbeErrorKind;
  /** A short human detail (never a response body). */
  detail?: string;
}
