/**
 * The result files a promotion is scored on: the folders or globs in `results` (this run's own),
 * and the newest default-branch copy of each artifact in `artifacts` (the quality workflow's
 * `maturity-results`, the component's `maturity-staging-<component>`). Anything that cannot be
 * found is a note in the scorecard, and the criteria it would have given have no data.
 */
import { readResultFiles } from '../../packages/core/result/read-results.js';
import type { GitHubApi } from '../../packages/github/client.js';
import { isPermissionDenied } from '../../packages/github/api-errors.js';
import { fetchArtifactResults } from '../../packages/promotion/artifact-results.js';

export interface GatheredEvidence {
  files: { file: string; text: string }[];
  notes: string[];
}

export async function gatherEvidence(o: {
  results: string[];
  artifacts: string[];
  root: string;
  component: string;
  api: GitHubApi;
  branch: string;
}): Promise<GatheredEvidence> {
  const files = o.results.length ? await readResultFiles(o.results, o.root) : [];
  const names = o.artifacts.map((a) => a.replace(/\{component\}/g, o.component));
  if (names.length === 0) return { files, notes: [] };
  try {
    const fetched = await fetchArtifactResults(o.api, names, o.branch);
    return { files: [...files, ...fetched.files], notes: fetched.notes };
  } catch (e) {
    const why = isPermissionDenied(e)
      ? "the token cannot read artifacts: add `actions: read` to the job's permissions"
      : (e as Error).message;
    return { files, notes: [`the evidence in ${names.join(', ')} could not be looked up: ${why}`] };
  }
}
