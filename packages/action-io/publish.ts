/**
 * Every gate's `writeOutputs()`: the result file, the job summary, the sticky comment,
 * annotations, outputs and the exit code. The only place gates touch @actions/core for
 * their results.
 *
 * A comment that cannot be written (a fork's read-only token, missing `permissions:`, an
 * API outage) never fails the gate: the summary has everything, and a warning says why.
 */
import * as core from '@actions/core';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError } from '../core/errors.js';
import { prepareOutputDir } from '../core/path-input.js';
import { overallStatus, type GateResult } from '../core/result/gate-result.js';
import { writeFileSafely } from '../core/safe-write.js';
import { GitHubApiError, isPermissionDenied } from '../github/api-errors.js';
import type { GitHubApi } from '../github/client.js';
import type { RunContext } from '../github/run-context.js';
import { stickyMarker, upsertStickyComment } from '../github/sticky-comment.js';
import { planAnnotations, STEP_LIMIT, stepLimit, type Annotation, type StepMessage } from '../report/annotations.js';
import { logLine } from '../report/workflow-text.js';
import { CommonInputs, CommonOutputs } from './names.js';

export interface Publication {
  gate: string;
  result: GateResult;
  summary: string;
  /** Null: no comment (not a pull request or issue, or commenting is off). */
  comment: { api: GitHubApi; issue: number; body: string; fromFork: boolean } | null;
  annotations: Annotation[];
  outputs: Record<string, string>;
  /** Shown with the failure, when the result is fail or error. */
  failureMessage: string;
  warnings: string[];
  resultsDir: string;
  /** no-data is a warning instead of a failure. */
  allowNoData: boolean;
  /** False: a shortfall is recorded and noted, not a failed step (an error still fails). Default true. */
  enforce?: boolean;
}

/**
 * The comment a gate posts: on the run's pull request or issue, when commenting is on and
 * there is a token. The body is rendered only then.
 */
export function commentOn(
  ctx: RunContext,
  api: GitHubApi | null,
  enabled: boolean,
  body: () => string,
): Publication['comment'] {
  if (!enabled || !api || ctx.issueNumber === null) return null;
  return { api, issue: ctx.issueNumber, body: body(), fromFork: ctx.pullRequest?.fromFork ?? false };
}

export function resultFileName(gate: string, component: string | null): string {
  return `${gate}--${component ?? 'all'}.json`;
}

/** Where writeResultFile() puts a result. */
export function resultFilePath(dir: string, result: Pick<GateResult, 'gate' | 'component'>): string {
  return join(dir, resultFileName(result.gate, result.component));
}

export function writeResultFile(dir: string, result: GateResult): string {
  const at = `input ${CommonInputs.ResultsDir}`;
  prepareOutputDir(dir, dir, at);
  const path = resultFilePath(dir, result);
  writeFileSafely(path, `${JSON.stringify(result, null, 2)}\n`, at);
  return path;
}

export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info(markdown.split('\n').map(logLine).join('\n'));
    return;
  }
  await core.summary.addRaw(markdown, true).write();
}

export interface StickyComment {
  /** The action, for log lines. */
  name: string;
  api: GitHubApi;
  issue: number;
  marker: string;
  body: string;
  fromFork: boolean;
}

/**
 * Creates or updates a sticky comment; returns the warning when it cannot be written (a fork's
 * read-only token, missing `permissions:`, an outage): never a failure, the summary has it all.
 */
async function stickyCommentProblem(c: StickyComment): Promise<string | null> {
  try {
    const r = await upsertStickyComment(c.api, c.issue, c.marker, c.body);
    core.info(
      logLine(
        `${c.name}: comment ${r.action} (${r.comment.html_url})${r.removedDuplicates ? `; removed ${r.removedDuplicates} duplicate(s)` : ''}`,
      ),
    );
    return null;
  } catch (e) {
    if (isPermissionDenied(e)) {
      return c.fromFork
        ? `${c.name}: this pull request comes from a fork, whose token cannot comment; the results are in the job summary.`
        : `${c.name}: the token cannot comment on #${c.issue} (${(e as Error).message}); add \`permissions: pull-requests: write\` (or \`issues: write\`) to the job. The results are in the job summary.`;
    }
    const message = e instanceof GitHubApiError ? e.message : (e as Error).message;
    return `${c.name}: could not write the comment: ${message}. The results are in the job summary.`;
  }
}

/** Creates or updates a sticky comment; one that cannot be written is a warning, never a failure. */
export async function writeStickyComment(c: StickyComment): Promise<void> {
  const problem = await stickyCommentProblem(c);
  if (problem) core.warning(problem);
}

/** A gate's last word: the failure (which fails the step), a warning or a notice; none on a pass. */
interface FinalMessage extends StepMessage {
  fails: boolean;
}

export const ANNOTATION_SHARE_ENV = 'MATURITY_ANNOTATION_SHARE';

/** MATURITY_ANNOTATION_SHARE: the most annotations one step of the job may emit (a workflow sets it on a job that runs several gates). */
function annotationShare(): number | null {
  const raw = (process.env[ANNOTATION_SHARE_ENV] ?? '').trim();
  if (raw === '') return null;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > STEP_LIMIT) {
    throw new ConfigurationError(
      `expected a whole number from 1 to ${STEP_LIMIT}, found "${raw}"`,
      { at: `env ${ANNOTATION_SHARE_ENV}` },
      `Give each gate of the job its share of GitHub's 50 annotations per job, e.g. 16 for three gates.`,
    );
  }
  return n;
}

/**
 * What the earlier steps of maturity-actions in this job emitted, kept in the job's own
 * RUNNER_TEMP (a runner empties it for every job). Only on a runner: a local run keeps none.
 */
function ledgerFile(): string | null {
  return process.env.GITHUB_ACTIONS === 'true' && process.env.RUNNER_TEMP
    ? join(process.env.RUNNER_TEMP, 'maturity-actions', 'annotations-emitted')
    : null;
}

function readLedger(): number {
  const file = ledgerFile();
  if (!file) return 0;
  try {
    const n = Number(readFileSync(file, 'utf8').trim());
    return Number.isInteger(n) && n >= 0 ? n : 0;
  } catch {
    return 0;
  }
}

function addToLedger(count: number): void {
  const file = ledgerFile();
  if (!file) return;
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, String(readLedger() + count));
}

function annotate(level: StepMessage['level'], message: string, props?: core.AnnotationProperties): void {
  if (level === 'error') core.error(message, props);
  else if (level === 'warning') core.warning(message, props);
  else core.notice(message, props);
}

/**
 * Every annotation of the step, within GitHub's limits: 10 of each level per step, the job's
 * share (annotations.ts), the final message counted and emitted last.
 */
function emitAnnotations(o: {
  findings: readonly Annotation[];
  messages: StepMessage[];
  final: FinalMessage | null;
}): void {
  const plan = planAnnotations({ ...o, limit: stepLimit({ share: annotationShare(), usedInJob: readLedger() }) });
  for (const m of plan.messages) annotate(m.level, m.message);
  for (const a of plan.findings) {
    const props: core.AnnotationProperties = {
      title: a.title,
      file: a.file,
      startLine: a.startLine,
      endLine: a.endLine,
      startColumn: a.startLine === a.endLine || a.endLine === undefined ? a.startColumn : undefined,
      endColumn: a.startLine === a.endLine || a.endLine === undefined ? a.endColumn : undefined,
    };
    annotate(a.level, a.message, props);
  }
  const more = plan.omitted.error + plan.omitted.warning + plan.omitted.notice;
  if (more > 0)
    core.info(
      `${more} more finding(s) are listed in the job summary (GitHub shows 10 annotations of each level per step and 50 per job).`,
    );
  addToLedger(plan.total);
  if (o.final?.fails) core.setFailed(o.final.message);
  else if (o.final) annotate(o.final.level, o.final.message);
}

/** Several results of one gate (one per component) with one summary: a scheduled run over every component. */
export interface MultiPublication {
  gate: string;
  results: GateResult[];
  summary: string;
  outputs: Record<string, string>;
  failureMessage: string;
  warnings: string[];
  resultsDir: string;
  allowNoData: boolean;
}

function finalMessage(
  gate: string,
  status: GateResult['status'],
  failureMessage: string,
  allowNoData: boolean,
  enforce = true,
): FinalMessage | null {
  if ((status === 'fail' || status === 'no-data') && !enforce) {
    return {
      level: 'notice',
      fails: false,
      message: `${gate}: ${failureMessage} (recorded, not enforced on the default branch: pull requests are judged on their changes, promotion requests on these results)`,
    };
  }
  if (status === 'fail' || status === 'error' || (status === 'no-data' && !allowNoData))
    return { level: 'error', fails: true, message: `${gate}: ${failureMessage}` };
  if (status === 'no-data') return { level: 'warning', fails: false, message: `${gate}: ${failureMessage}` };
  return null;
}

const asWarnings = (gate: string, warnings: readonly string[]): StepMessage[] =>
  warnings.map((w) => ({ level: 'warning', message: `${gate}: ${w}` }));

export async function publishAll(p: MultiPublication): Promise<void> {
  const files = p.results.map((r) => writeResultFile(p.resultsDir, r));
  await writeSummary(p.summary);
  // The worst of the results (error > fail > no-data > pass).
  const status = overallStatus(p.results.map((r) => ({ status: r.status })));
  core.setOutput(CommonOutputs.Passed, String(status === 'pass'));
  core.setOutput(CommonOutputs.Status, status);
  core.setOutput(CommonOutputs.ResultFile, '');
  for (const [name, value] of Object.entries(p.outputs)) core.setOutput(name, value);
  for (const r of p.results) core.info(logLine(`${p.gate}: ${r.summary} (${r.status})`));
  core.info(`${p.gate}: ${files.length} result file(s) written to ${p.resultsDir}`);
  emitAnnotations({
    findings: [],
    messages: asWarnings(p.gate, p.warnings),
    final: finalMessage(p.gate, status, p.failureMessage, p.allowNoData),
  });
}

export async function publish(p: Publication): Promise<void> {
  const file = writeResultFile(p.resultsDir, p.result);
  await writeSummary(p.summary);
  const messages = asWarnings(p.gate, p.warnings);
  const problem = p.comment
    ? await stickyCommentProblem({ name: p.gate, ...p.comment, marker: stickyMarker(p.gate, p.result.component) })
    : null;
  if (problem) messages.push({ level: 'warning', message: problem });
  const status = p.result.status;
  core.setOutput(CommonOutputs.Passed, String(status === 'pass'));
  core.setOutput(CommonOutputs.Status, status);
  core.setOutput(CommonOutputs.ResultFile, file);
  for (const [name, value] of Object.entries(p.outputs)) core.setOutput(name, value);
  core.info(logLine(`${p.gate}: ${p.result.summary} (${status}); result written to ${file}`));
  emitAnnotations({
    findings: p.annotations,
    messages,
    final: finalMessage(p.gate, status, p.failureMessage, p.allowNoData, p.enforce),
  });
}
