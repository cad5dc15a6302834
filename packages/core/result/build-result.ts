/** Assembles a gate's result from its criteria and the run it was measured in. Pure. */
import type { RunContext } from '../../github/run-context.js';
import { overallStatus, RESULT_KIND, RESULT_VERSION, type Criterion, type GateResult } from './gate-result.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';

export interface ResultParts {
  gate: string;
  component: string | null;
  current: string | null;
  target: string;
  criteria: Criterion[];
  summary: string;
  data: Record<string, unknown>;
  context: RunContext;
  now: Date;
  /** coverage-gate: the kind of tests judged. */
  testKind?: GateResult['testKind'];
  /** What was judged: a pull request's change, or the target stage. */
  scope?: GateResult['scope'];
}

export function buildGateResult(p: ResultParts): GateResult {
  const { context } = p;
  return {
    kind: RESULT_KIND,
    version: RESULT_VERSION,
    gate: p.gate,
    component: p.component,
    stage: { current: p.current, target: p.target },
    ...(p.testKind !== undefined ? { testKind: p.testKind } : {}),
    ...(p.scope !== undefined ? { scope: p.scope } : {}),
    status: overallStatus(p.criteria),
    summary: p.summary,
    criteria: p.criteria,
    repository: context.owner && context.repo ? `${context.owner}/${context.repo}` : null,
    commit: context.sha,
    ref: context.ref,
    run: context.run,
    createdAt: p.now.toISOString(),
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    data: p.data,
  };
}
