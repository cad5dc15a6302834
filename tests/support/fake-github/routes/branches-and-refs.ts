/**
 * The minimum of branches and git refs that contents-API workflows need: read a branch,
 * read a ref, create a branch from a commit; and what a release needs: the refs under a prefix,
 * and moving a tag (force).
 * docs.github.com/rest/branches/branches, docs.github.com/rest/git/refs
 */
import { BodyFields } from '../body-fields.js';
import { HttpError, notFound } from '../errors.js';
import { nodeId } from '../ids.js';
import type { RouteContext, Router } from '../router.js';
import { restCommitShape } from '../shapes/commit.js';
import type { RepoState } from '../state/repo-state.js';

export function registerBranchAndRefRoutes(router: Router): void {
  // `*branch`: branch names may contain slashes, sent either raw or as %2F.
  router.get('/repos/:owner/:repo/branches/*branch', { docs: 'branches/branches#get-a-branch' }, (ctx) => {
    const repo = ctx.repo();
    const name = ctx.params['branch'] ?? '';
    const head = repo.git.branchHead(name);
    if (!head) throw notFound('Branch not found');
    const url = ctx.urls.repoApi(repo, `/branches/${encodeURIComponent(name)}`);
    return {
      status: 200,
      body: {
        name,
        commit: restCommitShape(head, repo, ctx),
        _links: { self: url, html: ctx.urls.repoHtml(repo, `/tree/${name}`) },
        protected: false,
        protection: { enabled: false, required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] } },
        protection_url: `${url}/protection`,
      },
    };
  });

  router.get('/repos/:owner/:repo/git/ref/*ref', { docs: 'git/refs#get-a-reference' }, (ctx) => {
    const repo = ctx.repo();
    const ref = `refs/${ctx.params['ref'] ?? ''}`;
    if (!repo.git.refs.has(ref)) throw notFound();
    return { status: 200, body: refShape(ctx, repo, ref) };
  });

  router.get('/repos/:owner/:repo/git/matching-refs/*ref', { docs: 'git/refs#list-matching-references' }, (ctx) => {
    const repo = ctx.repo();
    const prefix = `refs/${ctx.params['ref'] ?? ''}`;
    const refs = [...repo.git.refs.keys()].filter((ref) => ref.startsWith(prefix)).sort();
    return { status: 200, body: refs.map((ref) => refShape(ctx, repo, ref)) };
  });

  router.patch('/repos/:owner/:repo/git/refs/*ref', { docs: 'git/refs#update-a-reference' }, (ctx) => {
    const repo = ctx.repo();
    const ref = `refs/${ctx.params['ref'] ?? ''}`;
    const fields = new BodyFields(ctx.body, 'Reference');
    const sha = fields.requiredString('sha');
    if (!repo.git.refs.has(ref)) throw new HttpError(422, 'Reference does not exist');
    const commit = repo.git.commit(sha);
    if (!commit) throw new HttpError(422, 'Object does not exist');
    // Without force, only a fast-forward: the new commit must descend from the old one.
    const force = (ctx.body as { force?: unknown } | undefined)?.force === true;
    if (!force && !descends(repo, commit.sha, repo.git.refs.get(ref)!))
      throw new HttpError(422, 'Update is not a fast forward');
    repo.git.refs.set(ref, commit.sha);
    return { status: 200, body: refShape(ctx, repo, ref) };
  });

  router.post('/repos/:owner/:repo/git/refs', { docs: 'git/refs#create-a-reference' }, (ctx) => {
    const repo = ctx.repo();
    const fields = new BodyFields(ctx.body, 'Reference');
    const ref = fields.requiredString('ref');
    const sha = fields.requiredString('sha');
    if (!ref.startsWith('refs/') || ref.split('/').filter(Boolean).length < 3) {
      throw new HttpError(422, 'Reference name must contain at least three slash-separated components.');
    }
    if (repo.git.refs.has(ref)) throw new HttpError(422, 'Reference already exists');
    const commit = repo.git.commit(sha);
    if (!commit) throw new HttpError(422, 'Object does not exist');
    repo.git.refs.set(ref, commit.sha);
    const body = refShape(ctx, repo, ref);
    return { status: 201, body, headers: { location: String(body['url']) } };
  });
}

/** Whether `sha` has `ancestor` in its history (or is it). */
function descends(repo: RepoState, sha: string, ancestor: string): boolean {
  const seen = new Set<string>();
  const queue = [sha];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    if (next === ancestor) return true;
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...(repo.git.commit(next)?.parents ?? []));
  }
  return false;
}

function refShape(ctx: RouteContext, repo: RepoState, ref: string): Record<string, unknown> {
  const sha = repo.git.refs.get(ref) ?? '';
  return {
    ref,
    node_id: nodeId('Ref', `${repo.id}:${ref}`),
    url: ctx.urls.repoApi(repo, `/git/${ref}`),
    object: { sha, type: 'commit', url: ctx.urls.repoApi(repo, `/git/commits/${sha}`) },
  };
}
