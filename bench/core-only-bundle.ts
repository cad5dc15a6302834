/**
 * Builds the cold-start baseline, an ncc bundle of @actions/core alone (bench/core-only-entry.ts),
 * into bench/.data/core-only/ with the same ncc and flags as scripts/build.mjs. Rebuilt only
 * when the entry, @actions/core or ncc changed (~15 s).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './compile-for-child.js';

const ENTRY = join(REPO_ROOT, 'bench', 'core-only-entry.ts');
const OUT = join(REPO_ROOT, 'bench', '.data', 'core-only');

function versionOf(pkg: string): string {
  return (JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string })
    .version;
}

/** The bundle's index.js, built if needed. */
export function coreOnlyBundle(): string {
  const key = createHash('sha256')
    .update(readFileSync(ENTRY))
    .update(`@actions/core ${versionOf('@actions/core')} ncc ${versionOf('@vercel/ncc')}`)
    .digest('hex');
  const index = join(OUT, 'index.js');
  const stamp = join(OUT, 'built-from');
  if (existsSync(index) && existsSync(stamp) && readFileSync(stamp, 'utf8') === key) return index;
  rmSync(OUT, { recursive: true, force: true });
  const ncc = join(REPO_ROOT, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
  execFileSync(process.execPath, [ncc, 'build', ENTRY, '-o', OUT, '--quiet', '--license', 'licenses.txt'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  writeFileSync(stamp, key);
  return index;
}
