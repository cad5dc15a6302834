#!/usr/bin/env node
// Bundles each action with @vercel/ncc into dist/<name>/index.js (committed: the runner runs
// these files). Two at a time; pass names to build only some: `node scripts/build.mjs coverage-gate`.
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { promisify } from 'node:util';
import { ACTIONS } from './actions.mjs';

const run = promisify(execFile);
const wanted = process.argv.slice(2);
const list = ACTIONS.filter((a) => wanted.length === 0 || wanted.includes(a.name));
if (list.length === 0) {
  console.error(`unknown action(s): ${wanted.join(', ')}; known: ${ACTIONS.map((a) => a.name).join(', ')}`);
  process.exit(2);
}

async function build({ name, entry }) {
  const out = `dist/${name}`;
  rmSync(out, { recursive: true, force: true });
  const started = Date.now();
  await run(process.execPath, ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet'], {
    maxBuffer: 64 * 1024 * 1024,
  });
  console.log(`built ${out}/index.js in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

const queue = [...list];
await Promise.all(
  Array.from({ length: 2 }, async () => {
    for (let item = queue.shift(); item; item = queue.shift()) await build(item);
  }),
);
