/**
 * `GET /rate_limit`: the fake's own counters (it counts every request but refuses none unless
 * a fault says so). Calling it is free, as on GitHub.
 * docs.github.com/rest/rate-limit/rate-limit
 */
import type { Router } from '../router.js';

export function registerRateLimitRoutes(router: Router): void {
  router.get(
    '/rate_limit',
    { docs: 'rate-limit/rate-limit#get-rate-limit-status-for-the-authenticated-user' },
    (ctx) => {
      const resources = ctx.state.rateLimits.all();
      const strip = ({ limit, remaining, reset, used, resource }: (typeof resources)['core']) => ({
        limit,
        used,
        remaining,
        reset,
        resource,
      });
      return {
        status: 200,
        body: {
          resources: {
            core: strip(resources.core),
            search: strip(resources.search),
            code_search: strip(resources.code_search),
            graphql: strip(resources.graphql),
          },
          // `rate` is the deprecated alias of `resources.core`, still sent.
          rate: strip(resources.core),
        },
      };
    },
  );
}
