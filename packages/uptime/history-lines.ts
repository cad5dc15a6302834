/**
 * The uptime history store: one JSONL file per component per UTC day (`YYYY-MM-DD.jsonl`),
 * one `Sample` per line. Reading never loses a good line because of a bad one: a malformed
 * line (not JSON, not an object, a missing or invalid field, a time outside the file's day)
 * is skipped and reported with its 1-based line number, and so is a truncated last line (a
 * write cut short: no newline at the end and not JSON). Blank lines are skipped silently;
 * CRLF line ends are accepted. Unknown fields are ignored (a newer writer may add some).
 */
import type { ProbeErrorKind, ProbeState, Sample } from './sample.js';

export const DAY_MS = 86_400_000;

export interface HistoryProblem {
  /** 1-based line number in the file. */
  line: number;
  message: string;
}

const STATES: readonly ProbeState[] = ['up', 'down', 'degraded'];
const ERROR_KINDS: readonly ProbeErrorKind[] = ['dns', 'connect', 'tls', 'timeout', 'status', 'body', 'redirect'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_FILE = /(?:^|[\\/])(\d{4}-\d{2}-\d{2})\.jsonl$/;

function digits(t: string, from: number, n: number): number {
  let v = 0;
  for (let i = from; i < from + n; i++) {
    const c = t.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

const daysInMonth = (y: number, m: number): number =>
  m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;

/**
 * Milliseconds since the epoch of a sample time written as `Date#toISOString()` writes it
 * (`2026-05-01T12:00:03.250Z`), or NaN for anything else (other formats, offsets, Feb 30).
 * Read by hand: a day file has tens of thousands of lines, and Date.parse plus a round trip
 * through toISOString took half of the parse time.
 */
export function parseSampleTime(t: string): number {
  if (
    t.length !== 24 ||
    t[4] !== '-' ||
    t[7] !== '-' ||
    t[10] !== 'T' ||
    t[13] !== ':' ||
    t[16] !== ':' ||
    t[19] !== '.' ||
    t[23] !== 'Z'
  ) {
    return Number.NaN;
  }
  const y = digits(t, 0, 4);
  const mo = digits(t, 5, 2);
  const d = digits(t, 8, 2);
  const h = digits(t, 11, 2);
  const mi = digits(t, 14, 2);
  const sec = digits(t, 17, 2);
  const ms = digits(t, 20, 3);
  if (
    y < 0 ||
    mo < 1 ||
    mo > 12 ||
    d < 1 ||
    d > daysInMonth(y, mo) ||
    h < 0 ||
    h > 23 ||
    mi < 0 ||
    mi > 59 ||
    sec < 0 ||
    sec > 59 ||
    ms < 0
  ) {
    return Number.NaN;
  }
  const v = Date.UTC(y, mo - 1, d, h, mi, sec, ms);
  // Date.UTC maps years 0-99 to 1900-1999.
  return y < 100 ? new Date(v).setUTCFullYear(y) : v;
}

/** The start (ms since the epoch) of a UTC day `YYYY-MM-DD`, or null when it is not a real date. */
export function dayStartMs(day: string): number | null {
  if (!DAY.test(day)) return null;
  const ms = Date.parse(`${day}T00:00:00.000Z`);
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== day) return null;
  return ms;
}

/** The UTC day `YYYY-MM-DD` of an instant. */
export function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The day a history file holds, from its name (`…/2026-05-01.jsonl`), or null when the name says none. */
export function dayOfHistoryFile(file: string): string | null {
  const m = DAY_FILE.exec(file);
  if (!m) return null;
  return dayStartMs(m[1]!) === null ? null : m[1]!;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** A Sample from a parsed JSON value, or why it is not one. `day`: the file's day, when known. */
export function toSample(value: unknown, day: string | null): Sample | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return `not a JSON object (got ${describe(value)})`;
  }
  const o = value as Record<string, unknown>;
  for (const key of ['t', 'url', 'state'] as const) {
    if (!Object.hasOwn(o, key)) return `missing field "${key}"`;
  }
  const { t, url, state, status, ms, error, detail } = o;
  if (typeof t !== 'string' || Number.isNaN(parseSampleTime(t))) {
    return `field "t" must be an ISO 8601 UTC time with milliseconds like 2026-05-01T12:00:00.000Z (got ${describe(t)})`;
  }
  if (day !== null && t.slice(0, 10) !== day) return `time ${t} is outside the file's day ${day}`;
  if (typeof url !== 'string' || url.length === 0)
    return `field "url" must be a non-empty string (got ${describe(url)})`;
  if (typeof state !== 'string' || !STATES.includes(state as ProbeState)) {
    return `field "state" must be one of ${STATES.join(', ')} (got ${describe(state)})`;
  }
  const sample: Sample = { t, url, state: state as ProbeState };
  if (status !== undefined) {
    if (typeof status !== 'number' || !Number.isInteger(status) || status < 100 || status > 599) {
      return `field "status" must be an HTTP status 100-599 (got ${describe(status)})`;
    }
    sample.status = status;
  }
  if (ms !== undefined) {
    if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) {
      return `field "ms" must be a number of milliseconds >= 0 (got ${describe(ms)})`;
    }
    sample.ms = ms;
  }
  if (error !== undefined) {
    if (typeof error !== 'string' || !ERROR_KINDS.includes(error as ProbeErrorKind)) {
      return `field "error" must be one of ${ERROR_KINDS.join(', ')} (got ${describe(error)})`;
    }
    sample.error = error as ProbeErrorKind;
  }
  if (detail !== undefined) {
    if (typeof detail !== 'string') return `field "detail" must be a string (got ${describe(detail)})`;
    sample.detail = detail;
  }
  return sample;
}

/**
 * Reads one history file's text. `file` is its path or name: when the name is
 * `YYYY-MM-DD.jsonl`, a sample whose time is not on that UTC day is a malformed line.
 */
export function parseHistoryLines(text: string, file: string): { samples: Sample[]; problems: HistoryProblem[] } {
  const day = dayOfHistoryFile(file);
  const { items, problems } = readJsonLines(text, (value) => toSample(value, day));
  return { samples: items, problems };
}

/**
 * The JSONL reader under every history format: each non-blank line parsed as JSON and handed
 * to `convert`, which returns the item or why the line is malformed. CRLF is accepted; a
 * line that is not JSON is reported (a last line without a newline as truncated).
 */
export function readJsonLines<T>(
  text: string,
  convert: (value: unknown) => T | string,
): { items: T[]; problems: HistoryProblem[] } {
  const samples: T[] = [];
  const problems: HistoryProblem[] = [];
  const lines = text.split('\n');
  // A final newline ends the last line; it does not start another one.
  const unterminated = lines[lines.length - 1] !== '';
  if (!unterminated) lines.pop();
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (line.trim() === '') continue;
    const isLast = i === lines.length - 1;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      problems.push({
        line: i + 1,
        message:
          isLast && unterminated
            ? `truncated last line (no newline at the end of the file, not valid JSON: ${why})`
            : `not valid JSON (${why})`,
      });
      continue;
    }
    const item = convert(value);
    if (typeof item === 'string') problems.push({ line: i + 1, message: item });
    else samples.push(item);
  }
  return { items: samples, problems };
}

/** One JSON object per line, keys always in the order t, url, state, status, ms, error, detail; a final newline. */
export function formatHistoryLines(samples: readonly Sample[]): string {
  let out = '';
  for (const s of samples) {
    const o: Sample = { t: s.t, url: s.url, state: s.state };
    if (s.status !== undefined) o.status = s.status;
    if (s.ms !== undefined) o.ms = s.ms;
    if (s.error !== undefined) o.error = s.error;
    if (s.detail !== undefined) o.detail = s.detail;
    out += `${JSON.stringify(o)}\n`;
  }
  return out;
}
