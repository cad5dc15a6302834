/**
 * When evidence counts (docs/journeys.md, journeys 2 and 3: fresh evidence): a result measured at the request's commit
 * or at a later commit of the same history. The request's commit is the default branch's head
 * when the request was opened; without a request, the commit being checked out. Answered from
 * the checkout's git history (the workflow checks out with `fetch-depth: 0`); a commit the
 * history does not have cannot be shown to be fresh, so it is stale, never assumed fresh.
 */
import { execFileSync } from 'node:child_process';
import type { Freshness } from './read-results.js';

export interface FreshnessCheck {
  /** The commit evidence must be at or after; null when the checkout has no git history. */
  requestCommit: string | null;
  /** Whether a result measured at `commit` counts. */
  classify(commit: string | null): Freshness;
}

function git(root: string, args: string[]): string | null {
  try {
    return execFileSync('git', args, { cwd: root, stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 })
      .toString('utf8')
      .trim();
  } catch {
    return null;
  }
}

function isAncestor(root: string, older: string, newer: string): boolean {
  try {
    execFileSync('git', ['merge-base', '--is-ancestor', older, newer], { cwd: root, stdio: 'ignore', timeout: 10_000 });
    return true;
  } catch {
    return false;
  }
}

/** The head commit at `requestedAt` (ISO time), or the checkout's head without a request. */
export function requestCommitOf(root: string, requestedAt: string | null): string | null {
  const head = git(root, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
  if (!head || !requestedAt) return head;
  return git(root, ['rev-list', '-1', '--first-parent', `--before=${requestedAt}`, 'HEAD']) || head;
}

export function gitFreshness(root: string, requestedAt: string | null, override: string | null = null): FreshnessCheck {
  const requestCommit = override ?? requestCommitOf(root, requestedAt);
  const cache = new Map<string, Freshness>();
  return {
    requestCommit,
    classify(commit) {
      if (!commit || !requestCommit) return 'stale';
      let f = cache.get(commit);
      if (f === undefined) {
        f = commit === requestCommit || isAncestor(root, requestCommit, commit) ? 'fresh' : 'stale';
        cache.set(commit, f);
      }
      return f;
    },
  };
}
