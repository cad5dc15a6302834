/**
 * The journey sample repository (examples/journey) and the stand-ins that replay its recorded
 * tool outputs. A workflow test puts `toolShimPath()` first on PATH, checks out a state with
 * `checkoutState()`, and the workflow's `pytest`, `ruff`, `pyright`, `bandit`, `pip-audit`,
 * `detect-secrets`, `python -m locust` and `pip install` steps then behave as the real tools did
 * (tests/support/tool-shims/README.md).
 */
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO } from '../fixtures.js';
import type { FileDigests } from './state-digest.mjs';

export const JOURNEY = join(REPO, 'examples', 'journey');
export const JOURNEY_REPO = join(JOURNEY, 'repo');
export const JOURNEY_RECORDINGS = join(JOURNEY, 'recordings');
/** The states, in the order the script records them: the default branch, then the pull requests. */
export const JOURNEY_STATE_NAMES = ['main', 'pr-clean', 'pr-regression'] as const;
export type JourneyStateName = (typeof JOURNEY_STATE_NAMES)[number];

export type RecordedOutput =
  { placeholder: string; file: string } | { placeholder: string; prefix: string; suffixes: string[] };

export interface RecordedCommand {
  /** The program: pytest, ruff, pyright, bandit, locust (`python -m locust`), pip-audit, detect-secrets. */
  tool: string;
  /** The arguments after the program that the stand-in accepts; `<OUT:f>`, `<PREFIX:p>`, `<ANY>` are free. */
  accepts: string[];
  /** Options whose value is `<ANY>`: they may be left out. */
  optional: string[];
  outputs: RecordedOutput[];
  /** Files of the state's recordings printed on stdout / stderr, or null. */
  stdout: string | null;
  stderr: string | null;
  exitCode: number;
  /** The exact command line the recording was made with; null for hand-written reports. */
  recorded: string[] | null;
  handWritten?: string;
}

export interface PrometheusRecording {
  query: string;
  file: string;
  start: number;
  end: number;
  step: number;
  samples: number;
}

export interface JourneyManifest {
  state: JourneyStateName;
  digest: string;
  files: FileDigests;
  /** Where the tools ran (the absolute paths inside the reports start with it). */
  checkout: string;
  commands: Record<string, RecordedCommand>;
  prometheus?: PrometheusRecording[];
  service?: { health: string; metrics: string; note: string };
}

export interface JourneyState {
  name: JourneyStateName;
  digest: string;
  /** The folder laid over repo/ in this state (null for main). */
  changes: string | null;
  /** The state's recordings folder. */
  recordings: string;
  manifest: JourneyManifest;
}

/** The folder with bin/pytest, bin/ruff, ... to put first on PATH. */
export function toolShimPath(): string {
  return join(dirname(fileURLToPath(import.meta.url)), 'bin');
}

export function journeyState(name: JourneyStateName): JourneyState {
  const recordings = join(JOURNEY_RECORDINGS, name);
  const manifest = JSON.parse(readFileSync(join(recordings, 'manifest.json'), 'utf8')) as JourneyManifest;
  const changes = join(JOURNEY, 'changes', name);
  return { name, digest: manifest.digest, changes: existsSync(changes) ? changes : null, recordings, manifest };
}

export function journeyStates(): JourneyState[] {
  return JOURNEY_STATE_NAMES.map(journeyState);
}

/** Copies the repository as it is in `name` (repo/, then changes/<name>/ over it) into `dest`. */
export function checkoutState(name: JourneyStateName, dest: string): void {
  cpSync(JOURNEY_REPO, dest, { recursive: true });
  const { changes } = journeyState(name);
  if (changes) cpSync(changes, dest, { recursive: true });
}

/** A recorded command as a person would type it (placeholders left in). */
export function commandLine(command: RecordedCommand): string {
  const program = command.tool === 'locust' ? 'python -m locust' : command.tool;
  return [program, ...command.accepts].join(' ');
}

/** A state's recorded file (relative to its recordings folder). */
export function recordingPath(state: JourneyStateName, file: string): string {
  return join(JOURNEY_RECORDINGS, state, file);
}
