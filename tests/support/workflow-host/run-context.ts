/**
 * The state one run shares between its workflows and jobs: identity (run id, number, event,
 * ref, sha), where things are on disk, the fake, masks for secrets, and the records so far.
 */
import type { FakeGitHub } from '../fake-github/index.js';
import type { RepoState } from '../fake-github/state/repo-state.js';
import type { JsonValue } from './expressions.js';
import type { LoadedWorkflow, SourceResolver } from './load-workflow.js';
import type { DefaultPermissions, FullPermissions } from './permissions.js';
import type { RepoSource } from './sources.js';
import type { CacheStore } from './stand-ins/cache.js';
import type { JobRecord, Result } from './types.js';

export interface HostSettings {
  gh: FakeGitHub;
  /** `owner/name` of this repository's actions and reusable workflows. */
  actionsRepository: string;
  actionsRoot: string;
  node: string;
  path: string[];
  secrets: Record<string, string>;
  vars: Record<string, string>;
  defaultTimeoutMinutes: number;
  defaultPermissions: DefaultPermissions;
  strictInputs: boolean;
  serverUrl: string;
  workRoot: string;
  caches: CacheStore;
}

export interface RunContext {
  settings: HostSettings;
  repo: RepoState;
  runId: number;
  runNumber: number;
  runDir: string;
  eventName: string;
  payload: Record<string, JsonValue>;
  ref: string;
  sha: string;
  actor: string;
  /** The top workflow's `name:` (github.workflow everywhere in the run, called workflows too). */
  workflowName: string;
  workflowPath: string;
  headRef: string;
  baseRef: string;
  /** A pull request from a fork: read-only token, no secrets. */
  fromFork: boolean;
  jobs: JobRecord[];
  nextJobNumber: number;
  resolveSource: SourceResolver;
}

/** One workflow being run: the top one, or one called by a job. */
export interface WorkflowFrame {
  workflow: LoadedWorkflow;
  inputs: Record<string, JsonValue>;
  secrets: Record<string, string>;
  /** For a called workflow: what the calling job's token may do at most. */
  callerPermissions: FullPermissions | undefined;
  /** `caller / ` for a called workflow's job names; '' at the top. */
  namePrefix: string;
  idPrefix: string;
  /** The repository `$/` and `./` (for workflows) mean here. */
  self: RepoSource;
}

export interface JobOutcome {
  result: Result;
  outputs: Record<string, string>;
}
