/** The files of the checkout, for PathResolver: existence checks, and a listing on demand. */
import { execFile, execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckoutFiles } from './path-resolver.js';

const SKIP_DIRS = new Set(['.git', 'node_modules', '.venv', 'venv', '__pycache__', '.tox', '.mypy_cache', '.pytest_cache']);

const GIT_LS_FILES = ['ls-files', '-z', '--cached', '--others', '--exclude-standard'];
const MAX_LISTING_BYTES = 512 * 1024 * 1024;

function gitListing(root: string): string[] | undefined {
  try {
    const out = execFileSync('git', GIT_LS_FILES, { cwd: root, maxBuffer: MAX_LISTING_BYTES, stdio: ['ignore', 'pipe', 'ignore'] });
    return out.toString('utf8').split('\0').filter(Boolean);
  } catch {
    return undefined;
  }
}

/**
 * The same listing, from git running beside this process (on another core, while a report
 * parses). Never waited for: the child and its pipes are unreferenced, so a run that turns
 * out not to need the listing exits without it. Undefined (through `done`) when git fails.
 */
function gitListingInBackground(root: string, done: (files: string[] | undefined) => void): void {
  const child = execFile('git', GIT_LS_FILES, { cwd: root, maxBuffer: MAX_LISTING_BYTES, encoding: 'buffer' }, (err, stdout) => {
    done(err ? undefined : stdout.toString('utf8').split('\0').filter(Boolean));
  });
  child.unref();
  child.stdin?.destroy();
  (child.stdout as { unref?: () => void } | null)?.unref?.();
  (child.stderr as { unref?: () => void } | null)?.unref?.();
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
  let prefetched: string[] | undefined;
  let prefetching = false;
  return {
    exists(relative) {
      if (relative === '' || relative.startsWith('../') || relative.startsWith('/')) return false;
      let hit = known.get(relative);
      if (hit === undefined) {
        hit = statSync(join(root, relative), { throwIfNoEntry: false })?.isFile() ?? false;
        known.set(relative, hit);
      }
      return hit;
    },
    list() {
      listing ??= prefetched ?? gitListing(root) ?? walk(root);
      return listing;
    },
    prefetch() {
      if (prefetching || listing) return;
      prefetching = true;
      gitListingInBackground(root, (files) => {
        prefetched = files;
      });
    },
  };
}
