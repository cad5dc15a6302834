/**
 * The versioned result every gate writes, one per component: what promotion-report and the
 * planner read back. Each criterion has a status, the measured value against its bar, the
 * unit, the gap when it falls short, and the evidence it was judged on.
 *
 * Status rules: missing evidence is `no-data` (never 0% or 100%); a tool that crashed or a
 * report that cannot be read is `error` (never a pass).
 */
import * as z from 'zod';

export const RESULT_KIND = 'maturity-actions/gate-result';
export const RESULT_VERSION = 1;

export const STATUSES = ['pass', 'fail', 'no-data', 'error'] as const;
export type Status = (typeof STATUSES)[number];

export const evidenceSchema = z.strictObject({
  /** A report or repository file, relative to the repository root. */
  file: z.string().optional(),
  tool: z.string().optional(),
  /** A link: the workflow run, an issue, a dashboard. */
  url: z.string().optional(),
});

export const criterionSchema = z.strictObject({
  /** Stable id, e.g. `coverage.total`, `coverage.category.critical`, `tests.unit`. */
  id: z.string().min(1),
  title: z.string().min(1),
  status: z.enum(STATUSES),
  measured: z.union([z.number(), z.string(), z.null()]),
  /** The bar, with how the measured value compares to it. */
  bar: z.union([z.number(), z.string(), z.null()]),
  comparator: z.enum(['>=', '<=', '==', '<', '>']).nullable(),
  unit: z.string(),
  /** How far short of the bar, in the unit (positive), for failures. */
  gap: z.number().optional(),
  /** One line for a person: what was measured, or why there is no value. */
  detail: z.string().optional(),
  evidence: z.array(evidenceSchema),
  /**
   * False: shown as progress, not judged (a pull request shows the next stage's bars without
   * enforcing them). Absent: the criterion counts toward the gate's status.
   */
  enforced: z.boolean().optional(),
});

export const gateResultSchema = z.strictObject({
  kind: z.literal(RESULT_KIND),
  version: z.literal(RESULT_VERSION),
  gate: z.string().min(1),
  /** Config id, or null for a whole report evaluated without a component. */
  component: z.string().nullable(),
  stage: z.strictObject({ current: z.string().nullable(), target: z.string() }),
  /** coverage-gate: which tests the results are (the step that ran them says so). */
  testKind: z.enum(['unit', 'integration', 'e2e']).nullable().optional(),
  /**
   * What was judged: `change` (a pull request: what it introduces, and no drop below the current
   * stage's bars) or `stage` (every criterion of the target stage). Absent: `stage`.
   */
  scope: z.enum(['change', 'stage']).optional(),
  status: z.enum(STATUSES),
  /** One line for people and logs. */
  summary: z.string(),
  criteria: z.array(criterionSchema),
  repository: z.string().nullable(),
  commit: z.string().nullable(),
  ref: z.string().nullable(),
  run: z.strictObject({ id: z.string(), attempt: z.string(), url: z.string() }).nullable(),
  createdAt: z.string(),
  tool: z.strictObject({ name: z.string(), version: z.string() }),
  /** Gate-specific measurements (coverage per category, findings...) for renderers and the dashboard. */
  data: z.record(z.string(), z.unknown()),
});

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
