/**
 * pip-audit's `-f json` report as findings, one per (dependency, vulnerability).
 *
 * Shapes, from pip-audit's own JSON formatter and its tests (pip_audit/_format/json.py,
 * test/format/test_json.py in pypa/pip-audit): since 2.0 an object
 * `{dependencies: [{name, version, vulns: [{id, fix_versions, aliases?, description?}]}], fixes: [...]}`;
 * before that a bare array of the same dependency objects. `aliases` appear with newer versions
 * and `description` only with `--desc`. A dependency pip-audit could not audit has
 * `{name, skip_reason}` instead of `version`/`vulns`: it becomes a `toolErrors` entry, since an
 * unaudited package must not read as a clean one.
 *
 * pip-audit gives no severity: every vulnerability is `high` with `severityAssumed`
 * (./security-severity.ts). Findings have `path: null` and `pkg`; the advisory id is the rule,
 * its aliases (CVE, GHSA) go to `aliases`, the description to `detail`, so the message stays
 * the same when an advisory is reworded. PYSEC/GHSA ids link to their OSV page.
 */
import type { Finding, FindingReport } from '../finding.js';
import { regenerateWith } from './security-report-commands.js';
import {
  array,
  isRecord,
  optArray,
  optStr,
  record,
  str,
  strings,
  type ReportContext,
} from './security-report-fields.js';
import { assumedSeverity } from './security-severity.js';

export function isPipAuditReport(doc: unknown): boolean {
  if (isRecord(doc)) return Array.isArray(doc.dependencies) && !('report_meta' in doc);
  return isPipAuditLegacy(doc);
}

/** The pre-2.0 bare array: its first element is a dependency object. */
function isPipAuditLegacy(doc: unknown): boolean {
  if (!Array.isArray(doc) || doc.length === 0) return false;
  const first: unknown = doc[0];
  return isRecord(first) && typeof first.name === 'string' && ('vulns' in first || 'skip_reason' in first);
}

function advisoryUrl(id: string): string | undefined {
  return /^(PYSEC|GHSA|OSV)-/i.test(id) ? `https://osv.dev/vulnerability/${id}` : undefined;
}

export function fromPipAudit(doc: unknown, file: string): FindingReport {
  const ctx: ReportContext = { file, fix: regenerateWith('pip-audit') };
  const legacy = Array.isArray(doc);
  const deps = legacy ? doc : array(ctx, record(ctx, doc, []).dependencies, ['dependencies']);
  const base = legacy ? [] : ['dependencies'];
  const findings: Finding[] = [];
  const toolErrors: FindingReport['toolErrors'] = [];
  deps.forEach((d, i) => {
    const at = [...base, i];
    const dep = record(ctx, d, at);
    const name = str(ctx, dep.name, [...at, 'name']);
    const skipped = optStr(ctx, dep.skip_reason, [...at, 'skip_reason']);
    if (skipped) {
      toolErrors.push({ message: `pip-audit did not audit ${name}: ${skipped}` });
      return;
    }
    const version = str(ctx, dep.version, [...at, 'version']);
    array(ctx, dep.vulns, [...at, 'vulns']).forEach((v, j) => {
      const vat = [...at, 'vulns', j];
      const vuln = record(ctx, v, vat);
      const id = str(ctx, vuln.id, [...vat, 'id']);
      const fixedIn = strings(ctx, vuln.fix_versions, [...vat, 'fix_versions']);
      const aliases = strings(ctx, vuln.aliases, [...vat, 'aliases']);
      const description = optStr(ctx, vuln.description, [...vat, 'description'])?.trim();
      const url = advisoryUrl(id);
      const f: Finding = {
        tool: 'pip-audit',
        rule: id,
        ...assumedSeverity(),
        message: `${name} ${version} has a known vulnerability: ${id}`,
        path: null,
        pkg: fixedIn.length ? { name, version, fixedIn } : { name, version },
      };
      if (aliases.length) f.aliases = aliases;
      if (description) f.detail = description;
      if (url) f.url = url;
      findings.push(f);
    });
  });
  // `fixes` (what --fix did or would do) carries nothing the findings lack; only its shape is checked.
  if (!legacy) optArray(ctx, record(ctx, doc, []).fixes, ['fixes']);
  const report: FindingReport = { tool: 'pip-audit', file, findings };
  if (toolErrors.length) report.toolErrors = toolErrors;
  return report;
}
