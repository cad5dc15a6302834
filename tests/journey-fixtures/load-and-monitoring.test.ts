/**
 * What the staging validation of player-experience reads on main: the Locust CSVs, the /proc
 * samples of the service written as Prometheus range-query answers, the service's own /health
 * and /metrics answers, and its alert rules; read with the project's readers. The figures are
 * measurements of a real run, so the checks are against the seed bars, not exact values.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_POLICY } from '../../packages/core/config/defaults.js';
import { checkSeedAlerts, parseAlertRules } from '../../packages/uptime/alert-rules.js';
import { checkLoadAgainstSla } from '../../packages/uptime/load/sla.js';
import { readLocustCsv } from '../../packages/uptime/load/locust.js';
import { parsePromQueryResponse } from '../../packages/uptime/prometheus-api.js';
import { findFamily, parsePrometheusText } from '../../packages/uptime/prometheus-text.js';
import { JOURNEY_REPO, journeyState, recordingPath } from '../support/tool-shims/index.js';

const main = journeyState('main');
const text = (file: string) => readFileSync(recordingPath('main', file), 'utf8');

function series(file: string): { t: number; value: number }[] {
  const answer = parsePromQueryResponse(text(file), file);
  if (answer.resultType !== 'matrix') throw new Error(`${file}: not a matrix`);
  expect(answer.series).toHaveLength(1);
  expect(answer.series[0]!.labels).toMatchObject({ job: 'player-experience' });
  return answer.series[0]!.values;
}

describe('the Locust run', () => {
  it('is the recorded command line: 100 users, 10 per second, 5 minutes, CSV with full history', () => {
    const locust = main.manifest.commands.locust!;
    expect(locust.accepts).toEqual([
      '-f', 'tests/load/locustfile.py', '--headless', '--users', '100', '--spawn-rate', '10', '--run-time', '5m',
      '--csv', '<PREFIX:locust>', '--csv-full-history', '--only-summary', '--host', '<ANY>',
    ]);
    expect(locust.outputs).toEqual([{ placeholder: '<PREFIX:locust>', prefix: 'locust', suffixes: ['_exceptions.csv', '_failures.csv', '_stats.csv', '_stats_history.csv'] }]);
  });

  it('reads as a full run that meets every seed Production SLA', async () => {
    const model = await readLocustCsv(recordingPath('main', 'locust'));
    expect(model.peakUsers).toBe(100);
    expect(model.durationSeconds).toBeGreaterThanOrEqual(290);
    expect(model.endpoints.map((e) => e.name).sort()).toEqual(['/api/sessions', '/api/sessions/[id]', '/api/sessions/[id]/choices', '/api/stories', '/health', 'page:/']);
    const checks = checkLoadAgainstSla(model, SEED_POLICY.production.performance);
    expect(checks.filter((c) => c.pass !== true).map((c) => c.detail)).toEqual([]);
  });
});

describe('the /proc samples as Prometheus answers', () => {
  it('cover the load test every 5 seconds', () => {
    const memory = series('prometheus/process_resident_memory_bytes.json');
    const cpu = series('prometheus/process_cpu_seconds_total.json');
    expect(memory.map((s) => s.t)).toEqual(cpu.map((s) => s.t));
    expect(memory.length).toBeGreaterThanOrEqual(60);
    for (let i = 1; i < memory.length; i++) expect(memory[i]!.t - memory[i - 1]!.t).toBeCloseTo(5, 0);
    expect(main.manifest.prometheus!.map((p) => [p.query, p.samples])).toEqual([
      ['process_cpu_seconds_total{instance="127.0.0.1:18080",job="player-experience"}', cpu.length],
      ['process_resident_memory_bytes{instance="127.0.0.1:18080",job="player-experience"}', memory.length],
    ]);
  });

  it('stay under the seed bars: memory below 512 MB, CPU below 50% on average', () => {
    const memory = series('prometheus/process_resident_memory_bytes.json');
    const cpu = series('prometheus/process_cpu_seconds_total.json');
    expect(Math.max(...memory.map((s) => s.value)) / 2 ** 20).toBeLessThan(512);
    const first = cpu[0]!;
    const last = cpu[cpu.length - 1]!;
    expect((100 * (last.value - first.value)) / (last.t - first.t)).toBeLessThan(50);
    for (let i = 1; i < cpu.length; i++) expect(cpu[i]!.value).toBeGreaterThanOrEqual(cpu[i - 1]!.value);
  });
});

describe("the service's own answers", () => {
  it('/health says healthy', () => {
    expect(JSON.parse(text('service/health.json'))).toEqual({ neo4j: 'healthy', status: 'healthy', version: '1.4.0' });
  });

  it('/metrics is valid Prometheus text with the request and process families', () => {
    const expo = parsePrometheusText(text('service/metrics.txt'), 'metrics.txt');
    expect(findFamily(expo, 'http_requests_total')?.type).toBe('counter');
    expect(findFamily(expo, 'http_request_duration_seconds')?.type).toBe('histogram');
    expect(findFamily(expo, 'process_resident_memory_bytes')?.type).toBe('gauge');
    expect(findFamily(expo, 'process_cpu_seconds_total')?.type).toBe('counter');
  });
});

describe('alert rules', () => {
  it.each(['player-experience', 'neo4j'])('%s carries every seed threshold', (id) => {
    const file = `monitoring/alerts/${id}.rules.yml`;
    const coverage = checkSeedAlerts(parseAlertRules(readFileSync(join(JOURNEY_REPO, file), 'utf8'), file));
    expect(coverage.problems).toEqual([]);
    expect(coverage.ok).toBe(true);
  });
});
