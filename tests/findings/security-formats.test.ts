/**
 * Security reports as findings. bandit's report is real (examples/sample-repo/reports/security,
 * scripts/fixtures/security.sh): its counts equal the totals bandit printed itself. The other
 * tools' reports are hand-written in their documented shapes (reports/security/documented-shapes,
 * see the README there), so their expected findings are spelled out here. Secrets never leave
 * the parser: the fake key in those reports appears nowhere in what is parsed.
 */
import { readFileSync } from 'node:fs';
import type { Finding, FindingReport, Severity } from '../../packages/findings/finding.js';
import {
  parseSecurityReport,
  readSecurityReport,
  type SecurityReportKind,
} from '../../packages/findings/formats/detect-security-format.js';
import { report, SAMPLE } from '../support/fixtures.js';

const security = (rel: string) => report(`security/${rel}`);
const shape = (name: string) => security(`documented-shapes/${name}`);
const FAKE_SECRET = 'AKIAFAKEFAKEFAKEFAKE';
const FAKE_PASSWORD = 'hunter2-not-a-real-password';
/** Where the fixture SARIF says the scan ran ("another machine"). */
const CHECKOUT = '/tmp/maturity-fixture-build-security/checkout';
const VAULT = 'src/components/session_vault';
const sourceLine = (file: string, line: number) =>
  readFileSync(`${SAMPLE}/${VAULT}/${file}`, 'utf8').split('\n')[line - 1]!;

function bySeverity(findings: Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
  for (const f of findings) c[f.severity!]++;
  return c;
}

/** bandit's own "Total issues (by severity)" block: `Undefined: 0.0`, `Low: 4.0`, ... */
function banditTotals(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of readFileSync(security('expected/bandit-summary.txt'), 'utf8').matchAll(/^\s*(\w+): ([\d.]+)$/gm))
    out[m[1]!.toLowerCase()] = Number(m[2]);
  return out;
}

function one(r: FindingReport, pred: (f: Finding) => boolean): Finding {
  const found = r.findings.filter(pred);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('bandit (a real report: Debian bandit 1.6.2 over session_vault)', () => {
  let r: FindingReport;
  beforeAll(async () => {
    r = await readSecurityReport(security('bandit.json'), 'bandit');
  });

  it('counts by severity equal the totals bandit printed', () => {
    const totals = banditTotals();
    expect(Object.keys(totals).sort()).toEqual(['high', 'low', 'medium', 'undefined']);
    const counted = bySeverity(r.findings);
    expect({ high: counted.high, medium: counted.medium, low: counted.low, undefined: counted.info }).toEqual(totals);
    expect(r.summary?.bySeverity).toEqual({
      high: totals.high,
      medium: totals.medium,
      low: totals.low,
      info: totals.undefined,
    });
    expect(r.findings).toHaveLength(9);
  });

  it('maps severities to levels: high errors, medium warnings, low notes', () => {
    for (const f of r.findings)
      expect(f.level).toBe({ high: 'error', medium: 'warning', low: 'note' }[f.severity as 'high' | 'medium' | 'low']);
    expect(r.summary).toMatchObject({ errors: 2, warnings: 3, notes: 4 });
  });

  it('puts findings on the exact lines (bandit 1.6 writes no columns)', () => {
    const shell = one(r, (f) => f.rule === 'B602');
    expect(shell).toMatchObject({
      tool: 'bandit',
      path: `${VAULT}/maintenance.py`,
      start: { line: 7 },
      severity: 'high',
      confidence: 'high',
      ruleName: 'subprocess_popen_with_shell_equals_true',
      message: 'subprocess call with shell=True identified, security issue.',
    });
    expect(shell.start?.column).toBeUndefined();
    expect(shell.end).toBeUndefined();
    expect(one(r, (f) => f.rule === 'B301')).toMatchObject({
      path: `${VAULT}/store.py`,
      start: { line: 22 },
      severity: 'medium',
    });
    expect(one(r, (f) => f.rule === 'B101')).toMatchObject({
      path: `${VAULT}/store.py`,
      start: { line: 28 },
      severity: 'low',
    });
    // The `# nosec` line (maintenance.py:11) is not reported; bandit counts the line it skipped.
    expect(r.findings.some((f) => f.path?.endsWith('maintenance.py') && f.start?.line === 11)).toBe(false);
    expect(r.excluded).toEqual([{ reason: expect.stringContaining('# nosec'), count: 1 }]);
  });

  it('surfaces the file bandit could not parse', () => {
    expect(r.toolErrors).toEqual([
      { path: `${VAULT}/broken_migration.py`, message: 'syntax error while parsing AST from file' },
    ]);
  });

  it('redacts the password that B107 quotes', () => {
    expect(one(r, (f) => f.rule === 'B107').message).toBe('Possible hardcoded password: (value redacted)');
    expect(JSON.stringify(r)).not.toContain(FAKE_PASSWORD);
  });

  it('reads the fields newer bandit adds: 0-based columns become 1-based, CWE', () => {
    const doc = JSON.parse(readFileSync(security('bandit.json'), 'utf8'));
    const shell = doc.results.find((x: { test_id: string }) => x.test_id === 'B602');
    Object.assign(shell, {
      col_offset: 11,
      end_col_offset: 72,
      issue_cwe: { id: 78, link: 'https://cwe.mitre.org/data/definitions/78.html' },
    });
    const newer = parseSecurityReport(JSON.stringify(doc), 'bandit-1.8.json', 'bandit');
    const line = sourceLine('maintenance.py', 7);
    const f = one(newer, (x) => x.rule === 'B602');
    expect(f).toMatchObject({ start: { line: 7, column: 12 }, end: { line: 7, column: 73 }, cwe: ['CWE-78'] });
    expect(line.slice(f.start!.column! - 1, f.end!.column! - 1)).toBe(
      'subprocess.call("rm -f /tmp/sessions/" + pattern, shell=True)',
    );
  });
});

describe('pip-audit (documented shapes)', () => {
  it('reads 2.x: one finding per vulnerability, severity assumed and flagged', async () => {
    const r = await readSecurityReport(shape('pip-audit.json'), 'pip-audit');
    expect(r.tool).toBe('pip-audit');
    expect(r.findings.map((f) => [f.pkg?.name, f.pkg?.version, f.rule])).toEqual([
      ['pyyaml', '5.3.1', 'PYSEC-2021-142'],
      ['requests', '2.25.1', 'PYSEC-2023-74'],
      ['requests', '2.25.1', 'GHSA-9wx4-h78v-vm56'],
    ]);
    for (const f of r.findings)
      expect(f).toMatchObject({ path: null, severity: 'high', severityAssumed: true, level: 'error' });
    expect(r.findings[0]).toMatchObject({
      message: 'pyyaml 5.3.1 has a known vulnerability: PYSEC-2021-142',
      pkg: { fixedIn: ['5.4'] },
      aliases: ['CVE-2020-14343', 'GHSA-8q59-q68h-6hv4'],
      detail: expect.stringContaining('FullLoader'),
      url: 'https://osv.dev/vulnerability/PYSEC-2021-142',
    });
  });

  it('surfaces a dependency pip-audit could not audit', async () => {
    const r = await readSecurityReport(shape('pip-audit.json'), 'pip-audit');
    expect(r.toolErrors).toEqual([
      { message: expect.stringMatching(/did not audit session-vault: Dependency not found on PyPI/) },
    ]);
  });

  it('reads the pre-2.0 bare array', async () => {
    const r = await readSecurityReport(shape('pip-audit-legacy.json'), 'pip-audit');
    expect(r.findings.map((f) => `${f.pkg?.name}==${f.pkg?.version} ${f.rule} fixed in ${f.pkg?.fixedIn}`)).toEqual([
      'pyyaml==5.3.1 PYSEC-2021-142 fixed in 5.4',
      'requests==2.25.1 PYSEC-2023-74 fixed in 2.31.0',
    ]);
    expect(r.findings.every((f) => f.severityAssumed)).toBe(true);
  });
});

describe('safety (documented shapes)', () => {
  it('reads safety 2 `check --json`: severity from CVSS v3, else assumed', async () => {
    const r = await readSecurityReport(shape('safety-check-v2.json'), 'safety');
    expect(r.version).toBe('2.3.5');
    expect(r.findings.map((f) => [f.pkg?.name, f.rule, f.severity, f.score, f.severityAssumed ?? false])).toEqual([
      ['pyyaml', '39611', 'critical', 9.8, false],
      ['requests', '58755', 'medium', 6.1, false],
      ['requests', '71064', 'high', undefined, true],
    ]);
    expect(r.findings[0]).toMatchObject({
      aliases: ['CVE-2020-14343'],
      pkg: { version: '5.3.1', fixedIn: ['5.4'] },
      url: 'https://pyup.io/v/39611/f17',
      path: null,
    });
    expect(r.findings[2]!.pkg).toEqual({ name: 'requests', version: '2.25.1' }); // fixed_versions [""] is no fix
    expect(r.excluded).toEqual([{ reason: 'vulnerabilities ignored by the safety policy', count: 1 }]);
  });

  it('reads safety 1 lists of lists', async () => {
    const r = await readSecurityReport(shape('safety-check-v1.json'), 'safety');
    expect(
      r.findings.map((f) => [f.pkg?.name, f.pkg?.version, f.rule, f.severity, f.severityAssumed ?? false]),
    ).toEqual([
      ['pyyaml', '5.3.1', '39611', 'high', true],
      ['requests', '2.25.1', '58755', 'medium', false],
    ]);
  });

  it('reads safety 3 `scan --output json`: manifest, pinned version, remediation, ignored', async () => {
    const r = await readSecurityReport(shape('safety-scan-v3.json'), 'safety');
    expect(r.version).toBe('3.2.14');
    expect(
      r.findings.map((f) => [f.pkg?.name, f.pkg?.version, f.rule, f.severity, f.severityAssumed ?? false]),
    ).toEqual([
      ['pyyaml', '5.3.1', '39611', 'critical', false],
      ['requests', '2.25.1', '58755', 'medium', false],
      ['requests', '2.25.1', '71064', 'high', true],
    ]);
    expect(r.findings[0]!.pkg).toEqual({
      name: 'pyyaml',
      version: '5.3.1',
      fixedIn: ['6.0.1', '5.4.1'],
      manifest: `${VAULT}/requirements.txt`,
    });
    expect(r.findings[0]!.aliases).toEqual(['CVE-2020-14343']);
    expect(r.excluded).toEqual([{ reason: 'vulnerabilities ignored by the safety policy', count: 1 }]);
  });
});

describe('secrets (documented shapes): found, placed, never carried', () => {
  it('detect-secrets: keeps the hash, drops audited false positives but counts them', async () => {
    const r = await readSecurityReport(shape('detect-secrets-baseline.json'), 'secrets');
    expect(r).toMatchObject({ tool: 'detect-secrets', version: '1.4.0' });
    expect(r.findings).toEqual([
      {
        tool: 'detect-secrets',
        rule: 'AWS Access Key',
        level: 'error',
        severity: 'high',
        severityAssumed: true,
        message: 'Possible secret (AWS Access Key) committed to the repository',
        path: `${VAULT}/test_settings.ini`,
        start: { line: 6 },
        secret: { hash: '43ac72f576d973b3a7311a3a349e6e96811692ad', verified: false },
      },
    ]);
    expect(r.excluded).toEqual([{ reason: 'audited as not a secret (`is_secret: false`)', count: 2 }]);
  });

  it('gitleaks: places the finding and keeps its fingerprint and commit', async () => {
    const r = await readSecurityReport(shape('gitleaks.json'), 'secrets');
    expect(r.tool).toBe('gitleaks');
    expect(r.findings).toHaveLength(2);
    const [current, history] = r.findings;
    expect(current).toMatchObject({
      rule: 'aws-access-token',
      path: `${VAULT}/test_settings.ini`,
      start: { line: 6, column: 17 },
      end: { line: 6, column: 37 },
      severity: 'high',
      severityAssumed: true,
      secret: { toolFingerprint: `${VAULT}/test_settings.ini:aws-access-token:6` },
    });
    const line = sourceLine('test_settings.ini', 6);
    expect(line.slice(current!.start!.column! - 1, current!.end!.column! - 1)).toBe(FAKE_SECRET); // placed exactly, then dropped
    expect(history!.secret).toEqual({
      commit: '1f2e3d4c5b6a79881f2e3d4c5b6a79881f2e3d4c',
      toolFingerprint: `1f2e3d4c5b6a79881f2e3d4c5b6a79881f2e3d4c:${VAULT}/old_settings.py:aws-access-token:3`,
    });
    expect(current!.message).toMatch(/may indicate AWS credentials.*\(the secret is not shown\)$/);
    expect(JSON.stringify(r)).not.toMatch(/Fixture Author|fixture@example|add settings/); // who committed it stays in git
  });

  it.each([
    ['gitleaks.json', 'secrets'],
    ['detect-secrets-baseline.json', 'secrets'],
    ['example-scanner.sarif', 'sarif'],
  ] as const)('%s: the fake secret appears nowhere in the parsed report', async (name, kind) => {
    const raw = readFileSync(shape(name), 'utf8');
    expect(raw).toContain(name === 'detect-secrets-baseline.json' ? '43ac72f5' : FAKE_SECRET); // the fixture does hold it
    const text = JSON.stringify(await readSecurityReport(shape(name), kind));
    expect(text).not.toContain(FAKE_SECRET);
    expect(text).not.toContain('AKIAFAKE');
    expect(text).not.toContain('FAKEFAKEFAKE');
  });

  it('gitleaks: a secret that leaks into a kept field (description, file) is scrubbed', () => {
    const doc = [
      {
        RuleID: 'generic-api-key',
        Description: `key ${FAKE_SECRET} found`,
        File: `leak-${FAKE_SECRET}.txt`,
        StartLine: 1,
        Secret: FAKE_SECRET,
        Match: `token=${FAKE_SECRET}`,
      },
    ];
    const text = JSON.stringify(parseSecurityReport(JSON.stringify(doc), 'g.json', 'secrets'));
    expect(text).not.toContain(FAKE_SECRET);
    expect(text).toContain('key [REDACTED] found');
  });
});

describe('SARIF input (documented shape)', () => {
  let r: FindingReport;
  beforeAll(async () => {
    r = await readSecurityReport(shape('example-scanner.sarif'), 'sarif');
  });

  it('reads rules, levels, messages and places', () => {
    expect(r).toMatchObject({ tool: 'example-scanner', version: '1.4.0' });
    expect(r.findings.map((f) => [f.rule, f.level, f.severity, f.path, f.start?.line])).toEqual([
      ['PY-SHELL-001', 'error', 'critical', `${CHECKOUT}/${VAULT}/maintenance.py`, 7],
      ['PY-TLS-002', 'error', 'high', `${CHECKOUT}/${VAULT}/remote_config.py`, 8],
      ['PY-STYLE-003', 'note', undefined, `${CHECKOUT}/${VAULT}/store.py`, 4],
      ['SECRET-AWS', 'error', 'high', `${CHECKOUT}/${VAULT}/test_settings.ini`, 6],
    ]);
    const [shell, tls] = r.findings;
    expect(shell).toMatchObject({
      message: "'pattern' reaches a shell command in purge()",
      start: { line: 7, column: 12 },
      end: { line: 7, column: 73 },
      score: 9.8,
      cwe: ['CWE-78'],
      ruleName: 'ShellInjection',
      url: 'https://example.invalid/rules/PY-SHELL-001',
      partialFingerprints: { primaryLocationLineHash: '5f1c7a0e2b9d4c38:1' },
    });
    expect(tls).toMatchObject({
      start: { line: 8, column: 16 },
      end: { line: 8, column: 47 },
      score: 7.4,
      cwe: ['CWE-295'],
    });
  });

  it('counts results that are not problems or are suppressed, and surfaces error notifications', () => {
    expect(r.excluded).toEqual([
      { reason: expect.stringContaining('not problems'), count: 1 },
      { reason: expect.stringContaining('suppressed'), count: 1 },
    ]);
    expect(r.toolErrors).toEqual([{ message: `example-scanner: could not parse ${VAULT}/broken_migration.py` }]);
  });
});

describe('the format is recognised from the content', () => {
  it.each([
    ['../bandit.json', 'bandit'],
    ['pip-audit.json', 'pip-audit'],
    ['pip-audit-legacy.json', 'pip-audit'],
    ['safety-check-v2.json', 'safety'],
    ['safety-check-v1.json', 'safety'],
    ['safety-scan-v3.json', 'safety'],
    ['detect-secrets-baseline.json', 'detect-secrets'],
    ['gitleaks.json', 'gitleaks'],
    ['example-scanner.sarif', 'example-scanner'],
  ])('%s is %s', (name, tool) => {
    const r = parseSecurityReport(readFileSync(shape(name), 'utf8'), name);
    expect(r.tool).toBe(tool);
    expect(r.file).toBe(name);
  });

  it('reads an empty gitleaks report ([]) as no findings when secrets are expected', () => {
    expect(parseSecurityReport('[]\n', 'gitleaks.json', 'secrets' satisfies SecurityReportKind)).toEqual({
      tool: 'gitleaks',
      file: 'gitleaks.json',
      findings: [],
    });
  });
});
