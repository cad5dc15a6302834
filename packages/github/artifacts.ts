/**
 * Finding the default branch's results among a repository's workflow artifacts: the newest
 * unexpired artifact of that name made by a run on the default branch of this repository (a
 * fork's pull request can run on a branch called `main` too: its head repository differs).
 * Pure: the listing comes from GitHubApi.listArtifacts.
 */
import type { ArtifactInfo } from './client.js';

export function newestOnBranch(artifacts: readonly ArtifactInfo[], branch: string): ArtifactInfo | null {
  const candidates = artifacts.filter((a) => {
    const run = a.workflow_run;
    if (a.expired || !run || run.head_branch !== branch) return false;
    return (
      run.repository_id === undefined ||
      run.head_repository_id === undefined ||
      run.repository_id === run.head_repository_id
    );
  });
  candidates.sort((a, b) => Date.parse(b.created_at ?? '') - Date.parse(a.created_at ?? '') || b.id - a.id);
  return candidates[0] ?? null;
}
