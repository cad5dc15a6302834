import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError } from '../../packages/core/errors.js';
import { parseMaturityFile } from '../../packages/core/maturity/maturity-file.js';
import { STAGES, type Stage } from '../../packages/core/stages.js';
import { applyPromotion, type PromotionChange } from '../../packages/promotion/maturity-update.js';
import { SAMPLE } from '../support/fixtures.js';
import { JOURNEY_REPO } from '../support/tool-shims/index.js';

const COMPONENTS = join(SAMPLE, 'src', 'components');
const samples = readdirSync(COMPONENTS)
  .filter((name) => existsSync(join(COMPONENTS, name, 'MATURITY.md')))
  .sort();
const sample = (name: string) => readFileSync(join(COMPONENTS, name, 'MATURITY.md'), 'utf8');

const toProduction: PromotionChange = {
  from: 'staging',
  to: 'production',
  date: '2026-11-21',
  issue: 42,
  issueUrl: 'https://github.com/tta/demo/issues/42',
  by: 'theinterneti',
};

/** The seeds' MATURITY.md template, in its shape (placeholders, checklists, sections after the history). */
const TEMPLATE = `---
title: Therapeutic Systems Maturity Status
tags: #TTA
path: src/components/therapeutic_systems_enhanced/MATURITY.md
---
# Therapeutic Systems Maturity Status

**Current Stage**: Development
**Last Updated**: 2025-10-07
**Owner**: theinterneti
**Functional Group**: Therapeutic Content

---

## Maturity Criteria

### Development → Staging

- [ ] Core features complete (80%+ of planned functionality)
- [ ] Unit tests passing (≥70% coverage)

**Status**: X/7 criteria met

---

### Staging → Production

- [ ] Integration tests passing (≥80% coverage)
- [ ] 7-day uptime in staging ≥99.5%

**Status**: X/8 criteria met

---

## Promotion History

### Promotions

- **YYYY-MM-DD**: Promoted to Development
- **YYYY-MM-DD**: Promoted to Staging (Issue #XXX)
- **YYYY-MM-DD**: Promoted to Production (Issue #YYY)

### Demotions

- **YYYY-MM-DD**: Demoted to Staging (Reason: <Description>, Issue #ZZZ)

---

## Current Blockers

1. **Issue #XXX**: <Blocker Description>
`;

function next(stage: Stage): Stage {
  return STAGES[STAGES.indexOf(stage) + 1]!;
}

describe('applyPromotion', () => {
  it('records staging → production in the sample neo4j file, changing only the three places', () => {
    const before = sample('neo4j');
    const { markdown, changes } = applyPromotion(before, toProduction, 'src/components/neo4j/MATURITY.md');
    expect(markdown).toBe(
      before
        .replace(
          '**Current Stage**: Staging (promoted from Development on 2026-10-20)',
          '**Current Stage**: Production (promoted from Staging on 2026-11-21)',
        )
        .replace('**Last Updated**: 2026-10-20', '**Last Updated**: 2026-11-21')
        .replace(
          '- **2026-10-20**: Promoted to Staging (Issue #12)\n',
          '- **2026-10-20**: Promoted to Staging (Issue #12)\n- **2026-11-21**: Promoted to Production (Issue [#42](https://github.com/tta/demo/issues/42))\n',
        ),
    );
    // The checklist for the transition just made is the file's own; it is left as it was.
    expect(markdown).toContain('### Staging → Production\n\n- [ ] Integration tests passing (≥80% coverage)');
    expect(changes).toEqual([
      'src/components/neo4j/MATURITY.md: Current Stage `Staging (promoted from Development on 2026-10-20)` → `Production (promoted from Staging on 2026-11-21)` (by @theinterneti)',
      'src/components/neo4j/MATURITY.md: Last Updated `2026-10-20` → `2026-11-21`',
      'src/components/neo4j/MATURITY.md: Promotion History + `- **2026-11-21**: Promoted to Production (Issue [#42](https://github.com/tta/demo/issues/42))`',
    ]);

    const record = parseMaturityFile(markdown, 'src/components/neo4j/MATURITY.md');
    expect(record).toMatchObject({
      stage: 'production',
      promotedFrom: 'staging',
      since: '2026-11-21',
      lastUpdated: '2026-11-21',
      warnings: [],
    });
    expect(record.history.map((h) => [h.date, h.stage, h.issue])).toEqual([
      ['2026-09-01', 'development', undefined],
      ['2026-10-20', 'staging', 12],
      ['2026-11-21', 'production', 42],
    ]);
  });

  it.each(samples)('promotes the sample %s to its next stage and it reads back', (name) => {
    const before = sample(name);
    const from = parseMaturityFile(before, `${name}/MATURITY.md`).stage!;
    const change: PromotionChange = { from, to: next(from), date: '2026-11-21', issue: 50 };
    const { markdown, changes } = applyPromotion(before, change, `${name}/MATURITY.md`);
    const title = { staging: 'Staging', production: 'Production' }[change.to as 'staging' | 'production'];

    const record = parseMaturityFile(markdown, `${name}/MATURITY.md`);
    expect(record).toMatchObject({
      stage: change.to,
      promotedFrom: from,
      since: '2026-11-21',
      lastUpdated: '2026-11-21',
    });
    expect(record.history.at(-1)).toMatchObject({ date: '2026-11-21', kind: 'promoted', stage: change.to, issue: 50 });
    expect(changes).toHaveLength(3);
    // Nothing else moved: the two field lines replaced, one history line added at the end.
    const lines = markdown.split('\n');
    const old = before.split('\n');
    expect(lines).toHaveLength(old.length + 1);
    const added = `- **2026-11-21**: Promoted to ${title} (Issue #50)`;
    const at = lines.indexOf(added);
    expect(at).toBeGreaterThan(0);
    const expected = [...old];
    expected.splice(at, 0, added);
    const stageLine = old.findIndex((l) => l.startsWith('**Current Stage**'));
    const updatedLine = old.findIndex((l) => l.startsWith('**Last Updated**'));
    expected[stageLine >= at ? stageLine + 1 : stageLine] =
      `**Current Stage**: ${title} (promoted from ${from === 'development' ? 'Development' : 'Staging'} on 2026-11-21)`;
    expected[updatedLine >= at ? updatedLine + 1 : updatedLine] = '**Last Updated**: 2026-11-21';
    expect(lines).toEqual(expected);
    expect(markdown.endsWith('\n')).toBe(before.endsWith('\n'));
  });

  it('appends to the Promotions list of the seeds template, after its placeholders, before Demotions', () => {
    const change: PromotionChange = { from: 'development', to: 'staging', date: '2026-11-21', issue: 7 };
    const { markdown } = applyPromotion(TEMPLATE, change, 'src/components/therapeutic_systems_enhanced/MATURITY.md');
    const history = markdown.slice(markdown.indexOf('### Promotions'), markdown.indexOf('### Demotions'));
    expect(history).toBe(
      '### Promotions\n\n' +
        '- **YYYY-MM-DD**: Promoted to Development\n' +
        '- **YYYY-MM-DD**: Promoted to Staging (Issue #XXX)\n' +
        '- **YYYY-MM-DD**: Promoted to Production (Issue #YYY)\n' +
        '- **2026-11-21**: Promoted to Staging (Issue #7)\n\n',
    );
    // Frontmatter, both checklists, demotions and blockers are untouched.
    expect(markdown.replace('- **2026-11-21**: Promoted to Staging (Issue #7)\n', '')).toBe(
      TEMPLATE.replace(
        '**Current Stage**: Development',
        '**Current Stage**: Staging (promoted from Development on 2026-11-21)',
      ).replace('**Last Updated**: 2025-10-07', '**Last Updated**: 2026-11-21'),
    );
    const record = parseMaturityFile(markdown, 'MATURITY.md');
    expect(record).toMatchObject({ stage: 'staging', promotedFrom: 'development', since: '2026-11-21' });
  });

  it('keeps CRLF line endings and a missing final newline', () => {
    const lf = sample('neo4j');
    const crlf = lf.replace(/\n/g, '\r\n');
    const fromLf = applyPromotion(lf, toProduction, 'MATURITY.md').markdown;
    const fromCrlf = applyPromotion(crlf, toProduction, 'MATURITY.md').markdown;
    expect(fromCrlf).toBe(fromLf.replace(/\n/g, '\r\n'));
    expect(fromCrlf.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);

    const bare = lf.replace(/\n+$/, '');
    const out = applyPromotion(bare, toProduction, 'MATURITY.md').markdown;
    expect(out).toBe(fromLf.replace(/\n+$/, ''));
    expect(out.endsWith('(Issue [#42](https://github.com/tta/demo/issues/42))')).toBe(true);
  });

  it('is idempotent: the same change twice gives the same text and no second entry', () => {
    const once = applyPromotion(sample('neo4j'), toProduction, 'MATURITY.md');
    const twice = applyPromotion(once.markdown, toProduction, 'MATURITY.md');
    expect(twice.markdown).toBe(once.markdown);
    expect(twice.changes).toEqual([]);
    expect(once.markdown.match(/Promoted to Production/g)).toHaveLength(1);
    // Also when the entry was written by hand, in another style, before the stage line.
    const byHand = sample('neo4j').replace(
      '(Issue #12)\n',
      '(Issue #12)\n- 2026-11-21: Promoted to Production (Issue #42)\n',
    );
    const { markdown } = applyPromotion(byHand, toProduction, 'MATURITY.md');
    expect(markdown.match(/Promoted to Production/g)).toHaveLength(1);
    expect(parseMaturityFile(markdown, 'MATURITY.md').stage).toBe('production');
  });

  it('follows the file\u2019s entry style: plain dates, linked issue numbers', () => {
    const plain =
      '**Current Stage**: Staging\n\n## Promotion History\n- 2025-01-02: Promoted to Development\n- 2025-02-03: Promoted to Staging (Issue #5)\n';
    expect(applyPromotion(plain, { ...toProduction, issueUrl: undefined }, 'M.md').markdown).toBe(
      '**Current Stage**: Production (promoted from Staging on 2026-11-21)\n\n## Promotion History\n- 2025-01-02: Promoted to Development\n- 2025-02-03: Promoted to Staging (Issue #5)\n- 2026-11-21: Promoted to Production (Issue #42)\n',
    );
    const linked =
      '**Current Stage**: Staging\n\n## Promotion History\n\n* **2025-02-03**: Promoted to Staging ([#5](https://x/5))\n';
    expect(applyPromotion(linked, toProduction, 'M.md').markdown).toBe(
      '**Current Stage**: Production (promoted from Staging on 2026-11-21)\n\n## Promotion History\n\n* **2025-02-03**: Promoted to Staging ([#5](https://x/5))\n* **2026-11-21**: Promoted to Production ([#42](https://github.com/tta/demo/issues/42))\n',
    );
    // A loose list stays loose; no issue, no reference.
    const loose =
      '**Current Stage**: Staging\n\n## Promotion History\n\n- **2025-01-02**: Promoted to Development\n\n- **2025-02-03**: Promoted to Staging\n\n## Notes\n';
    expect(applyPromotion(loose, { from: 'staging', to: 'production', date: '2026-11-21' }, 'M.md').markdown).toBe(
      '**Current Stage**: Production (promoted from Staging on 2026-11-21)\n\n## Promotion History\n\n- **2025-01-02**: Promoted to Development\n\n- **2025-02-03**: Promoted to Staging\n\n- **2026-11-21**: Promoted to Production\n\n## Notes\n',
    );
  });

  it('starts the list when the history section has none, and keeps fields that share a line', () => {
    const empty =
      '**Current Stage**: Staging **Last Updated**: 2025-10-12 **Owner**: me\n\n## Promotion History\n\n### Promotions\n\n---\n';
    const { markdown } = applyPromotion(empty, toProduction, 'M.md');
    expect(markdown).toBe(
      '**Current Stage**: Production (promoted from Staging on 2026-11-21) **Last Updated**: 2026-11-21 **Owner**: me\n\n## Promotion History\n\n### Promotions\n\n- **2026-11-21**: Promoted to Production (Issue [#42](https://github.com/tta/demo/issues/42))\n\n---\n',
    );
    expect(parseMaturityFile(markdown, 'M.md')).toMatchObject({
      stage: 'production',
      lastUpdated: '2026-11-21',
      owner: 'me',
    });

    const tight = '**Current Stage**: Staging\n## Promotion History\nNone yet.\n';
    expect(applyPromotion(tight, { from: 'staging', to: 'production', date: '2026-11-21' }, 'M.md').markdown).toBe(
      '**Current Stage**: Production (promoted from Staging on 2026-11-21)\n## Promotion History\n\n- **2026-11-21**: Promoted to Production\n\nNone yet.\n',
    );
  });

  it('updates only the named component of a shared file', () => {
    const shared =
      '# Platform\n\n## Redis\n\n**Current Stage**: Staging\n**Last Updated**: 2025-01-01\n\n### Promotion History\n\n- **2025-01-01**: Promoted to Staging\n\n' +
      '## Neo4j\n\n**Current Stage**: Staging\n**Last Updated**: 2025-02-02\n\n### Promotion History\n\n- **2025-02-02**: Promoted to Staging\n';
    const { markdown } = applyPromotion(shared, toProduction, 'docs/MATURITY.md#neo4j');
    expect(markdown.slice(0, markdown.indexOf('## Neo4j'))).toBe(shared.slice(0, shared.indexOf('## Neo4j')));
    expect(parseMaturityFile(markdown, 'docs/MATURITY.md#neo4j')).toMatchObject({
      stage: 'production',
      since: '2026-11-21',
    });
    expect(parseMaturityFile(markdown, 'docs/MATURITY.md#redis')).toMatchObject({
      stage: 'staging',
      lastUpdated: '2025-01-01',
    });
    expect(() => applyPromotion(shared, toProduction, 'docs/MATURITY.md#kafka')).toThrow(/no heading names "kafka"/);
  });

  describe('refuses, changing nothing', () => {
    const attempt = (markdown: string, change: PromotionChange = toProduction): ConfigurationError => {
      try {
        applyPromotion(markdown, change, 'src/components/neo4j/MATURITY.md');
      } catch (e) {
        expect(e).toBeInstanceOf(ConfigurationError);
        return e as ConfigurationError;
      }
      throw new Error('expected a ConfigurationError');
    };

    it('a file without a Promotion History section', () => {
      const noHistory = sample('neo4j').replace(/## Promotion History[\s\S]*$/, '');
      const e = attempt(noHistory);
      expect(e.place.file).toBe('src/components/neo4j/MATURITY.md');
      expect(e.describe()).toMatch(
        /^src\/components\/neo4j\/MATURITY\.md: lacks a "## Promotion History" section, so the promotion to Production was not recorded\. Add /,
      );
      expect(e.message).toContain('"## Promotion History" section');
      expect(e.message).not.toContain('Current Stage');
    });

    it('a file without a Current Stage line (or without either)', () => {
      const noStage = sample('neo4j').replace(/\*\*Current Stage\*\*.*\n/, '');
      expect(attempt(noStage).message).toContain('"**Current Stage**:" line');
      const neither = '# Neo4j\n\nSome notes.\n';
      const e = attempt(neither);
      expect(e.message).toContain('lacks a "**Current Stage**:" line and a "## Promotion History" section');
    });

    it('a stage that does not match the change, a skipped stage, a bad date', () => {
      const dev = sample('session_vault');
      expect(attempt(dev).message).toMatch(/Current Stage is Development, not Staging/);
      expect(attempt(dev).place.line).toBe(3);
      expect(attempt(dev, { from: 'development', to: 'production', date: '2026-11-21' }).message).toMatch(/next stage/);
      expect(attempt(sample('neo4j'), { ...toProduction, date: '2026-13-01' }).message).toMatch(/not a date/);
      // Already in production since an earlier promotion: not this one.
      const earlier = applyPromotion(sample('neo4j'), { ...toProduction, date: '2026-11-01' }, 'M.md').markdown;
      expect(attempt(earlier).message).toMatch(/Current Stage is Production, not Staging/);
    });
  });

  describe('a demotion (a change to a lower stage), as the template records it', () => {
    const journeyNeo4j = () => readFileSync(join(JOURNEY_REPO, 'src', 'components', 'neo4j', 'MATURITY.md'), 'utf8');
    const demotion: PromotionChange = {
      from: 'production',
      to: 'staging',
      date: '2026-12-10',
      issue: 12,
      reason: 'uptime 99.20% in 2026-11 below 99.5%, and (p95) over [30d]',
    };

    it('starts a Demotions subsection after the Promotions when the file has none, and reads back', () => {
      const before = journeyNeo4j();
      const { markdown, changes } = applyPromotion(before, demotion, 'src/components/neo4j/MATURITY.md');
      expect(markdown).toBe(
        before
          .replace(
            '**Current Stage**: Production (promoted from Staging on 2026-09-01)',
            '**Current Stage**: Staging (demoted from Production on 2026-12-10)',
          )
          .replace('**Last Updated**: 2026-09-01', '**Last Updated**: 2026-12-10')
          .replace(
            '- **2026-09-01**: Promoted to Production (Issue #9)\n',
            '- **2026-09-01**: Promoted to Production (Issue #9)\n\n### Demotions\n\n- **2026-12-10**: Demoted to Staging (Reason: uptime 99.20% in 2026-11 below 99.5% and p95 over 30d, Issue #12)\n',
          ),
      );
      expect(changes.at(-1)).toMatch(/Promotion History \+ `- \*\*2026-12-10\*\*: Demoted to Staging/);
      const record = parseMaturityFile(markdown, 'M.md');
      expect(record).toMatchObject({ stage: 'staging', demotedFrom: 'production', since: '2026-12-10', warnings: [] });
      expect(record.history.at(-1)).toEqual({
        date: '2026-12-10',
        kind: 'demoted',
        stage: 'staging',
        issue: 12,
        reason: 'uptime 99.20% in 2026-11 below 99.5% and p95 over 30d',
        line: expect.any(Number),
      });
      // The checklists are left as they were: a demotion verifies nothing.
      expect(markdown).toContain('- [x] 7-day uptime in staging ≥99.5%');
      // Applying it again changes nothing.
      expect(applyPromotion(markdown, demotion, 'M.md')).toEqual({ markdown, changes: [] });
    });

    it('appends to the template\u2019s Demotions list, after its placeholder', () => {
      const inProduction = TEMPLATE.replace(
        '**Current Stage**: Development',
        '**Current Stage**: Production (promoted from Staging on 2026-09-01)',
      );
      const { markdown } = applyPromotion(
        inProduction,
        { ...demotion, issueUrl: 'https://github.com/tta/demo/issues/12' },
        'M.md',
      );
      const demotions = markdown.slice(markdown.indexOf('### Demotions'), markdown.indexOf('## Current Blockers'));
      expect(demotions).toBe(
        '### Demotions\n\n- **YYYY-MM-DD**: Demoted to Staging (Reason: <Description>, Issue #ZZZ)\n- **2026-12-10**: Demoted to Staging (Reason: uptime 99.20% in 2026-11 below 99.5% and p95 over 30d, Issue [#12](https://github.com/tta/demo/issues/12))\n\n---\n\n',
      );
      expect(markdown.slice(markdown.indexOf('### Promotions'), markdown.indexOf('### Demotions'))).toBe(
        inProduction.slice(inProduction.indexOf('### Promotions'), inProduction.indexOf('### Demotions')),
      );
    });

    it('adds to the one list of a history without subsections', () => {
      const plain =
        '**Current Stage**: Production\n\n## Promotion History\n\n- 2026-06-01: Promoted to Staging (Issue #1)\n- 2026-07-01: Promoted to Production (Issue #2)\n';
      const { markdown } = applyPromotion(
        plain,
        { from: 'production', to: 'development', date: '2026-12-10', reason: 'patch deadline missed' },
        'M.md',
      );
      expect(markdown).toBe(
        '**Current Stage**: Development (demoted from Production on 2026-12-10)\n\n## Promotion History\n\n- 2026-06-01: Promoted to Staging (Issue #1)\n- 2026-07-01: Promoted to Production (Issue #2)\n- 2026-12-10: Demoted to Development (Reason: patch deadline missed)\n',
      );
    });

    it('refuses to demote a component the file says is not in the stage it comes down from', () => {
      expect(() => applyPromotion(sample('session_vault'), demotion, 'M.md')).toThrow(
        /Current Stage is Development, not Production, so it cannot record a demotion from Production to Staging/,
      );
    });
  });
});
