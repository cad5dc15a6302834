/** A job's effective token permissions (see permissions.ts for GitHub's rules). */
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';
import { child } from './load-workflow.js';
import { capPermissions, defaultPermissions, readOnly, readPermissions, type FullPermissions } from './permissions.js';
import type { RunContext, WorkflowFrame } from './run-context.js';

/** `declared`: as written, before a fork's read-only cap (what GitHub's startup check compares). */
export function jobPermissions(
  run: RunContext,
  frame: WorkflowFrame,
  rawJob: TemplateToken | undefined,
  declared = false,
): FullPermissions {
  const own =
    readPermissions(child(rawJob, 'permissions')) ?? readPermissions(child(frame.workflow.root, 'permissions'));
  let permissions = own ?? frame.callerPermissions ?? defaultPermissions(run.settings.defaultPermissions);
  if (frame.callerPermissions) permissions = capPermissions(permissions, frame.callerPermissions);
  return run.fromFork && !declared ? readOnly(permissions) : permissions;
}
