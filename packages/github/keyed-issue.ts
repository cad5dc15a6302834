/**
 * The one open issue of a kind (an incident, a maintenance breach), identified by its labels:
 * found when it is open, else created exactly once. GitHub has no conditional create, so:
 *  - the client never replays a create after a failure that may have been applied (a 502 from
 *    the edge after GitHub made the issue, a time-out): the open issues are listed again, and
 *    the create is repeated only when none is there;
 *  - two runs that create at once both list again afterwards, and the newer copies are closed
 *    as duplicates of the oldest, so every run converges on one issue.
 */
import { mayHaveApplied } from './retry.js';
import { GitHubApiError } from './api-errors.js';
import type { GitHubApi, IssueSummary } from './client.js';

/** Creates tried before giving up (each after a look that found nothing). */
const MAX_CREATES = 3;

export interface KeyedIssueSpec {
  /** The labels that identify the issue: an open issue carrying all of them is the one. */
  match: readonly string[];
  /** Labels of a new issue (those in `match` are added). */
  labels: readonly string[];
  title: string;
  body: string;
}

export interface KeyedIssue {
  issue: IssueSummary;
  created: boolean;
  duplicatesClosed: number;
}

export const carriesAll = (issue: IssueSummary, labels: readonly string[]) => labels.every((l) => issue.labels.includes(l));

const maybeApplied = (e: unknown) => e instanceof GitHubApiError && (e.kind === 'server' || e.kind === 'timeout' || e.kind === 'network' || mayHaveApplied(e));

/** Closes every copy but the oldest as a duplicate of it; returns the one kept. */
export async function closeDuplicates(api: GitHubApi, open: readonly IssueSummary[]): Promise<{ kept: IssueSummary | null; closed: number }> {
  const [kept, ...copies] = [...open].sort((a, b) => a.number - b.number);
  for (const c of copies) {
    await api.createIssueComment(c.number, `Duplicate of #${kept!.number} (two checks ran at once).`);
    await api.closeIssue(c.number, 'duplicate');
  }
  return { kept: kept ?? null, closed: copies.length };
}

/** Creates the issue; after a failure that may have been applied, looks before creating again. */
async function createOnce(api: GitHubApi, spec: KeyedIssueSpec): Promise<void> {
  const labels = [...new Set([...spec.match, ...spec.labels])];
  for (let attempt = 1; ; attempt++) {
    try {
      await api.createIssue({ title: spec.title, body: spec.body, labels });
      return;
    } catch (e) {
      if (!maybeApplied(e) || attempt >= MAX_CREATES) throw e;
      if ((await api.listOpenIssues([...spec.match])).length > 0) return; // it was made after all
    }
  }
}

/**
 * The open issue carrying every label of `spec.match`, created when there is none. `open`: the
 * open issues already listed by the caller (one listing for many components), else listed here.
 */
export async function ensureKeyedIssue(api: GitHubApi, spec: KeyedIssueSpec, open?: readonly IssueSummary[]): Promise<KeyedIssue> {
  const existing = (open ?? (await api.listOpenIssues([...spec.match]))).filter((i) => carriesAll(i, spec.match));
  if (existing.length > 0) {
    const { kept, closed } = existing.length > 1 ? await closeDuplicates(api, existing) : { kept: existing[0]!, closed: 0 };
    return { issue: kept!, created: false, duplicatesClosed: closed };
  }
  await createOnce(api, spec);
  // Another run may have created its copy at the same moment: everyone keeps the oldest.
  const { kept, closed } = await closeDuplicates(api, await api.listOpenIssues([...spec.match]));
  if (!kept) throw new Error(`the issue "${spec.title}" was created but is not listed as open`);
  return { issue: kept, created: true, duplicatesClosed: closed };
}
