/** The inputs every gate takes (README: config, component, target-stage, github-token, ...). */
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { DEFAULT_CONFIG_PATH } from '../core/config/defaults.js';
import type { TargetStage } from '../core/stages.js';
import { booleanInput, enumInput, listInput, optionalInput, stringInput } from './inputs.js';
import { ENFORCE_VALUES, SCOPE_VALUES, type EnforceInput, type ScopeInput } from '../core/scope.js';
import { ChangeInputs, CommonInputs } from './names.js';

export interface CommonInputValues {
  /** The repository root: GITHUB_WORKSPACE (or the current directory), plus `working-directory`. */
  root: string;
  configPath: string;
  component: string | null;
  targetStage: TargetStage | null;
  githubToken: string;
  comment: boolean;
  /** Where result files go: `results-dir`, else $RUNNER_TEMP/maturity-results. */
  resultsDir: string;
  allowNoData: boolean;
}

export function readCommonInputs(): CommonInputValues {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const wd = optionalInput(CommonInputs.WorkingDirectory);
  const root = wd ? resolve(workspace, wd) : workspace;
  const dir = optionalInput(CommonInputs.ResultsDir);
  return {
    root,
    configPath: optionalInput(CommonInputs.Config) ?? DEFAULT_CONFIG_PATH,
    component: optionalInput(CommonInputs.Component),
    targetStage: enumInput(CommonInputs.TargetStage, ['staging', 'production'] as const),
    githubToken: stringInput(CommonInputs.GitHubToken),
    comment: booleanInput(CommonInputs.Comment, true),
    resultsDir: dir ? (isAbsolute(dir) ? dir : resolve(root, dir)) : join(process.env.RUNNER_TEMP || tmpdir(), 'maturity-results'),
    allowNoData: booleanInput(CommonInputs.AllowNoData, false),
  };
}

export interface ChangeInputValues {
  /** auto (change on a pull request, stage elsewhere), change or stage. */
  scope: ScopeInput | null;
  /** Result files of the default branch (a folder or globs) to compare the change with. */
  baseline: string[];
  /** Whether a shortfall fails the step (auto: not on a push to the default branch). */
  enforce: EnforceInput | null;
}

export function readChangeInputs(): ChangeInputValues {
  return { scope: enumInput(ChangeInputs.Scope, SCOPE_VALUES), baseline: listInput(ChangeInputs.Baseline), enforce: enumInput(ChangeInputs.Enforce, ENFORCE_VALUES) };
}
