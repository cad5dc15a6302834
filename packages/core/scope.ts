/**
 * What a gate judges (docs/journeys.md, journey 1). On a pull request, `change`: what the change
 * does — new findings, coverage of the changed lines, tests it breaks, a drop below the bars of
 * the stage the component is in — is enforced, and the next stage's criteria are shown as
 * progress (enforced only when the config says `pull-requests: enforce-next-stage: true`).
 * Elsewhere (the default branch, the staging validation), `stage`: every criterion of the target
 * stage is enforced.
 */
import type { Criterion } from './result/gate-result.js';

export type Scope = 'change' | 'stage';
export const SCOPE_VALUES = ['auto', 'change', 'stage'] as const;
export type ScopeInput = (typeof SCOPE_VALUES)[number];

/** `auto` is `change` on a pull request and `stage` elsewhere. */
export function resolveScope(input: ScopeInput | null, onPullRequest: boolean): Scope {
  if (input === 'change' || input === 'stage') return input;
  return onPullRequest ? 'change' : 'stage';
}

/**
 * In change scope, marks every criterion that is not about the change as progress
 * (`enforced: false`), unless the next stage is enforced too. `changeIds` are the ids the gate
 * wrote for the change itself.
 */
export function markProgress(
  criteria: readonly Criterion[],
  scope: Scope,
  changeIds: ReadonlySet<string>,
  enforceNextStage: boolean,
): Criterion[] {
  if (scope === 'stage' || enforceNextStage) return [...criteria];
  return criteria.map((c) => (changeIds.has(c.id) ? c : { ...c, enforced: false }));
}

export const ENFORCE_VALUES = ['auto', 'true', 'false'] as const;
export type EnforceInput = (typeof ENFORCE_VALUES)[number];

/**
 * Whether a gate fails its step when a criterion falls short. `auto`: yes, except on a push to
 * the default branch, where the run records where each component stands (the evidence promotion
 * requests are scored on, and what pull requests are compared with): a component that has not
 * reached its next stage yet is not a broken build. A crashed tool fails the step everywhere.
 */
export function resolveEnforce(input: EnforceInput | null, defaultBranchPush: boolean): boolean {
  if (input === 'true') return true;
  if (input === 'false') return false;
  return !defaultBranchPush;
}
