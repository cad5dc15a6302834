/**
 * The committed bundle dist/coverage-gate/index.js, run as the runner runs it, on the machine's
 * Node and on Node 24, against the local fake of the GitHub API, over reports made by the
 * real tools (examples/sample-repo).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gateResultSchema } from '../../packages/core/result/gate-result-schema.js';
import { FakeGitHub } from '../support/fake-github/index.js';
import { SAMPLE } from '../support/fixtures.js';
import { nodeBinaries, runBundle, workflowCommands, type NodeBinary } from '../support/run-bundle.js';

let gh: FakeGitHub;
let nodes: NodeBinary[];

beforeAll(async () => {
  gh = await FakeGitHub.start({ owner: 'tta', repo: 'demo' });
  nodes = await nodeBinaries();
});
afterAll(() => gh.close());
beforeEach(() => gh.reset());

const BASE = 'a'.repeat(40);
const HEAD = 'b'.repeat(40);
/** Adds lines 40-60 of registry.py (covered and uncovered ones) in the pull request. */
const PATCH = `@@ -39,0 +40,21 @@\n${Array.from({ length: 21 }, (_, i) => `+line ${40 + i}`).join('\n')}`;

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ws-'));
  cpSync(SAMPLE, dir, { recursive: true });
  return dir;
}

function pullRequest(number: number, fork = false) {
  gh.addPullRequest({
    number,
    head: { sha: HEAD, ref: 'feature', repoFullName: fork ? 'someone/demo' : 'tta/demo' },
    base: { sha: BASE, ref: 'main', repoFullName: 'tta/demo' },
    files: [{ filename: 'src/components/model_management/registry.py', status: 'modified', patch: PATCH }],
  });
  return {
    name: 'pull_request',
    payload: {
      action: 'synchronize',
      number,
      pull_request: {
        number,
        base: { sha: BASE, ref: 'main', repo: { full_name: 'tta/demo' } },
        head: { sha: HEAD, ref: 'feature', repo: { full_name: fork ? 'someone/demo' : 'tta/demo' } },
      },
      repository: { full_name: 'tta/demo' },
    },
  };
}

const ENV = () => ({
  GITHUB_API_URL: gh.url,
  GITHUB_REPOSITORY: 'tta/demo',
  GITHUB_RUN_ID: '4242',
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_SHA: 'c'.repeat(40),
});

const INPUTS = {
  component: 'model-management',
  'coverage-files': 'reports/python/combined/coverage.xml',
  'test-results': 'reports/python/integration/junit.xml',
  'github-token': 'token-rw',
};

describe('dist/coverage-gate on the machine\u2019s Node and on Node 24', () => {
  it('runs on both', () => {
    expect(nodes.map((n) => n.label.split('.')[0])).toEqual(expect.arrayContaining(['node v24']));
    expect(nodes.length).toBeGreaterThanOrEqual(2);
  });

  it.each([0, 1])(
    'posts one comment, updates it on the next run, and fails naming the component, figure and bar (node #%i)',
    async (i) => {
      const node = nodes[i]!.path;
      const event = pullRequest(7);
      const ws = workspace();
      const first = await runBundle({
        node,
        action: 'coverage-gate',
        inputs: INPUTS,
        workspace: ws,
        env: ENV(),
        event,
      });

      expect(first.code).toBe(1);
      expect(first.stderr).toBe('');
      const errors = workflowCommands(first.stdout).filter((c) => c.level === 'error');
      expect(errors.map((e) => e.message)).toContain(
        'coverage-gate: model-management: this change falls short: Coverage of changed lines is 55.56%, 24.44 points short of the bar ≥ 80%. To pass, cover the changed lines annotated in the pull request.',
      );
      expect(first.stdout).not.toMatch(/\n\s+at /); // no stack trace
      expect(first.outputs).toMatchObject({
        passed: 'false',
        status: 'fail',
        coverage: '78.20',
        'diff-coverage': '55.56',
        'tests-passed': '3',
        'tests-failed': '0',
      });

      // The result file validates and is where the output says.
      const result = gateResultSchema.parse(JSON.parse(readFileSync(first.outputs['result-file']!, 'utf8')));
      expect(result).toMatchObject({
        gate: 'coverage-gate',
        component: 'model-management',
        stage: { current: 'staging', target: 'production' },
        commit: HEAD,
        run: { url: 'https://github.com/tta/demo/actions/runs/4242' },
      });

      // Uncovered changed lines are annotated as ranges on the right file.
      const warnings = workflowCommands(first.stdout).filter(
        (c) => c.level === 'warning' && c.props.title === 'Not covered by tests',
      );
      expect(warnings.map((w) => [w.props.file, w.props.line, w.props.endLine])).toEqual(
        expect.arrayContaining([['src/components/model_management/registry.py', '55', '60']]),
      );

      // One comment, with the marker, the verdict and a link to the run.
      const posts = gh.requestsTo('POST', '/repos/tta/demo/issues/7/comments');
      expect(posts).toHaveLength(1);
      const body = (posts[0]!.body as { body: string }).body;
      expect(body).toMatch(
        /^<!-- maturity-actions:coverage-gate:model-management -->\n## ❌ Coverage gate: <code>model-management<\/code> this change \(in Staging\), progress toward Production/,
      );
      expect(body).toContain('https://github.com/tta/demo/actions/runs/4242');
      expect(posts[0]!.headers.authorization).toBe('token token-rw');
      expect(first.summary).toContain('| ❌ | Test coverage (lines + branches)');

      // Second run: the same comment is edited, none is added.
      const second = await runBundle({
        node,
        action: 'coverage-gate',
        inputs: { ...INPUTS, 'min-coverage': '75', 'min-diff-coverage': '30' },
        workspace: ws,
        env: ENV(),
        event,
      });
      expect(second.code).toBe(0);
      expect(gh.requestsTo('POST', '/repos/tta/demo/issues/7/comments')).toHaveLength(1);
      const patches = gh.requestsTo('PATCH', /\/repos\/tta\/demo\/issues\/comments\/\d+$/);
      expect(patches).toHaveLength(1);
      expect((patches[0]!.body as { body: string }).body).toMatch(/## ✅ Coverage gate/);
      expect(
        gh.requests.filter((r) => r.path.endsWith('/issues/7/comments') && r.method === 'GET').length,
      ).toBeGreaterThanOrEqual(2);
    },
  );

  it('degrades to the summary with a warning on a fork pull request (read-only token), and does not fail for it', async () => {
    gh.readOnlyTokens.add('fork-token');
    const event = pullRequest(9, true);
    const r = await runBundle({
      node: nodes[nodes.length - 1]!.path,
      action: 'coverage-gate',
      inputs: { ...INPUTS, component: 'neo4j', 'github-token': 'fork-token' },
      workspace: workspace(),
      env: ENV(),
      event,
    });
    expect(r.code).toBe(0);
    expect(r.outputs.passed).toBe('true');
    expect(
      workflowCommands(r.stdout)
        .filter((c) => c.level === 'warning')
        .map((w) => w.message),
    ).toContain(
      'coverage-gate: this pull request comes from a fork, whose token cannot comment; the results are in the job summary.',
    );
    expect(r.summary).toContain('✅ Coverage gate');
    expect(gh.requestsTo('POST', /comments$/).map((p) => p.status)).toEqual([403]);
  });

  it('measures changed lines with git diff when the checkout has the history, without the files API', async () => {
    const ws = workspace();
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: ws,
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 't',
          GIT_AUTHOR_EMAIL: 't@e',
          GIT_COMMITTER_NAME: 't',
          GIT_COMMITTER_EMAIL: 't@e',
        },
      })
        .toString()
        .trim();
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-q', '-m', 'base');
    const base = git('rev-parse', 'HEAD');
    const file = join(ws, 'src/components/model_management/registry.py');
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[54] = `${lines[54]}  # touched`; // line 55, not covered
    writeFileSync(file, lines.join('\n'));
    git('commit', '-q', '-am', 'change');
    const event = pullRequest(11);
    (event.payload.pull_request.base as { sha: string }).sha = base;
    const r = await runBundle({
      node: nodes[0]!.path,
      action: 'coverage-gate',
      inputs: INPUTS,
      workspace: ws,
      env: ENV(),
      event,
    });
    expect(r.outputs['diff-coverage']).toBe('0.00');
    expect(gh.requestsTo('GET', /pulls\/11\/files/)).toHaveLength(0);
    expect(r.summary).toContain('from `git diff` against the base');
  });

  it('parses a large report on worker threads with the same figures as one thread', async () => {
    const ws = workspace();
    const inputs = { ...INPUTS, 'github-token': '', 'coverage-files': 'reports/python/combined/coverage.xml' };
    const one = await runBundle({ node: nodes[0]!.path, action: 'coverage-gate', inputs, workspace: ws, env: ENV() });
    const many = await runBundle({
      node: nodes[0]!.path,
      action: 'coverage-gate',
      inputs,
      workspace: ws,
      env: { ...ENV(), MATURITY_ACTIONS_THREADS: '3' },
    });
    expect(one.stdout).toMatch(/parsed in 1 piece\(s\)/);
    expect(many.stdout).toMatch(/parsed in [2-4] piece\(s\)/);
    expect(many.outputs).toEqual({ ...one.outputs, 'result-file': many.outputs['result-file'] });
    expect(many.summary).toBe(one.summary);
  });

  it('stops on a malformed report with the file, line and what to do, and no stack trace', async () => {
    const ws = workspace();
    writeFileSync(join(ws, 'broken.xml'), '<coverage>\n<packages>\n<package name="x">\n');
    const r = await runBundle({
      node: nodes[0]!.path,
      action: 'coverage-gate',
      inputs: { ...INPUTS, 'coverage-files': 'broken.xml', 'github-token': '' },
      workspace: ws,
      env: ENV(),
    });
    expect(r.code).toBe(1);
    const [error] = workflowCommands(r.stdout).filter((c) => c.level === 'error');
    expect(error).toMatchObject({ props: { file: 'broken.xml', line: '3' } });
    expect(error!.message).toMatch(
      /^coverage-gate: broken\.xml:3:1: the document ends before <package> is closed \(truncated\)\. Regenerate/,
    );
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });

  it('stops on a bad config with the key path and line', async () => {
    const ws = workspace();
    writeFileSync(
      join(ws, '.github/maturity.yml'),
      'version: 1\ncomponents:\n  model-management:\n    paths: [src/**]\n    dependson: [x]\n',
    );
    const r = await runBundle({
      node: nodes[0]!.path,
      action: 'coverage-gate',
      inputs: { ...INPUTS, 'github-token': '' },
      workspace: ws,
      env: ENV(),
    });
    expect(r.code).toBe(1);
    expect(workflowCommands(r.stdout)[0]).toMatchObject({
      level: 'error',
      props: { file: '.github/maturity.yml', line: '5' },
      message: expect.stringMatching(/unknown key "dependson".*Did you mean "depends-on"\?/),
    });
  });
});
