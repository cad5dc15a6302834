/**
 * Puts findings where they belong: the file names a tool wrote (absolute paths from another
 * machine, paths relative to where the tool ran) become repository paths, and findings are
 * kept to the component's paths. Names that match no file of the checkout are returned
 * apart, to be listed, never dropped silently. Each distinct name is resolved once.
 */
import type { PathMatcher } from '../core/glob.js';
import type { ResolvedPath } from '../core/path-resolver.js';
import type { Finding } from './finding.js';

export interface Located<T extends Finding> {
  /** Findings in scope, with repository paths. */
  inScope: T[];
  /** Findings on files of the checkout outside the scope. */
  outOfScope: number;
  /** Those findings, with repository paths (whose they are matters to a shared register). */
  outside: T[];
  /** Report names that match no checkout file, with how many findings each had. */
  unmatched: { path: string; findings: number }[];
  /** The findings on those names, as the report wrote them: whose they are is unknown. */
  unresolved: T[];
}

export function locateFindings<T extends Finding>(
  findings: readonly T[],
  resolve: (raw: string) => ResolvedPath,
  inScope: PathMatcher | null,
): Located<T> {
  const resolved = new Map<string, ResolvedPath>();
  const unmatched = new Map<string, number>();
  const kept: T[] = [];
  const outside: T[] = [];
  const unresolved: T[] = [];
  for (const f of findings) {
    if (f.path === null) {
      kept.push(f); // a dependency finding: in scope wherever the report was scoped
      continue;
    }
    let r = resolved.get(f.path);
    if (!r) {
      r = resolve(f.path);
      resolved.set(f.path, r);
    }
    if (!r.found) {
      unmatched.set(f.path, (unmatched.get(f.path) ?? 0) + 1);
      unresolved.push(f);
      continue;
    }
    const located = r.path === f.path ? f : { ...f, path: r.path };
    if (inScope && !inScope(r.path)) outside.push(located);
    else kept.push(located);
  }
  return {
    inScope: kept,
    outOfScope: outside.length,
    outside,
    unresolved,
    unmatched: [...unmatched]
      .map(([path, n]) => ({ path, findings: n }))
      .sort((a, b) => b.findings - a.findings || (a.path < b.path ? -1 : 1)),
  };
}
