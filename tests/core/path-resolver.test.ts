import { parsePathMap, PathResolver, type CheckoutFiles } from '../../packages/core/path-resolver.js';

function checkout(files: string[]): CheckoutFiles & { listed: number } {
  const set = new Set(files);
  const c = {
    listed: 0,
    exists: (p: string) => set.has(p),
    list: () => {
      c.listed++;
      return files;
    },
  };
  return c;
}

const FILES = [
  'src/components/neo4j/client.py',
  'src/components/neo4j/__init__.py',
  'src/components/redis/client.py',
  'web/src/app.js',
];

describe('PathResolver', () => {
  it('takes checkout-relative paths as they are, without listing the checkout', () => {
    const c = checkout(FILES);
    const r = new PathResolver('/work/repo', c);
    expect(r.resolve('src/components/neo4j/client.py')).toEqual({
      path: 'src/components/neo4j/client.py',
      found: true,
    });
    expect(r.resolve('/work/repo/src/components/redis/client.py')).toEqual({
      path: 'src/components/redis/client.py',
      found: true,
    });
    expect(c.listed).toBe(0);
  });

  it('joins Cobertura <source> roots, and maps another machine’s absolute paths by suffix', () => {
    const r = new PathResolver('/work/repo', checkout(FILES));
    expect(r.resolve('components/neo4j/client.py', ['/home/runner/work/app/app/src'])).toEqual({
      path: 'src/components/neo4j/client.py',
      found: true,
    });
    expect(r.resolve('/home/runner/work/app/app/src/components/redis/client.py')).toEqual({
      path: 'src/components/redis/client.py',
      found: true,
    });
  });

  it('handles an empty <source> with absolute file names, and Windows paths', () => {
    const r = new PathResolver('/work/repo', checkout(FILES));
    expect(r.resolve('/builds/x/src/components/neo4j/__init__.py', [''])).toEqual({
      path: 'src/components/neo4j/__init__.py',
      found: true,
    });
    expect(r.resolve('C:\\agent\\_work\\1\\s\\web\\src\\app.js')).toEqual({ path: 'web/src/app.js', found: true });
  });

  it('finds a path relative to a sub-folder when it is unambiguous', () => {
    const r = new PathResolver('/work/repo', checkout(FILES));
    expect(r.resolve('neo4j/client.py')).toEqual({ path: 'src/components/neo4j/client.py', found: true });
    expect(r.resolve('client.py').found).toBe(false); // two candidates: never guess
  });

  it('applies path-map prefixes first', () => {
    const r = new PathResolver('/work/repo', checkout(FILES), parsePathMap('/opt/app/=src/components/\n'));
    expect(r.resolve('/opt/app/neo4j/client.py')).toEqual({ path: 'src/components/neo4j/client.py', found: true });
  });

  it('returns unmatched names for listing, never drops them', () => {
    const r = new PathResolver('/work/repo', checkout(FILES));
    expect(r.resolve('/elsewhere/vendor/lib.py')).toEqual({ path: '/elsewhere/vendor/lib.py', found: false });
    expect(r.resolve('gone/old.py')).toEqual({ path: 'gone/old.py', found: false });
  });

  it('parses path-map entries and refuses malformed ones', () => {
    expect(parsePathMap('a=b, c/=d/\n\n')).toEqual([
      { from: 'a', to: 'b' },
      { from: 'c/', to: 'd/' },
    ]);
    expect(() => parsePathMap('nonsense')).toThrow(/from=to/);
  });

  it('indexes the checkout once for every resolver over it (one per report): not once per report', () => {
    const c = checkout(FILES);
    for (let i = 0; i < 50; i++) {
      expect(
        new PathResolver('/work/repo', c).resolve(`/home/runner/work/r${i}/src/components/redis/client.py`),
      ).toEqual({ path: 'src/components/redis/client.py', found: true });
    }
    expect(c.listed).toBe(1);
  });

  it('resolves a report whose every file sits under another root (prefixes looked up by the path, not scanned)', () => {
    const many = Array.from({ length: 200 }, (_, i) => `src/m${i}/x.py`);
    const r = new PathResolver('/work/repo', checkout(many));
    for (let i = 0; i < 200; i++)
      expect(r.resolve(`/build${i}/src/m${i}/x.py`)).toEqual({ path: `src/m${i}/x.py`, found: true });
    expect(r.resolve('/build7/src/m7/x.py')).toEqual({ path: 'src/m7/x.py', found: true });
  });
});
