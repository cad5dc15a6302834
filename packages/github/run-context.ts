/**
 * What the runner tells an action about the run: repository, commit, event, pull request.
 * Read from the environment and the event payload (GITHUB_EVENT_PATH) into plain data.
 */
import { readFileSync } from 'node:fs';

export interface PullRequestInfo {
  number: number;
  baseSha: string;
  headSha: string;
  baseRef: string;
  headRef: string;
  /** From another repository: its GITHUB_TOKEN is read-only. */
  fromFork: boolean;
}

export interface RunContext {
  eventName: string | null;
  owner: string | null;
  repo: string | null;
  /** The commit being checked: a pull request's head, else GITHUB_SHA. */
  sha: string | null;
  ref: string | null;
  pullRequest: PullRequestInfo | null;
  /** The issue or pull request a comment belongs on, if any. */
  issueNumber: number | null;
  run: { id: string; attempt: string; url: string } | null;
  workspace: string;
  actor: string | null;
  /** A push to the repository's default branch (its payload names the branch). */
  defaultBranchPush: boolean;
  /** The raw event payload, for actions that need more of it. */
  payload: Record<string, unknown>;
}

type Env = Record<string, string | undefined>;

function readPayload(env: Env): Record<string, unknown> {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return {};
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export function readRunContext(env: Env = process.env, cwd = process.cwd()): RunContext {
  const payload = readPayload(env);
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const pr = payload.pull_request as
    | {
        number?: number;
        base?: { sha?: string; ref?: string; repo?: { full_name?: string } };
        head?: { sha?: string; ref?: string; repo?: { full_name?: string } | null };
      }
    | undefined;
  let pullRequest: PullRequestInfo | null = null;
  if (pr && typeof pr.number === 'number') {
    const baseRepo = pr.base?.repo?.full_name;
    const headRepo = pr.head?.repo?.full_name;
    pullRequest = {
      number: pr.number,
      baseSha: pr.base?.sha ?? '',
      headSha: pr.head?.sha ?? '',
      baseRef: pr.base?.ref ?? '',
      headRef: pr.head?.ref ?? '',
      fromFork: !!baseRepo && headRepo !== baseRepo,
    };
  }
  const issue = payload.issue as { number?: number } | undefined;
  const issueNumber = pullRequest?.number ?? (typeof issue?.number === 'number' ? issue.number : null);
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const run =
    env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY
      ? {
          id: env.GITHUB_RUN_ID,
          attempt: env.GITHUB_RUN_ATTEMPT ?? '1',
          url: `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`,
        }
      : null;
  return {
    eventName: env.GITHUB_EVENT_NAME ?? null,
    owner: owner || null,
    repo: repo || null,
    sha: pullRequest?.headSha || env.GITHUB_SHA || null,
    ref: env.GITHUB_HEAD_REF || env.GITHUB_REF || null,
    pullRequest,
    issueNumber,
    run,
    workspace: env.GITHUB_WORKSPACE || cwd,
    actor: env.GITHUB_ACTOR ?? null,
    defaultBranchPush: isDefaultBranchPush(env, payload),
    payload,
  };
}

function isDefaultBranchPush(env: Env, payload: Record<string, unknown>): boolean {
  const branch = (payload.repository as { default_branch?: unknown } | undefined)?.default_branch;
  return env.GITHUB_EVENT_NAME === 'push' && typeof branch === 'string' && env.GITHUB_REF === `refs/heads/${branch}`;
}
