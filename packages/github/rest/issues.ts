/** Issues: listing, creating once, editing, closing, their events, search, and permissions. */
import type { GitHubApi } from '../client.js';
import { GitHubApiError } from '../api-errors.js';
import { createOnce } from '../create-once.js';
import { boundedPages } from '../pagination.js';
import { issueSummary, labelNames, orNull, type Rest } from './rest.js';

export function issuesApi(
  r: Rest,
): Pick<
  GitHubApi,
  | 'listOpenIssues'
  | 'createIssue'
  | 'updateIssue'
  | 'closeIssue'
  | 'getIssue'
  | 'listIssueEvents'
  | 'searchIssues'
  | 'permissionOf'
> {
  const { octokit, owner, repo } = r;
  const it = octokit.paginate.iterator;
  const openIssues = async (labels: string[]) => {
    const { items } = await r.list(
      `open issues labelled ${labels.join(', ')}`,
      it(octokit.rest.issues.listForRepo, {
        owner,
        repo,
        state: 'open',
        labels: labels.join(','),
        sort: 'created',
        direction: 'asc',
        per_page: 100,
      }),
    );
    return items.filter((i) => !i.pull_request).map(issueSummary);
  };
  return {
    listOpenIssues: openIssues,
    async createIssue({ title, body, labels: names }) {
      return createOnce({
        create: async () =>
          issueSummary((await octokit.rest.issues.create({ owner, repo, title, body, labels: names })).data),
        find: async () => (await openIssues(names)).filter((i) => i.title === title).pop() ?? null,
      });
    },
    async updateIssue(issue, { title, body }) {
      await octokit.rest.issues.update({
        owner,
        repo,
        issue_number: issue,
        ...(title === undefined ? {} : { title }),
        ...(body === undefined ? {} : { body }),
      });
    },
    async closeIssue(issue, reason, body) {
      await octokit.rest.issues.update({
        owner,
        repo,
        issue_number: issue,
        state: 'closed',
        state_reason: reason,
        ...(body === undefined ? {} : { body }),
      });
    },
    async getIssue(issue) {
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
    },
    async listIssueEvents(issue) {
      // A bound: promotion requests have a few dozen events. The newest come last, so a cut
      // list would lose exactly the ones that say who labelled the issue now: an error.
      const { items, cut } = await boundedPages(
        it(octokit.rest.issues.listEvents, { owner, repo, issue_number: issue, per_page: 100 }),
        { what: `events of #${issue}`, maxPages: 10 },
        () => {},
      );
      if (cut)
        throw new GitHubApiError(
          `the events of #${issue} run past ${items.length} in 10 pages; who applied its labels cannot be told from part of them`,
          0,
          'too-large',
        );
      return (
        items as {
          event: string;
          actor?: { login?: string } | null;
          label?: { name?: string } | null;
          created_at: string;
        }[]
      ).map((e) => ({
        event: e.event,
        actor: e.actor?.login ?? null,
        label: e.label?.name ?? null,
        created_at: e.created_at,
      }));
    },
    async searchIssues(query) {
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
    },
    async permissionOf(user) {
      const data = await orNull(
        async () => (await octokit.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: user })).data,
      );
      return data === null ? 'none' : ((data as { role_name?: string }).role_name ?? data.permission);
    },
  };
}
