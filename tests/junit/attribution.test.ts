/** Test cases count for their own component only: the one whose `tests` globs match their file. */
import { caseFile, componentAttributor, moduleCandidates } from '../../packages/junit/attribution.js';
import { readTestResults } from '../../packages/junit/junit.js';
import { defaultTests } from '../../packages/core/config/defaults.js';
import { checkoutFiles } from '../../packages/core/checkout-files.js';
import { PathResolver } from '../../packages/core/path-resolver.js';
import { report, REPORTS, SAMPLE } from '../support/fixtures.js';

const resolver = new PathResolver(SAMPLE, checkoutFiles(SAMPLE), []);
const resolve = (raw: string) => {
  const r = resolver.resolve(raw);
  return r.found ? r.path : null;
};

describe('test attribution', () => {
  it('reads pytest classnames as module paths, longest first', () => {
    expect(moduleCandidates('tests.unit.test_neo4j_client.TestClient')).toEqual([
      'tests/unit/test_neo4j_client/TestClient.py',
      'tests/unit/test_neo4j_client.py',
      'tests/unit.py',
      'tests.py',
    ]);
    expect(caseFile({ classname: 'tests.unit.test_neo4j_client.TestClient' }, resolve)).toBe(
      'tests/unit/test_neo4j_client.py',
    );
  });

  it('prefers a file attribute, then the suite file, and gives up on names that are no module', () => {
    expect(
      caseFile({ classname: 'x', file: '/home/runner/work/app/app/tests/unit/test_neo4j_retry.py' }, resolve),
    ).toBe('tests/unit/test_neo4j_retry.py');
    expect(
      caseFile({ classname: 'format formats a percentage', suiteFile: 'tests/dashboard_web/format.test.mjs' }, resolve),
    ).toBe('tests/dashboard_web/format.test.mjs');
    expect(caseFile({ classname: 'format formats a percentage' }, resolve)).toBeNull();
  });

  it("counts only one component's cases from pytest's real report, with the rest tallied", async () => {
    const all = await readTestResults([report('python/unit/junit.xml')], REPORTS);
    const neo4j = await readTestResults(
      [report('python/unit/junit.xml')],
      REPORTS,
      componentAttributor(defaultTests('neo4j'), resolve),
    );
    const mm = await readTestResults(
      [report('python/unit/junit.xml')],
      REPORTS,
      componentAttributor(defaultTests('model-management'), resolve),
    );
    expect(neo4j.total).toBe(11); // test_neo4j_client (7) + test_neo4j_retry (4)
    expect(mm.total).toBe(10); // test_model_management_registry (7) + _tokens (3)
    expect(neo4j.total + mm.total).toBe(all.total);
    expect(neo4j.attribution).toEqual({ other: 10, unattributed: 0, unattributedExamples: [] });
    expect(neo4j.reports[0]!.counts.passed).toBe(11);
  });

  it('a failing test of one component leaves the other untouched', async () => {
    const failing = [report('python/failing/junit.xml')];
    const all = await readTestResults(failing, REPORTS);
    expect(all.failed + all.errors).toBeGreaterThan(0);
    const neo4j = await readTestResults(failing, REPORTS, componentAttributor(defaultTests('neo4j'), resolve));
    expect(neo4j.failed + neo4j.errors).toBe(0);
    expect(neo4j.failingIds).toEqual([]);
  });

  it('cases that name no findable file are unattributed, with examples', async () => {
    const r = await readTestResults(
      [report('js/node/junit.xml')],
      REPORTS,
      componentAttributor(['tests/dashboard_web/**'], resolve),
    );
    expect(r.total).toBe(0);
    expect(r.attribution!.unattributed).toBeGreaterThan(0);
    expect(r.attribution!.unattributedExamples[0]).toMatch(/^test::/);
  });
});
