/** The planner's cases (the root action): config shapes, modes, components, report mode's result files. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE } from '../../support/fixtures.js';
import { type CampaignCase } from '../harness.js';
import { BINARY, commonCases, CONFIG, configWithChain, deepJson } from './common.js';
import { resultFiles, resultJson } from './results.js';

const base = { mode: 'all' };

export function plannerCases(): CampaignCase[] {
  const sampleConfig = readFileSync(join(SAMPLE, CONFIG), 'utf8');
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
  const report = { mode: 'report', results: 'results', enforce: 'false' };
  const reportResult = (id: string, body: string | Buffer) =>
    one(
      `report-result-${id}`,
      'report',
      { ...resultFiles('results'), 'results/x--model-management.json': body },
      report,
      'fail',
      ['x--model-management.json'],
    );
  return [
    ...commonCases({
      base,
      sampleConfig,
      writesResults: false,
      configOptional: false,
      namedComponent: 'model-management',
    }),
    one('mode', 'input', {}, { mode: 'everything' }, 'fail', ['mode']),
    one('component-unknown', 'input', {}, { component: 'no-such' }, 'fail', ['no-such']),
    one('component-one', 'input', {}, { component: 'neo4j' }, 'pass'),
    one('chain-5000-changed', 'config', { [CONFIG]: configWithChain(sampleConfig, 5000) }, { mode: 'changed' }, 'pass'),
    one(
      'depends-on-unknown',
      'config',
      { [CONFIG]: sampleConfig.replace('depends-on: [neo4j]', 'depends-on: [neo4k]') },
      {},
      'fail',
      [CONFIG, 'neo4k'],
    ),
    one('report-ok', 'report', resultFiles('results'), report, 'pass'),
    reportResult('empty', ''),
    reportResult('binary', BINARY),
    reportResult('truncated', resultJson('quality-gate', 'model-management').slice(0, 120)),
    reportResult('deep', deepJson(100_000)),
    reportResult('wrong-kind', '{"version": "2.1.0", "runs": []}'),
    one('report-results-missing', 'path', {}, { ...report, results: 'none-here' }, 'fail', ['none-here']),
    one('report-enforce', 'input', resultFiles('results'), { ...report, enforce: 'maybe' }, 'fail', ['enforce']),
  ];
}
