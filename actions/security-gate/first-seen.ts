/**
 * When each finding was first seen, kept between runs so that patch deadlines (24 h for
 * critical, 7 days for high, 30 days for medium, once in Production) can be judged.
 *
 * The dates travel in the result files: every result keeps the complete fingerprint ->
 * first-seen map of its findings in `data.firstSeen`, and the next run takes it from its
 * `baseline` input (the default branch's previous results, which the shipped workflows pass),
 * so a finding keeps the date of the run that first saw it. A user who carries a JSON
 * `history` file with actions/cache instead keeps that working: it is read and rewritten as
 * before. When both are given the earlier date wins. A finding seen for the first time is
 * dated now; a fixed one drops out (reintroduced, it starts over).
 */
import type { GateResult } from '../../packages/core/result/gate-result.js';

export interface FirstSeenStore {
  version: 1;
  /** fingerprint -> ISO time first seen */
  firstSeen: Record<string, string>;
}

export type FirstSeenMap = Record<string, string>;

export function emptyStore(): FirstSeenStore {
  return { version: 1, firstSeen: {} };
}

const isDate = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));

/** Reads a store; anything unreadable is reported with why (the caller refuses to overwrite a file that is not a store). */
export function parseStore(text: string): { store: FirstSeenStore; problem: string | null } {
  try {
    const doc = JSON.parse(text) as Partial<FirstSeenStore>;
    if (doc && doc.version === 1 && doc.firstSeen && typeof doc.firstSeen === 'object') {
      const firstSeen: FirstSeenMap = {};
      for (const [fp, at] of Object.entries(doc.firstSeen)) if (isDate(at)) firstSeen[fp] = at;
      return { store: { version: 1, firstSeen }, problem: null };
    }
    return {
      store: emptyStore(),
      problem: 'it is not a maturity-actions history file ({"version": 1, "firstSeen": {...}})',
    };
  } catch {
    return { store: emptyStore(), problem: 'it is not valid JSON' };
  }
}

function earlier(map: FirstSeenMap, fp: unknown, at: unknown): void {
  if (typeof fp !== 'string' || !isDate(at)) return;
  const seen = map[fp];
  if (seen === undefined || Date.parse(at) < Date.parse(seen)) map[fp] = at;
}

/**
 * The first-seen dates an earlier security-gate result carries: its `data.firstSeen` map;
 * for results written before that map existed, the dates on its listed findings, and for its
 * other fingerprints the time the result was made (they were there by then).
 */
export function firstSeenOfResult(result: GateResult): FirstSeenMap {
  const data = result.data as {
    firstSeen?: unknown;
    open?: unknown;
    acceptedFindings?: unknown;
    overdue?: unknown;
    fingerprints?: unknown;
  };
  const out: FirstSeenMap = {};
  if (data.firstSeen && typeof data.firstSeen === 'object' && !Array.isArray(data.firstSeen)) {
    for (const [fp, at] of Object.entries(data.firstSeen)) earlier(out, fp, at);
  }
  for (const list of [data.open, data.acceptedFindings, data.overdue]) {
    if (!Array.isArray(list)) continue;
    for (const f of list as { fingerprint?: unknown; firstSeen?: unknown }[])
      earlier(out, f?.fingerprint, f?.firstSeen);
  }
  if (Array.isArray(data.fingerprints))
    for (const fp of data.fingerprints) if (typeof fp === 'string' && !(fp in out)) earlier(out, fp, result.createdAt);
  return out;
}

/** The fingerprints an earlier result lists (its findings in scope), for "what a change introduces". */
export function fingerprintsOfResult(result: GateResult): string[] {
  const fps = (result.data as { fingerprints?: unknown }).fingerprints;
  return Array.isArray(fps) ? fps.filter((fp): fp is string => typeof fp === 'string') : [];
}

/** This run's dates: each current fingerprint keeps its earliest known date, or gets `now`; fixed ones are dropped. */
export function carryFirstSeen(
  sources: readonly FirstSeenMap[],
  fingerprints: Iterable<string>,
  now: Date,
): FirstSeenMap {
  const out: FirstSeenMap = {};
  const stamp = now.toISOString();
  for (const fp of fingerprints) {
    out[fp] = stamp;
    for (const s of sources) earlier(out, fp, s[fp]);
  }
  return out;
}

/** The store after this run: current fingerprints keep their date or get `now`; fixed ones are dropped. */
export function updateStore(previous: FirstSeenStore, fingerprints: Iterable<string>, now: Date): FirstSeenStore {
  return { version: 1, firstSeen: carryFirstSeen([previous.firstSeen], fingerprints, now) };
}
