/** security-gate's evaluation: severity bars, assumed severities, the register, patch deadlines, tool errors, first-seen history. */
import { emptyStore, parseStore, updateStore } from '../../actions/security-gate/first-seen.js';
import { evaluateSecurity, type SecurityGateModel } from '../../actions/security-gate/security-gate.js';
import { failureMessage } from '../../actions/security-gate/render.js';
import { SEED_POLICY } from '../../packages/core/config/defaults.js';
import { buildGateResult } from '../../packages/core/result/build-result.js';
import type { Finding } from '../../packages/findings/finding.js';
import { applyRiskRegister } from '../../packages/findings/apply-register.js';
import { parseRiskRegister } from '../../packages/findings/risk-register.js';
import { readRunContext } from '../../packages/github/run-context.js';

const NOW = new Date('2026-11-21T12:00:00Z');

const f = (
  rule: string,
  severity: Finding['severity'],
  fingerprint: string,
  extra: Partial<Finding> = {},
): Finding => ({
  tool: 'bandit',
  rule,
  level: 'warning',
  severity,
  message: `${rule} issue`,
  path: 'src/vault/store.py',
  start: { line: 3 },
  fingerprint,
  ...extra,
});

const REGISTER = [
  '# Accepted risks',
  '',
  '```yaml accepted-risks',
  '- id: AR-1',
  '  rule: B101',
  '  path: src/vault/**',
  '  justification: developer invariant',
  '  owner: "@a"',
  '  approver: "@b"',
  '  expires: 2027-01-31',
  '- id: AR-2',
  '  rule: B311',
  '  path: src/vault/store.py',
  '  justification: not for crypto',
  '  owner: "@a"',
  '  approver: "@b"',
  '  expires: 2026-10-01',
  '```',
].join('\n');

function model(findings: Finding[], over: Partial<SecurityGateModel> = {}): SecurityGateModel {
  const register = over.register === undefined ? parseRiskRegister(REGISTER, 'RISKS.md') : over.register;
  return {
    reports: [{ kind: 'bandit', file: 'bandit.json', report: { tool: 'bandit', file: 'bandit.json', findings } }],
    findings,
    outOfScope: 0,
    unattributed: [],
    register,
    registerOutcome: applyRiskRegister(findings, register ?? { file: '', entries: [], problems: [] }, {
      today: '2026-11-21',
      acceptableSeverities: ['low'],
    }),
    firstSeen: Object.fromEntries(findings.map((x) => [x.fingerprint!, NOW.toISOString()])),
    registerScope: null,
    firstSeenSource: 'the baseline',
    policy: SEED_POLICY.production,
    target: 'staging',
    notApplicable: {},
    change: null,
    now: NOW,
    ...over,
  };
}

const byId = (ev: ReturnType<typeof evaluateSecurity>, id: string) => ev.criteria.find((c) => c.id === id);

describe('evaluateSecurity', () => {
  it('passes when every low finding is accepted and nothing else is open', () => {
    const ev = evaluateSecurity(model([f('B101', 'low', 'a')]));
    expect(ev.accepted).toBe(1);
    expect(ev.criteria.every((c) => c.status === 'pass')).toBe(true);
  });

  it('counts a finding without a severity as high, and says it is assumed', () => {
    const dep: Finding = {
      tool: 'pip-audit',
      rule: 'PYSEC-1',
      level: 'error',
      message: 'm',
      path: null,
      pkg: { name: 'pyyaml', version: '5.3.1' },
      severity: 'high',
      severityAssumed: true,
      fingerprint: 'p',
    };
    const ev = evaluateSecurity(model([dep]));
    expect(byId(ev, 'security.high')).toMatchObject({
      status: 'fail',
      measured: 1,
      gap: 1,
      detail: 'first: pip-audit PYSEC-1 at pyyaml 5.3.1',
    });
    expect(ev.assumedSeverity).toBe(1);
  });

  it('fails on an expired entry that still matches, and leaves its finding open', () => {
    const ev = evaluateSecurity(model([f('B311', 'low', 'r')]));
    expect(byId(ev, 'security.accepted-risks-current')).toMatchObject({
      status: 'fail',
      measured: 1,
      detail: 'expired: AR-2 (2026-10-01)',
    });
    expect(byId(ev, 'security.low-documented')).toMatchObject({ status: 'fail', measured: 1 });
  });

  it('fails a finding past its patch deadline even where the counts pass', () => {
    const policy = {
      ...SEED_POLICY.production,
      security: { ...SEED_POLICY.production.security, max: { critical: 0, high: 5, medium: 0, low: null } },
    };
    const old = new Date(NOW.getTime() - 8 * 24 * 3600_000).toISOString();
    const ev = evaluateSecurity(model([f('B602', 'high', 'h')], { policy, firstSeen: { h: old } }));
    expect(byId(ev, 'security.high')).toMatchObject({ status: 'pass', measured: 1 });
    expect(byId(ev, 'security.patch-deadlines')).toMatchObject({ status: 'fail', measured: 1 });
    expect(ev.overdue[0]).toMatchObject({ deadlineHours: 168, overdueHours: 24 });
  });

  it('makes the tool\u2019s own errors an error, and no report no data', () => {
    const findings: Finding[] = [];
    const m = model(findings);
    m.reports[0]!.report.toolErrors = [
      { path: 'src/vault/broken.py', message: 'syntax error while parsing AST from file' },
    ];
    expect(byId(evaluateSecurity(m), 'security.scan-complete')).toMatchObject({ status: 'error' });
    const none = evaluateSecurity(model([], { reports: [] }));
    expect(byId(none, 'security.critical')).toMatchObject({ status: 'no-data' });
  });

  it('says what fell short and what to do', () => {
    const ev = evaluateSecurity(model([f('B602', 'high', 'h'), f('B311', 'low', 'r')]));
    const result = buildGateResult({
      gate: 'security-gate',
      component: 'vault',
      current: 'staging',
      target: 'production',
      criteria: ev.criteria,
      summary: '',
      data: {},
      context: readRunContext({}),
      now: NOW,
    });
    expect(failureMessage(result, ev, 'vault', 'production')).toMatch(
      /^vault does not meet the Production security bars: High findings not accepted: 1 finding, 1 finding over the bar ≤ 0 findings; .*Accepted risks current \(none expired\): 1 entry, 1 entry over .*To pass, fix the findings/,
    );
  });
});

describe('first-seen store', () => {
  it('keeps dates of findings still open, dates new ones now, and drops fixed ones', () => {
    const prev = {
      version: 1 as const,
      firstSeen: { a: '2026-01-01T00:00:00.000Z', gone: '2026-01-02T00:00:00.000Z' },
    };
    expect(updateStore(prev, ['a', 'b'], NOW).firstSeen).toEqual({
      a: '2026-01-01T00:00:00.000Z',
      b: NOW.toISOString(),
    });
  });

  it('reports an unusable file and starts over', () => {
    expect(parseStore('{"nope": 1}')).toEqual({
      store: emptyStore(),
      problem: expect.stringMatching(/not a maturity-actions history file/),
    });
    expect(parseStore('{').problem).toMatch(/not valid JSON/);
  });
});
