/** coverage-gate's cases: coverage reports, test results, inputs and hostile names. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE } from '../../support/fixtures.js';
import { HOSTILE, type CampaignCase } from '../harness.js';
import { BINARY, commonCases, CONFIG, deepJson, reportCases } from './common.js';

const read = (rel: string) => readFileSync(join(SAMPLE, rel), 'utf8');
const XML = read('reports/python/combined/coverage.xml');
const LCOV = read('reports/python/combined/coverage.lcov');
const JSON_REPORT = read('reports/python/combined/coverage.json');
const JUNIT = read('reports/python/failing/junit.xml');

const base = {
  component: 'model-management',
  'coverage-files': 'reports/python/combined/coverage.xml',
  'min-coverage': '0',
};
const xmlAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/\r/g, '&#13;');

/** The Cobertura report with one more class whose file name is `name` (already XML-escaped). */
function coberturaWithFile(name: string): string {
  return XML.replace(
    '\t\t<package name="components"',
    `\t\t<package name="x" line-rate="0" branch-rate="0" complexity="0"><classes><class name="x" filename="${name}" complexity="0" line-rate="0" branch-rate="0"><methods/><lines><line number="1" hits="0"/></lines></class></classes></package>\n\t\t<package name="components"`,
  );
}

const injections: CampaignCase[] = Object.entries(HOSTILE).flatMap(([name, text]): CampaignCase[] => [
  {
    id: `cobertura-filename-${name}`,
    kind: 'injection',
    files: { 'reports/hostile.xml': coberturaWithFile(xmlAttr(text)) },
    inputs: { ...base, 'coverage-files': 'reports/hostile.xml' },
    expect: 'pass',
  },
  {
    id: `lcov-sf-${name}`,
    kind: 'injection',
    files: { 'reports/hostile.lcov': `${LCOV}TN:\nSF:${text.replace(/\r/g, '')}\nDA:1,0\nLF:1\nLH:0\nend_of_record\n` },
    inputs: { ...base, 'coverage-files': 'reports/hostile.lcov' },
    expect: 'pass',
  },
  {
    id: `junit-test-name-${name}`,
    kind: 'injection',
    files: {
      'reports/hostile-junit.xml': JUNIT.replace('name="test_fails"', `name="${xmlAttr(text)}"`).replace(
        'message="AssertionError: schedule should double',
        `message="${xmlAttr(text)}`,
      ),
    },
    inputs: { ...base, 'test-results': 'reports/hostile-junit.xml' },
    expect: 'fail',
  },
]);

const bomb = `<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">]>\n<coverage><packages><package name="&lol2;"/></packages></coverage>\n`;
const xxe = `<?xml version="1.0"?>\n<!DOCTYPE coverage [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<coverage><sources><source>&xxe;</source></sources><packages/></coverage>\n`;

const cobertura = (
  id: string,
  body: string | Buffer,
  mentions: string[] = ['bad.xml'],
  expect: 'fail' | 'pass' = 'fail',
): CampaignCase => ({
  id: `cobertura-${id}`,
  kind: 'report',
  files: { 'reports/bad.xml': body },
  inputs: { ...base, 'coverage-files': 'reports/bad.xml' },
  expect,
  ...(expect === 'fail' ? { mentions } : {}),
});
const lcov = (id: string, body: string, expect: 'fail' | 'pass' = 'fail'): CampaignCase => ({
  id: `lcov-${id}`,
  kind: 'report',
  files: { 'reports/bad.lcov': body },
  inputs: { ...base, 'coverage-files': 'reports/bad.lcov' },
  expect,
  ...(expect === 'fail' ? { mentions: ['bad.lcov'] } : {}),
});
const cpjson = (id: string, body: string, expect: 'fail' | 'pass' = 'fail'): CampaignCase => ({
  id: `coveragepy-json-${id}`,
  kind: 'report',
  files: { 'reports/bad.json': body },
  inputs: { ...base, 'coverage-files': 'reports/bad.json' },
  expect,
  ...(expect === 'fail' ? { mentions: ['bad.json'] } : {}),
});
const input = (id: string, name: string, value: string, expect: 'fail' | 'pass' = 'fail'): CampaignCase => ({
  id: `input-${id}`,
  kind: 'input',
  inputs: { ...base, [name]: value },
  expect,
  ...(expect === 'fail' ? { mentions: [name] } : {}),
});
const jsonDoc = JSON.parse(JSON_REPORT) as { files: Record<string, Record<string, unknown>> };
const firstFile = Object.keys(jsonDoc.files).find((k) => k.includes('registry'))!;
const withFile = (patch: Record<string, unknown>) =>
  JSON.stringify({ ...jsonDoc, files: { ...jsonDoc.files, [firstFile]: { ...jsonDoc.files[firstFile], ...patch } } });

const PR = {
  name: 'pull_request',
  payload: {
    action: 'synchronize',
    number: 7,
    pull_request: {
      number: 7,
      base: { sha: 'a'.repeat(40), ref: 'main', repo: { full_name: 'tta/demo' } },
      head: { sha: 'b'.repeat(40), ref: 'feature', repo: { full_name: 'tta/demo' } },
    },
    repository: { full_name: 'tta/demo' },
  },
};
const HOSTILE_API_TEXT = 'Bad gateway\n::add-mask::PWNED\n::stop-commands::pwnedtoken\n::error::PWNED';

/** A pull request whose comments (or files) the API answers with an error quoting hostile text. */
/** `expect`: a failing comment degrades to a warning; failing changed lines leave the change unmeasured, which fails. */
function apiCase(
  id: string,
  path: RegExp | string,
  status: number,
  body: unknown,
  expect: 'warn' | 'fail' = 'warn',
): CampaignCase {
  return {
    id: `api-${id}`,
    kind: 'api',
    inputs: { ...base, 'github-token': 'token-rw' },
    event: PR,
    api: (gh) => {
      gh.addPullRequest({
        number: 7,
        head: { sha: 'b'.repeat(40), ref: 'feature', repoFullName: 'tta/demo' },
        base: { sha: 'a'.repeat(40), ref: 'main', repoFullName: 'tta/demo' },
        files: [
          {
            filename: 'src/components/model_management/registry.py',
            status: 'modified',
            patch: '@@ -1,0 +2 @@\n+++ i;',
          },
        ],
      });
      gh.injectFault({ path, status, times: 20, body });
    },
    expect,
    mentions: ['coverage-gate'],
  };
}

export function coverageGateCases(): CampaignCase[] {
  const sampleConfig = read(CONFIG);
  return [
    ...commonCases({
      base,
      sampleConfig,
      writesResults: true,
      configOptional: true,
      namedComponent: 'model-management',
    }),
    ...reportCases({
      prefix: 'coverage-files',
      base,
      input: 'coverage-files',
      path: 'reports/cov.xml',
      valid: XML,
      wrongKind: JUNIT,
    }),
    ...reportCases({
      prefix: 'coverage-json',
      base,
      input: 'coverage-files',
      path: 'reports/cov.json',
      valid: JSON_REPORT,
      wrongKind: '{"results": [], "errors": []}\n',
      skip: ['directory', 'missing', 'dotenv'],
    }),
    ...reportCases({
      prefix: 'test-results',
      base,
      input: 'test-results',
      path: 'reports/tests.xml',
      valid: JUNIT,
      wrongKind: XML,
      skip: ['dotenv'],
    }),
    ...injections,
    cobertura('entity-bomb', bomb),
    cobertura('external-entity', xxe),
    cobertura(
      'deep-nesting',
      `<?xml version="1.0"?>\n<coverage>${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}</coverage>\n`,
    ),
    cobertura('unclosed', XML.replace(/<\/coverage>\s*$/, '')),
    cobertura('hits-not-a-number', XML.replace('hits="1"', 'hits="many"')),
    cobertura('line-number-huge', XML.replace('number="3"', 'number="999999999999"')),
    cobertura('line-number-negative', XML.replace('number="3"', 'number="-3"')),
    cobertura('bom', `\ufeff${XML}`, [], 'pass'),
    cobertura('crlf', XML.replace(/\n/g, '\r\n'), [], 'pass'),
    cobertura('latin1-declared', XML.replace('<?xml version="1.0" ?>', '<?xml version="1.0" encoding="iso-8859-1"?>'), [
      'bad.xml',
      'encoding',
    ]),
    lcov('crlf', LCOV.replace(/\n/g, '\r\n'), 'pass'),
    lcov('negative-count', LCOV.replace('DA:3,1,', 'DA:3,-1,')),
    lcov('line-zero', LCOV.replace('DA:3,1,', 'DA:0,1,'), 'pass'), // coverage.py writes an empty module's execution as line 0
    lcov('not-a-number', LCOV.replace('DA:3,1,', 'DA:three,1,')),
    lcov('no-end-of-record', LCOV.replace(/end_of_record\s*$/, '')),
    lcov('record-outside-file', `DA:1,1\n${LCOV}`),
    cpjson('deep', deepJson(100_000)),
    cpjson('executed-lines-strings', withFile({ executed_lines: ['1', '2'] })),
    cpjson('summary-negative', withFile({ summary: { num_statements: -4 } })),
    cpjson('files-a-list', JSON.stringify({ ...jsonDoc, files: [] })),
    cpjson('meta-missing', JSON.stringify({ files: jsonDoc.files })),
    cpjson('arcs-malformed', withFile({ executed_branches: [[1, 2, 3]] })),
    cpjson('bom', `\ufeff${JSON_REPORT}`, 'pass'),
    input('min-coverage-text', 'min-coverage', 'abc'),
    input('min-coverage-over', 'min-coverage', '101'),
    input('min-coverage-negative', 'min-coverage', '-1'),
    input('min-coverage-huge', 'min-coverage', '1e400'),
    input('min-diff-coverage-text', 'min-diff-coverage', 'eighty'),
    input('test-kind', 'test-kind', 'smoke'),
    input('path-map', 'path-map', 'no equals sign here'),
    input('scope', 'scope', 'everything'),
    input('enforce', 'enforce', 'sometimes'),
    input('allow-no-data', 'allow-no-data', 'maybe'),
    input('glob-matches-nothing', 'coverage-files', 'reports/**/*.nothing'),
    input('absolute-report', 'coverage-files', '{ws}/reports/python/combined/coverage.xml', 'pass'),
    input('component-unknown', 'component', 'no-such-component'),
    input('target-stage', 'target-stage', 'heaven'),
    apiCase('comments-502-commands', '/repos/tta/demo/issues/7/comments', 502, { message: HOSTILE_API_TEXT }),
    apiCase('comments-500-not-json', '/repos/tta/demo/issues/7/comments', 500, '<html>::add-mask::PWNED</html>'),
    apiCase('files-502-commands', '/repos/tta/demo/pulls/7/files', 502, { message: HOSTILE_API_TEXT }, 'fail'),
    apiCase('comments-403-commands', '/repos/tta/demo/issues/7/comments', 403, { message: HOSTILE_API_TEXT }),
    {
      id: 'no-coverage-files',
      kind: 'input',
      inputs: { component: 'model-management' },
      expect: 'fail',
      mentions: ['coverage-files'],
    },
    {
      id: 'binary-baseline',
      kind: 'report',
      files: { 'baseline/coverage-gate--model-management.json': BINARY },
      inputs: { ...base, baseline: 'baseline', scope: 'change' },
      expect: 'warn',
      mentions: ['coverage-gate--model-management.json'],
    },
  ];
}
