import {
  openPullRequest,
  branchWithChanges,
  findJob,
  findStep,
  pullRequestEvent,
  pushEvent,
} from '../support/workflow-host/index.js';
import { setUp, workflow, type Setup } from './setup.js';

describe('workflow host: actions/checkout', () => {
  let setup: Setup;

  beforeAll(async () => {
    setup = await setUp();
  });
  afterAll(async () => {
    setup.host.dispose();
    await setup.gh.close();
  });

  test('a push checks out the pushed commit: shallow by default, full history with fetch-depth 0; unpinned actions are refused', async () => {
    const run = await setup.host.run(workflow('checkout.yml'), pushEvent(setup.gh, 'main', setup.initial));
    expect(findJob(run, 'shallow').outputs).toEqual({ head: setup.main, count: '1', shallow: 'true' });
    expect(findJob(run, 'full').outputs).toMatchObject({ head: setup.main, count: '2', branches: 'origin/main ' });
    const unpinned = findJob(run, 'unpinned');
    expect(unpinned.steps[0]?.errors).toEqual([
      "actions/checkout@v4 is not pinned to a full commit SHA (40 hex digits) with a '# vX.Y.Z' comment",
    ]);
  });

  test('a pull request runs on refs/pull/<n>/merge: GITHUB_SHA is the merge commit the fake now holds', async () => {
    branchWithChanges(
      setup.gh,
      'main',
      { 'src/app.py': 'def add(a, b):\n    return b + a\n', 'src/new.py': 'X = 1\n' },
      { branch: 'feature', date: '2026-01-20T00:00:00Z' },
    );
    const pull = openPullRequest(setup.gh, { head: 'feature' });
    const event = pullRequestEvent(setup.gh, pull.number);
    const merge = setup.gh.repo.git.commit(event.sha!)!;
    expect(merge.parents).toEqual([pull.baseSha, pull.headSha]);
    expect(setup.gh.repo.git.refs.get(`refs/pull/${pull.number}/merge`)).toBe(merge.sha);
    const run = await setup.host.run(workflow('checkout.yml'), event);
    expect(findJob(run, 'shallow').outputs).toEqual({ head: merge.sha, count: '1', shallow: 'true' });
    const full = findJob(run, 'full');
    // checkout fetches the pull request's merge ref as refs/remotes/pull/<n>/merge.
    expect(full.outputs).toMatchObject({
      head: merge.sha,
      count: '4',
      branches: 'origin/feature origin/main pull/1/merge ',
    });
    expect(findStep(full, 'git').stdout).toBe('src/app.py\nsrc/new.py\n');
    expect(setup.gh.requestsTo('GET', `/repos/octo/shop/pulls/${pull.number}/files`)).toHaveLength(0);
  });
});
