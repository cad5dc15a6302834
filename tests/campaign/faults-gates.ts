/**
 * Fault cases of the three gates and the planner: the pull request files API (changed lines)
 * failing every way it can on a shallow checkout, comments under 502-after-apply and
 * overlapping runs, and the bounds (LCOV line numbers, tool commands, special files).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGateResult } from '../../packages/core/result/build-result.js';
import type { Criterion } from '../../packages/core/result/gate-result.js';
import { readRunContext } from '../../packages/github/run-context.js';
import type { FakeGitHub } from '../support/fake-github/index.js';
import {
  addedLines,
  emptyWorkspace,
  extraComments,
  INJECTING,
  pullRequest,
  sampleWorkspace,
  type Arena,
  type Expected,
  type FaultCase,
  type RunSpec,
} from './faults-support.js';

const NEVER = 1000; // "times" for a fault that never goes away
const hourAway = () => Math.floor(Date.now() / 1000) + 3600;

/** The ways one endpoint can fail (GETs), each with what to inject. */
export const READ_FAULTS: {
  id: string;
  fault: string;
  inject: (gh: FakeGitHub, path: string) => void;
  env?: Record<string, string>;
}[] = [
  {
    id: '500',
    fault: 'HTTP 500 on every attempt',
    inject: (gh, path) => gh.injectFault({ path, status: 500, times: NEVER }),
  },
  {
    id: '503',
    fault: 'HTTP 503 on every attempt',
    inject: (gh, path) => gh.injectFault({ path, status: 503, times: NEVER }),
  },
  {
    id: 'rate-limit-hour',
    fault: 'primary rate limit, reset an hour away',
    inject: (gh, path) => gh.rateLimit(path, { kind: 'primary', reset: hourAway(), times: NEVER }),
  },
  {
    id: 'forbidden',
    fault: '403 Resource not accessible by integration',
    inject: (gh, path) =>
      gh.injectFault({ path, status: 403, body: { message: 'Resource not accessible by integration' }, times: NEVER }),
  },
  { id: 'hang', fault: 'no answer (the reply never comes)', inject: (gh, path) => gh.slow(path, 60_000) },
  {
    id: 'endless-pages',
    fault: 'Link: rel="next" on every page',
    inject: (gh, path) =>
      gh.injectFault({ path, status: 200, body: [], endlessPages: true, times: Number.POSITIVE_INFINITY }),
  },
  {
    id: 'malformed-json',
    fault: 'a 200 whose JSON does not parse',
    inject: (gh, path) => gh.injectFault({ path, status: 200, raw: '[{"filename": "src/comp', times: NEVER }),
  },
  {
    id: 'empty-200',
    fault: 'a 200 with an empty body labelled JSON',
    inject: (gh, path) => gh.injectFault({ path, status: 200, raw: '', times: NEVER }),
  },
  {
    id: 'huge-body',
    fault: 'a 3 MB reply (the limit set to 1 MB)',
    inject: (gh, path) => gh.injectFault({ path, status: 200, streamBytes: 3 << 20, times: NEVER }),
    env: { MATURITY_ACTIONS_API_MAX_REPLY_BYTES: String(1 << 20) },
  },
  {
    id: 'injecting-message',
    fault: 'HTTP 500 whose message carries a workflow command and HTML',
    inject: (gh, path) => gh.injectFault({ path, status: 500, body: INJECTING, times: NEVER }),
  },
];

/** The changed lines are not known (or not all of them: a list cut short): no verdict, and what to do. */
const UNKNOWN_LINES: Expected = {
  exit: 1,
  says: [/changed lines (are|of the files past that are) not known/, /fetch-depth: 0/],
};
const stickyCopies = (gh: FakeGitHub, issue: number, marker: string) => extraComments(gh, issue, marker, marker);

// --- coverage-gate -------------------------------------------------------------------------

const COVERAGE = {
  component: 'model-management',
  'coverage-files': 'reports/python/combined/coverage.xml',
  'test-results': 'reports/python/integration/junit.xml',
  'github-token': 't',
};
/** With the API working this pull request passes (55.56% of its changed lines against a bar of 30). */
const COVERAGE_PASSING = { ...COVERAGE, 'min-coverage': '75', 'min-diff-coverage': '30' };
const COV_FILES = '/repos/tta/demo/pulls/7/files';
const COV_COMMENTS = '/repos/tta/demo/issues/7/comments';
const COV_MARKER = '<!-- maturity-actions:coverage-gate:model-management -->';

function coverage(
  id: string,
  fault: string,
  o: {
    inject?: (gh: FakeGitHub) => void;
    inputs?: Record<string, string>;
    env?: Record<string, string>;
    expect: Expected;
    runs?: number;
    dup?: boolean;
  },
): FaultCase {
  return {
    id: `coverage-gate/${id}`,
    action: 'coverage-gate',
    fault,
    runs: o.runs,
    arrange: ({ gh }) => {
      const event = pullRequest(gh, 7, {
        filename: 'src/components/model_management/registry.py',
        patch: addedLines(40, 60),
      });
      o.inject?.(gh);
      return { inputs: o.inputs ?? COVERAGE_PASSING, workspace: sampleWorkspace(), event, env: o.env };
    },
    expect: o.expect,
    duplicates: (gh) => stickyCopies(gh, 7, COV_MARKER),
  };
}

const coverageCases: FaultCase[] = [
  ...READ_FAULTS.map((f) =>
    coverage(`files-${f.id}`, `pull request files: ${f.fault}`, {
      inject: (gh) => f.inject(gh, COV_FILES),
      env: f.env,
      expect: UNKNOWN_LINES,
    }),
  ),
  coverage('files-500-failing-pr', 'pull request files: HTTP 500, on a pull request that fails when the API works', {
    inject: (gh) => gh.injectFault({ path: COV_FILES, status: 500, times: NEVER }),
    inputs: COVERAGE,
    expect: UNKNOWN_LINES,
  }),
  coverage('files-502-twice', 'pull request files: HTTP 502 twice, then an answer', {
    inject: (gh) => gh.injectFault({ path: COV_FILES, status: 502, times: 2 }),
    expect: { exit: 0, outputs: { 'diff-coverage': '55.56' } },
  }),
  coverage('files-secondary-limit', 'pull request files: a secondary rate limit with retry-after 1 s', {
    inject: (gh) => gh.rateLimit(COV_FILES, { kind: 'secondary', retryAfter: 1 }),
    expect: { exit: 0, outputs: { 'diff-coverage': '55.56' } },
  }),
  coverage('files-500-allow-no-data', 'pull request files: HTTP 500 with allow-no-data: true', {
    inject: (gh) => gh.injectFault({ path: COV_FILES, status: 500, times: NEVER }),
    inputs: { ...COVERAGE_PASSING, 'allow-no-data': 'true' },
    expect: { exit: 0, says: [/changed lines are not known/] },
  }),
  coverage('comment-502-after-apply', 'comment POST answered 502 after it was applied', {
    inject: (gh) => gh.injectFault({ method: 'POST', path: COV_COMMENTS, status: 502, afterApplying: true, times: 3 }),
    inputs: COVERAGE,
    expect: { exit: 1, says: [/Coverage of changed lines is 55\.56%/] },
  }),
  coverage('comment-500', 'comment POST refused with 500 (not applied), every time', {
    inject: (gh) => gh.injectFault({ method: 'POST', path: COV_COMMENTS, status: 500, times: NEVER }),
    inputs: COVERAGE,
    expect: { exit: 1, says: [/could not write the comment/] },
  }),
  coverage('comments-list-hang', 'comment listing never answers', {
    inject: (gh) => gh.slow(COV_COMMENTS, 60_000, { method: 'GET' }),
    expect: { exit: 0, says: [/could not write the comment/] },
  }),
  coverage('comments-endless-pages', 'comment listing offers a next page forever', {
    inject: (gh) =>
      gh.injectFault({
        method: 'GET',
        path: COV_COMMENTS,
        status: 200,
        body: [],
        endlessPages: true,
        times: Number.POSITIVE_INFINITY,
      }),
    expect: { exit: 0, says: [/comments of #7: stopped after 100 pages/] },
  }),
  coverage('comments-malformed', 'comment listing answers JSON that does not parse', {
    inject: (gh) =>
      gh.injectFault({ method: 'GET', path: COV_COMMENTS, status: 200, raw: '[{"id": 1, "bo', times: NEVER }),
    expect: { exit: 0, says: [/could not write the comment: .*not valid JSON/] },
  }),
  coverage('comment-patch-502', 'comment PATCH answered 502 twice (an update is safe to repeat)', {
    inject: (gh) => {
      gh.addComment(7, { body: `${COV_MARKER}\nold`, user: 'github-actions[bot]' });
      gh.injectFault({ method: 'PATCH', path: /\/issues\/comments\/\d+$/, status: 502, afterApplying: true, times: 2 });
    },
    expect: { exit: 0, says: [/comment updated/] },
  }),
  coverage('overlapping-5', 'five runs at once on one pull request, 300 ms per API request', {
    inject: (gh) => gh.slow(/.*/, 300),
    runs: 5,
    expect: { exit: 0 },
  }),
  coverage(
    'overlapping-3-502-after-apply',
    'three runs at once, and comment POSTs answered 502 after they were applied',
    {
      inject: (gh) => {
        gh.slow(/.*/, 200);
        gh.injectFault({ method: 'POST', path: COV_COMMENTS, status: 502, afterApplying: true, times: 3 });
      },
      runs: 3,
      expect: { exit: 0 },
    },
  ),
  {
    id: 'coverage-gate/lcov-lines-near-2^31',
    action: 'coverage-gate',
    fault: 'LCOV with 8 line numbers near 2^31',
    arrange: () => ({
      inputs: { 'coverage-files': 'far.lcov', 'github-token': '' },
      workspace: emptyWorkspace({
        'far.lcov': `SF:a.py\nDA:1,1\n${Array.from({ length: 8 }, (_, i) => `DA:${2 ** 31 - 9 + i},${i % 2}`).join('\n')}\nend_of_record\n`,
      }),
    }),
    expect: { exit: 1, says: [/55\.56%/] },
  },
  {
    id: 'coverage-gate/lcov-line-2^32',
    action: 'coverage-gate',
    fault: 'LCOV with a line number of 2^32',
    arrange: () => ({
      inputs: { 'coverage-files': 'far.lcov', 'github-token': '' },
      workspace: emptyWorkspace({ 'far.lcov': 'SF:a.py\nDA:1,1\nDA:4294967296,1\nend_of_record\n' }),
    }),
    expect: { exit: 1, says: [/far\.lcov:3: DA line number: line number 4294967296 is beyond any source file/] },
  },
  {
    id: 'coverage-gate/results-dir-fifo',
    action: 'coverage-gate',
    fault: 'the result file is a named pipe',
    arrange: () => {
      const ws = sampleWorkspace();
      mkdirSync(join(ws, 'out'));
      execFileSync('mkfifo', [join(ws, 'out', 'coverage-gate--model-management.json')]);
      return { inputs: { ...COVERAGE, 'github-token': '', 'results-dir': 'out' }, workspace: ws };
    },
    expect: { exit: 1, says: [/coverage-gate--model-management\.json is a named pipe \(FIFO\)/] },
  },
];

// --- quality-gate --------------------------------------------------------------------------

const QUALITY = {
  component: 'narrative-engine',
  'ruff-report': 'reports/quality/ruff.json',
  'pyright-report': 'reports/quality/pyright.json',
  'github-token': 't',
};
const QG_FILES = '/repos/tta/demo/pulls/5/files';
const QG_MARKER = '<!-- maturity-actions:quality-gate:narrative-engine -->';
/** A change to a line without findings, in a component that has some: passes when the API works. */
const QG_PATCH = { filename: 'src/components/narrative_engine/engine.py', patch: addedLines(1, 1) };

function quality(
  id: string,
  fault: string,
  o: {
    inject?: (gh: FakeGitHub) => void;
    inputs?: Record<string, string>;
    env?: Record<string, string>;
    expect: Expected;
    runs?: number;
    pr?: boolean;
  },
): FaultCase {
  return {
    id: `quality-gate/${id}`,
    action: 'quality-gate',
    fault,
    runs: o.runs,
    arrange: ({ gh }) => {
      const event = o.pr === false ? undefined : pullRequest(gh, 5, QG_PATCH);
      o.inject?.(gh);
      return { inputs: o.inputs ?? QUALITY, workspace: sampleWorkspace(), event, env: o.env };
    },
    expect: o.expect,
    duplicates: (gh) => stickyCopies(gh, 5, QG_MARKER),
  };
}

const node = (script: string) => `"${process.execPath}" -e "${script}"`;

const qualityCases: FaultCase[] = [
  ...READ_FAULTS.filter((f) =>
    ['500', 'rate-limit-hour', 'hang', 'endless-pages', 'malformed-json', 'huge-body'].includes(f.id),
  ).map((f) =>
    quality(`files-${f.id}`, `pull request files: ${f.fault}`, {
      inject: (gh) => f.inject(gh, QG_FILES),
      env: f.env,
      expect: UNKNOWN_LINES,
    }),
  ),
  quality('comment-502-after-apply', 'comment POST answered 502 after it was applied', {
    inject: (gh) =>
      gh.injectFault({
        method: 'POST',
        path: '/repos/tta/demo/issues/5/comments',
        status: 502,
        afterApplying: true,
        times: 3,
      }),
    expect: { exit: 0 },
  }),
  quality('overlapping-3', 'three runs at once on one pull request, 300 ms per API request', {
    inject: (gh) => gh.slow(/.*/, 300),
    runs: 3,
    expect: { exit: 0 },
  }),
  quality('ruff-command-hangs', 'ruff-command never ends (command-timeout-minutes: 0.05)', {
    pr: false,
    inputs: {
      ...QUALITY,
      'github-token': '',
      'ruff-report': '',
      'ruff-command': node('setTimeout(() => {}, 600000)'),
      'command-timeout-minutes': '0.05',
    },
    expect: { exit: 1, says: [/ruff: was stopped: it ran longer than 3 s/] },
  }),
  quality('ruff-command-floods', 'ruff-command prints without end', {
    pr: false,
    inputs: {
      ...QUALITY,
      'github-token': '',
      'ruff-report': '',
      'ruff-command': node(
        "const b = Buffer.alloc(1 << 20, 32); (function w() { while (process.stdout.write(b)); process.stdout.once('drain', w); })()",
      ),
    },
    expect: { exit: 1, says: [/ruff: was stopped: it printed more than 256 MB/] },
  }),
  quality('ruff-command-missing', 'ruff-command names a program that is not installed', {
    pr: false,
    inputs: {
      ...QUALITY,
      'github-token': '',
      'ruff-report': '',
      'ruff-command': 'no-such-ruff check --output-format json',
    },
    expect: { exit: 1, says: [/ruff: could not be started/] },
  }),
];

// --- security-gate -------------------------------------------------------------------------

const SECURITY = { component: 'session-vault', 'bandit-report': 'reports/security/bandit.json', 'github-token': 't' };
const SG_FILES = '/repos/tta/demo/pulls/9/files';
const SG_MARKER = '<!-- maturity-actions:security-gate:session-vault -->';
const SG_PATCH = { filename: 'src/components/session_vault/__init__.py', patch: addedLines(1, 1) };

function security(
  id: string,
  fault: string,
  o: {
    inject?: (gh: FakeGitHub) => void;
    inputs?: Record<string, string>;
    env?: Record<string, string>;
    expect: Expected;
    runs?: number;
    ws?: () => string;
    pr?: boolean;
  },
): FaultCase {
  return {
    id: `security-gate/${id}`,
    action: 'security-gate',
    fault,
    runs: o.runs,
    arrange: ({ gh }) => {
      const event = o.pr === false ? undefined : pullRequest(gh, 9, SG_PATCH);
      o.inject?.(gh);
      return { inputs: o.inputs ?? SECURITY, workspace: (o.ws ?? sampleWorkspace)(), event, env: o.env };
    },
    expect: o.expect,
    duplicates: (gh) => stickyCopies(gh, 9, SG_MARKER),
  };
}

const securityCases: FaultCase[] = [
  ...READ_FAULTS.filter((f) =>
    ['500', 'rate-limit-hour', 'hang', 'endless-pages', 'malformed-json', 'injecting-message'].includes(f.id),
  ).map((f) =>
    security(`files-${f.id}`, `pull request files: ${f.fault}`, {
      inject: (gh) => f.inject(gh, SG_FILES),
      env: f.env,
      expect: UNKNOWN_LINES,
    }),
  ),
  security('comment-502-after-apply', 'comment POST answered 502 after it was applied', {
    inject: (gh) =>
      gh.injectFault({
        method: 'POST',
        path: '/repos/tta/demo/issues/9/comments',
        status: 502,
        afterApplying: true,
        times: 3,
      }),
    expect: { exit: 0 },
  }),
  security('overlapping-3', 'three runs at once on one pull request, 300 ms per API request', {
    inject: (gh) => gh.slow(/.*/, 300),
    runs: 3,
    expect: { exit: 0 },
  }),
  security('sarif-output-fifo', 'sarif-output names a named pipe', {
    pr: false,
    ws: () => {
      const ws = sampleWorkspace();
      execFileSync('mkfifo', [join(ws, 'security.sarif')]);
      return ws;
    },
    inputs: { ...SECURITY, 'github-token': '', 'sarif-output': 'security.sarif' },
    expect: { exit: 1, says: [/security\.sarif is a named pipe \(FIFO\)/] },
  }),
  security('sarif-output-proc', 'sarif-output under /proc', {
    pr: false,
    inputs: { ...SECURITY, 'github-token': '', 'sarif-output': '/proc/self/maturity.sarif' },
    expect: { exit: 1, says: [/is under \/proc, which holds kernel interfaces/] },
  }),
];

// --- planner -------------------------------------------------------------------------------

const PL_FILES = '/repos/tta/demo/pulls/3/files';
const ALL_COMPONENTS = '6';

function planner(
  id: string,
  fault: string,
  o: {
    inject?: (gh: FakeGitHub) => void;
    inputs?: Record<string, string>;
    env?: Record<string, string>;
    expect: Expected;
    runs?: number;
    arrange?: (a: Arena, spec: RunSpec) => void;
  },
): FaultCase {
  return {
    id: `planner/${id}`,
    action: 'planner',
    fault,
    runs: o.runs,
    arrange: (a) => {
      const event = pullRequest(a.gh, 3, {
        filename: 'src/components/admin_console/users.ts',
        patch: addedLines(1, 2),
      });
      o.inject?.(a.gh);
      const spec = { inputs: o.inputs ?? { 'github-token': 't' }, workspace: sampleWorkspace(), event, env: o.env };
      o.arrange?.(a, spec);
      return spec;
    },
    expect: o.expect,
    duplicates: (gh) => extraComments(gh, 3, '<!-- maturity-actions:maturity:pull-request -->', 'report'),
  };
}

const pass = (id: string): Criterion => ({
  id,
  title: id,
  status: 'pass',
  measured: 0,
  bar: 0,
  comparator: '<=',
  unit: '',
  evidence: [],
});

/** Pull-request results of every component, for report mode. */
function writeResults(ws: string): void {
  const dir = join(ws, 'results');
  mkdirSync(dir, { recursive: true });
  const context = readRunContext({ GITHUB_REPOSITORY: 'tta/demo', GITHUB_SHA: 'b'.repeat(40) });
  const gates = {
    'coverage-gate': 'coverage.diff',
    'quality-gate': 'lint.new-errors',
    'security-gate': 'security.new.high',
  };
  for (const component of [
    'neo4j',
    'model-management',
    'dashboard-web',
    'narrative-engine',
    'admin-console',
    'session-vault',
  ]) {
    for (const [gate, id] of Object.entries(gates)) {
      const r = buildGateResult({
        gate,
        component,
        current: 'staging',
        target: 'production',
        criteria: [pass(id)],
        summary: 'ok',
        data: {},
        context,
        now: new Date(),
      });
      writeFileSync(join(dir, `${gate}--${component}.json`), JSON.stringify({ ...r, scope: 'change' }));
    }
  }
}

const REPORT = { mode: 'report', results: 'results', 'github-token': 't' };

const plannerCases: FaultCase[] = [
  ...READ_FAULTS.filter((f) =>
    ['500', 'hang', 'endless-pages', 'malformed-json', 'huge-body', 'rate-limit-hour'].includes(f.id),
  ).map((f) =>
    planner(`files-${f.id}`, `pull request files: ${f.fault}`, {
      inject: (gh) => f.inject(gh, PL_FILES),
      env: f.env,
      expect: { exit: 0, outputs: { count: ALL_COMPONENTS }, says: [/changed files are not known/] },
    }),
  ),
  ...READ_FAULTS.filter((f) => ['500', 'hang', 'malformed-json'].includes(f.id)).map((f) =>
    planner(`artifacts-${f.id}`, `artifacts listing: ${f.fault}`, {
      inject: (gh) => f.inject(gh, '/repos/tta/demo/actions/artifacts'),
      inputs: { 'github-token': 't', 'baseline-artifact': 'maturity-results' },
      expect: {
        exit: 0,
        outputs: { 'baseline-run-id': '' },
        says: [/could not look for the default branch's results/],
      },
    }),
  ),
  planner('report-comment-502-after-apply', 'report mode: comment POST answered 502 after it was applied', {
    inject: (gh) =>
      gh.injectFault({
        method: 'POST',
        path: '/repos/tta/demo/issues/3/comments',
        status: 502,
        afterApplying: true,
        times: 3,
      }),
    inputs: REPORT,
    arrange: (_a, spec) => writeResults(spec.workspace),
    expect: { exit: 0 },
  }),
  planner('report-overlapping-3', 'report mode: three runs at once, 300 ms per API request', {
    inject: (gh) => gh.slow(/.*/, 300),
    inputs: REPORT,
    runs: 3,
    arrange: (_a, spec) => writeResults(spec.workspace),
    expect: { exit: 0 },
  }),
];

export const GATE_CASES: FaultCase[] = [...coverageCases, ...qualityCases, ...securityCases, ...plannerCases];
