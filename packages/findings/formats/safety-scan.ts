/**
 * safety 3's `scan --output json` report as findings.
 *
 * The shape is derived from safety's own sample of it, safety/scan/test.json in pyupio/safety
 * (`meta.schema_version` "3.0", written by safety 3.2.14), not from a run here:
 *
 *   {meta: {scan_type, schema_version, telemetry: {safety_version}, ...},
 *    scan_results: {files: [...], projects: [{id, location, files: [...]}]}}
 *
 * where each file is `{location, type, results: {dependencies: [{name, specifications: [{raw,
 * vulnerabilities: {known_vulnerabilities: [{id, ignored, vulnerable_spec, cve?}],
 * remediation: {recommended, other_recommended}}}]}]}}`. In that sample a known vulnerability
 * also carries `cve: {name, cvssv2, cvssv3, advisory}`; the published schema does not promise
 * it, so it is optional here. Everything not named above is ignored.
 *
 * The installed version is read from the specification (`django==1.8.0`; none for a range).
 * The remediation's recommended versions are the `fixedIn` versions. A non-null `ignored` is
 * counted under `excluded`. The dependency file is `pkg.manifest`. Severity as in ./safety.ts.
 */
import type { Finding, FindingReport } from '../finding.js';
import { regenerateWith } from './security-report-commands.js';
import {
  idString,
  isRecord,
  optArray,
  optStr,
  record,
  str,
  strings,
  type JsonPath,
  type ReportContext,
} from './security-report-fields.js';
import { safetySeverity, vulnerabilityMessage } from './safety.js';

export function isSafetyScanReport(doc: unknown): boolean {
  return isRecord(doc) && isRecord(doc.scan_results) && isRecord(doc.meta);
}

/** `django==1.8.0` -> `1.8.0`; a range (`django>=1.8`) pins no version. */
function pinnedVersion(raw: string | undefined): string | undefined {
  return raw?.match(/===?\s*([^\s;,]+)\s*(?:;.*)?$/)?.[1];
}

interface Tally {
  findings: Finding[];
  ignored: number;
}

function readFile(ctx: ReportContext, v: unknown, at: JsonPath, tally: Tally): void {
  const file = record(ctx, v, at);
  const manifest = optStr(ctx, file.location, [...at, 'location']);
  const results =
    file.results === undefined || file.results === null ? {} : record(ctx, file.results, [...at, 'results']);
  optArray(ctx, results.dependencies, [...at, 'results', 'dependencies']).forEach((d, i) => {
    const dat: JsonPath = [...at, 'results', 'dependencies', i];
    const dep = record(ctx, d, dat);
    const name = str(ctx, dep.name, [...dat, 'name']);
    optArray(ctx, dep.specifications, [...dat, 'specifications']).forEach((s, j) => {
      const sat: JsonPath = [...dat, 'specifications', j];
      const spec = record(ctx, s, sat);
      const version = pinnedVersion(optStr(ctx, spec.raw, [...sat, 'raw']));
      if (spec.vulnerabilities === undefined || spec.vulnerabilities === null) return;
      const vulns = record(ctx, spec.vulnerabilities, [...sat, 'vulnerabilities']);
      const remedy = isRecord(vulns.remediation) ? vulns.remediation : {};
      const recommended = optStr(ctx, remedy.recommended, [...sat, 'vulnerabilities', 'remediation', 'recommended']);
      const fixedIn = [
        ...(recommended ? [recommended] : []),
        ...strings(ctx, remedy.other_recommended, [...sat, 'vulnerabilities', 'remediation', 'other_recommended']),
      ];
      optArray(ctx, vulns.known_vulnerabilities, [...sat, 'vulnerabilities', 'known_vulnerabilities']).forEach(
        (k, n) => {
          const kat: JsonPath = [...sat, 'vulnerabilities', 'known_vulnerabilities', n];
          const known = record(ctx, k, kat);
          if (known.ignored !== undefined && known.ignored !== null && known.ignored !== false) {
            tally.ignored++;
            return;
          }
          const id = idString(ctx, known.id, [...kat, 'id']);
          const cve =
            known.cve === undefined || known.cve === null ? undefined : record(ctx, known.cve, [...kat, 'cve']);
          const cveName = optStr(ctx, cve?.name, [...kat, 'cve', 'name']);
          const advisory = optStr(ctx, cve?.advisory, [...kat, 'cve', 'advisory'])?.trim();
          const f: Finding = {
            tool: 'safety',
            rule: id,
            ...safetySeverity(ctx, cve?.cvssv3, cve?.cvssv2, [...kat, 'cve']),
            message: vulnerabilityMessage(name, version, id, cveName),
            path: null,
            pkg: {
              name,
              ...(version ? { version } : {}),
              ...(fixedIn.length ? { fixedIn } : {}),
              ...(manifest ? { manifest } : {}),
            },
          };
          if (cveName) f.aliases = [cveName];
          if (advisory) f.detail = advisory;
          tally.findings.push(f);
        },
      );
    });
  });
}

export function fromSafetyScan(doc: unknown, file: string): FindingReport {
  const ctx: ReportContext = { file, fix: regenerateWith('safety') };
  const top = record(ctx, doc, []);
  const scan = record(ctx, top.scan_results, ['scan_results']);
  const tally: Tally = { findings: [], ignored: 0 };
  optArray(ctx, scan.files, ['scan_results', 'files']).forEach((f, i) =>
    readFile(ctx, f, ['scan_results', 'files', i], tally),
  );
  optArray(ctx, scan.projects, ['scan_results', 'projects']).forEach((p, i) => {
    const project = record(ctx, p, ['scan_results', 'projects', i]);
    optArray(ctx, project.files, ['scan_results', 'projects', i, 'files']).forEach((f, j) =>
      readFile(ctx, f, ['scan_results', 'projects', i, 'files', j], tally),
    );
  });
  const report: FindingReport = { tool: 'safety', file, findings: tally.findings };
  const meta = record(ctx, top.meta, ['meta']);
  const telemetry = isRecord(meta.telemetry) ? meta.telemetry : {};
  const version = optStr(ctx, telemetry.safety_version, ['meta', 'telemetry', 'safety_version']);
  if (version) report.version = version;
  if (tally.ignored)
    report.excluded = [{ reason: 'vulnerabilities ignored by the safety policy', count: tally.ignored }];
  return report;
}
