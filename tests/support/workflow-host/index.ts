/**
 * The workflow host: runs GitHub Actions workflows for real, locally, against fake-github.
 * The only file tests import. See README.md for what it models and where it differs.
 *
 *   const gh = await FakeGitHub.start({ owner: 'octo', repo: 'shop' });
 *   commitDirectory(gh, 'examples/sample-repo', { branch: 'main' });
 *   const host = new WorkflowHost({ gh, path: [standInTools] });
 *   const run = await host.run('examples/workflows/pull-request.yml', pullRequestEvent(gh, 1));
 *   expectSuccess(run);
 */
export { WorkflowHost, type WorkflowHostOptions } from './host.js';
export { issuesEvent, pullRequestEvent, pushEvent, scheduleEvent, workflowDispatchEvent } from './events.js';
export {
  branchWithChanges,
  commitDirectory,
  commitFiles,
  mergePullRequest,
  openPullRequest,
  pushToPullRequest,
  readTree,
  type CommitOptions,
  type PullRequestOptions,
} from './seeding.js';
export { describeFailure, expectSuccess, findJob, findJobs, findStep } from './record.js';
export type { Annotation, Annotations, JobRecord, Result, RunRecord, StepRecord, WorkflowEvent } from './types.js';
