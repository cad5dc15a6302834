/**
 * Journey 4 (docs/journeys.md): Production upkeep. The scheduled probes of examples/workflows/uptime.yml
 * cover the components that have health checks (neo4j and player-experience, not the two without),
 * write the shared history in one append per run, within a few API requests; and patch deadlines
 * count from when a finding was first seen: the default branch's runs carry first-seen dates from
 * one run's results to the next.
 */
import { readFileSync } from 'node:fs';
import { describeFailure, findJob, findStep, pushEvent, scheduleEvent } from '../support/workflow-host/index.js';
import { OWNER, REPO_NAME, seedUptimeHistory, startJourney, type Journey } from './journey-repository.js';

let j: Journey;
beforeAll(async () => {
  j = await startJourney();
}, 120_000);
afterAll(() => j.close());

describe('journey 4: Production upkeep', () => {
  it('probes only the components with health checks, in one job with a handful of API requests', async () => {
    seedUptimeHistory(j.gh, j.staging, 8, () => false);
    // The first run rolls up the seeded days (a real history gets one roll-up a day); the next is the steady state.
    await j.run('uptime.yml', scheduleEvent(j.gh, '*/5 * * * *'));
    const before = j.gh.requests.length;
    const run = await j.run('uptime.yml', scheduleEvent(j.gh, '*/5 * * * *'));
    expect(run.conclusion === 'success' ? '' : describeFailure(run)).toBe('');
    const step = findStep(findJob(run, 'Uptime'), 'Run tta/maturity-actions/uptime-check@v1');
    const results = (step.outputs['result-files'] ?? '')
      .split('\n')
      .filter(Boolean)
      .map((f) => JSON.parse(readFileSync(f, 'utf8')) as { component: string; status: string });
    expect(results.map((r) => [r.component, r.status]).sort()).toEqual([
      ['neo4j', 'pass'],
      ['player-experience', 'pass'],
    ]);
    expect(step.summary).toMatch(
      /No health checks.*model-management.*narrative-coherence|No health checks.*narrative-coherence.*model-management/s,
    );
    // One run's requests to the API: reads of the window's day files and rollups, one append.
    const api = j.gh.requests.slice(before).filter((r) => r.path.startsWith(`/repos/${OWNER}/${REPO_NAME}/`));
    const writes = api.filter((r) => r.method === 'PUT');
    expect(writes.length).toBeGreaterThanOrEqual(1);
    expect(writes.length).toBeLessThanOrEqual(2); // the day's append, and at most one day's rollup
    expect(api.length).toBeLessThanOrEqual(12);
  });

  it('carries first-seen dates from one default-branch run to the next, for patch deadlines', async () => {
    const initial = j.gh.repo.git.branchHead('main')!.parents[0]!;
    const first = await j.run('pull-request.yml', pushEvent(j.gh, 'main', initial));
    const second = await j.run('pull-request.yml', pushEvent(j.gh, 'main', initial));
    const firstSeen = (run: typeof first) => {
      const step = findStep(findJob(run, 'quality / Gates (neo4j)'), 'Security gate');
      return (
        JSON.parse(readFileSync(step.outputs['result-file']!, 'utf8')) as {
          data: { firstSeen: Record<string, string> };
        }
      ).data.firstSeen;
    };
    const a = firstSeen(first);
    const b = firstSeen(second);
    expect(Object.keys(a).length).toBe(2); // bandit's two low findings in neo4j (accepted risks AR-001, AR-002)
    expect(b).toEqual(a);
    expect(
      findStep(findJob(second, 'quality / Gates (neo4j)'), "Download the default branch's results").conclusion,
    ).toBe('success');
  }, 180_000); // two whole default-branch runs: about 20 s alone, more while the rest of the suite runs
});
