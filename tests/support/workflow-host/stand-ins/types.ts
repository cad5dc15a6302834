/** What a stand-in for a third-party action gets and gives back. */
import type { JobRuntime } from '../job-runtime.js';
import type { Annotation } from '../types.js';

export interface StandInCall {
  job: JobRuntime;
  /** The `with:` values as evaluated, plus the real action's defaults for the inputs not given. */
  inputs: Record<string, string>;
  /** The pinned release, e.g. `v4.2.2`. */
  version: string;
  log(line: string): void;
  annotate(annotation: Annotation): void;
  setOutput(name: string, value: string): void;
}

/** Thrown by a stand-in to fail its step with the real action's message. */
export class StandInFailure extends Error {}

export interface StandIn {
  /** Input defaults of the real action (what `with:` falls back to), expressions already resolved by the caller. */
  defaults(call: Pick<StandInCall, 'job'>): Record<string, string>;
  run(call: StandInCall): Promise<void>;
}

export function booleanInput(value: string | undefined, name: string): boolean {
  const text = (value ?? '').trim().toLowerCase();
  if (text === 'true') return true;
  if (text === 'false' || text === '') return false;
  // @actions/core getBooleanInput's message.
  throw new StandInFailure(
    `Input does not meet YAML 1.2 "Core Schema" specification: ${name}\nSupport boolean input list: \`true | True | TRUE | false | False | FALSE\``,
  );
}

export function multiline(value: string | undefined): string[] {
  return (value ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
