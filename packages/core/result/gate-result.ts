/**
 * The versioned result every gate writes, one per component: what promotion-report and the
 * planner read back. Each criterion has a status, the measured value against its bar, the
 * unit, the gap when it falls short, and the evidence it was judged on. The schema is in
 * gate-result-schema.ts, loaded only where results are read back: writing a result needs no
 * zod (building its schemas is a tenth of an action's start).
 *
 * Status rules: missing evidence is `no-data` (never 0% or 100%); a tool that crashed or a
 * report that cannot be read is `error` (never a pass).
 */
import type * as z from 'zod';
import type { criterionSchema, evidenceSchema, gateResultSchema } from './gate-result-schema.js';

export const RESULT_KIND = 'maturity-actions/gate-result';
export const RESULT_VERSION = 1;

export const STATUSES = ['pass', 'fail', 'no-data', 'error'] as const;
export type Status = (typeof STATUSES)[number];

export type Evidence = z.infer<typeof evidenceSchema>;
export type Criterion = z.infer<typeof criterionSchema>;
export type GateResult = z.infer<typeof gateResultSchema>;

const SEVERITY: Record<Status, number> = { error: 3, fail: 2, 'no-data': 1, pass: 0 };

/**
 * The gate's status: the worst of its enforced criteria's (error > fail > no-data > pass);
 * progress-only criteria (`enforced: false`) never change it. No enforced criteria = no-data.
 */
export function overallStatus(criteria: readonly Pick<Criterion, 'status' | 'enforced'>[]): Status {
  const judged = criteria.filter((c) => c.enforced !== false);
  if (judged.length === 0) return 'no-data';
  let worst: Status = 'pass';
  for (const c of judged) if (SEVERITY[c.status] > SEVERITY[worst]) worst = c.status;
  return worst;
}

/** Worst first, then by id: the order summaries and comments show criteria in. */
export function worstFirst<T extends Pick<Criterion, 'status' | 'id'>>(criteria: readonly T[]): T[] {
  return [...criteria].sort((a, b) => SEVERITY[b.status] - SEVERITY[a.status]);
}

/** Compares a measured number with its bar. */
export function meets(measured: number, comparator: NonNullable<Criterion['comparator']>, bar: number): boolean {
  switch (comparator) {
    case '>=':
      return measured >= bar;
    case '<=':
      return measured <= bar;
    case '==':
      return measured === bar;
    case '<':
      return measured < bar;
    case '>':
      return measured > bar;
  }
}
