/**
 * quality-gate, the action: parseInputs() -> read reports / run tools, baseline, sources ->
 * evaluateQuality() (pure) -> publish(). Everything that touches the runner or the network
 * is here, in collect.ts or in action-io.
 */
// First: checks the event payload before @actions/github reads it while being imported.
import '../../packages/action-io/event-payload.js';
import { gateResult, runPublication, startGateRun, type GateRun } from '../../packages/action-io/gate-run.js';
import { githubFor } from '../../packages/action-io/github-setup.js';
import { QualityGateOutputs } from '../../packages/action-io/names.js';
import { commentOn, publish } from '../../packages/action-io/publish.js';
import { runAction } from '../../packages/action-io/run-action.js';
import { checkoutFiles } from '../../packages/core/checkout-files.js';
import { staticPrefix, type ComponentConfig } from '../../packages/core/config/load-config.js';
import type { EvidenceKind } from '../../packages/core/config/defaults.js';
import type { EvidenceCheck, RepoReader } from '../../packages/evidence/repo-evidence.js';
import { compileGlobs } from '../../packages/core/glob.js';
import { PathResolver, type CheckoutFiles } from '../../packages/core/path-resolver.js';
import { changedLinesFor, isChangedLine } from '../../packages/diff/changed-lines.js';
import { fingerprintFindings } from '../../packages/findings/fingerprint.js';
import { locateFindings } from '../../packages/findings/locate.js';
import { checkoutLineText } from '../../packages/findings/source-lines.js';
import type { RunContext } from '../../packages/github/run-context.js';
import { COMMENT_LIMIT_CHARS, SUMMARY_LIMIT_BYTES } from '../../packages/report/markdown.js';
import { changeBaseline, checkoutReader, collectFindings, measureComponentDocstrings } from './collect.js';
import { parseInputs, type Inputs } from './inputs.js';
import { annotationsFor, resultData } from './quality-gate-result.js';
import { evaluateQuality, REQUIRED_EVIDENCE, type QualityEvaluation } from './quality-gate.js';
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

/** The tools' findings, placed in the checkout and fingerprinted, and the baseline a change is compared with. */
async function readFindings(run: GateRun, inputs: Inputs, checkout: CheckoutFiles) {
  const { component } = run.subject;
  const resolver = new PathResolver(inputs.root, checkout, inputs.pathMap);
  const resolve = (p: string) => resolver.resolve(p);
  const inScope = component ? compileGlobs(component.paths) : null;
  const lineText = checkoutLineText(inputs.root);

  const { runs, findings } = await collectFindings(inputs.tools, inputs.root, inputs.commandTimeoutMs);
  const located = locateFindings(findings, resolve, inScope);
  fingerprintFindings(located.inScope, lineText);
  run.log.debug(`${GATE}: ${findings.length} findings read, ${located.inScope.length} in scope`);
  const baseline =
    run.scope === 'change'
      ? await changeBaseline(inputs.baseline, run.log, {
          ref: inputs.baselineRef ?? run.ctx.pullRequest?.baseSha ?? null,
          root: inputs.root,
          resolve,
          inScope,
          checkoutText: lineText,
          component: component?.id ?? null,
        })
      : null;
  if (inputs.tools.length === 0)
    run.log.warning(
      'no report and no command given for ruff, ESLint, pyright or tsc: lint and type criteria have no data',
    );
  return { runs, located, baseline };
}

/** The component's docstrings and the documents and tests its target stage asks for. */
async function readComponentEvidence(run: GateRun, inputs: Inputs, checkout: CheckoutFiles) {
  const { component, target } = run.subject;
  if (!component) return { docstrings: null, evidence: [] };
  const repo = checkoutReader(inputs.root, checkout);
  return {
    docstrings: inputs.docstrings ? await measureComponentDocstrings(component, repo) : null,
    evidence: await checkEvidence(repo, component, REQUIRED_EVIDENCE[target]),
  };
}

async function main(): Promise<void> {
  const inputs = parseInputs();
  const run = await startGateRun(GATE, inputs);
  const { component } = run.subject;
  const checkout = checkoutFiles(inputs.root);
  const { runs, located, baseline } = await readFindings(run, inputs, checkout);
  const api = githubFor(run.ctx, inputs.githubToken);
  const changed = await changedLinesFor(run.ctx, inputs.root, api);
  const { docstrings, evidence } = await readComponentEvidence(run, inputs, checkout);

  const ev = evaluateQuality({
    runs,
    findings: located.inScope,
    outOfScope: located.outOfScope,
    unmatched: located.unmatched,
    baseline,
    changed,
    component,
    policy: run.subject.policy,
    target: run.subject.target,
    docstrings,
    evidence,
    scope: run.scope,
    enforceNextStage: run.config.pullRequests.enforceNextStage,
  });
  const result = gateResult(run, {
    criteria: ev.criteria,
    summary: oneLine(ev, run.who),
    data: resultData(ev, located.unmatched, baseline?.source ?? null),
  });
  const renderCtx = {
    result,
    ev,
    warnings: run.log.warnings,
    unmatched: located.unmatched,
    outOfScope: located.outOfScope,
    runUrl: run.ctx.run?.url ?? null,
    blobUrl: blobUrlOf(run.ctx),
  };
  await publish({
    ...runPublication(run, inputs),
    result,
    summary: renderSummary(renderCtx, SUMMARY_LIMIT_BYTES),
    comment: commentOn(run.ctx, api, inputs.comment, () => renderComment(renderCtx, COMMENT_LIMIT_CHARS)),
    annotations: annotationsFor(ev, (path, line) => isChangedLine(changed, path, line)),
    outputs: outputsOf(ev),
    failureMessage: failureMessage(result, ev, run.who, run.subject.target),
  });
  if (component) run.log.debug(`${GATE}: component folder ${staticPrefix(component.paths[0] ?? '')}`);
}

/** Links to a finding's line: the commit's files on the server. */
function blobUrlOf(ctx: RunContext): string | null {
  const server = process.env.GITHUB_SERVER_URL ?? 'https://github.com';
  return ctx.owner && ctx.repo && ctx.sha ? `${server}/${ctx.owner}/${ctx.repo}/blob/${ctx.sha}` : null;
}

function outputsOf(ev: QualityEvaluation): Record<string, string> {
  return {
    [QualityGateOutputs.Errors]: String(ev.counts.error),
    [QualityGateOutputs.Warnings]: String(ev.counts.warning),
    [QualityGateOutputs.NewErrors]: ev.introducedCounts ? String(ev.introducedCounts.error) : '',
    [QualityGateOutputs.NewWarnings]: ev.introducedCounts ? String(ev.introducedCounts.warning) : '',
    [QualityGateOutputs.DocstringCoverage]: ev.docstrings?.display ?? '',
  };
}

/**
 * The action. The entry file (index.ts, what the bundle starts from) calls it; tests and
 * @github/local-action call it in process with INPUT_* and the runner's files in the environment.
 */
export async function run(): Promise<void> {
  await runAction(GATE, main);
}
