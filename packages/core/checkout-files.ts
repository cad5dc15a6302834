/** The files of the checkout, for PathResolver: existence checks, and a listing on demand. */
import { execFile, execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckoutFiles } from './path-resolver.js';

const SKIP_DIRS = new Set([
  '.git',
  'node_modules',
  '.venv',
  'venv',
  '__pycache__',
  '.tox',
  '.mypy_cache',
  '.pytest_cache',
]);

const GIT_LS_FILES = ['ls-files', '-z', '--cached', '--others', '--exclude-standard'];
const GIT_MAX_BUFFER = 512 * 1024 * 1024;
/** A listing that takes longer is given up for the folder walk: every command is bounded. */
const GIT_TIMEOUT_MS = 60_000;

function splitListing(out: Buffer): string[] {
  return out.toString('utf8').split('\0').filter(Boolean);
}

function gitListing(root: string): string[] | undefined {
  try {
    const out = execFileSync('git', GIT_LS_FILES, {
      cwd: root,
      maxBuffer: GIT_MAX_BUFFER,
      timeout: GIT_TIMEOUT_MS,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return splitListing(out);
  } catch {
    return undefined;
  }
}

/** The same listing without blocking: git runs on its own while this process parses. */
function gitListingInBackground(root: string): Promise<string[] | undefined> {
  return new Promise((resolve) => {
    const child = execFile(
      'git',
      GIT_LS_FILES,
      { cwd: root, maxBuffer: GIT_MAX_BUFFER, timeout: GIT_TIMEOUT_MS, encoding: 'buffer' },
      (error, stdout) => resolve(error ? undefined : splitListing(stdout)),
    );
    child.stdin?.end();
  });
}

function walk(root: string, dir = '', out: string[] = []): string[] {
  let entries;
  try {
    entries = readdirSync(join(root, dir), { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const rel = dir ? `${dir}/${e.name}` : e.name;
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) walk(root, rel, out);
    } else if (e.isFile()) {
      out.push(rel);
    }
  }
  return out;
}

export function checkoutFiles(root: string): CheckoutFiles {
  const known = new Map<string, boolean>();
  let listing: string[] | undefined;
  let prefetched: Promise<void> | undefined;
  return {
    exists(relative) {
      if (relative === '' || relative.startsWith('../') || relative.startsWith('/')) return false;
      let hit = known.get(relative);
      if (hit === undefined) {
        // Always on disk: git also lists files deleted from the working tree (and outside a
        // sparse checkout), which must not win over a file that is there.
        // `relative` is normal (no "..", no leading "/"): appended, not path.join()ed, per file.
        hit = statSync(root ? `${root}/${relative}` : relative, { throwIfNoEntry: false })?.isFile() ?? false;
        known.set(relative, hit);
      }
      return hit;
    },
    list() {
      listing ??= gitListing(root) ?? walk(root);
      return listing;
    },
    prefetch() {
      // Without git the folder is walked only when list() is called: the walk may be long and
      // is not needed when every report path resolves directly.
      prefetched ??= gitListingInBackground(root)
        .then((files) => {
          listing ??= files;
        })
        .catch(() => undefined);
      return prefetched;
    },
  };
}
