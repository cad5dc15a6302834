/**
 * The one write path for things GitHub creates with a POST (comments, issues, labels,
 * branches, pull requests, milestones). Such a POST is not idempotent: repeated after a 502
 * that came *after* GitHub applied it, it makes a second comment or issue. So the client never
 * repeats one blindly (retry.ts); here, after a failure that leaves open whether it was
 * applied, we first look for what it would have made (by its marker or body, title and
 * labels, name) and take that; only when it is not there is the create tried again.
 *
 * Overlapping runs are the other source of copies: two runs that both looked, saw nothing and
 * created. `keepOldest` makes every run converge on the oldest copy and retract the others,
 * only those written by the same account (never a person's).
 */
import { isPermissionDenied, mayHaveApplied } from './api-errors.js';

export interface CreateOnce<T> {
  create: () => Promise<T>;
  /** What the create would have made, when it is there. */
  find: () => Promise<T | null>;
  /** Creates tried in all (default 3). */
  attempts?: number;
}

export async function createOnce<T>(c: CreateOnce<T>): Promise<T> {
  const attempts = c.attempts ?? 3;
  for (let attempt = 1; ; attempt++) {
    try {
      return await c.create();
    } catch (e) {
      if (!mayHaveApplied(e)) throw e;
      const found = await c.find();
      if (found !== null) return found;
      if (attempt >= attempts) throw e;
    }
  }
}

export interface Copy {
  /** Grows with creation order (comment id, issue number). */
  order: number;
  author: string | null;
}

export interface Converged<T> {
  kept: T;
  retracted: number;
}

/**
 * Keeps the oldest of `copies` (by `order`) and retracts the others written by the same
 * account. Retracting one that is gone already (the run we raced did it), or that the token
 * may not touch, is not an error.
 */
export async function keepOldest<T extends Copy>(
  copies: readonly T[],
  retract: (extra: T, kept: T) => Promise<void>,
): Promise<Converged<T> | null> {
  const sorted = [...copies].sort((a, b) => a.order - b.order);
  const kept = sorted[0];
  if (!kept) return null;
  let retracted = 0;
  for (const extra of sorted.slice(1)) {
    if (extra.author === null || extra.author !== kept.author) continue;
    try {
      await retract(extra, kept);
      retracted++;
    } catch (e) {
      if (
        !isPermissionDenied(e) &&
        !(e instanceof Error && 'kind' in e && (e as { kind: string }).kind === 'not-found')
      )
        throw e;
    }
  }
  return { kept, retracted };
}
