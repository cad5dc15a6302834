/**
 * JSON coverage reports are parsed whole (JSON.parse is native and fast); this collects the
 * bytes, parses them with an error that names line and column, and picks the format by shape.
 */
import { parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { ReportError } from '../../core/errors.js';
import type { ParsedReport, ReportParser } from '../report.js';
import { fromCoveragePyJson, isCoveragePyJson } from './coveragepy-json.js';
import { fromIstanbulFinal, fromIstanbulSummary, isIstanbulFinal, isIstanbulSummary } from './istanbul.js';

export function lineColumnAt(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lastBreak = -1;
  for (let i = 0; i < position && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lastBreak = i;
    }
  }
  return { line, column: position - lastBreak };
}

const PARSE_ERRORS: Record<string, string> = {
  InvalidSymbol: 'an unexpected character',
  InvalidNumberFormat: 'a malformed number',
  PropertyNameExpected: 'a property name was expected',
  ValueExpected: 'a value was expected',
  ColonExpected: '":" was expected',
  CommaExpected: '"," was expected',
  CloseBraceExpected: '"}" was expected',
  CloseBracketExpected: '"]" was expected',
  EndOfFileExpected: 'text follows the end of the JSON',
  InvalidCommentToken: 'comments are not JSON',
  UnexpectedEndOfComment: 'an unclosed comment',
  UnexpectedEndOfString: 'an unclosed string',
  UnexpectedEndOfNumber: 'a number ends early',
  InvalidUnicode: 'an invalid \\u escape',
  InvalidEscapeCharacter: 'an invalid escape',
  InvalidCharacter: 'a control character in a string',
};

/**
 * Parses JSON with the native parser; on failure, finds where and why with jsonc-parser
 * (V8's messages do not always say where), and tells truncation apart from a syntax error.
 */
export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const errors: ParseError[] = [];
    parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    const end = text.trimEnd().length;
    const truncated = !first || first.offset >= end || printParseErrorCode(first.error) === 'UnexpectedEndOfString';
    const where = lineColumnAt(text, first ? Math.min(first.offset, text.length) : text.length);
    const reason = truncated ? 'the JSON ends early (truncated)' : `the JSON is malformed: ${PARSE_ERRORS[printParseErrorCode(first.error)] ?? printParseErrorCode(first.error)}`;
    throw new ReportError(reason, { file, ...where }, 'Regenerate the report.');
  }
}

function describeJson(doc: unknown): string {
  if (Array.isArray(doc)) return 'a JSON array (lint or scan findings?)';
  if (doc && typeof doc === 'object') {
    const keys = Object.keys(doc).slice(0, 5);
    return keys.length ? `a JSON object with keys ${keys.map((k) => `"${k}"`).join(', ')}` : 'an empty JSON object';
  }
  return `a JSON ${doc === null ? 'null' : typeof doc}`;
}

export function createJsonCoverageParser(file: string): ReportParser {
  const chunks: Buffer[] = [];
  return {
    write(chunk) {
      chunks.push(Buffer.from(chunk)); // the reader reuses its buffer
    },
    end(): ParsedReport {
      const text = Buffer.concat(chunks).toString('utf8');
      const doc = parseJsonText(text, file);
      if (isCoveragePyJson(doc)) return fromCoveragePyJson(doc, file);
      if (isIstanbulSummary(doc)) return fromIstanbulSummary(doc, file);
      if (isIstanbulFinal(doc)) return fromIstanbulFinal(doc, file);
      throw new ReportError(
        `this is ${describeJson(doc)}, not a coverage report`,
        { file },
        'Pass coverage.py JSON (`coverage json`) or Istanbul coverage-final.json / coverage-summary.json.',
      );
    },
  };
}
