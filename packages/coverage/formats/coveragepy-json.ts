/**
 * coverage.py's JSON report (`coverage json`). Branches are arcs `[from, to]`; a branch's
 * identity is its destination (negative = leaving the code object, written "exit" in
 * Cobertura and stored as -1 in both), which makes it merge exactly with coverage.py's Cobertura.
 */
import { ReportError } from '../../core/errors.js';
import { FileCoverage, lineNumberProblem, MAX_LINE_NUMBER } from '../file-coverage.js';
import type { ParsedReport } from '../report.js';

interface CoveragePyFile {
  summary?: { num_statements?: number };
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

export function fromCoveragePyJson(doc: CoveragePyJson, file: string): ParsedReport {
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
      const perLine = new Map<number, { total: number; missing: number[] }>();
      const entry = (from: number) => {
        let e = perLine.get(from);
        if (!e) perLine.set(from, (e = { total: 0, missing: [] }));
        return e;
      };
      for (const [from] of arcList(data.executed_branches, file, `${at}.executed_branches`)) entry(from).total++;
      for (const [from, to] of arcList(data.missing_branches, file, `${at}.missing_branches`)) {
        const e = entry(from);
        e.total++;
        e.missing.push(to < 0 ? -1 : to);
      }
      for (const [line, e] of perLine) fc.addBranches(line, e.total, e.total - e.missing.length, 'arc', e.missing);
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
