/**
 * Reading fields out of a JSON request body with GitHub's failure modes: a body that is not an
 * object is unparseable (400), a missing required field is `missing_field` (422) and a field
 * of the wrong type or outside its enum is `invalid` (422).
 */
import { invalidField, missingField, problemsParsingJson } from './errors.js';

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export class BodyFields {
  private readonly fields: Record<string, unknown>;

  /** @param resource names the resource in 422 `errors` entries (`Issue`, `IssueComment`, `Label` ...). */
  constructor(
    body: unknown,
    private readonly resource: string,
  ) {
    if (!isObject(body)) throw problemsParsingJson();
    this.fields = body;
  }

  has(field: string): boolean {
    return this.fields[field] !== undefined;
  }

  raw(field: string): unknown {
    return this.fields[field];
  }

  requiredString(field: string): string {
    const value = this.fields[field];
    if (value === undefined || value === null) throw missingField(this.resource, field);
    if (typeof value !== 'string') throw invalidField(this.resource, field);
    return value;
  }

  optionalString(field: string): string | undefined {
    const value = this.fields[field];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') throw invalidField(this.resource, field);
    return value;
  }

  /** undefined when absent, null when explicitly null. */
  nullableString(field: string): string | null | undefined {
    return this.fields[field] === null ? null : this.optionalString(field);
  }

  optionalEnum<T extends string>(field: string, allowed: readonly T[]): T | undefined {
    const value = this.optionalString(field);
    if (value !== undefined && !(allowed as readonly string[]).includes(value))
      throw invalidField(this.resource, field);
    return value as T | undefined;
  }

  optionalBoolean(field: string): boolean | undefined {
    const value = this.fields[field];
    if (value === undefined) return undefined;
    if (typeof value !== 'boolean') throw invalidField(this.resource, field);
    return value;
  }

  optionalStringArray(field: string): string[] | undefined {
    const value = this.fields[field];
    if (value === undefined) return undefined;
    if (!Array.isArray(value) || !value.every((item) => typeof item === 'string'))
      throw invalidField(this.resource, field);
    return value as string[];
  }
}

/**
 * Label lists: GitHub accepts names or `{ name }` objects, either as `{ labels: [...] }` or,
 * for the issue-labels endpoints, as a bare array.
 */
export function labelNames(value: unknown, resource = 'Label'): string[] {
  const list = isObject(value) ? value['labels'] : value;
  if (list === undefined) return [];
  if (!Array.isArray(list)) throw invalidField(resource, 'labels');
  return list.map((item) => {
    if (typeof item === 'string') return item;
    if (isObject(item) && typeof item['name'] === 'string') return item['name'];
    throw invalidField(resource, 'labels');
  });
}
