/**
 * Every gate's `writeOutputs()`: the result file, the job summary, the sticky comment,
 * annotations, outputs and the exit code. The only place gates touch @actions/core for
 * their results.
 *
 * A comment that cannot be written (a fork's read-only token, missing `permissions:`, an
 * API outage) never fails the gate: the summary has everything, and a warning says why.
 */
import * as core from '@actions/core';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileSystemError, prepareOutputDir } from '../core/path-input.js';
import { overallStatus, type GateResult } from '../core/result/gate-result.js';
import { GitHubApiError, isPermissionDenied } from '../github/api-errors.js';
import type { GitHubApi } from '../github/client.js';
import type { RunContext } from '../github/run-context.js';
import { stickyMarker, upsertStickyComment } from '../github/sticky-comment.js';
import { selectAnnotations, type Annotation } from '../report/annotations.js';
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
export function commentOn(ctx: RunContext, api: GitHubApi | null, enabled: boolean, body: () => string): Publication['comment'] {
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
  try {
    writeFileSync(path, `${JSON.stringify(result, null, 2)}\n`);
  } catch (e) {
    throw fileSystemError(e, path, at, 'write');
  }
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
 * Creates or updates a sticky comment. One that cannot be written (a fork's read-only token,
 * missing `permissions:`, an outage) is a warning, never a failure: the summary has it all.
 */
export async function writeStickyComment(c: StickyComment): Promise<void> {
  try {
    const r = await upsertStickyComment(c.api, c.issue, c.marker, c.body);
    core.info(logLine(`${c.name}: comment ${r.action} (${r.comment.html_url})${r.removedDuplicates ? `; removed ${r.removedDuplicates} duplicate(s)` : ''}`));
  } catch (e) {
    if (isPermissionDenied(e)) {
      core.warning(
        c.fromFork
          ? `${c.name}: this pull request comes from a fork, whose token cannot comment; the results are in the job summary.`
          : `${c.name}: the token cannot comment on #${c.issue} (${(e as Error).message}); add \`permissions: pull-requests: write\` (or \`issues: write\`) to the job. The results are in the job summary.`,
      );
      return;
    }
    const message = e instanceof GitHubApiError ? e.message : (e as Error).message;
    core.warning(`${c.name}: could not write the comment: ${message}. The results are in the job summary.`);
  }
}

function emitAnnotations(annotations: Annotation[]): void {
  const { selected, omitted } = selectAnnotations(annotations);
  for (const a of selected) {
    const props: core.AnnotationProperties = {
      title: a.title,
      file: a.file,
      startLine: a.startLine,
      endLine: a.endLine,
      startColumn: a.startLine === a.endLine || a.endLine === undefined ? a.startColumn : undefined,
      endColumn: a.startLine === a.endLine || a.endLine === undefined ? a.endColumn : undefined,
    };
    if (a.level === 'error') core.error(a.message, props);
    else if (a.level === 'warning') core.warning(a.message, props);
    else core.notice(a.message, props);
  }
  const more = omitted.error + omitted.warning + omitted.notice;
  if (more > 0) core.info(`${more} more finding(s) are listed in the job summary (GitHub shows 10 annotations of each level per step).`);
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

function finish(gate: string, status: GateResult['status'], failureMessage: string, allowNoData: boolean, enforce = true): void {
  if ((status === 'fail' || status === 'no-data') && !enforce) {
    core.notice(`${gate}: ${failureMessage} (recorded, not enforced on the default branch: pull requests are judged on their changes, promotion requests on these results)`);
  } else if (status === 'fail' || status === 'error' || (status === 'no-data' && !allowNoData)) {
    core.setFailed(`${gate}: ${failureMessage}`);
  } else if (status === 'no-data') {
    core.warning(`${gate}: ${failureMessage}`);
  }
}

export async function publishAll(p: MultiPublication): Promise<void> {
  const files = p.results.map((r) => writeResultFile(p.resultsDir, r));
  for (const w of p.warnings) core.warning(`${p.gate}: ${w}`);
  await writeSummary(p.summary);
  // The worst of the results (error > fail > no-data > pass).
  const status = overallStatus(p.results.map((r) => ({ status: r.status })));
  core.setOutput(CommonOutputs.Passed, String(status === 'pass'));
  core.setOutput(CommonOutputs.Status, status);
  core.setOutput(CommonOutputs.ResultFile, '');
  for (const [name, value] of Object.entries(p.outputs)) core.setOutput(name, value);
  for (const r of p.results) core.info(logLine(`${p.gate}: ${r.summary} (${r.status})`));
  core.info(`${p.gate}: ${files.length} result file(s) written to ${p.resultsDir}`);
  finish(p.gate, status, p.failureMessage, p.allowNoData);
}

export async function publish(p: Publication): Promise<void> {
  const file = writeResultFile(p.resultsDir, p.result);
  for (const w of p.warnings) core.warning(`${p.gate}: ${w}`);
  await writeSummary(p.summary);
  if (p.comment) await writeStickyComment({ name: p.gate, ...p.comment, marker: stickyMarker(p.gate, p.result.component) });
  emitAnnotations(p.annotations);
  const status = p.result.status;
  core.setOutput(CommonOutputs.Passed, String(status === 'pass'));
  core.setOutput(CommonOutputs.Status, status);
  core.setOutput(CommonOutputs.ResultFile, file);
  for (const [name, value] of Object.entries(p.outputs)) core.setOutput(name, value);
  core.info(logLine(`${p.gate}: ${p.result.summary} (${status}); result written to ${file}`));
  finish(p.gate, status, p.failureMessage, p.allowNoData, p.enforce);
}
