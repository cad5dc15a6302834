import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMaturityFile } from '../../packages/core/maturity/maturity-file.js';
import type { TargetStage } from '../../packages/core/stages.js';
import {
  CHECKLIST_RULES,
  judgeItem,
  ruleFor,
  type ChecklistEvidence,
} from '../../packages/promotion/checklist-criteria.js';
import { PROMOTION_CRITERIA } from '../../packages/promotion/issue-form.js';
import { applyPromotion, type PromotionChange } from '../../packages/promotion/maturity-update.js';
import { REPO } from '../support/fixtures.js';

/** The user's template, cut to the criteria and the history (tests/fixtures/maturity/README.md). */
const TEMPLATE = readFileSync(join(REPO, 'tests', 'fixtures', 'maturity', 'template.md'), 'utf8');
const FILE = 'src/components/therapeutic_systems_enhanced/MATURITY.md';
const IN_STAGING = TEMPLATE.replace(
  '**Current Stage**: Development',
  '**Current Stage**: Staging (promoted from Development on 2026-10-20)',
);

/** Every id the gates and promotion-report write for each transition's checklist. */
const VERIFIED: Record<TargetStage, string[]> = {
  staging: [
    'tests.unit',
    'coverage.total',
    'docs.docstrings',
    'lint.errors',
    'types.errors',
    'types.warnings',
    'security.high',
    'security.medium',
    'evidence.readme',
    'dependencies.stages',
    'evidence.integration-tests',
  ],
  production: [
    'tests.integration',
    'coverage.total',
    'load.p95',
    'load.rps',
    'load.error-rate',
    'load.peak-users',
    'security.critical',
    'security.high',
    'security.dependency-audit',
    'security.secret-scan',
    'uptime.window',
    'staging.days',
    'evidence.user-guide',
    'evidence.api-reference',
    'evidence.troubleshooting',
    'monitoring.health',
    'monitoring.metrics',
    'monitoring.alerts',
    'evidence.rollback',
  ],
};

function evidence(
  target: TargetStage,
  over: Partial<ChecklistEvidence> & { without?: string[] } = {},
): ChecklistEvidence {
  const { without = [], ...rest } = over;
  return {
    passed: new Set(VERIFIED[target].filter((id) => !without.includes(id))),
    notApplicable: new Map(),
    // The request form's boxes, all ticked ("Development → Staging Criteria: Check all boxes").
    declared: PROMOTION_CRITERIA[target === 'staging' ? 'dev-staging' : 'staging-production'],
    coverage: target === 'staging' ? 81.25 : 83.1,
    ...rest,
  };
}

const toStaging = (e: ChecklistEvidence): PromotionChange => ({
  from: 'development',
  to: 'staging',
  date: '2026-11-21',
  issue: 7,
  evidence: e,
});
const toProduction = (e: ChecklistEvidence): PromotionChange => ({
  from: 'staging',
  to: 'production',
  date: '2026-11-21',
  issue: 9,
  evidence: e,
});

/** The lines of one transition's section, heading to Blockers. */
function section(markdown: string, heading: string): string {
  const at = markdown.indexOf(heading);
  return markdown.slice(at, markdown.indexOf('**Blockers**', at));
}

const DEV_TICKED = `### Development → Staging

- [x] Core features complete (80%+ of planned functionality)
- [x] Unit tests passing (≥70% coverage)
- [x] API documented, no planned breaking changes
- [x] Passes linting (ruff), type checking (pyright), security scan (bandit)
- [x] Component README with usage examples
- [x] All dependencies identified and stable
- [x] Successfully integrates with dependent components in dev environment

**Status**: 7/7 criteria met ✅

**Current Coverage**: 81.25%

`;

describe('the keyword table (checklist-criteria.ts)', () => {
  it('has the seeds\u2019 items word for word, the same as the request form\u2019s boxes and the template\u2019s lines', () => {
    expect(CHECKLIST_RULES.staging.map((r) => r.seed)).toEqual(PROMOTION_CRITERIA['dev-staging']);
    expect(CHECKLIST_RULES.production.map((r) => r.seed)).toEqual(PROMOTION_CRITERIA['staging-production']);
    for (const rule of [...CHECKLIST_RULES.staging, ...CHECKLIST_RULES.production])
      expect(TEMPLATE).toContain(`- [ ] ${rule.seed}\n`);
  });

  it.each(['staging', 'production'] as const)(
    'recognises each %s seed item by its keywords alone, and by no other rule\u2019s',
    (target) => {
      for (const rule of CHECKLIST_RULES[target]) {
        const matching = CHECKLIST_RULES[target].filter(
          (r) => r.match.every((re) => re.test(rule.seed)) && !(r.unless ?? []).some((re) => re.test(rule.seed)),
        );
        expect(matching.map((r) => r.key)).toEqual([rule.key]);
        expect(ruleFor(target, rule.seed)).toBe(rule);
        expect(ruleFor(target, `  ${rule.seed.toUpperCase().replace(/,/g, ' ;')} `)).toBe(rule);
      }
    },
  );

  it('maps each item to the criterion ids the gates write', () => {
    const ids = (target: TargetStage) =>
      Object.fromEntries(
        CHECKLIST_RULES[target].map((r) => [r.key, [...r.ids, ...(r.family ?? []).map((p) => `${p}*`)]]),
      );
    expect(ids('staging')).toEqual({
      'core-features': [],
      'unit-tests': ['tests.unit', 'coverage.total'],
      'api-docs': ['docs.docstrings'],
      'lint-types-security': ['lint.errors', 'types.errors', 'types.warnings', 'security.high', 'security.medium'],
      readme: ['evidence.readme'],
      dependencies: ['dependencies.stages'],
      integrates: ['evidence.integration-tests'],
    });
    expect(ids('production')).toEqual({
      'integration-tests': ['tests.integration', 'coverage.total'],
      performance: ['load.*', 'performance.*'],
      security: ['security.critical', 'security.high', 'security.dependency-audit', 'security.secret-scan'],
      uptime: ['uptime.window', 'staging.days'],
      documentation: ['evidence.user-guide', 'evidence.api-reference', 'evidence.troubleshooting'],
      monitoring: ['monitoring.health', 'monitoring.metrics', 'monitoring.alerts'],
      rollback: ['evidence.rollback'],
      load: ['load.*'],
    });
  });

  it('recognises a team\u2019s own wording where the intent is clear, and nothing where it is not', () => {
    const key = (target: TargetStage, s: string) => ruleFor(target, s)?.key;
    expect(key('staging', 'Unit tests pass with at least 70% line coverage')).toBe('unit-tests');
    expect(key('staging', 'Public API documented')).toBe('api-docs');
    expect(key('staging', 'README has a quick-start example')).toBe('readme');
    expect(key('production', 'Rollback runbook written')).toBe('rollback');
    expect(key('production', '99.9% availability over the last week')).toBe('uptime');
    // Two rules' keywords, or none: left alone.
    expect(key('staging', 'Unit and integration tests passing')).toBeUndefined();
    expect(key('production', 'Performance under expected load')).toBeUndefined();
    expect(key('staging', 'Stakeholder sign-off obtained')).toBeUndefined();
    expect(key('production', 'Docs updated')).toBeUndefined();
    // An item of the other transition is not this one's.
    expect(key('staging', 'Health checks, metrics, alerts configured')).toBeUndefined();
  });

  it('ticks a person-only part only when declared, and never on a declaration where the gates decide', () => {
    const e = evidence('staging', { declared: [] });
    const judge = (s: string, ev = e) => judgeItem('staging', s, ruleFor('staging', s), ev);
    expect(judge('Core features complete (80%+ of planned functionality)')).toMatchObject({
      tick: false,
      missing: ['a declaration by the requester'],
    });
    // Docstrings passed, but "no planned breaking changes" is the requester's to say.
    expect(judge('API documented, no planned breaking changes')).toMatchObject({
      tick: false,
      missing: ['a declaration by the requester'],
    });
    expect(judge('API documented')).toMatchObject({ tick: true, by: 'verified' });
    // A declaration stands in where the template says so ("or declared")...
    const noIntegration = evidence('staging', {
      without: ['evidence.integration-tests'],
      declared: ['Successfully integrates with dependent components in dev environment'],
    });
    expect(judge('Successfully integrates with dependent components in dev environment', noIntegration)).toMatchObject({
      tick: true,
      by: 'declared',
    });
    // ...and nowhere else: a requester's tick does not make a failed gate criterion pass.
    const noUnit = evidence('staging', { without: ['tests.unit'] });
    expect(judge('Unit tests passing (≥70% coverage)', noUnit)).toMatchObject({ tick: false, missing: ['tests.unit'] });
  });

  it('judges a family (load.*) on every id of it present, and on load-test not applying', () => {
    const judge = (e: ChecklistEvidence) =>
      judgeItem(
        'production',
        'Handles expected production load (if applicable)',
        ruleFor('production', 'Handles expected production load'),
        e,
      );
    const noLoad = VERIFIED.production.filter((id) => !id.startsWith('load.'));
    expect(judge(evidence('production'))).toMatchObject({ tick: true, by: 'verified' });
    expect(judge(evidence('production', { passed: new Set(noLoad) }))).toMatchObject({
      tick: false,
      missing: ['load.*'],
    });
    expect(
      judge(evidence('production', { passed: new Set([...noLoad, 'load.p95']), failed: new Set(['load.rps']) })),
    ).toMatchObject({ tick: false });
    expect(
      judge(
        evidence('production', {
          passed: new Set(noLoad),
          notApplicable: new Map([['load-test', 'batch job, no users']]),
        }),
      ),
    ).toMatchObject({
      tick: true,
      by: 'not-applicable',
      notApplicable: ['load-test: batch job, no users'],
    });
  });
});

describe('applyPromotion with evidence: the transition\u2019s checklist', () => {
  it('ticks Development → Staging from the verified criteria: 7/7 ✅, the coverage, every other byte kept', () => {
    const { markdown, changes } = applyPromotion(TEMPLATE, toStaging(evidence('staging')), FILE);
    const untouched = TEMPLATE.replace(
      '**Current Stage**: Development',
      '**Current Stage**: Staging (promoted from Development on 2026-11-21)',
    )
      .replace('**Last Updated**: 2025-10-07', '**Last Updated**: 2026-11-21')
      .replace('(Issue #YYY)\n', '(Issue #YYY)\n- **2026-11-21**: Promoted to Staging (Issue #7)\n');
    expect(markdown).toBe(untouched.replace(section(untouched, '### Development → Staging'), DEV_TICKED));
    expect(section(markdown, '### Staging → Production')).toBe(section(TEMPLATE, '### Staging → Production'));
    expect(changes.slice(3)).toEqual([
      `${FILE}: Development → Staging checklist: 7 of 7 items ticked (6 from the verified criteria, 1 declared by the requester)`,
      `${FILE}: Development → Staging Status \`X/7 criteria met\` → \`7/7 criteria met ✅\``,
      `${FILE}: Development → Staging Current Coverage \`XX%\` → \`81.25%\``,
    ]);
    expect(parseMaturityFile(markdown, FILE)).toMatchObject({ stage: 'staging', since: '2026-11-21', warnings: [] });
  });

  it('leaves the box of a criterion that did not pass empty: 6/7, no ✅, and says why in the pull request body', () => {
    const { markdown, changes } = applyPromotion(
      TEMPLATE,
      toStaging(evidence('staging', { without: ['coverage.total'] })),
      FILE,
    );
    expect(section(markdown, '### Development → Staging')).toBe(
      DEV_TICKED.replace('- [x] Unit tests passing', '- [ ] Unit tests passing').replace(
        '7/7 criteria met ✅',
        '6/7 criteria met',
      ),
    );
    expect(changes.slice(3)).toEqual([
      `${FILE}: Development → Staging checklist: 6 of 7 items ticked (5 from the verified criteria, 1 declared by the requester); not ticked: \`Unit tests passing (≥70% coverage)\` (needs coverage.total)`,
      `${FILE}: Development → Staging Status \`X/7 criteria met\` → \`6/7 criteria met\``,
      `${FILE}: Development → Staging Current Coverage \`XX%\` → \`81.25%\``,
    ]);
  });

  it('ticks Staging → Production with the load test not applicable: 8/8 ✅, and names the reason', () => {
    const passed = new Set(
      VERIFIED.production.filter((id) => !id.startsWith('load.') && id !== 'security.secret-scan'),
    );
    const notApplicable = new Map([
      ['load-test', 'a nightly batch job with no users'],
      ['secret-scan', 'scanned organisation-wide'],
    ]);
    const { markdown, changes } = applyPromotion(
      IN_STAGING,
      toProduction(evidence('production', { passed, notApplicable })),
      FILE,
    );
    expect(section(markdown, '### Staging → Production')).toBe(
      section(IN_STAGING, '### Staging → Production')
        .replace(/- \[ \]/g, '- [x]')
        .replace('X/8 criteria met', '8/8 criteria met ✅')
        .replace('XX%', '83.10%'),
    );
    expect(section(markdown, '### Development → Staging')).toBe(section(IN_STAGING, '### Development → Staging'));
    expect(changes.slice(3)).toEqual([
      `${FILE}: Staging → Production checklist: 8 of 8 items ticked (6 from the verified criteria, 2 not applicable); does not apply: ` +
        '`Performance validated (meets defined SLAs)` (`load-test: a nightly batch job with no users`); ' +
        '`Security review completed, no critical vulnerabilities` (`secret-scan: scanned organisation-wide`); ' +
        '`Handles expected production load (if applicable)` (`load-test: a nightly batch job with no users`)',
      `${FILE}: Staging → Production Status \`X/8 criteria met\` → \`8/8 criteria met ✅\``,
      `${FILE}: Staging → Production Current Coverage \`XX%\` → \`83.10%\``,
    ]);
  });

  it('needs the requester\u2019s "tested" for the rollback box', () => {
    const declared = PROMOTION_CRITERIA['staging-production'].filter((l) => !l.startsWith('Rollback'));
    const { markdown } = applyPromotion(IN_STAGING, toProduction(evidence('production', { declared })), FILE);
    expect(markdown).toContain('- [ ] Rollback procedure documented and tested\n');
    expect(markdown).toContain('**Status**: 7/8 criteria met\n');
  });

  it('keeps CRLF line endings CRLF', () => {
    const lf = applyPromotion(TEMPLATE, toStaging(evidence('staging')), FILE).markdown;
    const crlf = applyPromotion(TEMPLATE.replace(/\n/g, '\r\n'), toStaging(evidence('staging')), FILE).markdown;
    expect(crlf).toBe(lf.replace(/\n/g, '\r\n'));
    expect(crlf).toContain('- [x] Core features complete (80%+ of planned functionality)\r\n');
    expect(crlf).toContain('**Status**: 7/7 criteria met ✅\r\n');
  });

  it('is idempotent: the same promotion twice gives the same text and no changes', () => {
    for (const e of [evidence('staging'), evidence('staging', { without: ['tests.unit'], coverage: 64.5 })]) {
      const once = applyPromotion(TEMPLATE, toStaging(e), FILE);
      const twice = applyPromotion(once.markdown, toStaging(e), FILE);
      expect(twice.markdown).toBe(once.markdown);
      expect(twice.changes).toEqual([]);
    }
  });

  it('never unticks a box a person ticked, and counts it', () => {
    const byHand = TEMPLATE.replace('- [ ] Unit tests passing', '- [X] Unit tests passing').replace(
      '- [ ] Component README',
      '- [x] Component README',
    );
    const e = evidence('staging', { without: ['tests.unit', 'evidence.readme'], declared: [] });
    const { markdown, changes } = applyPromotion(byHand, toStaging(e), FILE);
    const dev = section(markdown, '### Development → Staging');
    expect(dev).toContain('- [X] Unit tests passing (≥70% coverage)\n');
    expect(dev).toContain('- [x] Component README with usage examples\n');
    expect(dev).toContain('- [ ] Core features complete');
    expect(dev).toContain('- [ ] API documented, no planned breaking changes\n');
    expect(dev).toContain('**Status**: 5/7 criteria met\n');
    expect(changes[3]).toBe(
      `${FILE}: Development → Staging checklist: 5 of 7 items ticked (3 from the verified criteria, 2 ticked before); not ticked: ` +
        '`Core features complete (80%+ of planned functionality)` (needs a declaration by the requester); `API documented, no planned breaking changes` (needs a declaration by the requester)',
    );
  });

  it('leaves a team\u2019s own item alone unless the requester declared that very item', () => {
    const own = TEMPLATE.replace(
      '- [ ] Successfully integrates',
      '- [ ] Stakeholder sign-off obtained\n- [ ] Performance under expected load\n- [ ] Successfully integrates',
    ).replace('X/7 criteria met', 'X/9 criteria met');
    const silent = applyPromotion(own, toStaging(evidence('staging')), FILE).markdown;
    expect(silent).toContain('- [ ] Stakeholder sign-off obtained\n- [ ] Performance under expected load\n');
    expect(silent).toContain('**Status**: 7/9 criteria met\n');
    const declared = [...evidence('staging').declared, 'stakeholder sign-off obtained.'];
    const signed = applyPromotion(own, toStaging(evidence('staging', { declared })), FILE).markdown;
    expect(signed).toContain('- [x] Stakeholder sign-off obtained\n- [ ] Performance under expected load\n');
    expect(signed).toContain('**Status**: 8/9 criteria met\n');
  });

  it('finds the heading leniently and keeps the Status line\u2019s own words', () => {
    const variant = TEMPLATE.replace('### Development → Staging', '### development -> STAGING')
      .replace('**Status**: X/7 criteria met', '**Status**: 2 of 7 criteria met ✅ (see blockers)')
      .replace('**Current Coverage**: XX%', '**Current Coverage**: 75% (unit)');
    const { markdown } = applyPromotion(
      variant,
      toStaging(evidence('staging', { without: ['security.medium'] })),
      FILE,
    );
    expect(markdown).toContain('**Status**: 6 of 7 criteria met (see blockers)\n');
    expect(markdown).toContain('**Current Coverage**: 81.25% (unit)\n');
    const all = applyPromotion(variant, toStaging(evidence('staging')), FILE).markdown;
    expect(all).toContain('**Status**: 7 of 7 criteria met ✅ (see blockers)\n');
  });

  it('leaves the coverage as it was when none was measured, and the whole checklist without evidence', () => {
    const { markdown } = applyPromotion(TEMPLATE, toStaging(evidence('staging', { coverage: null })), FILE);
    expect(markdown).toContain('**Status**: 7/7 criteria met ✅\n\n**Current Coverage**: XX%\n');
    const { evidence: _e, ...bare } = toStaging(evidence('staging'));
    const plain = applyPromotion(TEMPLATE, bare, FILE);
    expect(section(plain.markdown, '### Development → Staging')).toBe(section(TEMPLATE, '### Development → Staging'));
    expect(plain.changes).toHaveLength(3);
  });

  it('ticks only the named component\u2019s checklist in a shared file', () => {
    const part = (name: string) =>
      `## ${name}\n\n**Current Stage**: Development\n\n### Development → Staging\n\n- [ ] Component README with usage examples\n\n**Status**: 0/1 criteria met\n\n### Promotion History\n\n- **2026-01-01**: Promoted to Development\n\n`;
    const shared = `# Components\n\n${part('Redis')}${part('Neo4j')}`;
    const { markdown } = applyPromotion(shared, toStaging(evidence('staging')), 'src/components/MATURITY.md#neo4j');
    expect(markdown.slice(0, markdown.indexOf('## Neo4j'))).toBe(part('Redis').replace(/^/, '# Components\n\n'));
    expect(markdown.slice(markdown.indexOf('## Neo4j'))).toContain(
      '- [x] Component README with usage examples\n\n**Status**: 1/1 criteria met ✅\n',
    );
  });
});

describe('the checklist update on odd and hostile files', () => {
  const change = toStaging(evidence('staging'));
  const file = (status: string, coverage: string, items = '- [ ] Component README with usage examples\n') =>
    `**Current Stage**: Development\n\n### Development → Staging\n\n${items}\n**Status**: ${status}\n\n**Current Coverage**: ${coverage}\n\n## Promotion History\n`;

  it('keeps the brackets around a Status count and the text around a coverage figure', () => {
    const { markdown } = applyPromotion(file('(X/1 criteria met)', 'about XX% of lines'), change, 'M.md');
    expect(markdown).toContain('**Status**: (1/1 criteria met ✅)\n');
    expect(markdown).toContain('**Current Coverage**: about 81.25% of lines\n');
  });

  it('copes with very long lines (bounded patterns) and quotes only the start of them in the pull request body', () => {
    const { markdown, changes } = applyPromotion(
      file(`${'a/'.repeat(50_000)} criteria met`, `${'1'.repeat(100_000)} %`),
      change,
      'M.md',
    );
    expect(markdown).toContain(`**Status**: ${'a/'.repeat(50_000)} criteria met\n`);
    expect(markdown).toContain('**Current Coverage**: 81.25%\n');
    expect(Math.max(...changes.map((c) => c.length))).toBeLessThan(300);
  });

  it('lists at most ten unticked items', () => {
    const items = Array.from({ length: 30 }, (_, i) => `- [ ] Team item ${i + 1}\n`).join('');
    const { changes } = applyPromotion(
      file('X/31 criteria met', 'XX%', `${items}- [ ] Component README with usage examples\n`),
      change,
      'M.md',
    );
    expect(changes.find((c) => c.includes('checklist:'))).toMatch(
      /not ticked: (`Team item \d+` \(needs [^)]+\); ){10}and 20 more$/,
    );
  });
});
