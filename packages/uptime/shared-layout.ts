/**
 * Where the shared uptime history (format 2) lives on the data branch. Every component's
 * samples of one UTC day are in one file, so a run reads and writes a day once however many
 * components it probes:
 *
 *   uptime/v2/<YYYY-MM>/<DD>.jsonl        every component's samples of the day (one per line, with `c`)
 *   uptime/v2/<YYYY-MM>/<DD>.rollup.json  every component's figures of the closed day, with the
 *                                         blob sha of the .jsonl file it was made from
 *   uptime/v2/<YYYY-MM>/legacy.json      in the month the format was first written: which
 *                                         components' format-1 history was copied in, from which day
 *
 * One folder per month keeps a listing small (at most 63 names) and a window's listings few
 * (a 7-day window touches one month or two). Format 1 (`uptime/<component>/<YYYY-MM-DD>.jsonl`,
 * one file per component and day) is read once, when it is copied in (legacy.ts).
 */

export const SHARED_DIR = 'uptime/v2';
/** Format 1's root: `uptime/<component>/<day>.jsonl`. */
export const LEGACY_ROOT = 'uptime';
export const LEGACY_MARKER = 'legacy.json';

/** `2026-11-21` -> `2026-11`. */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

export function monthDir(month: string): string {
  return `${SHARED_DIR}/${month}`;
}

/** The name of a day's samples file in its month folder: `21.jsonl`. */
export function dayFileName(day: string): string {
  return `${day.slice(8, 10)}.jsonl`;
}

export function rollupFileName(day: string): string {
  return `${day.slice(8, 10)}.rollup.json`;
}

export function dayFilePath(day: string): string {
  return `${monthDir(monthOf(day))}/${dayFileName(day)}`;
}

export function rollupFilePath(day: string): string {
  return `${monthDir(monthOf(day))}/${rollupFileName(day)}`;
}

export function legacyMarkerPath(month: string): string {
  return `${monthDir(month)}/${LEGACY_MARKER}`;
}

/** A component's format-1 day file. */
export function legacyDayPath(component: string, day: string): string {
  return `${LEGACY_ROOT}/${component}/${day}.jsonl`;
}

/** The months of some days, ascending, each once. */
export function monthsOf(days: Iterable<string>): string[] {
  return [...new Set([...days].map(monthOf))].sort();
}
