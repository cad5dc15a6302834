/**
 * The committed bundle dist/promotion-report/index.js, run as the runner runs it on `issues`
 * events against the fake GitHub API, with an issue body exactly as GitHub renders the
 * promotion request form: the scorecard is posted once and updated, labels move, an approval
 * by someone without write permission is undone (whoever the event's sender was), an approval by
 * a maintainer opens the MATURITY.md pull request, and the request completes once that change
 * is on the default branch (here: a direct commit).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGateResult } from '../../packages/core/result/build-result.js';
import type { Criterion } from '../../packages/core/result/gate-result.js';
import { readRunContext } from '../../packages/github/run-context.js';
import { FakeGitHub } from '../support/fake-github/index.js';
import { SAMPLE } from '../support/fixtures.js';
import { nodeBinaries, runBundle, workflowCommands, type NodeBinary } from '../support/run-bundle.js';

let gh: FakeGitHub;
let nodes: NodeBinary[];
beforeAll(async () => {
  gh = await FakeGitHub.start({ owner: 'tta', repo: 'demo' });
  nodes = await nodeBinaries();
});
afterAll(() => gh.close());

const FORM = readFileSync(join(SAMPLE, '..', '..', 'tests', 'promotion', 'fixtures', 'promotion-request.md'), 'utf8');
const MM_MATURITY = 'src/components/model_management/MATURITY.md';
const SHA = 'c'.repeat(40);
const ENV = () => ({ GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: 'tta/demo', GITHUB_RUN_ID: '31', GITHUB_SHA: SHA });
/** The sample workspace has no git history: the commit evidence must be measured at is given. */
const INPUTS = { results: 'results', 'github-token': 't', commit: SHA, artifacts: '' };

const pass = (id: string, title = id): Criterion => ({
  id,
  title,
  status: 'pass',
  measured: 0,
  bar: 0,
  comparator: '<=',
  unit: '',
  evidence: [],
});

/** Result files of the four gates for model-management, every required criterion passing. */
function writeResults(dir: string): void {
  mkdirSync(dir, { recursive: true });
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
  const context = readRunContext({ GITHUB_REPOSITORY: 'tta/demo', GITHUB_SHA: SHA });
  for (const [gate, ids] of Object.entries(gates)) {
    const r = buildGateResult({
      gate,
      component: 'model-management',
      current: 'staging',
      target: 'production',
      criteria: ids.map((id) => pass(id)),
      summary: 'ok',
      data: {},
      context,
      now: new Date(),
      ...(gate === 'coverage-gate' ? { testKind: 'integration' as const } : {}),
    });
    writeFileSync(join(dir, `${gate}--model-management.json`), JSON.stringify(r));
  }
  // coverage-gate's E2E run writes a second result in a sub-folder: tests.e2e counts from it.
  mkdirSync(join(dir, 'e2e'));
  const e2e = buildGateResult({
    gate: 'coverage-gate',
    component: 'model-management',
    current: 'staging',
    target: 'production',
    criteria: [pass('coverage.total'), pass('tests.e2e')],
    summary: '',
    data: {},
    context,
    now: new Date(),
    testKind: 'e2e',
  });
  writeFileSync(join(dir, 'e2e', 'coverage-gate--model-management.json'), JSON.stringify(e2e));
  // One from another component: set aside, listed.
  const other = buildGateResult({
    gate: 'coverage-gate',
    component: 'neo4j',
    current: 'staging',
    target: 'production',
    criteria: [pass('coverage.total')],
    summary: '',
    data: {},
    context: readRunContext({}),
    now: new Date(),
  });
  writeFileSync(join(dir, 'coverage-gate--neo4j.json'), JSON.stringify(other));
}

function workspace(neo4jStage: 'Staging' | 'Production'): string {
  const dir = mkdtempSync(join(tmpdir(), 'pr-ws-'));
  cpSync(SAMPLE, dir, { recursive: true });
  const neo = join(dir, 'src/components/neo4j/MATURITY.md');
  writeFileSync(
    neo,
    readFileSync(neo, 'utf8').replace(
      /\*\*Current Stage\*\*: Staging \(promoted from Development on 2026-10-20\)/,
      neo4jStage === 'Production' ? '**Current Stage**: Production (promoted from Staging on 2026-11-01)' : '$&',
    ),
  );
  writeResults(join(dir, 'results'));
  return dir;
}

function event(action: 'opened' | 'edited' | 'labeled', sender: string, label?: string) {
  return {
    name: 'issues',
    payload: {
      action,
      issue: { number: 12 },
      sender: { login: sender },
      ...(label ? { label: { name: label } } : {}),
      repository: { full_name: 'tta/demo' },
    },
  };
}

function seed(): void {
  gh.reset();
  gh.putFile(MM_MATURITY, readFileSync(join(SAMPLE, MM_MATURITY), 'utf8'));
  gh.addIssue({
    number: 12,
    title: '[Promotion]: Model Management to Production',
    body: FORM.replace(/\n/g, '\r\n'),
    labels: ['promotion:requested'],
    user: 'requester',
  });
  gh.setPermission('maintainer', 'maintain');
  gh.setPermission('outsider', 'read');
}

describe('dist/promotion-report', () => {
  it.each([0, 1])(
    'posts one scorecard, moves the labels, and blocks on a dependency still in Staging (node #%i)',
    async (i) => {
      seed();
      const ws = workspace('Staging');
      const r = await runBundle({
        node: nodes[i]!.path,
        action: 'promotion-report',
        inputs: INPUTS,
        workspace: ws,
        env: ENV(),
        event: event('opened', 'requester'),
      });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(1);
      expect(r.outputs).toMatchObject({ ready: 'false', stage: 'staging' });
      expect(gh.labelsOn(12)).toEqual(
        expect.arrayContaining([
          'promotion:requested',
          'promotion:in-review',
          'component:model-management',
          'target:production',
          'promotion:blocked',
        ]),
      );
      const [comment] = gh.comments(12);
      expect(comment!.body).toMatch(
        /^<!-- maturity-actions:promotion-report:model-management -->\n## Promotion scorecard: Model Management/,
      );
      expect(comment!.body).toMatch(
        /❌ \| Dependencies at Production or higher<br><sub>model-management → neo4j is at Staging/,
      );
      expect(comment!.body).toContain('📝 declared | Rollback procedure documented and tested');
      expect(comment!.body).toContain('coverage-gate--neo4j.json</code>: for neo4j, not model-management');
      // Run again: the same comment, edited or left, never a second one.
      await runBundle({
        node: nodes[i]!.path,
        action: 'promotion-report',
        inputs: INPUTS,
        workspace: ws,
        env: ENV(),
        event: event('opened', 'requester'),
      });
      expect(gh.comments(12).filter((c) => c.body.includes('Promotion scorecard'))).toHaveLength(1);
    },
  );

  it('removes an approval by someone without write permission, with a comment, whoever sent the event', async () => {
    seed();
    gh.labelIssue(12, 'promotion:approved', 'outsider');
    const ws = workspace('Production');
    const issue = gh.issue(12);
    expect(issue).toBeTruthy();
    await runBundle({
      node: nodes[0]!.path,
      action: 'promotion-report',
      inputs: INPUTS,
      workspace: ws,
      env: ENV(),
      event: event('opened', 'maintainer'),
    });
    expect(gh.labelsOn(12)).not.toContain('promotion:approved');
    expect(gh.comments(12).some((c) => /@outsider has read permission/.test(c.body))).toBe(true);
    expect(gh.requestsTo('POST', '/repos/tta/demo/pulls')).toHaveLength(0);
  });

  it('removes a triager\u2019s approval seen on an edited event: the label events are read on every run', async () => {
    seed();
    gh.setPermission('triager', 'triage');
    gh.labelIssue(12, 'promotion:approved', 'triager');
    // The run that saw the labeled event may have been replaced (one pending run per concurrency group):
    // the next event is the requester's edit, and the approval is still checked.
    await runBundle({
      node: nodes[0]!.path,
      action: 'promotion-report',
      inputs: INPUTS,
      workspace: workspace('Production'),
      env: ENV(),
      event: event('edited', 'requester'),
    });
    expect(gh.labelsOn(12)).not.toContain('promotion:approved');
    expect(gh.comments(12).some((c) => /@triager has triage permission/.test(c.body))).toBe(true);
    expect(gh.requestsTo('POST', '/repos/tta/demo/pulls')).toHaveLength(0);
  });

  it('opens the MATURITY.md pull request with pull-request-token (an App\u2019s), everything else with github-token', async () => {
    seed();
    gh.setTokenUser('app-installation-token', 'maturity-app[bot]');
    gh.labelIssue(12, 'promotion:approved', 'maintainer');
    const r = await runBundle({
      node: nodes[0]!.path,
      action: 'promotion-report',
      inputs: { ...INPUTS, 'pull-request-token': 'app-installation-token' },
      workspace: workspace('Production'),
      env: ENV(),
      event: event('labeled', 'maintainer', 'promotion:approved'),
    });
    expect(r.outputs).toMatchObject({ ready: 'true', 'pull-request': expect.stringMatching(/\/pull\/\d+$/) });
    const [pull] = gh.pulls();
    expect(pull).toMatchObject({ head: { ref: 'maturity/model-management-production' } });
    expect(gh.issue(pull!.number)).toMatchObject({ user: { login: 'maturity-app[bot]' } });
    const tokenOf = (method: Parameters<typeof gh.requestsTo>[0], path: RegExp) =>
      gh.requestsTo(method, path).map((q) => q.headers.authorization?.replace(/^(token|bearer) /i, ''));
    expect(
      new Set([...tokenOf('POST', /\/git\/refs$/), ...tokenOf('PUT', /\/contents\//), ...tokenOf('POST', /\/pulls$/)]),
    ).toEqual(new Set(['app-installation-token']));
    expect(new Set([...tokenOf('POST', /\/comments$/), ...tokenOf('POST', /\/labels$/)])).toEqual(new Set(['t']));
    expect(gh.comments(12).find((c) => c.body.includes('Promotion scorecard'))!.user).toBe('github-actions[bot]');
  });

  it('applies a maintainer\u2019s approval: the MATURITY.md pull request; the request stays open until it is merged', async () => {
    seed();
    gh.labelIssue(12, 'promotion:approved', 'maintainer');
    const ws = workspace('Production');
    const r = await runBundle({
      node: nodes[0]!.path,
      action: 'promotion-report',
      inputs: INPUTS,
      workspace: ws,
      env: ENV(),
      event: event('labeled', 'maintainer', 'promotion:approved'),
    });
    expect(workflowCommands(r.stdout).filter((c) => c.level === 'error')).toEqual([]);
    expect(r.outputs).toMatchObject({ ready: 'true', stage: 'staging', 'criteria-failed': '0' });
    const pulls = gh.requestsTo('POST', '/repos/tta/demo/pulls');
    expect(pulls).toHaveLength(1);
    expect(pulls[0]!.body).toMatchObject({ head: 'maturity/model-management-production', base: 'main' });
    const promoted = gh.file(MM_MATURITY, 'maturity/model-management-production')!;
    expect(promoted).toMatch(/\*\*Current Stage\*\*: Production \(promoted from Staging on \d{4}-\d{2}-\d{2}\)/);
    expect(gh.file(MM_MATURITY)).toMatch(/\*\*Current Stage\*\*: Staging/); // main is untouched until the pull request is merged
    expect(gh.labelsOn(12)).not.toContain('promotion:completed');
    expect(gh.issue(12)).toMatchObject({ state: 'open' });
    expect(r.summary).toMatch(/MATURITY.md pull request: .*Merging it completes the promotion/);
    expect(gh.requestsTo('POST', '/repos/tta/demo/milestones')).toHaveLength(0);
  });

  it('promotes to Staging by a direct commit and creates the milestone for the next promotion', async () => {
    seed();
    const file = 'src/components/narrative_engine/MATURITY.md';
    gh.putFile(file, readFileSync(join(SAMPLE, file), 'utf8'));
    const body = FORM.replace('Model Management', 'Narrative Engine')
      .replace('Staging 🧪', 'Development 🔨')
      .replace('Production 🚀', 'Staging 🧪')
      .replace('- [ ] Core features complete', '- [x] Core features complete')
      .replace('- [ ] API documented', '- [x] API documented');
    gh.addIssue({
      number: 14,
      title: '[Promotion]: Narrative Engine to Staging',
      body,
      labels: ['promotion:requested'],
      user: 'requester',
    });
    gh.labelIssue(14, 'promotion:approved', 'maintainer');
    const ws = workspace('Staging');
    const dir = join(ws, 'results-ne');
    mkdirSync(dir);
    const gates: Record<string, string[]> = {
      'coverage-gate': ['coverage.total', 'tests.unit'],
      'quality-gate': [
        'lint.errors',
        'types.errors',
        'types.warnings',
        'docs.docstrings',
        'evidence.readme',
        'evidence.integration-tests',
      ],
      'security-gate': ['security.high', 'security.medium'],
    };
    for (const [gate, ids] of Object.entries(gates)) {
      const r = buildGateResult({
        gate,
        component: 'narrative-engine',
        current: 'development',
        target: 'staging',
        criteria: ids.map((id) => pass(id)),
        summary: '',
        data: {},
        context: readRunContext({ GITHUB_SHA: SHA }),
        now: new Date(),
        ...(gate === 'coverage-gate' ? { testKind: 'unit' as const } : {}),
      });
      writeFileSync(join(dir, `${gate}.json`), JSON.stringify(r));
    }
    const r = await runBundle({
      node: nodes[0]!.path,
      action: 'promotion-report',
      inputs: { ...INPUTS, results: 'results-ne', apply: 'commit', 'issue-number': '14' },
      workspace: ws,
      env: ENV(),
      event: event('labeled', 'maintainer', 'promotion:approved'),
    });
    expect(r.outputs).toMatchObject({ ready: 'true', stage: 'staging' });
    expect(gh.file(file)).toMatch(/\*\*Current Stage\*\*: Staging \(promoted from Development on/);
    const milestones = gh.requestsTo('POST', '/repos/tta/demo/milestones');
    expect(milestones.map((m) => (m.body as { title: string }).title)).toEqual([
      'Narrative Engine: Production promotion',
    ]);
    const due = Date.parse((milestones[0]!.body as { due_on: string }).due_on);
    expect(due - Date.now()).toBeGreaterThanOrEqual(6.5 * 86_400_000);
    expect(gh.labelsOn(14)).toEqual(expect.arrayContaining(['promotion:completed', 'target:staging']));
    expect(gh.labelsOn(14).filter((l) => l.startsWith('target:'))).toEqual(['target:staging']);
    expect(gh.issue(14)).toMatchObject({ state: 'closed' });
  });

  it('makes the same number of API requests with 200 more open issues, and keeps a hostile body inert', async () => {
    const count = async (extraIssues: number): Promise<number> => {
      seed();
      for (let n = 0; n < extraIssues; n++)
        gh.addIssue({ number: 100 + n, title: `issue ${n}`, labels: n % 2 ? ['component:neo4j'] : ['bug'] });
      const before = gh.requests.length;
      await runBundle({
        node: nodes[0]!.path,
        action: 'promotion-report',
        inputs: INPUTS,
        workspace: workspace('Staging'),
        env: ENV(),
        event: event('opened', 'requester'),
      });
      return gh.requests.length - before;
    };
    expect(await count(200)).toBe(await count(0));

    seed();
    const hostile = FORM.replace(
      'Model Management has been in staging',
      '<img src=x onerror=alert(1)> @everyone [click](javascript:alert(1)) ' + 'x'.repeat(1_000_000),
    );
    gh.addIssue({
      number: 13,
      title: '[Promotion]: hostile',
      body: hostile,
      labels: ['promotion:requested'],
      user: 'requester',
    });
    const r = await runBundle({
      node: nodes[0]!.path,
      action: 'promotion-report',
      inputs: { ...INPUTS, 'issue-number': '13' },
      workspace: workspace('Staging'),
      env: ENV(),
    });
    expect(r.stderr).toBe('');
    const body = gh.comments(13)[0]!.body;
    expect(body).not.toContain('<img');
    expect(body).not.toContain('@everyone');
    expect(body.length).toBeLessThan(65_536);
  });
});

describe('dist/planner (the root action.yml)', () => {
  it('plans the components a pull request touches and their dependents', async () => {
    gh.reset();
    gh.addPullRequest({
      number: 40,
      head: { sha: 'b'.repeat(40), ref: 'x', repoFullName: 'tta/demo' },
      base: { sha: 'a'.repeat(40), ref: 'main', repoFullName: 'tta/demo' },
      files: [{ filename: 'src/components/neo4j/client.py', status: 'modified', patch: '@@ -1,1 +1,1 @@\n-a\n+b' }],
    });
    const side = { ref: 'x', repo: { full_name: 'tta/demo' } };
    const r = await runBundle({
      node: nodes[0]!.path,
      action: 'planner',
      inputs: { 'github-token': 't' },
      workspace: workspace('Staging'),
      env: ENV(),
      event: {
        name: 'pull_request',
        payload: {
          number: 40,
          pull_request: { number: 40, base: { ...side, sha: 'a'.repeat(40) }, head: { ...side, sha: 'b'.repeat(40) } },
        },
      },
    });
    expect(r.code).toBe(0);
    const matrix = JSON.parse(r.outputs.matrix!) as {
      include: { component: string; reason: string; current: string; target: string }[];
    };
    expect(matrix.include.map((c) => [c.component, c.reason])).toEqual([
      ['neo4j', 'changed: src/components/neo4j/client.py'],
      ['model-management', 'depends on neo4j'],
      ['dashboard-web', 'depends on neo4j'],
      ['narrative-engine', 'depends on neo4j'],
    ]);
    expect(matrix.include[0]).toMatchObject({ current: 'staging', target: 'production' });
    expect(r.outputs.count).toBe('4');
    expect(r.summary).toContain('## Maturity plan: 4 of 6 component(s) to check');
  });
});
