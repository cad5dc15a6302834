/** The files of the checkout, for PathResolver: existence checks, and a listing on demand. */
import { execFileSync } from 'node:child_process';
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

function gitListing(root: string): string[] | undefined {
  try {
    const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd: root,
      maxBuffer: 512 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return out.toString('utf8').split('\0').filter(Boolean);
  } catch {
    return undefined;
  }
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
      listing ??= gitListing(root) ?? walk(root);
      return listing;
    },
  };
}
