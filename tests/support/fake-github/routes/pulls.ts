/**
 * Pull requests: get, list, and the changed-files list.
 * docs.github.com/rest/pulls/pulls
 */
import { invalidField } from '../errors.js';
import { paginate } from '../pagination.js';
import type { Router } from '../router.js';
import { pullFileShape, pullShape } from '../shapes/pull.js';
import { requirePull } from './lookups.js';

/** GitHub never lists more changed files than this, however many pages are asked for. */
export const MAX_PULL_FILES = 3000;

export function registerPullRoutes(router: Router): void {
  router.get('/repos/:owner/:repo/pulls/:pull_number', { docs: 'pulls/pulls#get-a-pull-request' }, (ctx) => {
    const repo = ctx.repo();
    const { pull, issue } = requirePull(repo, ctx.params['pull_number']);
    return { status: 200, body: pullShape(pull, issue, repo, ctx) };
  });

  router.get(
    '/repos/:owner/:repo/pulls/:pull_number/files',
    { docs: 'pulls/pulls#list-pull-requests-files' },
    (ctx) => {
      const repo = ctx.repo();
      const { pull } = requirePull(repo, ctx.params['pull_number']);
      const page = paginate(pull.files, ctx, { maxItems: MAX_PULL_FILES });
      return {
        status: 200,
        body: page.items.map((file) => pullFileShape(file, pull, repo, ctx)),
        headers: page.headers,
      };
    },
  );

  router.get('/repos/:owner/:repo/pulls', { docs: 'pulls/pulls#list-pull-requests' }, (ctx) => {
    const repo = ctx.repo();
    const state = ctx.query['state'] ?? 'open';
    if (!['open', 'closed', 'all'].includes(state)) throw invalidField('PullRequest', 'state');
    // `head` is "user:ref" (or "org:ref"); `base` is a branch name.
    const head = ctx.query['head']?.toLowerCase();
    const base = ctx.query['base'];
    const sign = ctx.query['direction'] === 'asc' ? 1 : -1;
    const pulls = [...repo.pulls.values()]
      .map((pull) => ({ pull, issue: repo.issues.get(pull.number) }))
      .flatMap(({ pull, issue }) => (issue ? [{ pull, issue }] : []))
      .filter(({ pull, issue }) => {
        if (state !== 'all' && issue.state !== state) return false;
        if (base !== undefined && pull.base.ref !== base) return false;
        const headLabel = `${pull.head.repoFullName.split('/')[0] ?? ''}:${pull.head.ref}`.toLowerCase();
        return head === undefined || headLabel === head;
      })
      .sort((a, b) => sign * (a.pull.number - b.pull.number));
    const page = paginate(pulls, ctx);
    return {
      status: 200,
      body: page.items.map(({ pull, issue }) => pullShape(pull, issue, repo, ctx)),
      headers: page.headers,
    };
  });
}
