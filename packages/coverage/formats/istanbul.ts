/**
 * Istanbul's JSON reports (c8, nyc, jest): `coverage-final.json` (per statement and branch)
 * and `coverage-summary.json` (per-file totals only, so it cannot be merged per line).
 * Line coverage follows istanbul-lib-coverage: a line is measured when a statement starts
 * on it and covered when any such statement ran.
 */
import { ReportError } from '../../core/errors.js';
import { FileCoverage, MAX_SOURCE_LINE } from '../file-coverage.js';
import type { ParsedReport } from '../report.js';
import { branchId } from './branch-ids.js';

interface Position {
  line: number;
}
interface IstanbulFile {
  path?: string;
  statementMap: Record<string, { start: Position }>;
  s: Record<string, number>;
  branchMap?: Record<string, { loc?: { start: Position }; line?: number; locations?: { start: Position }[] }>;
  b?: Record<string, number[]>;
}
type IstanbulFinal = Record<string, IstanbulFile>;

interface SummaryMetric {
  total: number;
  covered: number;
  pct?: number | string;
}
type IstanbulSummary = Record<string, { lines: SummaryMetric; branches?: SummaryMetric }>;

function isObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

export function isIstanbulFinal(doc: unknown): doc is IstanbulFinal {
  if (!isObject(doc)) return false;
  const first = Object.values(doc)[0];
  return isObject(first) && isObject(first.statementMap) && isObject(first.s);
}

export function isIstanbulSummary(doc: unknown): doc is IstanbulSummary {
  return isObject(doc) && isObject(doc.total) && isObject(doc.total.lines);
}

function count(v: unknown, file: string, at: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
    throw new ReportError(`expected a count, found ${JSON.stringify(v)}`, { file, at }, 'Regenerate the report.');
  }
  return v;
}

export function fromIstanbulFinal(doc: IstanbulFinal, file: string): ParsedReport {
  const files = new Map<string, FileCoverage>();
  for (const [key, data] of Object.entries(doc)) {
    const name = typeof data.path === 'string' && data.path ? data.path : key;
    const at = `["${key}"]`;
    if (!isObject(data.statementMap) || !isObject(data.s)) {
      throw new ReportError('expected statementMap and s', { file, at }, 'Regenerate the report.');
    }
    const fc = new FileCoverage(name);
    for (const [id, loc] of Object.entries(data.statementMap)) {
      const line = loc?.start?.line;
      if (!Number.isInteger(line) || line < 1 || line > MAX_SOURCE_LINE) throw new ReportError('statement without a start line (from 1 to 10,000,000)', { file, at: `${at}.statementMap["${id}"]` });
      fc.addLine(line, count(data.s[id] ?? 0, file, `${at}.s["${id}"]`));
    }
    if (isObject(data.branchMap) && isObject(data.b)) {
      fc.branchMeasured = true;
      const perLine = new Map<number, { total: number; covered: number; missing: number[] }>();
      for (const [id, counts] of Object.entries(data.b)) {
        const meta = data.branchMap[id];
        const line = meta?.loc?.start?.line ?? meta?.line ?? meta?.locations?.[0]?.start?.line;
        if (!Number.isInteger(line) || !Array.isArray(counts)) {
          throw new ReportError('branch without a line or counts', { file, at: `${at}.b["${id}"]` });
        }
        let e = perLine.get(line!);
        if (!e) perLine.set(line!, (e = { total: 0, covered: 0, missing: [] }));
        counts.forEach((c, i) => {
          e!.total++;
          if (count(c, file, `${at}.b["${id}"][${i}]`) > 0) e!.covered++;
          else e!.missing.push(branchId(`istanbul:${id}:${i}`));
        });
      }
      for (const [line, e] of perLine) fc.addBranches(line, e.total, e.covered, 'istanbul', e.missing);
    }
    files.set(name, fc);
  }
  return { file, format: 'istanbul-final', producer: 'istanbul', convention: 'istanbul', sources: [], files };
}

export function fromIstanbulSummary(doc: IstanbulSummary, file: string): ParsedReport {
  const files = new Map<string, FileCoverage>();
  for (const [key, data] of Object.entries(doc)) {
    if (key === 'total') continue;
    const metric = (m: SummaryMetric | undefined, what: string): SummaryMetric => {
      const at = `["${key}"].${what}`;
      if (!isObject(m)) return { total: 0, covered: 0 };
      const total = count(m.total, file, `${at}.total`);
      const covered = count(m.covered, file, `${at}.covered`);
      if (covered > total) throw new ReportError(`covered (${covered}) exceeds total (${total})`, { file, at });
      if (typeof m.pct === 'number' && !(m.pct >= 0 && m.pct <= 100)) {
        throw new ReportError(`pct ${m.pct} is not a percentage`, { file, at: `${at}.pct` });
      }
      return { total, covered };
    };
    const lines = metric(data.lines, 'lines');
    const branches = metric(data.branches, 'branches');
    const fc = new FileCoverage(key);
    fc.summaryOnly = {
      statements: lines.total,
      coveredStatements: lines.covered,
      branches: branches.total,
      coveredBranches: branches.covered,
    };
    fc.branchMeasured = branches.total > 0;
    files.set(key, fc);
  }
  return { file, format: 'istanbul-summary', producer: 'istanbul', convention: 'istanbul', sources: [], files };
}
