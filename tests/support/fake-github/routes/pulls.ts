/**
 * Pull requests: create, get, list, and the changed-files list.
 * docs.github.com/rest/pulls/pulls
 */
import { BodyFields } from '../body-fields.js';
import { invalidField, validationFailed, type ValidationErrorEntry } from '../errors.js';
import { paginate } from '../pagination.js';
import type { Router } from '../router.js';
import { seedPullRequest } from '../seeding.js';
import { pullFileShape, pullShape } from '../shapes/pull.js';
import type { RepoState } from '../state/repo-state.js';
import { requirePull } from './lookups.js';

/** GitHub never lists more changed files than this, however many pages are asked for. */
export const MAX_PULL_FILES = 3000;

export function registerPullRoutes(router: Router): void {
  // Same-repository heads only (`branch` or `owner:branch` with the repository's owner): the
  // fake hosts no forks to open pull requests from. Opened pull requests list no changed files.
  router.post('/repos/:owner/:repo/pulls', { docs: 'pulls/pulls#create-a-pull-request' }, (ctx) => {
    const repo = ctx.repo();
    const fields = new BodyFields(ctx.body, 'PullRequest');
    const title = fields.requiredString('title');
    const headParam = fields.requiredString('head');
    const baseRef = fields.requiredString('base');
    const body = fields.nullableString('body') ?? null;
    const draft = fields.optionalBoolean('draft') ?? false;
    fields.optionalBoolean('maintainer_can_modify');

    const colon = headParam.indexOf(':');
    const headOwner = colon < 0 ? repo.owner : headParam.slice(0, colon);
    const headRef = colon < 0 ? headParam : headParam.slice(colon + 1);
    const sameRepo = headOwner.toLowerCase() === repo.owner.toLowerCase();
    const headCommit = sameRepo ? repo.git.branchHead(headRef) : undefined;
    const baseCommit = repo.git.branchHead(baseRef);
    const invalid: ValidationErrorEntry[] = [];
    if (!baseCommit) invalid.push({ resource: 'PullRequest', field: 'base', code: 'invalid' });
    if (!headCommit) invalid.push({ resource: 'PullRequest', field: 'head', code: 'invalid' });
    if (!baseCommit || !headCommit) throw validationFailed(...invalid);

    for (const pull of repo.pulls.values()) {
      const open = repo.issues.get(pull.number)?.state === 'open';
      const sameHead =
        pull.head.ref === headRef && pull.head.repoFullName.toLowerCase() === repo.fullName.toLowerCase();
      if (open && sameHead && pull.base.ref === baseRef) {
        throw validationFailed({
          resource: 'PullRequest',
          code: 'custom',
          message: `A pull request already exists for ${repo.owner}:${headRef}.`,
        });
      }
    }
    if (reachable(repo, baseCommit.sha, headCommit.sha)) {
      throw validationFailed({
        resource: 'PullRequest',
        code: 'custom',
        message: `No commits between ${baseRef} and ${headRef}`,
      });
    }

    const pull = seedPullRequest(ctx.state, repo, {
      title,
      body,
      user: ctx.caller.user.login,
      head: { sha: headCommit.sha, ref: headRef, repoFullName: repo.fullName },
      base: { sha: baseCommit.sha, ref: baseRef, repoFullName: repo.fullName },
      draft,
    });
    const issue = repo.issues.get(pull.number)!;
    const shape = pullShape(pull, issue, repo, ctx);
    return { status: 201, body: shape, headers: { location: String(shape['url']) } };
  });

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

/** Whether `target` is `from` or one of its ancestors (then a pull request would have no commits). */
function reachable(repo: RepoState, from: string, target: string): boolean {
  const seen = new Set<string>();
  const queue = [from];
  while (queue.length > 0) {
    const sha = queue.pop()!;
    if (sha === target) return true;
    if (seen.has(sha)) continue;
    seen.add(sha);
    queue.push(...(repo.git.commit(sha)?.parents ?? []));
  }
  return false;
}
