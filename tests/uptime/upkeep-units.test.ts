/** What an upkeep run judges: the components in Production, each with its two windows; the probing run's inputs are refused. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Inputs } from '../../actions/uptime-check/inputs.js';
import { planUpkeep, refuseCheckInputs } from '../../actions/uptime-check/upkeep-units.js';
import { parseConfig } from '../../packages/core/config/parse-config.js';

const root = mkdtempSync(join(tmpdir(), 'upkeep-units-'));
for (const [dir, stage] of [
  ['neo4j', 'Production (promoted from Staging on 2026-11-20)'],
  ['docs', 'Production'],
  ['auth', 'Staging'],
] as const) {
  mkdirSync(join(root, 'src', dir), { recursive: true });
  writeFileSync(join(root, 'src', dir, 'MATURITY.md'), `**Current Stage**: ${stage}\n`);
}
const config = parseConfig(
  'version: 1\ncomponents:\n  neo4j:\n    paths: [src/neo4j/**]\n    health: [{ url: "https://x/neo4j/health" }]\n  docs:\n    paths: [src/docs/**]\n  auth:\n    paths: [src/auth/**]\n    health: [{ url: "https://x/auth/health" }]\n',
  '.github/maturity.yml',
);
const inputs = (over: Partial<Inputs> = {}) =>
  ({
    root,
    component: null,
    urls: [],
    window: null,
    minUptime: null,
    locustStats: [],
    k6Summary: [],
    metricsUrl: null,
    alertRules: [],
    incidents: false,
    ...over,
  }) as Inputs;
const NOW = new Date('2026-12-03T08:00:00Z');

describe('planUpkeep', () => {
  it('takes the components in Production, their windows from their entry into Production', async () => {
    const plan = await planUpkeep(config, inputs(), NOW);
    expect(plan.units.map((u) => u.component.id)).toEqual(['neo4j', 'docs']);
    expect(plan.others).toEqual([{ id: 'auth', stage: 'staging' }]);
    const neo4j = plan.units[0]!;
    expect(neo4j.since).toEqual(new Date('2026-11-20T00:00:00Z'));
    // Last month from its entry (20 November), the rolling window likewise: both raw at the edges.
    expect(neo4j.plans.month[0]).toEqual({ day: '2026-11-20', source: 'rollup' });
    expect(neo4j.plans.month.at(-1)!.day).toBe('2026-11-30');
    expect(neo4j.plans.rolling.at(-1)).toEqual({ day: '2026-12-03', source: 'raw' });
    // Without health checks, no history to read.
    expect(plan.units[1]!.plans).toEqual({ month: [], rolling: [] });
  });

  it('refuses a component that is not in Production, and the probing run\u2019s inputs', async () => {
    await expect(planUpkeep(config, inputs({ component: 'auth' }), NOW)).rejects.toThrow(
      /auth is in Staging, not in Production/,
    );
    expect(() => refuseCheckInputs(inputs({ window: '7d', urls: ['https://x'] }))).toThrow(
      /urls, window belong to the probing run/,
    );
  });

  it('refuses a rolling window longer than the history is read for', async () => {
    const long = parseConfig(
      'version: 1\npolicy:\n  production:\n    maintenance: { rolling-window: 120d }\n',
      'm.yml',
    );
    await expect(planUpkeep(long, inputs(), NOW)).rejects.toThrow(/the rolling window 120d is longer than 92 days/);
  });
});
