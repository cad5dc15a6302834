/**
 * Parses a JSON report with the native parser; when that fails, finds where and why with
 * jsonc-parser (V8's messages do not always say where) and tells truncation apart from a
 * syntax error. Shared by every JSON report format (coverage, lint, security).
 */
import { parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { ReportError } from './errors.js';

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

/** Deeper than any report or payload a tool writes, and shallow enough for every walker of the data. */
export const MAX_JSON_DEPTH = 512;

/** Where JSON text nests past MAX_JSON_DEPTH (outside strings), or -1. A byte scan: no parse. */
export function jsonTooDeepAt(text: string, limit = MAX_JSON_DEPTH): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // a backslash escapes the next character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > limit) return i;
    } else if (c === 93 || c === 125) depth--;
  }
  return -1;
}

/** A sentence saying that the JSON nests too deep, or null. */
export function jsonNestingProblem(text: string): string | null {
  const at = jsonTooDeepAt(text);
  return at < 0
    ? null
    : `nests deeper than ${MAX_JSON_DEPTH} levels (at character ${at}), which no report or payload does`;
}

/**
 * Parses JSON with the native parser; on failure, finds where and why with jsonc-parser
 * (V8's messages do not always say where), and tells truncation apart from a syntax error.
 */
export function parseJsonText(raw: string, file: string): unknown {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw; // a byte order mark (PowerShell, some Windows tools)
  const deep = jsonTooDeepAt(text);
  if (deep >= 0) {
    throw new ReportError(
      `the JSON nests deeper than ${MAX_JSON_DEPTH} levels, which no report does`,
      { file, ...lineColumnAt(text, deep) },
      'Regenerate the report; this is not the output of the tool.',
    );
  }
  try {
    return JSON.parse(text);
  } catch {
    const errors: ParseError[] = [];
    parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    const end = text.trimEnd().length;
    const truncated = !first || first.offset >= end || printParseErrorCode(first.error) === 'UnexpectedEndOfString';
    const where = lineColumnAt(text, first ? Math.min(first.offset, text.length) : text.length);
    const reason = truncated
      ? 'the JSON ends early (truncated)'
      : `the JSON is malformed: ${PARSE_ERRORS[printParseErrorCode(first.error)] ?? printParseErrorCode(first.error)}`;
    throw new ReportError(reason, { file, ...where }, 'Regenerate the report.');
  }
}
