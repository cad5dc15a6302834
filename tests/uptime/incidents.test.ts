/** Incident issues through the fake GitHub API: opened once, never duplicated (even by overlapping runs), closed on recovery. */
import { createGitHubClient } from '../../packages/github/client.js';
import { syncIncident } from '../../packages/uptime/incidents.js';
import type { Sample } from '../../packages/uptime/sample.js';
import { FakeGitHub } from '../support/fake-github/index.js';

let gh: FakeGitHub;
beforeAll(async () => {
  gh = await FakeGitHub.start({ owner: 'tta', repo: 'demo' });
});
afterAll(() => gh.close());
beforeEach(() => gh.reset());

const api = () =>
  createGitHubClient({ token: 't', owner: 'tta', repo: 'demo', baseUrl: gh.url, sleep: async () => {} });
const down: Sample = {
  t: '2026-11-21T10:00:00.000Z',
  url: 'https://staging.example/neo4j/health',
  state: 'down',
  error: 'connect',
  detail: '@someone <b>refused</b>',
};
const up: Sample = {
  t: '2026-11-21T10:05:00.000Z',
  url: 'https://staging.example/neo4j/health',
  state: 'up',
  status: 200,
  ms: 20,
};
const sync = (probes: Sample[]) =>
  syncIncident(api(), {
    component: 'neo4j',
    name: 'Neo4j',
    probes,
    runUrl: 'https://github.com/tta/demo/actions/runs/1',
    now: new Date('2026-11-21T10:05:00Z'),
  });

describe('syncIncident', () => {
  it('opens one labelled issue on a change to down, and leaves it alone while down', async () => {
    expect((await sync([down])).action).toBe('opened');
    expect((await sync([down])).action).toBe('still-open');
    const posts = gh.requestsTo('POST', '/repos/tta/demo/issues');
    expect(posts).toHaveLength(1);
    const body = posts[0]!.body as { title: string; body: string; labels: string[] };
    expect(body.labels).toEqual(['incident', 'component:neo4j', 'severity:critical']);
    expect(body.body).toContain('@\u200bsomeone &lt;b&gt;refused&lt;/b&gt;');
  });

  it('converges on one issue when two runs open one at once', async () => {
    const results = await Promise.all([sync([down]), sync([down])]);
    const open = await api().listOpenIssues(['incident', 'component:neo4j']);
    expect(open).toHaveLength(1);
    expect(
      results.some((r) => r.duplicatesClosed > 0) || gh.requestsTo('POST', '/repos/tta/demo/issues').length === 1,
    ).toBe(true);
  });

  it('comments and closes on recovery', async () => {
    await sync([down]);
    const r = await sync([up]);
    expect(r.action).toBe('resolved');
    expect(await api().listOpenIssues(['incident', 'component:neo4j'])).toHaveLength(0);
    expect(gh.comments(r.issue!.number).map((c) => c.body)).toEqual([
      expect.stringMatching(
        /^<!-- maturity-actions:uptime-check:recovered:neo4j -->\nRecovered: every health endpoint answered/,
      ),
    ]);
  });
});

describe('syncIncident for many components (a scheduled run)', () => {
  const probe = (c: string, state: Sample['state']): Sample => ({
    t: '2026-11-21T10:00:00.000Z',
    url: `https://staging.example/${c}/health`,
    state,
    ...(state === 'down' ? { error: 'connect' as const } : { status: 200, ms: 9 }),
  });

  it('takes the open incidents listed once, and opens or closes each component\u2019s own', async () => {
    await syncIncident(api(), {
      component: 'auth',
      name: 'Auth',
      probes: [probe('auth', 'down')],
      runUrl: null,
      now: new Date('2026-11-21T09:55:00Z'),
    });
    const before = gh.requestsTo('GET', '/repos/tta/demo/issues').length;
    const open = await api().listOpenIssues(['incident']);
    const sync = (c: string, state: Sample['state']) =>
      syncIncident(
        api(),
        { component: c, name: c, probes: [probe(c, state)], runUrl: null, now: new Date('2026-11-21T10:00:00Z') },
        open,
      );
    const results = [await sync('neo4j', 'down'), await sync('auth', 'up'), await sync('graph', 'up')];
    expect(results.map((r) => r.action)).toEqual(['opened', 'resolved', 'none']);
    // One listing for all three, and one more after opening (to close copies an overlapping run made).
    expect(gh.requestsTo('GET', '/repos/tta/demo/issues').length - before).toBe(2);
    expect((await api().listOpenIssues(['incident'])).map((i) => i.labels)).toEqual([
      ['incident', 'component:neo4j', 'severity:critical'],
    ]);
  });
});
