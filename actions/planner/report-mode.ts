/**
 * The planner's `report` mode, the edge: reads the run's result files, combines them
 * (pr-report.ts, pure), writes the job summary and the pull request's one sticky comment, and
 * fails the step when a component fell short, so that one required check guards the branch.
 */
import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CommonInputValues } from '../../packages/action-io/common-inputs.js';
import { githubFor } from '../../packages/action-io/github-setup.js';
import { PlannerInputs, PlannerOutputs } from '../../packages/action-io/names.js';
import { writeStickyComment, writeSummary } from '../../packages/action-io/publish.js';
import { loadConfig } from '../../packages/core/config/load-config.js';
import { ConfigurationError } from '../../packages/core/errors.js';
import { parseJsonText } from '../../packages/core/json-text.js';
import { readResultFiles, validateResults } from '../../packages/core/result/read-results.js';
import type { RunContext } from '../../packages/github/run-context.js';
import { stickyMarker } from '../../packages/github/sticky-comment.js';
import { COMMENT_LIMIT_CHARS, SUMMARY_LIMIT_BYTES } from '../../packages/report/markdown.js';
import {
  combineResults,
  renderPullRequestComment,
  renderRunSummary,
  reportFailure,
  REPORT_GATES,
} from './pr-report.js';

const NAME = 'maturity-report';

/** The components the plan named (its `components` output), checked to be a JSON list of ids. */
function plannedIds(raw: string | null): string[] | null {
  if (raw === null) return null;
  const doc = parseJsonText(raw, `input ${PlannerInputs.Components}`);
  if (!Array.isArray(doc) || !doc.every((x) => typeof x === 'string')) {
    throw new ConfigurationError("expected a JSON list of component ids (the plan step's `components` output)", {
      at: `input ${PlannerInputs.Components}`,
    });
  }
  return doc;
}

export async function runReportMode(
  common: CommonInputValues,
  ctx: RunContext,
  inputs: { results: string[]; components: string | null; enforce: boolean },
): Promise<void> {
  if (inputs.results.length === 0) {
    throw new ConfigurationError(
      "report mode needs the folder of the gates' result files",
      { at: `input ${PlannerInputs.Results}` },
      "Download the run's result artifacts and pass their folder as `results`.",
    );
  }
  const config = await loadConfig(common.configPath, common.root, false, common.configExplicit);
  // No folder at all: no gate wrote a result (every planned component then has none: an error).
  const present = inputs.results.filter((p) => existsSync(resolve(common.root, p)) || /[*?{[]/.test(p));
  // Without the plan's components, nothing says what was expected: a folder that is not there is then a wrong path.
  if (!present.length && inputs.components === null) {
    throw new ConfigurationError(
      `${inputs.results.join(', ')} does not exist (looked in ${common.root})`,
      { at: `input ${PlannerInputs.Results}` },
      "Pass the folder the result artifacts were downloaded to, and the plan step's `components` output as `components`.",
    );
  }
  const files = present.length ? await readResultFiles(present, common.root) : [];
  const validated = await validateResults(files);
  const results = validated.results.map((r) => r.result);
  const setAside = validated.setAside;
  const ids =
    plannedIds(inputs.components) ??
    [...new Set(results.map((r) => r.component).filter((c): c is string => c !== null))].sort();
  const planned = ids.map((id) => ({ id, name: config.components.get(id)?.name ?? id }));
  const report = combineResults(planned, REPORT_GATES, results, setAside);

  await writeSummary(renderRunSummary(report, SUMMARY_LIMIT_BYTES));
  const api = githubFor(ctx, common.githubToken);
  if (ctx.pullRequest && api && common.comment) {
    await writeStickyComment({
      name: NAME,
      api,
      issue: ctx.pullRequest.number,
      marker: stickyMarker('maturity', 'pull-request'),
      body: renderPullRequestComment(report, ctx.run?.url ?? null, COMMENT_LIMIT_CHARS),
      fromFork: ctx.pullRequest.fromFork,
    });
  }
  // A result file that cannot be read is an error: the verdict would rest on less than the gates wrote.
  for (const s of setAside)
    core.error(`${NAME}: ${s.file} is not a usable result file: ${s.reason}`, {
      title: `${NAME}: unreadable result file`,
      file: s.file,
    });
  core.setOutput(PlannerOutputs.Passed, String(report.status === 'pass' && setAside.length === 0));
  if (report.status === 'pass' && setAside.length === 0) return;
  // A gate that crashed or wrote nothing fails everywhere; a shortfall only where it is enforced.
  const broken = report.components.some((c) => c.status === 'error') || setAside.length > 0;
  if (inputs.enforce || broken) core.setFailed(`${NAME}: ${reportFailure(report)}`);
  else core.notice(`${NAME}: ${reportFailure(report)} (recorded, not enforced on the default branch)`);
}
