/**
 * The labels on one issue or pull request. Adding or setting names that the repository does
 * not have creates those labels, as GitHub does.
 * docs.github.com/rest/issues/labels
 */
import { labelNames } from '../body-fields.js';
import { notFound } from '../errors.js';
import { paginate } from '../pagination.js';
import type { Reply, RouteContext, Router } from '../router.js';
import { issueEventShape } from '../shapes/issue-event.js';
import { labelShape } from '../shapes/label.js';
import { addIssueLabels, ensureLabels, removeIssueLabel, setIssueLabels } from '../state/label-ops.js';
import type { RepoState } from '../state/repo-state.js';
import type { IssueRecord } from '../state/records.js';
import { requireIssue } from './lookups.js';

export function registerIssueLabelRoutes(router: Router): void {
  const base = '/repos/:owner/:repo/issues/:issue_number/labels';

  router.get(base, { docs: 'issues/labels#list-labels-for-an-issue' }, (ctx) => {
    const repo = ctx.repo();
    const issue = requireIssue(repo, ctx.params['issue_number']);
    const page = paginate(repo.labelsOf(issue), ctx);
    return { status: 200, body: page.items.map((label) => labelShape(label, repo, ctx)), headers: page.headers };
  });

  router.post(base, { docs: 'issues/labels#add-labels-to-an-issue' }, (ctx) => {
    const repo = ctx.repo();
    const issue = requireIssue(repo, ctx.params['issue_number']);
    if (
      addIssueLabels(issue, ensureLabels(ctx.state, repo, labelNames(ctx.body)), {
        state: ctx.state,
        login: ctx.caller.user.login,
      })
    )
      issue.updatedAt = ctx.state.now();
    return issueLabelsReply(ctx, repo, issue);
  });

  router.put(base, { docs: 'issues/labels#set-labels-for-an-issue', body: 'optional' }, (ctx) => {
    const repo = ctx.repo();
    const issue = requireIssue(repo, ctx.params['issue_number']);
    setIssueLabels(repo, issue, ensureLabels(ctx.state, repo, labelNames(ctx.body)), {
      state: ctx.state,
      login: ctx.caller.user.login,
    });
    issue.updatedAt = ctx.state.now();
    return issueLabelsReply(ctx, repo, issue);
  });

  router.delete(`${base}/:name`, { docs: 'issues/labels#remove-a-label-from-an-issue' }, (ctx) => {
    const repo = ctx.repo();
    const issue = requireIssue(repo, ctx.params['issue_number']);
    const label = repo.findLabel(ctx.params['name'] ?? '');
    if (!label || !issue.labelIds.includes(label.id)) throw notFound('Label does not exist');
    removeIssueLabel(repo, issue, label.id, { state: ctx.state, login: ctx.caller.user.login });
    issue.updatedAt = ctx.state.now();
    return issueLabelsReply(ctx, repo, issue);
  });

  router.get('/repos/:owner/:repo/issues/:issue_number/events', { docs: 'issues/events#list-issue-events' }, (ctx) => {
    const repo = ctx.repo();
    const issue = requireIssue(repo, ctx.params['issue_number']);
    const page = paginate(issue.events, ctx);
    return { status: 200, body: page.items.map((e) => issueEventShape(e, repo, ctx)), headers: page.headers };
  });

  router.delete(base, { docs: 'issues/labels#remove-all-labels-from-an-issue' }, (ctx) => {
    const repo = ctx.repo();
    const issue = requireIssue(repo, ctx.params['issue_number']);
    setIssueLabels(repo, issue, [], { state: ctx.state, login: ctx.caller.user.login });
    issue.updatedAt = ctx.state.now();
    return { status: 204 };
  });
}

/** These endpoints answer with the issue's full label list after the change. */
function issueLabelsReply(ctx: RouteContext, repo: RepoState, issue: IssueRecord): Reply {
  return { status: 200, body: repo.labelsOf(issue).map((label) => labelShape(label, repo, ctx)) };
}
