/**
 * Where workflow and action files come from: this repository's working tree (what
 * `tta/maturity-actions/...@v1` means in tests: the code under test, whatever the ref), or a
 * repository of the fake API at a commit (the user's repository, for `./` and `$/` references
 * in its own workflows).
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, resolve, sep } from 'node:path';
import type { RepoState } from '../fake-github/state/repo-state.js';

export interface RepoSource {
  /** `owner/name`. */
  repository: string;
  /** The ref it was asked for (`v1`, a branch, a sha). */
  ref: string;
  /** The commit, when known (fake repositories). */
  sha: string | undefined;
  readFile(path: string): string | undefined;
  /** A directory on disk holding the files under `path` (an action's folder). */
  directory(path: string): string | undefined;
}

function clean(path: string): string {
  const normalized = normalize(path.replace(/^\/+/, '')).replace(/\/+$/, '');
  if (normalized.startsWith('..')) throw new Error(`path escapes the repository: ${path}`);
  return normalized === '.' ? '' : normalized;
}

export class WorktreeSource implements RepoSource {
  readonly sha = undefined;

  constructor(
    readonly repository: string,
    readonly ref: string,
    private readonly root: string,
  ) {}

  readFile(path: string): string | undefined {
    const file = join(this.root, clean(path));
    return existsSync(file) && statSync(file).isFile() ? readFileSync(file, 'utf8') : undefined;
  }

  directory(path: string): string | undefined {
    const dir = join(this.root, clean(path));
    return existsSync(dir) && statSync(dir).isDirectory() ? dir : undefined;
  }
}

export class FakeRepoSource implements RepoSource {
  readonly repository: string;

  constructor(
    private readonly repo: RepoState,
    readonly ref: string,
    readonly sha: string,
    /** Where materialized folders go. */
    private readonly scratch: string,
  ) {
    this.repository = repo.fullName;
  }

  private files(): ReadonlyMap<string, Buffer> {
    const commit = this.repo.git.commit(this.sha);
    if (!commit) throw new Error(`no commit ${this.sha} in ${this.repository}`);
    return commit.files;
  }

  readFile(path: string): string | undefined {
    return this.files().get(clean(path))?.toString('utf8');
  }

  directory(path: string): string | undefined {
    const prefix = clean(path);
    const target = resolve(this.scratch, `${this.repository.replace('/', '+')}@${this.sha}`);
    let found = false;
    for (const [file, bytes] of this.files()) {
      if (prefix !== '' && !file.startsWith(`${prefix}/`)) continue;
      found = true;
      const out = join(target, file);
      if (existsSync(out)) continue;
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, bytes);
    }
    return found ? join(target, prefix) : undefined;
  }
}

/** A folder on disk inside the job's workspace (`uses: ./path` after a checkout). */
export function workspaceDirectory(workspace: string, path: string): string | undefined {
  const dir = resolve(workspace, clean(path));
  if (dir !== workspace && !dir.startsWith(`${workspace}${sep}`)) return undefined;
  return existsSync(dir) && statSync(dir).isDirectory() ? dir : undefined;
}
