/**
 * Rate-limit bookkeeping: which bucket a request is charged to, and the numbers that go into
 * the `x-ratelimit-*` headers and `GET /rate_limit`. The fake counts but never refuses on its
 * own (a test that wants a refusal injects one with `gh.rateLimit(...)`), so long test suites
 * cannot trip over the real 30-per-minute search limit.
 */

export type RateLimitResource = 'core' | 'search' | 'code_search' | 'graphql';

interface Bucket {
  limit: number;
  windowSeconds: number;
}

/** Limits of an installation token (a workflow's GITHUB_TOKEN is one). */
const BUCKETS: Record<RateLimitResource, Bucket> = {
  core: { limit: 5000, windowSeconds: 3600 },
  search: { limit: 30, windowSeconds: 60 },
  code_search: { limit: 10, windowSeconds: 60 },
  graphql: { limit: 5000, windowSeconds: 3600 },
};

export function limitOf(resource: RateLimitResource): number {
  return BUCKETS[resource].limit;
}

export interface RateLimitSnapshot {
  limit: number;
  remaining: number;
  /** Epoch seconds when the window resets. */
  reset: number;
  used: number;
  resource: RateLimitResource;
}

/** The bucket a request path is charged to; undefined for `/rate_limit`, which is free. */
export function resourceFor(path: string): RateLimitResource | undefined {
  if (path === '/rate_limit') return undefined;
  if (path === '/search/code') return 'code_search';
  if (path.startsWith('/search/')) return 'search';
  if (path === '/graphql') return 'graphql';
  return 'core';
}

export class RateLimitTracker {
  private readonly used = new Map<RateLimitResource, { used: number; reset: number }>();

  constructor(private readonly nowSeconds: () => number) {}

  charge(resource: RateLimitResource): void {
    const window = this.window(resource);
    window.used += 1;
  }

  snapshot(resource: RateLimitResource): RateLimitSnapshot {
    const { limit } = BUCKETS[resource];
    const window = this.window(resource);
    return {
      limit,
      remaining: Math.max(0, limit - window.used),
      reset: window.reset,
      used: window.used,
      resource,
    };
  }

  all(): Record<RateLimitResource, RateLimitSnapshot> {
    return {
      core: this.snapshot('core'),
      search: this.snapshot('search'),
      code_search: this.snapshot('code_search'),
      graphql: this.snapshot('graphql'),
    };
  }

  /** The current window, starting a new one once the previous has expired. */
  private window(resource: RateLimitResource): { used: number; reset: number } {
    const now = this.nowSeconds();
    let window = this.used.get(resource);
    if (!window || window.reset <= now) {
      window = { used: 0, reset: now + BUCKETS[resource].windowSeconds };
      this.used.set(resource, window);
    }
    return window;
  }
}
