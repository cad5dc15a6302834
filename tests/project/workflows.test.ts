/**
 * The workflows users call (.github/workflows) and copy (examples/workflows): actionlint finds
 * nothing, and our own rules hold (scripts/lint-workflows.mjs: no `${{ }}` inside `run:`,
 * third-party actions pinned by commit SHA with a version comment, `permissions:` on the workflow
 * and every job). Then what actionlint cannot see, because our actions are remote to it: every
 * `with:` names an input our action or reusable workflow declares, required inputs are given,
 * and a caller grants every permission the called jobs ask for (else GitHub refuses the run).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO } from '../support/fixtures.js';
// @ts-expect-error: plain ESM script without type declarations
import { checkRules, format, hasShellcheck, lintWorkflows, workflowFiles } from '../../scripts/lint-workflows.mjs';

interface Finding {
  file: string;
  line: number;
  column: number;
  message: string;
  kind: string;
}
type Dict = Record<string, unknown>;
interface Step {
  uses?: string;
  with?: Dict;
  run?: string;
}
interface Job {
  uses?: string;
  with?: Dict;
  permissions?: Dict | string;
  steps?: Step[];
}
interface Workflow {
  on: Dict;
  permissions?: Dict | string;
  jobs: Record<string, Job>;
}
interface ActionYml {
  inputs?: Record<string, { required?: boolean; default?: string }>;
}

const files = workflowFiles() as string[];
const load = (file: string) => parse(readFileSync(join(REPO, file), 'utf8')) as Workflow;

describe('workflows', () => {
  it('are all there', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        '.github/workflows/component-quality.yml',
        '.github/workflows/staging-validation.yml',
        'examples/workflows/promotion.yml',
        'examples/workflows/pull-request.yml',
        'examples/workflows/staging-validation.yml',
        'examples/workflows/uptime.yml',
      ]),
    );
  });

  it('pass actionlint and our rules', async () => {
    const findings = (await lintWorkflows(files)) as Finding[];
    expect(findings.map(format)).toEqual([]);
  });

  (hasShellcheck() ? it : it.skip)('have run: blocks that pass shellcheck', async () => {
    const findings = (await lintWorkflows(files, REPO, { shellcheck: true })) as Finding[];
    expect(findings.map(format)).toEqual([]);
  });

  it('pin each third-party action to one commit across all files', () => {
    const refs = new Map<string, Set<string>>();
    for (const file of files) {
      for (const m of readFileSync(join(REPO, file), 'utf8').matchAll(/uses:\s*([\w.-]+\/[\w./-]+)@([0-9a-f]{40})\s*#\s*(v[\d.]+)/g)) {
        if (!refs.has(m[1]!)) refs.set(m[1]!, new Set());
        refs.get(m[1]!)!.add(`${m[2]} ${m[3]}`);
      }
    }
    expect(refs.size).toBeGreaterThanOrEqual(4);
    for (const [action, pins] of refs) expect([action, [...pins]]).toEqual([action, [expect.any(String)]]);
  });
});

describe('our own actions and workflows, as the workflows call them', () => {
  const ours = /^tta\/maturity-actions(?:\/([^@]+))?@v1$/;
  const actionInputs = (dir: string) => (parse(readFileSync(join(REPO, dir, 'action.yml'), 'utf8')) as ActionYml).inputs ?? {};
  const workflowInputs = (path: string) => ((load(path).on.workflow_call as Dict).inputs ?? {}) as Record<string, { required?: boolean; default?: unknown }>;

  it.each(files)('%s: every with: names a declared input, and required inputs are given', (file) => {
    const problems: string[] = [];
    for (const [id, job] of Object.entries(load(file).jobs)) {
      const calls: { uses: string; with: Dict }[] = [];
      if (job.uses) calls.push({ uses: job.uses, with: job.with ?? {} });
      for (const s of job.steps ?? []) if (s.uses) calls.push({ uses: s.uses, with: s.with ?? {} });
      for (const c of calls) {
        const m = ours.exec(c.uses);
        if (!m) {
          expect(c.uses).not.toMatch(/^tta\/maturity-actions/); // ours, at another ref than v1
          continue;
        }
        const declared = m[1]?.startsWith('.github/workflows/') ? workflowInputs(m[1]) : actionInputs(m[1] ?? '.');
        for (const k of Object.keys(c.with)) if (!(k in declared)) problems.push(`${id}: ${c.uses} has no input "${k}"`);
        for (const [k, v] of Object.entries(declared)) if (v.required && v.default === undefined && !(k in c.with)) problems.push(`${id}: ${c.uses} needs "${k}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('the reusable workflows name our actions in full (./ would be the caller\u2019s checkout)', () => {
    for (const file of ['.github/workflows/component-quality.yml', '.github/workflows/staging-validation.yml']) {
      const uses = Object.values(load(file).jobs).flatMap((j) => (j.steps ?? []).map((s) => s.uses ?? ''));
      expect(uses.filter((u) => u.startsWith('./'))).toEqual([]);
      expect(uses.filter((u) => ours.test(u)).length).toBeGreaterThan(0);
    }
  });

  it('callers grant every permission the called jobs ask for', () => {
    const level = (v: unknown) => (v === 'write' ? 2 : v === 'read' ? 1 : 0);
    const problems: string[] = [];
    for (const file of files) {
      for (const [id, job] of Object.entries(load(file).jobs)) {
        const m = job.uses ? ours.exec(job.uses) : null;
        if (!m?.[1]) continue;
        const granted = (job.permissions ?? {}) as Dict;
        for (const [calledId, called] of Object.entries(load(m[1]).jobs)) {
          for (const [scope, want] of Object.entries((called.permissions ?? {}) as Dict)) {
            if (level(want) > level(granted[scope])) problems.push(`${file}: job ${id} grants ${scope}: ${String(granted[scope] ?? 'none')}, called job ${calledId} asks ${String(want)}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('component-quality takes the documented inputs with their defaults', () => {
    const inputs = workflowInputs('.github/workflows/component-quality.yml');
    expect(Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, v.default]))).toEqual({
      'python-version': '3.12',
      'install-command': 'pip install -e . pytest pytest-cov ruff pyright bandit',
      'test-command': 'pytest tests/unit',
      config: '.github/maturity.yml',
      mode: 'changed',
    });
  });

  it('the staging validation a user dispatches passes every input it asks for to the reusable workflow', () => {
    const example = load('examples/workflows/staging-validation.yml');
    const dispatch = (example.on.workflow_dispatch as Dict).inputs as Record<string, { required?: boolean; default?: unknown; options?: unknown[] }>;
    const call = workflowInputs('.github/workflows/staging-validation.yml');
    const passed = example.jobs.validate!.with ?? {};
    for (const k of Object.keys(dispatch)) expect([k, k in passed, k in call]).toEqual([k, true, true]);
    expect(call.component!.required).toBe(true);
    expect(call['target-stage']!.default).toBe('');
    expect(dispatch['target-stage']!.options).toEqual(['next', 'staging', 'production']);
    expect([call.users!.default, call['spawn-rate']!.default, call['run-time']!.default]).toEqual(['100', '10', '5m']);
  });
});

describe('scripts/lint-workflows.mjs', () => {
  const bad = [
    'on: pull_request',
    'jobs:',
    '  a:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - uses: actions/setup-python@a26af69be951a213d495a4c3e4e4022e16d87065',
    '      - uses: ./local',
    '      - uses: tta/maturity-actions/coverage-gate@v1',
    '      - run: |',
    '          echo "${{ github.head_ref }}"',
    '          echo "$SAFE ${{ runner.temp }}"',
    '',
  ].join('\n');

  it('finds what actionlint does not: expressions in run:, unpinned actions, missing permissions', () => {
    const got = (checkRules(bad, 'bad.yml') as Finding[]).map((f) => `${f.line}:${f.column} ${f.kind}`);
    expect(got).toEqual([
      '1:1 permissions',
      '3:3 permissions',
      '6:15 unpinned-action', // a tag
      '7:15 unpinned-action', // a SHA without its version comment
      '11:17 expression-in-run',
      '12:23 expression-in-run', // no allow-list, not even runner.temp
    ]);
  });

  it('reports a YAML syntax error (actionlint throws) and goes on with a fresh linter', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lint-workflows-'));
    writeFileSync(join(dir, 'broken.yml'), 'on: push\njobs:\n  a: [\n');
    writeFileSync(join(dir, 'bad.yml'), bad);
    const findings = (await lintWorkflows(['broken.yml', 'bad.yml'], dir)) as Finding[];
    expect(findings[0]).toMatchObject({ file: 'broken.yml', kind: 'syntax-check', message: expect.stringContaining('YAML syntax error') });
    const kinds = findings.filter((f) => f.file === 'bad.yml').map((f) => f.kind);
    expect(kinds).toEqual(expect.arrayContaining(['expression', 'expression-in-run', 'unpinned-action', 'permissions']));
  });

  it('exits 1 with file:line:col: message [kind] lines', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lint-workflows-'));
    writeFileSync(join(dir, 'bad.yml'), bad);
    const r = spawnSync(process.execPath, [join(REPO, 'scripts/lint-workflows.mjs'), join(dir, 'bad.yml')], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/bad\.yml:11:17: .* \[expression-in-run\]\n/);
  });
});
