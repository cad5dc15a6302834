/**
 * GitHubApi under the faults of a real API (fake-github): creates answered 502 after GitHub
 * applied them are not repeated blindly, hanging replies cost one budget per run, listings
 * stop at a page count, and replies that are too large or not JSON are errors that say so.
 * No timing assertions: bounds are checked by the requests the fake received.
 */
import { GitHubApiError } from '../../packages/github/api-errors.js';
import { createGitHubClient, type ClientOptions } from '../../packages/github/client.js';
import { FakeGitHub } from '../support/fake-github/index.js';

let gh: FakeGitHub;
beforeAll(async () => {
  gh = await FakeGitHub.start({ owner: 'tta', repo: 'demo' });
});
afterAll(() => gh.close());
beforeEach(() => gh.reset());

const client = (o: Partial<ClientOptions> = {}) =>
  createGitHubClient({ token: 't', owner: 'tta', repo: 'demo', baseUrl: gh.url, sleep: async () => {}, ...o });
const AFTER_APPLY = { status: 502, afterApplying: true, times: 3 } as const;

describe('creates answered 502 after they were applied', () => {
  it('make one comment, found again by its text', async () => {
    gh.addIssue({ number: 7, title: 'x' });
    gh.injectFault({ method: 'POST', path: '/repos/tta/demo/issues/7/comments', ...AFTER_APPLY });
    const c = await client().createIssueComment(7, 'Recovered at 10:00.');
    expect(gh.comments(7).map((x) => x.body)).toEqual(['Recovered at 10:00.']);
    expect(c.body).toBe('Recovered at 10:00.');
    expect(gh.requestsTo('POST', '/repos/tta/demo/issues/7/comments')).toHaveLength(1);
  });

  it('make one issue, found again by title and labels', async () => {
    gh.injectFault({ method: 'POST', path: '/repos/tta/demo/issues', ...AFTER_APPLY });
    const i = await client().createIssue({
      title: 'Incident: Neo4j is down',
      body: 'b',
      labels: ['incident', 'component:neo4j'],
    });
    const open = await client().listOpenIssues(['incident']);
    expect(open.map((x) => x.number)).toEqual([i.number]);
    expect(gh.requestsTo('POST', '/repos/tta/demo/issues')).toHaveLength(1);
  });

  it('make one label, one branch, one pull request and one milestone', async () => {
    const api = client();
    for (const path of [
      '/repos/tta/demo/labels',
      '/repos/tta/demo/git/refs',
      '/repos/tta/demo/pulls',
      '/repos/tta/demo/milestones',
    ])
      gh.injectFault({ method: 'POST', path, ...AFTER_APPLY });
    await api.createLabel({ name: 'incident', color: 'b60205', description: 'down' });
    const head = (await api.branchSha('main'))!;
    expect(await api.createBranch('maturity/neo4j-staging', head)).toBe(true);
    gh.putFile('MATURITY.md', 'changed', { branch: 'maturity/neo4j-staging' });
    const pr = await api.createPullRequest({
      title: 'Promote',
      head: 'maturity/neo4j-staging',
      base: 'main',
      body: '',
    });
    const m = await api.createMilestone({ title: 'Neo4j: Production promotion', dueOn: '2026-12-01' });
    expect((await api.listLabels()).map((l) => l.name)).toEqual(['incident']);
    expect(gh.pulls().map((p) => p.number)).toEqual([pr.number]);
    expect(gh.milestones().map((x) => x.number)).toEqual([m.number]);
    for (const path of [
      '/repos/tta/demo/labels',
      '/repos/tta/demo/git/refs',
      '/repos/tta/demo/pulls',
      '/repos/tta/demo/milestones',
    ]) {
      expect(gh.requestsTo('POST', path)).toHaveLength(1);
    }
  });

  it('are tried again when the look finds nothing (the 502 came before GitHub applied it)', async () => {
    gh.addIssue({ number: 7, title: 'x' });
    gh.injectFault({ method: 'POST', path: '/repos/tta/demo/issues/7/comments', status: 502 });
    await client().createIssueComment(7, 'once');
    expect(gh.comments(7).map((x) => x.body)).toEqual(['once']);
    expect(gh.requestsTo('POST', '/repos/tta/demo/issues/7/comments').map((r) => r.status)).toEqual([502, 201]);
  });

  it('are retried after a rate limit, which GitHub answers before doing anything', async () => {
    gh.addIssue({ number: 7, title: 'x' });
    gh.rateLimit('/repos/tta/demo/issues/7/comments', { kind: 'secondary', retryAfter: 0, method: 'POST' });
    await client().createIssueComment(7, 'once');
    expect(gh.requestsTo('POST', '/repos/tta/demo/issues/7/comments').map((r) => r.status)).toEqual([403, 201]);
  });

  it('say when they may have been applied and could not be found', async () => {
    gh.addIssue({ number: 7, title: 'x' });
    gh.injectFault({ method: 'POST', path: '/repos/tta/demo/issues/7/comments', status: 502, times: 10 });
    const e = await client()
      .createIssueComment(7, 'x')
      .catch((x: unknown) => x);
    expect(e).toBeInstanceOf(GitHubApiError);
    expect(e).toMatchObject({ status: 502, kind: 'server', mayHaveApplied: true });
    expect(gh.requestsTo('POST', '/repos/tta/demo/issues/7/comments')).toHaveLength(3);
  });
});

describe('a file write answered 502 after it was applied', () => {
  it('is done: the retry is refused as a conflict, and the file holds what was written', async () => {
    const api = client();
    const { blobSha } = gh.putFile('MATURITY.md', 'old');
    gh.injectFault({ method: 'PUT', path: '/repos/tta/demo/contents/MATURITY.md', ...AFTER_APPLY, times: 1 });
    await api.putFile({ path: 'MATURITY.md', branch: 'main', text: 'new', message: 'm', sha: blobSha });
    expect(gh.file('MATURITY.md')).toBe('new');
    expect(gh.requestsTo('PUT', '/repos/tta/demo/contents/MATURITY.md').map((r) => r.status)).toEqual([502, 409]);
  });

  it('is still a conflict when someone else wrote the file meanwhile', async () => {
    const { blobSha } = gh.putFile('MATURITY.md', 'old');
    gh.putFile('MATURITY.md', 'theirs');
    await expect(
      client().putFile({ path: 'MATURITY.md', branch: 'main', text: 'mine', message: 'm', sha: blobSha }),
    ).rejects.toMatchObject({ status: 409 });
  });
});

describe('a hanging API', () => {
  it('costs one call its budget, and the run no more: later calls fail at once', async () => {
    gh.addIssue({ number: 7, title: 'x' });
    gh.slow(/.*/, 5_000);
    const api = client({ timeoutMs: 150, budgetMs: 400 });
    await expect(api.listIssueComments(7)).rejects.toMatchObject({
      kind: 'timeout',
      message: expect.stringMatching(/no answer within 150 ms/),
    });
    const first = gh.requests.length;
    expect(first).toBeLessThanOrEqual(3);
    await expect(api.getIssue(7)).rejects.toThrow(/not tried: the GitHub API gave no answer earlier in this run/);
    expect(gh.requests.length).toBe(first);
  });

  it('a reply that starts and then stalls is cut by the time-out, not handed back empty', async () => {
    gh.addIssue({ number: 7, title: 'x' });
    gh.injectFault({ path: '/repos/tta/demo/issues/7', status: 200, streamBytes: 1, times: 10 });
    // One byte of a JSON body and then the end: octokit would hand back the text "[" as the issue.
    await expect(client().getIssue(7)).rejects.toMatchObject({ kind: 'malformed' });
  });
});

describe('replies that are not what they claim', () => {
  it('JSON that does not parse is an error naming what came, retried for a read', async () => {
    gh.addIssue({ number: 7, title: 'x' });
    gh.injectFault({ path: '/repos/tta/demo/issues/7', status: 200, raw: '{"number": 7, "tit', times: 10 });
    await expect(client().getIssue(7)).rejects.toThrow(
      /GET \/repos\/\{owner\}\/\{repo\}\/issues\/\{issue_number\} failed: the reply is not valid JSON \(it starts with "\{"number": 7, "tit"\)/,
    );
    expect(gh.requestsTo('GET', '/repos/tta/demo/issues/7')).toHaveLength(4);
  });

  it('a reply over the limit is refused by its length, or cut while streaming', async () => {
    gh.addIssue({ number: 7, title: 'x' });
    gh.injectFault({
      path: '/repos/tta/demo/issues/7/comments',
      status: 200,
      streamBytes: 3 << 20,
      declareLength: true,
    });
    gh.injectFault({ path: '/repos/tta/demo/issues/7/comments', status: 200, streamBytes: 3 << 20 });
    const api = client({ maxReplyBytes: 1 << 20 });
    await expect(api.listIssueComments(7)).rejects.toMatchObject({
      kind: 'too-large',
      message: expect.stringMatching(/the reply is 3 MB, over the 1 MB this action reads/),
    });
    await expect(api.listIssueComments(7)).rejects.toMatchObject({
      kind: 'too-large',
      message: expect.stringMatching(/the reply runs past the 1 MB this action reads/),
    });
    expect(gh.requestsTo('GET', '/repos/tta/demo/issues/7/comments')).toHaveLength(2); // not retried: it would be as large again
  });

  it("a server's message cannot start a line of the log (a workflow command)", async () => {
    gh.addIssue({ number: 7, title: 'x' });
    gh.injectFault({
      path: '/repos/tta/demo/issues/7',
      status: 500,
      body: { message: 'oops\n::error::INJECTED\r\n::add-mask::x' },
      times: 10,
    });
    const log: string[] = [];
    const e = (await client({ log: (m) => log.push(m) })
      .getIssue(7)
      .catch((x: unknown) => x)) as Error;
    for (const line of [e.message, ...log]) expect(line).not.toMatch(/[\r\n]/);
    expect(e.message).toMatch(/HTTP 500 \(oops ::error::INJECTED ::add-mask::x\)/);
  });
});

describe('listings', () => {
  it('stop after the page bound when the server always offers a next page, with a note', async () => {
    gh.addIssue({ number: 7, title: 'x' });
    gh.addComment(7, { body: 'one', user: 'someone' });
    gh.injectFault({
      path: '/repos/tta/demo/issues/7/comments',
      status: 200,
      body: [],
      endlessPages: true,
      times: Number.POSITIVE_INFINITY,
    });
    const notes: string[] = [];
    await client({ note: (m) => notes.push(m), maxPages: 25 }).listIssueComments(7);
    expect(gh.requestsTo('GET', '/repos/tta/demo/issues/7/comments')).toHaveLength(25);
    expect(notes).toEqual(['comments of #7: stopped after 25 pages (0 items); the rest is not read']);
  });

  it("a pull request's files stop at GitHub's 30 pages and say they are cut", async () => {
    gh.addPullRequest({
      number: 3,
      head: { sha: 'b'.repeat(40), ref: 'f', repoFullName: 'tta/demo' },
      base: { sha: 'a'.repeat(40), ref: 'main', repoFullName: 'tta/demo' },
      files: [],
    });
    gh.injectFault({
      path: '/repos/tta/demo/pulls/3/files',
      status: 200,
      body: [{ filename: 'a.py', status: 'modified', patch: '@@ -1 +1 @@\n+x' }],
      endlessPages: true,
      times: Number.POSITIVE_INFINITY,
    });
    const r = await client().listPullRequestFiles(3);
    expect(r.truncated).toBe(true);
    expect(gh.requestsTo('GET', '/repos/tta/demo/pulls/3/files')).toHaveLength(30);
  });

  it("an issue's events cut short are an error (the newest, which say who labelled it, come last)", async () => {
    gh.addIssue({ number: 12, title: 'x' });
    gh.injectFault({
      path: '/repos/tta/demo/issues/12/events',
      status: 200,
      body: [],
      endlessPages: true,
      times: Number.POSITIVE_INFINITY,
    });
    await expect(client().listIssueEvents(12)).rejects.toMatchObject({
      kind: 'too-large',
      message: expect.stringMatching(/run past 0 in 10 pages/),
    });
    expect(gh.requestsTo('GET', '/repos/tta/demo/issues/12/events')).toHaveLength(10);
  });
});
