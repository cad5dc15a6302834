/** Fingerprints survive line shifts and re-indentation; identical lines stay distinct; baselines match as multisets. */
import { compareWithBaseline } from '../../packages/findings/baseline.js';
import type { Finding } from '../../packages/findings/finding.js';
import { fingerprintFindings, type LineText } from '../../packages/findings/fingerprint.js';
import { locateFindings } from '../../packages/findings/locate.js';

const textOf =
  (files: Record<string, string>): LineText =>
  (path, line) =>
    files[path]?.split('\n')[line - 1];

const finding = (line: number, rule = 'F401', path = 'a.py', message = '`os` imported but unused'): Finding => ({
  tool: 'ruff',
  rule,
  level: 'error',
  message,
  path,
  start: { line, column: 8 },
});

describe('fingerprintFindings', () => {
  const before = 'import os\n\ndef f():\n    import os\n    return 1\n';
  const after = '"""Doc."""\n\n\nimport os\n\ndef f():\n        import os\n        return 1\n';

  it('is unchanged when lines move and indentation changes', () => {
    const a = fingerprintFindings([finding(1), finding(4)], textOf({ 'a.py': before }));
    const b = fingerprintFindings([finding(4), finding(7)], textOf({ 'a.py': after }));
    expect(b.map((f) => f.fingerprint)).toEqual(a.map((f) => f.fingerprint));
  });

  it('gives identical lines distinct fingerprints by their order in the file', () => {
    const [x, y] = fingerprintFindings([finding(4), finding(1)], textOf({ 'a.py': before }));
    expect(x!.fingerprint).not.toBe(y!.fingerprint);
    expect(x!.fingerprint).toMatch(/^[0-9a-f]{16}$/);
  });

  it('changes when the line itself, the rule or the file changes', () => {
    const base = fingerprintFindings([finding(1)], textOf({ 'a.py': before }))[0]!.fingerprint;
    expect(fingerprintFindings([finding(1)], textOf({ 'a.py': 'import os, sys\n' }))[0]!.fingerprint).not.toBe(base);
    expect(fingerprintFindings([finding(1, 'E401')], textOf({ 'a.py': before }))[0]!.fingerprint).not.toBe(base);
    expect(fingerprintFindings([finding(1, 'F401', 'b.py')], textOf({ 'b.py': before }))[0]!.fingerprint).not.toBe(
      base,
    );
  });

  it('falls back to the message when the line text is unknown', () => {
    const [f] = fingerprintFindings([finding(99)], textOf({}));
    const [g] = fingerprintFindings([finding(3)], textOf({}));
    expect(f!.fingerprint).toBe(g!.fingerprint);
  });
});

describe('compareWithBaseline', () => {
  it('excuses as many findings as the baseline has, no more', () => {
    const text = textOf({ 'a.py': 'import os\nimport os\nimport os\n' });
    const old = fingerprintFindings([finding(1), finding(2)], text);
    const now = fingerprintFindings([finding(1), finding(2), finding(3)], text);
    const r = compareWithBaseline(
      now,
      old.map((f) => f.fingerprint!),
    );
    expect(r.existing).toHaveLength(2);
    expect(r.introduced).toHaveLength(1);
    expect(r.fixed).toBe(0);
  });

  it('counts baseline findings that are gone as fixed', () => {
    const r = compareWithBaseline([], ['aaaa', 'bbbb']);
    expect(r).toEqual({ introduced: [], existing: [], fixed: 2 });
  });
});

describe('locateFindings', () => {
  it('maps names once, scopes to the component and lists names that match nothing', () => {
    const calls: string[] = [];
    const resolve = (raw: string) => {
      calls.push(raw);
      if (raw.startsWith('/ci/')) return { path: raw.slice(4), found: true };
      return { path: raw, found: false };
    };
    const r = locateFindings(
      [
        finding(1, 'F401', '/ci/src/x.py'),
        finding(2, 'F401', '/ci/src/x.py'),
        finding(1, 'F401', '/ci/lib/y.py'),
        finding(1, 'F401', 'gone.py'),
        { ...finding(1), path: null },
      ],
      resolve,
      (p) => p.startsWith('src/'),
    );
    expect(calls).toEqual(['/ci/src/x.py', '/ci/lib/y.py', 'gone.py']);
    expect(r.inScope.map((f) => f.path)).toEqual(['src/x.py', 'src/x.py', null]);
    expect(r.outOfScope).toBe(1);
    expect(r.unmatched).toEqual([{ path: 'gone.py', findings: 1 }]);
  });
});
