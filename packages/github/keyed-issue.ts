/**
 * The one open issue of a kind (an incident, a maintenance breach), identified by its labels:
 * found when it is open, else created exactly once. GitHub has no conditional create, so:
 *  - the client never repeats a create blindly after a failure that may have been applied (a
 *    502 from the edge after GitHub made the issue, a time-out): it looks first (create-once.ts);
 *  - two runs that create at once both list again afterwards, and the newer copies (written by
 *    the same account) are closed as duplicates of the oldest, one request each, so every run
 *    converges on one issue and never piles up comments.
 */
import { keepOldest } from './create-once.js';
import type { GitHubApi, IssueSummary } from './client.js';

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

export const carriesAll = (issue: IssueSummary, labels: readonly string[]) =>
  labels.every((l) => issue.labels.includes(l));

/** Keeps the oldest open copy; the newer ones (ours, from overlapping runs) are closed as its duplicates, saying so in their text. */
export async function closeDuplicates(
  api: GitHubApi,
  open: readonly IssueSummary[],
): Promise<{ kept: IssueSummary | null; closed: number }> {
  const copies = open.map((i) => ({ ...i, order: i.number, author: i.user }));
  const r = await keepOldest(copies, (extra, kept) =>
    api.closeIssue(
      extra.number,
      'duplicate',
      `Duplicate of #${kept.number}: two checks ran at once and both opened this issue. It continues in #${kept.number}.`,
    ),
  );
  return { kept: r ? open.find((i) => i.number === r.kept.number)! : null, closed: r?.retracted ?? 0 };
}

/**
 * The open issue carrying every label of `spec.match`, created when there is none. `open`: the
 * open issues already listed by the caller (one listing for many components), else listed here.
 */
export async function ensureKeyedIssue(
  api: GitHubApi,
  spec: KeyedIssueSpec,
  open?: readonly IssueSummary[],
): Promise<KeyedIssue> {
  const existing = (open ?? (await api.listOpenIssues([...spec.match]))).filter((i) => carriesAll(i, spec.match));
  if (existing.length > 0) {
    const { kept, closed } =
      existing.length > 1 ? await closeDuplicates(api, existing) : { kept: existing[0]!, closed: 0 };
    return { issue: kept!, created: false, duplicatesClosed: closed };
  }
  await api.createIssue({ title: spec.title, body: spec.body, labels: [...new Set([...spec.match, ...spec.labels])] });
  // Another run may have created its copy at the same moment: everyone keeps the oldest.
  const { kept, closed } = await closeDuplicates(api, await api.listOpenIssues([...spec.match]));
  if (!kept) throw new Error(`the issue "${spec.title}" was created but is not listed as open`);
  return { issue: kept, created: true, duplicatesClosed: closed };
}
