/**
 * The shared uptime history (format 2) through the fake GitHub API: one day file for every
 * component, optimistic appends that neither lose nor duplicate a sample (overlapping runs, a
 * write that failed after it was applied), rollups kept current by the day file's sha, and
 * format-1 history copied in once.
 */
import { createGitHubClient } from '../../packages/github/client.js';
import { gitBlobSha } from '../../packages/github/git-blob.js';
import type { Sample } from '../../packages/uptime/sample.js';
import { SharedHistory, type DayNeed, type Recorded } from '../../packages/uptime/shared-history.js';
import { parseSharedDay } from '../../packages/uptime/shared-lines.js';
import { readSharedRollup } from '../../packages/uptime/shared-rollup.js';
import { FakeGitHub } from '../support/fake-github/index.js';

let gh: FakeGitHub;
beforeAll(async () => {
  gh = await FakeGitHub.start({ owner: 'tta', repo: 'demo' });
});
afterAll(() => gh.close());
beforeEach(() => gh.reset());

const BRANCH = 'maturity-data';
const FIVE_MIN = 300_000;
const api = () =>
  createGitHubClient({ token: 't', owner: 'tta', repo: 'demo', baseUrl: gh.url, sleep: async () => {} });
const history = () => new SharedHistory(api(), BRANCH, async () => {});
const url = (c: string) => `https://staging.example/${c}/health`;
const probe = (c: string, t: string, state: Sample['state'] = 'up'): Recorded => ({
  component: c,
  sample: { t, url: url(c), state, status: 200, ms: 12 },
});
const run = (
  record: Recorded[],
  needs: DayNeed[],
  today: string,
  extra: { components?: string[]; readOnly?: boolean } = {},
) =>
  history().run({
    needs,
    record,
    components: extra.components ?? [...new Set(record.map((r) => r.component))],
    intervalMs: FIVE_MIN,
    today,
    ...(extra.readOnly ? { readOnly: true } : {}),
  });
const today = (day: string): DayNeed => ({ day, raw: true, rollup: false });
const closed = (day: string): DayNeed => ({ day, raw: false, rollup: true });
const dayText = (day: string) => gh.file(`uptime/v2/${day.slice(0, 7)}/${day.slice(8)}.jsonl`, BRANCH);

describe('SharedHistory', () => {
  it("writes every component's samples of a run in one file and one write, and nothing twice", async () => {
    const probes = ['neo4j', 'auth', 'graph'].map((c) => probe(c, '2026-11-21T10:00:00.000Z'));
    const r = await run(probes, [today('2026-11-21')], '2026-11-21');
    expect(r.written).toMatchObject({ samples: 3, files: ['uptime/v2/2026-11/21.jsonl'], conflicts: 0 });
    expect(gh.requestsTo('PUT', /\/contents\//)).toHaveLength(1);
    expect(r.days.get('2026-11-21')!.raw!.get('auth')).toEqual([probes[1]!.sample]);
    const again = await run(probes, [today('2026-11-21')], '2026-11-21');
    expect(again.written.samples).toBe(0);
    expect(dayText('2026-11-21')!.trim().split('\n')).toHaveLength(3);
    expect(dayText('2026-11-21')!.split('\n')[0]).toBe(
      '{"c":"neo4j","t":"2026-11-21T10:00:00.000Z","url":"https://staging.example/neo4j/health","state":"up","status":200,"ms":12}',
    );
  });

  it('loses no sample and duplicates none when runs overlap', async () => {
    await run([probe('neo4j', '2026-11-21T09:55:00.000Z')], [today('2026-11-21')], '2026-11-21');
    gh.slow(/\/contents\//, 150, { method: 'GET' }); // widen the read-write window so the writers collide
    const runs = [0, 1, 2].map((i) => ['neo4j', 'auth'].map((c) => probe(c, `2026-11-21T10:0${i}:00.000Z`)));
    const results = await Promise.all(
      [...runs, runs[0]!].map((record) => run(record, [today('2026-11-21')], '2026-11-21')),
    );
    const day = parseSharedDay(dayText('2026-11-21')!, '2026-11-21');
    expect(day.keys.size).toBe(7);
    expect(dayText('2026-11-21')!.trim().split('\n')).toHaveLength(7);
    expect(results.reduce((n, r) => n + r.written.conflicts, 0)).toBeGreaterThan(0);
    expect(gh.requestsTo('PUT', /\/contents\//).some((p) => p.status === 409 || p.status === 422)).toBe(true);
  });

  it('loses no sample with 20 runs writing the same day file at once', async () => {
    await run([probe('seed', '2026-11-21T09:55:00.000Z')], [today('2026-11-21')], '2026-11-21');
    gh.slow(/\/contents\//, 30); // each read and write takes a while, so the runs collide
    const writers = Array.from({ length: 20 }, (_, i) => [probe(`c${i}`, '2026-11-21T10:00:00.000Z')]);
    // The real waits between conflicts (write-conflicts.ts), not the test's instant ones.
    const results = await Promise.all(
      writers.map((record) =>
        new SharedHistory(api(), BRANCH).run({
          needs: [today('2026-11-21')],
          record,
          components: [record[0]!.component],
          intervalMs: FIVE_MIN,
          today: '2026-11-21',
        }),
      ),
    );
    expect(parseSharedDay(dayText('2026-11-21')!, '2026-11-21').keys.size).toBe(21);
    expect(results.reduce((n, r) => n + r.written.samples, 0)).toBe(20);
    expect(results.reduce((n, r) => n + r.written.conflicts, 0)).toBeGreaterThan(0);
  });

  it('does not write a sample twice when a write fails after it was applied (502), and the client retries it', async () => {
    await run([probe('neo4j', '2026-11-21T09:55:00.000Z')], [today('2026-11-21')], '2026-11-21');
    gh.injectFault({ method: 'PUT', path: /\/contents\/uptime\/v2\//, status: 502, afterApplying: true });
    const r = await run(
      ['neo4j', 'auth'].map((c) => probe(c, '2026-11-21T10:00:00.000Z')),
      [today('2026-11-21')],
      '2026-11-21',
    );
    expect(dayText('2026-11-21')!.trim().split('\n')).toHaveLength(3);
    // The write was applied, answered 502, retried by the client with the old sha (409); the file
    // holds exactly what was written, so the client takes the write as done.
    expect(
      gh
        .requestsTo('PUT', /\/contents\//)
        .slice(-2)
        .map((p) => p.status),
    ).toEqual([502, 409]);
    expect(r.written).toMatchObject({ samples: 2, conflicts: 0 });
  });

  it('gives up after a bounded number of refused writes, saying the samples are not recorded', async () => {
    gh.injectFault({ method: 'PUT', path: /\/contents\//, status: 409, times: 100 });
    await expect(
      run([probe('neo4j', '2026-11-21T10:00:00.000Z')], [today('2026-11-21')], '2026-11-21'),
    ).rejects.toThrow(
      /60 writes in a row were refused because other runs wrote first; 1 sample\(s\) of this run are not recorded/,
    );
    expect(gh.requestsTo('PUT', /\/contents\//)).toHaveLength(60);
  });

  it("makes a closed day's rollup once, from the day file, and later readers take it", async () => {
    for (const m of [0, 5, 10])
      await run(
        ['neo4j', 'auth'].map((c) =>
          probe(c, `2026-11-20T23:${String(40 + m).padStart(2, '0')}:00.000Z`, m === 5 && c === 'auth' ? 'down' : 'up'),
        ),
        [today('2026-11-20')],
        '2026-11-20',
      );
    const first = await run([], [closed('2026-11-20')], '2026-11-21');
    const rollup = first.days.get('2026-11-20')!.rollups!;
    expect(rollup.get('auth')).toMatchObject({
      day: '2026-11-20',
      samples: 3,
      endpoints: [{ up: 2, down: 1, flaps: 2 }],
    });
    const stored = readSharedRollup(gh.file('uptime/v2/2026-11/20.rollup.json', BRANCH)!);
    expect('rollup' in stored && stored.rollup.source).toBe(gitBlobSha(dayText('2026-11-20')!));
    // The next reader takes the stored rollup: one listing and one read, no write.
    const before = gh.requests.length;
    const second = await run([], [closed('2026-11-20')], '2026-11-21');
    expect(gh.requests.slice(before).map((q) => q.method)).toEqual(['GET', 'GET']);
    expect(second.days.get('2026-11-20')!.rollups!.get('auth')).toEqual(rollup.get('auth'));
  });

  it('rebuilds a rollup whose day file changed after it was made (a late run), so no sample is hidden', async () => {
    await run([probe('neo4j', '2026-11-20T23:55:00.000Z')], [today('2026-11-20')], '2026-11-20');
    await run([], [closed('2026-11-20')], '2026-11-21');
    // A run that started before midnight writes after the rollup was made.
    await run([probe('neo4j', '2026-11-20T23:59:58.000Z', 'down')], [today('2026-11-20')], '2026-11-20');
    const before = gh.requests.length;
    const r = await run([], [closed('2026-11-20')], '2026-11-21');
    expect(r.days.get('2026-11-20')!.rollups!.get('neo4j')).toMatchObject({
      samples: 2,
      endpoints: [{ up: 1, down: 1 }],
    });
    const reqs = gh.requests.slice(before).map((q) => `${q.method} ${q.path.replace('/repos/tta/demo', '')}`);
    expect(reqs).toEqual([
      'GET /contents/uptime/v2/2026-11',
      'GET /contents/uptime/v2/2026-11/20.rollup.json',
      'GET /contents/uptime/v2/2026-11/20.jsonl',
      'PUT /contents/uptime/v2/2026-11/20.rollup.json',
    ]);
    const after = gh.requests.length;
    await run([], [closed('2026-11-20')], '2026-11-21');
    expect(gh.requests.length - after).toBe(2); // listing + the rollup, now current
  });

  it('copies format-1 history in once, writes the marker, and reads format 1 no more', async () => {
    const client = api();
    const head = await client.branchSha('main');
    await client.createBranch(BRANCH, head!);
    const old = (c: string, day: string, n: number) =>
      Array.from({ length: n }, (_, i) =>
        JSON.stringify({ t: `${day}T0${i}:00:00.000Z`, url: url(c), state: 'up', ms: 3 }),
      ).join('\n') + '\n';
    for (const day of ['2026-11-19', '2026-11-20', '2026-11-21'])
      await client.putFile({
        path: `uptime/neo4j/${day}.jsonl`,
        branch: BRANCH,
        text: old('neo4j', day, 2),
        message: 'format 1',
        sha: null,
      });
    await client.putFile({
      path: 'uptime/neo4j/2026-11-21.rollup.json',
      branch: BRANCH,
      text: '{}',
      message: 'format 1',
      sha: null,
    });
    const needs = [today('2026-11-20'), today('2026-11-21')];
    const r = await run(
      [probe('neo4j', '2026-11-21T10:00:00.000Z'), probe('auth', '2026-11-21T10:00:00.000Z')],
      needs,
      '2026-11-21',
    );
    expect(r.copied).toEqual({ components: ['neo4j'], samples: 4 });
    expect(r.days.get('2026-11-21')!.raw!.get('neo4j')).toHaveLength(3);
    expect(JSON.parse(gh.file('uptime/v2/2026-11/legacy.json', BRANCH)!)).toEqual({
      v: 2,
      since: '2026-11-21',
      components: { auth: { from: null }, neo4j: { from: '2026-11-20' } },
    });
    // Format-1 files are left as they were.
    expect(gh.file('uptime/neo4j/2026-11-20.jsonl', BRANCH)).toBe(old('neo4j', '2026-11-20', 2));
    const before = gh.requests.length;
    const next = await run([probe('neo4j', '2026-11-21T10:05:00.000Z')], needs, '2026-11-21');
    expect(next.copied.components).toEqual([]);
    expect(gh.requests.slice(before).some((q) => q.path.includes('/contents/uptime/neo4j/'))).toBe(false);
    // A longer window later copies the days before, once.
    const longer = await run([], [today('2026-11-19'), ...needs], '2026-11-21', { components: ['neo4j', 'auth'] });
    expect(longer.copied).toEqual({ components: ['neo4j'], samples: 2 });
    expect(JSON.parse(gh.file('uptime/v2/2026-11/legacy.json', BRANCH)!).components.neo4j).toEqual({
      from: '2026-11-19',
    });
  });

  it('merges format-1 history in memory and writes nothing when read-only', async () => {
    const client = api();
    await client.createBranch(BRANCH, (await client.branchSha('main'))!);
    await client.putFile({
      path: 'uptime/neo4j/2026-11-20.jsonl',
      branch: BRANCH,
      text: `${JSON.stringify({ t: '2026-11-20T01:00:00.000Z', url: url('neo4j'), state: 'down' })}\n`,
      message: 'format 1',
      sha: null,
    });
    const before = gh.requests.length;
    const r = await run([], [today('2026-11-20'), today('2026-11-21')], '2026-11-21', {
      components: ['neo4j'],
      readOnly: true,
    });
    expect(r.days.get('2026-11-20')!.raw!.get('neo4j')).toEqual([
      { t: '2026-11-20T01:00:00.000Z', url: url('neo4j'), state: 'down' },
    ]);
    expect(gh.requests.slice(before).filter((q) => q.method !== 'GET')).toEqual([]);
  });

  it('reports malformed lines with their file and line, and keeps the good ones', async () => {
    const client = api();
    await client.createBranch(BRANCH, (await client.branchSha('main'))!);
    const good = '{"c":"neo4j","t":"2026-11-21T10:00:00.000Z","url":"https://x/h","state":"up"}';
    await client.putFile({
      path: 'uptime/v2/2026-11/21.jsonl',
      branch: BRANCH,
      text: `${good}\n{"t":"2026-11-21T10:05:00.000Z","url":"https://x/h","state":"up"}\n{"c":"neo4j","t":"2026-11-22T00:00:00.000Z","url":"https://x/h","state":"up"}\n{"c":"neo4j","t"`,
      message: 'seed',
      sha: null,
    });
    const r = await run([], [today('2026-11-21')], '2026-11-21');
    expect(r.days.get('2026-11-21')!.raw!.get('neo4j')).toHaveLength(1);
    expect(r.problems).toEqual([
      expect.stringMatching(/^uptime\/v2\/2026-11\/21\.jsonl:2: field "c" must be a component id/),
      expect.stringMatching(/^uptime\/v2\/2026-11\/21\.jsonl:3: time .* is outside the file's day/),
      expect.stringMatching(/^uptime\/v2\/2026-11\/21\.jsonl:4: truncated last line/),
    ]);
  });
});
