/**
 * Optimistic writes through the contents API carry the blob sha that was read; GitHub refuses
 * one (409, or 422 for a file created meanwhile) when another run wrote first, and the writer
 * starts over from a fresh read. Every refusal means another writer succeeded, so the writers
 * as a whole always progress; what must not happen is that one of them gives up while the
 * others are still busy: with 20 writers on one file, the last one needs up to 20 tries.
 *
 * So the bound is a time budget (and a generous count), and the waits spread the writers out
 * with "decorrelated jitter" (each wait random between the base and three times the last,
 * capped), which keeps a crowd from colliding again in step.
 */
import { GitHubApiError } from './api-errors.js';

export function isWriteConflict(e: unknown): boolean {
  return e instanceof GitHubApiError && (e.status === 409 || (e.status === 422 && /sha/i.test(e.message)));
}

export interface ConflictPolicy {
  /** Tries in all (default 60). */
  attempts: number;
  /** Time from the first refusal after which no other try starts (default 3 minutes). */
  budgetMs: number;
  baseMs: number;
  capMs: number;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  random: () => number;
}

export function conflictPolicy(o: Partial<ConflictPolicy> = {}): ConflictPolicy {
  return {
    attempts: o.attempts ?? 60,
    budgetMs: o.budgetMs ?? 180_000,
    baseMs: o.baseMs ?? 50,
    capMs: o.capMs ?? 2_000,
    sleep: o.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
    now: o.now ?? Date.now,
    random: o.random ?? Math.random,
  };
}

/** One write's refusals: `again()` after each waits and says whether to read and try again. */
export class ConflictRetry {
  conflicts = 0;
  private last: number;
  private deadline: number | null = null;

  constructor(private readonly policy: ConflictPolicy) {
    this.last = policy.baseMs;
  }

  async again(): Promise<boolean> {
    const p = this.policy;
    this.conflicts++;
    this.deadline ??= p.now() + p.budgetMs;
    if (this.conflicts + 1 > p.attempts || p.now() >= this.deadline) return false;
    this.last = Math.min(p.capMs, p.baseMs + p.random() * (this.last * 3 - p.baseMs));
    await p.sleep(Math.round(this.last));
    return true;
  }
}
