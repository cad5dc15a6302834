/** The dashboard's inputs, read once into a typed object. */
import { readCommonInputs } from '../../packages/action-io/common-inputs.js';
import { listInput, optionalInput } from '../../packages/action-io/inputs.js';
import { DashboardInputs } from '../../packages/action-io/names.js';
import { resolveInputPath } from '../../packages/core/path-input.js';
import { DEFAULT_DATA_BRANCH } from '../../packages/uptime/history-store.js';

export interface Inputs {
  root: string;
  configPath: string;
  configExplicit: boolean;
  githubToken: string;
  /** `output-dir` as given (for messages) and resolved. */
  outputInput: string;
  outputDir: string;
  /** `branch`, `none`, or a .jsonl file. */
  history: string;
  dataBranch: string;
  /** A JSON file of the issues instead of asking the API (or null). */
  issuesFile: string | null;
  /** Result files (globs or folders); empty: $RUNNER_TEMP/maturity-results when it exists. */
  results: string[];
}

export function parseInputs(): Inputs {
  const { root, configPath, configExplicit, githubToken } = readCommonInputs();
  const outputInput = optionalInput(DashboardInputs.OutputDir) ?? 'maturity-dashboard';
  return {
    root,
    configPath,
    configExplicit,
    githubToken,
    outputInput,
    outputDir: resolveInputPath(outputInput, root),
    history: (optionalInput(DashboardInputs.History) ?? 'branch').trim(),
    dataBranch: optionalInput(DashboardInputs.DataBranch) ?? DEFAULT_DATA_BRANCH,
    issuesFile: optionalInput(DashboardInputs.Issues),
    results: listInput(DashboardInputs.Results),
  };
}
