/**
 * The dashboard (`uses: tta/maturity-actions/dashboard@v1`): a static site for GitHub Pages
 * from the gates' result files and each component's MATURITY.md. The shell: read the inputs,
 * the config, the MATURITY.md files, the result files, the trend history (data branch, a local
 * file, or none) and the open issues; append this run's points to the history; render the page
 * (packages/dashboard, pure) and write `<output-dir>/index.html`. Not a gate: no verdict, no
 * result file.
 */
// First: checks the event payload before @actions/github reads it while being imported.
import '../../packages/action-io/event-payload.js';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { githubFor } from '../../packages/action-io/github-setup.js';
import { DashboardInputs, DashboardOutputs } from '../../packages/action-io/names.js';
import { runAction } from '../../packages/action-io/run-action.js';
import { loadConfig } from '../../packages/core/config/load-config.js';
import { ConfigurationError } from '../../packages/core/errors.js';
import { RunLog, type Logger } from '../../packages/core/logger.js';
import { writeFileSafely } from '../../packages/core/safe-write.js';
import { fileExists, prepareOutputDir, readInputFile, resolveInputPath } from '../../packages/core/path-input.js';
import { maturityReader } from '../../packages/core/maturity/read-maturity.js';
import { readRunContext } from '../../packages/github/run-context.js';
import {
  BranchDashboardHistory,
  FileHistoryStore,
  parseHistory,
  pointsFromResult,
  type HistoryPoint,
  type HistoryStore,
} from '../../packages/dashboard/history.js';
import { buildDashboard, type DashboardModel, type IssuesData } from '../../packages/dashboard/model.js';
import { readResultFiles, validateResults, type ValidatedResults } from '../../packages/core/result/read-results.js';
import { renderDashboardHtml } from '../../packages/dashboard/render-html.js';
import { BREACH_LABEL, labelTaxonomy, PROMOTION } from '../../packages/promotion/labels.js';
import { BranchHistoryStore } from '../../packages/uptime/history-store.js';
import type { FoundIssue, GitHubApi } from '../../packages/github/client.js';

import { parseInputs, type Inputs } from './inputs.js';

export const ACTION = 'maturity-dashboard';

function historyStore(
  value: string,
  root: string,
  api: GitHubApi | null,
  branch: string,
  log: Logger,
): HistoryStore | null {
  if (value === 'none') return null;
  if (value === 'branch') {
    if (!api) {
      log.warning('history: branch needs a github-token and a repository; the trends show only this run');
      return null;
    }
    return new BranchDashboardHistory(new BranchHistoryStore(api, branch, 'dashboard'));
  }
  const at = `input ${DashboardInputs.History}`;
  if (!/\.jsonl$/i.test(value)) {
    throw new ConfigurationError(`expected branch, none or a .jsonl file, found "${value}"`, { at });
  }
  const path = resolveInputPath(value, root);
  // An existing file is appended to only when it is a trend history: never someone else's JSONL.
  if (fileExists(path, value, at)) {
    const text = readInputFile(path, value, at);
    if (text.trim() && parseHistory(text).points.length === 0) {
      throw new ConfigurationError(
        `${value} is not a dashboard trend history (no line of it is a trend point); it is left as it is`,
        { at },
        'Point `history` at a new .jsonl file, or use `history: branch`.',
      );
    }
  }
  return new FileHistoryStore(path);
}

/** The open blockers and promotion requests, and the maintenance breaches (open and closed): three searches. */
async function fetchIssues(api: GitHubApi): Promise<IssuesData> {
  const q = (labels: string[]) =>
    `repo:${api.owner}/${api.repo} is:issue is:open label:${labels.map((l) => `"${l}"`).join(',')}`;
  const blockerLabels = labelTaxonomy([])
    .map((l) => l.name)
    .filter((n) => n.startsWith('blocker:'));
  const requestLabels = [PROMOTION.requested, PROMOTION.inReview, PROMOTION.blocked, PROMOTION.approved];
  const toRef = (i: FoundIssue) => ({
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
  return {
    fetchedAt: new Date().toISOString(),
    blockers: blockers.map(toRef),
    requests: requests.map(toRef),
    breaches: breaches.map(toRef),
  };
}

/** The result files: the `results` input, else what earlier steps of the job wrote to the default folder. */
async function readResults(inputs: Inputs, log: Logger) {
  let patterns = inputs.results;
  if (patterns.length === 0) {
    const fallback = join(process.env.RUNNER_TEMP || tmpdir(), 'maturity-results');
    if (existsSync(fallback)) patterns = [fallback];
    else log.warning(`no results input and no ${fallback}: the board shows stages and history only`);
  }
  return validateResults(patterns.length ? await readResultFiles(patterns, inputs.root) : []);
}

/** The trend history, read, with this run's points appended (idempotent); what was read is charted. */
async function readAndExtendHistory(
  inputs: Inputs,
  api: GitHubApi | null,
  results: ValidatedResults,
  log: Logger,
): Promise<HistoryPoint[]> {
  const store = historyStore(inputs.history, inputs.root, api, inputs.dataBranch, log);
  if (!store) return [];
  const fresh = results.results.flatMap((r) => pointsFromResult(r.result));
  let history: HistoryPoint[] = [];
  try {
    history = await store.read();
    const written = await store.append(fresh);
    log.info(`${ACTION}: ${written} new trend point(s) appended to ${store.where} (${history.length} there before)`);
  } catch (e) {
    log.warning(
      `the trend history at ${store.where} could not be read or written (${(e as Error).message}); the trends show only what was read`,
    );
  }
  return history;
}

/** The open issues: from the `issues` file when given, else from the API (none, with a warning, when that fails). */
async function readIssues(inputs: Inputs, api: GitHubApi | null, log: Logger): Promise<IssuesData | null> {
  const file = inputs.issuesFile;
  if (file) {
    const { parseIssuesFile } = await import('../../packages/dashboard/issues-file.js');
    const at = `input ${DashboardInputs.Issues}`;
    return parseIssuesFile(readInputFile(resolveInputPath(file, inputs.root), file, at), file);
  }
  if (!api) return null;
  try {
    return await fetchIssues(api);
  } catch (e) {
    log.warning(`the open blockers and promotion requests could not be fetched: ${(e as Error).message}`);
    return null;
  }
}

/** Writes the site: `index.html`, and `.nojekyll` so that Pages serves it as it is. */
function writeSite(inputs: Inputs, model: DashboardModel): string {
  const at = `input ${DashboardInputs.OutputDir}`;
  prepareOutputDir(inputs.outputDir, inputs.outputInput, at);
  const index = join(inputs.outputDir, 'index.html');
  writeFileSafely(index, renderDashboardHtml(model), at);
  writeFileSafely(join(inputs.outputDir, '.nojekyll'), '', at);
  return index;
}

async function main(): Promise<void> {
  const inputs = parseInputs();
  const log = new RunLog(core.debug, core.info);
  const ctx = readRunContext();
  const api = githubFor(ctx, inputs.githubToken);
  const config = await loadConfig(inputs.configPath, inputs.root, true, inputs.configExplicit);
  const components = [...config.components.values()];
  const readMaturity = await maturityReader(inputs.root);
  const maturity = new Map(components.map((c) => [c.id, readMaturity(c)]));
  const results = await readResults(inputs, log);
  const history = await readAndExtendHistory(inputs, api, results, log);
  const issues = await readIssues(inputs, api, log);

  const model = buildDashboard({
    repository: ctx.owner && ctx.repo ? `${ctx.owner}/${ctx.repo}` : null,
    generatedAt: new Date().toISOString(),
    components,
    maturity,
    results,
    history,
    issues,
  });
  const index = writeSite(inputs, model);
  await publishDashboard(model, index, log.warnings);
}

/** Warnings, the unreadable result files (an error: the board shows less than the gates measured), summary, outputs. */
async function publishDashboard(model: DashboardModel, index: string, warnings: readonly string[]): Promise<void> {
  for (const w of warnings) core.warning(`${ACTION}: ${w}`);
  for (const s of model.setAside)
    core.error(`${ACTION}: ${s.file} not shown: ${s.reason}`, {
      title: `${ACTION}: unreadable result file`,
      file: s.file,
    });
  await core.summary
    .addRaw(
      `## Maturity dashboard\n\n${model.components.length} component(s), ${model.resultFiles} result file(s), ${model.historyPoints} trend point(s): \`${index}\`\n`,
      true,
    )
    .write();
  core.setOutput(DashboardOutputs.Index, index);
  core.setOutput(DashboardOutputs.Components, JSON.stringify(model.components.map((c) => c.id)));
  if (model.setAside.length) {
    core.setFailed(
      `${ACTION}: ${model.setAside.length} result file(s) could not be read (${model.setAside
        .map((s) => s.file)
        .slice(0, 5)
        .join(', ')}); the page shows the others. Regenerate or remove them.`,
    );
  }
}

/**
 * The action. The entry file (index.ts, what the bundle starts from) calls it; tests and
 * @github/local-action call it in process with INPUT_* and the runner's files in the environment.
 */
export async function run(): Promise<void> {
  await runAction(ACTION, main);
}
