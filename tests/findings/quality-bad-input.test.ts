/**
 * Lint and type-check reports that are empty, truncated, another tool's, or not reports at
 * all: each is refused with a ReportError naming the file, what it is, and the command that
 * makes the right report; never read as "no findings", never a crash.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError, ReportError } from '../../packages/core/errors.js';
import {
  parseQualityReport,
  readQualityReport,
  type QualityFormat,
} from '../../packages/findings/formats/quality-report.js';
import { report } from '../support/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'bad-quality-reports-'));
let n = 0;
function file(content: string | Buffer): string {
  const p = join(dir, `r${n++}`);
  writeFileSync(p, content);
  return p;
}
const fixture = (rel: string) => readFileSync(report(rel), 'utf8');
const REPORTS: Record<QualityFormat, string> = {
  ruff: fixture('quality/ruff.json'),
  pyright: fixture('quality/pyright.json'),
  eslint: fixture('quality/eslint.json'),
  tsc: fixture('quality/tsc.txt'),
};
const COMMANDS: Record<QualityFormat, RegExp> = {
  ruff: /`ruff check --output-format json --output-file ruff\.json`/,
  pyright: /`pyright --outputjson > pyright\.json`/,
  eslint: /`eslint --format json --output-file eslint\.json`/,
  tsc: /`tsc --noEmit --pretty false > tsc\.txt`/,
};
const NAMES: Record<QualityFormat, string> = {
  ruff: "ruff's JSON report",
  pyright: "pyright's --outputjson report",
  eslint: "ESLint's JSON report",
  tsc: "tsc's output",
};

/** The error reading `content` from a real file, as the action reads it. */
async function failure(content: string | Buffer, expected?: QualityFormat): Promise<ReportError> {
  const path = file(content);
  try {
    await readQualityReport(path, expected, 'reports/lint.json');
  } catch (e) {
    if (e instanceof ReportError) return e;
    throw e;
  }
  throw new Error('expected a ReportError');
}

describe('empty reports', () => {
  it.each(['ruff', 'pyright', 'eslint'] as const)('an empty file given as %s', async (tool) => {
    const e = await failure('', tool);
    expect(e.place.file).toBe('reports/lint.json');
    expect(e.describe()).toMatch(/^reports\/lint\.json: the report is empty \(0 bytes\)\./);
    expect(e.fix).toMatch(COMMANDS[tool]);
  });

  it('only white space', async () => {
    expect((await failure(' \n\t\n', 'ruff')).message).toBe('the report is empty (only white space)');
    expect((await failure('\n')).fix).toMatch(/ruff.*pyright.*ESLint.*tsc/);
  });

  it('is no error for tsc, which prints nothing when it finds nothing', async () => {
    expect((await readQualityReport(file(''), 'tsc')).findings).toEqual([]);
  });
});

describe('truncated and malformed JSON: where, and the command to rerun', () => {
  it.each(['ruff', 'pyright', 'eslint'] as const)('%s cut in half', async (tool) => {
    const text = REPORTS[tool];
    const e = await failure(text.slice(0, Math.floor(text.length / 2)), tool);
    expect(e.message).toBe('the JSON ends early (truncated)');
    expect(e.place.line).toBeGreaterThanOrEqual(1);
    expect(e.place.column).toBeGreaterThanOrEqual(1);
    expect(e.fix).toMatch(COMMANDS[tool]);
  });

  it('gives the line and column of a syntax error', async () => {
    const e = await failure('[\n  {"code": "F401",, "message": "x"}\n]\n', 'ruff');
    expect(e.message).toMatch(/malformed/);
    expect(e.place).toMatchObject({ file: 'reports/lint.json', line: 2, column: 19 }); // the second comma
    expect(e.describe()).toMatch(/^reports\/lint\.json:2:19: /);
  });
});

describe("another tool's report: says what it is and what to give instead", () => {
  const cases: [QualityFormat, QualityFormat][] = [];
  for (const expected of ['ruff', 'pyright', 'eslint', 'tsc'] as const) {
    for (const given of ['ruff', 'pyright', 'eslint', 'tsc'] as const)
      if (given !== expected) cases.push([given, expected]);
  }

  it.each(cases)("%s's report given as %s's", async (given, expected) => {
    const e = await failure(REPORTS[given], expected);
    expect(e.message).toBe(`this is ${NAMES[given]}, not ${NAMES[expected]}`);
    expect(e.fix).toMatch(COMMANDS[expected]);
    expect(e.fix).toContain(`This file is ${given}'s: give it as the ${given} report.`);
  });

  it('a coverage.json given as the ruff report', async () => {
    const e = await failure(fixture('python/unit/coverage.json'), 'ruff');
    expect(e.describe()).toMatch(
      /this is coverage\.py's JSON coverage report \(`coverage json`\), not ruff's JSON report\. Make ruff's JSON report with `ruff check/,
    );
  });

  it.each([
    ['an Istanbul coverage-final.json', 'js/c8/coverage-final.json', /Istanbul coverage-final\.json/],
    ['an Istanbul coverage-summary.json', 'js/c8/coverage-summary.json', /Istanbul coverage-summary\.json/],
    ['a Cobertura report', 'python/unit/coverage.xml', /an XML document \(<coverage>\)/],
    ['a JUnit report', 'python/unit/junit.xml', /an XML document \(<testsuites>\)/],
    ['a bandit report', 'security/bandit.json', /bandit's JSON report/],
  ])('%s given as the eslint report', async (_what, rel, message) => {
    expect((await failure(fixture(rel), 'eslint')).message).toMatch(message);
  });

  it.each([
    [
      "pyright's text output",
      'pyright',
      'quality/text-output/pyright.txt',
      /^this is pyright's text output \(it needs --outputjson\)/,
    ],
    [
      "ESLint's stylish output",
      'eslint',
      'quality/text-output/eslint-stylish.txt',
      /^this is ESLint's stylish text output \(it needs --format json\)/,
    ],
    ["tsc's --pretty output", 'tsc', 'quality/text-output/tsc-pretty.txt', /^this is tsc's --pretty output/],
  ] as const)("%s given as that tool's report", async (_what, tool, rel, message) => {
    const e = await failure(fixture(rel), tool);
    expect(e.message).toMatch(message);
    expect(e.fix).toMatch(COMMANDS[tool]);
  });

  it('tells the kind of an unknown report without an expected tool', () => {
    expect(() => parseQualityReport(fixture('python/unit/coverage.json'), 'x.json')).toThrow(
      /this is coverage\.py's JSON coverage report \(`coverage json`\), not a lint or type-check report/,
    );
  });
});

describe('not a report at all', () => {
  it('binary garbage', async () => {
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xfe, 0x00, 0x10,
    ]);
    expect((await failure(png, 'ruff')).message).toBe("this is binary data, not ruff's JSON report");
    expect(
      (await failure(Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)), 'tsc')).message,
    ).toMatch(/binary data/);
  });

  it.each([
    ['null', 'null', 'ruff', "this is JSON null, not ruff's JSON report"],
    ['a number', '42', 'pyright', "this is a JSON number, not pyright's --outputjson report"],
    ['a string given as tsc', '"ok"\n', 'tsc', "this is a JSON string, not tsc's output"],
    [
      'a JSON object of the wrong shape',
      '{"errors": [], "count": 0}',
      'pyright',
      'this is a JSON object with keys "errors", "count", not pyright\'s --outputjson report',
    ],
    ['an empty JSON object', '{}', 'eslint', "this is an empty JSON object, not ESLint's JSON report"],
    ['an array of strings', '["a.py"]', 'ruff', "this is a JSON array of strings, not ruff's JSON report"],
    [
      'an array of other objects',
      '[{"path": "a.py", "line": 1}]',
      'ruff',
      'this is a JSON array of objects with keys "path", "line", not ruff\'s JSON report',
    ],
    [
      'an empty array given as pyright',
      '[]',
      'pyright',
      "this is an empty JSON array, not pyright's --outputjson report",
    ],
    [
      'a SARIF log',
      '{"version": "2.1.0", "runs": []}',
      'ruff',
      "this is a SARIF log (`--output-format sarif`), not ruff's JSON report",
    ],
    [
      'a GitLab report',
      '[{"check_name": "F401", "fingerprint": "ab", "location": {}}]',
      'ruff',
      "this is a GitLab Code Quality report (`--output-format gitlab`), not ruff's JSON report",
    ],
    [
      'JSON Lines',
      '{"code": "F401", "message": "x"}\n{"code": "F821", "message": "y"}\n',
      'ruff',
      'this is JSON Lines (one object a line, keys "code", "message"), not ruff\'s JSON report',
    ],
    [
      'plain text given as ruff',
      'hello, world\n',
      'ruff',
      "this is text that is no known report, not ruff's JSON report",
    ],
  ] as const)('%s', async (_what, content, tool, message) => {
    const e = await failure(content, tool);
    expect(e.message).toBe(message);
    expect(e.fix).toMatch(COMMANDS[tool]);
  });

  it('text printed before the JSON (stderr or an npm banner mixed in)', async () => {
    const e = await failure(`No configuration file found.\n${REPORTS.pyright}`, 'pyright');
    expect(e.message).toBe(
      'this is text followed by JSON on line 2 (it starts with "No configuration file found."), not pyright\'s --outputjson report',
    );
    expect(e.fix).toMatch(
      /^Write only the tool's standard output to the report file \(no `2>&1`; `npm run --silent` for npm scripts\)\. Make pyright's/,
    );
  });

  it('text that is not tsc output, with the line it is on', async () => {
    const e = await failure(`${REPORTS.tsc}> npm run typecheck\n`, 'tsc');
    expect(e.message).toBe('this line is not one tsc --pretty false prints (file(line,col): error TSnnnn: message)');
    expect(e.place).toMatchObject({ file: 'reports/lint.json', line: REPORTS.tsc.split('\n').length, column: 1 });
    expect((await failure('hello, world\n', 'tsc')).place.line).toBe(1);
  });

  it('a continuation line with nothing before it', async () => {
    expect((await failure('  Type "x" is not assignable\n', 'tsc')).message).toMatch(
      /is not one tsc --pretty false prints/,
    );
  });
});

describe('reports of the right kind with a wrong field: the element and field', () => {
  it.each([
    [
      'ruff: a row that is not a number',
      'ruff',
      '[{"code": "F401", "filename": "a.py", "message": "m", "location": {"row": "1", "column": 1}}]',
      '[0].location',
      /the line must be a whole number, found "1"/,
    ],
    [
      'ruff: no message',
      'ruff',
      '[{"code": "F401", "filename": "a.py", "message": "m"}, {"code": "F401", "filename": "a.py", "location": null, "message": 3}]',
      '[1].message',
      /expected a string, found 3/,
    ],
    [
      'pyright: an unknown severity',
      'pyright',
      '{"generalDiagnostics": [{"file": "a.py", "severity": "fatal", "message": "m"}]}',
      'generalDiagnostics[0].severity',
      /expected "error", "warning" or "information", found "fatal"/,
    ],
    [
      'pyright: a summary count that is not a number',
      'pyright',
      '{"generalDiagnostics": [], "summary": {"errorCount": "2"}}',
      'summary.errorCount',
      /expected a whole number/,
    ],
    [
      'ESLint: severity 0',
      'eslint',
      '[{"filePath": "/w/a.ts", "messages": [{"ruleId": "x", "severity": 0, "message": "m"}], "errorCount": 0, "warningCount": 0}]',
      '[0].messages[0].severity',
      /expected 1 \(warning\) or 2 \(error\), found 0/,
    ],
    [
      'ESLint: no errorCount',
      'eslint',
      '[{"filePath": "/w/a.ts", "messages": []}]',
      '[0].errorCount',
      /expected a whole number, found missing/,
    ],
  ] as const)('%s', async (_what, tool, content, at, message) => {
    const e = await failure(content, tool);
    expect(e.place.at).toBe(at);
    expect(e.message).toMatch(message);
    expect(e.message).toMatch(new RegExp(`so this is not ${NAMES[tool].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    expect(e.fix).toMatch(COMMANDS[tool]);
  });
});

describe('report files that cannot be read', () => {
  it('a missing file is a ConfigurationError naming it', async () => {
    const e = await readQualityReport(join(dir, 'nope.json'), 'ruff', 'reports/nope.json').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ConfigurationError);
    expect(e).not.toBeInstanceOf(ReportError);
    expect((e as ConfigurationError).describe()).toMatch(
      /^reports\/nope\.json: the report file does not exist\. Check the path/,
    );
  });

  it('a directory', async () => {
    const e = await readQualityReport(dir, 'eslint').catch((x: unknown) => x);
    expect((e as ConfigurationError).message).toBe('is a directory, not a report file');
    expect((e as ConfigurationError).place.file).toBe(dir);
  });
});
