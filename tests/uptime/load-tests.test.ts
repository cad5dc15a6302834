/**
 * Load-test reports (Locust --csv, k6 --summary-export) as one model, judged against the
 * policy's performance bars. The fixtures in examples/sample-repo/reports/load are written by
 * hand in the tools' documented shapes (see the README there): the figures expected below are
 * the ones written into them.
 */
import { readFileSync } from 'node:fs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEED_POLICY } from '../../packages/core/config/defaults.js';
import { ConfigurationError, ReportError } from '../../packages/core/errors.js';
import { readCsv } from '../../packages/uptime/load/csv.js';
import { k6SubmetricTags, parseK6Summary, readK6Summary } from '../../packages/uptime/load/k6.js';
import { locustFiles, parseLocustCsv, readLocustCsv } from '../../packages/uptime/load/locust.js';
import type { LoadTestModel } from '../../packages/uptime/load/model.js';
import { readLoadReport } from '../../packages/uptime/load/read-load-report.js';
import { checkLoadAgainstSla, endpointKind, type LoadCheck } from '../../packages/uptime/load/sla.js';
import { report } from '../support/fixtures.js';

const LOAD = report('load');
const statsPath = join(LOAD, 'neo4j_stats.csv');
const historyPath = join(LOAD, 'neo4j_stats_history.csv');
const k6Path = join(LOAD, 'k6-summary.json');
const statsText = readFileSync(statsPath, 'utf8');
const historyText = readFileSync(historyPath, 'utf8');
const k6Text = readFileSync(k6Path, 'utf8');
const PERF = SEED_POLICY.production.performance;

function error(fn: () => unknown): ReportError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ReportError) return e;
    throw e;
  }
  throw new Error('expected a ReportError');
}

const stats = (text: string) => ({ text, file: 'x_stats.csv' });
const HEADER =
  'Type,Name,Request Count,Failure Count,Median Response Time,Average Response Time,Min Response Time,Max Response Time,Average Content Size,Requests/s,Failures/s,50%,66%,75%,80%,90%,95%,98%,99%,99.9%,99.99%,100%';
const AGG = ',Aggregated,10,1,5,5.5,1,9,100.0,2.0,0.2,5,6,6,7,8,9,9,9,9,9,9';
const row = (type: string, name: string, rest = '10,1,5,5.5,1,9,100.0,2.0,0.2,5,6,6,7,8,9,9,9,9,9,9') =>
  `${type},${name},${rest}`;

describe('readCsv (Python csv.writer output)', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF or LF', () => {
    const rows = readCsv('a,"b,c","say ""hi""","two\r\nlines",\r\nx,y,z,w,v\n', 'f.csv', 'fix');
    expect(rows.map((r) => r.fields)).toEqual([
      ['a', 'b,c', 'say "hi"', 'two\r\nlines', ''],
      ['x', 'y', 'z', 'w', 'v'],
    ]);
    expect(rows[1]!.line).toBe(3);
    // The field after a quoted line break is placed on the line it starts on.
    expect(rows[0]!.columns).toEqual([1, 3, 9, 22, 8]);
  });

  it('skips a byte-order mark and one empty last line', () => {
    expect(readCsv('\ufeffa,b\n\n', 'f.csv', 'fix').map((r) => r.fields)).toEqual([['a', 'b']]);
  });

  it.each([
    ['a stray quote', 'a,b"c\n', 1, 4, /quote inside an unquoted field/],
    ['text after a closing quote', 'a,"b"c\n', 1, 6, /text follows the closing quote/],
    ['an unclosed quote', 'a,b\nc,"d\n', 2, 3, /not closed.*truncated/],
    ['a lone carriage return', 'a,b\rc\n', 1, 4, /carriage return/],
    ['an empty line inside', 'a\n\nb\n', 2, 1, /empty line/],
  ])('refuses %s at its line and column', (_what, text, line, column, message) => {
    const e = error(() => readCsv(text, 'f.csv', 'fix'));
    expect(e.place).toMatchObject({ file: 'f.csv', line, column });
    expect(e.message).toMatch(message);
  });
});

describe('Locust --csv', () => {
  const model = parseLocustCsv({ text: statsText, file: statsPath }, { text: historyText, file: historyPath });

  it('reads every endpoint with its figures, percentiles from the % columns', () => {
    expect(model.tool).toBe('locust');
    expect(model.endpoints.map((e) => [e.method, e.name])).toEqual([
      ['GET', '/api/graph/nodes'],
      ['GET', '/api/graph/nodes?ids=1,2'],
      ['POST', '/api/graph/query'],
      ['GET', 'page:/dashboard'],
    ]);
    expect(model.endpoints[2]).toEqual({
      name: '/api/graph/query',
      method: 'POST',
      requests: 2410,
      failures: 12,
      p50: 310,
      p95: 620,
      p99: 900,
      rps: 20.083333333333332,
      failureRate: (100 * 12) / 2410,
    });
  });

  it('reads the Aggregated row as the aggregate, and peak users and duration from the history', () => {
    expect(model.aggregate).toMatchObject({
      name: 'Aggregated',
      method: null,
      requests: 9037,
      failures: 15,
      p50: 130,
      p95: 610,
      p99: 1500,
      rps: 75.30833333333334,
    });
    expect(model.aggregate.failureRate).toBeCloseTo((100 * 15) / 9037, 12);
    expect(model.peakUsers).toBe(150);
    expect(model.durationSeconds).toBe(120);
    expect(model.notes).toEqual([]);
  });

  it('reads N/A as null and an entry without requests as having no failure rate', () => {
    const m = parseLocustCsv(
      stats(
        [
          HEADER,
          row('GET', '/none', '0,0,0,0.0,0,0,0.0,0.0,0.0,N/A,N/A,N/A,N/A,N/A,N/A,N/A,N/A,N/A,N/A,N/A'),
          AGG,
          '',
        ].join('\r\n'),
      ),
    );
    expect(m.endpoints[0]).toMatchObject({ requests: 0, p50: null, p95: null, p99: null, failureRate: null });
  });

  it('says peak users are unknown without a history file', async () => {
    const m = parseLocustCsv({ text: statsText, file: statsPath });
    expect(m.peakUsers).toBeNull();
    expect(m.notes.join('\n')).toMatch(/no _stats_history\.csv.*peak users unknown/);
  });

  it('accepts Locust 1.x header names and other percentile sets, noting what is missing', () => {
    const header =
      'Type,Name,# requests,# failures,Median Response Time,Average Response Time,Min Response Time,Max Response Time,Average Content Size,Requests/s,Failures/s,50%,90%';
    const m = parseLocustCsv(
      stats(
        [header, 'GET,/a,4,0,3,3.1,1,5,10.0,1.5,0.0,3,5', ',Aggregated,4,0,3,3.1,1,5,10.0,1.5,0.0,3,5', ''].join('\n'),
      ),
    );
    expect(m.endpoints[0]).toMatchObject({ requests: 4, p50: 3, p95: null, p99: null });
    expect(m.notes.join('\n')).toMatch(/no "95%" column/);
  });

  it('finds the files from the stats path or the prefix, and reads the history beside', async () => {
    expect(locustFiles('/r/neo4j')).toEqual({ stats: '/r/neo4j_stats.csv', history: '/r/neo4j_stats_history.csv' });
    expect(locustFiles('/r/neo4j_stats.csv')).toEqual(locustFiles('/r/neo4j'));
    const read = await readLocustCsv(join(LOAD, 'neo4j'));
    expect(read).toEqual(model);
    expect(await readLoadReport(statsPath)).toEqual(model);
  });
});

describe('Locust files that cannot be read', () => {
  it.each<[string, string, RegExp, { line?: number; column?: number }]>([
    ['an empty file', '', /empty/, {}],
    [
      'a CSV of something else',
      'id,title\n1,x\n',
      /not Locust's _stats\.csv: the header has no "Type", "Name", "Request Count", "Failure Count", "Requests\/s" column/,
      { line: 1 },
    ],
    ['the history given as the stats', `${historyText}`, /_stats_history\.csv file, not _stats\.csv/, { line: 1 }],
    [
      'a row with a field too few',
      [HEADER, 'GET,/a,10,1,5,5.5,1,9,100.0,2.0,0.2,5,6,6,7,8,9,9,9,9,9', AGG, ''].join('\n'),
      /21 field\(s\) where the header has 22/,
      { line: 2 },
    ],
    [
      'a word where a count is',
      [HEADER, row('GET', '/a', 'ten,1,5,5.5,1,9,100.0,2.0,0.2,5,6,6,7,8,9,9,9,9,9,9'), AGG, ''].join('\n'),
      /Request Count must be a whole number.*"ten"/,
      { line: 2, column: 8 },
    ],
    [
      'a negative rate',
      [HEADER, row('GET', '/a', '10,1,5,5.5,1,9,100.0,-2.0,0.2,5,6,6,7,8,9,9,9,9,9,9'), AGG, ''].join('\n'),
      /Requests\/s must be a number/,
      { line: 2 },
    ],
    [
      'a file cut before the Aggregated row',
      [HEADER, row('GET', '/a'), ''].join('\n'),
      /no Aggregated row last: the file was cut short/,
      { line: 2 },
    ],
    ['a header only', `${HEADER}\n`, /header but no rows/, { line: 1 }],
    [
      'the Aggregated row not last',
      [HEADER, AGG, row('GET', '/a'), ''].join('\n'),
      /Aggregated row must be the last/,
      { line: 2 },
    ],
    [
      'an endpoint twice',
      [HEADER, row('GET', '/a'), row('GET', '/a'), AGG, ''].join('\n'),
      /"GET \/a" has two rows/,
      { line: 3 },
    ],
    ['an empty name', [HEADER, row('GET', ''), AGG, ''].join('\n'), /Name is empty/, { line: 2, column: 5 }],
    ['a header naming a column twice', `Type,Name,Name\n`, /names "Name" twice/, { line: 1, column: 11 }],
    [
      'a malformed quote',
      [HEADER, row('GET', '/a"b'), AGG, ''].join('\n'),
      /quote inside an unquoted field/,
      { line: 2, column: 7 },
    ],
  ])('refuses %s, saying where and how to write it', (_what, text, message, place) => {
    const e = error(() => parseLocustCsv(stats(text)));
    expect(e.message).toMatch(message);
    expect(e.place).toMatchObject({ file: 'x_stats.csv', ...place });
    expect(e.fix).toMatch(/--csv|_stats\.csv/);
    expect(e.describe()).toMatch(/^x_stats\.csv/);
  });

  it('refuses a history that is not one, or goes back in time', () => {
    const ok = stats([HEADER, AGG, ''].join('\n'));
    expect(error(() => parseLocustCsv(ok, { text: 'a,b\n1,2\n', file: 'x_stats_history.csv' })).message).toMatch(
      /no "Timestamp" and "User Count" column/,
    );
    const back = 'Timestamp,User Count,Type,Name\n100,1,,Aggregated\n90,2,,Aggregated\n';
    expect(error(() => parseLocustCsv(ok, { text: back, file: 'h.csv' })).place).toMatchObject({ line: 3, column: 1 });
    const users = 'Timestamp,User Count,Type,Name\n100,many,,Aggregated\n';
    expect(error(() => parseLocustCsv(ok, { text: users, file: 'h.csv' })).message).toMatch(
      /User Count must be a whole number/,
    );
  });

  it('refuses the other files by name', async () => {
    await expect(readLoadReport(historyPath)).rejects.toThrow(/history file/);
    await expect(readLoadReport('/r/x_failures.csv')).rejects.toThrow(/not the statistics file/);
    await expect(readLoadReport('/nowhere/x_stats.csv')).rejects.toThrow(/does not exist/);
  });
});

describe('k6 --summary-export', () => {
  const model = parseK6Summary(k6Text, k6Path);

  it('reads the untagged metrics as the aggregate: med, p(95), p(99), count, rate, failures', () => {
    expect(model.tool).toBe('k6');
    expect(model.aggregate).toEqual({
      name: 'Aggregated',
      method: null,
      requests: 9012,
      failures: 15,
      p50: 128.401,
      p95: 598.77,
      p99: 1488.1,
      rps: 75.1,
      failureRate: (100 * 15) / 9012,
    });
  });

  it('counts failed requests from passes of http_req_failed (a true sample is a failure)', () => {
    const nodes = model.endpoints.find((e) => e.name === '/api/graph/nodes')!;
    expect(nodes.failures).toBe(3);
    expect(nodes.failureRate).toBeCloseTo((100 * 3) / 4821, 12);
  });

  it('reads tagged sub-metrics as endpoints, not {expected_response:true}', () => {
    expect(model.endpoints.map((e) => e.name)).toEqual(['/api/graph/nodes', '/api/graph/query', 'page:/dashboard']);
    expect(model.endpoints[1]).toMatchObject({ requests: 2410, p95: 611.4, rps: 20.083333333333332, failures: 12 });
    // Only a duration threshold was set for the page: its other figures are unknown, not 0.
    expect(model.endpoints[2]).toMatchObject({ requests: null, failures: null, failureRate: null, p95: 1790.2 });
    expect(model.notes).toEqual([]);
  });

  it('takes peak users from vus.max and the duration from count / rate', () => {
    expect(model.peakUsers).toBe(150);
    expect(model.durationSeconds).toBeCloseTo(120, 9);
  });

  it('reads the data handleSummary() receives as well', () => {
    const data = {
      metrics: {
        http_req_duration: {
          type: 'trend',
          contains: 'time',
          values: { avg: 10, min: 1, med: 9, max: 40, 'p(90)': 20, 'p(95)': 30 },
        },
        http_reqs: { type: 'counter', contains: 'default', values: { count: 200, rate: 6.5 } },
        http_req_failed: {
          type: 'rate',
          contains: 'default',
          values: { rate: 0.02, passes: 4, fails: 196 },
          thresholds: { 'rate<0.01': { ok: false } },
        },
        vus_max: { type: 'gauge', contains: 'default', values: { value: 20, min: 20, max: 20 } },
      },
      state: { testRunDurationMs: 30770.5 },
    };
    const m = parseK6Summary(JSON.stringify(data), 'summary.json');
    expect(m.aggregate).toMatchObject({
      requests: 200,
      failures: 4,
      failureRate: 2,
      p50: 9,
      p95: 30,
      p99: null,
      rps: 6.5,
    });
    expect(m.peakUsers).toBe(20);
    expect(m.durationSeconds).toBeCloseTo(30.7705, 9);
  });

  it('notes what an older or trimmed export lacks', () => {
    const m = parseK6Summary(
      JSON.stringify({ metrics: { http_req_duration: { med: 3, 'p(90)': 5 }, http_reqs: { count: 2, rate: 1 } } }),
      's.json',
    );
    expect(m.aggregate).toMatchObject({ failures: null, failureRate: null, p95: null });
    expect(m.peakUsers).toBeNull();
    expect(m.notes.join('\n')).toMatch(/no http_req_failed.*no p\(95\).*no vus/s);
  });

  it('reads sub-metric tags as k6 does: split on commas, spaces and quotes trimmed', () => {
    expect([...k6SubmetricTags(' name: "/api/x" , method:GET')]).toEqual([
      ['name', '/api/x'],
      ['method', 'GET'],
    ]);
    const m = parseK6Summary(
      JSON.stringify({
        metrics: {
          http_req_duration: { med: 1, 'p(95)': 2 },
          http_reqs: { count: 1, rate: 1 },
          'http_req_duration{name:/a,method:POST}': { med: 1, 'p(95)': 2 },
          'http_req_duration{status:500}': { med: 1, 'p(95)': 2 },
          'http_req_duration{name:/a,scenario:smoke}': { med: 1, 'p(95)': 2 },
        },
      }),
      's.json',
    );
    expect(m.endpoints).toEqual([expect.objectContaining({ name: '/a', method: 'POST' })]);
    expect(m.notes.join('\n')).toMatch(/not read as endpoints.*\{status:500\}.*scenario:smoke/);
  });

  it('is chosen by the .json name', async () => {
    expect(await readLoadReport(k6Path)).toEqual(await readK6Summary(k6Path));
  });
});

describe('k6 exports that cannot be read', () => {
  it('says a truncated export ends early, with the line', () => {
    const e = error(() => parseK6Summary(k6Text.slice(0, 300), 'k.json'));
    expect(e.message).toMatch(/ends early \(truncated\)/);
    expect(e.place.line).toBeGreaterThan(1);
  });

  it.each<[string, string, RegExp, string]>([
    ['an empty file', '', /empty/, ''],
    ['an array', '[]', /no "metrics" object/, '(top level)'],
    [
      'a summary without HTTP metrics',
      '{"metrics": {"iterations": {"count": 1, "rate": 1}}}',
      /no http_req_duration metric/,
      'metrics',
    ],
    ['metrics that is not an object', '{"metrics": []}', /no "metrics" object/, 'metrics'],
    [
      'a p(95) that is text',
      '{"metrics": {"http_req_duration": {"med": 1, "p(95)": "fast"}, "http_reqs": {"count": 1, "rate": 1}}}',
      /p\(95\) must be a number ≥ 0, not a string/,
      'metrics.http_req_duration["p(95)"]',
    ],
    [
      'a fractional count',
      '{"metrics": {"http_req_duration": {"med": 1}, "http_reqs": {"count": 1.5, "rate": 1}}}',
      /count must be a whole number/,
      'metrics.http_reqs.count',
    ],
    [
      'a failure rate above 1',
      '{"metrics": {"http_req_duration": {"med": 1}, "http_reqs": {"count": 1, "rate": 1}, "http_req_failed": {"value": 2}}}',
      /value must be a number from 0 to 1/,
      'metrics.http_req_failed.value',
    ],
  ])('refuses %s, naming the element', (_what, text, message, at) => {
    const e = error(() => parseK6Summary(text, 'k.json'));
    expect(e.message).toMatch(message);
    if (at) expect(e.place.at).toBe(at);
    expect(e.fix).toMatch(/--summary-export/);
  });

  it('points at the line of a bad value', () => {
    const text =
      '{\n  "metrics": {\n    "http_req_duration": {"med": 1, "p(95)": -4},\n    "http_reqs": {"count": 1, "rate": 1}\n  }\n}\n';
    expect(error(() => parseK6Summary(text, 'k.json')).place).toMatchObject({ line: 3 });
  });
});

describe('checkLoadAgainstSla', () => {
  const byId = (checks: LoadCheck[]) => new Map(checks.map((c) => [c.id, c]));
  const locust = parseLocustCsv({ text: statsText, file: statsPath }, { text: historyText, file: historyPath });

  it('judges each endpoint by the bar its name picks, and the totals by theirs', () => {
    const checks = byId(checkLoadAgainstSla(locust, PERF));
    expect(checks.get('load.p95:POST /api/graph/query')).toMatchObject({
      measured: 620,
      bar: 500,
      comparator: '<=',
      unit: 'ms',
      pass: false,
    });
    expect(checks.get('load.p95:GET /api/graph/nodes')).toMatchObject({ measured: 340, bar: 500, pass: true });
    expect(checks.get('load.p95:GET page:/dashboard')).toMatchObject({ measured: 1800, bar: 3000, pass: true });
    expect(checks.get('load.p95:GET page:/dashboard')!.detail).toMatch(/1800 ms, bar <= 3000 ms for page load/);
    expect(checks.get('load.rps')).toMatchObject({ bar: 50, comparator: '>=', unit: 'req/s', pass: true });
    expect(checks.get('load.error-rate')).toMatchObject({ bar: 0.5, unit: '%', pass: true });
    expect(checks.get('load.error-rate:POST /api/graph/query')!.measured).toBeCloseTo(0.4979, 4);
    expect(checks.get('load.peak-users')).toMatchObject({ measured: 150, bar: 100, unit: 'users', pass: true });
    // The total mixes a page with API calls: no single bar, so no total p95 check.
    expect(checks.has('load.p95')).toBe(false);
  });

  it('checks the total p95 against the API bar when every endpoint is an API call', () => {
    const apiOnly: LoadTestModel = { ...locust, endpoints: locust.endpoints.filter((e) => endpointKind(e) === 'api') };
    expect(byId(checkLoadAgainstSla(apiOnly, PERF)).get('load.p95')).toMatchObject({
      measured: 610,
      bar: 500,
      pass: false,
    });
    const k6 = parseK6Summary(
      JSON.stringify({ metrics: { http_req_duration: { med: 1, 'p(95)': 450 }, http_reqs: { count: 10, rate: 60 } } }),
      's.json',
    );
    const checks = byId(checkLoadAgainstSla(k6, PERF));
    expect(checks.get('load.p95')).toMatchObject({ measured: 450, pass: true });
    // Unknown figures are no data, never a pass.
    expect(checks.get('load.error-rate')).toMatchObject({ measured: null, pass: null });
    expect(checks.get('load.peak-users')).toMatchObject({
      measured: null,
      pass: null,
      detail: expect.stringMatching(/no vus metric/),
    });
  });

  it('reads page: and db: prefixes in any case', () => {
    expect(endpointKind({ name: 'Page:/home' })).toBe('page');
    expect(endpointKind({ name: 'db:match (n)' })).toBe('db');
    expect(endpointKind({ name: '/pages/home' })).toBe('api');
    const m: LoadTestModel = { ...locust, endpoints: [{ ...locust.endpoints[0]!, name: 'db:cypher', p95: 120 }] };
    expect(byId(checkLoadAgainstSla(m, PERF)).get('load.p95:GET db:cypher')).toMatchObject({ bar: 100, pass: false });
  });

  it('follows a policy that overrides the bars', () => {
    const strict = { ...PERF, 'max-error-rate': 0.1, 'min-concurrent-users': 200 };
    const checks = byId(checkLoadAgainstSla(locust, strict));
    expect(checks.get('load.error-rate')!.pass).toBe(false);
    expect(checks.get('load.peak-users')!.pass).toBe(false);
  });

  it('judges the k6 fixture too: an endpoint without request counts has no failure rate', () => {
    const checks = byId(checkLoadAgainstSla(parseK6Summary(k6Text, k6Path), PERF));
    expect(checks.get('load.p95:/api/graph/query')!.pass).toBe(false);
    expect(checks.get('load.error-rate:page:/dashboard')).toMatchObject({ pass: null });
  });
});

describe('a load report on disk', () => {
  it('is an error, not a crash, when the JSON is binary noise', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'load-'));
    const p = join(dir, 'k.json');
    writeFileSync(p, Buffer.from([0x7b, 0x00, 0xff, 0x22]));
    await expect(readLoadReport(p)).rejects.toBeInstanceOf(ConfigurationError);
  });
});

describe('a real Locust run whose request names carry the method', () => {
  // Written by Locust itself (scripts/fixtures/locust/run.sh): Type GET, Name "GET /api/graph/nodes".
  const REAL = join(LOAD, 'real');

  it('labels each endpoint with its method once', async () => {
    const m = await readLocustCsv(join(REAL, 'graph'));
    expect(m.endpoints.map((e) => [e.method, e.name])).toEqual([
      ['GET', 'GET /api/graph/nodes'],
      ['POST', 'POST /api/graph/query'],
      ['GET', 'page:/dashboard'],
    ]);
    const ids = checkLoadAgainstSla(m, PERF).map((c) => c.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'load.p95:GET /api/graph/nodes',
        'load.p95:POST /api/graph/query',
        'load.p95:GET page:/dashboard',
      ]),
    );
    expect(ids.join('\n')).not.toMatch(/GET GET|POST POST/);
    expect(m.peakUsers).toBe(5);
  });

  it('still prefixes a name that only starts with the same letters', () => {
    const m = parseLocustCsv(stats([HEADER, row('GET', 'GETTER /x'), row('get', 'GET /y'), AGG, ''].join('\r\n')));
    expect(
      checkLoadAgainstSla(m, PERF)
        .filter((c) => c.id.startsWith('load.p95:'))
        .map((c) => c.id),
    ).toEqual(['load.p95:GET GETTER /x', 'load.p95:GET /y']);
  });
});
