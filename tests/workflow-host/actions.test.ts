import { findStep, pushEvent, type JobRecord } from '../support/workflow-host/index.js';
import { setUp, workflow, type Setup } from './setup.js';

describe('workflow host: JavaScript actions', () => {
  let setup: Setup;
  let job: JobRecord;

  beforeAll(async () => {
    setup = await setUp();
    const run = await setup.host.run(workflow('action.yml'), pushEvent(setup.gh, 'main', setup.initial));
    job = run.jobs[0]!;
  });
  afterAll(async () => {
    setup.host.dispose();
    await setup.gh.close();
  });

  test('runs runs.main with INPUT_* (defaults included, expressions evaluated) and the runner variables', () => {
    const greet = findStep(job, 'greet');
    expect(greet.outcome).toBe('success');
    expect(greet.resolvedAction).toBe('working tree greet (node24)');
    expect(greet.outputs).toMatchObject({
      greeting: 'Hello, world!',
      'token-is-job-token': 'true',
      'word-count': '5',
      runner: 'true,true,Linux,octo/shop,push',
    });
    expect(greet.outputs['action-path']).toMatch(/actions-repo\/greet$/);
  });

  test('the job summary collects GITHUB_STEP_SUMMARY and GITHUB_ENV reaches later steps; masks hide values', () => {
    expect(job.summary).toBe('### Hello, world!\n');
    expect(job.steps[1]?.stdout).toBe('greeting=Hello, world! greeted=world\n::add-mask::***\nmasked: ***\n');
  });

  test('an unexpected input warns as the runner does (and fails the step in strict mode)', () => {
    const typo = findStep(job, 'typo');
    expect(typo.outcome).toBe('failure');
    expect(typo.conclusion).toBe('success');
    expect(typo.annotations.emitted[0]).toEqual({
      level: 'warning',
      message: "Unexpected input(s) 'punctuatoin', valid inputs are ['who', 'punctuation', 'token', 'word count']",
    });
    expect(findStep(job, 'missing').errors).toEqual(['Input required and not supplied: who']);
  });

  test('shell: node {0} runs the script with node; outcome and conclusion are separate', () => {
    expect(job.steps[4]?.stdout).toMatch(/^node v\d+\.\d+\.\d+ typo failure\/success\n$/);
    expect(job.result).toBe('success');
  });

  test('a bare $/ fails as the runner fails it; $/<path> is the repository at the running commit', async () => {
    const run = await setup.host.run(workflow('self-bare.yml'), pushEvent(setup.gh, 'main', setup.initial));
    const bare = run.jobs[0]!;
    expect(bare.steps[0]!.errors).toEqual(["Expected format {org}/{repo}[/path]@ref. Actual '$/'"]);
    expect(findStep(bare, 'named').outputs).toEqual({ said: 'hello from octo/shop' });
  });
});
