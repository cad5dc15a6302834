import {
  branchWithChanges,
  findJob,
  openPullRequest,
  pullRequestEvent,
  pushEvent,
} from '../support/workflow-host/index.js';
import { setUp, workflow, type Setup } from './setup.js';

describe('workflow host: actions/cache and upload-sarif', () => {
  let setup: Setup;

  beforeAll(async () => {
    setup = await setUp();
  });
  afterAll(async () => {
    setup.host.dispose();
    await setup.gh.close();
  });

  test('a cache saved on the default branch is restored by a later run and by a pull request (restore-keys prefix)', async () => {
    const first = await setup.host.run(workflow('cache-and-sarif.yml'), pushEvent(setup.gh, 'main', setup.initial));
    expect(findJob(first, 'cache').outputs).toEqual({ hit: 'false', matched: '' });
    expect(findJob(first, 'cache').steps[1]?.stdout).toBe('(empty)\n');

    const second = await setup.host.run(workflow('cache-and-sarif.yml'), pushEvent(setup.gh, 'main', setup.initial));
    expect(findJob(second, 'cache').outputs).toEqual({ hit: 'false', matched: `history-${first.runId}` });
    expect(findJob(second, 'cache').steps[1]?.stdout).toBe(`run ${first.runId}\n`);

    branchWithChanges(setup.gh, 'main', { 'NOTES.md': 'x\n' }, { branch: 'notes' });
    const pull = openPullRequest(setup.gh, { head: 'notes' });
    const onPull = await setup.host.run(workflow('cache-and-sarif.yml'), pullRequestEvent(setup.gh, pull.number));
    expect(findJob(onPull, 'cache').outputs['matched']).toBe(`history-${second.runId}`);
  });

  test('upload-sarif posts gzip+base64 SARIF with the job token; without security-events: write it is refused', async () => {
    const uploads = setup.gh.actions.sarifUploads;
    expect(uploads.length).toBeGreaterThan(0);
    expect(uploads[0]).toMatchObject({ ref: 'refs/heads/main', toolNames: ['bandit'], category: 'bandit' });
    const run = await setup.host.run(workflow('cache-and-sarif.yml'), pushEvent(setup.gh, 'main', setup.initial));
    expect(findJob(run, 'sarif').result).toBe('success');
    expect(findJob(run, 'sarif-refused').steps[1]?.errors[0]).toMatch(/^Resource not accessible by integration/);
  });
});
