/**
 * The bundles where the runner has them: a copy of dist/ outside this repository. In place,
 * dist/ sits above the repo's node_modules, and a bundled library that looks for an optional
 * package at run time (fdir tries `require("picomatch")`) finds it there and loads it: a cost
 * the runner, whose copy of the action has no node_modules, never pays. Copied once per bench
 * process into the system's temp directory.
 */
import { cpSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './compile-for-child.js';

let copied: string | undefined;

/** dist/ copied outside the repository; the path of the copy. */
export function runnerDist(): string {
  if (copied) return copied;
  const to = join(tmpdir(), `maturity-actions-bench-${process.pid}`, 'dist');
  rmSync(to, { recursive: true, force: true });
  cpSync(join(REPO_ROOT, 'dist'), to, { recursive: true });
  process.once('exit', () => rmSync(join(to, '..'), { recursive: true, force: true }));
  copied = to;
  return to;
}

/** A folder copied outside the repository the same way (the @actions/core-only bundle's), beside the copy of dist/; its path. */
export function outsideRepo(dir: string, name: string): string {
  const to = join(runnerDist(), '..', name);
  cpSync(dir, to, { recursive: true });
  return to;
}
