/**
 * The Production audit is more than bandit (a dependency audit and a secret scan, each read,
 * missing = no-data, or not applicable with the config's reason), and a component run never
 * passes on findings it cannot place.
 */
import { AUDIT_CHECKS } from '../../actions/security-gate/audit-criteria.js';
import { failureMessage, renderSummary } from '../../actions/security-gate/render.js';
import { resultData } from '../../actions/security-gate/security-gate-result.js';
import { evaluateSecurity, type SecurityReportRun } from '../../actions/security-gate/security-gate.js';
import { SEED_POLICY } from '../../packages/core/config/defaults.js';
import { buildGateResult } from '../../packages/core/result/build-result.js';
import type { Finding } from '../../packages/findings/finding.js';
import { readRunContext } from '../../packages/github/run-context.js';
import { bandit, banditRun, NOW, securityModel } from './support.js';

const pipAudit: SecurityReportRun = {
  kind: 'pip-audit',
  file: 'pip-audit.json',
  report: { tool: 'pip-audit', file: 'pip-audit.json', findings: [] },
};
const gitleaks: SecurityReportRun = {
  kind: 'secrets',
  file: 'gitleaks.json',
  report: { tool: 'gitleaks', file: 'gitleaks.json', findings: [] },
};
const production = { policy: SEED_POLICY.production, target: 'production' as const };
const byId = (ev: ReturnType<typeof evaluateSecurity>, id: string) => ev.criteria.find((c) => c.id === id);

function render(m: ReturnType<typeof securityModel>) {
  const ev = evaluateSecurity(m);
  const result = buildGateResult({
    gate: 'security-gate',
    component: 'vault',
    current: 'staging',
    target: m.target,
    criteria: ev.criteria,
    summary: '',
    data: resultData(ev, m),
    context: readRunContext({}),
    now: NOW,
  });
  return {
    ev,
    result,
    summary: renderSummary({ result, ev, model: m, warnings: [], runUrl: null, sarifFile: null }, 1_000_000),
  };
}

describe('the Production security audit', () => {
  it('bandit alone is not an audit: the dependency audit and the secret scan are no-data, with what to run', () => {
    const { ev, result, summary } = render(securityModel([], production));
    expect(byId(ev, 'security.dependency-audit')).toMatchObject({
      status: 'no-data',
      measured: null,
      detail:
        'no dependency audit report was given: run pip-audit -r requirements.txt -f json -o pip-audit.json (input pip-audit-report) or safety check --json > safety.json (input safety-report)',
    });
    expect(byId(ev, 'security.secret-scan')).toMatchObject({
      status: 'no-data',
      detail: expect.stringContaining('detect-secrets scan > .secrets.baseline (input secrets-report)'),
    });
    expect(result.status).toBe('no-data');
    expect(summary).toContain('### Production security audit');
    expect(summary).toContain(
      '**missing**: run <code>pip-audit -r requirements.txt -f json -o pip-audit.json</code> → input <code>pip-audit-report</code>',
    );
    expect(failureMessage(result, ev, 'vault', 'production')).toMatch(
      /^vault could not be checked: no dependency audit \(pip-audit or safety\); no secret scan \(detect-secrets or gitleaks\)\. To pass, add a dependency audit: `pip-audit/,
    );
  });

  it('passes each when its report was read', () => {
    const ev = evaluateSecurity(securityModel([], { ...production, reports: [banditRun([]), pipAudit, gitleaks] }));
    expect(byId(ev, 'security.dependency-audit')).toMatchObject({
      status: 'pass',
      measured: 'present',
      evidence: [{ file: 'pip-audit.json', tool: 'pip-audit' }],
    });
    expect(byId(ev, 'security.secret-scan')).toMatchObject({
      status: 'pass',
      detail: 'gitleaks: 1 report(s) read, 0 finding(s) (judged with the others above)',
    });
  });

  it('is left out where the config says it does not apply, and the summary and result data say why', () => {
    const m = securityModel([], {
      ...production,
      reports: [banditRun([]), pipAudit],
      notApplicable: { 'secret-scan': 'no credentials: the component reads only public data' },
    });
    const { ev, result, summary } = render(m);
    expect(byId(ev, 'security.secret-scan')).toBeUndefined();
    expect(result.status).toBe('pass');
    expect(result.data.notApplicable).toEqual([
      { id: 'security.secret-scan', reason: 'no credentials: the component reads only public data' },
    ]);
    expect(summary).toContain(
      '➖ | Secret scan (detect-secrets or gitleaks) | not applicable: no credentials: the component reads only public data <sub>(<code>components.vault.not-applicable.secret-scan</code> in the config)</sub>',
    );
  });

  it('is a Production criterion: Staging asks for bandit only', () => {
    const ev = evaluateSecurity(securityModel([]));
    expect(ev.criteria.map((c) => c.id).filter((id) => AUDIT_CHECKS.some((a) => a.id === id))).toEqual([]);
  });
});

describe('findings on files the checkout does not have (a component run)', () => {
  const vendored = (severity: Finding['severity']): Finding =>
    bandit('B602', severity, `v-${severity}`, { path: '/app/vendor/x.py' });

  it('fail security.unattributed when one is of a severity the stage limits, with the fix', () => {
    const { ev, summary } = render(securityModel([], { unattributed: [vendored('high'), vendored('low')] }));
    expect(byId(ev, 'security.high')).toMatchObject({ status: 'pass', measured: 0 });
    expect(byId(ev, 'security.unattributed')).toMatchObject({
      status: 'fail',
      measured: 1,
      detail: expect.stringMatching(
        /^2 finding\(s\) on 1 file\(s\) that match nothing in the checkout \(\/app\/vendor\/x\.py\); 1 of a severity the stage limits may be this component's: map the report's paths onto the checkout with `path-map`/,
      ),
    });
    expect(summary).toContain('### Findings on files the checkout does not have (2)');
  });

  it('are listed but pass when none is of a limited severity (low has no count bar by default)', () => {
    const ev = evaluateSecurity(securityModel([], { unattributed: [vendored('low')] }));
    expect(byId(ev, 'security.unattributed')).toMatchObject({ status: 'pass', measured: 0 });
    const strictLow = {
      ...SEED_POLICY.staging,
      security: { ...SEED_POLICY.staging.security, max: { ...SEED_POLICY.staging.security.max, low: 3 } },
    };
    expect(
      byId(
        evaluateSecurity(securityModel([], { unattributed: [vendored('low')], policy: strictLow })),
        'security.unattributed',
      ),
    ).toMatchObject({ status: 'fail' });
  });
});
