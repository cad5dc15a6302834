/** One verdict per component from the run's results; a missing result is an error, never a pass. */
import {
  combineResults,
  renderPullRequestComment,
  renderRunSummary,
  reportFailure,
} from '../../actions/planner/pr-report.js';
import { buildGateResult } from '../../packages/core/result/build-result.js';
import type { Criterion } from '../../packages/core/result/gate-result.js';
import { readRunContext } from '../../packages/github/run-context.js';
import { plan } from '../../actions/planner/planner.js';
import { SEED_POLICY } from '../../packages/core/config/defaults.js';
import { defaultComponent } from '../../packages/core/config/load-config.js';

const crit = (id: string, status: Criterion['status'], enforced?: false): Criterion => ({
  id,
  title: id,
  status,
  measured: status === 'pass' ? 0 : 2,
  bar: 0,
  comparator: '<=',
  unit: 'findings',
  evidence: [],
  ...(enforced === false ? { enforced } : {}),
});

const result = (gate: string, component: string, criteria: Criterion[]) =>
  buildGateResult({
    gate,
    component,
    current: 'development',
    target: 'staging',
    criteria,
    summary: '',
    data: {},
    context: readRunContext({}),
    now: new Date(0),
    scope: 'change',
  });

describe('the run report', () => {
  const planned = [
    { id: 'model-management', name: 'Model Management' },
    { id: 'narrative-coherence', name: 'Narrative Coherence' },
  ];

  it('passes a component whose judged criteria pass, whatever its progress', () => {
    const report = combineResults(
      planned,
      ['coverage-gate', 'quality-gate'],
      [
        result('coverage-gate', 'model-management', [
          crit('coverage.diff', 'pass'),
          crit('coverage.total', 'fail', false),
        ]),
        result('quality-gate', 'model-management', [crit('lint.new-errors', 'pass')]),
        result('coverage-gate', 'narrative-coherence', [crit('tests.new-failures', 'fail')]),
      ],
      [],
    );
    const [mm, nc] = report.components;
    expect(mm).toMatchObject({ status: 'pass', missing: [] });
    expect(mm!.progress.map((c) => c.id)).toEqual(['coverage.total']);
    expect(nc).toMatchObject({ status: 'error', missing: ['quality-gate'] });
    expect(report.status).toBe('error');
    expect(reportFailure(report)).toBe(
      'narrative-coherence: no quality-gate result; tests.new-failures: 2 findings, over the bar ≤ 0 findings',
    );
  });

  it('writes one comment with a section per component and the criteria that fell short', () => {
    const report = combineResults(
      planned,
      ['quality-gate'],
      [
        result('quality-gate', 'model-management', [
          crit('lint.new-errors', 'fail'),
          crit('lint.errors', 'fail', false),
        ]),
        result('quality-gate', 'narrative-coherence', [crit('lint.new-errors', 'pass')]),
      ],
      [],
    );
    const comment = renderPullRequestComment(report, 'https://github.com/o/r/actions/runs/1', 65000);
    expect(comment).toMatch(/falls short for 1 of 2 component\(s\)/);
    expect(comment).toMatch(/<code>model-management<\/code> Model Management: this change falls short/);
    expect(comment).toMatch(/Quality gate · lint.new-errors: 2 findings/);
    expect(comment).toMatch(/Toward Staging, not enforced: lint.errors 2 findings/);
    expect(comment.indexOf('model-management</code> Model Management: this')).toBeLessThan(
      comment.indexOf('narrative-coherence</code> Narrative Coherence: this'),
    );
    expect(renderRunSummary(report, 1_000_000)).toMatch(/Progress toward Staging/);
  });
});

describe('plan of one component', () => {
  it('plans the named component with its next stage, or the stage asked for', () => {
    const pe = { ...defaultComponent('player-experience', ['src/pe/**']), notApplicable: { 'load-test': 'batch job' } };
    const stages = new Map([['player-experience', { stage: 'staging' as const }]]);
    const policy = { staging: SEED_POLICY.staging, production: SEED_POLICY.production };
    const p = plan({
      components: [pe],
      files: ['src/pe/a.py'],
      stages,
      changed: null,
      policy,
      only: 'player-experience',
    });
    expect(p.include).toEqual([
      expect.objectContaining({
        component: 'player-experience',
        current: 'staging',
        target: 'production',
        reason: 'requested',
        e2e: true,
        'load-test': false,
        health: false,
      }),
    ]);
    const again = plan({
      components: [pe],
      files: ['src/pe/a.py'],
      stages,
      changed: null,
      policy,
      only: 'player-experience',
      target: 'staging',
    });
    expect(again.include[0]!.target).toBe('staging');
  });
});
