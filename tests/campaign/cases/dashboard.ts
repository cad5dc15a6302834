/** dashboard's cases: result files, the output folder, the history file, the issues file. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE } from '../../support/fixtures.js';
import { DIR, type CampaignCase } from '../harness.js';
import { BINARY, commonCases, CONFIG, deepJson, DOTENV, DOTENV_SECRET } from './common.js';
import { resultFiles, resultJson } from './results.js';

const base = { results: 'results', history: 'none', 'output-dir': 'site' };
const RESULTS = resultFiles('results');

export function dashboardCases(): CampaignCase[] {
  const common = commonCases({
    base,
    sampleConfig: readFileSync(join(SAMPLE, CONFIG), 'utf8'),
    writesResults: false,
    configOptional: false,
  }).map((c): CampaignCase => ({ ...c, files: { ...RESULTS, ...c.files } }));
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
    files: { ...RESULTS, ...files },
    inputs: { ...base, ...inputs },
    expect,
    ...(expect === 'fail' ? { mentions } : {}),
  });
  const result = (id: string, body: string | Buffer, expect: 'fail' | 'pass' = 'fail') =>
    one(`result-${id}`, 'report', { 'results/x--model-management.json': body }, {}, expect, [
      'x--model-management.json',
    ]);
  return [
    ...common,
    result('empty', ''),
    result('binary', BINARY),
    result('truncated', resultJson('quality-gate', 'model-management').slice(0, 150)),
    result('deep', deepJson(100_000)),
    result('wrong-kind-sarif', '{"version": "2.1.0", "runs": []}'),
    result('wrong-kind-array', '[1, 2, 3]'),
    result('dotenv', DOTENV),
    result('bom', `\ufeff${resultJson('uptime-check', 'model-management')}`, 'pass'),
    { ...result('dotenv-secret', DOTENV), id: 'result-dotenv-secret', kind: 'secret', secret: DOTENV_SECRET },
    one('results-missing', 'path', {}, { results: 'no-such-results' }, 'fail', ['no-such-results']),
    one('output-dir-a-file', 'path', {}, { 'output-dir': 'pytest.ini' }, 'fail', ['output-dir', 'pytest.ini']),
    one('output-dir-unwritable', 'path', {}, { 'output-dir': '/proc/self' }, 'fail', ['output-dir']),
    one('history-config', 'path', {}, { history: CONFIG }, 'fail', ['history']),
    one(
      'history-foreign-jsonl',
      'path',
      { 'events.jsonl': '{"event":"deploy","at":"2026-11-01"}\n' },
      { history: 'events.jsonl' },
      'fail',
      ['history', 'events.jsonl'],
    ),
    one('history-garbage', 'path', { 'h.jsonl': 'not json at all\n' }, { history: 'h.jsonl' }, 'fail', [
      'history',
      'h.jsonl',
    ]),
    one('history-directory', 'path', { 'trend.jsonl': DIR }, { history: 'trend.jsonl' }, 'fail', [
      'history',
      'trend.jsonl',
    ]),
    one('history-new', 'path', {}, { history: 'trend/history.jsonl' }, 'pass'),
    one('history-kind', 'input', {}, { history: 'sometimes' }, 'fail', ['history']),
    one('issues-malformed', 'report', { 'issues.json': '{"blockers": 5}' }, { issues: 'issues.json' }, 'fail', [
      'issues.json',
    ]),
    one('issues-binary', 'report', { 'issues.json': BINARY }, { issues: 'issues.json' }, 'fail', ['issues.json']),
    one('issues-missing', 'path', {}, { issues: 'none.json' }, 'fail', ['none.json', 'issues']),
    one('issues-directory', 'path', { 'issues.json': DIR }, { issues: 'issues.json' }, 'fail', [
      'issues.json',
      'issues',
    ]),
  ];
}
