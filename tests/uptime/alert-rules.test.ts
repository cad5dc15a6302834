/**
 * Prometheus alerting rule files and the seed thresholds (error rate > 1 % warning, > 5 %
 * critical; p95 > 1 s warning, > 3 s critical). The sample repository has one file with all
 * four (monitoring/alerts/neo4j.rules.yml) and one missing the critical latency alert
 * (model-management.rules.yml).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError } from '../../packages/core/errors.js';
import {
  checkSeedAlerts,
  parseAlertRules,
  readAlertExpr,
  SEED_ALERT_THRESHOLDS,
} from '../../packages/uptime/alert-rules.js';
import { SAMPLE } from '../support/fixtures.js';

const ALERTS = join(SAMPLE, 'monitoring', 'alerts');
const read = (name: string) => parseAlertRules(readFileSync(join(ALERTS, name), 'utf8'), `monitoring/alerts/${name}`);

function configError(fn: () => unknown): ConfigurationError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ConfigurationError) return e;
    throw e;
  }
  throw new Error('expected a ConfigurationError');
}

/** A one-group rule file holding these alerts (`[name, expr, severity]`). */
function rules(...alerts: [string, string, string][]): string {
  const body = alerts
    .map(
      ([name, expr, severity]) =>
        `      - alert: ${name}\n        expr: '${expr.replace(/'/g, "''")}'\n        labels:\n          severity: ${severity}\n`,
    )
    .join('');
  return `groups:\n  - name: g\n    rules:\n${body}`;
}

describe('parseAlertRules', () => {
  it('reads groups, alerts with their lines, and counts recording rules', () => {
    const f = read('neo4j.rules.yml');
    expect(f.groups).toEqual(['neo4j-availability', 'neo4j-latency']);
    expect(f.recordingRules).toBe(1);
    expect(f.alerts.map((a) => [a.alert, a.line, a.for, a.labels.severity])).toEqual([
      ['Neo4jErrorRateHigh', 9, '5m', 'warning'],
      ['Neo4jErrorRateCritical', 21, '2m', 'critical'],
      ['Neo4jLatencyP95High', 34, '10m', 'warning'],
      ['Neo4jLatencyP95Critical', 42, '5m', 'critical'],
      ['Neo4jDown', 50, '1m', 'critical'],
    ]);
    expect(f.alerts[0]!.annotations.summary).toBe('More than 1% of neo4j requests fail');
    expect(f.alerts[0]!.expr).toContain('code=~"5.."');
  });

  it('gives each alert its group labels, overridden by its own', () => {
    const f = parseAlertRules(
      'groups:\n  - name: g\n    labels:\n      severity: warning\n      team: graph\n    rules:\n      - alert: A\n        expr: up == 0\n      - alert: B\n        expr: up == 0\n        labels:\n          severity: critical\n',
      'g.yml',
    );
    expect(f.alerts.map((a) => a.labels)).toEqual([
      { severity: 'warning', team: 'graph' },
      { severity: 'critical', team: 'graph' },
    ]);
  });

  it('reads an empty file, or empty groups, as no rules', () => {
    expect(parseAlertRules('', 'e.yml')).toEqual({ file: 'e.yml', groups: [], alerts: [], recordingRules: 0 });
    expect(parseAlertRules('groups:\n', 'e.yml').alerts).toEqual([]);
    expect(parseAlertRules('groups:\n  - name: g\n    rules:\n', 'e.yml').groups).toEqual(['g']);
  });

  it.each<[string, string, RegExp, number]>([
    ['invalid YAML', 'groups:\n  - name: g\n   rules: [\n', /is not valid YAML/, 3],
    ['a file that is a list', '- alert: A\n', /the file must be a mapping/, 1],
    ['an unknown top-level key', 'rules: []\n', /unknown key "rules" \(a rule file has only "groups"\)/, 1],
    ['groups that is not a list', 'groups: {}\n', /"groups" must be a list/, 1],
    ['a group without a name', 'groups:\n  - rules: []\n', /group has no name/, 2],
    ['two groups of one name', 'groups:\n  - name: g\n  - name: g\n', /second group named "g"/, 3],
    [
      'a misspelt key in a rule',
      'groups:\n  - name: g\n    rules:\n      - alert: A\n        expr: up == 0\n        label:\n          severity: warning\n',
      /unknown key "label" in a rule/,
      6,
    ],
    ['a rule without expr', 'groups:\n  - name: g\n    rules:\n      - alert: A\n', /rule A has no expr/, 4],
    [
      'a rule both alert and record',
      'groups:\n  - name: g\n    rules:\n      - alert: A\n        record: b\n        expr: up\n',
      /either "alert" or "record"/,
      4,
    ],
    ['a rule neither alert nor record', 'groups:\n  - name: g\n    rules:\n      - expr: up\n', /needs "alert"/, 4],
    [
      'a bad for',
      'groups:\n  - name: g\n    rules:\n      - alert: A\n        expr: up == 0\n        for: five minutes\n',
      /"for: five minutes" is not a duration/,
      6,
    ],
    [
      'labels that are a list',
      'groups:\n  - name: g\n    rules:\n      - alert: A\n        expr: up == 0\n        labels: [a]\n',
      /labels must be a mapping/,
      6,
    ],
    ['a duplicate key', 'groups:\n  - name: g\n    name: h\n', /is not valid YAML.*unique/i, 3],
  ])('refuses %s at its line', (_what, text, message, line) => {
    const e = configError(() => parseAlertRules(text, 'r.yml'));
    expect(e.message).toMatch(message);
    expect(e.place).toMatchObject({ file: 'r.yml', line });
  });
});

describe('readAlertExpr', () => {
  it.each<[string, string, ReturnType<typeof readAlertExpr>]>([
    [
      'a ratio of 5xx',
      'sum(rate(x_total{code=~"5.."}[5m])) / sum(rate(x_total[5m])) > 0.01',
      { kind: 'error-rate', threshold: 0.01, comparator: '>' },
    ],
    [
      'a percent',
      '100 * sum(rate(x{status=~"5.."}[5m])) / sum(rate(x[5m])) > 5',
      { kind: 'error-rate', threshold: 0.05, comparator: '>' },
    ],
    [
      'a percent multiplied after',
      '(sum(rate(http_errors_total[5m])) / sum(rate(http_requests_total[5m]))) * 100 >= 1',
      { kind: 'error-rate', threshold: 0.01, comparator: '>=' },
    ],
    [
      'the number first',
      '0.05 < sum(rate(errors_total[5m])) / sum(rate(requests_total[5m]))',
      { kind: 'error-rate', threshold: 0.05, comparator: '>' },
    ],
    [
      'a recorded error ratio',
      'job:http_error_ratio:rate5m{job="a"} > 0.01',
      { kind: 'error-rate', threshold: 0.01, comparator: '>' },
    ],
    [
      'a traffic guard with and',
      'sum(rate(x{code=~"5.."}[5m])) / sum(rate(x[5m])) > 0.01 and sum(rate(x[5m])) > 10',
      { kind: 'error-rate', threshold: 0.01, comparator: '>' },
    ],
    [
      'a bool comparison',
      'sum(rate(failed_total[5m])) / sum(rate(all_total[5m])) > bool 0.05',
      { kind: 'error-rate', threshold: 0.05, comparator: '>' },
    ],
    [
      'histogram_quantile in seconds',
      'histogram_quantile(0.95, sum by (le) (rate(d_seconds_bucket[5m]))) > 1',
      { kind: 'latency-p95', threshold: 1, comparator: '>' },
    ],
    [
      'a histogram in milliseconds',
      'histogram_quantile(0.95, sum by (le) (rate(d_milliseconds_bucket[5m]))) > 3000',
      { kind: 'latency-p95', threshold: 3, comparator: '>' },
    ],
    [
      'seconds times 1000',
      'histogram_quantile(0.95, sum by (le) (rate(d_seconds_bucket[5m]))) * 1000 > 1000',
      { kind: 'latency-p95', threshold: 1, comparator: '>' },
    ],
    [
      'a summary quantile',
      'rpc_duration_seconds{quantile="0.95",job="a"} > 3',
      { kind: 'latency-p95', threshold: 3, comparator: '>' },
    ],
    ['a recorded p95', 'job:request_latency_seconds:p95 > 1', { kind: 'latency-p95', threshold: 1, comparator: '>' }],
    ['an error count without a ratio', 'increase(errors_total[5m]) > 10', null],
    ['a p99', 'histogram_quantile(0.99, sum by (le) (rate(d_bucket[5m]))) > 1', null],
    ['a target down', 'up{job="a"} == 0', null],
    [
      'an error ratio without a number',
      'sum(rate(errors[5m])) / sum(rate(all[5m])) > on() group_left threshold',
      { kind: 'error-rate', threshold: null, comparator: '>' },
    ],
  ])('reads %s', (_what, expr, expected) => {
    expect(readAlertExpr(expr)).toEqual(expected);
  });

  it('is not fooled by operators inside matchers and strings', () => {
    expect(readAlertExpr('sum(rate(x{code!="200",path=~"/a>b"}[5m])) / sum(rate(x[5m])) > 0.05')).toEqual({
      kind: 'error-rate',
      threshold: 0.05,
      comparator: '>',
    });
  });
});

describe('checkSeedAlerts', () => {
  it('finds all four seed thresholds in neo4j.rules.yml, naming the rules', () => {
    const c = checkSeedAlerts(read('neo4j.rules.yml'));
    expect(c.ok).toBe(true);
    expect(c.problems).toEqual([]);
    expect(c.thresholds.map((t) => [t.id, t.present, t.rules.map((r) => `${r.name}@${r.line}`)])).toEqual([
      ['error-rate-warning', true, ['Neo4jErrorRateHigh@9']],
      ['error-rate-critical', true, ['Neo4jErrorRateCritical@21']],
      ['latency-p95-warning', true, ['Neo4jLatencyP95High@34']],
      ['latency-p95-critical', true, ['Neo4jLatencyP95Critical@42']],
    ]);
    expect(c.alerts.find((a) => a.name === 'Neo4jDown')!.kind).toBeNull();
  });

  it('reports the one threshold model-management.rules.yml lacks', () => {
    const c = checkSeedAlerts(read('model-management.rules.yml'));
    expect(c.ok).toBe(false);
    expect(c.thresholds.filter((t) => !t.present).map((t) => t.id)).toEqual(['latency-p95-critical']);
    expect(c.problems).toEqual(['no critical alert on the p95 latency above 3 s.']);
    // Its error-rate alerts are in percent (`100 * ... > 1`): read as 1 % and 5 %.
    expect(c.thresholds[0]!.rules[0]).toMatchObject({ name: 'ModelManagementErrorRateWarning', threshold: 0.01 });
  });

  it('reads several files of one component together', () => {
    const c = checkSeedAlerts([
      read('model-management.rules.yml'),
      parseAlertRules(
        rules(['Slow', 'histogram_quantile(0.95, sum by (le) (rate(d_seconds_bucket[5m]))) > 3', 'critical']),
        'extra.yml',
      ),
    ]);
    expect(c.ok).toBe(true);
    expect(c.thresholds[3]!.rules[0]).toMatchObject({ name: 'Slow', file: 'extra.yml', line: 4 });
  });

  it('names an alert at another threshold', () => {
    const f = parseAlertRules(
      rules(
        ['ErrWarn', 'sum(rate(x{code=~"5.."}[5m])) / sum(rate(x[5m])) > 0.02', 'warning'],
        ['ErrCrit', 'sum(rate(x{code=~"5.."}[5m])) / sum(rate(x[5m])) > 0.05', 'critical'],
        ['LatWarn', 'histogram_quantile(0.95, sum by (le) (rate(d_seconds_bucket[5m]))) > 1', 'warning'],
        ['LatCrit', 'histogram_quantile(0.95, sum by (le) (rate(d_seconds_bucket[5m]))) > 3', 'critical'],
      ),
      'r.yml',
    );
    const c = checkSeedAlerts(f);
    expect(c.problems).toEqual(['no warning alert on the error rate above 1%: ErrWarn (r.yml:4) fires above 2%.']);
  });

  it('names an alert at the right threshold with another severity, or none', () => {
    const f = parseAlertRules(
      rules(
        ['ErrA', 'sum(rate(x{code=~"5.."}[5m])) / sum(rate(x[5m])) > 0.01', 'critical'],
        ['ErrB', 'sum(rate(x{code=~"5.."}[5m])) / sum(rate(x[5m])) > 0.05', 'Critical'],
        ['LatA', 'histogram_quantile(0.95, sum by (le) (rate(d_seconds_bucket[5m]))) > 1', 'page'],
      ),
      'r.yml',
    );
    const c = checkSeedAlerts(f);
    expect(c.thresholds.map((t) => t.present)).toEqual([false, true, false, false]);
    expect(c.problems).toEqual([
      'no warning alert on the error rate above 1%: ErrA (r.yml:4) has that threshold with severity critical.',
      'no warning alert on the p95 latency above 1 s: LatA (r.yml:12) has that threshold with severity page.',
      'no critical alert on the p95 latency above 3 s.',
    ]);
  });

  it('says when a threshold cannot be read, and that an alert firing below is not one', () => {
    const f = parseAlertRules(
      rules(
        ['ErrVsRecorded', 'sum(rate(errors[5m])) / sum(rate(all[5m])) > on() group_left slo:threshold', 'warning'],
        ['ErrBelow', 'sum(rate(x{code=~"5.."}[5m])) / sum(rate(x[5m])) < 0.05', 'critical'],
      ),
      'r.yml',
    );
    const c = checkSeedAlerts(f);
    expect(c.problems).toContain(
      'ErrVsRecorded (r.yml:4) looks like an error-rate alert, but its threshold could not be read: write it as <expression> > <number>.',
    );
    expect(c.problems).toContain('no critical alert on the error rate above 5%: ErrBelow (r.yml:8) fires when < 5%.');
  });

  it('uses the thresholds it is given', () => {
    const tighter = SEED_ALERT_THRESHOLDS.map((t) => (t.id === 'error-rate-warning' ? { ...t, bar: 0.005 } : t));
    expect(checkSeedAlerts(read('neo4j.rules.yml'), tighter).thresholds[0]!.present).toBe(false);
  });
});
