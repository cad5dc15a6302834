/** A milestone, as the milestones API answers it and as issues and pull requests embed it. */
import { nodeId } from '../ids.js';
import { milestoneCounts } from '../state/milestone-ops.js';
import type { RepoState } from '../state/repo-state.js';
import type { MilestoneRecord } from '../state/records.js';
import type { ShapeContext } from './context.js';
import { userByLogin } from './user.js';

export function milestoneShape(
  milestone: MilestoneRecord,
  repo: RepoState,
  ctx: ShapeContext,
): Record<string, unknown> {
  const { urls } = ctx;
  const url = urls.repoApi(repo, `/milestones/${milestone.number}`);
  const counts = milestoneCounts(repo, milestone);
  return {
    url,
    html_url: urls.repoHtml(repo, `/milestone/${milestone.number}`),
    labels_url: `${url}/labels`,
    id: milestone.id,
    node_id: nodeId('Milestone', milestone.id),
    number: milestone.number,
    state: milestone.state,
    title: milestone.title,
    description: milestone.description,
    creator: userByLogin(milestone.creator, ctx),
    open_issues: counts.open,
    closed_issues: counts.closed,
    created_at: milestone.createdAt,
    updated_at: milestone.updatedAt,
    closed_at: milestone.closedAt,
    due_on: milestone.dueOn,
  };
}
