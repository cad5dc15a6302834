import { expectSuccess, findJob, findStep, pushEvent } from '../support/workflow-host/index.js';
import { setUp, workflow, type Setup } from './setup.js';

describe('workflow host: reusable workflows', () => {
  let setup: Setup;

  beforeAll(async () => {
    setup = await setUp({ secrets: { DEPLOY_KEY: 's3cr3t-value' } });
  });
  afterAll(async () => {
    setup.host.dispose();
    await setup.gh.close();
  });

  test('inputs are typed and defaulted, outputs come back through needs, names are caller / called', async () => {
    const run = expectSuccess(await setup.host.run(workflow('call.yml'), pushEvent(setup.gh, 'main', setup.initial)));
    expect(run.jobs.map((job) => [job.name, job.result])).toEqual([
      ['call / greet', 'success'],
      ['call / loud-only', 'success'],
      ['report', 'success'],
    ]);
    const greet = findJob(run, 'call / greet');
    // `$/greet` in a workflow of tta/maturity-actions is that repository's greet action.
    expect(findStep(greet, 'self').outputs['greeting']).toBe('Hello, octo!!!');
    expect(findStep(greet, 'named').outputs['greeting']).toBe('Hello, octo x2!');
    // secrets: inherit passes the secret, and the log masks it.
    const echo = greet.steps[2]!;
    expect(echo.stdout).toBe('self=Hello, octo!!!\nsecret=***\n');
    expect(findJob(run, 'report').steps[0]?.stdout).toBe('success Hello, octo!!!\n');
    expect(greet.permissions).toEqual({ contents: 'read', metadata: 'read' });
  });

  test('a called job asking for more than the caller grants refuses the whole run, skipped or not', async () => {
    const run = await setup.host.run(workflow('call-denied.yml'), pushEvent(setup.gh, 'main', setup.initial));
    expect(run.conclusion).toBe('startup_failure');
    expect(run.jobs).toEqual([]);
    expect(run.errors).toEqual([
      "The workflow is not valid. .github/workflows/call-denied.yml (Line: 4, Col: 3): Error calling workflow 'tta/maturity-actions/.github/workflows/needs-write.yml@v1'. The nested job 'label' is requesting 'issues: write', but is only allowed 'issues: none'.",
    ]);
  });

  test('an input the called workflow does not declare is an error, as on GitHub', async () => {
    const run = await setup.host.run(workflow('call-bad-input.yml'), pushEvent(setup.gh, 'main', setup.initial));
    expect(run.conclusion).toBe('startup_failure');
    expect(run.errors.join('\n')).toContain('Invalid input, colour is not defined in the referenced workflow.');
  });
});
