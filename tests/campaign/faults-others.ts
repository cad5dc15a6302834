/**
 * Fault cases of uptime-check (history writers, incident issues, unbounded replies from the
 * metrics endpoint and Prometheus), promotion-report (the scorecard, labels, the MATURITY.md
 * pull request under 502-after-apply) and the dashboard (its output, the search API, the
 * trend history on the data branch).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGateResult } from '../../packages/core/result/build-result.js';
import type { Criterion } from '../../packages/core/result/gate-result.js';
import { readRunContext } from '../../packages/github/run-context.js';
import type { FakeGitHub } from '../support/fake-github/index.js';
import { SAMPLE } from '../support/fixtures.js';
import { READ_FAULTS } from './faults-gates.js';
import {
  emptyWorkspace,
  extraComments,
  HEAD,
  sampleWorkspace,
  type Arena,
  type Expected,
  type FaultCase,
  type RunSpec,
} from './faults-support.js';

const NEVER = 1000;

// --- uptime-check --------------------------------------------------------------------------

const DATA = '/repos/tta/demo/contents/uptime';
const ISSUES = '/repos/tta/demo/issues';

function uptimeWorkspace(url: string, extra = ''): string {
  return emptyWorkspace({
    '.github/maturity.yml': `version: 1\ncomponents:\n  neo4j:\n    name: Neo4j\n    paths: [src/neo4j/**]\n    health:\n      - { url: "${url}/health" }\n${extra}`,
  });
}

const healthy = (res: ServerResponse) =>
  res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"healthy"}');
const down = (res: ServerResponse) => res.writeHead(503).end('{"status":"down"}');
const UPTIME = { component: 'neo4j', 'github-token': 't', retries: '0', 'allow-no-data': 'true' };

/** Samples in the day files of the data branch, and how many of them are the same sample twice. */
function recorded(gh: FakeGitHub): { lines: number; repeated: number } {
  const seen = new Set<string>();
  let lines = 0;
  let repeated = 0;
  const branch = gh.repo.git.resolve('maturity-data');
  for (const [path, bytes] of branch?.files ?? []) {
    if (!path.endsWith('.jsonl')) continue;
    for (const line of bytes.toString('utf8').split('\n').filter(Boolean)) {
      lines++;
      if (seen.has(line)) repeated++;
      seen.add(line);
    }
  }
  return { lines, repeated };
}

interface UptimeCase {
  up: boolean;
  inject?: (gh: FakeGitHub) => void;
  seed?: (gh: FakeGitHub) => void;
  inputs?: Record<string, string>;
  /** Inputs that name servers of the case. */
  serving?: (a: Arena) => Promise<Record<string, string>>;
  extraConfig?: (a: Arena) => Promise<string>;
  expect: Expected;
  runs?: number;
  dup?: (gh: FakeGitHub) => string[];
  checks?: (gh: FakeGitHub) => string[];
}

function uptime(id: string, fault: string, o: UptimeCase): FaultCase {
  return {
    id: `uptime-check/${id}`,
    action: 'uptime-check',
    fault,
    runs: o.runs,
    arrange: async (a) => {
      const url = await a.serve((_, res) => (o.up ? healthy(res) : down(res)));
      o.seed?.(a.gh);
      o.inject?.(a.gh);
      const served = o.serving ? await o.serving(a) : {};
      return {
        inputs: { ...UPTIME, ...o.inputs, ...served },
        workspace: uptimeWorkspace(url, o.extraConfig ? await o.extraConfig(a) : ''),
      };
    },
    expect: o.expect,
    duplicates: (gh) => {
      const { repeated } = recorded(gh);
      return [...(repeated ? [`${repeated} sample line(s) written twice`] : []), ...(o.dup?.(gh) ?? [])];
    },
    checks: o.checks,
  };
}

/** More than one open incident of neo4j, or a comment repeated on an incident issue. */
function incidentCopies(gh: FakeGitHub): string[] {
  const issues = [...gh.repo.issues.values()].filter((i) => gh.labelsOn(i.number).includes('incident'));
  const open = issues.filter((i) => i.state === 'open');
  const out = open.length > 1 ? [`${open.length} open incident issues`] : [];
  for (const i of issues) {
    const bodies = gh.comments(i.number).map((c) => c.body);
    const repeated = bodies.length - new Set(bodies.map((b) => b.split('\n')[0])).size;
    if (repeated > 0) out.push(`${repeated} repeated comment(s) on #${i.number}`);
    out.push(...extraComments(gh, i.number, /Recovered: every health endpoint/, 'recovery'));
  }
  return out;
}

const oneOpenIncident = (gh: FakeGitHub): string[] => {
  const open = [...gh.repo.issues.values()].filter(
    (i) => i.state === 'open' && gh.labelsOn(i.number).includes('incident'),
  );
  return open.length === 0 ? ['no open incident issue'] : [];
};
const sampleRecorded = (gh: FakeGitHub): string[] =>
  recorded(gh).lines === 0 ? ["this run's sample is not on the data branch"] : [];

const LOST: Expected = { exit: 1, says: [/probe sample\(s\) of this run could not be recorded in the history/] };

/** A reply that streams `bytes` of digits and never a valid line: a metrics page or a Prometheus answer gone wrong. */
function flood(bytes: number) {
  return (_: unknown, res: ServerResponse) => {
    res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' });
    const chunk = Buffer.alloc(1 << 20, 0x31);
    let left = bytes;
    const pump = (): void => {
      while (left > 0 && !res.destroyed) {
        left -= chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      if (!res.destroyed) res.end();
    };
    res.on('close', () => (left = 0));
    pump();
  };
}

const uptimeCases: FaultCase[] = [
  uptime('history-read-500', 'data branch reads: HTTP 500 on every attempt', {
    up: true,
    inject: (gh) => gh.injectFault({ method: 'GET', path: new RegExp(`^${DATA}`), status: 500, times: NEVER }),
    expect: LOST,
  }),
  uptime('history-write-500', 'data branch writes: HTTP 500 on every attempt', {
    up: true,
    inject: (gh) => gh.injectFault({ method: 'PUT', path: new RegExp(`^${DATA}`), status: 500, times: NEVER }),
    expect: LOST,
  }),
  uptime('history-read-hang', 'data branch reads: no answer', {
    up: true,
    inject: (gh) => gh.slow(new RegExp(`^${DATA}`), 60_000, { method: 'GET' }),
    expect: LOST,
  }),
  uptime('history-read-malformed', 'data branch reads: JSON that does not parse', {
    up: true,
    inject: (gh) =>
      gh.injectFault({ method: 'GET', path: new RegExp(`^${DATA}`), status: 200, raw: '[{"name": "2', times: NEVER }),
    expect: LOST,
  }),
  uptime('history-write-502-after-apply', 'the day file write answered 502 after it was applied', {
    up: true,
    inject: (gh) =>
      gh.injectFault({
        method: 'PUT',
        path: new RegExp(`^${DATA}/v2/.*\\.jsonl$`),
        status: 502,
        afterApplying: true,
        times: 1,
      }),
    expect: { exit: 0 },
    checks: sampleRecorded,
  }),
  uptime('branch-create-502-after-apply', 'creating the data branch answered 502 after it was applied', {
    up: true,
    inject: (gh) =>
      gh.injectFault({ method: 'POST', path: '/repos/tta/demo/git/refs', status: 502, afterApplying: true, times: 3 }),
    expect: { exit: 0 },
    checks: sampleRecorded,
  }),
  uptime('incident-502-after-apply', 'opening the incident issue answered 502 after it was applied', {
    up: false,
    inputs: { incidents: 'true', history: 'none' },
    inject: (gh) => gh.injectFault({ method: 'POST', path: ISSUES, status: 502, afterApplying: true, times: 3 }),
    expect: { exit: 1, says: [/incident opened/] },
    // One run: any second issue is a blind retry's (overlapping runs are the case below).
    dup: (gh) => [
      ...incidentCopies(gh),
      ...(gh.repo.issues.size > 1 ? [`${gh.repo.issues.size} incident issues opened by one run`] : []),
    ],
    checks: oneOpenIncident,
  }),
  uptime('incident-overlapping-5', 'five "down" runs at once, 300 ms per API request', {
    up: false,
    inputs: { incidents: 'true', history: 'none' },
    inject: (gh) => gh.slow(/.*/, 300),
    runs: 5,
    expect: { exit: 1 },
    dup: incidentCopies,
    checks: oneOpenIncident,
  }),
  uptime('recovery-502-after-apply', 'the recovery comment answered 502 after it was applied', {
    up: true,
    inputs: { incidents: 'true', history: 'none' },
    seed: (gh) =>
      gh.addIssue({
        number: 4,
        title: 'Incident: Neo4j is down',
        labels: ['incident', 'component:neo4j', 'severity:critical'],
        user: 'github-actions[bot]',
      }),
    inject: (gh) =>
      gh.injectFault({ method: 'POST', path: `${ISSUES}/4/comments`, status: 502, afterApplying: true, times: 3 }),
    expect: { exit: 0, says: [/incident resolved/] },
    dup: incidentCopies,
  }),
  uptime('recovery-overlapping-3', 'three "up" runs at once on an open incident, 300 ms per API request', {
    up: true,
    inputs: { incidents: 'true', history: 'none' },
    seed: (gh) =>
      gh.addIssue({
        number: 4,
        title: 'Incident: Neo4j is down',
        labels: ['incident', 'component:neo4j', 'severity:critical'],
        user: 'github-actions[bot]',
      }),
    inject: (gh) => gh.slow(/.*/, 300),
    runs: 3,
    expect: { exit: 0 },
    dup: incidentCopies,
  }),
  uptime('incidents-list-endless', 'listing open incidents offers a next page forever', {
    up: false,
    inputs: { incidents: 'true', history: 'none' },
    inject: (gh) =>
      gh.injectFault({
        method: 'GET',
        path: ISSUES,
        status: 200,
        body: [],
        endlessPages: true,
        times: Number.POSITIVE_INFINITY,
      }),
    expect: { exit: 1, says: [/open issues labelled incident: stopped after 100 pages/] },
  }),
  uptime('incidents-list-500', 'listing open incidents: HTTP 500 on every attempt', {
    up: false,
    inputs: { incidents: 'true', history: 'none' },
    inject: (gh) => gh.injectFault({ method: 'GET', path: ISSUES, status: 500, times: NEVER }),
    expect: { exit: 1, says: [/incidents: could not update the incident issues/] },
  }),
  uptime('metrics-1gb', 'the metrics endpoint answers 1 GB', {
    up: true,
    inputs: { history: 'none', 'target-stage': 'production' },
    extraConfig: async (a) => `    metrics-url: "${await a.serve(flood(1 << 30))}/metrics"\n`,
    expect: { exit: 1, says: [/the reply runs past the 64 MB this action reads/] },
  }),
  uptime('prometheus-1gb', 'Prometheus answers 1 GB', {
    up: true,
    inputs: { history: 'none', 'target-stage': 'production', 'prometheus-job': 'neo4j' },
    serving: async (a) => ({ 'prometheus-url': await a.serve(flood(1 << 30)) }),
    expect: { exit: 1, says: [/the reply runs past the 64 MB this action reads/] },
  }),
  uptime('prometheus-malformed', 'Prometheus answers something that is not JSON', {
    up: true,
    inputs: { history: 'none', 'target-stage': 'production', 'prometheus-job': 'neo4j' },
    serving: async (a) => ({
      'prometheus-url': await a.serve((_, res) =>
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"status": "succ'),
      ),
    }),
    expect: { exit: 1, says: [/the answer is not JSON/] },
  }),
];

// --- promotion-report ----------------------------------------------------------------------

const FORM = readFileSync(join(SAMPLE, '..', '..', 'tests', 'promotion', 'fixtures', 'promotion-request.md'), 'utf8');
const MM_MATURITY = 'src/components/model_management/MATURITY.md';
const PROMOTION = { results: 'results', 'github-token': 't', commit: HEAD, artifacts: '' };
const SCORECARD = '<!-- maturity-actions:promotion-report:model-management -->';

const passing = (id: string): Criterion => ({
  id,
  title: id,
  status: 'pass',
  measured: 0,
  bar: 0,
  comparator: '<=',
  unit: '',
  evidence: [],
});

/** Every gate's result for model-management passing, and neo4j (its dependency) in Production. */
function promotionWorkspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fault-pr-'));
  cpSync(SAMPLE, dir, { recursive: true });
  const neo = join(dir, 'src/components/neo4j/MATURITY.md');
  writeFileSync(
    neo,
    readFileSync(neo, 'utf8').replace(
      /\*\*Current Stage\*\*: Staging \(promoted from Development on 2026-10-20\)/,
      '**Current Stage**: Production (promoted from Staging on 2026-11-01)',
    ),
  );
  const results = join(dir, 'results');
  mkdirSync(join(results, 'e2e'), { recursive: true });
  const context = readRunContext({ GITHUB_REPOSITORY: 'tta/demo', GITHUB_SHA: HEAD });
  const gates: Record<string, string[]> = {
    'coverage-gate': ['coverage.total', 'tests.integration'],
    'quality-gate': [
      'lint.errors',
      'types.errors',
      'evidence.user-guide',
      'evidence.api-reference',
      'evidence.troubleshooting',
      'evidence.rollback',
    ],
    'security-gate': [
      'security.critical',
      'security.high',
      'security.medium',
      'security.dependency-audit',
      'security.secret-scan',
    ],
    'uptime-check': [
      'uptime.window',
      'monitoring.health',
      'monitoring.alerts',
      'load.p95',
      'performance.memory',
      'performance.cpu',
    ],
  };
  for (const [gate, ids] of Object.entries(gates)) {
    const r = buildGateResult({
      gate,
      component: 'model-management',
      current: 'staging',
      target: 'production',
      criteria: ids.map(passing),
      summary: 'ok',
      data: {},
      context,
      now: new Date(),
      ...(gate === 'coverage-gate' ? { testKind: 'integration' as const } : {}),
    });
    writeFileSync(join(results, `${gate}--model-management.json`), JSON.stringify(r));
  }
  const e2e = buildGateResult({
    gate: 'coverage-gate',
    component: 'model-management',
    current: 'staging',
    target: 'production',
    criteria: [passing('coverage.total'), passing('tests.e2e')],
    summary: '',
    data: {},
    context,
    now: new Date(),
    testKind: 'e2e',
  });
  writeFileSync(join(results, 'e2e', 'coverage-gate--model-management.json'), JSON.stringify(e2e));
  return dir;
}

function seedRequest(gh: FakeGitHub, approvedBy?: string): void {
  gh.putFile(MM_MATURITY, readFileSync(join(SAMPLE, MM_MATURITY), 'utf8'));
  gh.addIssue({
    number: 12,
    title: '[Promotion]: Model Management to Production',
    body: FORM.replace(/\n/g, '\r\n'),
    labels: ['promotion:requested'],
    user: 'requester',
  });
  gh.setPermission('maintainer', 'maintain');
  if (approvedBy) gh.labelIssue(12, 'promotion:approved', approvedBy);
}

const issueEvent = (action: string, sender: string, label?: string) => ({
  name: 'issues',
  payload: {
    action,
    issue: { number: 12 },
    sender: { login: sender },
    ...(label ? { label: { name: label } } : {}),
    repository: { full_name: 'tta/demo' },
  },
});

function promotion(
  id: string,
  fault: string,
  o: {
    approved?: boolean;
    inject?: (gh: FakeGitHub) => void;
    inputs?: Record<string, string>;
    env?: Record<string, string>;
    expect: Expected;
    runs?: number;
    dup?: (gh: FakeGitHub) => string[];
    checks?: (gh: FakeGitHub) => string[];
  },
): FaultCase {
  return {
    id: `promotion-report/${id}`,
    action: 'promotion-report',
    fault,
    runs: o.runs,
    arrange: ({ gh }): RunSpec => {
      seedRequest(gh, o.approved ? 'maintainer' : undefined);
      o.inject?.(gh);
      const event = o.approved
        ? issueEvent('labeled', 'maintainer', 'promotion:approved')
        : issueEvent('opened', 'requester');
      return { inputs: { ...PROMOTION, ...o.inputs }, workspace: promotionWorkspace(), event, env: o.env };
    },
    expect: o.expect,
    duplicates: (gh) => [...extraComments(gh, 12, SCORECARD, 'scorecard'), ...(o.dup?.(gh) ?? [])],
    checks: o.checks,
  };
}

/** Every criterion passes; a person's QA approval is what is left (the correct verdict when nobody approved yet). */
const AWAITING_QA: Expected = {
  exit: 1,
  outputs: { ready: 'false' },
  says: [/is not ready for Production: Manual QA approval/],
};

const onePull = (gh: FakeGitHub) => (gh.pulls().length > 1 ? [`${gh.pulls().length} MATURITY.md pull requests`] : []);
const somePull = (gh: FakeGitHub) => (gh.pulls().length === 0 ? ['no MATURITY.md pull request'] : []);
const ISSUE = '/repos/tta/demo/issues/12';

const promotionCases: FaultCase[] = [
  promotion('scorecard-502-after-apply', 'the scorecard POST answered 502 after it was applied', {
    inject: (gh) =>
      gh.injectFault({ method: 'POST', path: `${ISSUE}/comments`, status: 502, afterApplying: true, times: 3 }),
    expect: AWAITING_QA,
  }),
  promotion('labels-502', 'adding labels answered 502 twice (safe to repeat)', {
    inject: (gh) =>
      gh.injectFault({ method: 'POST', path: `${ISSUE}/labels`, status: 502, afterApplying: true, times: 2 }),
    expect: AWAITING_QA,
    dup: (gh) => (gh.labelsOn(12).length !== new Set(gh.labelsOn(12)).size ? ['a label twice on #12'] : []),
  }),
  promotion('overlapping-3', 'three runs at once on one request, 300 ms per API request', {
    inject: (gh) => gh.slow(/.*/, 300),
    runs: 3,
    expect: AWAITING_QA,
  }),
  ...READ_FAULTS.filter((f) => ['500', 'hang', 'malformed-json', 'huge-body', 'injecting-message'].includes(f.id)).map(
    (f) =>
      promotion(`issue-${f.id}`, `reading the request issue: ${f.fault}`, {
        inject: (gh) => f.inject(gh, ISSUE),
        env: f.env,
        expect: { exit: 1, says: [/GET \/repos\/\{owner\}\/\{repo\}\/issues\/\{issue_number\} (failed|not tried)/] },
      }),
  ),
  promotion('pull-502-after-apply', 'opening the MATURITY.md pull request answered 502 after it was applied', {
    approved: true,
    inject: (gh) =>
      gh.injectFault({ method: 'POST', path: '/repos/tta/demo/pulls', status: 502, afterApplying: true, times: 3 }),
    expect: { exit: 0 },
    dup: onePull,
    checks: somePull,
  }),
  promotion('branch-502-after-apply', 'creating the promotion branch answered 502 after it was applied', {
    approved: true,
    inject: (gh) =>
      gh.injectFault({ method: 'POST', path: '/repos/tta/demo/git/refs', status: 502, afterApplying: true, times: 3 }),
    expect: { exit: 0 },
    dup: onePull,
    checks: somePull,
  }),
  promotion('maturity-write-502-after-apply', 'writing MATURITY.md on the branch answered 502 after it was applied', {
    approved: true,
    inject: (gh) =>
      gh.injectFault({
        method: 'PUT',
        path: `/repos/tta/demo/contents/${MM_MATURITY}`,
        status: 502,
        afterApplying: true,
        times: 1,
      }),
    expect: { exit: 0 },
    dup: onePull,
    checks: somePull,
  }),
  promotion('events-endless', 'the issue events offer a next page forever', {
    approved: true,
    inject: (gh) =>
      gh.injectFault({
        method: 'GET',
        path: `${ISSUE}/events`,
        status: 200,
        body: [],
        endlessPages: true,
        times: Number.POSITIVE_INFINITY,
      }),
    expect: { exit: 1, says: [/the events of #12 run past 0 in 10 pages; who applied its labels cannot be told/] },
    checks: (gh) =>
      gh.labelsOn(12).includes('promotion:approved')
        ? []
        : ['the approval was removed on a history that could not be read'],
  }),
  promotion('setup-labels-502-after-apply', 'setup-labels: creating labels answered 502 after they were applied', {
    inputs: { mode: 'setup-labels' },
    inject: (gh) =>
      gh.injectFault({ method: 'POST', path: '/repos/tta/demo/labels', status: 502, afterApplying: true, times: 5 }),
    expect: { exit: 0 },
  }),
];

// --- dashboard -----------------------------------------------------------------------------

function dashboard(
  id: string,
  fault: string,
  o: {
    inject?: (gh: FakeGitHub) => void;
    inputs?: Record<string, string>;
    env?: Record<string, string>;
    expect: Expected;
    ws?: () => string;
    dup?: (gh: FakeGitHub) => string[];
  },
): FaultCase {
  return {
    id: `dashboard/${id}`,
    action: 'dashboard',
    fault,
    arrange: ({ gh }) => {
      o.inject?.(gh);
      return {
        inputs: { 'github-token': 't', history: 'none', 'output-dir': 'site', ...o.inputs },
        workspace: (o.ws ?? sampleWorkspace)(),
        env: o.env,
      };
    },
    expect: o.expect,
    duplicates: o.dup,
  };
}

/** Trend points in the dashboard's history on the data branch written twice. */
function repeatedPoints(gh: FakeGitHub): string[] {
  const branch = gh.repo.git.resolve('maturity-data');
  const lines = [...(branch?.files ?? [])]
    .filter(([p]) => p.startsWith('dashboard/'))
    .flatMap(([, b]) => b.toString('utf8').split('\n').filter(Boolean));
  return lines.length !== new Set(lines).size
    ? [`${lines.length - new Set(lines).size} trend point(s) written twice`]
    : [];
}

const SEARCH = '/search/issues';
const dashboardCases: FaultCase[] = [
  dashboard('output-fifo', 'output-dir holds index.html as a named pipe', {
    ws: () => {
      const ws = sampleWorkspace();
      mkdirSync(join(ws, 'site'));
      execFileSync('mkfifo', [join(ws, 'site', 'index.html')]);
      return ws;
    },
    expect: { exit: 1, says: [/index\.html is a named pipe \(FIFO\)/] },
  }),
  dashboard('output-proc', 'output-dir under /proc', {
    inputs: { 'output-dir': '/proc/self/maturity-site' },
    expect: { exit: 1, says: [/is under \/proc, which holds kernel interfaces/] },
  }),
  ...READ_FAULTS.filter((f) => ['500', 'hang', 'malformed-json', 'huge-body', 'rate-limit-hour'].includes(f.id)).map(
    (f) =>
      dashboard(`search-${f.id}`, `the search API: ${f.fault}`, {
        inject: (gh) => f.inject(gh, SEARCH),
        env: f.env,
        expect: { exit: 0, says: [/the open blockers and promotion requests could not be fetched/] },
      }),
  ),
  dashboard('history-read-500', 'the trend history on the data branch: HTTP 500', {
    inputs: { history: 'branch' },
    inject: (gh) =>
      gh.injectFault({ method: 'GET', path: /^\/repos\/tta\/demo\/contents\/dashboard/, status: 500, times: NEVER }),
    expect: { exit: 0, says: [/the trend history at .* could not be read or written/] },
  }),
  dashboard('history-write-502-after-apply', 'the trend history write answered 502 after it was applied', {
    inputs: { history: 'branch', results: 'results' },
    ws: () => {
      const ws = sampleWorkspace();
      mkdirSync(join(ws, 'results'));
      const r = buildGateResult({
        gate: 'coverage-gate',
        component: 'neo4j',
        current: 'staging',
        target: 'production',
        criteria: [{ ...passing('coverage.total'), measured: 81.5, unit: '%' }],
        summary: '',
        data: {},
        context: readRunContext({ GITHUB_REPOSITORY: 'tta/demo', GITHUB_SHA: HEAD }),
        now: new Date(),
      });
      writeFileSync(join(ws, 'results', 'coverage-gate--neo4j.json'), JSON.stringify(r));
      return ws;
    },
    inject: (gh) =>
      gh.injectFault({
        method: 'PUT',
        path: /^\/repos\/tta\/demo\/contents\/dashboard/,
        status: 502,
        afterApplying: true,
        times: 1,
      }),
    expect: { exit: 0 },
    dup: repeatedPoints,
  }),
];

export const OTHER_CASES: FaultCase[] = [...uptimeCases, ...promotionCases, ...dashboardCases];
