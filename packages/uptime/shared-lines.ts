/**
 * The lines of a shared day file (format 2): a format-1 `Sample` with the component first,
 * `{"c":"neo4j","t":"2026-11-21T10:05:00.120Z","url":"https://…/health","state":"up",…}`.
 * A line is identified by component, time and URL, so appending the same probe twice (a
 * retried write) adds nothing. Malformed lines are skipped and reported, as format 1's are.
 */
import { readJsonLines, toSample, type HistoryProblem } from './history-lines.js';
import type { Sample } from './sample.js';

/** Component ids as the config allows them (they become labels like component:<id>). */
const COMPONENT_ID = /^[a-z0-9][a-z0-9_-]*$/;

export interface SharedDay {
  /** Each component's samples, in file order. */
  byComponent: Map<string, Sample[]>;
  /** The identity of every line read (`lineKey`). */
  keys: Set<string>;
  problems: HistoryProblem[];
}

export function lineKey(component: string, s: Pick<Sample, 't' | 'url'>): string {
  return `${component}\u0000${s.t}\u0000${s.url}`;
}

/** One line, fields in a fixed order (c, t, url, state, status, ms, error, detail), with its newline. */
export function sharedLine(component: string, s: Sample): string {
  const o: Record<string, unknown> = { c: component, t: s.t, url: s.url, state: s.state };
  if (s.status !== undefined) o.status = s.status;
  if (s.ms !== undefined) o.ms = s.ms;
  if (s.error !== undefined) o.error = s.error;
  if (s.detail !== undefined) o.detail = s.detail;
  return `${JSON.stringify(o)}\n`;
}

/** Reads a shared day file of `day` (YYYY-MM-DD): a sample of another day is a malformed line. */
export function parseSharedDay(text: string, day: string): SharedDay {
  const { items, problems } = readJsonLines(text, (value) => {
    const c = (value as { c?: unknown } | null)?.c;
    if (
      typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      (typeof c !== 'string' || !COMPONENT_ID.test(c))
    ) {
      return `field "c" must be a component id (got ${c === undefined ? 'nothing' : JSON.stringify(c).slice(0, 40)})`;
    }
    const sample = toSample(value, day);
    return typeof sample === 'string' ? sample : { c: c as string, sample };
  });
  const byComponent = new Map<string, Sample[]>();
  const keys = new Set<string>();
  for (const { c, sample } of items) {
    keys.add(lineKey(c, sample));
    let list = byComponent.get(c);
    if (list === undefined) byComponent.set(c, (list = []));
    list.push(sample);
  }
  return { byComponent, keys, problems };
}

/**
 * The text after appending the samples not already in `current` (by component, time and URL).
 * A last line cut short stays on its own line. Returns null when nothing is new.
 */
export function appendShared(
  current: string,
  keys: ReadonlySet<string>,
  add: readonly { component: string; sample: Sample }[],
): { text: string; added: number } | null {
  const seen = new Set(keys);
  let tail = '';
  let added = 0;
  for (const { component, sample } of add) {
    const key = lineKey(component, sample);
    if (seen.has(key)) continue;
    seen.add(key);
    tail += sharedLine(component, sample);
    added++;
  }
  if (added === 0) return null;
  const head = current && !current.endsWith('\n') ? `${current}\n` : current;
  return { text: head + tail, added };
}
