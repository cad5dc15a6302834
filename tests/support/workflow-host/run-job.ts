/**
 * One job (one matrix leg) from start to end: a fresh workspace, RUNNER_TEMP and GITHUB_TOKEN
 * (registered in the fake with the job's permissions), the steps in order with their `if:`,
 * posts in reverse order, then `outputs:` evaluated at the end, as the runner does.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Job, Step } from '@actions/workflow-parser/model/workflow-template';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';
import { isBasicExpression, isString } from '@actions/workflow-parser';
import type { JobPlace } from './contexts.js';
import { coerceToString, evaluateExpression, evaluateToken, type JsonValue } from './expressions.js';
import { JobRuntime } from './job-runtime.js';
import { child, sourceLine, stepToken } from './load-workflow.js';
import { granted, type FullPermissions } from './permissions.js';
import type { RunContext, WorkflowFrame } from './run-context.js';
import { runStep } from './run-step.js';
import type { Annotation, JobRecord, Result, StepRecord } from './types.js';
import { ANNOTATIONS_PER_JOB, MaskSet } from './workflow-commands.js';

export interface JobInstance {
  frame: WorkflowFrame;
  jobId: string;
  job: Job;
  raw: TemplateToken | undefined;
  name: string;
  needs: Record<string, JsonValue>;
  matrix: Record<string, JsonValue> | undefined;
  strategy: Record<string, JsonValue> | undefined;
  permissions: FullPermissions;
}

export async function runJobInstance(run: RunContext, instance: JobInstance): Promise<JobRecord> {
  const place = preparePlace(run, instance);
  const masks = new MaskSet();
  for (const value of [...Object.values(instance.frame.secrets), place.token]) masks.add(value);
  const token = place.token;
  run.settings.gh.setTokenPermissions(token, granted(instance.permissions));
  if (run.fromFork) run.settings.gh.readOnlyTokens.add(token);

  const errors: string[] = [];
  const record = (result: Result, job?: JobRuntime, outputs: Record<string, string> = {}): JobRecord =>
    jobRecord(instance, place, result, errors, job, outputs);
  let runtime: JobRuntime;
  try {
    runtime = createRuntime(run, instance, place, masks);
  } catch (error) {
    errors.push(error instanceof Error ? error.message : String(error));
    return record('failure');
  }
  for (const [index, step] of instance.job.steps.entries()) {
    const raw = stepToken(instance.raw, index);
    const comment = commentAfter(instance.frame, step);
    const stepRecord = await runStep(runtime, step, raw, comment);
    runtime.stepRecords.push(stepRecord);
    if (Date.now() > runtime.deadline && runtime.status !== 'cancelled') {
      runtime.status = 'cancelled';
      errors.push(
        `The job running on runner GitHub Actions 1 has exceeded the maximum execution time of ${Math.round((runtime.deadline - place.startedAt) / 60_000)} minutes.`,
      );
    }
  }
  for (const post of [...runtime.posts].reverse()) {
    if (post.condition(runtime.status)) runtime.stepRecords.push(await post.run());
  }
  const outputs = evaluateOutputs(runtime, instance, errors);
  const result: Result = runtime.status === 'success' && errors.length === 0 ? 'success' : 'failure';
  return record(result, runtime, outputs);
}

interface PreparedPlace extends JobPlace {
  startedAt: number;
  jobDir: string;
}

function preparePlace(run: RunContext, instance: JobInstance): PreparedPlace {
  run.nextJobNumber += 1;
  const safe = `${instance.frame.idPrefix}${instance.jobId}`.replace(/[^A-Za-z0-9_.-]+/g, '_');
  const jobDir = join(run.runDir, `${String(run.nextJobNumber).padStart(2, '0')}-${safe}`);
  const workspace = join(jobDir, 'work', run.repo.name, run.repo.name);
  const runnerTemp = join(jobDir, 'temp');
  const home = join(jobDir, 'home');
  const toolCache = join(run.settings.workRoot, 'toolcache');
  for (const dir of [workspace, runnerTemp, home, toolCache, join(runnerTemp, '_github_workflow')])
    mkdirSync(dir, { recursive: true });
  const eventPath = join(runnerTemp, '_github_workflow', 'event.json');
  writeFileSync(eventPath, JSON.stringify(run.payload, null, 2));
  return {
    jobId: instance.jobId,
    token: `ghs_${randomBytes(18).toString('hex')}`,
    workspace,
    runnerTemp,
    toolCache,
    eventPath,
    home,
    startedAt: Date.now(),
    jobDir,
  };
}

function createRuntime(run: RunContext, instance: JobInstance, place: PreparedPlace, masks: MaskSet): JobRuntime {
  const { frame, job, raw } = instance;
  for (const key of ['container', 'services']) {
    if (child(raw, key)) throw new Error(`jobs.${instance.jobId}.${key}: the workflow host runs no containers`);
  }
  const bootstrap = new JobRuntime(
    run,
    frame,
    place,
    instance.permissions,
    masks,
    {},
    instance.needs,
    instance.matrix,
    instance.strategy,
    Number.MAX_SAFE_INTEGER,
    { shell: undefined, workingDirectory: undefined },
  );
  const workflowEnv = evaluateEnv(frame.workflow.template.env, bootstrap, {});
  const jobEnv = evaluateEnv(job.env, bootstrap, workflowEnv);
  const minutes = numberOf(child(raw, 'timeout-minutes'), bootstrap) ?? run.settings.defaultTimeoutMinutes;
  const defaults = {
    shell:
      stringOf(child(child(child(raw, 'defaults'), 'run'), 'shell')) ??
      stringOf(child(child(child(frame.workflow.root, 'defaults'), 'run'), 'shell')),
    workingDirectory:
      stringOf(child(child(child(raw, 'defaults'), 'run'), 'working-directory')) ??
      stringOf(child(child(child(frame.workflow.root, 'defaults'), 'run'), 'working-directory')),
  };
  return new JobRuntime(
    run,
    frame,
    place,
    instance.permissions,
    masks,
    { ...workflowEnv, ...jobEnv },
    instance.needs,
    instance.matrix,
    instance.strategy,
    place.startedAt + minutes * 60_000,
    defaults,
  );
}

export function evaluateEnv(
  token: TemplateToken | undefined,
  job: JobRuntime,
  envSoFar: Record<string, string>,
): Record<string, string> {
  if (!token) return {};
  const value = evaluateToken(token, job.scope({ env: envSoFar }));
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, coerceToString(entry)]));
}

export function numberOf(token: TemplateToken | undefined, job: JobRuntime): number | undefined {
  if (!token) return undefined;
  const value = Number(coerceToString(evaluateToken(token, job.scope())));
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

function stringOf(token: TemplateToken | undefined): string | undefined {
  return token && isString(token) ? token.value : undefined;
}

/** The `# vX.Y.Z` after a `uses:` value on its line. */
function commentAfter(frame: WorkflowFrame, step: Step): string | undefined {
  if (!('uses' in step)) return undefined;
  const line = step.uses.range?.start.line;
  if (line === undefined) return undefined;
  const text = sourceLine(frame.workflow, line);
  const hash = text.indexOf(' #');
  return hash < 0 ? undefined : text.slice(hash + 2);
}

function evaluateOutputs(job: JobRuntime, instance: JobInstance, errors: string[]): Record<string, string> {
  const outputs: Record<string, string> = {};
  const token = instance.job.outputs;
  if (!token) return outputs;
  for (const pair of token) {
    const name = pair.key.assertString('output name').value;
    try {
      const value = isBasicExpression(pair.value)
        ? coerceToString(evaluateExpression(pair.value.expression, job.scope()))
        : coerceToString(evaluateToken(pair.value, job.scope()));
      // GitHub drops a job output that contains a secret rather than passing it on.
      if (job.masks.contains(value)) {
        job.stepRecords.at(-1)?.annotations.emitted.push({
          level: 'warning',
          message: `Skip output '${name}' since it may contain secret.`,
        });
        continue;
      }
      outputs[name] = value;
    } catch (error) {
      errors.push(`The template is not valid. ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return outputs;
}

function jobRecord(
  instance: JobInstance,
  place: PreparedPlace,
  result: Result,
  errors: string[],
  job: JobRuntime | undefined,
  outputs: Record<string, string>,
): JobRecord {
  const steps: StepRecord[] = job?.stepRecords ?? [];
  const warnings = job && job.node20Actions.size > 0 ? [node20Warning([...job.node20Actions])] : [];
  return {
    id: `${instance.frame.idPrefix}${instance.jobId}`,
    name: instance.name,
    matrix: instance.matrix,
    result,
    outputs,
    summary: steps.map((step) => step.summary).join(''),
    permissions: granted(instance.permissions),
    steps,
    annotations: jobAnnotations(steps, warnings, errors),
    errors,
    concurrency: undefined,
    workspace: place.workspace,
    runnerTemp: place.runnerTemp,
  };
}

/**
 * GitHub's job-level warning for actions declaring node20 (they are forced onto Node 24 since
 * June 2026). The wording follows the runner's message of the 2025-09-19 deprecation notice.
 */
function node20Warning(actions: string[]): Annotation {
  return {
    level: 'warning',
    message: `Node.js 20 actions are deprecated. The following actions are running on Node.js 20 and may not work as expected: ${actions.join(', ')}. Actions will be forced to run with Node.js 24 by default starting June 2nd, 2026. Please check if updated versions of these actions are available that support Node.js 24. For more information see: https://github.blog/changelog/2025-09-19-deprecation-of-node-20-on-github-actions-runners/`,
  };
}

/** Step annotations as kept per step, then at most 50 for the job; job warnings and errors come last. */
function jobAnnotations(steps: StepRecord[], warnings: Annotation[], errors: string[]): JobRecord['annotations'] {
  const emitted: Annotation[] = [];
  const candidates: Annotation[] = [];
  const dropped: Annotation[] = [];
  for (const step of steps) {
    emitted.push(...step.annotations.emitted);
    candidates.push(...step.annotations.kept);
    dropped.push(...step.annotations.dropped);
  }
  for (const annotation of [...warnings, ...errors.map((message): Annotation => ({ level: 'error', message }))]) {
    emitted.push(annotation);
    candidates.push(annotation);
  }
  return {
    emitted,
    kept: candidates.slice(0, ANNOTATIONS_PER_JOB),
    dropped: [...dropped, ...candidates.slice(ANNOTATIONS_PER_JOB)],
  };
}
