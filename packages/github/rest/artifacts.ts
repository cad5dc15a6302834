/** Workflow artifacts: listed by name, and downloaded within a size bound. */
import type { GitHubApi } from '../client.js';
import type { Rest } from './rest.js';

export function artifactsApi(r: Rest): Pick<GitHubApi, 'listArtifacts' | 'downloadArtifact'> {
  const { octokit, owner, repo } = r;
  return {
    async listArtifacts(name) {
      const { data } = await octokit.rest.actions.listArtifactsForRepo({ owner, repo, name, per_page: 100 });
      return data.artifacts.map((a) => ({
        id: a.id,
        name: a.name,
        size_in_bytes: a.size_in_bytes,
        expired: a.expired,
        created_at: a.created_at ?? null,
        workflow_run: a.workflow_run
          ? {
              id: a.workflow_run.id ?? 0,
              head_branch: a.workflow_run.head_branch ?? null,
              head_sha: a.workflow_run.head_sha ?? null,
              repository_id: a.workflow_run.repository_id,
              head_repository_id: a.workflow_run.head_repository_id,
            }
          : null,
      }));
    },
    async downloadArtifact(artifact, maxBytes) {
      if (artifact.size_in_bytes > maxBytes)
        throw new Error(
          `artifact ${artifact.name} is ${artifact.size_in_bytes} bytes, over the ${maxBytes} this action reads`,
        );
      const { data } = await octokit.rest.actions.downloadArtifact({
        owner,
        repo,
        artifact_id: artifact.id,
        archive_format: 'zip',
        request: { maxReplyBytes: maxBytes },
      });
      return new Uint8Array(data as ArrayBuffer);
    },
  };
}
