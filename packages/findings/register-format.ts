/** The accepted-risk register's file name, block marker and date format (shared by the parser and the prose drafter). */

export const REGISTER_FILE = 'SECURITY_FINDINGS_ACCEPTED_RISKS.md';
/** The info string of the machine-readable block: ```` ```yaml accepted-risks ````. */
export const REGISTER_BLOCK_INFO = 'yaml accepted-risks';

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

export function isCalendarDate(s: string): boolean {
  if (!DATE_RE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** A Date as YYYY-MM-DD in UTC (for the caller's `today`). */
export function utcDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** A register path without leading `./` (globs are matched against checkout-relative paths). */
export function stripDotSlash(p: string): string {
  return p.replace(/^(?:\.\/)+/, '');
}

/** `pkg:<name>` or `pkg:<name>@<version>` (a scoped `@scope/name` keeps its leading @). */
export function parsePkg(path: string): { name: string; version?: string } | null {
  if (!/^pkg:/i.test(path)) return null;
  const rest = path.slice(4).trim();
  const at = rest.lastIndexOf('@');
  if (at > 0) return { name: rest.slice(0, at).toLowerCase(), version: rest.slice(at + 1) };
  return { name: rest.toLowerCase() };
}
