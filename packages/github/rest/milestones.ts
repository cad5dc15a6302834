/** Milestones: listed, and created once (a title in use is converged on). */
import type { GitHubApi } from '../client.js';
import { createOnce } from '../create-once.js';
import { alreadyExists, type Rest } from './rest.js';

export function milestonesApi(r: Rest): Pick<GitHubApi, 'listMilestones' | 'createMilestone'> {
  const { octokit, owner, repo } = r;
  const milestones = async (state: 'open' | 'all') =>
    (
      await r.list(
        `${state} milestones`,
        octokit.paginate.iterator(octokit.rest.issues.listMilestones, { owner, repo, state, per_page: 100 }),
      )
    ).items;
  return {
    async listMilestones() {
      return (await milestones('open')).map((m) => ({
        number: m.number,
        title: m.title,
        due_on: m.due_on,
        state: m.state,
      }));
    },
    async createMilestone({ title, description, dueOn }) {
      const due_on = dueOn ? (/^\d{4}-\d{2}-\d{2}$/.test(dueOn) ? `${dueOn}T12:00:00Z` : dueOn) : undefined;
      const byTitle = async () => {
        const existing = (await milestones('all')).find((m) => m.title === title);
        return existing ? { number: existing.number, title: existing.title } : null;
      };
      try {
        return await createOnce({
          create: async () => {
            const { data } = await octokit.rest.issues.createMilestone({
              owner,
              repo,
              title,
              ...(description === undefined ? {} : { description }),
              ...(due_on === undefined ? {} : { due_on }),
            });
            return { number: data.number, title: data.title };
          },
          find: byTitle,
        });
      } catch (e) {
        // 422 is also GitHub's answer to a title in use (open or closed): converge on that one.
        const existing = alreadyExists(e) ? await byTitle() : null;
        if (existing) return existing;
        throw e;
      }
    },
  };
}
