/**
 * The functions @actions/expressions leaves to the runner: the status functions, whose answer
 * depends on where they are evaluated (a job's `if:` looks at the jobs it needs, a step's at
 * the job so far), and hashFiles, which reads the workspace.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { data } from '@actions/expressions';
import { globSync } from 'tinyglobby';
import type { ExpressionFunction } from './expressions.js';

export type StatusFunctions = readonly ExpressionFunction[];

/** What success(), failure() and cancelled() answer in one place. */
export interface StatusView {
  success: boolean;
  failure: boolean;
  cancelled: boolean;
}

export function statusFunctions(view: StatusView): StatusFunctions {
  const constant = (name: string, value: boolean, maxArgs = 0): ExpressionFunction => ({
    name,
    minArgs: 0,
    maxArgs,
    call: () => new data.BooleanData(value),
  });
  // success() and failure() accept (and, like the runner, ignore) job names in job conditions.
  return [
    constant('success', view.success, Number.MAX_SAFE_INTEGER),
    constant('failure', view.failure, Number.MAX_SAFE_INTEGER),
    constant('cancelled', view.cancelled),
    constant('always', true),
  ];
}

/**
 * A job's `if:` view: success when every job it needs succeeded; failure when a job it
 * depends on (directly or not) failed; cancelled when the run was cancelled.
 */
export function jobStatusView(
  needResults: readonly string[],
  ancestorResults: readonly string[],
  runCancelled: boolean,
): StatusView {
  const failure = ancestorResults.includes('failure');
  return {
    success: !runCancelled && !failure && needResults.every((result) => result === 'success'),
    failure: !runCancelled && failure,
    cancelled: runCancelled,
  };
}

/** A step's `if:` view: the job's status so far. */
export function stepStatusView(jobStatus: 'success' | 'failure' | 'cancelled'): StatusView {
  return { success: jobStatus === 'success', failure: jobStatus === 'failure', cancelled: jobStatus === 'cancelled' };
}

/**
 * hashFiles(patterns...): the SHA-256 of the SHA-256 digests of every matching file under the
 * workspace, in path order; '' when nothing matches. `!pattern` excludes, as in the runner.
 */
export function hashFilesFunction(workspace: string): ExpressionFunction {
  return {
    name: 'hashFiles',
    minArgs: 1,
    maxArgs: 255,
    call: (...args) => {
      const patterns = args.map((arg) => arg.coerceString());
      return new data.StringData(hashFilesSync(workspace, patterns));
    },
  };
}

export function hashFilesSync(workspace: string, patterns: readonly string[]): string {
  const include = patterns.filter((pattern) => !pattern.startsWith('!'));
  const exclude = patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => pattern.slice(1));
  const files = globSync(include, { cwd: workspace, ignore: exclude, dot: true, absolute: true, onlyFiles: true })
    .map((file) => resolve(file))
    .filter((file) => !relative(workspace, file).startsWith(`..${sep}`))
    .sort();
  if (files.length === 0) return '';
  const outer = createHash('sha256');
  for (const file of files) {
    if (!statSync(file).isFile()) continue;
    outer.update(createHash('sha256').update(readFileSync(file)).digest());
  }
  return outer.digest('hex');
}
