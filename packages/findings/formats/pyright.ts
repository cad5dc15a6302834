/**
 * pyright's `--outputjson` report: `{version, time, generalDiagnostics[], summary}`, each
 * diagnostic `{file, severity, message, range{start, end}{line, character}, rule?}`.
 *
 * Ranges are 0-based (LSP style) and become 1-based here. Severities: `error` -> error,
 * `warning` -> warning, `information` -> note; anything else is refused (pyright has no
 * other). A diagnostic pyright ties to no configurable rule (syntax errors, "Duplicate
 * parameter", `await` outside async) has no `rule`: it gets the rule `pyright`. `summary`
 * (errorCount, warningCount, informationCount, filesAnalyzed) becomes the report's summary.
 *
 * pyright 1.1.414 writes only the JSON to stdout with --outputjson (its notices go to stderr);
 * a file that starts with other text is refused by the format detection, not skipped.
 */
import type { Finding, FindingLevel, FindingReport } from '../finding.js';
import { isRecord, shapeCheck, showValue, type ShapeCheck } from './quality-shape.js';

/** The rule of a diagnostic pyright gives no rule. */
export const PYRIGHT_UNRULED = 'pyright';

const LEVELS: Record<string, FindingLevel> = { error: 'error', warning: 'warning', information: 'note' };

/** True when `doc` looks like pyright's --outputjson (an object with `generalDiagnostics`). */
export function isPyrightJson(doc: unknown): boolean {
  return isRecord(doc) && Array.isArray(doc.generalDiagnostics);
}

function toFinding(entry: unknown, where: string, check: ShapeCheck): Finding {
  const d = check.record(entry, where, '');
  const severity = check.string(d.severity, where, 'severity');
  const level = LEVELS[severity];
  if (!level)
    check.fail(where, 'severity', `expected "error", "warning" or "information", found ${showValue(severity)}`);
  const file = check.optionalString(d.file, where, 'file');
  const finding: Finding = {
    tool: 'pyright',
    rule: check.optionalString(d.rule, where, 'rule') || PYRIGHT_UNRULED,
    level,
    message: check.string(d.message, where, 'message'),
    path: file ? file : null,
  };
  if (d.range !== undefined && d.range !== null) {
    const range = check.record(d.range, where, 'range');
    const start = lspPosition(range.start, where, 'range.start', check);
    if (start) finding.start = start;
    const end = lspPosition(range.end, where, 'range.end', check);
    if (end) finding.end = end;
  }
  return finding;
}

function lspPosition(value: unknown, where: string, field: string, check: ShapeCheck) {
  if (value === undefined || value === null) return undefined;
  const p = check.record(value, where, field);
  return check.position(p.line, p.character, where, field, 0);
}

/** Parses pyright's --outputjson report (already parsed JSON); `file` names it in errors. */
export function fromPyrightJson(doc: unknown, file: string): FindingReport {
  const check = shapeCheck(file, 'pyright');
  const root = check.record(doc, '', '');
  const entries = check.array(root.generalDiagnostics, '', 'generalDiagnostics');
  const findings: Finding[] = new Array<Finding>(entries.length);
  for (let i = 0; i < entries.length; i++) findings[i] = toFinding(entries[i], `generalDiagnostics[${i}]`, check);
  const report: FindingReport = { tool: 'pyright', file, findings };
  const version = check.optionalString(root.version, '', 'version');
  if (version) report.version = version;
  if (root.summary !== undefined && root.summary !== null) {
    const s = check.record(root.summary, '', 'summary');
    const summary: NonNullable<FindingReport['summary']> = {};
    const errors = check.optionalCount(s.errorCount, 'summary', 'errorCount');
    if (errors !== undefined) summary.errors = errors;
    const warnings = check.optionalCount(s.warningCount, 'summary', 'warningCount');
    if (warnings !== undefined) summary.warnings = warnings;
    const notes = check.optionalCount(s.informationCount, 'summary', 'informationCount');
    if (notes !== undefined) summary.notes = notes;
    const files = check.optionalCount(s.filesAnalyzed, 'summary', 'filesAnalyzed');
    if (files !== undefined) summary.files = files;
    report.summary = summary;
  }
  return report;
}
