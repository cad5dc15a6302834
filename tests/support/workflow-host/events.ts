/**
 * Event payloads built from the fake's state, shaped as GitHub sends them (the same JSON the
 * fake serves for pull requests, issues and repositories), with the ref and SHA GitHub runs
 * them at. A pull_request event runs at `refs/pull/<n>/merge`: the builder gives the fake that
 * merge commit (the head's tree when the base is an ancestor, else a file-level three-way
 * merge; parents [base head, pull request head]), as GitHub computes it.
 */
import type { FakeGitHub } from '../fake-github/index.js';
import { pullShape } from '../fake-github/shapes/pull.js';
import { repoShape } from '../fake-github/shapes/repo.js';
import { userByLogin } from '../fake-github/shapes/user.js';
import { labelShape } from '../fake-github/shapes/label.js';
import type { CommitRecord } from '../fake-github/state/git-store.js';
import type { RepoState } from '../fake-github/state/repo-state.js';
import { ApiUrls } from '../fake-github/urls.js';
import type { JsonValue } from './expressions.js';
import type { WorkflowEvent } from './types.js';

function shapeContext(gh: FakeGitHub): { state: FakeGitHub['state']; urls: ApiUrls } {
  return { state: gh.state, urls: new ApiUrls(gh.url) };
}

function json(value: unknown): Record<string, JsonValue> {
  return JSON.parse(JSON.stringify(value)) as Record<string, JsonValue>;
}

export function pullRequestEvent(
  gh: FakeGitHub,
  number: number,
  action: 'opened' | 'synchronize' | 'reopened' | 'edited' = 'opened',
  options: { sender?: string; before?: string } = {},
): WorkflowEvent {
  const repo = gh.repo;
  const pull = repo.pulls.get(number);
  const issue = repo.issues.get(number);
  if (!pull || !issue) throw new Error(`workflow-host: no pull request #${number}`);
  const base = repo.git.branchHead(pull.base.ref);
  if (!base) throw new Error(`workflow-host: no base branch ${pull.base.ref}`);
  pull.base.sha = base.sha;
  const merge = mergeCommit(gh, repo, base, pull.head.sha, `Merge ${pull.head.sha} into ${base.sha}`);
  repo.git.refs.set(`refs/pull/${number}/merge`, merge.sha);
  repo.git.refs.set(`refs/pull/${number}/head`, pull.head.sha);
  const sender = options.sender ?? issue.user;
  const payload: Record<string, unknown> = {
    action,
    number,
    pull_request: pullShape(pull, issue, repo, shapeContext(gh)),
    repository: repoShape(repo.fullName, shapeContext(gh)),
    sender: userByLogin(sender, shapeContext(gh)),
  };
  if (action === 'synchronize') Object.assign(payload, { before: options.before ?? base.sha, after: pull.head.sha });
  return {
    name: 'pull_request',
    payload: json(payload),
    ref: `refs/pull/${number}/merge`,
    sha: merge.sha,
    actor: sender,
  };
}

/** The commit GitHub's test merge would create, stored in the fake (not on any branch). */
export function mergeCommit(
  gh: FakeGitHub,
  repo: RepoState,
  base: CommitRecord,
  headSha: string,
  message: string,
): CommitRecord {
  const head = repo.git.commit(headSha);
  if (!head) throw new Error(`workflow-host: head ${headSha} is not a commit of ${repo.fullName}`);
  const files = mergedTree(repo, base, head);
  const identity = { name: 'GitHub', email: 'noreply@github.com', date: gh.state.now() };
  return repo.git.store(files, [base.sha, head.sha], message, identity, identity);
}

/** The files of merging `head` into `base`: the head's when the base is an ancestor, else a three-way merge. */
export function mergedTree(repo: RepoState, base: CommitRecord, head: CommitRecord): ReadonlyMap<string, Buffer> {
  return isAncestor(repo, base.sha, head.sha) ? head.files : threeWayFiles(repo, base, head);
}

export function isAncestor(repo: RepoState, ancestor: string, of: string): boolean {
  const queue = [of];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const sha = queue.pop()!;
    if (sha === ancestor) return true;
    if (seen.has(sha)) continue;
    seen.add(sha);
    queue.push(...(repo.git.commit(sha)?.parents ?? []));
  }
  return false;
}

function mergeBase(repo: RepoState, a: string, b: string): CommitRecord | undefined {
  const ofA = new Set<string>();
  const queue = [a];
  while (queue.length > 0) {
    const sha = queue.pop()!;
    if (ofA.has(sha)) continue;
    ofA.add(sha);
    queue.push(...(repo.git.commit(sha)?.parents ?? []));
  }
  const queueB = [b];
  const seen = new Set<string>();
  while (queueB.length > 0) {
    const sha = queueB.shift()!;
    if (ofA.has(sha)) return repo.git.commit(sha);
    if (seen.has(sha)) continue;
    seen.add(sha);
    queueB.push(...(repo.git.commit(sha)?.parents ?? []));
  }
  return undefined;
}

/** Whole-file three-way merge; a file changed differently on both sides is a conflict. */
function threeWayFiles(repo: RepoState, base: CommitRecord, head: CommitRecord): Map<string, Buffer> {
  const ancestor = mergeBase(repo, base.sha, head.sha);
  const files = new Map(base.files);
  const paths = new Set([...head.files.keys(), ...(ancestor?.files.keys() ?? [])]);
  for (const path of paths) {
    const original = ancestor?.files.get(path);
    const theirs = head.files.get(path);
    if (same(original, theirs)) continue;
    const ours = base.files.get(path);
    if (!same(original, ours) && !same(ours, theirs))
      throw new Error(`workflow-host: ${path} conflicts; GitHub would not run pull_request on this merge`);
    if (theirs === undefined) files.delete(path);
    else files.set(path, theirs);
  }
  return files;
}

function same(a: Buffer | undefined, b: Buffer | undefined): boolean {
  return a === undefined || b === undefined ? a === b : a.equals(b);
}

export function pushEvent(
  gh: FakeGitHub,
  branch: string,
  before: string,
  options: { sender?: string } = {},
): WorkflowEvent {
  const repo = gh.repo;
  const after = repo.git.branchHead(branch);
  if (!after) throw new Error(`workflow-host: no branch ${branch}`);
  const sender = options.sender ?? repo.owner;
  const ctx = shapeContext(gh);
  const payload = {
    ref: `refs/heads/${branch}`,
    before,
    after: after.sha,
    created: false,
    deleted: false,
    forced: false,
    base_ref: null,
    compare: `https://github.com/${repo.fullName}/compare/${before.slice(0, 12)}...${after.sha.slice(0, 12)}`,
    commits: [
      {
        id: after.sha,
        tree_id: after.treeSha,
        message: after.message,
        timestamp: after.committer.date,
        author: { name: after.author.name, email: after.author.email },
        distinct: true,
      },
    ],
    head_commit: {
      id: after.sha,
      tree_id: after.treeSha,
      message: after.message,
      timestamp: after.committer.date,
      author: { name: after.author.name, email: after.author.email },
    },
    repository: {
      ...repoShape(repo.fullName, ctx),
      default_branch: repo.defaultBranch,
      master_branch: repo.defaultBranch,
    },
    pusher: { name: sender, email: `${sender}@users.noreply.github.com` },
    sender: userByLogin(sender, ctx),
  };
  return { name: 'push', payload: json(payload), ref: `refs/heads/${branch}`, sha: after.sha, actor: sender };
}

export function issuesEvent(
  gh: FakeGitHub,
  number: number,
  action: 'opened' | 'edited' | 'labeled' | 'unlabeled' | 'closed' | 'reopened',
  options: { label?: string; sender?: string; changes?: Record<string, JsonValue> } = {},
): WorkflowEvent {
  const repo = gh.repo;
  const issue = repo.issues.get(number);
  if (!issue) throw new Error(`workflow-host: no issue #${number}`);
  const sender = options.sender ?? issue.user;
  const ctx = shapeContext(gh);
  const payload: Record<string, unknown> = {
    action,
    issue: gh.issue(number),
    repository: repoShape(repo.fullName, ctx),
    sender: userByLogin(sender, ctx),
  };
  if (options.label !== undefined) {
    const label = repo.findLabel(options.label);
    if (!label) throw new Error(`workflow-host: no label ${options.label}`);
    payload['label'] = labelShape(label, repo, ctx);
  }
  if (options.changes) payload['changes'] = options.changes;
  return { name: 'issues', payload: json(payload), actor: sender };
}

export function workflowDispatchEvent(
  gh: FakeGitHub,
  inputs: Record<string, string | boolean | number> = {},
  options: { ref?: string; sender?: string } = {},
): WorkflowEvent {
  const repo = gh.repo;
  const ref = options.ref ?? `refs/heads/${repo.defaultBranch}`;
  const sender = options.sender ?? repo.owner;
  const ctx = shapeContext(gh);
  const payload = {
    inputs: Object.fromEntries(Object.entries(inputs).map(([key, value]) => [key, String(value)])),
    ref,
    repository: repoShape(repo.fullName, ctx),
    sender: userByLogin(sender, ctx),
    workflow: '',
  };
  return { name: 'workflow_dispatch', payload: json(payload), ref, inputs, actor: sender };
}

export function scheduleEvent(gh: FakeGitHub, cron: string): WorkflowEvent {
  return { name: 'schedule', payload: { schedule: cron }, ref: `refs/heads/${gh.repo.defaultBranch}` };
}
