/**
 * gitleaks' `--report-format json` report as findings, with the secret left behind.
 *
 * Shape, from gitleaks' own expected reports (testdata/expected/report/*.json in
 * gitleaks/gitleaks, v8): an array of `{RuleID, Description, StartLine, EndLine, StartColumn,
 * EndColumn, Line, Match, Secret, File, SymlinkFile, Commit, Entropy, Author, Email, Date,
 * Message, Tags, Fingerprint}`; older v8 releases lack `Line`, `Match`, `SymlinkFile` and
 * `Fingerprint`, some have `Context`.
 *
 * Redaction: `Secret`, `Match`, `Line` and `Context` all contain the secret and are never
 * copied. As a second guard, every string that is kept (rule, description, file, commit,
 * gitleaks' fingerprint) has any occurrence of the `Secret` or `Match` text replaced by
 * `[REDACTED]`, so a rule description or file name that happens to contain the secret does not
 * carry it out either. Author, e-mail and commit message are not kept.
 *
 * Columns are gitleaks' own (counted in bytes); its end column is inclusive and becomes
 * exclusive here. The report has no severity: `high`, `severityAssumed`
 * (./security-severity.ts). gitleaks' `Fingerprint` (`commit:file:rule:line`) is kept as
 * `secret.toolFingerprint`, the commit as `secret.commit`.
 */
import type { Finding, FindingReport } from '../finding.js';
import { regenerateWith } from './security-report-commands.js';
import {
  array,
  isRecord,
  optInt,
  optStr,
  record,
  str,
  type JsonPath,
  type ReportContext,
} from './security-report-fields.js';
import { assumedSeverity } from './security-severity.js';

export function isGitleaksReport(doc: unknown): boolean {
  return Array.isArray(doc) && doc.length > 0 && isRecord(doc[0]) && typeof doc[0].RuleID === 'string';
}

/** Replaces every occurrence of the secret texts in a kept string. */
function scrubber(entry: Record<string, unknown>): (text: string) => string {
  const secrets = [entry.Secret, entry.Match]
    .filter((s): s is string => typeof s === 'string' && s.length >= 4 && s !== 'REDACTED')
    .sort((a, b) => b.length - a.length);
  return (text) => secrets.reduce((t, s) => t.split(s).join('[REDACTED]'), text);
}

function toFinding(ctx: ReportContext, v: unknown, i: number): Finding {
  const at: JsonPath = [i];
  const entry = record(ctx, v, at);
  const scrub = scrubber(entry);
  const rule = scrub(str(ctx, entry.RuleID, [...at, 'RuleID']));
  const description = optStr(ctx, entry.Description, [...at, 'Description']);
  const startLine = optInt(ctx, entry.StartLine, [...at, 'StartLine'], 0);
  const endLine = optInt(ctx, entry.EndLine, [...at, 'EndLine'], 0);
  const startColumn = optInt(ctx, entry.StartColumn, [...at, 'StartColumn'], 0);
  const endColumn = optInt(ctx, entry.EndColumn, [...at, 'EndColumn'], 0);
  const commit = optStr(ctx, entry.Commit, [...at, 'Commit']);
  const fingerprint = optStr(ctx, entry.Fingerprint, [...at, 'Fingerprint']);
  const f: Finding = {
    tool: 'gitleaks',
    rule,
    ...assumedSeverity(),
    message: `${description ? scrub(description.trim()) : `Secret matched gitleaks rule ${rule}`} (the secret is not shown)`,
    path: scrub(str(ctx, entry.File, [...at, 'File'])),
  };
  if (description) f.ruleName = scrub(description.trim());
  if (startLine) {
    f.start = startColumn ? { line: startLine, column: startColumn } : { line: startLine };
    if (endLine && endLine >= startLine)
      f.end = endColumn ? { line: endLine, column: endColumn + 1 } : { line: endLine };
  }
  const secret: NonNullable<Finding['secret']> = {};
  if (fingerprint) secret.toolFingerprint = scrub(fingerprint);
  if (commit) secret.commit = scrub(commit);
  f.secret = secret;
  return f;
}

export function fromGitleaks(doc: unknown, file: string): FindingReport {
  const ctx: ReportContext = { file, fix: regenerateWith('secrets') };
  return { tool: 'gitleaks', file, findings: array(ctx, doc, []).map((e, i) => toFinding(ctx, e, i)) };
}
