import {
  describeFailure,
  findJob,
  findJobs,
  findStep,
  pushEvent,
  type RunRecord,
} from '../support/workflow-host/index.js';
import { setUp, workflow, type Setup } from './setup.js';

describe('workflow host: the job graph', () => {
  let setup: Setup;
  let run: RunRecord;

  beforeAll(async () => {
    setup = await setUp();
    run = await setup.host.run(workflow('graph.yml'), pushEvent(setup.gh, 'main', setup.initial));
  });
  afterAll(async () => {
    setup.host.dispose();
    await setup.gh.close();
  });

  test('runs jobs in needs order and concludes the run from their results', () => {
    expect(run.jobs.map((job) => job.name)).toEqual([
      'plan',
      'build (a, 1)',
      'build (b, 2)',
      'broken',
      'after-broken',
      'cleanup',
    ]);
    expect(run.conclusion).toBe('failure');
    expect(describeFailure(run)).toContain("step 'Run exit 3' (run): Process completed with exit code 3.");
  });

  test('job outputs feed a matrix through fromJSON, and needs outputs reach env', () => {
    expect(findJob(run, 'plan').outputs).toEqual({
      matrix: '{"include":[{"name":"a","n":1},{"name":"b","n":2}]}',
      word: 'hello',
    });
    const legs = findJobs(run, 'build');
    expect(legs.map((leg) => leg.matrix)).toEqual([
      { name: 'a', n: 1 },
      { name: 'b', n: 2 },
    ]);
    expect(findStep(legs[1]!, 'Show b').stdout).toBe('hello 2\n');
  });

  test('a failed step skips the next ones unless their if: asks for failure()', () => {
    const broken = findJob(run, 'broken');
    expect(broken.steps.map((step) => [step.name, step.outcome, step.exitCode])).toEqual([
      ['Run exit 3', 'failure', 3],
      ['never', 'skipped', null],
      ['on failure', 'success', 0],
    ]);
  });

  test('a job whose need failed is skipped; always() runs and sees needs.<id>.result', () => {
    expect(findJob(run, 'after-broken').result).toBe('skipped');
    expect(findJob(run, 'cleanup').steps[0]?.stdout).toBe('broken was failure\n');
  });

  test('a run: step without shell runs as GitHub runs it: bash -e {0}, without pipefail', () => {
    expect(findStep(findJob(run, 'cleanup'), 'no shell given').stdout).toBe('bash -e {0}: no pipefail\n');
  });

  test('the fake records the run for the runs API', async () => {
    const response = await fetch(`${setup.gh.url}/repos/octo/shop/actions/runs/${run.runId}`);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      id: run.runId,
      head_branch: 'main',
      head_sha: setup.main,
      event: 'push',
      status: 'completed',
      conclusion: 'failure',
      run_number: 1,
    });
  });
});
