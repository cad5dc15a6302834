/**
 * What one uptime-check run costs in GitHub API requests, measured with the fake API (it
 * records every request), through the code the action runs (syncHistory over SharedHistory,
 * windows planned by planWindowDays): a scheduled run over 20 components, on a repository's
 * first run, at steady state, and on the first run of a new day; a component-scoped read of a
 * 7-day window (the staging validation). Counts, not times. uptime-check/README.md quotes them.
 */
import { createGitHubClient } from '../../packages/github/client.js';
import { gitBlobSha } from '../../packages/github/git-blob.js';
import { DAY_MS, utcDay } from '../../packages/uptime/history-lines.js';
import type { Sample } from '../../packages/uptime/sample.js';
import { SharedHistory } from '../../packages/uptime/shared-history.js';
import { dayFilePath, rollupFilePath } from '../../packages/uptime/shared-layout.js';
import { sharedLine } from '../../packages/uptime/shared-lines.js';
import { buildSharedRollup, formatSharedRollup } from '../../packages/uptime/shared-rollup.js';
import { planWindowDays } from '../../packages/uptime/window.js';
import { syncHistory } from '../../actions/uptime-check/history.js';
import { FakeGitHub } from '../support/fake-github/index.js';

let gh: FakeGitHub;
beforeAll(async () => {
  gh = await FakeGitHub.start({ owner: 'tta', repo: 'demo' });
});
afterAll(() => gh.close());
beforeEach(() => gh.reset());

const BRANCH = 'maturity-data';
const INTERVAL = 300_000;
const WEEK = 7 * DAY_MS;
const COMPONENTS = Array.from({ length: 20 }, (_, i) => `component-${String(i + 1).padStart(2, '0')}`);
const url = (c: string) => `https://staging.example/${c}/health`;
const sample = (c: string, at: number): Sample => ({
  t: new Date(at).toISOString(),
  url: url(c),
  state: 'up',
  status: 200,
  ms: 20 + (at % 7),
});

/** Seeds the shared history as past runs left it: every 5 minutes until `until`, rollups of the days before `closedBefore`. */
function seedHistory(components: readonly string[], from: number, until: number, closedBefore: string): void {
  gh.createBranch(BRANCH);
  const byDay = new Map<string, Map<string, Sample[]>>();
  for (let t = Math.ceil(from / INTERVAL) * INTERVAL + 20_000; t < until; t += INTERVAL) {
    const day = utcDay(t);
    if (!byDay.has(day)) byDay.set(day, new Map());
    for (const c of components) {
      const m = byDay.get(day)!;
      m.set(c, [...(m.get(c) ?? []), sample(c, t)]);
    }
  }
  for (const [day, m] of [...byDay].sort()) {
    const text = [...m].flatMap(([c, list]) => list.map((s) => sharedLine(c, s))).join('');
    gh.putFile(dayFilePath(day), text, { branch: BRANCH });
    if (day < closedBefore)
      gh.putFile(rollupFilePath(day), formatSharedRollup(buildSharedRollup(day, INTERVAL, gitBlobSha(text), m)), {
        branch: BRANCH,
      });
  }
}

/** One run as the action makes it; returns the requests it sent, as "METHOD path". */
async function runAt(now: number, components: readonly string[], opts: { record: boolean }): Promise<string[]> {
  const api = createGitHubClient({ token: 't', owner: 'tta', repo: 'demo', baseUrl: gh.url, sleep: async () => {} });
  const plans = components.map((key) => ({
    key,
    plan: planWindowDays({ from: new Date(now - WEEK), to: new Date(now), maintenance: [] }),
  }));
  const record = opts.record
    ? components.map((component) => ({ component, sample: sample(component, now - 2_000) }))
    : [];
  const before = gh.requests.length;
  const synced = await syncHistory(new SharedHistory(api, BRANCH, async () => {}), {
    plans,
    record,
    intervalMs: INTERVAL,
    today: utcDay(now),
    readOnly: !opts.record,
  });
  // The windows are whole: the last 7 days of every component, this run's probe included.
  for (const c of components) {
    const samples = synced.days.get(c)!.reduce((n, d) => n + (Array.isArray(d) ? d.length : d.samples), 0);
    expect(samples).toBeGreaterThan(0);
  }
  return gh.requests.slice(before).map((r) => `${r.method} ${r.path.replace(/^\/repos\/tta\/demo(?=\/)/, '')}`);
}

const NOON = Date.parse('2026-11-18T12:00:30.000Z');
const AFTER_MIDNIGHT = Date.parse('2026-11-19T00:02:30.000Z');

describe('API requests of one uptime-check run (fake GitHub API)', () => {
  it('scheduled, 20 components, the first run of a repository: 7', async () => {
    const sent = await runAt(NOON, COMPONENTS, { record: true });
    expect(sent).toEqual([
      'GET /contents/uptime/v2/2026-11', // 404: no history yet
      'GET /git/ref/heads/maturity-data', // 404: no data branch
      'GET /repos/tta/demo', // the default branch's name
      'GET /git/ref/heads/main',
      'POST /git/refs', // the data branch, from main's head
      'GET /contents/uptime', // 404: no format-1 history to copy in
      'PUT /contents/uptime/v2/2026-11/18.jsonl', // every component's probes, one write
    ]);
  });

  it('scheduled, 20 components, steady state: 10, whatever the number of components', async () => {
    seedHistory(COMPONENTS, NOON - 8 * DAY_MS, NOON - 60_000, '2026-11-18');
    const sent = await runAt(NOON, COMPONENTS, { record: true });
    expect(sent).toEqual([
      'GET /contents/uptime/v2/2026-11',
      'GET /contents/uptime/v2/2026-11/11.jsonl', // the first day, cut by the window's start
      ...['12', '13', '14', '15', '16', '17'].map((d) => `GET /contents/uptime/v2/2026-11/${d}.rollup.json`),
      'GET /contents/uptime/v2/2026-11/18.jsonl', // today
      'PUT /contents/uptime/v2/2026-11/18.jsonl',
    ]);
    gh.reset();
    seedHistory(COMPONENTS.slice(0, 1), NOON - 8 * DAY_MS, NOON - 60_000, '2026-11-18');
    expect(await runAt(NOON, COMPONENTS.slice(0, 1), { record: true })).toHaveLength(sent.length);
  });

  it('scheduled, 20 components, the first run of a new day: 10 (the closed day gets its rollup)', async () => {
    seedHistory(COMPONENTS, AFTER_MIDNIGHT - 8 * DAY_MS, AFTER_MIDNIGHT - 150_000, '2026-11-18');
    const sent = await runAt(AFTER_MIDNIGHT, COMPONENTS, { record: true });
    expect(sent).toEqual([
      'GET /contents/uptime/v2/2026-11',
      'GET /contents/uptime/v2/2026-11/12.jsonl',
      ...['13', '14', '15', '16', '17'].map((d) => `GET /contents/uptime/v2/2026-11/${d}.rollup.json`),
      'GET /contents/uptime/v2/2026-11/18.jsonl', // yesterday has no rollup yet: read whole...
      'PUT /contents/uptime/v2/2026-11/19.jsonl', // (today's file does not exist yet: no read)
      'PUT /contents/uptime/v2/2026-11/18.rollup.json', // ...and its rollup written, once
    ]);
  });

  it('component-scoped read of a 7-day window (record: false): 9', async () => {
    seedHistory(COMPONENTS, NOON - 8 * DAY_MS, NOON - 60_000, '2026-11-18');
    const sent = await runAt(NOON, ['component-07'], { record: false });
    expect(sent).toHaveLength(9);
    expect(sent.filter((r) => !r.startsWith('GET '))).toEqual([]);
  });

  it('scheduled, 20 components with format-1 history: copied in once (178), then 11 while the marker is in the window', async () => {
    gh.createBranch(BRANCH);
    for (let d = 0; d <= 7; d++) {
      const day = utcDay(NOON - d * DAY_MS);
      for (const c of COMPONENTS)
        gh.putFile(`uptime/${c}/${day}.jsonl`, `${JSON.stringify(sample(c, Date.parse(`${day}T11:00:20.000Z`)))}\n`, {
          branch: BRANCH,
        });
    }
    const first = await runAt(NOON, COMPONENTS, { record: true });
    expect(first.filter((r) => /^GET \/contents\/uptime\/component-/.test(r))).toHaveLength(20 * 8); // each component's 8 days, once
    expect(first.filter((r) => r.startsWith('PUT '))).toHaveLength(8 + 6 + 1); // day files, rollups, the marker
    expect(first).toHaveLength(178);
    const next = await runAt(NOON + INTERVAL, COMPONENTS, { record: true });
    expect(next).toEqual([
      'GET /contents/uptime/v2/2026-11',
      'GET /contents/uptime/v2/2026-11/legacy.json',
      'GET /contents/uptime/v2/2026-11/11.jsonl',
      ...['12', '13', '14', '15', '16', '17'].map((d) => `GET /contents/uptime/v2/2026-11/${d}.rollup.json`),
      'GET /contents/uptime/v2/2026-11/18.jsonl',
      'PUT /contents/uptime/v2/2026-11/18.jsonl',
    ]);
  });

  it('a window across two months lists both: one more', async () => {
    const now = Date.parse('2026-12-03T12:00:30.000Z');
    seedHistory(COMPONENTS, now - 8 * DAY_MS, now - 60_000, '2026-12-03');
    const sent = await runAt(now, COMPONENTS, { record: true });
    expect(sent.filter((r) => /\/uptime\/v2\/\d{4}-\d{2}$/.test(r))).toEqual([
      'GET /contents/uptime/v2/2026-11',
      'GET /contents/uptime/v2/2026-12',
    ]);
    expect(sent).toHaveLength(11);
  });
});
