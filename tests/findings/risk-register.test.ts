/**
 * The accepted-risk register (SECURITY_FINDINGS_ACCEPTED_RISKS.md): finding its one block,
 * reading entries (malformed ones become problems at their line, the rest still count), and
 * matching findings (fingerprint, rule + glob, pkg:<name>), expiry, staleness and the severity
 * policy. The sample register is checked against the real bandit report of the sample repo.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError } from '../../packages/core/errors.js';
import type { Finding, Severity } from '../../packages/findings/finding.js';
import { fingerprintFindings } from '../../packages/findings/fingerprint.js';
import { readSecurityReport } from '../../packages/findings/formats/detect-security-format.js';
import { applyRiskRegister } from '../../packages/findings/apply-register.js';
import {
  isCalendarDate,
  parseRiskRegister,
  REGISTER_FILE,
  utcDate,
  type RiskEntry,
  type RiskRegister,
} from '../../packages/findings/risk-register.js';
import { checkoutLineText } from '../../packages/findings/source-lines.js';
import { report, SAMPLE } from '../support/fixtures.js';

const FILE = 'SECURITY_FINDINGS_ACCEPTED_RISKS.md';
const FENCE = '```';

/** A register whose block starts at line 5 (fence), its YAML at line 6. */
function md(yaml: string): string {
  return `# Accepted risks\n\nProse for people.\n\n${FENCE}yaml accepted-risks\n${yaml}\n${FENCE}\n\nMore prose.\n`;
}

/** A complete valid entry's keys (after `- id: ...`), indented for a list item. */
const VALID = [
  '  justification: "fine for now"',
  '  owner: "@alice"',
  '  approver: "@bob"',
  '  expires: 2027-01-31',
].join('\n');
const entry = (id: string, match: string, extra = '') => `- id: ${id}\n${match}\n${VALID}${extra ? `\n${extra}` : ''}`;
const rulePath = (rule: string, path: string) => `  rule: ${rule}\n  path: "${path}"`;

function parse(yaml: string): RiskRegister {
  return parseRiskRegister(md(yaml), FILE);
}

function thrown(fn: () => unknown): ConfigurationError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigurationError);
    return e as ConfigurationError;
  }
  throw new Error('expected a ConfigurationError');
}

let n = 0;
function finding(over: Partial<Finding> = {}): Finding {
  n++;
  return {
    tool: 'bandit',
    rule: 'B101',
    level: 'note',
    severity: 'low',
    message: `m${n}`,
    path: 'src/app/store.py',
    start: { line: n },
    ...over,
  };
}

const LOW_ONLY = { today: '2026-06-01', acceptableSeverities: ['low'] as Severity[] };

describe('parseRiskRegister: the block', () => {
  test('reads entries with their lines in the file, defaults and normalized values', () => {
    const reg = parse(
      [
        entry('AR-001', rulePath('B101', 'src/app/store.py'), '  tool: bandit\n  severity: Medium'),
        '',
        entry('AR-002', '  fingerprint: 3F2A9C0D1E4B5A6F'),
      ].join('\n'),
    );
    expect(reg.problems).toEqual([]);
    expect(reg.file).toBe(FILE);
    expect(reg.entries).toEqual<RiskEntry[]>([
      {
        id: 'AR-001',
        rule: 'B101',
        path: 'src/app/store.py',
        tool: 'bandit',
        justification: 'fine for now',
        owner: '@alice',
        approver: '@bob',
        expires: '2027-01-31',
        severity: 'medium',
        line: 6,
      },
      {
        id: 'AR-002',
        fingerprint: '3f2a9c0d1e4b5a6f',
        justification: 'fine for now',
        owner: '@alice',
        approver: '@bob',
        expires: '2027-01-31',
        severity: 'low',
        line: 16,
      },
    ]);
  });

  test('no block at all: a ConfigurationError naming the file and showing the expected block', () => {
    const e = thrown(() => parseRiskRegister('# Accepted risks\n\nNothing here yet.\n', FILE));
    expect(e.place.file).toBe(FILE);
    expect(e.describe()).toContain(FILE);
    expect(e.describe()).toContain('```yaml accepted-risks\n- id: AR-001');
    expect(e.describe()).toMatch(/expires: \d{4}-\d{2}-\d{2}/);
  });

  test('a block with another info string is not the register, and the error points at it', () => {
    const e = thrown(() => parseRiskRegister(`# R\n\n${FENCE}yaml accepted-risk\n- id: AR-001\n${FENCE}\n`, FILE));
    expect(e.place.line).toBe(3);
    expect(e.message).toContain('fenced as `yaml accepted-risk`');
    thrown(() => parseRiskRegister(`${FENCE}yaml\n- id: AR-001\n${FENCE}\n`, FILE));
  });

  test('fences in HTML comments or inside another code block do not count', () => {
    const text = [
      '# R',
      '',
      '<!--',
      `${FENCE}yaml accepted-risks`,
      '- id: OLD',
      FENCE,
      '-->',
      '',
      'An example of the format:',
      '',
      '````markdown',
      `${FENCE}yaml accepted-risks`,
      '- id: EXAMPLE',
      FENCE,
      '````',
      '',
      `${FENCE}yaml accepted-risks`,
      entry('AR-001', rulePath('B101', 'a.py')),
      FENCE,
    ].join('\n');
    const reg = parseRiskRegister(text, FILE);
    expect(reg.entries.map((e) => [e.id, e.line])).toEqual([['AR-001', 18]]);
  });

  test('tilde fences, yml and any case of the language are accepted', () => {
    const reg = parseRiskRegister(`~~~YML accepted-risks\n${entry('AR-001', rulePath('B101', 'a.py'))}\n~~~\n`, FILE);
    expect(reg.entries.map((e) => e.id)).toEqual(['AR-001']);
  });

  test('two blocks: exactly one is expected, naming both lines', () => {
    const text = `${FENCE}yaml accepted-risks\n- id: A\n${FENCE}\n\ntext\n\n${FENCE}yaml accepted-risks\n- id: B\n${FENCE}\n`;
    const e = thrown(() => parseRiskRegister(text, FILE));
    expect(e.message).toContain('exactly one');
    expect(e.message).toContain('lines 1 and 7');
    expect(e.place).toMatchObject({ file: FILE, line: 7 });
  });

  test('an empty block is an empty register', () => {
    expect(parse('')).toMatchObject({ entries: [], problems: [] });
    expect(parse('# nothing accepted yet')).toMatchObject({ entries: [], problems: [] });
    expect(parse('[]')).toMatchObject({ entries: [], problems: [] });
  });

  test('a YAML syntax error is reported at its line in the Markdown file', () => {
    // Block YAML starts at line 6; the bad flow sequence is on YAML line 2, reported where it ends (line 3).
    const e = thrown(() => parse('- id: AR-001\n  rule: [B101\n  path: x'));
    expect(e.message).toContain('not valid YAML');
    expect(e.place.file).toBe(FILE);
    expect(e.place.line).toBeGreaterThanOrEqual(7);
    expect(e.place.line).toBeLessThanOrEqual(8);
    const quote = thrown(() => parse('- id: AR-001\n  justification: "never closed'));
    expect(quote.place.line).toBe(7);
  });

  test('the line of a YAML error accounts for an indented fence (in a list item)', () => {
    const text = [
      '# R',
      '',
      '- The register:',
      '',
      `  ${FENCE}yaml accepted-risks`,
      '  - id: AR-001',
      '    rule: B101',
      '    path: a.py',
      '    owner: @alice',
      `  ${FENCE}`,
      '',
    ].join('\n');
    const e = thrown(() => parseRiskRegister(text, FILE));
    expect(e.place.line).toBe(9);
    expect(e.place.column).toBe(12);
  });

  test('a YAML mapping instead of a list is an error saying how to write entries', () => {
    const e = thrown(() => parse(`id: AR-001\n${rulePath('B101', 'a.py').replace(/^ {2}/gm, '')}`));
    expect(e.message).toContain('must be a YAML list of entries, found a mapping');
    expect(e.place.line).toBe(6);
    expect(e.fix).toContain('- ');
  });

  test('several YAML documents in the block are an error', () => {
    const e = thrown(() => parse(`${entry('A', rulePath('B1', 'a.py'))}\n---\n${entry('B', rulePath('B1', 'a.py'))}`));
    expect(e.message).toContain('not valid YAML');
  });

  test('a CRLF file reads the same, with the same lines', () => {
    const lf = md(
      [
        entry('AR-001', rulePath('B101', 'src/**'), '  justification: |\n    two\n    lines'),
        entry('AR-002', '  fingerprint: 3f2a9c0d1e4b5a6f'),
      ]
        .join('\n')
        .replace('  justification: "fine for now"\n', ''),
    );
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = parseRiskRegister(lf, FILE);
    const b = parseRiskRegister(crlf, FILE);
    expect(a.problems).toEqual([]);
    expect(b.problems).toEqual([]);
    expect(b.entries.map((e) => e.line)).toEqual(a.entries.map((e) => e.line));
    expect(b.entries.map((e) => ({ ...e, justification: e.justification.replace(/\r\n/g, '\n') }))).toEqual(a.entries);
    expect(b.entries[0]!.expires).toBe('2027-01-31');
    const bad = thrown(() =>
      parseRiskRegister(md('- id: AR-001\n  justification: "never closed').replace(/\n/g, '\r\n'), FILE),
    );
    expect(bad.place.line).toBe(7);
  });
});

describe('parseRiskRegister: entries', () => {
  function problems(yaml: string) {
    return parse(yaml).problems;
  }

  test('a malformed entry is a problem at its line and is left out; the others still count', () => {
    const reg = parse(
      [
        entry('AR-001', rulePath('B101', 'a.py')),
        '- id: AR-002', // line 13
        '  rule: B102',
        '  path: b.py',
        '  owner: "@alice"',
        '  approver: 7',
        entry('AR-003', rulePath('B103', 'c.py')),
      ].join('\n'),
    );
    expect(reg.entries.map((e) => e.id)).toEqual(['AR-001', 'AR-003']);
    expect(reg.problems).toHaveLength(1);
    const p = reg.problems[0]!;
    expect(p).toMatchObject({ entryId: 'AR-002', line: 13 });
    expect(p.message).toContain('justification is missing');
    expect(p.message).toContain('expires is missing');
    expect(p.message).toContain('approver: expected text, found the number 7');
  });

  test('missing required fields each say so', () => {
    const [p] = problems('- id: AR-001\n  rule: B101\n  path: a.py');
    for (const key of ['justification', 'owner', 'approver', 'expires'])
      expect(p!.message).toContain(`${key} is missing`);
    const [noId] = problems(`- ${VALID.trimStart()}\n${rulePath('B101', 'a.py')}`);
    expect(noId).toMatchObject({ entryId: null, line: 6 });
    expect(noId!.message).toContain('id is missing');
  });

  test('wrong types, blank text, unknown keys and bad severities', () => {
    expect(problems(entry('AR-001', rulePath('B101', 'a.py'), '  tool: [a, b]'))[0]!.message).toContain(
      'tool: expected text, found a list',
    );
    expect(
      problems(entry('AR-001', rulePath('B101', 'a.py')).replace('"fine for now"', '"   "'))[0]!.message,
    ).toContain('justification must not be empty');
    const unknown = problems(entry('AR-001', rulePath('B101', 'a.py'), '  expiry: 2027-01-01'))[0]!;
    expect(unknown.message).toContain('unknown key "expiry"');
    expect(unknown).toMatchObject({ field: 'expiry', fieldLine: 13 });
    expect(problems(entry('AR-001', rulePath('B101', 'a.py'), '  severity: severe'))[0]!.message).toContain(
      'severity: expected one of critical, high, medium, low, info',
    );
    expect(problems('- just text')[0]).toMatchObject({ entryId: null, line: 6 });
    expect(problems('- just text')[0]!.message).toContain('must be a mapping');
    expect(problems('-')[0]!.message).toContain('found an empty value');
  });

  test('which findings: a fingerprint, or a rule with a path', () => {
    expect(problems(`- id: A\n${VALID}`)[0]!.message).toContain('needs a `fingerprint`, or a `rule` and a `path`');
    expect(problems(entry('A', '  rule: B101'))[0]!.message).toContain('`rule` needs a `path`');
    expect(problems(entry('A', '  path: a.py'))[0]!.message).toContain('`path` needs a `rule`');
    expect(problems(entry('A', '  fingerprint: xyz'))[0]!.message).toContain('16 hexadecimal digits');
    expect(problems(entry('A', '  fingerprint: 3f2a9c0d1e4b5a6f00'))[0]!.message).toContain('16 hexadecimal digits');
    expect(problems(entry('A', rulePath('CVE-1', 'pkg:')))[0]!.message).toContain('pkg: needs a package name');
    // A fingerprint and a rule need the path too (rule and path go together).
    expect(problems(entry('A', '  fingerprint: 3f2a9c0d1e4b5a6f\n  rule: B101'))[0]!.message).toContain(
      '`rule` and `path` go together',
    );
    // Empty optional keys count as absent.
    expect(parse(entry('A', '  fingerprint: 3f2a9c0d1e4b5a6f\n  tool:\n  rule:')).entries[0]).not.toHaveProperty(
      'tool',
    );
  });

  test('a numeric rule (safety advisory ids) is read as text', () => {
    expect(parse(entry('A', '  rule: 51457\n  path: pkg:jinja2')).entries[0]!.rule).toBe('51457');
  });

  test('ids, fingerprints and rules that YAML would read as numbers are taken as written', () => {
    const r = parse(
      [
        entry('001', '  fingerprint: 0000000000000045'),
        entry('AR-2', '  fingerprint: 123456e789012345'),
        entry('AR-3', rulePath('0042', 'a.py')),
      ].join('\n'),
    );
    expect(r.problems).toEqual([]);
    expect(r.entries.map((e) => [e.id, e.fingerprint ?? e.rule])).toEqual([
      ['001', '0000000000000045'],
      ['AR-2', '123456e789012345'],
      ['AR-3', '0042'],
    ]);
  });

  test('duplicate ids: the first entry stays, a later one is a problem naming the first line', () => {
    const reg = parse(
      [entry('AR-001', rulePath('B101', 'a.py')), entry('AR-001', rulePath('B102', 'b.py'))].join('\n'),
    );
    expect(reg.entries.map((e) => e.rule)).toEqual(['B101']);
    expect(reg.problems).toEqual([
      {
        entryId: 'AR-001',
        line: 13,
        field: 'id',
        fieldLine: 13,
        message: 'duplicate id "AR-001": the entry at line 6 has it too; ids must be unique',
      },
    ]);
  });

  test('owner and approver must be different people (case, spaces and @ ignored)', () => {
    for (const [owner, approver] of [
      ['"@alice"', '"@alice"'],
      ['"@Alice"', 'alice'],
      ['" @alice "', '"@ALICE"'],
    ]) {
      const reg = parse(entry('A', rulePath('B101', 'a.py')).replace('"@alice"', owner!).replace('"@bob"', approver!));
      expect(reg.entries).toEqual([]);
      expect(reg.problems[0]!.message).toContain('the approver must be someone other than the owner');
      expect(reg.problems[0]!.field).toBe('approver');
    }
  });

  test('a key written twice in an entry is a problem for that entry only', () => {
    const reg = parse(
      [entry('A', rulePath('B101', 'a.py'), '  expires: 2030-01-01'), entry('B', rulePath('B101', 'a.py'))].join('\n'),
    );
    expect(reg.entries.map((e) => e.id)).toEqual(['B']);
    expect(reg.problems).toEqual([
      {
        entryId: 'A',
        line: 6,
        field: 'expires',
        fieldLine: 13,
        message: 'a key is written twice in this entry ("expires")',
      },
    ]);
  });

  test.each([
    '2027-02-30',
    '2027-13-01',
    '2027-00-10',
    '2027-1-5',
    '27-01-31',
    'next year',
    '2027-01-31T00:00:00Z',
    '20270131',
  ])('expires %s is not a date', (date) => {
    const reg = parse(entry('A', rulePath('B101', 'a.py')).replace('2027-01-31', date));
    expect(reg.entries).toEqual([]);
    expect(reg.problems[0]!.field).toBe('expires');
    expect(reg.problems[0]!.message).toContain('expires must be a calendar date written YYYY-MM-DD');
  });

  test('expires as a plain YAML date, a quoted string, a !!timestamp or a YAML 1.1 date: all read as the date written', () => {
    const forms = [
      '2027-01-31',
      '"2027-01-31"',
      "'2027-01-31'",
      '!!timestamp 2027-01-31',
      '!!timestamp 2027-01-31T23:30:00-05:00',
      '!!timestamp 2027-01-31 23:30:00 -5',
    ];
    for (const form of forms) {
      const reg = parse(entry('A', rulePath('B101', 'a.py')).replace('2027-01-31', form));
      expect([form, reg.problems]).toEqual([form, []]);
      expect([form, reg.entries[0]!.expires]).toEqual([form, '2027-01-31']);
    }
    const yaml11 = parseRiskRegister(
      `${FENCE}yaml accepted-risks\n%YAML 1.1\n---\n${entry('A', rulePath('B101', 'a.py'))}\n${FENCE}\n`,
      FILE,
    );
    expect(yaml11.problems).toEqual([]);
    expect(yaml11.entries[0]).toMatchObject({ expires: '2027-01-31', line: 4 });
    // A timestamp would roll 2027-02-30 over to March 2nd; it is refused instead.
    for (const bad of ['!!timestamp 2027-02-30']) {
      expect(parse(entry('A', rulePath('B101', 'a.py')).replace('2027-01-31', bad)).problems[0]!.field).toBe('expires');
    }
    const yaml11Bad = parseRiskRegister(
      `${FENCE}yaml accepted-risks\n%YAML 1.1\n---\n${entry('A', rulePath('B101', 'a.py')).replace('2027-01-31', '2027-02-30')}\n${FENCE}\n`,
      FILE,
    );
    expect(yaml11Bad.problems[0]!.field).toBe('expires');
  });

  test('hostile text in a justification is data, kept raw (rendering escapes it)', () => {
    const hostile = '<script>alert(1)</script> @everyone #1 [x](https://evil.example) | a | ``` ![](x) <!-- -->';
    const reg = parse(entry('A', rulePath('B101', 'a.py')).replace('"fine for now"', JSON.stringify(hostile)));
    expect(reg.problems).toEqual([]);
    expect(reg.entries[0]!.justification).toBe(hostile);
    const block = parse(
      entry('A', rulePath('B101', 'a.py')).replace(
        '"fine for now"',
        '|\n    line one\n    <img src=x onerror=alert(1)>',
      ),
    );
    expect(block.entries[0]!.justification).toBe('line one\n<img src=x onerror=alert(1)>\n');
  });

  test('dates are validated as calendar dates', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2027-02-29')).toBe(false);
    expect(utcDate(new Date('2027-01-31T23:59:59-05:00'))).toBe('2027-02-01');
  });
});

describe('applyRiskRegister', () => {
  const reg = (yaml: string) => {
    const r = parse(yaml);
    expect(r.problems).toEqual([]);
    return r;
  };

  test('matches by fingerprint, only that finding', () => {
    const a = finding({ fingerprint: '3f2a9c0d1e4b5a6f' });
    const b = finding({ fingerprint: '0000000000000000' });
    const out = applyRiskRegister([a, b], reg(entry('A', '  fingerprint: 3F2A9C0D1E4B5A6F')), LOW_ONLY);
    expect(out.accepted).toEqual([{ finding: a, entry: expect.objectContaining({ id: 'A' }) }]);
    expect(out.notAccepted).toEqual([b]);
    expect(out).toMatchObject({ expired: [], stale: [], disallowed: [], expiredUnused: [] });
  });

  test('matches by rule (case-insensitive) and a path or glob; one entry covers several findings', () => {
    const inStore = finding({ rule: 'b101', path: 'src/app/store.py' });
    const inApi = finding({ rule: 'B101', path: 'src/app/api/views.py' });
    const dotDir = finding({ rule: 'B101', path: 'src/app/.hidden/x.py' });
    const otherRule = finding({ rule: 'B102', path: 'src/app/store.py' });
    const outside = finding({ rule: 'B101', path: 'tests/test_store.py' });
    const noPath = finding({ rule: 'B101', path: null });
    const out = applyRiskRegister(
      [inStore, inApi, dotDir, otherRule, outside, noPath],
      reg(entry('A', rulePath('B101', './src/app/**'))),
      LOW_ONLY,
    );
    expect(out.accepted.map((a) => a.finding)).toEqual([inStore, inApi, dotDir]);
    expect(out.notAccepted).toEqual([otherRule, outside, noPath]);
    const exact = applyRiskRegister([inStore, inApi], reg(entry('A', rulePath('B101', 'src/app/store.py'))), LOW_ONLY);
    expect(exact.accepted.map((a) => a.finding)).toEqual([inStore]);
    // Globs are case-sensitive, like the paths of a Linux checkout.
    expect(applyRiskRegister([inStore], reg(entry('A', rulePath('B101', 'SRC/**'))), LOW_ONLY).accepted).toEqual([]);
  });

  test('tool, when given, narrows the match (both ways of matching)', () => {
    const bandit = finding({ tool: 'bandit', fingerprint: 'aaaaaaaaaaaaaaaa' });
    const sarif = finding({ tool: 'CodeQL', fingerprint: 'bbbbbbbbbbbbbbbb' });
    const byRule = applyRiskRegister(
      [bandit, sarif],
      reg(entry('A', rulePath('B101', '**'), '  tool: codeql')),
      LOW_ONLY,
    );
    expect(byRule.accepted.map((a) => a.finding)).toEqual([sarif]);
    const byFp = applyRiskRegister(
      [bandit],
      reg(entry('A', '  fingerprint: aaaaaaaaaaaaaaaa', '  tool: safety')),
      LOW_ONLY,
    );
    expect(byFp.accepted).toEqual([]);
    expect(byFp.stale.map((e) => e.id)).toEqual(['A']);
  });

  test('dependencies: pkg:<name> case-insensitively, optionally @version; the rule may be an alias', () => {
    const dep = (name: string, version: string, rule = 'PYSEC-2021-142', aliases?: string[]) =>
      finding({ tool: 'pip-audit', rule, path: null, pkg: { name, version }, ...(aliases ? { aliases } : {}) });
    const pyyaml = dep('PyYAML', '5.3', 'PYSEC-2021-142', ['CVE-2020-14343', 'GHSA-8q59-q68h-6hv4']);
    const jinja = dep('jinja2', '2.10');
    const findings = [pyyaml, jinja];
    expect(
      applyRiskRegister(findings, reg(entry('A', rulePath('pysec-2021-142', 'pkg:pyyaml'))), LOW_ONLY).accepted.map(
        (a) => a.finding,
      ),
    ).toEqual([pyyaml]);
    expect(
      applyRiskRegister(findings, reg(entry('A', rulePath('CVE-2020-14343', 'pkg:PYYAML'))), LOW_ONLY).accepted.map(
        (a) => a.finding,
      ),
    ).toEqual([pyyaml]);
    expect(
      applyRiskRegister(findings, reg(entry('A', rulePath('CVE-2020-14343', 'pkg:pyyaml@5.3'))), LOW_ONLY).accepted.map(
        (a) => a.finding,
      ),
    ).toEqual([pyyaml]);
    expect(
      applyRiskRegister(findings, reg(entry('A', rulePath('CVE-2020-14343', 'pkg:pyyaml@5.4'))), LOW_ONLY).accepted,
    ).toEqual([]);
    // pkg: never matches a file path, a glob never matches a dependency.
    expect(
      applyRiskRegister([finding({ path: 'pkg:x' })], reg(entry('A', rulePath('B101', 'pkg:x'))), LOW_ONLY).accepted,
    ).toEqual([]);
    expect(applyRiskRegister(findings, reg(entry('A', rulePath('PYSEC-2021-142', '**'))), LOW_ONLY).accepted).toEqual(
      [],
    );
  });

  test('expiry: valid through its day (UTC), expired the day after; an expired match fails the gate', () => {
    const f = finding();
    const r = reg(entry('A', rulePath('B101', '**')).replace('2027-01-31', '2026-06-01'));
    const onTheDay = applyRiskRegister([f], r, LOW_ONLY);
    expect(onTheDay.accepted).toHaveLength(1);
    expect(onTheDay.expired).toEqual([]);
    const dayAfter = applyRiskRegister([f, finding()], r, { ...LOW_ONLY, today: '2026-06-02' });
    expect(dayAfter.accepted).toEqual([]);
    expect(dayAfter.notAccepted).toHaveLength(2);
    expect(dayAfter.expired).toEqual([{ entry: r.entries[0], findings: 2 }]);
    expect(dayAfter.disallowed).toEqual([]);
    expect(dayAfter.stale).toEqual([]);
  });

  test('an expired entry is listed even when another entry accepts the finding; one matching nothing is only unused', () => {
    const f = finding();
    const r = reg(
      [
        entry('OLD', rulePath('B101', '**')).replace('2027-01-31', '2025-01-01'),
        entry('NEW', rulePath('B101', 'src/**')),
        entry('GONE', rulePath('B999', '**')).replace('2027-01-31', '2025-01-01'),
      ].join('\n'),
    );
    const out = applyRiskRegister([f], r, LOW_ONLY);
    expect(out.accepted.map((a) => a.entry.id)).toEqual(['NEW']);
    expect(out.expired.map((e) => [e.entry.id, e.findings])).toEqual([['OLD', 1]]);
    expect(out.expiredUnused.map((e) => e.id)).toEqual(['GONE']);
    expect(out.stale).toEqual([]);
  });

  test('an unexpired entry that matches nothing is stale', () => {
    const out = applyRiskRegister(
      [finding()],
      reg([entry('A', rulePath('B101', '**')), entry('B', '  fingerprint: 3f2a9c0d1e4b5a6f')].join('\n')),
      LOW_ONLY,
    );
    expect(out.stale.map((e) => e.id)).toEqual(['B']);
    expect(applyRiskRegister([], reg(entry('A', rulePath('B101', '**'))), LOW_ONLY).stale.map((e) => e.id)).toEqual([
      'A',
    ]);
  });

  test('severity: the acceptable severities of the policy and the ceiling of the entry', () => {
    const medium = finding({ severity: 'medium' });
    const r = reg(entry('A', rulePath('B101', '**'), '  severity: medium'));
    const policyLow = applyRiskRegister([medium], r, LOW_ONLY);
    expect(policyLow.accepted).toEqual([]);
    expect(policyLow.notAccepted).toEqual([medium]);
    expect(policyLow.disallowed).toEqual([
      {
        entry: r.entries[0],
        finding: medium,
        reason: "medium findings cannot be accepted: the policy's acceptable-severities is low",
      },
    ]);
    expect(policyLow.stale).toEqual([]); // it matched
    const policyMedium = { ...LOW_ONLY, acceptableSeverities: ['low', 'medium'] as Severity[] };
    expect(applyRiskRegister([medium], r, policyMedium).accepted).toHaveLength(1);
    // The entry's default ceiling is low.
    const lowEntry = reg(entry('A', rulePath('B101', '**')));
    const above = applyRiskRegister([medium], lowEntry, policyMedium);
    expect(above.disallowed.map((d) => d.reason)).toEqual([
      'the finding is medium, above the low severity this entry covers',
    ]);
    // No acceptable severities: nothing can be accepted.
    expect(
      applyRiskRegister([finding()], lowEntry, { ...LOW_ONLY, acceptableSeverities: [] }).disallowed[0]!.reason,
    ).toContain('is (none)');
  });

  test('a finding without a severity is treated as high; info counts as low', () => {
    const unknown = finding({ severity: undefined });
    const info = finding({ severity: 'info' });
    const r = reg(entry('A', rulePath('B101', '**'), '  severity: critical'));
    const out = applyRiskRegister([unknown, info], r, LOW_ONLY);
    expect(out.accepted.map((a) => a.finding)).toEqual([info]);
    expect(out.disallowed).toEqual([
      {
        entry: r.entries[0],
        finding: unknown,
        reason:
          "high findings cannot be accepted (the report gives no severity; treated as high): the policy's acceptable-severities is low",
      },
    ]);
    const all = { ...LOW_ONLY, acceptableSeverities: ['low', 'medium', 'high', 'critical'] as Severity[] };
    expect(applyRiskRegister([unknown], r, all).accepted).toHaveLength(1);
    expect(
      applyRiskRegister([unknown], reg(entry('A', rulePath('B101', '**'), '  severity: medium')), all).disallowed[0]!
        .reason,
    ).toContain('above the medium severity');
  });

  test('the first allowed entry in register order accepts; refusals are listed only for findings left unaccepted', () => {
    const f = finding({ fingerprint: 'aaaaaaaaaaaaaaaa', severity: 'medium' });
    const both = reg(
      [
        entry('LOWCAP', rulePath('B101', '**')),
        entry('BYFP', '  fingerprint: aaaaaaaaaaaaaaaa', '  severity: medium'),
      ].join('\n'),
    );
    const policy = { ...LOW_ONLY, acceptableSeverities: ['low', 'medium'] as Severity[] };
    const out = applyRiskRegister([f], both, policy);
    expect(out.accepted.map((a) => a.entry.id)).toEqual(['BYFP']);
    expect(out.disallowed).toEqual([]);
    expect(out.stale).toEqual([]);
    const g = finding({ fingerprint: 'aaaaaaaaaaaaaaaa' });
    const order = reg(
      [entry('SECOND', '  fingerprint: aaaaaaaaaaaaaaaa'), entry('FIRST', rulePath('B101', '**'))]
        .join('\n')
        .replace('- id: SECOND', '- id: SECOND'),
    );
    expect(applyRiskRegister([g], order, LOW_ONLY).accepted.map((a) => a.entry.id)).toEqual(['SECOND']);
    // An entry that matches by fingerprint and by rule + path is one candidate, counted once.
    const dual = reg(
      entry('DUAL', `  fingerprint: aaaaaaaaaaaaaaaa\n${rulePath('B101', '**')}`).replace('2027-01-31', '2020-01-01'),
    );
    expect(applyRiskRegister([g], dual, LOW_ONLY).expired.map((e) => e.findings)).toEqual([1]);
  });

  test('today must be a YYYY-MM-DD date', () => {
    expect(() => applyRiskRegister([], reg(''), { ...LOW_ONLY, today: '2026-6-1' })).toThrow(/today/);
  });

  test('100,000 findings x 200 entries is fast', () => {
    const entries: string[] = [];
    for (let i = 0; i < 100; i++) entries.push(entry(`FP-${i}`, `  fingerprint: ${i.toString(16).padStart(16, '0')}`));
    // The worst case for rules: 100 entries of one rule, each with its own glob.
    for (let i = 0; i < 100; i++) entries.push(entry(`G-${i}`, rulePath('B101', `src/pkg${i}/**/*.py`)));
    const r = reg(entries.join('\n'));
    expect(r.entries).toHaveLength(200);
    const findings: Finding[] = [];
    for (let i = 0; i < 100_000; i++) {
      findings.push({
        tool: 'bandit',
        rule: i % 2 ? 'B101' : `B${i % 700}`,
        level: 'note',
        severity: 'low',
        message: 'm',
        path: `src/pkg${i % 250}/mod${i % 40}/file${i % 13}.py`,
        start: { line: i + 1 },
        fingerprint: (i % 1000).toString(16).padStart(16, '0'),
      });
    }
    const out = applyRiskRegister(findings, r, LOW_ONLY);
    expect(out.accepted.length + out.notAccepted.length).toBe(100_000);
    expect(out.accepted.length).toBeGreaterThan(0);
  });
});

describe('the sample register (examples/sample-repo)', () => {
  test('reads without problems and judges the session_vault bandit findings', async () => {
    const text = readFileSync(join(SAMPLE, REGISTER_FILE), 'utf8');
    const register = parseRiskRegister(text, REGISTER_FILE);
    expect(register.problems).toEqual([]);
    expect(register.entries.map((e) => e.id)).toEqual(['AR-001', 'AR-002', 'AR-003', 'AR-004', 'AR-005']);
    // Entry lines point at their `- id:` lines in the file.
    const lines = text.split('\n');
    for (const e of register.entries) expect(lines[e.line - 1]).toBe(`- id: ${e.id}`);

    const r = await readSecurityReport(report('security/bandit.json'));
    fingerprintFindings(r.findings, checkoutLineText(SAMPLE));
    const out = applyRiskRegister(r.findings, register, { today: '2026-11-21', acceptableSeverities: ['low'] });
    const ids = (xs: { entry: RiskEntry; finding?: Finding }[]) =>
      xs.map((x) => `${x.entry.id}:${x.finding?.rule ?? ''}`);
    expect(ids(out.accepted).sort()).toEqual(['AR-001:B403', 'AR-002:B404']);
    expect(out.expired.map((e) => [e.entry.id, e.findings])).toEqual([['AR-003', 1]]);
    expect(out.stale.map((e) => e.id)).toEqual(['AR-004']);
    expect(ids(out.disallowed)).toEqual(['AR-005:B303']);
    expect(out.expiredUnused).toEqual([]);
    expect(out.notAccepted.map((f) => f.rule).sort()).toEqual(['B101', 'B107', 'B301', 'B303', 'B501', 'B506', 'B602']);
    // The fingerprint entry (AR-002) names exactly the B404 finding of maintenance.py.
    const b404 = r.findings.find((f) => f.rule === 'B404')!;
    expect(b404.fingerprint).toBe(register.entries[1]!.fingerprint);
    // Before AR-003 expired, it accepted the assert.
    expect(
      applyRiskRegister(r.findings, register, { today: '2026-09-30', acceptableSeverities: ['low'] })
        .accepted.map((a) => a.entry.id)
        .sort(),
    ).toEqual(['AR-001', 'AR-002', 'AR-003']);
  });
});
