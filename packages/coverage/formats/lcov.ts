/**
 * LCOV tracefiles (c8, node --test, coverage.py `lcov`, gcov/lcov), read line by line.
 *
 * A branch is identified by its BRDA block and branch fields within its line, so that two
 * runs merge exactly. coverage.py 6.x numbers BRDA entries by its own order (missing arcs
 * first) and writes the arc's destination as the line: for its reports the identity is
 * (line, block) instead, which is stable between runs.
 */
import { StringDecoder } from 'node:string_decoder';
import { ReportError } from '../../core/errors.js';
import { FileCoverage, lineNumberProblem } from '../file-coverage.js';
import type { Convention, ParsedReport, ReportParser } from '../report.js';
import { branchId } from './branch-ids.js';

interface LineBranches {
  ids: Map<number, boolean>;
  seen: Map<string, number>;
}

const BAD_LINE_NUMBER_FIX = 'Regenerate the report; a tracefile edited by hand or by another tool may carry a corrupt line number.';

/** Reads a tracefile line by line: one record per line, files between SF and end_of_record. */
class LcovParser implements ReportParser {
  private readonly files = new Map<string, FileCoverage>();
  private readonly decoder = new StringDecoder('utf8');
  private rest = '';
  private lineNo = 0;
  private current: FileCoverage | undefined;
  private currentStart = 0;
  private branches = new Map<number, LineBranches>();
  private sawRecord = false;
  /** DA lines with a third field: coverage.py's LCOV (see the file comment). */
  private checksums = false;
  private declaredLf: number | null = null;

  constructor(private readonly file: string) {}

  write(chunk: Buffer): void {
    const text = this.rest + this.decoder.write(chunk);
    const lines = text.split('\n');
    this.rest = lines.pop() ?? '';
    for (const l of lines) this.onLine(l);
  }

  end(): ParsedReport {
    const last = this.rest + this.decoder.end();
    if (last !== '') this.onLine(last);
    if (!this.sawRecord) this.fail('the report is empty', 'Check that the tests ran and wrote coverage.');
    if (this.current) {
      throw new ReportError(
        `the record for ${this.current.path} (line ${this.currentStart}) has no end_of_record: the file is truncated`,
        { file: this.file, line: this.lineNo },
        'Regenerate the report.',
      );
    }
    const convention: Convention = this.checksums ? 'coveragepy' : 'istanbul';
    return {
      file: this.file,
      format: 'lcov',
      producer: convention === 'coveragepy' ? 'coverage.py' : undefined,
      convention,
      sources: [],
      files: this.files,
    };
  }

  private fail(message: string, fix?: string): never {
    throw new ReportError(message, { file: this.file, line: this.lineNo }, fix);
  }

  private onLine(raw: string): void {
    this.lineNo++;
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (text.trim() === '') return;
    if (text === 'end_of_record') {
      if (!this.current) this.fail('end_of_record without a preceding SF record');
      this.flushFile();
      return;
    }
    const colon = text.indexOf(':');
    const tag = colon > 0 ? text.slice(0, colon) : '';
    if (!/^[A-Z]+$/.test(tag)) {
      this.fail(
        // The line is not quoted: a file passed here by mistake may hold secrets.
        this.sawRecord ? 'this line is not an LCOV record (TAG:value)' : 'this is not an LCOV tracefile (no TN:, SF: or DA: records)',
        'Pass an LCOV tracefile (for example from `c8 --reporter=lcovonly` or `coverage lcov`).',
      );
    }
    this.sawRecord = true;
    this.record(tag, text.slice(colon + 1));
  }

  private record(tag: string, value: string): void {
    switch (tag) {
      case 'SF':
        return this.startFile(value);
      case 'DA':
        return this.lineRecord(value);
      case 'BRDA':
        return this.branchRecord(value);
      case 'LF':
        if (!this.current) this.fail('LF record before any SF record');
        this.declaredLf = this.int(value.trim(), 'LF');
        return;
      default:
        // TN, VER, FN, FNDA, FNF, FNH, FNL, FNA, BRF, BRH, LH: totals we recompute or do not use.
        return;
    }
  }

  private startFile(value: string): void {
    if (this.current) {
      this.fail(`SF record while the record for ${this.current.path} (line ${this.currentStart}) is still open`, 'Each SF record must end with end_of_record.');
    }
    const path = value.trim();
    if (path === '') this.fail('SF record without a file name');
    let current = this.files.get(path);
    if (!current) {
      current = new FileCoverage(path);
      this.files.set(path, current);
    }
    this.current = current;
    this.currentStart = this.lineNo;
  }

  /** DA:line,hits[,checksum] */
  private lineRecord(value: string): void {
    if (!this.current) this.fail('DA record before any SF record');
    const parts = value.split(',');
    const line = this.lineNumber(parts[0], 'DA line number');
    if (line === 0) return; // coverage.py marks an empty module's execution as line 0
    const hits = Number(parts[1]);
    if (parts[1] === undefined || !Number.isFinite(hits) || hits < 0) {
      this.fail(`DA hit count must be a number of at least 0 (found "${parts[1] ?? ''}")`, 'Regenerate the report; a negative count is a corrupted tracefile.');
    }
    if (parts.length > 2) this.checksums = true;
    this.current!.addLine(line, hits > 0 ? 1 : 0);
  }

  /** BRDA:line,block,branch,taken */
  private branchRecord(value: string): void {
    if (!this.current) this.fail('BRDA record before any SF record');
    const parts = value.split(',');
    if (parts.length < 4) this.fail(`BRDA needs line,block,branch,taken (found "${value}")`);
    const line = this.lineNumber(parts[0], 'BRDA line number');
    const taken = parts[parts.length - 1]!.trim();
    if (taken !== '-' && !Number.isFinite(Number(taken))) this.fail(`BRDA taken count must be a number or "-" (found "${taken}")`);
    let entry = this.branches.get(line);
    if (!entry) this.branches.set(line, (entry = { ids: new Map(), seen: new Map() }));
    const id = this.branchIdentity(entry, parts);
    const hit = taken !== '-' && Number(taken) > 0;
    entry.ids.set(id, (entry.ids.get(id) ?? false) || hit);
  }

  /**
   * coverage.py numbers branches by its own order (missed first), so its identity is the
   * destination line and block; two exits of one block share line 0, told apart by order.
   */
  private branchIdentity(entry: LineBranches, parts: string[]): number {
    const branchName = parts.slice(2, -1).join(',');
    let key = this.checksums ? `${parts[1]}` : `${parts[1]},${branchName}`;
    if (this.checksums) {
      const n = (entry.seen.get(key) ?? 0) + 1;
      entry.seen.set(key, n);
      if (n > 1) key += `#${n}`;
    }
    return branchId(key);
  }

  private flushFile(): void {
    const current = this.current;
    if (!current) return;
    // coverage.py's DA lines include executed non-statements; its LF is the statement count.
    if (this.checksums && this.declaredLf !== null) current.declaredStatements = this.declaredLf;
    this.declaredLf = null;
    for (const [line, { ids }] of this.branches) {
      let covered = 0;
      const missing: number[] = [];
      for (const [id, taken] of ids) {
        if (taken) covered++;
        else missing.push(id);
      }
      current.addBranches(line, ids.size, covered, this.checksums ? 'lcov-dest' : 'lcov', missing);
    }
    this.branches = new Map();
    this.current = undefined;
  }

  private int(s: string | undefined, what: string): number {
    const v = s === undefined ? Number.NaN : Number(s);
    if (!Number.isInteger(v) || v < 0) this.fail(`${what} must be a whole number (found "${s ?? ''}")`);
    return v;
  }

  private lineNumber(s: string | undefined, what: string): number {
    const v = this.int(s, what);
    const problem = lineNumberProblem(v);
    if (problem) this.fail(`${what}: ${problem}`, BAD_LINE_NUMBER_FIX);
    return v;
  }
}

export function createLcovParser(file: string): ReportParser {
  return new LcovParser(file);
}
