/**
 * Issue and pull request search.
 * docs.github.com/rest/search/search#search-issues-and-pull-requests
 *
 * Implements the qualifiers our actions use; qualifiers GitHub has but the fake does not
 * implement answer 422 naming the qualifier, so a test never passes on a silently ignored
 * filter. Results are sorted newest first when no `sort` is given (GitHub's "best match"
 * ranking is not reproducible).
 */
import { type HttpError, validationFailed } from '../errors.js';
import { paginate } from '../pagination.js';
import type { RouteContext, Router } from '../router.js';
import { parseSearchQuery, type SearchTerm } from '../search-query.js';
import { issueShape } from '../shapes/issue.js';
import type { RepoState } from '../state/repo-state.js';
import type { IssueRecord } from '../state/records.js';
import { issueOrder } from './issues.js';

/** GitHub's search API never returns more than this many results, whatever the page. */
export const MAX_SEARCH_RESULTS = 1000;

interface Candidate {
  issue: IssueRecord;
  repo: RepoState;
}

type Predicate = (candidate: Candidate) => boolean;

export function registerSearchRoutes(router: Router): void {
  router.get('/search/issues', { docs: 'search/search#search-issues-and-pull-requests' }, (ctx) => {
    const q = ctx.query['q'] ?? '';
    if (q.trim() === '') throw validationFailed({ resource: 'Search', field: 'q', code: 'missing' });
    const terms = parseSearchQuery(q);
    const repos = reposToSearch(ctx, terms);
    // Positive repo: qualifiers chose the repositories above; everything else filters issues.
    const filters = terms.filter((term) => !(term.kind === 'qualifier' && term.key === 'repo' && !term.negated));
    const predicates = filters.map((term) => predicate(term, terms));

    const matches = repos.flatMap((repo) =>
      [...repo.issues.values()]
        .map((issue) => ({ issue, repo }))
        .filter((candidate) => predicates.every((test) => test(candidate))),
    );
    const sorted = sortCandidates(matches, ctx.query);
    const page = paginate(sorted, ctx, { maxItems: MAX_SEARCH_RESULTS });
    return {
      status: 200,
      headers: page.headers,
      body: {
        total_count: matches.length,
        incomplete_results: false,
        items: page.items.map(({ issue, repo }) => ({ ...issueShape(issue, repo, ctx), score: 1 })),
      },
    };
  });
}

/** `repo:` qualifiers are ORed; naming a repository the fake does not host is a 422, as on GitHub. */
function reposToSearch(ctx: RouteContext, terms: SearchTerm[]): RepoState[] {
  const named = terms.filter((term) => term.kind === 'qualifier' && term.key === 'repo' && !term.negated);
  if (named.length === 0) return ctx.state.allRepos();
  return named.map((term) => {
    const [owner = '', name = ''] = term.value.split('/');
    const repo = ctx.state.repo(owner, name);
    if (!repo) {
      throw validationFailed({
        resource: 'Search',
        field: 'q',
        code: 'invalid',
        message:
          'The listed users and repositories cannot be searched either because the resources do not exist ' +
          'or you do not have permission to view them.',
      });
    }
    return repo;
  });
}

function predicate(term: SearchTerm, all: SearchTerm[]): Predicate {
  const test = positive(term, all);
  return term.negated ? (candidate) => !test(candidate) : test;
}

function positive(term: SearchTerm, all: SearchTerm[]): Predicate {
  if (term.kind === 'text') {
    const fields = textFields(all);
    const needle = term.value.toLowerCase();
    return ({ issue }) =>
      (fields.title && issue.title.toLowerCase().includes(needle)) ||
      (fields.body && (issue.body ?? '').toLowerCase().includes(needle));
  }
  const value = term.value.toLowerCase();
  switch (term.key) {
    case 'is':
    case 'type':
    case 'state':
      return isQualifier(term.key, value);
    case 'label':
      // Exact name, case-insensitive; several label: qualifiers must all match.
      return ({ issue, repo }) => repo.labelsOf(issue).some((label) => label.name.toLowerCase() === value);
    case 'no':
      return noQualifier(value);
    case 'author':
      return ({ issue }) => issue.user.toLowerCase() === value;
    case 'assignee':
      return ({ issue }) => issue.assignees.some((login) => login.toLowerCase() === value);
    case 'user':
    case 'org':
      return ({ repo }) => repo.owner.toLowerCase() === value;
    case 'milestone':
      return ({ issue, repo }) =>
        issue.milestone !== null && repo.milestones.get(issue.milestone)?.title.toLowerCase() === value;
    case 'in':
      return () => true; // shapes how text terms match; see textFields
    case 'repo':
      return ({ repo }) => repo.fullName.toLowerCase() === value; // only reached negated
    default:
      throw unsupported(`${term.key}:`);
  }
}

function isQualifier(key: string, value: string): Predicate {
  if (value === 'issue') return ({ issue }) => !issue.isPullRequest;
  if (value === 'pr' || value === 'pull-request') return ({ issue }) => issue.isPullRequest;
  if (key !== 'type' && (value === 'open' || value === 'closed')) return ({ issue }) => issue.state === value;
  if (key === 'is' && (value === 'locked' || value === 'unlocked')) {
    return ({ issue }) => issue.locked === (value === 'locked');
  }
  if (key === 'is' && (value === 'merged' || value === 'unmerged')) {
    return ({ issue, repo }) =>
      issue.isPullRequest && ((repo.pulls.get(issue.number)?.mergedAt ?? null) !== null) === (value === 'merged');
  }
  throw unsupported(`${key}:${value}`);
}

function noQualifier(value: string): Predicate {
  if (value === 'label') return ({ issue }) => issue.labelIds.length === 0;
  if (value === 'assignee') return ({ issue }) => issue.assignees.length === 0;
  if (value === 'milestone') return ({ issue }) => issue.milestone === null;
  throw unsupported(`no:${value}`);
}

/** `in:title` / `in:body` limit where free text is looked for; by default both. */
function textFields(terms: SearchTerm[]): { title: boolean; body: boolean } {
  const scopes = terms.flatMap((term) =>
    term.kind === 'qualifier' && term.key === 'in' ? term.value.toLowerCase().split(',') : [],
  );
  if (scopes.length === 0) return { title: true, body: true };
  return { title: scopes.includes('title'), body: scopes.includes('body') };
}

function unsupported(what: string): HttpError {
  return validationFailed({
    resource: 'Search',
    field: 'q',
    code: 'invalid',
    message:
      `fake-github does not implement the search qualifier "${what}"; ` +
      'add it to tests/support/fake-github/routes/search.ts',
  });
}

/** Same orderings as the issues list, with `order` in place of `direction` (and ignored without `sort`). */
function sortCandidates(candidates: Candidate[], query: Record<string, string>): Candidate[] {
  const sort = query['sort'];
  const compare = issueOrder(sort, sort === undefined ? 'desc' : (query['order'] ?? 'desc'), (issue) => {
    const repo = candidates.find((candidate) => candidate.issue === issue)?.repo;
    return repo ? repo.commentsOn(issue.number).length : 0;
  });
  return [...candidates].sort((a, b) => compare(a.issue, b.issue));
}
