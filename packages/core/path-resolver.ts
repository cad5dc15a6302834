/**
 * Maps the file names written in reports to paths relative to the checkout.
 *
 * Reports come from other machines and other working directories: Cobertura `<source>` roots
 * like `/home/runner/work/app/app/src`, LCOV `SF:` absolute paths, Windows separators, paths
 * relative to a sub-folder. In order:
 *  1. the user's `path-map` prefixes (`from=to`) are applied;
 *  2. a path under the checkout root is made relative to it;
 *  3. a path that names an existing file is taken as is;
 *  4. otherwise the report's name is matched by suffix against the checkout's files (the
 *     longest unambiguous match); the prefix learned this way is reused for the report's
 *     other files.
 * A name that still matches nothing is returned with `found: false`, to be listed, never dropped.
 */
import { posix } from 'node:path';

export interface PathMapping {
  from: string;
  to: string;
}

/** Lists files of the checkout, relative, with forward slashes. */
export interface CheckoutFiles {
  exists(relative: string): boolean;
  /** All files (loaded on first use, only when suffix matching is needed). */
  list(): readonly string[];
  /**
   * Starts loading the listing without blocking, for a caller that has other work meanwhile
   * (parsing a report): list() after the promise settles does not wait. Never rejects.
   */
  prefetch?(): Promise<void>;
}

export interface ResolvedPath {
  path: string;
  found: boolean;
}

export function toPosix(p: string): string {
  let s = p.replace(/\\/g, '/');
  if (/^[A-Za-z]:\//.test(s)) s = `/${s}`; // C:/x -> /C:/x, absolute for posix logic
  return s;
}

function isAbsolute(p: string): boolean {
  return p.startsWith('/');
}

/** What posix.normalize (and normalize below) would change: "//", "." and ".." segments, a trailing "/". */
const NOT_NORMAL = /\/\/|(?:^|\/)\.{1,2}(?:\/|$)|\/$/;

function normalize(p: string): string {
  // Most report paths are already normal: test for it, which costs less than normalizing.
  if (p !== '' && !NOT_NORMAL.test(p)) return p;
  const n = posix.normalize(p);
  return n === '.' ? '' : n.replace(/^\.\//, '').replace(/\/$/, '');
}

/** Parses the `path-map` input: one `from=to` per line or comma-separated. */
export function parsePathMap(text: string): PathMapping[] {
  const out: PathMapping[] = [];
  for (const raw of text.split(/[\n,]/)) {
    const item = raw.trim();
    if (!item) continue;
    const eq = item.indexOf('=');
    if (eq < 0) throw new Error(`"${item}" is not of the form from=to`);
    const from = toPosix(item.slice(0, eq).trim());
    const to = toPosix(item.slice(eq + 1).trim());
    if (!from && !to) throw new Error(`"${item}" maps nothing to nothing: give a prefix on at least one side`);
    out.push({ from, to });
  }
  return out;
}

function applyMapping(p: string, mappings: readonly PathMapping[]): string {
  for (const { from, to } of mappings) {
    const f = from.replace(/\/$/, '');
    if (p === f || p.startsWith(`${f}/`) || (f === '' && !isAbsolute(p))) {
      const rest = f === '' ? p : p.slice(f.length).replace(/^\//, '');
      return to ? `${to.replace(/\/$/, '')}/${rest}` : rest;
    }
  }
  return p;
}

/**
 * The checkout's files by base name, built once per checkout and shared by every resolver
 * over it: coverage-gate makes one resolver per report, and building the index per report
 * made 10,000 report files cost 10,000 passes over the checkout (quadratic).
 */
const BASENAME_INDEX = new WeakMap<CheckoutFiles, Map<string, string[]>>();

function basenameIndex(files: CheckoutFiles): Map<string, string[]> {
  let index = BASENAME_INDEX.get(files);
  if (!index) BASENAME_INDEX.set(files, (index = indexByBasename(files.list())));
  return index;
}

export class PathResolver {
  private readonly root: string;
  /** Prefixes learned by suffix matching: report prefix -> checkout prefix. */
  private readonly learned = new Map<string, string>();

  constructor(
    root: string,
    private readonly files: CheckoutFiles,
    private readonly mappings: readonly PathMapping[] = [],
  ) {
    this.root = normalize(toPosix(root));
  }

  /** Resolves a report's file name; `sources` are the roots relative names are relative to. */
  resolve(raw: string, sources: readonly string[] = []): ResolvedPath {
    const name = toPosix(raw.trim());
    const candidates = this.candidates(name, sources);
    let fallback: string | undefined;
    for (const mapped of candidates) {
      const rel = this.underRoot(mapped);
      if (rel !== undefined && this.files.exists(rel)) return { path: rel, found: true };
      const viaLearned = this.viaLearned(mapped);
      if (viaLearned) return { path: viaLearned, found: true };
      fallback ??= rel ?? mapped;
    }
    for (const mapped of candidates) {
      const bySuffix = this.bySuffix(mapped);
      if (bySuffix) return { path: bySuffix, found: true };
    }
    return { path: fallback ?? name, found: false };
  }

  /** The paths `name` may stand for (under each source root, then as is), normalized and mapped. */
  private candidates(name: string, sources: readonly string[]): string[] {
    const out: string[] = [];
    if (isAbsolute(name)) out.push(this.mapped(name));
    else {
      // Joined by hand: mapped() normalizes, and a report's thousands of names under the same
      // <source> made posix.join's own normalization a large share of the resolution's garbage.
      for (const s of sources) if (s.trim()) out.push(this.mapped(`${toPosix(s.trim())}/${name}`));
      out.push(this.mapped(name));
    }
    return out;
  }

  private mapped(p: string): string {
    const n = normalize(p);
    return this.mappings.length === 0 ? n : normalize(applyMapping(n, this.mappings));
  }

  private underRoot(p: string): string | undefined {
    if (!isAbsolute(p)) return p;
    if (this.root && p.startsWith(`${this.root}/`)) return p.slice(this.root.length + 1);
    return undefined;
  }

  /**
   * A path under a prefix learned before. Learned prefixes end at a `/` (or are empty), so
   * only the prefixes of `p` that end there are looked up, longest first: the cost is the
   * path's depth, not the number of prefixes learned (which a report whose every file sits
   * under another root makes as large as the report).
   */
  private viaLearned(p: string): string | undefined {
    if (this.learned.size === 0) return undefined;
    const ends = [0];
    for (let i = 0; i < p.length; i++) if (p[i] === '/') ends.push(i + 1);
    for (const end of ends.reverse()) {
      const from = p.slice(0, end);
      const to = this.learned.get(from);
      if (to === undefined) continue;
      const rel = to + p.slice(from.length);
      if (this.files.exists(rel)) return rel;
    }
    return undefined;
  }

  /** The checkout file whose path is the longest suffix of `p` (or ends with `p`), if unique. */
  private bySuffix(p: string): string | undefined {
    const base = posix.basename(p);
    if (!base) return undefined;
    const options = basenameIndex(this.files).get(base) ?? [];
    // The report's path ends with a checkout path (absolute path from another machine) ...
    const tails = options.filter((f) => p === f || p.endsWith(`/${f}`));
    if (tails.length > 0) {
      const best = tails.reduce((a, b) => (b.length > a.length ? b : a));
      if (tails.filter((t) => t.length === best.length).length === 1) {
        this.learned.set(p.slice(0, p.length - best.length), '');
        return best;
      }
      return undefined;
    }
    // ... or a checkout path ends with the report's relative path (run from a sub-folder).
    if (!isAbsolute(p)) {
      const heads = options.filter((f) => f.endsWith(`/${p}`));
      if (heads.length === 1) {
        const prefix = heads[0]!.slice(0, heads[0]!.length - p.length);
        this.learned.set('', prefix);
        return heads[0];
      }
    }
    return undefined;
  }
}

function indexByBasename(files: readonly string[]): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const f of files) {
    // The listing's paths are relative, with "/" and no trailing one: the name after the last "/"
    // is posix.basename's, at a fraction of its cost over a large checkout.
    const b = f.slice(f.lastIndexOf('/') + 1);
    const list = m.get(b);
    if (list) list.push(f);
    else m.set(b, [f]);
  }
  return m;
}
