/**
 * Reading fields of a parsed security report, which is untrusted input: every read checks the
 * type and, when it is wrong, throws a ReportError naming the element (`results[3].line_number`)
 * and how to regenerate the report. The JSON path travels with the error so that the reader,
 * which still has the text, can turn it into a line and column (detect-security-format.ts).
 *
 * Values are described in errors only briefly (type, or a short number/word), never quoted at
 * length: a malformed secrets report must not echo a secret into a log.
 */
import { ReportError } from '../../core/errors.js';

export type JsonPath = (string | number)[];

/** A report that parsed as JSON but does not have the shape its format documents. */
export class ReportShapeError extends ReportError {
  constructor(
    message: string,
    file: string,
    readonly jsonPath: JsonPath,
    fix?: string,
  ) {
    super(message, { file, at: formatJsonPath(jsonPath) }, fix);
    this.name = 'ReportError';
  }
}

/** `results[3].line_number`; keys that are not identifiers are quoted: `results["src/a.py"][0]`. */
export function formatJsonPath(path: JsonPath): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out || '(top level)';
}

/** The report being read: its file and what to do when it is malformed. */
export interface ReportContext {
  file: string;
  /** How to produce a good report, e.g. "Regenerate it with `bandit -r src -f json -o bandit.json`." */
  fix: string;
}

export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'missing';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return v.length === 0 ? 'an empty string' : 'a string';
  if (typeof v === 'number') return Number.isFinite(v) ? `${v}` : 'not a finite number';
  return `a ${typeof v}`;
}

/** The field's own name for the message (the full path is the error's place): `line_number`, `fix_versions[2]`. */
function fieldName(path: JsonPath): string {
  let from = path.length - 1;
  while (from > 0 && typeof path[from] === 'number') from--;
  return formatJsonPath(path.slice(Math.max(from, 0)));
}

/**
 * Where the field takes one of a few fixed words ("HIGH, MEDIUM, LOW or UNDEFINED", `"2.1.0"`),
 * a wrong word is shown, short ones only: "not a string" would be wrong there (it is one).
 * Anywhere else a value is described, never quoted: a report field may hold a secret.
 */
function describeFound(expected: string, v: unknown): string {
  const fixedWords = !/^(a|an|the) /.test(expected);
  if (fixedWords && typeof v === 'string' && /^[\w.+-]{1,40}$/.test(v)) return JSON.stringify(v);
  return describeValue(v);
}

export function fail(ctx: ReportContext, path: JsonPath, expected: string, v: unknown): never {
  const what = path.length ? fieldName(path) : 'the report';
  throw new ReportShapeError(`${what} must be ${expected}, not ${describeFound(expected, v)}`, ctx.file, path, ctx.fix);
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function record(ctx: ReportContext, v: unknown, path: JsonPath): Record<string, unknown> {
  if (!isRecord(v)) fail(ctx, path, 'an object', v);
  return v;
}

export function array(ctx: ReportContext, v: unknown, path: JsonPath): unknown[] {
  if (!Array.isArray(v)) fail(ctx, path, 'an array', v);
  return v;
}

/** An array, or [] when the field is missing or null. */
export function optArray(ctx: ReportContext, v: unknown, path: JsonPath): unknown[] {
  return v === undefined || v === null ? [] : array(ctx, v, path);
}

export function str(ctx: ReportContext, v: unknown, path: JsonPath): string {
  if (typeof v !== 'string' || v.length === 0) fail(ctx, path, 'a non-empty string', v);
  return v;
}

/** A string, or undefined when missing, null or empty. */
export function optStr(ctx: ReportContext, v: unknown, path: JsonPath): string | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v !== 'string') fail(ctx, path, 'a string', v);
  return v;
}

/** An id that some tools write as a number (safety's `vulnerability_id`). */
export function idString(ctx: ReportContext, v: unknown, path: JsonPath): string {
  if (typeof v === 'number' && Number.isInteger(v)) return String(v);
  return str(ctx, v, path);
}

export function int(ctx: ReportContext, v: unknown, path: JsonPath, min: number): number {
  // bandit writes its metrics as floats (`8.0`); JSON.parse makes those integers already.
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min) fail(ctx, path, `a whole number ≥ ${min}`, v);
  return v;
}

export function optInt(ctx: ReportContext, v: unknown, path: JsonPath, min: number): number | undefined {
  return v === undefined || v === null ? undefined : int(ctx, v, path, min);
}

export function optBool(ctx: ReportContext, v: unknown, path: JsonPath): boolean | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'boolean') fail(ctx, path, 'true or false', v);
  return v;
}

/** Strings of an array, skipping empty ones (safety writes `fixed_versions: [""]`). */
export function strings(ctx: ReportContext, v: unknown, path: JsonPath): string[] {
  const out: string[] = [];
  optArray(ctx, v, path).forEach((item, i) => {
    if (typeof item !== 'string') fail(ctx, [...path, i], 'a string', item);
    if (item.trim()) out.push(item.trim());
  });
  return out;
}

/** A number, or a numeric string (SARIF `security-severity` is a string: "8.8"). */
export function optScore(ctx: ReportContext, v: unknown, path: JsonPath): number | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  const n = typeof v === 'string' ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isFinite(n) || n < 0 || n > 10) fail(ctx, path, 'a score from 0 to 10', v);
  return n;
}
