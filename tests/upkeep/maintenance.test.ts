/** The maintenance criteria of a Production component, judged purely: no data is never healthy. */
import { defaultConfig } from '../../packages/core/config/load-config.js';
import { evaluateMaintenance, type MaintenanceModel, type UptimeInput } from '../../packages/upkeep/maintenance.js';
import { overdueAt } from '../../packages/upkeep/patch-deadlines.js';
import { lastCompleteMonth, maintenanceWindows, monthTitle } from '../../packages/upkeep/windows.js';
import type { Sample } from '../../packages/uptime/sample.js';
import { computeWindow } from '../../packages/uptime/window.js';

const NOW = new Date('2026-12-03T08:00:00Z');
const DAY = 86_400_000;
const policy = defaultConfig().policy.production;
const windows = maintenanceWindows(NOW, '30d', 30 * DAY);

/** Hourly samples over a window, `downEvery`-th one down (0: none). */
function samples(from: Date, to: Date, downEvery: number, ms = 20): Sample[] {
  const out: Sample[] = [];
  let i = 0;
  for (let t = from.getTime(); t < to.getTime(); t += 3_600_000, i++) {
    const down = downEvery > 0 && i % downEvery === downEvery - 1;
    out.push({
      t: new Date(t).toISOString(),
      url: 'https://x/health',
      state: down ? 'down' : 'up',
      ...(down ? { error: 'connect' as const } : { status: 200, ms }),
    });
  }
  return out;
}

function uptime(w: { label: string; from: Date; to: Date }, downEvery: number, ms?: number): UptimeInput {
  return {
    window: w,
    figures: computeWindow({
      days: [samples(w.from, w.to, downEvery, ms)],
      from: w.from,
      to: w.to,
      intervalMs: 3_600_000,
      maintenance: [],
      minSampleCoverage: 90,
    }),
    missing: null,
  };
}

const model = (over: Partial<MaintenanceModel> = {}): MaintenanceModel => ({
  component: 'neo4j',
  latency: 'db',
  policy,
  now: NOW,
  since: new Date('2026-09-01T00:00:00Z'),
  month: uptime(windows.month, 0),
  rolling: uptime(windows.rolling, 0),
  historySource: 'branch maturity-data',
  prometheus: null,
  security: {
    evidence: {
      file: 'maturity-results (run 5)/security-gate--neo4j.json',
      createdAt: '2026-12-02T10:00:00Z',
      url: null,
      open: [],
      omitted: 0,
    },
    missing: null,
  },
  ...over,
});

const byId = (m: MaintenanceModel) => Object.fromEntries(evaluateMaintenance(m).criteria.map((c) => [c.id, c]));

describe('the maintenance windows', () => {
  it('are the last complete calendar month (UTC) and the rolling window ending now', () => {
    expect(lastCompleteMonth(NOW)).toEqual({
      label: '2026-11',
      from: new Date('2026-11-01T00:00:00Z'),
      to: new Date('2026-12-01T00:00:00Z'),
    });
    expect(lastCompleteMonth(new Date('2027-01-01T00:00:00Z')).label).toBe('2026-12');
    expect(windows.rolling).toEqual({ label: '30d', from: new Date('2026-11-03T08:00:00Z'), to: NOW });
    expect(monthTitle('2026-11')).toBe('November 2026');
  });
});

describe('evaluateMaintenance', () => {
  it('is healthy when every criterion is measured and met', () => {
    const ev = evaluateMaintenance(model());
    expect(ev).toMatchObject({ state: 'healthy', breaches: [], severity: null, unmeasured: [] });
    expect(ev.criteria.map((c) => [c.id, c.status])).toEqual([
      ['maintenance.uptime.month', 'pass'],
      ['maintenance.uptime.rolling', 'pass'],
      ['maintenance.error-rate', 'pass'],
      ['maintenance.p95', 'pass'],
      ['maintenance.patch-deadlines', 'pass'],
    ]);
    expect(ev.criteria[0]!.title).toBe('Uptime in November 2026 (calendar month)');
  });

  it('breaches on a month below 99.5%, with the seeds\u2019 severity and plain words for the reason', () => {
    // One hour down in every 100: 99.00%.
    const ev = evaluateMaintenance(model({ month: uptime(windows.month, 100), rolling: uptime(windows.rolling, 100) }));
    expect(ev.state).toBe('breach');
    expect(ev.severity).toBe('P1');
    expect(ev.breaches.map((b) => b.text)).toEqual([
      'uptime 99.03% in 2026-11 below 99.5%',
      'uptime 99.03% over 30d below 99.5%',
      'error rate 0.97% over 30d above 0.5%',
    ]);
    expect(byId(model({ month: uptime(windows.month, 100) }))['maintenance.uptime.month']).toMatchObject({
      status: 'fail',
      measured: 99.03,
      bar: 99.5,
      gap: 0.47,
    });
  });

  it('holds 99.9 when the config says so (the workflow document\u2019s figure)', () => {
    const strict = { ...policy, maintenance: { ...policy.maintenance, uptime: 99.9 } };
    // One hour down in 720: 99.86%, fine at 99.5, short of 99.9.
    expect(byId(model({ month: uptime(windows.month, 720) }))['maintenance.uptime.month']!.status).toBe('pass');
    expect(
      byId(model({ policy: strict, month: uptime(windows.month, 720) }))['maintenance.uptime.month'],
    ).toMatchObject({ status: 'fail', bar: 99.9 });
  });

  it('judges p95 against the component\u2019s SLA: database 100 ms, API 500 ms', () => {
    const slow = uptime(windows.rolling, 0, 180);
    expect(byId(model({ rolling: slow }))['maintenance.p95']).toMatchObject({
      status: 'fail',
      bar: 100,
      measured: 180,
    });
    expect(byId(model({ rolling: slow, latency: 'api' }))['maintenance.p95']).toMatchObject({
      status: 'pass',
      bar: 500,
    });
    expect(evaluateMaintenance(model({ rolling: slow })).severity).toBe('P2');
  });

  it('takes the error rate and p95 from Prometheus when there is one; its failure is an error, its silence no data', () => {
    const prom = (errorRate: number | null, error: string | null = null) => ({
      url: 'http://prom',
      errorRate: { query: 'q1', value: errorRate, error },
      p95Ms: { query: 'q2', value: 42, error: null },
    });
    expect(byId(model({ prometheus: prom(0.008) }))['maintenance.error-rate']).toMatchObject({
      status: 'fail',
      measured: 0.8,
      title: 'Error rate (5xx) over 30d',
    });
    expect(byId(model({ prometheus: prom(null) }))['maintenance.error-rate']!.status).toBe('no-data');
    const ev = evaluateMaintenance(model({ prometheus: prom(null, 'could not query Prometheus: ECONNREFUSED') }));
    expect(ev.criteria.find((c) => c.id === 'maintenance.error-rate')!.status).toBe('error');
    expect(ev.state).toBe('unknown');
  });

  it('never reads missing evidence as healthy: no history, a thin window, no security result', () => {
    const none = { figures: null, missing: 'no health checks in the config' };
    const ev = evaluateMaintenance(
      model({
        month: { window: windows.month, ...none },
        rolling: { window: windows.rolling, ...none },
        security: { evidence: null, missing: 'no security-gate result for neo4j' },
      }),
    );
    expect(ev.state).toBe('unknown');
    expect(ev.criteria.every((c) => c.status === 'no-data')).toBe(true);
    expect(ev.unmeasured).toHaveLength(5);
    // Three samples a day of a window that expects 24: below 90% coverage.
    const thin = {
      window: windows.rolling,
      figures: computeWindow({
        days: [samples(windows.rolling.from, windows.rolling.to, 0).filter((_, i) => i % 8 === 0)],
        from: windows.rolling.from,
        to: windows.rolling.to,
        intervalMs: 3_600_000,
        maintenance: [],
        minSampleCoverage: 90,
      }),
      missing: null,
    };
    expect(byId(model({ rolling: thin }))['maintenance.uptime.rolling']).toMatchObject({
      status: 'no-data',
      measured: null,
    });
  });

  it('shows, without judging, a month the component spent outside Production', () => {
    const ev = evaluateMaintenance(model({ since: new Date('2026-12-02T00:00:00Z') }));
    expect(ev.criteria[0]).toMatchObject({
      status: 'no-data',
      enforced: false,
      detail: 'not in Production in 2026-11 (in Production since 2026-12-02)',
    });
    expect(ev.state).toBe('healthy');
  });

  it('counts patch deadlines from first seen to now; a scan older than the longest deadline says nothing', () => {
    const finding = (severity: string, daysAgo: number) => ({
      tool: 'bandit',
      rule: 'B602',
      severity,
      path: 'src/x.py',
      line: 3,
      firstSeen: new Date(NOW.getTime() - daysAgo * DAY).toISOString(),
    });
    const open = [finding('critical', 2), finding('high', 3), finding('medium', 31), finding('low', 400)];
    expect(
      overdueAt(open, policy.security['patch-within-hours'], NOW).map((o) => [o.severity, o.overdueHours]),
    ).toEqual([
      ['critical', 24],
      ['medium', 24],
    ]);
    const security = (createdAt: string) => ({
      evidence: { file: 'r.json', createdAt, url: null, open, omitted: 0 },
      missing: null,
    });
    const ev = evaluateMaintenance(model({ security: security('2026-12-02T10:00:00Z') }));
    expect(ev.criteria.find((c) => c.id === 'maintenance.patch-deadlines')).toMatchObject({
      status: 'fail',
      measured: 2,
      detail: 'oldest: critical bandit B602 in src/x.py:3, first seen 2026-12-01',
    });
    expect(ev.breaches).toEqual([
      {
        id: 'maintenance.patch-deadlines',
        kind: 'patch-critical',
        text: '1 critical and 1 medium finding(s) past the patch deadline',
      },
    ]);
    expect(ev.severity).toBe('P1');
    expect(byId(model({ security: security('2026-10-01T10:00:00Z') }))['maintenance.patch-deadlines']!.status).toBe(
      'no-data',
    );
  });
});
