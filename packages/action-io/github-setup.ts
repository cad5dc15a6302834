/** The GitHub client for a run, when there is a token and a repository to talk to. */
import * as core from '@actions/core';
import { createGitHubClient, type GitHubApi } from '../github/client.js';
import type { RunContext } from '../github/run-context.js';
import { redactUrls } from '../core/redact.js';
import { logLine } from '../report/workflow-text.js';

export function githubFor(ctx: RunContext, token: string): GitHubApi | null {
  if (!token || !ctx.owner || !ctx.repo) return null;
  // The retry log quotes the API's messages: one line each, URLs without credentials, the token never.
  const log = (m: string) => core.info(logLine(redactUrls(m).split(token).join('***')));
  return createGitHubClient({ token, owner: ctx.owner, repo: ctx.repo, log });
}
