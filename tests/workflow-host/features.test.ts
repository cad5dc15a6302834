import { findJob, findJobs, findStep, pushEvent, type RunRecord } from '../support/workflow-host/index.js';
import { setUp, workflow, type Setup } from './setup.js';

describe('workflow host: matrices, conditions, shells, defaults, local workflows', () => {
  let setup: Setup;
  let run: RunRecord;

  beforeAll(async () => {
    setup = await setUp();
    run = await setup.host.run(workflow('features.yml'), pushEvent(setup.gh, 'main', setup.initial));
  });
  afterAll(async () => {
    setup.host.dispose();
    await setup.gh.close();
  });

  test('matrix exclude drops combinations, include extends the matching ones and adds the rest', () => {
    expect(findJobs(run, 'shapes').map((job) => [job.name, job.steps[0]?.stdout])).toEqual([
      ['shapes (linux, 1, x)', 'linux-1-x\n'],
      ['shapes (linux, 2, x)', 'linux-2-x\n'],
      ['shapes (mac, 1)', 'mac-1-\n'],
      ['shapes (windows, 3)', 'windows-3-\n'],
    ]);
  });

  test('fail-fast cancels the legs not yet run; a continue-on-error job fails but its needs see success', () => {
    expect(findJobs(run, 'fast').map((job) => job.result)).toEqual(['success', 'failure', 'cancelled']);
    expect(findJob(run, 'tolerated').result).toBe('failure');
    expect(findStep(findJob(run, 'details'), 'where').stdout).toBe('dir=src fast=failure tolerated=success none=[]\n');
  });

  test('shell: bash is pipefail, sh is not; job defaults set the working directory; hashFiles hashes the checkout', () => {
    const details = findJob(run, 'details');
    const where = findStep(details, 'where');
    expect([where.outcome, where.conclusion, where.errors]).toEqual([
      'failure',
      'success',
      ['Process completed with exit code 2.'],
    ]);
    expect(where.outputs['hash']).toMatch(/^[0-9a-f]{64}$/);
    expect(findStep(details, 'sh has no pipefail').stdout).toBe('sh goes on\n');
    expect(details.concurrency).toBe(`details-${setup.main}`);
    expect(run.concurrency).toBe('features-refs/heads/main');
  });

  test('timeout-minutes bounds a step', () => {
    expect(findStep(findJob(run, 'details'), 'slow').errors).toEqual(['The action has timed out.']);
  });

  test('a missing working directory fails the step as the runner does', () => {
    expect(findJob(run, 'no-folder').steps[0]?.errors[0]).toMatch(
      /^An error occurred trying to start process 'bash' with working directory '.*\/src'\. No such file or directory$/,
    );
  });

  test('./ calls a workflow of the user repository, where $/ is that repository at the running commit', () => {
    expect(findJob(run, 'call-local / say').outputs).toEqual({ said: 'hello from octo/shop' });
    expect(findJob(run, 'show').steps[0]?.stdout).toBe('hello from octo/shop\n');
  });

  test("a workflow the parser rejects fails the run at startup with the parser's errors", async () => {
    const invalid = await setup.host.run(workflow('invalid.yml'), pushEvent(setup.gh, 'main', setup.initial));
    expect(invalid.conclusion).toBe('startup_failure');
    expect(invalid.errors).toEqual([
      "The workflow is not valid. .github/workflows/invalid.yml (Line: 8, Col: 14): Unexpected symbol: ')'",
    ]);
  });
});
