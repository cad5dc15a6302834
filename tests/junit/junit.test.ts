/** Test counts equal the test runners' own summaries. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReportError } from '../../packages/core/errors.js';
import { readTestResults } from '../../packages/junit/junit.js';
import { expectedText, report, REPORTS } from '../support/fixtures.js';

const read = (...rel: string[]) => readTestResults(rel.map(report), REPORTS);

/** "1 failed, 2 passed, 1 skipped, 1 xfailed, 2 errors" -> { failed: 1, passed: 2, ... } */
function pytestSummary(text: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of text.matchAll(/(\d+) (\w+)/g)) out[m[2]!] = Number(m[1]);
  return out;
}

function nodeSummary(text: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of text.matchAll(/ℹ (\w+) (\d+)/g)) out[m[1]!] = Number(m[2]);
  return out;
}

describe('JUnit XML', () => {
  it('pytest: a passing run', async () => {
    const r = await read('python/unit/junit.xml');
    expect(r.passed).toBe(pytestSummary(expectedText('pytest-unit-summary.txt')).passed);
    expect(r.failed + r.errors + r.skipped).toBe(0);
  });

  it('pytest: failures, setup and teardown errors, skips and xfails count as pytest counts them', async () => {
    const r = await read('python/failing/junit.xml');
    const s = pytestSummary(expectedText('pytest-failing-summary.txt'));
    expect({
      passed: r.passed,
      failed: r.failed,
      errors: r.errors,
      skipped: r.skipped - r.expectedFailures,
      xfailed: r.expectedFailures,
    }).toEqual({
      passed: s.passed,
      failed: s.failed,
      errors: s.errors,
      skipped: s.skipped,
      xfailed: s.xfailed,
    });
    expect(r.failures.map((f) => f.outcome).sort()).toEqual(['error', 'error', 'failed']);
    expect(r.failures.find((f) => f.outcome === 'failed')!.message).toMatch(/assert/i);
  });

  it('node --test junit: skipped and todo are not passes', async () => {
    const r = await read('js/node/junit.xml');
    const s = nodeSummary(expectedText('node-test-summary.txt'));
    expect(r.passed).toBe(s.pass);
    expect(r.failed).toBe(s.fail);
    expect(r.skipped).toBe(s.skipped! + s.todo!);
    const f = await read('js/node/junit-failing.xml');
    const fs = nodeSummary(expectedText('node-test-failing-summary.txt'));
    expect([f.passed, f.failed + f.errors, f.skipped]).toEqual([fs.pass, fs.fail, fs.skipped! + fs.todo!]);
  });

  it('jest-junit', async () => {
    const r = await read('js/jest-junit/junit.xml');
    const m = /Tests:\s+(\d+) failed, (\d+) skipped, (\d+) passed, (\d+) total/.exec(expectedText('jest-summary.txt'))!;
    expect([r.failed, r.skipped, r.passed, r.total]).toEqual(m.slice(1).map(Number));
  });

  it('sums several reports (globs)', async () => {
    const r = await readTestResults([report('python/*/junit.xml')], REPORTS);
    expect(r.reports.map((x) => x.file).sort()).toEqual([
      'python/failing/junit.xml',
      'python/integration/junit.xml',
      'python/unit/junit.xml',
    ]);
    expect(r.total).toBe(
      r.reports.reduce((n, x) => n + x.counts.passed + x.counts.failed + x.counts.errors + x.counts.skipped, 0),
    );
  });

  it.each([
    ['empty', '', /empty/],
    ['Cobertura instead of JUnit', '<coverage/>', /Cobertura coverage report, not JUnit/],
    ['truncated', '<testsuites><testsuite><testcase name="a">', /truncated/],
    ['entities', '<!DOCTYPE t [<!ENTITY x "y">]><testsuites/>', /internal subset/],
  ])('refuses %s', async (_w, content, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'junit-'));
    writeFileSync(join(dir, 'j.xml'), content);
    await expect(readTestResults(['j.xml'], dir)).rejects.toThrow(ReportError);
    await expect(readTestResults(['j.xml'], dir)).rejects.toThrow(message);
  });
});
