/** The inputs every gate takes (README: config, component, target-stage, github-token, ...). */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CONFIG_PATH } from '../core/config/defaults.js';
import { requireDirectory, resolveInputPath } from '../core/path-input.js';
import type { TargetStage } from '../core/stages.js';
import { booleanInput, enumInput, listInput, optionalInput, stringInput } from './inputs.js';
import { ENFORCE_VALUES, SCOPE_VALUES, type EnforceInput, type ScopeInput } from '../core/scope.js';
import { ChangeInputs, CommonInputs } from './names.js';

export interface CommonInputValues {
  /** The repository root: GITHUB_WORKSPACE (or the current directory), plus `working-directory`. */
  root: string;
  /** The `config` input (absolute, or relative to root), or the default path. */
  configPath: string;
  /** The user named the config file: it must exist. */
  configExplicit: boolean;
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
  const root = wd ? resolveInputPath(wd, workspace) : workspace;
  if (wd) requireDirectory(root, wd, `input ${CommonInputs.WorkingDirectory}`);
  const dir = optionalInput(CommonInputs.ResultsDir);
  const config = optionalInput(CommonInputs.Config);
  return {
    root,
    configPath: config ?? DEFAULT_CONFIG_PATH,
    configExplicit: config !== null,
    component: optionalInput(CommonInputs.Component),
    targetStage: enumInput(CommonInputs.TargetStage, ['staging', 'production'] as const),
    githubToken: stringInput(CommonInputs.GitHubToken),
    comment: booleanInput(CommonInputs.Comment, true),
    resultsDir: dir ? resolveInputPath(dir, root) : join(process.env.RUNNER_TEMP || tmpdir(), 'maturity-results'),
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
  return {
    scope: enumInput(ChangeInputs.Scope, SCOPE_VALUES),
    baseline: listInput(ChangeInputs.Baseline),
    enforce: enumInput(ChangeInputs.Enforce, ENFORCE_VALUES),
  };
}
