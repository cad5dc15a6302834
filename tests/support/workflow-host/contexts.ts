/**
 * The `github` and `runner` contexts and the GITHUB_* / RUNNER_* variables the runner sets for
 * every step, from one description of the job so the two always agree.
 */
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The `gh` CLI stand-in (runners have gh preinstalled): after the test's tools, before the system PATH. */
const GH_TOOLS = join(dirname(fileURLToPath(import.meta.url)), 'tools');
import type { JsonValue } from './expressions.js';
import type { RunContext } from './run-context.js';

export interface JobPlace {
  jobId: string;
  token: string;
  workspace: string;
  runnerTemp: string;
  toolCache: string;
  eventPath: string;
  home: string;
}

function refName(ref: string): string {
  for (const prefix of ['refs/heads/', 'refs/tags/', 'refs/pull/'])
    if (ref.startsWith(prefix)) return ref.slice(prefix.length);
  return ref;
}

function refType(ref: string): string {
  return ref.startsWith('refs/tags/') ? 'tag' : 'branch';
}

export function githubContext(
  run: RunContext,
  place: JobPlace,
  step: { action?: string; actionPath?: string; actionRepository?: string; actionRef?: string } = {},
): Record<string, JsonValue> {
  const { settings, repo } = run;
  const api = settings.gh.url;
  return {
    action: step.action ?? '',
    action_path: step.actionPath ?? '',
    action_ref: step.actionRef ?? '',
    action_repository: step.actionRepository ?? '',
    actor: run.actor,
    actor_id: String(settings.gh.state.users.get(run.actor).id),
    api_url: api,
    base_ref: run.baseRef,
    event: run.payload,
    event_name: run.eventName,
    event_path: place.eventPath,
    graphql_url: `${api}/graphql`,
    head_ref: run.headRef,
    job: place.jobId,
    ref: run.ref,
    ref_name: refName(run.ref),
    ref_protected: false,
    ref_type: refType(run.ref),
    repository: repo.fullName,
    repository_id: String(repo.id),
    repository_owner: repo.owner,
    repository_owner_id: String(settings.gh.state.users.get(repo.owner).id),
    repositoryUrl: `git://github.com/${repo.fullName}.git`,
    retention_days: '90',
    run_attempt: '1',
    run_id: String(run.runId),
    run_number: String(run.runNumber),
    secret_source: 'Actions',
    server_url: settings.serverUrl,
    sha: run.sha,
    token: place.token,
    triggering_actor: run.actor,
    workflow: run.workflowName,
    workflow_ref: `${repo.fullName}/${run.workflowPath}@${run.ref}`,
    workflow_sha: run.sha,
    workspace: place.workspace,
  };
}

export function runnerContext(place: JobPlace): Record<string, JsonValue> {
  return {
    name: 'GitHub Actions 1',
    os: 'Linux',
    arch: 'X64',
    environment: 'github-hosted',
    temp: place.runnerTemp,
    tool_cache: place.toolCache,
    debug: '',
  };
}

/** Every variable the runner sets for a step (the step's own env and INPUT_* come on top). */
export function runnerEnvironment(
  run: RunContext,
  place: JobPlace,
  github: Record<string, JsonValue>,
  extraPath: string[],
): Record<string, string> {
  const text = (key: string): string => String(github[key] ?? '');
  const env: Record<string, string> = {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION: text('action'),
    GITHUB_ACTION_PATH: text('action_path'),
    GITHUB_ACTION_REF: text('action_ref'),
    GITHUB_ACTION_REPOSITORY: text('action_repository'),
    GITHUB_ACTOR: text('actor'),
    GITHUB_ACTOR_ID: text('actor_id'),
    GITHUB_API_URL: text('api_url'),
    GITHUB_BASE_REF: text('base_ref'),
    GITHUB_EVENT_NAME: text('event_name'),
    GITHUB_EVENT_PATH: place.eventPath,
    GITHUB_GRAPHQL_URL: text('graphql_url'),
    GITHUB_HEAD_REF: text('head_ref'),
    GITHUB_JOB: place.jobId,
    GITHUB_REF: text('ref'),
    GITHUB_REF_NAME: text('ref_name'),
    GITHUB_REF_PROTECTED: 'false',
    GITHUB_REF_TYPE: text('ref_type'),
    GITHUB_REPOSITORY: text('repository'),
    GITHUB_REPOSITORY_ID: text('repository_id'),
    GITHUB_REPOSITORY_OWNER: text('repository_owner'),
    GITHUB_REPOSITORY_OWNER_ID: text('repository_owner_id'),
    GITHUB_RETENTION_DAYS: '90',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_RUN_ID: text('run_id'),
    GITHUB_RUN_NUMBER: text('run_number'),
    GITHUB_SERVER_URL: text('server_url'),
    GITHUB_SHA: text('sha'),
    GITHUB_TRIGGERING_ACTOR: text('triggering_actor'),
    GITHUB_WORKFLOW: text('workflow'),
    GITHUB_WORKFLOW_REF: text('workflow_ref'),
    GITHUB_WORKFLOW_SHA: text('workflow_sha'),
    GITHUB_WORKSPACE: place.workspace,
    HOME: place.home,
    ImageOS: 'ubuntu24',
    LANG: 'C.UTF-8',
    RUNNER_ARCH: 'X64',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_NAME: 'GitHub Actions 1',
    RUNNER_OS: 'Linux',
    RUNNER_TEMP: place.runnerTemp,
    RUNNER_TOOL_CACHE: place.toolCache,
    PATH: [...extraPath, ...run.settings.path, GH_TOOLS, process.env['PATH'] ?? '']
      .filter((part) => part !== '')
      .join(delimiter),
  };
  return env;
}
