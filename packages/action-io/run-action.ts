/**
 * The one catch around an action's main: a user's mistake becomes one error annotation
 * (placed on the file and line when known) and exit code 1, without a stack trace; anything
 * else is reported as a bug, with the stack in the debug log.
 */
import * as core from '@actions/core';
import { ConfigurationError } from '../core/errors.js';
import { GitHubApiError } from '../github/api-errors.js';
import { eventPayloadError } from './event-payload.js';

export async function runAction(name: string, main: () => Promise<void>): Promise<void> {
  try {
    const badEvent = eventPayloadError();
    if (badEvent) throw badEvent;
    await main();
  } catch (e) {
    if (e instanceof ConfigurationError) {
      const { file, line, column } = e.place;
      core.error(`${name}: ${e.describe()}`, {
        title: `${name}: cannot run`,
        ...(file && !file.includes('#') ? { file } : {}),
        ...(line ? { startLine: line } : {}),
        ...(column ? { startColumn: column } : {}),
      });
    } else if (e instanceof GitHubApiError) {
      core.error(`${name}: ${e.message}`, { title: `${name}: GitHub API` });
    } else {
      const err = e instanceof Error ? e : new Error(String(e));
      core.debug(err.stack ?? err.message);
      core.error(
        `${name}: unexpected error: ${err.message}. This is a bug in maturity-actions; please report it with this step's log (re-run with debug logging for the stack trace).`,
      );
    }
    // 1 is core.ExitCode.Failure, written out: stand-ins for @actions/core (@github/local-action's)
    // have no ExitCode.
    process.exitCode = 1;
  }
}
