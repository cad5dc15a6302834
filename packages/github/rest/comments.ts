/** Comments on issues and pull requests, and who the token is (to know our own comments). */
import type { GitHubApi, IssueComment } from '../client.js';
import { createOnce } from '../create-once.js';
import type { Rest } from './rest.js';

export function commentsApi(
  r: Rest,
): Pick<
  GitHubApi,
  'viewerLogin' | 'listIssueComments' | 'createIssueComment' | 'updateIssueComment' | 'deleteIssueComment'
> {
  const { octokit, owner, repo } = r;
  const comments = async (issue: number) =>
    (
      await r.list(
        `comments of #${issue}`,
        octokit.paginate.iterator(octokit.rest.issues.listComments, {
          owner,
          repo,
          issue_number: issue,
          per_page: 100,
        }),
      )
    ).items as IssueComment[];
  let viewer: Promise<string> | undefined;
  return {
    viewerLogin() {
      viewer ??= octokit.graphql<{ viewer: { login: string } }>('query ViewerLogin { viewer { login } }').then(
        (data) => data.viewer.login,
        (e: unknown) => {
          viewer = undefined; // asked again next time, not cached as a failure
          throw e;
        },
      );
      return viewer;
    },
    listIssueComments: comments,
    async createIssueComment(issue, body) {
      return createOnce({
        create: async () =>
          (await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body })).data as IssueComment,
        // The same text on the same issue: ours, from the attempt that answered 502.
        find: async () => (await comments(issue)).filter((c) => c.body === body).pop() ?? null,
      });
    },
    async updateIssueComment(commentId, body) {
      return (await octokit.rest.issues.updateComment({ owner, repo, comment_id: commentId, body }))
        .data as IssueComment;
    },
    async deleteIssueComment(commentId) {
      await octokit.rest.issues.deleteComment({ owner, repo, comment_id: commentId });
    },
  };
}
