/** The sticky comment and the client, against the local fake of the REST API. */
import { createGitHubClient, type GitHubApi } from '../../packages/github/client.js';
import { GitHubApiError } from '../../packages/github/api-errors.js';
import { stickyMarker, upsertStickyComment } from '../../packages/github/sticky-comment.js';
import { changedLinesFromApi } from '../../packages/diff/changed-lines.js';
import { FakeGitHub } from '../support/fake-github/index.js';

let gh: FakeGitHub;
const sleeps: number[] = [];

function client(token = 'token-rw', extra: Partial<Parameters<typeof createGitHubClient>[0]> = {}): GitHubApi {
  return createGitHubClient({
    token,
    owner: 'tta',
    repo: 'demo',
    baseUrl: gh.url,
    sleep: async (ms) => void sleeps.push(ms),
    ...extra,
  });
}

beforeAll(async () => {
  gh = await FakeGitHub.start();
});
afterAll(() => gh.close());
beforeEach(() => {
  gh.reset();
  sleeps.length = 0;
  gh.addPullRequest({
    number: 7,
    head: { sha: 'b'.repeat(40), ref: 'feature', repoFullName: 'tta/demo' },
    base: { sha: 'a'.repeat(40), ref: 'main', repoFullName: 'tta/demo' },
  });
});

const marker = stickyMarker('coverage-gate', 'neo4j');

describe('sticky comment', () => {
  it('creates one comment, then updates it in place', async () => {
    const api = client();
    const first = await upsertStickyComment(api, 7, marker, 'coverage 60%');
    expect(first.action).toBe('created');
    const second = await upsertStickyComment(api, 7, marker, 'coverage 75%');
    expect(second).toMatchObject({ action: 'updated', comment: { id: first.comment.id } });
    const third = await upsertStickyComment(api, 7, marker, 'coverage 75%');
    expect(third.action).toBe('unchanged');
    const ours = gh.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql'); // the one POST /graphql asks who "we" are
    expect(ours.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /repos/tta/demo/issues/7/comments',
      'PATCH /repos/tta/demo/issues/comments/' + first.comment.id,
    ]);
    expect(ours[1]!.body).toEqual({ body: `${marker}\ncoverage 75%` });
  });

  it('finds its comment on the third page of 250', async () => {
    for (let i = 0; i < 230; i++) gh.addComment(7, { body: `chatter ${i}` });
    const existing = gh.addComment(7, { body: `${marker}\nold`, user: 'github-actions[bot]' });
    for (let i = 0; i < 20; i++) gh.addComment(7, { body: `more ${i}` });
    const r = await upsertStickyComment(client(), 7, marker, 'new');
    expect(r).toMatchObject({ action: 'updated', comment: { id: existing.id } });
    expect(gh.requestsTo('GET', '/repos/tta/demo/issues/7/comments').length).toBe(3);
    expect(gh.requestsTo('POST', /comments$/)).toHaveLength(0);
  });

  it('ignores other gates\u2019 and components\u2019 comments, and a person quoting the marker', async () => {
    gh.addComment(7, { body: stickyMarker('coverage-gate', 'redis') + '\nother component' });
    gh.addComment(7, { body: `> quoting ${marker}` });
    expect((await upsertStickyComment(client(), 7, marker, 'mine')).action).toBe('created');
  });

  it('removes duplicates a race left behind, keeping the oldest', async () => {
    const a = gh.addComment(7, { body: `${marker}\nrun 1`, user: 'github-actions[bot]' });
    const b = gh.addComment(7, { body: `${marker}\nrun 2`, user: 'github-actions[bot]' });
    const r = await upsertStickyComment(client(), 7, marker, 'run 3');
    expect(r).toMatchObject({ action: 'updated', comment: { id: a.id }, removedDuplicates: 1 });
    expect(gh.requestsTo('DELETE', `/repos/tta/demo/issues/comments/${b.id}`)).toHaveLength(1);
  });

  it('leaves exactly one comment when two runs create it at the same moment', async () => {
    const api = client();
    const [a, b] = await Promise.all([
      upsertStickyComment(api, 7, marker, 'run A'),
      upsertStickyComment(api, 7, marker, 'run B'),
    ]);
    const left = (await api.listIssueComments(7)).filter((c) => c.body.startsWith(marker));
    expect(left).toHaveLength(1);
    expect([a.comment.id, b.comment.id]).toEqual([left[0]!.id, left[0]!.id]);
  });

  it('never edits a person\u2019s comment that carries the marker: the bot writes its own', async () => {
    const planted = gh.addComment(7, { body: `${marker}\nlooks like the gate's`, user: 'mallory' });
    const r = await upsertStickyComment(client(), 7, marker, 'coverage 75%');
    expect(r.action).toBe('created');
    expect(r.comment.user?.login).toBe('github-actions[bot]');
    expect(gh.comments(7).find((c) => c.id === planted.id)!.body).toBe(`${marker}\nlooks like the gate's`);
    expect(gh.requestsTo('PATCH', /comments/)).toHaveLength(0);
    expect(gh.requestsTo('DELETE', /comments/)).toHaveLength(0);
    // The next run finds its own comment, not the planted one, and leaves the planted one alone.
    const again = await upsertStickyComment(client(), 7, marker, 'coverage 80%');
    expect(again).toMatchObject({ action: 'updated', comment: { id: r.comment.id }, removedDuplicates: 0 });
    expect(gh.comments(7).map((c) => c.user)).toEqual(['mallory', 'github-actions[bot]']);
  });

  it('is the token\u2019s own identity, learnt once per client through GraphQL viewer { login }', async () => {
    gh.setTokenUser('app-token', 'maturity-app[bot]');
    const bots = gh.addComment(7, { body: `${marker}\nfrom GITHUB_TOKEN`, user: 'github-actions[bot]' });
    const api = client('app-token');
    const first = await upsertStickyComment(api, 7, marker, 'from the app');
    expect(first).toMatchObject({ action: 'created', comment: { user: { login: 'maturity-app[bot]' } } });
    await upsertStickyComment(api, 7, marker, 'from the app, again');
    expect(gh.requestsTo('POST', '/graphql')).toHaveLength(1);
    expect(gh.comments(7).find((c) => c.id === bots.id)!.body).toBe(`${marker}\nfrom GITHUB_TOKEN`);
  });

  it('reports a read-only token (a fork\u2019s) as a permission error', async () => {
    gh.readOnlyTokens.add('ro');
    const e = await upsertStickyComment(client('ro'), 7, marker, 'x').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(GitHubApiError);
    expect((e as GitHubApiError).kind).toBe('permission');
  });
});

describe('client retries and time-outs', () => {
  it('waits out a secondary rate limit (429, Retry-After) and succeeds', async () => {
    gh.rateLimit('/repos/tta/demo/issues/7/comments', { kind: 'secondary', status: 429, retryAfter: 2, method: 'GET' });
    await client().listIssueComments(7);
    expect(sleeps).toEqual([2000]);
    expect(gh.requestsTo('GET', '/repos/tta/demo/issues/7/comments')).toHaveLength(2);
  });

  it('waits for a primary rate limit to reset when it is soon', async () => {
    gh.rateLimit('/repos/tta/demo/issues/7/comments', {
      kind: 'primary',
      reset: Math.floor(Date.now() / 1000) + 5,
      method: 'GET',
    });
    await client().listIssueComments(7);
    expect(sleeps[0]).toBeGreaterThan(4000);
    expect(sleeps[0]).toBeLessThanOrEqual(7000);
  });

  it('gives up at once, saying when, if the limit resets later than it waits', async () => {
    gh.rateLimit('/repos/tta/demo/issues/7/comments', {
      kind: 'primary',
      reset: Math.floor(Date.now() / 1000) + 3600,
      method: 'GET',
    });
    await expect(client().listIssueComments(7)).rejects.toThrow(/rate limit resets at \d\d:\d\d UTC/);
    expect(sleeps).toEqual([]);
  });

  it('retries 502 a bounded number of times', async () => {
    gh.injectFault({ path: '/repos/tta/demo/issues/7/comments', method: 'GET', status: 502, times: 10 });
    await expect(client().listIssueComments(7)).rejects.toThrow(/HTTP 502/);
    expect(gh.requestsTo('GET', '/repos/tta/demo/issues/7/comments')).toHaveLength(4);
    expect(sleeps).toEqual([1000, 2000, 4000]);
  });

  it('times out a slow reply and retries it', async () => {
    gh.slow('/repos/tta/demo/issues/7/comments', 2000, { times: 1 });
    const api = client('token-rw', { timeoutMs: 200 });
    await expect(api.listIssueComments(7)).resolves.toEqual([]);
    expect(sleeps).toEqual([1000]);
  });
});

describe('pull request files', () => {
  it('reads every page, and lists files without a patch as unknown, not unchanged', async () => {
    const files = Array.from({ length: 250 }, (_, i) => ({
      filename: `src/f${i}.py`,
      status: 'modified' as const,
      patch: '@@ -1,1 +1,2 @@\n a\n+b',
    }));
    files.push({ filename: 'src/huge.py', status: 'modified', patch: undefined } as never);
    gh.addPullRequest({
      number: 8,
      head: { sha: 'c'.repeat(40), ref: 'x', repoFullName: 'tta/demo' },
      base: { sha: 'a'.repeat(40), ref: 'main', repoFullName: 'tta/demo' },
      files,
    });
    const changed = await changedLinesFromApi(client(), 8);
    expect(changed.files.size).toBe(250);
    expect(changed.files.get('src/f0.py')).toEqual(new Set([2]));
    expect(changed.unknown).toEqual(['src/huge.py']);
    expect(gh.requestsTo('GET', '/repos/tta/demo/pulls/8/files').length).toBe(3);
  });
});
