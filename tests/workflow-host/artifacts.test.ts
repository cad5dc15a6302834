import {
  expectSuccess,
  findJob,
  findStep,
  pushEvent,
  workflowDispatchEvent,
  type RunRecord,
} from '../support/workflow-host/index.js';
import { setUp, workflow, type Setup } from './setup.js';

describe('workflow host: artifacts', () => {
  let setup: Setup;
  let first: RunRecord;

  beforeAll(async () => {
    setup = await setUp();
    first = await setup.host.run(workflow('artifacts.yml'), pushEvent(setup.gh, 'main', setup.initial));
  });
  afterAll(async () => {
    setup.host.dispose();
    await setup.gh.close();
  });

  test('jobs have fresh workspaces, so files travel between them only as artifacts', () => {
    expectSuccess(first);
    const down = findJob(first, 'down');
    expect(down.steps[3]?.stdout).toBe('one\ntwo\nreport\nresults\nreport\none\n');
  });

  test('GitHub warns once per job about actions declaring node20', () => {
    const warnings = findJob(first, 'up').annotations.emitted.filter((annotation) =>
      annotation.message.startsWith('Node.js 20 actions are deprecated'),
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toContain('actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02.');
    expect(warnings[0]?.message).not.toContain('bbbca2ddaa5d8feaa63e36b76fdaad77386f024f');
  });

  test('artifact names are unique in a run', () => {
    const again = findStep(findJob(first, 'up'), 'again');
    expect(again.outcome).toBe('failure');
    expect(again.errors[0]).toContain('(409) Conflict: an artifact with this name already exists on the workflow run');
  });

  test("the REST API lists the run's artifacts, newest first, in GitHub's shape", async () => {
    const response = await fetch(`${setup.gh.url}/repos/octo/shop/actions/artifacts?per_page=10`);
    const body = (await response.json()) as { total_count: number; artifacts: Record<string, unknown>[] };
    expect(body.total_count).toBe(2);
    expect(body.artifacts.map((artifact) => artifact['name'])).toEqual(['report', 'results']);
    expect(body.artifacts[1]).toMatchObject({
      expired: false,
      archive_download_url: expect.stringMatching(/\/actions\/artifacts\/\d+\/zip$/),
      digest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
      workflow_run: { id: first.runId, head_branch: 'main', head_sha: setup.main },
    });
  });

  test("a later run downloads an earlier run's artifact by run-id with a token that has actions: read", async () => {
    const later = expectSuccess(
      await setup.host.run(
        workflow('artifacts-later.yml'),
        workflowDispatchEvent(setup.gh, { 'run-id': String(first.runId) }),
      ),
    );
    expect(later.runNumber).toBe(1);
    expect(findJob(later, 'allowed').steps[1]?.stdout).toBe('one\n');
    expect(findJob(later, 'refused').result).toBe('skipped');
  });

  test('without actions: read the REST API refuses, as on GitHub', async () => {
    const refused = await setup.host.run(
      workflow('artifacts-later.yml'),
      workflowDispatchEvent(setup.gh, { 'run-id': String(first.runId), 'with-actions-read': false }),
    );
    expect(refused.conclusion).toBe('failure');
    expect(findJob(refused, 'refused').steps[0]?.errors[0]).toContain('Resource not accessible by integration');
  });
});
