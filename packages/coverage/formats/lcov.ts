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
import type { Convention, ReportParser } from '../report.js';
import { branchId } from './branch-ids.js';

interface LineBranches {
  ids: Map<number, boolean>;
  seen: Map<string, number>;
}

export function createLcovParser(file: string): ReportParser {
  const files = new Map<string, FileCoverage>();
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let lineNo = 0;
  let current: FileCoverage | undefined;
  let currentStart = 0;
  let branches = new Map<number, LineBranches>();
  let sawRecord = false;
  let checksums = false;
  let declaredLf: number | null = null;

  const fail = (message: string, fix?: string): never => {
    throw new ReportError(message, { file, line: lineNo }, fix);
  };

  const flushFile = (): void => {
    if (!current) return;
    // coverage.py's DA lines include executed non-statements; its LF is the statement count.
    if (checksums && declaredLf !== null) current.declaredStatements = declaredLf;
    declaredLf = null;
    for (const [line, { ids }] of branches) {
      let covered = 0;
      const missing: number[] = [];
      for (const [id, taken] of ids) {
        if (taken) covered++;
        else missing.push(id);
      }
      current.addBranches(line, ids.size, covered, checksums ? 'lcov-dest' : 'lcov', missing);
    }
    branches = new Map();
    current = undefined;
  };

  const int = (s: string | undefined, what: string): number => {
    const v = s === undefined ? Number.NaN : Number(s);
    if (!Number.isInteger(v) || v < 0) fail(`${what} must be a whole number (found "${s ?? ''}")`);
    return v;
  };
  const lineNumber = (s: string | undefined, what: string): number => {
    const v = int(s, what);
    const problem = lineNumberProblem(v);
    if (problem) fail(`${what}: ${problem}`, 'Regenerate the report; a tracefile edited by hand or by another tool may carry a corrupt line number.');
    return v;
  };

  const onLine = (raw: string): void => {
    lineNo++;
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (text.trim() === '') return;
    if (text === 'end_of_record') {
      if (!current) fail('end_of_record without a preceding SF record');
      flushFile();
      return;
    }
    const colon = text.indexOf(':');
    const tag = colon > 0 ? text.slice(0, colon) : '';
    if (!/^[A-Z]+$/.test(tag)) {
      fail(
        // The line is not quoted: a file passed here by mistake may hold secrets.
        sawRecord ? 'this line is not an LCOV record (TAG:value)' : 'this is not an LCOV tracefile (no TN:, SF: or DA: records)',
        'Pass an LCOV tracefile (for example from `c8 --reporter=lcovonly` or `coverage lcov`).',
      );
    }
    sawRecord = true;
    const value = text.slice(colon + 1);
    switch (tag) {
      case 'SF': {
        if (current) fail(`SF record while the record for ${current.path} (line ${currentStart}) is still open`, 'Each SF record must end with end_of_record.');
        const path = value.trim();
        if (path === '') fail('SF record without a file name');
        current = files.get(path);
        if (!current) {
          current = new FileCoverage(path);
          files.set(path, current);
        }
        currentStart = lineNo;
        break;
      }
      case 'DA': {
        if (!current) fail('DA record before any SF record');
        const parts = value.split(',');
        const line = lineNumber(parts[0], 'DA line number');
        if (line === 0) break; // coverage.py marks an empty module's execution as line 0
        const hits = Number(parts[1]);
        if (parts[1] === undefined || !Number.isFinite(hits) || hits < 0) fail(`DA hit count must be a number of at least 0 (found "${parts[1] ?? ''}")`, 'Regenerate the report; a negative count is a corrupted tracefile.');
        if (parts.length > 2) checksums = true;
        current!.addLine(line, hits > 0 ? 1 : 0);
        break;
      }
      case 'BRDA': {
        if (!current) fail('BRDA record before any SF record');
        const parts = value.split(',');
        if (parts.length < 4) fail(`BRDA needs line,block,branch,taken (found "${value}")`);
        const line = lineNumber(parts[0], 'BRDA line number');
        const taken = parts[parts.length - 1]!.trim();
        const branchName = parts.slice(2, -1).join(',');
        if (taken !== '-' && !Number.isFinite(Number(taken))) fail(`BRDA taken count must be a number or "-" (found "${taken}")`);
        let entry = branches.get(line);
        if (!entry) branches.set(line, (entry = { ids: new Map(), seen: new Map() }));
        // coverage.py numbers branches by its own order (missed first), so its identity is the
        // destination line and block; two exits of one block share line 0, told apart by order.
        let key = checksums ? `${parts[1]}` : `${parts[1]},${branchName}`;
        if (checksums) {
          const n = (entry.seen.get(key) ?? 0) + 1;
          entry.seen.set(key, n);
          if (n > 1) key += `#${n}`;
        }
        const id = branchId(key);
        const hit = taken !== '-' && Number(taken) > 0;
        entry.ids.set(id, (entry.ids.get(id) ?? false) || hit);
        break;
      }
      case 'LF':
        if (!current) fail('LF record before any SF record');
        declaredLf = int(value.trim(), 'LF');
        break;
      default:
        // TN, VER, FN, FNDA, FNF, FNH, FNL, FNA, BRF, BRH, LF, LH: totals we recompute or do not use.
        break;
    }
  };

  const convention = (): Convention => (checksums ? 'coveragepy' : 'istanbul');

  return {
    write(chunk) {
      const text = rest + decoder.write(chunk);
      const lines = text.split('\n');
      rest = lines.pop() ?? '';
      for (const l of lines) onLine(l);
    },
    end() {
      const last = rest + decoder.end();
      if (last !== '') onLine(last);
      if (!sawRecord) fail('the report is empty', 'Check that the tests ran and wrote coverage.');
      if (current) {
        throw new ReportError(
          `the record for ${current.path} (line ${currentStart}) has no end_of_record: the file is truncated`,
          { file, line: lineNo },
          'Regenerate the report.',
        );
      }
      const conv = convention();
      return {
        file,
        format: 'lcov',
        producer: conv === 'coveragepy' ? 'coverage.py' : undefined,
        convention: conv,
        sources: [],
        files,
      };
    },
  };
}
