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
