/**
 * What GitHub checks before any job starts: every workflow of the run (the called ones too, to
 * the depth GitHub allows) is valid, and no called job asks for more token permissions than
 * its calling job grants, whether or not it would be skipped. Any error refuses the whole run.
 */
import type { ReusableWorkflowJob } from '@actions/workflow-parser/model/workflow-template';
import { jobPermissions } from './job-permissions.js';
import { child, jobToken, type LoadedWorkflow } from './load-workflow.js';
import { readPermissions, violations } from './permissions.js';
import { loadCalledWorkflow } from './reusable.js';
import type { RunContext, WorkflowFrame } from './run-context.js';

/** GitHub allows a top-level caller and three levels of called workflows. */
const MAX_DEPTH = 4;

export async function startupErrors(run: RunContext, frame: WorkflowFrame, depth = 1): Promise<string[]> {
  const errors = frame.workflow.errors.map((error) => `The workflow is not valid. ${error}`);
  if (errors.length > 0) return errors;
  for (const job of frame.workflow.template.jobs) {
    if (job.type !== 'reusableWorkflowJob') continue;
    const call = job as ReusableWorkflowJob;
    const where = `${frame.workflow.path} (Line: ${call.id.range?.start.line ?? 0}, Col: ${call.id.range?.start.column ?? 0})`;
    if (depth >= MAX_DEPTH) {
      errors.push(
        `The workflow is not valid. ${where}: Error calling workflow '${call.ref.value}'. Nesting of reusable workflows is limited to ${MAX_DEPTH} levels.`,
      );
      continue;
    }
    let called: LoadedWorkflow;
    try {
      called = await loadCalledWorkflow(run, frame, call.ref.value);
    } catch (error) {
      errors.push(`The workflow is not valid. ${where}: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    if (called.errors.length > 0) {
      errors.push(
        ...called.errors.map(
          (error) => `The workflow is not valid. ${where}: Error calling workflow '${call.ref.value}'. ${error}`,
        ),
      );
      continue;
    }
    const allowed = jobPermissions(run, frame, jobToken(frame.workflow, call.id.value), true);
    const workflowLevel = readPermissions(child(called.root, 'permissions'));
    if (workflowLevel) {
      const over = violations(workflowLevel, allowed);
      if (over)
        errors.push(
          `The workflow is not valid. ${where}: Error calling workflow '${call.ref.value}'. The workflow is requesting '${over.requested}', but is only allowed '${over.allowed}'.`,
        );
    }
    for (const nested of called.template.jobs) {
      const requested = readPermissions(child(jobToken(called, nested.id.value), 'permissions'));
      const over = requested ? violations(requested, allowed) : undefined;
      if (over) {
        errors.push(
          `The workflow is not valid. ${where}: Error calling workflow '${call.ref.value}'. The nested job '${nested.id.value}' is requesting '${over.requested}', but is only allowed '${over.allowed}'.`,
        );
      }
    }
    const nestedFrame: WorkflowFrame = {
      ...frame,
      workflow: called,
      callerPermissions: allowed,
      self: called.source,
      idPrefix: `${frame.idPrefix}${call.id.value}/`,
    };
    errors.push(...(await startupErrors(run, nestedFrame, depth + 1)));
  }
  return errors;
}
