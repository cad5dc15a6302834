/**
 * When each finding was first seen, kept between runs so that patch deadlines (24 h for
 * critical, 7 days for high, 30 days for medium, once in Production) can be judged. The
 * store is a small JSON file (`history` input) that the workflow carries from run to run
 * with actions/cache (see the README); each run reads it, adds what is new, drops what is
 * fixed, and writes it back. A finding seen for the first time is dated now.
 */
export interface FirstSeenStore {
  version: 1;
  /** fingerprint -> ISO time first seen */
  firstSeen: Record<string, string>;
}

export function emptyStore(): FirstSeenStore {
  return { version: 1, firstSeen: {} };
}

/** Reads a store; anything unreadable is reported and treated as empty (never fatal: the history only adds strictness). */
export function parseStore(text: string): { store: FirstSeenStore; problem: string | null } {
  try {
    const doc = JSON.parse(text) as Partial<FirstSeenStore>;
    if (doc && doc.version === 1 && doc.firstSeen && typeof doc.firstSeen === 'object') {
      const firstSeen: Record<string, string> = {};
      for (const [fp, at] of Object.entries(doc.firstSeen)) if (typeof at === 'string' && !Number.isNaN(Date.parse(at))) firstSeen[fp] = at;
      return { store: { version: 1, firstSeen }, problem: null };
    }
    return { store: emptyStore(), problem: 'it is not a maturity-actions history file ({"version": 1, "firstSeen": {...}})' };
  } catch (e) {
    return { store: emptyStore(), problem: `it is not valid JSON (${(e as Error).message})` };
  }
}

/** The store after this run: current fingerprints keep their date or get `now`; fixed ones are dropped. */
export function updateStore(previous: FirstSeenStore, fingerprints: Iterable<string>, now: Date): FirstSeenStore {
  const firstSeen: Record<string, string> = {};
  for (const fp of fingerprints) firstSeen[fp] = previous.firstSeen[fp] ?? now.toISOString();
  return { version: 1, firstSeen };
}
