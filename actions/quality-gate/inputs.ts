/** quality-gate's inputs, read once into a typed object. */
import {
  readChangeInputs,
  readCommonInputs,
  type ChangeInputValues,
  type CommonInputValues,
} from '../../packages/action-io/common-inputs.js';
import { booleanInput, listInput, numberInput, optionalInput, pathMapInput } from '../../packages/action-io/inputs.js';
import { DEFAULT_COMMAND_TIMEOUT_MS } from '../../packages/action-io/run-tool.js';
import { QualityGateInputs } from '../../packages/action-io/names.js';
import { ConfigurationError } from '../../packages/core/errors.js';
import type { PathMapping } from '../../packages/core/path-resolver.js';
import type { QualityTool } from './quality-gate.js';

export interface ToolInput {
  tool: QualityTool;
  /** Report files (globs), read as they are. */
  reports: string[];
  /** A command that prints the tool's report to stdout, run in the repository root. */
  command: string | null;
}

export interface Inputs extends CommonInputValues, ChangeInputValues {
  tools: ToolInput[];
  baselineRef: string | null;
  docstrings: boolean;
  pathMap: PathMapping[];
  /** How long a `*-command` may run. */
  commandTimeoutMs: number;
}

const TOOL_INPUTS: { tool: QualityTool; report: string; command: string }[] = [
  { tool: 'ruff', report: QualityGateInputs.RuffReport, command: QualityGateInputs.RuffCommand },
  { tool: 'eslint', report: QualityGateInputs.EslintReport, command: QualityGateInputs.EslintCommand },
  { tool: 'pyright', report: QualityGateInputs.PyrightReport, command: QualityGateInputs.PyrightCommand },
  { tool: 'tsc', report: QualityGateInputs.TscReport, command: QualityGateInputs.TscCommand },
];

export function parseInputs(): Inputs {
  const tools = TOOL_INPUTS.map(({ tool, report, command }) => ({
    tool,
    reports: listInput(report),
    command: optionalInput(command),
  }));
  for (const t of tools) {
    if (t.reports.length && t.command) {
      throw new ConfigurationError(
        `both a ${t.tool} report and a ${t.tool} command are given`,
        { at: `inputs ${t.tool}-report and ${t.tool}-command` },
        'Give the report file, or the command that prints it, not both.',
      );
    }
  }
  return {
    ...readCommonInputs(),
    tools: tools.filter((t) => t.reports.length || t.command),
    ...readChangeInputs(),
    baselineRef: optionalInput(QualityGateInputs.BaselineRef),
    docstrings: booleanInput(QualityGateInputs.Docstrings, true),
    pathMap: pathMapInput(QualityGateInputs.PathMap),
    commandTimeoutMs:
      (numberInput(QualityGateInputs.CommandTimeoutMinutes, { min: 0.01, max: 360 }) ??
        DEFAULT_COMMAND_TIMEOUT_MS / 60_000) * 60_000,
  };
}
