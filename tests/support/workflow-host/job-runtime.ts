/**
 * One job while it runs: its place on disk, token, contexts, environment, masks, status and
 * the records of its steps. Steps and stand-ins talk to the job only through this.
 */
import type { ExpressionFunction, ExpressionScope, JsonValue } from './expressions.js';
import { githubContext, runnerContext, runnerEnvironment, type JobPlace } from './contexts.js';
import type { FullPermissions } from './permissions.js';
import type { RunContext, WorkflowFrame } from './run-context.js';
import { hashFilesFunction, statusFunctions, stepStatusView } from './status-functions.js';
import type { MaskSet } from './workflow-commands.js';
import type { StepRecord } from './types.js';

export type JobStatus = 'success' | 'failure' | 'cancelled';

export interface StepContextEntry {
  outputs: Record<string, string>;
  outcome: string;
  conclusion: string;
}

export interface PostStep {
  name: string;
  /** Runs after the main steps, last registered first; `condition` decides from the job status. */
  condition: (status: JobStatus) => boolean;
  run: () => Promise<StepRecord>;
}

export class JobRuntime {
  status: JobStatus = 'success';
  readonly steps: Record<string, StepContextEntry> = {};
  /** Variables set through GITHUB_ENV by earlier steps. */
  readonly exportedEnv: Record<string, string> = {};
  /** Folders added through GITHUB_PATH, newest first. */
  readonly addedPath: string[] = [];
  readonly posts: PostStep[] = [];
  readonly stepRecords: StepRecord[] = [];
  /** `uses:` values of JavaScript actions declaring `using: node20` (GitHub warns about them per job). */
  readonly node20Actions = new Set<string>();
  summary = '';

  constructor(
    readonly run: RunContext,
    readonly frame: WorkflowFrame,
    readonly place: JobPlace,
    readonly permissions: FullPermissions,
    readonly masks: MaskSet,
    /** Workflow env + job env, evaluated. */
    readonly baseEnv: Record<string, string>,
    readonly needs: Record<string, JsonValue>,
    readonly matrix: Record<string, JsonValue> | undefined,
    readonly strategy: Record<string, JsonValue> | undefined,
    readonly deadline: number,
    readonly defaults: { shell: string | undefined; workingDirectory: string | undefined },
  ) {}

  get token(): string {
    return this.place.token;
  }

  /** The env context: job env, then what steps exported, then the step's own. */
  envContext(stepEnv: Record<string, string> = {}): Record<string, string> {
    return { ...this.baseEnv, ...this.exportedEnv, ...stepEnv };
  }

  github(
    step: { action?: string; actionPath?: string; actionRepository?: string; actionRef?: string } = {},
  ): Record<string, JsonValue> {
    return githubContext(this.run, this.place, step);
  }

  /** Every context a step-level expression may use. */
  scope(
    extra: { env?: Record<string, string>; inputs?: Record<string, JsonValue>; functions?: ExpressionFunction[] } = {},
  ): ExpressionScope {
    return {
      contexts: {
        github: this.github(),
        env: extra.env ?? this.envContext(),
        vars: this.run.settings.vars,
        secrets: { ...this.frame.secrets, GITHUB_TOKEN: this.token },
        inputs: extra.inputs ?? this.frame.inputs,
        needs: this.needs,
        strategy: this.strategy ?? {},
        matrix: this.matrix ?? {},
        job: { status: this.status, container: {}, services: {} },
        runner: runnerContext(this.place),
        steps: this.stepsContext(),
      },
      functions: [
        ...statusFunctions(stepStatusView(this.status)),
        hashFilesFunction(this.place.workspace),
        ...(extra.functions ?? []),
      ],
    };
  }

  /** The process environment of a step: runner variables, env context, and extra (INPUT_*, files). */
  processEnv(
    github: Record<string, JsonValue>,
    env: Record<string, string>,
    extra: Record<string, string>,
  ): Record<string, string> {
    const base = runnerEnvironment(this.run, this.place, github, this.addedPath);
    // A step's own PATH replaces the runner's; GITHUB_PATH additions still come first.
    const path = env['PATH'] === undefined ? (base['PATH'] ?? '') : [...this.addedPath, env['PATH']].join(':');
    return { ...base, ...env, ...extra, PATH: path };
  }

  stepsContext(): Record<string, JsonValue> {
    const context: Record<string, JsonValue> = {};
    for (const [id, step] of Object.entries(this.steps))
      context[id] = { outputs: { ...step.outputs }, outcome: step.outcome, conclusion: step.conclusion };
    return context;
  }

  remainingMs(): number {
    return Math.max(0, this.deadline - Date.now());
  }
}
