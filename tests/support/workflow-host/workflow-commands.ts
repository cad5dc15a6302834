/**
 * Workflow commands in a step's output (`::error file=a.py,line=3::message`), as the runner
 * reads them: one command per line, properties and data percent-escaped, `::stop-commands::`
 * suspends them until the token comes back, `::add-mask::` hides a value in every later log
 * line. The parser is a small state machine over lines; no regular expression looks at
 * workflow text.
 */
import type { Annotation, AnnotationLevel } from './types.js';

export interface ParsedCommand {
  command: string;
  properties: Record<string, string>;
  data: string;
}

/** `::command k=v,k=v::data`, or undefined for a plain line. */
export function parseCommandLine(line: string): ParsedCommand | undefined {
  const text = line.trimStart();
  if (!text.startsWith('::')) return undefined;
  const end = text.indexOf('::', 2);
  if (end < 0) return undefined;
  const head = text.slice(2, end);
  const space = head.indexOf(' ');
  const command = (space < 0 ? head : head.slice(0, space)).trim();
  if (command === '') return undefined;
  const properties: Record<string, string> = {};
  if (space >= 0) {
    for (const part of head.slice(space + 1).split(',')) {
      const equals = part.indexOf('=');
      if (equals <= 0) continue;
      properties[part.slice(0, equals).trim()] = unescapeProperty(part.slice(equals + 1));
    }
  }
  return { command, properties, data: unescapeData(text.slice(end + 2)) };
}

function unescapeData(value: string): string {
  return value.replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%25', '%');
}

function unescapeProperty(value: string): string {
  return value
    .replaceAll('%0D', '\r')
    .replaceAll('%0A', '\n')
    .replaceAll('%3A', ':')
    .replaceAll('%2C', ',')
    .replaceAll('%25', '%');
}

const ANNOTATION_LEVELS: readonly string[] = ['error', 'warning', 'notice'];

/** Values to hide in logs; shared by a job's steps (a mask added in one step holds for the next). */
export class MaskSet {
  private readonly values = new Set<string>();

  add(value: string): void {
    // The runner ignores masks shorter than... nothing; but an empty mask would hide nothing.
    for (const line of value.split(/\r?\n/)) if (line.trim() !== '') this.values.add(line.trim());
  }

  apply(text: string): string {
    let masked = text;
    // Longest first, so a secret containing another is hidden whole.
    for (const value of [...this.values].sort((a, b) => b.length - a.length)) masked = masked.replaceAll(value, '***');
    return masked;
  }

  contains(text: string): boolean {
    for (const value of this.values) if (text.includes(value)) return true;
    return false;
  }
}

/** What a step's output lines did, beyond being logged. */
export class CommandProcessor {
  readonly annotations: Annotation[] = [];
  readonly debug: string[] = [];
  /** Outputs set with the deprecated `::set-output`. */
  readonly legacyOutputs: Record<string, string> = {};
  readonly legacyState: Record<string, string> = {};
  private stopToken: string | undefined;

  constructor(private readonly masks: MaskSet) {}

  /** Handles one output line; returns the line as the log shows it (masked). */
  line(raw: string): string {
    const parsed = parseCommandLine(raw);
    if (this.stopToken !== undefined) {
      if (parsed && parsed.command === this.stopToken) this.stopToken = undefined;
      return this.masks.apply(raw);
    }
    if (parsed) this.apply(parsed);
    return this.masks.apply(raw);
  }

  private apply(parsed: ParsedCommand): void {
    const { command, properties, data } = parsed;
    if (ANNOTATION_LEVELS.includes(command)) {
      this.annotations.push(annotationOf(command as AnnotationLevel, properties, this.masks.apply(data)));
    } else if (command === 'add-mask') {
      this.masks.add(data);
    } else if (command === 'stop-commands') {
      this.stopToken = data;
    } else if (command === 'debug') {
      this.debug.push(this.masks.apply(data));
    } else if (command === 'set-output' && properties['name']) {
      this.legacyOutputs[properties['name']] = data;
      this.annotations.push({
        level: 'warning',
        message:
          'The `set-output` command is deprecated and will be disabled soon. Please upgrade to using Environment Files. For more information see: https://github.blog/changelog/2022-10-11-github-actions-deprecating-save-state-and-set-output-commands/',
      });
    } else if (command === 'save-state' && properties['name']) {
      this.legacyState[properties['name']] = data;
    }
    // group, endgroup, echo: presentation only.
  }
}

function annotationOf(level: AnnotationLevel, properties: Record<string, string>, message: string): Annotation {
  const annotation: Annotation = { level, message };
  if (properties['title'] !== undefined) annotation.title = properties['title'];
  if (properties['file'] !== undefined) annotation.file = properties['file'];
  const number = (key: string): number | undefined => {
    const value = Number(properties[key]);
    return properties[key] !== undefined && Number.isInteger(value) ? value : undefined;
  };
  const line = number('line');
  const endLine = number('endLine');
  const col = number('col');
  const endColumn = number('endColumn');
  if (line !== undefined) annotation.line = line;
  if (endLine !== undefined) annotation.endLine = endLine;
  if (col !== undefined) annotation.col = col;
  if (endColumn !== undefined) annotation.endColumn = endColumn;
  return annotation;
}

/** GitHub's display limits: per step 10 of each level; per job 50 in all. */
export const ANNOTATIONS_PER_STEP_AND_LEVEL = 10;
export const ANNOTATIONS_PER_JOB = 50;

export function limitStepAnnotations(emitted: readonly Annotation[]): { kept: Annotation[]; dropped: Annotation[] } {
  const counts: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const kept: Annotation[] = [];
  const dropped: Annotation[] = [];
  for (const annotation of emitted) {
    counts[annotation.level] += 1;
    (counts[annotation.level] <= ANNOTATIONS_PER_STEP_AND_LEVEL ? kept : dropped).push(annotation);
  }
  return { kept, dropped };
}
