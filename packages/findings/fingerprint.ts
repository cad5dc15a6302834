/**
 * Fingerprints that survive line shifts: a finding is known by its tool, rule, file and the
 * text of the line it is on (white space collapsed), plus its ordinal among findings with
 * the same key in that file (two identical `import os` lines stay two findings). Inserting
 * lines above a finding, or re-indenting it, leaves its fingerprint unchanged; editing the
 * line itself makes it a new finding, as a reviewer would see it.
 *
 * A finding whose line text is unknown (no file, no line: a dependency, a file-level message)
 * uses its message instead. Fingerprints are 16 hex digits of a SHA-256; the key layout is
 * versioned (`v1`) so a later change cannot silently match old baselines.
 */
import { createHash } from 'node:crypto';
import type { Finding } from './finding.js';

/** The text of a line of a repository file, or undefined when the file or line is not there. */
export type LineText = (path: string, line: number) => string | undefined;

export function normalizeLineText(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

function keyOf(f: Finding, lineText: LineText): string {
  const text = f.path && f.start ? lineText(f.path, f.start.line) : undefined;
  const anchor = text !== undefined ? `line:${normalizeLineText(text)}` : `message:${normalizeLineText(f.message)}`;
  const where = f.path ?? (f.pkg ? `pkg:${f.pkg.name}@${f.pkg.version ?? ''}` : '');
  return `v1\0${f.tool}\0${f.rule}\0${where}\0${anchor}`;
}

function hash(s: string): string {
  return createHash('sha256').update(s).digest('hex').slice(0, 16);
}

/**
 * Sets `fingerprint` on every finding (in place) and returns them. Ordinals follow the
 * position in the file (line, then column), so they do not depend on the report's order.
 */
export function fingerprintFindings<T extends Finding>(findings: T[], lineText: LineText): T[] {
  const groups = new Map<string, T[]>();
  for (const f of findings) {
    const key = keyOf(f, lineText);
    const g = groups.get(key);
    if (g) g.push(f);
    else groups.set(key, [f]);
  }
  for (const [key, group] of groups) {
    if (group.length > 1)
      group.sort(
        (a, b) => (a.start?.line ?? 0) - (b.start?.line ?? 0) || (a.start?.column ?? 0) - (b.start?.column ?? 0),
      );
    group.forEach((f, i) => {
      f.fingerprint = hash(`${key}\0${i}`);
    });
  }
  return findings;
}
