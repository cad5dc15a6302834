// What the bundles in dist/ are built from, as one SHA-256: every file under actions/ and
// packages/, the lock file and the build's own settings. `npm run build` writes it to
// dist/inputs.sha256; tests/project/dist-fresh.test.ts compares, so `npm test` says at once
// when the integration tests would run bundles older than the sources (they run dist/, as the
// runner does).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DIGEST_FILE = 'dist/inputs.sha256';
const ROOTS = ['actions', 'packages'];
const FILES = ['package-lock.json', 'tsconfig.json', 'scripts/build.mjs', 'scripts/actions.mjs'];

function walk(dir, out) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile()) out.push(p);
  }
  return out;
}

/** The digest of the bundles' inputs under `root`: paths and contents, in a fixed order. */
export function distInputsDigest(root) {
  const files = [...ROOTS.flatMap((r) => walk(join(root, r), [])), ...FILES.map((f) => join(root, f))];
  const hash = createHash('sha256');
  for (const file of files.map((f) => relative(root, f).split('\\').join('/')).sort()) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}
