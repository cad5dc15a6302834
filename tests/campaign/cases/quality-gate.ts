/** quality-gate's cases: ruff, pyright, ESLint and tsc reports and commands, hostile rule ids and names. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE } from '../../support/fixtures.js';
import { HOSTILE, type CampaignCase } from '../harness.js';
import { commonCases, CONFIG, deepJson, DOTENV, DOTENV_SECRET, reportCases } from './common.js';

const read = (rel: string) => readFileSync(join(SAMPLE, rel), 'utf8');
const RUFF = read('reports/quality/ruff.json');
const PYRIGHT = read('reports/quality/pyright.json');
const ESLINT = read('reports/quality/eslint.json');
const TSC = read('reports/quality/tsc.txt');

const base = { component: 'narrative-engine', 'ruff-report': 'reports/quality/ruff.json', enforce: 'false' };

function ruffWith(patch: Record<string, unknown>): string {
  const doc = JSON.parse(RUFF) as Record<string, unknown>[];
  return JSON.stringify([{ ...doc[1], ...patch }, ...doc]);
}

const injections: CampaignCase[] = Object.entries(HOSTILE).flatMap(([name, text]): CampaignCase[] => [
  {
    id: `ruff-code-${name}`,
    kind: 'injection',
    files: { 'reports/h.json': ruffWith({ code: text }) },
    inputs: { ...base, 'ruff-report': 'reports/h.json' },
    expect: 'pass',
  },
  {
    id: `ruff-filename-${name}`,
    kind: 'injection',
    files: { 'reports/h.json': ruffWith({ filename: `src/components/narrative_engine/${text}.py` }) },
    inputs: { ...base, 'ruff-report': 'reports/h.json' },
    expect: 'pass',
  },
  {
    id: `ruff-message-${name}`,
    kind: 'injection',
    files: { 'reports/h.json': ruffWith({ message: text }) },
    inputs: { ...base, 'ruff-report': 'reports/h.json' },
    expect: 'pass',
  },
  {
    id: `eslint-rule-${name}`,
    kind: 'injection',
    files: {
      'reports/e.json': JSON.stringify([
        {
          filePath: `src/components/narrative_engine/${text}.ts`,
          messages: [{ ruleId: text, severity: 2, message: text, line: 1, column: 1 }],
          errorCount: 1,
          warningCount: 0,
        },
      ]),
    },
    inputs: { ...base, 'ruff-report': '', 'eslint-report': 'reports/e.json' },
    expect: 'pass',
  },
]);

const input = (
  id: string,
  inputs: Record<string, string>,
  mentions: string[],
  expect: 'fail' | 'pass' = 'fail',
): CampaignCase => ({
  id: `input-${id}`,
  kind: 'input',
  inputs: { ...base, ...inputs },
  expect,
  ...(expect === 'fail' ? { mentions } : {}),
});

export function qualityGateCases(): CampaignCase[] {
  return [
    ...commonCases({
      base,
      sampleConfig: read(CONFIG),
      writesResults: true,
      configOptional: true,
      namedComponent: 'narrative-engine',
    }),
    ...reportCases({
      prefix: 'ruff',
      base,
      input: 'ruff-report',
      path: 'reports/r.json',
      valid: RUFF,
      wrongKind: PYRIGHT,
    }),
    ...reportCases({
      prefix: 'pyright',
      base: { ...base, 'ruff-report': '' },
      input: 'pyright-report',
      path: 'reports/p.json',
      valid: PYRIGHT,
      wrongKind: RUFF,
      skip: ['directory', 'missing'],
    }),
    ...reportCases({
      prefix: 'eslint',
      base: { ...base, 'ruff-report': '' },
      input: 'eslint-report',
      path: 'reports/e.json',
      valid: ESLINT,
      wrongKind: PYRIGHT,
      skip: ['directory', 'missing', 'utf16'],
    }),
    ...reportCases({
      prefix: 'tsc',
      base: { ...base, 'ruff-report': '' },
      input: 'tsc-report',
      path: 'reports/t.txt',
      valid: `${TSC}\n`,
      wrongKind: RUFF,
      skip: ['truncated', 'directory', 'missing', 'utf16', 'whitespace', 'empty'],
    }),
    ...injections,
    {
      id: 'pyright-deep-json',
      kind: 'report',
      files: { 'reports/p.json': deepJson(100_000) },
      inputs: { ...base, 'ruff-report': '', 'pyright-report': 'reports/p.json' },
      expect: 'fail',
      mentions: ['p.json'],
    },
    {
      id: 'ruff-deep-json',
      kind: 'report',
      files: { 'reports/r.json': `[${deepJson(100_000)}]` },
      inputs: { ...base, 'ruff-report': 'reports/r.json' },
      expect: 'fail',
      mentions: ['r.json'],
    },
    {
      id: 'pyright-severity-unknown',
      kind: 'report',
      files: { 'reports/p.json': PYRIGHT.replace('"severity": "error"', '"severity": "catastrophic"') },
      inputs: { ...base, 'ruff-report': '', 'pyright-report': 'reports/p.json' },
      expect: 'fail',
      mentions: ['p.json', 'severity'],
    },
    {
      id: 'ruff-row-not-a-number',
      kind: 'report',
      files: { 'reports/r.json': ruffWith({ location: { row: 'seven', column: 1 } }) },
      inputs: { ...base, 'ruff-report': 'reports/r.json' },
      expect: 'fail',
      mentions: ['r.json'],
    },
    {
      id: 'ruff-message-a-number',
      kind: 'report',
      files: { 'reports/r.json': ruffWith({ message: 42 }) },
      inputs: { ...base, 'ruff-report': 'reports/r.json' },
      expect: 'fail',
      mentions: ['r.json', 'message'],
    },
    {
      id: 'ruff-bom',
      kind: 'report',
      files: { 'reports/r.json': `\ufeff${RUFF}` },
      inputs: { ...base, 'ruff-report': 'reports/r.json' },
      expect: 'pass',
    },
    {
      id: 'ruff-crlf',
      kind: 'report',
      files: { 'reports/r.json': RUFF.replace(/\n/g, '\r\n') },
      inputs: { ...base, 'ruff-report': 'reports/r.json' },
      expect: 'pass',
    },
    input('report-and-command', { 'ruff-command': 'cat reports/quality/ruff.json' }, ['ruff-report', 'ruff-command']),
    input('command-not-found', { 'ruff-report': '', 'ruff-command': 'no-such-linter --output-format json' }, [
      'no-such-linter',
    ]),
    input('command-prints-garbage', { 'ruff-report': '', 'ruff-command': 'echo this is not json' }, ['ruff']),
    input('command-prints-secret', { 'ruff-report': '', 'ruff-command': 'cat .env' }, ['ruff']),
    input('command-ok', { 'ruff-report': '', 'ruff-command': 'cat reports/quality/ruff.json' }, [], 'pass'),
    input('docstrings', { docstrings: 'perhaps' }, ['docstrings']),
    input('path-map', { 'path-map': '=' }, ['path-map']),
    input('scope', { scope: 'all' }, ['scope']),
    input('glob-nothing', { 'ruff-report': 'reports/**/*.none' }, ['ruff-report']),
    {
      id: 'command-prints-dotenv',
      kind: 'secret',
      files: { '.env': DOTENV },
      inputs: { ...base, 'ruff-report': '', 'ruff-command': 'cat .env' },
      expect: 'fail',
      mentions: ['ruff'],
      secret: DOTENV_SECRET,
    },
  ];
}
