/**
 * Which component's run uses which accepted-risk entry, when one register serves a repository
 * of several components (the seeds keep one SECURITY_FINDINGS_ACCEPTED_RISKS.md).
 *
 * An entry belongs to a component when it says so (`component:`), or when the findings it
 * names lie in the component's paths: its `path` (a file or glob) is in them, or, for an entry
 * by `fingerprint` only, the finding with that fingerprint is (as far as the report shows it).
 * An entry that names neither (a dependency, `pkg:<name>`; a fingerprint no report finding
 * has; a file outside every component) is repository-wide.
 *
 * A component's run applies its own entries and the repository-wide ones. It gives advice
 * about entries that match nothing (stale, or expired and unused) only for entries that are
 * its own alone: an entry of another component, shared with one, or repository-wide may match
 * findings this run does not see, and "remove it" would break the run that does. A run
 * without a component (the whole report) sees everything and owns every entry.
 *
 * Pure: the checkout's file list and the located findings are passed in.
 */
import picomatch from 'picomatch';
import type { PathMatcher } from '../core/glob.js';
import type { Finding } from './finding.js';
import type { RiskEntry, RiskRegister } from './risk-register.js';

export interface ComponentArea {
  id: string;
  /** The component's `paths` globs. */
  paths: readonly string[];
  matches: PathMatcher;
}

export type EntryScope =
  | { kind: 'component'; components: string[]; because: 'component field' | 'path' | 'fingerprint' }
  | { kind: 'repository'; because: string };

export interface ScopeContext {
  components: readonly ComponentArea[];
  /** The checkout's files (repository paths), to see which files a glob entry covers. */
  files: readonly string[];
  /** Every finding of the reports with a repository path, in scope or not (for fingerprint entries). */
  findings: readonly Finding[];
}

const GLOB_CHARS = /[*?[\]{}!()]/;

/** `src/a/**` -> `src/a`; a plain path is itself. */
function globBase(glob: string): string {
  return picomatch.scan(glob).base.replace(/\/$/, '');
}

function within(path: string, dir: string): boolean {
  return dir === '' || path === dir || path.startsWith(`${dir}/`);
}

function componentsOfPaths(paths: Iterable<string>, components: readonly ComponentArea[]): string[] {
  const ids = new Set<string>();
  for (const p of paths) for (const c of components) if (c.matches(p)) ids.add(c.id);
  return [...ids].sort();
}

/** Components a file or glob entry lies in: the files it covers, else where its base directory is. */
function componentsOfPathEntry(path: string, ctx: ScopeContext): string[] {
  const glob = path.replace(/^(?:\.\/)+/, '');
  if (!GLOB_CHARS.test(glob)) return componentsOfPaths([glob], ctx.components);
  const matcher = picomatch(glob, { dot: true });
  const base = globBase(glob);
  const covered = componentsOfPaths(
    ctx.files.filter((f) => within(f, base) && matcher(f)),
    ctx.components,
  );
  if (covered.length) return covered;
  return ctx.components
    .filter((c) => c.paths.some((p) => within(base, globBase(p)) && globBase(p) !== ''))
    .map((c) => c.id)
    .sort();
}

const fingerprintIndex = new WeakMap<readonly Finding[], Map<string, string[]>>();

/** fingerprint -> the files of the findings that have it (built once per list of findings). */
function pathsByFingerprint(findings: readonly Finding[]): Map<string, string[]> {
  let index = fingerprintIndex.get(findings);
  if (!index) {
    index = new Map();
    for (const f of findings) {
      if (!f.fingerprint || f.path === null) continue;
      const list = index.get(f.fingerprint);
      if (list) list.push(f.path);
      else index.set(f.fingerprint, [f.path]);
    }
    fingerprintIndex.set(findings, index);
  }
  return index;
}

export function entryScope(entry: RiskEntry, ctx: ScopeContext): EntryScope {
  if (entry.component) return { kind: 'component', components: [entry.component], because: 'component field' };
  if (entry.path !== undefined) {
    if (/^pkg:/i.test(entry.path)) return { kind: 'repository', because: 'a dependency' };
    const ids = componentsOfPathEntry(entry.path, ctx);
    return ids.length
      ? { kind: 'component', components: ids, because: 'path' }
      : { kind: 'repository', because: 'its path is in no component' };
  }
  const paths = pathsByFingerprint(ctx.findings).get(entry.fingerprint ?? '') ?? [];
  const ids = componentsOfPaths(paths, ctx.components);
  return ids.length
    ? { kind: 'component', components: ids, because: 'fingerprint' }
    : { kind: 'repository', because: 'no finding in the reports has its fingerprint' };
}

export interface ScopedRegister {
  /** The register this run applies: its own entries and the repository-wide ones. */
  register: RiskRegister;
  /** Entries this run alone answers for: advice about them (stale, unused) is this run's to give. */
  own: ReadonlySet<RiskEntry>;
  /** Entries applied here that are repository-wide or shared with other components. */
  shared: number;
  /** Entries of other components, left out. */
  otherComponents: { id: string; components: string[] }[];
  scopes: ReadonlyMap<RiskEntry, EntryScope>;
}

/** The part of the register a run of `component` (null: the whole report) applies. */
export function scopeRegister(register: RiskRegister, component: string | null, ctx: ScopeContext): ScopedRegister {
  const scopes = new Map<RiskEntry, EntryScope>();
  const own = new Set<RiskEntry>();
  const used: RiskEntry[] = [];
  const otherComponents: ScopedRegister['otherComponents'] = [];
  let shared = 0;
  for (const entry of register.entries) {
    const scope =
      component === null ? ({ kind: 'repository', because: 'the whole report' } as const) : entryScope(entry, ctx);
    scopes.set(entry, scope);
    if (component === null) {
      own.add(entry);
      used.push(entry);
    } else if (scope.kind === 'repository') {
      shared++;
      used.push(entry);
    } else if (scope.components.includes(component)) {
      if (scope.components.length === 1) own.add(entry);
      else shared++;
      used.push(entry);
    } else {
      otherComponents.push({ id: entry.id, components: scope.components });
    }
  }
  return { register: { ...register, entries: used }, own, shared, otherComponents, scopes };
}
