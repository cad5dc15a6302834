/**
 * What one run of uptime-check checks: one component (`component` set, as the staging
 * validation runs it), the `urls` given, or, run on a schedule without either, every component
 * whose config has `health` checks. Each is a unit: its endpoints, its stage and bars, its
 * window. Pure apart from reading MATURITY.md (the stage).
 */
import type { ComponentConfig, MaturityConfig } from '../../packages/core/config/load-config.js';
import { ConfigurationError } from '../../packages/core/errors.js';
import { resolveSubject, type Subject } from '../../packages/core/subject.js';
import type { ProbeTarget } from '../../packages/uptime/probe.js';
import type { MaintenanceWindow } from '../../packages/uptime/window.js';
import { probeTargets } from './collect.js';
import { durationMs, type Inputs } from './inputs.js';

export interface Unit {
  /** The component's id in the history and the result file; "default" for `urls` without a component. */
  key: string;
  component: ComponentConfig | null;
  subject: Subject;
  targets: ProbeTarget[];
  windowText: string;
  windowMs: number;
  /** The component's entry into its current stage: its window starts no earlier. */
  notBefore: Date | undefined;
  maintenance: MaintenanceWindow[];
}

export interface Units {
  /** No `component` and no `urls`: every component with health checks. */
  scheduled: boolean;
  units: Unit[];
  /** Scheduled runs: the components without health checks (nothing to probe). */
  withoutHealth: string[];
}

/** Each day of a window is one read of the history: a window is at most this long (a quarter; seeds ask 7 days, or a month in production). */
export const MAX_WINDOW_DAYS = 92;

async function unitFor(config: MaturityConfig, inputs: Inputs, componentId: string | null): Promise<Unit> {
  const subject = await resolveSubject(config, inputs.root, componentId, inputs.targetStage);
  const { component, policy } = subject;
  const windowText = inputs.window ?? policy.uptime.window;
  const windowMs = durationMs(windowText, 'window', 'hd');
  if (windowMs > MAX_WINDOW_DAYS * 86_400_000) {
    throw new ConfigurationError(
      `the uptime window ${windowText} is longer than ${MAX_WINDOW_DAYS} days`,
      { at: inputs.window ? 'input window' : `policy.${subject.target}.uptime.window` },
      `Use a window of at most ${MAX_WINDOW_DAYS}d: each of its days is one read of the history on every run.`,
    );
  }
  return {
    key: component?.id ?? 'default',
    component,
    subject,
    targets: probeTargets(inputs.urls, component, inputs.probeTimeoutMs),
    windowText,
    windowMs,
    notBefore: subject.maturity?.since ? new Date(`${subject.maturity.since}T00:00:00Z`) : undefined,
    maintenance: (component?.maintenance ?? []).map((m) => ({ start: new Date(m.start), end: new Date(m.end) })),
  };
}

/** Inputs that name one component's evidence cannot be spread over every component. */
function refuseOneComponentInputs(inputs: Inputs): void {
  const given = [
    inputs.locustStats.length ? 'locust-stats' : '',
    inputs.k6Summary.length ? 'k6-summary' : '',
    inputs.prometheusJob ? 'prometheus-job' : '',
    inputs.metricsUrl ? 'metrics-url' : '',
    inputs.alertRules.length ? 'alert-rules' : '',
  ].filter(Boolean);
  if (given.length) {
    throw new ConfigurationError(
      `${given.join(', ')} describe one component, and this run (no \`component\`, no \`urls\`) checks every component with health checks`,
      { at: `input ${given[0]}` },
      'Set `component` to check them for one component (as the staging validation does), or leave them out of the scheduled run.',
    );
  }
}

export async function planUnits(config: MaturityConfig, inputs: Inputs): Promise<Units> {
  if (inputs.component || inputs.urls.length)
    return { scheduled: false, units: [await unitFor(config, inputs, inputs.component)], withoutHealth: [] };
  refuseOneComponentInputs(inputs);
  const all = [...config.components.values()];
  const probed = all.filter((c) => c.health.length > 0);
  if (probed.length === 0) {
    throw new ConfigurationError(
      `no component in ${config.file ?? 'the config (there is no config file)'} has \`health\` checks, so there is nothing to probe`,
      { at: 'components.<id>.health' },
      'Add `health: [{ url: https://…/health }]` to the components that have a health endpoint, or set `component` or `urls`.',
    );
  }
  const units: Unit[] = [];
  for (const c of probed) units.push(await unitFor(config, inputs, c.id)); // in order: the first bad one is the error
  return {
    scheduled: true,
    units,
    withoutHealth: all.filter((c) => c.health.length === 0).map((c) => c.id),
  };
}
