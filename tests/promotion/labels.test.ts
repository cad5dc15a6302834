/** The label taxonomy is created once and corrected, never duplicated (setup-labels mode). */
import { createGitHubClient } from '../../packages/github/client.js';
import { labelTaxonomy, setupLabels } from '../../packages/promotion/labels.js';
import { FakeGitHub } from '../support/fake-github/index.js';

let gh: FakeGitHub;
beforeAll(async () => {
  gh = await FakeGitHub.start({ owner: 'tta', repo: 'demo' });
});
afterAll(() => gh.close());

it('creates the whole taxonomy, then changes nothing, and corrects a label that drifted', async () => {
  const api = createGitHubClient({ token: 't', owner: 'tta', repo: 'demo', baseUrl: gh.url });
  gh.addLabel({ name: 'Promotion:Blocked', color: '000000' });
  const specs = labelTaxonomy(['neo4j', 'model-management']);
  const first = await setupLabels(api, specs);
  expect(first.created).toHaveLength(specs.length - 1);
  expect(first.updated).toEqual(['promotion:blocked']);
  const second = await setupLabels(api, specs);
  expect(second).toEqual({ created: [], updated: [], unchanged: specs.length });
  expect((await api.listLabels()).map((l) => l.name)).toEqual(
    expect.arrayContaining(['component:neo4j', 'target:production', 'blocker:tests', 'promotion:approved']),
  );
});
