/**
 * The committed bundle dist/uptime-check/index.js, run as the runner runs it, probing real
 * local HTTP servers (healthy, flapping, slow, down) and keeping its history on the data
 * branch of the fake GitHub API, seeded with six days of recorded samples. The figures are
 * checked against a computation written out here, over the history the bundle left.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gateResultSchema } from '../../packages/core/result/gate-result.js';
import { createGitHubClient } from '../../packages/github/client.js';
import type { Sample } from '../../packages/uptime/sample.js';
import { FakeGitHub } from '../support/fake-github/index.js';
import { SAMPLE } from '../support/fixtures.js';
import { nodeBinaries, runBundle, workflowCommands, type NodeBinary } from '../support/run-bundle.js';

let gh: FakeGitHub;
/** The flapping server answers 503, 200, 503, ... from the start of each test. */
let flip = false;
let nodes: NodeBinary[];
const servers: Server[] = [];
const urls: Record<'healthy' | 'flapping' | 'slow' | 'down', string> = { healthy: '', flapping: '', slow: '', down: '' };

async function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/health`;
}

beforeAll(async () => {
  gh = await FakeGitHub.start({ owner: 'tta', repo: 'demo' });
  nodes = await nodeBinaries();
  urls.healthy = await serve((_, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"healthy"}'));
  urls.flapping = await serve((_, res) => {
    flip = !flip;
    res.writeHead(flip ? 503 : 200).end(flip ? '{"status":"starting"}' : '{"status":"healthy"}');
  });
  const slowTimers = new Set<NodeJS.Timeout>();
  urls.slow = await serve((_, res) => {
    const t = setTimeout(() => res.writeHead(200).end('{"status":"healthy"}'), 2000);
    slowTimers.add(t);
    res.on('close', () => clearTimeout(t));
  });
  const gone = await serve(() => {});
  urls.down = gone;
  await new Promise<void>((r) => servers.pop()!.close(() => r()));
});
afterAll(async () => {
  for (const s of servers) s.closeAllConnections();
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  await gh.close();
});
beforeEach(() => {
  gh.reset();
  flip = false;
});

const ENV = () => ({ GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: 'tta/demo', GITHUB_RUN_ID: '5', GITHUB_SHA: 'c'.repeat(40) });
const DAY = 86_400_000;
const FIVE_MIN = 300_000;

function workspace(health: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'uc-ws-'));
  mkdirSync(join(dir, '.github'), { recursive: true });
  const checks = health.map((u) => `      - { url: "${u}", expect-json: { field: status, equals: healthy } }`).join('\n');
  writeFileSync(join(dir, '.github/maturity.yml'), `version: 1\ncomponents:\n  neo4j:\n    paths: [src/neo4j/**]\n    health:\n${checks}\n`);
  return dir;
}

/** Six and a half days of 5-minute samples of two endpoints before now: one down for an hour. */
async function seedHistory(now: number, a: string, b: string): Promise<void> {
  const api = createGitHubClient({ token: 't', owner: 'tta', repo: 'demo', baseUrl: gh.url });
  const head = await api.branchSha(await api.defaultBranch());
  await api.createBranch('maturity-data', head!);
  const byDay = new Map<string, string[]>();
  const start = now - 6.5 * DAY;
  for (let t = Math.ceil(start / FIVE_MIN) * FIVE_MIN; t < now - FIVE_MIN; t += FIVE_MIN) {
    for (const url of [a, b]) {
      const outage = url === b && t >= now - 3 * DAY && t < now - 3 * DAY + 3_600_000;
      const s: Sample = outage ? { t: new Date(t).toISOString(), url, state: 'down', error: 'connect' } : { t: new Date(t).toISOString(), url, state: 'up', status: 200, ms: 20 + ((t / FIVE_MIN) % 50) };
      const day = s.t.slice(0, 10);
      byDay.set(day, [...(byDay.get(day) ?? []), JSON.stringify(s)]);
    }
  }
  const days = [...byDay.keys()].sort();
  for (const [day, lines] of byDay) {
    const extra = day === days[1] ? ['{"t": "not a time"}'] : []; // a malformed line: skipped and reported
    await api.putFile({ path: `uptime/neo4j/${day}.jsonl`, branch: 'maturity-data', text: `${[...lines, ...extra].join('\n')}\n`, message: 'seed', sha: null });
  }
}

/**
 * The independent computation: every sample of neo4j in [now - 7d, now] the branch holds, in
 * the seeded format-1 files and the shared format-2 files the bundle writes (each sample once).
 */
function expectedFigures(now: number): { samples: number; up: number; uptime: number } {
  const byKey = new Map<string, Sample>();
  for (let d = 0; d <= 8; d++) {
    const day = new Date(now - d * DAY).toISOString().slice(0, 10);
    const texts = [gh.file(`uptime/neo4j/${day}.jsonl`, 'maturity-data'), gh.file(`uptime/v2/${day.slice(0, 7)}/${day.slice(8)}.jsonl`, 'maturity-data')];
    for (const line of texts.flatMap((t) => t?.split('\n') ?? [])) {
      try {
        const s = JSON.parse(line) as Sample & { c?: string };
        if (typeof s.url === 'string' && !Number.isNaN(Date.parse(s.t)) && (s.c === undefined || s.c === 'neo4j')) byKey.set(`${s.t} ${s.url}`, s);
      } catch {
        /* malformed */
      }
    }
  }
  const all = [...byKey.values()];
  const inWindow = all.filter((s) => Date.parse(s.t) >= now - 7 * DAY && Date.parse(s.t) <= now);
  const up = inWindow.filter((s) => s.state !== 'down').length;
  return { samples: inWindow.length, up, uptime: (100 * up) / inWindow.length };
}

describe('dist/uptime-check', () => {
  it.each([0, 1])('probes, records, and computes the 7-day window as an independent count does (node #%i)', async (i) => {
    const ws = workspace([urls.healthy, urls.flapping]);
    const now = Date.now();
    await seedHistory(now, urls.healthy, urls.flapping);
    const r = await runBundle({ node: nodes[i]!.path, action: 'uptime-check', inputs: { component: 'neo4j', 'github-token': 't', retries: '0', 'target-stage': 'production' }, workspace: ws, env: ENV() });
    expect(r.stderr).toBe('');
    const want = expectedFigures(Date.now());
    expect(Number(r.outputs.samples)).toBe(want.samples);
    expect(Math.abs(Number(r.outputs.uptime) - want.uptime)).toBeLessThanOrEqual(0.005);
    const result = gateResultSchema.parse(JSON.parse(readFileSync(r.outputs['result-file']!, 'utf8')));
    // 12 of ~3,700 samples down: 99.68% ≥ 99.5%, but the flapping endpoint answered 503 now.
    expect(result.criteria.find((c) => c.id === 'uptime.window')).toMatchObject({ status: 'pass', measured: Number(r.outputs.uptime) });
    expect(result.criteria.find((c) => c.id === 'monitoring.health')).toMatchObject({ status: 'fail', detail: expect.stringContaining(urls.flapping) });
    expect(workflowCommands(r.stdout).some((c) => c.level === 'warning' && /:\d+: .*line skipped/.test(c.message))).toBe(true);
    expect(r.summary).toContain('```mermaid\nxychart-beta');
    // The format-1 history was copied into the shared files (format 2), this run's probes appended there.
    const today = new Date(now).toISOString().slice(0, 10);
    expect(JSON.parse(gh.file(`uptime/v2/${today.slice(0, 7)}/legacy.json`, 'maturity-data')!)).toMatchObject({ v: 2, since: today, components: { neo4j: { from: expect.any(String) } } });
    expect(gh.file(`uptime/v2/${today.slice(0, 7)}/${today.slice(8)}.jsonl`, 'maturity-data')).toContain(urls.flapping);
  });

  it('has no data, not 100%, when the history is too short, and says to schedule it', async () => {
    const ws = workspace([urls.healthy]);
    const r = await runBundle({ node: nodes[0]!.path, action: 'uptime-check', inputs: { component: 'neo4j', 'github-token': 't' }, workspace: ws, env: ENV() });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ status: 'no-data', uptime: '', samples: '1' });
    expect(workflowCommands(r.stdout).find((c) => c.level === 'error')!.message).toMatch(/no uptime evidence yet: .*Run this action on a schedule/);
  });

  it('classifies slow and unreachable endpoints, bounded by the time-out, without the history', async () => {
    const ws = workspace([urls.slow, urls.down]);
    const started = Date.now();
    const r = await runBundle({ node: nodes[0]!.path, action: 'uptime-check', inputs: { component: 'neo4j', history: 'none', 'probe-timeout': '1s', retries: '0', incidents: 'true', 'github-token': 't' }, workspace: ws, env: ENV() });
    expect(Date.now() - started).toBeLessThan(15_000);
    const result = JSON.parse(readFileSync(r.outputs['result-file']!, 'utf8')) as { data: { probes: Sample[] } };
    expect(result.data.probes.map((p) => [p.state, p.error])).toEqual([
      ['down', 'timeout'],
      ['down', 'connect'],
    ]);
    // Both endpoints down: one critical incident issue.
    expect(gh.requestsTo('POST', '/repos/tta/demo/issues').map((p) => (p.body as { labels: string[] }).labels)).toEqual([['incident', 'component:neo4j', 'severity:critical']]);
  });
});

describe('dist/uptime-check evidence beyond probes', () => {
  it('checks load tests against the SLAs, Prometheus (empty = no data), the metrics endpoint and the alert rules', async () => {
    const ws = workspace([urls.healthy]);
    const sample = SAMPLE;
    mkdirSync(join(ws, 'load'), { recursive: true });
    mkdirSync(join(ws, 'monitoring/alerts'), { recursive: true });
    for (const f of ['neo4j_stats.csv', 'neo4j_stats_history.csv', 'k6-summary.json']) writeFileSync(join(ws, 'load', f), readFileSync(join(sample, 'reports/load', f)));
    writeFileSync(join(ws, 'monitoring/alerts/neo4j.rules.yml'), readFileSync(join(sample, 'monitoring/alerts/neo4j.rules.yml')));
    const metricsText = readFileSync(join(sample, 'monitoring/metrics.txt'), 'utf8');
    const metrics = await serve((_, res) => res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' }).end(metricsText));
    const queries: string[] = [];
    // A fake Prometheus HTTP API: no `up` series (no data), a 0.2% error rate, p95 of 0.42 s.
    const prometheus = await serve((req, res) => {
      const q = new URL(req.url ?? '/', 'http://x').searchParams.get('query') ?? '';
      queries.push(q);
      const value = q.startsWith('histogram_quantile') ? '0.42' : q.includes('http_requests_total') ? '0.002' : null;
      const result = value === null ? [] : [{ metric: {}, value: [1763700000, value] }];
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'success', data: { resultType: 'vector', result } }));
    });
    const r = await runBundle({
      node: nodes[0]!.path,
      action: 'uptime-check',
      inputs: {
        component: 'neo4j',
        history: 'none',
        'target-stage': 'production',
        'locust-stats': 'load/neo4j',
        'k6-summary': 'load/k6-summary.json',
        'prometheus-url': prometheus.replace(/\/health$/, ''),
        'metrics-url': metrics,
      },
      workspace: ws,
      env: ENV(),
    });
    const result = gateResultSchema.parse(JSON.parse(readFileSync(r.outputs['result-file']!, 'utf8')));
    const byId = new Map(result.criteria.map((c) => [c.id, c]));
    expect([...byId.keys()].filter((id) => id.startsWith('load.')).length).toBeGreaterThan(4);
    expect(byId.get('prometheus.availability')).toMatchObject({ status: 'no-data', measured: null });
    expect(queries).toEqual(expect.arrayContaining([expect.stringMatching(/sum_over_time\(up\{job="neo4j"\}\[7d\]\)/)]));
    expect(byId.get('prometheus.error-rate')).toMatchObject({ status: 'pass', measured: 0.2, bar: 0.5 });
    expect(byId.get('prometheus.p95')).toMatchObject({ status: 'pass', measured: 420, bar: 500 });
    expect(byId.get('monitoring.metrics')).toMatchObject({ status: 'pass' });
    expect(byId.get('monitoring.alerts')).toMatchObject({ status: 'pass' });
  });
});
