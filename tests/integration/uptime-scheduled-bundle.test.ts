/**
 * The committed bundle dist/uptime-check/index.js run as the schedule runs it: no `component`,
 * so every component with health checks is probed (20 local HTTP servers), against the fake
 * GitHub API, which records what the bundle sends. One write per run carries every component's
 * samples; one result file per component; one summary table; the components without health
 * checks are listed once, not warned about. Then a component-scoped run reads its window.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gateResultSchema } from '../../packages/core/result/gate-result-schema.js';
import { FakeGitHub } from '../support/fake-github/index.js';
import { nodeBinaries, runBundle, workflowCommands, type NodeBinary } from '../support/run-bundle.js';

let gh: FakeGitHub;
let nodes: NodeBinary[];
const servers: Server[] = [];
const COMPONENTS = Array.from({ length: 20 }, (_, i) => `component-${String(i + 1).padStart(2, '0')}`);
const DOWN = 'component-13';
const health = new Map<string, string>();

beforeAll(async () => {
  gh = await FakeGitHub.start({ owner: 'tta', repo: 'demo' });
  nodes = await nodeBinaries();
  for (const c of COMPONENTS) {
    const server = createServer((_, res) =>
      c === DOWN
        ? res.writeHead(503, { 'content-type': 'application/json' }).end('{"status":"starting"}')
        : res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"healthy"}'),
    );
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    servers.push(server);
    health.set(c, `http://127.0.0.1:${(server.address() as AddressInfo).port}/health`);
  }
});
afterAll(async () => {
  for (const s of servers) s.closeAllConnections();
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  await gh.close();
});

const ENV = () => ({
  GITHUB_API_URL: gh.url,
  GITHUB_REPOSITORY: 'tta/demo',
  GITHUB_RUN_ID: '7',
  GITHUB_SHA: 'c'.repeat(40),
  GITHUB_EVENT_NAME: 'schedule',
});

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'uc-sched-'));
  mkdirSync(join(dir, '.github'), { recursive: true });
  const probed = COMPONENTS.map(
    (c) =>
      `  ${c}:\n    paths: [src/${c}/**]\n    health:\n      - { url: "${health.get(c)}", expect-json: { field: status, equals: healthy } }`,
  );
  const others = [
    '  docs-site:\n    paths: [docs/**]',
    '  batch-reports:\n    paths: [batch/**]\n    not-applicable: { load-test: "a nightly batch job: no users" }',
  ];
  writeFileSync(join(dir, '.github/maturity.yml'), `version: 1\ncomponents:\n${[...probed, ...others].join('\n')}\n`);
  return dir;
}

/** The months a 7-day window ending now touches: the bundle lists each once. */
function monthsOfWindow(now: number): string[] {
  const months = new Set<string>();
  for (let t = now - 7 * 86_400_000; t <= now; t += 3_600_000) months.add(new Date(t).toISOString().slice(0, 7));
  months.add(new Date(now).toISOString().slice(0, 7));
  return [...months].sort();
}

const sent = (from: number) =>
  gh.requests.slice(from).map((r) => `${r.method} ${r.path.replace(/^\/repos\/tta\/demo(?=\/)/, '')}`);

describe('dist/uptime-check on a schedule (no component)', () => {
  it('probes every component with health checks, writes their samples once, a result file each, and one summary table', async () => {
    const ws = workspace();
    const results = join(ws, 'results');
    const run = () =>
      runBundle({
        node: nodes[0]!.path,
        action: 'uptime-check',
        inputs: { 'github-token': 't', retries: '0', 'results-dir': results, 'allow-no-data': 'true' },
        workspace: ws,
        env: ENV(),
      });

    const before = gh.requests.length;
    const started = Date.now();
    const r = await run();
    expect(r.stderr).toBe('');
    const today = new Date(started).toISOString().slice(0, 10);
    const dayFile = `/contents/uptime/v2/${today.slice(0, 7)}/${today.slice(8)}.jsonl`;
    const months = monthsOfWindow(started);
    // The first run of a repository: the month listings (no history), the data branch created, no format-1 history, one write.
    expect(sent(before)).toEqual([
      ...months.map((m) => `GET /contents/uptime/v2/${m}`),
      'GET /git/ref/heads/maturity-data',
      'GET /repos/tta/demo',
      'GET /git/ref/heads/main',
      'POST /git/refs',
      'GET /contents/uptime',
      `PUT ${dayFile}`,
    ]);
    const put = gh.requestsTo('PUT', /\/contents\/uptime\/v2\//)[0]!;
    const lines = Buffer.from((put.body as { content: string }).content, 'base64')
      .toString('utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { c: string; url: string; state: string });
    expect(lines.map((l) => l.c)).toEqual(COMPONENTS);
    expect(lines.find((l) => l.c === DOWN)).toMatchObject({ url: health.get(DOWN), state: 'down' });

    // One result file per component with health checks; none for the others.
    expect(readdirSync(results).sort()).toEqual(COMPONENTS.map((c) => `uptime-check--${c}.json`));
    expect(r.outputs['result-files']!.split('\n')).toEqual(
      COMPONENTS.map((c) => join(results, `uptime-check--${c}.json`)),
    );
    for (const c of COMPONENTS) {
      const result = gateResultSchema.parse(JSON.parse(readFileSync(join(results, `uptime-check--${c}.json`), 'utf8')));
      expect(result.component).toBe(c);
      expect(result.criteria.find((x) => x.id === 'monitoring.health')).toMatchObject({
        status: c === DOWN ? 'fail' : 'pass',
      });
      // One sample of 2016 expected: no uptime figure yet, never 100%.
      expect(result.criteria.find((x) => x.id === 'uptime.window')).toMatchObject({
        status: 'no-data',
        measured: null,
      });
    }
    expect(r.outputs).toMatchObject({ status: 'fail', passed: 'false', 'result-file': '', uptime: '', samples: '' });
    expect(r.code).toBe(1);
    expect(workflowCommands(r.stdout).find((c) => c.level === 'error')!.message).toMatch(
      new RegExp(`1 of 20 component\\(s\\) do not meet the bars: ${DOWN} \\(Health endpoints answer`),
    );

    // One table, a row per component; the components without health checks listed once, not warned about.
    const rows = r.summary.split('\n').filter((l) => /^\| .*<code>component-\d\d<\/code>/.test(l));
    expect(rows).toHaveLength(20);
    expect(r.summary).toContain('No health checks (not probed): <code>docs-site</code>, <code>batch-reports</code>.');
    expect(r.summary).not.toMatch(/Run this action on a schedule/);
    expect(workflowCommands(r.stdout).filter((c) => /docs-site|batch-reports/.test(c.message))).toEqual([]);

    // The next scheduled run: the listings, today's file, one write with the 20 new samples.
    const second = gh.requests.length;
    const again = await run();
    expect(again.stderr).toBe('');
    expect(sent(second)).toEqual([
      ...months.map((m) => `GET /contents/uptime/v2/${m}`),
      `GET ${dayFile}`,
      `PUT ${dayFile}`,
    ]);
    expect(
      gh
        .file(`uptime/v2/${today.slice(0, 7)}/${today.slice(8)}.jsonl`, 'maturity-data')!
        .trim()
        .split('\n'),
    ).toHaveLength(40);

    // The staging validation's component-scoped run reads that component's window from the same files.
    const scoped = await runBundle({
      node: nodes[0]!.path,
      action: 'uptime-check',
      inputs: {
        component: 'component-03',
        'github-token': 't',
        retries: '0',
        'results-dir': join(ws, 'scoped'),
        record: 'false',
      },
      workspace: ws,
      env: ENV(),
    });
    expect(scoped.outputs).toMatchObject({ samples: '2', status: 'no-data' });
    const result = gateResultSchema.parse(JSON.parse(readFileSync(scoped.outputs['result-file']!, 'utf8')));
    expect(result.criteria.map((c) => c.id)).toEqual([
      'uptime.window',
      'monitoring.health',
      'performance.memory',
      'performance.cpu',
    ]);
    expect(result.criteria.find((c) => c.id === 'performance.memory')).toMatchObject({
      status: 'no-data',
      detail: expect.stringMatching(/no Prometheus URL/),
    });
  });
});
