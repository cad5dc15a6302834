/** An issue comment (also used for the conversation comments of pull requests). */
import { nodeId } from '../ids.js';
import type { RepoState } from '../state/repo-state.js';
import type { CommentRecord } from '../state/records.js';
import { authorAssociation } from './author-association.js';
import type { ShapeContext } from './context.js';
import { emptyReactions } from './reactions.js';
import { userByLogin } from './user.js';

export function commentShape(comment: CommentRecord, repo: RepoState, ctx: ShapeContext): Record<string, unknown> {
  const { urls } = ctx;
  const url = urls.repoApi(repo, `/issues/comments/${comment.id}`);
  const onPull = repo.issues.get(comment.issueNumber)?.isPullRequest ?? false;
  return {
    url,
    html_url: urls.repoHtml(repo, `/${onPull ? 'pull' : 'issues'}/${comment.issueNumber}#issuecomment-${comment.id}`),
    issue_url: urls.repoApi(repo, `/issues/${comment.issueNumber}`),
    id: comment.id,
    node_id: nodeId('IssueComment', comment.id),
    user: userByLogin(comment.user, ctx),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: authorAssociation(repo, comment.user),
    body: comment.body,
    reactions: emptyReactions(`${url}/reactions`),
    performed_via_github_app: null,
  };
}
