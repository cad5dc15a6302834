/** The GitHub client for a run, when there is a token and a repository to talk to. */
import * as core from '@actions/core';
import type { ClientOptions, GitHubApi } from '../github/client.js';
import { lazyGitHubClient } from '../github/lazy-client.js';
import type { RunContext } from '../github/run-context.js';
import { redactUrls } from '../core/redact.js';
import { logLine } from '../report/workflow-text.js';

/**
 * Bounds the tests shrink so that a hanging or flooding fake API is met in seconds:
 * MATURITY_ACTIONS_API_TIMEOUT_MS (per attempt; a call's budget is four times that, room
 * for the back-off of a few retries) and
 * MATURITY_ACTIONS_API_MAX_REPLY_BYTES. Unset, the client's defaults apply.
 */
export function boundsFromEnv(env: NodeJS.ProcessEnv = process.env): Partial<ClientOptions> {
  const positive = (name: string): number | undefined => {
    const n = Number(env[name]);
    return Number.isFinite(n) && n > 0 ? n : undefined;
  };
  const timeoutMs = positive('MATURITY_ACTIONS_API_TIMEOUT_MS');
  const maxReplyBytes = positive('MATURITY_ACTIONS_API_MAX_REPLY_BYTES');
  return { ...(timeoutMs ? { timeoutMs, budgetMs: 4 * timeoutMs } : {}), ...(maxReplyBytes ? { maxReplyBytes } : {}) };
}

export function githubFor(ctx: RunContext, token: string): GitHubApi | null {
  if (!token || !ctx.owner || !ctx.repo) return null;
  // The retry log quotes the API's messages: one line each, URLs without credentials, the token never.
  const log = (m: string) => core.info(logLine(redactUrls(m).split(token).join('***')));
  return lazyGitHubClient({
    token,
    owner: ctx.owner,
    repo: ctx.repo,
    log,
    note: (m) => core.warning(logLine(redactUrls(m))),
    ...boundsFromEnv(),
  });
}
