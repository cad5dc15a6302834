/**
 * Real git object hashing (blob, tree, commit), so the shas the fake hands out are the ones
 * git itself would compute for the same content. Clients compare these shas (contents API
 * optimistic concurrency) and a later git-data fake can reuse the same objects.
 */
import { createHash } from 'node:crypto';

export type GitObjectType = 'blob' | 'tree' | 'commit';

export function hashObject(type: GitObjectType, body: Buffer): string {
  return createHash('sha1')
    .update(Buffer.concat([Buffer.from(`${type} ${body.length}\0`), body]))
    .digest('hex');
}

/** `git hash-object`: sha1("blob <len>\0" + bytes). */
export function blobSha(content: Buffer): string {
  return hashObject('blob', content);
}

export interface TreeEntry {
  name: string;
  /** Full path from the repository root. */
  path: string;
  type: 'blob' | 'tree';
  mode: '100644' | '040000';
  sha: string;
  /** Bytes, for blobs. */
  size?: number;
}

export interface Tree {
  sha: string;
  entries: TreeEntry[];
}

/**
 * Builds every tree of a flat `path -> content` map. Returns them keyed by directory path
 * ('' is the root), so a directory listing is one lookup.
 */
export function buildTrees(files: ReadonlyMap<string, Buffer>): Map<string, Tree> {
  const children = new Map<string, Map<string, TreeEntry | 'dir'>>();
  const dirOf = (dir: string): Map<string, TreeEntry | 'dir'> => {
    let entries = children.get(dir);
    if (!entries) children.set(dir, (entries = new Map()));
    return entries;
  };
  dirOf('');
  for (const [path, content] of files) {
    const parts = path.split('/');
    for (let depth = 0; depth < parts.length - 1; depth += 1) {
      const parent = parts.slice(0, depth).join('/');
      dirOf(parent).set(parts[depth] ?? '', 'dir');
      dirOf(parts.slice(0, depth + 1).join('/'));
    }
    const name = parts[parts.length - 1] ?? path;
    dirOf(parts.slice(0, -1).join('/')).set(name, {
      name,
      path,
      type: 'blob',
      mode: '100644',
      sha: blobSha(content),
      size: content.length,
    });
  }

  const trees = new Map<string, Tree>();
  const build = (dir: string): Tree => {
    const done = trees.get(dir);
    if (done) return done;
    const entries: TreeEntry[] = [];
    for (const [name, entry] of dirOf(dir)) {
      if (entry !== 'dir') {
        entries.push(entry);
        continue;
      }
      const path = dir === '' ? name : `${dir}/${name}`;
      entries.push({ name, path, type: 'tree', mode: '040000', sha: build(path).sha });
    }
    // git orders entries bytewise by name, comparing directories as if named "name/".
    const key = (entry: TreeEntry): string => (entry.type === 'tree' ? `${entry.name}/` : entry.name);
    entries.sort((a, b) => Buffer.compare(Buffer.from(key(a)), Buffer.from(key(b))));
    const tree = { sha: hashObject('tree', treeBody(entries)), entries };
    trees.set(dir, tree);
    return tree;
  };
  build('');
  for (const dir of children.keys()) build(dir);
  return trees;
}

/** The bytes git stores for a tree whose entries are already in git's order. */
export function treeBody(entries: readonly TreeEntry[]): Buffer {
  return Buffer.concat(
    entries.flatMap((entry) => [
      // git writes tree modes without the leading zero.
      Buffer.from(`${entry.mode === '040000' ? '40000' : entry.mode} ${entry.name}\0`),
      Buffer.from(entry.sha, 'hex'),
    ]),
  );
}

export interface GitIdentity {
  name: string;
  email: string;
  /** ISO 8601. */
  date: string;
}

export interface CommitFields {
  tree: string;
  parents: readonly string[];
  author: GitIdentity;
  committer: GitIdentity;
  message: string;
}

export function commitSha(commit: CommitFields): string {
  return hashObject('commit', commitBody(commit));
}

/** The bytes git stores for a commit (no signature, UTC dates). */
export function commitBody(commit: CommitFields): Buffer {
  const stamp = (who: GitIdentity): string =>
    `${who.name} <${who.email}> ${Math.floor(Date.parse(who.date) / 1000)} +0000`;
  const lines = [
    `tree ${commit.tree}`,
    ...commit.parents.map((parent) => `parent ${parent}`),
    `author ${stamp(commit.author)}`,
    `committer ${stamp(commit.committer)}`,
    '',
    commit.message,
  ];
  return Buffer.from(lines.join('\n'));
}
