/**
 * `GET /repos/{owner}/{repo}`, which actions call for the default branch.
 * docs.github.com/rest/repos/repos#get-a-repository
 */
import type { Router } from '../router.js';
import { repoShape } from '../shapes/repo.js';

export function registerRepoRoutes(router: Router): void {
  router.get('/repos/:owner/:repo', { docs: 'repos/repos#get-a-repository' }, (ctx) => ({
    status: 200,
    body: repoShape(ctx.repo().fullName, ctx),
  }));
}
