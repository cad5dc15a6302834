#!/usr/bin/env node
// Keeps each action's README inputs/outputs tables equal to its action.yml, and planner/action.yml
// equal to what the root action.yml gives (scripts/planner-mirror.mjs).
//   node scripts/action-docs.mjs          rewrite the tables and the mirror
//   node scripts/action-docs.mjs --check  exit 1 if a README or the mirror is out of date (CI)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { ACTIONS } from './actions.mjs';
import { mirrorIsCurrent, writeMirror } from './planner-mirror.mjs';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');
const START = '<!-- action-docs:start (generated from action.yml by scripts/action-docs.mjs) -->';
const END = '<!-- action-docs:end -->';

const cell = (s) =>
  String(s ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim();

export function renderTables(actionYml) {
  const spec = parse(actionYml);
  const inputs = Object.entries(spec.inputs ?? {}).map(
    ([name, i]) =>
      `| \`${name}\` | ${i.required ? 'yes' : 'no'} | ${i.default !== undefined ? `\`${cell(i.default)}\`` : ''} | ${cell(i.description)} |`,
  );
  const outputs = Object.entries(spec.outputs ?? {}).map(([name, o]) => `| \`${name}\` | ${cell(o.description)} |`);
  return [
    START,
    '### Inputs',
    '',
    '| Input | Required | Default | Description |',
    '| --- | --- | --- | --- |',
    ...inputs,
    '',
    '### Outputs',
    '',
    '| Output | Description |',
    '| --- | --- |',
    ...outputs,
    END,
  ].join('\n');
}

/** The README with its generated block replaced (or appended when missing). */
export function updateReadme(readme, actionYml) {
  const block = renderTables(actionYml);
  const s = readme.indexOf(START);
  const e = readme.indexOf(END);
  if (s >= 0 && e > s) return readme.slice(0, s) + block + readme.slice(e + END.length);
  return `${readme.trimEnd()}\n\n${block}\n`;
}

export function readmeTargets() {
  return ACTIONS.map((a) => ({
    yml: join(ROOT, a.dir, 'action.yml'),
    readme: join(ROOT, a.readme ?? join(a.dir, 'README.md')),
  }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const { yml, readme } of readmeTargets()) {
    const current = readFileSync(readme, 'utf8');
    const next = updateReadme(current, readFileSync(yml, 'utf8'));
    if (next === current) continue;
    stale++;
    if (check) console.error(`${readme} is out of date with ${yml}: run node scripts/action-docs.mjs`);
    else writeFileSync(readme, next);
  }
  if (!mirrorIsCurrent()) {
    stale++;
    if (check) console.error('planner/action.yml is out of date with action.yml: run node scripts/action-docs.mjs');
    else writeMirror();
  }
  if (check && stale) process.exit(1);
}
