/** A milestone as embedded in issues. */
import { nodeId } from '../ids.js';
import type { RepoState } from '../state/repo-state.js';
import type { MilestoneRecord } from '../state/records.js';
import type { ShapeContext } from './context.js';

export function milestoneShape(
  milestone: MilestoneRecord,
  repo: RepoState,
  { urls }: ShapeContext,
): Record<string, unknown> {
  const url = urls.repoApi(repo, `/milestones/${milestone.number}`);
  return {
    url,
    html_url: urls.repoHtml(repo, `/milestone/${milestone.number}`),
    labels_url: `${url}/labels`,
    id: milestone.id,
    node_id: nodeId('Milestone', milestone.id),
    number: milestone.number,
    title: milestone.title,
    description: milestone.description,
    state: milestone.state,
  };
}
