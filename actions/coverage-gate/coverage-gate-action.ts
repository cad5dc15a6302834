/**
 * coverage-gate, the action: parseInputs() -> read reports -> evaluateCoverage() (pure) ->
 * publish(). Everything that touches the runner or the network is here or in action-io.
 */
// First: checks the event payload before @actions/github reads it while being imported.
import '../../packages/action-io/event-payload.js';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gateResult, runPublication, startGateRun, type GateRun } from '../../packages/action-io/gate-run.js';
import { githubFor } from '../../packages/action-io/github-setup.js';
import { CoverageGateOutputs } from '../../packages/action-io/names.js';
import { commentOn, publish } from '../../packages/action-io/publish.js';
import { runAction } from '../../packages/action-io/run-action.js';
import { checkoutFiles } from '../../packages/core/checkout-files.js';
import { PathResolver } from '../../packages/core/path-resolver.js';
import { findBaseline, type Baseline } from '../../packages/core/result/baseline.js';
import { readCoverage, type CoverageData } from '../../packages/coverage/read-coverage.js';
import { parallelOptions } from '../../packages/coverage/worker-runner.js';
import { changedLinesFor, type PullRequestLines } from '../../packages/diff/changed-lines.js';
import type { GitHubApi } from '../../packages/github/client.js';
import { componentAttributor } from '../../packages/junit/attribution.js';
import { readTestResults, type TestResults } from '../../packages/junit/junit.js';
import { COMMENT_LIMIT_CHARS, SUMMARY_LIMIT_BYTES } from '../../packages/report/markdown.js';
import { heldBarFor } from './change-criteria.js';
import { annotationsFor, coverageBaseline, resultData } from './coverage-gate-result.js';
import { evaluateCoverage, type CoverageEvaluation, type TestKind } from './coverage-gate.js';
import { parseInputs, type Inputs } from './inputs.js';
import { failureMessage, oneLine, renderComment, renderSummary } from './render.js';

export const GATE = 'coverage-gate';

/** What the gate reads besides the config: the reports, the test results, the change and the baseline. */
interface Evidence {
  data: CoverageData;
  tests: TestResults | null;
  changed: PullRequestLines | null;
  baseline: Baseline | null;
  resolver: PathResolver;
  api: GitHubApi | null;
}

async function readEvidence(run: GateRun, inputs: Inputs): Promise<Evidence> {
  const checkout = checkoutFiles(inputs.root);
  const parallel = parallelOptions(join(dirname(fileURLToPath(import.meta.url)), 'cobertura-worker.js'));
  const data = await readCoverage({
    root: inputs.root,
    patterns: inputs.coverageFiles,
    checkout,
    pathMap: inputs.pathMap,
    parallel,
  });
  for (const r of data.reports)
    run.log.debug(`${r.file}: ${r.format}, ${r.files} files, parsed in ${r.pieces} piece(s)`);
  const resolver = new PathResolver(inputs.root, checkout, inputs.pathMap);
  const tests = inputs.testResults.length ? await readTests(run, inputs, resolver) : null;
  const api = githubFor(run.ctx, inputs.githubToken);
  const changed = await changedLinesFor(run.ctx, inputs.root, api);
  const found = await findBaseline(inputs.baseline, inputs.root, GATE, run.subject.component?.id ?? null);
  if (run.scope === 'change') for (const note of found.notes) run.log.warning(note);
  return { data, tests, changed, baseline: found.baseline, resolver, api };
}

/** The test results; a component's own are told apart by its `tests` globs. */
async function readTests(run: GateRun, inputs: Inputs, resolver: PathResolver): Promise<TestResults> {
  const resolveFound = (raw: string) => {
    const r = resolver.resolve(raw);
    return r.found ? r.path : null;
  };
  const { component } = run.subject;
  const attribute = component ? componentAttributor(component.tests, resolveFound) : undefined;
  return readTestResults(inputs.testResults, inputs.root, attribute);
}

function evaluate(run: GateRun, inputs: Inputs, e: Evidence, testKind: TestKind): CoverageEvaluation {
  const { config, subject } = run;
  return evaluateCoverage({
    files: e.data.files,
    reports: e.data.reports,
    tests: e.tests,
    component: subject.component,
    categories: config.categories,
    policy: subject.policy,
    minCoverage: inputs.minCoverage,
    minDiffCoverage: inputs.minDiffCoverage,
    testKind,
    changed: e.changed,
    components: [...config.components.values()],
    scope: run.scope,
    current: subject.current,
    heldBar: heldBarFor(subject.current, testKind, (stage) => config.policy[stage].coverage.min),
    baseline: coverageBaseline(e.baseline),
    enforceNextStage: config.pullRequests.enforceNextStage,
  });
}

async function publishCoverage(run: GateRun, inputs: Inputs, e: Evidence, ev: CoverageEvaluation, testKind: TestKind) {
  const { tests } = e;
  const result = gateResult(run, {
    criteria: ev.criteria,
    summary: oneLine(ev, run.who, run.subject.target),
    data: resultData(ev, tests),
    testKind: tests ? testKind : null,
  });
  const renderCtx = {
    result,
    ev,
    tests,
    reports: e.data.reports,
    warnings: run.log.warnings,
    runUrl: run.ctx.run?.url ?? null,
  };
  const reportFiles = e.data.reports.map((r) => r.file);
  await publish({
    ...runPublication(run, inputs),
    result,
    summary: renderSummary(renderCtx, SUMMARY_LIMIT_BYTES),
    comment: commentOn(run.ctx, e.api, inputs.comment, () => renderComment(renderCtx, COMMENT_LIMIT_CHARS)),
    annotations: annotationsFor(ev, tests, (p) => e.resolver.resolve(p)),
    outputs: {
      [CoverageGateOutputs.Coverage]: ev.headline.display ?? '',
      [CoverageGateOutputs.DiffCoverage]: ev.diff?.display ?? '',
      [CoverageGateOutputs.TestsPassed]: tests ? String(tests.passed) : '',
      [CoverageGateOutputs.TestsFailed]: tests ? String(tests.failed + tests.errors) : '',
    },
    failureMessage: failureMessage(result, ev, run.who, run.subject.target, reportFiles),
  });
}

async function main(): Promise<void> {
  const inputs = parseInputs();
  const run = await startGateRun(GATE, inputs);
  const evidence = await readEvidence(run, inputs);
  const testKind: TestKind = inputs.testKind ?? 'unit';
  const ev = evaluate(run, inputs, evidence, testKind);
  await publishCoverage(run, inputs, evidence, ev, testKind);
  run.log.debug(`${GATE}: ${ev.scopeFiles.length} files in scope`);
}

/**
 * The action. The entry file (index.ts, what the bundle starts from) calls it; tests and
 * @github/local-action call it in process with INPUT_* and the runner's files in the environment.
 */
export async function run(): Promise<void> {
  await runAction(GATE, main);
}
