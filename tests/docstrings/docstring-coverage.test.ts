/** Docstring coverage over a set of files: sums of public entries, coverage.py-style rounding, no invented 100%. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { measureDocstrings } from '../../packages/docstrings/docstring-coverage.js';
import { SAMPLE } from '../support/fixtures.js';

/** A documented module with `documented` documented and `undocumented` undocumented functions. */
function moduleWith(documented: number, undocumented: number): string {
  const lines = ['"""Module."""'];
  for (let i = 0; i < documented; i++) lines.push(`def d${i}(): "Doc."`);
  for (let i = 0; i < undocumented; i++) lines.push(`def u${i}(): pass`);
  return `${lines.join('\n')}\n`;
}

describe('measureDocstrings', () => {
  it('counts public modules, classes and functions only, and lists the undocumented ones by path and line', () => {
    const result = measureDocstrings([
      { path: 'pkg/b.py', source: 'def later(): pass\ndef _private(): pass\n' },
      { path: 'pkg/a.py', source: '"""A."""\nclass A:\n    def m(self): pass\n    def n(self): "N."\n' },
      { path: 'pkg/__init__.py', source: '# nothing\n' },
    ]);
    expect(result).toMatchObject({ total: 6, documented: 2, percent: 33.33 });
    expect(result.missing.map((e) => `${e.path}:${e.line} ${e.kind} ${e.name}`)).toEqual([
      'pkg/a.py:2 class A',
      'pkg/a.py:3 method A.m',
      'pkg/b.py:1 module b',
      'pkg/b.py:1 function later',
    ]);
    expect(result.syntaxErrors).toEqual([]);
  });

  it('rounds half-even to two decimals, like coverage.py', () => {
    // 1 module + 100 documented of 800: 12.625 exactly, which Python rounds to 12.62.
    expect(measureDocstrings([{ path: 'm.py', source: moduleWith(100, 699) }]).percent).toBe(12.62);
    expect(measureDocstrings([{ path: 'm.py', source: moduleWith(1, 1) }]).percent).toBe(66.67);
  });

  it('never shows an incomplete figure as 100 or a non-zero one as 0', () => {
    // 20,001 of 20,002 is 99.995000...: rounded, 100.00; coverage.py shows 99.99.
    expect(measureDocstrings([{ path: 'm.py', source: moduleWith(20_000, 1) }]).percent).toBe(99.99);
    // 1 of 10,003 is 0.009997...: rounded, 0.00; coverage.py shows 0.01.
    const oneOfMany = measureDocstrings([
      { path: 'm.py', source: `def a(): "D."\n${'def b(): pass\n'.repeat(10_001)}` },
    ]);
    expect(oneOfMany.percent).toBe(0.01);
  });

  it('has no figure when there is nothing public to measure (never 0% or 100%)', () => {
    expect(measureDocstrings([])).toEqual({ total: 0, documented: 0, percent: null, missing: [], syntaxErrors: [] });
    const onlyPrivate = measureDocstrings([
      { path: 'pkg/__init__.py', source: '' },
      { path: 'pkg/_impl.py', source: 'def _helper(): pass\nclass _Hidden:\n    def method(self): pass\n' },
    ]);
    expect(onlyPrivate).toMatchObject({ total: 0, documented: 0, percent: null });
  });

  it('names the file of each syntax error and still counts what could be read', () => {
    const result = measureDocstrings([
      { path: 'z.py', source: '"""Z."""\ndef ok(): "Fine."\n' },
      { path: 'broken.py', source: '"""Broken."""\ndef f(x)\n    return x\ndef g(): "G."\n' },
    ]);
    expect(result.syntaxErrors).toEqual([{ path: 'broken.py', line: 2, column: 9 }]);
    expect(result).toMatchObject({ total: 5, documented: 4 });
    expect(result.missing.map((e) => e.name)).toEqual(['f']);
  });

  it("measures the sample repository's neo4j component as Python's ast sees it", () => {
    // Checked by hand with ast.get_docstring: the four modules with a body and QueryError are
    // documented; the empty __init__.py files and the private _execute are not counted.
    const neo4j = join(SAMPLE, 'src/components/neo4j');
    const files = pythonFiles(neo4j).map((file) => ({
      path: relative(SAMPLE, file),
      source: readFileSync(file, 'utf8'),
    }));
    const result = measureDocstrings(files);
    expect(result).toMatchObject({ total: 20, documented: 5, percent: 25, syntaxErrors: [] });
    expect(result.missing.map((e) => `${e.path.replace(/\\/g, '/')}:${e.line} ${e.name}`)).toEqual([
      'src/components/neo4j/client.py:10 GraphClient',
      'src/components/neo4j/client.py:11 GraphClient.__init__',
      'src/components/neo4j/client.py:20 GraphClient.add_node',
      'src/components/neo4j/client.py:27 GraphClient.connect',
      'src/components/neo4j/client.py:33 GraphClient.neighbours',
      'src/components/neo4j/client.py:42 GraphClient.run',
      'src/components/neo4j/client.py:55 GraphClient.close',
      'src/components/neo4j/client.py:60 GraphClient.describe',
      'src/components/neo4j/persistence/store.py:10 SnapshotStore',
      'src/components/neo4j/persistence/store.py:11 SnapshotStore.__init__',
      'src/components/neo4j/persistence/store.py:14 SnapshotStore.path_for',
      'src/components/neo4j/persistence/store.py:17 SnapshotStore.save',
      'src/components/neo4j/persistence/store.py:27 SnapshotStore.load',
      'src/components/neo4j/utils/retry.py:4 retry',
      'src/components/neo4j/utils/retry.py:16 backoff_schedule',
    ]);
  });
});

function pythonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.py'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
