/** security-gate's inputs, read once into a typed object. */
import {
  readChangeInputs,
  readCommonInputs,
  type ChangeInputValues,
  type CommonInputValues,
} from '../../packages/action-io/common-inputs.js';
import { listInput, optionalInput, pathMapInput } from '../../packages/action-io/inputs.js';
import { SecurityGateInputs } from '../../packages/action-io/names.js';
import type { PathMapping } from '../../packages/core/path-resolver.js';
import type { SecurityKind } from './security-gate.js';

export const DEFAULT_REGISTER = 'SECURITY_FINDINGS_ACCEPTED_RISKS.md';

export interface Inputs extends CommonInputValues, ChangeInputValues {
  reports: { kind: SecurityKind; patterns: string[]; input: string }[];
  /** The register file; `explicit` when the user named it (then it must exist). */
  register: { path: string; explicit: boolean };
  sarifOutput: string | null;
  history: string | null;
  manifest: string | null;
  pathMap: PathMapping[];
}

const REPORT_INPUTS: { kind: SecurityKind; input: string }[] = [
  { kind: 'bandit', input: SecurityGateInputs.BanditReport },
  { kind: 'sarif', input: SecurityGateInputs.SarifFiles },
  { kind: 'pip-audit', input: SecurityGateInputs.PipAuditReport },
  { kind: 'safety', input: SecurityGateInputs.SafetyReport },
  { kind: 'secrets', input: SecurityGateInputs.SecretsReport },
];

export function parseInputs(): Inputs {
  const register = optionalInput(SecurityGateInputs.AcceptedRisks);
  return {
    ...readCommonInputs(),
    ...readChangeInputs(),
    reports: REPORT_INPUTS.map(({ kind, input }) => ({ kind, input, patterns: listInput(input) })).filter(
      (r) => r.patterns.length > 0,
    ),
    register: { path: register ?? DEFAULT_REGISTER, explicit: register !== null },
    sarifOutput: optionalInput(SecurityGateInputs.SarifOutput),
    history: optionalInput(SecurityGateInputs.History),
    manifest: optionalInput(SecurityGateInputs.Manifest),
    pathMap: pathMapInput(SecurityGateInputs.PathMap),
  };
}
