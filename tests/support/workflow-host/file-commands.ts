/**
 * The environment files a step writes (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE, GITHUB_PATH,
 * GITHUB_STEP_SUMMARY), read after the step as the runner reads them: `name=value` lines and
 * `name<<DELIMITER` ... `DELIMITER` blocks; a malformed file fails the step.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface StepFiles {
  output: string;
  env: string;
  state: string;
  path: string;
  summary: string;
}

/** Fresh, empty files for one step (the runner gives each step its own). */
export function createStepFiles(dir: string, stepIndex: number): StepFiles {
  const file = (name: string): string => {
    const path = join(dir, `${name}_${stepIndex}`);
    writeFileSync(path, '');
    return path;
  };
  return {
    output: file('set_output'),
    env: file('set_env'),
    state: file('save_state'),
    path: file('add_path'),
    summary: file('step_summary'),
  };
}

export class FileCommandError extends Error {}

/** Parses a key-value environment file. */
export function parseKeyValueFile(path: string, what: string): Record<string, string> {
  const lines = readFileSync(path, 'utf8').split('\n');
  const values: Record<string, string> = {};
  for (let index = 0; index < lines.length; index += 1) {
    const line = (lines[index] ?? '').replace(/\r$/, '');
    if (line === '') continue;
    const heredoc = line.indexOf('<<');
    const equals = line.indexOf('=');
    if (heredoc > 0 && (equals < 0 || heredoc < equals)) {
      const name = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      if (delimiter === '') throw new FileCommandError(`Invalid format '${line}' in ${what}: empty delimiter`);
      const body: string[] = [];
      index += 1;
      while (index < lines.length && (lines[index] ?? '').replace(/\r$/, '') !== delimiter) {
        body.push((lines[index] ?? '').replace(/\r$/, ''));
        index += 1;
      }
      if (index >= lines.length)
        throw new FileCommandError(`Invalid value. Matching delimiter not found '${delimiter}'`);
      values[name] = body.join('\n');
    } else if (equals > 0) {
      values[line.slice(0, equals)] = line.slice(equals + 1);
    } else {
      throw new FileCommandError(`Invalid format '${line}' in ${what}`);
    }
  }
  return values;
}

export function readPathFile(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** GitHub refuses a step summary over 1 MiB ("$GITHUB_STEP_SUMMARY upload aborted"). */
export const STEP_SUMMARY_LIMIT = 1024 * 1024;

export function readSummary(path: string): { text: string; tooLarge: boolean } {
  const text = readFileSync(path, 'utf8');
  return Buffer.byteLength(text) > STEP_SUMMARY_LIMIT ? { text: '', tooLarge: true } : { text, tooLarge: false };
}
