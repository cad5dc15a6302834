/**
 * Security reports that cannot be read: empty, binary, truncated, malformed, of another kind
 * than the input expects, or of the right kind with a wrong shape. Each is a ReportError that
 * names the file (and the line, column and element where one applies) and the command that
 * makes the right report; none echoes the report's content.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError, ReportError } from '../../packages/core/errors.js';
import {
  parseSecurityReport,
  readSecurityReport,
  type SecurityReportKind,
} from '../../packages/findings/formats/detect-security-format.js';
import { report } from '../support/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'bad-security-reports-'));
let n = 0;
function file(content: string | Buffer, name = `r${n++}.json`): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}
const fixture = (rel: string) => readFileSync(report(`security/${rel}`), 'utf8');
const bandit = fixture('bandit.json');
const pipAudit = fixture('documented-shapes/pip-audit.json');
const gitleaks = fixture('documented-shapes/gitleaks.json');
const sarif = fixture('documented-shapes/example-scanner.sarif');
const FAKE_SECRET = 'AKIAFAKEFAKEFAKEFAKE';

async function failure(path: string, expected?: SecurityReportKind): Promise<ConfigurationError> {
  try {
    await readSecurityReport(path, expected);
  } catch (e) {
    if (e instanceof ConfigurationError) return e;
    throw e;
  }
  throw new Error('expected a ConfigurationError');
}

describe('unreadable security reports', () => {
  it.each([
    ['an empty file', '', 'bandit', /empty \(0 bytes\).*bandit -r/],
    ['only white space', ' \n\t\n', 'pip-audit', /empty \(only white space\).*pip-audit -r requirements.txt -f json/],
    ['a binary file', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08]), 'bandit', /binary file/],
    ['a gzip file', Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00]), 'sarif', /gzip-compressed.*Decompress/],
    [
      'UTF-16 text (PowerShell >)',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('[]', 'utf16le')]),
      'secrets',
      /UTF-16.*UTF-8/,
    ],
    ['invalid UTF-8', Buffer.from([0x7b, 0xc3, 0x28, 0x7d]), 'bandit', /not UTF-8 text/],
    ['truncated bandit JSON', bandit.slice(0, bandit.length / 2), 'bandit', /ends early \(truncated\).*bandit -r/],
    ['malformed JSON', '{"results": [,]}', 'bandit', /malformed/],
    ['not JSON at all', `AWS_KEY=${FAKE_SECRET}\n`, 'secrets', /malformed/],
  ] as const)('%s', async (_what, content, expected, message) => {
    const path = file(content);
    const e = await failure(path, expected);
    expect(e).toBeInstanceOf(ReportError);
    expect(e.describe()).toMatch(message);
    expect(e.place.file).toBe(path);
    expect(e.describe()).not.toContain(FAKE_SECRET);
  });

  it('gives the line and column of a JSON syntax error', async () => {
    const e = await failure(file('{\n  "results": [\n    {"test_id": "B101",,}\n  ]\n}\n'), 'bandit');
    expect(e.place).toMatchObject({ line: 3, column: 24 });
  });

  it('names a missing file, and the command that writes it', async () => {
    const e = await failure(join(dir, 'nope', 'bandit.json'), 'bandit');
    expect(e).not.toBeInstanceOf(ReportError);
    expect(e.describe()).toMatch(
      /nope\/bandit\.json: the report file does not exist\. .*bandit -r <source dir> -f json/,
    );
  });

  it('refuses a directory', async () => {
    expect((await failure(dir, 'sarif')).describe()).toMatch(/is a directory/);
  });
});

describe('a report of another kind than the input expects', () => {
  it.each([
    [
      'pip-audit report as the bandit report',
      pipAudit,
      'bandit',
      /pip-audit's JSON report, not bandit's JSON report\. Pass it where pip-audit reports are expected, and for bandit's JSON report run `bandit -r <source dir> -f json -o bandit\.json`/,
    ],
    [
      'bandit report as the secrets report',
      bandit,
      'secrets',
      /bandit's JSON report, not a detect-secrets or gitleaks JSON report.*detect-secrets scan/,
    ],
    [
      'SARIF as the bandit report',
      sarif,
      'bandit',
      /a SARIF log, not bandit's JSON report\. Pass it where sarif reports are expected/,
    ],
    [
      'gitleaks report as the pip-audit report',
      gitleaks,
      'pip-audit',
      /gitleaks' JSON report, not pip-audit's JSON report/,
    ],
    ['bandit report as SARIF', bandit, 'sarif', /bandit's JSON report, not a SARIF 2\.1\.0 log/],
    [
      'a coverage.py report',
      '{"meta": {"version": "6.5.0"}, "files": {}, "totals": {}}',
      'bandit',
      /a coverage\.py JSON report, not bandit's JSON report/,
    ],
    [
      'an ESLint report',
      '[{"filePath": "/x/a.js", "messages": []}]',
      'sarif',
      /an ESLint JSON report, not a SARIF 2\.1\.0 log/,
    ],
    ['a CycloneDX SBOM', '{"bomFormat": "CycloneDX", "specVersion": "1.4"}', 'pip-audit', /CycloneDX SBOM .*-f json/],
    ['an empty array as the bandit report', '[]', 'bandit', /empty JSON array, not bandit's JSON report/],
    [
      'some other object',
      '{"hello": "world"}',
      'safety',
      /a JSON object with keys "hello", not safety's JSON report.*safety check --json/,
    ],
  ] as const)('%s', (_what, text, expected, message) => {
    let caught: unknown;
    try {
      parseSecurityReport(text, 'report.json', expected);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ReportError);
    expect((caught as ReportError).place.file).toBe('report.json');
    expect((caught as ReportError).describe()).toMatch(message);
  });

  it('without an expected kind, an empty array is ambiguous and says so', () => {
    expect(() => parseSecurityReport('[]', 'x.json')).toThrow(/gitleaks, pip-audit before 2\.0 and safety 1/);
  });

  it('an empty array is a clean report for the tools that write one', () => {
    expect(parseSecurityReport('[]', 'p.json', 'pip-audit')).toMatchObject({ tool: 'pip-audit', findings: [] });
    expect(parseSecurityReport('[]', 's.json', 'safety')).toMatchObject({ tool: 'safety', findings: [] });
  });
});

describe('the right kind with a wrong shape: the element, its line and column', () => {
  function shapeError(text: string, expected: SecurityReportKind): ReportError {
    try {
      parseSecurityReport(text, 'r.json', expected);
    } catch (e) {
      if (e instanceof ReportError) return e;
      throw e;
    }
    throw new Error('expected a ReportError');
  }

  it('a bandit line number that is not a number', () => {
    const broken = bandit.replace('"line_number": 7,', '"line_number": "seven",');
    const e = shapeError(broken, 'bandit');
    expect(e.place.at).toBe('results[1].line_number');
    expect(e.message).toBe('line_number must be a whole number ≥ 1, not a string');
    const lines = broken.split('\n');
    expect(lines[e.place.line! - 1]!.slice(e.place.column! - 1)).toBe('"seven",');
    expect(e.describe()).toMatch(/bandit -r <source dir> -f json/);
  });

  it('a bandit severity bandit does not have', () => {
    expect(
      shapeError(bandit.replace('"issue_severity": "HIGH"', '"issue_severity": "SEVERE"'), 'bandit').place.at,
    ).toMatch(/^results\[\d\]\.issue_severity$/);
  });

  it('a missing field points at the object that lacks it', () => {
    const e = shapeError(
      '{"dependencies": [{"name": "x", "version": "1", "vulns": []},\n {"name": "y", "version": "1", "vulns": [{"fix_versions": []}]}], "fixes": []}',
      'pip-audit',
    );
    expect(e.place).toMatchObject({ at: 'dependencies[1].vulns[0].id', line: 2 });
    expect(e.message).toBe('id must be a non-empty string, not missing');
  });

  it('detect-secrets results keyed by file name are quoted in the path', () => {
    const e = shapeError('{"version": "1.4.0", "results": {"src/a.py": {"type": "x"}}}', 'secrets');
    expect(e.place.at).toBe('results["src/a.py"]');
  });

  it('a gitleaks shape error never echoes the secret', () => {
    const doc = JSON.parse(gitleaks);
    doc[0].StartLine = FAKE_SECRET;
    const e = shapeError(JSON.stringify(doc), 'secrets');
    expect(e.place.at).toBe('[0].StartLine');
    expect(e.describe()).not.toContain(FAKE_SECRET);
  });

  it('SARIF other than 2.1.0', () => {
    const e = shapeError('{"version": "1.0.0", "runs": []}', 'sarif');
    expect(e.describe()).toMatch(/version: version must be "2\.1\.0" \(only SARIF 2\.1\.0 is read\), not "1\.0\.0"/);
  });

  it('a SARIF result without a message', () => {
    const doc = JSON.parse(sarif);
    delete doc.runs[0].results[1].message;
    expect(shapeError(JSON.stringify(doc), 'sarif').place.at).toBe('runs[0].results[1].message');
  });
});
