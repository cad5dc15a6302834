/**
 * What an upkeep run (`mode: upkeep`) judges: every component whose MATURITY.md says it is in
 * Production (or the one `component` named), each with its windows (the last calendar month and
 * the rolling window, from its entry into Production) and the days of the history they need.
 * Pure apart from reading MATURITY.md.
 */
import type { ComponentConfig, MaturityConfig } from '../../packages/core/config/load-config.js';
import { ConfigurationError } from '../../packages/core/errors.js';
import { readMaturityRecord } from '../../packages/core/maturity/read-maturity.js';
import { STAGE_TITLES, type Stage } from '../../packages/core/stages.js';
import { findComponent } from '../../packages/core/subject.js';
import { maintenanceWindows, type MaintenanceWindows } from '../../packages/upkeep/windows.js';
import { planWindowDays, type MaintenanceWindow as Downtime } from '../../packages/uptime/window.js';
import { durationMs, type Inputs } from './inputs.js';
import { MAX_WINDOW_DAYS } from './units.js';

export interface UpkeepUnit {
  component: ComponentConfig;
  /** Its entry into Production, when MATURITY.md says. */
  since: Date | null;
  windows: MaintenanceWindows;
  /** The history's days each window needs (empty without health checks). */
  plans: { month: { day: string; source: 'rollup' | 'raw' }[]; rolling: { day: string; source: 'rollup' | 'raw' }[] };
  maintenance: Downtime[];
}

export interface UpkeepPlan {
  units: UpkeepUnit[];
  /** The components not in Production, by stage (listed once in the summary). */
  others: { id: string; stage: Stage | null }[];
  warnings: string[];
}

/** Inputs of the probing run that mean nothing to an upkeep run: refused, not ignored. */
export function refuseCheckInputs(inputs: Inputs): void {
  const given = [
    inputs.urls.length ? 'urls' : '',
    inputs.window ? 'window' : '',
    inputs.minUptime !== null ? 'min-uptime' : '',
    inputs.locustStats.length ? 'locust-stats' : '',
    inputs.k6Summary.length ? 'k6-summary' : '',
    inputs.metricsUrl ? 'metrics-url' : '',
    inputs.alertRules.length ? 'alert-rules' : '',
    inputs.incidents ? 'incidents' : '',
  ].filter(Boolean);
  if (given.length) {
    throw new ConfigurationError(
      `${given.join(', ')} belong to the probing run, and \`mode: upkeep\` only judges the maintenance criteria of the history`,
      { at: `input ${given[0]}` },
      'Leave them out of the upkeep step; its bars are policy.production.maintenance in the config.',
    );
  }
}

function rollingOf(config: MaturityConfig): { text: string; ms: number } {
  const text = config.policy.production.maintenance['rolling-window'];
  const ms = durationMs(text, 'policy.production.maintenance.rolling-window', 'hd');
  if (ms > MAX_WINDOW_DAYS * 86_400_000) {
    throw new ConfigurationError(
      `the rolling window ${text} is longer than ${MAX_WINDOW_DAYS} days`,
      { at: 'policy.production.maintenance.rolling-window' },
      `Use at most ${MAX_WINDOW_DAYS}d: each of its days is one read of the history.`,
    );
  }
  return { text, ms };
}

export async function planUpkeep(config: MaturityConfig, inputs: Inputs, now: Date): Promise<UpkeepPlan> {
  const rolling = rollingOf(config);
  const chosen = inputs.component ? [findComponent(config, inputs.component)] : [...config.components.values()];
  const units: UpkeepUnit[] = [];
  const others: UpkeepPlan['others'] = [];
  const warnings: string[] = [];
  for (const c of chosen) {
    const lookup = await readMaturityRecord(inputs.root, c);
    if (!lookup.record) warnings.push(lookup.warning);
    const stage = lookup.record?.stage ?? null;
    if (stage !== 'production') {
      others.push({ id: c.id, stage });
      continue;
    }
    const since = lookup.record?.since ? new Date(`${lookup.record.since}T00:00:00Z`) : null;
    const windows = maintenanceWindows(now, rolling.text, rolling.ms);
    const maintenance = c.maintenance.map((m) => ({ start: new Date(m.start), end: new Date(m.end) }));
    const plan = (w: { from: Date; to: Date }) =>
      c.health.length ? planWindowDays({ ...w, ...(since ? { notBefore: since } : {}), maintenance }) : [];
    units.push({
      component: c,
      since,
      windows,
      plans: { month: plan(windows.month), rolling: plan(windows.rolling) },
      maintenance,
    });
  }
  if (inputs.component && units.length === 0) {
    const stage = others[0]?.stage;
    throw new ConfigurationError(
      `${inputs.component} is ${stage ? `in ${STAGE_TITLES[stage]}` : 'in an unknown stage'}, not in Production`,
      { at: 'input component' },
      'The upkeep check judges components in Production; leave `component` empty to check all of them.',
    );
  }
  return { units, others, warnings };
}
