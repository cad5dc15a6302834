/**
 * The one retry loop of every GitHub call (REST through octokit's hook, GraphQL for
 * projects): each attempt gets a time-out; rate limits (403/429) wait for their reset or
 * Retry-After, 5xx and lost connections back off exponentially; a wait longer than the
 * action is willing to sit through fails at once, saying when the limit resets.
 */
import { GitHubApiError, describeRequestFailure } from './api-errors.js';

export interface RetryPolicy {
  /** Per attempt. */
  timeoutMs: number;
  /** Attempts in all, including the first. */
  attempts: number;
  /** The longest single wait before a retry. */
  maxWaitMs: number;
  sleep: (ms: number) => Promise<void>;
  log: (message: string) => void;
}

export function retryPolicy(o: Partial<RetryPolicy>): RetryPolicy {
  return {
    timeoutMs: o.timeoutMs ?? 30_000,
    attempts: o.attempts ?? 4,
    maxWaitMs: o.maxWaitMs ?? 60_000,
    sleep: o.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms))),
    log: o.log ?? (() => {}),
  };
}

/** What to do about one failed attempt: wait this long (undefined: give up), fail with this, log this. */
export interface RetryDecision {
  delay: number | undefined;
  failure: (note?: string) => Error;
  why: string;
}

const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);

interface ResponseLike {
  status: number;
  headers: Record<string, string | number | undefined>;
  data?: unknown;
}

/** How long to wait before retrying, or undefined if the failure is not worth retrying. */
export function retryDelayMs(error: unknown, attempt: number, now = Date.now()): number | undefined {
  const e = error as { status?: number; response?: ResponseLike; name?: string };
  const status = e.status ?? 0;
  const headers = e.response?.headers ?? {};
  const retryAfter = Number(headers['retry-after']);
  const message = String((e.response?.data as { message?: unknown } | undefined)?.message ?? '');
  const backoff = 1000 * 2 ** (attempt - 1);
  if (status === 403 || status === 429) {
    if (Number.isFinite(retryAfter) && retryAfter >= 0) return retryAfter * 1000;
    if (String(headers['x-ratelimit-remaining']) === '0') {
      const reset = Number(headers['x-ratelimit-reset']);
      return Number.isFinite(reset) ? Math.max(0, reset * 1000 - now) + 1000 : backoff;
    }
    if (status === 429 || /secondary rate limit|abuse/i.test(message)) return backoff * 30;
    return undefined; // a permission problem: retrying will not help
  }
  if (RETRYABLE_STATUS.has(status)) return backoff;
  // No HTTP answer at all: a time-out or a dropped connection.
  if (status === 0 || e.name === 'AbortError' || e.name === 'TimeoutError') return backoff;
  return undefined;
}

/**
 * Whether GitHub may have carried out a request that failed: a 5xx, a time-out or a lost
 * connection can come after the write was made. A rate-limit refusal (403/429) or a 4xx was not.
 */
export function mayHaveApplied(error: unknown): boolean {
  const e = error as { status?: number; name?: string };
  const status = e.status ?? 0;
  return status >= 500 || status === 0 || e.name === 'AbortError' || e.name === 'TimeoutError';
}

/**
 * The decision for a REST (or transport) failure. `replay: false` (a write that must not happen
 * twice, such as creating an issue): a failure that may have been applied is not retried, the
 * caller looks first; refusals (rate limits) still are.
 */
export function restRetry(what: string, timeoutMs: number, replay = true): (error: unknown, attempt: number) => RetryDecision {
  return (error, attempt) => ({
    delay: !replay && mayHaveApplied(error) ? undefined : retryDelayMs(error, attempt),
    failure: (note) => GitHubApiError.from(error, what, timeoutMs, note),
    why: describeRequestFailure(error, timeoutMs),
  });
}

export async function retrying<T>(
  policy: RetryPolicy,
  what: string,
  run: (signal: AbortSignal) => Promise<T>,
  decide: (error: unknown, attempt: number, signal: AbortSignal) => RetryDecision,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const signal = AbortSignal.timeout(policy.timeoutMs);
    try {
      return await run(signal);
    } catch (error) {
      const d = decide(error, attempt, signal);
      if (d.delay === undefined || attempt >= policy.attempts) throw d.failure();
      if (d.delay > policy.maxWaitMs) {
        const until = new Date(Date.now() + d.delay).toISOString().slice(11, 16);
        throw d.failure(`the rate limit resets at ${until} UTC, later than this action waits`);
      }
      policy.log(`${what}: ${d.why}; retrying in ${Math.round(d.delay / 1000)} s (attempt ${attempt + 1} of ${policy.attempts})`);
      await policy.sleep(d.delay);
    }
  }
}
