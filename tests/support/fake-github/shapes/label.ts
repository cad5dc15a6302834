/** A label as the labels API and every issue's `labels` array show it. */
import { nodeId } from '../ids.js';
import type { RepoState } from '../state/repo-state.js';
import type { LabelRecord } from '../state/records.js';
import type { ShapeContext } from './context.js';

export function labelShape(label: LabelRecord, repo: RepoState, { urls }: ShapeContext): Record<string, unknown> {
  return {
    id: label.id,
    node_id: nodeId('Label', label.id),
    url: urls.repoApi(repo, `/labels/${encodeURIComponent(label.name)}`),
    name: label.name,
    color: label.color,
    default: label.default,
    description: label.description,
  };
}
