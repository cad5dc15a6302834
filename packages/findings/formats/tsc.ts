/**
 * The text tsc prints with `--pretty false` (tsc 5.9): one diagnostic per line,
 *   path(line,col): error TS2322: message
 *   error TS2688: message                       (no file: options, tsconfig, type libraries)
 * and an elaborated message continues on the next lines, indented by two spaces per level;
 * those lines are kept, joined to the message with newlines. Lines and columns are 1-based.
 * Categories: error -> error, warning -> warning, message -> note.
 *
 * tsc prints nothing at all when it finds nothing, so empty text is a clean run. Only --pretty
 * (and watch mode) adds "Found N errors in M files."; that line, when present, becomes the
 * summary. Anything else, pretty output included, is refused with the line it is on: text
 * that is not tsc's is never read as "no errors".
 */
import { ReportError } from '../../core/errors.js';
import type { Finding, FindingLevel, FindingReport } from '../finding.js';
import { makeReportFix } from './quality-shape.js';

const LEVELS: Record<string, FindingLevel> = { error: 'error', warning: 'warning', message: 'note' };

/** `(12,5): error TS2322: ` after the path; unanchored, so each line is scanned once. */
const LOCATED = /\((\d+),(\d+)\): (error|warning|message) TS(\d+): /;
/** `error TS2688: ` at the start of a line: a diagnostic without a file. */
const UNLOCATED = /^(error|warning|message) TS(\d+): /;
/** `Found 4 errors in 3 files.`, `Found 1 error.`, `Found 2 errors in the same file, starting at: a.ts:3` */
const FOUND = /^Found (\d+) errors?\b/;
/** `a.ts:12:5 - error TS2322: ` (--pretty), after the colours are gone. */
const PRETTY = /^\S.*:\d+:\d+ - (error|warning|message) TS\d+: /;

/** True when `text` has a first meaningful line that tsc --pretty false would print. */
export function looksLikeTscOutput(text: string): boolean {
  const first = firstLine(text);
  return first !== undefined && (UNLOCATED.test(first) || (LOCATED.test(first) && !first.startsWith(' ')));
}

/** True when `text` looks like tsc's --pretty output (colours, `file:line:col - error TS`). */
export function looksLikeTscPretty(text: string): boolean {
  const first = firstLine(text);
  return first !== undefined && PRETTY.test(stripColours(first));
}

function firstLine(text: string): string | undefined {
  const start = text.search(/\S/);
  if (start < 0) return undefined;
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const end = text.indexOf('\n', start);
  return text.slice(lineStart, end < 0 ? text.length : end).replace(/\r$/, '');
}

function stripColours(line: string): string {
  return line.includes('\u001b') ? line.replace(/\u001b\[[0-9;]*m/g, '') : line;
}

/** Parses `tsc --noEmit --pretty false` output; `file` names it in errors. */
export function parseTscText(text: string, file: string): FindingReport {
  const findings: Finding[] = [];
  const continuation: string[] = [];
  let summary: FindingReport['summary'];
  const flush = () => {
    const last = findings[findings.length - 1];
    if (last && continuation.length) last.message += `\n${continuation.join('\n')}`;
    continuation.length = 0;
  };
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (line.trim() === '') continue;
    if (line.startsWith(' ')) {
      // Continues the diagnostic above; with none above (or after the total), it is not tsc's.
      if (!findings.length || summary) throw notTscOutput(line, i + 1, file);
      continuation.push(line);
      continue;
    }
    flush();
    const unlocated = UNLOCATED.exec(line);
    if (unlocated) {
      findings.push({
        tool: 'tsc',
        rule: `TS${unlocated[2]}`,
        level: LEVELS[unlocated[1]!]!,
        message: line.slice(unlocated[0].length),
        path: null,
      });
      continue;
    }
    const located = LOCATED.exec(line);
    if (located && located.index > 0 && !summary) {
      findings.push({
        tool: 'tsc',
        rule: `TS${located[4]}`,
        level: LEVELS[located[3]!]!,
        message: line.slice(located.index + located[0].length),
        path: line.slice(0, located.index),
        start: { line: Number(located[1]), column: Number(located[2]) },
      });
      continue;
    }
    const found = FOUND.exec(line);
    if (found && !summary) {
      summary = { errors: Number(found[1]) };
      continue;
    }
    throw notTscOutput(line, i + 1, file);
  }
  flush();
  const report: FindingReport = { tool: 'tsc', file, findings };
  if (summary) report.summary = summary;
  return report;
}

function notTscOutput(line: string, lineNumber: number, file: string): ReportError {
  const plain = stripColours(line);
  // Not quoted: a file passed here by mistake (a .env) may hold secrets.
  const why = PRETTY.test(plain)
    ? "this is tsc's --pretty output, which is not read: its layout is for people"
    : 'this line is not one tsc --pretty false prints (file(line,col): error TSnnnn: message)';
  return new ReportError(why, { file, line: lineNumber, column: 1 }, makeReportFix('tsc'));
}
