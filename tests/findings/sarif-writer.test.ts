/**
 * The SARIF writer: its output validates against the SARIF 2.1.0 JSON schema (the copy in
 * tests/fixtures/sarif/), keeps the findings' fingerprints as
 * stable partialFingerprints, places dependency findings at their manifest, and stays within
 * GitHub's limits (25,000 results per run, 10 MB gzipped) by keeping the worst findings.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../../packages/findings/finding.js';
import { fingerprintFindings } from '../../packages/findings/fingerprint.js';
import { parseSecurityReport, readSecurityReport } from '../../packages/findings/formats/detect-security-format.js';
import {
  FINGERPRINT_KEY,
  gzippedSize,
  toSarif,
  type SarifWriterOptions,
} from '../../packages/findings/sarif/write-sarif.js';
import type { SarifLog } from '../../packages/findings/sarif/sarif-types.js';
import { report, SAMPLE } from '../support/fixtures.js';
import { sarifSchemaErrors } from '../support/sarif-schema.js';

function expectSchemaValid(log: SarifLog): void {
  expect(sarifSchemaErrors(log)).toEqual([]);
}

const VAULT = 'src/components/session_vault';
const CHECKOUT = '/tmp/maturity-fixture-build-security/checkout/';
const shape = (name: string) => report(`security/documented-shapes/${name}`);
const sourceLines = (path: string) => readFileSync(join(SAMPLE, path), 'utf8').split('\n');
const lineText = (path: string, line: number) => {
  try {
    return sourceLines(path)[line - 1];
  } catch {
    return undefined;
  }
};
const requirements = sourceLines(`${VAULT}/requirements.txt`);
const OPTIONS: SarifWriterOptions = {
  toolName: 'maturity-actions security-gate',
  toolVersion: '0.1.0',
  informationUri: 'https://github.com/example/maturity-actions',
  packageManifest: {
    path: `${VAULT}/requirements.txt`,
    lineOf: (name) =>
      requirements.findIndex((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}==`)) + 1 || undefined,
  },
};

/** Findings from every kind of report, with repository paths and fingerprints, as a gate would have them. */
async function gateFindings(): Promise<Finding[]> {
  const reports = await Promise.all([
    readSecurityReport(report('security/bandit.json'), 'bandit'),
    readSecurityReport(shape('pip-audit.json'), 'pip-audit'),
    readSecurityReport(shape('safety-scan-v3.json'), 'safety'),
    readSecurityReport(shape('gitleaks.json'), 'secrets'),
    readSecurityReport(shape('example-scanner.sarif'), 'sarif'),
  ]);
  const findings = reports
    .flatMap((r) => r.findings)
    .map((f) => (f.path?.startsWith(CHECKOUT) ? { ...f, path: f.path.slice(CHECKOUT.length) } : f));
  return fingerprintFindings(findings, lineText);
}

function synthetic(n: number, severity: Finding['severity'], from = 0): Finding[] {
  return Array.from({ length: n }, (_, i) => ({
    tool: 'bandit',
    rule: `B${100 + ((from + i) % 50)}`,
    level: severity === 'critical' || severity === 'high' ? 'error' : 'note',
    severity,
    message: `finding ${from + i}`,
    path: `src/file${(from + i) % 400}.py`,
    start: { line: 1 + ((from + i) % 300) },
    fingerprint: (from + i).toString(16).padStart(16, '0'),
  }));
}

describe('toSarif', () => {
  let findings: Finding[];
  let log: SarifLog;
  beforeAll(async () => {
    findings = await gateFindings();
    log = toSarif(findings, OPTIONS);
  });

  it('is valid SARIF 2.1.0', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0].results).toHaveLength(findings.length);
    expectSchemaValid(log);
  });

  it('deduplicates rules, tags them security with CWE, and gives each a security-severity', () => {
    const { rules, results } = { rules: log.runs[0].tool.driver.rules, results: log.runs[0].results };
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const r of results) expect(rules[r.ruleIndex]!.id).toBe(r.ruleId);
    expect(rules.find((r) => r.id === 'bandit/B602')).toMatchObject({
      name: 'subprocess_popen_with_shell_equals_true',
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['security'], 'security-severity': '8.0', precision: 'high' },
    });
    expect(rules.find((r) => r.id === 'example-scanner/PY-SHELL-001')!.properties).toEqual({
      tags: ['security', 'external/cwe/cwe-078'],
      'security-severity': '9.8',
    });
    expect(rules.find((r) => r.id === 'safety/39611')!.properties['security-severity']).toBe('9.8');
    expect(rules.find((r) => r.id === 'pip-audit/PYSEC-2021-142')!.properties['security-severity']).toBe('8.0'); // assumed high
    expect(rules.find((r) => r.id === 'example-scanner/PY-STYLE-003')!.properties['security-severity']).toBeUndefined();
    expect(results.filter((r) => r.ruleId === 'pip-audit/PYSEC-2021-142')[0]!.properties).toMatchObject({
      severity: 'high',
      severityAssumed: true,
      package: 'pyyaml==5.3.1',
    });
  });

  it('places results at repository paths under %SRCROOT%, with regions', () => {
    const shell = log.runs[0].results.find((r) => r.ruleId === 'example-scanner/PY-SHELL-001')!;
    expect(shell.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: `${VAULT}/maintenance.py`, uriBaseId: '%SRCROOT%' },
          region: { startLine: 7, startColumn: 12, endLine: 7, endColumn: 73 },
        },
      },
    ]);
    const b602 = log.runs[0].results.find((r) => r.ruleId === 'bandit/B602')!;
    expect(b602.locations[0]!.physicalLocation.region).toEqual({ startLine: 7 });
  });

  it('places dependency findings at their manifest: the line that pins the package', () => {
    const at = (ruleId: string) => log.runs[0].results.find((r) => r.ruleId === ruleId)!.locations[0]!.physicalLocation;
    expect(requirements[1]).toBe('PyYAML==5.3.1');
    expect(at('pip-audit/PYSEC-2021-142')).toEqual({
      artifactLocation: { uri: `${VAULT}/requirements.txt`, uriBaseId: '%SRCROOT%' },
      region: { startLine: 2 },
    });
    expect(at('pip-audit/PYSEC-2023-74').region).toEqual({ startLine: 3 });
    // safety scan names its manifest itself
    expect(at('safety/58755').artifactLocation.uri).toBe(`${VAULT}/requirements.txt`);
    expect(log.runs[0].results.find((r) => r.ruleId === 'pip-audit/PYSEC-2023-74')!.message.text).toBe(
      'requests 2.25.1 has a known vulnerability: PYSEC-2023-74. Fixed in 2.31.0.',
    );
  });

  it('refuses a dependency finding it cannot place', () => {
    const pkg = findings.find((f) => f.tool === 'pip-audit')!;
    expect(() => toSarif([pkg], { toolName: 'x' })).toThrow(/no file and no manifest/);
  });

  it('carries the fingerprints as partialFingerprints, stable across runs and line shifts', async () => {
    for (const [f, r] of findings.map((f, i) => [f, log.runs[0].results[i]!] as const)) {
      expect(f.fingerprint).toMatch(/^[0-9a-f]{16}$/);
      expect(r.partialFingerprints?.[FINGERPRINT_KEY]).toBe(f.fingerprint);
    }
    expect(JSON.stringify(toSarif(await gateFindings(), OPTIONS))).toBe(JSON.stringify(log));
    // Three lines inserted at the top of every file: positions move, fingerprints do not.
    const shifted = fingerprintFindings(
      (await gateFindings()).map(({ fingerprint: _, ...f }) =>
        f.start ? { ...f, start: { ...f.start, line: f.start.line + 3 } } : f,
      ),
      (path, line) => (line <= 3 ? '' : lineText(path, line - 3)),
    );
    const again = toSarif(shifted, OPTIONS).runs[0].results;
    expect(again.map((r) => r.partialFingerprints?.[FINGERPRINT_KEY])).toEqual(
      log.runs[0].results.map((r) => r.partialFingerprints?.[FINGERPRINT_KEY]),
    );
    expect(again.find((r) => r.ruleId === 'bandit/B602')!.locations[0]!.physicalLocation.region.startLine).toBe(10);
  });

  it('keeps partialFingerprints a SARIF input had', () => {
    const shell = log.runs[0].results.find((r) => r.ruleId === 'example-scanner/PY-SHELL-001')!;
    expect(shell.partialFingerprints).toMatchObject({ primaryLocationLineHash: '5f1c7a0e2b9d4c38:1' });
  });

  it('reads back through the SARIF parser', () => {
    const back = parseSecurityReport(JSON.stringify(log), 'gate.sarif', 'sarif');
    expect(back.tool).toBe(OPTIONS.toolName);
    expect(
      back.findings.map((f) => [
        f.rule,
        f.level,
        f.severity,
        f.path,
        f.start?.line,
        f.partialFingerprints?.[FINGERPRINT_KEY],
      ]),
    ).toEqual(
      findings.map((f) => [
        `${f.tool}/${f.rule}`,
        f.level,
        f.severity,
        f.path ?? `${VAULT}/requirements.txt`,
        expect.any(Number),
        f.fingerprint,
      ]),
    );
  });

  it('never writes a secret: gitleaks findings go out as they came in, redacted', () => {
    expect(JSON.stringify(log)).not.toContain('AKIAFAKE');
  });
});

describe('toSarif within GitHub limits', () => {
  it('keeps at most 25,000 results, the most severe, and says so', () => {
    const many = [...synthetic(25_000, 'low'), ...synthetic(5, 'critical', 25_000)];
    const log = toSarif(many, { toolName: 'x' });
    const run = log.runs[0];
    expect(run.results).toHaveLength(25_000);
    expect(run.results.filter((r) => r.properties?.severity === 'critical')).toHaveLength(5);
    expect(run.results.at(-1)!.message.text).toBe('finding 25004'); // original order kept
    expect(run.invocations![0]!.toolExecutionNotifications[0]!.message.text).toMatch(
      /25005 findings, more than the 25000 results .* 5 are left out/,
    );
    expect(run.properties).toEqual({
      'maturityActions/truncated': { findings: 25_005, results: 25_000, reasons: [expect.any(String)] },
    });
    expectSchemaValid(log);
  });

  it('trims to the gzipped size limit, keeping the worst', () => {
    // Messages that do not compress well, so the size depends on the number of results.
    const noisy = synthetic(300, 'medium').map((f, i) => ({
      ...f,
      message: `${f.message} ${(i * 2654435761).toString(36).repeat(8)}`,
    }));
    noisy[299] = { ...noisy[299]!, severity: 'critical', level: 'error' };
    const limit = 6_000;
    expect(gzippedSize(toSarif(noisy, { toolName: 'x', maxGzipBytes: 1e9 }))).toBeGreaterThan(limit);
    const log = toSarif(noisy, { toolName: 'x', maxGzipBytes: limit });
    expect(gzippedSize(log)).toBeLessThanOrEqual(limit);
    expect(log.runs[0].results.length).toBeGreaterThan(0);
    expect(log.runs[0].results.length).toBeLessThan(300);
    expect(log.runs[0].results.some((r) => r.properties?.severity === 'critical')).toBe(true);
    expect(log.runs[0].invocations![0]!.toolExecutionNotifications.at(-1)!.message.text).toMatch(
      /exceed 6000 bytes gzipped/,
    );
    expectSchemaValid(log);
  });

  it('caps long messages and encodes paths as URIs', () => {
    const f: Finding = {
      tool: 't',
      rule: 'R1',
      level: 'warning',
      message: 'x'.repeat(10_000),
      path: 'docs/a file#1.md',
      start: { line: 2, column: 5 },
      end: { line: 2, column: 3 },
    };
    const abs: Finding = { ...f, message: 'absolute', path: '/tmp/other machine/a.py' };
    const log = toSarif([f, abs], { toolName: 'x', maxMessageLength: 100 });
    const [first, second] = log.runs[0].results;
    expect(first!.message.text).toHaveLength(100);
    expect(first!.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'docs/a%20file%231.md', uriBaseId: '%SRCROOT%' },
      region: { startLine: 2, startColumn: 5, endLine: 2 },
    });
    expect(second!.locations[0]!.physicalLocation.artifactLocation).toEqual({
      uri: 'file:///tmp/other%20machine/a.py',
    });
    expectSchemaValid(log);
  });
});
