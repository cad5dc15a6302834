/**
 * The committed bundle dist/quality-gate/index.js, run as the runner runs it (on the
 * machine's Node and on Node 24), against the local fake of the GitHub API, over ruff,
 * pyright, ESLint and tsc reports made by the real tools (examples/sample-repo/reports/quality).
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gateResultSchema } from '../../packages/core/result/gate-result-schema.js';
import { FakeGitHub } from '../support/fake-github/index.js';
import { expectedText, SAMPLE } from '../support/fixtures.js';
import { nodeBinaries, runBundle, workflowCommands, type NodeBinary } from '../support/run-bundle.js';

let gh: FakeGitHub;
let nodes: NodeBinary[];

beforeAll(async () => {
  gh = await FakeGitHub.start({ owner: 'tta', repo: 'demo' });
  nodes = await nodeBinaries();
});
afterAll(() => gh.close());
beforeEach(() => gh.reset());

const HEAD = 'b'.repeat(40);
const ENV = () => ({
  GITHUB_API_URL: gh.url,
  GITHUB_REPOSITORY: 'tta/demo',
  GITHUB_RUN_ID: '77',
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_SHA: HEAD,
});

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'qg-ws-'));
  cpSync(SAMPLE, dir, { recursive: true });
  return dir;
}

function pullRequest(number: number) {
  gh.addPullRequest({
    number,
    head: { sha: HEAD, ref: 'feature', repoFullName: 'tta/demo' },
    base: { sha: 'a'.repeat(40), ref: 'main', repoFullName: 'tta/demo' },
    files: [
      {
        filename: 'src/components/narrative_engine/engine.py',
        status: 'modified',
        patch: '@@ -50,2 +50,2 @@\n-x\n-y\n+except:\n+    return starting_point',
      },
    ],
  });
  const side = { ref: 'x', repo: { full_name: 'tta/demo' } };
  return {
    name: 'pull_request',
    payload: { number, pull_request: { number, base: { ...side, sha: 'a'.repeat(40) }, head: { ...side, sha: HEAD } } },
  };
}

const PYTHON = {
  component: 'narrative-engine',
  'ruff-report': 'reports/quality/ruff.json',
  'pyright-report': 'reports/quality/pyright.json',
  'github-token': 'token-rw',
};

/** "6 errors, 4 warnings, 1 information" -> [6, 4, 1] */
const numbers = (s: string) => (s.match(/\d+/g) ?? []).map(Number);

describe('dist/quality-gate', () => {
  it.each([0, 1])(
    'reports the tools\u2019 own counts, annotates exact lines, and keeps one comment (node #%i)',
    async (i) => {
      const node = nodes[i]!.path;
      const ws = workspace();
      const event = pullRequest(5);
      // Judged against the whole stage (a pull request's default is its change: see the test below).
      const r = await runBundle({
        node,
        action: 'quality-gate',
        inputs: { ...PYTHON, scope: 'stage' },
        workspace: ws,
        env: ENV(),
        event,
      });
      expect(r.code).toBe(1);
      expect(r.stderr).toBe('');

      // Whole-report counts equal what ruff and pyright printed.
      const [pyErrors, pyWarnings, pyInfo] = numbers(expectedText('../quality/expected/pyright-summary.txt'));
      const [ruffErrors] = numbers(expectedText('../quality/expected/ruff-summary.txt'));
      expect(r.outputs).toMatchObject({
        passed: 'false',
        status: 'fail',
        errors: String(ruffErrors! + pyErrors!),
        warnings: String(pyWarnings),
        'docstring-coverage': '46.15',
      });
      expect(r.summary).toContain(
        `| pyright | <code>reports/quality/pyright.json</code> | ${pyErrors} / ${pyWarnings} / ${pyInfo} | ${pyErrors} / ${pyWarnings} |`,
      );

      // The changed line's findings come first, on their exact line and column (pyright's 0-based range made 1-based).
      const commands = workflowCommands(r.stdout);
      const errors = commands.filter((c) => c.level === 'error' && c.props.file);
      // GitHub shows 10 errors per step: 9 findings and the failure message, which is never the one dropped.
      expect(errors.length).toBe(9);
      expect(commands.filter((c) => c.level === 'error').length).toBe(10);
      expect(commands.filter((c) => c.level === 'error').at(-1)!.message).toMatch(/^quality-gate: /);
      expect(errors.slice(0, 3).map((e) => [e.props.title, e.props.line, e.props.col])).toEqual([
        ['ruff E722', '50', '9'],
        ['ruff F821', '51', '29'],
        ['pyright reportUndefinedVariable', '51', '29'],
      ]);
      expect(errors[0]).toMatchObject({
        props: { file: 'src/components/narrative_engine/engine.py', endColumn: '15' },
      });

      const result = gateResultSchema.parse(JSON.parse(readFileSync(r.outputs['result-file']!, 'utf8')));
      expect(result.criteria.map((c) => [c.id, c.status])).toEqual(
        expect.arrayContaining([
          ['lint.errors', 'fail'],
          ['types.errors', 'fail'],
          ['docs.docstrings', 'fail'],
          ['evidence.readme', 'pass'],
          ['evidence.integration-tests', 'fail'],
        ]),
      );
      expect((result.data.fingerprints as string[]).length).toBe(20);

      // The same results again: the comment is left as it is; different ones: edited in place.
      await runBundle({
        node,
        action: 'quality-gate',
        inputs: { ...PYTHON, scope: 'stage' },
        workspace: ws,
        env: ENV(),
        event,
      });
      expect(gh.requestsTo('PATCH', /\/issues\/comments\/\d+$/)).toHaveLength(0);
      const again = await runBundle({
        node,
        action: 'quality-gate',
        inputs: { ...PYTHON, scope: 'stage', 'target-stage': 'production' },
        workspace: ws,
        env: ENV(),
        event,
      });
      expect(again.code).toBe(1);
      expect(gh.requestsTo('POST', '/repos/tta/demo/issues/5/comments')).toHaveLength(1);
      expect(gh.requestsTo('PATCH', /\/issues\/comments\/\d+$/)).toHaveLength(1);
      expect(gh.comments(5)).toHaveLength(1);
      expect(gh.comments(5)[0]!.body).toMatch(
        /^<!-- maturity-actions:quality-gate:narrative-engine -->\n## ❌ Quality gate/,
      );
    },
  );

  it('reads ESLint and tsc reports for a TypeScript component', async () => {
    const r = await runBundle({
      node: nodes[0]!.path,
      action: 'quality-gate',
      inputs: {
        component: 'admin-console',
        'eslint-report': 'reports/quality/eslint.json',
        'tsc-report': 'reports/quality/tsc.txt',
      },
      workspace: workspace(),
      env: ENV(),
    });
    const [eslintErrors, eslintWarnings] = numbers(expectedText('../quality/expected/eslint-summary.txt')).slice(1);
    const tscErrors = Number(expectedText('../quality/expected/tsc-error-count.txt').trim());
    expect(r.outputs).toMatchObject({
      errors: String(eslintErrors! + tscErrors),
      warnings: String(eslintWarnings),
      'docstring-coverage': '',
    });
    expect(r.summary).not.toContain('API documentation');
  });

  it('on a change fails only on what it introduces, across shifted lines', async () => {
    const ws = workspace();
    const first = await runBundle({
      node: nodes[0]!.path,
      action: 'quality-gate',
      inputs: { ...PYTHON, 'github-token': '' },
      workspace: ws,
      env: ENV(),
    });
    const baseline = join(ws, 'baseline.json');
    writeFileSync(baseline, readFileSync(first.outputs['result-file']!, 'utf8'));

    // The change: three lines inserted at the top of engine.py, and one new unused variable.
    const engine = join(ws, 'src/components/narrative_engine/engine.py');
    writeFileSync(engine, `# one\n# two\n# three\n${readFileSync(engine, 'utf8')}\nunused_total = 0\n`);
    const lines = readFileSync(engine, 'utf8').split('\n').length;
    const ruff = JSON.parse(readFileSync(join(ws, 'reports/quality/ruff.json'), 'utf8')) as {
      filename: string;
      location: { row: number };
      end_location: { row: number };
    }[];
    for (const f of ruff) {
      if (!f.filename.endsWith('engine.py')) continue;
      f.location.row += 3;
      f.end_location.row += 3;
    }
    ruff.push({
      ...ruff[0]!,
      filename: ruff.find((f) => f.filename.endsWith('engine.py'))!.filename,
      code: 'F841',
      message: 'Local variable `unused_total` is assigned to but never used',
      location: { row: lines - 1, column: 1 },
      end_location: { row: lines - 1, column: 13 },
    } as never);
    writeFileSync(join(ws, 'ruff-new.json'), JSON.stringify(ruff));
    const pyright = JSON.parse(readFileSync(join(ws, 'reports/quality/pyright.json'), 'utf8')) as {
      generalDiagnostics: { file: string; range: { start: { line: number }; end: { line: number } } }[];
    };
    for (const d of pyright.generalDiagnostics) {
      if (!d.file.endsWith('engine.py')) continue;
      d.range.start.line += 3;
      d.range.end.line += 3;
    }
    writeFileSync(join(ws, 'pyright-new.json'), JSON.stringify(pyright));

    const r = await runBundle({
      node: nodes[0]!.path,
      action: 'quality-gate',
      inputs: {
        ...PYTHON,
        'github-token': '',
        'ruff-report': 'ruff-new.json',
        'pyright-report': 'pyright-new.json',
        baseline: 'baseline.json',
        scope: 'change',
      },
      workspace: ws,
      env: ENV(),
    });
    expect(r.outputs).toMatchObject({ 'new-errors': '1', 'new-warnings': '0', errors: '16' });
    const result = gateResultSchema.parse(JSON.parse(readFileSync(r.outputs['result-file']!, 'utf8')));
    expect(result.criteria.find((c) => c.id === 'lint.new-errors')).toMatchObject({
      status: 'fail',
      measured: 1,
      title: 'Lint errors introduced',
    });
    expect(result.criteria.find((c) => c.id === 'types.new-errors')).toMatchObject({ status: 'pass', measured: 0 });
    expect(result.criteria.find((c) => c.id === 'lint.errors')).toMatchObject({ measured: 10, enforced: false }); // ruff's 9, and the new one
    const annotated = workflowCommands(r.stdout).filter(
      (c) => c.props.title?.startsWith('ruff') || c.props.title?.startsWith('pyright'),
    );
    expect(annotated.map((a) => [a.props.title, a.props.line])).toEqual([['ruff F841', String(lines - 1)]]);
  });

  it('makes a crashed tool an error, never a pass', async () => {
    const ws = workspace();
    writeFileSync(join(ws, 'crash.mjs'), "console.error('ruff: panic: something broke'); process.exit(2);\n");
    writeFileSync(join(ws, 'not-json.mjs'), "console.log('All checks passed!');\n");
    const crash = await runBundle({
      node: nodes[0]!.path,
      action: 'quality-gate',
      inputs: { ...PYTHON, 'github-token': '', 'ruff-report': '', 'ruff-command': `${process.execPath} crash.mjs` },
      workspace: ws,
      env: ENV(),
    });
    expect(crash.code).toBe(1);
    expect(crash.outputs.status).toBe('error');
    const result = JSON.parse(readFileSync(crash.outputs['result-file']!, 'utf8')) as {
      criteria: { id: string; status: string; detail: string }[];
    };
    expect(result.criteria.find((c) => c.id === 'lint.errors')).toMatchObject({
      status: 'error',
      detail: expect.stringMatching(/^ruff: exited with 2 .*panic: something broke/),
    });

    const text = await runBundle({
      node: nodes[0]!.path,
      action: 'quality-gate',
      inputs: { ...PYTHON, 'github-token': '', 'ruff-report': '', 'ruff-command': `${process.execPath} not-json.mjs` },
      workspace: ws,
      env: ENV(),
    });
    expect(text.outputs.status).toBe('error');
  });

  it('stops on a report of the wrong tool, naming the file, what it is and the command to use', async () => {
    const r = await runBundle({
      node: nodes[0]!.path,
      action: 'quality-gate',
      inputs: { ...PYTHON, 'github-token': '', 'ruff-report': 'reports/quality/pyright.json' },
      workspace: workspace(),
      env: ENV(),
    });
    expect(r.code).toBe(1);
    const [error] = workflowCommands(r.stdout).filter((c) => c.level === 'error');
    expect(error!.message).toMatch(/reports\/quality\/pyright\.json.*pyright.*not ruff.*--output-format json/);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });
});
