/**
 * GITHUB_TOKEN permissions: a token registered with scopes (`gh.setTokenPermissions`) may only
 * call endpoints its scopes cover, as on GitHub, where anything else answers 403 "Resource not
 * accessible by integration". Reads need `read` or `write`, writes need `write`; `metadata` is
 * always readable. Tokens registered without scopes keep the fake's older behaviour (anything
 * goes, unless the token is in `readOnlyTokens`).
 *
 * The table maps the first path segment after `/repos/:owner/:repo/` to the scope GitHub's
 * fine-grained permission tables name for those endpoints. Issue endpoints on a pull request's
 * number also accept `pull-requests`, as GitHub does for comments and labels on pull requests.
 */
import type { RepoState } from './state/repo-state.js';

export const TOKEN_SCOPES = [
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'metadata',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'repository-projects',
  'security-events',
  'statuses',
] as const;

export type TokenScope = (typeof TOKEN_SCOPES)[number];
export type ScopeLevel = 'none' | 'read' | 'write';
export type TokenPermissions = Partial<Record<TokenScope, ScopeLevel>>;

const SCOPE_BY_SEGMENT: Record<string, TokenScope> = {
  actions: 'actions',
  issues: 'issues',
  labels: 'issues',
  milestones: 'issues',
  pulls: 'pull-requests',
  contents: 'contents',
  git: 'contents',
  branches: 'contents',
  commits: 'contents',
  compare: 'contents',
  releases: 'contents',
  'code-scanning': 'security-events',
  statuses: 'statuses',
  'check-runs': 'checks',
  'check-suites': 'checks',
  deployments: 'deployments',
  projects: 'repository-projects',
  collaborators: 'metadata',
};

const LEVEL_RANK: Record<ScopeLevel, number> = { none: 0, read: 1, write: 2 };

/** The scopes any one of which allows this route; undefined when the fake does not gate it. */
export function scopesFor(
  pattern: string,
  params: Record<string, string>,
  repo: RepoState | undefined,
): TokenScope[] | undefined {
  const match = /^\/repos\/:owner\/:repo(?:\/([^/]+))?/.exec(pattern);
  if (!match) return undefined;
  const segment = match[1];
  if (segment === undefined) return ['metadata'];
  const scope = SCOPE_BY_SEGMENT[segment];
  if (scope === undefined) return undefined;
  // A pull request's comments and labels are writable with either scope, as on GitHub; a comment
  // is addressed by its own id, so its issue is looked up.
  const commentId = Number(params['comment_id']);
  const issueNumber =
    Number.isInteger(commentId) && repo ? repo.comments.get(commentId)?.issueNumber : Number(params['issue_number']);
  if (
    scope === 'issues' &&
    repo &&
    issueNumber !== undefined &&
    Number.isInteger(issueNumber) &&
    repo.pulls.has(issueNumber)
  ) {
    return ['issues', 'pull-requests'];
  }
  return [scope];
}

/** Whether a token with `granted` may make this call. */
export function allows(granted: TokenPermissions, scopes: readonly TokenScope[], write: boolean): boolean {
  const needed = write ? LEVEL_RANK.write : LEVEL_RANK.read;
  return scopes.some((scope) => {
    const level = scope === 'metadata' ? 'read' : (granted[scope] ?? 'none');
    return LEVEL_RANK[level] >= needed;
  });
}
