/**
 * The one retry loop of every GitHub call (REST through octokit's hook, GraphQL for
 * projects). Everything in it is bounded:
 *  - each attempt has a time-out, and one call (its attempts and the waits between them) a
 *    budget: a hanging API costs at most the budget, never attempts × time-out;
 *  - once a call failed because it got no answer at all, the API counts as unreachable for
 *    the rest of the run and further calls fail at once, so a run's whole cost of a hanging
 *    API is one budget, not one per call;
 *  - rate limits (403/429) wait for their reset or Retry-After, 5xx and lost connections back
 *    off exponentially; a wait longer than the action sits through fails at once, saying when
 *    the limit resets.
 * A write that is not idempotent (a POST that creates something) is never repeated after a
 * failure that leaves open whether it was applied (no answer, a 5xx, a reply cut short): the
 * error says so (`mayHaveApplied`), and create-once.ts looks before it creates again.
 */
import { GitHubApiError, describeRequestFailure, failureKind, neverSent } from './api-errors.js';

export interface RetryPolicy {
  /** Per attempt. */
  timeoutMs: number;
  /** Attempts in all, including the first. */
  attempts: number;
  /** The longest single wait before a retry. */
  maxWaitMs: number;
  /** One call's attempts and waits together. */
  budgetMs: number;
  sleep: (ms: number) => Promise<void>;
  log: (message: string) => void;
  now: () => number;
  /** Shared by every call of one client (see NoAnswerBreaker). */
  breaker: NoAnswerBreaker;
}

/** Open (failing every call at once) after a call failed for want of any answer. */
export class NoAnswerBreaker {
  private reason: string | null = null;

  get open(): string | null {
    return this.reason;
  }

  trip(why: string): void {
    this.reason ??= why;
  }
}

export function retryPolicy(o: Partial<RetryPolicy>): RetryPolicy {
  return {
    timeoutMs: o.timeoutMs ?? 30_000,
    attempts: o.attempts ?? 4,
    maxWaitMs: o.maxWaitMs ?? 60_000,
    budgetMs: o.budgetMs ?? 60_000,
    sleep: o.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms))),
    log: o.log ?? (() => {}),
    now: o.now ?? Date.now,
    breaker: o.breaker ?? new NoAnswerBreaker(),
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
  const kind = failureKind(error);
  if (kind === 'too-large') return undefined; // it will be as large next time
  // No HTTP answer at all (a time-out or a dropped connection), or one that was garbled.
  if (
    status === 0 ||
    kind === 'timeout' ||
    kind === 'malformed' ||
    e.name === 'AbortError' ||
    e.name === 'TimeoutError'
  )
    return backoff;
  return undefined;
}

/** A refusal that GitHub answered before doing anything: a rate limit. */
function refusedUnapplied(error: unknown): boolean {
  return failureKind(error) === 'rate-limit' || neverSent(error);
}

/**
 * The decision for a REST (or transport) failure. `write`: the request creates something and
 * is not idempotent, so it is retried only when it was refused outright (a rate limit, a
 * connection that never opened).
 */
export function restRetry(
  what: string,
  timeoutMs: number,
  write = false,
): (error: unknown, attempt: number) => RetryDecision {
  return (error, attempt) => ({
    delay: write && !refusedUnapplied(error) ? undefined : retryDelayMs(error, attempt),
    failure: (note) => GitHubApiError.from(error, what, timeoutMs, note, write),
    why: describeRequestFailure(error, timeoutMs),
  });
}

function noAnswer(error: unknown): boolean {
  return failureKind(error) === 'timeout';
}

export async function retrying<T>(
  policy: RetryPolicy,
  what: string,
  run: (signal: AbortSignal) => Promise<T>,
  decide: (error: unknown, attempt: number, signal: AbortSignal) => RetryDecision,
): Promise<T> {
  const deadline = policy.now() + policy.budgetMs;
  for (let attempt = 1; ; attempt++) {
    const unreachable = policy.breaker.open;
    if (unreachable)
      throw new GitHubApiError(
        `${what} not tried: the GitHub API gave no answer earlier in this run (${unreachable})`,
        0,
        'timeout',
      );
    const timeout = Math.max(1, Math.min(policy.timeoutMs, deadline - policy.now()));
    const signal = AbortSignal.timeout(timeout);
    try {
      return await run(signal);
    } catch (error) {
      const d = decide(error, attempt, signal);
      const giveUp = (note?: string): Error => {
        if (noAnswer(error)) policy.breaker.trip(`${what}: ${d.why}`);
        return d.failure(note);
      };
      if (d.delay === undefined || attempt >= policy.attempts) throw giveUp();
      if (d.delay > policy.maxWaitMs) {
        const until = new Date(policy.now() + d.delay).toISOString().slice(11, 16);
        throw giveUp(`the rate limit resets at ${until} UTC, later than this action waits`);
      }
      if (policy.now() + d.delay >= deadline) {
        throw giveUp(
          `gave up after ${attempt} attempt(s): another would run past the ${Math.round(policy.budgetMs / 1000)} s one request may take`,
        );
      }
      policy.log(
        `${what}: ${d.why}; retrying in ${Math.round(d.delay / 1000)} s (attempt ${attempt + 1} of ${policy.attempts})`,
      );
      await policy.sleep(d.delay);
    }
  }
}
