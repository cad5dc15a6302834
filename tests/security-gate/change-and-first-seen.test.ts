/**
 * A pull request is judged on what it introduces (the rest is progress), and first-seen dates
 * travel from result to result through the `baseline`, so patch deadlines count from the run
 * that first saw a finding.
 */
import type { ChangeView } from '../../actions/security-gate/change-criteria.js';
import { carryFirstSeen, fingerprintsOfResult, firstSeenOfResult } from '../../actions/security-gate/first-seen.js';
import { failureMessage, renderSummary } from '../../actions/security-gate/render.js';
import { resultData } from '../../actions/security-gate/security-gate-result.js';
import { evaluateSecurity, type SecurityGateModel } from '../../actions/security-gate/security-gate.js';
import { SEED_POLICY } from '../../packages/core/config/defaults.js';
import { buildGateResult } from '../../packages/core/result/build-result.js';
import type { GateResult } from '../../packages/core/result/gate-result.js';
import { gateResultSchema } from '../../packages/core/result/gate-result-schema.js';
import type { Finding } from '../../packages/findings/finding.js';
import { introducedFindings } from '../../packages/findings/introduced.js';
import { readRunContext } from '../../packages/github/run-context.js';
import { bandit, NOW, securityModel } from './support.js';

const byId = (criteria: GateResult['criteria'], id: string) => criteria.find((c) => c.id === id);

function change(
  findings: Finding[],
  baselineFingerprints: string[] | null,
  over: Partial<ChangeView> = {},
): ChangeView {
  const r = introducedFindings(findings, baselineFingerprints ? { fingerprints: baselineFingerprints } : null, null);
  return {
    introduced: new Set(r.introduced),
    basis: r.basis,
    note: r.note,
    changedFiles: new Set(['src/vault/store.py']),
    enforceNextStage: false,
    ...over,
  };
}

function resultOf(
  m: SecurityGateModel,
  scope: 'change' | 'stage' = 'stage',
): { result: GateResult; ev: ReturnType<typeof evaluateSecurity> } {
  const ev = evaluateSecurity(m);
  const built = buildGateResult({
    gate: 'security-gate',
    component: 'vault',
    current: 'development',
    target: m.target,
    criteria: ev.criteria,
    summary: '',
    data: resultData(ev, m),
    context: readRunContext({}),
    now: m.now,
  });
  // Through JSON and the schema, as the next run reads it.
  return { result: gateResultSchema.parse(JSON.parse(JSON.stringify({ ...built, scope }))), ev };
}

describe('change scope', () => {
  const old = [bandit('B602', 'high', 'old-high'), bandit('B311', 'low', 'old-low', { start: { line: 9 } })];
  const added = bandit('B608', 'medium', 'new-medium', { start: { line: 20 } });

  it('enforces only what the change introduces; the stage criteria are progress', () => {
    const findings = [...old, added];
    const m = securityModel(findings, { change: change(findings, ['old-high', 'old-low']) });
    const { result, ev } = resultOf(m, 'change');
    const enforced = result.criteria.filter((c) => c.enforced !== false).map((c) => c.id);
    expect(enforced).toEqual(['security.new.critical', 'security.new.high', 'security.new.medium']);
    expect(byId(result.criteria, 'security.new.medium')).toMatchObject({
      status: 'fail',
      measured: 1,
      bar: 0,
      detail: 'first: bandit B608 at src/vault/store.py:20',
    });
    expect(byId(result.criteria, 'security.new.high')).toMatchObject({
      status: 'pass',
      measured: 0,
      detail: 'none introduced (not in the baseline)',
    });
    expect(byId(result.criteria, 'security.high')).toMatchObject({ status: 'fail', enforced: false });
    expect(byId(result.criteria, 'security.low-documented')).toMatchObject({ status: 'fail', enforced: false });
    expect(result.status).toBe('fail');
    expect(ev.introduced).toEqual([added]);
    expect(failureMessage(result, ev, 'vault', 'staging')).toMatch(
      /^This change does not meet the Staging security bars for vault: New medium findings .*: 1 finding, 1 finding over the bar ≤ 0 findings\. To pass, fix the findings this change introduces/,
    );
    expect(failureMessage(result, ev, 'vault', 'staging')).not.toMatch(/High findings not accepted/);
  });

  it('with the changed lines unknown and no baseline: no-data where findings of a limited severity exist, never a pass', () => {
    const r = introducedFindings(old, null, { source: 'unknown', reason: 'listing failed (HTTP 502)' });
    const m = securityModel(old, {
      change: {
        introduced: new Set(r.introduced),
        basis: r.basis,
        note: r.note,
        changedFiles: null,
        enforceNextStage: false,
      },
    });
    const { result } = resultOf(m, 'change');
    expect(byId(result.criteria, 'security.new.high')).toMatchObject({
      status: 'no-data',
      measured: null,
      detail: expect.stringMatching(
        /^1 open high finding\(s\) in scope, and the changed lines are not known.*fetch-depth: 0/,
      ),
    });
    expect(byId(result.criteria, 'security.new.critical')).toMatchObject({ status: 'pass', measured: 0 });
    expect(result.status).toBe('no-data');
  });

  it('passes a change that adds nothing, whatever the debt; the summary leads with the change, then the progress', () => {
    const m = securityModel(old, { change: change(old, ['old-high', 'old-low']) });
    const { result, ev } = resultOf(m, 'change');
    expect(result.status).toBe('pass');
    const summary = renderSummary({ result, ev, model: m, warnings: [], runUrl: null, sarifFile: null }, 1_000_000);
    const introducedAt = summary.indexOf('### What this change introduces');
    const progressAt = summary.indexOf('### Progress toward Staging');
    expect(introducedAt).toBeGreaterThan(0);
    expect(progressAt).toBeGreaterThan(introducedAt);
    expect(summary.slice(introducedAt, progressAt)).toContain(
      '🟥 **0** critical · 🟧 **0** high · 🟨 **0** medium · 🟦 **0** low',
    );
  });

  it('judges new low findings only when the stage puts a number on them', () => {
    const lowNew = bandit('B101', 'low', 'new-low', { start: { line: 30 } });
    const policy = {
      ...SEED_POLICY.staging,
      security: { ...SEED_POLICY.staging.security, max: { ...SEED_POLICY.staging.security.max, low: 0 } },
    };
    const without = resultOf(securityModel([lowNew], { change: change([lowNew], []) })).result;
    expect(byId(without.criteria, 'security.new.low')).toBeUndefined();
    const withBar = resultOf(securityModel([lowNew], { policy, change: change([lowNew], []) })).result;
    expect(byId(withBar.criteria, 'security.new.low')).toMatchObject({ status: 'fail', measured: 1 });
  });

  it('enforces the stage too when the config says enforce-next-stage', () => {
    const m = securityModel(old, { change: change(old, ['old-high', 'old-low'], { enforceNextStage: true }) });
    const { result } = resultOf(m, 'change');
    expect(result.criteria.every((c) => c.enforced === undefined)).toBe(true);
    expect(result.status).toBe('fail');
  });

  it('keeps evidence problems enforced: unplaced findings always, unscanned files when the change touches them', () => {
    const m = securityModel([], {
      change: change([], []),
      unattributed: [bandit('B602', 'high', 'v', { path: '/app/vendor/x.py' })],
    });
    m.reports[0]!.report.toolErrors = [{ path: 'src/vault/broken.py', message: 'syntax error' }];
    const untouched = resultOf(m).result;
    expect(byId(untouched.criteria, 'security.unattributed')).toMatchObject({ status: 'fail' });
    expect(byId(untouched.criteria, 'security.unattributed')!.enforced).toBeUndefined();
    expect(byId(untouched.criteria, 'security.scan-complete')).toMatchObject({ status: 'error', enforced: false });
    const touched = resultOf({ ...m, change: { ...m.change!, changedFiles: new Set(['src/vault/broken.py']) } }).result;
    expect(byId(touched.criteria, 'security.scan-complete')!.enforced).toBeUndefined();
  });
});

describe('first-seen dates through the baseline', () => {
  const DAY = 24 * 3600_000;

  /** One run: this run's findings, the previous run's result as the baseline, the clock. */
  function run(findings: Finding[], baseline: GateResult | null, now: Date): GateResult {
    const firstSeen = carryFirstSeen(
      baseline ? [firstSeenOfResult(baseline)] : [],
      findings.map((f) => f.fingerprint!),
      now,
    );
    const policy = SEED_POLICY.production;
    return resultOf(
      securityModel(findings, {
        now,
        firstSeen,
        firstSeenSource: baseline ? 'the baseline' : null,
        policy,
        target: 'production',
        notApplicable: { 'dependency-audit': 'x', 'secret-scan': 'y' },
      }),
    ).result;
  }

  it('three runs in sequence: a high finding first seen in run 1 keeps that date, and is overdue once 7 days have passed', () => {
    const high = () => bandit('B602', 'high', 'hi');
    const lateMedium = () => bandit('B608', 'medium', 'me', { start: { line: 40 } });
    const t1 = NOW;
    const r1 = run([high()], null, t1);
    expect(r1.data.firstSeen).toEqual({ hi: t1.toISOString() });
    expect(byId(r1.criteria, 'security.patch-deadlines')).toMatchObject({
      status: 'pass',
      detail: expect.stringContaining('no earlier result yet'),
    });

    const t2 = new Date(t1.getTime() + 2 * DAY);
    const r2 = run([high(), lateMedium()], r1, t2);
    expect(r2.data.firstSeen).toEqual({ hi: t1.toISOString(), me: t2.toISOString() });
    expect(byId(r2.criteria, 'security.patch-deadlines')).toMatchObject({
      status: 'pass',
      detail: expect.stringContaining('first-seen dates from the baseline'),
    });

    const t3 = new Date(t1.getTime() + 7 * DAY + 3600_000);
    const r3 = run([high(), lateMedium()], r2, t3);
    expect(r3.data.firstSeen).toEqual({ hi: t1.toISOString(), me: t2.toISOString() });
    expect(byId(r3.criteria, 'security.patch-deadlines')).toMatchObject({
      status: 'fail',
      measured: 1,
      detail: `oldest: bandit B602 at src/vault/store.py:3, first seen ${t1.toISOString().slice(0, 10)}`,
    });
    expect(
      (r3.data.overdue as { fingerprint: string; overdueHours: number }[]).map((o) => [o.fingerprint, o.overdueHours]),
    ).toEqual([['hi', 1]]);
  });

  it('keeps the complete map in the result, not only the listed findings', () => {
    const many = Array.from({ length: 2100 }, (_, i) => bandit('B101', 'low', `fp${i}`, { start: { line: i + 1 } }));
    const r = run(many, null, NOW);
    expect((r.data.open as unknown[]).length).toBe(2000);
    expect(Object.keys(r.data.firstSeen as object)).toHaveLength(2100);
    expect(fingerprintsOfResult(r)).toHaveLength(2100);
  });

  it('reads results written before the map: dates of listed findings, else the time of the result', () => {
    const older = { ...run([bandit('B602', 'high', 'a')], null, NOW) };
    older.data = { open: [{ fingerprint: 'a', firstSeen: '2026-01-01T00:00:00.000Z' }], fingerprints: ['a', 'b'] };
    expect(firstSeenOfResult(older)).toEqual({ a: '2026-01-01T00:00:00.000Z', b: NOW.toISOString() });
  });

  it('takes the earlier date when the history and the baseline disagree', () => {
    expect(
      carryFirstSeen([{ x: '2026-03-01T00:00:00.000Z' }, { x: '2026-02-01T00:00:00.000Z' }], ['x', 'y'], NOW),
    ).toEqual({
      x: '2026-02-01T00:00:00.000Z',
      y: NOW.toISOString(),
    });
  });
});
