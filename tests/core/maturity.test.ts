import { parseMaturityFile } from '../../packages/core/maturity/maturity-file.js';

const TEMPLATE = `---
title: Neo4j Maturity Status
tags: #TTA
---
# Neo4j Maturity Status

**Current Stage**: Staging (promoted from Development on 2025-10-10)
**Last Updated**: 2025-10-12
**Owner**: theinterneti
**Functional Group**: Core Infrastructure

## Promotion History

### Promotions

- **2025-10-07**: Promoted to Development
- **2025-10-10**: Promoted to Staging (Issue #12)
- **YYYY-MM-DD**: Promoted to Production (Issue #YYY)

### Demotions

- **2025-09-01**: Demoted to Development (Reason: flaky tests, Issue #3)

## Notes
- 2025-11-01: Promoted to Production (in a note, not history)
`;

describe('MATURITY.md', () => {
  it('reads the stage, its date, the fields and the history (template placeholders ignored)', () => {
    const r = parseMaturityFile(TEMPLATE, 'src/components/neo4j/MATURITY.md');
    expect(r).toMatchObject({
      stage: 'staging',
      promotedFrom: 'development',
      since: '2025-10-10',
      lastUpdated: '2025-10-12',
      owner: 'theinterneti',
      group: 'Core Infrastructure',
    });
    expect(r.history).toEqual([
      { date: '2025-09-01', kind: 'demoted', stage: 'development', issue: 3, reason: 'flaky tests', line: 22 },
      { date: '2025-10-07', kind: 'promoted', stage: 'development', line: 16 },
      { date: '2025-10-10', kind: 'promoted', stage: 'staging', issue: 12, line: 17 },
    ]);
    // The template's YYYY-MM-DD is "not filled in", not a mistake: no warning.
    expect(r.warnings).toEqual([]);
  });

  it('reads a demotion on the stage line: the stage it came down from, and since when', () => {
    const r = parseMaturityFile(
      '**Current Stage**: Staging (demoted from Production on 2026-12-10)\n\n## Promotion History\n\n### Demotions\n\n- **2026-12-10**: Demoted to Staging (Reason: uptime 99.20% in 2026-11 below 99.5%, Issue #12)\n',
      'M.md',
    );
    expect(r).toMatchObject({ stage: 'staging', demotedFrom: 'production', since: '2026-12-10', warnings: [] });
    expect(r.promotedFrom).toBeUndefined();
    expect(r.history).toEqual([
      {
        date: '2026-12-10',
        kind: 'demoted',
        stage: 'staging',
        issue: 12,
        reason: 'uptime 99.20% in 2026-11 below 99.5%',
        line: 7,
      },
    ]);
  });

  it('reads template date placeholders as not filled in, silently; a malformed real date still warns', () => {
    const placeholders = [
      '**Current Stage**: Staging (promoted from Development on 2025-10-XX)',
      '**Last Updated**: YYYY-MM-DD',
      '',
      '## Promotion History',
      '',
      '- **YYYY-MM-DD**: Promoted to Development',
      '- 2025-10-XX: Promoted to Staging (Issue #XXX)',
      '- **XXXX-XX-XX**: Promoted to Production (Issue #YYY)',
      '- <date>: Demoted to Staging (Reason: <Description>, Issue #ZZZ)',
      '- **2025-XX-XX**: Promoted to Staging',
      '',
    ].join('\n');
    const quiet = parseMaturityFile(placeholders, 'M.md');
    expect(quiet).toMatchObject({ stage: 'staging', promotedFrom: 'development', history: [], warnings: [] });
    expect(quiet.since).toBeUndefined();
    expect(quiet.lastUpdated).toBeUndefined();
    expect(
      parseMaturityFile(
        '**Current Stage**: Staging (promoted from Development on <date>)\n**Last Updated**: <date>\n',
        'M.md',
      ).warnings,
    ).toEqual([]);

    const malformed = [
      '**Current Stage**: Staging (promoted from Development on 2025-13-45)',
      '**Last Updated**: 2025-02-30',
      '',
      '## Promotion History',
      '',
      '- **2025-13-45**: Promoted to Staging (Issue #4)',
      '- **2025-1O-07**: Promoted to Development',
      '',
    ].join('\n');
    const loud = parseMaturityFile(malformed, 'M.md');
    expect(loud.history).toEqual([]);
    expect(loud.warnings).toEqual([
      'the promotion date in "Staging (promoted from Development on 2025-13-45)" is not a date (YYYY-MM-DD)',
      'Last Updated "2025-02-30" is not a date (YYYY-MM-DD)',
      'history entry "2025-13-45: Promoted to Staging (Issue #4)" has no valid date (YYYY-MM-DD); ignored',
      'history entry "2025-1O-07: Promoted to Development" has no valid date (YYYY-MM-DD); ignored',
    ]);
  });

  it('reads the promotion guide’s plain list and takes the stage date from the history', () => {
    const r = parseMaturityFile(
      `**Current Stage**: Production\n\n## Promotion History\n- 2025-01-02: Promoted to Development\n- 2025-02-03: Promoted to Staging (Issue #5)\n- 2025-03-04: Promoted to Production (Issue #9)\n`,
      'MATURITY.md',
    );
    expect(r.stage).toBe('production');
    expect(r.since).toBe('2025-03-04');
    expect(r.history.map((h) => h.issue)).toEqual([undefined, 5, 9]);
  });

  it('reads the seeds template as written (Development, no date)', () => {
    const r = parseMaturityFile('**Current Stage**: Development\n**Last Updated**: 2025-10-07\n', 'M.md');
    expect(r.stage).toBe('development');
    expect(r.since).toBeUndefined();
  });

  it('reads one component’s section of a shared file', () => {
    const shared = `# Components\n\n## Redis\n\n**Current Stage**: Production\n\n## Neo4j\n\n**Current Stage**: Development\n\n### Promotion History\n- 2025-10-07: Promoted to Development\n\n## Docker\n**Current Stage**: Staging\n`;
    const r = parseMaturityFile(shared, 'src/components/MATURITY.md#neo4j');
    expect(r.stage).toBe('development');
    expect(r.history).toHaveLength(1);
  });

  it('says what is missing instead of guessing', () => {
    expect(parseMaturityFile('# Nothing here\n', 'M.md').warnings.join()).toMatch(/no "\*\*Current Stage\*\*:" line/);
    const odd = parseMaturityFile('**Current Stage**: Beta\n', 'M.md');
    expect(odd.stage).toBeUndefined();
    expect(odd.warnings.join()).toMatch(/"Beta" is not Development, Staging or Production/);
  });

  it('accepts the colon inside the bold label', () => {
    expect(parseMaturityFile('**Current Stage:** staging\n', 'M.md').stage).toBe('staging');
  });
});
