import { findJob, findStep, issuesEvent, pushEvent } from '../support/workflow-host/index.js';
import { setUp, workflow, type Setup } from './setup.js';

describe('workflow host: annotations and tokens', () => {
  let setup: Setup;

  beforeAll(async () => {
    setup = await setUp();
  });
  afterAll(async () => {
    setup.host.dispose();
    await setup.gh.close();
  });

  test('GitHub shows 10 annotations of each level per step and 50 per job; stop-commands suspends them', async () => {
    const run = await setup.host.run(workflow('annotations.yml'), pushEvent(setup.gh, 'main', setup.initial));
    const job = findJob(run, 'noisy');
    const many = findStep(job, 'many');
    expect(many.annotations.emitted).toHaveLength(30);
    expect(many.annotations.kept.map((annotation) => annotation.level)).toEqual([
      ...Array(10).fill('error'),
      ...Array(10).fill('warning'),
      ...Array(3).fill('notice'),
    ]);
    expect(many.annotations.dropped).toHaveLength(7);
    expect(many.annotations.emitted[0]).toEqual({
      level: 'error',
      message: 'error 1',
      file: 'src/app.py',
      line: 1,
      title: 'E1',
    });
    expect(findStep(job, 'stopped').annotations.emitted).toEqual([
      { level: 'notice', message: 'commands again', title: 'Back' },
    ]);
    // 23 + 30 + 1 kept by the steps; the job keeps the first 50.
    expect(job.annotations.emitted).toHaveLength(61);
    expect(job.annotations.kept).toHaveLength(50);
    expect(job.annotations.dropped).toHaveLength(11);
  });

  test('a job token without issues: write is refused on an issue comment; one with it may comment', async () => {
    setup.gh.addIssue({ number: 7, title: 'Promote payments', labels: ['promotion'] });
    const opened = await setup.host.run(workflow('comment.yml'), issuesEvent(setup.gh, 7, 'opened'));
    const readOnly = findJob(opened, 'read-only');
    expect(readOnly.result).toBe('failure');
    expect(readOnly.steps[0]?.annotations.emitted[0]).toEqual({
      level: 'error',
      message: '403 Resource not accessible by integration',
    });
    expect(readOnly.permissions).toEqual({ issues: 'read', metadata: 'read' });
    expect(findJob(opened, 'can-write').result).toBe('skipped');

    const labeled = await setup.host.run(
      workflow('comment.yml'),
      issuesEvent(setup.gh, 7, 'labeled', { label: 'promotion' }),
    );
    expect(findJob(labeled, 'can-write').result).toBe('success');
    expect(setup.gh.comments(7).map((comment) => [comment.user, comment.body])).toEqual([
      ['github-actions[bot]', 'hello from a workflow'],
    ]);
  });

  test('the gh CLI stand-in reaches the fake with the job token', async () => {
    const run = await setup.host.run(workflow('gh.yml'), issuesEvent(setup.gh, 7, 'opened'));
    const step = findJob(run, 'cli').steps[0]!;
    expect(step.stdout).toBe('Promote payments\n7\nrefused as expected\n');
    expect(step.stderr).toBe('gh: Resource not accessible by integration (HTTP 403)\n');
  });
});
