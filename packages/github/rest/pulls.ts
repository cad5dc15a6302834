/** Pull requests: their files (changed lines), and opening one once. */
import type { GitHubApi, PullRequestFile } from '../client.js';
import { createOnce } from '../create-once.js';
import { alreadyExists, type Rest } from './rest.js';

export function pullsApi(
  r: Rest,
): Pick<GitHubApi, 'listPullRequestFiles' | 'createPullRequest' | 'findOpenPullRequest'> {
  const { octokit, owner, repo } = r;
  const it = octokit.paginate.iterator;
  const findOpenPull = async (head: string, base: string) => {
    // The list's `head` filter wants `owner:branch`; a bare branch name would filter nothing.
    const qualified = head.includes(':') ? head : `${owner}:${head}`;
    const { data } = await octokit.rest.pulls.list({ owner, repo, state: 'open', head: qualified, base, per_page: 10 });
    const pull = data[0];
    return pull ? { number: pull.number, html_url: pull.html_url } : null;
  };
  const list = r.list;
  return {
    async listPullRequestFiles(pull) {
      // GitHub lists no more than 3000 files: 30 pages of 100.
      const { items, cut } = await list(
        `files of pull request #${pull}`,
        it(octokit.rest.pulls.listFiles, { owner, repo, pull_number: pull, per_page: 100 }),
        30,
      );
      return { files: items as PullRequestFile[], truncated: cut || items.length >= 3000 };
    },
    async createPullRequest({ title, head, base, body }) {
      const found = () => findOpenPull(head, base);
      try {
        return await createOnce({
          create: async () => {
            const { data } = await octokit.rest.pulls.create({ owner, repo, title, head, base, body });
            return { number: data.number, html_url: data.html_url };
          },
          find: found,
        });
      } catch (e) {
        // "A pull request already exists": another run (or an attempt that answered 502) opened it.
        const existing = alreadyExists(e) ? await found() : null;
        if (existing) return existing;
        throw e;
      }
    },
    findOpenPullRequest: findOpenPull,
  };
}
