/**
 * What the gates' shells share: the run they are in (the event, the config, the component and its
 * stage, the scope), one log for what they say on the way, and the parts of a result and of a
 * publication that are the same for every gate.
 */
import * as core from '@actions/core';
import { loadConfig, type MaturityConfig } from '../core/config/load-config.js';
import { RunLog } from '../core/logger.js';
import { buildGateResult, type ResultParts } from '../core/result/build-result.js';
import type { GateResult } from '../core/result/gate-result.js';
import { resolveEnforce, resolveScope, type Scope } from '../core/scope.js';
import { resolveSubject, type Subject } from '../core/subject.js';
import { readRunContext, type RunContext } from '../github/run-context.js';
import type { ChangeInputValues, CommonInputValues } from './common-inputs.js';
import type { Publication } from './publish.js';

export type GateInputs = CommonInputValues & ChangeInputValues;

export interface GateRun {
  gate: string;
  ctx: RunContext;
  config: MaturityConfig;
  subject: Subject;
  /** How messages name what was judged: the component's id, or "the whole report". */
  who: string;
  scope: Scope;
  log: RunLog;
  /** The run's one clock reading: the result's createdAt and every date the gate compares with. */
  now: Date;
}

/** Reads the event, the config and the subject; the subject's warnings are the log's first. */
export async function startGateRun(gate: string, inputs: GateInputs): Promise<GateRun> {
  const ctx = readRunContext();
  const config = await loadConfig(inputs.configPath, inputs.root, false, inputs.configExplicit);
  const subject = await resolveSubject(config, inputs.root, inputs.component, inputs.targetStage);
  const log = new RunLog(core.debug, core.info);
  for (const w of subject.warnings) log.warning(w);
  return {
    gate,
    ctx,
    config,
    subject,
    who: subject.component?.id ?? 'the whole report',
    scope: resolveScope(inputs.scope, ctx.pullRequest !== null),
    log,
    now: new Date(),
  };
}

/** The gate's result: its criteria, summary line and data, stamped with the run. */
export function gateResult(
  run: GateRun,
  parts: Pick<ResultParts, 'criteria' | 'summary' | 'data' | 'testKind'>,
): GateResult {
  return buildGateResult({
    gate: run.gate,
    component: run.subject.component?.id ?? null,
    current: run.subject.current,
    target: run.subject.target,
    context: run.ctx,
    now: run.now,
    scope: run.scope,
    ...parts,
  });
}

/** The publication's fields that come from the run and the common inputs, not from the gate's evaluation. */
export function runPublication(
  run: GateRun,
  inputs: GateInputs,
): Pick<Publication, 'gate' | 'warnings' | 'resultsDir' | 'allowNoData' | 'enforce'> {
  return {
    gate: run.gate,
    warnings: run.log.warnings,
    resultsDir: inputs.resultsDir,
    allowNoData: inputs.allowNoData,
    enforce: resolveEnforce(inputs.enforce, run.ctx.defaultBranchPush),
  };
}
