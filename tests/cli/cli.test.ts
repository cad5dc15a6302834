/**
 * The command line (bin/maturity-actions.mjs) over the sample repository: it runs the committed
 * bundles as the runner does, so its verdicts and outputs equal the bundles' own; its options
 * and help come from each action.yml; a mistake in the command line is exit code 2.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO, SAMPLE } from '../support/fixtures.js';
import { runBundle } from '../support/run-bundle.js';

const CLI = join(REPO, 'bin', 'maturity-actions.mjs');

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[], cwd = SAMPLE): Promise<CliRun> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env))
    if (v !== undefined && !k.startsWith('GITHUB_') && !k.startsWith('INPUT_')) env[k] = v;
  env.NO_COLOR = '1';
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd, env, timeout: 60_000, maxBuffer: 16 * 1024 * 1024 },
      (err, stdout, stderr) => {
        resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
      },
    );
  });
}

/** The `outputs: a=1  b=""` line the command line prints after a gate's summary. */
function printedOutputs(stdout: string): Record<string, string> {
  const line = stdout.split('\n').find((l) => l.startsWith('outputs: '));
  if (!line) throw new Error(`no outputs line in:\n${stdout}`);
  return Object.fromEntries(
    line
      .slice('outputs: '.length)
      .split(/ {2}/)
      .map((kv) => {
        const i = kv.indexOf('=');
        const v = kv.slice(i + 1);
        return [kv.slice(0, i), v === '""' ? '' : v];
      }),
  );
}

/** A result file without what differs between two runs (time, commit). */
function comparable(result: Record<string, unknown>): Record<string, unknown> {
  const { createdAt: _createdAt, commit: _commit, ...rest } = result;
  return rest;
}

interface ActionYml {
  description: string;
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
}
const actionYml = (name: string) => parse(readFileSync(join(REPO, name, 'action.yml'), 'utf8')) as ActionYml;
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

const GATES = ['coverage-gate', 'quality-gate', 'security-gate', 'uptime-check', 'promotion-report'];

interface Case {
  action: string;
  inputs: Record<string, string>;
  expected: Record<string, string>;
}

describe.each<Case>([
  {
    action: 'coverage-gate',
    inputs: {
      component: 'model-management',
      'coverage-files': 'reports/python/combined/coverage.xml',
      'test-results': 'reports/python/integration/junit.xml',
    },
    // Only model-management's own cases count: 3 of the report's 6 (the other 3 are neo4j's).
    expected: { passed: 'false', status: 'fail', coverage: '78.20', 'tests-passed': '3', 'tests-failed': '0' },
  },
  {
    action: 'coverage-gate',
    inputs: {
      component: 'dashboard-web',
      'coverage-files': 'reports/js/c8/lcov.info',
      'test-results': 'reports/js/node/junit.xml',
    },
    // Node 20's junit reporter names no test files, so no case can be told to be dashboard-web's:
    // no data, never a pass (Node 22+ writes a file attribute).
    expected: { passed: 'false', status: 'no-data', coverage: '75.00', 'tests-passed': '0' },
  },
  {
    action: 'quality-gate',
    inputs: {
      component: 'narrative-engine',
      'ruff-report': 'reports/quality/ruff.json',
      'pyright-report': 'reports/quality/pyright.json',
    },
    expected: { passed: 'false', status: 'fail', errors: '15', warnings: '4', 'docstring-coverage': '46.15' },
  },
  {
    action: 'quality-gate',
    inputs: {
      component: 'admin-console',
      'eslint-report': 'reports/quality/eslint.json',
      'tsc-report': 'reports/quality/tsc.txt',
    },
    expected: { passed: 'false', status: 'fail', errors: '11', warnings: '2', 'docstring-coverage': '' },
  },
])('$action $inputs.component: the command line and the bundle agree', ({ action, inputs, expected }) => {
  const args = [action, ...Object.entries(inputs).flatMap(([k, v]) => [`--${k}`, v])];
  const direct = () =>
    runBundle({
      node: process.execPath,
      action,
      inputs: { ...inputs, 'github-token': '', comment: 'false' },
      workspace: SAMPLE,
    });

  it('gives the bundle\u2019s exit code and outputs', async () => {
    const [viaCli, viaBundle] = await Promise.all([cli(args), direct()]);
    expect(viaBundle.outputs).toMatchObject(expected);
    const printed = printedOutputs(viaCli.stdout);
    const { 'result-file': _file, ...outputs } = viaBundle.outputs;
    expect(printed).toEqual(outputs);
    expect(viaCli.code).toBe(viaBundle.code);
    expect(viaCli.code).toBe(expected.passed === 'true' ? 0 : 1);
    // The job summary is what the command line prints first.
    const heading = viaBundle.summary
      .split('\n')[0]!
      .replace(/^## /, '')
      .replace(/<\/?code>/g, '');
    expect(viaCli.stdout.split('\n')[0]).toBe(heading);
  });

  it('--json prints the same result file', async () => {
    const [viaCli, viaBundle] = await Promise.all([cli([...args, '--json']), direct()]);
    expect(viaCli.code).toBe(viaBundle.code);
    const fromCli = JSON.parse(viaCli.stdout) as Record<string, unknown>;
    const fromBundle = JSON.parse(readFileSync(viaBundle.outputs['result-file']!, 'utf8')) as Record<string, unknown>;
    expect(comparable(fromCli)).toEqual(comparable(fromBundle));
  });
});

describe('check', () => {
  const NEO4J_COVERAGE = [
    '--coverage',
    'reports/python/combined/coverage.xml',
    '--tests',
    'reports/python/integration/junit.xml',
  ];

  it('exits 0 when every gate run passes, with a one-line scorecard', async () => {
    const r = await cli(['check', '--component', 'neo4j', '--target', 'production', ...NEO4J_COVERAGE]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('── coverage-gate passed');
    expect(r.stdout).toContain(
      '| ✅ | Test coverage (lines + branches) — 89 of 91 lines and 42 of 44 branches | 97.04% | ≥ 80% |',
    );
    expect(r.stdout).not.toContain('quality-gate');
    const scorecard = r.stdout.trimEnd().split('\n').pop()!;
    expect(scorecard).toMatch(/^Scorecard neo4j Staging → Production: 1 of 1 gates passed +✔ coverage-gate pass$/);
  });

  it('exits 1 when a gate fails, and prints its criteria and failure message', async () => {
    const r = await cli([
      'check',
      '--component',
      'model-management',
      '--coverage',
      'reports/python/combined/coverage.xml',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('── coverage-gate failed');
    expect(r.stdout).toContain(
      '| ❌ | Test coverage (lines + branches) — 77 of 95 lines and 27 of 38 branches | 78.20% | ≥ 80% | 1.80 points |',
    );
    expect(r.stdout).toContain(
      'error: coverage-gate: model-management does not meet the Production bars: Test coverage (lines + branches) is 78.20%, 1.80 points short',
    );
    // Only the head of the summary: the criteria, not the per-file tables.
    expect(r.stdout).not.toContain('Files with the most missed lines');
    expect(r.stdout.trimEnd().split('\n').pop()).toMatch(
      /^Scorecard model-management Staging → Production: 0 of 1 gates passed +✘ coverage-gate fail$/,
    );
  });

  it('runs every gate that has evidence, from another folder with --root; one failure is exit 1', async () => {
    const r = await cli(
      [
        'check',
        '--root',
        'examples/sample-repo',
        '--component',
        'neo4j',
        '--target',
        'production',
        ...NEO4J_COVERAGE,
        '--ruff',
        'reports/quality/ruff.json',
      ],
      REPO,
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('── coverage-gate passed');
    expect(r.stdout).toContain('── quality-gate failed');
    expect(r.stdout).not.toContain('security-gate');
    expect(r.stdout.trimEnd().split('\n').pop()).toMatch(
      /1 of 2 gates passed +✔ coverage-gate pass +✘ quality-gate fail$/,
    );
  });

  it('--json prints the result files as an array, with the same exit code', async () => {
    const r = await cli([
      'check',
      '--component',
      'session-vault',
      '--bandit',
      'reports/security/bandit.json',
      '--ruff',
      'reports/quality/ruff.json',
      '--json',
    ]);
    expect(r.code).toBe(1);
    const results = JSON.parse(r.stdout) as { gate: string; component: string; status: string }[];
    expect(results.map((x) => [x.gate, x.component])).toEqual([
      ['quality-gate', 'session-vault'],
      ['security-gate', 'session-vault'],
    ]);
    expect(results.find((x) => x.gate === 'security-gate')!.status).toBe('error');
  });

  it('a gate that cannot run (unknown component) is exit 1 with the action\u2019s message', async () => {
    const r = await cli(['check', '--component', 'nope', '--coverage', 'reports/python/combined/coverage.xml']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('coverage-gate: component: "nope" is not a component in .github/maturity.yml');
  });

  it.each([
    [['check', '--component', 'neo4j'], /no evidence given.*--coverage, --tests, --ruff/],
    [['check', '--coverage', 'reports/python/combined/coverage.xml'], /--component is required/],
    [['check', '--component', 'neo4j', '--tests', 'reports/python/integration/junit.xml'], /--tests needs --coverage/],
    [
      ['check', '--component', 'neo4j', '--target', 'prod', '--coverage', 'x'],
      /--target is staging or production, not "prod"/,
    ],
    [['check', '--component', 'neo4j', '--coverag', 'x'], /unknown option --coverag\. Did you mean --coverage\?/],
    [['check', '--component'], /--component needs a value/],
    [['check', '--component', 'neo4j', 'coverage.xml'], /unexpected argument "coverage.xml"/],
  ])('%j is a usage error: exit 2', async (args, message) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });
});

describe('options and help from action.yml', () => {
  it('an unknown option is exit 2, naming it and listing the valid ones', async () => {
    const r = await cli([
      'coverage-gate',
      '--component',
      'neo4j',
      '--coverage-file',
      'reports/python/combined/coverage.xml',
    ]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('unknown option --coverage-file. Did you mean --coverage-files?');
    for (const input of Object.keys(actionYml('coverage-gate').inputs)) expect(r.stderr).toContain(`--${input}`);
  });

  it('a missing required input is exit 2', async () => {
    const r = await cli(['coverage-gate', '--component', 'neo4j']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--coverage-files is required');
  });

  it('an unknown command is exit 2', async () => {
    const r = await cli(['covrage-gate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown command "covrage-gate". Did you mean coverage-gate?');
  });

  it.each(GATES)('%s --help lists every input of its action.yml with its description', async (gate) => {
    const r = await cli([gate, '--help']);
    expect(r.code).toBe(0);
    const text = collapse(r.stdout);
    const yml = actionYml(gate);
    expect(text).toContain(collapse(yml.description));
    for (const [name, input] of Object.entries(yml.inputs)) {
      expect(r.stdout).toMatch(new RegExp(`^  --${name} `, 'm'));
      expect(text).toContain(collapse(input.description));
    }
    expect(r.stdout).toContain('--root <dir>');
  });

  it('--help lists check and every action', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ {2}check /m);
    for (const gate of GATES) expect(r.stdout).toMatch(new RegExp(`^  ${gate} `, 'm'));
  });

  it('check --help names the gate input behind each option', async () => {
    const r = await cli(['check', '--help']);
    expect(r.code).toBe(0);
    const text = collapse(r.stdout);
    expect(text).toContain(
      `--coverage <file> coverage-gate's coverage-files: ${collapse(actionYml('coverage-gate').inputs['coverage-files']!.description)}`,
    );
    expect(text).toContain(`--bandit <file> security-gate's bandit-report:`);
  });
});
