/**
 * The committed bundle dist/security-gate/index.js, run as the runner runs it, over Debian
 * bandit's real report of the sample component session_vault, the documented shapes of the
 * other tools, and the sample accepted-risk register.
 */
import { micromark } from 'micromark';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gateResultSchema } from '../../packages/core/result/gate-result-schema.js';
import { FakeGitHub } from '../support/fake-github/index.js';
import { expectedText, SAMPLE } from '../support/fixtures.js';
import { nodeBinaries, runBundle, workflowCommands, type NodeBinary } from '../support/run-bundle.js';
import { sarifSchemaErrors } from '../support/sarif-schema.js';

let gh: FakeGitHub;
let nodes: NodeBinary[];

beforeAll(async () => {
  gh = await FakeGitHub.start({ owner: 'tta', repo: 'demo' });
  nodes = await nodeBinaries();
});
afterAll(() => gh.close());
beforeEach(() => gh.reset());

const ENV = () => ({
  GITHUB_API_URL: gh.url,
  GITHUB_REPOSITORY: 'tta/demo',
  GITHUB_RUN_ID: '99',
  GITHUB_SHA: 'c'.repeat(40),
});

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sg-ws-'));
  cpSync(SAMPLE, dir, { recursive: true });
  return dir;
}

/** bandit's "Total issues (by severity)": { Low: 4, Medium: 3, High: 2 } */
function banditTotals(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of expectedText('../security/expected/bandit-summary.txt').matchAll(/(\w+): ([\d.]+)/g))
    out[m[1]!] = Number(m[2]);
  return out;
}

const BASE = { component: 'session-vault', 'bandit-report': 'reports/security/bandit.json', 'github-token': '' };

describe('dist/security-gate', () => {
  it.each([0, 1])(
    'counts as bandit counts, surfaces its scan errors, and writes schema-valid SARIF (node #%i)',
    async (i) => {
      const ws = workspace();
      rmSync(join(ws, 'SECURITY_FINDINGS_ACCEPTED_RISKS.md'), { force: true });
      const r = await runBundle({
        node: nodes[i]!.path,
        action: 'security-gate',
        inputs: { ...BASE, component: '', 'sarif-output': 'out/security.sarif' },
        workspace: ws,
        env: ENV(),
      });
      const totals = banditTotals();
      expect(r.outputs).toMatchObject({
        high: String(totals.High),
        medium: String(totals.Medium),
        low: String(totals.Low),
        critical: '0',
        accepted: '0',
        'sarif-file': 'out/security.sarif',
      });
      expect(r.code).toBe(1);
      expect(r.outputs.status).toBe('error'); // bandit could not parse one file: the scan is incomplete
      expect(micromark(r.summary)).toContain('broken_migration.py'); // as rendered: the name is Markdown-escaped in the source

      const sarif = JSON.parse(readFileSync(join(ws, 'out/security.sarif'), 'utf8')) as {
        runs: { results: { partialFingerprints: Record<string, string> }[] }[];
      };
      expect(sarifSchemaErrors(sarif)).toEqual([]);
      expect(sarif.runs[0]!.results).toHaveLength(totals.High! + totals.Medium! + totals.Low!);
      expect(sarif.runs[0]!.results.every((x) => /^[0-9a-f]{16}$/.test(Object.values(x.partialFingerprints)[0]!))).toBe(
        true,
      );

      const errors = workflowCommands(r.stdout).filter((c) => c.level === 'error' && c.props.file);
      expect(errors.length).toBe(totals.High);
      expect(errors[0]!.props.file).toMatch(/^src\/components\/session_vault\//);
    },
  );

  it('honours the register, fails on its expired entry, warns on stale ones, and never prints a secret', async () => {
    const ws = workspace();
    const r = await runBundle({
      node: nodes[0]!.path,
      action: 'security-gate',
      inputs: {
        ...BASE,
        'secrets-report': 'reports/security/documented-shapes/gitleaks.json',
        'pip-audit-report': 'reports/security/documented-shapes/pip-audit.json',
      },
      workspace: ws,
      env: ENV(),
    });
    const result = gateResultSchema.parse(JSON.parse(readFileSync(r.outputs['result-file']!, 'utf8')));
    expect(Number(r.outputs.accepted)).toBeGreaterThan(0);
    expect(result.criteria.find((c) => c.id === 'security.accepted-risks-current')).toMatchObject({ status: 'fail' });
    expect(workflowCommands(r.stdout).some((c) => c.level === 'warning' && /matches no finding/.test(c.message))).toBe(
      true,
    );
    expect(r.summary).toMatch(/treated as \*\*high\*\*/);
    const everything = r.stdout + r.stderr + r.summary + readFileSync(r.outputs['result-file']!, 'utf8');
    expect(everything).not.toContain('AKIAFAKEFAKEFAKEFAKE');
    expect(everything).not.toContain('FAKEFAKEFAKE');
  });

  it('keeps first-seen dates in the history and fails findings past their patch deadline', async () => {
    const ws = workspace();
    rmSync(join(ws, 'SECURITY_FINDINGS_ACCEPTED_RISKS.md'), { force: true });
    const inputs = { ...BASE, history: '.maturity/history.json', 'target-stage': 'production' };
    const first = await runBundle({ node: nodes[0]!.path, action: 'security-gate', inputs, workspace: ws, env: ENV() });
    const history = JSON.parse(readFileSync(join(ws, '.maturity/history.json'), 'utf8')) as {
      firstSeen: Record<string, string>;
    };
    expect(Object.keys(history.firstSeen)).toHaveLength(9);
    const r1 = gateResultSchema.parse(JSON.parse(readFileSync(first.outputs['result-file']!, 'utf8')));
    expect(r1.criteria.find((c) => c.id === 'security.patch-deadlines')).toMatchObject({ status: 'pass', measured: 0 });

    // Ten days later (the history says so): high findings (7 days) and nothing else are overdue.
    const tenDaysAgo = new Date(Date.now() - 10 * 24 * 3600_000).toISOString();
    for (const fp of Object.keys(history.firstSeen)) history.firstSeen[fp] = tenDaysAgo;
    writeFileSync(join(ws, '.maturity/history.json'), JSON.stringify({ version: 1, firstSeen: history.firstSeen }));
    const second = await runBundle({
      node: nodes[0]!.path,
      action: 'security-gate',
      inputs,
      workspace: ws,
      env: ENV(),
    });
    const r2 = gateResultSchema.parse(JSON.parse(readFileSync(second.outputs['result-file']!, 'utf8')));
    expect(r2.criteria.find((c) => c.id === 'security.patch-deadlines')).toMatchObject({
      status: 'fail',
      measured: banditTotals().High,
    });
    expect(second.summary).toContain('Past the patch deadline');
  });

  it('stops on a report of the wrong tool with the file and the command to use', async () => {
    const r = await runBundle({
      node: nodes[0]!.path,
      action: 'security-gate',
      inputs: { ...BASE, 'bandit-report': 'reports/quality/ruff.json' },
      workspace: workspace(),
      env: ENV(),
    });
    expect(r.code).toBe(1);
    const [error] = workflowCommands(r.stdout).filter((c) => c.level === 'error');
    expect(error!.message).toMatch(/reports\/quality\/ruff\.json.*bandit/);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });
});
