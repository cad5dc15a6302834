/** One open issue per kind, through the fake GitHub API: never two, not even when a create fails after GitHub made it. */
import { createGitHubClient } from '../../packages/github/client.js';
import { ensureKeyedIssue } from '../../packages/github/keyed-issue.js';
import { FakeGitHub } from '../support/fake-github/index.js';

let gh: FakeGitHub;
beforeAll(async () => {
  gh = await FakeGitHub.start({ owner: 'tta', repo: 'demo' });
});
afterAll(() => gh.close());
beforeEach(() => gh.reset());

const api = () =>
  createGitHubClient({ token: 't', owner: 'tta', repo: 'demo', baseUrl: gh.url, sleep: async () => {} });
const spec = {
  match: ['maintenance:breach', 'component:neo4j'],
  labels: ['severity:P1'],
  title: 'Maintenance breach: Neo4j',
  body: 'uptime 99.20%',
};
const issues = () => [...gh.repo.issues.values()].filter((i) => !i.isPullRequest);

describe('ensureKeyedIssue', () => {
  it('creates the issue once, with its labels, and finds it on the next run', async () => {
    const first = await ensureKeyedIssue(api(), spec);
    expect(first).toMatchObject({ created: true, duplicatesClosed: 0 });
    expect(gh.labelsOn(first.issue.number)).toEqual(['maintenance:breach', 'component:neo4j', 'severity:P1']);
    const second = await ensureKeyedIssue(api(), spec);
    expect(second).toMatchObject({ created: false, issue: { number: first.issue.number } });
    expect(issues()).toHaveLength(1);
  });

  it('does not create a second issue when the create was applied and answered 502', async () => {
    const fault = gh.injectFault({ method: 'POST', path: '/repos/tta/demo/issues', status: 502, afterApplying: true });
    const r = await ensureKeyedIssue(api(), spec);
    expect(fault.hits).toBe(1);
    expect(r.created).toBe(true);
    expect(issues()).toHaveLength(1);
    expect(gh.requestsTo('POST', '/repos/tta/demo/issues')).toHaveLength(1);
  });

  it('creates it again when the 502 came before anything was made', async () => {
    gh.injectFault({ method: 'POST', path: '/repos/tta/demo/issues', status: 502 });
    const r = await ensureKeyedIssue(api(), spec);
    expect(r.created).toBe(true);
    expect(issues()).toHaveLength(1);
    expect(gh.requestsTo('POST', '/repos/tta/demo/issues')).toHaveLength(2);
  });

  it('gives up after three creates that all failed, saying why', async () => {
    gh.injectFault({ method: 'POST', path: '/repos/tta/demo/issues', status: 503, times: 5 });
    await expect(ensureKeyedIssue(api(), spec)).rejects.toThrow(
      /POST \/repos\/\{owner\}\/\{repo\}\/issues failed: HTTP 503/,
    );
    expect(gh.requestsTo('POST', '/repos/tta/demo/issues')).toHaveLength(3);
  });

  it('closes the newer copies an earlier race left open, keeping the oldest', async () => {
    const a = gh.addIssue({ title: 'a', labels: spec.match });
    const b = gh.addIssue({ title: 'b', labels: spec.match });
    const r = await ensureKeyedIssue(api(), spec);
    expect(r).toMatchObject({ created: false, duplicatesClosed: 1, issue: { number: a.number } });
    expect(gh.issue(b.number)).toMatchObject({ state: 'closed', state_reason: 'duplicate' });
  });
});
