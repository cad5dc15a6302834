/** The planner: config problems, stages, and which components a change touches (with their dependents). */
import { findCycles, plan } from '../../actions/planner/planner.js';
import { SEED_POLICY } from '../../packages/core/config/defaults.js';
import { defaultComponent } from '../../packages/core/config/load-config.js';

const neo4j = defaultComponent('neo4j', ['src/neo4j/**']);
const mm = { ...defaultComponent('model-management', ['src/mm/**']), dependsOn: ['neo4j'] };
const web = { ...defaultComponent('web', ['web/**']), dependsOn: ['model-management'] };
const ghost = defaultComponent('ghost', ['nowhere/**']);
const stages = new Map([
  ['neo4j', { stage: 'staging' as const }],
  ['model-management', { stage: 'development' as const }],
  ['web', { stage: 'production' as const }],
  ['ghost', { stage: null, problem: 'nowhere/MATURITY.md does not exist' }],
]);
const files = ['src/neo4j/a.py', 'src/mm/b.py', 'web/c.ts'];
const policy = { staging: SEED_POLICY.staging, production: SEED_POLICY.production };

describe('plan', () => {
  it('checks a changed component and, transitively, what depends on it', () => {
    const p = plan({ components: [neo4j, mm, web], files, stages, changed: ['src/neo4j/a.py'], policy });
    expect(p.include.map((c) => [c.component, c.reason, c.current, c.target])).toEqual([
      ['neo4j', 'changed: src/neo4j/a.py', 'staging', 'production'],
      ['model-management', 'depends on neo4j', 'development', 'staging'],
      ['web', 'depends on model-management', 'production', 'production'],
    ]);
    expect(p.include[1]!['min-coverage']).toBe(70);
  });

  it('skips components a change does not touch', () => {
    const p = plan({ components: [neo4j, mm, web], files, stages, changed: ['web/c.ts', 'README.md'], policy });
    expect(p.include.map((c) => c.component)).toEqual(['web']);
    expect(p.skipped).toEqual(['neo4j', 'model-management']);
  });

  it('reports globs that match nothing, missing MATURITY.md and cycles', () => {
    const a = { ...defaultComponent('a', ['src/neo4j/**']), dependsOn: ['b'] };
    const b = { ...defaultComponent('b', ['src/mm/**']), dependsOn: ['a'] };
    expect(findCycles([a, b])).toEqual([['a', 'b', 'a']]);
    const p = plan({ components: [ghost, a, b], files, stages, changed: null, policy });
    expect(p.problems).toEqual([
      { level: 'error', component: 'a', message: 'dependency cycle: a → b → a' },
      { level: 'warning', component: 'ghost', message: 'paths nowhere/** match no file of the repository' },
      { level: 'warning', component: 'ghost', message: 'nowhere/MATURITY.md does not exist' },
    ]);
  });
});
