/** Expression scopes at job level, before a job has a workspace: `if:`, strategy, names, with:. */
import type { ExpressionScope, JsonValue } from './expressions.js';
import { githubContext } from './contexts.js';
import type { RunContext, WorkflowFrame } from './run-context.js';
import { jobStatusView, statusFunctions } from './status-functions.js';

/** The github context before any job runs (no job, token or workspace yet). */
export function runLevelGithub(run: RunContext, jobId = ''): Record<string, JsonValue> {
  return githubContext(run, {
    jobId,
    token: '',
    workspace: '',
    runnerTemp: '',
    toolCache: '',
    eventPath: '',
    home: '',
  });
}

export function jobLevelScope(
  run: RunContext,
  frame: WorkflowFrame,
  jobId: string,
  needs: Record<string, JsonValue>,
  extra: {
    matrix?: Record<string, JsonValue> | undefined;
    strategy?: Record<string, JsonValue> | undefined;
    status?: { needResults: string[]; ancestorResults: string[] };
  } = {},
): ExpressionScope {
  const status = extra.status ?? { needResults: [], ancestorResults: [] };
  return {
    contexts: {
      github: runLevelGithub(run, jobId),
      inputs: frame.inputs,
      vars: run.settings.vars,
      needs,
      strategy: extra.strategy ?? {},
      matrix: extra.matrix ?? {},
      secrets: frame.secrets,
    },
    functions: statusFunctions(jobStatusView(status.needResults, status.ancestorResults, false)),
  };
}
