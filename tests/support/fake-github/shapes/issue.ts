/**
 * An issue as the issues and search APIs return it. Pull requests are issues too: they carry
 * a `pull_request` object, which is how clients tell the two apart in mixed lists.
 */
import { nodeId } from '../ids.js';
import type { RepoState } from '../state/repo-state.js';
import type { IssueRecord } from '../state/records.js';
import { authorAssociation } from './author-association.js';
import type { ShapeContext } from './context.js';
import { labelShape } from './label.js';
import { milestoneShape } from './milestone.js';
import { emptyReactions } from './reactions.js';
import { userByLogin } from './user.js';

export function issueShape(issue: IssueRecord, repo: RepoState, ctx: ShapeContext): Record<string, unknown> {
  const { urls } = ctx;
  const url = urls.repoApi(repo, `/issues/${issue.number}`);
  const htmlUrl = urls.repoHtml(repo, `/${issue.isPullRequest ? 'pull' : 'issues'}/${issue.number}`);
  const milestone = issue.milestone === null ? undefined : repo.milestones.get(issue.milestone);
  const pull = repo.pulls.get(issue.number);
  return {
    url,
    repository_url: urls.repoApi(repo),
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: htmlUrl,
    id: issue.id,
    node_id: nodeId('Issue', issue.id),
    number: issue.number,
    title: issue.title,
    user: userByLogin(issue.user, ctx),
    labels: repo.labelsOf(issue).map((label) => labelShape(label, repo, ctx)),
    state: issue.state,
    locked: issue.locked,
    assignee: issue.assignees[0] === undefined ? null : userByLogin(issue.assignees[0], ctx),
    assignees: issue.assignees.map((login) => userByLogin(login, ctx)),
    milestone: milestone ? milestoneShape(milestone, repo, ctx) : null,
    comments: repo.commentsOn(issue.number).length,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    closed_by: issue.closedBy === null ? null : userByLogin(issue.closedBy, ctx),
    author_association: authorAssociation(repo, issue.user),
    active_lock_reason: null,
    ...(issue.isPullRequest
      ? {
          draft: pull?.draft ?? false,
          pull_request: {
            url: urls.repoApi(repo, `/pulls/${issue.number}`),
            html_url: htmlUrl,
            diff_url: `${htmlUrl}.diff`,
            patch_url: `${htmlUrl}.patch`,
            merged_at: pull?.mergedAt ?? null,
          },
        }
      : {}),
    body: issue.body,
    reactions: emptyReactions(`${url}/reactions`),
    timeline_url: `${url}/timeline`,
    performed_via_github_app: null,
    state_reason: issue.stateReason,
  };
}
