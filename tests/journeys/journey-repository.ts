/**
 * The promotion journeys' setting (docs/journeys.md, "The journeys that must work through the shipped
 * workflows"): the journey sample repository (examples/journey/repo, four components) on a fake
 * GitHub, the example workflows as a user copies them, run by the workflow host with the tools
 * replaced by stand-ins that replay what the real tools recorded, and a local "staging"
 * (health and metrics endpoints) plus a Prometheus answering from the recorded load test.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { FakeGitHub } from '../support/fake-github/index.js';
import { REPO } from '../support/fixtures.js';
import { JOURNEY_REPO, recordingPath, toolShimPath } from '../support/tool-shims/index.js';
import {
  commitFiles,
  readTree,
  WorkflowHost,
  type RunRecord,
  type WorkflowEvent,
} from '../support/workflow-host/index.js';
import { nodeBinaries } from '../support/run-bundle.js';
import { dayFilePath } from '../../packages/uptime/shared-layout.js';
import { sharedLine } from '../../packages/uptime/shared-lines.js';
import { utcDay } from '../../packages/uptime/history-lines.js';
import { seedSharedHistory, startOfLastMonth } from '../support/uptime-history.js';

export const OWNER = 'theinterneti';
export const REPO_NAME = 'TTA';
export const MAINTAINER = 'lead';
export const REQUESTER = 'dev';
/** The example workflows, as a user copies them into .github/workflows/. */
export const WORKFLOWS = ['pull-request.yml', 'promotion.yml', 'staging-validation.yml', 'uptime.yml', 'upkeep.yml'];
export const workflowFile = (name: string) => join(REPO, 'examples', 'workflows', name);

export interface Journey {
  gh: FakeGitHub;
  host: WorkflowHost;
  /** The staging base URL (health, metrics) the config's https://staging.example.com became. */
  staging: string;
  /** The Prometheus base URL, answering from the recorded load test. */
  prometheus: string;
  /** Runs an example workflow. */
  run(workflow: string, event: WorkflowEvent): Promise<RunRecord>;
  close(): Promise<void>;
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  );
}

/** player-experience and neo4j as deployed in staging: the service's own recorded answers. */
function stagingServer(): Server {
  const health = readFileSync(recordingPath('main', 'service/health.json'), 'utf8');
  const metrics = readFileSync(recordingPath('main', 'service/metrics.txt'), 'utf8');
  return createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/player-experience/health' || path === '/neo4j/health')
      return void res.writeHead(200, { 'content-type': 'application/json' }).end(health);
    if (path === '/player-experience/metrics')
      return void res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' }).end(metrics);
    res.writeHead(404).end();
  });
}

/**
 * Prometheus's HTTP API over the load test: the recorded /proc series of the service for memory
 * and CPU (query_range), and instant answers for availability, the 5xx rate and p95 consistent
 * with what Locust measured (0 failures, p95 21 ms) and with the seeded probe history.
 */
function prometheusServer(): Server {
  const recorded = (metric: string) =>
    JSON.parse(readFileSync(recordingPath('main', `prometheus/${metric}.json`), 'utf8')) as unknown;
  const vector = (value: number) => ({
    status: 'success',
    data: { resultType: 'vector', result: [{ metric: {}, value: [Date.now() / 1000, String(value)] }] },
  });
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const query = url.searchParams.get('query') ?? '';
    const reply = (body: unknown) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (url.pathname === '/api/v1/query_range') {
      if (query.includes('container_')) return reply({ status: 'success', data: { resultType: 'matrix', result: [] } });
      return reply(
        recorded(
          query.includes('process_resident_memory_bytes')
            ? 'process_resident_memory_bytes'
            : 'process_cpu_seconds_total',
        ),
      );
    }
    if (url.pathname === '/api/v1/query') {
      if (/histogram_quantile/.test(query)) return reply(vector(0.021));
      if (/\bup\b/.test(query)) return reply(vector(0.9993));
      return reply(vector(0));
    }
    res.writeHead(404).end();
  });
}

/** The repository's files on its default branch, the staging URLs pointed at the local servers. */
function repositoryFiles(staging: string): Map<string, Buffer> {
  const files = readTree(JOURNEY_REPO);
  const config = '.github/maturity.yml';
  files.set(
    config,
    Buffer.from(files.get(config)!.toString('utf8').replaceAll('https://staging.example.com', staging)),
  );
  for (const w of WORKFLOWS) files.set(`.github/workflows/${w}`, readFileSync(workflowFile(w)));
  return files;
}

export async function startJourney(): Promise<Journey> {
  const gh = await FakeGitHub.start({ owner: OWNER, repo: REPO_NAME });
  const stagingHttp = stagingServer();
  const promHttp = prometheusServer();
  const [staging, prometheus] = await Promise.all([listen(stagingHttp), listen(promHttp)]);
  commitFiles(gh, repositoryFiles(staging), {
    branch: 'main',
    message: 'TTA: four components on the maturity workflow',
    date: '2026-11-28T09:00:00Z',
  });
  gh.setPermission(MAINTAINER, 'maintain');
  gh.setPermission(REQUESTER, 'write');
  gh.setPermission('triager', 'triage');
  const node24 = (await nodeBinaries()).find((n) => n.label.startsWith('node v24'))?.path;
  const host = new WorkflowHost({
    gh,
    path: [toolShimPath()],
    vars: { MATURITY_PROMETHEUS_URL: prometheus },
    ...(node24 ? { node: node24 } : {}),
  });
  return {
    gh,
    host,
    staging,
    prometheus,
    run: (workflow, event) => host.run(workflowFile(workflow), event),
    async close() {
      host.dispose();
      await new Promise((r) => stagingHttp.close(r));
      await new Promise((r) => promHttp.close(r));
      await gh.close();
    },
  };
}

/**
 * Seven days and a bit of the scheduled probes' history on the data branch, as uptime.yml
 * records it (one shared day file per UTC day): every 5 minutes, one endpoint per component,
 * `down` at the given times.
 */
export function seedUptimeHistory(
  gh: FakeGitHub,
  staging: string,
  days: number,
  down: (component: string, t: number) => boolean,
): number {
  const now = Date.now();
  const start = now - days * 86_400_000;
  const endpoints = [
    { component: 'neo4j', url: `${staging}/neo4j/health` },
    { component: 'player-experience', url: `${staging}/player-experience/health` },
  ];
  const byDay = new Map<string, string[]>();
  let count = 0;
  for (let t = Math.ceil(start / 300_000) * 300_000; t < now - 60_000; t += 300_000) {
    const day = utcDay(t);
    const lines = byDay.get(day) ?? [];
    for (const e of endpoints) {
      const isDown = down(e.component, t);
      lines.push(
        sharedLine(e.component, {
          t: new Date(t).toISOString(),
          url: e.url,
          state: isDown ? 'down' : 'up',
          ...(isDown ? { error: 'connect' as const } : { status: 200, ms: 12 + (t % 7) }),
        }),
      );
      count++;
    }
    byDay.set(day, lines);
  }
  gh.createBranch('maturity-data');
  for (const [day, lines] of byDay)
    gh.putFile(dayFilePath(day), lines.join(''), { branch: 'maturity-data', message: `uptime ${day}` });
  return count;
}

/**
 * The scheduled probes' history from the first day of last month until now, every 5 minutes,
 * with a chosen uptime per component (its down samples spread evenly, so last month, this
 * month and any 30 days show that uptime to within a sample). Returns the samples written.
 */
export function seedMonthsOfHistory(
  gh: FakeGitHub,
  staging: string,
  uptime: { neo4j: number; 'player-experience': number },
): number {
  const now = Date.now();
  return seedSharedHistory(gh, {
    from: startOfLastMonth(now),
    to: now - 60_000,
    intervalMs: 300_000,
    endpoints: [
      { component: 'neo4j', url: `${staging}/neo4j/health`, uptime: uptime.neo4j },
      {
        component: 'player-experience',
        url: `${staging}/player-experience/health`,
        uptime: uptime['player-experience'],
      },
    ],
  });
}

/** The promotion request as GitHub renders the issue form (examples/journey/repo/.github/ISSUE_TEMPLATE). */
export function promotionRequestBody(o: {
  component: string;
  current: string;
  target: string;
  group: string;
  ticked: string[];
  justification: string;
}): string {
  const dev = [
    'Core features complete (80%+ of planned functionality)',
    'Unit tests passing (≥70% coverage)',
    'API documented, no planned breaking changes',
    'Passes linting (ruff), type checking (pyright), security scan (bandit)',
    'Component README with usage examples',
    'All dependencies identified and stable',
    'Successfully integrates with dependent components in dev environment',
  ];
  const prod = [
    'Integration tests passing (≥80% coverage)',
    'Performance validated (meets defined SLAs)',
    'Security review completed, no critical vulnerabilities',
    '7-day uptime in staging ≥99.5%',
    'Complete user documentation, API reference, troubleshooting guide',
    'Health checks, metrics, alerts configured',
    'Rollback procedure documented and tested',
    'Handles expected production load (if applicable)',
  ];
  const box = (label: string) => `- [${o.ticked.some((t) => label.startsWith(t)) ? 'X' : ' '}] ${label}`;
  const sections: [string, string][] = [
    ['Component Name', o.component],
    ['Current Stage', o.current],
    ['Target Stage', o.target],
    ['Functional Group', o.group],
    ['Promotion Justification', o.justification],
    ['Development → Staging Criteria', dev.map(box).join('\n')],
    ['Staging → Production Criteria', prod.map(box).join('\n')],
    ['Test Results', '_No response_'],
    ['Performance Metrics', '_No response_'],
    ['Security Review', '_No response_'],
    ['Documentation Links', '_No response_'],
    ['Dependencies', '_No response_'],
    ['Known Blockers', '_No response_'],
    ['Rollback Plan', '_No response_'],
    ['Additional Context', '_No response_'],
  ];
  return sections
    .map(([label, value]) => `### ${label}\n\n${value}`)
    .join('\n\n')
    .replace(/\n/g, '\r\n');
}

/** The file at the default branch's head. */
export function fileOnMain(gh: FakeGitHub, path: string): string {
  return gh.repo.git.branchHead(gh.repo.defaultBranch)!.files.get(path)!.toString('utf8');
}
