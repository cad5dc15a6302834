import {
  DAY_MS,
  dayOfHistoryFile,
  formatHistoryLines,
  parseHistoryLines,
} from '../../packages/uptime/history-lines.js';
import {
  LATENCY_BUCKETS,
  LATENCY_RELATIVE_ERROR,
  LatencyHistogram,
  latencyBucket,
  latencyBucketValue,
  mergeRollups,
  readRollup,
  rollupDay,
  type DayRollup,
} from '../../packages/uptime/rollup.js';
import type { ProbeState, Sample } from '../../packages/uptime/sample.js';

const MIN = 60_000;
const INTERVAL = 5 * MIN;
const A = 'https://a.example/health';
const B = 'https://b.example/health';
const at = (s: string) => Date.parse(s);
const s = (t: string, url: string, state: ProbeState, ms?: number): Sample =>
  ms === undefined ? { t, url, state } : { t, url, state, ms };

describe('history lines', () => {
  const good = '{"t":"2026-05-01T00:00:01.000Z","url":"https://a.example/health","state":"up","status":200,"ms":41.5}';
  const good2 =
    '{"t":"2026-05-01T00:05:01.000Z","url":"https://a.example/health","state":"down","error":"timeout","detail":"no answer in 10 s"}';

  it('reads good lines, skipping blank ones, with CRLF or LF', () => {
    const { samples, problems } = parseHistoryLines(`${good}\r\n\n${good2}\r\n`, 'history/api/2026-05-01.jsonl');
    expect(problems).toEqual([]);
    expect(samples).toEqual([
      { t: '2026-05-01T00:00:01.000Z', url: A, state: 'up', status: 200, ms: 41.5 },
      { t: '2026-05-01T00:05:01.000Z', url: A, state: 'down', error: 'timeout', detail: 'no answer in 10 s' },
    ]);
  });

  it('skips and reports each kind of malformed line by its number, losing nothing else', () => {
    const lines = [
      good, // 1
      '{"t":"2026-05-01T00:00:02.000Z","url":', // 2 bad JSON
      '[1,2]', // 3 not an object
      '42', // 4
      '{"url":"u","state":"up"}', // 5 missing t
      '{"t":"2026-05-01T00:00:02.000Z","state":"up"}', // 6 missing url
      '{"t":"2026-05-01T00:00:02.000Z","url":"u"}', // 7 missing state
      '{"t":"2026-05-01 00:00:02","url":"u","state":"up"}', // 8 not ISO with ms, UTC
      '{"t":"2026-02-30T00:00:02.000Z","url":"u","state":"up"}', // 9 no such date
      '{"t":"2026-05-01T00:00:02.000+02:00","url":"u","state":"up"}', // 10 offset
      '{"t":"2026-05-02T00:00:00.000Z","url":"u","state":"up"}', // 11 outside the file's day
      '{"t":"2026-04-30T23:59:59.999Z","url":"u","state":"up"}', // 12 outside the file's day
      '{"t":"2026-05-01T00:00:02.000Z","url":"","state":"up"}', // 13 empty url
      '{"t":"2026-05-01T00:00:02.000Z","url":"u","state":"sideways"}', // 14 bad state
      '{"t":"2026-05-01T00:00:02.000Z","url":"u","state":"up","status":"200"}', // 15 status not a number
      '{"t":"2026-05-01T00:00:02.000Z","url":"u","state":"up","status":99}', // 16 status out of range
      '{"t":"2026-05-01T00:00:02.000Z","url":"u","state":"up","ms":-1}', // 17 negative ms
      '{"t":"2026-05-01T00:00:02.000Z","url":"u","state":"up","ms":null}', // 18 null ms
      '{"t":"2026-05-01T00:00:02.000Z","url":"u","state":"down","error":"gremlins"}', // 19 bad error kind
      '{"t":"2026-05-01T00:00:02.000Z","url":"u","state":"down","detail":7}', // 20 bad detail
      '{"t":1777593602000,"url":"u","state":"up"}', // 21 time as a number
      good2, // 22
      '{"t":"2026-05-01T00:10:01.000Z","url":"https://a.exa', // 23 truncated last line, no newline
    ];
    const { samples, problems } = parseHistoryLines(lines.join('\n'), '2026-05-01.jsonl');
    expect(samples).toHaveLength(2);
    expect(samples.map((x) => x.t)).toEqual(['2026-05-01T00:00:01.000Z', '2026-05-01T00:05:01.000Z']);
    expect(problems.map((p) => p.line)).toEqual([
      2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23,
    ]);
    const msg = (line: number) => problems.find((p) => p.line === line)!.message;
    expect(msg(2)).toMatch(/^not valid JSON/);
    expect(msg(3)).toBe('not a JSON object (got an array)');
    expect(msg(4)).toBe('not a JSON object (got 42)');
    expect(msg(5)).toBe('missing field "t"');
    expect(msg(6)).toBe('missing field "url"');
    expect(msg(7)).toBe('missing field "state"');
    for (const l of [8, 9, 10, 21]) expect(msg(l)).toMatch(/^field "t" must be an ISO 8601 UTC time with milliseconds/);
    expect(msg(11)).toBe("time 2026-05-02T00:00:00.000Z is outside the file's day 2026-05-01");
    expect(msg(12)).toMatch(/outside the file's day/);
    expect(msg(13)).toMatch(/^field "url" must be a non-empty string/);
    expect(msg(14)).toBe('field "state" must be one of up, down, degraded (got "sideways")');
    expect(msg(15)).toMatch(/^field "status" must be an HTTP status/);
    expect(msg(16)).toMatch(/^field "status"/);
    expect(msg(17)).toMatch(/^field "ms" must be a number of milliseconds >= 0 \(got -1\)/);
    expect(msg(18)).toMatch(/^field "ms" .*got null/);
    expect(msg(19)).toMatch(/^field "error" must be one of dns, connect/);
    expect(msg(20)).toMatch(/^field "detail" must be a string/);
    expect(msg(23)).toMatch(/^truncated last line \(no newline at the end of the file, not valid JSON/);
  });

  it('a bad line in the middle without a newline at the end is not called truncated; a good last line without one is kept', () => {
    const r = parseHistoryLines(`{oops\n${good}`, '2026-05-01.jsonl');
    expect(r.samples).toHaveLength(1);
    expect(r.problems).toEqual([{ line: 1, message: expect.stringMatching(/^not valid JSON/) }]);
    expect(parseHistoryLines('', 'x.jsonl')).toEqual({ samples: [], problems: [] });
  });

  it('checks the day only when the file name gives one', () => {
    const other = '{"t":"2026-06-01T00:00:00.000Z","url":"u","state":"up"}\n';
    expect(parseHistoryLines(other, 'samples.jsonl').problems).toEqual([]);
    expect(parseHistoryLines(other, 'C:\\store\\2026-05-01.jsonl').problems).toHaveLength(1);
    expect(dayOfHistoryFile('a/b/2026-05-01.jsonl')).toBe('2026-05-01');
    expect(dayOfHistoryFile('a/b/2026-02-30.jsonl')).toBeNull();
    expect(dayOfHistoryFile('a/b/x2026-05-01.jsonl')).toBeNull();
    expect(dayOfHistoryFile('2026-05-01.rollup.json')).toBeNull();
  });

  it('formats one object per line in a stable key order, with a final newline, and reads back the same', () => {
    const samples: Sample[] = [
      { detail: 'slow', ms: 900, state: 'degraded', url: A, t: '2026-05-01T00:00:01.000Z', status: 200 },
      { error: 'dns', url: B, state: 'down', t: '2026-05-01T00:00:02.000Z' },
    ];
    const text = formatHistoryLines(samples);
    expect(text).toBe(
      '{"t":"2026-05-01T00:00:01.000Z","url":"https://a.example/health","state":"degraded","status":200,"ms":900,"detail":"slow"}\n' +
        '{"t":"2026-05-01T00:00:02.000Z","url":"https://b.example/health","state":"down","error":"dns"}\n',
    );
    expect(parseHistoryLines(text, '2026-05-01.jsonl')).toEqual({ samples, problems: [] });
    expect(formatHistoryLines([])).toBe('');
  });
});

describe('latency histogram', () => {
  it('stays within the documented relative error from 1 ms to 10 minutes (and beyond, to 2^20 ms)', () => {
    let worst = 0;
    let prevBucket = 0;
    const check = (v: number) => {
      const b = latencyBucket(v);
      expect(b).toBeGreaterThanOrEqual(1);
      expect(b).toBeLessThan(LATENCY_BUCKETS - 1);
      worst = Math.max(worst, Math.abs(latencyBucketValue(b) - v) / v);
      return b;
    };
    for (let v = 1; v < 2 ** 20; v *= 1.0007) {
      const b = check(v);
      expect(b).toBeGreaterThanOrEqual(prevBucket); // monotonic
      prevBucket = b;
    }
    for (let k = 0; k < 20; k++) {
      check(2 ** k);
      if (k > 0) check(2 ** k * (1 - Number.EPSILON)); // just below a power of two
      check(2 ** (k + 1) - 2 ** k / 64); // a sub-bucket edge
    }
    for (let v = 1; v <= 2000; v++) check(v); // integer milliseconds
    check(600_000);
    expect(worst).toBeLessThanOrEqual(LATENCY_RELATIVE_ERROR);
    expect(worst).toBeGreaterThan(LATENCY_RELATIVE_ERROR * 0.9); // the bound is tight, not loose
    expect(LATENCY_RELATIVE_ERROR).toBeLessThan(0.01);
    expect(latencyBucket(0)).toBe(0);
    expect(latencyBucket(0.999)).toBe(0);
    expect(latencyBucket(2 ** 20)).toBe(LATENCY_BUCKETS - 1);
  });

  it('reads nearest-rank percentiles within the bound, clamped to the exact min and max', () => {
    const h = new LatencyHistogram();
    const values = Array.from({ length: 1000 }, (_, i) => 10 + ((i * 7919) % 1000) * 3.3);
    for (const v of values) h.add(v);
    const sorted = [...values].sort((a, b) => a - b);
    const [p50, p95, p99, p100] = h.percentiles([50, 95, 99, 100]);
    for (const [got, p] of [
      [p50, 50],
      [p95, 95],
      [p99, 99],
    ] as const) {
      const want = sorted[Math.ceil((p * 1000) / 100) - 1]!;
      expect(Math.abs(got! - want)).toBeLessThanOrEqual(want * LATENCY_RELATIVE_ERROR);
    }
    expect(p100).toBe(sorted[999]); // the top bucket's midpoint is above the max: clamped
    const single = new LatencyHistogram();
    single.add(123.4);
    expect(single.percentiles([50, 99])).toEqual([123.4, 123.4]);
  });
});

describe('rollupDay', () => {
  const day = '2026-05-01';
  const samples: Sample[] = [
    s('2026-05-01T00:00:00.500Z', A, 'up', 40),
    s('2026-05-01T00:05:00.000Z', A, 'degraded', 1500),
    s('2026-05-01T00:10:00.000Z', A, 'down', 30_000), // a failed probe's time is no latency
    s('2026-05-01T00:15:00.000Z', A, 'up'), // up without a timing
    // a 20-minute gap: attributed one interval only
    s('2026-05-01T00:35:00.000Z', A, 'up', 42),
    s('2026-05-01T23:58:00.000Z', A, 'down'), // attributed to midnight only
    s('2026-05-01T12:00:00.000Z', B, 'up', 0.4),
  ];
  const r = rollupDay([...samples].reverse(), day, INTERVAL);

  it('counts by state, first and last, flaps, attribution and expected samples per endpoint', () => {
    expect(r).toMatchObject({ v: 1, day, intervalMs: INTERVAL, expected: 288, samples: 7 });
    expect(r.endpoints.map((e) => e.url)).toEqual([A, B]);
    const a = r.endpoints[0]!;
    expect(a).toMatchObject({
      up: 3,
      down: 2,
      degraded: 1,
      first: { t: '2026-05-01T00:00:00.500Z', state: 'up' },
      last: { t: '2026-05-01T23:58:00.000Z', state: 'down' },
      flaps: 3, // up, degraded | down | up, up | down
    });
    expect(a.upMs).toBe(5 * MIN - 500 + 5 * MIN + 5 * MIN + 5 * MIN);
    expect(a.attributedMs).toBe(a.upMs + 5 * MIN + 2 * MIN);
    expect(a.latency).toMatchObject({ count: 3, min: 40, max: 1500 });
    expect(r.endpoints[1]!.latency).toEqual({ count: 1, min: 0.4, max: 0.4, buckets: [0, 1] });
  });

  it('is JSON, and reads back from the store as it was', () => {
    const text = JSON.stringify(r);
    expect(readRollup(text)).toEqual({ rollup: r });
    expect(readRollup(JSON.stringify(rollupDay([], day, INTERVAL)))).toEqual({
      rollup: { v: 1, day, intervalMs: INTERVAL, expected: 288, samples: 0, endpoints: [] },
    });
  });

  it('reports a damaged stored rollup, so that it is rebuilt from the day file', () => {
    const bad = (mutate: (o: DayRollup & Record<string, unknown>) => void) => {
      const o = JSON.parse(JSON.stringify(r)) as DayRollup & Record<string, unknown>;
      mutate(o);
      return (readRollup(JSON.stringify(o)) as { problem: string }).problem;
    };
    expect((readRollup('{"v":1,') as { problem: string }).problem).toMatch(/^not valid JSON/);
    expect((readRollup('[]') as { problem: string }).problem).toBe('not a JSON object');
    expect(bad((o) => void (o.v = 2 as 1))).toMatch(/unknown rollup version 2/);
    expect(bad((o) => void (o.day = '2026-13-01'))).toMatch(/"day"/);
    expect(bad((o) => void (o.intervalMs = 0))).toMatch(/intervalMs/);
    expect(bad((o) => void (o.samples = 8))).toMatch(/not the endpoints' total/);
    expect(bad((o) => void (o.endpoints[0]!.flaps = -1))).toMatch(/"flaps" is not a count/);
    expect(bad((o) => void (o.endpoints[0]!.first.t = '2026-05-02T00:00:00.000Z'))).toMatch(
      /"first" time is not on 2026-05-01/,
    );
    expect(bad((o) => void (o.endpoints[0]!.latency!.buckets = [5, 1, 3, 2]))).toMatch(/buckets are malformed/);
    expect(bad((o) => void (o.endpoints[0]!.latency!.count = 4))).toMatch(/do not add up/);
    expect(bad((o) => void (o.endpoints[1]!.url = A))).toMatch(/sorted|twice/);
  });

  it('refuses samples of another day and a bad day or interval', () => {
    expect(() => rollupDay([s('2026-05-02T00:00:00.000Z', A, 'up')], day, INTERVAL)).toThrow(/not on day 2026-05-01/);
    expect(() => rollupDay([], '2026-02-30', INTERVAL)).toThrow(/not a UTC day/);
    expect(() => rollupDay([], day, 0)).toThrow(/interval/);
  });
});

describe('mergeRollups', () => {
  it('adds days in time order, counting a flap across midnight, and keeps histograms exact', () => {
    const d1 = rollupDay(
      [s('2026-05-01T23:55:00.000Z', A, 'up', 10), s('2026-05-01T10:00:00.000Z', B, 'down')],
      '2026-05-01',
      INTERVAL,
    );
    const d2 = rollupDay(
      [s('2026-05-02T00:00:00.000Z', A, 'down'), s('2026-05-02T00:05:00.000Z', A, 'up', 20)],
      '2026-05-02',
      INTERVAL,
    );
    const d4 = rollupDay([s('2026-05-04T08:00:00.000Z', B, 'degraded', 30)], '2026-05-04', INTERVAL);
    const m = mergeRollups([d4, d2, d1]);
    expect(m.days).toEqual(['2026-05-01', '2026-05-02', '2026-05-04']);
    expect(m).toMatchObject({ expected: 3 * 288, samples: 5, intervalMs: INTERVAL });
    const [a, b] = m.endpoints;
    expect(a).toMatchObject({
      url: A,
      up: 2,
      down: 1,
      flaps: 2,
      first: { t: '2026-05-01T23:55:00.000Z' },
      last: { t: '2026-05-02T00:05:00.000Z', state: 'up' },
    });
    expect(a!.latency).toMatchObject({ count: 2, min: 10, max: 20 });
    expect(b).toMatchObject({ url: B, down: 1, degraded: 1, flaps: 1 }); // down (05-01) → degraded (05-04)
    expect(b!.latency).toEqual(d4.endpoints[0]!.latency);
    expect(() => mergeRollups([d1, d1])).toThrow(/two rollups/);
    expect(() => mergeRollups([d1, rollupDay([], '2026-05-03', MIN)])).toThrow(/different probe intervals/);
    expect(mergeRollups([]).endpoints).toEqual([]);
  });

  it('merging a week of rollups gives the same histogram as one built from every sample', () => {
    const days = Array.from({ length: 7 }, (_, d) => {
      const start = at('2026-05-01T00:00:00.000Z') + d * DAY_MS;
      const samples = Array.from({ length: 288 }, (_, i) =>
        s(new Date(start + i * INTERVAL).toISOString(), A, i % 50 === 0 ? 'down' : 'up', 1 + ((i * 37 + d * 11) % 997)),
      );
      return { day: new Date(start).toISOString().slice(0, 10), samples };
    });
    const merged = mergeRollups(days.map((x) => rollupDay(x.samples, x.day, INTERVAL)));
    const h = new LatencyHistogram();
    for (const x of days) for (const y of x.samples) if (y.state !== 'down') h.add(y.ms!);
    expect(merged.endpoints[0]!.latency).toEqual(h.toSummary());
    // Each day: down at 00:00, then 5 more single downs: 1 + 5 × 2 = 11 flaps; each of the
    // 6 midnights goes from up (23:55) to down (00:00): 1 more.
    expect(merged.endpoints[0]!.flaps).toBe(7 * 11 + 6);
  });
});
