/**
 * The release workflow (.github/workflows/release.yml) and its tag mover
 * (scripts/release/move-major-tag.mjs), run against the fake API as the workflow runs it: the
 * major tag is created, moved forward to each newer release, never back to an older one, and
 * never when a branch of the same name exists.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { FakeGitHub } from '../support/fake-github/index.js';
import { REPO } from '../support/fixtures.js';
import { commitFiles } from '../support/workflow-host/index.js';

let gh: FakeGitHub;
beforeAll(async () => {
  gh = await FakeGitHub.start({ owner: 'tta', repo: 'maturity-actions' });
});
afterAll(() => gh.close());

const SCRIPT = join(REPO, 'scripts/release/move-major-tag.mjs');
/** Runs the script as the workflow step does (asynchronously: the fake answers from this process). */
function move(major: string, sha: string, release: string): Promise<{ code: number; out: string }> {
  const env = {
    PATH: process.env.PATH ?? '',
    GITHUB_API_URL: gh.url,
    GH_TOKEN: 'release-token',
    GITHUB_REPOSITORY: 'tta/maturity-actions',
  };
  return new Promise((done) => {
    execFile(process.execPath, [SCRIPT, major, sha, release], { env }, (error, stdout, stderr) => {
      done({ code: error ? Number(error.code ?? 1) : 0, out: `${stdout}${stderr}`.trim() });
    });
  });
}
const release = (tag: string, files: Record<string, string>) => {
  const sha = commitFiles(gh, new Map(Object.entries(files)), { branch: 'main', message: tag });
  gh.repo.git.refs.set(`refs/tags/${tag}`, sha);
  return sha;
};
const v1 = () => gh.repo.git.refs.get('refs/tags/v1');

describe('scripts/release/move-major-tag.mjs', () => {
  it('creates v1 at the first release, moves it to each newer one, and never back to an older one', async () => {
    const first = release('v1.0.0', { 'a.txt': '1' });
    expect(await move('v1', first, 'v1.0.0')).toEqual({ code: 0, out: `v1 created to ${first}` });
    expect(v1()).toBe(first);
    const second = release('v1.1.0', { 'a.txt': '2' });
    expect(await move('v1', second, 'v1.1.0')).toEqual({ code: 0, out: `v1 moved from ${first} to ${second}` });
    expect(await move('v1', second, 'v1.1.0')).toEqual({ code: 0, out: `v1 is at ${second} already` });
    // A fix for the older minor, published after v1.1.0: v1 stays on the newest.
    const fix = release('v1.0.1', { 'a.txt': '1.0.1' });
    expect(await move('v1', fix, 'v1.0.1')).toEqual({ code: 0, out: 'v1 stays: v1.0.1 is older than v1.1.0' });
    expect(v1()).toBe(second);
    expect(gh.requestsTo('PATCH', '/repos/tta/maturity-actions/git/refs/tags/v1')[0]!.body).toEqual({
      sha: second,
      force: true,
    });
  });

  it('refuses when a branch is named like the tag, and a release of another major', async () => {
    const sha = release('v1.2.0', { 'a.txt': '3' });
    gh.createBranch('v1');
    expect(await move('v1', sha, 'v1.2.0')).toEqual({
      code: 1,
      out: '::error::move-major-tag: a branch named v1 exists: `@v1` would name both it and the tag; rename the branch (e.g. release/v1)',
    });
    expect(await move('v2', sha, 'v1.2.0')).toMatchObject({
      code: 1,
      out: '::error::move-major-tag: release v1.2.0 is not a v2.Y.Z version',
    });
  });
});

describe('.github/workflows/release.yml', () => {
  interface Job {
    permissions: Record<string, string>;
    steps: { name?: string; run?: string; uses?: string; with?: Record<string, string> }[];
  }
  const wf = parse(readFileSync(join(REPO, '.github/workflows/release.yml'), 'utf8')) as {
    on: Record<string, { types: string[] }>;
    permissions: Record<string, string>;
    jobs: Record<string, Job>;
  };

  it('runs on a published release, writes only the tag, and moves it only after dist/ is verified', () => {
    expect(wf.on).toEqual({ release: { types: ['published'] } });
    expect(wf.permissions).toEqual({ contents: 'read' });
    const job = wf.jobs['major-tag']!;
    expect(job.permissions).toEqual({ contents: 'write' });
    const names = job.steps.map((s) => s.name ?? s.uses);
    expect(names.indexOf('dist/ is what the sources build')).toBeLessThan(names.indexOf('Move the major tag'));
    expect(job.steps.find((s) => s.name === 'dist/ is what the sources build')!.run).toMatch(
      /npm run build\n\s*git diff --exit-code/,
    );
    expect(job.steps.find((s) => s.name === 'Move the major tag')!.run).toContain('scripts/release/move-major-tag.mjs');
  });
});
