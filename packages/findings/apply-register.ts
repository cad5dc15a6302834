/**
 * Applying the accepted-risk register to findings (which entry accepts which finding, what is
 * expired, stale or not allowed). Apart from its parsing (risk-register.ts: Markdown, YAML and
 * zod), so that a run without a register file loads none of them.
 */
import picomatch from 'picomatch';
import type { Finding, Severity } from './finding.js';
import { isCalendarDate, parsePkg, stripDotSlash } from './register-format.js';
import type { RiskEntry, RiskRegister } from './risk-register.js';

export interface RegisterOutcome<T extends Finding> {
  accepted: { finding: T; entry: RiskEntry }[];
  /** Everything else, including findings whose matching entry is expired or not allowed. */
  notAccepted: T[];
  /** Entries that matched at least one finding and are past their date: the gate fails on these. */
  expired: { entry: RiskEntry; findings: number }[];
  /** Unexpired entries that matched nothing: a warning (the finding is fixed, or the entry is wrong). */
  stale: RiskEntry[];
  /** Matches that could not accept a finding (left unaccepted), and why. */
  disallowed: { entry: RiskEntry; finding: T; reason: string }[];
  /** Expired entries that matched nothing: nothing to fail on; they can be removed. */
  expiredUnused: RiskEntry[];
}

const RANK: Record<Severity, number> = { info: 0, low: 1, medium: 2, high: 3, critical: 4 };

/** A finding without a severity is treated as high. */
export function effectiveSeverity(f: Finding): Severity {
  return f.severity ?? 'high';
}

interface Compiled {
  entry: RiskEntry;
  index: number;
  expired: boolean;
  tool: string | undefined;
  pkg: { name: string; version?: string } | null;
  glob: ((path: string) => boolean) | null;
  matched: number;
  /** The index of the last finding this entry was considered for (dedupes fingerprint + rule). */
  seen: number;
}

interface RuleBucket {
  entries: Compiled[];
  /** Location key -> the entries of this rule whose path matches it. */
  byLocation: Map<string, Compiled[]>;
}

function pathMatches(c: Compiled, f: Finding): boolean {
  if (c.pkg) {
    if (!f.pkg || f.pkg.name.toLowerCase() !== c.pkg.name) return false;
    return c.pkg.version === undefined || f.pkg.version === c.pkg.version;
  }
  return f.path !== null && c.glob !== null && c.glob(f.path);
}

function compileEntries(register: RiskRegister, today: string): Compiled[] {
  return register.entries.map((entry, index) => {
    const pkg = entry.path !== undefined ? parsePkg(entry.path) : null;
    return {
      entry,
      index,
      expired: today > entry.expires,
      tool: entry.tool?.toLowerCase(),
      pkg,
      glob: entry.path !== undefined && !pkg ? picomatch(stripDotSlash(entry.path), { dot: true }) : null,
      matched: 0,
      seen: -1,
    };
  });
}

/** Entries by fingerprint, and by rule (those with a path); a finding looks up only its own. */
interface EntryIndex {
  byFingerprint: Map<string, Compiled[]>;
  byRule: Map<string, RuleBucket>;
}

function indexEntries(compiled: readonly Compiled[]): EntryIndex {
  const byFingerprint = new Map<string, Compiled[]>();
  const byRule = new Map<string, RuleBucket>();
  for (const c of compiled) {
    if (c.entry.fingerprint) {
      const list = byFingerprint.get(c.entry.fingerprint);
      if (list) list.push(c);
      else byFingerprint.set(c.entry.fingerprint, [c]);
    }
    if (c.entry.rule !== undefined && c.entry.path !== undefined) {
      const key = c.entry.rule.toLowerCase();
      const bucket = byRule.get(key);
      if (bucket) bucket.entries.push(c);
      else byRule.set(key, { entries: [c], byLocation: new Map() });
    }
  }
  return { byFingerprint, byRule };
}

/** Why an entry may not accept a finding (its severity), or null. */
function refusalFor(acceptableSeverities: readonly Severity[]): (c: Compiled, f: Finding) => string | null {
  const acceptable = new Set<Severity>(acceptableSeverities);
  const policyText = acceptableSeverities.length ? acceptableSeverities.join(', ') : '(none)';
  return (c, f) => {
    const sev = effectiveSeverity(f);
    const assumed = f.severity === undefined ? ' (the report gives no severity; treated as high)' : '';
    if (!acceptable.has(sev === 'info' ? 'low' : sev))
      return `${sev} findings cannot be accepted${assumed}: the policy's acceptable-severities is ${policyText}`;
    if (RANK[sev] > RANK[c.entry.severity])
      return `the finding is ${sev}${assumed}, above the ${c.entry.severity} severity this entry covers`;
    return null;
  };
}

/**
 * Fills `candidates` with the entries that name finding `i` (by fingerprint, then by rule and
 * path; each once), in register order. Reuses the arrays: this runs once per finding.
 */
function candidatesOf(f: Finding, i: number, index: EntryIndex, candidates: Compiled[]): void {
  candidates.length = 0;
  let sources = 0;
  const consider = (list: readonly Compiled[] | undefined) => {
    if (!list || list.length === 0) return;
    let added = false;
    for (const c of list) {
      if (c.seen === i) continue;
      if (c.tool !== undefined && c.tool !== f.tool.toLowerCase()) continue;
      c.seen = i;
      candidates.push(c);
      added = true;
    }
    if (added) sources++;
  };
  if (f.fingerprint) consider(index.byFingerprint.get(f.fingerprint.toLowerCase()));
  if (index.byRule.size) {
    const rules = f.aliases?.length ? [f.rule, ...f.aliases] : [f.rule];
    for (const rule of rules) {
      const bucket = index.byRule.get(rule.toLowerCase());
      if (!bucket) continue;
      const loc = `${f.path ?? ''}\0${f.pkg?.name ?? ''}\0${f.pkg?.version ?? ''}`;
      let hits = bucket.byLocation.get(loc);
      if (!hits) {
        hits = bucket.entries.filter((c) => pathMatches(c, f));
        bucket.byLocation.set(loc, hits);
      }
      consider(hits);
    }
  }
  if (sources > 1) candidates.sort((a, b) => a.index - b.index);
}

/** The first unexpired entry that may accept the finding accepts it; the refusals are reported. */
function judge<T extends Finding>(
  f: T,
  candidates: readonly Compiled[],
  refusal: (c: Compiled, f: Finding) => string | null,
  out: RegisterOutcome<T>,
): void {
  let acceptedBy: Compiled | undefined;
  const refusals: { c: Compiled; reason: string }[] = [];
  for (const c of candidates) {
    c.matched++;
    if (c.expired || acceptedBy) continue;
    const reason = refusal(c, f);
    if (reason === null) acceptedBy = c;
    else refusals.push({ c, reason });
  }
  if (acceptedBy) return void out.accepted.push({ finding: f, entry: acceptedBy.entry });
  out.notAccepted.push(f);
  for (const r of refusals) out.disallowed.push({ entry: r.c.entry, finding: f, reason: r.reason });
}

/** Which findings the register accepts (and by which entry), which it refuses and why, and which entries are expired or stale. */
export function applyRiskRegister<T extends Finding>(
  findings: readonly T[],
  register: RiskRegister,
  opts: { today: string; acceptableSeverities: readonly Severity[] },
): RegisterOutcome<T> {
  if (!isCalendarDate(opts.today))
    throw new Error(`applyRiskRegister: today must be YYYY-MM-DD, got ${JSON.stringify(opts.today)}`);
  const compiled = compileEntries(register, opts.today);
  const index = indexEntries(compiled);
  const refusal = refusalFor(opts.acceptableSeverities);
  const out: RegisterOutcome<T> = {
    accepted: [],
    notAccepted: [],
    expired: [],
    stale: [],
    disallowed: [],
    expiredUnused: [],
  };
  const candidates: Compiled[] = [];
  findings.forEach((f, i) => {
    candidatesOf(f, i, index, candidates);
    if (candidates.length === 0) out.notAccepted.push(f);
    else judge(f, candidates, refusal, out);
  });
  for (const c of compiled) {
    if (c.expired) {
      if (c.matched > 0) out.expired.push({ entry: c.entry, findings: c.matched });
      else out.expiredUnused.push(c.entry);
    } else if (c.matched === 0) {
      out.stale.push(c.entry);
    }
  }
  return out;
}
