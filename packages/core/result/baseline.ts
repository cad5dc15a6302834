/**
 * The baseline of a pull request: the results the same gate wrote for the same component on
 * the default branch (the workflow downloads the newest default-branch run's results). Gates
 * compare against it: quality-gate and security-gate count only the findings a change adds,
 * coverage-gate checks the change does not lower coverage already below its stage's bar, and
 * tests failing there too are not this change's doing. security-gate also carries first-seen
 * dates forward from it, so patch deadlines count from when a finding first appeared.
 */
import { readResultFiles, validateResults } from './read-results.js';
import type { GateResult } from './gate-result.js';

export interface Baseline {
  /** The result file, as shown to people. */
  file: string;
  result: GateResult;
}

export interface BaselineLookup {
  baseline: Baseline | null;
  /** Why no baseline was used, or what was set aside; shown as notes, never fatal. */
  notes: string[];
}

/**
 * The newest result of `gate` for `component` among the files the `baseline` input names (a
 * folder, or globs). A folder with no result for the component is "no baseline", not an error:
 * the first run on a repository has none.
 */
export async function findBaseline(
  patterns: readonly string[],
  root: string,
  gate: string,
  component: string | null,
): Promise<BaselineLookup> {
  if (patterns.length === 0) return { baseline: null, notes: [] };
  let files: { file: string; text: string }[];
  try {
    files = await readResultFiles(patterns, root, 'baseline');
  } catch {
    return { baseline: null, notes: [`no baseline results at ${patterns.join(', ')}`] };
  }
  const { results, setAside } = await validateResults(files);
  const mine = results.filter((r) => r.result.gate === gate && r.result.component === component);
  mine.sort((a, b) => Date.parse(b.result.createdAt) - Date.parse(a.result.createdAt));
  const notes = setAside.map((s) => `baseline ${s.file} set aside: ${s.reason}`);
  if (mine.length === 0)
    notes.push(
      `no ${gate} result for ${component ?? 'the whole report'} among the baseline results (${files.length} file(s))`,
    );
  return { baseline: mine[0] ?? null, notes };
}
