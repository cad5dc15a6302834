/**
 * Whether a module, class or function body starts with a docstring, decided as Python's
 * `ast.get_docstring` decides it: the first statement is an expression that is a string
 * constant. On lezer's tree that is a `String` (any prefix but `b`: bytes are not docstrings),
 * implicitly concatenated strings (`"a" "b"`, one constant to Python), or either in parentheses.
 * F-strings (`FormatString`, also inside a concatenation), tuples (`"a", "b"`) and operators
 * (`"a" + "b"`) are not constants to the parser, so they are not docstrings. Comments are not
 * statements.
 */
import type { SyntaxNode } from '@lezer/common';

/** `block` is the module (`Script`) or a `Body`; `text` is what the tree was parsed from. */
export function hasDocstring(block: SyntaxNode, text: string): boolean {
  let first = block.firstChild;
  while (first && !first.type.is('Statement')) first = first.nextSibling;
  if (first?.name === 'StatementGroup') first = first.firstChild; // `"""doc"""; x = 1`
  if (first?.name !== 'ExpressionStatement') return false;
  const children = childrenExceptComments(first);
  return children.length === 1 && isStringConstant(children[0]!, text);
}

function isStringConstant(node: SyntaxNode, text: string): boolean {
  switch (node.name) {
    case 'String':
      return !isBytes(node, text);
    case 'ContinuedString':
      return childrenExceptComments(node).every((part) => part.name === 'String' && !isBytes(part, text));
    case 'ParenthesizedExpression': {
      const [open, inner, close, ...more] = childrenExceptComments(node);
      return (
        open?.name === '(' &&
        close?.name === ')' &&
        more.length === 0 &&
        inner !== undefined &&
        isStringConstant(inner, text)
      );
    }
    default:
      return false;
  }
}

/** A `b` among the prefix letters before the opening quote (`b''`, `rb''`, `Br''`). */
function isBytes(stringNode: SyntaxNode, text: string): boolean {
  for (let i = stringNode.from; i < stringNode.to; i++) {
    const c = text[i];
    if (c === '"' || c === "'") return false;
    if (c === 'b' || c === 'B') return true;
  }
  return false;
}

function childrenExceptComments(node: SyntaxNode): SyntaxNode[] {
  const children: SyntaxNode[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.name !== 'Comment') children.push(child);
  }
  return children;
}
