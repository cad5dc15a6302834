/** Malformed, truncated, empty or wrong reports: a clear error naming the file and place, never a crash. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkoutFiles } from '../../packages/core/checkout-files.js';
import { ConfigurationError, ReportError } from '../../packages/core/errors.js';
import { readCoverage } from '../../packages/coverage/read-coverage.js';
import { report, SAMPLE } from '../support/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'bad-reports-'));
let n = 0;
function file(content: string | Buffer, name = `r${n++}`): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}
const cobertura = readFileSync(report('python/unit/coverage.xml'), 'utf8');
const lcov = readFileSync(report('python/unit/coverage.lcov'), 'utf8');
const json = readFileSync(report('python/unit/coverage.json'), 'utf8');

async function failure(...paths: string[]): Promise<ConfigurationError> {
  try {
    await readCoverage({ root: SAMPLE, patterns: paths, checkout: checkoutFiles(SAMPLE) });
  } catch (e) {
    if (e instanceof ConfigurationError) return e;
    throw e;
  }
  throw new Error('expected a ConfigurationError');
}

describe('bad coverage reports', () => {
  it.each([
    ['an empty file', '', /empty \(0 bytes\)/],
    ['only white space', '  \n\n ', /empty \(only white space\)/],
    ['an unknown format', 'hello, world\n', /unknown report format \(it starts with a line of 12 character\(s\) that is not XML, JSON or an LCOV record\)/],
    ['a .env file, not quoted', 'SECRET_KEY=pl4nted\n', /it starts with a NAME=value line, like a .env file\)/],
    ['truncated Cobertura', cobertura.slice(0, cobertura.length / 2), /truncated/],
    ['a DOCTYPE with entities', `<?xml version="1.0"?><!DOCTYPE coverage [<!ENTITY x SYSTEM "file:///etc/passwd">]><coverage>&x;</coverage>`, /internal subset/],
    ['an undefined entity', '<coverage><sources><source>&x;</source></sources></coverage>', /&x; .*never expanded/],
    ['a JUnit file', '<testsuites><testsuite name="x"/></testsuites>', /JUnit test report.*test-results/],
    ['another XML document', '<html><body/></html>', /<html>, not Cobertura's <coverage>/],
    ['a NaN rate', '<coverage line-rate="NaN"><packages/></coverage>', /line-rate="NaN".*from 0 to 1/],
    ['an out-of-range rate', '<coverage line-rate="1.5"><packages/></coverage>', /line-rate="1.5"/],
    ['a bad line number', '<coverage><packages><package><classes><class filename="a.py"><lines><line number="x" hits="1"/></lines></class></classes></package></packages></coverage>', /line number/],
    ['negative hits', '<coverage><packages><package><classes><class filename="a.py"><lines><line number="1" hits="-1"/></lines></class></classes></package></packages></coverage>', /hits must be a whole number/],
    ['impossible branch counts', '<coverage><packages><package><classes><class filename="a.py"><lines><line number="1" hits="1" branch="true" condition-coverage="300% (3/1)"/></lines></class></classes></package></packages></coverage>', /covered branches must be between/],
    ['truncated JSON', json.slice(0, 200), /ends early \(truncated\)/],
    ['malformed JSON', '{"meta": {}, "files": {,}}', /malformed/],
    ['JSON that is not coverage', '[{"code": "E501"}]', /JSON array.*not a coverage report/],
    ['LCOV without end_of_record', lcov.slice(0, lcov.lastIndexOf('end_of_record')), /no end_of_record: the file is truncated/],
    ['LCOV with garbage', 'SF:a.py\nDA:1,1\nthis is not lcov\nend_of_record\n', /is not an LCOV record/],
    ['LCOV with a bad DA', 'SF:a.py\nDA:x,1\nend_of_record\n', /DA line number must be a whole number/],
  ])('%s', async (_what, content, message) => {
    const path = file(content);
    const e = await failure(path);
    expect(e).toBeInstanceOf(ReportError);
    expect(e.describe()).toMatch(message);
    expect(e.place.file).toBe(path); // outside the root: shown as given
  });

  it('gives the line and column of an XML error', async () => {
    const path = file('<coverage>\n  <packages>\n    <package>\n  </packages>\n</coverage>\n');
    const e = await failure(path);
    expect(e.place.line).toBe(4);
    expect(e.place.column).toBe(3);
  });

  it('gives the line of an LCOV error and of a JSON syntax error', async () => {
    expect((await failure(file('TN:\nSF:a.py\nDA:1,1\nDA:2,x\nend_of_record\n'))).place.line).toBe(4);
    expect((await failure(file('{\n  "meta": {},\n  "files": {\n    "a.py": [1,,2]\n  }\n}\n'))).place.line).toBe(4);
  });

  it('refuses a glob that matches nothing, naming the pattern and where it looked', async () => {
    const e = await failure(join(dir, 'nothing-*.xml'));
    expect(e.describe()).toMatch(/matches no file \(looked in .*\)/);
    expect(e.place.at).toBe('coverage-files');
  });

  it('refuses the same file in two reports with different line sets', async () => {
    const a = file('TN:\nSF:src/components/neo4j/client.py\nDA:1,1\nDA:2,0\nend_of_record\n', 'a.info');
    const b = file('TN:\nSF:src/components/neo4j/client.py\nDA:1,1\nDA:3,0\nend_of_record\n', 'b.info');
    const e = await failure(a, b);
    expect(e.describe()).toMatch(/src\/components\/neo4j\/client.py is in .*a.info and in .*b.info with different lines \(line 2 is measured in only one\)/);
  });

  it('refuses merging coverage-summary.json with per-line data for the same file', async () => {
    const e = await failure(report('js/c8/coverage-summary.json'), report('js/c8/coverage-final.json'));
    expect(e.describe()).toMatch(/only per-file totals/);
  });

  it('refuses merging branch data that identifies branches differently', async () => {
    const e = await failure(report('python/unit/coverage.xml'), report('python/integration/coverage.lcov'));
    expect(e.describe()).toMatch(/identify branches differently/);
  });

  it('reads a large single-line report without splitting tokens wrongly', async () => {
    const oneLine = cobertura.replace(/\n\s*/g, '');
    const data = await readCoverage({ root: SAMPLE, patterns: [file(oneLine, 'one-line.xml')], checkout: checkoutFiles(SAMPLE) });
    expect(data.files.length).toBe(14);
  });
});
