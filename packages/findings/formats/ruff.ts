/**
 * ruff's `check --output-format json` report: a JSON array, one object per diagnostic, in
 * either of the shapes ruff prints:
 *   - `cell, code, end_location, filename, fix, location, message, noqa_row, url` (every
 *     release since 0.2; syntax errors have `code` null before ruff 0.12, "invalid-syntax" after);
 *   - the same plus `name` (the rule's name, `unused-import`) and `severity`, with `code` null
 *     for syntax errors and `filename`/`location` null for a diagnostic without a file (ruff
 *     `--preview`, 2026).
 * The rule is the code (`F401`), so both shapes fingerprint alike; a syntax error, with or
 * without a code, is `invalid-syntax`, ruff's own name for it. `location`/`end_location`
 * `{row, column}` are 1-based already.
 *
 * Level: ruff fails on every diagnostic it prints, so each is an `error` unless a `severity`
 * says otherwise: `error`/`fatal` -> error, `warning` -> warning, `info`/`information`/`note`/
 * `hint`/`help` -> note, any other value -> error (ruff counts it as a failure).
 * A notebook diagnostic (`cell` set) counts rows within that cell; the message says which.
 */
import type { Finding, FindingLevel, FindingReport } from '../finding.js';
import { isRecord, shapeCheck, type ShapeCheck } from './quality-shape.js';

export const RUFF_SYNTAX_ERROR_RULE = 'invalid-syntax';

const SEVERITY_LEVELS: Record<string, FindingLevel> = {
  error: 'error',
  fatal: 'error',
  warning: 'warning',
  info: 'note',
  information: 'note',
  note: 'note',
  hint: 'note',
  help: 'note',
};

/** True when `doc` looks like ruff's JSON (an array of objects with `filename` and `message`). */
export function isRuffJson(doc: unknown): doc is unknown[] {
  if (!Array.isArray(doc) || doc.length === 0) return false;
  const first: unknown = doc[0];
  return isRecord(first) && 'filename' in first && 'message' in first && ('code' in first || 'location' in first);
}

function levelOf(severity: string | undefined): FindingLevel {
  return severity === undefined ? 'error' : (SEVERITY_LEVELS[severity.toLowerCase()] ?? 'error');
}

function toFinding(entry: unknown, where: string, check: ShapeCheck): Finding {
  const d = check.record(entry, where, '');
  const code = check.optionalString(d.code, where, 'code');
  const name = check.optionalString(d.name, where, 'name');
  const message = check.string(d.message, where, 'message');
  const path = check.optionalString(d.filename, where, 'filename');
  // No code: a syntax error (older ruff: no name either) or, in the newer shape, its name.
  const rule = code || name || RUFF_SYNTAX_ERROR_RULE;
  const finding: Finding = {
    tool: 'ruff',
    rule,
    level: levelOf(check.optionalString(d.severity, where, 'severity')),
    message: typeof d.cell === 'number' ? `${message} (notebook cell ${d.cell})` : message,
    path: path === undefined || path === '' ? null : path,
  };
  if (name !== undefined && name !== rule) finding.ruleName = name;
  const start = positionOf(d.location, where, 'location', check);
  if (start) finding.start = start;
  const end = positionOf(d.end_location, where, 'end_location', check);
  if (end) finding.end = end;
  const url = check.optionalString(d.url, where, 'url');
  if (url) finding.url = url;
  return finding;
}

function positionOf(value: unknown, where: string, field: string, check: ShapeCheck) {
  if (value === undefined || value === null) return undefined;
  const l = check.record(value, where, field);
  return check.position(l.row, l.column, where, field, 1);
}

/** Parses ruff's JSON report (already parsed JSON); `file` names it in errors. */
export function fromRuffJson(doc: unknown, file: string): FindingReport {
  const check = shapeCheck(file, 'ruff');
  const entries = check.array(doc, '', '');
  const findings: Finding[] = new Array<Finding>(entries.length);
  for (let i = 0; i < entries.length; i++) findings[i] = toFinding(entries[i], `[${i}]`, check);
  return { tool: 'ruff', file, findings };
}
