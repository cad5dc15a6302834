/**
 * promotion-report, the action: on a "Component Promotion Request" issue (opened, edited,
 * labeled) or called by the staging validation, check every criterion of the target stage,
 * post one scorecard comment (updated in place), move the labels, and when a maintainer
 * approves a request whose criteria all pass, apply the promotion: MATURITY.md (a pull
 * request, or a commit), the project board, a milestone for the next promotion, then
 * `promotion:completed` and close. Every precondition of the apply step is checked before
 * anything is written.
 */
import * as core from '@actions/core';
import { githubFor } from '../../packages/action-io/github-setup.js';
import { PromotionReportOutputs } from '../../packages/action-io/names.js';
import { publish } from '../../packages/action-io/publish.js';
import { runAction } from '../../packages/action-io/run-action.js';
import { loadConfig } from '../../packages/core/config/load-config.js';
import { ConfigurationError } from '../../packages/core/errors.js';
import { readMaturityRecord } from '../../packages/core/maturity/read-maturity.js';
import type { Criterion } from '../../packages/core/result/gate-result.js';
import { buildGateResult } from '../../packages/core/result/build-result.js';
import { nextStage, STAGE_TITLES, type Stage, type TargetStage } from '../../packages/core/stages.js';
import { findComponent } from '../../packages/core/subject.js';
import type { GitHubApi, IssueDetail } from '../../packages/github/client.js';
import { createProjectsApi, type ProjectPlan } from '../../packages/github/projects.js';
import { readRunContext } from '../../packages/github/run-context.js';
import { stickyMarker, upsertStickyComment } from '../../packages/github/sticky-comment.js';
import { checkDependencies } from '../../packages/promotion/dependencies.js';
import { isPromotionRequest, parsePromotionForm } from '../../packages/promotion/issue-form.js';
import { componentLabel, labelTaxonomy, PROMOTION, setupLabels, targetLabel } from '../../packages/promotion/labels.js';
import { applyPromotion } from '../../packages/promotion/maturity-update.js';
import { readResultFiles } from '../../packages/core/result/read-results.js';
import { selectResults } from '../../packages/promotion/read-results.js';
import { COMMENT_LIMIT_CHARS, escapeText, SUMMARY_LIMIT_BYTES } from '../../packages/report/markdown.js';
import { parseInputs, type Inputs } from './inputs.js';
import { evaluatePromotion, type PromotionEvaluation, type PromotionModel } from './promotion.js';
import { renderScorecard, verdictLine } from './render.js';

export const GATE = 'promotion-report';
const ENTITLED = new Set(['admin', 'maintain', 'write']);
const DAY = 86_400_000;

function requireApi(api: GitHubApi | null): GitHubApi {
  if (!api) throw new ConfigurationError('promotion-report needs the GitHub API', { at: 'input github-token' }, 'Run it in a workflow with `github-token` (the default) and `permissions: issues: write`.');
  return api;
}

async function setupLabelsMode(inputs: Inputs, api: GitHubApi): Promise<void> {
  const config = loadConfig(inputs.configPath, inputs.root);
  const r = await setupLabels(api, labelTaxonomy([...config.components.keys()]));
  const line = `labels: ${r.created.length} created, ${r.updated.length} updated, ${r.unchanged} already right`;
  core.info(`${GATE}: ${line}`);
  await core.summary.addRaw(`## Promotion labels\n\n${line}.\n\n${[...r.created.map((n) => `- created \`${n}\``), ...r.updated.map((n) => `- updated \`${n}\``)].join('\n')}\n`).write();
}

interface Approval {
  by: string;
  permission: string;
}

/** The approval, checked against the permission of whoever applied the label. */
async function checkApproval(api: GitHubApi, issue: IssueDetail, payload: Record<string, unknown>, warnings: string[]): Promise<Approval | null> {
  const labeled = payload.action === 'labeled' && (payload.label as { name?: string } | undefined)?.name === PROMOTION.approved;
  if (!labeled) return issue.labels.includes(PROMOTION.approved) ? { by: 'a maintainer', permission: 'checked when the label was applied' } : null;
  const by = (payload.sender as { login?: string } | undefined)?.login ?? '';
  const permission = by ? await api.permissionOf(by) : 'none';
  if (ENTITLED.has(permission)) return { by, permission };
  await api.removeLabel(issue.number, PROMOTION.approved);
  await api.createIssueComment(
    issue.number,
    `The label \`${PROMOTION.approved}\` was removed: @${escapeText(by)} has ${permission} permission on this repository, and approving a promotion needs write or maintain.`,
  );
  warnings.push(`${by} may not approve promotions (permission: ${permission}); the label was removed`);
  return null;
}

interface Applied {
  pullRequest: string | null;
  commit: boolean;
  milestone: string | null;
  board: boolean;
}

/** Applies an approved promotion: everything that can fail is checked before the first write. */
async function applyApproved(inputs: Inputs, api: GitHubApi, issue: IssueDetail, m: PromotionModel, ev: PromotionEvaluation, maturityFile: string): Promise<Applied> {
  const from = m.current!;
  const to = m.target;
  const today = new Date().toISOString().slice(0, 10);
  // 1. Pre-flight: the file and its new text, the branch, the project token and fields.
  const base = await api.defaultBranch();
  const file = await api.getFile(maturityFile, base);
  if (!file) throw new ConfigurationError(`${maturityFile} is not on ${base}`, { file: maturityFile }, 'Commit the MATURITY.md the config names.');
  const update = applyPromotion(file.text, { from, to, date: today, issue: issue.number, issueUrl: issue.html_url }, maturityFile);
  let plan: ProjectPlan | null = null;
  const projects = inputs.project ? createProjectsApi({ token: inputs.projectToken ?? inputs.githubToken, tokenInput: 'project-token' }) : null;
  if (projects && inputs.project) {
    const coverage = m.results.byGate.get('coverage-gate')?.[0]?.result.criteria.find((c) => c.id === 'coverage.total')?.measured;
    plan = await projects.preflight(inputs.project, issue.node_id, {
      stage: STAGE_TITLES[to],
      coverage: typeof coverage === 'number' ? coverage : null,
      blockers: m.blockers?.length ?? 0,
      lastUpdated: today,
    });
  }
  // 2. Writes, most reversible first: MATURITY.md (a pull request nobody merged yet), board, milestone, labels.
  let pullRequest: string | null = null;
  const message = `Promote ${m.component.id} to ${STAGE_TITLES[to]} (#${issue.number})`;
  if (update.changes.length) {
    if (inputs.apply === 'commit') {
      await api.putFile({ path: maturityFile, branch: base, text: update.markdown, message, sha: file.sha });
    } else {
      const branch = `maturity/${m.component.id}-${to}`;
      const existing = await api.findOpenPullRequest(branch, base);
      if (existing) pullRequest = existing.html_url;
      else {
        const head = await api.branchSha(base);
        await api.createBranch(branch, head!);
        const onBranch = await api.getFile(maturityFile, branch);
        await api.putFile({ path: maturityFile, branch, text: update.markdown, message, sha: onBranch?.sha ?? null });
        const body = [`Promotes **${m.component.name}** from ${STAGE_TITLES[from]} to ${STAGE_TITLES[to]}, as approved in #${issue.number}.`, '', ...update.changes.map((c) => `- ${c}`)].join('\n');
        pullRequest = (await api.createPullRequest({ title: message, head: branch, base, body })).html_url;
      }
    }
  }
  if (projects && plan) await projects.apply(plan);
  let milestone: string | null = null;
  const next = nextStage(to);
  if (next) {
    const due = new Date(Date.now() + Math.max(7, m.policy['min-days-in-staging']) * DAY).toISOString().slice(0, 10);
    milestone = (await api.createMilestone({ title: `${m.component.name}: ${STAGE_TITLES[next]} promotion`, description: `Earliest promotion of ${m.component.id} to ${STAGE_TITLES[next]} (after ${m.policy['min-days-in-staging']} days in ${STAGE_TITLES[to]}).`, dueOn: due })).title;
  }
  return { pullRequest, commit: inputs.apply === 'commit' && update.changes.length > 0, milestone, board: plan !== null };
}

async function main(): Promise<void> {
  const inputs = parseInputs();
  const ctx = readRunContext();
  const api = requireApi(githubFor(ctx, inputs.githubToken));
  if (inputs.mode === 'setup-labels') return setupLabelsMode(inputs, api);

  const warnings: string[] = [];
  const config = loadConfig(inputs.configPath, inputs.root, true);
  const issueNumber = inputs.issueNumber ?? ctx.issueNumber;
  const issue = issueNumber ? await api.getIssue(issueNumber) : null;
  if (issueNumber && !issue) throw new ConfigurationError(`issue #${issueNumber} does not exist`, { at: 'input issue-number' });
  if (issue && !inputs.component && !isPromotionRequest({ title: issue.title, body: issue.body, labels: issue.labels })) {
    core.info(`${GATE}: #${issue.number} is not a promotion request; nothing to do`);
    return;
  }

  // The request: the form on the issue, or the component and stage the caller names.
  const form = issue?.body ? parsePromotionForm(issue.body) : null;
  const problems = form?.problems.map((p) => `${p.field}: ${p.message} ${p.fix}`) ?? [];
  const componentId = inputs.component ?? form?.request?.component ?? null;
  if (!componentId) {
    if (issue) await upsertStickyComment(api, issue.number, stickyMarker(GATE, 'request'), `## Promotion request needs a fix\n\n${problems.map((p) => `- ${escapeText(p)}`).join('\n') || '- The request names no component.'}`);
    throw new ConfigurationError('the promotion request names no component', { at: issue ? `issue #${issue.number}` : 'input component' }, 'Fill in "Component Name" with a component id from .github/maturity.yml.');
  }
  let component;
  try {
    component = findComponent(config, componentId);
  } catch (e) {
    if (issue && e instanceof ConfigurationError) await upsertStickyComment(api, issue.number, stickyMarker(GATE, 'request'), `## Promotion request needs a fix\n\n- ${escapeText(e.describe())}`);
    throw e;
  }
  const maturity = readMaturityRecord(inputs.root, component);
  const current = maturity.record?.stage ?? null;
  if (!maturity.record) warnings.push(maturity.warning);
  const requestedTarget = inputs.targetStage ?? form?.request?.targetStage ?? null;
  const target: TargetStage | null = requestedTarget ?? (current ? (nextStage(current) as TargetStage | null) : 'staging');
  if (form?.request?.currentStage && current && form.request.currentStage !== current) {
    problems.push(`Current Stage: the request says ${STAGE_TITLES[form.request.currentStage]}, but ${component.maturityFile} says ${STAGE_TITLES[current]}. Correct the request.`);
  }
  if (!target) throw new ConfigurationError(`${component.id} is in Production already; there is no stage to promote it to`, { at: 'target-stage' });
  if (current && target !== nextStage(current)) problems.push(`Target Stage: ${STAGE_TITLES[target]} is not the stage after ${STAGE_TITLES[current]} (no skipping stages).`);

  const results = selectResults(inputs.results.length ? readResultFiles(inputs.results, inputs.root) : [], { component: component.id, commit: inputs.commit });
  const stageOf = (id: string): Stage | null => {
    const c = config.components.get(id);
    return c ? (readMaturityRecord(inputs.root, c).record?.stage ?? null) : null;
  };
  let blockers: PromotionModel['blockers'] = null;
  try {
    const found = await api.searchIssues(`repo:${api.owner}/${api.repo} is:issue is:open label:"${componentLabel(component.id)}"`);
    blockers = found.filter((b) => b.labels.some((l) => l.startsWith('blocker:'))).map((b) => ({ number: b.number, title: b.title, labels: b.labels, url: b.html_url }));
  } catch (e) {
    warnings.push(`could not search for blockers: ${(e as Error).message}`);
  }
  const since = maturity.record?.since;
  const daysInStaging = current === 'staging' && since ? Math.floor((Date.now() - Date.parse(`${since}T00:00:00Z`)) / DAY) : null;
  const approval = issue ? await checkApproval(api, issue, ctx.payload, warnings) : null;

  const model: PromotionModel = {
    component: { id: component.id, name: component.name },
    current,
    target,
    results,
    dependencies: checkDependencies(component.id, target, config.components, stageOf),
    blockers,
    daysInStaging,
    approval,
    checks: form?.request?.checks ?? [],
    requester: issue?.user ?? null,
    policy: config.policy[target],
    runUrl: ctx.run?.url ?? null,
  };
  const ev = evaluatePromotion(model);
  if (problems.length) ev.ready = false;

  // Apply an approved promotion whose criteria all pass.
  let applied: Applied | null = null;
  if (issue && approval && ev.ready && current) {
    applied = await applyApproved(inputs, api, issue, model, ev, component.maturityFile ?? `${component.id}/MATURITY.md`);
  }

  const scorecard = renderScorecard(model, ev, { setAside: results.setAside, problems, runUrl: ctx.run?.url ?? null }, COMMENT_LIMIT_CHARS - 2000);
  const appliedNote = applied
    ? `\n\n### Promotion applied\n\n${[applied.pullRequest ? `- MATURITY.md: ${applied.pullRequest}` : applied.commit ? '- MATURITY.md committed' : '- MATURITY.md already up to date', applied.board ? '- Project board updated' : '', applied.milestone ? `- Milestone: ${escapeText(applied.milestone)}` : ''].filter(Boolean).join('\n')}`
    : '';
  if (issue) {
    const labels = [PROMOTION.inReview, componentLabel(component.id), targetLabel(target)];
    await api.addLabels(issue.number, ev.ready ? labels : [...labels, PROMOTION.blocked]);
    if (ev.ready) await api.removeLabel(issue.number, PROMOTION.blocked);
    if (applied) {
      await api.addLabels(issue.number, [PROMOTION.completed]);
      for (const l of [PROMOTION.inReview, PROMOTION.requested]) await api.removeLabel(issue.number, l);
      await upsertStickyComment(api, issue.number, stickyMarker(GATE, component.id), scorecard + appliedNote);
      await api.closeIssue(issue.number, 'completed');
    }
  }

  // The result holds the verified criteria that count; declarations stay in data.scorecard.
  const criteria: Criterion[] = ev.rows.filter((r) => r.counts && r.status !== 'declared').map(({ source: _s, counts: _c, ...c }) => ({ ...c, status: c.status as Criterion['status'] }));
  const result = buildGateResult({
    gate: GATE,
    component: component.id,
    current,
    target,
    criteria,
    summary: verdictLine(model, ev).replace(/[*`]|<\/?code>/g, ''),
    data: { ready: ev.ready, scorecard: ev.rows, setAside: results.setAside, problems, applied, issue: issue?.number ?? null },
    context: ctx,
    now: new Date(),
  });
  if (!ev.ready && result.status === 'pass') result.status = 'fail';
  await publish({
    gate: GATE,
    result,
    summary: renderScorecard(model, ev, { setAside: results.setAside, problems, runUrl: ctx.run?.url ?? null }, SUMMARY_LIMIT_BYTES) + appliedNote,
    comment: issue && !applied ? { api, issue: issue.number, body: scorecard, fromFork: false } : null,
    annotations: [],
    outputs: {
      [PromotionReportOutputs.Stage]: applied ? target : (current ?? ''),
      [PromotionReportOutputs.CriteriaFailed]: String(ev.blocking.length),
      [PromotionReportOutputs.Ready]: String(ev.ready),
      [PromotionReportOutputs.PullRequest]: applied?.pullRequest ?? '',
    },
    failureMessage: `${component.id} is not ready for ${STAGE_TITLES[target]}: ${ev.blocking.map((r) => r.title).slice(0, 8).join('; ')}${problems.length ? `; the request needs a fix: ${problems.join(' ')}` : ''}.`,
    warnings,
    resultsDir: inputs.resultsDir,
    allowNoData: false,
  });
}

await runAction(GATE, main);
