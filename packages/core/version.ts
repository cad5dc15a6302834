/** Written into every result so readers know which version of the rules produced it. */
export const TOOL_NAME = 'maturity-actions';
export const TOOL_VERSION = '0.1.0';
