/**
 * A workflow's jobs in `needs` order (one at a time; among jobs that are ready, the order they
 * are written in), each with its `if:` (default `success()`), its matrix, fail-fast and
 * continue-on-error, and the results and outputs later jobs see as `needs.<id>`.
 */
import type { Job, ReusableWorkflowJob, WorkflowJob } from '@actions/workflow-parser/model/workflow-template';
import { isBasicExpression } from '@actions/workflow-parser';
import { coerceToString, evaluateExpression, evaluateToken, isTruthy, type JsonValue } from './expressions.js';
import { jobLevelScope } from './job-scope.js';
import { child, jobToken } from './load-workflow.js';
import { expandMatrix, matrixSuffix, type Combination } from './matrix.js';
import { jobPermissions } from './job-permissions.js';
import type { JobOutcome, RunContext, WorkflowFrame } from './run-context.js';
import { runJobInstance } from './run-job.js';
import { runCalledWorkflow } from './reusable.js';
import type { JobRecord, Result } from './types.js';

export async function runWorkflowJobs(run: RunContext, frame: WorkflowFrame): Promise<Map<string, JobOutcome>> {
  const outcomes = new Map<string, JobOutcome>();
  const jobs = orderJobs(frame.workflow.template.jobs);
  for (const job of jobs) {
    const id = job.id.value;
    const needIds = (job.needs ?? []).map((need) => need.value);
    const needs: Record<string, JsonValue> = {};
    for (const need of needIds) {
      const outcome = outcomes.get(need);
      needs[need] = { result: outcome?.result ?? 'skipped', outputs: outcome?.outputs ?? {} };
    }
    const status = {
      needResults: needIds.map((need) => outcomes.get(need)?.result ?? 'skipped'),
      ancestorResults: ancestors(jobs, id).map((ancestor) => outcomes.get(ancestor)?.result ?? 'skipped'),
    };
    let runIt: boolean;
    try {
      runIt = isTruthy(evaluateExpression(job.if.expression, jobLevelScope(run, frame, id, needs, { status })));
    } catch (error) {
      outcomes.set(id, failedJob(run, frame, job, error));
      continue;
    }
    if (!runIt) {
      outcomes.set(id, skippedJob(run, frame, job));
      continue;
    }
    outcomes.set(id, await runMatrix(run, frame, job, needs));
  }
  return outcomes;
}

/** Kahn's algorithm; ties broken by the order jobs are written in, so runs are deterministic. */
function orderJobs(jobs: WorkflowJob[]): WorkflowJob[] {
  const done = new Set<string>();
  const ordered: WorkflowJob[] = [];
  while (ordered.length < jobs.length) {
    const next = jobs.find((job) => !done.has(job.id.value) && (job.needs ?? []).every((need) => done.has(need.value)));
    if (!next) throw new Error('the jobs have a dependency cycle');
    done.add(next.id.value);
    ordered.push(next);
  }
  return ordered;
}

function ancestors(jobs: WorkflowJob[], id: string): string[] {
  const byId = new Map(jobs.map((job) => [job.id.value, job]));
  const found = new Set<string>();
  const queue = (byId.get(id)?.needs ?? []).map((need) => need.value);
  while (queue.length > 0) {
    const next = queue.pop()!;
    if (found.has(next)) continue;
    found.add(next);
    queue.push(...(byId.get(next)?.needs ?? []).map((need) => need.value));
  }
  return [...found];
}

async function runMatrix(
  run: RunContext,
  frame: WorkflowFrame,
  job: WorkflowJob,
  needs: Record<string, JsonValue>,
): Promise<JobOutcome> {
  const id = job.id.value;
  let combinations: (Combination | undefined)[] = [undefined];
  let failFast = true;
  let strategyBase: Record<string, JsonValue> | undefined;
  try {
    if (job.strategy) {
      const strategy = evaluateToken(job.strategy, jobLevelScope(run, frame, id, needs)) as Record<string, JsonValue>;
      if (strategy['matrix'] !== undefined) combinations = expandMatrix(strategy['matrix']);
      failFast = strategy['fail-fast'] === undefined ? true : isTruthy(strategy['fail-fast']);
      strategyBase = {
        'fail-fast': failFast,
        'max-parallel': Number(strategy['max-parallel'] ?? combinations.length),
        'job-total': combinations.length,
      };
    }
  } catch (error) {
    return failedJob(
      run,
      frame,
      job,
      new Error(
        `Error when evaluating 'strategy' for job '${id}'. ${error instanceof Error ? error.message : String(error)}`,
      ),
    );
  }
  const results: Result[] = [];
  const outputs: Record<string, string> = {};
  let cancelRest = false;
  for (const [index, matrix] of combinations.entries()) {
    const strategy = strategyBase ? { ...strategyBase, 'job-index': index } : undefined;
    const name = jobName(run, frame, job, needs, matrix, strategy);
    if (cancelRest) {
      pushRecord(run, blankRecord(frame, job, name, matrix, 'cancelled', []));
      results.push('cancelled');
      continue;
    }
    const outcome =
      job.type === 'reusableWorkflowJob'
        ? await runCalledWorkflow(run, frame, job as ReusableWorkflowJob, { needs, matrix, strategy, name })
        : await runOneJob(run, frame, job as Job, needs, matrix, strategy, name);
    const continueOnError = jobContinueOnError(run, frame, job, needs, matrix, strategy);
    results.push(outcome.result === 'failure' && continueOnError ? 'success' : outcome.result);
    for (const [key, value] of Object.entries(outcome.outputs))
      if (value !== '' || !(key in outputs)) outputs[key] = value;
    if (outcome.result === 'failure' && !continueOnError && failFast) cancelRest = true;
  }
  return { result: aggregate(results), outputs };
}

async function runOneJob(
  run: RunContext,
  frame: WorkflowFrame,
  job: Job,
  needs: Record<string, JsonValue>,
  matrix: Combination | undefined,
  strategy: Record<string, JsonValue> | undefined,
  name: string,
): Promise<JobOutcome> {
  const raw = jobToken(frame.workflow, job.id.value);
  const record = await runJobInstance(run, {
    frame,
    jobId: job.id.value,
    job,
    raw,
    name,
    needs,
    matrix,
    strategy,
    permissions: jobPermissions(run, frame, raw),
  });
  record.concurrency = concurrencyOf(run, frame, job, needs, matrix);
  pushRecord(run, record);
  return { result: record.result, outputs: record.outputs };
}

export function aggregate(results: Result[]): Result {
  if (results.includes('failure')) return 'failure';
  if (results.includes('cancelled')) return 'cancelled';
  if (results.length > 0 && results.every((result) => result === 'skipped')) return 'skipped';
  return 'success';
}

function jobContinueOnError(
  run: RunContext,
  frame: WorkflowFrame,
  job: WorkflowJob,
  needs: Record<string, JsonValue>,
  matrix: Combination | undefined,
  strategy: Record<string, JsonValue> | undefined,
): boolean {
  const token = child(jobToken(frame.workflow, job.id.value), 'continue-on-error');
  return token
    ? isTruthy(evaluateToken(token, jobLevelScope(run, frame, job.id.value, needs, { matrix, strategy })))
    : false;
}

function jobName(
  run: RunContext,
  frame: WorkflowFrame,
  job: WorkflowJob,
  needs: Record<string, JsonValue>,
  matrix: Combination | undefined,
  strategy: Record<string, JsonValue> | undefined,
): string {
  const id = job.id.value;
  let name = id;
  let usesExpression = false;
  if (job.name) {
    usesExpression = isBasicExpression(job.name);
    try {
      name = coerceToString(evaluateToken(job.name, jobLevelScope(run, frame, id, needs, { matrix, strategy })));
    } catch {
      name = job.name.toDisplayString();
    }
  }
  const suffix = matrix && !usesExpression ? matrixSuffix(matrix) : '';
  return `${frame.namePrefix}${name}${suffix}`;
}

function concurrencyOf(
  run: RunContext,
  frame: WorkflowFrame,
  job: WorkflowJob,
  needs: Record<string, JsonValue>,
  matrix: Combination | undefined,
): string | undefined {
  if (!job.concurrency) return undefined;
  const value = evaluateToken(job.concurrency, jobLevelScope(run, frame, job.id.value, needs, { matrix }));
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? coerceToString(value['group'] ?? '')
    : coerceToString(value);
}

function failedJob(run: RunContext, frame: WorkflowFrame, job: WorkflowJob, error: unknown): JobOutcome {
  const message = error instanceof Error ? error.message : String(error);
  pushRecord(
    run,
    blankRecord(frame, job, `${frame.namePrefix}${job.name?.toDisplayString() ?? job.id.value}`, undefined, 'failure', [
      message,
    ]),
  );
  return { result: 'failure', outputs: {} };
}

function skippedJob(run: RunContext, frame: WorkflowFrame, job: WorkflowJob): JobOutcome {
  pushRecord(
    run,
    blankRecord(
      frame,
      job,
      `${frame.namePrefix}${job.name?.toDisplayString() ?? job.id.value}`,
      undefined,
      'skipped',
      [],
    ),
  );
  return { result: 'skipped', outputs: {} };
}

export function blankRecord(
  frame: WorkflowFrame,
  job: WorkflowJob,
  name: string,
  matrix: Combination | undefined,
  result: Result,
  errors: string[],
): JobRecord {
  const annotations = errors.map((message) => ({ level: 'error' as const, message }));
  return {
    id: `${frame.idPrefix}${job.id.value}`,
    name,
    matrix,
    result,
    outputs: {},
    summary: '',
    permissions: {},
    steps: [],
    annotations: { emitted: annotations, kept: annotations, dropped: [] },
    errors,
    concurrency: undefined,
    workspace: '',
    runnerTemp: '',
  };
}

export function pushRecord(run: RunContext, record: JobRecord): void {
  run.jobs.push(record);
}
