/**
 * Docstring coverage of a component's Python files: how many of its public modules, classes and
 * functions have a docstring, and which do not (what the seeds' "API documented" criterion is
 * judged on). Only public entries count; see `python-docstrings.ts` for what that means.
 *
 * The percentage is computed from the sums and rounded like every other percentage of ours
 * (coverage.py's display: half-even to two decimals, never a false 0.00 or 100.00). No public
 * definitions at all gives `percent: null`: no data, which is never 0% or 100%.
 */
import { formatCoveragePercent } from '../coverage/totals.js';
import { scanPythonDocstrings, type DocstringEntry, type SourcePlace } from './python-docstrings.js';

export interface PythonSource {
  path: string;
  source: string;
}

export interface FileSyntaxError extends SourcePlace {
  path: string;
}

export interface DocstringCoverage {
  /** Public modules, classes and functions. */
  total: number;
  /** Of those, how many have a docstring. */
  documented: number;
  /** 100 * documented / total, two decimals; null when total is 0. */
  percent: number | null;
  /** The public entries without a docstring, sorted by path, then line. */
  missing: DocstringEntry[];
  /** Where files could not be fully parsed, sorted by path, then line (their other definitions still count). */
  syntaxErrors: FileSyntaxError[];
}

export function measureDocstrings(files: readonly PythonSource[]): DocstringCoverage {
  let total = 0;
  let documented = 0;
  const missing: DocstringEntry[] = [];
  const syntaxErrors: FileSyntaxError[] = [];
  for (const { path, source } of files) {
    const scan = scanPythonDocstrings(source, path);
    for (const entry of scan.entries) {
      if (!entry.public) continue;
      total++;
      if (entry.documented) documented++;
      else missing.push(entry);
    }
    for (const place of scan.syntaxErrors) syntaxErrors.push({ path, ...place });
  }
  missing.sort(byPathThenLine);
  syntaxErrors.sort(byPathThenLine);
  const percent = total === 0 ? null : Number(formatCoveragePercent((100 * documented) / total, 2));
  return { total, documented, percent, missing, syntaxErrors };
}

/** Code-unit order, not locale order: the same on every runner. */
function byPathThenLine(a: { path: string; line: number }, b: { path: string; line: number }): number {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return a.line - b.line;
}
