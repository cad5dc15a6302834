/** Path parameters to records, answering 404 as GitHub does when they name nothing. */
import { notFound } from '../errors.js';
import type { RepoState } from '../state/repo-state.js';
import type { CommentRecord, IssueRecord, PullRequestRecord } from '../state/records.js';

/** A positive integer path parameter; anything else names nothing, hence 404. */
export function numberParam(value: string | undefined): number {
  if (value === undefined || !/^\d+$/.test(value)) throw notFound();
  return Number(value);
}

export function requireIssue(repo: RepoState, param: string | undefined): IssueRecord {
  const issue = repo.issues.get(numberParam(param));
  if (!issue) throw notFound();
  return issue;
}

export function requirePull(
  repo: RepoState,
  param: string | undefined,
): { pull: PullRequestRecord; issue: IssueRecord } {
  const number = numberParam(param);
  const pull = repo.pulls.get(number);
  const issue = repo.issues.get(number);
  if (!pull || !issue) throw notFound();
  return { pull, issue };
}

export function requireComment(repo: RepoState, param: string | undefined): CommentRecord {
  const comment = repo.comments.get(numberParam(param));
  if (!comment) throw notFound();
  return comment;
}
