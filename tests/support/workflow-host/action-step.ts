/**
 * `uses:` steps. A third-party action runs as its stand-in (after the pin check); this
 * repository's actions (`tta/maturity-actions[/dir]@ref`, `$/dir` in its own workflows) run from
 * the working tree; other repositories of the fake, `$/dir` in the user's workflows and `./dir`
 * run from their files. A JavaScript action runs as the runner runs it: action.yml read with
 * GitHub's action parser, inputs with their defaults as INPUT_<NAME>, `runs.main` (and
 * `runs.post`) with the configured node binary.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { convertActionTemplate, parseAction } from '@actions/workflow-parser/actions/index';
import type { ActionTemplate } from '@actions/workflow-parser/actions/action-template';
import { NoOperationTraceWriter } from '@actions/workflow-parser';
import { coerceToString, evaluateToken } from './expressions.js';
import type { JobRuntime } from './job-runtime.js';
import { actionName, parseActionReference, type ActionReference } from './references.js';
import { FakeRepoSource, workspaceDirectory } from './sources.js';
import { executeProcessStep, type ProcessStepResult } from './step-execution.js';
import { checkPin, PinError, standInFor, StandInFailure } from './stand-ins/index.js';
import type { Annotation } from './types.js';

export interface UsesStepInput {
  uses: string;
  /** Text after `#` on the `uses:` line. */
  comment: string | undefined;
  stepId: string;
  with: Record<string, string>;
  env: Record<string, string>;
  timeoutMs: number;
}

export interface UsesStepResult extends ProcessStepResult {
  resolvedAction: string;
}

export async function runUsesStep(job: JobRuntime, step: UsesStepInput): Promise<UsesStepResult> {
  let reference: ActionReference;
  try {
    reference = parseActionReference(step.uses);
  } catch (error) {
    return failure(String(error instanceof Error ? error.message : error), step.uses);
  }
  if (reference.kind === 'docker')
    return failure(`Docker actions are not supported by the workflow host: ${step.uses}`, step.uses);
  if (reference.kind === 'repository') {
    const standIn = standInFor(actionName(reference));
    if (standIn) return runStandIn(job, step, reference);
  }
  const located = locate(job, reference);
  if (typeof located === 'string') return failure(located, step.uses);
  return runJavaScriptAction(job, step, located);
}

interface LocatedAction {
  dir: string;
  repository: string;
  ref: string;
  display: string;
}

function locate(job: JobRuntime, reference: Exclude<ActionReference, { kind: 'docker' }>): LocatedAction | string {
  const { settings } = job.run;
  if (reference.kind === 'workspace') {
    const dir = workspaceDirectory(job.place.workspace, reference.path);
    return dir
      ? { dir, repository: '', ref: '', display: dir }
      : `Can't find 'action.yml', 'action.yaml' or 'Dockerfile' under '${resolve(job.place.workspace, reference.path)}'. Did you forget to run actions/checkout before running your local action?`;
  }
  if (reference.kind === 'self') {
    const dir = job.frame.self.directory(reference.path);
    return dir
      ? {
          dir,
          repository: job.frame.self.repository,
          ref: job.frame.self.sha ?? job.frame.self.ref,
          display: `${job.frame.self.repository}/${reference.path} (self)`,
        }
      : `Unable to resolve action '${reference.text}': no folder '${reference.path}' in ${job.frame.self.repository}`;
  }
  const repository = `${reference.owner}/${reference.repo}`;
  if (repository.toLowerCase() === settings.actionsRepository.toLowerCase()) {
    const dir = join(settings.actionsRoot, reference.path);
    return existsSync(dir)
      ? { dir, repository, ref: reference.ref, display: `working tree ${reference.path || '.'}` }
      : `Unable to resolve action '${reference.text}': no folder '${reference.path}' in the working tree`;
  }
  const repo = settings.gh.state.repo(reference.owner, reference.repo);
  const commit = repo?.git.resolve(reference.ref);
  if (!repo || !commit)
    return `Unable to resolve action \`${reference.text}\`, unable to find version \`${reference.ref}\``;
  const dir = new FakeRepoSource(repo, reference.ref, commit.sha, join(job.run.runDir, '_actions')).directory(
    reference.path,
  );
  return dir
    ? { dir, repository, ref: reference.ref, display: `${repository}@${commit.sha}` }
    : `Unable to resolve action '${reference.text}'`;
}

function readActionFile(dir: string): { template?: ActionTemplate; error?: string } {
  const file = ['action.yml', 'action.yaml'].map((name) => join(dir, name)).find((path) => existsSync(path));
  if (!file) return { error: `Can't find 'action.yml', 'action.yaml' or 'Dockerfile' under '${dir}'.` };
  const content = readFileSync(file, 'utf8');
  const parsed = parseAction({ name: file, content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((error) => error.message);
  if (errors.length > 0 || !parsed.value) return { error: errors.join('\n') || `${file}: not an action` };
  return { template: convertActionTemplate(parsed.context, parsed.value) };
}

async function runJavaScriptAction(
  job: JobRuntime,
  step: UsesStepInput,
  action: LocatedAction,
): Promise<UsesStepResult> {
  const { template, error } = readActionFile(action.dir);
  if (!template) return failure(error ?? 'unreadable action', action.display);
  const runs = template.runs;
  if (runs.using === 'composite' || runs.using === 'docker') {
    return failure(`${runs.using} actions are not supported by the workflow host (${step.uses})`, action.display);
  }
  if (runs.using === 'node20') job.node20Actions.add(step.uses);
  const githubForStep = job.github({
    action: step.stepId,
    actionPath: action.dir,
    actionRepository: action.repository,
    actionRef: action.ref,
  });
  const inputCheck = resolveInputs(job, step, template, githubForStep);
  if (inputCheck.fatal.length > 0)
    return {
      ...failure(inputCheck.fatal.join('\n'), action.display),
      annotations: [
        ...inputCheck.annotations,
        ...inputCheck.fatal.map((message) => ({ level: 'error' as const, message })),
      ],
    };
  const inputEnv = Object.fromEntries(
    Object.entries(inputCheck.values).map(([name, value]) => [
      `INPUT_${name.replaceAll(' ', '_').toUpperCase()}`,
      value,
    ]),
  );
  const env = job.processEnv(githubForStep, job.envContext(step.env), inputEnv);
  const main = await executeProcessStep(job, {
    file: job.run.settings.node,
    args: [resolve(action.dir, runs.main)],
    cwd: job.place.workspace,
    env,
    timeoutMs: step.timeoutMs,
    reportsExitCode: false,
  });
  if (runs.post) registerPost(job, step, action, runs.post, runs.postIf, env, main.state);
  return {
    ...main,
    annotations: [...inputCheck.annotations, ...main.annotations],
    resolvedAction: `${action.display} (${runs.using})`,
  };
}

function registerPost(
  job: JobRuntime,
  step: UsesStepInput,
  action: LocatedAction,
  post: string,
  postIf: string | undefined,
  env: Record<string, string>,
  state: Record<string, string>,
): void {
  job.posts.push({
    name: `Post ${step.uses}`,
    // The runner's default post-if is always(); the host knows only always() and success().
    condition: (status) =>
      postIf === undefined || postIf.includes('always()') || (postIf.includes('success()') && status === 'success'),
    run: async () => {
      const result = await executeProcessStep(job, {
        file: job.run.settings.node,
        args: [resolve(action.dir, post)],
        cwd: job.place.workspace,
        env,
        timeoutMs: job.remainingMs(),
        state,
        reportsExitCode: false,
      });
      return {
        name: `Post ${step.uses}`,
        id: `__post_${step.stepId}`,
        uses: step.uses,
        outcome: result.ok ? 'success' : 'failure',
        conclusion: result.ok ? 'success' : 'failure',
        outputs: {},
        exitCode: result.exitCode,
        stdout: result.stdout,
        stderr: result.stderr,
        annotations: { emitted: result.annotations, kept: result.annotations, dropped: [] },
        errors: result.errors,
        summary: result.summary,
      };
    },
  });
}

interface ResolvedInputs {
  values: Record<string, string>;
  annotations: Annotation[];
  fatal: string[];
}

function resolveInputs(
  job: JobRuntime,
  step: UsesStepInput,
  template: ActionTemplate,
  github: Record<string, import('./expressions.js').JsonValue>,
): ResolvedInputs {
  const definitions = template.inputs ?? [];
  const known = new Set(definitions.map((input) => input.id.toLowerCase()));
  const values: Record<string, string> = {};
  const annotations: Annotation[] = [];
  const fatal: string[] = [];
  const unexpected = Object.keys(step.with).filter((name) => !known.has(name.toLowerCase()));
  if (unexpected.length > 0) {
    const message = `Unexpected input(s) '${unexpected.join("', '")}', valid inputs are ['${definitions.map((input) => input.id).join("', '")}']`;
    annotations.push({ level: 'warning', message });
    if (job.run.settings.strictInputs) fatal.push(message);
  }
  const scope = job.scope({ env: job.envContext(step.env) });
  scope.contexts['github'] = github;
  for (const input of definitions) {
    const given = Object.entries(step.with).find(([name]) => name.toLowerCase() === input.id.toLowerCase())?.[1];
    if (given !== undefined) values[input.id] = given;
    else if (input.default !== undefined) values[input.id] = coerceToString(evaluateToken(input.default, scope));
    if (input.required && given === undefined && input.default === undefined && job.run.settings.strictInputs) {
      fatal.push(`Input required and not supplied: ${input.id}`);
    }
    if (input.deprecationMessage && given !== undefined) {
      annotations.push({
        level: 'warning',
        message: `Input '${input.id}' has been deprecated with message: ${input.deprecationMessage}`,
      });
    }
  }
  // Inputs the action does not declare still reach it, as on GitHub.
  for (const name of unexpected) values[name] = step.with[name] ?? '';
  return { values, annotations, fatal };
}

async function runStandIn(
  job: JobRuntime,
  step: UsesStepInput,
  reference: ActionReference & { kind: 'repository' },
): Promise<UsesStepResult> {
  const name = actionName(reference);
  let release;
  try {
    release = checkPin(name, reference.ref, step.comment);
  } catch (error) {
    if (error instanceof PinError) return failure(error.message, name);
    throw error;
  }
  const standIn = standInFor(name);
  if (!standIn) return failure(`no stand-in for ${name}`, name);
  if (release.using === 'node20') job.node20Actions.add(step.uses);
  const annotations: Annotation[] = [];
  const unexpected = Object.keys(step.with).filter((key) => !release.inputs.includes(key));
  if (unexpected.length > 0) {
    const message = `Unexpected input(s) '${unexpected.join("', '")}', valid inputs are ['${release.inputs.join("', '")}']`;
    annotations.push({ level: 'warning', message });
    if (job.run.settings.strictInputs) return { ...failure(message, name), annotations: [{ level: 'error', message }] };
  }
  const defaults = Object.fromEntries(
    Object.entries(standIn.defaults({ job })).filter(([key]) => release.inputs.includes(key)),
  );
  const stdout: string[] = [];
  const outputs: Record<string, string> = {};
  const display = `stand-in ${name} ${release.version} (${release.using})`;
  try {
    await standIn.run({
      job,
      inputs: { ...defaults, ...step.with },
      version: release.version,
      log: (line) => stdout.push(job.masks.apply(line)),
      annotate: (annotation) => annotations.push({ ...annotation, message: job.masks.apply(annotation.message) }),
      setOutput: (key, value) => {
        outputs[key] = value;
      },
    });
  } catch (error) {
    const message =
      error instanceof StandInFailure
        ? error.message
        : `stand-in ${name} crashed: ${error instanceof Error ? error.stack : String(error)}`;
    annotations.push({ level: 'error', message: job.masks.apply(message) });
    return {
      ok: false,
      exitCode: 1,
      stdout: stdout.join('\n'),
      stderr: '',
      outputs,
      state: {},
      annotations,
      errors: [message],
      summary: '',
      resolvedAction: display,
    };
  }
  return {
    ok: true,
    exitCode: 0,
    stdout: stdout.join('\n'),
    stderr: '',
    outputs,
    state: {},
    annotations,
    errors: [],
    summary: '',
    resolvedAction: display,
  };
}

function failure(message: string, display: string): UsesStepResult {
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
    resolvedAction: display,
  };
}
