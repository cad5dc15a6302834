/** Which Python definitions scanPythonDocstrings returns, and whether they count as documented and public. */
import { scanPythonDocstrings, type DocstringEntry } from '../../packages/docstrings/python-docstrings.js';

const py = (...lines: string[]): string => `${lines.join('\n')}\n`;

function scan(source: string, path = 'pkg/mod.py') {
  return scanPythonDocstrings(source, path);
}

/** name -> entry, for the definitions (not the module). */
function defs(source: string, path?: string): Map<string, DocstringEntry> {
  return new Map(
    scan(source, path)
      .entries.filter((e) => e.kind !== 'module')
      .map((e) => [e.name, e]),
  );
}

function documented(source: string): Record<string, boolean> {
  return Object.fromEntries([...defs(source)].map(([name, e]) => [name, e.documented]));
}

describe('what is a docstring (as ast.get_docstring sees it)', () => {
  it('is a string literal first in the body, in any quoting or non-bytes prefix', () => {
    expect(
      documented(
        py(
          'def triple():',
          '    """Doc."""',
          "def single_quotes(): '''Doc.'''",
          'def short(): "Doc."',
          'def raw():',
          '    r"""Doc with \\d."""',
          'def unicode(): u"Doc."',
          'def upper_raw(): R"Doc."',
          'def upper_unicode(): U"Doc."',
        ),
      ),
    ).toEqual({
      triple: true,
      single_quotes: true,
      short: true,
      raw: true,
      unicode: true,
      upper_raw: true,
      upper_unicode: true,
    });
  });

  it('counts implicit concatenation and parentheses (one constant to Python), with comments around', () => {
    expect(
      documented(
        py(
          'def same_line():',
          '    "One " "docstring."',
          'def across_lines():',
          '    ("One "  # a comment inside',
          '     "docstring.")',
          'def backslash():',
          '    """One """ \\',
          '    "docstring."',
          'def parenthesised():',
          '    ("Doc.")',
          'def comment_first():',
          '    # a comment is not a statement',
          '    """Doc."""',
          'def then_more(): "Doc."; return 1',
        ),
      ),
    ).toEqual({
      same_line: true,
      across_lines: true,
      backslash: true,
      parenthesised: true,
      comment_first: true,
      then_more: true,
    });
  });

  it('does not count bytes, f-strings, expressions or a string that is not first', () => {
    expect(
      documented(
        py(
          'def bytes_(): b"Not a docstring."',
          'def raw_bytes(): rb"Not."',
          'def upper_bytes(): BR"Not."',
          'def f_string(): f"Not {1}."',
          'def plain_f_string(): f"Not."',
          'def concatenated_f_string(): "Not " f"{1}."',
          'def concatenated_bytes(): b"Not " b"either."',
          'def added(): "Not " + "either."',
          'def tuple_(): "Not", "either."',
          'def ellipsis(): ...',
          'def pass_(): pass',
          'def second():',
          '    x = 1',
          '    """Not first."""',
        ),
      ),
    ).toEqual({
      bytes_: false,
      raw_bytes: false,
      upper_bytes: false,
      f_string: false,
      plain_f_string: false,
      concatenated_f_string: false,
      concatenated_bytes: false,
      added: false,
      tuple_: false,
      ellipsis: false,
      pass_: false,
      second: false,
    });
  });

  it('finds module and class docstrings the same way, after comments and a shebang', () => {
    const source = py(
      '#!/usr/bin/env python3',
      '# -*- coding: utf-8 -*-',
      '"""Module doc."""',
      'class A:',
      '    # c',
      '    "Class doc."',
    );
    const [module, cls] = scan(source).entries;
    expect(module).toMatchObject({ kind: 'module', documented: true });
    expect(cls).toMatchObject({ name: 'A', kind: 'class', documented: true });
    expect(scan(py('import os', '"""Too late."""')).entries[0]).toMatchObject({ kind: 'module', documented: false });
    expect(scan(py('from __future__ import annotations', '"""Too late."""')).entries[0]!.documented).toBe(false);
  });
});

describe('what is public and what is counted', () => {
  const source = py(
    'def public(): "D."',
    'def _private(): "D."',
    'class Public:',
    '    def method(self): pass',
    '    def _helper(self): pass',
    '    def __repr__(self): return ""',
    '    def __eq__(self, other): return True',
    'class _Private:',
    '    def method(self): "D."',
    '    class Inner:',
    '        def deep(self): pass',
  );

  it('returns private definitions as not public, and methods of a private class as not public', () => {
    const found = defs(source);
    expect([...found.keys()]).toEqual([
      'public',
      '_private',
      'Public',
      'Public.method',
      'Public._helper',
      '_Private',
      '_Private.method',
      '_Private.Inner',
      '_Private.Inner.deep',
    ]);
    const publicNames = [...found.values()].filter((e) => e.public).map((e) => e.name);
    expect(publicNames).toEqual(['public', 'Public', 'Public.method']);
  });

  it('leaves dunder methods other than __init__ out entirely', () => {
    expect(defs(source).has('Public.__repr__')).toBe(false);
    expect(defs(source).has('Public.__eq__')).toBe(false);
  });

  it('counts __init__ as public, documented by its own docstring or its class docstring', () => {
    const found = defs(
      py(
        'class ClassDocumented:',
        '    """Class doc."""',
        '    def __init__(self): pass',
        'class InitDocumented:',
        '    def __init__(self): "Init doc."',
        'class Neither:',
        '    def __init__(self): pass',
        'class _Hidden:',
        '    """Doc."""',
        '    def __init__(self): pass',
      ),
    );
    expect(found.get('ClassDocumented.__init__')).toMatchObject({ kind: 'method', public: true, documented: true });
    expect(found.get('InitDocumented.__init__')).toMatchObject({ public: true, documented: true });
    expect(found.get('InitDocumented')).toMatchObject({ documented: false });
    expect(found.get('Neither.__init__')).toMatchObject({ public: true, documented: false });
    expect(found.get('_Hidden.__init__')).toMatchObject({ public: false, documented: true });
  });

  it('does not count anything defined inside a function', () => {
    const found = defs(
      py(
        'def outer():',
        '    """Doc."""',
        '    def nested(): pass',
        '    class Local:',
        '        def method(self): pass',
        '    return nested',
        'class A:',
        '    def method(self):',
        '        def helper(): pass',
      ),
    );
    expect([...found.keys()]).toEqual(['outer', 'A', 'A.method']);
  });

  it('qualifies nested classes (Outer.Inner.method), public only when every class is', () => {
    const found = defs(
      py(
        'class Outer:',
        '    class Inner:',
        '        def method(self): "D."',
        '    class _Hidden:',
        '        def method(self): "D."',
      ),
    );
    expect(found.get('Outer.Inner')).toMatchObject({ kind: 'class', public: true });
    expect(found.get('Outer.Inner.method')).toMatchObject({ kind: 'method', public: true, documented: true });
    expect(found.get('Outer._Hidden.method')).toMatchObject({ public: false });
  });

  it('leaves out @overload signatures but counts the implementation', () => {
    const found = scan(
      py(
        'import typing',
        'from typing import overload',
        '@overload',
        'def parse(x: int) -> int: ...',
        '@typing.overload',
        'def parse(x: str) -> str: ...',
        'def parse(x):',
        '    """The implementation."""',
        'class A:',
        '    @overload',
        '    def m(self, x: int) -> int: ...',
        '    def m(self, x): pass',
      ),
    ).entries.filter((e) => e.kind !== 'module');
    expect(found.map((e) => [e.name, e.line])).toEqual([
      ['parse', 7],
      ['A', 9],
      ['A.m', 12],
    ]);
  });

  it('counts a property once: its setter and deleter are not separate entries', () => {
    const found = scan(
      py(
        'class A:',
        '    @property',
        '    def size(self):',
        '        """The size."""',
        '    @size.setter',
        '    def size(self, value): pass',
        '    @size.deleter',
        '    def size(self): pass',
        '    @functools.cached_property',
        '    def other(self): pass',
      ),
    ).entries.filter((e) => e.kind === 'method');
    expect(found.map((e) => [e.name, e.line, e.documented])).toEqual([
      ['A.size', 3, true],
      ['A.other', 10, false],
    ]);
  });
});

describe('conditional definitions belong to the module or class they are in', () => {
  it('counts functions under if / try / with / for / while / match at module level as module-level API', () => {
    const found = defs(
      py(
        'from typing import TYPE_CHECKING',
        'if TYPE_CHECKING:',
        '    def checked(): pass',
        'elif sys.version_info >= (3, 12):',
        '    def elif_branch(): pass',
        'else:',
        '    def else_branch(): pass',
        'try:',
        '    from fast import speedup',
        'except ImportError:',
        '    def speedup(): "Fallback."',
        'finally:',
        '    def after(): pass',
        'with suppress(Exception):',
        '    def in_with(): pass',
        'for _ in range(1):',
        '    def in_for(): pass',
        'while False:',
        '    def in_while(): pass',
        'match sys.platform:',
        '    case "win32":',
        '        def on_windows(): pass',
        '    case _:',
        '        def elsewhere(): pass',
      ),
    );
    expect([...found.keys()]).toEqual([
      'checked',
      'elif_branch',
      'else_branch',
      'speedup',
      'after',
      'in_with',
      'in_for',
      'in_while',
      'on_windows',
      'elsewhere',
    ]);
    expect([...found.values()].every((e) => e.kind === 'function' && e.public)).toBe(true);
    expect(found.get('speedup')!.documented).toBe(true);
  });

  it('counts methods defined under if in a class body as methods', () => {
    const methods = scan(
      py('class A:', '    if PY2:', '        def method(self): pass', '    else:', '        def method(self): "D."'),
    ).entries.filter((e) => e.kind === 'method');
    expect(methods.map((e) => [e.name, e.line, e.documented])).toEqual([
      ['A.method', 3, false],
      ['A.method', 5, true],
    ]);
  });
});

describe('modules', () => {
  it('names a module after its file and makes it private when the file name starts with _', () => {
    expect(scan(py('x = 1'), 'src/pkg/client.py').entries[0]).toEqual({
      path: 'src/pkg/client.py',
      name: 'client',
      kind: 'module',
      line: 1,
      documented: false,
      public: true,
    });
    expect(scan(py('"""Doc."""'), 'src/pkg/_impl.py').entries[0]).toMatchObject({
      name: '_impl',
      public: false,
      documented: true,
    });
    expect(scan(py('x = 1'), 'src\\pkg\\win.py').entries[0]!.name).toBe('win');
  });

  it("judges a private module's functions by their own names (packages re-export them)", () => {
    expect(defs(py('def api(): pass'), 'pkg/_impl.py').get('api')!.public).toBe(true);
  });

  it('counts __init__.py as public, but not one with only white space and comments', () => {
    expect(scan(py('from .a import b'), 'pkg/__init__.py').entries[0]).toMatchObject({
      name: '__init__',
      public: true,
      documented: false,
    });
    expect(scan('', 'pkg/__init__.py').entries).toEqual([]);
    expect(scan('\n  \n# just a comment\n\n', 'pkg/__init__.py').entries).toEqual([]);
    expect(scan('', 'pkg/empty.py').entries).toEqual([
      { path: 'pkg/empty.py', name: 'empty', kind: 'module', line: 1, documented: false, public: true },
    ]);
  });
});

describe('lines and text', () => {
  it('gives the line of def / async def / class, after decorators that span lines', () => {
    const lines = scan(
      py(
        '@decorator(',
        '    "arg",',
        ')',
        '# a comment between',
        '@other',
        'def decorated():',
        '    pass',
        '',
        'async def coroutine():',
        '    """Doc."""',
        '    await x',
        '@dataclass(frozen=True)',
        'class Point:',
        '    @staticmethod',
        '    async def make(): pass',
      ),
    ).entries.map((e) => [e.name, e.kind, e.line, e.documented]);
    expect(lines).toEqual([
      ['mod', 'module', 1, false],
      ['decorated', 'function', 6, false],
      ['coroutine', 'function', 9, true],
      ['Point', 'class', 13, false],
      ['Point.make', 'method', 15, false],
    ]);
  });

  it('counts lines the same with CRLF and lone CR line endings', () => {
    const lf = py(
      '"""Doc."""',
      '',
      'class A:',
      '    """A."""',
      '',
      '    def m(self):',
      '        """M."""',
      'def f(): pass',
    );
    const expected = scan(lf).entries;
    expect(scan(lf.replace(/\n/g, '\r\n')).entries).toEqual(expected);
    expect(scan(lf.replace(/\n/g, '\r')).entries).toEqual(expected);
    expect(expected.map((e) => e.line)).toEqual([1, 3, 6, 8]);
  });

  it('ignores a byte-order mark', () => {
    const result = scan(`\uFEFF${py('"""Doc."""', 'def f(): pass')}`);
    expect(result.syntaxErrors).toEqual([]);
    expect(result.entries.map((e) => [e.name, e.line, e.documented])).toEqual([
      ['mod', 1, true],
      ['f', 2, false],
    ]);
  });

  it('reads tab indentation', () => {
    const result = scan(
      py('class A:', '\t"""A."""', '\tdef m(self):', '\t\t"""M."""', '\t\treturn 1', '\tdef n(self):', '\t\treturn 2'),
    );
    expect(result.syntaxErrors).toEqual([]);
    expect(result.entries.filter((e) => e.kind !== 'module').map((e) => [e.name, e.line, e.documented])).toEqual([
      ['A', 1, true],
      ['A.m', 3, true],
      ['A.n', 6, false],
    ]);
  });

  it('keeps unicode names', () => {
    const found = defs(py('def café(): "Doc."', 'class Größe:', '    def 计算(self): pass'));
    expect([...found.keys()]).toEqual(['café', 'Größe', 'Größe.计算']);
    expect(found.get('café')!.documented).toBe(true);
  });

  it('reads newer syntax without errors: PEP 695 generics, type aliases, match, annotations', () => {
    const result = scan(
      py(
        'type Alias = list[int]',
        'type Pair[T] = tuple[T, T]',
        'def first[T](items: list[T], /, *, default: T | None = None) -> T:',
        '    """Generic."""',
        'class Box[T]:',
        '    value: T',
        '    def get(self) -> T: ...',
        'def handle(command: str) -> int:',
        '    match command.split():',
        '        case [name, *rest] if rest:',
        '            return 1',
        '        case {"k": v, **kw}:',
        '            return 2',
        '    return 0',
        'async def stream():',
        '    async with lock:',
        '        async for item in source:',
        '            yield f"{item!r:>{width}}"',
        'x = (y := 5)',
      ),
    );
    expect(result.syntaxErrors).toEqual([]);
    expect(result.entries.filter((e) => e.kind !== 'module').map((e) => [e.name, e.documented])).toEqual([
      ['first', true],
      ['Box', false],
      ['Box.get', false],
      ['handle', false],
      ['stream', false],
    ]);
  });
});

describe('syntax errors', () => {
  it('reports where the source cannot be read and still returns every definition', () => {
    const result = scan(
      py(
        '"""Doc."""',
        'def broken(x)',
        '    return x',
        'def fine():',
        '    """Fine."""',
        'class A:',
        '    def m(self): "M."',
      ),
    );
    expect(result.syntaxErrors).toEqual([{ line: 2, column: 14 }]);
    expect(result.entries.map((e) => [e.name, e.line, e.documented])).toEqual([
      ['mod', 1, true],
      ['broken', 2, false],
      ['fine', 4, true],
      ['A', 6, false],
      ['A.m', 7, true],
    ]);
  });

  it('keeps an error inside its top-level definition: the definitions after it are read normally', () => {
    // An unclosed bracket, and a `with` target the grammar does not know: both used to leave the
    // parser at the wrong indentation, so that later bodies looked empty.
    const result = scan(
      py(
        'def unclosed():',
        '    return (1,',
        '',
        'try:',
        '    with guard() as os.environ, \\',
        '         other():',
        '        import numpy',
        'except ImportError:',
        '    numpy = None',
        '',
        'def later():',
        '    """Later."""',
        '    if x:',
        '        return 1',
        '',
        '@decorated',
        'class C:',
        '    def m(self):',
        '        """M."""',
      ),
    );
    expect(result.syntaxErrors.length).toBeGreaterThan(0);
    expect(result.syntaxErrors.every((e) => e.line < 11)).toBe(true);
    expect(result.entries.filter((e) => e.kind !== 'module').map((e) => [e.name, e.line, e.documented])).toEqual([
      ['unclosed', 1, false],
      ['later', 11, true],
      ['C', 17, false],
      ['C.m', 18, true],
    ]);
  });

  it('does not report valid Python that the grammar trips on: bare yield, 24., case C(), form feeds', () => {
    const result = scan(
      py(
        'def fixture():',
        '    """A fixture."""',
        '    yield  # run the test',
        '    received = yield',
        '    return (24.*3600.)',
        '\f',
        'def matcher(p):',
        '    match p:',
        '        case Point():',
        '            return 1',
      ),
    );
    expect(result.syntaxErrors).toEqual([]);
    expect(result.entries.map((e) => e.name)).toEqual(['mod', 'fixture', 'matcher']);
  });

  it('still reports real errors near those constructs', () => {
    expect(scan(py('def f():', '    yield )')).syntaxErrors).not.toEqual([]);
    expect(scan(py('x = 1.5.')).syntaxErrors).not.toEqual([]);
    expect(scan(py('x = a.')).syntaxErrors).not.toEqual([]);
  });
});
