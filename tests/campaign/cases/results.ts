/** Result files for the cases of the actions that read them (promotion-report, dashboard, planner's report mode). */
import { buildGateResult } from '../../../packages/core/result/build-result.js';
import type { Criterion } from '../../../packages/core/result/gate-result.js';
import { readRunContext } from '../../../packages/github/run-context.js';

export const SHA = 'c'.repeat(40);

const pass = (id: string, title = id, evidence: string[] = []): Criterion => ({
  id,
  title,
  status: 'pass',
  measured: 0,
  bar: 0,
  comparator: '<=',
  unit: '',
  evidence: evidence.map((e) => ({ file: e, tool: e })),
});

/** One gate's result for a component, as JSON text; `title` and `evidence` may be hostile. */
export function resultJson(
  gate: string,
  component: string,
  o: { title?: string; evidence?: string[]; summary?: string } = {},
): string {
  const context = readRunContext({ GITHUB_REPOSITORY: 'tta/demo', GITHUB_SHA: SHA });
  const ids: Record<string, string[]> = {
    'coverage-gate': ['coverage.total', 'tests.integration'],
    'quality-gate': ['lint.errors', 'types.errors'],
    'security-gate': ['security.critical', 'security.high'],
  };
  const criteria = (ids[gate] ?? ['coverage.total']).map((id, i) =>
    pass(id, i === 0 && o.title ? o.title : id, i === 0 ? (o.evidence ?? []) : []),
  );
  const r = buildGateResult({
    gate,
    component,
    current: 'staging',
    target: 'production',
    criteria,
    summary: o.summary ?? 'ok',
    data: {},
    context,
    now: new Date('2026-11-20T10:00:00Z'),
    ...(gate === 'coverage-gate' ? { testKind: 'integration' as const } : {}),
  });
  return `${JSON.stringify(r, null, 2)}\n`;
}

/** The three gates' results of model-management under `dir/`. */
export function resultFiles(dir: string, component = 'model-management'): Record<string, string> {
  return Object.fromEntries(
    ['coverage-gate', 'quality-gate', 'security-gate'].map((g) => [
      `${dir}/${g}--${component}.json`,
      resultJson(g, component),
    ]),
  );
}
