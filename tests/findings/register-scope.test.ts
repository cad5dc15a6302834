/**
 * One register for a repository of several components: which run applies which entry, and whose
 * advice it is to remove one; a `component:` field checked against the config's ids.
 */
import { compileGlobs } from '../../packages/core/glob.js';
import type { Finding } from '../../packages/findings/finding.js';
import { applyRiskRegister } from '../../packages/findings/apply-register.js';
import { parseRiskRegister } from '../../packages/findings/risk-register.js';
import { entryScope, scopeRegister, type ScopeContext } from '../../packages/findings/register-scope.js';

const FENCE = '```';
const VALID = ['  justification: "fine"', '  owner: "@a"', '  approver: "@b"', '  expires: 2027-01-31'].join('\n');
const entry = (id: string, ...lines: string[]) => `- id: ${id}\n${lines.map((l) => `  ${l}`).join('\n')}\n${VALID}`;
const register = (...entries: string[]) =>
  parseRiskRegister(`# Risks\n\n${FENCE}yaml accepted-risks\n${entries.join('\n')}\n${FENCE}\n`, 'RISKS.md', {
    components: ['accounts', 'billing', 'catalog', 'notifications'],
  });

const area = (id: string, dir: string) => ({
  id,
  paths: [`src/components/${dir}/**`],
  matches: compileGlobs([`src/components/${dir}/**`]),
});
const finding = (path: string, fingerprint: string, rule = 'B101'): Finding => ({
  tool: 'bandit',
  rule,
  level: 'note',
  severity: 'low',
  message: 'm',
  path,
  start: { line: 1 },
  fingerprint,
});

const CTX: ScopeContext = {
  components: [
    area('accounts', 'accounts'),
    area('billing', 'billing'),
    area('catalog', 'catalog'),
    area('notifications', 'notifications'),
  ],
  files: [
    'src/components/accounts/login.py',
    'src/components/billing/invoice.py',
    'src/components/catalog/search.py',
    'src/shared/util.py',
  ],
  findings: [finding('src/components/catalog/search.py', 'c0c0c0c0c0c0c0c0')],
};

describe('the component field', () => {
  it('is read, and checked against the config with a "did you mean"', () => {
    const reg = register(
      entry('A', 'rule: B101', 'path: src/x.py', 'component: billing'),
      entry('B', 'rule: B101', 'path: src/x.py', 'component: biling'),
    );
    expect(reg.entries.map((e) => [e.id, e.component])).toEqual([['A', 'billing']]);
    expect(reg.problems).toEqual([
      expect.objectContaining({
        entryId: 'B',
        field: 'component',
        message: expect.stringMatching(
          /component "biling" is not a component of the config \(did you mean "billing"\? the config's components are accounts, billing/,
        ),
      }),
    ]);
  });
});

describe('entryScope', () => {
  const scope = (...lines: string[]) => entryScope(register(entry('X', ...lines)).entries[0]!, CTX);

  it('a component field wins over the path', () => {
    expect(scope('rule: B101', 'path: src/components/accounts/login.py', 'component: catalog')).toEqual({
      kind: 'component',
      components: ['catalog'],
      because: 'component field',
    });
  });

  it('a file or glob belongs to the components whose paths hold it, even when the file is gone', () => {
    expect(scope('rule: B101', 'path: src/components/accounts/login.py')).toMatchObject({
      components: ['accounts'],
      because: 'path',
    });
    expect(scope('rule: B101', 'path: src/components/accounts/removed.py')).toMatchObject({ components: ['accounts'] });
    expect(scope('rule: B101', 'path: "src/components/billing/**"')).toMatchObject({ components: ['billing'] });
    expect(scope('rule: B101', 'path: "src/components/notifications/*.py"')).toMatchObject({
      components: ['notifications'],
    });
    expect(scope('rule: B101', 'path: "src/components/*/invoice.py"')).toMatchObject({ components: ['billing'] });
    expect(scope('rule: B101', 'path: "src/components/{accounts,catalog}/*.py"')).toMatchObject({
      components: ['accounts', 'catalog'],
    });
  });

  it('a fingerprint belongs where the report has its finding', () => {
    expect(scope('fingerprint: c0c0c0c0c0c0c0c0')).toMatchObject({
      kind: 'component',
      components: ['catalog'],
      because: 'fingerprint',
    });
    expect(scope('fingerprint: dddddddddddddddd')).toMatchObject({ kind: 'repository' });
  });

  it('a dependency, or a file in no component, is repository-wide', () => {
    expect(scope('rule: CVE-2020-14343', 'path: pkg:pyyaml')).toEqual({ kind: 'repository', because: 'a dependency' });
    expect(scope('rule: B101', 'path: src/shared/util.py')).toMatchObject({ kind: 'repository' });
    expect(scope('rule: B101', 'path: "**/*.py"')).toMatchObject({
      kind: 'component',
      components: ['accounts', 'billing', 'catalog'],
    });
  });
});

describe('scopeRegister', () => {
  const reg = register(
    entry('ACC-1', 'rule: B101', 'path: src/components/accounts/login.py'),
    entry('ACC-STALE', 'rule: B101', 'path: src/components/accounts/legacy.py'),
    entry('BIL-1', 'rule: B311', 'path: "src/components/billing/**"'),
    entry('CAT-1', 'fingerprint: c0c0c0c0c0c0c0c0'),
    entry('DEP-1', 'rule: CVE-2020-14343', 'path: pkg:pyyaml'),
    entry('BOTH', 'rule: B101', 'path: "src/components/{accounts,billing}/*.py"'),
  );

  it("applies a component's own and the repository-wide entries, and leaves the others out", () => {
    const s = scopeRegister(reg, 'billing', CTX);
    expect(s.register.entries.map((e) => e.id)).toEqual(['BIL-1', 'DEP-1', 'BOTH']);
    expect([...s.own].map((e) => e.id)).toEqual(['BIL-1']);
    expect(s.shared).toBe(2);
    expect(s.otherComponents.map((o) => `${o.id}:${o.components.join('+')}`)).toEqual([
      'ACC-1:accounts',
      'ACC-STALE:accounts',
      'CAT-1:catalog',
    ]);
  });

  it('so stale advice is given only for the own entries of the run', () => {
    const billingFindings = [finding('src/components/billing/invoice.py', 'b1', 'B311')];
    const s = scopeRegister(reg, 'billing', CTX);
    const outcome = applyRiskRegister(billingFindings, s.register, {
      today: '2026-11-21',
      acceptableSeverities: ['low'],
    });
    expect(outcome.accepted.map((a) => a.entry.id)).toEqual(['BIL-1']);
    expect(outcome.stale.map((e) => e.id)).toEqual(['DEP-1', 'BOTH']);
    expect(outcome.stale.filter((e) => s.own.has(e))).toEqual([]);
    const acc = scopeRegister(reg, 'accounts', CTX);
    const accOutcome = applyRiskRegister([finding('src/components/accounts/login.py', 'a1')], acc.register, {
      today: '2026-11-21',
      acceptableSeverities: ['low'],
    });
    expect(accOutcome.stale.filter((e) => acc.own.has(e)).map((e) => e.id)).toEqual(['ACC-STALE']);
  });

  it('the whole report owns every entry', () => {
    const s = scopeRegister(reg, null, CTX);
    expect(s.own.size).toBe(reg.entries.length);
    expect(s.otherComponents).toEqual([]);
  });
});
