/**
 * Which Python modules, classes and functions have a docstring, read with a real Python parser
 * (@lezer/python) so that strings, comments, decorators and nesting are never guessed at with
 * regular expressions. The seeds ask before Staging for "API documented: docstrings for all
 * public functions/classes"; this file finds the definitions, `docstring-coverage.ts` counts.
 *
 * What counts (close to the `interrogate` tool's defaults, but decided here):
 *
 * - A docstring is what `ast.get_docstring` finds: the first statement of the module, class or
 *   function body is an expression that is a string literal, with any prefix but `b` (bytes
 *   are not docstrings) and not an f-string. Implicit concatenation (`"a" "b"`, also across
 *   lines) and parentheses (`("doc")`) are still one string literal, so they count; any other
 *   expression (`"a" + "b"`, `"a", "b"`, `"a" f"{b}"`) does not. Comments before it are not
 *   statements. A body that is just `...` or `pass` is undocumented.
 * - Public means the name does not start with `_`, and every enclosing class is public too
 *   (methods of a private class are not public). Private definitions are still returned, with
 *   `public: false`; only public ones are counted.
 * - `__init__` is public, and counts as documented when either it or its class has a docstring
 *   (the class docstring often documents the constructor). Other dunder methods (`__repr__`,
 *   `__eq__`, ...) are not returned at all: their meaning is the language's, not the API's.
 * - Nothing defined inside a function is returned (nested functions and local classes are not
 *   API). Definitions under `if`/`elif`/`else`, `try`/`except`/`finally`, `with`, `for`, `while`
 *   and `match` belong to the enclosing module or class: `if TYPE_CHECKING:` blocks and
 *   `try: import x / except ImportError: def fallback()` define module-level API. When both
 *   branches define the same name, both definitions are returned (each has its own line).
 * - Not returned: functions decorated with `@overload` (any dotted name ending in `.overload`,
 *   e.g. `@typing.overload`; the implementation that follows is counted), and property
 *   accessors decorated `@<name>.setter` / `@<name>.deleter` (the getter is the property).
 * - A module is one entry, named after its file (`client` for `client.py`, `__init__` for a
 *   package's `__init__.py`), at line 1. It is public unless its file name starts with `_`;
 *   `__init__.py` is public. An `__init__.py` with only white space and comments is not
 *   returned. Definitions inside a private module are judged by their own names (packages
 *   re-export them from `__init__.py`, so they are often the public API).
 * - `line` is the line of the `def` / `async def` / `class` keyword, after any decorators: the
 *   line a GitHub annotation should point at. Lines end at `\n`, `\r\n` or a lone `\r`; a
 *   leading byte-order mark is ignored.
 *
 * Syntax errors: the parser is error-tolerant, so a file with errors still yields what could be
 * read, and `syntaxErrors` says where it could not (one place per line) so the gate can warn.
 * An error is kept inside its top-level definition (`parse-in-pieces.ts`): the definitions
 * after it are read as if it were not there. @lezer/python's grammar also lacks a few valid
 * constructs and reports them as errors (the common ones it would trip on are recognised in
 * `lezer-python-gaps.ts`): `with` targets other than a name (`as (a, b)`, `as self.x`) and
 * parenthesised context managers (3.10), arbitrary decorator expressions (`@b[0].clicked`,
 * 3.9), star-unpacking in subscripts and comprehension targets (`tuple[*Ts]`, `for a, *b in`),
 * type-parameter defaults (`[T = int]`, 3.13), t-strings (3.14), and `print` as a variable
 * (the grammar still knows Python 2's print statement). Measured: 3 of 2,435 files of
 * CPython 3.11's library, pip and pytest are flagged, and 41 of 3.13's 1,722 library and test
 * files (its tests use these constructs on purpose); on all of them `documented` agreed with
 * `ast.get_docstring` for each of the 99,314 modules, classes and functions compared.
 */
import type { SyntaxNode } from '@lezer/common';
import { hasDocstring } from './docstring-literal.js';
import { withoutBlankLineFormFeeds } from './lezer-python-gaps.js';
import { LineIndex, type SourcePlace } from './line-index.js';
import { parsePython, type ParsedPiece } from './parse-in-pieces.js';

export type { SourcePlace } from './line-index.js';

export type DocstringKind = 'module' | 'class' | 'function' | 'method';

export interface DocstringEntry {
  /** The file, as the caller named it. */
  path: string;
  /** Qualified inside the module (`Class.method`, `Outer.Inner.method`); a module's file stem. */
  name: string;
  kind: DocstringKind;
  /** 1-based line of the `def` / `async def` / `class` keyword (after decorators); 1 for a module. */
  line: number;
  documented: boolean;
  /** Whether it counts towards docstring coverage. */
  public: boolean;
}

export interface PythonDocstringScan {
  /** One per definition, in source order (a class before its methods). */
  entries: DocstringEntry[];
  /** Where the parser could not read the source: at most one place per line, in order. */
  syntaxErrors: SourcePlace[];
}

/** The scope a statement is in: what its definitions are called and whether they can be public. */
interface Scope {
  kind: 'module' | 'class' | 'function';
  /** Prepended to names defined here: `''` at module level, `Outer.Inner.` in a class. */
  prefix: string;
  /** False when an enclosing class is private. */
  public: boolean;
  /** In a class: whether the class has a docstring (which also documents `__init__`). */
  classDocumented: boolean;
}

const MODULE_SCOPE: Scope = { kind: 'module', prefix: '', public: true, classDocumented: false };

/** Statements whose bodies define things in the enclosing scope (not a new one). */
const CONDITIONAL_BLOCKS = new Set(['IfStatement', 'TryStatement', 'WithStatement', 'ForStatement', 'WhileStatement']);

const BYTE_ORDER_MARK = '\uFEFF';

export function scanPythonDocstrings(source: string, path: string): PythonDocstringScan {
  const text = withoutBlankLineFormFeeds(source.startsWith(BYTE_ORDER_MARK) ? source.slice(1) : source);
  const lines = new LineIndex(text);
  const { pieces, errors } = parsePython(text);
  const entries: DocstringEntry[] = [];

  const first = pieces[0]!;
  const stem = moduleStem(path);
  const isPackageInit = stem === '__init__';
  if (!(isPackageInit && hasOnlyComments(first.tree.topNode))) {
    entries.push({
      path,
      name: stem,
      kind: 'module',
      line: 1,
      documented: hasDocstring(first.tree.topNode, first.text),
      public: isPackageInit || !stem.startsWith('_'),
    });
  }
  for (const piece of pieces)
    new DefinitionWalker(path, piece, lines, entries).visitBlock(piece.tree.topNode, MODULE_SCOPE);
  return { entries, syntaxErrors: onePlacePerLine(errors, lines) };
}

/** Walks one parsed piece's statements, adding an entry for each definition that counts. */
class DefinitionWalker {
  constructor(
    private readonly path: string,
    private readonly piece: ParsedPiece,
    private readonly lines: LineIndex,
    private readonly entries: DocstringEntry[],
  ) {}

  visitBlock(block: SyntaxNode, scope: Scope): void {
    for (let statement = block.firstChild; statement; statement = statement.nextSibling) {
      switch (statement.name) {
        case 'FunctionDefinition':
          this.visitFunction(statement, [], scope);
          break;
        case 'ClassDefinition':
          this.visitClass(statement, scope);
          break;
        case 'DecoratedStatement': {
          const definition = statement.getChild('FunctionDefinition') ?? statement.getChild('ClassDefinition');
          if (definition?.name === 'FunctionDefinition')
            this.visitFunction(definition, statement.getChildren('Decorator'), scope);
          else if (definition) this.visitClass(definition, scope);
          break;
        }
        case 'MatchStatement':
          for (const clause of statement.getChild('MatchBody')?.getChildren('MatchClause') ?? []) {
            const body = clause.getChild('Body');
            if (body) this.visitBlock(body, scope);
          }
          break;
        default:
          if (CONDITIONAL_BLOCKS.has(statement.name)) {
            for (const body of statement.getChildren('Body')) this.visitBlock(body, scope);
          } else if (statement.type.isError) {
            this.visitBlock(statement, scope); // what the parser recovered inside an unreadable stretch
          }
      }
    }
  }

  private visitFunction(definition: SyntaxNode, decorators: SyntaxNode[], scope: Scope): void {
    if (scope.kind === 'function') return;
    const name = this.textOf(definition.getChild('VariableName'));
    if (!name || (isDunder(name) && name !== '__init__')) return;
    if (decorators.some((d) => this.isOverload(d) || this.isPropertyAccessor(d))) return;
    const isMethod = scope.kind === 'class';
    const body = definition.getChild('Body');
    const documented =
      (body !== null && hasDocstring(body, this.piece.text)) ||
      (isMethod && name === '__init__' && scope.classDocumented);
    this.entries.push({
      path: this.path,
      name: scope.prefix + name,
      kind: isMethod ? 'method' : 'function',
      line: this.lineOf(definition),
      documented,
      public: scope.public && (name === '__init__' || !name.startsWith('_')),
    });
  }

  private visitClass(definition: SyntaxNode, scope: Scope): void {
    if (scope.kind === 'function') return;
    const name = this.textOf(definition.getChild('VariableName'));
    if (!name) return;
    const body = definition.getChild('Body');
    const documented = body !== null && hasDocstring(body, this.piece.text);
    const isPublic = scope.public && !name.startsWith('_');
    const qualified = scope.prefix + name;
    this.entries.push({
      path: this.path,
      name: qualified,
      kind: 'class',
      line: this.lineOf(definition),
      documented,
      public: isPublic,
    });
    if (body)
      this.visitBlock(body, { kind: 'class', prefix: `${qualified}.`, public: isPublic, classDocumented: documented });
  }

  /** `@overload`, `@typing.overload`: any dotted name ending in `overload`, not called. */
  private isOverload(decorator: SyntaxNode): boolean {
    return this.decoratorName(decorator)?.at(-1) === 'overload';
  }

  /** `@name.setter`, `@name.deleter`. */
  private isPropertyAccessor(decorator: SyntaxNode): boolean {
    const name = this.decoratorName(decorator);
    const last = name?.at(-1);
    return name !== null && name.length >= 2 && (last === 'setter' || last === 'deleter');
  }

  /** The decorator's dotted name (`typing.overload` -> ['typing', 'overload']), or null if it is called. */
  private decoratorName(decorator: SyntaxNode): string[] | null {
    if (decorator.getChild('ArgList')) return null;
    return decorator.getChildren('VariableName').map((n) => this.textOf(n)!);
  }

  private textOf(node: SyntaxNode | null): string | undefined {
    return node ? this.piece.text.slice(node.from, node.to) : undefined;
  }

  private lineOf(node: SyntaxNode): number {
    return this.lines.lineOf(this.piece.from + node.from);
  }
}

/** `client` for `pkg/client.py`, `__init__` for `pkg/__init__.py`. */
function moduleStem(path: string): string {
  const base = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

function hasOnlyComments(script: SyntaxNode): boolean {
  for (let child = script.firstChild; child; child = child.nextSibling) {
    if (child.name !== 'Comment') return false;
  }
  return true;
}

function isDunder(name: string): boolean {
  return name.length > 4 && name.startsWith('__') && name.endsWith('__');
}

/** Positions come in order, so the first on each line is the one kept. */
function onePlacePerLine(positions: number[], lines: LineIndex): SourcePlace[] {
  const places: SourcePlace[] = [];
  for (const position of positions) {
    const place = lines.placeOf(position);
    if (place.line !== places.at(-1)?.line) places.push(place);
  }
  return places;
}
