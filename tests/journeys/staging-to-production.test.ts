/**
 * Journey 3 (docs/journeys.md): Staging → Production of player-experience, through the example
 * workflows as a user copies them. The request is opened before any staging validation: its
 * scorecard says which workflow brings the missing evidence. The dispatched staging validation
 * (target: the stage after the component's current one) runs the integration and E2E tests, the
 * Locust load test, the security audit (bandit, pip-audit, detect-secrets), 7 days of uptime
 * history from the data branch, monitoring, memory and CPU from Prometheus; its scorecard leaves
 * only the manual QA approval, which a maintainer gives; the MATURITY.md change completes it.
 */
import {
  describeFailure,
  findJob,
  findStep,
  issuesEvent,
  mergePullRequest,
  pushEvent,
  workflowDispatchEvent,
} from '../support/workflow-host/index.js';
import {
  fileOnMain,
  MAINTAINER,
  promotionRequestBody,
  REQUESTER,
  seedUptimeHistory,
  startJourney,
  type Journey,
} from './journey-repository.js';

const MATURITY = 'src/components/player_experience/MATURITY.md';

let j: Journey;
let issue: number;
let samples: number;
beforeAll(async () => {
  j = await startJourney();
  // 8 days of scheduled probes; player-experience was down for 25 minutes two days ago.
  const outage = Date.now() - 2 * 86_400_000;
  samples = seedUptimeHistory(
    j.gh,
    j.staging,
    8,
    (c, t) => c === 'player-experience' && t >= outage && t < outage + 25 * 60_000,
  );
  const before = j.gh.repo.git.branchHead('main')!.parents[0]!;
  const push = await j.run('pull-request.yml', pushEvent(j.gh, 'main', before));
  if (push.conclusion !== 'success') throw new Error(describeFailure(push));
  issue = j.gh.addIssue({
    title: '[Promotion]: Player Experience to Production',
    body: promotionRequestBody({
      component: 'Player Experience',
      current: 'Staging 🧪',
      target: 'Production 🚀',
      group: 'Player Experience 🎮',
      justification: 'A month in staging, load tested with 100 users; rollback rehearsed on 2026-11-25.',
      ticked: ['Integration tests passing', 'Performance validated', 'Rollback procedure documented and tested'],
    }),
    labels: ['promotion:requested'],
    user: REQUESTER,
  }).number;
}, 300_000);
afterAll(() => j.close());

const scorecard = () =>
  j.gh.comments(issue).find((c) => c.body.startsWith('<!-- maturity-actions:promotion-report:player-experience -->'))!
    .body;

describe('journey 3: Staging → Production with 7 days of uptime history', () => {
  it('before the staging validation, the scorecard says what brings the missing evidence', async () => {
    expect(samples).toBeGreaterThan(2 * 7 * 288);
    const run = await j.run('promotion.yml', issuesEvent(j.gh, issue, 'opened'));
    expect(findJob(run, 'report').result).toBe('failure');
    const body = scorecard();
    expect(body).toMatch(/is not ready for Staging → Production/);
    expect(body).toMatch(
      /no coverage-gate \(integration tests\) result for player-experience: run the Staging validation of player-experience/,
    );
    expect(body).toMatch(
      /no uptime-check result for player-experience: run the Staging validation of player-experience/,
    );
    expect(j.gh.labelsOn(issue)).toEqual(
      expect.arrayContaining(['promotion:blocked', 'target:production', 'component:player-experience']),
    );
  });

  let validation: Awaited<ReturnType<Journey['run']>>;
  it('the dispatched staging validation runs every Production check and leaves only the approval to a person', async () => {
    validation = await j.run(
      'staging-validation.yml',
      workflowDispatchEvent(
        j.gh,
        {
          component: 'player-experience',
          'target-stage': 'next',
          host: `${j.staging}/player-experience`,
          users: '100',
          'spawn-rate': '10',
          'run-time': '5m',
        },
        { sender: MAINTAINER },
      ),
    );
    expect(findJob(validation, 'validate / Plan').outputs).toMatchObject({
      target: 'production',
      e2e: 'true',
      'load-test': 'true',
    });
    const validate = findJob(validation, 'validate / Tests, load test and gates');
    expect(validate.result === 'success' ? '' : describeFailure(validation)).toBe('');
    expect(findStep(validate, 'Coverage gate').outputs).toMatchObject({
      coverage: '94.65',
      'tests-passed': '12',
      'tests-failed': '0',
    });
    expect(findStep(validate, 'Coverage gate (E2E)').outputs).toMatchObject({
      'tests-passed': '5',
      'tests-failed': '0',
    });
    const uptime = findStep(findJob(validation, 'validate / Uptime, load SLAs and monitoring'), 'Uptime check');
    expect(uptime.outputs.passed).toBe('true');
    expect(Number(uptime.outputs.uptime)).toBeGreaterThanOrEqual(99.5);
    expect(Number(uptime.outputs.uptime)).toBeLessThan(100);
    const report = findStep(findJob(validation, 'validate / Promotion report'), 'Promotion report');
    expect(report.outputs).toMatchObject({ ready: 'false', 'criteria-failed': '1' });
    const body = scorecard();
    const noData = [...body.matchAll(/^\| ⚪ \| ([^<|]+)/gm)].map((m) => m[1]!.trim());
    expect(noData).toEqual(['Manual QA approval']);
    expect(body).toMatch(/✅ \| 7-day uptime|✅ \| Uptime over 7d/);
    expect(body).toMatch(/✅ \| Dependency audit/);
    expect(body).toMatch(/✅ \| Secret scan/);
    expect(body).toMatch(/✅ \| E2E tests passing/);
    expect(body).toMatch(/✅ \| (Peak memory|Memory)/);
  });

  let pull: number;
  it('a maintainer\u2019s approval, scored on the validation\u2019s artifact, opens the MATURITY.md pull request', async () => {
    j.gh.labelIssue(issue, 'promotion:approved', MAINTAINER);
    const run = await j.run(
      'promotion.yml',
      issuesEvent(j.gh, issue, 'labeled', { label: 'promotion:approved', sender: MAINTAINER }),
    );
    expect(run.conclusion === 'success' ? '' : describeFailure(run)).toBe('');
    // The evidence is the staging validation's, found through its artifact by this later run.
    expect(scorecard()).toContain(`/actions/runs/${validation.runId})`);
    expect(scorecard()).toMatch(
      /✅ \| Manual QA approval<br><sub>label promotion:approved applied by @\u200blead \(maintain\)/,
    );
    const [pr] = j.gh.pulls();
    expect(pr).toMatchObject({ head: { ref: 'maturity/player-experience-production' } });
    pull = pr!.number;
  });

  it('completes when the change is on the default branch', async () => {
    const before = j.gh.repo.git.branchHead('main')!.sha;
    mergePullRequest(j.gh, pull, { method: 'merge' });
    const run = await j.run('promotion.yml', pushEvent(j.gh, 'main', before, { sender: MAINTAINER }));
    expect(run.conclusion === 'success' ? '' : describeFailure(run)).toBe('');
    expect(j.gh.issue(issue)).toMatchObject({ state: 'closed' });
    expect(j.gh.labelsOn(issue).filter((l) => l.startsWith('target:'))).toEqual(['target:production']);
    const maturity = fileOnMain(j.gh, MATURITY);
    expect(maturity).toMatch(/\*\*Current Stage\*\*: Production \(promoted from Staging on/);
    // The template's checklist follows the verified criteria: the uptime box the team left open is ticked.
    expect(maturity).toMatch(/- \[x\] 7-day uptime in staging ≥99\.5%/);
    expect(maturity).toMatch(/\*\*Status\*\*: 8\/8 criteria met ✅/);
    expect(j.gh.milestones()).toEqual([]); // no stage after Production
  });
});
