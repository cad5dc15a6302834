/**
 * security-gate, the action: parseInputs() -> read reports, the accepted-risk register and
 * the first-seen history -> evaluateSecurity() (pure) -> SARIF, history, publish().
 */
import * as core from '@actions/core';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve as resolvePath } from 'node:path';
import { githubFor } from '../../packages/action-io/github-setup.js';
import { SecurityGateOutputs } from '../../packages/action-io/names.js';
import { commentOn, publish } from '../../packages/action-io/publish.js';
import { runAction } from '../../packages/action-io/run-action.js';
import { checkoutFiles } from '../../packages/core/checkout-files.js';
import { loadConfig, staticPrefix } from '../../packages/core/config/load-config.js';
import { ConfigurationError } from '../../packages/core/errors.js';
import { compileGlobs } from '../../packages/core/glob.js';
import { PathResolver } from '../../packages/core/path-resolver.js';
import { displayPath, expandReportGlobs } from '../../packages/core/report-files.js';
import { buildGateResult } from '../../packages/core/result/build-result.js';
import { resolveSubject } from '../../packages/core/subject.js';
import { TOOL_NAME, TOOL_VERSION } from '../../packages/core/version.js';
import { changedLinesFor, isChangedLine } from '../../packages/diff/changed-lines.js';
import type { Finding } from '../../packages/findings/finding.js';
import { fingerprintFindings } from '../../packages/findings/fingerprint.js';
import { parseSecurityReport } from '../../packages/findings/formats/detect-security-format.js';
import { locateFindings } from '../../packages/findings/locate.js';
import { applyRiskRegister, parseRiskRegister, type RiskRegister } from '../../packages/findings/risk-register.js';
import { toSarif } from '../../packages/findings/sarif/write-sarif.js';
import { checkoutLineText } from '../../packages/findings/source-lines.js';
import { readRunContext } from '../../packages/github/run-context.js';
import { COMMENT_LIMIT_CHARS, SUMMARY_LIMIT_BYTES } from '../../packages/report/markdown.js';
import { emptyStore, parseStore, updateStore } from './first-seen.js';
import { parseInputs, type Inputs } from './inputs.js';
import { annotationsFor, resultData } from './security-gate-result.js';
import { evaluateSecurity, type SecurityReportRun } from './security-gate.js';
import { failureMessage, oneLine, renderComment, renderSummary } from './render.js';

export const GATE = 'security-gate';

const abs = (root: string, p: string) => (isAbsolute(p) ? p : resolvePath(root, p));

function readReports(inputs: Inputs): SecurityReportRun[] {
  const runs: SecurityReportRun[] = [];
  for (const r of inputs.reports) {
    for (const file of expandReportGlobs(r.patterns, inputs.root, `input ${r.input}`)) {
      const shown = displayPath(file, inputs.root);
      runs.push({ kind: r.kind, file: shown, report: parseSecurityReport(readFileSync(file, 'utf8'), shown, r.kind) });
    }
  }
  return runs;
}

function readRegister(inputs: Inputs): RiskRegister | null {
  const path = abs(inputs.root, inputs.register.path);
  if (!existsSync(path)) {
    if (inputs.register.explicit) {
      throw new ConfigurationError(`${inputs.register.path} does not exist`, { at: 'input accepted-risks' }, 'Point `accepted-risks` at your register, or leave it empty to use SECURITY_FINDINGS_ACCEPTED_RISKS.md when it exists.');
    }
    return null;
  }
  return parseRiskRegister(readFileSync(path, 'utf8'), displayPath(path, inputs.root));
}

async function main(): Promise<void> {
  const inputs = parseInputs();
  const ctx = readRunContext();
  const now = new Date();
  const config = loadConfig(inputs.configPath, inputs.root);
  const subject = resolveSubject(config, inputs.root, inputs.component, inputs.targetStage);
  const { component } = subject;
  const warnings = [...subject.warnings];
  const checkout = checkoutFiles(inputs.root);
  const resolver = new PathResolver(inputs.root, checkout, inputs.pathMap);

  const reports = readReports(inputs);
  const all: Finding[] = reports.flatMap((r) => r.report.findings);
  const located = locateFindings(all, (p) => resolver.resolve(p), component ? compileGlobs(component.paths) : null);
  for (const u of located.unmatched.slice(0, 20)) warnings.push(`${u.path} (${u.findings} finding(s)) matches no file of the checkout; map it with path-map`);
  fingerprintFindings(located.inScope, checkoutLineText(inputs.root));

  const register = readRegister(inputs);
  const registerOutcome = applyRiskRegister(located.inScope, register ?? { file: '', entries: [], problems: [] }, {
    today: now.toISOString().slice(0, 10),
    acceptableSeverities: subject.policy.security['acceptable-severities'],
  });
  for (const s of registerOutcome.stale) warnings.push(`accepted-risk entry ${s.id} (${register!.file}:${s.line}) matches no finding: remove it if the risk is gone`);
  for (const p of register?.problems ?? []) warnings.push(`${register!.file}:${p.line}: ${p.entryId ? `entry ${p.entryId}: ` : ''}${p.message}`);

  let store = emptyStore();
  const historyPath = inputs.history ? abs(inputs.root, inputs.history) : null;
  if (historyPath && existsSync(historyPath)) {
    const parsed = parseStore(readFileSync(historyPath, 'utf8'));
    if (parsed.problem) warnings.push(`the history ${inputs.history} is not usable (${parsed.problem}); first-seen dates start over`);
    store = parsed.store;
  }
  const updated = updateStore(store, located.inScope.map((f) => f.fingerprint!), now);

  const model = {
    reports,
    findings: located.inScope,
    outOfScope: located.outOfScope,
    register,
    registerOutcome,
    firstSeen: updated.firstSeen,
    hasHistory: historyPath !== null && existsSync(historyPath),
    policy: subject.policy,
    now,
  };
  const ev = evaluateSecurity(model);
  if (historyPath) {
    mkdirSync(dirname(historyPath), { recursive: true });
    writeFileSync(historyPath, `${JSON.stringify(updated, null, 2)}\n`);
  }

  let sarifFile: string | null = null;
  if (inputs.sarifOutput) {
    const manifestDir = component ? staticPrefix(component.paths[0] ?? '') : '';
    const manifest = inputs.manifest ?? [`${manifestDir}/requirements.txt`, 'requirements.txt', 'pyproject.toml'].map((p) => p.replace(/^\//, '')).find((p) => checkout.exists(p)) ?? 'requirements.txt';
    const sarif = toSarif(ev.open, { toolName: TOOL_NAME, toolVersion: TOOL_VERSION, informationUri: 'https://github.com/tta/maturity-actions', packageManifest: { path: manifest } });
    const out = abs(inputs.root, inputs.sarifOutput);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify(sarif));
    sarifFile = displayPath(out, inputs.root);
  }

  const who = component ? component.id : 'the whole report';
  const result = buildGateResult({
    gate: GATE,
    component: component?.id ?? null,
    current: subject.current,
    target: subject.target,
    criteria: ev.criteria,
    summary: oneLine(ev, who),
    data: resultData(ev, model),
    context: ctx,
    now,
  });
  const api = githubFor(ctx, inputs.githubToken);
  const changed = await changedLinesFor(ctx, inputs.root, api, warnings);
  const renderCtx = { result, ev, model, warnings, runUrl: ctx.run?.url ?? null, sarifFile };
  const overdue = new Set(ev.overdue.map((o) => o.finding));
  await publish({
    gate: GATE,
    result,
    summary: renderSummary(renderCtx, SUMMARY_LIMIT_BYTES),
    comment: commentOn(ctx, api, inputs.comment, () => renderComment(renderCtx, COMMENT_LIMIT_CHARS)),
    annotations: annotationsFor(ev, (p, l) => isChangedLine(changed, p, l), overdue),
    outputs: {
      [SecurityGateOutputs.Critical]: String(ev.counts.critical),
      [SecurityGateOutputs.High]: String(ev.counts.high),
      [SecurityGateOutputs.Medium]: String(ev.counts.medium),
      [SecurityGateOutputs.Low]: String(ev.counts.low),
      [SecurityGateOutputs.Accepted]: String(ev.accepted),
      [SecurityGateOutputs.SarifFile]: sarifFile ?? '',
    },
    failureMessage: failureMessage(result, ev, who, subject.target),
    warnings,
    resultsDir: inputs.resultsDir,
    allowNoData: inputs.allowNoData,
  });
  core.debug(`${GATE}: ${all.length} findings read, ${located.inScope.length} in scope`);
}

await runAction(GATE, main);
