/**
 * Putting a user repository into the fake with deterministic SHAs: a folder committed as a
 * branch's whole tree, a branch made of changes on top of another, a pull request with its
 * changed files (patches from `diff -u`), and merging it (fast-forward or a merge commit).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import type { FakeGitHub, PullFileSeed } from '../fake-github/index.js';
import { pullFile } from '../fake-github/seeding.js';
import type { GitIdentity } from '../fake-github/git-objects.js';
import { isAncestor, mergedTree } from './events.js';

export interface CommitOptions {
  branch: string;
  message?: string;
  /** ISO 8601; fixes the SHA. Default 2026-01-01T00:00:00Z. */
  date?: string;
  author?: { name: string; email: string };
}

const DEFAULT_DATE = '2026-01-01T00:00:00Z';

function identity(options: CommitOptions): GitIdentity {
  return {
    ...(options.author ?? { name: 'Octo Cat', email: 'octocat@users.noreply.github.com' }),
    date: options.date ?? DEFAULT_DATE,
  };
}

/** Every file under `dir` (path relative to it, `/`-separated), skipping `.git`. */
export function readTree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (path.split('/').includes('.git')) continue;
    files.set(path, readFileSync(join(entry.parentPath, entry.name)));
  }
  return new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
}

/** Commits exactly these files as the branch's tree (on top of its head, or of the default branch for a new branch). */
export function commitFiles(
  gh: FakeGitHub,
  files: ReadonlyMap<string, Buffer | string>,
  options: CommitOptions,
): string {
  const { git } = gh.repo;
  const parent = git.branchHead(options.branch) ?? git.branchHead(gh.repo.defaultBranch);
  const bytes = new Map(
    [...files].map(([path, content]) => [path, typeof content === 'string' ? Buffer.from(content) : content]),
  );
  const who = identity(options);
  const commit = git.store(bytes, parent ? [parent.sha] : [], options.message ?? 'Commit', who, who);
  git.refs.set(`refs/heads/${options.branch}`, commit.sha);
  return commit.sha;
}

/** Commits a folder as the branch's whole tree. */
export function commitDirectory(gh: FakeGitHub, dir: string, options: CommitOptions): string {
  return commitFiles(gh, readTree(dir), options);
}

/** A new branch from `from` with files replaced (null deletes). */
export function branchWithChanges(
  gh: FakeGitHub,
  from: string,
  changes: Record<string, string | Buffer | null>,
  options: CommitOptions,
): string {
  const base = gh.repo.git.resolve(from);
  if (!base) throw new Error(`workflow-host: no ref ${from}`);
  const files = new Map(base.files);
  for (const [path, content] of Object.entries(changes)) {
    if (content === null) files.delete(path);
    else files.set(path, typeof content === 'string' ? Buffer.from(content) : content);
  }
  gh.repo.git.refs.set(`refs/heads/${options.branch}`, base.sha);
  return commitFiles(gh, files, options);
}

export interface PullRequestOptions {
  head: string;
  base?: string;
  title?: string;
  body?: string;
  user?: string;
  number?: number;
}

/** Opens a pull request with its changed files computed from the two branches. */
export function openPullRequest(
  gh: FakeGitHub,
  options: PullRequestOptions,
): { number: number; headSha: string; baseSha: string } {
  const repo = gh.repo;
  const baseRef = options.base ?? repo.defaultBranch;
  const head = repo.git.branchHead(options.head);
  const base = repo.git.branchHead(baseRef);
  if (!head || !base) throw new Error(`workflow-host: no branch ${head ? baseRef : options.head}`);
  const pull = gh.addPullRequest({
    ...(options.number === undefined ? {} : { number: options.number }),
    title: options.title ?? `Merge ${options.head}`,
    body: options.body ?? null,
    ...(options.user === undefined ? {} : { user: options.user }),
    head: { sha: head.sha, ref: options.head, repoFullName: repo.fullName },
    base: { sha: base.sha, ref: baseRef, repoFullName: repo.fullName },
    files: changedFiles(base.files, head.files),
  });
  return { number: pull.number, headSha: head.sha, baseSha: base.sha };
}

/**
 * Pushes a commit to a pull request's head branch, as a contributor would: the pull request's
 * head and its files (the files API) follow, as GitHub updates them. Returns the previous head
 * (a `synchronize` event's `before`) and the new one.
 */
export function pushToPullRequest(
  gh: FakeGitHub,
  number: number,
  changes: Record<string, string | Buffer | null>,
  options: Omit<CommitOptions, 'branch'> = {},
): { before: string; after: string } {
  const repo = gh.repo;
  const pull = repo.pulls.get(number);
  if (!pull) throw new Error(`workflow-host: no pull request #${number}`);
  const before = pull.head.sha;
  const after = branchWithChanges(gh, pull.head.ref, changes, { ...options, branch: pull.head.ref });
  const base = repo.git.branchHead(pull.base.ref);
  pull.head.sha = after;
  if (base) pull.files = changedFiles(base.files, repo.git.commit(after)!.files).map(pullFile);
  return { before, after };
}

export function changedFiles(before: ReadonlyMap<string, Buffer>, after: ReadonlyMap<string, Buffer>): PullFileSeed[] {
  const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
  const files: PullFileSeed[] = [];
  for (const path of paths) {
    const old = before.get(path);
    const now = after.get(path);
    if (old && now && old.equals(now)) continue;
    const status = old === undefined ? 'added' : now === undefined ? 'removed' : 'modified';
    files.push({ filename: path, status, patch: unifiedPatch(old ?? Buffer.alloc(0), now ?? Buffer.alloc(0)) });
  }
  return files;
}

/** The hunks of `diff -u` (GitHub's `patch` field starts at the first `@@`). */
function unifiedPatch(old: Buffer, now: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'workflow-host-diff-'));
  try {
    writeFileSync(join(dir, 'a'), old);
    writeFileSync(join(dir, 'b'), now);
    let output = '';
    try {
      execFileSync('diff', ['-u', join(dir, 'a'), join(dir, 'b')], { encoding: 'utf8' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? '');
    }
    const lines = output.split('\n');
    const start = lines.findIndex((line) => line.startsWith('@@'));
    return start < 0 ? '' : lines.slice(start).join('\n').replace(/\n$/, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Merges a pull request: fast-forward when possible and asked, else a merge commit on the base. */
export function mergePullRequest(
  gh: FakeGitHub,
  number: number,
  options: { method?: 'merge' | 'fast-forward'; date?: string; author?: { name: string; email: string } } = {},
): string {
  const repo = gh.repo;
  const pull = repo.pulls.get(number);
  const issue = repo.issues.get(number);
  if (!pull || !issue) throw new Error(`workflow-host: no pull request #${number}`);
  const base = repo.git.branchHead(pull.base.ref);
  if (!base) throw new Error(`workflow-host: no branch ${pull.base.ref}`);
  let sha: string;
  if ((options.method ?? 'merge') === 'fast-forward') {
    if (!isAncestor(repo, base.sha, pull.head.sha))
      throw new Error(`workflow-host: #${number} cannot be fast-forwarded`);
    sha = pull.head.sha;
  } else {
    const head = repo.git.commit(pull.head.sha);
    if (!head) throw new Error(`workflow-host: head of #${number} is not a commit`);
    const who = identity({
      branch: pull.base.ref,
      ...(options.date === undefined ? {} : { date: options.date }),
      ...(options.author === undefined ? {} : { author: options.author }),
    });
    const files = mergedTree(repo, base, head);
    sha = repo.git.store(
      files,
      [base.sha, head.sha],
      `Merge pull request #${number} from ${pull.head.repoFullName.split('/')[0]}/${pull.head.ref}`,
      who,
      who,
    ).sha;
  }
  repo.git.refs.set(`refs/heads/${pull.base.ref}`, sha);
  const mergedAt = options.date ?? gh.state.now();
  pull.mergedAt = mergedAt;
  issue.state = 'closed';
  issue.stateReason = 'completed';
  issue.closedAt = mergedAt;
  issue.updatedAt = mergedAt;
  return sha;
}
