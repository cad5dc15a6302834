#!/usr/bin/env node
// Bundles each action with @vercel/ncc into dist/<name>/index.js (committed: the runner runs
// these files). Two at a time; pass names to build only some: `node scripts/build.mjs coverage-gate`.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ACTIONS } from './actions.mjs';

const run = promisify(execFile);
const wanted = process.argv.slice(2);
const list = ACTIONS.filter((a) => wanted.length === 0 || wanted.includes(a.name));
if (list.length === 0) {
  console.error(`unknown action(s): ${wanted.join(', ')}; known: ${ACTIONS.map((a) => a.name).join(', ')}`);
  process.exit(2);
}

const ncc = (entry, out, ...flags) =>
  run(process.execPath, ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', entry, '-o', out, '--quiet', ...flags], {
    maxBuffer: 64 * 1024 * 1024,
  });

async function build({ name, entry, workers = [] }) {
  const out = `dist/${name}`;
  rmSync(out, { recursive: true, force: true });
  const started = Date.now();
  await ncc(entry, out, '--license', 'licenses.txt');
  for (const worker of workers) {
    // A worker is its own bundle; only its index.js is kept, beside the action's.
    const tmp = mkdtempSync(join(tmpdir(), 'ncc-worker-'));
    await ncc(worker.entry, tmp);
    copyFileSync(join(tmp, 'index.js'), join(out, worker.file));
    rmSync(tmp, { recursive: true, force: true });
  }
  console.log(`built ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

const queue = [...list];
await Promise.all(
  Array.from({ length: 2 }, async () => {
    for (let item = queue.shift(); item; item = queue.shift()) await build(item);
  }),
);
