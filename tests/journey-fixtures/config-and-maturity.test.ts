/**
 * The journey repository's own files as the actions read them: the maturity config loads, each
 * MATURITY.md gives the stage the README says, two components name their tests and two use the
 * defaults, and the documents each stage asks for are where the quality gate looks.
 */
import { checkoutFiles } from '../../packages/core/checkout-files.js';
import { defaultTests } from '../../packages/core/config/defaults.js';
import { readMaturityRecord } from '../../packages/core/maturity/read-maturity.js';
import { EvidenceFinder } from '../../packages/evidence/repo-evidence.js';
import { checkoutReader, measureComponentDocstrings } from '../../actions/quality-gate/collect.js';
import { JOURNEY_REPO } from '../support/tool-shims/index.js';
import { components } from './journey-helpers.js';

const byId = new Map(components().map((c) => [c.id, c]));
const component = (id: string) => {
  const c = byId.get(id);
  if (!c) throw new Error(`no component ${id}`);
  return c;
};
const repo = checkoutReader(JOURNEY_REPO, checkoutFiles(JOURNEY_REPO));

describe('.github/maturity.yml', () => {
  it('describes the four components with their groups and dependencies', () => {
    expect([...byId.keys()]).toEqual(['neo4j', 'model-management', 'player-experience', 'narrative-coherence']);
    expect([...byId.values()].map((c) => [c.id, c.group, c.dependsOn])).toEqual([
      ['neo4j', 'core-infrastructure', []],
      ['model-management', 'ai-agent-systems', ['neo4j']],
      ['player-experience', 'player-experience', ['neo4j']],
      ['narrative-coherence', 'therapeutic-content', ['model-management', 'player-experience']],
    ]);
  });

  it('names the tests of two components and leaves the default for the other two', () => {
    expect(component('neo4j').tests).toEqual(defaultTests('neo4j'));
    expect(component('model-management').tests).toEqual(defaultTests('model-management'));
    expect(component('player-experience').tests).not.toEqual(defaultTests('player-experience'));
    expect(component('narrative-coherence').tests).not.toEqual(defaultTests('narrative-coherence'));
  });

  it('gives player-experience a health check and a metrics URL on the staging host, and says what does not apply', () => {
    const px = component('player-experience');
    expect(px.health.map((h) => h.url)).toEqual(['https://staging.example.com/player-experience/health']);
    expect(px.metricsUrl).toBe('https://staging.example.com/player-experience/metrics');
    expect(component('neo4j').health).toHaveLength(1);
    expect(Object.keys(component('neo4j').notApplicable).sort()).toEqual(['e2e', 'load-test']);
    expect(Object.keys(component('model-management').notApplicable)).toEqual(['e2e']);
  });
});

describe('MATURITY.md', () => {
  it.each([
    ['neo4j', 'production', '2026-09-01', [['promoted', 'development', '2026-06-15'], ['promoted', 'staging', '2026-08-03'], ['promoted', 'production', '2026-09-01']]],
    ['model-management', 'development', '2026-07-20', [['promoted', 'development', '2026-07-20']]],
    ['player-experience', 'staging', '2026-11-02', [['promoted', 'development', '2026-07-01'], ['promoted', 'staging', '2026-11-02']]],
    ['narrative-coherence', 'development', '2026-09-10', [['promoted', 'development', '2026-09-10']]],
  ])('%s is in %s since %s', async (id, stage, since, history) => {
    const found = await readMaturityRecord(JOURNEY_REPO, component(id));
    expect(found.warning).toBeUndefined();
    expect(found.record!.stage).toBe(stage);
    expect(found.record!.since).toBe(since);
    expect(found.record!.history.map((h) => [h.kind, h.stage, h.date])).toEqual(history);
    expect(found.record!.warnings).toEqual([]);
  });
});

describe('documents the stages ask for', () => {
  it('model-management documents every public module, class and function, and has a README with an example', async () => {
    const docs = (await measureComponentDocstrings(component('model-management'), repo))!;
    expect(docs.total).toBeGreaterThan(20);
    expect(docs.missing).toEqual([]);
    expect(docs.documented).toBe(docs.total);
    const finder = new EvidenceFinder(repo);
    const mm = component('model-management');
    expect(finder.check('readme', mm.evidence.readme).found).toBe('src/components/model_management/README.md');
    expect(finder.check('integration-tests', mm.evidence['integration-tests']).found).toBe('tests/integration/test_model_management_integration.py');
  });

  it('player-experience has every Production document', () => {
    const finder = new EvidenceFinder(repo);
    const px = component('player-experience');
    const found = Object.fromEntries((['readme', 'user-guide', 'api-reference', 'troubleshooting', 'rollback'] as const).map((k) => [k, finder.check(k, px.evidence[k]).found]));
    expect(found).toEqual({
      readme: 'src/components/player_experience/README.md',
      'user-guide': 'src/components/player_experience/README.md#Usage',
      'api-reference': 'src/components/player_experience/README.md#API',
      troubleshooting: 'src/components/player_experience/README.md#Troubleshooting',
      rollback: 'docs/operations/player_experience_ROLLBACK.md',
    });
  });
});
