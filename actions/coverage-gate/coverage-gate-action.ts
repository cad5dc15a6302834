/**
 * coverage-gate, the action: parseInputs() -> read reports -> evaluateCoverage() (pure) ->
 * publish(). Everything that touches the runner or the network is here or in action-io.
 */
// First: checks the event payload before @actions/github reads it while being imported.
import '../../packages/action-io/event-payload.js';
import * as core from '@actions/core';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { githubFor } from '../../packages/action-io/github-setup.js';
import { CoverageGateOutputs } from '../../packages/action-io/names.js';
import { commentOn, publish } from '../../packages/action-io/publish.js';
import { runAction } from '../../packages/action-io/run-action.js';
import { checkoutFiles } from '../../packages/core/checkout-files.js';
import { loadConfig } from '../../packages/core/config/load-config.js';
import { PathResolver } from '../../packages/core/path-resolver.js';
import { buildGateResult } from '../../packages/core/result/build-result.js';
import { resolveSubject } from '../../packages/core/subject.js';
import { readCoverage } from '../../packages/coverage/read-coverage.js';
import { parallelOptions } from '../../packages/coverage/worker-runner.js';
import { changedLinesFor } from '../../packages/diff/changed-lines.js';
import { readRunContext } from '../../packages/github/run-context.js';
import { readTestResults } from '../../packages/junit/junit.js';
import { COMMENT_LIMIT_CHARS, SUMMARY_LIMIT_BYTES } from '../../packages/report/markdown.js';
import { findBaseline } from '../../packages/core/result/baseline.js';
import { resolveEnforce, resolveScope } from '../../packages/core/scope.js';
import { componentAttributor } from '../../packages/junit/attribution.js';
import { heldBarFor } from './change-criteria.js';
import { annotationsFor, coverageBaseline, resultData } from './coverage-gate-result.js';
import { evaluateCoverage, type TestKind } from './coverage-gate.js';
import { parseInputs } from './inputs.js';
import { failureMessage, oneLine, renderComment, renderSummary } from './render.js';

export const GATE = 'coverage-gate';

async function main(): Promise<void> {
  const inputs = parseInputs();
  const ctx = readRunContext();
  const config = await loadConfig(inputs.configPath, inputs.root, false, inputs.configExplicit);
  const subject = await resolveSubject(config, inputs.root, inputs.component, inputs.targetStage);
  const warnings = [...subject.warnings];
  const checkout = checkoutFiles(inputs.root);

  const parallel = parallelOptions(join(dirname(fileURLToPath(import.meta.url)), 'cobertura-worker.js'));
  const data = await readCoverage({
    root: inputs.root,
    patterns: inputs.coverageFiles,
    checkout,
    pathMap: inputs.pathMap,
    parallel,
  });
  for (const r of data.reports) core.debug(`${r.file}: ${r.format}, ${r.files} files, parsed in ${r.pieces} piece(s)`);
  const resolver = new PathResolver(inputs.root, checkout, inputs.pathMap);
  const resolveFound = (raw: string) => {
    const r = resolver.resolve(raw);
    return r.found ? r.path : null;
  };
  const attribute = subject.component ? componentAttributor(subject.component.tests, resolveFound) : undefined;
  const tests = inputs.testResults.length ? await readTestResults(inputs.testResults, inputs.root, attribute) : null;
  const api = githubFor(ctx, inputs.githubToken);
  const changed = await changedLinesFor(ctx, inputs.root, api);
  const testKind: TestKind = inputs.testKind ?? 'unit';
  const scope = resolveScope(inputs.scope, ctx.pullRequest !== null);
  const found = await findBaseline(inputs.baseline, inputs.root, GATE, subject.component?.id ?? null);
  if (scope === 'change') warnings.push(...found.notes);

  const ev = evaluateCoverage({
    files: data.files,
    reports: data.reports,
    tests,
    component: subject.component,
    categories: config.categories,
    policy: subject.policy,
    minCoverage: inputs.minCoverage,
    minDiffCoverage: inputs.minDiffCoverage,
    testKind,
    changed,
    components: [...config.components.values()],
    scope,
    current: subject.current,
    heldBar: heldBarFor(subject.current, testKind, (stage) => config.policy[stage].coverage.min),
    baseline: coverageBaseline(found.baseline),
    enforceNextStage: config.pullRequests.enforceNextStage,
  });
  const who = subject.component ? subject.component.id : 'the whole report';
  const result = buildGateResult({
    gate: GATE,
    component: subject.component?.id ?? null,
    current: subject.current,
    target: subject.target,
    criteria: ev.criteria,
    summary: oneLine(ev, who, subject.target),
    data: resultData(ev, tests),
    context: ctx,
    now: new Date(),
    testKind: tests ? testKind : null,
    scope,
  });

  const renderCtx = { result, ev, tests, reports: data.reports, warnings, runUrl: ctx.run?.url ?? null };
  await publish({
    gate: GATE,
    result,
    summary: renderSummary(renderCtx, SUMMARY_LIMIT_BYTES),
    comment: commentOn(ctx, api, inputs.comment, () => renderComment(renderCtx, COMMENT_LIMIT_CHARS)),
    annotations: annotationsFor(ev, tests, (p) => resolver.resolve(p)),
    outputs: {
      [CoverageGateOutputs.Coverage]: ev.headline.display ?? '',
      [CoverageGateOutputs.DiffCoverage]: ev.diff?.display ?? '',
      [CoverageGateOutputs.TestsPassed]: tests ? String(tests.passed) : '',
      [CoverageGateOutputs.TestsFailed]: tests ? String(tests.failed + tests.errors) : '',
    },
    failureMessage: failureMessage(
      result,
      ev,
      who,
      subject.target,
      data.reports.map((r) => r.file),
    ),
    warnings,
    resultsDir: inputs.resultsDir,
    allowNoData: inputs.allowNoData,
    enforce: resolveEnforce(inputs.enforce, ctx.defaultBranchPush),
  });
  core.debug(`${GATE}: ${ev.scopeFiles.length} files in scope`);
}

/**
 * The action. The entry file (index.ts, what the bundle starts from) calls it; tests and
 * @github/local-action call it in process with INPUT_* and the runner's files in the environment.
 */
export async function run(): Promise<void> {
  await runAction(GATE, main);
}
