/** The planner's inputs, read once into a typed object. */
import { readCommonInputs, type CommonInputValues } from '../../packages/action-io/common-inputs.js';
import { enumInput, listInput, optionalInput } from '../../packages/action-io/inputs.js';
import { PlannerInputs } from '../../packages/action-io/names.js';
import { ENFORCE_VALUES, type EnforceInput } from '../../packages/core/scope.js';

export type PlannerMode = 'all' | 'changed' | 'report';

export interface Inputs {
  common: CommonInputValues;
  mode: PlannerMode;
  /** Plan modes: the artifact whose newest default-branch run pull requests are compared with. */
  baselineArtifact: string | null;
  /** Report mode: the folder (or globs) of the gates' result files, the components to report, and `enforce`. */
  results: string[];
  components: string | null;
  enforce: EnforceInput | null;
}

export function parseInputs(): Inputs {
  const mode = enumInput(PlannerInputs.Mode, ['all', 'changed', 'report'] as const) ?? 'changed';
  // Report mode's inputs are read only in report mode: a workflow may pass one `enforce` to
  // both planner steps, and a plan has no use for it.
  const report = mode === 'report';
  return {
    common: readCommonInputs(),
    mode,
    baselineArtifact: optionalInput(PlannerInputs.BaselineArtifact),
    results: report ? listInput(PlannerInputs.Results) : [],
    components: report ? optionalInput(PlannerInputs.Components) : null,
    enforce: report ? enumInput(PlannerInputs.Enforce, ENFORCE_VALUES) : null,
  };
}
