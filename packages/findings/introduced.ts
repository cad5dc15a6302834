/**
 * What a change introduces (docs/journeys.md, journey 1: a change is judged on what it does).
 * quality-gate and security-gate both ask this of their findings, in this order of evidence:
 *
 * 1. A baseline (the default branch's result for the same gate and component): a finding is
 *    introduced when its fingerprint is not among the baseline's. Fingerprints survive line
 *    shifts (fingerprint.ts), and matching is by multiset: a baseline with two identical
 *    findings excuses two, not three.
 * 2. No baseline, but the lines the pull request changed (packages/diff/changed-lines.ts): a
 *    finding is introduced when it is on a changed line. A finding about a whole file counts
 *    when the file changed; one about a dependency (no file) when the change touches its
 *    manifest (or, when the report names none, a dependency manifest). Files whose changed
 *    lines are unknown (no patch in the API answer) count whole: unknown is not unchanged.
 * 3. Neither: every finding counts, and the note says so.
 * On a pull request whose changed lines are unknown (a shallow checkout and a failed API
 * call) or incomplete (more files than GitHub lists), the basis is `unknown`: every finding
 * may be the change's, so a bar is met only if it is met by all of them, and otherwise the
 * answer is no-data, never a pass (nor a failure blamed on the change).
 *
 * Pure and general: any Finding, whatever the tool.
 */
import { posix } from 'node:path';
import { CHANGED_LINES_FIX, type ChangedLines, type PullRequestLines } from '../diff/changed-lines.js';
import { compareWithBaseline } from './baseline.js';
import type { Finding } from './finding.js';

export type IntroducedBasis = 'baseline' | 'changed-lines' | 'unknown' | 'all';

export interface IntroducedFindings<T extends Finding = Finding> {
  introduced: T[];
  basis: IntroducedBasis;
  /** For people: how "introduced" was decided when it is not by the baseline, and what it could not see. */
  note: string | null;
}

/** File names that declare dependencies (a dependency finding without a manifest of its own is placed in one of these). */
export const DEPENDENCY_MANIFESTS: ReadonlySet<string> = new Set([
  'requirements.txt',
  'requirements.in',
  'constraints.txt',
  'pyproject.toml',
  'setup.py',
  'setup.cfg',
  'Pipfile',
  'Pipfile.lock',
  'poetry.lock',
  'uv.lock',
  'package.json',
  'package-lock.json',
  'yarn.lock',
  'pnpm-lock.yaml',
]);

function isManifest(path: string): boolean {
  const base = posix.basename(path);
  return DEPENDENCY_MANIFESTS.has(base) || /^requirements[\w.-]*\.(txt|in)$/.test(base);
}

function onChangedLines<T extends Finding>(findings: readonly T[], changed: ChangedLines): T[] {
  const unknown = new Set(changed.unknown);
  const touched = (path: string) => changed.files.has(path) || unknown.has(path);
  const manifestTouched = [...changed.files.keys(), ...unknown].some(isManifest);
  return findings.filter((f) => {
    if (f.path === null) return f.pkg?.manifest ? touched(f.pkg.manifest) : manifestTouched;
    if (unknown.has(f.path)) return true;
    if (!f.start) return changed.files.has(f.path);
    const lines = changed.files.get(f.path);
    if (!lines) return false;
    const last = f.end?.line ?? f.start.line;
    for (let line = f.start.line; line <= last; line++) if (lines.has(line)) return true;
    return false;
  });
}

function changedLinesNote(changed: ChangedLines): string {
  const source = changed.source === 'git' ? 'git diff against the base' : "the pull request's files";
  const parts = [
    `no baseline: a finding counts as introduced when it is on a line this pull request changed (from ${source})`,
  ];
  if (changed.unknown.length)
    parts.push(`${changed.unknown.length} changed file(s) have no line information, so every finding in them counts`);
  return `${parts.join('; ')}. Pass the default branch's results as \`baseline\` to compare findings exactly.`;
}

/**
 * The findings a change introduces, and on what basis that was decided. `baseline` is the
 * fingerprints of the default branch's result; `changed` the pull request's changed lines.
 */
export function introducedFindings<T extends Finding = Finding>(
  findings: readonly T[],
  baseline: { fingerprints: readonly string[] } | null,
  changed: PullRequestLines | null,
): IntroducedFindings<T> {
  if (baseline)
    return {
      introduced: compareWithBaseline(findings, baseline.fingerprints).introduced,
      basis: 'baseline',
      note: null,
    };
  if (changed && (changed.source === 'unknown' || changed.truncated)) {
    const why =
      changed.source === 'unknown' ? changed.reason : 'the pull request changes more files than GitHub lists (3000)';
    return {
      introduced: [...findings],
      basis: 'unknown',
      note: `no baseline, and the changed lines are not known (${why}): any finding in scope may be this change's, so a bar is judged only when all of them meet it. ${CHANGED_LINES_FIX} Or pass the default branch's results as \`baseline\`.`,
    };
  }
  if (changed)
    return { introduced: onChangedLines(findings, changed), basis: 'changed-lines', note: changedLinesNote(changed) };
  return {
    introduced: [...findings],
    basis: 'all',
    note: "no baseline and no changed lines: every finding in scope counts as introduced. Pass the default branch's results as `baseline`.",
  };
}
