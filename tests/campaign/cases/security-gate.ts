/** security-gate's cases: bandit, pip-audit, SARIF, the register, sarif-output and history paths, hostile names. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE } from '../../support/fixtures.js';
import { DIR, HOSTILE, type CampaignCase } from '../harness.js';
import { commonCases, CONFIG, deepJson, reportCases, yamlAliasBomb } from './common.js';

const read = (rel: string) => readFileSync(join(SAMPLE, rel), 'utf8');
const BANDIT = read('reports/security/bandit.json');
const PIP_AUDIT = read('reports/security/documented-shapes/pip-audit.json');
const SARIF = read('reports/security/documented-shapes/example-scanner.sarif');
const REGISTER = read('SECURITY_FINDINGS_ACCEPTED_RISKS.md');

const base = { component: 'session-vault', 'bandit-report': 'reports/security/bandit.json', enforce: 'false' };
/** The sample's bandit report without its parse error (an error is never a pass, enforced or not). */
const CLEAN_BANDIT = JSON.stringify({ ...(JSON.parse(BANDIT) as object), errors: [] });

function banditWith(patch: Record<string, unknown>): string {
  const doc = JSON.parse(BANDIT) as { results: Record<string, unknown>[] };
  return JSON.stringify({ ...doc, errors: [], results: [{ ...doc.results[0], ...patch }, ...doc.results] });
}
/** The pip-audit report with one more vulnerable package named `name` (without the sample's unaudited one, an error whatever the name). */
function pipAuditWith(name: string): string {
  const doc = JSON.parse(PIP_AUDIT) as { dependencies: Record<string, unknown>[] };
  const audited = doc.dependencies.filter((d) => d.skip_reason === undefined);
  return JSON.stringify({ ...doc, dependencies: [{ ...audited[0], name }, ...audited] });
}

const injections: CampaignCase[] = Object.entries(HOSTILE).flatMap(([name, text]): CampaignCase[] => [
  {
    id: `bandit-test-id-${name}`,
    kind: 'injection',
    files: { 'reports/b.json': banditWith({ test_id: text, test_name: text }) },
    inputs: { ...base, 'bandit-report': 'reports/b.json' },
    expect: 'pass',
  },
  {
    id: `bandit-filename-${name}`,
    kind: 'injection',
    files: { 'reports/b.json': banditWith({ filename: `src/components/session_vault/${text}.py` }) },
    inputs: { ...base, 'bandit-report': 'reports/b.json' },
    expect: 'pass',
  },
  {
    id: `bandit-issue-text-${name}`,
    kind: 'injection',
    files: { 'reports/b.json': banditWith({ issue_text: text }) },
    inputs: { ...base, 'bandit-report': 'reports/b.json' },
    expect: 'pass',
  },
  {
    id: `pip-audit-package-${name}`,
    kind: 'injection',
    files: { 'reports/pa.json': pipAuditWith(text) },
    inputs: { ...base, 'pip-audit-report': 'reports/pa.json' },
    expect: 'pass',
  },
]);

const one = (
  id: string,
  kind: CampaignCase['kind'],
  files: CampaignCase['files'],
  inputs: Record<string, string>,
  expect: 'fail' | 'pass',
  mentions: string[] = [],
): CampaignCase => ({
  id,
  kind,
  files,
  inputs: { ...base, ...inputs },
  expect,
  ...(expect === 'fail' ? { mentions } : {}),
});

export function securityGateCases(): CampaignCase[] {
  return securityCases().map((c) => ({ ...c, files: { 'reports/security/bandit.json': CLEAN_BANDIT, ...c.files } }));
}

function securityCases(): CampaignCase[] {
  return [
    ...commonCases({
      base,
      sampleConfig: read(CONFIG),
      writesResults: true,
      configOptional: true,
      namedComponent: 'session-vault',
    }),
    ...reportCases({
      prefix: 'bandit',
      base,
      input: 'bandit-report',
      path: 'reports/b.json',
      valid: BANDIT,
      wrongKind: PIP_AUDIT,
    }),
    ...reportCases({
      prefix: 'pip-audit',
      base,
      input: 'pip-audit-report',
      path: 'reports/pa.json',
      valid: PIP_AUDIT,
      wrongKind: BANDIT,
      skip: ['directory', 'missing', 'utf16'],
    }),
    ...reportCases({
      prefix: 'sarif',
      base,
      input: 'sarif-files',
      path: 'reports/s.sarif',
      valid: SARIF,
      wrongKind: BANDIT,
      skip: ['directory', 'missing', 'utf16'],
    }),
    ...injections,
    one(
      'bandit-deep-json',
      'report',
      { 'reports/b.json': deepJson(100_000) },
      { 'bandit-report': 'reports/b.json' },
      'fail',
      ['b.json'],
    ),
    one(
      'bandit-line-a-string',
      'report',
      { 'reports/b.json': banditWith({ line_number: 'seven' }) },
      { 'bandit-report': 'reports/b.json' },
      'fail',
      ['b.json', 'line_number'],
    ),
    one(
      'bandit-severity-unknown',
      'report',
      { 'reports/b.json': banditWith({ issue_severity: 'APOCALYPTIC' }) },
      { 'bandit-report': 'reports/b.json' },
      'fail',
      ['b.json', 'issue_severity'],
    ),
    one(
      'bandit-test-id-a-number',
      'report',
      { 'reports/b.json': banditWith({ test_id: 602 }) },
      { 'bandit-report': 'reports/b.json' },
      'fail',
      ['b.json', 'test_id'],
    ),
    one(
      'sarif-results-a-string',
      'report',
      { 'reports/s.sarif': SARIF.replace(/"results":\s*\[/, '"results": "none", "x": [') },
      { 'sarif-files': 'reports/s.sarif' },
      'fail',
      ['s.sarif'],
    ),
    one(
      'sarif-uri-a-number',
      'report',
      { 'reports/s.sarif': SARIF.replace(/("artifactLocation": \{ )"uri":\s*"[^"]*"/, '$1"uri": 5') },
      { 'sarif-files': 'reports/s.sarif' },
      'fail',
      ['s.sarif', 'uri'],
    ),
    one('sarif-output-directory', 'path', { 'out/sarif': DIR }, { 'sarif-output': 'out/sarif' }, 'fail', [
      'sarif-output',
      'out/sarif',
    ]),
    one('sarif-output-unwritable', 'path', {}, { 'sarif-output': '/proc/version' }, 'fail', ['sarif-output']),
    one('sarif-output-ok', 'path', {}, { 'sarif-output': 'out/results.sarif' }, 'pass'),
    one('history-overwrites-config', 'path', {}, { history: CONFIG }, 'fail', ['history', CONFIG]),
    one('history-overwrites-readme', 'path', {}, { history: 'pytest.ini' }, 'fail', ['history', 'pytest.ini']),
    one('history-directory', 'path', { hist: DIR }, { history: 'hist' }, 'fail', ['history', 'hist']),
    one('history-garbage-json', 'path', { 'h.json': '{"version": 1, "firstSeen": 5}' }, { history: 'h.json' }, 'fail', [
      'history',
      'h.json',
    ]),
    one('history-new-file', 'path', {}, { history: 'state/first-seen.json' }, 'pass'),
    one(
      'register-alias-bomb',
      'config',
      {
        'SECURITY_FINDINGS_ACCEPTED_RISKS.md': REGISTER.replace(
          '```yaml accepted-risks\n',
          `\`\`\`yaml accepted-risks\n${yamlAliasBomb('x-')}`,
        ),
      },
      {},
      'fail',
      ['SECURITY_FINDINGS_ACCEPTED_RISKS.md'],
    ),
    one('register-missing-explicit', 'path', {}, { 'accepted-risks': 'docs/RISKS.md' }, 'fail', [
      'accepted-risks',
      'docs/RISKS.md',
    ]),
    one('register-directory', 'path', { risks: DIR }, { 'accepted-risks': 'risks' }, 'fail', [
      'accepted-risks',
      'risks',
    ]),
    one(
      'register-binary',
      'config',
      { 'risks.md': Buffer.from([0, 1, 2, 255, 254]) },
      { 'accepted-risks': 'risks.md' },
      'fail',
      ['risks.md'],
    ),
    one(
      'register-bom-crlf',
      'config',
      { 'SECURITY_FINDINGS_ACCEPTED_RISKS.md': `\ufeff${REGISTER.replace(/\n/g, '\r\n')}` },
      {},
      'pass',
    ),
    one('manifest-injection', 'injection', {}, { 'sarif-output': 'out/r.sarif', manifest: HOSTILE.inline }, 'pass'),
  ];
}
