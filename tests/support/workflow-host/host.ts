/**
 * WorkflowHost: runs a workflow file of the user's repository (a repository of the fake) for an
 * event, end to end: startup checks, the job graph, called workflows, actions, and a RunRecord.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FileReference } from '@actions/workflow-parser/workflows/file-reference';
import type { FakeGitHub } from '../fake-github/index.js';
import { actionsOf } from '../fake-github/state/actions.js';
import type { RepoState } from '../fake-github/state/repo-state.js';
import { coerceToString, evaluateToken, type JsonValue } from './expressions.js';
import { aggregate, runWorkflowJobs } from './job-graph.js';
import { jobLevelScope, runLevelGithub } from './job-scope.js';
import { child, loadWorkflow, type LoadedWorkflow } from './load-workflow.js';
import type { DefaultPermissions } from './permissions.js';
import type { HostSettings, RunContext, WorkflowFrame } from './run-context.js';
import { FakeRepoSource, WorktreeSource, type RepoSource } from './sources.js';
import { CacheStore } from './stand-ins/index.js';
import { startupErrors } from './startup.js';
import { dispatchInputs } from './dispatch-inputs.js';
import type { RunRecord, WorkflowEvent } from './types.js';

export interface WorkflowHostOptions {
  gh: FakeGitHub;
  /** This repository's working tree, which `tta/maturity-actions/...@<any ref>` means (default: the repo root). */
  actionsRoot?: string;
  /** Default `tta/maturity-actions`. */
  actionsRepository?: string;
  /** The node binary JavaScript actions run with (default: the one running the tests). */
  node?: string;
  /** Folders put on PATH before the system PATH (tool stand-ins). */
  path?: string[];
  /** Repository secrets (`secrets.*`; GITHUB_TOKEN is always the job's token). */
  secrets?: Record<string, string>;
  /** Configuration variables (`vars.*`). */
  vars?: Record<string, string>;
  /** A job's time limit when it sets no timeout-minutes (GitHub: 360; default here 10). */
  defaultTimeoutMinutes?: number;
  /** The repository's default GITHUB_TOKEN permissions (default restricted: contents and packages read). */
  defaultPermissions?: DefaultPermissions;
  /** Unexpected `with:` inputs and missing required ones fail the step (default true; GitHub only warns). */
  strictInputs?: boolean;
  /** Where workspaces go (default: a new folder under the OS temp folder). */
  workRoot?: string;
  /** A pull request from a fork: read-only tokens, no secrets. */
  fromFork?: boolean;
}

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export class WorkflowHost {
  private readonly settings: HostSettings;
  private readonly fromFork: boolean;
  private readonly ownsWorkRoot: boolean;

  constructor(options: WorkflowHostOptions) {
    this.settings = {
      gh: options.gh,
      actionsRepository: options.actionsRepository ?? 'tta/maturity-actions',
      actionsRoot: options.actionsRoot ?? REPO_ROOT,
      node: options.node ?? process.execPath,
      path: options.path ?? [],
      secrets: options.secrets ?? {},
      vars: options.vars ?? {},
      defaultTimeoutMinutes: options.defaultTimeoutMinutes ?? 10,
      defaultPermissions: options.defaultPermissions ?? 'restricted',
      strictInputs: options.strictInputs ?? true,
      serverUrl: 'https://github.com',
      workRoot: options.workRoot ?? mkdtempSync(join(tmpdir(), 'workflow-host-')),
      caches: new CacheStore(),
    };
    this.fromFork = options.fromFork ?? false;
    this.ownsWorkRoot = options.workRoot === undefined;
  }

  /** Deletes the workspaces of every run (only when the host made the folder itself). */
  dispose(): void {
    if (this.ownsWorkRoot) rmSync(this.settings.workRoot, { recursive: true, force: true });
  }

  /** Where this host's runs keep their workspaces. */
  get workRoot(): string {
    return this.settings.workRoot;
  }

  /** Runs `workflowFile` (a path on disk, taken as `.github/workflows/<name>` of the user's repository). */
  async run(workflowFile: string, event: WorkflowEvent): Promise<RunRecord> {
    const { gh } = this.settings;
    const repo = gh.repo;
    const path = `.github/workflows/${basename(workflowFile)}`;
    const { ref, sha } = refAndSha(repo, event);
    const data = actionsOf(repo);
    const runId = gh.state.ids.take('run');
    const runDir = join(this.settings.workRoot, `run-${runId}`);
    mkdirSync(runDir, { recursive: true });
    const resolveSource = (reference: FileReference, from: RepoSource): RepoSource =>
      this.resolveSource(reference, from, runDir);
    const self = this.selfSource(repo, ref, sha, runDir);
    const workflow = await loadWorkflow(path, readFileSync(workflowFile, 'utf8'), self, resolveSource);
    const run = this.runContext({
      repo,
      runId,
      runNumber: data.nextRunNumber(path),
      runDir,
      path,
      ref,
      sha,
      event,
      workflow,
      resolveSource,
    });
    const createdAt = gh.state.now();
    const displayTitle = runTitle(run, workflow, event);
    data.runs.set(runId, {
      id: runId,
      name: run.workflowName,
      displayTitle,
      path,
      runNumber: run.runNumber,
      runAttempt: 1,
      event: event.name,
      headBranch: headBranch(run),
      headSha: sha,
      actor: run.actor,
      status: 'in_progress',
      conclusion: null,
      createdAt,
      updatedAt: createdAt,
    });
    const record = { ...(await this.execute(run, workflow, event)), displayTitle };
    const stored = data.runs.get(runId);
    if (stored)
      Object.assign(stored, { status: 'completed', conclusion: record.conclusion, updatedAt: gh.state.now() });
    return record;
  }

  private runContext(spec: {
    repo: RepoState;
    runId: number;
    runNumber: number;
    runDir: string;
    path: string;
    ref: string;
    sha: string;
    event: WorkflowEvent;
    workflow: LoadedWorkflow;
    resolveSource: RunContext['resolveSource'];
  }): RunContext {
    const { event, repo } = spec;
    const nameToken = child(spec.workflow.root, 'name');
    const pullRequest = event.name.startsWith('pull_request');
    return {
      settings: this.settings,
      repo,
      runId: spec.runId,
      runNumber: spec.runNumber,
      runDir: spec.runDir,
      eventName: event.name,
      payload: event.payload,
      ref: spec.ref,
      sha: spec.sha,
      actor: event.actor ?? stringAt(event.payload, 'sender', 'login') ?? repo.owner,
      workflowName: nameToken ? coerceToString(evaluateToken(nameToken, { contexts: {}, functions: [] })) : spec.path,
      workflowPath: spec.path,
      headRef: pullRequest ? (stringAt(event.payload, 'pull_request', 'head', 'ref') ?? '') : '',
      baseRef: pullRequest ? (stringAt(event.payload, 'pull_request', 'base', 'ref') ?? '') : '',
      fromFork: this.fromFork,
      jobs: [],
      nextJobNumber: 0,
      resolveSource: spec.resolveSource,
    };
  }

  private async execute(
    run: RunContext,
    workflow: LoadedWorkflow,
    event: WorkflowEvent,
  ): Promise<Omit<RunRecord, 'displayTitle'>> {
    const base = { runId: run.runId, runNumber: run.runNumber, workflow: run.workflowPath, event: event.name };
    const secrets = run.fromFork ? {} : { ...this.settings.secrets };
    const frame: WorkflowFrame = {
      workflow,
      inputs: {},
      secrets,
      callerPermissions: undefined,
      namePrefix: '',
      idPrefix: '',
      self: this.selfSource(run.repo, run.ref, run.sha, run.runDir),
    };
    const errors = await startupErrors(run, frame);
    if (errors.length === 0 && !(event.name in workflow.template.events)) {
      errors.push(
        `${run.workflowPath} is not triggered by '${event.name}' (on: ${Object.keys(workflow.template.events).join(', ')})`,
      );
    }
    if (errors.length === 0 && event.name === 'workflow_dispatch') {
      try {
        frame.inputs = dispatchInputs(workflow, event.inputs ?? {});
      } catch (error) {
        errors.push(error instanceof Error ? error.message : String(error));
      }
    }
    if (errors.length > 0) return { ...base, conclusion: 'startup_failure', errors, concurrency: undefined, jobs: [] };
    const concurrency = workflow.template.concurrency
      ? concurrencyGroup(evaluateToken(workflow.template.concurrency, jobLevelScope(run, frame, '', {})))
      : undefined;
    const outcomes = await runWorkflowJobs(run, frame);
    const result = aggregate([...outcomes.values()].map((outcome) => outcome.result));
    return { ...base, conclusion: result === 'skipped' ? 'success' : result, errors: [], concurrency, jobs: run.jobs };
  }

  /**
   * What `$/` and `./` workflow references name in the running workflow: the repository at the
   * running commit. When that repository is tta/maturity-actions itself (its own workflows run
   * here), its working tree, as for every other reference to it.
   */
  private selfSource(repo: RepoState, ref: string, sha: string, runDir: string): RepoSource {
    if (repo.fullName.toLowerCase() === this.settings.actionsRepository.toLowerCase()) {
      return new WorktreeSource(this.settings.actionsRepository, ref, this.settings.actionsRoot);
    }
    return new FakeRepoSource(repo, ref, sha, join(runDir, '_actions'));
  }

  private resolveSource(reference: FileReference, from: RepoSource, runDir: string): RepoSource {
    if (!('repository' in reference)) return from;
    const repository = `${reference.owner}/${reference.repository}`;
    if (repository.toLowerCase() === this.settings.actionsRepository.toLowerCase()) {
      return new WorktreeSource(this.settings.actionsRepository, reference.version, this.settings.actionsRoot);
    }
    const repo = this.settings.gh.state.repo(reference.owner, reference.repository);
    const commit = repo?.git.resolve(reference.version);
    if (!repo || !commit)
      throw new Error(`Unable to find reusable workflow '${repository}/${reference.path}@${reference.version}'`);
    return new FakeRepoSource(repo, reference.version, commit.sha, join(runDir, '_actions'));
  }
}

/** `run-name` (github and inputs contexts), else the pull request title, the head commit's message, the workflow name. */
function runTitle(run: RunContext, workflow: LoadedWorkflow, event: WorkflowEvent): string {
  const token = child(workflow.root, 'run-name');
  if (token) {
    try {
      const inputs = Object.fromEntries(
        Object.entries(event.inputs ?? {}).map(([key, value]) => [key, value as JsonValue]),
      );
      return coerceToString(
        evaluateToken(token, {
          contexts: { github: runLevelGithub(run), inputs, vars: run.settings.vars },
          functions: [],
        }),
      );
    } catch {
      return run.workflowName;
    }
  }
  return (
    stringAt(event.payload, 'pull_request', 'title') ??
    stringAt(event.payload, 'head_commit', 'message') ??
    run.workflowName
  );
}

function concurrencyGroup(value: JsonValue): string {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? coerceToString(value['group'] ?? '')
    : coerceToString(value);
}

function stringAt(value: JsonValue | undefined, ...path: string[]): string | undefined {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined;
    current = current[key];
  }
  return typeof current === 'string' ? current : undefined;
}

function refAndSha(repo: RepoState, event: WorkflowEvent): { ref: string; sha: string } {
  const ref = event.ref ?? stringAt(event.payload, 'ref') ?? `refs/heads/${repo.defaultBranch}`;
  const fullRef = ref.startsWith('refs/') ? ref : `refs/heads/${ref}`;
  const sha = event.sha ?? repo.git.resolve(fullRef)?.sha;
  if (!sha) throw new Error(`workflow-host: ${fullRef} does not resolve to a commit in ${repo.fullName}`);
  return { ref: fullRef, sha };
}

function headBranch(run: RunContext): string | null {
  if (run.headRef !== '') return run.headRef;
  return run.ref.startsWith('refs/heads/') ? run.ref.slice('refs/heads/'.length) : null;
}
