/** promotion-report's cases: the request issue, result files, inputs and hostile text in all of them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, SAMPLE } from '../../support/fixtures.js';
import type { FakeGitHub } from '../../support/fake-github/index.js';
import { HOSTILE, type CampaignCase } from '../harness.js';
import { BINARY, commonCases, CONFIG, deepJson } from './common.js';
import { resultFiles, resultJson, SHA } from './results.js';

const FORM = readFileSync(join(REPO, 'tests', 'promotion', 'fixtures', 'promotion-request.md'), 'utf8');
const MM_MATURITY = 'src/components/model_management/MATURITY.md';

const seed =
  (body = FORM) =>
  (gh: FakeGitHub) => {
    gh.putFile(MM_MATURITY, readFileSync(join(SAMPLE, MM_MATURITY), 'utf8'));
    gh.addIssue({
      number: 12,
      title: '[Promotion]: Model Management to Production',
      body: body.replace(/\n/g, '\r\n'),
      labels: ['promotion:requested'],
      user: 'requester',
    });
  };
const event = {
  name: 'issues',
  payload: {
    action: 'opened',
    issue: { number: 12 },
    sender: { login: 'requester' },
    repository: { full_name: 'tta/demo' },
  },
};
const base = { results: 'results', 'github-token': 't', commit: SHA, artifacts: '' };
const RESULTS = resultFiles('results');
/** The run reached the scorecard: the request is judged (and not ready: neo4j is in Staging). */
const SCORED = ['not ready'];

function scored(id: string, kind: CampaignCase['kind'], more: Partial<CampaignCase>): CampaignCase {
  return {
    id,
    kind,
    inputs: base,
    event,
    api: seed(),
    expect: 'fail',
    mentions: SCORED,
    ...more,
    files: { ...RESULTS, ...more.files },
  };
}

export function promotionReportCases(): CampaignCase[] {
  const common = commonCases({
    base,
    sampleConfig: readFileSync(join(SAMPLE, CONFIG), 'utf8'),
    writesResults: true,
    configOptional: false,
    namedComponent: 'model-management',
    event,
    api: seed(),
  }).map((c): CampaignCase => ({
    ...c,
    files: { ...RESULTS, ...c.files },
    ...(c.expect === 'pass' ? { expect: 'fail', mentions: SCORED } : {}),
  }));
  const bad = (id: string, body: string | Buffer, mentions: string[]) =>
    scored(`result-${id}`, 'report', {
      files: { 'results/quality-gate--model-management.json': body },
      summaryMentions: mentions,
    });
  const input = (id: string, inputs: Record<string, string>, mentions: string[]) =>
    scored(`input-${id}`, 'input', { inputs: { ...base, ...inputs }, mentions });
  return [
    ...common,
    bad('empty', '', ['quality-gate--model-management.json']),
    bad('binary', BINARY, ['quality-gate--model-management.json']),
    bad('truncated', resultJson('quality-gate', 'model-management').slice(0, 200), [
      'quality-gate--model-management.json',
    ]),
    bad('deep', deepJson(100_000), ['quality-gate--model-management.json']),
    bad('wrong-kind', '{"version": "2.1.0", "runs": []}', ['quality-gate--model-management.json']),
    bad('bom', `\ufeff${resultJson('quality-gate', 'model-management')}`, []),
    ...Object.entries(HOSTILE).flatMap(([name, text]): CampaignCase[] => [
      scored(`result-title-${name}`, 'injection', {
        files: {
          'results/quality-gate--model-management.json': resultJson('quality-gate', 'model-management', {
            title: text,
          }),
        },
      }),
      scored(`result-evidence-${name}`, 'injection', {
        files: {
          'results/quality-gate--model-management.json': resultJson('quality-gate', 'model-management', {
            evidence: [text, `docs/${text}.md`],
          }),
        },
      }),
      scored(`request-component-${name}`, 'injection', {
        api: seed(FORM.replace(/(### Component Name\s*\n\s*\n)[^\n]*/, `$1${text}`)),
        mentions: [],
      }),
      scored(`request-evidence-${name}`, 'injection', {
        api: seed(FORM.replace(/(### Test Results\s*\n\s*\n)/, `$1${text}\n`)),
      }),
    ]),
    input('issue-number-text', { 'issue-number': 'twelve' }, ['issue-number']),
    input('issue-number-zero', { 'issue-number': '0' }, ['issue-number']),
    input('issue-number-absent', { 'issue-number': '999' }, ['999']),
    input('mode', { mode: 'destroy' }, ['mode']),
    input('apply', { apply: 'force-push' }, ['apply']),
    input('project', { project: 'not a project' }, ['project']),
    input('results-missing', { results: 'no-such-results' }, ['no-such-results']),
    input('target-stage', { 'target-stage': 'development' }, ['target-stage']),
  ];
}
