/**
 * The committed bundle dist/uptime-check/index.js in `mode: upkeep`, as the daily schedule runs
 * it, against the fake GitHub API, which records every request: 20 components in Production
 * with last month and this month of probe history on the data branch (one at 99.2%), their
 * security results in the default branch's `maturity-results` artifact (one with a high finding
 * past its 7 days). One breach issue per breached component, none for the others, none twice;
 * the API requests of one run, counted.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGateResult } from '../../packages/core/result/build-result.js';
import { FakeGitHub, storeArtifact } from '../support/fake-github/index.js';
import { nodeBinaries, runBundle, type NodeBinary } from '../support/run-bundle.js';
import { seedSharedHistory, startOfLastMonth } from '../support/uptime-history.js';

let gh: FakeGitHub;
let nodes: NodeBinary[];
const COMPONENTS = Array.from({ length: 20 }, (_, i) => `component-${String(i + 1).padStart(2, '0')}`);
const LOW_UPTIME = 'component-07';
const OVERDUE = 'component-13';
const DAY = 86_400_000;
const now = Date.now();

function securityResult(component: string): string {
  const open =
    component === OVERDUE
      ? [
          {
            tool: 'pip-audit',
            rule: 'PYSEC-2026-1',
            severity: 'high',
            path: null,
            line: null,
            package: { name: 'urllib3', version: '1.26.0' },
            firstSeen: new Date(now - 10 * DAY).toISOString(),
          },
        ]
      : [];
  const result = buildGateResult({
    gate: 'security-gate',
    component,
    current: 'production',
    target: 'production',
    criteria: [],
    summary: `${component}: ${open.length} open finding(s)`,
    data: { open, openOmitted: 0, firstSeen: {} },
    context: {
      owner: 'tta',
      repo: 'demo',
      sha: 'a'.repeat(40),
      ref: 'refs/heads/main',
      run: { id: '5', attempt: '1', url: 'https://github.com/tta/demo/actions/runs/5' },
      eventName: 'push',
      issueNumber: null,
      pullRequest: null,
      workspace: '',
      actor: 'dev',
      defaultBranchPush: true,
      payload: {},
    },
    now: new Date(now - DAY),
  });
  return JSON.stringify(result);
}

beforeAll(async () => {
  gh = await FakeGitHub.start({ owner: 'tta', repo: 'demo' });
  nodes = await nodeBinaries();
  gh.putFile('README.md', '# demo\n');
  seedSharedHistory(gh, {
    from: startOfLastMonth(now),
    to: now,
    intervalMs: 3_600_000,
    endpoints: COMPONENTS.map((c) => ({
      component: c,
      url: `https://staging.example/${c}/health`,
      uptime: c === LOW_UPTIME ? 99.2 : 99.95,
    })),
  });
  const runId = 5;
  gh.actions.runs.set(runId, {
    id: runId,
    name: 'Maturity',
    displayTitle: 'push',
    path: '.github/workflows/pull-request.yml',
    runNumber: 1,
    runAttempt: 1,
    event: 'push',
    headBranch: 'main',
    headSha: 'a'.repeat(40),
    actor: 'dev',
    status: 'completed',
    conclusion: 'success',
    createdAt: new Date(now - DAY).toISOString(),
    updatedAt: new Date(now - DAY).toISOString(),
  });
  storeArtifact(gh.state, gh.repo, {
    runId,
    name: 'maturity-results',
    retentionDays: 90,
    files: new Map(COMPONENTS.map((c) => [`security-gate--${c}.json`, Buffer.from(securityResult(c))])),
  });
}, 120_000);
afterAll(() => gh.close());

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'upkeep-'));
  mkdirSync(join(dir, '.github'), { recursive: true });
  const entries = COMPONENTS.map(
    (c, i) =>
      `  ${c}:\n    paths: [src/${c}/**]\n    health: [{ url: "https://staging.example/${c}/health" }]${i === 0 ? '' : `\n    depends-on: [component-01]`}`,
  );
  writeFileSync(
    join(dir, '.github/maturity.yml'),
    `version: 1\ncomponents:\n${entries.join('\n')}\n  tools:\n    paths: [src/tools/**]\n`,
  );
  for (const c of [...COMPONENTS, 'tools']) {
    mkdirSync(join(dir, 'src', c), { recursive: true });
    const stage =
      c === 'tools'
        ? 'Staging (promoted from Development on 2026-05-01)'
        : 'Production (promoted from Staging on 2026-06-01)';
    writeFileSync(
      join(dir, 'src', c, 'MATURITY.md'),
      `# ${c}\n\n**Current Stage**: ${stage}\n\n## Promotion History\n\n- **2026-06-01**: Promoted to Production (Issue #1)\n`,
    );
  }
  return dir;
}

const ENV = () => ({
  GITHUB_API_URL: gh.url,
  GITHUB_REPOSITORY: 'tta/demo',
  GITHUB_RUN_ID: '9',
  GITHUB_SHA: 'b'.repeat(40),
  GITHUB_EVENT_NAME: 'schedule',
});
const api = (from: number) =>
  gh.requests.slice(from).filter((r) => r.path === '/repos/tta/demo' || r.path.startsWith('/repos/tta/demo/'));
/** The months the two windows touch: last month's first day, or 30 days ago if earlier, to today. */
function monthsRead(): string[] {
  const months = new Set<string>();
  for (let t = Math.min(startOfLastMonth(now), now - 30 * DAY); t <= now + DAY; t += DAY / 2)
    months.add(new Date(Math.min(t, now)).toISOString().slice(0, 7));
  return [...months].sort();
}
const breachIssues = () =>
  [...gh.repo.issues.values()].filter((i) => gh.labelsOn(i.number).includes('maintenance:breach'));

describe('dist/uptime-check in upkeep mode at 20 Production components', () => {
  const ws = workspace();
  const run = () =>
    runBundle({
      node: nodes[0]!.path,
      action: 'uptime-check',
      inputs: {
        mode: 'upkeep',
        'github-token': 't',
        interval: '1h',
        'results-dir': join(ws, 'results'),
        'security-artifact': 'maturity-results',
      },
      workspace: ws,
      env: ENV(),
    });

  it('opens one breach issue for each breached component, none for the others, and counts its requests', async () => {
    const before = gh.requests.length;
    const r = await run();
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1); // two components are below their maintenance criteria
    expect(JSON.parse(r.outputs.breaches!)).toEqual([LOW_UPTIME, OVERDUE]);
    const files = r.outputs['result-files']!.split('\n');
    expect(files).toHaveLength(20);
    const low = JSON.parse(readFileSync(join(ws, 'results', `upkeep--${LOW_UPTIME}.json`), 'utf8')) as {
      criteria: { id: string; status: string; measured: number }[];
    };
    // One sample an hour: 5 or 6 of last month's ~720 were down (99.2% as near as whole samples go).
    const month = low.criteria.find((c) => c.id === 'maintenance.uptime.month')!;
    expect(month.status).toBe('fail');
    expect(month.measured).toBeGreaterThan(99.1);
    expect(month.measured).toBeLessThan(99.5);
    expect(breachIssues().map((i) => [i.title, gh.labelsOn(i.number)])).toEqual([
      ['Maintenance breach: component-07', ['maintenance:breach', 'component:component-07', 'severity:P1']],
      ['Maintenance breach: component-13', ['maintenance:breach', 'component:component-13', 'severity:P2']],
    ]);
    expect(r.summary).toMatch(/Not in Production \(not judged\): <code>tools<\/code> \(Staging\)/);
    const sent = api(before);
    // The history (month listings + one read per day of last month and this one), the artifact, the open breaches, two issues made.
    const days = Math.round((now - startOfLastMonth(now)) / DAY + 0.5);
    const reads = sent.filter(
      (x) => x.method === 'GET' && /\/contents\/uptime\/v2\/\d{4}-\d{2}\/\d{2}\.jsonl$/.test(x.path),
    ).length;
    expect(reads).toBeGreaterThanOrEqual(days - 1);
    expect(reads).toBeLessThanOrEqual(days + 1);
    expect(sent.filter((x) => x.method === 'POST' && x.path === '/repos/tta/demo/issues')).toHaveLength(2);
    expect(sent.filter((x) => x.method === 'PUT' || x.method === 'DELETE')).toHaveLength(0); // nothing written to the history
    process.stdout.write(`upkeep, 20 components, first run: ${sent.length} API requests (${reads} day files)\n`);
    expect(sent.length).toBeLessThanOrEqual(reads + 12);
  }, 120_000);

  it('a rerun the same day adds no issue and writes nothing', async () => {
    const before = gh.requests.length;
    const r = await run();
    expect(r.code).toBe(1);
    expect(breachIssues()).toHaveLength(2);
    const sent = api(before);
    expect(sent.filter((x) => x.method !== 'GET')).toEqual([]);
    // The same reads, nothing else: the listings and day files, the default branch, the artifact, the open breaches.
    expect(
      sent.filter((x) => !/\.jsonl$/.test(x.path)).map((x) => `${x.method} ${x.path.replace(/\d{6,}/, 'ID')}`),
    ).toEqual([
      ...monthsRead().map((m) => `GET /repos/tta/demo/contents/uptime/v2/${m}`),
      'GET /repos/tta/demo',
      'GET /repos/tta/demo/actions/artifacts',
      'GET /repos/tta/demo/actions/artifacts/ID/zip',
      'GET /repos/tta/demo/issues',
    ]);
    process.stdout.write(`upkeep, 20 components, steady state: ${sent.length} API requests\n`);
  }, 120_000);
});
