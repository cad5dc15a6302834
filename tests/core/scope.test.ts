/** What a gate judges, and whether a shortfall fails the step, by event. */
import { markProgress, resolveEnforce, resolveScope } from '../../packages/core/scope.js';
import { readRunContext } from '../../packages/github/run-context.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function ctx(event: string, ref: string, defaultBranch = 'main') {
  const dir = mkdtempSync(join(tmpdir(), 'scope-'));
  writeFileSync(join(dir, 'event.json'), JSON.stringify({ repository: { default_branch: defaultBranch } }));
  return readRunContext({ GITHUB_EVENT_NAME: event, GITHUB_REF: ref, GITHUB_EVENT_PATH: join(dir, 'event.json') });
}

describe('scope and enforcement', () => {
  it('judges a change on pull requests and the stage elsewhere, unless told', () => {
    expect(resolveScope(null, true)).toBe('change');
    expect(resolveScope('auto', false)).toBe('stage');
    expect(resolveScope('stage', true)).toBe('stage');
  });

  it('records, without failing, on a push to the default branch only', () => {
    expect(ctx('push', 'refs/heads/main').defaultBranchPush).toBe(true);
    expect(ctx('push', 'refs/heads/feature').defaultBranchPush).toBe(false);
    expect(ctx('push', 'refs/heads/trunk', 'trunk').defaultBranchPush).toBe(true);
    expect(ctx('workflow_dispatch', 'refs/heads/main').defaultBranchPush).toBe(false);
    expect(resolveEnforce(null, true)).toBe(false);
    expect(resolveEnforce('auto', false)).toBe(true);
    expect(resolveEnforce('true', true)).toBe(true);
    expect(resolveEnforce('false', false)).toBe(false);
  });

  it('marks everything but the change as progress, unless the next stage is enforced', () => {
    const c = (id: string) => ({
      id,
      title: id,
      status: 'fail' as const,
      measured: 1,
      bar: 0,
      comparator: '<=' as const,
      unit: '',
      evidence: [],
    });
    const marked = markProgress(
      [c('lint.new-errors'), c('lint.errors')],
      'change',
      new Set(['lint.new-errors']),
      false,
    );
    expect(marked.map((m) => m.enforced)).toEqual([undefined, false]);
    expect(markProgress([c('lint.errors')], 'change', new Set(), true)[0]!.enforced).toBeUndefined();
    expect(markProgress([c('lint.errors')], 'stage', new Set(), false)[0]!.enforced).toBeUndefined();
  });
});
