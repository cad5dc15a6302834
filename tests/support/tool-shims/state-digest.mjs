// The identity of a checkout for the journey stand-ins: which recorded state it is in.
//
// A state's digest is the SHA-256 of the lines `<path>\t<sha256 of the file>\n`, sorted by path
// (POSIX, relative to the checkout root, compared as code units), over every `*.py`, `*.toml`,
// `*.cfg` and `*.ini` file: what the tools' results depend on. Markdown and YAML are left out,
// so a promotion that edits MATURITY.md does not move the repository out of its state.
// Folders that tools and installs create, or that hold no project code, are not walked.
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const DIGEST_EXTENSIONS = ['.py', '.toml', '.cfg', '.ini'];
export const SKIPPED_DIRS = [
  '.git',
  'node_modules',
  '.venv',
  'venv',
  '__pycache__',
  '.pytest_cache',
  '.ruff_cache',
  '.mypy_cache',
  '.tox',
  '.nox',
];
const MAX_FILES = 20000;

const skipped = new Set(SKIPPED_DIRS);
const counted = (name) => DIGEST_EXTENSIONS.some((ext) => name.endsWith(ext));

/** `{path: sha256}` of the files that make up the state, sorted by path. */
export function stateFiles(root) {
  const found = new Map();
  const walk = (dir, rel) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const abs = join(dir, entry.name);
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!skipped.has(entry.name) && !entry.name.endsWith('.egg-info')) walk(abs, path);
      } else if (entry.isFile() && counted(entry.name)) {
        if (found.size >= MAX_FILES)
          throw new Error(`${root}: more than ${MAX_FILES} files to digest; is this a repository checkout?`);
        found.set(path, sha256(readFileSync(abs)));
      }
    }
  };
  if (!lstatSync(root).isDirectory()) throw new Error(`${root} is not a directory`);
  walk(root, '');
  return sortedObject(found);
}

/** The same set for a repository folder with a changes folder laid over it (changes win). */
export function overlayFiles(repoDir, changesDir) {
  const files = stateFiles(repoDir);
  if (changesDir) Object.assign(files, stateFiles(changesDir));
  return sortedObject(new Map(Object.entries(files)));
}

/** The digest of a `{path: sha256}` set: `sha256:<hex>`. */
export function digestOf(files) {
  const lines = Object.keys(files)
    .sort(byCodeUnit)
    .map((path) => `${path}\t${files[path]}\n`)
    .join('');
  return `sha256:${sha256(Buffer.from(lines, 'utf8'))}`;
}

/** What differs between two sets: paths only in `actual`, only in `expected`, and changed. */
export function diffFiles(actual, expected) {
  const added = Object.keys(actual).filter((p) => !(p in expected));
  const missing = Object.keys(expected).filter((p) => !(p in actual));
  const changed = Object.keys(actual).filter((p) => p in expected && actual[p] !== expected[p]);
  return { added, missing, changed, count: added.length + missing.length + changed.length };
}

function sha256(bytes) {
  return createHash('sha256').update(bytes).digest('hex');
}

function byCodeUnit(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortedObject(map) {
  const out = {};
  for (const key of [...map.keys()].sort(byCodeUnit)) out[key] = map.get(key);
  return out;
}
