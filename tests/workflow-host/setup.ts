/** A fake user repository (octo/shop) and a host whose `tta/maturity-actions` is the fixtures' actions-repo. */
import { join } from 'node:path';
import { FakeGitHub } from '../support/fake-github/index.js';
import { commitDirectory, WorkflowHost, type WorkflowHostOptions } from '../support/workflow-host/index.js';

export const FIXTURES = join(process.cwd(), 'tests/fixtures/workflow-host');

export const workflow = (name: string): string => join(FIXTURES, 'workflows', name);

export interface Setup {
  gh: FakeGitHub;
  host: WorkflowHost;
  /** The default branch's head before the fixture commit (a push event's `before`). */
  initial: string;
  main: string;
}

export async function setUp(options: Partial<WorkflowHostOptions> = {}): Promise<Setup> {
  const gh = await FakeGitHub.start({ owner: 'octo', repo: 'shop', now: () => new Date('2026-02-01T12:00:00Z') });
  const initial = gh.repo.git.branchHead('main')!.sha;
  const main = commitDirectory(gh, join(FIXTURES, 'user-repo'), {
    branch: 'main',
    message: 'Add the shop',
    date: '2026-01-15T10:00:00Z',
  });
  const host = new WorkflowHost({ gh, actionsRoot: join(FIXTURES, 'actions-repo'), ...options });
  return { gh, host, initial, main };
}
