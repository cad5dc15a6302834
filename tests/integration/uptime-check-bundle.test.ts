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
import { gateResultSchema } from '../../packages/core/result/gate-result-schema.js';
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
const urls: Record<'healthy' | 'flapping' | 'slow' | 'down', string> = {
  healthy: '',
  flapping: '',
  slow: '',
  down: '',
};

async function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/health`;
}

beforeAll(async () => {
  gh = await FakeGitHub.start({ owner: 'tta', repo: 'demo' });
  nodes = await nodeBinaries();
  urls.healthy = await serve((_, res) =>
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"healthy"}'),
  );
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

const ENV = () => ({
  GITHUB_API_URL: gh.url,
  GITHUB_REPOSITORY: 'tta/demo',
  GITHUB_RUN_ID: '5',
  GITHUB_SHA: 'c'.repeat(40),
});
const DAY = 86_400_000;
const FIVE_MIN = 300_000;

function workspace(health: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'uc-ws-'));
  mkdirSync(join(dir, '.github'), { recursive: true });
  const checks = health
    .map((u) => `      - { url: "${u}", expect-json: { field: status, equals: healthy } }`)
    .join('\n');
  writeFileSync(
    join(dir, '.github/maturity.yml'),
    `version: 1\ncomponents:\n  neo4j:\n    paths: [src/neo4j/**]\n    health:\n${checks}\n`,
  );
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
      const s: Sample = outage
        ? { t: new Date(t).toISOString(), url, state: 'down', error: 'connect' }
        : { t: new Date(t).toISOString(), url, state: 'up', status: 200, ms: 20 + ((t / FIVE_MIN) % 50) };
      const day = s.t.slice(0, 10);
      byDay.set(day, [...(byDay.get(day) ?? []), JSON.stringify(s)]);
    }
  }
  const days = [...byDay.keys()].sort();
  for (const [day, lines] of byDay) {
    const extra = day === days[1] ? ['{"t": "not a time"}'] : []; // a malformed line: skipped and reported
    await api.putFile({
      path: `uptime/neo4j/${day}.jsonl`,
      branch: 'maturity-data',
      text: `${[...lines, ...extra].join('\n')}\n`,
      message: 'seed',
      sha: null,
    });
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
    const texts = [
      gh.file(`uptime/neo4j/${day}.jsonl`, 'maturity-data'),
      gh.file(`uptime/v2/${day.slice(0, 7)}/${day.slice(8)}.jsonl`, 'maturity-data'),
    ];
    for (const line of texts.flatMap((t) => t?.split('\n') ?? [])) {
      try {
        const s = JSON.parse(line) as Sample & { c?: string };
        if (typeof s.url === 'string' && !Number.isNaN(Date.parse(s.t)) && (s.c === undefined || s.c === 'neo4j'))
          byKey.set(`${s.t} ${s.url}`, s);
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
  it.each([0, 1])(
    'probes, records, and computes the 7-day window as an independent count does (node #%i)',
    async (i) => {
      const ws = workspace([urls.healthy, urls.flapping]);
      const now = Date.now();
      await seedHistory(now, urls.healthy, urls.flapping);
      const r = await runBundle({
        node: nodes[i]!.path,
        action: 'uptime-check',
        inputs: { component: 'neo4j', 'github-token': 't', retries: '0', 'target-stage': 'production' },
        workspace: ws,
        env: ENV(),
      });
      expect(r.stderr).toBe('');
      const want = expectedFigures(Date.now());
      expect(Number(r.outputs.samples)).toBe(want.samples);
      expect(Math.abs(Number(r.outputs.uptime) - want.uptime)).toBeLessThanOrEqual(0.005);
      const result = gateResultSchema.parse(JSON.parse(readFileSync(r.outputs['result-file']!, 'utf8')));
      // 12 of ~3,700 samples down: 99.68% ≥ 99.5%, but the flapping endpoint answered 503 now.
      expect(result.criteria.find((c) => c.id === 'uptime.window')).toMatchObject({
        status: 'pass',
        measured: Number(r.outputs.uptime),
      });
      expect(result.criteria.find((c) => c.id === 'monitoring.health')).toMatchObject({
        status: 'fail',
        detail: expect.stringContaining(urls.flapping),
      });
      expect(
        workflowCommands(r.stdout).some((c) => c.level === 'warning' && /:\d+: .*line skipped/.test(c.message)),
      ).toBe(true);
      expect(r.summary).toContain('```mermaid\nxychart-beta');
      // The format-1 history was copied into the shared files (format 2), this run's probes appended there.
      const today = new Date(now).toISOString().slice(0, 10);
      expect(JSON.parse(gh.file(`uptime/v2/${today.slice(0, 7)}/legacy.json`, 'maturity-data')!)).toMatchObject({
        v: 2,
        since: today,
        components: { neo4j: { from: expect.any(String) } },
      });
      expect(gh.file(`uptime/v2/${today.slice(0, 7)}/${today.slice(8)}.jsonl`, 'maturity-data')).toContain(
        urls.flapping,
      );
    },
  );

  it('has no data, not 100%, when the history is too short, and says to schedule it', async () => {
    const ws = workspace([urls.healthy]);
    const r = await runBundle({
      node: nodes[0]!.path,
      action: 'uptime-check',
      inputs: { component: 'neo4j', 'github-token': 't' },
      workspace: ws,
      env: ENV(),
    });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ status: 'no-data', uptime: '', samples: '1' });
    expect(workflowCommands(r.stdout).find((c) => c.level === 'error')!.message).toMatch(
      /no uptime evidence yet: .*Run this action on a schedule/,
    );
  });

  it('classifies slow and unreachable endpoints, bounded by the time-out, without the history', async () => {
    const ws = workspace([urls.slow, urls.down]);
    const r = await runBundle({
      node: nodes[0]!.path,
      action: 'uptime-check',
      inputs: {
        component: 'neo4j',
        history: 'none',
        'probe-timeout': '1s',
        retries: '0',
        incidents: 'true',
        'github-token': 't',
      },
      workspace: ws,
      env: ENV(),
    });
    expect(r.timedOut).toBe(false);
    const result = JSON.parse(readFileSync(r.outputs['result-file']!, 'utf8')) as { data: { probes: Sample[] } };
    expect(result.data.probes.map((p) => [p.state, p.error])).toEqual([
      ['down', 'timeout'],
      ['down', 'connect'],
    ]);
    // Both endpoints down: one critical incident issue.
    expect(gh.requestsTo('POST', '/repos/tta/demo/issues').map((p) => (p.body as { labels: string[] }).labels)).toEqual(
      [['incident', 'component:neo4j', 'severity:critical']],
    );
  });
});

describe('dist/uptime-check evidence beyond probes', () => {
  it('checks load tests against the SLAs, Prometheus (empty = no data), the metrics endpoint and the alert rules', async () => {
    const ws = workspace([urls.healthy]);
    const sample = SAMPLE;
    mkdirSync(join(ws, 'load'), { recursive: true });
    mkdirSync(join(ws, 'monitoring/alerts'), { recursive: true });
    for (const f of ['neo4j_stats.csv', 'neo4j_stats_history.csv', 'k6-summary.json'])
      writeFileSync(join(ws, 'load', f), readFileSync(join(sample, 'reports/load', f)));
    writeFileSync(
      join(ws, 'monitoring/alerts/neo4j.rules.yml'),
      readFileSync(join(sample, 'monitoring/alerts/neo4j.rules.yml')),
    );
    const metricsText = readFileSync(join(sample, 'monitoring/metrics.txt'), 'utf8');
    const metrics = await serve((_, res) =>
      res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' }).end(metricsText),
    );
    const queries: string[] = [];
    // A fake Prometheus HTTP API: no `up` series (no data), a 0.2% error rate, p95 of 0.42 s.
    const prometheus = await serve((req, res) => {
      const q = new URL(req.url ?? '/', 'http://x').searchParams.get('query') ?? '';
      queries.push(q);
      const value = q.startsWith('histogram_quantile') ? '0.42' : q.includes('http_requests_total') ? '0.002' : null;
      const result = value === null ? [] : [{ metric: {}, value: [1763700000, value] }];
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ status: 'success', data: { resultType: 'vector', result } }));
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
    expect(queries).toEqual(
      expect.arrayContaining([expect.stringMatching(/sum_over_time\(up\{job="neo4j"\}\[7d\]\)/)]),
    );
    expect(byId.get('prometheus.error-rate')).toMatchObject({ status: 'pass', measured: 0.2, bar: 0.5 });
    expect(byId.get('prometheus.p95')).toMatchObject({ status: 'pass', measured: 420, bar: 500 });
    expect(byId.get('monitoring.metrics')).toMatchObject({ status: 'pass' });
    expect(byId.get('monitoring.alerts')).toMatchObject({ status: 'pass' });
  });
});

describe('dist/uptime-check: memory and CPU from Prometheus over the load test', () => {
  const real = join(SAMPLE, 'reports/load/real');
  const stamps = readFileSync(join(real, 'graph_stats_history.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => Number(l.split(',')[0]));
  const MiB = 1024 * 1024;

  /** A fake Prometheus HTTP API: matrices for the process metrics of job neo4j, nothing for cAdvisor's, empty instant answers. */
  async function prometheus(asked: { query: string; start: string; end: string; step: string }[]): Promise<string> {
    const url = await serve((req, res) => {
      const u = new URL(req.url ?? '/', 'http://x');
      const p = Object.fromEntries(u.searchParams) as Record<string, string>;
      const reply = (resultType: string, result: unknown[]) =>
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ status: 'success', data: { resultType, result } }));
      if (u.pathname !== '/api/v1/query_range') return reply('vector', []);
      asked.push({ query: p.query!, start: p.start!, end: p.end!, step: p.step! });
      const start = Number(p.start);
      const points = (f: (t: number) => number) =>
        Array.from(
          { length: Math.floor((Number(p.end) - start) / Number(p.step)) + 1 },
          (_, i) => start + i * Number(p.step),
        ).map((t) => [t, String(f(t))]);
      if (p.query!.includes('container_')) return reply('matrix', []);
      if (p.query!.startsWith('max_over_time(process_resident_memory_bytes')) {
        return reply('matrix', [
          {
            metric: { instance: 'neo4j-0:2004', job: 'neo4j' },
            values: points((t) => (300 + ((t - start) % 7)) * MiB),
          },
          {
            metric: { instance: 'neo4j-1:2004', job: 'neo4j' },
            values: points((t) => (t - start === 4 ? 421.5 : 350) * MiB),
          },
        ]);
      }
      // 0.3 cores on one replica, 0.1 on the other.
      return reply('matrix', [
        {
          metric: { __name__: 'process_cpu_seconds_total', instance: 'neo4j-0:2004', job: 'neo4j' },
          values: points((t) => 1000 + 0.3 * (t - start)),
        },
        {
          metric: { __name__: 'process_cpu_seconds_total', instance: 'neo4j-1:2004', job: 'neo4j' },
          values: points((t) => 50 + 0.1 * (t - start)),
        },
      ]);
    });
    return url.replace(/\/health$/, '');
  }

  function loadWorkspace(notApplicable?: string): string {
    const ws = workspace([urls.healthy]);
    if (notApplicable)
      writeFileSync(
        join(ws, '.github/maturity.yml'),
        `version: 1\ncomponents:\n  neo4j:\n    paths: [src/neo4j/**]\n    not-applicable: { load-test: "${notApplicable}" }\n`,
      );
    mkdirSync(join(ws, 'load'), { recursive: true });
    for (const f of ['graph_stats.csv', 'graph_stats_history.csv'])
      writeFileSync(join(ws, 'load', f), readFileSync(join(real, f)));
    writeFileSync(join(ws, 'load/k6-summary.json'), readFileSync(join(SAMPLE, 'reports/load/k6-summary.json')));
    return ws;
  }

  const runWith = (ws: string, inputs: Record<string, string>) =>
    runBundle({
      node: nodes[0]!.path,
      action: 'uptime-check',
      inputs: { component: 'neo4j', history: 'none', ...inputs },
      workspace: ws,
      env: ENV(),
    });
  const criteria = (r: { outputs: Record<string, string> }) =>
    new Map(
      gateResultSchema
        .parse(JSON.parse(readFileSync(r.outputs['result-file']!, 'utf8')))
        .criteria.map((c) => [c.id, c]),
    );

  it("asks for the window of the real Locust run and judges the busiest replica's peak memory and average CPU", async () => {
    const asked: { query: string; start: string; end: string; step: string }[] = [];
    const r = await runWith(loadWorkspace(), {
      'locust-stats': 'load/graph',
      'prometheus-url': await prometheus(asked),
    });
    expect(r.stderr).toBe('');
    // The load test's start and end: the first and last Timestamp Locust wrote.
    expect(new Set(asked.map((a) => `${a.start}-${a.end}`))).toEqual(
      new Set([`${stamps[0]}-${stamps[stamps.length - 1]}`]),
    );
    expect(asked.map((a) => a.query).sort()).toEqual([
      'container_cpu_usage_seconds_total{job="neo4j",container!~"POD|"}',
      `max_over_time(container_memory_working_set_bytes{job="neo4j",container!~"POD|"}[1s])`,
      'max_over_time(process_resident_memory_bytes{job="neo4j"}[1s])',
      'process_cpu_seconds_total{job="neo4j"}',
    ]);
    const c = criteria(r);
    expect(c.get('performance.memory')).toMatchObject({
      status: 'pass',
      measured: 421.5,
      bar: 512,
      unit: 'MB',
      title: 'Peak memory per process during the load test',
    });
    expect(c.get('performance.memory')!.detail).toMatch(/^\{instance="neo4j-1:2004"\}: peak 421\.5 MB/);
    expect(c.get('performance.cpu')).toMatchObject({ status: 'pass', measured: 30, bar: 50, unit: '%' });
    expect(c.get('performance.cpu')!.detail).toMatch(/^\{instance="neo4j-0:2004"\}: average 30%/);
    // The labels read once: "GET /api/graph/nodes", not "GET GET /api/graph/nodes".
    expect([...c.keys()]).toContain('load.p95:GET /api/graph/nodes');
  });

  it('has no data, never a pass, without a Prometheus URL or with only k6 (no start time)', async () => {
    const none = criteria(await runWith(loadWorkspace(), { 'locust-stats': 'load/graph' }));
    expect(none.get('performance.memory')).toMatchObject({
      status: 'no-data',
      detail: expect.stringMatching(/no Prometheus URL/),
    });
    const asked: { query: string; start: string; end: string; step: string }[] = [];
    const k6 = criteria(
      await runWith(loadWorkspace(), {
        'k6-summary': 'load/k6-summary.json',
        'prometheus-url': await prometheus(asked),
      }),
    );
    expect(k6.get('performance.cpu')).toMatchObject({
      status: 'no-data',
      detail: expect.stringMatching(/k6's summary export has no start time/),
    });
    expect(asked).toEqual([]);
  });

  it('produces no load or performance criteria when load tests are not applicable, and says why', async () => {
    const r = await runWith(loadWorkspace('a nightly batch job: no users'), {
      'locust-stats': 'load/graph',
      'prometheus-url': 'http://127.0.0.1:9',
    });
    const ids = [...criteria(r).keys()];
    expect(ids.filter((id) => id.startsWith('load.') || id.startsWith('performance.'))).toEqual([]);
    expect(r.summary).toContain('Load test, memory and CPU: **not applicable**: a nightly batch job: no users');
    expect(
      workflowCommands(r.stdout).some((c) => c.level === 'warning' && /not applicable to neo4j/.test(c.message)),
    ).toBe(true);
  });
});
