// Node test runner outcomes for the junit parser fixture (not used for coverage).
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { statusBadge } from '../../src/components/dashboard_web/format.mjs';

test('passes', () => {
  assert.equal(statusBadge(80), 'pass');
});

test('fails', () => {
  assert.equal(statusBadge(79.9), 'pass', 'badge should round up');
});

test('throws', () => {
  throw new TypeError('dashboard payload was not an array');
});

test('skipped', { skip: 'not on CI' }, () => {});

test('todo', { todo: 'threshold overrides' }, () => {});
