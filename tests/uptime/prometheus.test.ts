/**
 * The Prometheus text exposition format 0.0.4 (strict, errors at line and column), and the
 * HTTP API's query responses and the PromQL built for them. The spec's own example
 * (prometheus.io "Exposition formats") must parse; so must the sample repository's
 * monitoring/metrics.txt, written by hand in that format.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError, ReportError } from '../../packages/core/errors.js';
import {
  availabilityQuery,
  errorRateQuery,
  latencyQuantileQuery,
  parsePromQueryResponse,
  PrometheusQueryError,
  promqlString,
  queryValue,
  selector,
  singleValue,
} from '../../packages/uptime/prometheus-api.js';
import {
  contentTypeProblem,
  findFamily,
  histogramQuantile,
  histogramSeries,
  labelText,
  parseGoFloat,
  parsePrometheusText,
} from '../../packages/uptime/prometheus-text.js';
import { SAMPLE } from '../support/fixtures.js';

const metricsPath = join(SAMPLE, 'monitoring', 'metrics.txt');
const metricsText = readFileSync(metricsPath, 'utf8');

function error(fn: () => unknown): ReportError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ReportError) return e;
    throw e;
  }
  throw new Error('expected a ReportError');
}

/** The example of the text format from the spec page, as it stands there. */
const SPEC_EXAMPLE = `# HELP http_requests_total The total number of HTTP requests.
# TYPE http_requests_total counter
http_requests_total{method="post",code="200"} 1027 1395066363000
http_requests_total{method="post",code="400"}    3 1395066363000

# Escaping in label values:
msdos_file_access_time_seconds{path="C:\\\\DIR\\\\FILE.TXT",error="Cannot find file:\\n\\"FILE.TXT\\""} 1.458255915e9

# Minimalistic line:
metric_without_timestamp_and_labels 12.47

# A weird metric from before the epoch:
something_weird{problem="division by zero"} +Inf -3982045

# A histogram, which has a pretty complex representation in the text format:
# HELP http_request_duration_seconds A histogram of the request duration.
# TYPE http_request_duration_seconds histogram
http_request_duration_seconds_bucket{le="0.05"} 24054
http_request_duration_seconds_bucket{le="0.1"} 33444
http_request_duration_seconds_bucket{le="0.2"} 100392
http_request_duration_seconds_bucket{le="0.5"} 129389
http_request_duration_seconds_bucket{le="1"} 133988
http_request_duration_seconds_bucket{le="+Inf"} 144320
http_request_duration_seconds_sum 53423
http_request_duration_seconds_count 144320

# Finally a summary, which has a complex representation, too:
# HELP telemetry_requests_metrics_latency_microseconds A summary of the response latency.
# TYPE telemetry_requests_metrics_latency_microseconds summary
telemetry_requests_metrics_latency_microseconds{quantile="0.01"} 3102
telemetry_requests_metrics_latency_microseconds{quantile="0.05"} 3272
telemetry_requests_metrics_latency_microseconds{quantile="0.5"} 4773
telemetry_requests_metrics_latency_microseconds{quantile="0.9"} 9001
telemetry_requests_metrics_latency_microseconds{quantile="0.99"} 76656
telemetry_requests_metrics_latency_microseconds_sum 1.7560473e+07
telemetry_requests_metrics_latency_microseconds_count 2693
`;

describe('parsePrometheusText', () => {
  it("parses the spec's example: types, help, escapes, +Inf, negative timestamps", () => {
    const expo = parsePrometheusText(SPEC_EXAMPLE, 'spec.txt');
    expect(expo.families.map((f) => [f.name, f.type])).toEqual([
      ['http_requests_total', 'counter'],
      ['msdos_file_access_time_seconds', 'untyped'],
      ['metric_without_timestamp_and_labels', 'untyped'],
      ['something_weird', 'untyped'],
      ['http_request_duration_seconds', 'histogram'],
      ['telemetry_requests_metrics_latency_microseconds', 'summary'],
    ]);
    const msdos = findFamily(expo, 'msdos_file_access_time_seconds')!.samples[0]!;
    expect(msdos.labels).toEqual({ path: 'C:\\DIR\\FILE.TXT', error: 'Cannot find file:\n"FILE.TXT"' });
    expect(msdos.value).toBe(1.458255915e9);
    expect(findFamily(expo, 'something_weird')!.samples[0]).toMatchObject({
      value: Infinity,
      timestamp: -3982045,
      line: 13,
    });
    expect(findFamily(expo, 'http_requests_total')!.samples[1]).toMatchObject({
      labels: { method: 'post', code: '400' },
      value: 3,
      timestamp: 1395066363000,
    });
    expect(findFamily(expo, 'http_request_duration_seconds')!.help).toBe('A histogram of the request duration.');
  });

  it('parses the sample repository metrics, decoding the escaped label values', () => {
    const expo = parsePrometheusText(metricsText, metricsPath);
    expect(expo.families.map((f) => f.name)).toEqual([
      'neo4j_component_info',
      'http_requests_total',
      'http_request_duration_seconds',
      'neo4j_query_seconds',
      'neo4j_last_import_timestamp_seconds',
      'neo4j_pool_wait_seconds_max',
      'process_open_fds',
    ]);
    const imp = findFamily(expo, 'neo4j_last_import_timestamp_seconds')!.samples[0]!;
    expect(imp.labels).toEqual({ source: 'C:\\imports\\graph.csv', status: 'ok: "42 rows"\nnext: none' });
    expect(labelText(imp.labels)).toBe('{source="C:\\\\imports\\\\graph.csv",status="ok: \\"42 rows\\"\\nnext: none"}');
    expect(findFamily(expo, 'process_open_fds')!.type).toBe('untyped');
  });

  it('gives the histogram series and their p95, as histogram_quantile interpolates', () => {
    const h = histogramSeries(
      findFamily(parsePrometheusText(metricsText, metricsPath), 'http_request_duration_seconds')!,
    );
    expect(h.map((s) => [s.labels, s.count, s.sum])).toEqual([
      [{ route: '/api/graph/nodes' }, 48244, 6398.2],
      [{ route: '/api/graph/query' }, 24217, 8421.7],
    ]);
    // rank 0.95 * 48244 = 45831.8 falls in (0.25, 0.5]: 0.25 + 0.25 * (45831.8 - 43410) / (47990 - 43410)
    expect(histogramQuantile(0.95, h[0]!.buckets)).toBeCloseTo(0.25 + (0.25 * 2421.8) / 4580, 12);
    // A rank in the +Inf bucket gives the highest finite bound; no observations give no value.
    expect(
      histogramQuantile(1, [
        { le: 1, count: 5 },
        { le: Infinity, count: 6 },
      ]),
    ).toBe(1);
    expect(
      histogramQuantile(0.5, [
        { le: 1, count: 0 },
        { le: Infinity, count: 0 },
      ]),
    ).toBeNull();
  });

  it('accepts blanks around tokens, a trailing comma in labels, tabs, empty braces and unknown comments', () => {
    const expo = parsePrometheusText('  # a comment\n#\tTYPE a gauge\na { x = "1" , } \t 2\t\nb{} 3\n\n', 't.txt');
    expect(expo.families.map((f) => [f.name, f.type, f.samples[0]!.labels, f.samples[0]!.value])).toEqual([
      ['a', 'gauge', { x: '1' }, 2],
      ['b', 'untyped', {}, 3],
    ]);
  });

  it('accepts an empty exposition (no metrics)', () => {
    expect(parsePrometheusText('', 'e.txt').families).toEqual([]);
  });

  const bad: [string, string, RegExp, number, number][] = [
    [
      'a bad escape in a label value',
      'a{path="C:\\DIR"} 1\n',
      /"\\D" is not an escape allowed in a label value/,
      1,
      11,
    ],
    ['an unclosed label value', 'ok 1\na{x="1} 2\n', /value of label x is not closed/, 2, 5],
    [
      'a histogram without +Inf',
      '# TYPE h histogram\nh_bucket{le="0.1"} 1\nh_bucket{le="1"} 2\nh_sum 3\nh_count 2\n',
      /histogram h has no le="\+Inf" bucket/,
      3,
      1,
    ],
    [
      'buckets out of order',
      '# TYPE h histogram\nh_bucket{le="1"} 1\nh_bucket{le="0.5"} 1\nh_bucket{le="+Inf"} 1\n',
      /not in increasing le order/,
      3,
      13,
    ],
    [
      'buckets that are not cumulative',
      '# TYPE h histogram\nh_bucket{le="1"} 5\nh_bucket{le="+Inf"} 4\n',
      /fewer than the bucket before it/,
      3,
      1,
    ],
    [
      'a _count that differs from +Inf',
      '# TYPE h histogram\nh_bucket{le="+Inf"} 4\nh_sum 1\nh_count 5\n',
      /h_count is 5 but the le="\+Inf" bucket counts 4/,
      4,
      1,
    ],
    ['a histogram with only _sum and _count', '# TYPE h histogram\nh_sum 1\nh_count 5\n', /has no buckets/, 3, 1],
    ['a bucket without le', '# TYPE h histogram\nh_bucket 1\n', /no le label/, 2, 1],
    ['an le that is not a number', '# TYPE h histogram\nh_bucket{le="big"} 1\n', /le="big" is not a number/, 2, 13],
    [
      'a plain sample named like the histogram',
      '# TYPE h histogram\nh 1\n',
      /h is a histogram: its samples are h_bucket/,
      2,
      1,
    ],
    [
      'a summary quantile above 1',
      '# TYPE s summary\ns{quantile="1.5"} 1\n',
      /quantile="1.5" is not a number from 0 to 1/,
      2,
      12,
    ],
    [
      'summary quantiles out of order',
      '# TYPE s summary\ns{quantile="0.9"} 1\ns{quantile="0.5"} 1\n',
      /quantiles of s are not in increasing order/,
      3,
      12,
    ],
    ['a negative counter', '# TYPE c counter\nc -1\n', /counter c is negative/, 2, 1],
    ['no line feed at the end', 'a 1\nb 2', /last line does not end with a line feed/, 2, 4],
    ['a carriage return', 'a 1\r\n', /carriage return/, 1, 4],
    ['a second TYPE line', '# TYPE a gauge\n# TYPE a counter\na 1\n', /second TYPE line for a/, 2, 1],
    ['a second HELP line', '# HELP a x\n# HELP a y\n', /second HELP line/, 2, 1],
    ['a TYPE after the samples', 'a 1\n# TYPE a gauge\n', /TYPE line of a comes after its samples/, 2, 1],
    ['an unknown type', '# TYPE a Gauge\n', /"Gauge" is not a metric type/, 1, 10],
    ['text after the type', '# TYPE a gauge extra\n', /text after the type/, 1, 16],
    ['a bad escape in HELP', '# HELP a say \\"hi\\"\n', /"\\"" is not an escape allowed in HELP text/, 1, 14],
    [
      'a family split in two groups',
      'a 1\nb 1\na{x="2"} 2\n',
      /lines of a are not one group: it started on line 1/,
      3,
      1,
    ],
    [
      'a histogram sample after another family',
      '# TYPE h histogram\nh_bucket{le="+Inf"} 1\nother 1\nh_count 1\n',
      /lines of h are not one group/,
      4,
      1,
    ],
    ['the same series twice', 'a{x="1",y="2"} 1\na{y="2",x="1"} 2\n', /same name and labels as line 1/, 2, 1],
    ['a label twice', 'a{x="1",x="2"} 1\n', /label x appears twice/, 1, 9],
    ['the reserved __name__ label', 'a{__name__="b"} 1\n', /__name__ is reserved/, 1, 3],
    ['a value that is not a number', 'a 1,5\n', /"1,5" is not a number/, 1, 3],
    ['a missing value', 'a{x="1"}\n', /has no value/, 1, 9],
    ['a timestamp that is not whole', 'a 1 1.5\n', /"1.5" is not a timestamp/, 1, 5],
    ['a timestamp beyond int64', 'a 1 9223372036854775808\n', /is not a timestamp/, 1, 5],
    ['text after the timestamp', 'a 1 2 3\n', /text after the timestamp/, 1, 7],
    ['a bad metric name', '1a 1\n', /metric name cannot start with "1"/, 1, 1],
    ['a bad character in a name', 'a-b 1\n', /"-" is not allowed in a metric name/, 1, 2],
    ['labels not closed', 'a{x="1" 2\n', /"," or "}" must follow the value of label x/, 1, 9],
    ['a label value without quotes', 'a{x=1} 2\n', /must be in double quotes/, 1, 5],
  ];
  it.each(bad)('refuses %s at its line and column', (_what, text, message, line, column) => {
    const e = error(() => parsePrometheusText(text, 'm.txt'));
    expect(e.message).toMatch(message);
    expect(e.place).toEqual({ file: 'm.txt', line, column });
    expect(e.describe()).toMatch(new RegExp(`^m\\.txt:${line}:${column}: `));
    expect(e.fix).toMatch(/exposition format 0\.0\.4/);
  });
});

describe('parseGoFloat and the Content-Type', () => {
  it.each<[string, number | null]>([
    ['1', 1],
    ['-2.5e3', -2500],
    ['.5', 0.5],
    ['1.', 1],
    ['+Inf', Infinity],
    ['-inf', -Infinity],
    ['Infinity', Infinity],
    ['NaN', NaN],
    ['nan', NaN],
    ['0x1p-2', 0.25],
    ['0x1.8p1', 3],
    ['1e', null],
    ['', null],
    ['1_000', null],
    ['+NaN', null],
    ['Inf1', null],
  ])('%s -> %s', (text, value) => {
    const v = parseGoFloat(text);
    if (value === null) expect(v).toBeNull();
    else expect(v).toBe(value);
  });

  it('accepts text/plain with version 0.0.4 or none, and says what else it got', () => {
    expect(contentTypeProblem('text/plain; version=0.0.4; charset=utf-8')).toBeNull();
    expect(contentTypeProblem('text/plain')).toBeNull();
    expect(contentTypeProblem('application/openmetrics-text; version=1.0.0')).toMatch(/OpenMetrics/);
    expect(contentTypeProblem('application/json')).toMatch(/application\/json, not text\/plain/);
    expect(contentTypeProblem('text/plain; version=0.0.3')).toMatch(/version is 0\.0\.3/);
    expect(contentTypeProblem(null)).toMatch(/no Content-Type/);
  });
});

describe('Prometheus HTTP API responses', () => {
  const vector = (series: unknown[]) =>
    JSON.stringify({ status: 'success', data: { resultType: 'vector', result: series } });

  it('reads a vector, its labels and values', () => {
    const r = parsePromQueryResponse(
      vector([{ metric: { job: 'neo4j' }, value: [1735726800.123, '0.9987'] }]),
      'http://prom/api/v1/query',
    );
    expect(r).toEqual({
      resultType: 'vector',
      series: [{ labels: { job: 'neo4j' }, t: 1735726800.123, value: 0.9987 }],
      warnings: [],
    });
    expect(singleValue(r)).toBe(0.9987);
  });

  it('reads an empty result as no data, never zero, and NaN likewise', () => {
    expect(queryValue(vector([]), 'prom')).toBeNull();
    expect(queryValue(vector([{ metric: {}, value: [1, 'NaN'] }]), 'prom')).toBeNull();
    expect(queryValue({ status: 'success', data: { resultType: 'scalar', result: [1, '0'] } }, 'prom')).toBe(0);
    expect(queryValue(vector([{ metric: {}, value: [1, '+Inf'] }]), 'prom')).toBe(Infinity);
  });

  it('reads a matrix and a string, and keeps warnings', () => {
    const m = parsePromQueryResponse(
      {
        status: 'success',
        warnings: ['partial data'],
        data: {
          resultType: 'matrix',
          result: [
            {
              metric: { i: 'a' },
              values: [
                [1, '1'],
                [2, '0'],
              ],
            },
          ],
        },
      },
      'prom',
    );
    expect(m).toEqual({
      resultType: 'matrix',
      series: [
        {
          labels: { i: 'a' },
          values: [
            { t: 1, value: 1 },
            { t: 2, value: 0 },
          ],
        },
      ],
      warnings: ['partial data'],
    });
    expect(() => singleValue(m, 'up[5m]')).toThrow(/returned a matrix, not a number/);
    expect(
      parsePromQueryResponse({ status: 'success', data: { resultType: 'string', result: [1, 'x'] } }, 'prom'),
    ).toMatchObject({ value: 'x' });
  });

  it('refuses several series where one number is asked for', () => {
    const r = parsePromQueryResponse(
      vector([
        { metric: { i: 'a' }, value: [1, '1'] },
        { metric: { i: 'b' }, value: [1, '0'] },
      ]),
      'prom',
    );
    expect(() => singleValue(r, 'up')).toThrow(ConfigurationError);
    expect(() => singleValue(r, 'up')).toThrow(/2 series where one number was expected/);
  });

  it('turns an error response into a PrometheusQueryError with its type and a fix', () => {
    const body = JSON.stringify({
      status: 'error',
      errorType: 'bad_data',
      error: 'invalid parameter "query": 1:5: parse error: unexpected "}"',
    });
    let e: unknown;
    try {
      parsePromQueryResponse(body, 'http://prom', 'up{job="x"');
    } catch (x) {
      e = x;
    }
    expect(e).toBeInstanceOf(PrometheusQueryError);
    const q = e as PrometheusQueryError;
    expect(q.errorType).toBe('bad_data');
    expect(q.message).toBe(
      'Prometheus answered an error (bad_data): invalid parameter "query": 1:5: parse error: unexpected "}"',
    );
    expect(q.place).toEqual({ file: 'http://prom', at: 'up{job="x"' });
    expect(q.fix).toMatch(/Check the PromQL/);
    expect(() =>
      parsePromQueryResponse({ status: 'error', errorType: 'timeout', error: 'query timed out' }, 'p'),
    ).toThrow(/timeout/);
  });

  it.each<[string, unknown, RegExp]>([
    ['truncated JSON', '{"status":"success","data":{"resultType":"vector","res', /ends early \(truncated\)/],
    ['HTML from a proxy', '<html>502 Bad Gateway</html>', /JSON is malformed/],
    ['an unknown status', { status: 'ok' }, /status must be "success" or "error"/],
    ['an unknown result type', { status: 'success', data: { resultType: 'table', result: [] } }, /resultType must be/],
    [
      'a number value',
      { status: 'success', data: { resultType: 'vector', result: [{ metric: {}, value: [1, 2] }] } },
      /\[timestamp, "value"\]/,
    ],
    [
      'a value that is not a number',
      { status: 'success', data: { resultType: 'vector', result: [{ metric: {}, value: [1, 'lots'] }] } },
      /"lots" is not a number/,
    ],
    [
      'a native histogram',
      { status: 'success', data: { resultType: 'vector', result: [{ metric: {}, histogram: [1, { count: '3' }] }] } },
      /native histogram/,
    ],
    [
      'labels that are not strings',
      { status: 'success', data: { resultType: 'vector', result: [{ metric: { a: 1 }, value: [1, '1'] }] } },
      /label values must be strings/,
    ],
  ])('refuses %s', (_what, body, message) => {
    expect(() => parsePromQueryResponse(body, 'prom')).toThrow(message);
  });
});

describe('PromQL builders', () => {
  it('writes label values as PromQL strings, escaping quotes, backslashes and control characters', () => {
    expect(promqlString('plain')).toBe('"plain"');
    expect(promqlString('a"b\\c\nd\te\u0001')).toBe('"a\\"b\\\\c\\nd\\te\\x01"');
    expect(selector({ job: 'neo4j', code: { regex: '5..' } })).toBe('{job="neo4j",code=~"5.."}');
    expect(selector({})).toBe('');
  });

  it('builds availability from up over 7 days, one number for a job of several targets', () => {
    expect(availabilityQuery({ job: 'neo4j' })).toBe(
      'sum(sum_over_time(up{job="neo4j"}[7d])) / sum(count_over_time(up{job="neo4j"}[7d]))',
    );
    expect(availabilityQuery({ job: 'x"} or vector(1) #', window: '30d' })).toBe(
      'sum(sum_over_time(up{job="x\\"} or vector(1) #"}[30d])) / sum(count_over_time(up{job="x\\"} or vector(1) #"}[30d]))',
    );
  });

  it('builds the error rate and the p95', () => {
    expect(errorRateQuery({ labels: { job: 'neo4j' } })).toBe(
      'sum(rate(http_requests_total{job="neo4j",code=~"5.."}[5m])) / sum(rate(http_requests_total{job="neo4j"}[5m]))',
    );
    expect(errorRateQuery({ labels: {}, metric: 'requests_total', statusLabel: 'status', window: '1h' })).toBe(
      'sum(rate(requests_total{status=~"5.."}[1h])) / sum(rate(requests_total[1h]))',
    );
    expect(latencyQuantileQuery({ metric: 'http_request_duration_seconds', labels: { job: 'neo4j' } })).toBe(
      'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{job="neo4j"}[5m])))',
    );
    expect(latencyQuantileQuery({ metric: 'x_bucket', quantile: 0.99, window: '10m' })).toBe(
      'histogram_quantile(0.99, sum by (le) (rate(x_bucket[10m])))',
    );
  });

  it.each<[string, () => string, RegExp]>([
    ['a bad metric name', () => latencyQuantileQuery({ metric: 'a-b' }), /"a-b" is not a valid Prometheus metric name/],
    [
      'a bad label name',
      () => availabilityQuery({ job: 'x', labels: { 'bad label': 'y' } }),
      /"bad label" is not a valid Prometheus label name/,
    ],
    ['a bad duration', () => availabilityQuery({ job: 'x', window: '7 days' }), /"7 days" is not a PromQL duration/],
    ['a quantile above 1', () => latencyQuantileQuery({ metric: 'x', quantile: 95 }), /quantile 95 is not from 0 to 1/],
  ])('refuses %s', (_what, build, message) => {
    expect(build).toThrow(ConfigurationError);
    expect(build).toThrow(message);
  });
});
