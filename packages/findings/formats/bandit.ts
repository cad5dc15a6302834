/**
 * bandit's `-f json` report as findings. Read from Debian's bandit 1.6.2 (the fixture in
 * examples/sample-repo/reports/security/bandit.json) and from the fields newer bandit adds
 * (`issue_cwe` {id, link}, `col_offset`, `end_col_offset`, as bandit/core/issue.py `as_dict`
 * writes them); each of those, and `more_info`, `line_range`, `test_name`, may be absent.
 *
 * - `test_id` is the rule, `test_name` the rule name; `issue_severity` HIGH/MEDIUM/LOW map to
 *   high/medium/low (UNDEFINED to info) and to levels error/warning/note; `issue_confidence`
 *   to confidence.
 * - bandit's `col_offset` and `end_col_offset` are 0-based (Python's ast); they become 1-based
 *   columns, the end exclusive. An end is set only with `end_col_offset`: bandit 1.6's
 *   `line_range` over-reaches (an `import` on line 3 gets [3, 4, 5]).
 * - `errors` (files bandit could not parse) become `toolErrors`, never ignored.
 * - `metrics._totals` `SEVERITY.*` become `summary.bySeverity` (and errors/warnings/notes by
 *   the level rule above) to cross-check the findings against bandit's own totals; `nosec`
 *   (lines skipped) is listed under `excluded`.
 * - The hard-coded password checks (B105, B106, B107) quote the password in `issue_text`; the
 *   quoted value is replaced by "(value redacted)" so it does not travel into comments.
 */
import type { Confidence, Finding, FindingReport, Severity } from '../finding.js';
import { regenerateWith } from './security-report-commands.js';
import {
  array,
  fail,
  int,
  isRecord,
  optArray,
  optInt,
  optStr,
  record,
  str,
  type JsonPath,
  type ReportContext,
} from './security-report-fields.js';
import { levelForSeverity, severityFromWord } from './security-severity.js';

export function isBanditReport(doc: unknown): boolean {
  return isRecord(doc) && Array.isArray(doc.results) && isRecord(doc.metrics);
}

const PASSWORD_CHECKS = new Set(['B105', 'B106', 'B107']);

function redactPassword(testId: string, text: string): string {
  if (!PASSWORD_CHECKS.has(testId)) return text;
  return text.replace(/^(Possible hardcoded password):.*$/s, '$1: (value redacted)');
}

function confidenceOf(word: string | undefined): Confidence | undefined {
  const s = word ? severityFromWord(word) : undefined;
  return s === 'high' || s === 'medium' || s === 'low' ? s : undefined;
}

function cweOf(ctx: ReportContext, v: unknown, path: JsonPath): string[] | undefined {
  if (v === undefined || v === null) return undefined;
  const cwe = record(ctx, v, path);
  const id = cwe.id;
  if (id === undefined || id === null || id === 0 || id === '') return undefined; // bandit writes {id: 0} for "none"
  if (typeof id !== 'number' && typeof id !== 'string') fail(ctx, [...path, 'id'], 'a CWE number', id);
  return [`CWE-${String(id).replace(/^CWE-/i, '')}`];
}

function toFinding(ctx: ReportContext, v: unknown, i: number): Finding {
  const at: JsonPath = ['results', i];
  const r = record(ctx, v, at);
  const testId = str(ctx, r.test_id, [...at, 'test_id']);
  const severityWord = str(ctx, r.issue_severity, [...at, 'issue_severity']);
  const severity: Severity | undefined = severityFromWord(severityWord);
  if (!severity || severity === 'critical')
    fail(ctx, [...at, 'issue_severity'], 'HIGH, MEDIUM, LOW or UNDEFINED', r.issue_severity);
  const line = int(ctx, r.line_number, [...at, 'line_number'], 1);
  const lineRange = optArray(ctx, r.line_range, [...at, 'line_range']).map((n, j) =>
    int(ctx, n, [...at, 'line_range', j], 1),
  );
  const col = optInt(ctx, r.col_offset, [...at, 'col_offset'], -1);
  const endCol = optInt(ctx, r.end_col_offset, [...at, 'end_col_offset'], -1);
  const testName = optStr(ctx, r.test_name, [...at, 'test_name']);
  const url = optStr(ctx, r.more_info, [...at, 'more_info']);
  const confidence = confidenceOf(optStr(ctx, r.issue_confidence, [...at, 'issue_confidence']));
  const cwe = cweOf(ctx, r.issue_cwe, [...at, 'issue_cwe']);
  const f: Finding = {
    tool: 'bandit',
    rule: testId,
    level: levelForSeverity(severity),
    severity,
    message: redactPassword(testId, str(ctx, r.issue_text, [...at, 'issue_text']).trim()),
    path: str(ctx, r.filename, [...at, 'filename']),
    start: col !== undefined && col >= 0 ? { line, column: col + 1 } : { line },
  };
  if (endCol !== undefined && endCol >= 0)
    f.end = { line: Math.max(line, lineRange[lineRange.length - 1] ?? line), column: endCol + 1 };
  if (confidence) f.confidence = confidence;
  if (testName) f.ruleName = testName;
  if (url) f.url = url;
  if (cwe) f.cwe = cwe;
  return f;
}

const TOTALS: [string, Severity][] = [
  ['SEVERITY.HIGH', 'high'],
  ['SEVERITY.MEDIUM', 'medium'],
  ['SEVERITY.LOW', 'low'],
  ['SEVERITY.UNDEFINED', 'info'],
];

function summaryOf(ctx: ReportContext, metrics: Record<string, unknown>): FindingReport['summary'] {
  const files = Object.keys(metrics).filter((k) => k !== '_totals').length;
  if (metrics._totals === undefined) return { files };
  const totals = record(ctx, metrics._totals, ['metrics', '_totals']);
  const bySeverity: Partial<Record<Severity, number>> = {};
  for (const [key, severity] of TOTALS) {
    const n = optInt(ctx, totals[key], ['metrics', '_totals', key], 0);
    if (n !== undefined) bySeverity[severity] = n;
  }
  return {
    errors: bySeverity.high ?? 0,
    warnings: bySeverity.medium ?? 0,
    notes: (bySeverity.low ?? 0) + (bySeverity.info ?? 0),
    files,
    bySeverity,
  };
}

export function fromBandit(doc: unknown, file: string): FindingReport {
  const ctx: ReportContext = { file, fix: regenerateWith('bandit') };
  const top = record(ctx, doc, []);
  const findings = array(ctx, top.results, ['results']).map((r, i) => toFinding(ctx, r, i));
  const toolErrors = optArray(ctx, top.errors, ['errors']).map((e, i) => {
    const err = record(ctx, e, ['errors', i]);
    const path = optStr(ctx, err.filename, ['errors', i, 'filename']);
    const message = optStr(ctx, err.reason, ['errors', i, 'reason']) ?? 'bandit could not scan this file';
    return path ? { path, message } : { message };
  });
  const metrics = record(ctx, top.metrics, ['metrics']);
  const report: FindingReport = { tool: 'bandit', file, findings, summary: summaryOf(ctx, metrics) };
  if (toolErrors.length) report.toolErrors = toolErrors;
  const totals = isRecord(metrics._totals) ? metrics._totals : {};
  const nosec = optInt(ctx, totals.nosec, ['metrics', '_totals', 'nosec'], 0);
  if (nosec)
    report.excluded = [
      { reason: 'lines marked `# nosec` (bandit skipped them; it counts lines, not findings)', count: nosec },
    ];
  return report;
}
