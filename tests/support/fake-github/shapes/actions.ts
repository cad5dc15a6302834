/** Artifacts and workflow runs as the Actions REST API sends them. */
import { nodeId } from '../ids.js';
import { artifactDigest, type ArtifactRecord, type WorkflowRunRecord } from '../state/actions.js';
import type { RepoState } from '../state/repo-state.js';
import type { ShapeContext } from './context.js';
import { repoShape } from './repo.js';
import { userByLogin } from './user.js';

export function artifactShape(
  artifact: ArtifactRecord,
  run: WorkflowRunRecord | undefined,
  repo: RepoState,
  ctx: ShapeContext,
  now: string,
): Record<string, unknown> {
  const url = ctx.urls.repoApi(repo, `/actions/artifacts/${artifact.id}`);
  return {
    id: artifact.id,
    node_id: nodeId('Artifact', artifact.id),
    name: artifact.name,
    size_in_bytes: artifact.zip.length,
    url,
    archive_download_url: `${url}/zip`,
    expired: artifact.expiresAt <= now,
    created_at: artifact.createdAt,
    updated_at: artifact.createdAt,
    expires_at: artifact.expiresAt,
    digest: artifactDigest(artifact),
    workflow_run: {
      id: artifact.runId,
      repository_id: repo.id,
      head_repository_id: repo.id,
      head_branch: run?.headBranch ?? null,
      head_sha: run?.headSha ?? null,
    },
  };
}

export function workflowRunShape(run: WorkflowRunRecord, repo: RepoState, ctx: ShapeContext): Record<string, unknown> {
  const url = ctx.urls.repoApi(repo, `/actions/runs/${run.id}`);
  return {
    id: run.id,
    name: run.name,
    node_id: nodeId('WorkflowRun', run.id),
    head_branch: run.headBranch,
    head_sha: run.headSha,
    path: run.path,
    display_title: run.displayTitle,
    run_number: run.runNumber,
    run_attempt: run.runAttempt,
    event: run.event,
    status: run.status,
    conclusion: run.conclusion,
    url,
    html_url: ctx.urls.repoHtml(repo, `/actions/runs/${run.id}`),
    artifacts_url: `${url}/artifacts`,
    created_at: run.createdAt,
    updated_at: run.updatedAt,
    run_started_at: run.createdAt,
    actor: userByLogin(run.actor, ctx),
    triggering_actor: userByLogin(run.actor, ctx),
    repository: repoShape(repo.fullName, ctx),
    head_repository: repoShape(repo.fullName, ctx),
  };
}
