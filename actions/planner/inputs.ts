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
  return {
    common: readCommonInputs(),
    mode: enumInput(PlannerInputs.Mode, ['all', 'changed', 'report'] as const) ?? 'changed',
    baselineArtifact: optionalInput(PlannerInputs.BaselineArtifact),
    results: listInput(PlannerInputs.Results),
    components: optionalInput(PlannerInputs.Components),
    enforce: enumInput(PlannerInputs.Enforce, ENFORCE_VALUES),
  };
}
