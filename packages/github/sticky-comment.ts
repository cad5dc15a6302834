/**
 * One comment per gate and component on a pull request or issue, found again by a hidden
 * marker across every page of comments and updated in place. A create that may have been
 * applied is not repeated blindly (createIssueComment looks first, create-once.ts), and two
 * runs racing to create it both look again after creating and keep the oldest copy: never a
 * duplicate.
 *
 * Only comments written by the token's own account are ours (its login from
 * `api.viewerLogin()`): a person's comment that starts with the marker (pasted, or written to
 * fool the check) is never edited or deleted; the action writes its own beside it.
 */
import type { GitHubApi, IssueComment } from './client.js';
import { keepOldest } from './create-once.js';

export function stickyMarker(gate: string, component: string | null): string {
  return `<!-- maturity-actions:${gate}:${component ?? 'all'} -->`;
}

export interface StickyResult {
  action: 'created' | 'updated' | 'unchanged';
  comment: IssueComment;
  /** Extra copies (from an earlier race) that were deleted. */
  removedDuplicates: number;
}

/** Our comments: written by `me` and starting with the marker (a person quoting it elsewhere is not matched), oldest first. */
function ours(comments: IssueComment[], marker: string, me: string): IssueComment[] {
  return comments
    .filter((c) => c.user?.login === me && typeof c.body === 'string' && c.body.startsWith(marker))
    .sort((a, b) => a.id - b.id);
}

/** Keeps the oldest copy and deletes the others (all ours). */
async function converge(
  api: GitHubApi,
  copies: readonly IssueComment[],
): Promise<{ kept: IssueComment; removed: number }> {
  const tagged = copies.map((c) => ({ ...c, order: c.id, author: c.user?.login ?? null }));
  const r = (await keepOldest(tagged, (extra) => api.deleteIssueComment(extra.id)))!;
  return { kept: copies.find((c) => c.id === r.kept.id)!, removed: r.retracted };
}

/** Creates or updates the marked comment. `body` must not contain the marker; it is prepended. */
export async function upsertStickyComment(
  api: GitHubApi,
  issue: number,
  marker: string,
  body: string,
): Promise<StickyResult> {
  const full = `${marker}\n${body}`;
  const me = await api.viewerLogin();
  const existing = ours(await api.listIssueComments(issue), marker, me);
  const candidate = existing[0];
  if (candidate) {
    if (candidate.body === full) {
      return { action: 'unchanged', comment: candidate, removedDuplicates: (await converge(api, existing)).removed };
    }
    const updated = await api.updateIssueComment(candidate.id, full);
    return {
      action: 'updated',
      comment: updated,
      removedDuplicates: (
        await converge(
          api,
          existing.map((c) => (c.id === updated.id ? updated : c)),
        )
      ).removed,
    };
  }
  const created = await api.createIssueComment(issue, full);
  // Another run may have created its copy at the same moment: everyone keeps the oldest.
  const after = ours(await api.listIssueComments(issue), marker, me);
  const copies = after.some((c) => c.id === created.id) ? after : [...after, created];
  const { kept, removed } = await converge(api, copies);
  if (kept.id !== created.id && kept.body !== full) await api.updateIssueComment(kept.id, full);
  return { action: kept.id === created.id ? 'created' : 'updated', comment: kept, removedDuplicates: removed };
}
