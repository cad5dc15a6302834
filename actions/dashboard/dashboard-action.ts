/**
 * The dashboard (`uses: tta/maturity-actions/dashboard@v1`): a static site for GitHub Pages
 * from the gates' result files and each component's MATURITY.md. The shell: read the inputs,
 * the config, the MATURITY.md files, the result files, the trend history (data branch, a local
 * file, or none) and the open issues; append this run's points to the history; render the page
 * (packages/dashboard, pure) and write `<output-dir>/index.html`. Not a gate: no verdict, no
 * result file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import * as core from '@actions/core';
import { githubFor } from '../../packages/action-io/github-setup.js';
import { readCommonInputs } from '../../packages/action-io/common-inputs.js';
import { listInput, optionalInput } from '../../packages/action-io/inputs.js';
import { DashboardInputs, DashboardOutputs } from '../../packages/action-io/names.js';
import { runAction } from '../../packages/action-io/run-action.js';
import { loadConfig } from '../../packages/core/config/load-config.js';
import { ConfigurationError } from '../../packages/core/errors.js';
import { writeFileSafely } from '../../packages/core/safe-write.js';
import { readMaturityRecord } from '../../packages/core/maturity/read-maturity.js';
import { readRunContext } from '../../packages/github/run-context.js';
import { BranchDashboardHistory, FileHistoryStore, pointsFromResult, type HistoryPoint, type HistoryStore } from '../../packages/dashboard/history.js';
import { buildDashboard, parseIssuesFile, type IssuesData } from '../../packages/dashboard/model.js';
import { readResultFiles, validateResults } from '../../packages/core/result/read-results.js';
import { renderDashboardHtml } from '../../packages/dashboard/render-html.js';
import { BREACH_LABEL, labelTaxonomy, PROMOTION } from '../../packages/promotion/labels.js';
import { BranchHistoryStore, DEFAULT_DATA_BRANCH } from '../../packages/uptime/history-store.js';
import type { GitHubApi } from '../../packages/github/client.js';

export const ACTION = 'maturity-dashboard';

function historyStore(value: string, root: string, api: GitHubApi | null, branch: string, warnings: string[]): HistoryStore | null {
  if (value === 'none') return null;
  if (value === 'branch') {
    if (!api) {
      warnings.push('history: branch needs a github-token and a repository; the trends show only this run');
      return null;
    }
    return new BranchDashboardHistory(new BranchHistoryStore(api, branch, 'dashboard'));
  }
  if (!/\.jsonl$/i.test(value)) {
    throw new ConfigurationError(`expected branch, none or a .jsonl file, found "${value}"`, { at: `input ${DashboardInputs.History}` });
  }
  return new FileHistoryStore(isAbsolute(value) ? value : resolve(root, value));
}

/** The open blockers and promotion requests, and the maintenance breaches (open and closed): three searches. */
async function fetchIssues(api: GitHubApi): Promise<IssuesData> {
  const q = (labels: string[]) => `repo:${api.owner}/${api.repo} is:issue is:open label:${labels.map((l) => `"${l}"`).join(',')}`;
  const blockerLabels = labelTaxonomy([])
    .map((l) => l.name)
    .filter((n) => n.startsWith('blocker:'));
  const requestLabels = [PROMOTION.requested, PROMOTION.inReview, PROMOTION.blocked, PROMOTION.approved];
  const toRef = (i: { number: number; title: string; html_url: string; labels: string[]; state?: string; created_at?: string; closed_at?: string | null }) => ({
    number: i.number,
    title: i.title,
    url: i.html_url,
    labels: i.labels,
    ...(i.state ? { state: i.state } : {}),
    ...(i.created_at ? { createdAt: i.created_at } : {}),
    ...(i.closed_at !== undefined ? { closedAt: i.closed_at } : {}),
  });
  // Breaches open and closed: each component's history shows them.
  const [blockers, requests, breaches] = await Promise.all([
    api.searchIssues(q(blockerLabels)),
    api.searchIssues(q(requestLabels)),
    api.searchIssues(`repo:${api.owner}/${api.repo} is:issue label:"${BREACH_LABEL}"`),
  ]);
  return { fetchedAt: new Date().toISOString(), blockers: blockers.map(toRef), requests: requests.map(toRef), breaches: breaches.map(toRef) };
}

async function main(): Promise<void> {
  const { root, configPath, githubToken: token } = readCommonInputs();
  const outputDir = resolve(root, optionalInput(DashboardInputs.OutputDir) ?? 'maturity-dashboard');
  const historyValue = (optionalInput(DashboardInputs.History) ?? 'branch').trim();
  const dataBranch = optionalInput(DashboardInputs.DataBranch) ?? DEFAULT_DATA_BRANCH;
  const issuesFile = optionalInput(DashboardInputs.Issues);
  let patterns = listInput(DashboardInputs.Results);
  const warnings: string[] = [];

  const ctx = readRunContext();
  const api = githubFor(ctx, token);
  const config = loadConfig(configPath, root, true);
  const components = [...config.components.values()];
  const maturity = new Map(components.map((c) => [c.id, readMaturityRecord(root, c)]));

  if (patterns.length === 0) {
    const fallback = join(process.env.RUNNER_TEMP || tmpdir(), 'maturity-results');
    if (existsSync(fallback)) patterns = [fallback];
    else warnings.push(`no results input and no ${fallback}: the board shows stages and history only`);
  }
  const results = validateResults(patterns.length ? readResultFiles(patterns, root) : []);

  // The history: read it, add this run's points (idempotent), and chart both.
  const store = historyStore(historyValue, root, api, dataBranch, warnings);
  let history: HistoryPoint[] = [];
  if (store) {
    const fresh = results.results.flatMap((r) => pointsFromResult(r.result));
    try {
      history = await store.read();
      const written = await store.append(fresh);
      core.info(`${ACTION}: ${written} new trend point(s) appended to ${store.where} (${history.length} there before)`);
    } catch (e) {
      warnings.push(`the trend history at ${store.where} could not be read or written (${(e as Error).message}); the trends show only what was read`);
    }
  }

  let issues: IssuesData | null = null;
  if (issuesFile) {
    const abs = isAbsolute(issuesFile) ? issuesFile : resolve(root, issuesFile);
    if (!existsSync(abs)) throw new ConfigurationError(`the issues file ${issuesFile} does not exist`, { at: `input ${DashboardInputs.Issues}` });
    issues = parseIssuesFile(readFileSync(abs, 'utf8'), issuesFile);
  } else if (api) {
    try {
      issues = await fetchIssues(api);
    } catch (e) {
      warnings.push(`the open blockers and promotion requests could not be fetched: ${(e as Error).message}`);
    }
  }

  const model = buildDashboard({
    repository: ctx.owner && ctx.repo ? `${ctx.owner}/${ctx.repo}` : null,
    generatedAt: new Date().toISOString(),
    components,
    maturity,
    results,
    history,
    issues,
  });
  const index = join(outputDir, 'index.html');
  writeFileSafely(index, renderDashboardHtml(model), DashboardInputs.OutputDir);
  writeFileSafely(join(outputDir, '.nojekyll'), '', DashboardInputs.OutputDir);

  for (const w of warnings) core.warning(`${ACTION}: ${w}`);
  for (const s of model.setAside) core.notice(`${ACTION}: ${s.file} not shown: ${s.reason}`);
  await core.summary
    .addRaw(
      `## Maturity dashboard\n\n${model.components.length} component(s), ${model.resultFiles} result file(s), ${model.historyPoints} trend point(s): \`${index}\`\n`,
      true,
    )
    .write();
  core.setOutput(DashboardOutputs.Index, index);
  core.setOutput(DashboardOutputs.Components, JSON.stringify(model.components.map((c) => c.id)));
}

/**
 * The action. The entry file (index.ts, what the bundle starts from) calls it; tests and
 * @github/local-action call it in process with INPUT_* and the runner's files in the environment.
 */
export async function run(): Promise<void> {
  await runAction(ACTION, main);
}
