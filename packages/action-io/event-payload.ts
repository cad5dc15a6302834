/**
 * Checks the event payload (GITHUB_EVENT_PATH) before anything reads it. `@actions/github`
 * parses that file while it is being imported, before any action code runs, and a malformed
 * file there is a stack trace in every action. This module is the first each action imports
 * (ES modules run in import order): a payload that is not a JSON object is recorded here and
 * taken out of the environment, so that the import goes through and `runAction` reports it as
 * the user's problem, naming the variable and the file.
 */
import { readFileSync, statSync } from 'node:fs';
import { ConfigurationError } from '../core/errors.js';
import { jsonNestingProblem } from '../core/json-text.js';

/** GitHub's event payloads are well under this (a push with many commits is a few MB). */
const MAX_EVENT_BYTES = 64 * 1024 * 1024;

function check(path: string): string | null {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return null; // a missing file: @actions/github says so itself, and the payload is empty
  }
  if (size > MAX_EVENT_BYTES) return `is ${size} bytes, more than an event payload can be (${MAX_EVENT_BYTES})`;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`;
  }
  const nesting = jsonNestingProblem(text);
  if (nesting) return nesting;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return 'is not valid JSON';
  }
  return data !== null && typeof data === 'object' && !Array.isArray(data) ? null : 'is not a JSON object';
}

const path = process.env.GITHUB_EVENT_PATH;
const problem = path ? check(path) : null;
if (problem) delete process.env.GITHUB_EVENT_PATH;

/** The payload's problem as an error (thrown by runAction before the action's main), or null. */
export function eventPayloadError(): ConfigurationError | null {
  if (!problem) return null;
  return new ConfigurationError(
    `the event payload ${path} (GITHUB_EVENT_PATH) ${problem}`,
    { at: 'GITHUB_EVENT_PATH' },
    'The runner writes this file; a step before this one may have overwritten it. Re-run the job; if it persists, check the steps that write to $GITHUB_EVENT_PATH.',
  );
}
