/** A security-gate model for the pure tests: findings, a register, a policy; everything else neutral. */
import type { SecurityGateModel, SecurityReportRun } from '../../actions/security-gate/security-gate.js';
import { SEED_POLICY } from '../../packages/core/config/defaults.js';
import type { Finding } from '../../packages/findings/finding.js';
import { applyRiskRegister } from '../../packages/findings/apply-register.js';
import { type RiskRegister } from '../../packages/findings/risk-register.js';

export const NOW = new Date('2026-11-21T12:00:00Z');

export const bandit = (
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

export const banditRun = (findings: Finding[]): SecurityReportRun => ({
  kind: 'bandit',
  file: 'bandit.json',
  report: { tool: 'bandit', file: 'bandit.json', findings },
});

export function securityModel(
  findings: Finding[],
  over: Partial<SecurityGateModel> & { registerFile?: RiskRegister | null } = {},
): SecurityGateModel {
  const { registerFile = null, ...rest } = over;
  const now = rest.now ?? NOW;
  return {
    reports: [banditRun(findings)],
    findings,
    outOfScope: 0,
    unattributed: [],
    register: registerFile,
    registerOutcome: applyRiskRegister(findings, registerFile ?? { file: '', entries: [], problems: [] }, {
      today: now.toISOString().slice(0, 10),
      acceptableSeverities: ['low'],
    }),
    registerScope: null,
    firstSeen: Object.fromEntries(findings.map((x) => [x.fingerprint!, now.toISOString()])),
    firstSeenSource: null,
    policy: SEED_POLICY.staging,
    target: 'staging',
    notApplicable: {},
    change: null,
    now,
    ...rest,
  };
}
