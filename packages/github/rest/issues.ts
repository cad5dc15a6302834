/** Issues: listing, creating once, editing, closing, their events, search, and permissions. */
import type { FoundIssue, GitHubApi, IssueDetail, IssueEvent, IssueSummary } from '../client.js';
import { GitHubApiError } from '../api-errors.js';
import { createOnce } from '../create-once.js';
import { boundedPages } from '../pagination.js';
import { issueSummary, labelNames, orNull, type Rest } from './rest.js';

type IssuesApi = Pick<
  GitHubApi,
  | 'listOpenIssues'
  | 'createIssue'
  | 'updateIssue'
  | 'closeIssue'
  | 'getIssue'
  | 'listIssueEvents'
  | 'searchIssues'
  | 'permissionOf'
>;

/** The issue operations, each a function of the shared REST parts (below). */
export function issuesApi(r: Rest): IssuesApi {
  return {
    listOpenIssues: (labels) => openIssues(r, labels),
    createIssue: (p) => createIssue(r, p),
    updateIssue: (issue, p) => updateIssue(r, issue, p),
    closeIssue: (issue, reason, body) => closeIssue(r, issue, reason, body),
    getIssue: (issue) => getIssue(r, issue),
    listIssueEvents: (issue) => listIssueEvents(r, issue),
    searchIssues: (query) => searchIssues(r, query),
    permissionOf: (user) => permissionOf(r, user),
  };
}

async function openIssues({ octokit, owner, repo, list }: Rest, labels: string[]): Promise<IssueSummary[]> {
  const { items } = await list(
    `open issues labelled ${labels.join(', ')}`,
    octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
      owner,
      repo,
      state: 'open',
      labels: labels.join(','),
      sort: 'created',
      direction: 'asc',
      per_page: 100,
    }),
  );
  // The issues listing includes pull requests; they are not issues here.
  return items.filter((i) => !i.pull_request).map(issueSummary);
}

async function createIssue(r: Rest, { title, body, labels }: Parameters<IssuesApi['createIssue']>[0]) {
  const { octokit, owner, repo } = r;
  return createOnce({
    create: async () => issueSummary((await octokit.rest.issues.create({ owner, repo, title, body, labels })).data),
    // An open issue with the same title and labels: ours, from the attempt that answered 502.
    find: async () => (await openIssues(r, labels)).filter((i) => i.title === title).pop() ?? null,
  });
}

async function updateIssue(
  { octokit, owner, repo }: Rest,
  issue: number,
  { title, body }: Parameters<IssuesApi['updateIssue']>[1],
): Promise<void> {
  await octokit.rest.issues.update({
    owner,
    repo,
    issue_number: issue,
    ...(title === undefined ? {} : { title }),
    ...(body === undefined ? {} : { body }),
  });
}

async function closeIssue(
  { octokit, owner, repo }: Rest,
  issue: number,
  reason: Parameters<IssuesApi['closeIssue']>[1],
  body?: string,
): Promise<void> {
  await octokit.rest.issues.update({
    owner,
    repo,
    issue_number: issue,
    state: 'closed',
    state_reason: reason,
    ...(body === undefined ? {} : { body }),
  });
}

async function getIssue({ octokit, owner, repo }: Rest, issue: number): Promise<IssueDetail | null> {
  const data = await orNull(async () => (await octokit.rest.issues.get({ owner, repo, issue_number: issue })).data);
  if (data === null) return null;
  return {
    number: data.number,
    title: data.title,
    body: data.body ?? null,
    labels: labelNames(data.labels),
    user: data.user?.login ?? null,
    html_url: data.html_url,
    node_id: data.node_id,
    state: data.state,
    created_at: data.created_at,
  };
}

/** An event as GitHub lists it: the fields we read (octokit types events as a wide union). */
interface RawIssueEvent {
  event: string;
  actor?: { login?: string } | null;
  label?: { name?: string } | null;
  created_at: string;
}

async function listIssueEvents({ octokit, owner, repo }: Rest, issue: number): Promise<IssueEvent[]> {
  // A bound: promotion requests have a few dozen events. The newest come last, so a cut
  // list would lose exactly the ones that say who labelled the issue now: an error.
  const { items, cut } = await boundedPages(
    octokit.paginate.iterator(octokit.rest.issues.listEvents, { owner, repo, issue_number: issue, per_page: 100 }),
    { what: `events of #${issue}`, maxPages: 10 },
    () => {},
  );
  if (cut)
    throw new GitHubApiError(
      `the events of #${issue} run past ${items.length} in 10 pages; who applied its labels cannot be told from part of them`,
      0,
      'too-large',
    );
  return (items as RawIssueEvent[]).map((e) => ({
    event: e.event,
    actor: e.actor?.login ?? null,
    label: e.label?.name ?? null,
    created_at: e.created_at,
  }));
}

async function searchIssues({ octokit }: Rest, query: string): Promise<FoundIssue[]> {
  const { data } = await octokit.rest.search.issuesAndPullRequests({ q: query, per_page: 100 });
  return data.items.map((i) => ({
    number: i.number,
    title: i.title,
    html_url: i.html_url,
    labels: labelNames(i.labels),
    state: i.state,
    created_at: i.created_at,
    closed_at: i.closed_at,
  }));
}

async function permissionOf({ octokit, owner, repo }: Rest, user: string): Promise<string> {
  const data = await orNull(
    async () => (await octokit.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: user })).data,
  );
  // `role_name` names custom roles (and maintain, triage); `permission` folds them into admin, write, read.
  return data === null ? 'none' : ((data as { role_name?: string }).role_name ?? data.permission);
}
