/**
 * What promotion-report hands the MATURITY.md update to tick the transition's checklist with:
 * the ids of the scorecard rows that passed (the gates' and promotion-report's own), the ids
 * that were measured and did not, the config's `not-applicable` reasons, the boxes the
 * requester ticked in the target's section of the form, and the coverage the promotion was
 * judged on (unit tests for Staging, integration tests for Production: the scorecard's
 * `coverage.total` row comes from that kind of tests). PURE.
 */
import type { ChecklistEvidence } from '../../packages/promotion/checklist-criteria.js';
import type { PromotionEvaluation, PromotionModel } from './promotion.js';

/** The headline coverage the promotion was judged on (for the board and MATURITY.md). */
export function measuredCoverage(ev: PromotionEvaluation): number | null {
  const row = ev.rows.find((r) => r.id === 'coverage.total' && typeof r.measured === 'number');
  return row ? (row.measured as number) : null;
}

export function checklistEvidence(m: PromotionModel, ev: PromotionEvaluation): ChecklistEvidence {
  const verified = ev.rows.filter(
    (r) => r.source !== 'requester' && r.status !== 'declared' && r.status !== 'not-applicable',
  );
  const section = m.target === 'staging' ? 'dev-staging' : 'staging-production';
  return {
    passed: new Set(verified.filter((r) => r.status === 'pass').map((r) => r.id)),
    failed: new Set(verified.filter((r) => r.status !== 'pass').map((r) => r.id)),
    notApplicable: new Map(Object.entries(m.notApplicable).filter((e): e is [string, string] => e[1] !== undefined)),
    declared: m.checks.filter((c) => c.section === section && c.checked).map((c) => c.label),
    coverage: measuredCoverage(ev),
  };
}
