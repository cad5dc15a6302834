/**
 * One comment per gate and component on a pull request or issue, found again by a hidden
 * marker across every page of comments and updated in place. A create that may have been
 * applied is not repeated blindly (createIssueComment looks first, create-once.ts), and two
 * runs racing to create it both look again after creating and keep the oldest copy: never a
 * duplicate.
 */
import { isPermissionDenied } from './api-errors.js';
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

/** Our comments start with the marker; a person quoting it elsewhere in a comment is not matched. */
function withMarker(comments: IssueComment[], marker: string): IssueComment[] {
  return comments.filter((c) => typeof c.body === 'string' && c.body.startsWith(marker));
}

/** Keeps the oldest copy and deletes the others written by the same account; nobody else's comments. */
async function converge(api: GitHubApi, copies: readonly IssueComment[]): Promise<{ kept: IssueComment; removed: number }> {
  const tagged = copies.map((c) => ({ ...c, order: c.id, author: c.user?.login ?? null }));
  const r = (await keepOldest(tagged, (extra) => api.deleteIssueComment(extra.id)))!;
  return { kept: copies.find((c) => c.id === r.kept.id)!, removed: r.retracted };
}

/** Creates or updates the marked comment. `body` must not contain the marker; it is prepended. */
export async function upsertStickyComment(api: GitHubApi, issue: number, marker: string, body: string): Promise<StickyResult> {
  const full = `${marker}\n${body}`;
  const existing = withMarker(await api.listIssueComments(issue), marker).sort((a, b) => a.id - b.id);
  for (const candidate of existing) {
    const others = existing.filter((c) => c.user?.login === candidate.user?.login);
    if (candidate.body === full) {
      return { action: 'unchanged', comment: candidate, removedDuplicates: (await converge(api, others)).removed };
    }
    try {
      const updated = await api.updateIssueComment(candidate.id, full);
      return { action: 'updated', comment: updated, removedDuplicates: (await converge(api, others.map((c) => (c.id === updated.id ? updated : c)))).removed };
    } catch (e) {
      // Not ours to edit: try the next copy, or create our own.
      if (!isPermissionDenied(e)) throw e;
    }
  }
  const created = await api.createIssueComment(issue, full);
  // Another run may have created its copy at the same moment: everyone keeps the oldest.
  const after = withMarker(await api.listIssueComments(issue), marker).filter((c) => c.user?.login === created.user?.login);
  const copies = after.some((c) => c.id === created.id) ? after : [...after, created];
  const { kept, removed } = await converge(api, copies);
  if (kept.id !== created.id && kept.body !== full) await api.updateIssueComment(kept.id, full);
  return { action: kept.id === created.id ? 'created' : 'updated', comment: kept, removedDuplicates: removed };
}
