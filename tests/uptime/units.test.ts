/** What one uptime-check run checks: one component, the urls, or (no component, no urls) every component with health checks. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../../packages/core/config/parse-config.js';
import { ConfigurationError } from '../../packages/core/errors.js';
import type { Inputs } from '../../actions/uptime-check/inputs.js';
import { planUnits } from '../../actions/uptime-check/units.js';

const config = parseConfig(
  [
    'version: 1',
    'components:',
    '  neo4j:',
    '    paths: [src/neo4j/**]',
    '    health: [{ url: "https://staging.example/neo4j/health" }, { url: "https://staging.example/neo4j/ready" }]',
    '  docs:',
    '    paths: [docs/**]',
    '  auth:',
    '    paths: [src/auth/**]',
    '    health: [{ url: "https://staging.example/auth/health", timeout-ms: 3000 }]',
    'policy:',
    '  production: { uptime: { window: 30d } }',
    '',
  ].join('\n'),
  '.github/maturity.yml',
);

const inputs = (over: Partial<Inputs> = {}): Inputs => ({
  root: mkdtempSync(join(tmpdir(), 'units-')),
  configPath: '.github/maturity.yml',
  configExplicit: false,
  component: null,
  targetStage: null,
  githubToken: '',
  comment: false,
  resultsDir: '/tmp/r',
  allowNoData: false,
  urls: [],
  window: null,
  minUptime: null,
  intervalMs: 300_000,
  locustStats: [],
  k6Summary: [],
  prometheusUrl: null,
  prometheusJob: null,
  prometheusRequestsMetric: 'http_requests_total',
  prometheusLatencyMetric: 'http_request_duration_seconds',
  metricsUrl: null,
  alertRules: [],
  history: 'branch',
  dataBranch: 'maturity-data',
  record: true,
  probeTimeoutMs: null,
  retries: 2,
  incidents: false,
  mode: 'check',
  securityResults: [],
  securityArtifact: 'maturity-results',
  ...over,
});

async function failure(fn: () => unknown): Promise<ConfigurationError> {
  try {
    await fn();
  } catch (e) {
    if (e instanceof ConfigurationError) return e;
    throw e;
  }
  throw new Error('expected a ConfigurationError');
}

describe('planUnits', () => {
  it('without component or urls: every component with health checks, the others listed', async () => {
    const u = await planUnits(config, inputs());
    expect(u.scheduled).toBe(true);
    expect(u.units.map((x) => [x.key, x.targets.map((t) => t.url), x.windowText])).toEqual([
      ['neo4j', ['https://staging.example/neo4j/health', 'https://staging.example/neo4j/ready'], '7d'],
      ['auth', ['https://staging.example/auth/health'], '7d'],
    ]);
    expect(u.units[1]!.targets[0]!.timeoutMs).toBe(3000);
    expect(u.withoutHealth).toEqual(['docs']);
  });

  it('with component: that one, its window from the target stage policy', async () => {
    const u = await planUnits(config, inputs({ component: 'docs', targetStage: 'production' }));
    expect(u).toMatchObject({ scheduled: false, withoutHealth: [] });
    expect(u.units.map((x) => [x.key, x.targets.length, x.windowText])).toEqual([['docs', 0, '30d']]);
    expect((await planUnits(config, inputs({ urls: ['https://x.example/h'] }))).units.map((x) => x.key)).toEqual([
      'default',
    ]);
  });

  it('refuses, in a scheduled run, inputs that describe one component', async () => {
    const e = await failure(() =>
      planUnits(config, inputs({ locustStats: ['load/x'], metricsUrl: 'https://x/metrics' })),
    );
    expect(e.describe()).toMatch(
      /^input locust-stats: locust-stats, metrics-url describe one component.*Set `component`/,
    );
  });

  it('refuses a config where nothing has health checks, and windows longer than 92 days', async () => {
    const none = parseConfig('version: 1\ncomponents:\n  docs:\n    paths: [docs/**]\n', '.github/maturity.yml');
    expect((await failure(() => planUnits(none, inputs()))).describe()).toMatch(
      /no component in \.github\/maturity\.yml has `health` checks/,
    );
    expect((await failure(() => planUnits(config, inputs({ window: '100d' })))).describe()).toMatch(
      /^input window: the uptime window 100d is longer than 92 days/,
    );
  });
});
