/**
 * Shape checks shared by the JSON lint and type-check report parsers (ruff, pyright, ESLint).
 * A report that parses as JSON but has the wrong shape is refused with the element and field
 * (`[3].location.row`), what was there, and the command that makes a good report: a report we
 * cannot read is never read as "no findings".
 */
import { ReportError } from '../../core/errors.js';
import type { Position } from '../finding.js';

export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short, bounded rendering of a JSON value for an error message. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'missing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** Fails with the place in the report, the problem and the fix; one per report format. */
export class ShapeCheck {
  constructor(
    readonly file: string,
    /** What the report should be: "ruff's JSON report". */
    readonly expected: string,
    /** How to make a good one. */
    readonly fix: string,
  ) {}

  /** `where` is the element (`[3]`, '' for the top), `field` the key path in it (`location.row`); joined only on failure. */
  fail(where: string, field: string, problem: string): never {
    const at = where && field ? `${where}.${field}` : where || field || 'the report';
    throw new ReportError(`${at}: ${problem}, so this is not ${this.expected}`, { file: this.file, at }, this.fix);
  }

  string(value: unknown, where: string, field: string): string {
    if (typeof value !== 'string') this.fail(where, field, `expected a string, found ${showValue(value)}`);
    return value;
  }

  optionalString(value: unknown, where: string, field: string): string | undefined {
    return value === undefined || value === null ? undefined : this.string(value, where, field);
  }

  array(value: unknown, where: string, field: string): unknown[] {
    if (!Array.isArray(value)) this.fail(where, field, `expected an array, found ${showValue(value)}`);
    return value;
  }

  record(value: unknown, where: string, field: string): JsonRecord {
    if (!isRecord(value)) this.fail(where, field, `expected an object, found ${showValue(value)}`);
    return value;
  }

  count(value: unknown, where: string, field: string): number {
    if (!Number.isInteger(value) || (value as number) < 0)
      this.fail(where, field, `expected a whole number, found ${showValue(value)}`);
    return value as number;
  }

  optionalCount(value: unknown, where: string, field: string): number | undefined {
    return value === undefined || value === null ? undefined : this.count(value, where, field);
  }

  /**
   * A 1-based position from a line and a column already 1-based (`base` 1) or 0-based
   * (`base` 0). No line: no position. A column below 1 after conversion (ESLint with the
   * typescript-eslint parser writes 0 on parse errors) is left out rather than invented.
   */
  position(line: unknown, column: unknown, where: string, field: string, base: 0 | 1): Position | undefined {
    if (line === undefined || line === null) return undefined;
    if (!Number.isInteger(line)) this.fail(where, field, `the line must be a whole number, found ${showValue(line)}`);
    const oneBasedLine = (line as number) + 1 - base;
    if (oneBasedLine < 1) return undefined; // ESLint's file-level messages have line 0
    if (column === undefined || column === null) return { line: oneBasedLine };
    if (!Number.isInteger(column))
      this.fail(where, field, `the column must be a whole number, found ${showValue(column)}`);
    const oneBasedColumn = (column as number) + 1 - base;
    return oneBasedColumn >= 1 ? { line: oneBasedLine, column: oneBasedColumn } : { line: oneBasedLine };
  }
}

export const QUALITY_FORMATS = ['ruff', 'pyright', 'eslint', 'tsc'] as const;
export type QualityFormat = (typeof QUALITY_FORMATS)[number];

/** What each report is called in messages, and the command that makes a good one. */
export const QUALITY_REPORTS: Record<QualityFormat, { name: string; command: string }> = {
  ruff: { name: "ruff's JSON report", command: 'ruff check --output-format json --output-file ruff.json' },
  pyright: { name: "pyright's --outputjson report", command: 'pyright --outputjson > pyright.json' },
  eslint: { name: "ESLint's JSON report", command: 'eslint --format json --output-file eslint.json' },
  tsc: { name: "tsc's output", command: 'tsc --noEmit --pretty false > tsc.txt' },
};

/** The fix text for a report that is not what `format` needs. */
export function makeReportFix(format: QualityFormat): string {
  return `Make ${QUALITY_REPORTS[format].name} with \`${QUALITY_REPORTS[format].command}\`.`;
}

export function shapeCheck(file: string, format: QualityFormat): ShapeCheck {
  return new ShapeCheck(file, QUALITY_REPORTS[format].name, makeReportFix(format));
}
