/**
 * One step: its `if:` against the job's status so far, its env, its time limit, then a script
 * or an action; outcome and conclusion (`continue-on-error` turns a failed outcome into a
 * successful conclusion), outputs into `steps.<id>`, and the job's status updated.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ActionStep, RunStep, Step } from '@actions/workflow-parser/model/workflow-template';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';
import { isMapping } from '@actions/workflow-parser';
import { runUsesStep } from './action-step.js';
import { coerceToString, evaluateExpression, evaluateToken, isTruthy } from './expressions.js';
import type { JobRuntime } from './job-runtime.js';
import { child } from './load-workflow.js';
import { writeScript, ShellError } from './script-step.js';
import { executeProcessStep, type ProcessStepResult } from './step-execution.js';
import type { Result, StepRecord } from './types.js';
import { limitStepAnnotations } from './workflow-commands.js';

export async function runStep(
  job: JobRuntime,
  step: Step,
  raw: TemplateToken | undefined,
  comment: string | undefined,
): Promise<StepRecord> {
  const base = { id: step.id, ...('uses' in step ? { uses: step.uses.value } : {}) };
  let env: Record<string, string> = {};
  let name = fallbackName(step, undefined);
  try {
    env = stepEnv(job, step);
    name = displayName(job, step, env);
    const condition = 'if' in step && step.if ? step.if.expression : 'success()';
    if (!isTruthy(evaluateExpression(condition, job.scope({ env: job.envContext(env) })))) {
      return finish(job, step, { ...base, name }, skipped(), 'skipped', false);
    }
  } catch (error) {
    return finish(job, step, { ...base, name }, problem(error), 'failure', false);
  }
  let continueOnError = false;
  let result: ProcessStepResult & { resolvedAction?: string };
  try {
    continueOnError = stepContinueOnError(job, step);
    const timeoutMs = Math.min(stepTimeoutMs(job, raw), job.remainingMs());
    if ('run' in step) result = await runScript(job, step, raw, env, timeoutMs);
    else if ('uses' in step) result = await runAction(job, step, raw, env, comment, timeoutMs);
    else
      result = problem(
        new Error(`step '${step.id}': wait, cancel and parallel steps are not supported by the workflow host`),
      );
  } catch (error) {
    result = problem(error);
  }
  const record: Omit<
    StepRecord,
    'outcome' | 'conclusion' | 'outputs' | 'exitCode' | 'stdout' | 'stderr' | 'annotations' | 'errors' | 'summary'
  > = {
    ...base,
    name,
    ...('run' in step ? { run: coerceToString(evaluateToken(step.run, job.scope({ env: job.envContext(env) }))) } : {}),
    ...(result.resolvedAction === undefined ? {} : { resolvedAction: result.resolvedAction }),
  };
  return finish(job, step, record, result, result.ok ? 'success' : 'failure', continueOnError);
}

function finish(
  job: JobRuntime,
  step: Step,
  base: { id: string; name: string; uses?: string; run?: string; resolvedAction?: string },
  result: ProcessStepResult,
  outcome: Result,
  continueOnError: boolean,
): StepRecord {
  const conclusion: Result = outcome === 'failure' && continueOnError ? 'success' : outcome;
  if (conclusion === 'failure' && job.status === 'success') job.status = 'failure';
  job.steps[step.id] = { outputs: result.outputs, outcome, conclusion };
  const limited = limitStepAnnotations(result.annotations);
  return {
    ...base,
    outcome,
    conclusion,
    outputs: result.outputs,
    exitCode: result.exitCode,
    stdout: result.stdout,
    stderr: result.stderr,
    annotations: { emitted: result.annotations, kept: limited.kept, dropped: limited.dropped },
    errors: result.errors,
    summary: job.masks.apply(result.summary),
  };
}

function skipped(): ProcessStepResult {
  return {
    ok: true,
    exitCode: null,
    stdout: '',
    stderr: '',
    outputs: {},
    state: {},
    annotations: [],
    errors: [],
    summary: '',
  };
}

function problem(error: unknown): ProcessStepResult {
  const message = error instanceof Error ? error.message : String(error);
  return {
    ok: false,
    exitCode: null,
    stdout: '',
    stderr: '',
    outputs: {},
    state: {},
    annotations: [{ level: 'error', message }],
    errors: [message],
    summary: '',
  };
}

function stepEnv(job: JobRuntime, step: Step): Record<string, string> {
  if (!('env' in step) || !step.env) return {};
  const value = evaluateToken(step.env, job.scope());
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, coerceToString(entry)]));
}

function fallbackName(step: Step, script: string | undefined): string {
  if ('uses' in step) return `Run ${step.uses.value}`;
  const first =
    (script ?? ('run' in step ? String(step.run) : '')).split('\n').find((line) => line.trim() !== '') ?? '';
  return `Run ${first.trim()}`;
}

function displayName(job: JobRuntime, step: Step, env: Record<string, string>): string {
  const scope = job.scope({ env: job.envContext(env) });
  if (step.name) return coerceToString(evaluateToken(step.name, scope));
  return fallbackName(step, 'run' in step ? coerceToString(evaluateToken(step.run, scope)) : undefined);
}

function stepContinueOnError(job: JobRuntime, step: Step): boolean {
  const value = step['continue-on-error'];
  if (value === undefined) return false;
  if (typeof value === 'boolean') return value;
  return isTruthy(evaluateToken(value, job.scope()));
}

function stepTimeoutMs(job: JobRuntime, raw: TemplateToken | undefined): number {
  const token = child(raw, 'timeout-minutes');
  if (!token) return Number.MAX_SAFE_INTEGER;
  const minutes = Number(coerceToString(evaluateToken(token, job.scope())));
  return Number.isFinite(minutes) && minutes > 0 ? minutes * 60_000 : Number.MAX_SAFE_INTEGER;
}

async function runScript(
  job: JobRuntime,
  step: RunStep,
  raw: TemplateToken | undefined,
  env: Record<string, string>,
  timeoutMs: number,
): Promise<ProcessStepResult> {
  const scope = job.scope({ env: job.envContext(env) });
  const script = coerceToString(evaluateToken(step.run, scope));
  const shellToken = child(raw, 'shell');
  const shell = shellToken ? coerceToString(evaluateToken(shellToken, scope)) : job.defaults.shell;
  const dirToken = child(raw, 'working-directory');
  const directory = dirToken ? coerceToString(evaluateToken(dirToken, scope)) : job.defaults.workingDirectory;
  let invocation;
  try {
    invocation = writeScript(job.place.runnerTemp, script, shell);
  } catch (error) {
    if (error instanceof ShellError) return problem(error);
    throw error;
  }
  const cwd = resolve(job.place.workspace, directory ?? '');
  if (!existsSync(cwd)) {
    return problem(
      new Error(
        `An error occurred trying to start process '${invocation.file}' with working directory '${cwd}'. No such file or directory`,
      ),
    );
  }
  const processEnv = job.processEnv(job.github({ action: step.id }), job.envContext(env), {});
  return executeProcessStep(job, { file: invocation.file, args: invocation.args, cwd, env: processEnv, timeoutMs });
}

async function runAction(
  job: JobRuntime,
  step: ActionStep,
  raw: TemplateToken | undefined,
  env: Record<string, string>,
  comment: string | undefined,
  timeoutMs: number,
) {
  const withToken = child(raw, 'with');
  const scope = job.scope({ env: job.envContext(env) });
  const inputs: Record<string, string> = {};
  if (withToken && isMapping(withToken)) {
    for (const pair of withToken)
      inputs[pair.key.assertString('input name').value] = coerceToString(evaluateToken(pair.value, scope));
  }
  return runUsesStep(job, { uses: step.uses.value, comment, stepId: step.id, with: inputs, env, timeoutMs });
}
