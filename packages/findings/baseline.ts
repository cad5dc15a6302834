/**
 * New-only mode for legacy components: compares the findings of this run with a baseline
 * (the fingerprints of an earlier result, or of the base branch's reports) and separates
 * what the pull request introduces from what was already there. Matching is by multiset:
 * a baseline with two identical findings excuses two, not three.
 */
import type { Finding } from './finding.js';

export interface BaselineComparison<T extends Finding> {
  introduced: T[];
  existing: T[];
  /** Baseline findings no longer present. */
  fixed: number;
}

export function compareWithBaseline<T extends Finding>(
  findings: readonly T[],
  baseline: Iterable<string>,
): BaselineComparison<T> {
  const remaining = new Map<string, number>();
  let total = 0;
  for (const fp of baseline) {
    remaining.set(fp, (remaining.get(fp) ?? 0) + 1);
    total++;
  }
  const introduced: T[] = [];
  const existing: T[] = [];
  for (const f of findings) {
    const left = f.fingerprint ? (remaining.get(f.fingerprint) ?? 0) : 0;
    if (left > 0) {
      remaining.set(f.fingerprint!, left - 1);
      existing.push(f);
    } else {
      introduced.push(f);
    }
  }
  return { introduced, existing, fixed: total - existing.length };
}
