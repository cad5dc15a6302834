import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { buildRows, totalCoverage } from '../../src/components/dashboard_web/table.mjs';

describe('buildRows', () => {
  it('returns nothing for an empty list', () => {
    assert.deepEqual(buildRows([]), []);
  });

  it('sorts rows and hides hidden components', () => {
    const rows = buildRows([
      { name: 'neo4j', coverage: 97.7 },
      { name: 'legacy', coverage: 10, hidden: true },
      { name: 'model_management', coverage: 78.2 },
    ]);
    assert.deepEqual(
      rows.map((row) => [row.name, row.status]),
      [
        ['model_management', 'warn'],
        ['neo4j', 'pass'],
      ],
    );
  });

  it.todo('renders a sparkline per component');
});

describe('totalCoverage', () => {
  it('weights by statement count', () => {
    assert.equal(totalCoverage([{ covered: 3, total: 4 }, { covered: 1, total: 4 }]), 50);
  });
});
