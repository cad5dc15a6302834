/** Reading action inputs with clear errors (the input's name, what was expected, what was found). */
import * as core from '@actions/core';
import { ConfigurationError } from '../core/errors.js';
import { parsePathMap, type PathMapping } from '../core/path-resolver.js';
import { splitList } from '../core/report-files.js';

export function stringInput(name: string): string {
  return core.getInput(name).trim();
}

export function optionalInput(name: string): string | null {
  const v = stringInput(name);
  return v === '' ? null : v;
}

export function listInput(name: string): string[] {
  return splitList(core.getInput(name));
}

export function numberInput(name: string, range: { min: number; max: number }): number | null {
  const raw = optionalInput(name);
  if (raw === null) return null;
  const v = Number(raw.replace(/%$/, ''));
  if (!Number.isFinite(v) || v < range.min || v > range.max) {
    throw new ConfigurationError(`expected a number from ${range.min} to ${range.max}, found "${raw}"`, {
      at: `input ${name}`,
    });
  }
  return v;
}

const TRUE = new Set(['true', 'yes', 'on', '1']);
const FALSE = new Set(['false', 'no', 'off', '0']);

export function booleanInput(name: string, fallback: boolean): boolean {
  const raw = optionalInput(name)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (TRUE.has(raw)) return true;
  if (FALSE.has(raw)) return false;
  throw new ConfigurationError(`expected true or false, found "${raw}"`, { at: `input ${name}` });
}

export function enumInput<T extends string>(name: string, values: readonly T[]): T | null {
  const raw = optionalInput(name)?.toLowerCase();
  if (raw === undefined) return null;
  if ((values as readonly string[]).includes(raw)) return raw as T;
  throw new ConfigurationError(`expected one of ${values.join(', ')}, found "${raw}"`, { at: `input ${name}` });
}

/** A `path-map` input: one `from=to` prefix pair per line or comma. */
export function pathMapInput(name: string): PathMapping[] {
  try {
    return parsePathMap(stringInput(name));
  } catch (e) {
    throw new ConfigurationError(
      (e as Error).message,
      { at: `input ${name}` },
      'Write one `from=to` prefix pair per line.',
    );
  }
}
