/** The GitHub client for a run, when there is a token and a repository to talk to. */
import * as core from '@actions/core';
import { createGitHubClient, type GitHubApi } from '../github/client.js';
import type { RunContext } from '../github/run-context.js';

export function githubFor(ctx: RunContext, token: string): GitHubApi | null {
  if (!token || !ctx.owner || !ctx.repo) return null;
  return createGitHubClient({ token, owner: ctx.owner, repo: ctx.repo, log: (m) => core.info(m) });
}
