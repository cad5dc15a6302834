/** An issue event as the issue events API shows it (docs.github.com/rest/issues/events): labeled and unlabeled. */
import { nodeId } from '../ids.js';
import type { RepoState } from '../state/repo-state.js';
import type { IssueEventRecord } from '../state/records.js';
import type { ShapeContext } from './context.js';
import { userByLogin } from './user.js';

export function issueEventShape(e: IssueEventRecord, repo: RepoState, ctx: ShapeContext): Record<string, unknown> {
  return {
    id: e.id,
    node_id: nodeId(e.event === 'labeled' ? 'LabeledEvent' : 'UnlabeledEvent', e.id),
    url: ctx.urls.repoApi(repo, `/issues/events/${e.id}`),
    actor: userByLogin(e.actor, ctx),
    event: e.event,
    commit_id: null,
    commit_url: null,
    created_at: e.createdAt,
    label: e.label,
    performed_via_github_app: null,
  };
}
