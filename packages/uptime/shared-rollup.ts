/**
 * The rollup of a closed day in the shared history (format 2): every component's day rollup
 * (rollup.ts) in one file, with the blob sha of the day file it was made from. A reader that
 * lists the month folder sees the day file's current sha: when a late write changed the day
 * after its rollup was made, the shas differ and the rollup is made again, so a rollup never
 * hides a sample.
 */
import { checkRollup, rollupDay, type DayRollup } from './rollup.js';
import type { Sample } from './sample.js';

export const SHARED_ROLLUP_VERSION = 2;

export interface SharedRollup {
  v: typeof SHARED_ROLLUP_VERSION;
  day: string;
  intervalMs: number;
  /** The git blob sha of the day file the rollup was made from. */
  source: string;
  components: Record<string, DayRollup>;
}

export function buildSharedRollup(
  day: string,
  intervalMs: number,
  source: string,
  byComponent: ReadonlyMap<string, readonly Sample[]>,
): SharedRollup {
  const components: Record<string, DayRollup> = {};
  for (const c of [...byComponent.keys()].sort()) components[c] = rollupDay(byComponent.get(c)!, day, intervalMs);
  return { v: SHARED_ROLLUP_VERSION, day, intervalMs, source, components };
}

export function formatSharedRollup(r: SharedRollup): string {
  return `${JSON.stringify(r)}\n`;
}

/** A stored shared rollup read back and checked; a problem means: make it again from the day file. */
export function readSharedRollup(text: string): { rollup: SharedRollup } | { problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { problem: `not valid JSON (${e instanceof Error ? e.message : String(e)})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { problem: 'not a JSON object' };
  const o = value as Record<string, unknown>;
  if (o.v !== SHARED_ROLLUP_VERSION)
    return { problem: `unknown rollup version ${JSON.stringify(o.v)} (this reader knows ${SHARED_ROLLUP_VERSION})` };
  if (typeof o.source !== 'string' || !/^[0-9a-f]{40}$/.test(o.source))
    return { problem: '"source" is not a blob sha' };
  if (typeof o.components !== 'object' || o.components === null || Array.isArray(o.components))
    return { problem: '"components" is not an object' };
  for (const [c, r] of Object.entries(o.components as Record<string, unknown>)) {
    const checked = checkRollup(r);
    if ('problem' in checked) return { problem: `${c}: ${checked.problem}` };
    if (checked.rollup.day !== o.day || checked.rollup.intervalMs !== o.intervalMs)
      return { problem: `${c}: its day or interval is not the file's` };
  }
  return { rollup: value as SharedRollup };
}
