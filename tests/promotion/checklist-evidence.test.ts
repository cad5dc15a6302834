import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checklistEvidence } from '../../actions/promotion-report/checklist-evidence.js';
import { evaluatePromotion, type PromotionModel } from '../../actions/promotion-report/promotion.js';
import { SEED_POLICY } from '../../packages/core/config/defaults.js';
import { buildGateResult } from '../../packages/core/result/build-result.js';
import type { Criterion, GateResult, Status } from '../../packages/core/result/gate-result.js';
import { readRunContext } from '../../packages/github/run-context.js';
import type { CandidateResult } from '../../packages/promotion/read-results.js';
import { PROMOTION_CRITERIA } from '../../packages/promotion/issue-form.js';
import { applyPromotion } from '../../packages/promotion/maturity-update.js';
import { REPO } from '../support/fixtures.js';

const CONTEXT = readRunContext({ GITHUB_SHA: 'c0ffee1', GITHUB_REPOSITORY: 'tta/demo', GITHUB_EVENT_NAME: 'issues' });

function criterion(id: string, status: Status, measured: number | null = null): Criterion {
  return { id, title: id, status, measured, bar: null, comparator: null, unit: '', evidence: [] };
}

function result(
  gate: string,
  criteria: Criterion[],
  createdAt: string,
  testKind?: GateResult['testKind'],
): CandidateResult {
  const r = buildGateResult({
    gate,
    component: 'narrative-engine',
    current: 'staging',
    target: 'production',
    criteria,
    summary: '',
    data: {},
    context: CONTEXT,
    now: new Date(createdAt),
    ...(testKind ? { testKind } : {}),
  });
  return { file: `${gate}-${testKind ?? 'all'}.json`, result: r, freshness: 'fresh' };
}

function model(): PromotionModel {
  const byGate = new Map([
    [
      'coverage-gate',
      [
        // Newest first, as selectResults orders them: the E2E run's coverage is not the one the template asks for.
        result('coverage-gate', [criterion('coverage.total', 'pass', 61.2)], '2026-11-20T10:00:00Z', 'e2e'),
        result(
          'coverage-gate',
          [criterion('coverage.total', 'pass', 84.37), criterion('tests.integration', 'pass')],
          '2026-11-20T09:00:00Z',
          'integration',
        ),
      ],
    ],
    [
      'quality-gate',
      [
        result(
          'quality-gate',
          [
            'lint.errors',
            'types.errors',
            'evidence.user-guide',
            'evidence.api-reference',
            'evidence.troubleshooting',
            'evidence.rollback',
          ].map((id) => criterion(id, 'pass')),
          '2026-11-20T09:00:00Z',
        ),
      ],
    ],
    [
      'security-gate',
      [
        result(
          'security-gate',
          [
            criterion('security.critical', 'pass'),
            criterion('security.high', 'pass'),
            criterion('security.medium', 'pass'),
            criterion('security.dependency-audit', 'pass'),
          ],
          '2026-11-20T09:00:00Z',
        ),
      ],
    ],
    [
      'uptime-check',
      [
        result(
          'uptime-check',
          [
            criterion('uptime.window', 'pass'),
            criterion('monitoring.health', 'pass'),
            criterion('monitoring.metrics', 'pass'),
            criterion('monitoring.alerts', 'fail'),
          ],
          '2026-11-20T09:00:00Z',
        ),
      ],
    ],
  ]);
  return {
    component: { id: 'narrative-engine', name: 'Narrative Engine' },
    current: 'staging',
    target: 'production',
    results: { byGate, setAside: [] },
    notApplicable: {
      e2e: 'no user journeys: a library',
      'load-test': 'batch job',
      'secret-scan': 'scanned organisation-wide',
    },
    requestCommit: 'c0ffee1',
    dependencies: { dependencies: [], cycles: [] },
    blockers: [],
    daysInStaging: 9,
    approval: { by: 'maintainer', permission: 'admin' },
    checks: [
      ...PROMOTION_CRITERIA['staging-production'].map((label) => ({
        section: 'staging-production' as const,
        label,
        checked: !label.startsWith('Performance'),
      })),
      { section: 'dev-staging', label: 'Core features complete (80%+ of planned functionality)', checked: true },
    ],
    requester: 'requester',
    policy: SEED_POLICY.production,
    runUrl: null,
  };
}

describe('checklistEvidence (promotion-report → MATURITY.md checklist)', () => {
  it('passes the scorecard\u2019s passed and failed ids, the config\u2019s not-applicable reasons, the target section\u2019s ticked boxes and the integration coverage', () => {
    const m = model();
    const e = checklistEvidence(m, evaluatePromotion(m));
    expect([...e.passed]).toEqual(
      expect.arrayContaining([
        'tests.integration',
        'coverage.total',
        'uptime.window',
        'staging.days',
        'dependencies.stages',
        'monitoring.metrics',
        'security.dependency-audit',
      ]),
    );
    expect(e.passed.has('monitoring.alerts')).toBe(false);
    expect([...e.failed!]).toEqual(expect.arrayContaining(['monitoring.alerts']));
    expect([...e.passed].some((id) => id.startsWith('declared.'))).toBe(false);
    // The scorecard's not-applicable rows are the config's reasons, not criteria that failed.
    expect([...e.failed!].some((id) => id.endsWith('load.') || id.endsWith('secret-scan'))).toBe(false);
    expect([...e.notApplicable]).toEqual([
      ['e2e', 'no user journeys: a library'],
      ['load-test', 'batch job'],
      ['secret-scan', 'scanned organisation-wide'],
    ]);
    expect(e.declared).toEqual(PROMOTION_CRITERIA['staging-production'].filter((l) => !l.startsWith('Performance')));
    expect(e.coverage).toBe(84.37);
  });

  it('ticks what the scorecard verified in the template\u2019s Staging → Production checklist', () => {
    const m = model();
    const template = readFileSync(join(REPO, 'tests', 'fixtures', 'maturity', 'template.md'), 'utf8').replace(
      '**Current Stage**: Development',
      '**Current Stage**: Staging',
    );
    const evidence = checklistEvidence(m, evaluatePromotion(m));
    const { markdown } = applyPromotion(
      template,
      { from: 'staging', to: 'production', date: '2026-11-21', evidence },
      'MATURITY.md',
    );
    const prod = markdown.slice(
      markdown.indexOf('### Staging → Production'),
      markdown.indexOf('**Blockers**', markdown.indexOf('### Staging → Production')),
    );
    expect(prod).toBe(`### Staging → Production

- [x] Integration tests passing (≥80% coverage)
- [x] Performance validated (meets defined SLAs)
- [x] Security review completed, no critical vulnerabilities
- [x] 7-day uptime in staging ≥99.5%
- [x] Complete user documentation, API reference, troubleshooting guide
- [ ] Health checks, metrics, alerts configured
- [x] Rollback procedure documented and tested
- [x] Handles expected production load (if applicable)

**Status**: 7/8 criteria met

**Current Coverage**: 84.37%

`);
  });
});
