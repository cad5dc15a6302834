/**
 * Reads every coverage report the patterns match, detecting each one's format from its
 * content, and merges them per line into one view of the checkout's files: unit and
 * integration runs of the same code add up, and nothing counts twice.
 */
import { statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { ReportError } from '../core/errors.js';
import { lineColumnOfOffset } from '../core/offsets.js';
import { forEachChunk } from '../core/read-chunks.js';
import { PathResolver, type CheckoutFiles, type PathMapping } from '../core/path-resolver.js';
import { displayPath, expandReportGlobs } from '../core/report-files.js';
import { branchKindsCompatible, type FileCoverage } from './file-coverage.js';
import { createCoberturaParser } from './formats/cobertura.js';
import { createJsonCoverageParser } from './formats/json-document.js';
import { createLcovParser } from './formats/lcov.js';
import { parseCoberturaInPieces } from './parallel-cobertura.js';
import type { Convention, CoverageFormat, ParsedReport, ReportParser } from './report.js';
import type { ParallelOptions } from './worker-runner.js';

export interface CoverageSourceFile {
  /** Relative to the checkout root when found there; otherwise the report's own name. */
  path: string;
  /** The file exists in the checkout. */
  found: boolean;
  coverage: FileCoverage;
  convention: Convention;
  /** Reports (display paths) this file's data came from. */
  reports: string[];
}

export interface ReportInfo {
  file: string;
  format: CoverageFormat;
  producer?: string;
  files: number;
  /** Pieces parsed in parallel (1: one thread). */
  pieces: number;
  /** The report's file names that match nothing in the checkout. */
  unmatched: string[];
}

export interface CoverageData {
  files: CoverageSourceFile[];
  reports: ReportInfo[];
}

export interface ReadCoverageOptions {
  root: string;
  patterns: readonly string[];
  checkout: CheckoutFiles;
  pathMap?: readonly PathMapping[];
  /** The input the patterns came from, for messages. */
  inputName?: string;
  /** Parse large Cobertura reports on several threads. */
  parallel?: ParallelOptions;
}

type Sniffed = 'xml' | 'json' | 'lcov' | 'unknown';

function sniff(first: Buffer): Sniffed {
  let i = 0;
  if (first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf) i = 3;
  while (i < first.length && (first[i] === 0x20 || first[i] === 0x0a || first[i] === 0x0d || first[i] === 0x09)) i++;
  const c = first[i];
  if (c === 0x3c) return 'xml';
  if (c === 0x7b || c === 0x5b) return 'json';
  const head = first.toString('utf8', i, Math.min(first.length, i + 200));
  if (/^(TN|SF|VER|FN|FNDA|DA|BRDA|LF|LH|BRF|BRH):/.test(head)) return 'lcov';
  return 'unknown';
}

function parserFor(kind: Sniffed, display: string): ReportParser | undefined {
  switch (kind) {
    case 'xml':
      return createCoberturaParser(display);
    case 'json':
      return createJsonCoverageParser(display);
    case 'lcov':
      return createLcovParser(display);
    default:
      return undefined;
  }
}

/**
 * What the start of an unknown file looks like, without quoting it: a report in the wrong
 * place may be a `.env` or a key file, and its first bytes must not reach the log.
 */
function describeStart(bytes: Buffer): string {
  const head = bytes.subarray(0, Math.min(bytes.length, 512));
  if (head.includes(0) || head.some((b) => b < 9 || (b > 13 && b < 32))) return 'binary data';
  const text = head.toString('utf8');
  if (text.includes('\ufffd')) return 'bytes that are not UTF-8 text';
  const first = text.split(/\r?\n/, 1)[0]!;
  if (/^\s*[A-Za-z_][A-Za-z0-9_]*\s*=/.test(first)) return 'a NAME=value line, like a .env file';
  if (/^\s*<!doctype html|^\s*<html/i.test(first)) return 'an HTML page';
  return `a line of ${first.length} character(s) that is not XML, JSON or an LCOV record`;
}

async function startsLikeXml(absPath: string): Promise<boolean> {
  const handle = await open(absPath, 'r');
  try {
    const head = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return sniff(head.subarray(0, bytesRead)) === 'xml';
  } finally {
    await handle.close();
  }
}

/** Stream-parses one report (a large Cobertura report on several threads, when given). Errors carry line and column. */
export async function parseCoverageFile(absPath: string, display: string, parallel?: ParallelOptions): Promise<ParsedReport> {
  const size = statSync(absPath).size;
  if (size === 0) {
    throw new ReportError('the report is empty (0 bytes)', { file: display }, 'Check that the test step ran and wrote coverage.');
  }
  const pieces = parallel?.pieces(size) ?? 1;
  if (parallel && pieces > 1 && (await startsLikeXml(absPath))) {
    try {
      const report = await parseCoberturaInPieces(absPath, display, size, pieces, parallel.run);
      if (report) {
        for (const f of report.files.values()) f.compact();
        return report;
      }
    } catch (e) {
      if (!(e instanceof ReportError)) throw e;
      // An error in the first piece: fall through, so the sequential parse reports it with its position.
    }
  }
  let parser: ReportParser | undefined;
  let head: Buffer | undefined;
  try {
    await forEachChunk(absPath, (chunk) => {
      if (parser) {
        parser.write(chunk);
        return;
      }
      // Until the first non-blank byte, keep (a copy of) what was read to tell the format.
      head = head ? Buffer.concat([head, chunk]) : Buffer.from(chunk);
      if (head.toString('utf8').trim() === '') return;
      parser = parserFor(sniff(head), display);
      if (!parser) {
        throw new ReportError(
          `unknown report format (it starts with ${describeStart(head)})`,
          { file: display },
          'Pass Cobertura XML, LCOV, coverage.py JSON, or Istanbul coverage-final.json / coverage-summary.json.',
        );
      }
      parser.write(head);
      head = undefined;
    });
    if (!parser) {
      throw new ReportError('the report is empty (only white space)', { file: display }, 'Check that the test step ran and wrote coverage.');
    }
    const report = parser.end();
    for (const f of report.files.values()) f.compact();
    return report;
  } catch (e) {
    if (e instanceof ReportError && e.offset !== undefined && e.place.line === undefined) {
      const { line, column } = await lineColumnOfOffset(absPath, e.offset);
      throw new ReportError(e.message, { ...e.place, line, column }, e.fix);
    }
    throw e;
  }
}

/** Reads and merges all reports. */
export async function readCoverage(options: ReadCoverageOptions): Promise<CoverageData> {
  const { root, checkout } = options;
  const inputName = options.inputName ?? 'coverage-files';
  const paths = await expandReportGlobs(options.patterns, root, inputName);
  const merged = new Map<string, CoverageSourceFile>();
  const reports: ReportInfo[] = [];
  // Report paths from another machine are matched against the checkout's listing: list it
  // (a git process) while the first report is parsed, instead of after it.
  const listed = paths.length > 0 ? checkout.prefetch?.() : undefined;

  for (const abs of paths) {
    const display = displayPath(abs, root);
    const report = await parseCoverageFile(abs, display, options.parallel);
    await listed;
    // One resolver per report: prefixes learned from one report's paths apply to that report.
    const resolver = new PathResolver(root, checkout, options.pathMap ?? []);
    const own = new Map<string, { coverage: FileCoverage; found: boolean }>();
    const unmatched: string[] = [];
    for (const [raw, fc] of report.files) {
      const { path, found } = resolver.resolve(raw, report.sources);
      if (!found) unmatched.push(raw);
      const prev = own.get(path);
      if (prev) prev.coverage.mergeFrom(fc);
      else own.set(path, { coverage: fc, found });
    }
    for (const [path, { coverage, found }] of own) addToMerged(merged, path, found, coverage, report, display);
    reports.push({ file: display, format: report.format, producer: report.producer, files: report.files.size, pieces: report.pieces ?? 1, unmatched });
  }

  const files = [...merged.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, reports };
}

function addToMerged(
  merged: Map<string, CoverageSourceFile>,
  path: string,
  found: boolean,
  coverage: FileCoverage,
  report: ParsedReport,
  display: string,
): void {
  const existing = merged.get(path);
  if (!existing) {
    merged.set(path, { path, found, coverage, convention: report.convention, reports: [display] });
    return;
  }
  const first = existing.reports[0]!;
  if (existing.coverage.summaryOnly || coverage.summaryOnly) {
    throw new ReportError(
      `${path} is in ${first} and in ${display}, and one of them has only per-file totals (coverage-summary.json), which cannot be merged per line`,
      { file: display },
      'Pass coverage-final.json instead of coverage-summary.json, or only one of the two reports.',
    );
  }
  if (!branchKindsCompatible(existing.coverage.branchIdKind, coverage.branchIdKind)) {
    throw new ReportError(
      `${path} has branch data in ${first} and in ${display} in two formats that identify branches differently, so they cannot be merged branch by branch`,
      { file: display },
      'Pass the reports of every run in the same format (all Cobertura, all LCOV, or all coverage.py JSON).',
    );
  }
  const diff = existing.coverage.firstLineDifference(coverage);
  if (diff !== undefined) {
    throw new ReportError(
      diff === 0
        ? `${path} is in ${first} and in ${display} with different statement counts: the reports come from different versions of the file`
        : `${path} is in ${first} and in ${display} with different lines (line ${diff} is measured in only one): the reports come from different versions of the file, or from different tools`,
      { file: display },
      'Produce all reports from the same commit with the same tool, or pass only one of them.',
    );
  }
  existing.coverage.mergeFrom(coverage);
  existing.reports.push(display);
  if (existing.convention !== report.convention) existing.convention = 'unknown';
}
