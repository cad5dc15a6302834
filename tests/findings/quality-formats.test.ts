/**
 * Lint and type-check reports made by the real tools (examples/sample-repo/reports/quality,
 * scripts/fixtures/quality.sh): counts equal what each tool printed itself (expected/), and
 * specific findings sit on the exact 1-based line and column of the sample's source.
 */
import { readFileSync } from 'node:fs';
import type { Finding, FindingLevel, FindingReport } from '../../packages/findings/finding.js';
import {
  parseQualityReport,
  readQualityReport,
  type QualityFormat,
} from '../../packages/findings/formats/quality-report.js';
import { report, SAMPLE } from '../support/fixtures.js';

const quality = (rel: string) => report(`quality/${rel}`);
const text = (rel: string) => readFileSync(quality(rel), 'utf8');
const numbers = (line: string) => (line.match(/\d+/g) ?? []).map(Number);
const read = (rel: string, format: QualityFormat) => readQualityReport(quality(rel), format);
/** The scratch checkout the fixture script ran the tools in ("another machine"). */
const CHECKOUT = '/tmp/maturity-fixture-build-quality/checkout';

function levels(r: FindingReport): Record<FindingLevel, number> {
  const c = { error: 0, warning: 0, note: 0 };
  for (const f of r.findings) c[f.level]++;
  return c;
}

function at(r: FindingReport, file: string, line: number, rule?: string): Finding[] {
  return r.findings.filter((f) => f.path?.endsWith(file) && f.start?.line === line && (!rule || f.rule === rule));
}

/** The text of a line of the sample's source, to show a position points where it should. */
function sourceLine(component: string, file: string, line: number): string {
  return readFileSync(`${SAMPLE}/src/components/${component}/${file}`, 'utf8').split('\n')[line - 1]!;
}

describe.each([
  ['ruff.json', 'ruff'],
  ['ruff-2026.json', 'ruff'],
  ['pyright.json', 'pyright'],
  ['eslint.json', 'eslint'],
  ['eslint-with-metadata.json', 'eslint'],
  ['tsc.txt', 'tsc'],
  ['tsc-missing-types.txt', 'tsc'],
] as const)('%s', (file, tool) => {
  it(`is detected as ${tool}'s and reads the same with or without saying so`, async () => {
    const detected = parseQualityReport(text(file), file);
    const said = await read(file, tool);
    expect(detected.tool).toBe(tool);
    expect(detected.findings).toEqual(said.findings);
    expect(said.file).toBe(quality(file));
  });

  it('gives every finding a 1-based position, a rule and a message', async () => {
    for (const f of (await read(file, tool)).findings) {
      expect(f.tool).toBe(tool);
      expect(f.rule).toMatch(/\S/);
      expect(f.message).toMatch(/\S/);
      if (f.start) {
        expect(f.start.line).toBeGreaterThanOrEqual(1);
        if (f.start.column !== undefined) expect(f.start.column).toBeGreaterThanOrEqual(1);
      }
    }
  });
});

describe('ruff (ruff check --output-format json)', () => {
  it('has as many findings as ruff counted ("Found N errors.")', async () => {
    const [count] = numbers(text('expected/ruff-summary.txt'));
    for (const file of ['ruff.json', 'ruff-2026.json']) {
      const r = await read(file, 'ruff');
      expect(r.findings).toHaveLength(count!);
      expect(levels(r)).toEqual({ error: count, warning: 0, note: 0 });
    }
  });

  it('reads both shapes to the same findings; the newer adds the rule name', async () => {
    const old = await read('ruff.json', 'ruff');
    const newer = await read('ruff-2026.json', 'ruff');
    expect(newer.findings.map(({ ruleName: _, ...f }) => f)).toEqual(old.findings);
    expect(at(newer, 'engine.py', 55, 'F401')[0]!.ruleName).toBe('unused-import');
    expect(old.findings.some((f) => f.ruleName)).toBe(false);
  });

  it('places an unused import exactly, with the documentation URL', async () => {
    const [f, ...more] = at(await read('ruff.json', 'ruff'), 'narrative_engine/engine.py', 55, 'F401');
    expect(more).toHaveLength(0);
    expect(f).toEqual({
      tool: 'ruff',
      rule: 'F401',
      level: 'error',
      message: '`os` imported but unused',
      path: `${CHECKOUT}/src/components/narrative_engine/engine.py`,
      start: { line: 55, column: 16 },
      end: { line: 55, column: 18 },
      url: 'https://docs.astral.sh/ruff/rules/unused-import',
    });
    expect(sourceLine('narrative_engine', 'engine.py', 55).slice(15, 17)).toBe('os');
  });

  it('keeps two identical problems on identical lines as two findings', async () => {
    const r = await read('ruff.json', 'ruff');
    const imports = r.findings.filter((f) => f.rule === 'F401');
    expect(imports.map((f) => f.start!.line)).toEqual([55, 60]);
    expect(sourceLine('narrative_engine', 'engine.py', 55)).toBe(sourceLine('narrative_engine', 'engine.py', 60));
  });

  it('has nothing on the line silenced with `# noqa: F401`', async () => {
    expect(sourceLine('narrative_engine', 'engine.py', 3)).toContain('# noqa: F401');
    expect(at(await read('ruff.json', 'ruff'), 'engine.py', 3)).toHaveLength(0);
  });

  it('calls a syntax error invalid-syntax in both shapes (code "invalid-syntax", or null with a name)', async () => {
    const raw = [JSON.parse(text('ruff.json'))[0], JSON.parse(text('ruff-2026.json'))[0]];
    expect(raw.map((d) => d.code)).toEqual(['invalid-syntax', null]);
    for (const file of ['ruff.json', 'ruff-2026.json']) {
      const [f] = at(await read(file, 'ruff'), '_internal.py', 17, 'invalid-syntax');
      expect(f).toMatchObject({
        message: 'Duplicate parameter "tags"',
        start: { line: 17, column: 33 },
        end: { line: 17, column: 37 },
      });
      expect(f!.url).toBeUndefined();
    }
  });

  it('reads a long line at its column past the limit', async () => {
    const [f] = at(await read('ruff.json', 'ruff'), 'engine.py', 69, 'E501');
    expect(f!.start).toEqual({ line: 69, column: 101 });
    expect(f!.message).toBe('Line too long (116 > 100)');
  });
});

describe('ruff: the severity field and older syntax errors', () => {
  // Objects shaped as in ruff's own CLI snapshots, trimmed to the fields that matter here.
  const entry = (extra: Record<string, unknown>) => ({
    cell: null,
    code: 'F401',
    end_location: { column: 10, row: 1 },
    filename: '/w/a.py',
    fix: null,
    location: { column: 8, row: 1 },
    message: '`os` imported but unused',
    noqa_row: 1,
    url: 'https://docs.astral.sh/ruff/rules/unused-import',
    ...extra,
  });
  const parse = (...entries: object[]) => parseQualityReport(JSON.stringify(entries), 'ruff.json', 'ruff').findings;

  it.each([
    ['error', 'error'],
    ['fatal', 'error'],
    ['warning', 'warning'],
    ['Warning', 'warning'],
    ['info', 'note'],
    ['hint', 'note'],
    ['something-new', 'error'],
    [null, 'error'],
  ])('severity %p is a %s', (severity, level) => {
    expect(parse(entry({ severity }))[0]!.level).toBe(level);
  });

  it('reads a syntax error without code or name (ruff before 0.12) as invalid-syntax', () => {
    const [f] = parse(entry({ code: null, message: 'SyntaxError: Expected an expression', noqa_row: null, url: null }));
    expect(f).toMatchObject({ rule: 'invalid-syntax', message: 'SyntaxError: Expected an expression' });
  });

  it('reads a diagnostic without a file (preview: filename and locations null)', () => {
    const [f] = parse(entry({ filename: null, location: null, end_location: null }));
    expect(f!.path).toBeNull();
    expect(f!.start).toBeUndefined();
  });

  it('names the notebook cell a row counts in', () => {
    expect(parse(entry({ cell: 3 }))[0]!.message).toBe('`os` imported but unused (notebook cell 3)');
  });
});

describe('pyright (--outputjson)', () => {
  it('counts what pyright printed ("6 errors, 4 warnings, 1 information") and fills the summary from the report\'s', async () => {
    const [errors, warnings, notes] = numbers(text('expected/pyright-summary.txt'));
    const r = await read('pyright.json', 'pyright');
    expect(levels(r)).toEqual({ error: errors, warning: warnings, note: notes });
    expect(r.summary).toEqual({ errors, warnings, notes, files: 4 });
    expect(r.version).toBe(text('VERSIONS.txt').match(/^pyright\s+(\S+)$/m)![1]);
  });

  it("turns pyright's 0-based ranges into 1-based lines and columns", async () => {
    const raw = JSON.parse(text('pyright.json')).generalDiagnostics;
    const r = await read('pyright.json', 'pyright');
    raw.forEach(
      (
        d: { range: { start: { line: number; character: number }; end: { line: number; character: number } } },
        i: number,
      ) => {
        expect(r.findings[i]!.start).toEqual({ line: d.range.start.line + 1, column: d.range.start.character + 1 });
        expect(r.findings[i]!.end).toEqual({ line: d.range.end.line + 1, column: d.range.end.character + 1 });
      },
    );
    const [wrongArgument] = at(r, 'engine.py', 70, 'reportArgumentType');
    expect(wrongArgument).toMatchObject({
      level: 'error',
      start: { line: 70, column: 20 },
      end: { line: 70, column: 21 },
    });
    expect(sourceLine('narrative_engine', 'engine.py', 70)[19]).toBe('3'); // engine.advance(3)
    // pyright indents the lines of an elaborated message with no-break spaces (U+00A0); kept as written.
    expect(wrongArgument!.message).toContain('\n\u00a0\u00a0"Literal[3]" is not assignable to "str"');
  });

  it('keeps levels: warnings set in pyrightconfig.json, information as a note', async () => {
    const r = await read('pyright.json', 'pyright');
    expect(at(r, 'engine.py', 41, 'reportOptionalMemberAccess')[0]).toMatchObject({
      level: 'warning',
      start: { line: 41, column: 23 },
    });
    expect(at(r, 'choices.py', 40, 'reportUnnecessaryIsInstance')[0]!.level).toBe('note');
    expect(at(r, 'engine.py', 5, 'reportMissingImports')[0]!.message).toBe(
      'Import "narrative_plugins" could not be resolved',
    );
  });

  it('gives a diagnostic without a rule the rule "pyright"', async () => {
    const [f] = at(await read('pyright.json', 'pyright'), '_internal.py', 17, 'pyright');
    expect(f).toMatchObject({ level: 'error', message: 'Duplicate parameter "tags"', start: { line: 17, column: 33 } });
  });
});

describe('ESLint (--format json)', () => {
  it('counts what ESLint printed ("✖ 9 problems (7 errors, 2 warnings)") and sums the files\' counts', async () => {
    const [problems, errors, warnings] = numbers(text('expected/eslint-summary.txt'));
    for (const file of ['eslint.json', 'eslint-with-metadata.json']) {
      const r = await read(file, 'eslint');
      expect(r.findings).toHaveLength(problems!);
      expect(levels(r)).toEqual({ error: errors, warning: warnings, note: 0 });
      expect(r.summary).toEqual({ errors, warnings, files: 5 });
    }
  });

  it('places a message exactly (1-based line and column, end included)', async () => {
    const [f] = at(await read('eslint.json', 'eslint'), 'settings.ts', 11, 'eqeqeq');
    expect(f).toEqual({
      tool: 'eslint',
      rule: 'eqeqeq',
      level: 'error',
      message: "Expected '===' and instead saw '=='.",
      path: `${CHECKOUT}/src/components/admin_console/settings.ts`,
      start: { line: 11, column: 25 },
      end: { line: 11, column: 27 },
    });
    expect(sourceLine('admin_console', 'settings.ts', 11).slice(24, 26)).toBe('==');
  });

  it('reads a parse error (ruleId null) as eslint-parse-error, without the 0 column the parser wrote', async () => {
    const raw = JSON.parse(text('eslint.json')).find((r: { filePath: string }) =>
      r.filePath.endsWith('legacy-widget.js'),
    );
    expect(raw.messages[0]).toMatchObject({ ruleId: null, fatal: true, line: 4, column: 0 });
    const [f] = at(await read('eslint.json', 'eslint'), 'legacy-widget.js', 4);
    expect(f).toEqual({
      tool: 'eslint',
      rule: 'eslint-parse-error',
      level: 'error',
      message: "Parsing error: '}' expected.",
      path: `${CHECKOUT}/src/components/admin_console/legacy-widget.js`,
      start: { line: 4 },
    });
  });

  it('counts messages turned off by eslint-disable comments apart', async () => {
    const r = await read('eslint.json', 'eslint');
    expect(r.excluded).toEqual([{ reason: 'turned off by eslint-disable comments in the source', count: 1 }]);
    expect(at(r, 'audit-log.ts', 24)).toHaveLength(0);
  });

  it("keeps the rules' documentation URLs from json-with-metadata", async () => {
    const [f] = at(await read('eslint-with-metadata.json', 'eslint'), 'settings.ts', 11, 'eqeqeq');
    expect(f!.url).toBe('https://eslint.org/docs/latest/rules/eqeqeq');
  });
});

describe('tsc (--noEmit --pretty false)', () => {
  it('has as many errors as tsc counted ("Found 4 errors in 3 files.", and error lines)', async () => {
    const [errors, files] = numbers(text('expected/tsc-summary.txt'));
    const r = await read('tsc.txt', 'tsc');
    expect(r.findings).toHaveLength(errors!);
    expect(r.findings).toHaveLength(numbers(text('expected/tsc-error-count.txt'))[0]!);
    expect(new Set(r.findings.map((f) => f.path)).size).toBe(files);
    expect(r.summary).toBeUndefined(); // --pretty false prints no total
  });

  it('keeps a multi-line (elaborated) message whole, joined with its indentation', async () => {
    const [f] = at(await read('tsc.txt', 'tsc'), 'settings.ts', 13, 'TS2322');
    expect(f).toEqual({
      tool: 'tsc',
      rule: 'TS2322',
      level: 'error',
      message: [
        "Type '{ theme: string; pageSize: string; }' is not assignable to type 'ConsoleSettings'.",
        "  Types of property 'theme' are incompatible.",
        '    Type \'string\' is not assignable to type \'"light" | "dark"\'.',
      ].join('\n'),
      path: 'src/components/admin_console/settings.ts',
      start: { line: 13, column: 9 },
    });
    expect(sourceLine('admin_console', 'settings.ts', 13).slice(8, 16)).toBe('settings');
  });

  it('reads an error without a location (TS2688) with its continuation lines, on no file', async () => {
    const r = await read('tsc-missing-types.txt', 'tsc');
    expect(r.findings).toHaveLength(numbers(text('expected/tsc-missing-types-error-count.txt'))[0]!);
    expect(r.findings[0]).toEqual({
      tool: 'tsc',
      rule: 'TS2688',
      level: 'error',
      message: [
        "Cannot find type definition file for 'admin-console-globals'.",
        '  The file is in the program because:',
        "    Entry point of type library 'admin-console-globals' specified in compilerOptions",
      ].join('\n'),
      path: null,
    });
  });

  it('reads empty output as a clean run (tsc prints nothing when it finds nothing)', () => {
    expect(parseQualityReport('', 'tsc.txt', 'tsc')).toEqual({ tool: 'tsc', file: 'tsc.txt', findings: [] });
    expect(parseQualityReport('\n', 'tsc.txt', 'tsc').findings).toHaveLength(0);
  });

  it('reads a path that starts with a bracket (a Next.js route) as a path, not as JSON', () => {
    const line = text('tsc.txt').split('\n')[0]!.replace('src/components/admin_console/audit-log.ts', '[slug]/page.ts');
    expect(parseQualityReport(`${line}\n`, 'tsc.txt').findings[0]).toMatchObject({
      path: '[slug]/page.ts',
      rule: 'TS2322',
      start: { line: 28, column: 5 },
    });
  });

  it('reads Windows line ends and takes a "Found N errors" line as the summary', () => {
    const r = parseQualityReport(
      `${text('tsc.txt').replace(/\n/g, '\r\n')}\r\nFound 4 errors in 3 files.\r\n`,
      'tsc.txt',
      'tsc',
    );
    expect(r.findings).toHaveLength(4);
    expect(r.findings[1]!.message.split('\n')).toHaveLength(3);
    expect(r.summary).toEqual({ errors: 4 });
  });
});

describe('empty reports that are reports', () => {
  it('reads `[]` as no findings for ruff and ESLint, and as either when not told which', () => {
    expect(parseQualityReport('[]\n', 'r.json', 'ruff')).toEqual({ tool: 'ruff', file: 'r.json', findings: [] });
    expect(parseQualityReport('[]', 'e.json', 'eslint').findings).toHaveLength(0);
    expect(parseQualityReport('[]', 'x.json').tool).toBe('ruff or eslint');
  });
});

describe('100,000 findings', () => {
  // Every finding is read: the count is the assertion. How long it takes is measured by
  // `npm run bench:quality` (no timing assertions in tests: a busy machine is not a defect).
  const N = 100_000;
  function timed(label: string, body: () => string, format: QualityFormat): void {
    expect(parseQualityReport(body(), label, format).findings).toHaveLength(N);
  }

  it('ruff', () => {
    const ruff = JSON.parse(text('ruff.json')) as unknown[];
    timed(
      'ruff',
      () =>
        JSON.stringify(
          Array.from({ length: N }, (_, i) => ruff[i % ruff.length]),
          null,
          2,
        ),
      'ruff',
    );
  });

  it('pyright', () => {
    const pyright = JSON.parse(text('pyright.json'));
    const diagnostics = pyright.generalDiagnostics as unknown[];
    timed(
      'pyright',
      () =>
        JSON.stringify(
          { ...pyright, generalDiagnostics: Array.from({ length: N }, (_, i) => diagnostics[i % diagnostics.length]) },
          null,
          4,
        ),
      'pyright',
    );
  });

  it('ESLint', () => {
    const files = JSON.parse(text('eslint.json')) as { messages: unknown[] }[];
    const file = files.find((f) => f.messages.length === 4)!;
    timed('eslint', () => JSON.stringify(Array.from({ length: N / 4 }, () => file)), 'eslint');
  });

  it('tsc', () => {
    const lines = text('tsc.txt').trimEnd().split('\n');
    const errors = lines.filter((l) => !l.startsWith(' ')).length;
    timed('tsc', () => Array.from({ length: N / errors }, () => lines.join('\n')).join('\n'), 'tsc');
  });
});
