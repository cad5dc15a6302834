/**
 * A job that calls a reusable workflow: `with:` checked against `on.workflow_call.inputs`
 * (types, required, defaults), `secrets:` (or `inherit`), the called jobs run with the calling
 * job's permissions as their ceiling, and `on.workflow_call.outputs` evaluated from the called
 * jobs' results and outputs (the `jobs` context).
 */
import type { ReusableWorkflowJob } from '@actions/workflow-parser/model/workflow-template';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';
import { isMapping } from '@actions/workflow-parser';
import { parseFileReference } from '@actions/workflow-parser/workflows/file-reference';
import { coerceToString, evaluateToken, type JsonValue } from './expressions.js';
import { aggregate, blankRecord, pushRecord, runWorkflowJobs } from './job-graph.js';
import { jobPermissions } from './job-permissions.js';
import { jobLevelScope, runLevelGithub } from './job-scope.js';
import { child, jobToken, loadWorkflow, type LoadedWorkflow } from './load-workflow.js';
import type { Combination } from './matrix.js';
import type { JobOutcome, RunContext, WorkflowFrame } from './run-context.js';
import type { Result } from './types.js';

export interface CallPlace {
  needs: Record<string, JsonValue>;
  matrix: Combination | undefined;
  strategy: Record<string, JsonValue> | undefined;
  name: string;
}

export async function loadCalledWorkflow(run: RunContext, frame: WorkflowFrame, ref: string): Promise<LoadedWorkflow> {
  const reference = parseFileReference(ref);
  const source = run.resolveSource(reference, frame.self);
  const content = source.readFile(reference.path);
  if (content === undefined) throw new Error(`Unable to find reusable workflow '${ref}'`);
  return loadWorkflow(reference.path, content, source, run.resolveSource);
}

export async function runCalledWorkflow(
  run: RunContext,
  frame: WorkflowFrame,
  job: ReusableWorkflowJob,
  place: CallPlace,
): Promise<JobOutcome> {
  const id = job.id.value;
  const fail = (message: string): JobOutcome => {
    pushRecord(run, blankRecord(frame, job, place.name, place.matrix, 'failure', [message]));
    return { result: 'failure', outputs: {} };
  };
  let called: LoadedWorkflow;
  let inputs: Record<string, JsonValue>;
  let secrets: Record<string, string>;
  try {
    called = await loadCalledWorkflow(run, frame, job.ref.value);
    if (called.errors.length > 0) return fail(called.errors.join('\n'));
    const scope = jobLevelScope(run, frame, id, place.needs, { matrix: place.matrix, strategy: place.strategy });
    inputs = calledInputs(job, called, scope);
    secrets = job['inherit-secrets']
      ? { ...frame.secrets }
      : explicitSecrets(job['secret-values'], scope, frame.secrets);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  const callerPermissions = jobPermissions(run, frame, jobToken(frame.workflow, id));
  const outcomes = await runWorkflowJobs(run, {
    workflow: called,
    inputs,
    secrets,
    callerPermissions,
    namePrefix: `${place.name} / `,
    idPrefix: `${frame.idPrefix}${id}/`,
    self: called.source,
  });
  const results: Result[] = [...outcomes.values()].map((outcome) => outcome.result);
  const result = aggregate(results) === 'skipped' ? 'success' : aggregate(results);
  const jobsContext: Record<string, JsonValue> = {};
  for (const [jobId, outcome] of outcomes) jobsContext[jobId] = { result: outcome.result, outputs: outcome.outputs };
  const outputs: Record<string, string> = {};
  const definitions = child(child(child(called.root, 'on'), 'workflow_call'), 'outputs');
  if (definitions && isMapping(definitions)) {
    for (const pair of definitions) {
      const value = child(pair.value, 'value');
      if (!value) continue;
      const scope = {
        contexts: { github: runLevelGithub(run, id), inputs, vars: run.settings.vars, jobs: jobsContext },
        functions: [],
      };
      outputs[pair.key.assertString('output').value] = coerceToString(evaluateToken(value, scope));
    }
  }
  return { result, outputs };
}

/** `with:` values typed and defaulted by the called workflow's `on.workflow_call.inputs`. */
function calledInputs(
  job: ReusableWorkflowJob,
  called: LoadedWorkflow,
  scope: ReturnType<typeof jobLevelScope>,
): Record<string, JsonValue> {
  const given: Record<string, JsonValue> = {};
  const values = job['input-values'];
  if (values) for (const pair of values) given[pair.key.assertString('input').value] = evaluateToken(pair.value, scope);
  const definitions = child(child(child(called.root, 'on'), 'workflow_call'), 'inputs');
  const inputs: Record<string, JsonValue> = {};
  if (!definitions || !isMapping(definitions)) {
    const unknown = Object.keys(given);
    if (unknown.length > 0) throw new Error(`Invalid input, ${unknown[0]} is not defined in the referenced workflow.`);
    return inputs;
  }
  const known = new Set<string>();
  for (const pair of definitions) {
    const name = pair.key.assertString('input').value;
    known.add(name);
    const type = stringValue(child(pair.value, 'type')) ?? 'string';
    const defaultToken = child(pair.value, 'default');
    let value = given[name];
    if (value === undefined && defaultToken)
      value = evaluateToken(defaultToken, {
        contexts: { github: scope.contexts['github'], inputs: {}, vars: scope.contexts['vars'] },
        functions: [],
      });
    if (value === undefined) value = type === 'boolean' ? false : type === 'number' ? 0 : '';
    inputs[name] = typed(name, type, value);
  }
  for (const name of Object.keys(given))
    if (!known.has(name)) throw new Error(`Invalid input, ${name} is not defined in the referenced workflow.`);
  return inputs;
}

function typed(name: string, type: string, value: JsonValue): JsonValue {
  const expected = type === 'boolean' ? 'boolean' : type === 'number' ? 'number' : 'string';
  if (typeof value !== expected) {
    throw new Error(
      `The template is not valid. Input '${name}': unexpected value '${JSON.stringify(value)}', expected type: ${expected[0]!.toUpperCase()}${expected.slice(1)}`,
    );
  }
  return value;
}

function stringValue(token: TemplateToken | undefined): string | undefined {
  return token && 'value' in token && typeof token.value === 'string' ? token.value : undefined;
}

function explicitSecrets(
  token: TemplateToken | undefined,
  scope: ReturnType<typeof jobLevelScope>,
  available: Record<string, string>,
): Record<string, string> {
  const secrets: Record<string, string> = {};
  if (available['GITHUB_TOKEN'] !== undefined) secrets['GITHUB_TOKEN'] = available['GITHUB_TOKEN'];
  if (token && isMapping(token))
    for (const pair of token)
      secrets[pair.key.assertString('secret').value] = coerceToString(evaluateToken(pair.value, scope));
  return secrets;
}
