/**
 * The maintenance criteria of a component in Production (COMPONENT_MATURITY_CRITERIA,
 * "Production Stage"), PURE: uptime per calendar month and over the rolling window from the
 * probe history, the error rate and p95 latency over the rolling window (Prometheus when there
 * is one, else the probe history), and the patch deadlines of its open findings as of now.
 *
 * No data is never healthy: a criterion without evidence is `no-data`, and a component whose
 * criteria are not all measured is `unknown`, which neither opens nor closes a breach. A month
 * the component spent (wholly) outside Production is shown, not judged.
 */
import type { BreachKind, Policy, SeverityLevel } from '../core/config/defaults.js';
import { SEVERITY_LEVELS } from '../core/config/defaults.js';
import type { Criterion, Evidence } from '../core/result/gate-result.js';
import { meetsBar } from '../coverage/totals.js';
import { coverageText, type WindowFigures } from '../uptime/window.js';
import {
  describeFinding,
  overdueAt,
  PATCHED_SEVERITIES,
  type OpenFinding,
  type OverdueFinding,
  type PatchedSeverity,
} from './patch-deadlines.js';
import { monthTitle, type MaintenanceWindow } from './windows.js';

export interface UptimeInput {
  window: MaintenanceWindow;
  /** The window's figures from the probe history; null with `missing` set when there are none. */
  figures: WindowFigures | null;
  missing: string | null;
}

export interface PromFigure {
  query: string;
  value: number | null;
  error: string | null;
}

export interface SecurityInput {
  /** The newest security-gate result of the component on the default branch, or null with `missing`. */
  evidence: { file: string; createdAt: string; url: string | null; open: OpenFinding[]; omitted: number } | null;
  missing: string | null;
}

export interface MaintenanceModel {
  component: string;
  latency: 'api' | 'page' | 'db';
  /** Production's policy. */
  policy: Policy;
  now: Date;
  /** When the component entered Production (MATURITY.md), if known. */
  since: Date | null;
  month: UptimeInput;
  rolling: UptimeInput;
  /** The history's place, for the evidence ("branch maturity-data"). */
  historySource: string | null;
  /** The 5xx share (a fraction) and p95 (ms) over the rolling window; null without `prometheus-url`. */
  prometheus: { url: string; errorRate: PromFigure; p95Ms: PromFigure } | null;
  security: SecurityInput;
}

export interface Breach {
  id: string;
  kind: BreachKind;
  /** Plain words for the issue and the MATURITY.md reason: "uptime 99.20% in 2026-11 below 99.5%". */
  text: string;
}

export interface MaintenanceEvaluation {
  criteria: Criterion[];
  breaches: Breach[];
  /** The worst severity of the breaches (P0 first); null without one. */
  severity: SeverityLevel | null;
  /** breach: a criterion fails; healthy: every one passes; unknown: none fails, some have no data or an error. */
  state: 'breach' | 'healthy' | 'unknown';
  /** The enforced criteria without a verdict (no data, error), by title. */
  unmeasured: string[];
}

const pct2 = (x: number) => Math.round(x * 100) / 100;
const LATENCY_BAR = { api: 'api-p95-ms', page: 'page-load-p95-ms', db: 'db-p95-ms' } as const;
const LATENCY_NAME = { api: 'API', page: 'page load', db: 'database' } as const;

interface Judged {
  criterion: Criterion;
  breach?: Breach;
}

function uptimeCriterion(m: MaintenanceModel, id: string, input: UptimeInput, where: string): Judged {
  const bar = m.policy.maintenance.uptime;
  const evidence: Evidence[] = m.historySource ? [{ tool: `probe history (${m.historySource})` }] : [];
  const base = { id, title: `Uptime ${where}`, bar, comparator: '>=' as const, unit: '%', evidence };
  const w = input.figures;
  if (m.since && m.since.getTime() >= input.window.to.getTime()) {
    return {
      criterion: {
        ...base,
        status: 'no-data',
        measured: null,
        enforced: false,
        detail: `not in Production ${where} (in Production since ${m.since.toISOString().slice(0, 10)})`,
      },
    };
  }
  if (!w)
    return { criterion: { ...base, status: 'no-data', measured: null, detail: input.missing ?? 'no probe history' } };
  if (w.status === 'no-data' || w.uptime === null || w.uptimeText === null) {
    const reason = w.noDataReason ?? 'no samples';
    return {
      criterion: {
        ...base,
        status: 'no-data',
        measured: null,
        detail: reason.includes('expected samples') ? reason : `${reason}; ${coverageText(w)}`,
      },
    };
  }
  const ok = meetsBar(w.uptime, bar);
  const measured = Number(w.uptimeText);
  const detail = `${w.up + w.degraded} of ${w.samples} samples up; ${coverageText(w)}`;
  const criterion: Criterion = {
    ...base,
    status: ok ? 'pass' : 'fail',
    measured,
    ...(ok ? {} : { gap: pct2(bar - measured) }),
    detail,
  };
  return ok
    ? { criterion }
    : { criterion, breach: { id, kind: 'uptime', text: `uptime ${w.uptimeText}% ${where} below ${bar}%` } };
}

/** A figure at most `bar`, from Prometheus or the probe history. */
function ceilingCriterion(
  base: Omit<Criterion, 'status' | 'measured' | 'detail'> & { bar: number },
  figure: { value: number | null; error: string | null; detail: string; missing: string },
  breach: (v: number) => Breach,
): Judged {
  if (figure.error) return { criterion: { ...base, status: 'error', measured: null, detail: figure.error } };
  if (figure.value === null)
    return { criterion: { ...base, status: 'no-data', measured: null, detail: figure.missing } };
  const v = pct2(figure.value);
  const ok = v <= base.bar;
  const criterion: Criterion = {
    ...base,
    status: ok ? 'pass' : 'fail',
    measured: v,
    ...(ok ? {} : { gap: pct2(v - base.bar) }),
    detail: figure.detail,
  };
  return ok ? { criterion } : { criterion, breach: breach(v) };
}

function rollingFigures(m: MaintenanceModel): { w: WindowFigures | null; missing: string } {
  const w = m.rolling.figures;
  if (!w) return { w: null, missing: m.rolling.missing ?? 'no probe history' };
  if (w.status === 'no-data') return { w: null, missing: w.noDataReason ?? 'no samples' };
  return { w, missing: '' };
}

function errorRateCriterion(m: MaintenanceModel): Judged {
  const bar = m.policy.performance['max-error-rate'];
  const over = `over ${m.rolling.window.label}`;
  const p = m.prometheus;
  const breach = (v: number): Breach => ({
    id: 'maintenance.error-rate',
    kind: 'error-rate',
    text: `error rate ${v}% ${over} above ${bar}%`,
  });
  if (p) {
    const base = {
      id: 'maintenance.error-rate',
      title: `Error rate (5xx) ${over}`,
      bar,
      comparator: '<=' as const,
      unit: '%',
      evidence: [{ url: p.url, tool: 'Prometheus' }],
    };
    const value = p.errorRate.value === null ? null : 100 * p.errorRate.value;
    return ceilingCriterion(
      base,
      {
        value,
        error: p.errorRate.error,
        detail: p.errorRate.query,
        missing: `the query returned no series: ${p.errorRate.query}`,
      },
      breach,
    );
  }
  const { w, missing } = rollingFigures(m);
  const base = {
    id: 'maintenance.error-rate',
    title: `Error rate ${over} (health probes down)`,
    bar,
    comparator: '<=' as const,
    unit: '%',
    evidence: m.historySource ? [{ tool: `probe history (${m.historySource})` }] : [],
  };
  return ceilingCriterion(
    base,
    {
      value: w?.errorRate ?? null,
      error: null,
      detail: w ? `${w.down} of ${w.samples} probes down` : '',
      missing: `${missing} (give \`prometheus-url\` for the 5xx share of requests)`,
    },
    breach,
  );
}

function latencyCriterion(m: MaintenanceModel): Judged {
  const bar = m.policy.performance[LATENCY_BAR[m.latency]];
  const over = `over ${m.rolling.window.label}`;
  const name = LATENCY_NAME[m.latency];
  const p = m.prometheus;
  const breach = (v: number): Breach => ({
    id: 'maintenance.p95',
    kind: 'latency',
    text: `${name} p95 ${v} ms ${over} above ${bar} ms`,
  });
  if (p) {
    const base = {
      id: 'maintenance.p95',
      title: `${name} p95 latency ${over}`,
      bar,
      comparator: '<=' as const,
      unit: 'ms',
      evidence: [{ url: p.url, tool: 'Prometheus' }],
    };
    return ceilingCriterion(
      base,
      {
        value: p.p95Ms.value,
        error: p.p95Ms.error,
        detail: p.p95Ms.query,
        missing: `the query returned no series: ${p.p95Ms.query}`,
      },
      breach,
    );
  }
  const { w, missing } = rollingFigures(m);
  const base = {
    id: 'maintenance.p95',
    title: `p95 latency of the health probes ${over} (${name} SLA)`,
    bar,
    comparator: '<=' as const,
    unit: 'ms',
    evidence: m.historySource ? [{ tool: `probe history (${m.historySource})` }] : [],
  };
  const value = w?.latency?.p95 ?? null;
  const detail = w?.latency
    ? `p50 ${Math.round(w.latency.p50)} ms, p99 ${Math.round(w.latency.p99)} ms of ${w.up + w.degraded} successful probes`
    : '';
  return ceilingCriterion(
    base,
    {
      value,
      error: null,
      detail,
      missing: w
        ? 'no successful probe timed a response'
        : `${missing} (give \`prometheus-url\` for the requests' p95)`,
    },
    breach,
  );
}

function patchCriterion(m: MaintenanceModel): Judged {
  const sla = m.policy.security['patch-within-hours'];
  const e = m.security.evidence;
  const base = {
    id: 'maintenance.patch-deadlines',
    title: `Findings patched within deadline (critical ${sla.critical} h, high ${sla.high / 24} d, medium ${sla.medium / 24} d)`,
    bar: 0,
    comparator: '<=' as const,
    unit: 'findings',
    evidence: e ? [{ file: e.file, tool: 'security-gate', ...(e.url ? { url: e.url } : {}) }] : [],
  };
  if (!e)
    return {
      criterion: {
        ...base,
        status: 'no-data',
        measured: null,
        detail: m.security.missing ?? 'no security-gate result',
      },
    };
  const stale = staleScan(e.createdAt, sla, m.now);
  if (stale) return { criterion: { ...base, status: 'no-data', measured: null, detail: stale } };
  const overdue = overdueAt(e.open, sla, m.now);
  const omitted = e.omitted ? `; ${e.omitted} more open finding(s) not listed in the result` : '';
  if (overdue.length === 0)
    return {
      criterion: {
        ...base,
        status: 'pass',
        measured: 0,
        detail: `no open finding is past its deadline (scan of ${e.createdAt.slice(0, 10)})${omitted}`,
      },
    };
  return overdueFindings(base, overdue, omitted);
}

/**
 * Why a scan is too old to judge, or null: a scan older than the longest deadline cannot say
 * whether a deadline passed since.
 */
function staleScan(createdAt: string, sla: Record<PatchedSeverity, number>, now: Date): string | null {
  const longest = Math.max(sla.critical, sla.high, sla.medium);
  const ageHours = (now.getTime() - Date.parse(createdAt)) / 3_600_000;
  // Not `ageHours > longest`: an unreadable date (NaN) is too old too.
  if (ageHours <= longest) return null;
  return `the newest security scan on the default branch is from ${createdAt.slice(0, 10)}, older than the longest deadline (${longest / 24} days): run the Maturity workflow on the default branch`;
}

/** The failing criterion, naming the most urgent finding, and the breach, named after the worst severity overdue. */
function overdueFindings(
  base: Omit<Criterion, 'status' | 'measured'>,
  overdue: readonly OverdueFinding[],
  omitted: string,
): Judged {
  const worst = overdue[0]!; // overdueAt sorts the worst severity first, the longest overdue first within it
  const criterion: Criterion = {
    ...base,
    status: 'fail',
    measured: overdue.length,
    gap: overdue.length,
    detail: `oldest: ${describeFinding(worst.finding)}, first seen ${worst.finding.firstSeen!.slice(0, 10)}${omitted}`,
  };
  const counts = PATCHED_SEVERITIES.map((s) => [s, overdue.filter((o) => o.severity === s).length] as const).filter(
    ([, n]) => n > 0,
  );
  return {
    criterion,
    breach: {
      id: base.id,
      kind: `patch-${worst.severity}` as BreachKind,
      text: `${counts.map(([s, n]) => `${n} ${s}`).join(' and ')} finding(s) past the patch deadline`,
    },
  };
}

function worstSeverity(m: MaintenanceModel, breaches: readonly Breach[]): SeverityLevel | null {
  const levels = breaches.map((b) => SEVERITY_LEVELS.indexOf(m.policy.maintenance.severity[b.kind]));
  return levels.length ? SEVERITY_LEVELS[Math.min(...levels)]! : null;
}

export function evaluateMaintenance(m: MaintenanceModel): MaintenanceEvaluation {
  const month = `in ${m.month.window.label}`;
  const judged = [
    uptimeCriterion(m, 'maintenance.uptime.month', m.month, month),
    uptimeCriterion(m, 'maintenance.uptime.rolling', m.rolling, `over ${m.rolling.window.label}`),
    errorRateCriterion(m),
    latencyCriterion(m),
    patchCriterion(m),
  ];
  judged[0]!.criterion.title = `Uptime in ${monthTitle(m.month.window.label)} (calendar month)`;
  const criteria = judged.map((j) => j.criterion);
  const breaches = judged.flatMap((j) => (j.breach ? [j.breach] : []));
  const unmeasured = criteria
    .filter((c) => c.enforced !== false && (c.status === 'no-data' || c.status === 'error'))
    .map((c) => c.title);
  const state = breaches.length ? 'breach' : unmeasured.length ? 'unknown' : 'healthy';
  return { criteria, breaches, severity: worstSeverity(m, breaches), state, unmeasured };
}

/** The breaches in one line of plain words, as a demotion's reason. */
export function breachReason(breaches: readonly Breach[]): string {
  return breaches.map((b) => b.text).join('; ');
}
