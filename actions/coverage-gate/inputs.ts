/** coverage-gate's inputs, read once into a typed object. */
import {
  readChangeInputs,
  readCommonInputs,
  type ChangeInputValues,
  type CommonInputValues,
} from '../../packages/action-io/common-inputs.js';
import { enumInput, listInput, numberInput, pathMapInput } from '../../packages/action-io/inputs.js';
import { CoverageGateInputs } from '../../packages/action-io/names.js';
import { ConfigurationError } from '../../packages/core/errors.js';
import type { PathMapping } from '../../packages/core/path-resolver.js';
import type { TestKind } from './coverage-gate.js';

export interface Inputs extends CommonInputValues, ChangeInputValues {
  coverageFiles: string[];
  testResults: string[];
  testKind: TestKind | null;
  minCoverage: number | null;
  minDiffCoverage: number | null;
  pathMap: PathMapping[];
}

export function parseInputs(): Inputs {
  const coverageFiles = listInput(CoverageGateInputs.CoverageFiles);
  if (coverageFiles.length === 0) {
    throw new ConfigurationError(
      'no coverage report given',
      { at: `input ${CoverageGateInputs.CoverageFiles}` },
      'Set `coverage-files` to your report, e.g. `coverage.xml` (pytest --cov-report=xml) or `coverage/lcov.info`.',
    );
  }
  return {
    ...readCommonInputs(),
    ...readChangeInputs(),
    coverageFiles,
    testResults: listInput(CoverageGateInputs.TestResults),
    testKind: enumInput(CoverageGateInputs.TestKind, ['unit', 'integration', 'e2e'] as const),
    minCoverage: numberInput(CoverageGateInputs.MinCoverage, { min: 0, max: 100 }),
    minDiffCoverage: numberInput(CoverageGateInputs.MinDiffCoverage, { min: 0, max: 100 }),
    pathMap: pathMapInput(CoverageGateInputs.PathMap),
  };
}
