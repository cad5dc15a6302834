/**
 * Builds the cold-start baselines, ncc bundles of @actions/core alone (bench/core-only-entry.ts),
 * into bench/.data/, with the same ncc and flags as scripts/build.mjs. Two of them:
 *
 * - `plain`: as any action bundles @actions/core, which evaluates undici at start (for OIDC).
 *   Issue 15's baseline. Built from a tsconfig without this repository's `paths`.
 * - `lean`: with the repository's tsconfig, whose `paths` map undici to
 *   packages/github/undici-on-demand.ts, as the actions are built: the least an action here
 *   can start in.
 *
 * Each is rebuilt only when the entry, the tsconfig, @actions/core or ncc changed (~15 s).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './compile-for-child.js';

export type CoreOnlyKind = 'plain' | 'lean';

const ENTRY = join(REPO_ROOT, 'bench', 'core-only-entry.ts');
const DATA = join(REPO_ROOT, 'bench', '.data');

function versionOf(pkg: string): string {
  return (JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string })
    .version;
}

/**
 * Where ncc runs and what it builds. ncc reads the tsconfig.json nearest the entry (and its
 * `paths` from the one in its working directory), so the plain baseline's entry sits in a
 * folder of its own with a tsconfig that drops `paths`.
 */
function source(kind: CoreOnlyKind): { cwd: string; entry: string; tsconfig: string } {
  if (kind === 'lean') return { cwd: REPO_ROOT, entry: ENTRY, tsconfig: join(REPO_ROOT, 'tsconfig.json') };
  const dir = join(DATA, 'core-only-plain-source');
  mkdirSync(dir, { recursive: true });
  const tsconfig = join(dir, 'tsconfig.json');
  const config = { extends: '../../../tsconfig.json', compilerOptions: { paths: {} }, include: ['entry.ts'] };
  writeFileSync(tsconfig, `${JSON.stringify(config, null, 2)}\n`);
  copyFileSync(ENTRY, join(dir, 'entry.ts'));
  return { cwd: dir, entry: join(dir, 'entry.ts'), tsconfig };
}

/** The bundle's index.js, built if needed. */
export function coreOnlyBundle(kind: CoreOnlyKind): string {
  const { cwd, entry, tsconfig } = source(kind);
  const key = createHash('sha256')
    .update(readFileSync(entry))
    .update(readFileSync(tsconfig))
    .update(readFileSync(join(REPO_ROOT, 'tsconfig.json')))
    .update(`@actions/core ${versionOf('@actions/core')} ncc ${versionOf('@vercel/ncc')}`)
    .digest('hex');
  const out = join(DATA, `core-only-${kind}`);
  const index = join(out, 'index.js');
  const stamp = join(out, 'built-from');
  if (existsSync(index) && existsSync(stamp) && readFileSync(stamp, 'utf8') === key) return index;
  rmSync(out, { recursive: true, force: true });
  const ncc = join(REPO_ROOT, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, '--quiet', '--license', 'licenses.txt'], {
    cwd,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  writeFileSync(stamp, key);
  return index;
}
