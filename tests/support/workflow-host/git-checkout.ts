/**
 * Materializes commits of the fake API as a real git repository whose object ids are the
 * fake's: every blob, tree and commit is written as a loose object from the same bytes the fake
 * hashed (git-objects.ts), then `git fsck` re-hashes them all and HEAD is checked against the
 * expected SHA, so a mismatch fails loudly instead of giving a repository that merely looks right.
 * `depth` 0 is full history; N keeps N commits from each tip and lists the boundary in
 * `.git/shallow`, as a shallow fetch does.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { commitBody, hashObject, treeBody, type GitObjectType } from '../fake-github/git-objects.js';
import type { CommitRecord } from '../fake-github/state/git-store.js';
import type { RepoState } from '../fake-github/state/repo-state.js';

export interface CheckoutSpec {
  repo: RepoState;
  dir: string;
  /** The commit to check out. */
  sha: string;
  /** The local branch to create and check out (a branch ref), or none (detached HEAD). */
  branch: string | undefined;
  /** Other refs to write, full names to SHAs (remote-tracking branches, pull refs, tags). */
  refs: Record<string, string>;
  /** 0 = full history of every tip. */
  depth: number;
  remoteUrl: string;
  /** The `AUTHORIZATION: basic ...` header checkout persists when persist-credentials is true. */
  extraHeader: string | undefined;
  clean: boolean;
}

export function materializeCheckout(spec: CheckoutSpec): void {
  if (spec.clean && existsSync(spec.dir)) rmSync(spec.dir, { recursive: true, force: true });
  mkdirSync(spec.dir, { recursive: true });
  const git = (...args: string[]): string =>
    execFileSync('git', args, {
      cwd: spec.dir,
      encoding: 'utf8',
      env: gitEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim();
  git('init', '-q');
  const tips = [spec.sha, ...Object.values(spec.refs)];
  const { commits, shallow } = selectCommits(spec.repo, tips, spec.depth);
  writeObjects(join(spec.dir, '.git'), commits);
  if (shallow.length > 0) writeFileSync(join(spec.dir, '.git', 'shallow'), `${shallow.sort().join('\n')}\n`);
  for (const [ref, sha] of Object.entries(spec.refs)) git('update-ref', ref, sha);
  if (spec.branch !== undefined) {
    git('update-ref', `refs/heads/${spec.branch}`, spec.sha);
    git('symbolic-ref', 'HEAD', `refs/heads/${spec.branch}`);
  } else {
    git('update-ref', '--no-deref', 'HEAD', spec.sha);
  }
  git('config', 'remote.origin.url', spec.remoteUrl);
  git('config', 'remote.origin.fetch', '+refs/heads/*:refs/remotes/origin/*');
  git('config', 'gc.auto', '0');
  if (spec.extraHeader !== undefined)
    git('config', `http.${new URL(spec.remoteUrl).origin}/.extraheader`, spec.extraHeader);
  git('reset', '-q', '--hard', 'HEAD');
  git('fsck', '--no-dangling', '--no-progress');
  const head = git('rev-parse', 'HEAD');
  const expected = spec.repo.git.commit(spec.sha);
  if (head !== spec.sha || git('rev-parse', 'HEAD^{tree}') !== expected?.treeSha) {
    throw new Error(`checkout: git computed ${head} for the fake's ${spec.sha}; the objects differ`);
  }
}

/** Git that reads no user or system configuration (the host's settings must not leak in). */
export function gitEnv(): Record<string, string> {
  return {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    HOME: '/nonexistent',
    GIT_TERMINAL_PROMPT: '0',
  };
}

function selectCommits(repo: RepoState, tips: string[], depth: number): { commits: CommitRecord[]; shallow: string[] } {
  const chosen = new Map<string, CommitRecord>();
  const shallow = new Set<string>();
  for (const tip of tips) {
    let frontier = [tip];
    for (let level = 1; frontier.length > 0; level += 1) {
      const next: string[] = [];
      for (const sha of frontier) {
        const commit = repo.git.commit(sha);
        if (!commit || chosen.has(sha)) continue;
        chosen.set(sha, commit);
        if (depth > 0 && level >= depth) {
          if (commit.parents.length > 0) shallow.add(sha);
          continue;
        }
        next.push(...commit.parents);
      }
      frontier = next;
    }
  }
  // A commit reached in full from another tip is not a boundary.
  for (const sha of [...shallow])
    if (repo.git.commit(sha)?.parents.every((parent) => chosen.has(parent))) shallow.delete(sha);
  return { commits: [...chosen.values()], shallow: [...shallow] };
}

function writeObjects(gitDir: string, commits: readonly CommitRecord[]): void {
  const written = new Set<string>();
  const write = (type: GitObjectType, body: Buffer): void => {
    const sha = hashObject(type, body);
    if (written.has(sha)) return;
    written.add(sha);
    const dir = join(gitDir, 'objects', sha.slice(0, 2));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, sha.slice(2)), deflateSync(Buffer.concat([Buffer.from(`${type} ${body.length}\0`), body])));
  };
  for (const commit of commits) {
    for (const bytes of commit.files.values()) write('blob', bytes);
    for (const tree of commit.trees.values()) write('tree', treeBody(tree.entries));
    write(
      'commit',
      commitBody({
        tree: commit.treeSha,
        parents: commit.parents,
        author: commit.author,
        committer: commit.committer,
        message: commit.message,
      }),
    );
  }
}
