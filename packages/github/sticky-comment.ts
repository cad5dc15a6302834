/**
 * One comment per gate and component on a pull request or issue, found again by a hidden
 * marker across every page of comments and updated in place. Two runs racing to create it
 * both look again after creating, and the newer copy is removed: never a duplicate.
 *
 * Only comments written by the token's own account are ours (its login from
 * `api.viewerLogin()`): a person's comment that starts with the marker (pasted, or written to
 * fool the check) is never edited or deleted; the action writes its own beside it.
 */
import { GitHubApiError, isPermissionDenied } from './api-errors.js';
import type { GitHubApi, IssueComment } from './client.js';

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
  return comments.filter((c) => c.user?.login === me && typeof c.body === 'string' && c.body.startsWith(marker)).sort((a, b) => a.id - b.id);
}

/** Deletes extra copies; `copies` are ours only. */
async function removeDuplicates(api: GitHubApi, kept: IssueComment, copies: IssueComment[]): Promise<number> {
  let removed = 0;
  for (const extra of copies) {
    if (extra.id === kept.id) continue;
    try {
      await api.deleteIssueComment(extra.id);
      removed++;
    } catch (e) {
      // Already deleted by the run we raced with; or not ours to delete.
      if (!(e instanceof GitHubApiError && e.kind === 'not-found') && !isPermissionDenied(e)) throw e;
    }
  }
  return removed;
}

/** Creates or updates the marked comment. `body` must not contain the marker; it is prepended. */
export async function upsertStickyComment(api: GitHubApi, issue: number, marker: string, body: string): Promise<StickyResult> {
  const full = `${marker}\n${body}`;
  const me = await api.viewerLogin();
  const existing = ours(await api.listIssueComments(issue), marker, me);
  const candidate = existing[0];
  if (candidate) {
    if (candidate.body === full) {
      return { action: 'unchanged', comment: candidate, removedDuplicates: await removeDuplicates(api, candidate, existing) };
    }
    const updated = await api.updateIssueComment(candidate.id, full);
    return { action: 'updated', comment: updated, removedDuplicates: await removeDuplicates(api, updated, existing) };
  }
  const created = await api.createIssueComment(issue, full);
  // Another run may have created its copy at the same moment: everyone keeps the oldest.
  const after = ours(await api.listIssueComments(issue), marker, me);
  const keep = after[0] ?? created;
  if (keep.id !== created.id && keep.body !== full) await api.updateIssueComment(keep.id, full);
  const removedDuplicates = await removeDuplicates(api, keep, after.some((c) => c.id === created.id) ? after : [...after, created]);
  return { action: keep.id === created.id ? 'created' : 'updated', comment: keep, removedDuplicates };
}
