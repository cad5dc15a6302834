/**
 * The minimum of branches and git refs that contents-API workflows need: read a branch,
 * read a ref, create a branch from a commit.
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

function refShape(ctx: RouteContext, repo: RepoState, ref: string): Record<string, unknown> {
  const sha = repo.git.refs.get(ref) ?? '';
  return {
    ref,
    node_id: nodeId('Ref', `${repo.id}:${ref}`),
    url: ctx.urls.repoApi(repo, `/git/${ref}`),
    object: { sha, type: 'commit', url: ctx.urls.repoApi(repo, `/git/commits/${sha}`) },
  };
}
