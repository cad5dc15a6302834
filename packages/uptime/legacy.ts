/**
 * Format 1 (one file per component and day, `uptime/<component>/<day>.jsonl`) is what
 * repositories already have. It is read once: the first run of format 2 that needs a
 * component's days copies them into the shared day files, and records that in a small marker,
 * `uptime/v2/<YYYY-MM>/legacy.json` in the month of that first run:
 *
 *   {"v":2,"since":"2026-11-21","components":{"neo4j":{"from":"2026-11-14"},"auth":{"from":null}}}
 *
 * `since` is the first day written in format 2 (no format-1 file is written after it);
 * `from` is the first day copied (days from there on are complete in format 2), null when the
 * component had no format-1 history. A later, longer window copies the days before `from`
 * and moves it back. The marker is only looked for while a window reaches its month: a
 * window that does not is wholly after the switch, where format 1 has nothing.
 */
export interface LegacyMarker {
  v: 2;
  since: string;
  components: Record<string, { from: string | null }>;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function parseLegacyMarker(text: string): LegacyMarker | { problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { problem: `not valid JSON (${e instanceof Error ? e.message : String(e)})` };
  }
  const o = value as Partial<LegacyMarker> | null;
  if (
    typeof o !== 'object' ||
    o === null ||
    o.v !== 2 ||
    typeof o.since !== 'string' ||
    !DAY.test(o.since) ||
    typeof o.components !== 'object' ||
    o.components === null
  ) {
    return { problem: 'not a format-2 legacy marker ({v: 2, since, components})' };
  }
  for (const [c, e] of Object.entries(o.components)) {
    const from = (e as { from?: unknown } | null)?.from;
    if (!(from === null || (typeof from === 'string' && DAY.test(from))))
      return { problem: `${c}: "from" is neither a day nor null` };
  }
  return o as LegacyMarker;
}

export function formatLegacyMarker(m: LegacyMarker): string {
  const components: LegacyMarker['components'] = {};
  for (const c of Object.keys(m.components).sort()) components[c] = m.components[c]!;
  return `${JSON.stringify({ v: 2, since: m.since, components })}\n`;
}

/** Two writers' markers together: the earliest `since`, and per component the earliest day copied (a day beats null). */
export function mergeLegacyMarkers(a: LegacyMarker, b: LegacyMarker): LegacyMarker {
  const components: LegacyMarker['components'] = { ...a.components };
  for (const [c, e] of Object.entries(b.components)) {
    const prev = components[c];
    if (!prev || (e.from !== null && (prev.from === null || e.from < prev.from))) components[c] = e;
  }
  return { v: 2, since: a.since < b.since ? a.since : b.since, components };
}

/**
 * The days of `component` to copy for a window starting on `firstDay`, as [from, to]
 * (inclusive), or null when there is nothing to copy: the marker says they are in format 2
 * already, or that the component has no format-1 history.
 */
export function daysToCopy(
  marker: LegacyMarker | null,
  component: string,
  firstDay: string,
  today: string,
): { from: string; to: string } | null {
  const known = marker?.components[component];
  if (known && known.from === null) return null;
  const last = marker?.since ?? today;
  if (!known) return firstDay <= last ? { from: firstDay, to: last } : null;
  if (firstDay >= known.from!) return null;
  const dayBefore = new Date(Date.parse(`${known.from!}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return { from: firstDay, to: dayBefore < last ? dayBefore : last };
}
