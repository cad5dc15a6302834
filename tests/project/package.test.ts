/**
 * What `npx --yes github:tta/maturity-actions#v1` installs: npm packs the repository at the tag
 * with package.json's `files`, so the command line must find there everything it runs (its
 * scripts, every action.yml it reads inputs from, every bundle) and nothing else of the
 * repository (tests, examples, sources).
 */
import { execFileSync } from 'node:child_process';
import { REPO } from '../support/fixtures.js';
// @ts-expect-error: plain ESM script without type declarations
import { ACTIONS } from '../../scripts/actions.mjs';

const packed = (
  JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: REPO, encoding: 'utf8' }),
  ) as { files: { path: string }[] }[]
)[0]!.files.map((f) => f.path);

describe('the package npx installs from git', () => {
  it('holds the command line, every action.yml and every bundle', () => {
    expect(packed).toEqual(
      expect.arrayContaining(['bin/maturity-actions.mjs', 'bin/run-bundle.mjs', 'package.json', 'planner/action.yml']),
    );
    for (const a of ACTIONS as { name: string; dir: string }[]) {
      expect(packed).toContain(a.dir === '.' ? 'action.yml' : `${a.dir}/action.yml`);
      expect(packed).toContain(`dist/${a.name}/index.js`);
    }
    expect(packed).toContain('dist/coverage-gate/cobertura-worker.js');
  });

  it('leaves out the tests, the examples and the sources', () => {
    expect(packed.filter((p) => /^(tests|examples|actions|packages|scripts|\.github)\//.test(p))).toEqual([]);
  });
});
