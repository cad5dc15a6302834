/**
 * Applying an approved promotion, in two steps as the seeds do it ("Execute Promotion"):
 *  1. the MATURITY.md change: a pull request from `maturity/<component>-<stage>` (or, with
 *     `apply: commit`, a commit on the default branch);
 *  2. completion, once that change is on the default branch: the project board, the milestone
 *     for the next promotion, `promotion:completed`, a closing comment, the issue closed.
 * An approved demotion (a change to a lower stage: a maintenance breach's proposal) takes the
 * same two steps: a pull request from `maturity/<component>-demote-<stage>`, and on completion
 * the board, `demotion:completed`, the dependents it leaves blocked, the issue closed.
 * Everything that can fail is checked before the first write; every write converges when run
 * again (an open pull request, a milestone or a closing comment that exists is reused).
 */
import type { ComponentConfig, MaturityConfig } from '../../packages/core/config/load-config.js';
import { CommonInputs, PromotionReportInputs } from '../../packages/action-io/names.js';
import { ConfigurationError } from '../../packages/core/errors.js';
import { nextStage, STAGE_TITLES, type Stage } from '../../packages/core/stages.js';
import { isPermissionDenied } from '../../packages/github/api-errors.js';
import type { GitHubApi, IssueDetail } from '../../packages/github/client.js';
import type { ProjectRef } from '../../packages/github/project-ref.js';
import { stickyMarker, upsertStickyComment } from '../../packages/github/sticky-comment.js';
import type { BlockedDependent } from '../../packages/promotion/dependencies.js';
import { DEMOTION, PROMOTION, targetLabel } from '../../packages/promotion/labels.js';
import { applyPromotion, isDemotion, type PromotionChange } from '../../packages/promotion/maturity-update.js';
import { withUndici } from '../../packages/github/undici-on-demand.js';
import { code, escapeText } from '../../packages/report/markdown.js';
import type { Inputs } from './inputs.js';

const DAY = 86_400_000;

export interface MaturityChange {
  /** The pull request that carries the change, when one was opened (or found open). */
  pullRequest: { number: number; html_url: string } | null;
  /** The change was committed on the default branch (apply: commit), or it was there already. */
  onDefaultBranch: boolean;
  /** What the change does, one line each. */
  changes: string[];
}

/** The lines a demotion's pull request and completion comment give its blocked dependents. */
export function blockedLines(blocked: readonly BlockedDependent[], componentId: string, stage: Stage): string[] {
  if (!blocked.length) return [];
  return [
    `Blocked: these components now sit above their dependency ${code(componentId)} (${STAGE_TITLES[stage]}) until it is back:`,
    ...blocked.map((b) => `- ${code(b.id)} (${STAGE_TITLES[b.stage]}), through ${b.path.map(code).join(' → ')}`),
  ];
}

function pullRequestText(
  o: {
    componentId: string;
    componentName: string;
    change: PromotionChange;
    issue: IssueDetail;
    blocked: readonly BlockedDependent[];
  },
  changes: string[],
): { title: string; body: string } {
  const { change, issue } = o;
  const demotion = isDemotion(change);
  const verb = demotion ? 'Demote' : 'Promote';
  return {
    title: `${verb} ${o.componentId} to ${STAGE_TITLES[change.to]} (#${issue.number})`,
    body: [
      `${demotion ? 'Demotes' : 'Promotes'} **${escapeText(o.componentName)}** from ${STAGE_TITLES[change.from]} to ${STAGE_TITLES[change.to]}, as approved in #${issue.number}.`,
      '',
      ...changes.map((c) => `- ${c}`),
      '',
      ...(demotion ? [...blockedLines(o.blocked, o.componentId, change.to), ''] : []),
      `Merging this completes the ${demotion ? 'demotion' : 'promotion'}: #${issue.number} is then labelled \`${demotion ? DEMOTION.completed : PROMOTION.completed}\` and closed.`,
    ].join('\n'),
  };
}

/**
 * Who writes the MATURITY.md branch and pull request: `pull-request-token` when given (a pull
 * request opened with GITHUB_TOKEN starts no workflow runs, so its checks would never report),
 * else the action's own client. Promotions and demotions both go through here.
 */
export function maturityWriter(
  api: GitHubApi,
  pullRequestToken: string | null,
  clientFor: (token: string) => GitHubApi | null,
): { api: GitHubApi; tokenInput: string } {
  const writer = pullRequestToken ? clientFor(pullRequestToken) : null;
  return writer
    ? { api: writer, tokenInput: PromotionReportInputs.PullRequestToken }
    : { api, tokenInput: CommonInputs.GitHubToken };
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
    blocked?: readonly BlockedDependent[];
  },
): Promise<MaturityChange> {
  const { change } = o;
  const base = await api.defaultBranch();
  const file = await api.getFile(o.maturityFile, base);
  if (!file)
    throw new ConfigurationError(
      `${o.maturityFile} is not on ${base}`,
      { file: o.maturityFile },
      'Commit the MATURITY.md the config names.',
    );
  const update = applyPromotion(file.text, change, o.maturityFile);
  if (update.changes.length === 0) return { pullRequest: null, onDefaultBranch: true, changes: [] };
  const text = pullRequestText({ ...o, blocked: o.blocked ?? [] }, update.changes);
  const message = text.title;
  if (o.mode === 'commit') {
    await api.putFile({ path: o.maturityFile, branch: base, text: update.markdown, message, sha: file.sha });
    return { pullRequest: null, onDefaultBranch: true, changes: update.changes };
  }
  const branch = `maturity/${o.componentId}-${isDemotion(change) ? 'demote-' : ''}${change.to}`;
  const existing = await api.findOpenPullRequest(branch, base);
  if (existing) return { pullRequest: existing, onDefaultBranch: false, changes: update.changes };
  const created = await api.createBranch(branch, (await api.branchSha(base))!);
  try {
    const onBranch = await api.getFile(o.maturityFile, branch);
    await api.putFile({ path: o.maturityFile, branch, text: update.markdown, message, sha: onBranch?.sha ?? null });
    const pr = await api.createPullRequest({ title: message, head: branch, base, body: text.body });
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

/** What completing a request needs to know about it. */
interface CompletionRequest {
  issue: IssueDetail;
  componentId: string;
  componentName: string;
  target: Stage;
  config: MaturityConfig;
  commit: string | null;
  project: Board | null;
  coverage: number | null;
  /** A demotion: where it came down from, and the dependents it leaves above it. */
  demotion?: { from: Stage; blocked: readonly BlockedDependent[] };
}

/** The project board completion updates, and the token that writes it. */
export interface Board {
  ref: ProjectRef;
  token: string;
}

/** The board from the inputs: `project`, written with `project-token`, else with `github-token`. */
export function boardOf(inputs: Pick<Inputs, 'project' | 'projectToken' | 'githubToken'>): Board | null {
  return inputs.project ? { ref: inputs.project, token: inputs.projectToken ?? inputs.githubToken } : null;
}

/** The board's Stage, Coverage, Blockers and Last Updated fields; false when there is no board. */
async function updateBoard(o: CompletionRequest, today: string): Promise<boolean> {
  if (!o.project) return false;
  // The Projects client (and octokit with it) loads only for a promotion that updates a project.
  const projects = (await withUndici(() => import('../../packages/github/projects.js'))).createProjectsApi({
    token: o.project.token,
    tokenInput: 'project-token',
  });
  const plan = await projects.preflight(o.project.ref, o.issue.node_id, {
    stage: STAGE_TITLES[o.target],
    coverage: o.coverage,
    blockers: 0,
    lastUpdated: today,
  });
  await projects.apply(plan);
  return true;
}

/**
 * The milestone for the next promotion, due when the next stage's minimum days have passed (a
 * week at least, so it is never due at once); none after Production.
 */
async function nextMilestone(api: GitHubApi, o: CompletionRequest): Promise<string | null> {
  const next = nextStage(o.target);
  if (!next) return null;
  const days = Math.max(7, o.config.policy[next]['min-days-in-staging']);
  const due = new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
  const milestone = await api.createMilestone({
    title: `${o.componentName}: ${STAGE_TITLES[next]} promotion`,
    description: `Earliest promotion of ${o.componentId} to ${STAGE_TITLES[next]} (after ${days} days in ${STAGE_TITLES[o.target]}).`,
    dueOn: due,
  });
  return milestone.title;
}

/** The request ends labelled completed and with its target; the labels of a request in progress go. */
async function completedLabels(api: GitHubApi, o: CompletionRequest): Promise<void> {
  const d = o.demotion;
  await api.addLabels(o.issue.number, [d ? DEMOTION.completed : PROMOTION.completed, targetLabel(o.target)]);
  for (const l of [PROMOTION.inReview, PROMOTION.requested, PROMOTION.blocked, ...(d ? [DEMOTION.proposed] : [])])
    await api.removeLabel(o.issue.number, l);
}

/** The closing comment: where the component is now, and what else changed. */
function completionText(o: CompletionRequest, board: boolean, milestone: string | null): string {
  const d = o.demotion;
  const lines = [
    d
      ? `## ⬇️ ${escapeText(o.componentName)} is in ${STAGE_TITLES[o.target]} (demoted from ${STAGE_TITLES[d.from]})`
      : `## ✅ ${escapeText(o.componentName)} is in ${STAGE_TITLES[o.target]}`,
    '',
    `MATURITY.md on the default branch${o.commit ? ` (${code(o.commit.slice(0, 7))})` : ''} records the ${d ? 'demotion' : 'promotion'}.`,
    board ? '- Project board updated' : '',
    milestone ? `- Next: milestone ${escapeText(milestone)}` : '',
  ].filter((l) => l !== '');
  if (d?.blocked.length) lines.push('', ...blockedLines(d.blocked, o.componentId, o.target));
  return lines.join('\n');
}

/** Step 2: the promotion (or demotion) is on the default branch; record it everywhere else and close the request. */
export async function completePromotion(api: GitHubApi, o: CompletionRequest): Promise<Completion> {
  // The board first: a token that cannot write the project fails its preflight before anything here changes.
  const board = await updateBoard(o, new Date().toISOString().slice(0, 10));
  const milestone = await nextMilestone(api, o);
  await completedLabels(api, o);
  await upsertStickyComment(
    api,
    o.issue.number,
    stickyMarker('promotion-report:completed', o.componentId),
    completionText(o, board, milestone),
  );
  await api.closeIssue(o.issue.number, 'completed');
  return { milestone, board };
}

/** Both steps of an approved change; a change already on the default branch is completed at once. */
export async function applyApprovedChange(
  api: GitHubApi,
  o: {
    inputs: Inputs;
    /** A client for `pull-request-token` (maturityWriter). */
    clientFor: (token: string) => GitHubApi | null;
    config: MaturityConfig;
    issue: IssueDetail;
    component: ComponentConfig;
    change: PromotionChange;
    /** For the closing comment: the commit that records the change, when known. */
    commit: string | null;
    coverage: number | null;
    demotion?: CompletionRequest['demotion'];
  },
): Promise<{ change: MaturityChange; completed: boolean }> {
  const { inputs, issue, component } = o;
  const writer = maturityWriter(api, inputs.pullRequestToken, o.clientFor);
  const change = await changeMaturityFile(writer.api, {
    componentId: component.id,
    componentName: component.name,
    maturityFile: component.maturityFile ?? `${component.id}/MATURITY.md`,
    change: o.change,
    issue,
    mode: inputs.apply,
    tokenInput: writer.tokenInput,
    ...(o.demotion ? { blocked: o.demotion.blocked } : {}),
  });
  if (!change.onDefaultBranch) return { change, completed: false };
  await completePromotion(api, {
    issue,
    componentId: component.id,
    componentName: component.name,
    target: o.change.to,
    config: o.config,
    commit: o.commit,
    project: boardOf(inputs),
    coverage: o.coverage,
    ...(o.demotion ? { demotion: o.demotion } : {}),
  });
  return { change, completed: true };
}
