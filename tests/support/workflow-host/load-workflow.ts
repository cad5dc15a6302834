/**
 * Reading a workflow with GitHub's own parser (@actions/workflow-parser): `parseWorkflow`
 * validates it against the workflow schema, `convertWorkflowTemplate` gives jobs, needs,
 * conditions and steps (fetching called workflows one level deep, which validates `with:`
 * against their `on.workflow_call.inputs`). Keys the converted model leaves out (permissions,
 * defaults, timeout-minutes, a step's with/shell/working-directory) are read from the parsed
 * template tokens, which keep every value's expressions as tokens.
 *
 * Jest loads the parser's `import schema from "./workflow-v1.0.min.json"` itself: its ESM
 * runtime turns a .json module into a default export, so no loader is needed under jest (plain
 * Node refuses such an import without `with { type: "json" }`; a script would need a
 * `module.register` loader, see TOOLCHAIN.md).
 */
import {
  convertWorkflowTemplate,
  isMapping,
  isSequence,
  NoOperationTraceWriter,
  parseWorkflow,
  type WorkflowTemplate,
} from '@actions/workflow-parser';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';
import type { MappingToken } from '@actions/workflow-parser/templates/tokens/mapping-token';
import type { FileReference } from '@actions/workflow-parser/workflows/file-reference';
import type { RepoSource } from './sources.js';

export interface LoadedWorkflow {
  /** The workflow's path in its repository, e.g. `.github/workflows/ci.yml`. */
  path: string;
  source: RepoSource;
  content: string;
  template: WorkflowTemplate;
  /** Undefined when the file is not a workflow at all (then `errors` says why). */
  root: MappingToken | undefined;
  /** GitHub's "The workflow is not valid" errors; non-empty means the run cannot start. */
  errors: string[];
}

/** Finds the repository a called workflow lives in (the host decides: working tree or fake). */
export type SourceResolver = (reference: FileReference, from: RepoSource) => RepoSource;

export async function loadWorkflow(
  path: string,
  content: string,
  source: RepoSource,
  resolveSource: SourceResolver,
): Promise<LoadedWorkflow> {
  const parsed = parseWorkflow({ name: path, content }, new NoOperationTraceWriter());
  const parseErrors = parsed.context.errors.getErrors().map((error) => error.message);
  const root = parsed.value;
  if (!root || !isMapping(root) || parseErrors.length > 0) {
    return failed(path, content, source, parseErrors.length > 0 ? parseErrors : [`${path}: not a workflow`]);
  }
  const provider = {
    getFileContent: async (reference: FileReference) => {
      const target = resolveSource(reference, source);
      const text = target.readFile(reference.path);
      if (text === undefined)
        throw new Error(`Unable to find reusable workflow '${reference.path}' in ${target.repository}@${target.ref}`);
      return { name: reference.path, content: text };
    },
  };
  const template = await convertWorkflowTemplate(parsed.context, root, provider, { fetchReusableWorkflowDepth: 1 });
  const errors = [
    ...parsed.context.errors.getErrors().map((error) => error.message),
    ...(template.errors ?? []).map((error) => error.Message),
  ];
  return { path, source, content, template, root, errors: [...new Set(errors)] };
}

function failed(path: string, content: string, source: RepoSource, errors: string[]): LoadedWorkflow {
  // What the converter itself returns for a workflow it did not convert: no events, no jobs
  // (its type claims concurrency and env are always there; they are absent whenever unset).
  const empty = { events: {}, jobs: [] } as Partial<WorkflowTemplate> as WorkflowTemplate;
  return { path, source, content, template: empty, root: undefined, errors };
}

/** A key of a mapping token. */
export function child(token: TemplateToken | undefined, key: string): TemplateToken | undefined {
  return token && isMapping(token) ? token.find(key) : undefined;
}

/** The raw token of a job (by id) in a workflow. */
export function jobToken(workflow: LoadedWorkflow, jobId: string): TemplateToken | undefined {
  return child(child(workflow.root, 'jobs'), jobId);
}

/** The raw token of a job's step (by position). */
export function stepToken(job: TemplateToken | undefined, index: number): TemplateToken | undefined {
  const steps = child(job, 'steps');
  if (!steps || !isSequence(steps)) return undefined;
  return index < steps.count ? steps.get(index) : undefined;
}

/** The text of a line of the workflow (1-based), for the `# vX.Y.Z` comment after a pinned SHA. */
export function sourceLine(workflow: LoadedWorkflow, line: number): string {
  return workflow.content.split('\n')[line - 1] ?? '';
}
