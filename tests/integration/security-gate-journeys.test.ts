/**
 * What a new user hit, on a four-component repository (examples/security-repo, bandit's real
 * reports), through the committed bundle dist/security-gate/index.js run as the runner runs it:
 * a repository-wide register, a prose register, the Production audit with and without its
 * reports, first-seen dates carried by the baseline, a pull request judged on what it adds, and
 * a report made in a container whose vendored code the checkout does not have.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GateResult } from '../../packages/core/result/gate-result.js';
import { gateResultSchema } from '../../packages/core/result/gate-result-schema.js';
import { FakeGitHub } from '../support/fake-github/index.js';
import { REPO } from '../support/fixtures.js';
import { nodeBinaries, runBundle, workflowCommands, type BundleRun, type NodeBinary } from '../support/run-bundle.js';

const SECURITY_REPO = join(REPO, 'examples', 'security-repo');
const HEAD = 'b'.repeat(40);

let gh: FakeGitHub;
let node: NodeBinary;

beforeAll(async () => {
  gh = await FakeGitHub.start({ owner: 'tta', repo: 'shop' });
  node = (await nodeBinaries())[0]!;
});
afterAll(() => gh.close());
beforeEach(() => gh.reset());

const ENV = () => ({ GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: 'tta/shop', GITHUB_RUN_ID: '7', GITHUB_SHA: HEAD });

/** A checkout of the repository; `pullRequest` lays the pull request's files over it. */
function checkout(pullRequest = false): string {
  const dir = mkdtempSync(join(tmpdir(), 'sg-journey-'));
  cpSync(SECURITY_REPO, dir, { recursive: true });
  if (pullRequest) cpSync(join(SECURITY_REPO, 'pull-request', 'src'), join(dir, 'src'), { recursive: true });
  rmSync(join(dir, 'pull-request'), { recursive: true });
  return dir;
}

function run(
  ws: string,
  inputs: Record<string, string>,
  event?: { name: string; payload: unknown },
): Promise<BundleRun> {
  return runBundle({
    node: node.path,
    action: 'security-gate',
    inputs: { 'bandit-report': 'reports/bandit.json', 'github-token': '', ...inputs },
    workspace: ws,
    env: ENV(),
    ...(event ? { event } : {}),
  });
}

const resultOf = (r: BundleRun): GateResult =>
  gateResultSchema.parse(JSON.parse(readFileSync(r.outputs['result-file']!, 'utf8')));
const warnings = (r: BundleRun) =>
  workflowCommands(r.stdout)
    .filter((c) => c.level === 'warning')
    .map((c) => c.message);
const criterion = (result: GateResult, id: string) => result.criteria.find((c) => c.id === id);

describe('a repository-wide accepted-risk register', () => {
  it("a component's run applies its own and the repository-wide entries, and says nothing about the others'", async () => {
    const r = await run(checkout(), { component: 'billing' });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ status: 'pass', accepted: '1', low: '0' });
    expect(warnings(r).filter((w) => /AR-\d+/.test(w))).toEqual([]);
    expect(r.summary).toContain("1 entry is this component's. 1 repository-wide or shared entry applies here too");
    expect(r.summary).toContain(
      '5 entries belong to other components and are left out (<code>AR-101</code>, <code>AR-102</code>, <code>AR-301</code>, <code>AR-401</code>, <code>AR-402</code>)',
    );
    expect(resultOf(r).data.register).toMatchObject({
      stale: [],
      shared: 1,
      otherComponents: expect.arrayContaining([{ id: 'AR-301', components: ['catalog'] }]),
    });
  });

  it('each component hears about its own stale entries only', async () => {
    const ws = checkout();
    const accounts = await run(ws, { component: 'accounts' });
    expect(warnings(accounts).filter((w) => /AR-\d+/.test(w))).toEqual([
      expect.stringMatching(
        /^security-gate: accepted-risk entry AR-102 \(SECURITY_FINDINGS_ACCEPTED_RISKS\.md:\d+\) matches no finding/,
      ),
    ]);
    for (const component of ['billing', 'catalog', 'notifications']) {
      const r = await run(ws, { component, 'target-stage': 'staging' });
      expect({ component, code: r.code, advice: warnings(r).filter((w) => /AR-\d+/.test(w)) }).toEqual({
        component,
        code: 0,
        advice: [],
      });
    }
  });

  it('a whole-report run owns every entry: counts as bandit counts, and hears about every stale entry', async () => {
    const r = await run(checkout(), {});
    const bandit = readFileSync(join(SECURITY_REPO, 'reports', 'expected', 'bandit-summary.txt'), 'utf8');
    expect(Number(r.outputs.low) + Number(r.outputs.accepted)).toBe(Number(/Low: ([\d.]+)/.exec(bandit)![1]));
    expect(r.outputs.accepted).toBe('5');
    expect(
      warnings(r)
        .filter((w) => /AR-\d+/.test(w))
        .map((w) => /AR-\d+/.exec(w)![0]),
    ).toEqual(['AR-102', 'AR-901']);
  });

  it('a component field naming no component is reported with a "did you mean"', async () => {
    const ws = checkout();
    const file = join(ws, 'SECURITY_FINDINGS_ACCEPTED_RISKS.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('component: catalog', 'component: catalogue'));
    const r = await run(ws, { component: 'catalog', 'target-stage': 'staging' });
    expect(r.code).toBe(1); // AR-301 is left out, so its finding is undocumented
    expect(warnings(r)).toContainEqual(
      expect.stringContaining(
        'entry AR-301: component "catalogue" is not a component of the config (did you mean "catalog"?',
      ),
    );
  });
});

it('a prose register is refused with the block to paste, drafted from the prose', async () => {
  const ws = checkout();
  writeFileSync(
    join(ws, 'SECURITY_FINDINGS_ACCEPTED_RISKS.md'),
    '# Accepted risks\n\n## AR-201: random invoice numbers (B311)\n\n`src/components/billing/invoice.py` uses `random` for invoice numbers people read; uniqueness comes from the database. Owner: @linus, approved by @grace. Expires 2099-06-30.\n',
  );
  const r = await run(ws, { component: 'billing' });
  expect(r.code).toBe(1);
  const [error] = workflowCommands(r.stdout).filter((c) => c.level === 'error');
  expect(error!.props.file).toBe('SECURITY_FINDINGS_ACCEPTED_RISKS.md');
  expect(error!.message).toContain(
    '```yaml accepted-risks\n- id: "AR-201"\n  rule: "B311"\n  path: "src/components/billing/invoice.py"\n  justification: "src/components/billing/invoice.py uses random for invoice numbers people read; uniqueness comes from the database. Owner: @linus, approved by @grace. Expires 2099-06-30."\n  owner: "@linus"\n  approver: "@grace"\n  expires: 2099-06-30\n```',
  );
});

describe('the Production security audit', () => {
  it('without a dependency audit or a secret scan: no-data, exit 1, and the summary says what to run', async () => {
    const r = await run(checkout(), { component: 'billing', 'target-stage': 'production' });
    expect(r.code).toBe(1);
    expect(r.outputs.status).toBe('no-data');
    const result = resultOf(r);
    expect(criterion(result, 'security.dependency-audit')).toMatchObject({ status: 'no-data' });
    expect(criterion(result, 'security.secret-scan')).toMatchObject({ status: 'no-data' });
    expect(r.summary).toContain('### Production security audit');
    expect(r.summary).toContain(
      '**missing**: run <code>pip-audit -r requirements.txt -f json -o pip-audit.json</code> → input <code>pip-audit-report</code>',
    );
    expect(r.summary).toContain(
      '<code>detect-secrets scan &gt; .secrets.baseline</code> → input <code>secrets-report</code>',
    );
    const [error] = workflowCommands(r.stdout).filter((c) => c.level === 'error');
    expect(error!.message).toMatch(
      /add a dependency audit: `pip-audit -r requirements.txt -f json -o pip-audit.json` \(input `pip-audit-report`\)/,
    );
  });

  it('with both reports read: passes', async () => {
    const r = await run(checkout(), {
      component: 'billing',
      'target-stage': 'production',
      'pip-audit-report': 'reports/documented-shapes/pip-audit.json',
      'secrets-report': 'reports/documented-shapes/detect-secrets-baseline.json',
    });
    expect(r.code).toBe(0);
    expect(r.summary).toContain(
      '| ✅ | Dependency audit (pip-audit or safety) | <code>reports/documented-shapes/pip-audit.json</code> |',
    );
  });

  it('where the config says they do not apply: no criterion, and the summary and result data give the reasons', async () => {
    const r = await run(checkout(), { component: 'catalog' }); // catalog is in Staging: its target is Production
    expect(r.code).toBe(0);
    const result = resultOf(r);
    expect(result.stage).toEqual({ current: 'staging', target: 'production' });
    expect(result.criteria.map((c) => c.id)).not.toEqual(expect.arrayContaining(['security.dependency-audit']));
    expect(result.data.notApplicable).toEqual([
      {
        id: 'security.dependency-audit',
        reason: 'catalog has no third-party dependencies: it uses the standard library only',
      },
      { id: 'security.secret-scan', reason: 'catalog holds no credentials or configuration; it reads a public index' },
    ]);
    expect(r.summary).toContain(
      '| ➖ | Secret scan (detect-secrets or gitleaks) | not applicable: catalog holds no credentials or configuration; it reads a public index',
    );
  });
});

describe('the default branch and a pull request', () => {
  const PATCH = [
    '@@ -1 +1,4 @@',
    '-"""Invoice numbers and totals."""',
    '+"""Invoice numbers and totals.',
    '+',
    "+Invoices can now be exported as PDF with the system's converter.",
    '+"""',
    '@@ -2,0 +6 @@',
    '+import subprocess',
    '@@ -12,0 +17,5 @@',
    '+',
    '+',
    '+def export_pdf(html_path, pdf_path):',
    '+    """Convert an invoice to PDF."""',
    '+    subprocess.call(f"wkhtmltopdf {html_path} {pdf_path}", shell=True)',
  ].join('\n');

  function pullRequest(number: number) {
    gh.addPullRequest({
      number,
      head: { sha: HEAD, ref: 'pdf-export', repoFullName: 'tta/shop' },
      base: { sha: 'a'.repeat(40), ref: 'main', repoFullName: 'tta/shop' },
      files: [{ filename: 'src/components/billing/invoice.py', status: 'modified', patch: PATCH }],
    });
    const side = { ref: 'x', repo: { full_name: 'tta/shop' } };
    return {
      name: 'pull_request',
      payload: {
        number,
        pull_request: { number, base: { ...side, sha: 'a'.repeat(40) }, head: { ...side, sha: HEAD } },
      },
    };
  }

  it("with the default branch's result as the baseline, only the finding the change introduces fails", async () => {
    const main = await run(checkout(), { component: 'billing', 'results-dir': '.main-results' });
    expect(main.code).toBe(0);
    const baseline = resultOf(main);
    const baselineDir = join(main.outputs['result-file']!, '..');

    const ws = checkout(true);
    const r = await run(
      ws,
      {
        component: 'billing',
        'bandit-report': 'reports/bandit-pull-request.json',
        baseline: baselineDir,
        'github-token': 'token',
      },
      pullRequest(12),
    );
    expect(r.code).toBe(1);
    const result = resultOf(r);
    expect(result.scope).toBe('change');
    const failing = result.criteria.filter((c) => c.enforced !== false && c.status !== 'pass');
    expect(failing.map((c) => [c.id, c.measured, c.detail])).toEqual([
      ['security.new.high', 1, 'first: bandit B602 at src/components/billing/invoice.py:21'],
    ]);
    expect(criterion(result, 'security.low-documented')).toMatchObject({ status: 'fail', enforced: false }); // the new `import subprocess`: progress
    const change = result.data.change as { basis: string; introduced: { rule: string; line: number }[] };
    expect(change.basis).toBe('baseline');
    expect(change.introduced.map((f) => `${f.rule}:${f.line}`)).toEqual(['B602:21', 'B404:6']);
    // The B311 finding moved from line 7 to 11: the same finding, with the date the default branch first saw it.
    const b311 = (
      result.data.acceptedFindings as { rule: string; line: number; fingerprint: string; firstSeen: string }[]
    ).find((f) => f.rule === 'B311')!;
    expect(b311.line).toBe(11);
    expect(b311.firstSeen).toBe((baseline.data.firstSeen as Record<string, string>)[b311.fingerprint]);

    expect(r.summary.indexOf('### What this change introduces')).toBeLessThan(
      r.summary.indexOf('### Progress toward Staging'),
    );
    const comment = gh.comments(12).at(-1)!;
    expect(comment.body).toContain('### What this change introduces');
  });

  it('without a baseline, the findings on the lines the pull request changed, saying so', async () => {
    const r = await run(
      checkout(true),
      { component: 'billing', 'bandit-report': 'reports/bandit-pull-request.json', 'github-token': 'token' },
      pullRequest(13),
    );
    const result = resultOf(r);
    const change = result.data.change as { basis: string; note: string; introduced: { rule: string }[] };
    expect(change.basis).toBe('changed-lines');
    expect(change.introduced.map((f) => f.rule)).toEqual(['B602', 'B404']);
    expect(r.summary).toContain(
      'no baseline: a finding counts as introduced when it is on a line this pull request changed',
    );
  });

  it('first-seen dates carry over from run to run through the baseline', async () => {
    const ws = checkout();
    const first = await run(ws, { component: 'notifications', 'results-dir': '.r1' });
    const second = await run(ws, { component: 'notifications', 'results-dir': '.r2', baseline: '.r1' });
    const third = await run(ws, { component: 'notifications', 'results-dir': '.r3', baseline: '.r2/*.json' });
    const dates = [first, second, third].map((r) => resultOf(r).data.firstSeen);
    expect(Object.keys(dates[0] as object)).toHaveLength(2);
    expect(dates[1]).toEqual(dates[0]);
    expect(dates[2]).toEqual(dates[0]);
    expect(criterion(resultOf(third), 'security.patch-deadlines')!.detail).toContain(
      'first-seen dates from the baseline .r2/security-gate--notifications.json',
    );
  });
});

describe('a bandit report made in a container at /app', () => {
  it('a component run lists the finding on a file the checkout does not have, and fails rather than pass on it', async () => {
    const r = await run(checkout(), { component: 'billing', 'bandit-report': 'reports/bandit-container.json' });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ high: '0', status: 'fail' });
    const result = resultOf(r);
    expect(criterion(result, 'security.unattributed')).toMatchObject({ status: 'fail', measured: 1 });
    expect(criterion(result, 'security.unattributed')!.detail).toContain('/app/vendor/legacy_yaml/loader.py');
    expect(r.summary).toContain('### Findings on files the checkout does not have (2)');
    const [error] = workflowCommands(r.stdout).filter((c) => c.level === 'error' && !c.props.file);
    expect(error!.message).toMatch(
      /map the report's paths with `path-map` \(e\.g\. `\/app\/=`\) or run the tool from the repository root/,
    );
  });

  it('a whole-report run counts it', async () => {
    const r = await run(checkout(), { 'bandit-report': 'reports/bandit-container.json' });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ high: '1', low: '1', accepted: '5' }); // the vendored `import subprocess` is the open low one
    expect(criterion(resultOf(r), 'security.high')).toMatchObject({
      status: 'fail',
      detail: 'first: bandit B602 at /app/vendor/legacy_yaml/loader.py:7',
    });
  });
});
