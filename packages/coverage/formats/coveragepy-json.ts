/**
 * coverage.py's JSON report (`coverage json`). Branches are arcs `[from, to]`; a branch's
 * identity is its destination (negative = leaving the code object, written "exit" in
 * Cobertura and stored as -1 in both), which makes it merge exactly with coverage.py's Cobertura.
 *
 * `executed_branches` is every arc executed from a branch line, not only the arcs coverage.py
 * counts as that line's possible branches: after multi-line statements are mapped to their
 * first line it repeats arcs, has arcs from a line to itself (comprehensions, generators), and
 * arcs an exception took (to a handler, or out of the function). Measured on coverage.py 6.5
 * over 5,982 standard-library tests (tests/fixtures/coveragepy-stdlib): repeats and self-arcs
 * account for 255 of the 284 lines whose arcs do not add up; the rest cannot be told apart
 * without coverage.py's own analysis of the source. So each file's branch counts are the
 * report's own `summary` (as coverage.py's TOTAL adds them up), and per line: the missing arcs
 * as listed, the executed ones without repeats, self-arcs and arcs also listed as missing; when
 * those still add up to more than the summary, the surplus is taken off the lines with the most
 * executed arcs (an exception's arc is an extra one there) and the file's branches are kept as
 * counts without identities, which merge as a lower bound (like Cobertura without them).
 */
import { ReportError } from '../../core/errors.js';
import { FileCoverage, lineNumberProblem, MAX_LINE_NUMBER } from '../file-coverage.js';
import type { ParsedReport } from '../report.js';

interface CoveragePySummary {
  num_statements?: number;
  num_branches?: number;
  covered_branches?: number;
}

interface CoveragePyFile {
  summary?: CoveragePySummary;
  executed_lines: unknown;
  missing_lines: unknown;
  executed_branches?: unknown;
  missing_branches?: unknown;
}

interface CoveragePyJson {
  meta: { version?: string; branch_coverage?: boolean };
  files: Record<string, CoveragePyFile>;
}

export function isCoveragePyJson(doc: unknown): doc is CoveragePyJson {
  const d = doc as Partial<CoveragePyJson> | null;
  return !!d && typeof d === 'object' && !!d.meta && typeof d.meta === 'object' && !!d.files && typeof d.files === 'object';
}

/** Line numbers; coverage.py records an empty module's execution as line 0, which is not a line. */
function lineList(value: unknown, file: string, at: string): number[] {
  if (!Array.isArray(value) || !value.every((n) => Number.isInteger(n) && n >= 0)) {
    throw new ReportError('expected a list of line numbers', { file, at }, 'Regenerate the report with `coverage json`.');
  }
  const huge = (value as number[]).find((n) => n > MAX_LINE_NUMBER);
  if (huge !== undefined) throw new ReportError(lineNumberProblem(huge)!, { file, at }, 'Regenerate the report with `coverage json`.');
  return (value as number[]).filter((n) => n > 0);
}

function arcList(value: unknown, file: string, at: string): [number, number][] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((a) => Array.isArray(a) && a.length === 2 && a.every((n) => Number.isInteger(n) && Math.abs(n) <= MAX_LINE_NUMBER))) {
    throw new ReportError('expected a list of [from, to] arcs', { file, at }, 'Regenerate the report with `coverage json`.');
  }
  return value as [number, number][];
}

/** The summary's branch counts, when it has them (coverage.py 5.0 and later). */
function summaryBranches(summary: CoveragePySummary | undefined, file: string, at: string): { total: number; covered: number } | null {
  const total = summary?.num_branches;
  const covered = summary?.covered_branches;
  if (total === undefined || covered === undefined) return null;
  if (!Number.isInteger(total) || !Number.isInteger(covered) || total < 0 || covered < 0 || covered > total) {
    throw new ReportError(`the summary's branch counts are not counts (num_branches ${JSON.stringify(total)}, covered_branches ${JSON.stringify(covered)})`, { file, at: `${at}.summary` }, 'Regenerate the report with `coverage json`.');
  }
  return { total, covered };
}

interface LineArcs {
  /** Executed destinations as written (two exits of different code objects are two): no repeats, no self-arcs, none also missing. */
  executed: Set<number>;
  /** Missing destinations as written. */
  missing: number[];
}

/** A destination as an identity: every exit from the code object is one (-1), as in Cobertura. */
const identity = (to: number) => (to < 0 ? -1 : to);

function arcsPerLine(executed: [number, number][], missing: [number, number][]): Map<number, LineArcs> {
  const perLine = new Map<number, LineArcs>();
  const entry = (from: number) => {
    let e = perLine.get(from);
    if (!e) perLine.set(from, (e = { executed: new Set(), missing: [] }));
    return e;
  };
  for (const [from, to] of missing) entry(from).missing.push(to);
  for (const [from, to] of executed) {
    const e = entry(from);
    if (to !== from && !e.missing.includes(to)) e.executed.add(to);
  }
  return perLine;
}

/** Adds a file's branches so that their counts are the summary's (see the module comment). */
function addArcs(fc: FileCoverage, executed: [number, number][], missing: [number, number][], summary: { total: number; covered: number } | null): void {
  const perLine = arcsPerLine(executed, missing);
  let listed = 0;
  for (const e of perLine.values()) listed += e.executed.size + e.missing.length;
  if (!summary || listed === summary.total) {
    for (const [line, e] of perLine) if (e.executed.size + e.missing.length > 0) fc.addBranches(line, e.executed.size + e.missing.length, e.executed.size, 'arc', e.missing.map(identity));
    return;
  }
  // More executed arcs than the summary counts: take the surplus off the lines with the most,
  // one at a time (a line keeps at least one executed arc when it had two or more).
  const covered = new Map([...perLine].map(([line, e]) => [line, e.executed.size]));
  let surplus = listed - summary.total;
  while (surplus > 0) {
    let most: number | null = null;
    for (const [line, c] of covered) if (c >= 2 && (most === null || c > covered.get(most)!)) most = line;
    if (most === null) break; // nothing left to take from without emptying a line
    covered.set(most, covered.get(most)! - 1);
    surplus--;
  }
  for (const [line, e] of perLine) {
    const c = covered.get(line)!;
    if (c + e.missing.length > 0) fc.addBranches(line, c + e.missing.length, c, 'none');
  }
}

export function fromCoveragePyJson(doc: CoveragePyJson, file: string): ParsedReport {
  if (Array.isArray(doc.files)) throw new ReportError('files must be an object of file name to coverage, not a list', { file, at: 'files' }, 'Regenerate the report with `coverage json`.');
  const files = new Map<string, FileCoverage>();
  const branch = doc.meta.branch_coverage === true;
  for (const [name, data] of Object.entries(doc.files)) {
    const at = `files["${name}"]`;
    if (!data || typeof data !== 'object') throw new ReportError('expected an object', { file, at });
    const fc = new FileCoverage(name);
    const declared = data.summary?.num_statements;
    if (declared !== undefined) {
      if (!Number.isInteger(declared) || declared < 0) {
        throw new ReportError(`num_statements must be a count (found ${JSON.stringify(declared)})`, { file, at: `${at}.summary.num_statements` });
      }
      // executed_lines also lists executed non-statements (docstrings); the summary has the statement count.
      fc.declaredStatements = declared;
    }
    for (const line of lineList(data.executed_lines, file, `${at}.executed_lines`)) fc.addLine(line, 1);
    for (const line of lineList(data.missing_lines, file, `${at}.missing_lines`)) fc.addLine(line, 0);
    if (branch) {
      fc.branchMeasured = true;
      addArcs(fc, arcList(data.executed_branches, file, `${at}.executed_branches`), arcList(data.missing_branches, file, `${at}.missing_branches`), summaryBranches(data.summary, file, at));
    }
    files.set(name, fc);
  }
  const version = doc.meta.version;
  return {
    file,
    format: 'coveragepy-json',
    producer: `coverage.py${version ? ` ${version}` : ''}`,
    convention: 'coveragepy',
    sources: [],
    files,
  };
}
