/**
 * @lezer/python's grammar (1.1.x) rejects a few things that Python accepts. Its error recovery
 * keeps the definitions around them intact (checked against `ast` on 2,435 standard-library
 * files), but a warning "syntax error" on valid code would be wrong, so the common cases are
 * recognised here and not reported:
 *
 * - a bare `yield` (`yield` / `x = yield`, as in every pytest fixture and context manager):
 *   the grammar wants an operand and inserts an empty error node after the keyword;
 * - a float with a trailing dot (`24.`, `3600.`): read as attribute access with no name;
 * - a class pattern with no arguments (`case Point():`): the grammar wants at least one;
 * - a form feed on an otherwise blank line (Emacs page breaks): the grammar only knows spaces
 *   and tabs there. It is replaced by a space before parsing (same length, same lines).
 *
 * Each is an empty error node in exactly that place, which a real mistake does not produce on
 * its own. What remains unrecognised is listed in `python-docstrings.ts`.
 */
import type { SyntaxNode } from '@lezer/common';

const BLANK_LINE_WITH_FORM_FEED = /^[ \t\f]*\f[ \t\f]*$/gm;

/** The text to parse: form feeds on blank lines become spaces (positions and lines unchanged). */
export function withoutBlankLineFormFeeds(text: string): string {
  if (!text.includes('\f')) return text;
  return text.replace(BLANK_LINE_WITH_FORM_FEED, (line) => line.replaceAll('\f', ' '));
}

/** Whether an error node is the grammar's, on valid Python, rather than the source's. */
export function isGrammarGap(error: SyntaxNode, text: string): boolean {
  if (error.from !== error.to || !isLastChild(error)) return false;
  const parent = error.parent;
  let before = error.prevSibling;
  while (before?.name === 'Comment') before = before.prevSibling; // `yield  # comment`
  switch (parent?.name) {
    case 'YieldStatement':
    case 'YieldExpression':
      return before?.name === 'yield';
    case 'MemberExpression': {
      const number = before?.name === '.' ? before.prevSibling : null;
      return (
        number?.name === 'Number' &&
        number.to === before!.from &&
        /^[0-9][0-9_]*$/.test(text.slice(number.from, number.to))
      );
    }
    case 'LiteralPattern':
      return parent.from === parent.to && parent.parent?.name === 'PatternArgList' && before === null;
    default:
      return false;
  }
}

/** Comments aside. */
function isLastChild(node: SyntaxNode): boolean {
  let next = node.nextSibling;
  while (next?.name === 'Comment') next = next.nextSibling;
  return next === null;
}
