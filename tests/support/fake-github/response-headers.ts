/** Headers every GitHub REST reply carries; clients read the rate-limit ones to pace themselves. */
import type { RateLimitSnapshot } from './rate-limit.js';

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

export function standardHeaders(requestId: string, rateLimit: RateLimitSnapshot): Record<string, string> {
  return {
    'x-github-api-version-selected': '2022-11-28',
    'x-github-media-type': 'github.v3; format=json',
    'x-github-request-id': requestId,
    'x-ratelimit-limit': String(rateLimit.limit),
    'x-ratelimit-remaining': String(rateLimit.remaining),
    'x-ratelimit-reset': String(rateLimit.reset),
    'x-ratelimit-used': String(rateLimit.used),
    'x-ratelimit-resource': rateLimit.resource,
  };
}
