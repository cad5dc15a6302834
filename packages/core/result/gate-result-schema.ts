/**
 * The schema of a result file (docs/result-format.md), for reading results back
 * (read-results.ts) and for tests. Apart from gate-result.ts, whose types it defines, so that
 * a run that only writes a result neither loads zod nor builds these schemas.
 */
import * as z from 'zod';
import { RESULT_KIND, RESULT_VERSION, STATUSES } from './gate-result.js';

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
