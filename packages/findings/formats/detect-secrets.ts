/**
 * detect-secrets `scan` output (the same JSON as a `.secrets.baseline`) as findings.
 *
 * Shape, from Yelp/detect-secrets (its own .secrets.baseline, version 1.4.0, and
 * detect_secrets/core/potential_secret.py): `{version, plugins_used, filters_used,
 * results: {"<path>": [{type, filename, hashed_secret, is_verified, line_number?, is_secret?}]},
 * generated_at}`. `hashed_secret` is the SHA-1 of the secret; detect-secrets never writes the
 * secret itself, and neither does this parser: a finding carries the hash (`secret.hash`), the
 * plugin's type as rule and message, and the place. `line_number` is absent when the baseline
 * was made without line numbers.
 *
 * Entries audited as false positives (`is_secret: false`, set by `detect-secrets audit`) are
 * left out and counted under `excluded`. The report has no severity: a possible committed
 * credential is `high`, `severityAssumed` (./security-severity.ts).
 */
import type { Finding, FindingReport } from '../finding.js';
import { regenerateWith } from './security-report-commands.js';
import {
  array,
  isRecord,
  optBool,
  optInt,
  optStr,
  record,
  str,
  type JsonPath,
  type ReportContext,
} from './security-report-fields.js';
import { assumedSeverity } from './security-severity.js';

export function isDetectSecretsReport(doc: unknown): boolean {
  return isRecord(doc) && isRecord(doc.results) && ('plugins_used' in doc || 'version' in doc || 'generated_at' in doc);
}

export function fromDetectSecrets(doc: unknown, file: string): FindingReport {
  const ctx: ReportContext = { file, fix: regenerateWith('secrets') };
  const top = record(ctx, doc, []);
  const results = record(ctx, top.results, ['results']);
  const findings: Finding[] = [];
  let falsePositives = 0;
  for (const [key, entries] of Object.entries(results)) {
    array(ctx, entries, ['results', key]).forEach((e, i) => {
      const at: JsonPath = ['results', key, i];
      const entry = record(ctx, e, at);
      const type = str(ctx, entry.type, [...at, 'type']);
      const hash = str(ctx, entry.hashed_secret, [...at, 'hashed_secret']);
      const isSecret = optBool(ctx, entry.is_secret, [...at, 'is_secret']);
      if (isSecret === false) {
        falsePositives++;
        return;
      }
      const verified = optBool(ctx, entry.is_verified, [...at, 'is_verified']);
      const line = optInt(ctx, entry.line_number, [...at, 'line_number'], 1);
      const f: Finding = {
        tool: 'detect-secrets',
        rule: type,
        ...assumedSeverity(),
        message: `Possible secret (${type}) committed to the repository${verified ? '; detect-secrets verified that it works' : ''}`,
        path: optStr(ctx, entry.filename, [...at, 'filename']) ?? key,
        secret: verified === undefined ? { hash } : { hash, verified },
      };
      if (line) f.start = { line };
      findings.push(f);
    });
  }
  const report: FindingReport = { tool: 'detect-secrets', file, findings };
  const version = optStr(ctx, top.version, ['version']);
  if (version) report.version = version;
  if (falsePositives)
    report.excluded = [{ reason: 'audited as not a secret (`is_secret: false`)', count: falsePositives }];
  return report;
}
