/**
 * Journey 4, continued ("production (kept): maintenance"): the daily upkeep check of
 * examples/workflows/upkeep.yml on the journey repository, with two components in Production:
 * neo4j, whose history holds last month at 99.2%, and player-experience (this test's copy makes
 * it Production; it depends on neo4j) at 99.95%. neo4j gets one breach issue (not two on a rerun,
 * nor when the create is answered 502 after GitHub made it); player-experience gets nothing. Past
 * the grace period the demotion is proposed on that issue; a maintainer's approval goes through
 * promotion.yml like a promotion's: the MATURITY.md pull request, and on merge the demotion is
 * completed, with player-experience listed as blocked.
 */
import { readFileSync } from 'node:fs';
import {
  describeFailure,
  findJob,
  findStep,
  issuesEvent,
  mergePullRequest,
  pushEvent,
  scheduleEvent,
  type RunRecord,
} from '../support/workflow-host/index.js';
import {
  fileOnMain,
  MAINTAINER,
  OWNER,
  REPO_NAME,
  seedMonthsOfHistory,
  startJourney,
  type Journey,
} from './journey-repository.js';

const NEO4J = 'src/components/neo4j/MATURITY.md';
const PLAYER = 'src/components/player_experience/MATURITY.md';
const DAY = 86_400_000;

let j: Journey;
beforeAll(async () => {
  j = await startJourney();
  // The default branch's Maturity run: its maturity-results artifact has the security results (first-seen dates).
  const before = j.gh.repo.git.branchHead('main')!.parents[0]!;
  const push = await j.run('pull-request.yml', pushEvent(j.gh, 'main', before));
  if (push.conclusion !== 'success') throw new Error(describeFailure(push));
  // This test's copy: player-experience has been in Production since September.
  const player = fileOnMain(j.gh, PLAYER)
    .replace(
      '**Current Stage**: Staging (promoted from Development on 2026-11-02)',
      '**Current Stage**: Production (promoted from Staging on 2026-09-15)',
    )
    .replace(
      '- **2026-11-02**: Promoted to Staging (Issue #21)',
      '- **2026-08-02**: Promoted to Staging (Issue #21)\n- **2026-09-15**: Promoted to Production (Issue #30)',
    );
  j.gh.putFile(PLAYER, player, { branch: 'main', message: 'player-experience is in Production' });
  seedMonthsOfHistory(j.gh, j.staging, { neo4j: 99.2, 'player-experience': 99.95 });
}, 300_000);
afterAll(() => j.close());

const breachIssues = () =>
  [...j.gh.repo.issues.values()].filter(
    (i) => !i.isPullRequest && j.gh.labelsOn(i.number).includes('maintenance:breach'),
  );
const upkeepStep = (run: RunRecord) =>
  findStep(findJob(run, 'Upkeep (every component in Production)'), 'Run tta/maturity-actions/uptime-check@v1');
const resultOf = (run: RunRecord, component: string) => {
  const file = (upkeepStep(run).outputs['result-files'] ?? '')
    .split('\n')
    .find((f) => f.endsWith(`upkeep--${component}.json`))!;
  return JSON.parse(readFileSync(file, 'utf8')) as {
    status: string;
    criteria: { id: string; status: string; measured: unknown }[];
  };
};
const api = (from: number) =>
  j.gh.requests
    .slice(from)
    .filter((r) => r.path === `/repos/${OWNER}/${REPO_NAME}` || r.path.startsWith(`/repos/${OWNER}/${REPO_NAME}/`));
const upkeep = () => j.run('upkeep.yml', scheduleEvent(j.gh, '17 6 * * *'));
/** Each step runs whole workflows: seconds alone, longer while the rest of the suite runs. */
const STEP_MS = 120_000;

describe('journey 4: a Production component below its maintenance criteria is demoted through the promotion path', () => {
  let issue: number;

  it(
    'opens one breach issue for the month at 99.2%, even when the create is answered 502 after GitHub made it; nothing for 99.95%',
    async () => {
      const fault = j.gh.injectFault({
        method: 'POST',
        path: `/repos/${OWNER}/${REPO_NAME}/issues`,
        status: 502,
        afterApplying: true,
      });
      const before = j.gh.requests.length;
      const run = await upkeep();
      expect(fault.hits).toBe(1);
      // A Production component in breach fails the check; the issue is the record.
      expect(run.conclusion).toBe('failure');
      expect(upkeepStep(run).outputs.breaches).toBe('["neo4j"]');
      const neo4j = resultOf(run, 'neo4j');
      expect(neo4j.criteria.find((c) => c.id === 'maintenance.uptime.month')).toMatchObject({
        status: 'fail',
        measured: 99.2,
      });
      expect(neo4j.criteria.find((c) => c.id === 'maintenance.uptime.rolling')).toMatchObject({ status: 'fail' });
      expect(neo4j.criteria.find((c) => c.id === 'maintenance.patch-deadlines')).toMatchObject({
        status: 'pass',
        measured: 0,
      });
      expect(resultOf(run, 'player-experience')).toMatchObject({ status: 'pass' });
      expect(
        resultOf(run, 'player-experience').criteria.find((c) => c.id === 'maintenance.uptime.month'),
      ).toMatchObject({
        status: 'pass',
        measured: 99.95,
      });

      const issues = breachIssues();
      expect(issues).toHaveLength(1);
      issue = issues[0]!.number;
      expect(issues[0]!.title).toBe('Maintenance breach: Neo4j');
      expect(j.gh.labelsOn(issue)).toEqual(['maintenance:breach', 'component:neo4j', 'severity:P1']);
      expect(issues[0]!.body).toMatch(/uptime 99\.20% in 2026-\d\d below 99\.5%/);
      expect(issues[0]!.body).toMatch(/\*\*Grace period\*\*: 7 day\(s\)/);
      // One run's requests: the history read once for both components, the artifact, the open breaches, one issue.
      const sent = api(before);
      expect(sent.filter((r) => r.method === 'POST' && r.path.endsWith('/issues'))).toHaveLength(1);
      expect(sent.filter((r) => r.method === 'PUT')).toHaveLength(0);
      process.stdout.write(`journey upkeep run: ${sent.length} API requests\n`);
    },
    STEP_MS,
  );

  it(
    'a rerun finds the issue and changes nothing',
    async () => {
      const before = j.gh.requests.length;
      const run = await upkeep();
      expect(run.conclusion).toBe('failure');
      expect(breachIssues()).toHaveLength(1);
      expect(api(before).filter((r) => r.method !== 'GET')).toEqual([]);
    },
    STEP_MS,
  );

  it(
    'past the grace period, proposes the demotion on the issue and names the dependent it blocks',
    async () => {
      // The breach was recorded 8 days ago.
      j.gh.repo.issues.get(issue)!.createdAt = new Date(Date.now() - 8 * DAY).toISOString();
      await upkeep();
      expect(j.gh.labelsOn(issue)).toEqual(expect.arrayContaining(['demotion:proposed', 'target:staging']));
      const proposal = j.gh
        .comments(issue)
        .find((c) => c.body.startsWith('<!-- maturity-actions:upkeep-demotion:neo4j -->'))!.body;
      expect(proposal).toMatch(/Demotion proposed: Neo4j, Production → Staging/);
      expect(proposal).toMatch(
        /Blocked by this demotion[^\n]*\n- `player-experience` \(Production\): `player-experience` → `neo4j`/,
      );
      expect(breachIssues()).toHaveLength(1);
    },
    STEP_MS,
  );

  let pull: number;
  it(
    'a maintainer\u2019s approval, checked like a promotion\u2019s, opens the MATURITY.md pull request',
    async () => {
      j.gh.labelIssue(issue, 'promotion:approved', MAINTAINER);
      const run = await j.run(
        'promotion.yml',
        issuesEvent(j.gh, issue, 'labeled', { label: 'promotion:approved', sender: MAINTAINER }),
      );
      expect(run.conclusion === 'success' ? '' : describeFailure(run)).toBe('');
      const [pr] = j.gh.pulls();
      expect(pr).toMatchObject({ head: { ref: 'maturity/neo4j-demote-staging' }, base: { ref: 'main' } });
      pull = pr!.number;
      expect(j.gh.issue(pull).title).toBe(`Demote neo4j to Staging (#${issue})`);
      expect(j.gh.issue(pull).body).toMatch(
        /- <code>player-experience<\/code> \(Production\), through <code>player-experience<\/code> → <code>neo4j<\/code>/,
      );
      const changed = j.gh.file(NEO4J, 'maturity/neo4j-demote-staging')!;
      expect(changed).toMatch(/\*\*Current Stage\*\*: Staging \(demoted from Production on \d{4}-\d{2}-\d{2}\)/);
      expect(changed).toMatch(
        /### Demotions\n\n- \*\*\d{4}-\d{2}-\d{2}\*\*: Demoted to Staging \(Reason: uptime 99\.20% in 2026-\d\d below 99\.5%; [^,)]*, Issue \[#\d+\]\(http[^)]+\)\)/,
      );
      expect(fileOnMain(j.gh, NEO4J)).toMatch(/\*\*Current Stage\*\*: Production/);
      const card = j.gh
        .comments(issue)
        .find((c) => c.body.startsWith('<!-- maturity-actions:promotion-report:neo4j -->'))!.body;
      expect(card).toMatch(/demotion approved \(Production → Staging\)\. MATURITY\.md pull request: .*\/pull\/\d+/);
      expect(card).toMatch(
        /✅ \| Approved by a maintainer<br><sub>label promotion:approved applied by @\u200blead \(maintain\)/,
      );
    },
    STEP_MS,
  );

  it(
    'completes when the change is on the default branch: labels, MATURITY.md, the dependent shown as blocked',
    async () => {
      const before = j.gh.repo.git.branchHead('main')!.sha;
      mergePullRequest(j.gh, pull, { method: 'merge' });
      const run = await j.run('promotion.yml', pushEvent(j.gh, 'main', before, { sender: MAINTAINER }));
      expect(run.conclusion === 'success' ? '' : describeFailure(run)).toBe('');
      expect(j.gh.issue(issue)).toMatchObject({ state: 'closed', state_reason: 'completed' });
      expect(j.gh.labelsOn(issue)).toEqual(
        expect.arrayContaining([
          'maintenance:breach',
          'component:neo4j',
          'demotion:completed',
          'target:staging',
          'promotion:approved',
        ]),
      );
      expect(j.gh.labelsOn(issue)).not.toContain('demotion:proposed');
      const maturity = fileOnMain(j.gh, NEO4J);
      expect(maturity).toMatch(/\*\*Current Stage\*\*: Staging \(demoted from Production on/);
      expect(maturity).toMatch(/Demoted to Staging \(Reason: uptime 99\.20%/);
      const done = j.gh
        .comments(issue)
        .find((c) => c.body.startsWith('<!-- maturity-actions:promotion-report:completed:neo4j -->'))!.body;
      expect(done).toMatch(/⬇️ Neo4j is in Staging \(demoted from Production\)/);
      expect(done).toMatch(
        /Blocked: these components now sit above their dependency <code>neo4j<\/code> \(Staging\)[^\n]*\n- <code>player-experience<\/code> \(Production\)/,
      );
      // The next upkeep leaves neo4j alone (no longer in Production) and still judges player-experience.
      const next = await upkeep();
      expect(next.conclusion === 'success' ? '' : describeFailure(next)).toBe('');
      expect(upkeepStep(next).summary).toMatch(/Not in Production \(not judged\):.*<code>neo4j<\/code> \(Staging\)/);
      expect(breachIssues()).toHaveLength(1);
    },
    STEP_MS,
  );
});
