/**
 * Reads a lint or type-check report (ruff JSON, pyright --outputjson, ESLint JSON, tsc
 * --pretty false text), telling the format from the content. Given the format the user said
 * (the input the file was passed to), a report of anything else is refused with what it is
 * and the command that makes the right one: pyright's JSON given as ruff's report, a coverage
 * report, an empty or truncated file, text printed before the JSON. Nothing is ever read as
 * "no findings" unless it is a report that says so.
 */
import { readFile } from 'node:fs/promises';
import { ConfigurationError, ReportError } from '../../core/errors.js';
import { parseJsonText } from '../../core/json-text.js';
import type { FindingReport } from '../finding.js';
import { fromEslintJson, isEslintJson, isEslintJsonWithMetadata } from './eslint.js';
import { fromPyrightJson, isPyrightJson } from './pyright.js';
import { QUALITY_REPORTS, isRecord, makeReportFix, type QualityFormat } from './quality-shape.js';
import { fromRuffJson, isRuffJson } from './ruff.js';
import { looksLikeTscOutput, looksLikeTscPretty, parseTscText } from './tsc.js';

export { QUALITY_FORMATS, type QualityFormat } from './quality-shape.js';

/** The tool of an empty JSON array read without an expected format: ruff and ESLint both print `[]`. */
export const EMPTY_ARRAY_TOOL = 'ruff or eslint';

const ANY_FIX = `Give ruff's JSON (\`${QUALITY_REPORTS.ruff.command}\`), pyright's (\`${QUALITY_REPORTS.pyright.command}\`), ESLint's (\`${QUALITY_REPORTS.eslint.command}\`) or tsc's output (\`${QUALITY_REPORTS.tsc.command}\`).`;

/** What the content is: one of our formats (with its parsed JSON), or a description of something else. */
type Identified =
  { format: QualityFormat; doc?: unknown } | { format: null; what: string; emptyArray?: boolean; hint?: string };

/**
 * Parses a report whose text is `text`; `file` names it in the result and in errors.
 * With `expected`, anything but that tool's report is refused, naming what it is instead.
 */
export function parseQualityReport(text: string, file: string, expected?: QualityFormat): FindingReport {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') {
    // tsc prints nothing when it finds nothing; every other tool prints a document.
    if (expected === 'tsc') return { tool: 'tsc', file, findings: [] };
    const what = text.length === 0 ? 'the report is empty (0 bytes)' : 'the report is empty (only white space)';
    const fix = expected
      ? `${expected} always writes a report, even with no findings: check that it ran and that its output went to this file. ${makeReportFix(expected)}`
      : `Check that the tool ran and that its output went to this file. ${ANY_FIX}`;
    throw new ReportError(what, { file }, fix);
  }
  const found = identify(text, file, expected);
  if (found.format === null) {
    if (found.emptyArray && (expected === 'ruff' || expected === 'eslint'))
      return { tool: expected, file, findings: [] };
    if (found.emptyArray && !expected) return { tool: EMPTY_ARRAY_TOOL, file, findings: [] };
    if (expected === 'tsc' && (found.what === TEXT || found.what === TSC_PRETTY)) return parseTscText(text, file); // refuses it with the line
    const fix = expected ? makeReportFix(expected) : ANY_FIX;
    throw new ReportError(
      expected
        ? `this is ${found.what}, not ${QUALITY_REPORTS[expected].name}`
        : `this is ${found.what}, not a lint or type-check report`,
      { file },
      found.hint ? `${found.hint} ${fix}` : fix,
    );
  }
  if (expected && found.format !== expected) {
    throw new ReportError(
      `this is ${QUALITY_REPORTS[found.format].name}, not ${QUALITY_REPORTS[expected].name}`,
      { file },
      `${makeReportFix(expected)} This file is ${found.format}'s: give it as the ${found.format} report.`,
    );
  }
  switch (found.format) {
    case 'ruff':
      return fromRuffJson(found.doc, file);
    case 'pyright':
      return fromPyrightJson(found.doc, file);
    case 'eslint':
      return fromEslintJson(found.doc, file);
    case 'tsc':
      return parseTscText(text, file);
  }
}

/** Reads and parses a report file; `shown` is how the file is named in errors (default: `path`). */
export async function readQualityReport(
  path: string,
  expected?: QualityFormat,
  shown: string = path,
): Promise<FindingReport> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new ConfigurationError(
        'the report file does not exist',
        { file: shown },
        'Check the path, and that the step writing the report ran before this one.',
      );
    }
    if (code === 'EISDIR')
      throw new ConfigurationError(
        'is a directory, not a report file',
        { file: shown },
        'Give the report file itself.',
      );
    throw new ConfigurationError(`the report file cannot be read (${code ?? (e as Error).message})`, { file: shown });
  }
  return parseQualityReport(text, shown, expected);
}

/** The description of plain text that no rule recognised. */
const TEXT = 'text that is no known report';
const TSC_PRETTY = "tsc's --pretty output";

function identify(text: string, file: string, expected: QualityFormat | undefined): Identified {
  const head = text.slice(0, 8192);
  if (head.includes('\u0000') || countOf(head, '\ufffd') > 8) return { format: null, what: 'binary data' };
  const start = nextNonSpace(head, 0);
  const first = head[start];
  // A tsc line can start with `[` too: `[slug].ts(3,5): error TS2322: ...`.
  if (first === '[' && /[^\s{}[\]"\d-]/.test(head[start + 1] ?? '') && looksLikeTscOutput(head))
    return { format: 'tsc' };
  if (first === '[' || first === '{') {
    const lines = jsonLines(text);
    if (lines) return { format: null, what: `JSON Lines (one object a line${lines})` };
    return identifyJson(parseJson(text, file, expected));
  }
  if (first === '<') return { format: null, what: `an XML document (${xmlRoot(head)})` };
  const scalar = jsonScalar(head, text.length);
  if (scalar.is) return { format: null, what: describeOtherJson(scalar.value) };
  if (looksLikeTscOutput(text)) return { format: 'tsc' };
  if (looksLikeTscPretty(text)) return { format: null, what: TSC_PRETTY };
  return identifyText(head) ?? { format: null, what: TEXT };
}

function identifyJson(doc: unknown): Identified {
  if (isPyrightJson(doc)) return { format: 'pyright', doc };
  if (isEslintJson(doc) || isEslintJsonWithMetadata(doc)) return { format: 'eslint', doc };
  if (isRuffJson(doc)) return { format: 'ruff', doc };
  if (Array.isArray(doc) && doc.length === 0) return { format: null, what: 'an empty JSON array', emptyArray: true };
  return { format: null, what: describeOtherJson(doc) };
}

/** Known JSON documents that are not ours, by shape. */
function describeOtherJson(doc: unknown): string {
  if (doc === null) return 'JSON null';
  if (Array.isArray(doc)) {
    const item: unknown = doc[0];
    if (isRecord(item) && 'check_name' in item && 'fingerprint' in item)
      return 'a GitLab Code Quality report (`--output-format gitlab`)';
    return isRecord(item)
      ? `a JSON array of objects with keys ${keyList(item)}`
      : `a JSON array of ${item === null ? 'null' : typeof item}s`;
  }
  if (!isRecord(doc)) return `a JSON ${typeof doc}`;
  if (isRecord(doc.meta) && isRecord(doc.files) && 'totals' in doc)
    return "coverage.py's JSON coverage report (`coverage json`)";
  if (isRecord(doc.total) && isRecord(doc.total.lines)) return 'an Istanbul coverage-summary.json';
  const firstValue: unknown = Object.values(doc)[0];
  if (isRecord(firstValue) && 'statementMap' in firstValue) return 'an Istanbul coverage-final.json';
  if (Array.isArray(doc.runs) && ('version' in doc || '$schema' in doc)) return 'a SARIF log (`--output-format sarif`)';
  if (Array.isArray(doc.results) && isRecord(doc.metrics)) return "bandit's JSON report";
  const keys = Object.keys(doc);
  return keys.length ? `a JSON object with keys ${keyList(doc)}` : 'an empty JSON object';
}

/** Other tools' text output, and text printed before a JSON report. */
function identifyText(head: string): Identified | undefined {
  const lines = head.split('\n', 200).map((l) => l.replace(/\r$/, ''));
  const jsonAt = lines.findIndex((l) => l.startsWith('{') || l.startsWith('['));
  if (jsonAt > 0) {
    const before = lines.slice(0, jsonAt).find((l) => l.trim() !== '') ?? '';
    return {
      format: null,
      what: `text followed by JSON on line ${jsonAt + 1} (it starts with "${clip(before.trim())}")`,
      hint: "Write only the tool's standard output to the report file (no `2>&1`; `npm run --silent` for npm scripts).",
    };
  }
  for (const line of lines) {
    if (
      /^\s+\S.*:\d+:\d+ - (error|warning|information): /.test(line) ||
      /^\d+ errors?, \d+ warnings?, \d+ informations?/.test(line)
    ) {
      return { format: null, what: "pyright's text output (it needs --outputjson)" };
    }
    if (/^\S.*:\d+:\d+: [A-Z]+\d+ /.test(line) || /^Found \d+ errors?\.$/.test(line) || line === 'All checks passed!') {
      return { format: null, what: "ruff's text output (it needs --output-format json)" };
    }
    if (/^\s+\d+:\d+\s+(error|warning)\s+\S/.test(line) || /^✖ \d+ problems? \(/.test(line)) {
      return { format: null, what: "ESLint's stylish text output (it needs --format json)" };
    }
  }
  return undefined;
}

/** When the text is JSON Lines (ruff `--output-format json-lines`), what its first line holds. */
function jsonLines(text: string): string | undefined {
  const start = nextNonSpace(text, 0);
  const end = text.indexOf('\n', start);
  if (end < 0 || text[nextNonSpace(text, end)] !== '{') return undefined;
  const line = text.slice(start, end).trim();
  if (!line.startsWith('{') || !line.endsWith('}')) return undefined;
  try {
    const doc: unknown = JSON.parse(line);
    return isRecord(doc) ? `, keys ${keyList(doc)}` : '';
  } catch {
    return undefined;
  }
}

/** A short text that is a JSON scalar (`null`, `42`, `"x"`, `true`): not a report, but say what it is. */
function jsonScalar(head: string, length: number): { is: boolean; value?: unknown } {
  if (length > 200 || !/^\s*(null|true|false|-?\d|")/.test(head)) return { is: false };
  try {
    return { is: true, value: JSON.parse(head) };
  } catch {
    return { is: false };
  }
}

/** Native JSON.parse, with the place and reason of a failure (core/json-text.ts) and the command to rerun. */
function parseJson(text: string, file: string, expected: QualityFormat | undefined): unknown {
  try {
    return parseJsonText(text, file);
  } catch (e) {
    if (!(e instanceof ReportError)) throw e;
    throw new ReportError(
      e.message,
      e.place,
      expected ? `Regenerate it. ${makeReportFix(expected)}` : `Regenerate it. ${ANY_FIX}`,
    );
  }
}

function xmlRoot(head: string): string {
  const root = /<([A-Za-z_][\w:.-]*)/.exec(head.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<![^>]*>/g, ''));
  return root ? `<${root[1]}>` : 'no root element';
}

function keyList(o: Record<string, unknown>): string {
  const keys = Object.keys(o);
  return (
    keys
      .slice(0, 5)
      .map((k) => `"${k}"`)
      .join(', ') + (keys.length > 5 ? ', ...' : '')
  );
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

function nextNonSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

function countOf(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}
