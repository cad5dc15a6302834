/** Files and branches: the contents API (raw text with its blob sha) and git refs. */
import type { DirectoryEntry, GitHubApi, RepoFile } from '../client.js';
import { createOnce } from '../create-once.js';
import { gitBlobSha } from '../git-blob.js';
import { isWriteConflict } from '../write-conflicts.js';
import { alreadyExists, orNull, rawBytes, type Rest } from './rest.js';

export function contentsApi(
  r: Rest,
): Pick<
  GitHubApi,
  'getFile' | 'listDirectory' | 'putFile' | 'branchSha' | 'createBranch' | 'deleteBranch' | 'defaultBranch'
> {
  const { octokit, owner, repo } = r;
  const getFile = async (path: string, ref: string): Promise<RepoFile | null> => {
    // A folder is answered as JSON whatever the media type.
    const data = await orNull(
      async () => (await octokit.rest.repos.getContent({ owner, repo, path, ref, mediaType: { format: 'raw' } })).data,
    );
    const bytes = data === null ? null : rawBytes(data);
    return bytes === null ? null : { text: bytes.toString('utf8'), sha: gitBlobSha(bytes) };
  };
  return {
    getFile,
    async listDirectory(path, ref) {
      const data = await orNull(async () => (await octokit.rest.repos.getContent({ owner, repo, path, ref })).data);
      if (!Array.isArray(data)) return null;
      return data.map((e) => ({
        name: e.name,
        path: e.path,
        type: e.type as DirectoryEntry['type'],
        sha: e.sha,
        size: e.size,
      }));
    },
    async putFile({ path, branch, text, message, sha }) {
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
        const now = await getFile(path, branch);
        if (now && now.text === text) return { sha: now.sha };
        throw e;
      }
    },
    async branchSha(branch) {
      return orNull(
        async () => (await octokit.rest.git.getRef({ owner, repo, ref: `heads/${branch}` })).data.object.sha,
      );
    },
    async createBranch(branch, sha) {
      try {
        return await createOnce({
          create: async () => (
            await octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha }),
            true
          ),
          // There at the commit asked for: the attempt that answered 502 made it.
          find: async () =>
            (await orNull(
              async () => (await octokit.rest.git.getRef({ owner, repo, ref: `heads/${branch}` })).data.object.sha,
            )) === sha
              ? true
              : null,
        });
      } catch (e) {
        if (alreadyExists(e) && /already exists/i.test((e as Error).message)) return false;
        throw e;
      }
    },
    async deleteBranch(branch) {
      await orNull(() => octokit.rest.git.deleteRef({ owner, repo, ref: `heads/${branch}` }), [422]);
    },
    async defaultBranch() {
      return (await octokit.rest.repos.get({ owner, repo })).data.default_branch;
    },
  };
}
