/**
 * Memory and CPU from Prometheus range queries (packages/uptime/resource-usage.ts) and the
 * performance criteria judged on them: the PromQL asked, peaks and averages read from
 * real-shaped matrices (string values, float timestamps, several series, a counter restart),
 * and no-data for every kind of missing evidence.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_POLICY } from '../../packages/core/config/defaults.js';
import { parseLocustCsv } from '../../packages/uptime/load/locust.js';
import { parsePromQueryResponse } from '../../packages/uptime/prometheus-api.js';
import {
  cpuQuery,
  cpuUsage,
  memoryQuery,
  peakMemory,
  rangeQueryPath,
  seriesName,
  stepSeconds,
} from '../../packages/uptime/resource-usage.js';
import { evaluateUptime, type ResourceEvidence, type UptimeModel } from '../../actions/uptime-check/uptime-check.js';
import { report } from '../support/fixtures.js';

/** A query_range answer as Prometheus sends it. */
function matrix(series: { metric: Record<string, string>; values: [number, string][] }[]) {
  return parsePromQueryResponse(
    JSON.stringify({ status: 'success', data: { resultType: 'matrix', result: series } }),
    'http://prom:9090',
  );
}

describe('PromQL for memory and CPU', () => {
  it('asks for the peak in ranges that tile the window, and for the raw counter', () => {
    expect(memoryQuery('neo4j', 'process', 15)).toBe('max_over_time(process_resident_memory_bytes{job="neo4j"}[15s])');
    expect(memoryQuery('neo4j', 'container', 61)).toBe(
      'max_over_time(container_memory_working_set_bytes{job="neo4j",container!~"POD|"}[61s])',
    );
    expect(cpuQuery('neo4j', 'process')).toBe('process_cpu_seconds_total{job="neo4j"}');
    expect(cpuQuery('a"b', 'container')).toBe('container_cpu_usage_seconds_total{job="a\\"b",container!~"POD|"}');
  });

  it('keeps a window under 10,000 points a series, one second apart at most', () => {
    expect(stepSeconds({ start: 1000, end: 1300 })).toBe(1);
    expect(stepSeconds({ start: 0, end: 7 * 86_400 })).toBe(61);
    expect(rangeQueryPath('up{job="x"}', { start: 10, end: 70 }, 1)).toBe(
      '/api/v1/query_range?query=up%7Bjob%3D%22x%22%7D&start=10&end=70&step=1',
    );
  });
});

describe('figures from the matrices', () => {
  it('takes the highest memory of any series, in bytes, and names the series', () => {
    const m = matrix([
      {
        metric: { job: 'neo4j', instance: 'neo4j-0:2004' },
        values: [
          [1796283000, '301989888'],
          [1796283001.5, '402653184'],
        ],
      },
      {
        metric: { job: 'neo4j', instance: 'neo4j-1:2004' },
        values: [
          [1796283000, '398458880'],
          [1796283001.5, 'NaN'],
        ],
      },
    ]);
    expect(peakMemory(m)).toEqual({ bytes: 402653184, series: '{instance="neo4j-0:2004"}' });
    expect(peakMemory(matrix([]))).toBeNull();
  });

  it('averages CPU as the increase over the span, counts a restart as Prometheus does, and finds the busiest minute', () => {
    // 0.2 cores for 60 s, then a restart (the counter starts again near 0), then 0.6 cores for 60 s.
    const values: [number, string][] = [];
    for (let t = 0; t <= 60; t += 15) values.push([1000 + t, String(100 + 0.2 * t)]);
    for (let t = 75; t <= 135; t += 15) values.push([1000 + t, String(0.6 * (t - 60))]);
    const f = cpuUsage(matrix([{ metric: { job: 'neo4j', instance: 'a' }, values }]))!;
    // increase: 12 (first minute) + 9 (restart: counted from 0) + 36 = 57 cpu-seconds over 135 s.
    expect(f.averagePercent).toBeCloseTo((100 * 57) / 135, 10);
    expect(f.peakPercent).toBeCloseTo(60, 10);
    expect(f.series).toBe('{instance="a"}');
  });

  it('judges the busiest of several series, and has no figure with fewer than two points', () => {
    const idle = {
      metric: { instance: 'idle' },
      values: [
        [0, '5'],
        [60, '8'],
      ] as [number, string][],
    };
    const busy = {
      metric: { instance: 'busy' },
      values: [
        [0, '5'],
        [60, '35'],
      ] as [number, string][],
    };
    expect(cpuUsage(matrix([idle, busy]))).toMatchObject({ averagePercent: 50, series: '{instance="busy"}' });
    expect(cpuUsage(matrix([{ metric: {}, values: [[0, '5']] }]))).toBeNull();
    expect(seriesName({ __name__: 'x', job: 'j' })).toBe('(one series)');
  });
});

describe('the load test window', () => {
  it('is the first and last Timestamp of the real Locust history', () => {
    const dir = join(report('load'), 'real');
    const stats = { text: readFileSync(join(dir, 'graph_stats.csv'), 'utf8'), file: 'graph_stats.csv' };
    const historyText = readFileSync(join(dir, 'graph_stats_history.csv'), 'utf8');
    const stamps = historyText
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => Number(l.split(',')[0]));
    const m = parseLocustCsv(stats, { text: historyText, file: 'graph_stats_history.csv' });
    expect(m.window).toEqual({ start: stamps[0], end: stamps[stamps.length - 1] });
    expect(m.window!.end).toBeGreaterThan(m.window!.start);
  });
});

describe('performance criteria', () => {
  const evidence = (over: Partial<ResourceEvidence> = {}): ResourceEvidence => ({
    url: 'http://prom:9090',
    window: { start: 1000, end: 1300, from: 'load-test' },
    source: 'process',
    step: 1,
    memory: { query: 'max_over_time(m[1s])', peakMb: 384, series: '{instance="a"}', error: null },
    cpu: { query: 'c', averagePercent: 31.25, peakPercent: 58, series: '{instance="a"}', error: null },
    ...over,
  });
  const model = (over: Partial<UptimeModel>): UptimeModel => ({
    probes: [],
    window: null,
    windowText: '7d',
    days: [],
    historySource: null,
    minUptime: 99.5,
    load: [],
    prometheus: null,
    performance: null,
    loadTestNotApplicable: null,
    metrics: null,
    alerts: null,
    policy: SEED_POLICY.staging,
    production: false,
    measureUptime: false,
    ...over,
  });
  const byId = (m: UptimeModel) => new Map(evaluateUptime(m).criteria.map((c) => [c.id, c]));

  it('judges peak memory and average CPU against the seed bars (512 MB, 50%)', () => {
    const c = byId(model({ performance: { evidence: evidence(), missing: null, during: 'during the load test' } }));
    expect(c.get('performance.memory')).toMatchObject({
      status: 'pass',
      measured: 384,
      bar: 512,
      comparator: '<=',
      unit: 'MB',
      title: 'Peak memory per process during the load test',
    });
    expect(c.get('performance.cpu')).toMatchObject({
      status: 'pass',
      measured: 31.25,
      bar: 50,
      comparator: '<=',
      unit: '%',
    });
    expect(c.get('performance.cpu')!.detail).toMatch(/average 31\.25%, highest over a minute 58% \(not judged\)/);
    const over = byId(
      model({
        performance: {
          evidence: evidence({
            source: 'container',
            memory: { query: 'q', peakMb: 700.123, series: '{container="api"}', error: null },
          }),
          missing: null,
          during: 'during the load test',
        },
      }),
    );
    expect(over.get('performance.memory')).toMatchObject({
      status: 'fail',
      measured: 700.12,
      gap: 188.12,
      title: 'Peak memory per container during the load test',
    });
  });

  it('is no-data, never a pass, without a Prometheus URL, a window or series; error when Prometheus fails', () => {
    const missing = byId(
      model({
        performance: {
          evidence: null,
          missing: 'no Prometheus URL: set `prometheus-url`',
          during: 'during the load test',
        },
      }),
    );
    expect(missing.get('performance.memory')).toMatchObject({
      status: 'no-data',
      measured: null,
      detail: 'no Prometheus URL: set `prometheus-url`',
    });
    expect(missing.get('performance.cpu')).toMatchObject({ status: 'no-data', measured: null });
    const empty = byId(
      model({
        performance: {
          evidence: evidence({ memory: { query: 'q', peakMb: null, series: null, error: null } }),
          missing: null,
          during: 'x',
        },
      }),
    );
    expect(empty.get('performance.memory')).toMatchObject({
      status: 'no-data',
      detail: 'the query returned no series: q',
    });
    const failed = byId(
      model({
        performance: {
          evidence: evidence({
            cpu: {
              query: 'c',
              averagePercent: null,
              peakPercent: null,
              series: null,
              error: 'could not query Prometheus: HTTP 503',
            },
          }),
          missing: null,
          during: 'x',
        },
      }),
    );
    expect(failed.get('performance.cpu')).toMatchObject({
      status: 'error',
      detail: 'could not query Prometheus: HTTP 503',
    });
  });

  it('are not produced, with the load criteria, when load tests are not applicable', () => {
    const c = byId(
      model({
        performance: { evidence: evidence(), missing: null, during: 'x' },
        loadTestNotApplicable: 'a batch job with no users',
      }),
    );
    expect([...c.keys()].filter((id) => id.startsWith('performance.') || id.startsWith('load.'))).toEqual([]);
  });
});
