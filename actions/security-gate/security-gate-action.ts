/**
 * security-gate, the action: parseInputs() -> read reports, the accepted-risk register, the
 * baseline and the first-seen history -> evaluateSecurity() (pure) -> SARIF, history, publish().
 */
// First: checks the event payload before @actions/github reads it while being imported.
import '../../packages/action-io/event-payload.js';
import { gateResult, runPublication, startGateRun, type GateRun } from '../../packages/action-io/gate-run.js';
import { githubFor } from '../../packages/action-io/github-setup.js';
import { SecurityGateOutputs } from '../../packages/action-io/names.js';
import { commentOn, publish } from '../../packages/action-io/publish.js';
import { runAction } from '../../packages/action-io/run-action.js';
import { checkoutFiles } from '../../packages/core/checkout-files.js';
import { staticPrefix, type ComponentConfig, type MaturityConfig } from '../../packages/core/config/load-config.js';
import { ConfigurationError } from '../../packages/core/errors.js';
import type { Logger } from '../../packages/core/logger.js';
import { fileExists, readInputFile, resolveInputPath, writeOutputFile } from '../../packages/core/path-input.js';
import { compileGlobs } from '../../packages/core/glob.js';
import { PathResolver, type CheckoutFiles } from '../../packages/core/path-resolver.js';
import { displayPath, expandReportGlobs } from '../../packages/core/report-files.js';
import { findBaseline, type Baseline } from '../../packages/core/result/baseline.js';
import { TOOL_NAME, TOOL_VERSION } from '../../packages/core/version.js';
import {
  changedLinesFor,
  isChangedLine,
  knownLines,
  type PullRequestLines,
} from '../../packages/diff/changed-lines.js';
import type { Finding } from '../../packages/findings/finding.js';
import { fingerprintFindings } from '../../packages/findings/fingerprint.js';
import { readSecurityReport } from '../../packages/findings/formats/detect-security-format.js';
import { introducedFindings } from '../../packages/findings/introduced.js';
import { locateFindings, type Located } from '../../packages/findings/locate.js';
import { scopeRegister, type ScopedRegister } from '../../packages/findings/register-scope.js';
import { applyRiskRegister, type RegisterOutcome } from '../../packages/findings/apply-register.js';
import type { RiskEntry, RiskRegister } from '../../packages/findings/risk-register.js';
import { toSarif } from '../../packages/findings/sarif/write-sarif.js';
import { checkoutLineText } from '../../packages/findings/source-lines.js';
import { COMMENT_LIMIT_CHARS, SUMMARY_LIMIT_BYTES } from '../../packages/report/markdown.js';
import type { ChangeView } from './change-criteria.js';
import {
  carryFirstSeen,
  fingerprintsOfResult,
  firstSeenOfResult,
  parseStore,
  type FirstSeenMap,
} from './first-seen.js';
import { parseInputs, type Inputs } from './inputs.js';
import { failureMessage, oneLine, renderComment, renderSummary } from './render.js';
import { annotationsFor, resultData } from './security-gate-result.js';
import {
  evaluateSecurity,
  type SecurityEvaluation,
  type SecurityGateModel,
  type SecurityReportRun,
} from './security-gate.js';

export const GATE = 'security-gate';

const abs = (root: string, p: string) => resolveInputPath(p, root);
const EMPTY_REGISTER: RiskRegister = { file: '', entries: [], problems: [] };

async function readReports(inputs: Inputs): Promise<SecurityReportRun[]> {
  const runs: SecurityReportRun[] = [];
  for (const r of inputs.reports) {
    for (const file of await expandReportGlobs(r.patterns, inputs.root, `input ${r.input}`)) {
      const shown = displayPath(file, inputs.root);
      runs.push({ kind: r.kind, file: shown, report: await readSecurityReport(file, r.kind, shown) });
    }
  }
  return runs;
}

/** The register, when there is one: its parser (Markdown, YAML, zod) loads only then. */
async function readRegister(inputs: Inputs, componentIds: readonly string[]): Promise<RiskRegister | null> {
  const path = abs(inputs.root, inputs.register.path);
  const at = 'input accepted-risks';
  if (!fileExists(path, inputs.register.path, at)) {
    if (inputs.register.explicit) {
      throw new ConfigurationError(
        `${inputs.register.path} does not exist`,
        { at },
        'Point `accepted-risks` at your register, or leave it empty to use SECURITY_FINDINGS_ACCEPTED_RISKS.md when it exists.',
      );
    }
    return null;
  }
  const shown = displayPath(path, inputs.root);
  const text = readInputFile(path, shown, at);
  if (text.includes('\u0000'))
    throw new ConfigurationError(
      'is not a text file (it holds NUL bytes)',
      { file: shown, at },
      'Point `accepted-risks` at the Markdown register.',
    );
  const { parseRiskRegister } = await import('../../packages/findings/risk-register.js');
  return parseRiskRegister(text.replace(/^\ufeff/, ''), shown, { components: componentIds });
}

/** Findings placed in the checkout and fingerprinted: in scope, elsewhere (for the register), and unplaced. */
function locate(
  reports: readonly SecurityReportRun[],
  inputs: Inputs,
  checkout: CheckoutFiles,
  component: ComponentConfig | null,
): Located<Finding> {
  const resolver = new PathResolver(inputs.root, checkout, inputs.pathMap);
  const all = reports.flatMap((r) => r.report.findings);
  const located = locateFindings(all, (p) => resolver.resolve(p), component ? compileGlobs(component.paths) : null);
  fingerprintFindings([...located.inScope, ...located.outside], checkoutLineText(inputs.root));
  fingerprintFindings(located.unresolved, () => undefined); // not in the checkout: anchored on the message
  return located;
}

function shareRegister(
  register: RiskRegister | null,
  config: MaturityConfig,
  component: ComponentConfig | null,
  checkout: CheckoutFiles,
  located: Located<Finding>,
): ScopedRegister | null {
  if (!register) return null;
  const components = [...config.components.values()].map((c) => ({
    id: c.id,
    paths: c.paths,
    matches: compileGlobs(c.paths),
  }));
  return scopeRegister(register, component?.id ?? null, {
    components,
    files: component ? checkout.list() : [],
    findings: [...located.inScope, ...located.outside],
  });
}

/** Advice about entries is given only for the run's own: another component's run may be the one they match in. */
function registerWarnings(
  register: RiskRegister | null,
  scoped: ScopedRegister | null,
  outcome: RegisterOutcome<Finding>,
  log: Logger,
): void {
  if (!register) return;
  const own = (e: RiskEntry) => scoped?.own.has(e) ?? true;
  for (const s of outcome.stale.filter(own))
    log.warning(
      `accepted-risk entry ${s.id} (${register.file}:${s.line}) matches no finding: remove it if the risk is gone`,
    );
  for (const s of outcome.expiredUnused.filter(own))
    log.warning(
      `accepted-risk entry ${s.id} (${register.file}:${s.line}) expired on ${s.expires} and matches no finding any more: remove it`,
    );
  for (const p of register.problems)
    log.warning(`${register.file}:${p.line}: ${p.entryId ? `entry ${p.entryId}: ` : ''}${p.message}`);
}

/** The first-seen dates of this run, from the baseline's result and the history file (the earlier date wins). */
function firstSeenDates(
  inputs: Inputs,
  baseline: Baseline | null,
  findings: readonly Finding[],
  now: Date,
): { firstSeen: FirstSeenMap; source: string | null } {
  const sources: FirstSeenMap[] = [];
  const from: string[] = [];
  if (baseline) {
    sources.push(firstSeenOfResult(baseline.result));
    from.push(`the baseline ${baseline.file}`);
  }
  const historyPath = inputs.history ? abs(inputs.root, inputs.history) : null;
  const at = 'input history';
  if (historyPath && inputs.history && fileExists(historyPath, inputs.history, at)) {
    const text = readInputFile(historyPath, inputs.history, at);
    const parsed = parseStore(text);
    // A file that is not a first-seen history is someone else's: refused, never overwritten.
    if (parsed.problem && text.trim()) {
      throw new ConfigurationError(
        `${inputs.history} is not a first-seen history: ${parsed.problem}; it is left as it is`,
        { at },
        'Point `history` at a new file (e.g. .maturity/security-first-seen.json), or drop it: the dates travel in the result files through `baseline`.',
      );
    }
    if (!parsed.problem) from.push(`the history ${inputs.history}`);
    sources.push(parsed.store.firstSeen);
  }
  const firstSeen = carryFirstSeen(
    sources,
    findings.map((f) => f.fingerprint!),
    now,
  );
  if (historyPath && inputs.history) {
    writeOutputFile(
      historyPath,
      inputs.history,
      at,
      `${JSON.stringify({ version: 1, firstSeen }, null, 2)}\n`,
      (t) => parseStore(t).problem === null,
      'first-seen history',
    );
  }
  return { firstSeen, source: from.length ? from.join(' and ') : null };
}

function changeView(
  findings: readonly Finding[],
  baseline: Baseline | null,
  pull: PullRequestLines | null,
  enforceNextStage: boolean,
): ChangeView {
  const r = introducedFindings(
    findings,
    baseline ? { fingerprints: fingerprintsOfResult(baseline.result) } : null,
    pull,
  );
  const changed = knownLines(pull);
  const changedFiles = changed && !changed.truncated ? new Set([...changed.files.keys(), ...changed.unknown]) : null;
  return { introduced: new Set(r.introduced), basis: r.basis, note: r.note, changedFiles, enforceNextStage };
}

/** A SARIF log (ours from an earlier run, or any tool's): the only kind of file `sarif-output` replaces. */
function isSarif(text: string): boolean {
  try {
    const doc = JSON.parse(text) as { version?: unknown; runs?: unknown };
    return doc.version === '2.1.0' && Array.isArray(doc.runs);
  } catch {
    return false;
  }
}

function writeSarif(
  inputs: Inputs,
  ev: SecurityEvaluation,
  component: ComponentConfig | null,
  checkout: CheckoutFiles,
): string | null {
  if (!inputs.sarifOutput) return null;
  const manifestDir = component ? staticPrefix(component.paths[0] ?? '') : '';
  const manifest =
    inputs.manifest ??
    [`${manifestDir}/requirements.txt`, 'requirements.txt', 'pyproject.toml']
      .map((p) => p.replace(/^\//, ''))
      .find((p) => checkout.exists(p)) ??
    'requirements.txt';
  const sarif = toSarif(ev.open, {
    toolName: TOOL_NAME,
    toolVersion: TOOL_VERSION,
    informationUri: 'https://github.com/tta/maturity-actions',
    packageManifest: { path: manifest },
  });
  const out = abs(inputs.root, inputs.sarifOutput);
  writeOutputFile(out, inputs.sarifOutput, 'input sarif-output', JSON.stringify(sarif), isSarif, 'SARIF file');
  return displayPath(out, inputs.root);
}

/** The reports' findings placed in the checkout: a whole-report run also counts those it cannot place. */
async function readFindings(run: GateRun, inputs: Inputs, checkout: CheckoutFiles) {
  const { component } = run.subject;
  const reports = await readReports(inputs);
  const located = locate(reports, inputs, checkout, component);
  for (const u of located.unmatched.slice(0, 20))
    run.log.warning(`${u.path} (${u.findings} finding(s)) matches no file of the checkout; map it with path-map`);
  // A whole-report run counts findings it cannot place; a component run lists them (security.unattributed).
  const findings = component ? located.inScope : [...located.inScope, ...located.unresolved];
  return { reports, located, findings };
}

/** The accepted-risk register, shared out among the components and applied to the findings. */
async function acceptRisks(
  run: GateRun,
  inputs: Inputs,
  checkout: CheckoutFiles,
  located: Located<Finding>,
  findings: Finding[],
) {
  const { config, subject } = run;
  const register = await readRegister(inputs, [...config.components.keys()]);
  const scoped = shareRegister(register, config, subject.component, checkout, located);
  const outcome = applyRiskRegister(findings, scoped?.register ?? EMPTY_REGISTER, {
    today: run.now.toISOString().slice(0, 10),
    acceptableSeverities: subject.policy.security['acceptable-severities'],
  });
  registerWarnings(register, scoped, outcome, run.log);
  return { register, scoped, outcome };
}

async function main(): Promise<void> {
  const inputs = parseInputs();
  const run = await startGateRun(GATE, inputs);
  const { component } = run.subject;
  const checkout = checkoutFiles(inputs.root);
  const { reports, located, findings } = await readFindings(run, inputs, checkout);
  const risks = await acceptRisks(run, inputs, checkout, located, findings);
  const lookup = await findBaseline(inputs.baseline, inputs.root, GATE, component?.id ?? null);
  const dates = firstSeenDates(inputs, lookup.baseline, findings, run.now);
  const api = githubFor(run.ctx, inputs.githubToken);
  const changed = await changedLinesFor(run.ctx, inputs.root, api);

  const model: SecurityGateModel = {
    reports,
    findings,
    outOfScope: located.outOfScope,
    unattributed: component ? located.unresolved : [],
    register: risks.register,
    registerOutcome: risks.outcome,
    registerScope: risks.scoped,
    firstSeen: dates.firstSeen,
    firstSeenSource: dates.source,
    policy: run.subject.policy,
    target: run.subject.target,
    notApplicable: component?.notApplicable ?? {},
    change:
      run.scope === 'change'
        ? changeView(findings, lookup.baseline, changed, run.config.pullRequests.enforceNextStage)
        : null,
    now: run.now,
  };
  const ev = evaluateSecurity(model);
  const sarifFile = writeSarif(inputs, ev, component, checkout);
  const result = gateResult(run, { criteria: ev.criteria, summary: oneLine(ev, run.who), data: resultData(ev, model) });
  const renderCtx = {
    result,
    ev,
    model,
    warnings: run.log.warnings,
    notes: lookup.notes,
    runUrl: run.ctx.run?.url ?? null,
    sarifFile,
  };
  const overdue = new Set(ev.overdue.map((o) => o.finding));
  await publish({
    ...runPublication(run, inputs),
    result,
    summary: renderSummary(renderCtx, SUMMARY_LIMIT_BYTES),
    comment: commentOn(run.ctx, api, inputs.comment, () => renderComment(renderCtx, COMMENT_LIMIT_CHARS)),
    annotations: annotationsFor(ev, (p, l) => isChangedLine(changed, p, l), overdue, new Set(located.unresolved)),
    outputs: outputsOf(ev, sarifFile),
    failureMessage: failureMessage(result, ev, run.who, run.subject.target),
  });
  run.log.debug(
    `${GATE}: ${reports.length} report(s), ${findings.length} finding(s) in scope, ${located.unresolved.length} unplaced`,
  );
}

function outputsOf(ev: SecurityEvaluation, sarifFile: string | null): Record<string, string> {
  return {
    [SecurityGateOutputs.Critical]: String(ev.counts.critical),
    [SecurityGateOutputs.High]: String(ev.counts.high),
    [SecurityGateOutputs.Medium]: String(ev.counts.medium),
    [SecurityGateOutputs.Low]: String(ev.counts.low),
    [SecurityGateOutputs.Accepted]: String(ev.accepted),
    [SecurityGateOutputs.SarifFile]: sarifFile ?? '',
  };
}

/**
 * The action. The entry file (index.ts, what the bundle starts from) calls it; tests and
 * @github/local-action call it in process with INPUT_* and the runner's files in the environment.
 */
export async function run(): Promise<void> {
  await runAction(GATE, main);
}
