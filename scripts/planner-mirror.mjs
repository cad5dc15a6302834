#!/usr/bin/env node
// planner/action.yml: the root action.yml (the planner, `uses: tta/maturity-actions@v1`) in a
// folder of its own, so that this repository's reusable workflows can call it at their own
// commit with GitHub's self-repository syntax, `uses: $/planner`. A bare `$/` (the repository's
// root) is not accepted: the runner's PipelineConstants.TryParseSelfRepository treats an empty
// path as no self reference, and the value then fails as "Expected format {org}/{repo}[/path]@ref".
//
// The mirror is generated, never edited: the same text with `runs.main` one folder up.
//   node scripts/planner-mirror.mjs          write planner/action.yml
//   node scripts/planner-mirror.mjs --check  exit 1 when it differs from what action.yml gives
// `npm run docs` writes it too, and `node scripts/action-docs.mjs --check` (CI) checks it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');
export const ROOT_ACTION = join(ROOT, 'action.yml');
export const PLANNER_MIRROR = join(ROOT, 'planner', 'action.yml');

const HEADER = [
  '# GENERATED from ../action.yml by scripts/planner-mirror.mjs (npm run docs): do not edit.',
  "# The planner in a folder of its own, for `uses: $/planner` in this repository's reusable",
  "# workflows (GitHub's self-repository syntax has no form for the root action).",
  '',
].join('\n');

const MAIN = /^(\s+main:\s*)'dist\/planner\/index\.js'\s*$/m;

/** planner/action.yml's text for the root action.yml's text. */
export function plannerMirror(rootActionYml) {
  if (!MAIN.test(rootActionYml)) throw new Error("action.yml: expected `main: 'dist/planner/index.js'` under runs:");
  return HEADER + rootActionYml.replace(MAIN, "$1'../dist/planner/index.js'");
}

/** True when planner/action.yml is what action.yml gives. */
export function mirrorIsCurrent() {
  let current = '';
  try {
    current = readFileSync(PLANNER_MIRROR, 'utf8');
  } catch {
    return false;
  }
  return current === plannerMirror(readFileSync(ROOT_ACTION, 'utf8'));
}

export function writeMirror() {
  writeFileSync(PLANNER_MIRROR, plannerMirror(readFileSync(ROOT_ACTION, 'utf8')));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--check')) {
    if (!mirrorIsCurrent()) {
      console.error('planner/action.yml is out of date with action.yml: run node scripts/planner-mirror.mjs');
      process.exit(1);
    }
  } else {
    writeMirror();
  }
}
