/**
 * A repository object: the answer to `GET /repos/{o}/{r}` and the `repo` inside pull request
 * heads and bases. Repositories the fake only knows by name (the fork a pull request comes
 * from) get the same shape, with a stable id.
 */
import { nodeId } from '../ids.js';
import type { ShapeContext } from './context.js';
import { userByLogin } from './user.js';

export function repoShape(
  fullName: string,
  ctx: ShapeContext,
  options: { fork?: boolean } = {},
): Record<string, unknown> {
  const [ownerLogin = '', repoName = ''] = fullName.split('/');
  const hosted = ctx.state.repo(ownerLogin, repoName);
  const name = hosted?.fullName ?? fullName;
  const id = ctx.state.repoIdOf(name);
  const url = ctx.urls.repoApi(name);
  return {
    id,
    node_id: nodeId('Repository', id),
    name: hosted?.name ?? repoName,
    full_name: name,
    private: false,
    owner: userByLogin(hosted?.owner ?? ownerLogin, ctx),
    html_url: ctx.urls.repoHtml(name),
    description: null,
    fork: options.fork ?? false,
    url,
    branches_url: `${url}/branches{/branch}`,
    contents_url: `${url}/contents/{+path}`,
    commits_url: `${url}/commits{/sha}`,
    git_refs_url: `${url}/git/refs{/sha}`,
    issues_url: `${url}/issues{/number}`,
    issue_comment_url: `${url}/issues/comments{/number}`,
    labels_url: `${url}/labels{/name}`,
    pulls_url: `${url}/pulls{/number}`,
    default_branch: hosted?.defaultBranch ?? 'main',
    visibility: 'public',
    archived: false,
    disabled: false,
  };
}
