/** What a run leaves behind (the RunRecord tests assert on) and what a test passes in. */
import type { TokenPermissions } from '../fake-github/index.js';
import type { JsonValue } from './expressions.js';

export type Result = 'success' | 'failure' | 'cancelled' | 'skipped';
export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  title?: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
}

export interface Annotations {
  /** Everything the step emitted (or the runner added for it). */
  emitted: Annotation[];
  /** What GitHub would show: at most 10 of each level per step and 50 per job. */
  kept: Annotation[];
  /** Emitted but not shown. */
  dropped: Annotation[];
}

export interface StepRecord {
  /** As GitHub shows it: `name`, else `Run <first line>` or `Run <uses>`. */
  name: string;
  id: string;
  uses?: string;
  run?: string;
  /** The stand-in or local directory a `uses:` ran as. */
  resolvedAction?: string;
  outcome: Result;
  conclusion: Result;
  outputs: Record<string, string>;
  exitCode: number | null;
  stdout: string;
  stderr: string;
  annotations: Annotations;
  /** Runner-level problems (bad input, timeout), also among the annotations. */
  errors: string[];
  summary: string;
}

export interface JobRecord {
  /** The job's key in its workflow (for a called workflow's jobs: `caller/called`). */
  id: string;
  /** The name GitHub shows: matrix values in parentheses, `caller / called` for reusable workflows. */
  name: string;
  matrix: Record<string, JsonValue> | undefined;
  result: Result;
  outputs: Record<string, string>;
  /** The job summary (GITHUB_STEP_SUMMARY of every step, concatenated). */
  summary: string;
  permissions: TokenPermissions;
  steps: StepRecord[];
  annotations: Annotations;
  /** Job-level problems (if: or matrix evaluation, startup), also among the annotations. */
  errors: string[];
  concurrency: string | undefined;
  /** The job's workspace and temp folder, kept after the run for inspection. */
  workspace: string;
  runnerTemp: string;
}

export interface RunRecord {
  runId: number;
  runNumber: number;
  workflow: string;
  /** `run-name` evaluated, else GitHub's default title (pull request title, head commit message, workflow name). */
  displayTitle: string;
  event: string;
  conclusion: Result | 'startup_failure';
  /** Errors that stopped the run before any job started (invalid workflow, permissions). */
  errors: string[];
  concurrency: string | undefined;
  jobs: JobRecord[];
}

export interface WorkflowEvent {
  name: string;
  payload: Record<string, JsonValue>;
  /** Default: from the payload (pull_request: refs/pull/<n>/merge; push: payload.ref), else the default branch. */
  ref?: string;
  /** Default: from the payload (pull_request: the merge commit; push: after), else the ref's head. */
  sha?: string;
  /** Default: payload.sender.login, else the repository owner. */
  actor?: string;
  /** workflow_dispatch inputs as given (typed by the host against on.workflow_dispatch.inputs). */
  inputs?: Record<string, string | boolean | number>;
}
