/**
 * uptime-check's cases: credentials in health, Prometheus and metrics URLs (never printed or
 * written, not in the history nor the incident issue), windows and durations, load-test
 * reports, alert rules. `{probe}` is a local HTTP server (startProbeServer).
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE } from '../../support/fixtures.js';
import { type CampaignCase } from '../harness.js';
import { commonCases, CONFIG, deepJson, reportCases, yamlAliasBomb } from './common.js';

const read = (rel: string) => readFileSync(join(SAMPLE, rel), 'utf8');
const K6 = read('reports/load/k6-summary.json');
const LOCUST = read('reports/load/neo4j_stats.csv');
const RULES = read('monitoring/alerts/neo4j.rules.yml');

/** Answers /health (200 JSON), /down (503), /prom... (500 with a body that quotes the request), anything else 404. */
export async function startProbeServer(): Promise<{ vars: Record<string, string>; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (url.startsWith('/health')) {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"healthy"}');
    } else if (url.startsWith('/down')) {
      res.writeHead(503, { 'content-type': 'text/plain' }).end('down');
    } else if (url.startsWith('/prom')) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(`error for ${url}`);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    vars: { probe: `http://127.0.0.1:${port}`, host: `127.0.0.1:${port}` },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const base = { urls: '{probe}/health', history: 'none', retries: '0', 'allow-no-data': 'true' };
const withHealth = (sample: string, url: string) =>
  sample.replace(
    '    paths: [src/components/neo4j/**]',
    `    paths: [src/components/neo4j/**]\n    health:\n      - url: ${JSON.stringify(url)}`,
  );

export function uptimeCheckCases(): CampaignCase[] {
  const sampleConfig = read(CONFIG);
  const secret = (id: string, planted: string, more: Partial<CampaignCase>): CampaignCase => ({
    id: `secret-${id}`,
    kind: 'secret',
    inputs: base,
    expect: 'pass',
    secret: planted,
    ...more,
  });
  const input = (
    id: string,
    inputs: Record<string, string>,
    mentions: string[],
    expect: 'fail' | 'pass' = 'fail',
  ): CampaignCase => ({
    id: `input-${id}`,
    kind: 'input',
    inputs: { ...base, ...inputs },
    expect,
    ...(expect === 'fail' ? { mentions } : {}),
  });
  return [
    ...commonCases({
      base: { ...base, component: 'neo4j' },
      sampleConfig,
      writesResults: true,
      configOptional: true,
      namedComponent: 'neo4j',
    }),
    ...reportCases({ prefix: 'k6', base, input: 'k6-summary', path: 'reports/k6.json', valid: K6, wrongKind: LOCUST }),
    ...reportCases({
      prefix: 'locust',
      base,
      input: 'locust-stats',
      path: 'reports/l_stats.csv',
      valid: LOCUST,
      wrongKind: K6,
      skip: ['directory', 'missing', 'truncated'],
    }),
    {
      id: 'k6-deep-json',
      kind: 'report',
      files: { 'reports/k6.json': deepJson(100_000) },
      inputs: { ...base, 'k6-summary': 'reports/k6.json' },
      expect: 'fail',
      mentions: ['k6.json'],
    },
    secret('url-query-token', 'tokPlantedQ1x', {
      inputs: { ...base, urls: '{probe}/health?token=tokPlantedQ1x', history: 'branch' },
      env: { INPUT_COMPONENT: '' },
    }),
    secret('url-userinfo', 'pwPlantedU2y', {
      inputs: { ...base, urls: 'http://probe:pwPlantedU2y@{host}/health', history: 'branch' },
    }),
    secret('url-userinfo-down', 'pwPlantedD3z', {
      inputs: { ...base, urls: 'http://probe:pwPlantedD3z@{host}/down', history: 'branch' },
      expect: 'fail',
    }),
    secret('health-config-incident', 'tokPlantedI4w', {
      files: { [CONFIG]: withHealth(sampleConfig, '{probe}/down?api_key=tokPlantedI4w') },
      inputs: { component: 'neo4j', history: 'branch', retries: '0', incidents: 'true', 'allow-no-data': 'true' },
      expect: 'fail',
    }),
    secret('health-config-userinfo', 'pwPlantedH5v', {
      files: { [CONFIG]: withHealth(sampleConfig, 'http://svc:pwPlantedH5v@{host}/health') },
      inputs: { component: 'neo4j', history: 'branch', retries: '0', 'allow-no-data': 'true' },
    }),
    secret('prometheus-userinfo', 'pwPlantedP6u', {
      inputs: { ...base, 'prometheus-url': 'http://admin:pwPlantedP6u@{host}/prom', 'prometheus-job': 'neo4j' },
      expect: 'fail',
    }),
    secret('prometheus-query-token', 'tokPlantedP7t', {
      inputs: { ...base, 'prometheus-url': '{probe}/prom?access_token=tokPlantedP7t', 'prometheus-job': 'neo4j' },
      expect: 'fail',
    }),
    secret('metrics-userinfo', 'pwPlantedM8s', {
      inputs: { ...base, 'metrics-url': 'http://scrape:pwPlantedM8s@{host}/metrics' },
      expect: 'fail',
    }),
    secret('metrics-query-token', 'tokPlantedM9r', {
      inputs: { ...base, 'metrics-url': '{probe}/metrics?token=tokPlantedM9r' },
      expect: 'fail',
    }),
    secret('metrics-config', 'pwPlantedC0q', {
      files: {
        [CONFIG]: sampleConfig.replace(
          '    paths: [src/components/model_management/**]',
          '    paths: [src/components/model_management/**]\n    metrics-url: "http://m:pwPlantedC0q@{host}/metrics"',
        ),
      },
      inputs: {
        component: 'model-management',
        urls: '{probe}/health',
        history: 'none',
        retries: '0',
        'allow-no-data': 'true',
        'target-stage': 'production',
      },
      expect: 'fail',
    }),
    input('window-huge', { window: '99999999999d' }, ['window']),
    input('window-zero', { window: '0d' }, ['window']),
    input('window-unit', { window: '7w' }, ['window']),
    input('window-negative', { window: '-1d' }, ['window']),
    input('interval-zero', { interval: '0s' }, ['interval']),
    input('interval-huge', { interval: '99999999999h' }, ['interval']),
    input('probe-timeout-huge', { 'probe-timeout': '99999999999m' }, ['probe-timeout']),
    input('retries-over', { retries: '11' }, ['retries']),
    input('retries-text', { retries: 'twice' }, ['retries']),
    input('url-ftp', { urls: 'ftp://example.com/x' }, ['urls']),
    input('url-javascript', { urls: 'javascript:alert(1)' }, ['urls']),
    input('url-markdown', { urls: '{probe}/health/[PWNED](https://evil.example/a)' }, [], 'pass'),
    input('history-kind', { history: 'file.jsonl' }, ['history']),
    input('record', { record: 'sometimes' }, ['record']),
    input('min-uptime', { 'min-uptime': '100.5' }, ['min-uptime']),
    {
      id: 'alert-rules-alias-bomb',
      kind: 'config',
      files: { 'monitoring/bomb.rules.yml': `${yamlAliasBomb()}groups: []\n` },
      inputs: { ...base, 'alert-rules': 'monitoring/bomb.rules.yml' },
      expect: 'fail',
      mentions: ['bomb.rules.yml'],
    },
    {
      id: 'alert-rules-binary',
      kind: 'config',
      files: { 'monitoring/b.rules.yml': Buffer.from([0, 159, 146, 150, 255]) },
      inputs: { ...base, 'alert-rules': 'monitoring/b.rules.yml' },
      expect: 'fail',
      mentions: ['b.rules.yml'],
    },
    {
      id: 'alert-rules-missing',
      kind: 'path',
      inputs: { ...base, 'alert-rules': 'monitoring/none.rules.yml' },
      expect: 'fail',
      mentions: ['none.rules.yml'],
    },
    {
      id: 'alert-rules-crlf',
      kind: 'config',
      files: { 'monitoring/c.rules.yml': RULES.replace(/\n/g, '\r\n') },
      inputs: { ...base, 'alert-rules': 'monitoring/c.rules.yml' },
      expect: 'pass',
    },
  ];
}
