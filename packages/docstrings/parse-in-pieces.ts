/**
 * Parses Python with @lezer/python and keeps a syntax error inside the top-level definition it
 * is in. Lezer recovers from errors, but an error can leave it at the wrong indentation for the
 * rest of the file, so that every later function seems to have an empty body and its docstring
 * becomes a module-level statement (seen on `with guard() as os.environ, \`, valid Python the
 * grammar does not know: 235 wrong answers in one file of CPython's tests). So when a file has
 * errors, it is cut before every top-level `def`, `class`, `async def` or decorator stack (a line
 * that starts with one, outside any string) and each piece is parsed on its own. Files without
 * errors, nearly all of them, are parsed once.
 */
import type { SyntaxNode, Tree } from '@lezer/common';
import { parser } from '@lezer/python';
import { isGrammarGap } from './lezer-python-gaps.js';

export interface ParsedPiece {
  /** The piece's own text: positions in `tree` are relative to it. */
  text: string;
  tree: Tree;
  /** Where the piece starts in the whole text. */
  from: number;
}

export interface ParsedPython {
  /** In order; one piece (the whole text) unless there were errors. */
  pieces: ParsedPiece[];
  /** Positions in the whole text where the parser could not read it, in order. */
  errors: number[];
}

export function parsePython(text: string): ParsedPython {
  const whole = parser.parse(text);
  const wholeErrors = errorPositions(whole, text, 0);
  if (wholeErrors.length === 0) return { pieces: [{ text, tree: whole, from: 0 }], errors: [] };

  const bounds = [0, ...topLevelDefinitionStarts(whole, text).filter((p) => p > 0), text.length];
  const pieces: ParsedPiece[] = [];
  const errors: number[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = bounds[i]!;
    const pieceText = text.slice(from, bounds[i + 1]);
    const tree = parser.parse(pieceText);
    pieces.push({ text: pieceText, tree, from });
    errors.push(...errorPositions(tree, pieceText, from));
  }
  return { pieces, errors };
}

/** Error nodes come in source order; the grammar's own gaps (valid Python) are left out. */
function errorPositions(tree: Tree, text: string, offset: number): number[] {
  const positions: number[] = [];
  tree.iterate({
    enter(node) {
      if (node.type.isError && !isGrammarGap(node.node, text)) positions.push(offset + node.from);
    },
  });
  return positions;
}

const DEFINITION_LINE = /^(?:@|def[ \t]|class[ \t(:]|async[ \t]+def[ \t])/gm;

/** Lines starting (in column 0) a decorator stack or an undecorated definition, outside strings. */
function topLevelDefinitionStarts(tree: Tree, text: string): number[] {
  const starts: number[] = [];
  let inDecoratorStack = false;
  for (const match of text.matchAll(DEFINITION_LINE)) {
    const position = match.index;
    if (isInsideString(tree, position)) continue;
    const isDecorator = match[0] === '@';
    if (!inDecoratorStack) starts.push(position);
    inDecoratorStack = isDecorator;
  }
  return starts;
}

function isInsideString(tree: Tree, position: number): boolean {
  for (let node: SyntaxNode | null = tree.resolveInner(position, 1); node; node = node.parent) {
    if (node.name === 'String' || node.name === 'FormatString') return node.from < position;
  }
  return false;
}
