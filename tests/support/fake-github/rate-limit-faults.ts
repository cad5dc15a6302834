/**
 * Faults shaped like GitHub's two kinds of rate-limit refusal, so retry/backoff code can be
 * tested against the signals it will really see:
 *  - primary: the hourly quota is spent. 403 (sometimes 429) with `x-ratelimit-remaining: 0`
 *    and `x-ratelimit-reset`; no `retry-after`.
 *  - secondary: too many requests too fast (or too much concurrency / content creation).
 *    403 or 429 with `retry-after` in seconds; the hourly quota headers look normal.
 * See docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api.
 */
import type { FaultSpec, HttpMethod } from './faults.js';
import type { PathPattern } from './path-pattern.js';
import { limitOf, resourceFor, type RateLimitResource } from './rate-limit.js';

export interface RateLimitFaultOptions {
  kind: 'primary' | 'secondary';
  /** How many requests are refused (default 1). */
  times?: number;
  /** Seconds, sent as `retry-after`. Secondary limits default to 60; primary ones send none unless set. */
  retryAfter?: number;
  /** Epoch seconds for `x-ratelimit-reset` (primary); defaults to one minute from now. */
  reset?: number;
  /** GitHub uses both; defaults to 403. */
  status?: 403 | 429;
  method?: HttpMethod;
  /** The bucket named in the headers; derived from a string path, else `core`. */
  resource?: RateLimitResource;
}

const PRIMARY_DOCS = 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api';
const SECONDARY_DOCS =
  'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits';

export function rateLimitFault(path: PathPattern, options: RateLimitFaultOptions, nowSeconds: number): FaultSpec {
  const status = options.status ?? 403;
  const base = { path, status, times: options.times ?? 1, ...(options.method ? { method: options.method } : {}) };

  if (options.kind === 'secondary') {
    return {
      ...base,
      headers: { 'retry-after': String(options.retryAfter ?? 60) },
      body: ({ requestId }: { requestId: string }) => ({
        message:
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
          `If you reach out to GitHub Support for help, please include the request ID ${requestId}.`,
        documentation_url: SECONDARY_DOCS,
        status: String(status),
      }),
    };
  }

  const resource = options.resource ?? (typeof path === 'string' ? resourceFor(path) : undefined) ?? 'core';
  const limit = limitOf(resource);
  return {
    ...base,
    headers: {
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': '0',
      'x-ratelimit-used': String(limit),
      'x-ratelimit-reset': String(options.reset ?? nowSeconds + 60),
      'x-ratelimit-resource': resource,
      ...(options.retryAfter === undefined ? {} : { 'retry-after': String(options.retryAfter) }),
    },
    body: {
      // A workflow's GITHUB_TOKEN is an installation token, hence GitHub's wording for those.
      message: 'API rate limit exceeded for installation ID 1.',
      documentation_url: PRIMARY_DOCS,
      status: String(status),
    },
  };
}
