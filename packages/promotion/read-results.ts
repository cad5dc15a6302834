/**
 * Chooses the result files promotion-report judges a component on: validated like every reader
 * of results (core/result/read-results.ts). A result for another component, or of a pull
 * request (what a change does, not where the component stands), is set aside with the reason,
 * never used. Each kept result is fresh (measured at the request's commit or later) or stale
 * (older): stale evidence is shown with its date and commit, and does not count.
 */
import type { GateResult } from '../core/result/gate-result.js';
import { validateResults } from '../core/result/read-results.js';

export type Freshness = 'fresh' | 'stale';

export interface CandidateResult {
  file: string;
  result: GateResult;
  freshness: Freshness;
}

export interface ResultSet {
  /** gate -> its results for the component, fresh before stale, newest first within each. */
  byGate: Map<string, CandidateResult[]>;
  /** Files not used, with why. */
  setAside: { file: string; reason: string }[];
}

export async function selectResults(
  files: readonly { file: string; text: string }[],
  want: { component: string; freshness: (commit: string | null) => Freshness },
): Promise<ResultSet> {
  const byGate = new Map<string, CandidateResult[]>();
  const { results, setAside } = await validateResults(files);
  const seen = new Set<string>();
  for (const { file, result: r } of results) {
    if (r.component !== want.component) {
      setAside.push({ file, reason: `for ${r.component ?? 'the whole report'}, not ${want.component}` });
      continue;
    }
    if (r.scope === 'change') {
      setAside.push({ file, reason: "judges a pull request's change, not the component" });
      continue;
    }
    // The same result read twice (from this run's folder and from its artifact) counts once.
    const key = `${r.gate}\u0000${r.testKind ?? ''}\u0000${r.run?.id ?? ''}\u0000${r.createdAt}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const list = byGate.get(r.gate) ?? [];
    list.push({ file, result: r, freshness: want.freshness(r.commit) });
    byGate.set(r.gate, list);
  }
  const rank = (c: CandidateResult) => (c.freshness === 'fresh' ? 0 : 1);
  for (const list of byGate.values())
    list.sort((a, b) => rank(a) - rank(b) || Date.parse(b.result.createdAt) - Date.parse(a.result.createdAt));
  return { byGate, setAside };
}
