/**
 * Seeds the shared uptime history (format 2, packages/uptime/shared-layout.ts) on a fake
 * GitHub's data branch, as the scheduled probes would have recorded it: one sample per
 * endpoint per interval, one day file per UTC day, each endpoint down for the share of its
 * samples its uptime leaves (spread evenly, so any long window shows that uptime to within a
 * sample).
 */
import { dayFilePath } from '../../packages/uptime/shared-layout.js';
import { sharedLine } from '../../packages/uptime/shared-lines.js';
import { utcDay } from '../../packages/uptime/history-lines.js';
import type { FakeGitHub } from './fake-github/index.js';

export interface SeededEndpoint {
  component: string;
  url: string;
  /** Percent of samples up, e.g. 99.2. */
  uptime: number;
}

/** The first instant of the calendar month before the one `now` is in (UTC). */
export function startOfLastMonth(now: number): number {
  const d = new Date(now);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 1, 1);
}

/** Writes the samples of [from, to) for every endpoint; returns how many were written. */
export function seedSharedHistory(
  gh: FakeGitHub,
  o: { from: number; to: number; intervalMs: number; endpoints: readonly SeededEndpoint[]; branch?: string },
): number {
  const branch = o.branch ?? 'maturity-data';
  const byDay = new Map<string, string[]>();
  const index = new Map<string, number>();
  let count = 0;
  for (let t = Math.ceil(o.from / o.intervalMs) * o.intervalMs; t < o.to; t += o.intervalMs) {
    const day = utcDay(t);
    const lines = byDay.get(day) ?? [];
    for (const e of o.endpoints) {
      const i = index.get(e.url) ?? 0;
      index.set(e.url, i + 1);
      const p = (100 - e.uptime) / 100;
      const down = Math.floor((i + 1) * p) > Math.floor(i * p);
      lines.push(
        sharedLine(e.component, {
          t: new Date(t).toISOString(),
          url: e.url,
          state: down ? 'down' : 'up',
          ...(down ? { error: 'connect' as const } : { status: 200, ms: 12 + (t % 7) }),
        }),
      );
      count++;
    }
    byDay.set(day, lines);
  }
  if (!gh.repo.git.resolve(branch)) gh.createBranch(branch);
  for (const [day, lines] of byDay) gh.putFile(dayFilePath(day), lines.join(''), { branch, message: `uptime ${day}` });
  return count;
}
