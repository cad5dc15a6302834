/**
 * strategy.matrix expansion as GitHub documents it: the cartesian product of the vectors (in
 * the order written), minus every combination an `exclude` entry matches (partially: only the
 * keys it names), then each `include` entry is merged into every combination whose original
 * values it does not change (values added by an earlier include may be overwritten); an entry
 * that merges into none is added as a combination of its own.
 */
import type { JsonValue } from './expressions.js';

export type Combination = Record<string, JsonValue>;

/** GitHub's limit on the jobs one matrix may generate. */
export const MAX_COMBINATIONS = 256;

export class MatrixError extends Error {}

export function expandMatrix(matrix: JsonValue): Combination[] {
  if (matrix === null || typeof matrix !== 'object' || Array.isArray(matrix)) {
    throw new MatrixError(`Unexpected value '${JSON.stringify(matrix)}': the matrix must be a mapping`);
  }
  const vectors = Object.entries(matrix).filter(([key]) => key !== 'include' && key !== 'exclude');
  for (const [key, values] of vectors) {
    if (!Array.isArray(values))
      throw new MatrixError(`Unexpected value '${JSON.stringify(values)}' for matrix vector '${key}'`);
    if (values.length === 0) throw new MatrixError(`Matrix vector '${key}' does not contain any values`);
  }
  let combinations: Combination[] = vectors.length === 0 ? [] : [{}];
  for (const [key, values] of vectors) {
    combinations = combinations.flatMap((base) => (values as JsonValue[]).map((value) => ({ ...base, [key]: value })));
  }
  const exclude = entries(matrix['exclude'], 'exclude');
  combinations = combinations.filter((combination) => !exclude.some((entry) => matches(combination, entry)));

  const originalKeys = new Set(vectors.map(([key]) => key));
  const expanded = combinations.map((combination) => ({ original: { ...combination }, values: { ...combination } }));
  const extra: Combination[] = [];
  for (const entry of entries(matrix['include'], 'include')) {
    let merged = false;
    for (const combination of expanded) {
      const conflicts = Object.entries(entry).some(
        ([key, value]) => originalKeys.has(key) && !sameValue(combination.original[key], value),
      );
      if (conflicts) continue;
      Object.assign(combination.values, entry);
      merged = true;
    }
    if (!merged) extra.push({ ...entry });
  }
  const result = [...expanded.map((combination) => combination.values), ...extra];
  if (result.length === 0) throw new MatrixError('Matrix must define at least one vector');
  if (result.length > MAX_COMBINATIONS) {
    throw new MatrixError(`Strategy expansion exceeded ${MAX_COMBINATIONS} results for job`);
  }
  return result;
}

function entries(value: JsonValue | undefined, key: string): Combination[] {
  if (value === undefined || value === null) return [];
  if (
    !Array.isArray(value) ||
    value.some((entry) => entry === null || typeof entry !== 'object' || Array.isArray(entry))
  ) {
    throw new MatrixError(`Unexpected value for matrix '${key}': expected a sequence of mappings`);
  }
  return value as Combination[];
}

function matches(combination: Combination, entry: Combination): boolean {
  return Object.entries(entry).every(([key, value]) => key in combination && sameValue(combination[key], value));
}

function sameValue(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** `name (a, b)`: the values GitHub appends to a matrix job's name when the name does not use them. */
export function matrixSuffix(combination: Combination): string {
  const parts = Object.values(combination).map((value) =>
    value !== null && typeof value === 'object' ? JSON.stringify(value) : String(value),
  );
  return parts.length === 0 ? '' : ` (${parts.join(', ')})`;
}
