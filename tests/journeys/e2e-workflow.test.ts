/**
 * This repository's own end-to-end workflow (.github/workflows/e2e.yml), run through the workflow
 * host as GitHub would run it on a push to main: the fake repository is tta/maturity-actions
 * itself (its sample repositories, their recorded reports and the check script), `$/<action>`
 * is this working tree's action.yml and committed dist/ bundle, and every job must pass, its
 * check step comparing the actions' outputs with the tools' own figures.
 *
 * The annotations job proves the annotation budget: three gates that fail over every report of
 * the sample repository in one job, with MATURITY_ANNOTATION_SHARE 16, emit no more than GitHub
 * shows (10 per level per step, 50 per job): nothing emitted is dropped, and every gate's
 * failure message is among what GitHub keeps.
 */
import { join } from 'node:path';
import { FakeGitHub } from '../support/fake-github/index.js';
import { REPO } from '../support/fixtures.js';
import { nodeBinaries } from '../support/run-bundle.js';
import {
  commitFiles,
  describeFailure,
  findJob,
  findStep,
  pushEvent,
  readTree,
  WorkflowHost,
  type JobRecord,
  type RunRecord,
} from '../support/workflow-host/index.js';

/** What the workflow's checkout needs of this repository: the sample repositories and the check script. */
function repositoryFiles(): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const dir of ['examples/sample-repo', 'examples/journey', '.github/e2e', '.github/workflows']) {
    for (const [path, bytes] of readTree(join(REPO, dir))) files.set(`${dir}/${path}`, bytes);
  }
  return files;
}

let gh: FakeGitHub;
let host: WorkflowHost;
let run: RunRecord;
beforeAll(async () => {
  gh = await FakeGitHub.start({ owner: 'tta', repo: 'maturity-actions' });
  const before = gh.repo.git.branchHead('main')!.sha;
  commitFiles(gh, repositoryFiles(), { branch: 'main', message: 'maturity-actions', date: '2026-11-30T10:00:00Z' });
  const node24 = (await nodeBinaries()).find((n) => n.label.startsWith('node v24'))?.path;
  host = new WorkflowHost({ gh, ...(node24 ? { node: node24 } : {}) });
  run = await host.run(join(REPO, '.github/workflows/e2e.yml'), pushEvent(gh, 'main', before));
}, 300_000);
afterAll(async () => {
  host.dispose();
  await gh.close();
});

const levels = (list: { level: string }[]) => ({
  error: list.filter((a) => a.level === 'error').length,
  warning: list.filter((a) => a.level === 'warning').length,
  notice: list.filter((a) => a.level === 'notice').length,
});

describe('.github/workflows/e2e.yml through the workflow host', () => {
  it('passes: every job, with its outputs checked against the tools\u2019 own figures', () => {
    expect(run.conclusion === 'success' ? '' : describeFailure(run)).toBe('');
    expect(run.jobs.map((j) => [j.name, j.result])).toEqual([
      ['Every action over examples/sample-repo', 'success'],
      ['The planner and the gates over examples/journey/repo (recorded reports)', 'success'],
      ["Three gates in one job stay within GitHub's annotation limits", 'success'],
    ]);
    for (const job of run.jobs) {
      const check = job.steps.at(-1)!;
      expect([job.name, check.stdout]).toEqual([job.name, expect.not.stringMatching(/::error/)]);
      expect(check.stdout).toMatch(/^ok {4}/m);
    }
  });

  it('ran every action of this repository, from the working tree ($/)', () => {
    const used = new Set(run.jobs.flatMap((j) => j.steps.map((s) => s.uses ?? '')).filter((u) => u.startsWith('$/')));
    expect([...used].sort()).toEqual([
      '$/coverage-gate',
      '$/dashboard',
      '$/planner',
      '$/promotion-report',
      '$/quality-gate',
      '$/security-gate',
      '$/uptime-check',
    ]);
    const sample = findJob(run, 'Every action over examples/sample-repo');
    expect(findStep(sample, 'neo4j').resolvedAction).toMatch(/^tta\/maturity-actions\/coverage-gate \(self\)/);
  });

  it('keeps three failing gates of one job within GitHub\u2019s annotation limits, every verdict kept', () => {
    const job: JobRecord = findJob(run, "Three gates in one job stay within GitHub's annotation limits");
    const gates = job.steps.filter((s) => s.uses?.startsWith('$/'));
    expect(gates.map((s) => [s.uses, s.outcome])).toEqual([
      ['$/coverage-gate', 'failure'],
      ['$/quality-gate', 'failure'],
      ['$/security-gate', 'failure'],
    ]);
    for (const step of gates) {
      const emitted = levels(step.annotations.emitted);
      expect([
        step.uses,
        Math.max(emitted.error, emitted.warning, emitted.notice) <= 10,
        step.annotations.emitted.length <= 16,
      ]).toEqual([step.uses, true, true]);
      expect(step.annotations.dropped).toEqual([]);
      // The verdict: the step's last annotation, kept by GitHub.
      const verdict = step.annotations.emitted.at(-1)!;
      expect(verdict).toMatchObject({
        level: 'error',
        message: expect.stringMatching(
          /^(coverage|quality|security)-gate: the whole report does not meet the Production/,
        ),
      });
      expect(job.annotations.kept).toContainEqual(verdict);
    }
    // quality-gate alone has 26 errors and 6 warnings to show: it spends its whole share.
    expect(levels(findStep(job, 'quality').annotations.emitted)).toEqual({ error: 10, warning: 6, notice: 0 });
    expect(job.annotations.emitted.length).toBeLessThanOrEqual(50);
    expect(job.annotations.kept).toEqual(job.annotations.emitted);
  });

  it('eight steps of one job at a share of 6 each stay within the job\u2019s 50, nothing dropped', () => {
    const sample = findJob(run, 'Every action over examples/sample-repo');
    // With MATURITY_ANNOTATION_SHARE 6 in that job: six each, eight steps, within 50.
    for (const step of sample.steps)
      expect([step.name, step.annotations.emitted.length <= 6]).toEqual([step.name, true]);
    expect(sample.annotations.emitted.length).toBeLessThanOrEqual(50);
    expect(sample.annotations.dropped).toEqual([]);
  });
});
