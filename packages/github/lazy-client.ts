/**
 * A GitHubApi that loads its client (client.ts, and with it @actions/github, octokit and
 * undici: most of an action's bundle) on the first call. Most runs of a gate never talk to GitHub
 * (no pull request, no token, commenting off), and every run would otherwise pay for
 * loading it: ncc evaluates everything imported statically before the action starts, and a
 * dynamic import() is a separate chunk beside the bundle, read only when reached.
 */
import type { ClientOptions, GitHubApi } from './client.js';
import { withUndici } from './undici-on-demand.js';

/** Every method of GitHubApi: the compiler checks that none is missing. */
const METHODS = [
  'viewerLogin',
  'listIssueComments',
  'createIssueComment',
  'updateIssueComment',
  'deleteIssueComment',
  'listPullRequestFiles',
  'getFile',
  'listDirectory',
  'putFile',
  'branchSha',
  'createBranch',
  'deleteBranch',
  'defaultBranch',
  'listOpenIssues',
  'createIssue',
  'updateIssue',
  'closeIssue',
  'createPullRequest',
  'findOpenPullRequest',
  'listMilestones',
  'createMilestone',
  'getIssue',
  'addLabels',
  'removeLabel',
  'listLabels',
  'createLabel',
  'updateLabel',
  'permissionOf',
  'searchIssues',
  'listIssueEvents',
  'listArtifacts',
  'downloadArtifact',
] as const satisfies readonly Exclude<keyof GitHubApi, 'owner' | 'repo'>[];

type Unlisted = Exclude<keyof GitHubApi, (typeof METHODS)[number] | 'owner' | 'repo'>;
/** Fails to compile when GitHubApi gains a method that METHODS does not list: add it above. */
const everyMethodListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyMethodListed;

type AnyMethod = (...args: unknown[]) => Promise<unknown>;

export function lazyGitHubClient(options: ClientOptions): GitHubApi {
  let client: Promise<GitHubApi> | undefined;
  // After undici: octokit's fetch and proxy agent are undici's (undici-on-demand.ts).
  const load = (): Promise<GitHubApi> =>
    (client ??= withUndici(() => import('./client.js')).then((m) => m.createGitHubClient(options)));
  const api: Record<string, unknown> = { owner: options.owner, repo: options.repo };
  for (const name of METHODS) {
    api[name] = async (...args: unknown[]) => ((await load())[name] as AnyMethod)(...args);
  }
  return api as unknown as GitHubApi;
}
