/**
 * Line numbers far out: memory follows what the report holds, not the largest number in it
 * (8 LCOV lines numbered near 2^31 allocated 512 MB each before), and a number no source file
 * can have is refused with the file and line.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkoutFiles } from '../../packages/core/checkout-files.js';
import { ConfigurationError } from '../../packages/core/errors.js';
import { FileCoverage, MAX_LINE_NUMBER } from '../../packages/coverage/file-coverage.js';
import { readCoverage } from '../../packages/coverage/read-coverage.js';

const dir = mkdtempSync(join(tmpdir(), 'far-lines-'));
const write = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};
const read = (path: string) => readCoverage({ root: dir, patterns: [path], checkout: checkoutFiles(dir) });
const denseBytes = (f: FileCoverage) => f.toData().measured.byteLength + f.toData().covered.byteLength;

describe('far-out line numbers', () => {
  it('keep lines near 2^31 apart from the dense bits: a few bytes each, the figures exact', async () => {
    const far = Array.from({ length: 8 }, (_, i) => MAX_LINE_NUMBER - 8 + i);
    const lcov = `SF:a.py\nDA:1,1\nDA:2,0\n${far.map((l, i) => `DA:${l},${i % 2}\n`).join('')}BRDA:${far[0]},0,0,1\nBRDA:${far[0]},0,1,0\nend_of_record\n`;
    const data = await read(write('far.lcov', lcov));
    const fc = data.files[0]!.coverage;
    expect(fc.totals()).toEqual({ statements: 10, coveredStatements: 5, branches: 2, coveredBranches: 1 });
    expect(denseBytes(fc)).toBeLessThan(1024);
    expect([...fc.missedLines()]).toEqual([2, ...far.filter((_, i) => i % 2 === 0)]);
    expect(fc.isCovered(far[1]!)).toBe(true);
  });

  it('merge two runs with far lines as two runs with near ones', async () => {
    const a = new FileCoverage('a.py');
    const b = new FileCoverage('a.py');
    for (const [fc, hit] of [[a, 1], [b, 0]] as const) {
      fc.addLine(3, hit);
      fc.addLine(100_000_000, 1 - hit);
      fc.addLine(2_000_000_000, hit);
    }
    expect(a.firstLineDifference(b)).toBeUndefined();
    a.mergeFrom(b);
    expect(a.totals()).toMatchObject({ statements: 3, coveredStatements: 3 });
    expect([...a.lines()]).toEqual([3, 100_000_000, 2_000_000_000]);
  });

  it('grow the dense bits as the lines fill in, moving far lines into them', () => {
    const fc = new FileCoverage('big.py');
    fc.addLine(50_000, 1); // one line far out: kept apart
    for (let l = 1; l <= 49_999; l++) fc.addLine(l, l % 3 === 0 ? 0 : 1); // a real 50,000-line file
    expect(fc.toData().measuredFar).toBeNull();
    expect(fc.totals().statements).toBe(50_000);
    expect([...fc.lines()].length).toBe(50_000);
  });

  it('refuse a line number no source file has, with the file and line (LCOV, Cobertura, coverage.py JSON)', async () => {
    const cases: [string, string, RegExp][] = [
      ['huge.lcov', 'SF:a.py\nDA:1,1\nDA:4294967296,1\nend_of_record\n', /huge\.lcov:3: DA line number: line number 4294967296 is beyond any source file \(at most 2147483647\)/],
      ['huge.xml', '<?xml version="1.0" ?>\n<coverage><packages><package name="p"><classes><class name="a" filename="a.py"><lines>\n<line number="99999999999" hits="1"/></lines></class></classes></package></packages></coverage>\n', /huge\.xml:3:1: <line number="99999999999">: line number 99999999999 is beyond any source file/],
      ['huge.json', JSON.stringify({ meta: { version: '7.0' }, files: { 'a.py': { executed_lines: [1, 2 ** 40], missing_lines: [] } } }), /huge\.json: .*line number 1099511627776 is beyond any source file/],
    ];
    for (const [name, text, message] of cases) {
      const e = await read(write(name, text)).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(ConfigurationError);
      expect((e as ConfigurationError).describe()).toMatch(message);
    }
  });
});
