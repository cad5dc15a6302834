/** Labels: on issues, and the repository's own (created once). */
import type { GitHubApi } from '../client.js';
import { createOnce } from '../create-once.js';
import { alreadyExists, orNull, type Rest } from './rest.js';

export function labelsApi(
  r: Rest,
): Pick<GitHubApi, 'addLabels' | 'removeLabel' | 'listLabels' | 'createLabel' | 'updateLabel'> {
  const { octokit, owner, repo } = r;
  const labels = async () =>
    (
      await r.list(
        'labels',
        octokit.paginate.iterator(octokit.rest.issues.listLabelsForRepo, { owner, repo, per_page: 100 }),
      )
    ).items;
  return {
    async addLabels(issue, names) {
      if (names.length) await octokit.rest.issues.addLabels({ owner, repo, issue_number: issue, labels: names });
    },
    async removeLabel(issue, label) {
      await orNull(() => octokit.rest.issues.removeLabel({ owner, repo, issue_number: issue, name: label }));
    },
    async listLabels() {
      return (await labels()).map((l) => ({ name: l.name, color: l.color, description: l.description ?? null }));
    },
    async createLabel({ name, color, description }) {
      const byName = async () =>
        (await labels()).some((l) => l.name.toLowerCase() === name.toLowerCase()) ? true : null;
      try {
        await createOnce({
          create: async () => (await octokit.rest.issues.createLabel({ owner, repo, name, color, description }), true),
          find: byName,
        });
      } catch (e) {
        if (!(alreadyExists(e) && (await byName()))) throw e;
      }
    },
    async updateLabel({ name, color, description }) {
      await octokit.rest.issues.updateLabel({ owner, repo, name, color, description });
    },
  };
}
