/** What a change introduces: by the baseline's fingerprints, else by the changed lines, else everything, saying which. */
import type { ChangedLines } from '../../packages/diff/changed-lines.js';
import type { Finding } from '../../packages/findings/finding.js';
import { introducedFindings } from '../../packages/findings/introduced.js';

const at = (path: string, line: number, fingerprint: string, extra: Partial<Finding> = {}): Finding => ({
  tool: 'bandit',
  rule: 'B602',
  level: 'error',
  severity: 'high',
  message: 'subprocess call with shell=True',
  path,
  start: { line },
  fingerprint,
  ...extra,
});

const changed = (files: Record<string, number[]>, unknown: string[] = []): ChangedLines => ({
  source: 'git',
  files: new Map(Object.entries(files).map(([p, lines]) => [p, new Set(lines)])),
  unknown,
  truncated: false,
});

describe('introducedFindings', () => {
  const old = at('src/a.py', 10, 'f-old');
  const moved = at('src/a.py', 14, 'f-old'); // the same finding, four lines lower
  const added = at('src/a.py', 3, 'f-new');

  it('with a baseline: what the baseline does not have, line shifts and all', () => {
    const r = introducedFindings([moved, added], { fingerprints: ['f-old'] }, changed({ 'src/a.py': [14] }));
    expect(r).toEqual({ introduced: [added], basis: 'baseline', note: null });
  });

  it("with the changed lines unknown or cut short and no baseline: every finding may be the change's (basis unknown), with what to do", () => {
    const r = introducedFindings([old, added], null, { source: 'unknown', reason: 'the API failed' });
    expect(r).toMatchObject({
      introduced: [old, added],
      basis: 'unknown',
      note: expect.stringMatching(/the changed lines are not known \(the API failed\).*fetch-depth: 0/),
    });
    expect(introducedFindings([old], null, { ...changed({ 'src/a.py': [10] }), truncated: true }).basis).toBe(
      'unknown',
    );
    expect(introducedFindings([old], { fingerprints: ['f-old'] }, { source: 'unknown', reason: 'x' }).basis).toBe(
      'baseline',
    );
  });

  it('matches the baseline as a multiset: two copies excuse two, not three', () => {
    const twins = [at('a.py', 1, 'x'), at('a.py', 2, 'x'), at('a.py', 3, 'x')];
    expect(introducedFindings(twins, { fingerprints: ['x', 'x'] }, null).introduced).toEqual([twins[2]]);
  });

  it('an empty baseline is still a baseline: everything is new, and that is measured, not assumed', () => {
    expect(introducedFindings([old], { fingerprints: [] }, null)).toMatchObject({
      introduced: [old],
      basis: 'baseline',
    });
  });

  it('without a baseline: findings on changed lines, and says so', () => {
    const span = at('src/b.py', 5, 's', { end: { line: 8 } });
    const r = introducedFindings([old, added, span], null, changed({ 'src/a.py': [3, 4], 'src/b.py': [7] }));
    expect(r.introduced).toEqual([added, span]);
    expect(r.basis).toBe('changed-lines');
    expect(r.note).toMatch(
      /no baseline: a finding counts as introduced when it is on a line this pull request changed \(from git diff/,
    );
  });

  it('counts files whose changed lines are unknown whole, and file-level findings when their file changed', () => {
    const inUnknown = at('big.py', 900, 'u');
    const fileLevel: Finding = { ...at('src/a.py', 1, 'fl'), start: undefined };
    const untouchedFile: Finding = { ...at('src/c.py', 1, 'fc'), start: undefined };
    const r = introducedFindings(
      [inUnknown, fileLevel, untouchedFile],
      null,
      changed({ 'src/a.py': [99] }, ['big.py']),
    );
    expect(r.introduced).toEqual([inUnknown, fileLevel]);
    expect(r.note).toContain('1 changed file(s) have no line information');
  });

  it('places dependency findings on their manifest, or on any dependency manifest the change touches', () => {
    const dep: Finding = {
      tool: 'pip-audit',
      rule: 'PYSEC-1',
      level: 'error',
      message: 'm',
      path: null,
      pkg: { name: 'pyyaml', version: '5.3.1' },
      fingerprint: 'd',
    };
    const located: Finding = { ...dep, pkg: { name: 'requests', manifest: 'svc/requirements.txt' }, fingerprint: 'e' };
    expect(introducedFindings([dep, located], null, changed({ 'src/a.py': [1] })).introduced).toEqual([]);
    expect(introducedFindings([dep, located], null, changed({ 'requirements-dev.txt': [2] })).introduced).toEqual([
      dep,
    ]);
    expect(introducedFindings([dep, located], null, changed({ 'svc/requirements.txt': [2] })).introduced).toEqual([
      dep,
      located,
    ]);
  });

  it('with neither: every finding, and says so', () => {
    const r = introducedFindings([old, added], null, null);
    expect(r.introduced).toEqual([old, added]);
    expect(r.basis).toBe('all');
    expect(r.note).toMatch(/every finding in scope counts as introduced/);
  });
});
