/**
 * One action's share of the campaign as a jest suite: a fake GitHub API, each case a test
 * that expects the outcome `handled`, and the counts written for the table.
 */
import { FakeGitHub } from '../support/fake-github/index.js';
import { REPO } from '../support/fixtures.js';
import { record, runCase, tally, type ActionName, type CampaignCase, type Classified } from './harness.js';

/** A run killed after this long is a hang (the issue's campaign used 60 s; nothing here needs 5). */
const HANG_MS = 30_000;

export const API_ENV = (gh: FakeGitHub): Record<string, string> => ({
  GITHUB_API_URL: gh.url,
  GITHUB_REPOSITORY: 'tta/demo',
  GITHUB_RUN_ID: '4242',
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_SHA: 'c'.repeat(40),
});

export interface CampaignHooks {
  /** Starts what the cases need (a local HTTP server) and gives the placeholders' values. */
  setup?: () => Promise<Record<string, string>>;
  teardown?: () => Promise<void>;
}

export function campaign(action: ActionName, cases: readonly CampaignCase[], hooks: CampaignHooks = {}): void {
  const ids = new Set<string>();
  for (const c of cases) {
    if (ids.has(c.id)) throw new Error(`duplicate case id ${c.id}`);
    ids.add(c.id);
  }
  describe(`campaign: ${action} (${cases.length} cases)`, () => {
    let gh: FakeGitHub;
    const results: Classified[] = [];
    let vars: Record<string, string> = {};
    beforeAll(async () => {
      gh = await FakeGitHub.start({ owner: 'tta', repo: 'demo' });
      vars = (await hooks.setup?.()) ?? {};
    });
    afterAll(async () => {
      record(action, results, REPO);
      console.log(`${action}: ${results.length} cases ${JSON.stringify(tally(results))}`);
      await gh.close();
      await hooks.teardown?.();
    });
    it.each(cases.map((c) => [c.id, c] as const))(
      '%s',
      async (_id, c) => {
        const r = await runCase(action, c, { gh, node: process.execPath, env: API_ENV(gh), timeoutMs: HANG_MS, vars });
        results.push(r);
        expect(`${r.outcome}${r.detail ? `: ${r.detail}` : ''}`).toBe('handled');
      },
      HANG_MS + 30_000,
    );
  });
}
