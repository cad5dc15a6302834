/**
 * The evidence of an upkeep run, gathered once for every Production component: the probe
 * history's days both windows need (read-only, one pass over the shared files however many
 * components), Prometheus over the rolling window when a URL is given, and the security-gate
 * results with first-seen dates (local files and the default branch's artifact). Anything that
 * cannot be read becomes the reason a criterion has no data, never a pass.
 */
import { readResultFiles, validateResults } from '../../packages/core/result/read-results.js';
import type { GateResult } from '../../packages/core/result/gate-result.js';
import { isPermissionDenied } from '../../packages/github/api-errors.js';
import type { GitHubApi } from '../../packages/github/client.js';
import { fetchArtifactResults } from '../../packages/promotion/artifact-results.js';
import type { MaintenanceModel, SecurityInput, UptimeInput } from '../../packages/upkeep/maintenance.js';
import { openFindings } from '../../packages/upkeep/patch-deadlines.js';
import { utcDay } from '../../packages/uptime/history-lines.js';
import { SharedHistory } from '../../packages/uptime/shared-history.js';
import { computeWindow } from '../../packages/uptime/window.js';
import { isPermission, queryPrometheus } from './collect.js';
import { componentDays, dayNeeds, type WindowPlan } from './history.js';
import type { Inputs } from './inputs.js';
import type { UpkeepUnit } from './upkeep-units.js';

export interface UpkeepHistory {
  /** Each unit's month and rolling-window figures, or why there are none. */
  figures: Map<string, { month: UptimeInput; rolling: UptimeInput }>;
  source: string | null;
  problems: string[];
}

const NO_HEALTH =
  'no health checks in the config, so no probe history: a Production component is measured by the probes of the scheduled uptime check (components.<id>.health)';

function figuresOf(
  unit: UpkeepUnit,
  days: { month: Parameters<typeof computeWindow>[0]['days']; rolling: Parameters<typeof computeWindow>[0]['days'] },
  inputs: Inputs,
  minCoverage: number,
) {
  const w = (which: 'month' | 'rolling') => {
    const window = unit.windows[which];
    if (unit.since && unit.since >= window.to) return { window, figures: null, missing: null };
    return {
      window,
      figures: computeWindow({
        days: days[which],
        from: window.from,
        to: window.to,
        ...(unit.since ? { notBefore: unit.since } : {}),
        intervalMs: inputs.intervalMs,
        maintenance: unit.maintenance,
        minSampleCoverage: minCoverage,
      }),
      missing: null,
    };
  };
  return { month: w('month'), rolling: w('rolling') };
}

/** Why there is no probe history to read, or null when there is one. */
function historyUnavailable(inputs: Inputs, api: GitHubApi | null): string | null {
  if (inputs.history !== 'branch') return 'history: none, so there is no probe history to judge';
  return api ? null : 'no token or repository: the probe history cannot be read';
}

/** Reads, without writing, the days every unit's two windows need, in one pass over the shared history. */
export async function readUpkeepHistory(
  units: readonly UpkeepUnit[],
  api: GitHubApi | null,
  inputs: Inputs,
  now: Date,
  minCoverage: number,
): Promise<UpkeepHistory> {
  const out: UpkeepHistory = { figures: new Map(), source: null, problems: [] };
  const missing = (unit: UpkeepUnit, why: string) =>
    out.figures.set(unit.component.id, {
      month: { window: unit.windows.month, figures: null, missing: why },
      rolling: { window: unit.windows.rolling, figures: null, missing: why },
    });
  const probed = units.filter((u) => u.component.health.length > 0);
  for (const u of units) if (!u.component.health.length) missing(u, NO_HEALTH);
  if (!probed.length) return out;
  const unavailable = historyUnavailable(inputs, api);
  if (unavailable) {
    for (const u of probed) missing(u, unavailable);
    return out;
  }
  const plans: WindowPlan[] = probed.flatMap((u) => [
    { key: u.component.id, plan: u.plans.month },
    { key: u.component.id, plan: u.plans.rolling },
  ]);
  try {
    const run = await new SharedHistory(api!, inputs.dataBranch).run({
      needs: dayNeeds(plans),
      record: [],
      components: probed.map((u) => u.component.id),
      intervalMs: inputs.intervalMs,
      today: utcDay(now.getTime()),
      readOnly: true,
    });
    out.problems.push(...run.problems);
    out.source = `branch ${inputs.dataBranch}`;
    for (const u of probed) {
      const id = u.component.id;
      out.figures.set(
        id,
        figuresOf(
          u,
          { month: componentDays(u.plans.month, run.days, id), rolling: componentDays(u.plans.rolling, run.days, id) },
          inputs,
          minCoverage,
        ),
      );
    }
  } catch (e) {
    const why = isPermission(e)
      ? `the token cannot read branch ${inputs.dataBranch} (${(e as Error).message}): give the job \`permissions: contents: read\``
      : `the probe history could not be read (${(e as Error).message})`;
    for (const u of probed) missing(u, why);
  }
  return out;
}

/** Prometheus's 5xx share and p95 over the rolling window, for one component (job = its id). */
export async function prometheusOf(unit: UpkeepUnit, inputs: Inputs): Promise<MaintenanceModel['prometheus']> {
  if (!inputs.prometheusUrl) return null;
  const job = inputs.prometheusJob ?? unit.component.id;
  const p = await queryPrometheus(
    inputs.prometheusUrl,
    {
      job,
      window: unit.windows.rolling.label,
      requestsMetric: inputs.prometheusRequestsMetric,
      latencyMetric: inputs.prometheusLatencyMetric,
    },
    inputs.probeTimeoutMs ?? 30_000,
  );
  return { url: p.url, errorRate: p.errorRate, p95Ms: p.p95Ms };
}

export interface SecurityResults {
  results: { file: string; result: GateResult }[];
  /** Where the results came from, or why none could be read. */
  notes: string[];
}

/** The security-gate results with first-seen dates: `security-results`, and the default branch's newest `security-artifact`. */
export async function readSecurityResults(inputs: Inputs, api: GitHubApi | null): Promise<SecurityResults> {
  const files = inputs.securityResults.length
    ? await readResultFiles(inputs.securityResults, inputs.root, 'security-results')
    : [];
  const notes: string[] = [];
  if (inputs.securityArtifact && api) {
    try {
      const fetched = await fetchArtifactResults(api, [inputs.securityArtifact], await api.defaultBranch());
      files.push(...fetched.files);
      notes.push(...fetched.notes);
    } catch (e) {
      notes.push(
        `the artifact ${inputs.securityArtifact} could not be looked up: ${isPermissionDenied(e) ? "the token cannot read artifacts: add `actions: read` to the job's permissions" : (e as Error).message}`,
      );
    }
  }
  const { results } = await validateResults(files);
  return { results: results.filter((r) => r.result.gate === 'security-gate'), notes };
}

/** The component's newest security-gate result of the default branch's state (not a pull request's change). */
export function securityOf(component: string, security: SecurityResults, hint: string): SecurityInput {
  const mine = security.results
    .filter((r) => r.result.component === component && r.result.scope !== 'change')
    .sort((a, b) => Date.parse(b.result.createdAt) - Date.parse(a.result.createdAt));
  const newest = mine[0];
  if (!newest) return { evidence: null, missing: `no security-gate result for ${component}${hint}` };
  const open = openFindings(newest.result);
  if (!open)
    return {
      evidence: null,
      missing: `${newest.file} lists no open findings with first-seen dates (a security-gate result of an older version?)`,
    };
  return {
    evidence: {
      file: newest.file,
      createdAt: newest.result.createdAt,
      url: newest.result.run?.url ?? null,
      open: open.open,
      omitted: open.omitted,
    },
    missing: null,
  };
}
