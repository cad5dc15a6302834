/**
 * uptime-check's use of the shared history: the days every component's window needs, read
 * once for all of them, this run's probes recorded in the same pass, and each component's
 * days handed back in the form computeWindow takes (a closed day's rollup, or samples).
 */
import type { DayRollup } from '../../packages/uptime/rollup.js';
import type { Sample } from '../../packages/uptime/sample.js';
import type {
  DayData,
  DayNeed,
  HistoryRunResult,
  Recorded,
  SharedHistory,
} from '../../packages/uptime/shared-history.js';

export interface WindowPlan {
  /** The component's id in the history ("default" for `urls` without a component). */
  key: string;
  plan: readonly { day: string; source: 'rollup' | 'raw' }[];
}

/** What all the windows need of each day: its samples when any window cuts it, its rollup when any takes it whole. */
export function dayNeeds(plans: readonly WindowPlan[]): DayNeed[] {
  const needs = new Map<string, DayNeed>();
  for (const p of plans) {
    for (const { day, source } of p.plan) {
      const n = needs.get(day) ?? { day, raw: false, rollup: false };
      if (source === 'raw') n.raw = true;
      else n.rollup = true;
      needs.set(day, n);
    }
  }
  return [...needs.values()].sort((a, b) => (a.day < b.day ? -1 : 1));
}

/** One component's days for computeWindow, in plan order: the rollup when the plan takes it and one was read, else the samples. */
export function componentDays(
  plan: WindowPlan['plan'],
  data: ReadonlyMap<string, DayData>,
  key: string,
): (DayRollup | Sample[])[] {
  return plan.map(({ day, source }) => {
    const d = data.get(day);
    const rollup = source === 'rollup' ? d?.rollups?.get(key) : undefined;
    if (rollup) return rollup;
    return d?.raw?.get(key) ?? [];
  });
}

export interface SyncedHistory {
  /** Each component's days, in its plan's order. */
  days: Map<string, (DayRollup | Sample[])[]>;
  run: HistoryRunResult;
}

/** Records this run's probes and reads every window's days, in one pass over the shared files. */
export async function syncHistory(
  history: SharedHistory,
  p: {
    plans: readonly WindowPlan[];
    record: readonly Recorded[];
    intervalMs: number;
    today: string;
    readOnly: boolean;
  },
): Promise<SyncedHistory> {
  const run = await history.run({
    needs: dayNeeds(p.plans),
    record: p.record,
    components: p.plans.map((x) => x.key),
    intervalMs: p.intervalMs,
    today: p.today,
    readOnly: p.readOnly,
  });
  const days = new Map<string, (DayRollup | Sample[])[]>();
  for (const x of p.plans) days.set(x.key, componentDays(x.plan, run.days, x.key));
  return { days, run };
}
