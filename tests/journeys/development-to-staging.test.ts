/**
 * Journey 2 (docs/journeys.md): Development → Staging of model-management, through the example
 * workflows as a user copies them. The default branch's Maturity run is the evidence; the request
 * issue gets a scorecard in which every criterion a machine can check has evidence; an approval
 * by someone who may not approve is undone; a maintainer's approval opens the MATURITY.md pull
 * request; the request completes and closes when that change is on the default branch.
 */
import {
  describeFailure,
  findJob,
  findStep,
  issuesEvent,
  mergePullRequest,
  pushEvent,
  type RunRecord,
} from '../support/workflow-host/index.js';
import {
  fileOnMain,
  MAINTAINER,
  promotionRequestBody,
  REQUESTER,
  startJourney,
  type Journey,
} from './journey-repository.js';

const MATURITY = 'src/components/model_management/MATURITY.md';

let j: Journey;
let issue: number;
beforeAll(async () => {
  j = await startJourney();
  const before = j.gh.repo.git.branchHead('main')!.parents[0]!;
  const push = await j.run('pull-request.yml', pushEvent(j.gh, 'main', before));
  if (push.conclusion !== 'success') throw new Error(describeFailure(push));
  issue = j.gh.addIssue({
    title: '[Promotion]: Model Management to Staging',
    body: promotionRequestBody({
      component: 'Model Management',
      current: 'Development 🔨',
      target: 'Staging 🧪',
      group: 'AI/Agent Systems 🤖',
      justification: 'Registry and canary routing are complete; unit coverage 100%, every check clean on main.',
      ticked: ['Core features complete', 'API documented', 'Successfully integrates'],
    }),
    labels: ['promotion:requested'],
    user: REQUESTER,
  }).number;
}, 300_000);
afterAll(() => j.close());

const scorecard = () =>
  j.gh.comments(issue).find((c) => c.body.startsWith('<!-- maturity-actions:promotion-report:model-management -->'))!
    .body;
const promotionResult = (run: RunRecord) =>
  findStep(findJob(run, 'report'), 'Run tta/maturity-actions/promotion-report@v1');

describe('journey 2: Development → Staging, approved by a maintainer', () => {
  it('scores the request on the default branch\u2019s results: every machine-checked criterion has evidence and passes', async () => {
    const run = await j.run('promotion.yml', issuesEvent(j.gh, issue, 'opened'));
    expect(run.conclusion === 'success' ? '' : describeFailure(run)).toBe('');
    const step = promotionResult(run);
    expect(step.outputs).toMatchObject({ ready: 'true', 'criteria-failed': '0', stage: 'development' });
    const body = scorecard();
    expect(body).toMatch(/meets every criterion for Development → Staging/);
    expect(body).not.toMatch(/⚪/); // no criterion without evidence
    expect(body).toMatch(/✅ \| Test coverage \(lines \+ branches\)<br><sub>.*\| 100\.00% \| ≥ 70%/);
    expect(body).toMatch(
      /<code>maturity-results \(run \d+\)\/coverage-gate--model-management\.json<\/code>|maturity-reports\/unit-coverage\.xml/,
    );
    expect(j.gh.labelsOn(issue).sort()).toEqual([
      'component:model-management',
      'promotion:in-review',
      'promotion:requested',
      'target:staging',
    ]);
  });

  it('undoes an approval by someone who may not approve, whoever starts the run', async () => {
    j.gh.labelIssue(issue, 'promotion:approved', 'triager');
    await j.run(
      'promotion.yml',
      issuesEvent(j.gh, issue, 'labeled', { label: 'promotion:approved', sender: MAINTAINER }),
    );
    expect(j.gh.labelsOn(issue)).not.toContain('promotion:approved');
    expect(j.gh.comments(issue).some((c) => /@triager has triage permission/.test(c.body))).toBe(true);
    expect(j.gh.pulls()).toHaveLength(0);
  });

  let pull: number;
  it('a maintainer\u2019s approval opens the MATURITY.md pull request; the request stays open until it is merged', async () => {
    j.gh.labelIssue(issue, 'promotion:approved', MAINTAINER);
    const run = await j.run(
      'promotion.yml',
      issuesEvent(j.gh, issue, 'labeled', { label: 'promotion:approved', sender: MAINTAINER }),
    );
    expect(run.conclusion === 'success' ? '' : describeFailure(run)).toBe('');
    const [pr] = j.gh.pulls();
    expect(pr).toMatchObject({ head: { ref: 'maturity/model-management-staging' }, base: { ref: 'main' } });
    pull = pr!.number;
    const changed = j.gh.file(MATURITY, 'maturity/model-management-staging')!;
    expect(changed).toMatch(/\*\*Current Stage\*\*: Staging \(promoted from Development on \d{4}-\d{2}-\d{2}\)/);
    expect(fileOnMain(j.gh, MATURITY)).toMatch(/\*\*Current Stage\*\*: Development/);
    expect(j.gh.issue(issue)).toMatchObject({ state: 'open' });
    expect(j.gh.labelsOn(issue)).not.toContain('promotion:completed');
    expect(scorecard()).toMatch(/MATURITY\.md pull request: .*\/pull\/\d+\. Merging it completes the promotion/);
  });

  it('completes and closes the request when the change is on the default branch, with exactly one target label', async () => {
    const before = j.gh.repo.git.branchHead('main')!.sha;
    mergePullRequest(j.gh, pull, { method: 'merge' });
    const run = await j.run('promotion.yml', pushEvent(j.gh, 'main', before, { sender: MAINTAINER }));
    expect(run.conclusion === 'success' ? '' : describeFailure(run)).toBe('');
    expect(j.gh.issue(issue)).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(j.gh.labelsOn(issue).filter((l) => l.startsWith('target:'))).toEqual(['target:staging']);
    expect(j.gh.labelsOn(issue)).toEqual(
      expect.arrayContaining(['promotion:completed', 'promotion:approved', 'component:model-management']),
    );
    expect(j.gh.labelsOn(issue)).not.toContain('promotion:requested');
    const maturity = fileOnMain(j.gh, MATURITY);
    expect(maturity).toMatch(/\*\*Current Stage\*\*: Staging \(promoted from Development on/);
    expect(maturity).toMatch(/Promoted to Staging \(Issue \[#\d+\]/);
    expect(maturity).toMatch(/\*\*Status\*\*: 7\/7 criteria met ✅/);
    expect(maturity).toMatch(/\*\*Current Coverage\*\*: 100\.00%/);
    expect(j.gh.milestones().map((m) => m.title)).toEqual(['Model Management: Production promotion']);
    // The planner now sees it in Staging.
    const before2 = j.gh.repo.git.branchHead('main')!.sha;
    const plan = await j.run('pull-request.yml', pushEvent(j.gh, 'main', before2));
    const matrix = JSON.parse(findStep(findJob(plan, 'quality / Plan'), 'plan').outputs.matrix!) as {
      include: { component: string; current: string; target: string }[];
    };
    expect(matrix.include.find((c) => c.component === 'model-management')).toMatchObject({
      current: 'staging',
      target: 'production',
    });
  });
});
