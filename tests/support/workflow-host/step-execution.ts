/**
 * What every step that runs a process shares: fresh environment files, the process itself with
 * its workflow commands, then the files read back (outputs, env, path, state, summary) into
 * the job, and the annotations limited as GitHub shows them.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  createStepFiles,
  FileCommandError,
  parseKeyValueFile,
  readPathFile,
  readSummary,
  type StepFiles,
} from './file-commands.js';
import type { JobRuntime } from './job-runtime.js';
import { runProcess, type ProcessResult } from './process.js';
import { CommandProcessor } from './workflow-commands.js';
import type { Annotation } from './types.js';

export interface ProcessStepResult {
  ok: boolean;
  exitCode: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  annotations: Annotation[];
  errors: string[];
  summary: string;
}

export interface ProcessStepSpec {
  file: string;
  args: string[];
  cwd: string;
  /** Environment without the file-command variables (added here). */
  env: Record<string, string>;
  timeoutMs: number;
  /** STATE_* for post steps. */
  state?: Record<string, string>;
  /**
   * A non-zero exit adds the error annotation "Process completed with exit code N." (the
   * runner's ScriptHandler, for `run:` steps; default). Node actions (NodeScriptActionHandler)
   * only fail: their own `::error::` commands say why.
   */
  reportsExitCode?: boolean;
}

let fileCounter = 0;

export async function executeProcessStep(job: JobRuntime, spec: ProcessStepSpec): Promise<ProcessStepResult> {
  const dir = join(job.place.runnerTemp, '_runner_file_commands');
  mkdirSync(dir, { recursive: true });
  fileCounter += 1;
  const files = createStepFiles(dir, fileCounter);
  const commands = new CommandProcessor(job.masks);
  const stateEnv = Object.fromEntries(Object.entries(spec.state ?? {}).map(([key, value]) => [`STATE_${key}`, value]));
  const result = await runProcess({
    file: spec.file,
    args: spec.args,
    cwd: spec.cwd,
    env: { ...spec.env, ...stateEnv, ...fileEnv(files) },
    timeoutMs: spec.timeoutMs,
    commands,
  });
  return collect(job, files, commands, result, spec.reportsExitCode !== false);
}

function fileEnv(files: StepFiles): Record<string, string> {
  return {
    GITHUB_OUTPUT: files.output,
    GITHUB_ENV: files.env,
    GITHUB_STATE: files.state,
    GITHUB_PATH: files.path,
    GITHUB_STEP_SUMMARY: files.summary,
  };
}

function collect(
  job: JobRuntime,
  files: StepFiles,
  commands: CommandProcessor,
  result: ProcessResult,
  reportsExitCode: boolean,
): ProcessStepResult {
  const errors: string[] = [];
  const annotations = [...commands.annotations];
  let outputs: Record<string, string> = { ...commands.legacyOutputs };
  let state: Record<string, string> = { ...commands.legacyState };
  try {
    outputs = { ...outputs, ...parseKeyValueFile(files.output, 'GITHUB_OUTPUT') };
    state = { ...state, ...parseKeyValueFile(files.state, 'GITHUB_STATE') };
    const env = parseKeyValueFile(files.env, 'GITHUB_ENV');
    Object.assign(job.exportedEnv, env);
    job.addedPath.unshift(...readPathFile(files.path).reverse());
  } catch (error) {
    if (!(error instanceof FileCommandError)) throw error;
    errors.push(error.message);
  }
  const summary = readSummary(files.summary);
  if (summary.tooLarge) {
    annotations.push({
      level: 'error',
      message: '$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of 1024k, got more',
    });
  }
  if (result.spawnError !== undefined) errors.push(`An error occurred trying to start process '${result.spawnError}'`);
  if (result.timedOut) errors.push('The action has timed out.');
  else if (result.exitCode !== 0 && result.exitCode !== null) {
    if (reportsExitCode) errors.push(`Process completed with exit code ${result.exitCode}.`);
  } else if (result.exitCode === null && result.spawnError === undefined) errors.push('The process was killed.');
  for (const message of errors) annotations.push({ level: 'error', message });
  return {
    ok: errors.length === 0 && (result.exitCode === 0 || result.exitCode === null),
    exitCode: result.exitCode,
    stdout: result.stdout,
    stderr: result.stderr,
    outputs,
    state,
    annotations,
    errors,
    summary: summary.text,
  };
}
