/** Files and branches: the contents API (raw text with its blob sha) and git refs. */
import type { DirectoryEntry, GitHubApi, RepoFile } from '../client.js';
import { createOnce } from '../create-once.js';
import { gitBlobSha } from '../git-blob.js';
import { isWriteConflict } from '../write-conflicts.js';
import { alreadyExists, orNull, rawBytes, type Rest } from './rest.js';

type ContentsApi = Pick<
  GitHubApi,
  'getFile' | 'listDirectory' | 'putFile' | 'branchSha' | 'createBranch' | 'deleteBranch' | 'defaultBranch'
>;

/** The file and branch operations, each a function of the shared REST parts (below). */
export function contentsApi(r: Rest): ContentsApi {
  return {
    getFile: (path, ref) => getFile(r, path, ref),
    listDirectory: (path, ref) => listDirectory(r, path, ref),
    putFile: (p) => putFile(r, p),
    branchSha: (branch) => branchSha(r, branch),
    createBranch: (branch, sha) => createBranch(r, branch, sha),
    deleteBranch: (branch) => deleteBranch(r, branch),
    defaultBranch: async () => (await r.octokit.rest.repos.get({ owner: r.owner, repo: r.repo })).data.default_branch,
  };
}

async function getFile({ octokit, owner, repo }: Rest, path: string, ref: string): Promise<RepoFile | null> {
  // A folder is answered as JSON whatever the media type.
  const data = await orNull(
    async () => (await octokit.rest.repos.getContent({ owner, repo, path, ref, mediaType: { format: 'raw' } })).data,
  );
  const bytes = data === null ? null : rawBytes(data);
  return bytes === null ? null : { text: bytes.toString('utf8'), sha: gitBlobSha(bytes) };
}

async function listDirectory(
  { octokit, owner, repo }: Rest,
  path: string,
  ref: string,
): Promise<DirectoryEntry[] | null> {
  const data = await orNull(async () => (await octokit.rest.repos.getContent({ owner, repo, path, ref })).data);
  // A file's path is answered with the file, not a list: not a folder.
  if (!Array.isArray(data)) return null;
  return data.map((e) => ({
    name: e.name,
    path: e.path,
    type: e.type as DirectoryEntry['type'],
    sha: e.sha,
    size: e.size,
  }));
}

async function putFile(r: Rest, { path, branch, text, message, sha }: Parameters<ContentsApi['putFile']>[0]) {
  const { octokit, owner, repo } = r;
  try {
    const { data } = await octokit.rest.repos.createOrUpdateFileContents({
      owner,
      repo,
      path,
      branch,
      message,
      content: Buffer.from(text, 'utf8').toString('base64'),
      ...(sha ? { sha } : {}),
    });
    return { sha: data.content?.sha ?? '' };
  } catch (e) {
    // Refused as a conflict: when the file holds what we wrote, it was our own attempt that
    // answered 502 after it was applied (the retry then carried a stale sha). Converge.
    if (!isWriteConflict(e)) throw e;
    const now = await getFile(r, path, branch);
    if (now && now.text === text) return { sha: now.sha };
    throw e;
  }
}

async function branchSha({ octokit, owner, repo }: Rest, branch: string): Promise<string | null> {
  return orNull(async () => (await octokit.rest.git.getRef({ owner, repo, ref: `heads/${branch}` })).data.object.sha);
}

async function createBranch(r: Rest, branch: string, sha: string): Promise<boolean> {
  const { octokit, owner, repo } = r;
  try {
    return await createOnce({
      create: async () => (await octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha }), true),
      // There at the commit asked for: the attempt that answered 502 made it.
      find: async () => ((await branchSha(r, branch)) === sha ? true : null),
    });
  } catch (e) {
    // Another run created it first: not an error, the caller is told it was not this one.
    if (alreadyExists(e) && /already exists/i.test((e as Error).message)) return false;
    throw e;
  }
}

async function deleteBranch({ octokit, owner, repo }: Rest, branch: string): Promise<void> {
  // 422 when the ref is not there (already deleted): the outcome asked for.
  await orNull(() => octokit.rest.git.deleteRef({ owner, repo, ref: `heads/${branch}` }), [422]);
}
