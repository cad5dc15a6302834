/**
 * The HTTP health probe: one `Sample` per endpoint. Pure logic apart from the network (node's
 * own http/https clients, one fresh connection per request, `Connection: close`), so nothing is
 * left open: every request is destroyed when its attempt ends, and the attempt's deadline
 * destroys the socket wherever the request is (DNS, connect, TLS, headers, a trickling body).
 *
 * A failure counts as down only when `retries` further attempts confirm it; a retry that
 * succeeds makes the sample up (or degraded) and says so in `detail`. Network problems never
 * throw: they become a sample with an error kind.
 */
import * as http from 'node:http';
import * as https from 'node:https';
import { performance } from 'node:perf_hooks';
import { redactUrl, redactUrls, redactValues, urlSecrets } from '../core/redact.js';
import type { ProbeErrorKind, Sample } from './sample.js';
import { oneLine } from '../report/workflow-text.js';

export interface ProbeTarget {
  url: string;
  method?: 'GET' | 'HEAD' | 'POST';
  /** The status that counts as healthy; default: any 2xx. */
  expectStatus?: number;
  /** A JSON field of the body (dotted path, e.g. `status` or `checks.db.status`) and the value it must have. */
  expectJson?: { field: string; equals: string | number | boolean };
  /** Bound on a whole attempt (DNS, connect, TLS, redirects, headers and body); default 10000. */
  timeoutMs?: number;
  /** A latency above this is `degraded`; default: none. */
  degradedMs?: number;
}

export interface ProbeOptions {
  /** Extra attempts that confirm a failure before it counts as down; default 2. */
  retries?: number;
  /** Wait between attempts; default 1000. */
  retryDelayMs?: number;
  /** Redirects followed (GET/HEAD only) before the probe gives up; default 5. */
  maxRedirects?: number;
  now?: () => Date;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_RETRIES = 2;
export const DEFAULT_RETRY_DELAY_MS = 1000;
export const DEFAULT_MAX_REDIRECTS = 5;
export const DEFAULT_CONCURRENCY = 20;
/** The most of a body that is read; a larger body with expect-json is a `body` failure. */
export const MAX_BODY_BYTES = 1024 * 1024;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const USER_AGENT = 'maturity-actions-uptime-probe';

/** The outcome of one attempt. */
interface Attempt {
  ok: boolean;
  status?: number;
  ms?: number;
  error?: ProbeErrorKind;
  detail?: string;
}

/** A failure of one attempt, carrying what is known of the response. */
class AttemptFailure extends Error {
  constructor(
    readonly kind: ProbeErrorKind,
    detail: string,
    readonly status?: number,
  ) {
    super(detail);
  }
}

/** One request/response exchange. */
interface Exchange {
  status: number;
  location?: string;
  body?: Buffer;
  /** The body was longer than MAX_BODY_BYTES and was cut there. */
  truncated: boolean;
}

/** Where an attempt got to before it failed (to tell TLS failures from others, and name the host). */
interface Progress {
  /** The URL asked for now: the target's, or the last redirect's. */
  url: URL;
  tcpConnected: boolean;
  secured: boolean;
  /** Status of a response whose headers arrived. */
  status?: number;
}

/** Probes one endpoint, confirming a failure with retries. Never throws for network problems. */
export async function probe(target: ProbeTarget, opts: ProbeOptions = {}): Promise<Sample> {
  const retries = Math.max(0, Math.floor(opts.retries ?? DEFAULT_RETRIES));
  const delayMs = Math.max(0, opts.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS);
  const t = (opts.now ?? (() => new Date()))().toISOString();
  const attempts = retries + 1;
  let first: Attempt | undefined;
  for (let n = 1; ; n++) {
    const a = await attempt(target, opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS);
    if (a.ok) {
      const degraded = target.degradedMs !== undefined && a.ms !== undefined && a.ms > target.degradedMs;
      const notes: string[] = [];
      if (degraded) notes.push(`latency ${a.ms} ms above ${target.degradedMs} ms`);
      if (n > 1) notes.push(`recovered after ${n} attempts (attempt 1: ${first?.detail ?? first?.error ?? 'failed'})`);
      return sample(t, target.url, degraded ? 'degraded' : 'up', a, notes.join('; ') || undefined);
    }
    first ??= a;
    if (n >= attempts) {
      const suffix = attempts > 1 ? `; all ${attempts} attempts failed` : '';
      return sample(t, target.url, 'down', a, `${a.detail ?? a.error ?? 'failed'}${suffix}`);
    }
    if (delayMs > 0) await sleep(delayMs);
  }
}

/** Probes every target, at most `concurrency` at a time; the samples are in the order of the targets. */
export async function probeAll(
  targets: ProbeTarget[],
  opts: ProbeOptions & { concurrency?: number } = {},
): Promise<Sample[]> {
  const { concurrency, ...probeOpts } = opts;
  const limit = Math.max(1, Math.floor(concurrency ?? DEFAULT_CONCURRENCY));
  const out = new Array<Sample>(targets.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < targets.length) {
      const i = next++;
      out[i] = await probe(targets[i]!, probeOpts);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, targets.length) }, worker));
  return out;
}

/**
 * The sample as it is shown and stored (log, summary, history, incident issue): the URL without
 * its credentials (`user:password@`, `?token=`), and a detail that does not quote them.
 */
function sample(t: string, url: string, state: Sample['state'], a: Attempt, detail: string | undefined): Sample {
  const s: Sample = { t, url: redactUrl(url), state };
  if (a.status !== undefined) s.status = a.status;
  if (a.ms !== undefined) s.ms = a.ms;
  if (state === 'down' && a.error) s.error = a.error;
  if (detail) s.detail = redactValues(redactUrls(detail), urlSecrets(url));
  return s;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** One attempt: the request, its redirects and the body, all bounded by the target's timeout. */
async function attempt(target: ProbeTarget, maxRedirects: number): Promise<Attempt> {
  const timeoutMs = target.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const started = performance.now();
  let url: URL;
  try {
    url = new URL(target.url);
  } catch {
    return { ok: false, error: 'connect', detail: 'the URL is not valid' };
  }
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), timeoutMs);
  const progress: Progress = { url, tcpConnected: false, secured: false };
  try {
    const res = await followRedirects(target, maxRedirects, deadline.signal, progress);
    return judge(target, res, Math.round(performance.now() - started));
  } catch (e) {
    return failedAttempt(e, deadline.signal.aborted ? timeoutMs : null, progress);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The response at the end of the redirects (GET and HEAD only, and not when the redirect is
 * the status expected). Throws an AttemptFailure for a redirect that cannot be followed.
 */
async function followRedirects(
  target: ProbeTarget,
  maxRedirects: number,
  deadline: AbortSignal,
  progress: Progress,
): Promise<Exchange> {
  const method = target.method ?? 'GET';
  const seen = new Set<string>([progress.url.href]);
  for (let redirects = 0; ; redirects++) {
    const url = progress.url;
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new AttemptFailure(redirects ? 'redirect' : 'connect', `unsupported protocol ${oneLine(url.protocol, 20)}`);
    }
    progress.tcpConnected = progress.secured = false;
    progress.status = undefined;
    const res = await exchange(url, method, method !== 'HEAD', target.expectJson !== undefined, deadline, progress);
    const follow =
      (method === 'GET' || method === 'HEAD') &&
      REDIRECTS.has(res.status) &&
      res.location !== undefined &&
      res.status !== target.expectStatus;
    if (!follow) return res;
    progress.url = redirectTarget(res, url, seen, redirects, maxRedirects);
  }
}

/**
 * Where a redirect leads, added to `seen`. Refused when its Location is not a URL, when it
 * leads back to a URL already asked for (a loop would only end at the deadline), or when it
 * is one more than `maxRedirects`; `redirects` is how many were followed before it.
 */
function redirectTarget(res: Exchange, from: URL, seen: Set<string>, redirects: number, maxRedirects: number): URL {
  let to: URL;
  try {
    to = new URL(res.location!, from);
  } catch {
    throw new AttemptFailure('redirect', `HTTP ${res.status} to an invalid Location`, res.status);
  }
  to.hash = '';
  if (seen.has(to.href))
    throw new AttemptFailure(
      'redirect',
      `redirect loop after ${redirects + 1} redirect${redirects ? 's' : ''}`,
      res.status,
    );
  if (redirects + 1 > maxRedirects)
    throw new AttemptFailure('redirect', `more than ${maxRedirects} redirects`, res.status);
  seen.add(to.href);
  return to;
}

/** The final response against the target: the status expected (default any 2xx), then the JSON field. */
function judge(target: ProbeTarget, res: Exchange, ms: number): Attempt {
  const statusOk =
    target.expectStatus !== undefined ? res.status === target.expectStatus : res.status >= 200 && res.status < 300;
  if (!statusOk) {
    const expected = target.expectStatus !== undefined ? String(target.expectStatus) : '2xx';
    return { ok: false, status: res.status, ms, error: 'status', detail: `HTTP ${res.status}, expected ${expected}` };
  }
  if (target.expectJson) {
    const problem = checkJson(res, target.expectJson, target.method ?? 'GET');
    if (problem) return { ok: false, status: res.status, ms, error: 'body', detail: problem };
  }
  return { ok: true, status: res.status, ms };
}

/**
 * A failed attempt: past the deadline (`timeoutMs` given), whatever the error the abort
 * caused, a timeout that says how far the response got; else our own refusals as they are,
 * and network errors classified.
 */
function failedAttempt(e: unknown, timeoutMs: number | null, progress: Progress): Attempt {
  if (timeoutMs !== null) {
    const what =
      progress.status !== undefined
        ? `HTTP ${progress.status} headers came but the body did not finish`
        : 'no response';
    return withStatus({ ok: false, error: 'timeout', detail: `${what} within ${timeoutMs} ms` }, progress.status);
  }
  if (e instanceof AttemptFailure) return withStatus({ ok: false, error: e.kind, detail: e.message }, e.status);
  const [kind, detail] = classify(e, progress.url, progress);
  return withStatus({ ok: false, error: kind, detail }, progress.status);
}

function withStatus(a: Attempt, status: number | undefined): Attempt {
  if (status !== undefined) a.status = status;
  return a;
}

/** Settles an exchange: with an error, or (err undefined) with the response. */
type Settle = (err: unknown, value?: Exchange) => void;

/**
 * One request and its response. The returned promise settles exactly once; on every path the
 * request (and so its socket) is destroyed, and the deadline destroys it wherever it is.
 */
function exchange(
  url: URL,
  method: string,
  wantBody: boolean,
  needAll: boolean,
  deadline: AbortSignal,
  progress: Progress,
): Promise<Exchange> {
  return new Promise<Exchange>((resolve, reject) => {
    let settled = false;
    let req: http.ClientRequest | undefined;
    let res: http.IncomingMessage | undefined;
    const settle: Settle = (err, value) => {
      if (settled) return;
      settled = true;
      deadline.removeEventListener('abort', onDeadline);
      res?.destroy();
      req?.destroy();
      if (err !== undefined) reject(err);
      else resolve(value!);
    };
    const onDeadline = (): void => settle(new Error('deadline'));
    if (deadline.aborted) return settle(new Error('deadline'));
    deadline.addEventListener('abort', onDeadline, { once: true });
    const client = url.protocol === 'https:' ? https : http;
    try {
      req = client.request(url, { method, headers: requestHeaders(method, needAll), agent: false });
    } catch (e) {
      return settle(e);
    }
    req.on('socket', (socket) => {
      socket.once('connect', () => (progress.tcpConnected = true));
      socket.once('secureConnect', () => (progress.secured = true));
    });
    req.on('error', (e) => settle(e));
    req.on('response', (r) => {
      res = r;
      receive(r, wantBody, progress, settle);
    });
    req.end();
  });
}

/** A fresh connection per request (`Connection: close`), so nothing is left open between probes. */
function requestHeaders(method: string, needAll: boolean): http.OutgoingHttpHeaders {
  const headers: http.OutgoingHttpHeaders = {
    'user-agent': USER_AGENT,
    accept: needAll ? 'application/json' : '*/*',
    connection: 'close',
  };
  if (method === 'POST') headers['content-length'] = '0';
  return headers;
}

/** A response: settled at its headers when no body is wanted or it redirects, else when its body ends (or fills MAX_BODY_BYTES). */
function receive(r: http.IncomingMessage, wantBody: boolean, progress: Progress, settle: Settle): void {
  const status = r.statusCode ?? 0;
  progress.status = status;
  const location = typeof r.headers.location === 'string' ? r.headers.location : undefined;
  const redirecting = REDIRECTS.has(status) && location !== undefined;
  if (!wantBody || redirecting) return settle(undefined, { status, location, truncated: false });
  const chunks: Buffer[] = [];
  let size = 0;
  r.on('data', (chunk: Buffer) => {
    // Past the bound, the rest is not read: the body is cut there and the connection closed.
    const room = MAX_BODY_BYTES - size;
    if (chunk.length > room) {
      if (room > 0) chunks.push(chunk.subarray(0, room));
      size = MAX_BODY_BYTES;
      return settle(undefined, { status, location, body: Buffer.concat(chunks, size), truncated: true });
    }
    chunks.push(chunk);
    size += chunk.length;
  });
  r.on('end', () => settle(undefined, { status, location, body: Buffer.concat(chunks, size), truncated: false }));
  r.on('error', (e) => settle(e));
  r.on('close', () => {
    // Closed without its end (the server hung up mid-body): a reset, not a short body.
    if (!r.complete)
      settle(Object.assign(new Error('the connection closed before the body ended'), { code: 'ECONNRESET' }));
  });
}

/** Why the body does not satisfy expect-json, or undefined when it does. */
function checkJson(
  res: Exchange,
  expect: { field: string; equals: string | number | boolean },
  method: string,
): string | undefined {
  if (method === 'HEAD' || res.body === undefined) return 'expect-json needs a body, and HEAD responses have none';
  if (res.truncated) return `the body is larger than ${MAX_BODY_BYTES / (1024 * 1024)} MB`;
  let doc: unknown;
  try {
    doc = JSON.parse(res.body.toString('utf8').replace(/^\uFEFF/, ''));
  } catch {
    return res.body.length === 0 ? 'the body is empty, not JSON' : 'the body is not JSON';
  }
  const field = oneLine(expect.field, 60);
  let value: unknown = doc;
  for (const key of expect.field.split('.')) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return `field ${field} is missing`;
    value = (value as Record<string, unknown>)[key];
  }
  if (value === expect.equals) return undefined;
  return `${field} was ${describeValue(value)}, expected ${oneLine(JSON.stringify(expect.equals), 80)}`;
}

/** A short, sanitized rendering of a JSON value: a primitive's JSON text (≤ 80 chars), or its type. */
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return oneLine(JSON.stringify(value) ?? String(value), 80);
}

interface NodeErrorLike {
  code?: unknown;
  reason?: unknown;
  message?: unknown;
  errors?: unknown;
  cause?: unknown;
}

/** The error codes of an error, its cause and (happy-eyeballs) aggregated errors. */
function codesOf(e: unknown, depth = 0): string[] {
  if (!e || typeof e !== 'object' || depth > 3) return [];
  const err = e as NodeErrorLike;
  const codes = typeof err.code === 'string' ? [err.code] : [];
  if (Array.isArray(err.errors)) for (const inner of err.errors) codes.push(...codesOf(inner, depth + 1));
  if (err.cause) codes.push(...codesOf(err.cause, depth + 1));
  return codes;
}

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_NODATA', 'EAI_FAIL']);
const CONNECT_WORDS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'connection timed out',
  EPIPE: 'connection closed',
};

function classify(e: unknown, url: URL, progress: Progress): [ProbeErrorKind, string] {
  const codes = codesOf(e);
  const err = (e && typeof e === 'object' ? e : {}) as NodeErrorLike;
  const message = typeof err.message === 'string' ? err.message : String(e);
  const code = codes[0];
  const dns = codes.find((c) => DNS_CODES.has(c));
  if (dns) return ['dns', `cannot resolve ${oneLine(url.hostname, 80)} (${dns})`];
  const handshake =
    url.protocol === 'https:' && progress.tcpConnected && !progress.secured && progress.status === undefined;
  const tlsCode = codes.find((c) => /CERT|SSL|TLS|EPROTO/.test(c));
  if (tlsCode || handshake || /certificate|handshake|\bTLS\b|\bSSL\b/i.test(message)) {
    // OpenSSL messages read "write EPROTO 80..:error:0A00010B:SSL routines:ssl3_get_record:wrong version number:../deps/..".
    const openssl = /routines:[^:]*:([^:]+)/.exec(message)?.[1];
    const reason = typeof err.reason === 'string' && err.reason ? err.reason : (openssl ?? message);
    return ['tls', `TLS: ${oneLine(reason, 80)}${tlsCode ? ` (${oneLine(tlsCode, 40)})` : ''}`];
  }
  const connect = codes.find((c) => c in CONNECT_WORDS);
  if (connect) return ['connect', `${CONNECT_WORDS[connect]} (${connect})`];
  if (code?.startsWith('HPE_')) return ['connect', `invalid HTTP response (${oneLine(code, 40)})`];
  return ['connect', `network error: ${oneLine(code ?? message, 80)}`];
}
