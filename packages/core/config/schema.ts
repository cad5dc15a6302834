/**
 * The shape of `.github/maturity.yml`, validated with zod. Objects are strict: a misspelt key
 * is an error with a suggestion, not a silently ignored setting. Every policy value is
 * optional; what a repository leaves out keeps the seed default (defaults.ts).
 */
import * as z from 'zod';
import { BREACH_KINDS, CATEGORY_IDS, SEVERITY_LEVELS } from './defaults.js';

const percent = z.number().min(0).max(100);
const count = z.number().int().min(0);
const globList = z.array(z.string().min(1)).min(1);
const componentId = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, {
  message: 'component ids are lower-case letters, digits, "-" and "_" (they become labels like component:<id>)',
});

const healthCheck = z.strictObject({
  url: z.url(),
  method: z.enum(['GET', 'HEAD', 'POST']).optional(),
  'expect-status': z.number().int().min(100).max(599).optional(),
  /** A JSON field of the body and the value it must have, e.g. { field: status, equals: healthy }. */
  'expect-json': z
    .strictObject({ field: z.string().min(1), equals: z.union([z.string(), z.number(), z.boolean()]) })
    .optional(),
  'timeout-ms': z.number().int().min(1).max(120000).optional(),
});

/** Where a required document or file is: globs or `file.md#Heading` references; any one present satisfies it. */
const evidenceRef = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

const evidence = z.strictObject({
  readme: evidenceRef.optional(),
  'integration-tests': evidenceRef.optional(),
  'user-guide': evidenceRef.optional(),
  'api-reference': evidenceRef.optional(),
  troubleshooting: evidenceRef.optional(),
  rollback: evidenceRef.optional(),
});

const maintenanceWindow = z
  .strictObject({
    start: z.iso.datetime({ offset: true, message: 'an ISO 8601 time with a zone, e.g. 2026-11-21T22:00:00Z' }),
    end: z.iso.datetime({ offset: true, message: 'an ISO 8601 time with a zone, e.g. 2026-11-21T23:00:00Z' }),
    reason: z.string().optional(),
  })
  .refine((m) => Date.parse(m.end) > Date.parse(m.start), { message: 'a maintenance window ends after it starts' });

/**
 * Criteria that do not apply to a component, each with the reason a reviewer reads in the
 * scorecard (the seeds: E2E and load tests "if applicable"; a Production security audit without
 * a dependency audit or a secret scan must say why). Left out: the criterion applies.
 */
export const NOT_APPLICABLE_KEYS = ['e2e', 'load-test', 'dependency-audit', 'secret-scan'] as const;
const notApplicable = z.partialRecord(
  z.enum(NOT_APPLICABLE_KEYS),
  z.string().trim().min(1, { message: 'say why it does not apply (the scorecard shows the reason)' }),
);

const component = z.strictObject({
  name: z.string().min(1).optional(),
  group: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'groups are kebab-case, e.g. core-infrastructure' })
    .optional(),
  paths: globList,
  /** Test files of the component: a JUnit case counts for the component whose `tests` match its file. */
  tests: globList.optional(),
  'maturity-file': z.string().min(1).optional(),
  'depends-on': z.array(componentId).optional(),
  owner: z.string().optional(),
  health: z.array(healthCheck).optional(),
  /** Where the quality gate looks for the documents and tests a stage requires (defaults: defaults.ts). */
  evidence: evidence.optional(),
  /** Planned maintenance, left out of uptime windows. */
  maintenance: z.array(maintenanceWindow).optional(),
  /** The component's Prometheus metrics endpoint (uptime-check checks it serves valid text format). */
  'metrics-url': z.url().optional(),
  /** Its Prometheus alerting rules files (default: monitoring/alerts/<id>.rules.yml). */
  'alert-rules': globList.optional(),
  'not-applicable': notApplicable.optional(),
  /** Which performance SLA its p95 latency is judged against in Production (default api). */
  latency: z.enum(['api', 'page', 'db']).optional(),
});

/**
 * How pull requests are judged (docs/journeys.md: a change is judged on what it does). By default only
 * what the change introduces is enforced: new findings, coverage of the changed lines, failing
 * tests that pass on the default branch, and no drop below the bars of the component's current
 * stage. The next stage's bars are shown as progress; `enforce-next-stage` makes them binding.
 */
const pullRequests = z.strictObject({
  'enforce-next-stage': z.boolean().optional(),
});

const coveragePolicy = z.strictObject({
  min: percent.optional(),
  diff: percent.nullable().optional(),
  metric: z.enum(['auto', 'combined', 'lines', 'branches']).optional(),
  categories: z.partialRecord(z.enum(CATEGORY_IDS), percent).optional(),
});

const severity = z.enum(['low', 'medium', 'high', 'critical']);

const windowText = z.string().regex(/^\d+[hd]$/, { message: 'a window is a number of days or hours, e.g. 7d or 36h' });

const stagePolicy = z.strictObject({
  coverage: coveragePolicy.optional(),
  tests: z.strictObject({ 'pass-rate': percent.optional(), 'min-tests': count.optional() }).optional(),
  lint: z.strictObject({ 'max-errors': count.optional(), 'max-warnings': count.nullable().optional() }).optional(),
  types: z.strictObject({ 'max-errors': count.optional(), 'max-warnings': count.optional() }).optional(),
  docs: z.strictObject({ 'docstring-coverage': percent.optional() }).optional(),
  security: z
    .strictObject({
      max: z
        .strictObject({
          critical: count.optional(),
          high: count.optional(),
          medium: count.optional(),
          low: count.nullable().optional(),
        })
        .optional(),
      'acceptable-severities': z.array(severity).optional(),
      'patch-within-hours': z
        .strictObject({ critical: count.optional(), high: count.optional(), medium: count.optional() })
        .optional(),
    })
    .optional(),
  uptime: z
    .strictObject({
      min: percent.optional(),
      window: windowText.optional(),
      'min-sample-coverage': percent.optional(),
    })
    .optional(),
  performance: z
    .strictObject({
      'api-p95-ms': z.number().positive().optional(),
      'db-p95-ms': z.number().positive().optional(),
      'page-load-p95-ms': z.number().positive().optional(),
      'min-concurrent-users': count.optional(),
      'min-requests-per-second': z.number().min(0).optional(),
      'max-memory-mb': z.number().positive().optional(),
      'max-cpu-percent': percent.optional(),
      'max-error-rate': percent.optional(),
    })
    .optional(),
  'min-days-in-staging': count.optional(),
});

/** `policy.production.maintenance`: the bars a component in Production keeps (defaults.ts). */
const maintenancePolicy = z.strictObject({
  uptime: percent.optional(),
  'rolling-window': windowText.optional(),
  'grace-days': count.optional(),
  severity: z.partialRecord(z.enum(BREACH_KINDS), z.enum(SEVERITY_LEVELS)).optional(),
});

/** Production's policy: the stage bars, and what a component keeps once there. */
const productionPolicy = stagePolicy.extend({ maintenance: maintenancePolicy.optional() });

export const configSchema = z.strictObject({
  version: z.literal(1, { message: 'the config format version must be 1' }),
  components: z.record(componentId, component).optional(),
  categories: z.partialRecord(z.enum(CATEGORY_IDS), z.array(z.string().min(1))).optional(),
  policy: z.strictObject({ staging: stagePolicy.optional(), production: productionPolicy.optional() }).optional(),
  'pull-requests': pullRequests.optional(),
});

export type RawConfig = z.infer<typeof configSchema>;
export type RawStagePolicy = z.infer<typeof productionPolicy>;
export type HealthCheck = z.infer<typeof healthCheck>;
export type RawEvidence = z.infer<typeof evidence>;
export type NotApplicableKey = (typeof NOT_APPLICABLE_KEYS)[number];
