/**
 * safety `check --json` reports as findings (safety 3's `scan` report is ./safety-scan.ts).
 *
 * Shapes, from safety's own code and tests in pyupio/safety:
 * - safety 2 (`check --json`): `{report_meta, scanned_packages, affected_packages,
 *   announcements, vulnerabilities: [...], ignored_vulnerabilities: [...], remediations}`,
 *   each vulnerability written by `Vulnerability.to_dict` (safety/models.py):
 *   `vulnerability_id`, `package_name`, `analyzed_version`, `advisory`, `fixed_versions`
 *   (may hold ""), `more_info_url`, `CVE` (the CVE name or null) and `severity`: null or
 *   `{source, cvssv2: {base_score, impact_score, vector_string} | null,
 *   cvssv3: {base_score, impact_score, base_severity, vector_string} | null}`
 *   (tests/formatters/test_json.py, tests/test_db/report.json).
 * - safety 1.x (and safety 2's `--json-output-format 0.5`): a list of lists
 *   `[package, vulnerable_spec, version, advisory, vulnerability_id, cvssv2?, cvssv3?]`
 *   (safety/formatters/schemas/zero_five.py, "legacy JSON report schema used in Safety 1.10.3").
 *
 * Severity comes from the CVSS v3 base score (else its base_severity, else the v2 score) with
 * the bands of ./security-severity.ts; without any it is `high`, `severityAssumed`. Findings
 * have `path: null` and `pkg`; `ignored_vulnerabilities` are counted under `excluded`.
 */
import type { Finding, FindingReport } from '../finding.js';
import { regenerateWith } from './security-report-commands.js';
import {
  array,
  idString,
  isRecord,
  optArray,
  optScore,
  optStr,
  record,
  str,
  strings,
  type JsonPath,
  type ReportContext,
} from './security-report-fields.js';
import { assumedSeverity, levelForSeverity, severityFromScore, severityFromWord } from './security-severity.js';

export function isSafetyCheckReport(doc: unknown): boolean {
  return (isRecord(doc) && isRecord(doc.report_meta) && Array.isArray(doc.vulnerabilities)) || isSafetyV1(doc);
}

/** safety 1.x: an array of arrays whose first items are strings. */
function isSafetyV1(doc: unknown): boolean {
  return Array.isArray(doc) && doc.length > 0 && Array.isArray(doc[0]) && typeof doc[0][0] === 'string';
}

/** Severity fields from safety's CVSS objects (`{base_score, base_severity}`), or the assumed default. */
export function safetySeverity(
  ctx: ReportContext,
  cvssv3: unknown,
  cvssv2: unknown,
  at: JsonPath,
): Pick<Finding, 'severity' | 'severityAssumed' | 'level' | 'score'> {
  const v3 = cvssv3 === null || cvssv3 === undefined ? undefined : record(ctx, cvssv3, [...at, 'cvssv3']);
  const v2 = cvssv2 === null || cvssv2 === undefined ? undefined : record(ctx, cvssv2, [...at, 'cvssv2']);
  const score =
    optScore(ctx, v3?.base_score, [...at, 'cvssv3', 'base_score']) ??
    optScore(ctx, v2?.base_score, [...at, 'cvssv2', 'base_score']);
  if (score !== undefined) {
    const severity = severityFromScore(score);
    return { severity, level: levelForSeverity(severity), score };
  }
  const word = optStr(ctx, v3?.base_severity, [...at, 'cvssv3', 'base_severity']);
  const severity = word ? severityFromWord(word) : undefined;
  return severity ? { severity, level: levelForSeverity(severity) } : assumedSeverity();
}

export function vulnerabilityMessage(
  name: string,
  version: string | undefined,
  id: string,
  cve: string | undefined,
): string {
  const what = version ? `${name} ${version}` : name;
  return `${what} has a known vulnerability: ${id}${cve && cve !== id ? ` (${cve})` : ''}`;
}

function fromV2(ctx: ReportContext, doc: Record<string, unknown>): FindingReport {
  const findings = array(ctx, doc.vulnerabilities, ['vulnerabilities']).map((v, i): Finding => {
    const at: JsonPath = ['vulnerabilities', i];
    const vuln = record(ctx, v, at);
    const id = idString(ctx, vuln.vulnerability_id, [...at, 'vulnerability_id']);
    const name = str(ctx, vuln.package_name, [...at, 'package_name']);
    const version = optStr(ctx, vuln.analyzed_version, [...at, 'analyzed_version']);
    const cve = optStr(ctx, vuln.CVE, [...at, 'CVE']);
    const sev =
      vuln.severity === null || vuln.severity === undefined
        ? undefined
        : record(ctx, vuln.severity, [...at, 'severity']);
    const fixedIn = strings(ctx, vuln.fixed_versions, [...at, 'fixed_versions']);
    const advisory = optStr(ctx, vuln.advisory, [...at, 'advisory'])?.trim();
    const url = optStr(ctx, vuln.more_info_url, [...at, 'more_info_url']);
    const f: Finding = {
      tool: 'safety',
      rule: id,
      ...safetySeverity(ctx, sev?.cvssv3, sev?.cvssv2, [...at, 'severity']),
      message: vulnerabilityMessage(name, version, id, cve),
      path: null,
      pkg: { name, ...(version ? { version } : {}), ...(fixedIn.length ? { fixedIn } : {}) },
    };
    if (cve) f.aliases = [cve];
    if (advisory) f.detail = advisory;
    if (url) f.url = url;
    return f;
  });
  const report: FindingReport = { tool: 'safety', file: ctx.file, findings };
  const meta = record(ctx, doc.report_meta, ['report_meta']);
  const version = optStr(ctx, meta.safety_version, ['report_meta', 'safety_version']);
  if (version) report.version = version;
  const ignored = optArray(ctx, doc.ignored_vulnerabilities, ['ignored_vulnerabilities']).length;
  if (ignored) report.excluded = [{ reason: 'vulnerabilities ignored by the safety policy', count: ignored }];
  return report;
}

function fromV1(ctx: ReportContext, doc: unknown[]): FindingReport {
  const findings = doc.map((row, i): Finding => {
    const at: JsonPath = [i];
    const cols = array(ctx, row, at);
    const name = str(ctx, cols[0], [i, 0]);
    const version = optStr(ctx, cols[2], [i, 2]);
    const advisory = optStr(ctx, cols[3], [i, 3])?.trim();
    const id = idString(ctx, cols[4], [i, 4]);
    const f: Finding = {
      tool: 'safety',
      rule: id,
      ...safetySeverity(ctx, cols[6], cols[5], at),
      message: vulnerabilityMessage(name, version, id, undefined),
      path: null,
      pkg: version ? { name, version } : { name },
    };
    if (advisory) f.detail = advisory;
    return f;
  });
  return { tool: 'safety', file: ctx.file, findings };
}

export function fromSafetyCheck(doc: unknown, file: string): FindingReport {
  const ctx: ReportContext = { file, fix: regenerateWith('safety') };
  return Array.isArray(doc) ? fromV1(ctx, doc) : fromV2(ctx, record(ctx, doc, []));
}
