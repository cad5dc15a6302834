/**
 * The fault campaign (issue 13, part B): every case runs a committed bundle against the fake
 * GitHub API with one fault injected, and is classified (faults-support.ts). The counts go to
 * .tmp/campaign-faults.json; the test asserts that no case shows any defect.
 *
 * Run alone: node --experimental-vm-modules node_modules/jest/bin/jest.js tests/campaign/faults.test.ts
 * (after `npm run build`: the bundles in dist/ are what runs). FAULTS_ONLY=<substring> runs
 * the cases whose id contains it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { GATE_CASES } from './faults-gates.js';
import { OTHER_CASES } from './faults-others.js';
import { CAMPAIGN_FILE, runCase, tally, type CaseResult } from './faults-support.js';

const ALL = [...GATE_CASES, ...OTHER_CASES];
const only = process.env.FAULTS_ONLY;
const CASES = only ? ALL.filter((c) => c.id.includes(only)) : ALL;
const results: CaseResult[] = [];

afterAll(() => {
  if (only) return;
  mkdirSync(dirname(CAMPAIGN_FILE), { recursive: true });
  writeFileSync(CAMPAIGN_FILE, `${JSON.stringify(tally(results), null, 2)}\n`);
});

describe('fault campaign', () => {
  it('has at least 80 cases over the seven actions, each with its own id', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(80);
    expect(new Set(ALL.map((c) => c.id)).size).toBe(ALL.length);
    expect(new Set(ALL.map((c) => c.action))).toEqual(
      new Set([
        'coverage-gate',
        'quality-gate',
        'security-gate',
        'uptime-check',
        'promotion-report',
        'dashboard',
        'planner',
      ]),
    );
  });

  it.concurrent.each(CASES.map((c) => [c.id, c] as const))(
    '%s',
    async (_id, c) => {
      const r = await runCase(c);
      results.push(r);
      expect({ id: r.id, defects: r.details }).toEqual({ id: r.id, defects: [] });
    },
    120_000,
  );
});
