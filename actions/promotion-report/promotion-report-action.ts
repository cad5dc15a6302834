/**
 * promotion-report, the action. `report` (default): on a "Component Promotion Request" issue
 * (opened, edited, labeled), or called by the staging validation, check every criterion of the
 * target stage on fresh evidence, post one scorecard comment (updated in place), move the
 * labels, and when a maintainer approves a request whose criteria all pass, change MATURITY.md
 * (a pull request, or a commit). `complete`: on a push to the default branch, complete the
 * approved requests whose stage MATURITY.md now records: board, milestone, `promotion:completed`,
 * closed. `setup-labels`: the label taxonomy. A demotion request (a maintenance breach issue the
 * upkeep check proposed for demotion) goes through the same approval, MATURITY.md change and
 * completion (demotion.ts).
 */
// First: checks the event payload before @actions/github reads it while being imported.
import '../../packages/action-io/event-payload.js';
import * as core from '@actions/core';
import { githubFor } from '../../packages/action-io/github-setup.js';
import { PromotionReportOutputs } from '../../packages/action-io/names.js';
import { publish } from '../../packages/action-io/publish.js';
import { runAction } from '../../packages/action-io/run-action.js';
import { loadConfig, type ComponentConfig, type MaturityConfig } from '../../packages/core/config/load-config.js';
import { RunLog, type Logger } from '../../packages/core/logger.js';
import { ConfigurationError } from '../../packages/core/errors.js';
import { readMaturityRecord } from '../../packages/core/maturity/read-maturity.js';
import type { Criterion, GateResult } from '../../packages/core/result/gate-result.js';
import { buildGateResult } from '../../packages/core/result/build-result.js';
import { nextStage, STAGE_TITLES, type Stage, type TargetStage } from '../../packages/core/stages.js';
import { findComponentByName } from '../../packages/core/subject.js';
import type { GitHubApi, IssueDetail } from '../../packages/github/client.js';
import { readRunContext, type RunContext } from '../../packages/github/run-context.js';
import { stickyMarker, upsertStickyComment } from '../../packages/github/sticky-comment.js';
import { checkDependencies } from '../../packages/promotion/dependencies.js';
import { gitFreshness } from '../../packages/promotion/freshness.js';
import type { ParsedPromotionForm } from '../../packages/promotion/issue-form.js';
import {
  componentLabel,
  isDemotionRequest,
  labelTaxonomy,
  PROMOTION,
  setupLabels,
  targetLabel,
} from '../../packages/promotion/labels.js';
import { selectResults } from '../../packages/promotion/read-results.js';
import { COMMENT_LIMIT_CHARS, escapeText, SUMMARY_LIMIT_BYTES } from '../../packages/report/markdown.js';
import type { MaturityChange } from './apply.js';
import { checkApproval } from './approval.js';
import { gatherEvidence } from './evidence.js';
import { parseInputs, type Inputs } from './inputs.js';
import { evaluatePromotion, type PromotionEvaluation, type PromotionModel } from './promotion.js';
import { renderScorecard, verdictLine } from './render.js';
import { stageReader } from './stage-reader.js';

export const GATE = 'promotion-report';
const DAY = 86_400_000;

function requireApi(api: GitHubApi | null): GitHubApi {
  if (!api)
    throw new ConfigurationError(
      'promotion-report needs the GitHub API',
      { at: 'input github-token' },
      'Run it in a workflow with `github-token` (the default) and `permissions: issues: write`.',
    );
  return api;
}

async function setupLabelsMode(inputs: Inputs, api: GitHubApi): Promise<void> {
  const config = await loadConfig(inputs.configPath, inputs.root, false, inputs.configExplicit);
  const r = await setupLabels(api, labelTaxonomy([...config.components.keys()]));
  const line = `labels: ${r.created.length} created, ${r.updated.length} updated, ${r.unchanged} already right`;
  core.info(`${GATE}: ${line}`);
  await core.summary
    .addRaw(
      `## Promotion labels\n\n${line}.\n\n${[...r.created.map((n) => `- created \`${n}\``), ...r.updated.map((n) => `- updated \`${n}\``)].join('\n')}\n`,
    )
    .write();
}

/** The request: the event's issue, `issue-number`, or the component's open request (labels promotion:requested and component:<id>). */
async function findRequest(inputs: Inputs, ctx: RunContext, api: GitHubApi): Promise<IssueDetail | null> {
  const number = inputs.issueNumber ?? ctx.issueNumber;
  if (number) {
    const issue = await api.getIssue(number);
    if (!issue) throw new ConfigurationError(`issue #${number} does not exist`, { at: 'input issue-number' });
    return issue;
  }
  if (!inputs.component) return null;
  const open = await api.listOpenIssues([PROMOTION.requested, componentLabel(inputs.component)]);
  const newest = open.at(-1);
  if (!newest)
    core.info(
      `${GATE}: no open promotion request labelled ${componentLabel(inputs.component)}: the scorecard goes to the job summary only`,
    );
  return newest ? api.getIssue(newest.number) : null;
}

/** The component the request names, by id or as people write its name; a wrong name is explained on the issue. */
async function requestedComponent(
  api: GitHubApi,
  config: MaturityConfig,
  inputs: Inputs,
  issue: IssueDetail | null,
  form: ParsedPromotionForm | null,
): Promise<ComponentConfig> {
  const written = inputs.component ?? form?.request?.componentName ?? form?.request?.component ?? null;
  const problems = formProblems(form);
  const explain = async (text: string) => {
    if (issue)
      await upsertStickyComment(
        api,
        issue.number,
        stickyMarker(GATE, 'request'),
        `## Promotion request needs a fix\n\n${text}`,
      );
  };
  if (!written) {
    await explain(problems.map((p) => `- ${escapeText(p)}`).join('\n') || '- The request names no component.');
    throw new ConfigurationError(
      'the promotion request names no component',
      { at: issue ? `issue #${issue.number}` : 'input component' },
      'Fill in "Component Name" with a component id or name from .github/maturity.yml.',
    );
  }
  try {
    return findComponentByName(config, written);
  } catch (e) {
    if (e instanceof ConfigurationError) await explain(`- ${escapeText(e.describe())}`);
    throw e;
  }
}

/** The labels of a request in review: exactly one target label, blocked or not. */
async function moveLabels(
  api: GitHubApi,
  issue: IssueDetail,
  component: string,
  target: TargetStage,
  ready: boolean,
): Promise<void> {
  await api.addLabels(issue.number, [
    PROMOTION.inReview,
    componentLabel(component),
    targetLabel(target),
    ...(ready ? [] : [PROMOTION.blocked]),
  ]);
  for (const l of issue.labels)
    if (l.startsWith('target:') && l !== targetLabel(target)) await api.removeLabel(issue.number, l);
  if (ready && issue.labels.includes(PROMOTION.blocked)) await api.removeLabel(issue.number, PROMOTION.blocked);
}

async function blockersOf(api: GitHubApi, component: string, log: Logger): Promise<PromotionModel['blockers']> {
  try {
    const found = await api.searchIssues(
      `repo:${api.owner}/${api.repo} is:issue is:open label:"${componentLabel(component)}"`,
    );
    return found
      .filter((b) => b.labels.some((l) => l.startsWith('blocker:')))
      .map((b) => ({ number: b.number, title: b.title, labels: b.labels, url: b.html_url }));
  } catch (e) {
    log.warning(`could not search for blockers: ${(e as Error).message}`);
    return null;
  }
}

/** The form's own problems, one line each: field, what is wrong, how to fix it. */
const formProblems = (form: ParsedPromotionForm | null): string[] =>
  form?.problems.map((p) => `${p.field}: ${p.message} ${p.fix}`) ?? [];

function stageProblems(
  form: ParsedPromotionForm | null,
  component: ComponentConfig,
  current: Stage | null,
  target: TargetStage,
): string[] {
  const problems = formProblems(form);
  if (form?.request?.currentStage && current && form.request.currentStage !== current) {
    problems.push(
      `Current Stage: the request says ${STAGE_TITLES[form.request.currentStage]}, but ${component.maturityFile} says ${STAGE_TITLES[current]}. Correct the request.`,
    );
  }
  if (current && target !== nextStage(current))
    problems.push(
      `Target Stage: ${STAGE_TITLES[target]} is not the stage after ${STAGE_TITLES[current]} (no skipping stages).`,
    );
  return problems;
}

function appliedNote(change: MaturityChange | null, completed: boolean): string {
  if (!change) return '';
  if (completed)
    return `\n\n### Promotion applied\n\nMATURITY.md on the default branch records it; this request is completed.`;
  if (change.pullRequest)
    return `\n\n### Promotion approved\n\nMATURITY.md pull request: ${change.pullRequest.html_url}. Merging it completes the promotion (labels, board, milestone) and closes this request.`;
  return '';
}

/** The request issue and its form; null when the issue is not a promotion request (nothing to do). */
async function requestOf(
  inputs: Inputs,
  issue: IssueDetail | null,
): Promise<{ form: ParsedPromotionForm | null } | null> {
  if (!issue) return { form: null };
  // The request form's reader (and its zod schema) loads only when there is a request issue.
  const forms = await import('../../packages/promotion/issue-form.js');
  if (!inputs.component && !forms.isPromotionRequest({ title: issue.title, body: issue.body, labels: issue.labels })) {
    core.info(`${GATE}: #${issue.number} is not a promotion request; nothing to do`);
    return null;
  }
  return { form: issue.body ? forms.parsePromotionForm(issue.body) : null };
}

interface Subject {
  component: ComponentConfig;
  current: Stage | null;
  since: string | undefined;
  target: TargetStage;
  problems: string[];
}

/** The component, its stage from MATURITY.md, and the stage it is promoted to (with the request's problems). */
async function subjectOf(
  inputs: Inputs,
  api: GitHubApi,
  config: MaturityConfig,
  issue: IssueDetail | null,
  form: ParsedPromotionForm | null,
  log: Logger,
): Promise<Subject> {
  const component = await requestedComponent(api, config, inputs, issue, form);
  const maturity = await readMaturityRecord(inputs.root, component);
  const current = maturity.record?.stage ?? null;
  if (!maturity.record) log.warning(maturity.warning);
  const target: TargetStage | null =
    inputs.targetStage ?? form?.request?.targetStage ?? (current ? nextStage(current) : 'staging');
  if (!target)
    throw new ConfigurationError(`${component.id} is in Production already; there is no stage to promote it to`, {
      at: 'target-stage',
    });
  return {
    component,
    current,
    since: maturity.record?.since,
    target,
    problems: stageProblems(form, component, current, target),
  };
}

/** Everything the scorecard judges: results from the artifacts, dependencies, blockers, days in Staging, approval. */
async function modelOf(
  inputs: Inputs,
  ctx: RunContext,
  api: GitHubApi,
  config: MaturityConfig,
  request: { issue: IssueDetail | null; form: ParsedPromotionForm | null; subject: Subject },
  log: Logger,
): Promise<{ model: PromotionModel; setAside: PromotionModel['results']['setAside']; requestCommit: string | null }> {
  const { issue, form, subject } = request;
  const { component, current, target, since } = subject;
  const evidence = await gatherEvidence({
    results: inputs.results,
    artifacts: inputs.artifacts,
    root: inputs.root,
    component: component.id,
    api,
    branch: await api.defaultBranch(),
  });
  for (const note of evidence.notes) log.warning(note);
  const freshness = gitFreshness(inputs.root, issue?.created_at ?? null, inputs.commit);
  const results = await selectResults(evidence.files, {
    component: component.id,
    freshness: (c) => freshness.classify(c),
  });
  const stageOf = await stageReader(config, inputs.root);
  const model: PromotionModel = {
    component: { id: component.id, name: component.name },
    current,
    target,
    results,
    notApplicable: component.notApplicable,
    requestCommit: freshness.requestCommit,
    dependencies: checkDependencies(component.id, target, config.components, stageOf),
    blockers: await blockersOf(api, component.id, log),
    daysInStaging:
      current === 'staging' && since ? Math.floor((Date.now() - Date.parse(`${since}T00:00:00Z`)) / DAY) : null,
    approval: issue ? await checkApproval(api, issue, log) : null,
    checks: form?.request?.checks ?? [],
    requester: issue?.user ?? null,
    policy: config.policy[target],
    runUrl: ctx.run?.url ?? null,
  };
  return { model, setAside: results.setAside, requestCommit: freshness.requestCommit };
}

/**
 * An approved promotion whose criteria all pass: MATURITY.md changes (a pull request, or a
 * commit); completion follows once that is on the default branch.
 */
async function applyApproved(
  inputs: Inputs,
  ctx: RunContext,
  api: GitHubApi,
  config: MaturityConfig,
  issue: IssueDetail,
  s: Subject & { current: Stage },
  model: PromotionModel,
  ev: PromotionEvaluation,
): Promise<{ change: MaturityChange; completed: boolean }> {
  // Only an approved promotion edits MATURITY.md: its editor loads here.
  const { applyApprovedChange } = await import('./apply.js');
  const { checklistEvidence, measuredCoverage } = await import('./checklist-evidence.js');
  return applyApprovedChange(api, {
    inputs,
    clientFor: (token) => githubFor(ctx, token),
    config,
    issue,
    component: s.component,
    change: {
      from: s.current,
      to: s.target,
      date: new Date().toISOString().slice(0, 10),
      issue: issue.number,
      issueUrl: issue.html_url,
      evidence: checklistEvidence(model, ev),
    },
    commit: null,
    coverage: measuredCoverage(ev),
  });
}

async function main(): Promise<void> {
  const inputs = parseInputs();
  const ctx = readRunContext();
  const api = requireApi(githubFor(ctx, inputs.githubToken));
  if (inputs.mode === 'setup-labels') return setupLabelsMode(inputs, api);
  // Each mode's own parts (MATURITY.md's editor, the Projects client) load only in that mode.
  if (inputs.mode === 'complete') return (await import('./complete-mode.js')).completeMode(inputs, ctx, api, GATE);

  const log = new RunLog(core.debug, core.info);
  const config = await loadConfig(inputs.configPath, inputs.root, true, inputs.configExplicit);
  const issue = await findRequest(inputs, ctx, api);
  if (issue && isDemotionRequest(issue))
    return (await import('./demotion.js')).demotionReport(inputs, ctx, api, issue, GATE);
  const request = await requestOf(inputs, issue);
  if (!request) return;
  const subject = await subjectOf(inputs, api, config, issue, request.form, log);
  const { model, setAside, requestCommit } = await modelOf(
    inputs,
    ctx,
    api,
    config,
    { issue, form: request.form, subject },
    log,
  );
  const ev = evaluatePromotion(model);
  if (subject.problems.length) ev.ready = false;

  let applied: { change: MaturityChange; completed: boolean } | null = null;
  if (issue) {
    await moveLabels(api, issue, subject.component.id, subject.target, ev.ready);
    const current = subject.current;
    if (model.approval && ev.ready && current)
      applied = await applyApproved(inputs, ctx, api, config, issue, { ...subject, current }, model, ev);
  }
  await publishScorecard({
    inputs,
    ctx,
    api,
    issue,
    subject,
    model,
    ev,
    setAside,
    requestCommit,
    applied,
    warnings: log.warnings,
  });
}

interface Scorecard {
  inputs: Inputs;
  ctx: RunContext;
  api: GitHubApi;
  issue: IssueDetail | null;
  subject: Subject;
  model: PromotionModel;
  ev: PromotionEvaluation;
  setAside: PromotionModel['results']['setAside'];
  requestCommit: string | null;
  applied: { change: MaturityChange; completed: boolean } | null;
  warnings: string[];
}

/** The scorecard's result file: the verified criteria that count, and the whole scorecard in data. */
function scorecardResult(o: Scorecard): GateResult {
  const { ev } = o;
  const { component, current, target, problems } = o.subject;
  // The result holds the verified criteria that count; declarations stay in data.scorecard.
  const criteria: Criterion[] = ev.rows
    .filter((r) => r.counts && r.status !== 'declared' && r.status !== 'not-applicable')
    .map(({ source: _s, counts: _c, ...c }) => ({ ...c, status: c.status as Criterion['status'] }));
  const result = buildGateResult({
    gate: GATE,
    component: component.id,
    current,
    target,
    criteria,
    summary: verdictLine(o.model, ev).replace(/[*`]|<\/?code>/g, ''),
    data: {
      ready: ev.ready,
      scorecard: ev.rows,
      setAside: o.setAside,
      problems,
      pullRequest: o.applied?.change.pullRequest?.html_url ?? null,
      completed: o.applied?.completed ?? false,
      issue: o.issue?.number ?? null,
      requestCommit: o.requestCommit,
    },
    context: o.ctx,
    now: new Date(),
  });
  // The scorecard's verdict wins: a request that is not ready (its form needs a fix, say) never
  // passes on its verified criteria alone.
  if (!ev.ready && result.status === 'pass') result.status = 'fail';
  return result;
}

/** Why the run fails: the first blocking criteria, and the request's own problems. */
function notReadyMessage(o: Scorecard): string {
  const { component, target, problems } = o.subject;
  const blocking = o.ev.blocking
    .map((r) => r.title)
    .slice(0, 8)
    .join('; ');
  return `${component.id} is not ready for ${STAGE_TITLES[target]}: ${blocking}${problems.length ? `; the request needs a fix: ${problems.join(' ')}` : ''}.`;
}

/** The scorecard as the result, the summary and the request's sticky comment. */
async function publishScorecard(o: Scorecard): Promise<void> {
  const { inputs, issue, model, ev } = o;
  const { current, target, problems } = o.subject;
  const change = o.applied?.change ?? null;
  const completed = o.applied?.completed ?? false;
  const extra = { setAside: o.setAside, problems, runUrl: o.ctx.run?.url ?? null };
  const note = appliedNote(change, completed);
  const card = (limit: number) => renderScorecard(model, ev, extra, limit) + note;
  await publish({
    gate: GATE,
    result: scorecardResult(o),
    summary: card(SUMMARY_LIMIT_BYTES),
    comment:
      issue && inputs.comment
        ? { api: o.api, issue: issue.number, body: card(COMMENT_LIMIT_CHARS - 2000), fromFork: false }
        : null,
    annotations: [],
    outputs: {
      [PromotionReportOutputs.Stage]: completed ? target : (current ?? ''),
      [PromotionReportOutputs.CriteriaFailed]: String(ev.blocking.length),
      [PromotionReportOutputs.Ready]: String(ev.ready),
      [PromotionReportOutputs.PullRequest]: change?.pullRequest?.html_url ?? '',
    },
    failureMessage: notReadyMessage(o),
    warnings: o.warnings,
    resultsDir: inputs.resultsDir,
    allowNoData: false,
  });
}

/**
 * The action. The entry file (index.ts, what the bundle starts from) calls it; tests and
 * @github/local-action call it in process with INPUT_* and the runner's files in the environment.
 */
export async function run(): Promise<void> {
  await runAction(GATE, main);
}
