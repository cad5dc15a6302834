/**
 * Issue comments (which are also a pull request's conversation comments).
 * docs.github.com/rest/issues/comments
 */
import { BodyFields } from '../body-fields.js';
import { HttpError } from '../errors.js';
import { paginate } from '../pagination.js';
import type { Reply, RouteContext, Router } from '../router.js';
import { commentShape } from '../shapes/comment.js';
import type { RepoState } from '../state/repo-state.js';
import type { CommentRecord } from '../state/records.js';
import { requireComment, requireIssue } from './lookups.js';

/** GitHub refuses comment bodies longer than this (characters). */
export const MAX_COMMENT_LENGTH = 65536;

export function registerIssueCommentRoutes(router: Router): void {
  router.get(
    '/repos/:owner/:repo/issues/:issue_number/comments',
    { docs: 'issues/comments#list-issue-comments' },
    (ctx) => {
      const repo = ctx.repo();
      const issue = requireIssue(repo, ctx.params['issue_number']);
      return listReply(ctx, repo, since(ctx, repo.commentsOn(issue.number)));
    },
  );

  router.get(
    '/repos/:owner/:repo/issues/comments',
    { docs: 'issues/comments#list-issue-comments-for-a-repository' },
    (ctx) => {
      const repo = ctx.repo();
      const all = [...repo.comments.values()].sort((a, b) => a.id - b.id);
      if (ctx.query['direction'] === 'desc') all.reverse();
      return listReply(ctx, repo, since(ctx, all));
    },
  );

  router.post(
    '/repos/:owner/:repo/issues/:issue_number/comments',
    { docs: 'issues/comments#create-an-issue-comment' },
    (ctx) => {
      const repo = ctx.repo();
      const issue = requireIssue(repo, ctx.params['issue_number']);
      const body = commentBody(ctx.body);
      const now = ctx.state.now();
      const comment: CommentRecord = {
        id: ctx.state.ids.take('comment'),
        issueNumber: issue.number,
        body,
        user: ctx.caller.user.login,
        createdAt: now,
        updatedAt: now,
      };
      repo.comments.set(comment.id, comment);
      const shape = commentShape(comment, repo, ctx);
      return { status: 201, body: shape, headers: { location: String(shape['url']) } };
    },
  );

  router.get(
    '/repos/:owner/:repo/issues/comments/:comment_id',
    { docs: 'issues/comments#get-an-issue-comment' },
    (ctx) => {
      const repo = ctx.repo();
      return { status: 200, body: commentShape(requireComment(repo, ctx.params['comment_id']), repo, ctx) };
    },
  );

  router.patch(
    '/repos/:owner/:repo/issues/comments/:comment_id',
    { docs: 'issues/comments#update-an-issue-comment' },
    (ctx) => {
      const repo = ctx.repo();
      const comment = requireComment(repo, ctx.params['comment_id']);
      comment.body = commentBody(ctx.body);
      comment.updatedAt = ctx.state.now();
      return { status: 200, body: commentShape(comment, repo, ctx) };
    },
  );

  router.delete(
    '/repos/:owner/:repo/issues/comments/:comment_id',
    { docs: 'issues/comments#delete-an-issue-comment' },
    (ctx) => {
      const repo = ctx.repo();
      repo.comments.delete(requireComment(repo, ctx.params['comment_id']).id);
      return { status: 204 };
    },
  );
}

function commentBody(body: unknown): string {
  const text = new BodyFields(body, 'IssueComment').requiredString('body');
  if (text.length > MAX_COMMENT_LENGTH) {
    // Sticky-comment code that grows a report without bound hits exactly this in production.
    throw new HttpError(422, 'Validation Failed', {
      errors: [
        {
          resource: 'IssueComment',
          code: 'unprocessable',
          field: 'data',
          message: `Body is too long (maximum is ${MAX_COMMENT_LENGTH} characters)`,
        },
      ],
    });
  }
  return text;
}

/** `since`: only comments updated at or after this ISO 8601 time. */
function since(ctx: RouteContext, comments: CommentRecord[]): CommentRecord[] {
  const value = ctx.query['since'];
  const threshold = value === undefined ? Number.NaN : Date.parse(value);
  return Number.isNaN(threshold) ? comments : comments.filter((comment) => Date.parse(comment.updatedAt) >= threshold);
}

function listReply(ctx: RouteContext, repo: RepoState, comments: CommentRecord[]): Reply {
  const page = paginate(comments, ctx);
  return { status: 200, body: page.items.map((comment) => commentShape(comment, repo, ctx)), headers: page.headers };
}
