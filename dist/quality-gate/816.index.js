export const id = 816;
export const ids = [816];
export const modules = {

/***/ 6816:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  measureDocstrings: () => (/* binding */ measureDocstrings)
});

// EXTERNAL MODULE: ./packages/coverage/totals.ts
var totals = __webpack_require__(2382);
;// CONCATENATED MODULE: ./packages/docstrings/docstring-literal.ts
/** `block` is the module (`Script`) or a `Body`; `text` is what the tree was parsed from. */
function hasDocstring(block, text) {
    let first = block.firstChild;
    while (first && !first.type.is('Statement'))
        first = first.nextSibling;
    if (first?.name === 'StatementGroup')
        first = first.firstChild; // `"""doc"""; x = 1`
    if (first?.name !== 'ExpressionStatement')
        return false;
    const children = childrenExceptComments(first);
    return children.length === 1 && isStringConstant(children[0], text);
}
function isStringConstant(node, text) {
    switch (node.name) {
        case 'String':
            return !isBytes(node, text);
        case 'ContinuedString':
            return childrenExceptComments(node).every((part) => part.name === 'String' && !isBytes(part, text));
        case 'ParenthesizedExpression': {
            const [open, inner, close, ...more] = childrenExceptComments(node);
            return (open?.name === '(' &&
                close?.name === ')' &&
                more.length === 0 &&
                inner !== undefined &&
                isStringConstant(inner, text));
        }
        default:
            return false;
    }
}
/** A `b` among the prefix letters before the opening quote (`b''`, `rb''`, `Br''`). */
function isBytes(stringNode, text) {
    for (let i = stringNode.from; i < stringNode.to; i++) {
        const c = text[i];
        if (c === '"' || c === "'")
            return false;
        if (c === 'b' || c === 'B')
            return true;
    }
    return false;
}
function childrenExceptComments(node) {
    const children = [];
    for (let child = node.firstChild; child; child = child.nextSibling) {
        if (child.name !== 'Comment')
            children.push(child);
    }
    return children;
}

;// CONCATENATED MODULE: ./packages/docstrings/lezer-python-gaps.ts
const BLANK_LINE_WITH_FORM_FEED = /^[ \t\f]*\f[ \t\f]*$/gm;
/** The text to parse: form feeds on blank lines become spaces (positions and lines unchanged). */
function withoutBlankLineFormFeeds(text) {
    if (!text.includes('\f'))
        return text;
    return text.replace(BLANK_LINE_WITH_FORM_FEED, (line) => line.replaceAll('\f', ' '));
}
/** Whether an error node is the grammar's, on valid Python, rather than the source's. */
function isGrammarGap(error, text) {
    if (error.from !== error.to || !isLastChild(error))
        return false;
    const parent = error.parent;
    let before = error.prevSibling;
    while (before?.name === 'Comment')
        before = before.prevSibling; // `yield  # comment`
    switch (parent?.name) {
        case 'YieldStatement':
        case 'YieldExpression':
            return before?.name === 'yield';
        case 'MemberExpression': {
            const number = before?.name === '.' ? before.prevSibling : null;
            return (number?.name === 'Number' &&
                number.to === before.from &&
                /^[0-9][0-9_]*$/.test(text.slice(number.from, number.to)));
        }
        case 'LiteralPattern':
            return parent.from === parent.to && parent.parent?.name === 'PatternArgList' && before === null;
        default:
            return false;
    }
}
/** Comments aside. */
function isLastChild(node) {
    let next = node.nextSibling;
    while (next?.name === 'Comment')
        next = next.nextSibling;
    return next === null;
}

;// CONCATENATED MODULE: ./packages/docstrings/line-index.ts
class LineIndex {
    /** Position at which each line starts; lineStarts[0] is 0. */
    lineStarts = [0];
    constructor(text) {
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            if (c === 10)
                this.lineStarts.push(i + 1);
            else if (c === 13) {
                if (text.charCodeAt(i + 1) === 10)
                    i++;
                this.lineStarts.push(i + 1);
            }
        }
    }
    lineOf(position) {
        let low = 0;
        let high = this.lineStarts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if (this.lineStarts[mid] <= position)
                low = mid;
            else
                high = mid - 1;
        }
        return low + 1;
    }
    placeOf(position) {
        const line = this.lineOf(position);
        return { line, column: position - this.lineStarts[line - 1] + 1 };
    }
}

// EXTERNAL MODULE: ./node_modules/@lezer/python/dist/index.js + 3 modules
var dist = __webpack_require__(1283);
;// CONCATENATED MODULE: ./packages/docstrings/parse-in-pieces.ts


function parsePython(text) {
    const whole = dist/* parser */.K.parse(text);
    const wholeErrors = errorPositions(whole, text, 0);
    if (wholeErrors.length === 0)
        return { pieces: [{ text, tree: whole, from: 0 }], errors: [] };
    const bounds = [0, ...topLevelDefinitionStarts(whole, text).filter((p) => p > 0), text.length];
    const pieces = [];
    const errors = [];
    for (let i = 0; i + 1 < bounds.length; i++) {
        const from = bounds[i];
        const pieceText = text.slice(from, bounds[i + 1]);
        const tree = dist/* parser */.K.parse(pieceText);
        pieces.push({ text: pieceText, tree, from });
        errors.push(...errorPositions(tree, pieceText, from));
    }
    return { pieces, errors };
}
/** Error nodes come in source order; the grammar's own gaps (valid Python) are left out. */
function errorPositions(tree, text, offset) {
    const positions = [];
    tree.iterate({
        enter(node) {
            if (node.type.isError && !isGrammarGap(node.node, text))
                positions.push(offset + node.from);
        },
    });
    return positions;
}
const DEFINITION_LINE = /^(?:@|def[ \t]|class[ \t(:]|async[ \t]+def[ \t])/gm;
/** Lines starting (in column 0) a decorator stack or an undecorated definition, outside strings. */
function topLevelDefinitionStarts(tree, text) {
    const starts = [];
    let inDecoratorStack = false;
    for (const match of text.matchAll(DEFINITION_LINE)) {
        const position = match.index;
        if (isInsideString(tree, position))
            continue;
        const isDecorator = match[0] === '@';
        if (!inDecoratorStack)
            starts.push(position);
        inDecoratorStack = isDecorator;
    }
    return starts;
}
function isInsideString(tree, position) {
    for (let node = tree.resolveInner(position, 1); node; node = node.parent) {
        if (node.name === 'String' || node.name === 'FormatString')
            return node.from < position;
    }
    return false;
}

;// CONCATENATED MODULE: ./packages/docstrings/python-docstrings.ts




const MODULE_SCOPE = { kind: 'module', prefix: '', public: true, classDocumented: false };
/** Statements whose bodies define things in the enclosing scope (not a new one). */
const CONDITIONAL_BLOCKS = new Set(['IfStatement', 'TryStatement', 'WithStatement', 'ForStatement', 'WhileStatement']);
const BYTE_ORDER_MARK = '\uFEFF';
function scanPythonDocstrings(source, path) {
    const text = withoutBlankLineFormFeeds(source.startsWith(BYTE_ORDER_MARK) ? source.slice(1) : source);
    const lines = new LineIndex(text);
    const { pieces, errors } = parsePython(text);
    const entries = [];
    const first = pieces[0];
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
    path;
    piece;
    lines;
    entries;
    constructor(path, piece, lines, entries) {
        this.path = path;
        this.piece = piece;
        this.lines = lines;
        this.entries = entries;
    }
    visitBlock(block, scope) {
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
                    else if (definition)
                        this.visitClass(definition, scope);
                    break;
                }
                case 'MatchStatement':
                    for (const clause of statement.getChild('MatchBody')?.getChildren('MatchClause') ?? []) {
                        const body = clause.getChild('Body');
                        if (body)
                            this.visitBlock(body, scope);
                    }
                    break;
                default:
                    if (CONDITIONAL_BLOCKS.has(statement.name)) {
                        for (const body of statement.getChildren('Body'))
                            this.visitBlock(body, scope);
                    }
                    else if (statement.type.isError) {
                        this.visitBlock(statement, scope); // what the parser recovered inside an unreadable stretch
                    }
            }
        }
    }
    visitFunction(definition, decorators, scope) {
        if (scope.kind === 'function')
            return;
        const name = this.textOf(definition.getChild('VariableName'));
        if (!name || (isDunder(name) && name !== '__init__'))
            return;
        if (decorators.some((d) => this.isOverload(d) || this.isPropertyAccessor(d)))
            return;
        const isMethod = scope.kind === 'class';
        const body = definition.getChild('Body');
        const documented = (body !== null && hasDocstring(body, this.piece.text)) ||
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
    visitClass(definition, scope) {
        if (scope.kind === 'function')
            return;
        const name = this.textOf(definition.getChild('VariableName'));
        if (!name)
            return;
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
    isOverload(decorator) {
        return this.decoratorName(decorator)?.at(-1) === 'overload';
    }
    /** `@name.setter`, `@name.deleter`. */
    isPropertyAccessor(decorator) {
        const name = this.decoratorName(decorator);
        const last = name?.at(-1);
        return name !== null && name.length >= 2 && (last === 'setter' || last === 'deleter');
    }
    /** The decorator's dotted name (`typing.overload` -> ['typing', 'overload']), or null if it is called. */
    decoratorName(decorator) {
        if (decorator.getChild('ArgList'))
            return null;
        return decorator.getChildren('VariableName').map((n) => this.textOf(n));
    }
    textOf(node) {
        return node ? this.piece.text.slice(node.from, node.to) : undefined;
    }
    lineOf(node) {
        return this.lines.lineOf(this.piece.from + node.from);
    }
}
/** `client` for `pkg/client.py`, `__init__` for `pkg/__init__.py`. */
function moduleStem(path) {
    const base = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    const dot = base.lastIndexOf('.');
    return dot > 0 ? base.slice(0, dot) : base;
}
function hasOnlyComments(script) {
    for (let child = script.firstChild; child; child = child.nextSibling) {
        if (child.name !== 'Comment')
            return false;
    }
    return true;
}
function isDunder(name) {
    return name.length > 4 && name.startsWith('__') && name.endsWith('__');
}
/** Positions come in order, so the first on each line is the one kept. */
function onePlacePerLine(positions, lines) {
    const places = [];
    for (const position of positions) {
        const place = lines.placeOf(position);
        if (place.line !== places.at(-1)?.line)
            places.push(place);
    }
    return places;
}

;// CONCATENATED MODULE: ./packages/docstrings/docstring-coverage.ts
/**
 * Docstring coverage of a component's Python files: how many of its public modules, classes and
 * functions have a docstring, and which do not (what the seeds' "API documented" criterion is
 * judged on). Only public entries count; see `python-docstrings.ts` for what that means.
 *
 * The percentage is computed from the sums and rounded like every other percentage of ours
 * (coverage.py's display: half-even to two decimals, never a false 0.00 or 100.00). No public
 * definitions at all gives `percent: null`: no data, which is never 0% or 100%.
 */


function measureDocstrings(files) {
    let total = 0;
    let documented = 0;
    const missing = [];
    const syntaxErrors = [];
    for (const { path, source } of files) {
        const scan = scanPythonDocstrings(source, path);
        for (const entry of scan.entries) {
            if (!entry.public)
                continue;
            total++;
            if (entry.documented)
                documented++;
            else
                missing.push(entry);
        }
        for (const place of scan.syntaxErrors)
            syntaxErrors.push({ path, ...place });
    }
    missing.sort(byPathThenLine);
    syntaxErrors.sort(byPathThenLine);
    const percent = total === 0 ? null : Number((0,totals/* formatCoveragePercent */.b7)((100 * documented) / total, 2));
    return { total, documented, percent, missing, syntaxErrors };
}
/** Code-unit order, not locale order: the same on every runner. */
function byPathThenLine(a, b) {
    if (a.path !== b.path)
        return a.path < b.path ? -1 : 1;
    return a.line - b.line;
}


/***/ })

};
