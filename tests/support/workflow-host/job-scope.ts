/** Expression scopes at job level, before a job has a workspace: `if:`, strategy, names, with:. */
import type { ExpressionScope, JsonValue } from './expressions.js';
import { githubContext } from './contexts.js';
import type { RunContext, WorkflowFrame } from './run-context.js';
import { jobStatusView, statusFunctions } from './status-functions.js';

export function jobLevelScope(
  run: RunContext,
  frame: WorkflowFrame,
  jobId: string,
  needs: Record<string, JsonValue>,
  extra: { matrix?: Record<string, JsonValue> | undefined; strategy?: Record<string, JsonValue> | undefined; status?: { needResults: string[]; ancestorResults: string[] } } = {},
): ExpressionScope {
  const place = { jobId, token: '', workspace: '', runnerTemp: '', toolCache: '', eventPath: '', home: '' };
  const status = extra.status ?? { needResults: [], ancestorResults: [] };
  return {
    contexts: {
      github: githubContext(run, place),
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
