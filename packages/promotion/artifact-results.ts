/**
 * The evidence a promotion is scored on, wherever it was made: the result files inside the
 * newest default-branch artifact of each name (`maturity-results` from the quality workflow on
 * the default branch, `maturity-staging-<component>` from the component's staging validation).
 * Read through the REST API (needs `actions: read`), unzipped in memory with fflate, bounded:
 * at most MAX_ZIP_BYTES downloaded and MAX_JSON_BYTES of result files read per artifact, and
 * only `.json` entries with safe relative names. Each file is shown as
 * `<artifact> (run <id>)/<path>`, never a runner's temporary path.
 */
import { newestOnBranch } from '../github/artifacts.js';
import type { GitHubApi } from '../github/client.js';

export const MAX_ZIP_BYTES = 20 * 1024 * 1024;
export const MAX_JSON_BYTES = 50 * 1024 * 1024;
const MAX_ENTRIES = 5_000;

export interface ArtifactResults {
  files: { file: string; text: string }[];
  /** What was read, for the scorecard's evidence line. */
  sources: { artifact: string; runId: number; headSha: string | null; createdAt: string | null }[];
  /** Artifacts not found or not readable, with why (shown; never fatal). */
  notes: string[];
}

/** Result files of one zip: `.json` entries with safe names, within the byte budget. fflate loads on the first zip. */
export async function resultFilesInZip(
  zip: Uint8Array,
  label: string,
  maxBytes = MAX_JSON_BYTES,
): Promise<{ files: { file: string; text: string }[]; skipped: string[] }> {
  const { unzipSync } = await import('fflate');
  const skipped: string[] = [];
  let budget = maxBytes;
  let entries = 0;
  const entriesOk = unzipSync(zip, {
    filter: (f) => {
      entries++;
      const safe = !f.name.startsWith('/') && !f.name.split(/[\\/]/).includes('..');
      if (!f.name.endsWith('.json') || !safe || entries > MAX_ENTRIES) return false;
      if (f.originalSize > budget) {
        skipped.push(`${f.name} (${f.originalSize} bytes: over the ${maxBytes} bytes read from an artifact)`);
        return false;
      }
      budget -= f.originalSize;
      return true;
    },
  });
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const files = Object.entries(entriesOk)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, bytes]) => ({ file: `${label}/${name}`, text: decoder.decode(bytes) }));
  return { files, skipped };
}

/** Downloads the newest default-branch artifact of each name and returns the result files in them. */
export async function fetchArtifactResults(
  api: GitHubApi,
  names: readonly string[],
  branch: string,
): Promise<ArtifactResults> {
  const out: ArtifactResults = { files: [], sources: [], notes: [] };
  for (const name of names) {
    const hit = newestOnBranch(await api.listArtifacts(name), branch);
    if (!hit || !hit.workflow_run) {
      out.notes.push(`no artifact ${name} from a run on ${branch}`);
      continue;
    }
    const label = `${name} (run ${hit.workflow_run.id})`;
    try {
      const zip = await api.downloadArtifact(hit, MAX_ZIP_BYTES);
      const { files, skipped } = await resultFilesInZip(zip, label);
      out.files.push(...files);
      for (const s of skipped) out.notes.push(`${label}: ${s} not read`);
      out.sources.push({
        artifact: name,
        runId: hit.workflow_run.id,
        headSha: hit.workflow_run.head_sha,
        createdAt: hit.created_at,
      });
    } catch (e) {
      out.notes.push(`${label} could not be read: ${(e as Error).message}`);
    }
  }
  return out;
}
