import { formatCoveragePercent } from '../../packages/coverage/totals.js';
import { DAY_MS, utcDay } from '../../packages/uptime/history-lines.js';
import { LATENCY_RELATIVE_ERROR, rollupDay, type DayRollup } from '../../packages/uptime/rollup.js';
import type { ProbeState, Sample } from '../../packages/uptime/sample.js';
import {
  computeWindow,
  coverageText,
  planWindowDays,
  type MaintenanceWindow,
  type WindowFigures,
  type WindowInput,
} from '../../packages/uptime/window.js';

const MIN = 60_000;
const INTERVAL = 5 * MIN;
const A = 'https://a.example/health';
const B = 'https://b.example/health';
const C = 'https://c.example/health';

/** mulberry32: deterministic data. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const iso = (ms: number) => new Date(ms).toISOString();
const at = (s: string) => Date.parse(s);

function sample(ms: number, url: string, state: ProbeState, latency?: number): Sample {
  const s: Sample = { t: iso(ms), url, state };
  if (latency !== undefined) s.ms = latency;
  if (state === 'down') s.error = 'timeout';
  return s;
}

/**
 * Seven days (2026-05-01..07) of 5-minute probes of three endpoints, with jitter, gaps, flapping,
 * degraded probes, latencies from under 1 ms to minutes, and forced flaps across midnights.
 */
function generate(): Sample[] {
  const random = rng(7);
  const start = at('2026-05-01T00:00:00.000Z');
  const out: Sample[] = [];
  for (let slot = start; slot < start + 7 * DAY_MS; slot += INTERVAL) {
    const day = utcDay(slot);
    const minuteOfDay = (slot - Math.floor(slot / DAY_MS) * DAY_MS) / MIN;
    // A: mostly up; a 3-hour gap on 05-03; degraded 5%, down 1%; wide latencies.
    if (!(day === '2026-05-03' && minuteOfDay >= 600 && minuteOfDay < 780)) {
      const r = random();
      const state: ProbeState = r < 0.01 ? 'down' : r < 0.06 ? 'degraded' : 'up';
      const lat =
        random() < 0.02
          ? random() * 0.9
          : random() < 0.01
            ? 60_000 + random() * 500_000
            : Math.round((20 + random() ** 3 * 2000) * 10) / 10;
      out.push(sample(slot + Math.floor(random() * 40_000), A, state, state === 'down' ? undefined : lat));
    }
    // B: flaps in runs; forced changes across the midnights 05-02/03 and 05-03/04.
    let bState: ProbeState = random() < 0.3 ? 'down' : random() < 0.2 ? 'degraded' : 'up';
    if (minuteOfDay === 1435) bState = day === '2026-05-02' ? 'down' : day === '2026-05-03' ? 'up' : bState;
    if (minuteOfDay === 0) bState = day === '2026-05-03' ? 'up' : day === '2026-05-04' ? 'down' : bState;
    out.push(
      sample(
        slot + 1000 + Math.floor(random() * 20_000),
        B,
        bState,
        bState === 'down' ? (random() < 0.5 ? 30_000 : undefined) : 100 + Math.floor(random() * 300),
      ),
    );
    // C: 10% missing; all down on 05-04.
    if (random() >= 0.1) {
      const state: ProbeState = day === '2026-05-04' ? 'down' : 'up';
      out.push(
        sample(slot + 2000 + Math.floor(random() * 10_000), C, state, state === 'up' ? 5 + random() * 50 : undefined),
      );
    }
  }
  // Written in no particular order, as several runners may append.
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function byDay(samples: readonly Sample[]): Map<string, Sample[]> {
  const m = new Map<string, Sample[]>();
  for (const s of samples) {
    const d = s.t.slice(0, 10);
    if (!m.has(d)) m.set(d, []);
    m.get(d)!.push(s);
  }
  return m;
}

interface Expected {
  from: number;
  samples: number;
  excluded: number;
  expected: number;
  covered: number;
  up: number;
  down: number;
  degraded: number;
  flaps: number;
  upMs: number;
  attributedMs: number;
  latencies: number[];
  endpoints: number;
}

/** The figures by straightforward loops over every raw sample: what computeWindow must agree with. */
function reference(all: readonly Sample[], w: Omit<WindowInput, 'days'>): Expected {
  const from = Math.min(Math.max(w.from.getTime(), w.notBefore?.getTime() ?? -Infinity), w.to.getTime());
  const to = w.to.getTime();
  const inMaint = (t: number) => w.maintenance.some((m) => m.start.getTime() <= t && t < m.end.getTime());
  const inWindow = all.filter((s) => (w.url === undefined || s.url === w.url) && at(s.t) >= from && at(s.t) < to);
  const kept = inWindow.filter((s) => !inMaint(at(s.t)));
  const e: Expected = {
    from,
    samples: kept.length,
    excluded: inWindow.length - kept.length,
    expected: 0,
    covered: 0,
    up: 0,
    down: 0,
    degraded: 0,
    flaps: 0,
    upMs: 0,
    attributedMs: 0,
    latencies: [],
    endpoints: w.url !== undefined ? 1 : new Set(inWindow.map((s) => s.url)).size,
  };
  for (const s of kept) {
    e[s.state]++;
    if (s.state !== 'down' && s.ms !== undefined) e.latencies.push(s.ms);
  }
  e.latencies.sort((a, b) => a - b);
  for (const u of new Set(kept.map((s) => s.url))) {
    const seq = kept.filter((s) => s.url === u).sort((a, b) => at(a.t) - at(b.t));
    for (let i = 0; i < seq.length; i++) {
      const t = at(seq[i]!.t);
      if (i > 0 && (seq[i - 1]!.state === 'down') !== (seq[i]!.state === 'down')) e.flaps++;
      let end = Math.min((Math.floor(t / DAY_MS) + 1) * DAY_MS, to);
      const next = seq[i + 1];
      if (next !== undefined && next.t.slice(0, 10) === seq[i]!.t.slice(0, 10)) end = Math.min(end, at(next.t));
      for (const m of w.maintenance) if (m.start.getTime() > t) end = Math.min(end, m.start.getTime());
      const attr = Math.min(w.intervalMs, end - t);
      e.attributedMs += attr;
      if (seq[i]!.state !== 'down') e.upMs += attr;
    }
  }
  // Expected: the window's minutes not under maintenance (the fixtures' bounds are whole minutes).
  let freeMinutes = 0;
  for (let t = from; t < to; t += MIN) if (!inMaint(t)) freeMinutes++;
  const perEndpoint = Math.floor((freeMinutes * MIN) / w.intervalMs);
  e.expected = perEndpoint * e.endpoints;
  // Each endpoint's samples count toward coverage up to its expected number.
  for (const u of new Set(kept.map((s) => s.url)))
    e.covered += Math.min(perEndpoint, kept.filter((s) => s.url === u).length);
  return e;
}

const nearestRank = (sorted: readonly number[], p: number) =>
  sorted[Math.max(1, Math.ceil((p * sorted.length) / 100)) - 1]!;

function expectAgrees(got: WindowFigures, e: Expected, exactLatency: boolean): void {
  expect(got.from.getTime()).toBe(e.from);
  expect({
    samples: got.samples,
    excluded: got.excluded,
    expected: got.expected,
    up: got.up,
    down: got.down,
    degraded: got.degraded,
    flaps: got.flaps,
    upMs: got.upMs,
    attributedMs: got.attributedMs,
    endpoints: got.endpoints,
  }).toEqual({
    samples: e.samples,
    excluded: e.excluded,
    expected: e.expected,
    up: e.up,
    down: e.down,
    degraded: e.degraded,
    flaps: e.flaps,
    upMs: e.upMs,
    attributedMs: e.attributedMs,
    endpoints: e.endpoints,
  });
  const n = e.samples;
  expect(got.uptime).toBe(n === 0 ? null : (100 * (e.up + e.degraded)) / n);
  expect(got.uptimeText).toBe(n === 0 ? null : formatCoveragePercent((100 * (e.up + e.degraded)) / n));
  expect(got.errorRate).toBe(n === 0 ? null : (100 * e.down) / n);
  expect(got.covered).toBe(e.covered);
  expect(got.coverage).toBe(e.expected === 0 ? (n > 0 ? 100 : null) : (100 * e.covered) / e.expected);
  if (e.latencies.length === 0) {
    expect(got.latency).toBeNull();
    return;
  }
  const l = got.latency!;
  expect(l.min).toBe(e.latencies[0]);
  expect(l.max).toBe(e.latencies[e.latencies.length - 1]);
  expect(got.latencyMethod).toBe(exactLatency ? 'exact' : 'histogram');
  for (const p of [50, 95, 99] as const) {
    const want = nearestRank(e.latencies, p);
    const have = l[`p${p}`];
    if (exactLatency) expect(have).toBe(want);
    else
      expect(Math.abs(have - want)).toBeLessThanOrEqual(want >= 1 ? want * LATENCY_RELATIVE_ERROR * (1 + 1e-12) : 0.5);
  }
}

const ALL = generate();
const DAYS = byDay(ALL);
const ROLLUPS = new Map<string, DayRollup>([...DAYS].map(([d, s]) => [d, rollupDay(s, d, INTERVAL)]));

const maint = (start: string, end: string): MaintenanceWindow => ({ start: new Date(start), end: new Date(end) });

/** The days as planWindowDays says: rollups (through JSON, as stored) where allowed, raw otherwise. */
function planned(w: Omit<WindowInput, 'days'>): WindowInput['days'] {
  return planWindowDays(w).map(({ day, source }) =>
    source === 'rollup' ? (JSON.parse(JSON.stringify(ROLLUPS.get(day)!)) as DayRollup) : (DAYS.get(day) ?? []),
  );
}

const allRaw = (): WindowInput['days'] => [...DAYS.values()];

describe('computeWindow agrees with a straightforward computation over the raw samples', () => {
  const base: Omit<WindowInput, 'days'> = {
    from: new Date('2026-05-01T10:00:00.000Z'),
    to: new Date('2026-05-07T15:30:00.000Z'),
    notBefore: new Date('2026-05-01T12:17:00.000Z'),
    intervalMs: INTERVAL,
    maintenance: [
      maint('2026-05-02T08:00:00.000Z', '2026-05-02T08:45:00.000Z'),
      maint('2026-05-05T23:00:00.000Z', '2026-05-06T01:30:00.000Z'),
      maint('2026-05-06T01:00:00.000Z', '2026-05-06T02:00:00.000Z'), // overlaps the previous one
    ],
    minSampleCoverage: 90,
  };

  it('plans rollups only for whole days untouched by maintenance', () => {
    expect(planWindowDays(base)).toEqual([
      { day: '2026-05-01', source: 'raw' },
      { day: '2026-05-02', source: 'raw' },
      { day: '2026-05-03', source: 'rollup' },
      { day: '2026-05-04', source: 'rollup' },
      { day: '2026-05-05', source: 'raw' },
      { day: '2026-05-06', source: 'raw' },
      { day: '2026-05-07', source: 'raw' },
    ]);
  });

  for (const url of [undefined, A, B, C]) {
    it(`over ${url ?? 'all endpoints'}: raw days exactly, rollups within the latency bound`, () => {
      const w = { ...base, url };
      const e = reference(ALL, w);
      expect(e.samples).toBeGreaterThan(100);
      expectAgrees(computeWindow({ ...w, days: allRaw() }), e, true);
      expectAgrees(computeWindow({ ...w, days: planned(w) }), e, false);
    });
  }

  it('has the data it is meant to exercise', () => {
    const e = reference(ALL, base);
    expect(e.excluded).toBeGreaterThan(0); // maintenance
    expect(e.flaps).toBeGreaterThan(100); // B flaps
    expect(e.latencies[0]).toBeLessThan(1); // sub-millisecond latencies
    expect(e.latencies[e.latencies.length - 1]).toBeGreaterThan(60_000);
    const f = computeWindow({ ...base, days: planned(base) });
    expect(f.status).toBe('ok');
    expect(f.coverage).toBeGreaterThan(90);
    expect(f.coverage).toBeLessThan(100); // the gaps
    expect(f.maintenanceMs).toBe((45 + 180) * MIN);
  });

  it('a 7-day window of whole days uses rollups for all but today and agrees', () => {
    const w = {
      ...base,
      from: new Date('2026-05-01T00:00:00.000Z'),
      to: new Date('2026-05-08T00:00:00.000Z'),
      notBefore: undefined,
      maintenance: [],
    };
    const days: (DayRollup | Sample[])[] = ['01', '02', '03', '04', '05', '06'].map((d) =>
      ROLLUPS.get(`2026-05-${d}`)!,
    );
    days.push(DAYS.get('2026-05-07')!);
    const e = reference(ALL, w);
    expectAgrees(computeWindow({ ...w, days }), e, false);
    expectAgrees(computeWindow({ ...w, days: allRaw() }), e, true);
    expect(e.expected).toBe(3 * 2016);
  });
});

describe('flapping across a day boundary', () => {
  const d1 = '2026-06-01';
  const d2 = '2026-06-02';
  const t = (s: string) => at(`${s}Z`);
  const samples = [
    sample(t('2026-06-01T23:50:00.000'), A, 'up', 10),
    sample(t('2026-06-01T23:55:00.000'), A, 'degraded', 900),
    sample(t('2026-06-02T00:00:00.000'), A, 'down'),
    sample(t('2026-06-02T00:05:00.000'), A, 'degraded', 800),
    sample(t('2026-06-02T00:10:00.000'), A, 'up', 12),
  ];
  const w = {
    from: new Date(`${d1}T00:00:00.000Z`),
    to: new Date('2026-06-03T00:00:00.000Z'),
    intervalMs: INTERVAL,
    maintenance: [],
    minSampleCoverage: 0,
  };
  const day1 = samples.slice(0, 2);
  const day2 = samples.slice(2);

  it('counts degraded as up: up→degraded is none, degraded→down→degraded two', () => {
    const raw = computeWindow({ ...w, days: [samples] });
    expect(raw.flaps).toBe(2);
    const rolled = computeWindow({ ...w, days: [rollupDay(day1, d1, INTERVAL), rollupDay(day2, d2, INTERVAL)] });
    expect(rolled.flaps).toBe(2);
    const mixed = computeWindow({ ...w, days: [day2, rollupDay(day1, d1, INTERVAL)] });
    expect(mixed.flaps).toBe(2);
    expect(reference(samples, w).flaps).toBe(2);
    // The last sample of day 1 is attributed up to midnight (5 min), not into day 2.
    expect(raw.upMs).toBe(4 * INTERVAL);
    expect(rolled.upMs).toBe(raw.upMs);
  });

  it('compares across a day without samples of that endpoint', () => {
    const w3 = { ...w, to: new Date('2026-06-04T00:00:00.000Z') };
    const d3 = [sample(t('2026-06-03T12:00:00.000'), A, 'down')];
    const f = computeWindow({ ...w3, days: [rollupDay(day1, d1, INTERVAL), rollupDay([], d2, INTERVAL), d3] });
    expect(f.flaps).toBe(1); // degraded (06-01 23:55) → down (06-03)
  });
});

describe('edge cases', () => {
  const day = '2026-07-01';
  const dayStart = at(`${day}T00:00:00.000Z`);
  const fullDay = (state: (i: number) => ProbeState, url = A): Sample[] =>
    Array.from({ length: 288 }, (_, i) =>
      sample(dayStart + i * INTERVAL + 7, url, state(i), state(i) === 'down' ? undefined : 50 + (i % 7)),
    );
  const w = {
    from: new Date(dayStart),
    to: new Date(dayStart + DAY_MS),
    intervalMs: INTERVAL,
    maintenance: [],
    minSampleCoverage: 50,
  };

  it('an empty window has no data, never 0% or 100%', () => {
    const f = computeWindow({ ...w, to: w.from, days: [fullDay(() => 'up')] });
    expect(f).toMatchObject({
      samples: 0,
      expected: 0,
      coverage: null,
      uptime: null,
      uptimeText: null,
      errorRate: null,
      latency: null,
      status: 'no-data',
      flaps: 0,
    });
    expect(f.noDataReason).toMatch(/no samples/);
    expect(planWindowDays({ ...w, to: w.from })).toEqual([]);
  });

  it('a window without samples expects them and has no data', () => {
    const f = computeWindow({ ...w, url: B, days: [fullDay(() => 'up')] });
    expect(f).toMatchObject({ samples: 0, expected: 288, endpoints: 1, coverage: 0, uptime: null, status: 'no-data' });
    const none = computeWindow({ ...w, days: [] });
    expect(none).toMatchObject({ samples: 0, expected: 0, endpoints: 0, coverage: null, status: 'no-data' });
  });

  it('a window entirely in maintenance has no data', () => {
    const f = computeWindow({
      ...w,
      maintenance: [{ start: new Date(dayStart - 1000), end: new Date(dayStart + DAY_MS + 1000) }],
      days: [fullDay(() => 'down')],
    });
    expect(f).toMatchObject({
      samples: 0,
      excluded: 288,
      expected: 0,
      coverage: null,
      uptime: null,
      status: 'no-data',
      down: 0,
      maintenanceMs: DAY_MS,
    });
    expect(() =>
      computeWindow({
        ...w,
        maintenance: [{ start: new Date(dayStart), end: new Date(dayStart + 1) }],
        days: [
          rollupDay(
            fullDay(() => 'up'),
            day,
            INTERVAL,
          ),
        ],
      }),
    ).toThrow(/maintenance/);
  });

  it('100% and 0%', () => {
    const up = computeWindow({
      ...w,
      days: [
        rollupDay(
          fullDay(() => 'up'),
          day,
          INTERVAL,
        ),
      ],
    });
    expect(up).toMatchObject({
      samples: 288,
      expected: 288,
      coverage: 100,
      uptime: 100,
      uptimeText: '100.00',
      errorRate: 0,
      status: 'ok',
      flaps: 0,
    });
    const down = computeWindow({ ...w, days: [fullDay(() => 'down')] });
    expect(down).toMatchObject({
      uptime: 0,
      uptimeText: '0.00',
      errorRate: 100,
      latency: null,
      status: 'ok',
      flaps: 0,
      upMs: 0,
    });
    expect(down.attributedMs).toBe(DAY_MS - 7); // from the first probe (00:00:00.007) to midnight
  });

  it('one failed probe in 20,000 shows 99.99, never 100.00; one success shows 0.01, never 0.00', () => {
    const days = 70; // 20,160 samples
    const ws = { ...w, to: new Date(dayStart + days * DAY_MS) };
    const many = (state: (i: number) => ProbeState): Sample[] =>
      Array.from({ length: days * 288 }, (_, i) => sample(dayStart + i * INTERVAL, A, state(i), 40));
    const oneDown = many((i) => (i === 12_345 ? 'down' : 'up'));
    for (const input of [[oneDown], [...byDay(oneDown)].map(([d, s]) => rollupDay(s, d, INTERVAL))]) {
      const f = computeWindow({ ...ws, days: input });
      expect(f.uptime).toBe((100 * 20_159) / 20_160);
      expect(f.uptime).toBeLessThan(100);
      expect(f.uptimeText).toBe('99.99');
      expect(f.flaps).toBe(2);
    }
    const oneUp = computeWindow({ ...ws, days: [many((i) => (i === 7 ? 'degraded' : 'down'))] });
    expect(oneUp.uptimeText).toBe('0.01');
    expect(oneUp.latency).toEqual({ p50: 40, p95: 40, p99: 40, min: 40, max: 40 });
  });

  it('coverage below the minimum is no-data, with the figures still computed', () => {
    const f = computeWindow({
      ...w,
      minSampleCoverage: 99.5,
      days: [fullDay(() => 'up').filter((_, i) => i % 10 !== 0)],
    });
    expect(f).toMatchObject({ samples: 259, expected: 288, status: 'no-data', uptime: 100 });
    expect(f.noDataReason).toBe('259 of 288 expected samples (89.93%), below the minimum 99.5%');
  });

  it('counts a sample from a run that started late as uptime, not as coverage above 100% ("2017 of 2016")', () => {
    // Runs every 5 minutes, 20 s after the slot; the run of 7 days ago started 40 s late, so
    // the 7-day window ending now (after this run's probe) holds 2017 samples in 2016 slots.
    const now = at('2026-05-08T12:00:30.000Z');
    const slot0 = at('2026-05-08T12:00:00.000Z');
    const drift = Array.from({ length: 2018 }, (_, k) =>
      sample(slot0 - k * INTERVAL + (k >= 2010 ? 40_000 : 20_000), A, 'up', 5),
    );
    const f = computeWindow({
      days: [drift],
      from: new Date(now - 7 * DAY_MS),
      to: new Date(now),
      intervalMs: INTERVAL,
      maintenance: [],
      minSampleCoverage: 90,
    });
    expect(f).toMatchObject({ samples: 2017, expected: 2016, covered: 2016, coverage: 100, status: 'ok' });
    expect(coverageText(f)).toBe(
      '2016 of 2016 expected samples (100.00%), and 1 more (runs that started late or twice)',
    );
    // With a perfectly periodic schedule the same window holds exactly 2016: the expected count is right.
    const periodic = drift.map((x, k) => ({ ...x, t: iso(slot0 - k * INTERVAL + 20_000) }));
    expect(
      computeWindow({
        days: [periodic],
        from: new Date(now - 7 * DAY_MS),
        to: new Date(now),
        intervalMs: INTERVAL,
        maintenance: [],
        minSampleCoverage: 90,
      }).samples,
    ).toBe(2016);
  });

  it("does not let one endpoint's extra samples hide another's missing ones", () => {
    const twice = [...fullDay(() => 'up'), ...fullDay(() => 'up').map((x) => ({ ...x, t: iso(at(x.t) + 1000) }))];
    const half = fullDay(() => 'up')
      .filter((_, i) => i % 2 === 0)
      .map((x) => ({ ...x, url: B }));
    const f = computeWindow({ ...w, minSampleCoverage: 90, days: [[...twice, ...half]] });
    expect(f).toMatchObject({ samples: 576 + 144, expected: 576, covered: 288 + 144, coverage: 75, status: 'no-data' });
    expect(f.noDataReason).toBe(
      '432 of 576 expected samples (75.00%), and 288 more (runs that started late or twice), below the minimum 90%',
    );
  });

  it('clips the window at notBefore (and never past its end)', () => {
    const f = computeWindow({ ...w, notBefore: new Date(dayStart + 12 * 3600_000), days: [fullDay(() => 'up')] });
    expect(f).toMatchObject({ samples: 144, expected: 144 });
    expect(f.from.toISOString()).toBe(`${day}T12:00:00.000Z`);
    const late = computeWindow({ ...w, notBefore: new Date(dayStart + 2 * DAY_MS), days: [fullDay(() => 'up')] });
    expect(late).toMatchObject({ samples: 0, expected: 0, status: 'no-data' });
    expect(late.from.getTime()).toBe(w.to.getTime());
    expect(() =>
      computeWindow({
        ...w,
        notBefore: new Date(dayStart + 1),
        days: [
          rollupDay(
            fullDay(() => 'up'),
            day,
            INTERVAL,
          ),
        ],
      }),
    ).toThrow(/cut by the window's edge/);
  });

  it('refuses what it would get wrong: a day given twice, a rollup of another interval', () => {
    const s = fullDay(() => 'up');
    expect(() => computeWindow({ ...w, days: [rollupDay(s, day, INTERVAL), s] })).toThrow(
      /both as a rollup and as raw/,
    );
    expect(() => computeWindow({ ...w, days: [rollupDay(s, day, INTERVAL), rollupDay(s, day, INTERVAL)] })).toThrow(
      /two rollups/,
    );
    expect(() => computeWindow({ ...w, days: [rollupDay(s, day, 60_000)] })).toThrow(/interval/);
    expect(() => computeWindow({ ...w, from: w.to, to: w.from, days: [] })).toThrow(/starts after/);
    // A rollup wholly outside the window is simply not used.
    const outside = computeWindow({
      ...w,
      from: new Date(dayStart + DAY_MS),
      to: new Date(dayStart + 2 * DAY_MS),
      days: [rollupDay(s, day, INTERVAL)],
    });
    expect(outside.samples).toBe(0);
  });
});
