/** The uptime history on a data branch, through the fake GitHub API: appends, conflicts, concurrent writers. */
import { GitHubApiError } from '../../packages/github/api-errors.js';
import { createGitHubClient } from '../../packages/github/client.js';
import { BranchHistoryStore } from '../../packages/uptime/history-store.js';
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
const store = () => new BranchHistoryStore(api(), 'maturity-data', 'uptime', async () => {});
const sample = (t: string, url = 'https://staging.example/health', state: Sample['state'] = 'up'): Sample => ({
  t,
  url,
  state,
  status: 200,
  ms: 12,
});

describe('BranchHistoryStore', () => {
  it('creates the data branch once, then appends samples to one file per component and day', async () => {
    const s = store();
    await s.ensureBranch();
    await s.ensureBranch();
    const r = await s.append('neo4j', [
      sample('2026-11-20T23:55:00.000Z'),
      sample('2026-11-21T00:00:00.000Z'),
      sample('2026-11-21T00:05:00.000Z'),
    ]);
    expect(r.files).toEqual(['uptime/neo4j/2026-11-20.jsonl', 'uptime/neo4j/2026-11-21.jsonl']);
    expect(gh.requestsTo('POST', '/repos/tta/demo/git/refs')).toHaveLength(1);
    const text = await s.readText('uptime/neo4j/2026-11-21.jsonl');
    expect(
      text!
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as Sample).t),
    ).toEqual(['2026-11-21T00:00:00.000Z', '2026-11-21T00:05:00.000Z']);
  });

  it('does not write a sample twice (a retried append is idempotent)', async () => {
    const s = store();
    await s.ensureBranch();
    await s.append('neo4j', [sample('2026-11-21T00:00:00.000Z')]);
    await s.append('neo4j', [sample('2026-11-21T00:00:00.000Z'), sample('2026-11-21T00:05:00.000Z')]);
    expect((await s.readText('uptime/neo4j/2026-11-21.jsonl'))!.trim().split('\n')).toHaveLength(2);
  });

  it('loses no sample when two runs append at once', async () => {
    await store().ensureBranch();
    const a = Array.from({ length: 5 }, (_, i) => sample(`2026-11-21T01:0${i}:00.000Z`, 'https://a.example/health'));
    const b = Array.from({ length: 5 }, (_, i) => sample(`2026-11-21T01:0${i}:00.000Z`, 'https://b.example/health'));
    gh.slow(/\/contents\//, 30, { method: 'GET' }); // widen the read-write window so the writers collide
    const results = await Promise.all([
      store().append('neo4j', a),
      store().append('neo4j', b),
      store().append('neo4j', a.slice(0, 2)),
    ]);
    const lines = (await store().readText('uptime/neo4j/2026-11-21.jsonl'))!.trim().split('\n');
    expect(lines).toHaveLength(10);
    expect(results.reduce((n, r) => n + r.conflicts, 0)).toBeGreaterThan(0);
    const puts = gh.requestsTo('PUT', /\/contents\/uptime\/neo4j\/2026-11-21\.jsonl$/);
    expect(puts.some((p) => p.status === 409 || p.status === 422)).toBe(true);
  });

  it('keeps a torn last line on its own line', async () => {
    const s = store();
    await s.ensureBranch();
    const client = api();
    await client.putFile({
      path: 'uptime/neo4j/2026-11-21.jsonl',
      branch: 'maturity-data',
      text: '{"t":"2026-11-21T00:00:00.000Z","url":"x","sta',
      message: 'torn',
      sha: null,
    });
    await s.append('neo4j', [sample('2026-11-21T00:05:00.000Z')]);
    const lines = (await s.readText('uptime/neo4j/2026-11-21.jsonl'))!.split('\n');
    expect(lines[0]).toBe('{"t":"2026-11-21T00:00:00.000Z","url":"x","sta');
    expect(JSON.parse(lines[1]!)).toMatchObject({ t: '2026-11-21T00:05:00.000Z' });
  });

  it('passes on errors that are not conflicts', async () => {
    const s = store();
    await s.ensureBranch();
    gh.injectFault({ method: 'PUT', path: /\/contents\//, status: 403, times: 10 });
    await expect(s.append('neo4j', [sample('2026-11-21T00:00:00.000Z')])).rejects.toBeInstanceOf(GitHubApiError);
  });
});
