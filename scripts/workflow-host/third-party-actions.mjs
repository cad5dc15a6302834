// Regenerates tests/support/workflow-host/stand-ins/third-party-actions.json: for each
// third-party action the workflow host stands in for, every release of the accepted majors with
// its commit SHA, `runs.using` and input names, read from the action's own repository.
//
//   node scripts/workflow-host/third-party-actions.mjs <dir-with-clones> > tests/support/workflow-host/stand-ins/third-party-actions.json
//
// <dir-with-clones> holds git repositories named `<owner>+<name>/repo` (bare or not), e.g.
// `actions+checkout/repo`. Releases are the `vX.Y.Z` tags; a SHA is the tag's commit.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { parse } from 'yaml';

const ACTIONS = [
  { action: 'actions/checkout', file: 'action.yml', majors: [4, 5, 6, 7] },
  { action: 'actions/setup-python', file: 'action.yml', majors: [5, 6, 7] },
  { action: 'actions/upload-artifact', file: 'action.yml', majors: [4, 5, 6, 7] },
  { action: 'actions/download-artifact', file: 'action.yml', majors: [4, 5, 6, 7, 8] },
  { action: 'actions/cache', file: 'action.yml', majors: [4, 5] },
  {
    action: 'github/codeql-action/upload-sarif',
    repo: 'github/codeql-action',
    file: 'upload-sarif/action.yml',
    majors: [3, 4],
  },
];

const root = process.argv[2];
if (!root) throw new Error('usage: third-party-actions.mjs <dir-with-clones>');
const git = (dir, ...args) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });

const table = {};
for (const spec of ACTIONS) {
  const dir = join(root, (spec.repo ?? spec.action).replace('/', '+'), 'repo');
  const tags = git(dir, 'tag', '-l', 'v*')
    .split('\n')
    .filter((tag) => /^v\d+\.\d+\.\d+$/.test(tag));
  const inputSets = [];
  const releases = {};
  for (const tag of tags.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))) {
    if (!spec.majors.includes(Number(tag.slice(1).split('.')[0]))) continue;
    const sha = git(dir, 'rev-parse', `${tag}^{commit}`).trim();
    const metadata = parse(git(dir, 'show', `${sha}:${spec.file}`));
    const inputs = Object.keys(metadata.inputs ?? {})
      .sort()
      .join(' ');
    let index = inputSets.indexOf(inputs);
    if (index < 0) index = inputSets.push(inputs) - 1;
    releases[tag] = { sha, using: metadata.runs?.using, inputs: index };
  }
  table[spec.action] = { inputSets, releases };
}
process.stdout.write(`${JSON.stringify(table, null, 1)}\n`);
