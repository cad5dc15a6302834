/**
 * ESLint's `--format json` report: an array with one entry per linted file, `{filePath,
 * messages[], suppressedMessages[], errorCount, warningCount, fatalErrorCount, ...}`, each
 * message `{ruleId, severity, message, line, column, endLine, endColumn, fatal?}`. Also
 * `--format json-with-metadata`: `{results: <the same array>, metadata: {rulesMeta}}`, whose
 * rule documentation URLs are kept.
 *
 * severity 2 -> error, 1 -> warning (ESLint never reports 0, "off"). A message without a
 * rule is either a parse error (`fatal: true`) -> rule `eslint-parse-error`, or one ESLint
 * makes about the file itself (an ignored file, an unused disable directive) -> rule `eslint`.
 * Lines and columns are 1-based; the typescript-eslint parser writes a 0-based column on
 * parse errors (column 0 at the start of a line), so a column below 1 is left out.
 * The summary is the sums of the files' errorCount and warningCount; messages turned off by
 * `eslint-disable` comments (suppressedMessages) are counted in `excluded`, not dropped.
 */
import type { Finding, FindingReport } from '../finding.js';
import { isRecord, shapeCheck, showValue, type JsonRecord, type ShapeCheck } from './quality-shape.js';

export const ESLINT_PARSE_ERROR_RULE = 'eslint-parse-error';
export const ESLINT_FILE_MESSAGE_RULE = 'eslint';

/** True when `doc` looks like ESLint's JSON: an array of `{filePath, messages}`. */
export function isEslintJson(doc: unknown): boolean {
  if (!Array.isArray(doc) || doc.length === 0) return false;
  const first: unknown = doc[0];
  return isRecord(first) && 'filePath' in first && 'messages' in first;
}

/** True when `doc` looks like `--format json-with-metadata`. */
export function isEslintJsonWithMetadata(doc: unknown): boolean {
  return (
    isRecord(doc) &&
    Array.isArray(doc.results) &&
    isRecord(doc.metadata) &&
    (doc.results.length === 0 || isEslintJson(doc.results))
  );
}

function ruleUrls(doc: unknown): Map<string, string> {
  const urls = new Map<string, string>();
  const meta =
    isRecord(doc) && isRecord(doc.metadata) && isRecord(doc.metadata.rulesMeta) ? doc.metadata.rulesMeta : {};
  for (const [rule, m] of Object.entries(meta)) {
    const url = isRecord(m) && isRecord(m.docs) ? m.docs.url : undefined;
    if (typeof url === 'string' && url) urls.set(rule, url);
  }
  return urls;
}

function toFinding(entry: unknown, path: string, where: string, check: ShapeCheck, urls: Map<string, string>): Finding {
  const m = check.record(entry, where, '');
  const severity = m.severity;
  if (severity !== 1 && severity !== 2)
    check.fail(where, 'severity', `expected 1 (warning) or 2 (error), found ${showValue(severity)}`);
  const ruleId = check.optionalString(m.ruleId, where, 'ruleId');
  const rule = ruleId || (m.fatal === true ? ESLINT_PARSE_ERROR_RULE : ESLINT_FILE_MESSAGE_RULE);
  const finding: Finding = {
    tool: 'eslint',
    rule,
    level: severity === 2 ? 'error' : 'warning',
    message: check.string(m.message, where, 'message'),
    path,
  };
  const start = check.position(m.line, m.column, where, 'line', 1);
  if (start) finding.start = start;
  const end = check.position(m.endLine, m.endColumn, where, 'endLine', 1);
  if (end) finding.end = end;
  const url = urls.get(rule);
  if (url) finding.url = url;
  return finding;
}

/** Parses ESLint's JSON report or json-with-metadata (already parsed JSON); `file` names it in errors. */
export function fromEslintJson(doc: unknown, file: string): FindingReport {
  const check = shapeCheck(file, 'eslint');
  const results = check.array(isEslintJsonWithMetadata(doc) ? (doc as JsonRecord).results : doc, '', '');
  const urls = ruleUrls(doc);
  const findings: Finding[] = [];
  let errors = 0;
  let warnings = 0;
  let suppressed = 0;
  for (let i = 0; i < results.length; i++) {
    const where = `[${i}]`;
    const r = check.record(results[i], where, '');
    const path = check.string(r.filePath, where, 'filePath');
    const messages = check.array(r.messages, where, 'messages');
    for (let j = 0; j < messages.length; j++)
      findings.push(toFinding(messages[j], path, `${where}.messages[${j}]`, check, urls));
    errors += check.count(r.errorCount, where, 'errorCount');
    warnings += check.count(r.warningCount, where, 'warningCount');
    if (r.suppressedMessages !== undefined)
      suppressed += check.array(r.suppressedMessages, where, 'suppressedMessages').length;
  }
  const report: FindingReport = {
    tool: 'eslint',
    file,
    findings,
    summary: { errors, warnings, files: results.length },
  };
  if (suppressed > 0)
    report.excluded = [{ reason: 'turned off by eslint-disable comments in the source', count: suppressed }];
  return report;
}
