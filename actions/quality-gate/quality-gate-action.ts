/**
 * quality-gate, the action: parseInputs() -> read reports / run tools, baseline, sources ->
 * evaluateQuality() (pure) -> publish(). Everything that touches the runner or the network
 * is here, in collect.ts or in action-io.
 */
// First: checks the event payload before @actions/github reads it while being imported.
import '../../packages/action-io/event-payload.js';
import * as core from '@actions/core';
import { githubFor } from '../../packages/action-io/github-setup.js';
import { QualityGateOutputs } from '../../packages/action-io/names.js';
import { commentOn, publish } from '../../packages/action-io/publish.js';
import { runAction } from '../../packages/action-io/run-action.js';
import { checkoutFiles } from '../../packages/core/checkout-files.js';
import { loadConfig, staticPrefix, type ComponentConfig } from '../../packages/core/config/load-config.js';
import type { EvidenceKind } from '../../packages/core/config/defaults.js';
import type { EvidenceCheck, RepoReader } from '../../packages/evidence/repo-evidence.js';
import { compileGlobs } from '../../packages/core/glob.js';
import { PathResolver } from '../../packages/core/path-resolver.js';
import { buildGateResult } from '../../packages/core/result/build-result.js';
import { resolveSubject } from '../../packages/core/subject.js';
import { changedLinesFor, isChangedLine } from '../../packages/diff/changed-lines.js';
import { fingerprintFindings } from '../../packages/findings/fingerprint.js';
import { locateFindings } from '../../packages/findings/locate.js';
import { checkoutLineText } from '../../packages/findings/source-lines.js';
import { readRunContext } from '../../packages/github/run-context.js';
import { COMMENT_LIMIT_CHARS, SUMMARY_LIMIT_BYTES } from '../../packages/report/markdown.js';
import { changeBaseline, checkoutReader, collectFindings, measureComponentDocstrings } from './collect.js';
import { resolveEnforce, resolveScope } from '../../packages/core/scope.js';
import { parseInputs } from './inputs.js';
import { annotationsFor, resultData } from './quality-gate-result.js';
import { evaluateQuality, REQUIRED_EVIDENCE } from './quality-gate.js';
import { failureMessage, oneLine, renderComment, renderSummary } from './render.js';

export const GATE = 'quality-gate';

/**
 * The documents and tests the target stage asks of a component. The finder (and the Markdown
 * parser it reads READMEs with) loads only for a run about a component.
 */
async function checkEvidence(
  repo: RepoReader,
  component: ComponentConfig,
  kinds: readonly EvidenceKind[],
): Promise<EvidenceCheck[]> {
  const { EvidenceFinder } = await import('../../packages/evidence/repo-evidence.js');
  const finder = new EvidenceFinder(repo);
  return kinds.map((kind) => finder.check(kind, component.evidence[kind]));
}

async function main(): Promise<void> {
  const inputs = parseInputs();
  const ctx = readRunContext();
  const config = await loadConfig(inputs.configPath, inputs.root, false, inputs.configExplicit);
  const subject = await resolveSubject(config, inputs.root, inputs.component, inputs.targetStage);
  const { component } = subject;
  const warnings = [...subject.warnings];
  const checkout = checkoutFiles(inputs.root);
  const resolver = new PathResolver(inputs.root, checkout, inputs.pathMap);
  const resolve = (p: string) => resolver.resolve(p);
  const inScope = component ? compileGlobs(component.paths) : null;
  const lineText = checkoutLineText(inputs.root);

  const { runs, findings } = await collectFindings(inputs.tools, inputs.root, inputs.commandTimeoutMs);
  const located = locateFindings(findings, resolve, inScope);
  fingerprintFindings(located.inScope, lineText);
  core.debug(`${GATE}: ${findings.length} findings read, ${located.inScope.length} in scope`);

  const scope = resolveScope(inputs.scope, ctx.pullRequest !== null);
  const baseline =
    scope === 'change'
      ? await changeBaseline(inputs.baseline, warnings, {
          ref: inputs.baselineRef ?? ctx.pullRequest?.baseSha ?? null,
          root: inputs.root,
          resolve,
          inScope,
          checkoutText: lineText,
          component: component?.id ?? null,
        })
      : null;

  const api = githubFor(ctx, inputs.githubToken);
  const changed = await changedLinesFor(ctx, inputs.root, api);
  const repo = checkoutReader(inputs.root, checkout);
  const docstrings = component && inputs.docstrings ? await measureComponentDocstrings(component, repo) : null;
  const evidence = component ? await checkEvidence(repo, component, REQUIRED_EVIDENCE[subject.target]) : [];
  if (inputs.tools.length === 0)
    warnings.push(
      'no report and no command given for ruff, ESLint, pyright or tsc: lint and type criteria have no data',
    );

  const ev = evaluateQuality({
    runs,
    findings: located.inScope,
    outOfScope: located.outOfScope,
    unmatched: located.unmatched,
    baseline,
    changed,
    component,
    policy: subject.policy,
    target: subject.target,
    docstrings,
    evidence,
    scope,
    enforceNextStage: config.pullRequests.enforceNextStage,
  });
  const who = component ? component.id : 'the whole report';
  const result = buildGateResult({
    gate: GATE,
    component: component?.id ?? null,
    current: subject.current,
    target: subject.target,
    criteria: ev.criteria,
    summary: oneLine(ev, who),
    data: resultData(ev, located.unmatched, baseline?.source ?? null),
    context: ctx,
    now: new Date(),
    scope,
  });

  const server = process.env.GITHUB_SERVER_URL ?? 'https://github.com';
  const blobUrl = ctx.owner && ctx.repo && ctx.sha ? `${server}/${ctx.owner}/${ctx.repo}/blob/${ctx.sha}` : null;
  const renderCtx = {
    result,
    ev,
    warnings,
    unmatched: located.unmatched,
    outOfScope: located.outOfScope,
    runUrl: ctx.run?.url ?? null,
    blobUrl,
  };
  await publish({
    gate: GATE,
    result,
    summary: renderSummary(renderCtx, SUMMARY_LIMIT_BYTES),
    comment: commentOn(ctx, api, inputs.comment, () => renderComment(renderCtx, COMMENT_LIMIT_CHARS)),
    annotations: annotationsFor(ev, (path, line) => isChangedLine(changed, path, line)),
    outputs: {
      [QualityGateOutputs.Errors]: String(ev.counts.error),
      [QualityGateOutputs.Warnings]: String(ev.counts.warning),
      [QualityGateOutputs.NewErrors]: ev.introducedCounts ? String(ev.introducedCounts.error) : '',
      [QualityGateOutputs.NewWarnings]: ev.introducedCounts ? String(ev.introducedCounts.warning) : '',
      [QualityGateOutputs.DocstringCoverage]: ev.docstrings?.display ?? '',
    },
    failureMessage: failureMessage(result, ev, who, subject.target),
    warnings,
    resultsDir: inputs.resultsDir,
    allowNoData: inputs.allowNoData,
    enforce: resolveEnforce(inputs.enforce, ctx.defaultBranchPush),
  });
  if (component) core.debug(`${GATE}: component folder ${staticPrefix(component.paths[0] ?? '')}`);
}

/**
 * The action. The entry file (index.ts, what the bundle starts from) calls it; tests and
 * @github/local-action call it in process with INPUT_* and the runner's files in the environment.
 */
export async function run(): Promise<void> {
  await runAction(GATE, main);
}
