/** The breach issue through the fake GitHub API: one per breach period, updated in place, proposed for demotion after the grace period, closed on recovery. */
import { defaultConfig } from '../../packages/core/config/load-config.js';
import type { Criterion } from '../../packages/core/result/gate-result.js';
import { createGitHubClient } from '../../packages/github/client.js';
import { syncBreach, type BreachInput } from '../../packages/upkeep/breach.js';
import { readBreachState } from '../../packages/upkeep/breach-text.js';
import type { MaintenanceEvaluation } from '../../packages/upkeep/maintenance.js';
import { FakeGitHub } from '../support/fake-github/index.js';

let gh: FakeGitHub;
beforeAll(async () => {
  gh = await FakeGitHub.start({ owner: 'tta', repo: 'demo' });
});
afterAll(() => gh.close());
beforeEach(() => gh.reset());

const DAY = 86_400_000;
const api = () =>
  createGitHubClient({ token: 't', owner: 'tta', repo: 'demo', baseUrl: gh.url, sleep: async () => {} });
const criterion = (id: string, status: Criterion['status'], measured: number | null): Criterion => ({
  id,
  title: id,
  status,
  measured,
  bar: 99.5,
  comparator: '>=',
  unit: '%',
  evidence: [],
});

const breach: MaintenanceEvaluation = {
  criteria: [criterion('maintenance.uptime.month', 'fail', 99.2)],
  breaches: [{ id: 'maintenance.uptime.month', kind: 'uptime', text: 'uptime 99.20% in 2026-11 below 99.5%' }],
  severity: 'P1',
  state: 'breach',
  unmeasured: [],
};
const healthy: MaintenanceEvaluation = {
  criteria: [criterion('maintenance.uptime.month', 'pass', 99.95)],
  breaches: [],
  severity: null,
  state: 'healthy',
  unmeasured: [],
};
const unknown: MaintenanceEvaluation = {
  criteria: [criterion('maintenance.uptime.month', 'no-data', null)],
  breaches: [],
  severity: null,
  state: 'unknown',
  unmeasured: ['maintenance.uptime.month'],
};

const input = (evaluation: MaintenanceEvaluation, now = new Date()): BreachInput => ({
  component: 'neo4j',
  name: 'Neo4j',
  evaluation,
  policy: defaultConfig().policy.production.maintenance,
  demoteTo: 'staging',
  blocked: [{ id: 'player-experience', stage: 'production', path: ['player-experience', 'neo4j'] }],
  now,
  runUrl: 'https://github.com/tta/demo/actions/runs/3',
});

const openBreaches = () => api().listOpenIssues(['maintenance:breach']);
const sync = async (evaluation: MaintenanceEvaluation, now?: Date) =>
  syncBreach(api(), input(evaluation, now), await openBreaches());
const writes = (from: number) => gh.requests.slice(from).filter((r) => r.method !== 'GET');

describe('syncBreach', () => {
  it('opens one issue with the breach labels and severity, and leaves it as it is on a rerun', async () => {
    const first = await sync(breach);
    expect(first).toMatchObject({ action: 'opened', proposed: false });
    const n = first.issue!.number;
    expect(gh.labelsOn(n)).toEqual(['maintenance:breach', 'component:neo4j', 'severity:P1']);
    const body = gh.issue(n).body as string;
    expect(readBreachState(body)).toEqual({
      v: 1,
      component: 'neo4j',
      proposed: null,
      reason: 'uptime 99.20% in 2026-11 below 99.5%',
    });
    expect(body).toMatch(
      /\*\*Grace period\*\*: 7 day\(s\)\. If the breach lasts until \d{4}-\d{2}-\d{2}, a demotion to Staging is proposed here/,
    );
    const before = gh.requests.length;
    expect((await sync(breach)).action).toBe('unchanged');
    expect(writes(before)).toEqual([]);
  });

  it('proposes the demotion once the grace period is over, once, listing the dependents it blocks', async () => {
    const n = (await sync(breach)).issue!.number;
    gh.repo.issues.get(n)!.createdAt = new Date(Date.now() - 8 * DAY).toISOString();
    const r = await sync(breach);
    expect(r).toMatchObject({ action: 'updated', proposed: true });
    expect(gh.labelsOn(n)).toEqual(expect.arrayContaining(['demotion:proposed', 'target:staging']));
    const [proposal] = gh.comments(n);
    expect(proposal!.body).toMatch(
      /^<!-- maturity-actions:upkeep-demotion:neo4j -->\n## Demotion proposed: Neo4j, Production → Staging/,
    );
    expect(proposal!.body).toContain('- `player-experience` (Production): `player-experience` → `neo4j`');
    expect(readBreachState(gh.issue(n).body as string)!.proposed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // A maintainer keeps it in Production by removing the label: it is not proposed again.
    await api().removeLabel(n, 'demotion:proposed');
    expect((await sync(breach)).proposed).toBe(false);
    expect(gh.labelsOn(n)).not.toContain('demotion:proposed');
    expect(gh.comments(n)).toHaveLength(1);
  });

  it('moves the severity label with the breach', async () => {
    const n = (await sync({ ...breach, severity: 'P2' })).issue!.number;
    await sync(breach);
    expect(gh.labelsOn(n).filter((l) => l.startsWith('severity:'))).toEqual(['severity:P1']);
  });

  it('keeps the issue open while the figures cannot be measured, and closes it with a comment when they recover', async () => {
    const n = (await sync(breach)).issue!.number;
    expect((await sync(unknown)).action).toBe('unknown');
    expect(gh.issue(n)).toMatchObject({ state: 'open' });
    const r = await sync(healthy);
    expect(r.action).toBe('recovered');
    expect(gh.issue(n)).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(gh.comments(n).at(-1)!.body).toMatch(/^Recovered: every maintenance criterion of Neo4j is met again/);
    // The next breach is a new period: a new issue.
    expect((await sync(breach)).issue!.number).not.toBe(n);
  });

  it('does nothing for a healthy component without a breach', async () => {
    const before = gh.requests.length;
    expect((await syncBreach(api(), input(healthy), [])).action).toBe('none');
    expect(gh.requests.length).toBe(before);
  });

  it('makes one issue when the create is answered 502 after GitHub made it', async () => {
    gh.injectFault({ method: 'POST', path: '/repos/tta/demo/issues', status: 502, afterApplying: true });
    expect((await sync(breach)).action).toBe('opened');
    expect((await sync(breach)).action).toBe('unchanged');
    expect([...gh.repo.issues.values()]).toHaveLength(1);
  });
});
