/**
 * Which component a test case belongs to (docs/journeys.md, journey 1: test results count for their
 * own component only). A case belongs to the component whose `tests` globs match its file. The
 * file is, in order: the case's `file` attribute (pytest's xunit1, jest-junit's
 * addFileAttribute, node's junit reporter on newer Node), its suite's `file`/`filepath`
 * attribute, or pytest's dotted `classname` read as a module path
 * (`tests.unit.test_registry.TestRegistry` -> `tests/unit/test_registry.py`). A case whose file
 * cannot be found is unattributed: it counts for no component, and the summary says how to
 * make the report name its files.
 */
import { compileGlobs } from '../core/glob.js';

export interface CaseIdentity {
  classname?: string;
  file?: string;
  suiteFile?: string;
}

export type Attribution = 'mine' | 'other' | 'unattributed';

/** Decides a case's attribution; the JUnit reader counts only `mine`. */
export type CaseAttributor = (c: CaseIdentity) => Attribution;

export interface AttributionCounts {
  /** Cases of other components' test files. */
  other: number;
  /** Cases whose file could not be found. */
  unattributed: number;
  /** A few unattributed case names, for the summary. */
  unattributedExamples: string[];
}

/** Candidate module files of a dotted classname, longest first. */
export function moduleCandidates(classname: string): string[] {
  const parts = classname.split('.').filter(Boolean);
  const out: string[] = [];
  for (let n = parts.length; n > 0; n--) out.push(`${parts.slice(0, n).join('/')}.py`);
  return out;
}

/**
 * The repository path of a case's file, or null. `resolve` maps a report's file name to a
 * checkout path (suffix matching, path-map) and returns null when it matches nothing.
 */
export function caseFile(c: CaseIdentity, resolve: (raw: string) => string | null): string | null {
  for (const raw of [c.file, c.suiteFile]) {
    if (!raw) continue;
    const hit = resolve(raw);
    if (hit) return hit;
  }
  if (c.classname && /^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)*$/.test(c.classname)) {
    for (const candidate of moduleCandidates(c.classname)) {
      const hit = resolve(candidate);
      if (hit) return hit;
    }
  }
  return null;
}

/** An attributor for one component: its `tests` globs against each case's file. */
export function componentAttributor(
  testGlobs: readonly string[],
  resolve: (raw: string) => string | null,
): CaseAttributor {
  const mine = compileGlobs(testGlobs);
  const cache = new Map<string, Attribution>();
  return (c) => {
    const key = `${c.file ?? ''}\u0000${c.suiteFile ?? ''}\u0000${c.classname ?? ''}`;
    let a = cache.get(key);
    if (a === undefined) {
      const file = caseFile(c, resolve);
      a = file === null ? 'unattributed' : mine(file) ? 'mine' : 'other';
      cache.set(key, a);
    }
    return a;
  };
}
