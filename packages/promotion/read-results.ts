/**
 * Chooses the result files promotion-report judges a component on: validated like every
 * reader of results (core/result/read-results.ts); a result for another component, or from
 * another commit than the one being promoted, is set aside with the reason, never used.
 * A gate may have written several results for the component (coverage-gate once for
 * integration tests and once for E2E tests): each criterion is taken from the newest result
 * that has it.
 */
import type { GateResult } from '../core/result/gate-result.js';
import { validateResults } from '../core/result/read-results.js';

export interface ResultSet {
  /** gate -> its results for the component, newest first. */
  byGate: Map<string, { file: string; result: GateResult }[]>;
  /** Files not used, with why. */
  setAside: { file: string; reason: string }[];
}

export function selectResults(
  files: readonly { file: string; text: string }[],
  want: { component: string; commit: string | null },
): ResultSet {
  const byGate = new Map<string, { file: string; result: GateResult }[]>();
  const { results, setAside } = validateResults(files);
  for (const { file, result: r } of results) {
    if (r.component !== want.component) {
      setAside.push({ file, reason: `for ${r.component ?? 'the whole report'}, not ${want.component}` });
      continue;
    }
    if (want.commit && r.commit && r.commit !== want.commit) {
      setAside.push({ file, reason: `measured on commit ${r.commit.slice(0, 7)}, not ${want.commit.slice(0, 7)}` });
      continue;
    }
    const list = byGate.get(r.gate) ?? [];
    list.push({ file, result: r });
    byGate.set(r.gate, list);
  }
  for (const list of byGate.values()) list.sort((a, b) => Date.parse(b.result.createdAt) - Date.parse(a.result.createdAt));
  return { byGate, setAside };
}
