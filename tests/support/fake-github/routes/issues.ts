/**
 * Issues: create, get, update, list.
 * docs.github.com/rest/issues/issues
 */
import { BodyFields, labelNames } from '../body-fields.js';
import { invalidField } from '../errors.js';
import { paginate } from '../pagination.js';
import type { RouteContext, Router } from '../router.js';
import { issueShape } from '../shapes/issue.js';
import { ensureLabels, setIssueLabels } from '../state/label-ops.js';
import type { RepoState } from '../state/repo-state.js';
import type { IssueRecord, StateReason } from '../state/records.js';
import { seedIssue } from '../seeding.js';
import { requireIssue } from './lookups.js';

const STATE_REASONS = ['completed', 'not_planned', 'reopened', 'duplicate'] as const;

export function registerIssueRoutes(router: Router): void {
  router.get('/repos/:owner/:repo/issues/:issue_number', { docs: 'issues/issues#get-an-issue' }, (ctx) => {
    const repo = ctx.repo();
    return { status: 200, body: issueShape(requireIssue(repo, ctx.params['issue_number']), repo, ctx) };
  });

  router.patch('/repos/:owner/:repo/issues/:issue_number', { docs: 'issues/issues#update-an-issue' }, (ctx) => {
    const repo = ctx.repo();
    const issue = requireIssue(repo, ctx.params['issue_number']);
    updateIssue(ctx, repo, issue);
    return { status: 200, body: issueShape(issue, repo, ctx) };
  });

  router.post('/repos/:owner/:repo/issues', { docs: 'issues/issues#create-an-issue' }, (ctx) => {
    const repo = ctx.repo();
    const fields = new BodyFields(ctx.body, 'Issue');
    const title = fields.requiredString('title');
    const body = fields.nullableString('body') ?? null;
    const labels = fields.has('labels') ? labelNames(fields.raw('labels'), 'Issue') : [];
    const issue = seedIssue(ctx.state, repo, {
      title,
      ...(body === null ? {} : { body }),
      labels,
      user: ctx.caller.user.login,
    });
    return { status: 201, body: issueShape(issue, repo, ctx) };
  });

  router.get('/repos/:owner/:repo/issues', { docs: 'issues/issues#list-repository-issues' }, (ctx) => {
    const repo = ctx.repo();
    const order = issueOrder(
      ctx.query['sort'],
      ctx.query['direction'],
      (issue) => repo.commentsOn(issue.number).length,
    );
    const issues = listFilter(ctx, repo).sort(order);
    const page = paginate(issues, ctx);
    return { status: 200, body: page.items.map((issue) => issueShape(issue, repo, ctx)), headers: page.headers };
  });
}

/** Applies a PATCH body; every field is optional, and only what is sent changes. */
function updateIssue(ctx: RouteContext, repo: RepoState, issue: IssueRecord): void {
  const fields = new BodyFields(ctx.body, 'Issue');
  const title = fields.optionalString('title');
  const body = fields.nullableString('body');
  const state = fields.optionalEnum('state', ['open', 'closed'] as const);
  const stateReason = fields.raw('state_reason') === null ? null : fields.optionalEnum('state_reason', STATE_REASONS);
  const assignees = fields.optionalStringArray('assignees');
  const milestone = readMilestone(fields.raw('milestone'), repo);
  const labels = fields.has('labels')
    ? ensureLabels(ctx.state, repo, labelNames(fields.raw('labels'), 'Issue'))
    : undefined;

  if (title !== undefined) issue.title = title;
  if (body !== undefined) issue.body = body;
  if (assignees !== undefined) issue.assignees = assignees;
  if (milestone !== undefined) issue.milestone = milestone;
  if (labels !== undefined) setIssueLabels(repo, issue, labels, { state: ctx.state, login: ctx.caller.user.login });

  const now = ctx.state.now();
  if (state === 'closed' && issue.state === 'open') {
    issue.state = 'closed';
    issue.closedAt = now;
    issue.closedBy = ctx.caller.user.login;
    issue.stateReason = stateReason ?? 'completed';
  } else if (state === 'open' && issue.state === 'closed') {
    issue.state = 'open';
    issue.closedAt = null;
    issue.closedBy = null;
    issue.stateReason = 'reopened';
  } else if (stateReason !== undefined && issue.state === 'closed') {
    issue.stateReason = stateReason as StateReason;
  }
  issue.updatedAt = now;
}

/** `milestone` is a number, a numeric string, or null to clear; it must exist. */
function readMilestone(value: unknown, repo: RepoState): number | null | undefined {
  if (value === undefined || value === null) return value;
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof number !== 'number' || !repo.milestones.has(number)) throw invalidField('Issue', 'milestone');
  return number;
}

function listFilter(ctx: RouteContext, repo: RepoState): IssueRecord[] {
  const { query } = ctx;
  const state = query['state'] ?? 'open';
  if (!['open', 'closed', 'all'].includes(state)) throw invalidField('Issue', 'state');
  // `labels` is a comma-separated list; an issue must carry all of them.
  const wantedLabels = (query['labels'] ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== '');
  const since = query['since'] === undefined ? undefined : Date.parse(query['since']);

  return [...repo.issues.values()].filter((issue) => {
    if (state !== 'all' && issue.state !== state) return false;
    const names = repo.labelsOf(issue).map((label) => label.name.toLowerCase());
    if (!wantedLabels.every((name) => names.includes(name))) return false;
    if (query['creator'] !== undefined && issue.user.toLowerCase() !== query['creator'].toLowerCase()) return false;
    if (!matchesAssignee(issue, query['assignee'])) return false;
    if (!matchesMilestone(issue, query['milestone'])) return false;
    if (since !== undefined && !Number.isNaN(since) && Date.parse(issue.updatedAt) < since) return false;
    return true;
  });
}

function matchesAssignee(issue: IssueRecord, wanted: string | undefined): boolean {
  if (wanted === undefined) return true;
  if (wanted === '*') return issue.assignees.length > 0;
  if (wanted === 'none') return issue.assignees.length === 0;
  return issue.assignees.some((login) => login.toLowerCase() === wanted.toLowerCase());
}

function matchesMilestone(issue: IssueRecord, wanted: string | undefined): boolean {
  if (wanted === undefined) return true;
  if (wanted === '*') return issue.milestone !== null;
  if (wanted === 'none') return issue.milestone === null;
  return issue.milestone === Number(wanted);
}

/**
 * The order of issue lists: `sort` = created (default) | updated | comments, `direction` =
 * desc (default) | asc. Ties (same second) fall back to the number, i.e. creation order.
 */
export function issueOrder(
  sort: string | undefined,
  direction: string | undefined,
  commentCount: (issue: IssueRecord) => number,
): (a: IssueRecord, b: IssueRecord) => number {
  const sign = direction === 'asc' ? 1 : -1;
  const value = (issue: IssueRecord): number => {
    if (sort === 'updated') return Date.parse(issue.updatedAt);
    if (sort === 'comments') return commentCount(issue);
    return Date.parse(issue.createdAt);
  };
  return (a, b) => sign * (value(a) - value(b) || a.number - b.number);
}
