/**
 * A shell run in process, as actions/typescript-action tests its `run()`: the action's exported
 * run() called with the runner's conventions in the environment (INPUT_<NAME> with hyphens kept,
 * GITHUB_WORKSPACE, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files) and read back through them: the
 * outputs file @actions/core writes, the summary, the workflow commands on stdout, and
 * process.exitCode (1 on a failed gate, as the runner sees it).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { SAMPLE } from '../support/fixtures.js';
import { parseOutputs } from '../support/run-bundle.js';

interface InProcessRun {
  outputs: Record<string, string>;
  summary: string;
  stdout: string;
  exitCode: number;
}

/**
 * @actions/core's `summary` is one object per process that keeps the first GITHUB_STEP_SUMMARY it
 * read: every run in this file uses the same file, emptied before each run.
 */
const SUMMARY = join(mkdtempSync(join(tmpdir(), 'shell-in-process-')), 'summary');

/** Runs `run` with only `env` (plus PATH) in process.env; everything is put back afterwards. */
async function runInProcess(run: () => Promise<void>, env: Record<string, string>): Promise<InProcessRun> {
  const dir = mkdtempSync(join(tmpdir(), 'shell-in-process-'));
  const files = { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STEP_SUMMARY: SUMMARY };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const saved = { ...process.env };
  const savedExitCode = process.exitCode;
  const chunks: string[] = [];
  const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  for (const key of Object.keys(process.env)) if (key !== 'PATH') delete process.env[key];
  Object.assign(process.env, { RUNNER_TEMP: dir, ...files, ...env });
  process.exitCode = undefined;
  try {
    await run();
    return {
      outputs: parseOutputs(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
      summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
      stdout: chunks.join(''),
      exitCode: Number(process.exitCode ?? 0),
    };
  } finally {
    write.mockRestore();
    for (const key of Object.keys(process.env)) delete process.env[key];
    Object.assign(process.env, saved);
    process.exitCode = savedExitCode;
  }
}

describe('a shell run in process (its exported run())', () => {
  it('coverage-gate: outputs, summary, the failure as an error command and exit code 1', async () => {
    const { run } = await import('../../actions/coverage-gate/coverage-gate-action.js');
    const results = mkdtempSync(join(tmpdir(), 'shell-results-'));
    const r = await runInProcess(run, {
      GITHUB_WORKSPACE: SAMPLE,
      INPUT_COMPONENT: 'model-management',
      'INPUT_COVERAGE-FILES': 'reports/python/combined/coverage.xml',
      'INPUT_TEST-RESULTS': 'reports/python/integration/junit.xml',
      'INPUT_RESULTS-DIR': results,
      INPUT_COMMENT: 'false',
    });
    // coverage.py's own total for the component's files (reports/expected), against Production's 80%.
    expect(r.outputs).toMatchObject({
      coverage: '78.20',
      status: 'fail',
      passed: 'false',
      'tests-passed': '3',
      'tests-failed': '0',
    });
    expect(r.outputs['result-file']).toBe(join(results, 'coverage-gate--model-management.json'));
    expect(r.summary).toMatch(/Test coverage \(lines \+ branches\)/);
    expect(r.stdout).toMatch(/^::error::coverage-gate: model-management does not meet the Production bars/m);
    expect(r.exitCode).toBe(1);
  });

  it('the planner: the matrix of every component, offline (no repository, so no API)', async () => {
    const { run } = await import('../../actions/planner/planner-action.js');
    const r = await runInProcess(run, {
      GITHUB_WORKSPACE: SAMPLE,
      INPUT_MODE: 'all',
      'INPUT_GITHUB-TOKEN': '',
      'INPUT_BASELINE-ARTIFACT': '',
    });
    expect(JSON.parse(r.outputs.components!)).toEqual([
      'neo4j',
      'model-management',
      'dashboard-web',
      'narrative-engine',
      'admin-console',
      'session-vault',
    ]);
    expect(r.outputs.count).toBe('6');
    expect(r.summary).toMatch(/^## Maturity plan: 6 of 6 component\(s\) to check/);
    expect(r.exitCode).toBe(0);
  });

  it('a configuration mistake: one error annotation on the input, exit code 1, no stack trace', async () => {
    const { run } = await import('../../actions/planner/planner-action.js');
    const r = await runInProcess(run, {
      GITHUB_WORKSPACE: SAMPLE,
      INPUT_MODE: 'everything',
      'INPUT_BASELINE-ARTIFACT': '',
    });
    expect(r.stdout).toMatch(
      /^::error title=maturity-planner%3A cannot run::maturity-planner: input mode: expected one of all, changed, report/m,
    );
    expect(r.stdout).not.toMatch(/\n\s+at /);
    expect(r.exitCode).toBe(1);
  });
});
