/**
 * A repository's git data: commits (each a full snapshot of its files) and refs.
 * Snapshots are copied on every commit; test repositories are tiny, and immutability keeps
 * "read file at an old sha" trivially right.
 */
import { buildTrees, commitSha, type GitIdentity, type Tree } from '../git-objects.js';

export interface CommitRecord {
  sha: string;
  treeSha: string;
  message: string;
  parents: string[];
  author: GitIdentity;
  committer: GitIdentity;
  files: ReadonlyMap<string, Buffer>;
  /** Every tree of the snapshot, keyed by directory path ('' = root). */
  trees: ReadonlyMap<string, Tree>;
}

export class GitStore {
  private readonly commits = new Map<string, CommitRecord>();
  /** Full ref name (`refs/heads/main`) to commit sha. */
  readonly refs = new Map<string, string>();

  constructor(defaultBranch: string, identity: GitIdentity) {
    // GitHub repositories created with "auto init" have one commit; ours has an empty tree,
    // so the default branch exists and files can be created on it right away.
    const root = this.store(new Map(), [], 'Initial commit', identity, identity);
    this.refs.set(`refs/heads/${defaultBranch}`, root.sha);
  }

  /** Every commit, in the order they were stored. */
  allCommits(): CommitRecord[] {
    return [...this.commits.values()];
  }

  commit(sha: string): CommitRecord | undefined {
    return this.commits.get(sha.toLowerCase());
  }

  branchHead(branch: string): CommitRecord | undefined {
    const sha = this.refs.get(`refs/heads/${branch}`);
    return sha === undefined ? undefined : this.commits.get(sha);
  }

  branches(): string[] {
    return [...this.refs.keys()]
      .filter((ref) => ref.startsWith('refs/heads/'))
      .map((ref) => ref.slice('refs/heads/'.length));
  }

  /** Resolves what the REST API accepts as `ref`: branch, tag, `heads/x`, `refs/heads/x`, or a sha. */
  resolve(ref: string): CommitRecord | undefined {
    const candidates = ref.startsWith('refs/') ? [ref] : [`refs/${ref}`, `refs/heads/${ref}`, `refs/tags/${ref}`];
    for (const candidate of candidates) {
      const sha = this.refs.get(candidate);
      if (sha !== undefined) return this.commits.get(sha);
    }
    return /^[0-9a-f]{40}$/i.test(ref) ? this.commit(ref) : undefined;
  }

  /**
   * Commits `changes` (path to new content, or null to delete) on top of `branch` and moves
   * the branch. The caller has checked that the branch exists.
   */
  commitOnBranch(
    branch: string,
    changes: ReadonlyMap<string, Buffer | null>,
    message: string,
    author: GitIdentity,
    committer: GitIdentity = author,
  ): CommitRecord {
    const parent = this.branchHead(branch);
    if (!parent) throw new Error(`fake-github: branch ${branch} does not exist`);
    const files = new Map(parent.files);
    for (const [path, content] of changes) {
      if (content === null) files.delete(path);
      else files.set(path, content);
    }
    const commit = this.store(files, [parent.sha], message, author, committer);
    this.refs.set(`refs/heads/${branch}`, commit.sha);
    return commit;
  }

  /** Stores a commit with any parents (a merge commit) without moving a ref. */
  store(
    files: ReadonlyMap<string, Buffer>,
    parents: string[],
    message: string,
    author: GitIdentity,
    committer: GitIdentity,
  ): CommitRecord {
    const trees = buildTrees(files);
    const treeSha = trees.get('')?.sha ?? '';
    const sha = commitSha({ tree: treeSha, parents, author, committer, message });
    const commit: CommitRecord = { sha, treeSha, message, parents, author, committer, files, trees };
    this.commits.set(sha, commit);
    return commit;
  }
}
