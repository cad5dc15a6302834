/**
 * The GitHub REST fake, exercised through the client our actions use (@actions/github's
 * octokit), so what passes here is what the actions will see.
 */
import { getOctokit } from '@actions/github';
import { FakeGitHub, type PullFileSeed } from './fake-github/index.js';
import { blobSha, buildTrees, commitSha } from './fake-github/git-objects.js';
import { createGitHubClient } from '../../packages/github/client.js';

type Octokit = ReturnType<typeof getOctokit>;

interface Failure {
  status: number;
  data: Record<string, unknown>;
  headers: Record<string, string | number | undefined>;
  message: string;
}

/** Awaits a request that must fail and returns what octokit's RequestError carried. */
async function failure(request: Promise<unknown>): Promise<Failure> {
  try {
    await request;
  } catch (error) {
    const e = error as {
      status: number;
      message: string;
      response?: { data: Record<string, unknown>; headers: Record<string, string | number | undefined> };
    };
    return { status: e.status, data: e.response?.data ?? {}, headers: e.response?.headers ?? {}, message: e.message };
  }
  throw new Error('expected the request to fail');
}

let gh: FakeGitHub;
let octokit: Octokit;
const repo = { owner: 'tta', repo: 'demo' };

beforeAll(async () => {
  gh = await FakeGitHub.start(repo);
  octokit = getOctokit('t', { baseUrl: gh.url });
});

afterEach(() => gh.reset());

afterAll(async () => {
  await gh.close();
});

describe('protocol', () => {
  it('answers unknown routes with GitHub 404 body', async () => {
    const error = await failure(octokit.request('GET /no/such/thing'));
    expect(error.status).toBe(404);
    expect(error.data).toMatchObject({ message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
  });

  it('answers 404 for a repository it does not host, with the endpoint docs', async () => {
    const error = await failure(octokit.rest.issues.get({ owner: 'tta', repo: 'other', issue_number: 1 }));
    expect(error.status).toBe(404);
    expect(error.data['documentation_url']).toBe('https://docs.github.com/rest/issues/issues#get-an-issue');
  });

  it('sends GitHub standard headers and counts the quota', async () => {
    gh.addIssue({ number: 1, title: 'one' });
    const first = await octokit.rest.issues.get({ ...repo, issue_number: 1 });
    const second = await octokit.rest.issues.get({ ...repo, issue_number: 1 });
    expect(first.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(first.headers['x-github-request-id']).toMatch(/^[0-9A-F]{4}(:[0-9A-F]+){4}$/);
    expect(first.headers['x-ratelimit-limit']).toBe('5000');
    expect(first.headers['x-ratelimit-resource']).toBe('core');
    expect(Number(second.headers['x-ratelimit-used'])).toBe(Number(first.headers['x-ratelimit-used']) + 1);
    expect(Number(second.headers['x-ratelimit-remaining'])).toBe(5000 - Number(second.headers['x-ratelimit-used']));
    expect(Number(first.headers['x-ratelimit-reset'])).toBeGreaterThan(Date.now() / 1000);
  });

  it('records every request with lower-cased headers, query and parsed body', async () => {
    gh.addIssue({ number: 3, title: 'three' });
    await octokit.rest.issues.createComment({ ...repo, issue_number: 3, body: 'hi' });
    await octokit.rest.issues.listComments({ ...repo, issue_number: 3, per_page: 5 });
    const [post] = gh.requestsTo('POST', /\/issues\/\d+\/comments$/);
    expect(post).toMatchObject({
      method: 'POST',
      path: '/repos/tta/demo/issues/3/comments',
      body: { body: 'hi' },
      status: 201,
    });
    expect(post?.headers['authorization']).toBe('token t');
    expect(gh.requestsTo('GET', '/repos/tta/demo/issues/3/comments')[0]?.query).toEqual({ per_page: '5' });
    expect(gh.requests).toHaveLength(2);
  });

  it('answers 400 to a body that is not JSON and 401 to anonymous writes', async () => {
    gh.addIssue({ number: 1, title: 'one' });
    const url = `${gh.url}/repos/tta/demo/issues/1/comments`;
    const bad = await fetch(url, { method: 'POST', headers: { authorization: 'token t' }, body: '{not json' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ message: 'Problems parsing JSON' });
    const anonymous = await fetch(url, { method: 'POST', body: JSON.stringify({ body: 'x' }) });
    expect(anonymous.status).toBe(401);
    expect(gh.requests.map((request) => request.body)).toEqual(['{not json', { body: 'x' }]);
  });

  it('serves GET /rate_limit from its own counters, search apart from core', async () => {
    await octokit.rest.search.issuesAndPullRequests({ q: 'repo:tta/demo is:issue' });
    const { data } = await octokit.rest.rateLimit.get();
    expect(data.resources.search).toMatchObject({ limit: 30, used: 1, remaining: 29 });
    expect(data.resources.core.used).toBe(0); // /rate_limit itself is free
    expect(data.rate).toEqual(data.resources.core);
  });
});

describe('issues', () => {
  it('returns the documented issue shape', async () => {
    gh.setPermission('alice', 'write');
    gh.addIssue({ number: 7, title: 'Crash', body: 'boom', labels: ['bug'], user: 'alice' });
    const { data } = await octokit.rest.issues.get({ ...repo, issue_number: 7 });
    expect(data).toMatchObject({
      number: 7,
      title: 'Crash',
      body: 'boom',
      state: 'open',
      html_url: 'https://github.com/tta/demo/issues/7',
      url: `${gh.url}/repos/tta/demo/issues/7`,
      user: { login: 'alice', type: 'User' },
      labels: [{ name: 'bug', color: 'ededed', description: null }],
      author_association: 'COLLABORATOR',
      comments: 0,
    });
    expect(data.node_id).toMatch(/^I_/);
    expect(data.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(data.pull_request).toBeUndefined();
  });

  it('updates title, state and labels, recording who closed it', async () => {
    gh.addIssue({ number: 1, title: 'old', labels: ['a'] });
    const { data } = await octokit.rest.issues.update({
      ...repo,
      issue_number: 1,
      title: 'new',
      state: 'closed',
      state_reason: 'not_planned',
      labels: ['b', { name: 'c' }],
    });
    expect(data).toMatchObject({ title: 'new', state: 'closed', state_reason: 'not_planned' });
    expect(data.closed_at).not.toBeNull();
    expect(data.closed_by?.login).toBe('github-actions[bot]');
    expect(gh.labelsOn(1)).toEqual(['b', 'c']);

    const reopened = await octokit.rest.issues.update({ ...repo, issue_number: 1, state: 'open' });
    expect(reopened.data).toMatchObject({ state: 'open', state_reason: 'reopened', closed_at: null });
  });

  it('rejects an invalid state with 422', async () => {
    gh.addIssue({ number: 1, title: 'x' });
    const error = await failure(octokit.request('PATCH /repos/tta/demo/issues/1', { state: 'gone' }));
    expect(error.status).toBe(422);
    expect(error.data).toMatchObject({
      message: 'Validation Failed',
      errors: [{ resource: 'Issue', field: 'state', code: 'invalid' }],
    });
  });

  it('lists by state and by all of a comma-separated label list, pull requests included', async () => {
    gh.addIssue({ number: 1, title: 'bug+ui', labels: ['bug', 'UI'] });
    gh.addIssue({ number: 2, title: 'bug', labels: ['bug'] });
    gh.addIssue({ number: 3, title: 'closed bug', labels: ['bug', 'ui'], state: 'closed' });
    gh.addIssue({ number: 4, title: 'a pr', labels: ['bug'], pull_request: true });

    const open = await octokit.rest.issues.listForRepo({ ...repo, labels: 'bug,ui' });
    expect(open.data.map((issue) => issue.number)).toEqual([1]);
    const all = await octokit.rest.issues.listForRepo({ ...repo, state: 'all', labels: 'bug', direction: 'asc' });
    expect(all.data.map((issue) => issue.number)).toEqual([1, 2, 3, 4]);
    expect(all.data[3]?.pull_request?.url).toBe(`${gh.url}/repos/tta/demo/pulls/4`);
  });
});

describe('issue comments', () => {
  it('paginates with GitHub Link headers that octokit.paginate follows', async () => {
    gh.addIssue({ number: 1, title: 'busy' });
    for (let i = 1; i <= 75; i += 1) gh.addComment(1, { body: `comment ${i}`, user: 'bob' });

    const all = await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: 1, per_page: 30 });
    expect(all.map((comment) => comment.body)).toEqual(Array.from({ length: 75 }, (_, i) => `comment ${i + 1}`));

    const pages = gh.requestsTo('GET', /\/issues\/1\/comments$/);
    expect(pages.map((request) => request.query['page'] ?? '1')).toEqual(['1', '2', '3']);
    // GitHub names the repository by id in pagination links.
    const base = `${gh.url}/repositories/${gh.repo.id}/issues/1/comments?per_page=30`;
    expect(pages[1]?.url).toBe(`/repositories/${gh.repo.id}/issues/1/comments?per_page=30&page=2`);

    const first = await octokit.rest.issues.listComments({ ...repo, issue_number: 1, per_page: 30 });
    expect(first.headers.link).toBe(`<${base}&page=2>; rel="next", <${base}&page=3>; rel="last"`);
    const middle = await octokit.rest.issues.listComments({ ...repo, issue_number: 1, per_page: 30, page: 2 });
    expect(middle.headers.link).toBe(
      `<${base}&page=1>; rel="prev", <${base}&page=3>; rel="next", <${base}&page=3>; rel="last", <${base}&page=1>; rel="first"`,
    );
    const last = await octokit.rest.issues.listComments({ ...repo, issue_number: 1, per_page: 30, page: 3 });
    expect(last.data).toHaveLength(15);
    expect(last.headers.link).toBe(`<${base}&page=2>; rel="prev", <${base}&page=1>; rel="first"`);
  });

  it('defaults to 30 per page, caps per_page at 100 and omits Link on a single page', async () => {
    gh.addIssue({ number: 1, title: 'busy' });
    for (let i = 0; i < 120; i += 1) gh.addComment(1, { body: `c${i}` });
    const byDefault = await octokit.rest.issues.listComments({ ...repo, issue_number: 1 });
    expect(byDefault.data).toHaveLength(30);
    const capped = await octokit.rest.issues.listComments({ ...repo, issue_number: 1, per_page: 500 });
    expect(capped.data).toHaveLength(100);

    gh.addIssue({ number: 2, title: 'quiet' });
    gh.addComment(2, { body: 'only' });
    const single = await octokit.rest.issues.listComments({ ...repo, issue_number: 2 });
    expect(single.headers.link).toBeUndefined();
  });

  it('creates, reads, updates and deletes a comment', async () => {
    gh.addIssue({ number: 5, title: 'x' });
    const created = await octokit.rest.issues.createComment({ ...repo, issue_number: 5, body: 'first' });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({
      body: 'first',
      user: { login: 'github-actions[bot]', type: 'Bot', id: 41898282 },
    });
    expect(created.data.html_url).toBe(`https://github.com/tta/demo/issues/5#issuecomment-${created.data.id}`);
    expect(created.headers.location).toBe(created.data.url);

    const updated = await octokit.rest.issues.updateComment({ ...repo, comment_id: created.data.id, body: 'second' });
    expect(updated.status).toBe(200);
    expect(gh.comments(5).map((comment) => comment.body)).toEqual(['second']);
    const read = await octokit.rest.issues.getComment({ ...repo, comment_id: created.data.id });
    expect(read.data.body).toBe('second');

    const deleted = await octokit.rest.issues.deleteComment({ ...repo, comment_id: created.data.id });
    expect(deleted.status).toBe(204);
    expect(gh.comments(5)).toEqual([]);
    expect((await failure(octokit.rest.issues.getComment({ ...repo, comment_id: created.data.id }))).status).toBe(404);
  });

  it('validates comment bodies like GitHub', async () => {
    gh.addIssue({ number: 1, title: 'x' });
    const missing = await failure(octokit.request('POST /repos/tta/demo/issues/1/comments', { title: 'no body' }));
    expect(missing.status).toBe(422);
    expect(missing.data).toMatchObject({
      message: 'Validation Failed',
      errors: [{ resource: 'IssueComment', field: 'body', code: 'missing_field' }],
    });
    const tooLong = await failure(
      octokit.rest.issues.createComment({ ...repo, issue_number: 1, body: 'x'.repeat(65537) }),
    );
    expect(tooLong.status).toBe(422);
    expect(JSON.stringify(tooLong.data)).toContain('maximum is 65536 characters');
    const noIssue = await failure(octokit.rest.issues.createComment({ ...repo, issue_number: 99, body: 'x' }));
    expect(noIssue.status).toBe(404);
  });

  it('refuses writes from a read-only token with 403, reads still work', async () => {
    gh.addIssue({ number: 1, title: 'x' });
    gh.readOnlyTokens.add('ro-token');
    const forkToken = getOctokit('ro-token', { baseUrl: gh.url });

    await expect(forkToken.rest.issues.get({ ...repo, issue_number: 1 })).resolves.toMatchObject({ status: 200 });
    const error = await failure(forkToken.rest.issues.createComment({ ...repo, issue_number: 1, body: 'nope' }));
    expect(error.status).toBe(403);
    expect(error.data['message']).toBe('Resource not accessible by integration');
    // The same token sent as `Bearer` is just as read-only.
    const bearer = await fetch(`${gh.url}/repos/tta/demo/issues/1/comments`, {
      method: 'POST',
      headers: { authorization: 'Bearer ro-token', 'content-type': 'application/json' },
      body: JSON.stringify({ body: 'nope' }),
    });
    expect(bearer.status).toBe(403);
    expect(gh.comments(1)).toEqual([]);
    expect(gh.requestsTo('POST', /comments$/).map((request) => request.status)).toEqual([403, 403]);
  });
});

describe('faults', () => {
  it('answers a secondary rate limit (429 + retry-after) once, then normally', async () => {
    gh.addIssue({ number: 1, title: 'x' });
    const handle = gh.rateLimit('/repos/tta/demo/issues/1/comments', {
      kind: 'secondary',
      status: 429,
      retryAfter: 7,
      method: 'POST',
    });

    const limited = await failure(octokit.rest.issues.createComment({ ...repo, issue_number: 1, body: 'a' }));
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBe('7');
    expect(limited.data['message']).toMatch(/^You have exceeded a secondary rate limit/);
    expect(limited.data['message']).toContain(String(limited.headers['x-github-request-id']));

    const ok = await octokit.rest.issues.createComment({ ...repo, issue_number: 1, body: 'a' });
    expect(ok.status).toBe(201);
    expect(handle).toMatchObject({ hits: 1, remaining: 0 });
    expect(gh.requests.map((request) => request.status)).toEqual([429, 201]);
  });

  it('answers a primary rate limit with remaining 0 and the reset time', async () => {
    gh.rateLimit(/^\/search\//, { kind: 'primary', reset: 1_900_000_000, resource: 'search' });
    const error = await failure(octokit.rest.search.issuesAndPullRequests({ q: 'is:issue' }));
    expect(error.status).toBe(403);
    expect(error.headers).toMatchObject({
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': '1900000000',
      'x-ratelimit-resource': 'search',
      'x-ratelimit-limit': '30',
    });
    expect(error.data['message']).toMatch(/^API rate limit exceeded/);
  });

  it('applies faults in injection order, each for its number of times', async () => {
    gh.addIssue({ number: 1, title: 'x' });
    const path = '/repos/tta/demo/issues/1';
    gh.injectFault({ path, status: 502, times: 2 });
    gh.injectFault({ path, status: 503, body: { message: 'custom' }, headers: { 'x-custom': 'yes' } });

    expect((await failure(octokit.rest.issues.get({ ...repo, issue_number: 1 }))).status).toBe(502);
    expect((await failure(octokit.rest.issues.get({ ...repo, issue_number: 1 }))).status).toBe(502);
    const third = await failure(octokit.rest.issues.get({ ...repo, issue_number: 1 }));
    expect(third).toMatchObject({ status: 503, data: { message: 'custom' }, headers: { 'x-custom': 'yes' } });
    await expect(octokit.rest.issues.get({ ...repo, issue_number: 1 })).resolves.toMatchObject({ status: 200 });
  });

  it('only matches the method it names', async () => {
    gh.addIssue({ number: 1, title: 'x' });
    gh.injectFault({ method: 'PATCH', path: '/repos/tta/demo/issues/1', status: 500 });
    await expect(octokit.rest.issues.get({ ...repo, issue_number: 1 })).resolves.toMatchObject({ status: 200 });
    expect((await failure(octokit.rest.issues.update({ ...repo, issue_number: 1, title: 'y' }))).status).toBe(500);
  });

  it('delays replies so a client timeout fires, and answers normally when waited for', async () => {
    gh.addIssue({ number: 1, title: 'x' });
    gh.slow('/repos/tta/demo/issues/1', 400);

    const timedOut = octokit.rest.issues.get({
      ...repo,
      issue_number: 1,
      request: { signal: AbortSignal.timeout(50) },
    });
    await expect(timedOut).rejects.toThrow();

    const { data } = await octokit.rest.issues.get({ ...repo, issue_number: 1 });
    expect(data.title).toBe('x');
  });
});

describe('lifecycle', () => {
  it('closes promptly even while a delayed reply is pending', async () => {
    const other = await FakeGitHub.start({ owner: 'o', repo: 'r' });
    other.slow(/.*/, 60_000);
    const pending = getOctokit('t', { baseUrl: other.url }).rest.repos.get({ owner: 'o', repo: 'r' });
    pending.catch(() => undefined);
    while (other.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    // The reply is 60 s away, past this test's time-out: close() resolving at all is the proof.
    await other.close();
    await expect(pending).rejects.toThrow();
  });

  it('serves the repository itself, default branch included', async () => {
    const { data } = await octokit.rest.repos.get(repo);
    expect(data).toMatchObject({
      full_name: 'tta/demo',
      default_branch: 'main',
      owner: { login: 'tta' },
      private: false,
    });
    expect(data.id).toBe(gh.repo.id);
  });
});

describe('labels', () => {
  it('creates labels and refuses case-insensitive duplicates', async () => {
    const created = await octokit.rest.issues.createLabel({
      ...repo,
      name: 'Needs Review',
      color: 'ff0000',
      description: 'd',
    });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({ name: 'Needs Review', color: 'ff0000', description: 'd', default: false });

    const duplicate = await failure(octokit.rest.issues.createLabel({ ...repo, name: 'needs review' }));
    expect(duplicate.status).toBe(422);
    expect(duplicate.data).toMatchObject({
      message: 'Validation Failed',
      errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }],
    });
    const badColor = await failure(octokit.rest.issues.createLabel({ ...repo, name: 'x', color: 'red' }));
    expect(badColor.status).toBe(422);
  });

  it('paginates repository labels in name order', async () => {
    for (const name of ['zeta', 'Alpha', 'beta']) gh.addLabel({ name });
    const all = await octokit.paginate(octokit.rest.issues.listLabelsForRepo, { ...repo, per_page: 2 });
    expect(all.map((label) => label.name)).toEqual(['Alpha', 'beta', 'zeta']);
    expect(gh.requestsTo('GET', /\/labels$/)).toHaveLength(2);
  });

  it('adds (creating missing), removes, and sets labels on an issue', async () => {
    gh.addLabel({ name: 'bug', color: '00ff00' });
    gh.addIssue({ number: 1, title: 'x', labels: ['bug'] });

    const added = await octokit.rest.issues.addLabels({ ...repo, issue_number: 1, labels: ['BUG', 'new-one'] });
    expect(added.data.map((label) => [label.name, label.color])).toEqual([
      ['bug', '00ff00'],
      ['new-one', 'ededed'],
    ]);

    const missing = await failure(octokit.rest.issues.removeLabel({ ...repo, issue_number: 1, name: 'not-there' }));
    expect(missing.status).toBe(404);
    expect(missing.data['message']).toBe('Label does not exist');

    const removed = await octokit.rest.issues.removeLabel({ ...repo, issue_number: 1, name: 'new-one' });
    expect(removed.data.map((label) => label.name)).toEqual(['bug']);

    const set = await octokit.rest.issues.setLabels({ ...repo, issue_number: 1, labels: ['a b/c'] });
    expect(set.data.map((label) => label.name)).toEqual(['a b/c']);
    await octokit.rest.issues.removeLabel({ ...repo, issue_number: 1, name: 'a b/c' });
    expect(gh.labelsOn(1)).toEqual([]);
  });

  it('renames a label everywhere it is used', async () => {
    gh.addIssue({ number: 1, title: 'x', labels: ['old'] });
    const updated = await octokit.rest.issues.updateLabel({ ...repo, name: 'old', new_name: 'new', color: 'abcdef' });
    expect(updated.data).toMatchObject({ name: 'new', color: 'abcdef' });
    expect(gh.labelsOn(1)).toEqual(['new']);
  });
});

describe('pull requests', () => {
  const head = { sha: 'a'.repeat(40), ref: 'feature', repoFullName: 'forker/demo' };
  const base = { sha: 'b'.repeat(40), ref: 'main', repoFullName: 'tta/demo' };

  it('returns head and base, marking a fork head', async () => {
    gh.addPullRequest({ number: 12, title: 'Add x', user: 'forker', head, base, files: [] });
    const { data } = await octokit.rest.pulls.get({ ...repo, pull_number: 12 });
    expect(data).toMatchObject({
      number: 12,
      title: 'Add x',
      state: 'open',
      head: { sha: head.sha, ref: 'feature', label: 'forker:feature', repo: { full_name: 'forker/demo', fork: true } },
      base: { sha: base.sha, ref: 'main', repo: { full_name: 'tta/demo', fork: false } },
      html_url: 'https://github.com/tta/demo/pull/12',
    });
    // A pull request is an issue too.
    const issue = await octokit.rest.issues.get({ ...repo, issue_number: 12 });
    expect(issue.data.pull_request?.html_url).toBe('https://github.com/tta/demo/pull/12');
    expect((await failure(octokit.rest.pulls.get({ ...repo, pull_number: 13 }))).status).toBe(404);
  });

  it('lists files, leaving out patch for binaries and stopping at 3000 files', async () => {
    const files: PullFileSeed[] = Array.from({ length: 3100 }, (_, i) => ({
      filename: `src/file-${i}.ts`,
      status: 'modified',
      patch: '@@ -1 +1 @@\n-old\n+new',
    }));
    files[0] = { filename: 'logo.png', status: 'added', patch: undefined };
    gh.addPullRequest({ number: 3, head, base, files });

    const all = await octokit.paginate(octokit.rest.pulls.listFiles, { ...repo, pull_number: 3, per_page: 100 });
    expect(all).toHaveLength(3000);
    expect(all[0]).not.toHaveProperty('patch');
    expect(all[1]).toMatchObject({
      filename: 'src/file-1.ts',
      additions: 1,
      deletions: 1,
      changes: 2,
      patch: '@@ -1 +1 @@\n-old\n+new',
    });
    expect(gh.requestsTo('GET', /\/pulls\/3\/files$/)).toHaveLength(30);
  });
});

describe('search', () => {
  beforeEach(() => {
    gh.addIssue({ number: 1, title: 'both labels', labels: ['needs review', 'bug'] });
    gh.addIssue({ number: 2, title: 'one label', labels: ['needs review'] });
    gh.addIssue({ number: 3, title: 'closed', labels: ['needs review', 'bug'], state: 'closed' });
    gh.addIssue({ number: 4, title: 'pr', labels: ['needs review', 'bug'], pull_request: true });
    gh.addIssue({ number: 5, title: 'literal wildcard', labels: ['blocker:*'] });
    gh.addIssue({ number: 6, title: 'real blocker', labels: ['blocker:high'] });
  });

  const numbers = (items: { number: number }[]): number[] => items.map((item) => item.number).sort((a, b) => a - b);

  it('ANDs label qualifiers and honours is:/state: qualifiers', async () => {
    const { data } = await octokit.rest.search.issuesAndPullRequests({
      q: 'repo:tta/demo is:issue is:open label:"needs review" label:bug',
    });
    expect(data.total_count).toBe(1);
    expect(data.incomplete_results).toBe(false);
    expect(numbers(data.items)).toEqual([1]);

    const prs = await octokit.rest.search.issuesAndPullRequests({ q: 'repo:tta/demo is:pr state:open label:bug' });
    expect(numbers(prs.data.items)).toEqual([4]);
    const closed = await octokit.rest.search.issuesAndPullRequests({ q: 'repo:tta/demo is:closed' });
    expect(numbers(closed.data.items)).toEqual([3]);
    const without = await octokit.rest.search.issuesAndPullRequests({ q: 'repo:tta/demo is:issue -label:bug label' });
    expect(numbers(without.data.items)).toEqual([2]);
  });

  it('treats label wildcards literally, as GitHub does', async () => {
    const { data } = await octokit.rest.search.issuesAndPullRequests({ q: 'repo:tta/demo label:blocker:*' });
    expect(numbers(data.items)).toEqual([5]);
  });

  it('paginates search results through octokit.paginate', async () => {
    const items = await octokit.paginate(octokit.rest.search.issuesAndPullRequests, {
      q: 'repo:tta/demo',
      per_page: 2,
    });
    expect(numbers(items)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(gh.requestsTo('GET', '/search/issues')).toHaveLength(3);
  });

  it('refuses unknown repositories and qualifiers it does not implement', async () => {
    expect((await failure(octokit.rest.search.issuesAndPullRequests({ q: 'repo:tta/nope is:issue' }))).status).toBe(
      422,
    );
    const unsupported = await failure(
      octokit.rest.search.issuesAndPullRequests({ q: 'repo:tta/demo created:>2020-01-01' }),
    );
    expect(unsupported.status).toBe(422);
    expect(JSON.stringify(unsupported.data)).toContain('created:');
  });
});

describe('collaborator permission', () => {
  it('reports role_name and the legacy permission', async () => {
    gh.setPermission('maria', 'maintain');
    const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: 'maria' });
    expect(data).toMatchObject({ permission: 'write', role_name: 'maintain', user: { login: 'maria' } });
    expect(data.user?.permissions).toEqual({ admin: false, maintain: true, push: true, triage: true, pull: true });

    const owner = await octokit.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: 'tta' });
    expect(owner.data.permission).toBe('admin');
  });

  it('answers 404 for users it has never heard of', async () => {
    const error = await failure(octokit.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: 'ghost' }));
    expect(error.status).toBe(404);
  });
});

describe('contents', () => {
  const b64 = (text: string): string => Buffer.from(text).toString('base64');

  it('serves a file as wrapped base64 with its git blob sha', async () => {
    const long = 'x'.repeat(100);
    gh.putFile('docs/long.md', long);
    const { data } = await octokit.rest.repos.getContent({ ...repo, path: 'docs/long.md' });
    if (Array.isArray(data) || data.type !== 'file') throw new Error('expected a file');
    expect(data.sha).toBe(blobSha(Buffer.from(long)));
    expect(data.content).toMatch(/^([A-Za-z0-9+/=]{60}\n)+[A-Za-z0-9+/=]{1,60}\n$/);
    expect(Buffer.from(data.content, 'base64').toString()).toBe(long);

    const dir = await octokit.rest.repos.getContent({ ...repo, path: 'docs' });
    expect(Array.isArray(dir.data) && dir.data.map((entry) => [entry.name, entry.type])).toEqual([['long.md', 'file']]);
    expect((await failure(octokit.rest.repos.getContent({ ...repo, path: 'nope.md' }))).status).toBe(404);
  });

  it('serves the bytes of a file with the raw media type, and no JSON content above 1 MB, as GitHub does', async () => {
    const big = `${'0123456789abcdef'.repeat(70_000)}\n`; // 1.07 MB
    gh.putFile('data/big.jsonl', big);
    const json = await octokit.rest.repos.getContent({ ...repo, path: 'data/big.jsonl' });
    expect(json.data).toMatchObject({ encoding: 'none', content: '', size: big.length });
    const raw = await octokit.rest.repos.getContent({ ...repo, path: 'data/big.jsonl', mediaType: { format: 'raw' } });
    expect(raw.data).toBe(big);
    // The client reads raw, and hashes what it read as git does, so its sha is the blob's.
    const client = createGitHubClient({ token: 't', ...repo, baseUrl: gh.url, sleep: async () => {} });
    expect(await client.getFile('data/big.jsonl', 'main')).toEqual({ text: big, sha: blobSha(Buffer.from(big)) });
    expect(await client.getFile('data', 'main')).toBeNull();
    expect((await client.listDirectory('data', 'main'))!.map((e) => [e.name, e.type, e.sha, e.size])).toEqual([
      ['big.jsonl', 'file', blobSha(Buffer.from(big)), big.length],
    ]);
    expect(await client.listDirectory('nope', 'main')).toBeNull();
    expect(await client.listDirectory('data', 'no-branch')).toBeNull();
  });

  it('can fail a write after applying it (a 502 from the edge after GitHub wrote)', async () => {
    const rule = gh.injectFault({ method: 'PUT', path: /\/contents\/after\.txt$/, status: 502, afterApplying: true });
    const e = await failure(
      octokit.rest.repos.createOrUpdateFileContents({
        ...repo,
        path: 'after.txt',
        message: 'm',
        content: b64('written'),
      }),
    );
    expect(e.status).toBe(502);
    expect(rule.hits).toBe(1);
    expect(gh.file('after.txt')).toBe('written');
  });

  it('creates, updates with the current sha, and refuses stale or missing shas', async () => {
    const write = (message: string, json: string, sha?: string) =>
      octokit.rest.repos.createOrUpdateFileContents({
        ...repo,
        path: 'state.json',
        message,
        content: b64(json),
        ...(sha === undefined ? {} : { sha }),
      });
    const created = await write('create', '{"v":1}');
    expect(created.status).toBe(201);
    const firstSha = created.data.content?.sha ?? '';
    expect(firstSha).toBe(blobSha(Buffer.from('{"v":1}')));

    const updated = await write('update', '{"v":2}', firstSha);
    expect(updated.status).toBe(200);
    expect(updated.data.commit.parents?.[0]?.sha).toBe(created.data.commit.sha);
    expect(gh.file('state.json')).toBe('{"v":2}');

    const stale = await failure(write('stale', '{"v":3}', firstSha));
    expect(stale.status).toBe(409);
    expect(stale.data['message']).toBe(`state.json does not match ${firstSha}`);

    const noSha = await failure(write('blind', '{}'));
    expect(noSha.status).toBe(422);
    expect(gh.file('state.json')).toBe('{"v":2}');
  });

  it('keeps branches apart and creates branches from a sha', async () => {
    gh.putFile('README.md', '# demo\n');
    const main = await octokit.rest.repos.getBranch({ ...repo, branch: 'main' });
    const ref = await octokit.rest.git.createRef({ ...repo, ref: 'refs/heads/feat/x', sha: main.data.commit.sha });
    expect(ref.status).toBe(201);
    expect(ref.data.object.sha).toBe(main.data.commit.sha);

    const write = await octokit.rest.repos.createOrUpdateFileContents({
      ...repo,
      path: 'only-on-branch.txt',
      message: 'branch work',
      content: b64('hello'),
      branch: 'feat/x',
    });
    const branch = await octokit.rest.repos.getBranch({ ...repo, branch: 'feat/x' });
    expect(branch.data.commit.sha).toBe(write.data.commit.sha);
    expect(gh.file('only-on-branch.txt', 'feat/x')).toBe('hello');
    expect(gh.file('only-on-branch.txt')).toBeUndefined();
    const onMain = await failure(octokit.rest.repos.getContent({ ...repo, path: 'only-on-branch.txt', ref: 'main' }));
    expect(onMain.status).toBe(404);

    const again = await failure(
      octokit.rest.git.createRef({ ...repo, ref: 'refs/heads/feat/x', sha: main.data.commit.sha }),
    );
    expect(again).toMatchObject({ status: 422, data: { message: 'Reference already exists' } });
    const unknownSha = await failure(octokit.rest.git.createRef({ ...repo, ref: 'refs/heads/y', sha: 'c'.repeat(40) }));
    expect(unknownSha.data['message']).toBe('Object does not exist');
    const noBranch = await failure(
      octokit.rest.repos.createOrUpdateFileContents({
        ...repo,
        path: 'a',
        message: 'm',
        content: b64('a'),
        branch: 'nope',
      }),
    );
    expect(noBranch.status).toBe(404);
  });
});

describe('git object hashing', () => {
  // Expected values computed with git itself (`git hash-object`, `git write-tree`, `git commit`).
  it('matches git for blobs, nested trees and commits', () => {
    expect(blobSha(Buffer.from('# demo\n'))).toBe('fc72a5c1094e203eefcd1c710f060957ebbbaac4');
    expect(buildTrees(new Map()).get('')?.sha).toBe('4b825dc642cb6eb9a060e54bf8d69288fbee4904');
    const files = new Map([
      ['README.md', Buffer.from('# demo\n')],
      ['docs/a.md', Buffer.from('a\n')],
      ['docs-b.md', Buffer.from('b\n')],
    ]);
    const tree = buildTrees(files).get('')?.sha ?? '';
    expect(tree).toBe('6803954f2afde0cd037deb302e5c9c14134c54a4');
    const who = { name: 'tta', email: 'tta@x', date: '2024-01-02T03:04:05Z' };
    expect(commitSha({ tree, parents: [], author: who, committer: who, message: 'Initial\n' })).toBe(
      'd00f35d28e675442a1430eaef8dd9a8b14480972',
    );
  });
});

describe('reset', () => {
  it('clears state, requests, faults and token settings but keeps the URL', async () => {
    const url = gh.url;
    gh.addIssue({ number: 1, title: 'x' });
    gh.readOnlyTokens.add('t');
    gh.injectFault({ path: '/repos/tta/demo/issues/1', status: 500 });
    await failure(octokit.rest.issues.createComment({ ...repo, issue_number: 1, body: 'x' }));

    gh.reset();
    expect(gh.url).toBe(url);
    expect(gh.requests).toEqual([]);
    expect(gh.readOnlyTokens.size).toBe(0);
    expect((await failure(octokit.rest.issues.get({ ...repo, issue_number: 1 }))).status).toBe(404);
    gh.addIssue({ number: 1, title: 'again' });
    await expect(octokit.rest.issues.get({ ...repo, issue_number: 1 })).resolves.toMatchObject({ status: 200 });
  });
});

describe('opening pull requests', () => {
  const b64 = (text: string): string => Buffer.from(text).toString('base64');

  /** A branch off main with one commit, made the way a workflow makes it: git refs + contents PUT. */
  async function branchWithCommit(name: string): Promise<string> {
    gh.putFile('README.md', '# demo\n');
    const main = await octokit.rest.git.getRef({ ...repo, ref: 'heads/main' });
    await octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${name}`, sha: main.data.object.sha });
    const write = await octokit.rest.repos.createOrUpdateFileContents({
      ...repo,
      path: 'src/components/neo4j/MATURITY.md',
      message: 'Promote neo4j',
      content: b64('**Current Stage**: Production\n'),
      branch: name,
    });
    return write.data.commit.sha ?? '';
  }

  it('opens one from a branch, as an issue too, and lists it by head and base', async () => {
    const sha = await branchWithCommit('promote/neo4j');
    const created = await octokit.rest.pulls.create({
      ...repo,
      title: 'Promote neo4j to Production',
      head: 'promote/neo4j',
      base: 'main',
      body: 'Criteria met.',
      draft: true,
    });
    expect(created.status).toBe(201);
    expect(created.headers.location).toBe(`${gh.url}/repos/tta/demo/pulls/${created.data.number}`);
    expect(created.data).toMatchObject({
      number: 1,
      state: 'open',
      title: 'Promote neo4j to Production',
      body: 'Criteria met.',
      draft: true,
      user: { login: 'github-actions[bot]' },
      head: { ref: 'promote/neo4j', sha, label: 'tta:promote/neo4j', repo: { full_name: 'tta/demo', fork: false } },
      base: { ref: 'main', repo: { full_name: 'tta/demo' } },
      html_url: 'https://github.com/tta/demo/pull/1',
    });
    // Issues and pull requests share one number sequence.
    gh.addIssue({ title: 'next' });
    expect(gh.issue(2)).toMatchObject({ number: 2 });
    const issue = await octokit.rest.issues.get({ ...repo, issue_number: 1 });
    expect(issue.data.pull_request?.html_url).toBe('https://github.com/tta/demo/pull/1');

    const listed = await octokit.rest.pulls.list({ ...repo, state: 'open', head: 'tta:promote/neo4j', base: 'main' });
    expect(listed.data.map((p) => p.number)).toEqual([1]);
    const other = await octokit.rest.pulls.list({ ...repo, state: 'open', head: 'tta:promote/redis', base: 'main' });
    expect(other.data).toEqual([]);
  });

  it('refuses a second open one for the same head and base, with GitHub\u2019s message', async () => {
    await branchWithCommit('promote/neo4j');
    const first = await octokit.rest.pulls.create({ ...repo, title: 'one', head: 'promote/neo4j', base: 'main' });
    const again = await failure(
      octokit.rest.pulls.create({ ...repo, title: 'two', head: 'tta:promote/neo4j', base: 'main' }),
    );
    expect(again.status).toBe(422);
    expect(again.data).toMatchObject({
      message: 'Validation Failed',
      errors: [
        { resource: 'PullRequest', code: 'custom', message: 'A pull request already exists for tta:promote/neo4j.' },
      ],
      documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request',
    });
    // Once it is closed, another may be opened.
    await octokit.rest.issues.update({ ...repo, issue_number: first.data.number, state: 'closed' });
    const second = await octokit.rest.pulls.create({ ...repo, title: 'two', head: 'promote/neo4j', base: 'main' });
    expect(second.data.number).toBe(first.data.number + 1);
  });

  it('refuses head == base, a head that does not exist, a head without commits, a read-only token', async () => {
    await branchWithCommit('promote/neo4j');
    const same = await failure(octokit.rest.pulls.create({ ...repo, title: 't', head: 'main', base: 'main' }));
    expect(same).toMatchObject({
      status: 422,
      data: { errors: [{ resource: 'PullRequest', code: 'custom', message: 'No commits between main and main' }] },
    });
    const missing = await failure(octokit.rest.pulls.create({ ...repo, title: 't', head: 'nope', base: 'main' }));
    expect(missing).toMatchObject({
      status: 422,
      data: { errors: [{ resource: 'PullRequest', field: 'head', code: 'invalid' }] },
    });
    const fork = await failure(
      octokit.rest.pulls.create({ ...repo, title: 't', head: 'forker:promote/neo4j', base: 'main' }),
    );
    expect(fork.data['errors']).toEqual([{ resource: 'PullRequest', field: 'head', code: 'invalid' }]);
    const noBase = await failure(
      octokit.rest.pulls.create({ ...repo, title: 't', head: 'promote/neo4j', base: 'release' }),
    );
    expect(noBase.data['errors']).toEqual([{ resource: 'PullRequest', field: 'base', code: 'invalid' }]);

    gh.createBranch('empty');
    const empty = await failure(octokit.rest.pulls.create({ ...repo, title: 't', head: 'empty', base: 'main' }));
    expect(empty.data['errors']).toEqual([
      { resource: 'PullRequest', code: 'custom', message: 'No commits between main and empty' },
    ]);
    // main is behind the branch: the other way round there is nothing to merge either.
    const backwards = await failure(
      octokit.rest.pulls.create({ ...repo, title: 't', head: 'main', base: 'promote/neo4j' }),
    );
    expect(backwards.data['errors']).toEqual([
      { resource: 'PullRequest', code: 'custom', message: 'No commits between promote/neo4j and main' },
    ]);

    const noTitle = await failure(
      octokit.request('POST /repos/tta/demo/pulls', { head: 'promote/neo4j', base: 'main' }),
    );
    expect(noTitle.data['errors']).toEqual([{ resource: 'PullRequest', field: 'title', code: 'missing_field' }]);
    gh.readOnlyTokens.add('t');
    const readOnly = await failure(
      octokit.rest.pulls.create({ ...repo, title: 't', head: 'promote/neo4j', base: 'main' }),
    );
    expect(readOnly.status).toBe(403);
    expect(gh.repo.pulls.size).toBe(0);
  });
});

describe('milestones', () => {
  it('creates one, keeping due_on as GitHub does (the Pacific day, at its midnight in UTC)', async () => {
    const created = await octokit.rest.issues.createMilestone({
      ...repo,
      title: 'neo4j → Production',
      description: 'Promotion target',
      due_on: '2026-12-01T12:00:00Z',
    });
    expect(created.status).toBe(201);
    expect(created.headers.location).toBe(`${gh.url}/repos/tta/demo/milestones/1`);
    expect(created.data).toMatchObject({
      number: 1,
      title: 'neo4j → Production',
      description: 'Promotion target',
      state: 'open',
      due_on: '2026-12-01T08:00:00Z',
      open_issues: 0,
      closed_issues: 0,
      closed_at: null,
      creator: { login: 'github-actions[bot]' },
      html_url: 'https://github.com/tta/demo/milestone/1',
    });
    const summer = await octokit.rest.issues.createMilestone({
      ...repo,
      title: 'summer',
      due_on: '2026-07-01T12:00:00Z',
    });
    expect(summer.data.due_on).toBe('2026-07-01T07:00:00Z');
    // UTC midnight is still the day before in California.
    const midnight = await octokit.rest.issues.createMilestone({
      ...repo,
      title: 'midnight',
      due_on: '2026-12-01T00:00:00Z',
    });
    expect(midnight.data.due_on).toBe('2026-11-30T08:00:00Z');
    const none = await octokit.rest.issues.createMilestone({ ...repo, title: 'someday' });
    expect(none.data).toMatchObject({ number: 4, due_on: null, description: null });
    const bad = await failure(octokit.rest.issues.createMilestone({ ...repo, title: 'bad', due_on: 'next week' }));
    expect(bad.data['errors']).toEqual([{ resource: 'Milestone', field: 'due_on', code: 'invalid' }]);
  });

  it('refuses a title in use, open or closed, with already_exists', async () => {
    gh.addMilestone({ title: 'v1', state: 'closed' });
    await octokit.rest.issues.createMilestone({ ...repo, title: 'v2' });
    for (const title of ['v1', 'v2']) {
      const again = await failure(octokit.rest.issues.createMilestone({ ...repo, title }));
      expect(again).toMatchObject({
        status: 422,
        data: {
          message: 'Validation Failed',
          errors: [{ resource: 'Milestone', code: 'already_exists', field: 'title' }],
          documentation_url: 'https://docs.github.com/rest/issues/milestones#create-a-milestone',
        },
      });
    }
    expect(gh.repo.milestones.size).toBe(2);
  });

  it('lists open ones by due date (undated last), or by completeness, either direction, in pages', async () => {
    gh.addMilestone({ number: 1, title: 'undated' });
    gh.addMilestone({ number: 2, title: 'late', due_on: '2027-03-01' });
    gh.addMilestone({ number: 3, title: 'soon', due_on: '2026-12-01' });
    gh.addMilestone({ number: 4, title: 'done', due_on: '2026-01-01', state: 'closed' });
    const titles = async (params: Record<string, string> = {}) =>
      (await octokit.rest.issues.listMilestones({ ...repo, ...params })).data.map((m) => m.title);
    expect(await titles()).toEqual(['soon', 'late', 'undated']);
    expect(await titles({ direction: 'desc' })).toEqual(['undated', 'late', 'soon']);
    expect(await titles({ state: 'all' })).toEqual(['done', 'soon', 'late', 'undated']);
    expect(await titles({ state: 'closed' })).toEqual(['done']);

    gh.addIssue({ title: 'a', milestone: 2, state: 'closed' });
    gh.addIssue({ title: 'b', milestone: 2 });
    gh.addIssue({ title: 'c', milestone: 3, state: 'closed' });
    expect(await titles({ sort: 'completeness' })).toEqual(['undated', 'late', 'soon']);
    expect(await titles({ sort: 'completeness', direction: 'desc' })).toEqual(['soon', 'late', 'undated']);
    const late = (await octokit.rest.issues.getMilestone({ ...repo, milestone_number: 2 })).data;
    expect(late).toMatchObject({ open_issues: 1, closed_issues: 1, due_on: '2027-03-01T08:00:00Z' });
    const invalid = await failure(octokit.request('GET /repos/tta/demo/milestones', { state: 'done' }));
    expect(invalid.status).toBe(422);

    for (let i = 5; i <= 130; i++) gh.addMilestone({ number: i, title: `m${i}`, due_on: '2028-01-01' });
    const all = await octokit.paginate(octokit.rest.issues.listMilestones, { ...repo, per_page: 100 });
    expect(all).toHaveLength(129);
    expect(
      gh.requestsTo('GET', '/repos/tta/demo/milestones').filter((r) => r.query['per_page'] === '100'),
    ).toHaveLength(2);
  });

  it('updates title, description, due date and state; refuses a taken title; 404 for none', async () => {
    gh.addMilestone({ number: 1, title: 'v1', due_on: '2026-12-01' });
    gh.addMilestone({ number: 2, title: 'v2' });
    gh.addIssue({ number: 9, title: 'in v1', milestone: 1 });
    const closed = await octokit.rest.issues.updateMilestone({
      ...repo,
      milestone_number: 1,
      title: 'v1.0',
      description: 'shipped',
      state: 'closed',
    });
    expect(closed.data).toMatchObject({
      title: 'v1.0',
      description: 'shipped',
      state: 'closed',
      due_on: '2026-12-01T08:00:00Z',
    });
    expect(closed.data.closed_at).toEqual(expect.any(String));
    // Issues embed the milestone as the milestones API answers it.
    expect(gh.issue(9)['milestone']).toEqual(closed.data);

    const cleared = await octokit.request('PATCH /repos/tta/demo/milestones/1', { due_on: null, state: 'open' });
    expect(cleared.data).toMatchObject({ due_on: null, state: 'open', closed_at: null });
    const taken = await failure(octokit.rest.issues.updateMilestone({ ...repo, milestone_number: 2, title: 'v1.0' }));
    expect(taken.data['errors']).toEqual([{ resource: 'Milestone', code: 'already_exists', field: 'title' }]);
    const same = await octokit.rest.issues.updateMilestone({ ...repo, milestone_number: 2, title: 'v2' });
    expect(same.status).toBe(200);
    expect(
      (await failure(octokit.rest.issues.updateMilestone({ ...repo, milestone_number: 7, title: 'x' }))).status,
    ).toBe(404);
    expect((await failure(octokit.rest.issues.getMilestone({ ...repo, milestone_number: 7 }))).status).toBe(404);
  });
});

describe('GitHubApi: pull requests and milestones', () => {
  const api = () =>
    createGitHubClient({ token: 't', owner: 'tta', repo: 'demo', baseUrl: gh.url, sleep: async () => {} });

  it('finds no pull request, opens one, then finds it', async () => {
    gh.createBranch('promote/neo4j');
    gh.putFile('MATURITY.md', '**Current Stage**: Production\n', { branch: 'promote/neo4j' });
    const client = api();
    expect(await client.findOpenPullRequest('promote/neo4j', 'main')).toBeNull();
    const opened = await client.createPullRequest({
      title: 'Promote',
      head: 'promote/neo4j',
      base: 'main',
      body: 'why',
    });
    expect(opened).toEqual({ number: 1, html_url: 'https://github.com/tta/demo/pull/1' });
    expect(await client.findOpenPullRequest('promote/neo4j', 'main')).toEqual(opened);
    expect(await client.findOpenPullRequest('tta:promote/neo4j', 'main')).toEqual(opened);
    expect(await client.findOpenPullRequest('promote/neo4j', 'release')).toBeNull();
    // GitHub refuses a second one (422); the client converges on the one that is open.
    expect(await client.createPullRequest({ title: 'again', head: 'promote/neo4j', base: 'main', body: '' })).toEqual(
      opened,
    );
    expect(gh.requestsTo('POST', '/repos/tta/demo/pulls').map((r) => r.status)).toEqual([201, 422]);
  });

  it('lists every open milestone and creates one due on a day, converging on a title in use', async () => {
    for (let i = 1; i <= 120; i++) gh.addMilestone({ title: `m${i}`, due_on: '2027-01-01' });
    gh.addMilestone({ title: 'closed one', state: 'closed' });
    const client = api();
    const listed = await client.listMilestones();
    expect(listed).toHaveLength(120);
    expect(listed[0]).toEqual({ number: 1, title: 'm1', due_on: '2027-01-01T08:00:00Z', state: 'open' });

    const created = await client.createMilestone({
      title: 'neo4j → Production',
      description: 'target',
      dueOn: '2026-12-01',
    });
    expect(created).toEqual({ number: 122, title: 'neo4j → Production' });
    expect(gh.repo.milestones.get(122)).toMatchObject({ dueOn: '2026-12-01T08:00:00Z', description: 'target' });
    expect(await client.createMilestone({ title: 'neo4j → Production' })).toEqual(created);
    expect(await client.createMilestone({ title: 'closed one' })).toEqual({ number: 121, title: 'closed one' });
    expect(gh.repo.milestones.size).toBe(122);
  });
});

describe('token permissions', () => {
  test('a token registered with scopes may only do what they allow; metadata is always readable', async () => {
    gh.reset();
    gh.addIssue({ number: 1, title: 'an issue' });
    gh.addPullRequest({
      number: 2,
      head: { sha: 'a'.repeat(40), ref: 'feature', repoFullName: 'tta/demo' },
      base: { sha: 'b'.repeat(40), ref: 'main', repoFullName: 'tta/demo' },
    });
    gh.setTokenPermissions('scoped', { issues: 'read', 'pull-requests': 'write' });
    const scoped = getOctokit('scoped', { baseUrl: gh.url });
    expect((await scoped.rest.issues.get({ ...repo, issue_number: 1 })).status).toBe(200);
    expect((await scoped.rest.repos.get(repo)).status).toBe(200);
    const refused = await failure(scoped.rest.issues.createComment({ ...repo, issue_number: 1, body: 'no' }));
    expect([refused.status, refused.data['message']]).toEqual([403, 'Resource not accessible by integration']);
    // A pull request's conversation accepts pull-requests: write, as on GitHub.
    expect((await scoped.rest.issues.createComment({ ...repo, issue_number: 2, body: 'yes' })).status).toBe(201);
    expect((await failure(scoped.rest.repos.getContent({ ...repo, path: 'README.md' }))).status).toBe(403);
    expect((await failure(scoped.request('GET /repos/tta/demo/actions/artifacts'))).status).toBe(403);
  });
});
