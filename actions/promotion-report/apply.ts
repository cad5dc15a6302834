/**
 * Applying an approved promotion, in two steps as the seeds do it ("Execute Promotion"):
 *  1. the MATURITY.md change: a pull request from `maturity/<component>-<stage>` (or, with
 *     `apply: commit`, a commit on the default branch);
 *  2. completion, once that change is on the default branch: the project board, the milestone
 *     for the next promotion, `promotion:completed`, a closing comment, the issue closed.
 * Everything that can fail is checked before the first write; every write converges when run
 * again (an open pull request, a milestone or a closing comment that exists is reused).
 */
import type { MaturityConfig } from '../../packages/core/config/load-config.js';
import { ConfigurationError } from '../../packages/core/errors.js';
import { nextStage, STAGE_TITLES, type Stage, type TargetStage } from '../../packages/core/stages.js';
import { isPermissionDenied } from '../../packages/github/api-errors.js';
import type { GitHubApi, IssueDetail } from '../../packages/github/client.js';
import { createProjectsApi, type ProjectRef } from '../../packages/github/projects.js';
import { stickyMarker, upsertStickyComment } from '../../packages/github/sticky-comment.js';
import { PROMOTION, targetLabel } from '../../packages/promotion/labels.js';
import { applyPromotion, type PromotionChange } from '../../packages/promotion/maturity-update.js';
import { code, escapeText } from '../../packages/report/markdown.js';

const DAY = 86_400_000;

export interface MaturityChange {
  /** The pull request that carries the change, when one was opened (or found open). */
  pullRequest: { number: number; html_url: string } | null;
  /** The change was committed on the default branch (apply: commit), or it was there already. */
  onDefaultBranch: boolean;
  /** What the change does, one line each. */
  changes: string[];
}

/** Step 1: MATURITY.md, through a pull request or a commit. */
export async function changeMaturityFile(
  api: GitHubApi,
  o: {
    componentId: string;
    componentName: string;
    maturityFile: string;
    change: PromotionChange;
    issue: IssueDetail;
    mode: 'pull-request' | 'commit';
    /** The input whose token `api` carries: github-token, or pull-request-token when given. */
    tokenInput: string;
  },
): Promise<MaturityChange> {
  const { change, issue } = o;
  const base = await api.defaultBranch();
  const file = await api.getFile(o.maturityFile, base);
  if (!file) throw new ConfigurationError(`${o.maturityFile} is not on ${base}`, { file: o.maturityFile }, 'Commit the MATURITY.md the config names.');
  const update = applyPromotion(file.text, change, o.maturityFile);
  if (update.changes.length === 0) return { pullRequest: null, onDefaultBranch: true, changes: [] };
  const message = `Promote ${o.componentId} to ${STAGE_TITLES[change.to]} (#${issue.number})`;
  if (o.mode === 'commit') {
    await api.putFile({ path: o.maturityFile, branch: base, text: update.markdown, message, sha: file.sha });
    return { pullRequest: null, onDefaultBranch: true, changes: update.changes };
  }
  const branch = `maturity/${o.componentId}-${change.to}`;
  const existing = await api.findOpenPullRequest(branch, base);
  if (existing) return { pullRequest: existing, onDefaultBranch: false, changes: update.changes };
  const created = await api.createBranch(branch, (await api.branchSha(base))!);
  try {
    const onBranch = await api.getFile(o.maturityFile, branch);
    await api.putFile({ path: o.maturityFile, branch, text: update.markdown, message, sha: onBranch?.sha ?? null });
    const body = [
      `Promotes **${escapeText(o.componentName)}** from ${STAGE_TITLES[change.from]} to ${STAGE_TITLES[change.to]}, as approved in #${issue.number}.`,
      '',
      ...update.changes.map((c) => `- ${c}`),
      '',
      `Merging this completes the promotion: #${issue.number} is then labelled \`${PROMOTION.completed}\` and closed.`,
    ].join('\n');
    const pr = await api.createPullRequest({ title: message, head: branch, base, body });
    return { pullRequest: pr, onDefaultBranch: false, changes: update.changes };
  } catch (e) {
    // Leave nothing behind: the next run starts over from a clean slate.
    if (created) await api.deleteBranch(branch);
    if (isPermissionDenied(e)) {
      throw new ConfigurationError(
        `the token cannot open the MATURITY.md pull request (${(e as Error).message})`,
        { at: `input ${o.tokenInput}` },
        o.tokenInput === 'github-token'
          ? 'Allow it in Settings → Actions → General → "Allow GitHub Actions to create and approve pull requests", or pass a GitHub App installation token as `pull-request-token` (pull requests opened with GITHUB_TOKEN also start no checks), or use `apply: commit`.'
          : 'Give that token Contents and Pull requests read and write on this repository (a GitHub App: install it on the repository with those permissions).',
      );
    }
    throw e;
  }
}

export interface Completion {
  milestone: string | null;
  board: boolean;
}

/** Step 2: the promotion is on the default branch; record it everywhere else and close the request. */
export async function completePromotion(
  api: GitHubApi,
  o: {
    issue: IssueDetail;
    componentId: string;
    componentName: string;
    target: TargetStage;
    config: MaturityConfig;
    commit: string | null;
    project: { ref: ProjectRef; token: string } | null;
    coverage: number | null;
  },
): Promise<Completion> {
  const today = new Date().toISOString().slice(0, 10);
  const projects = o.project ? createProjectsApi({ token: o.project.token, tokenInput: 'project-token' }) : null;
  const plan = projects && o.project ? await projects.preflight(o.project.ref, o.issue.node_id, { stage: STAGE_TITLES[o.target], coverage: o.coverage, blockers: 0, lastUpdated: today }) : null;
  if (projects && plan) await projects.apply(plan);
  let milestone: string | null = null;
  const next = nextStage(o.target as Stage);
  if (next) {
    const days = Math.max(7, o.config.policy[next]['min-days-in-staging']);
    const due = new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
    milestone = (await api.createMilestone({ title: `${o.componentName}: ${STAGE_TITLES[next]} promotion`, description: `Earliest promotion of ${o.componentId} to ${STAGE_TITLES[next]} (after ${days} days in ${STAGE_TITLES[o.target]}).`, dueOn: due })).title;
  }
  await api.addLabels(o.issue.number, [PROMOTION.completed, targetLabel(o.target)]);
  for (const l of [PROMOTION.inReview, PROMOTION.requested, PROMOTION.blocked]) await api.removeLabel(o.issue.number, l);
  const lines = [
    `## ✅ ${escapeText(o.componentName)} is in ${STAGE_TITLES[o.target]}`,
    '',
    `MATURITY.md on the default branch${o.commit ? ` (${code(o.commit.slice(0, 7))})` : ''} records the promotion.`,
    plan ? '- Project board updated' : '',
    milestone ? `- Next: milestone ${escapeText(milestone)}` : '',
  ].filter((l) => l !== '');
  await upsertStickyComment(api, o.issue.number, stickyMarker('promotion-report:completed', o.componentId), lines.join('\n'));
  await api.closeIssue(o.issue.number, 'completed');
  return { milestone, board: plan !== null };
}
