import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { ConfigurationError } from '../../packages/core/errors.js';
import { GROUP_TITLES } from '../../packages/core/config/defaults.js';
import {
  isPromotionRequest,
  MAX_FIELD_CHARS,
  parseCheckbox,
  parseDependencies,
  parsePromotionForm,
  PROMOTION_CRITERIA,
  PROMOTION_FORM_FIELDS,
  promotionRequestSchema,
  toComponentId,
  type PromotionRequest,
} from '../../packages/promotion/issue-form.js';

const fixture = readFileSync(new URL('./fixtures/promotion-request.md', import.meta.url), 'utf8');
const formYaml = readFileSync(
  new URL('../../examples/sample-repo/.github/ISSUE_TEMPLATE/component_promotion.yml', import.meta.url),
  'utf8',
);
const crlf = (s: string) => s.replace(/\r?\n/g, '\r\n');

/** A body as GitHub renders the form: `### label`, blank line, value; empty fields `_No response_`. */
function render(values: Partial<Record<(typeof PROMOTION_FORM_FIELDS)[number]['label'], string>>): string {
  return PROMOTION_FORM_FIELDS.map(({ label }) => `### ${label}\n\n${values[label] ?? '_No response_'}`).join('\n\n');
}
const minimal = { 'Component Name': 'neo4j', 'Current Stage': 'Development', 'Target Stage': 'Staging' } as const;

/**
 * Hostile bodies must parse in linear time. No wall-clock assertion (a busy CI machine would
 * flake it): a backtracking regex takes minutes on these inputs, so the test's own time-out,
 * far above the milliseconds they take, is what catches one. bench/ measures the time.
 */
const HANG_GUARD_MS = 20_000;

const expected: PromotionRequest = {
  component: 'model-management',
  componentName: 'Model Management',
  currentStage: 'staging',
  targetStage: 'production',
  group: 'ai-agent-systems',
  justification: [
    'Model Management has been in staging since 2026-11-02 (#31) and is ready for production:',
    '- Integration test coverage: 84% (bar: 80%)',
    '- p95 latency 212 ms under 100 concurrent users',
    '- No critical or high findings in the last three scans',
    '',
    'cc @theinterneti for the QA sign-off',
  ].join('\n'),
  checks: [
    ...PROMOTION_CRITERIA['dev-staging'].map((label) => ({ section: 'dev-staging' as const, label, checked: false })),
    ...PROMOTION_CRITERIA['staging-production'].map((label, i) => ({
      section: 'staging-production' as const,
      label,
      checked: ![4, 7].includes(i),
    })),
  ],
  testResults: [
    '**Integration Tests**: 84% coverage, 45/45 passing',
    '**E2E Tests**: 12/12 passing',
    '**Test Command**: `uvx pytest tests/integration/ --cov=src/components/model_management`',
    '**Test Report**: https://github.com/theinterneti/TTA/actions/runs/123456789',
  ].join('\n'),
  performance: [
    '**Response Time**: p50: 48ms, p95: 212ms, p99: 390ms',
    '**Throughput**: 61 req/s with 100 concurrent users',
    '**Resource Usage**: CPU: 31%, Memory: 402MB',
    '**Uptime**: 99.7% over 9 days',
  ].join('\n'),
  security: [
    '**Security Scan**: bandit 0 high, 0 medium, 2 low (accepted, see SECURITY.md)',
    '**Dependency Audit**: pip-audit, no known vulnerabilities',
    '**Secrets Management**: gitleaks, no findings',
  ].join('\n'),
  docsLinks: [
    '- Component README: src/components/model_management/README.md',
    '- API Reference: src/components/model_management/README.md#api',
    '- Rollback: docs/operations/model_management_ROLLBACK.md',
  ].join('\n'),
  dependencies: ['Neo4j (Production)', 'Redis (Production)'],
  knownBlockers: null,
  rollbackPlan: [
    'See docs/operations/model_management_ROLLBACK.md',
    '',
    '### Quick Rollback',
    '',
    '1. `docker-compose up -d model-management:<previous-tag>`',
    '2. `curl http://localhost:8080/health`',
    '',
    'Rollback tested in staging: 2026-11-20, 4 minutes',
  ].join('\n'),
  additionalContext: null,
};

describe('the promotion request fixture, as GitHub renders the form', () => {
  it('parses into the typed request with no problems', () => {
    const { request, problems, sections } = parsePromotionForm(fixture);
    expect(problems).toEqual([]);
    expect(request).toEqual(expected);
    expect(promotionRequestSchema.parse(request)).toEqual(expected);
    expect([...sections.keys()]).toEqual(PROMOTION_FORM_FIELDS.map((f) => f.label));
    expect(sections.get('Known Blockers')).toBe('_No response_');
    expect(sections.get('Target Stage')).toBe('Production 🚀');
  });

  it('parses the same with CRLF line endings (GitHub stores bodies with \\r\\n)', () => {
    const body = crlf(fixture);
    expect(body).toContain('\r\n');
    const { request, problems, sections } = parsePromotionForm(body);
    expect(problems).toEqual([]);
    expect(request).toEqual(expected);
    for (const value of sections.values()) expect(value).not.toContain('\r');
  });

  it('is recognised as a promotion request', () => {
    expect(
      isPromotionRequest({
        title: '[Promotion]: model-management to production',
        body: fixture,
        labels: ['promotion:requested'],
      }),
    ).toBe(true);
    expect(isPromotionRequest({ title: 'Model Management', body: crlf(fixture), labels: [] })).toBe(true);
  });

  it('has the headings and checkbox options of the issue form, in its order', () => {
    const headings = fixture
      .split('\n')
      .filter((l) => l.startsWith('### '))
      .map((l) => l.slice(4));
    const known = headings.filter((h) => PROMOTION_FORM_FIELDS.some((f) => f.label === h));
    expect(known).toEqual(PROMOTION_FORM_FIELDS.map((f) => f.label));
    expect(headings).toContain('Quick Rollback'); // a stray heading typed into a textarea
  });
});

describe('the issue form (examples/sample-repo/.github/ISSUE_TEMPLATE/component_promotion.yml)', () => {
  const form = parseYaml(formYaml) as {
    name: string;
    description: string;
    title: string;
    labels: string[];
    body: { type: string; id?: string; attributes: { label?: string; options?: (string | { label: string })[] } }[];
  };
  const fields = form.body.filter((e) => e.type !== 'markdown');

  it('is a promotion request form with the required top-level keys', () => {
    expect(form.name).toMatch(/Component Promotion Request/);
    expect(form.description).toBeTruthy();
    expect(form.title).toBe('[Promotion]: ');
    expect(form.labels).toEqual(['promotion:requested']);
  });

  it("has the parser's fields, labels and ids, in order, each with a unique id", () => {
    expect(fields.map((f) => f.attributes.label)).toEqual(PROMOTION_FORM_FIELDS.map((f) => f.label));
    expect(fields.map((f) => f.id)).toEqual(PROMOTION_FORM_FIELDS.map((f) => f.id));
    expect(new Set(fields.map((f) => f.id)).size).toBe(fields.length);
    for (const f of fields) expect(f.id).toMatch(/^[A-Za-z0-9_-]+$/);
    for (const e of form.body.filter((x) => x.type === 'markdown')) expect(e.id).toBeUndefined();
  });

  it("lists the seeds' criteria as checkboxes, and its choices parse", () => {
    const options = (id: string) => fields.find((f) => f.id === id)!.attributes.options!;
    const labelsOf = (id: string) => options(id).map((o) => (typeof o === 'string' ? o : o.label));
    expect(fields.find((f) => f.id === 'dev_to_staging_criteria')!.type).toBe('checkboxes');
    expect(labelsOf('dev_to_staging_criteria')).toEqual(PROMOTION_CRITERIA['dev-staging']);
    expect(labelsOf('staging_to_production_criteria')).toEqual(PROMOTION_CRITERIA['staging-production']);
    // Every dropdown choice the form offers reads back as what it means.
    for (const current of labelsOf('current_stage')) {
      for (const target of labelsOf('target_stage')) {
        const { request } = parsePromotionForm(
          render({ ...minimal, 'Current Stage': current, 'Target Stage': target }),
        );
        expect(request?.currentStage).toBe(current.split(' ')[0]!.toLowerCase());
        expect(request?.targetStage).toBe(target.split(' ')[0]!.toLowerCase());
      }
    }
    const groups = labelsOf('functional_group').map(
      (g) => parsePromotionForm(render({ ...minimal, 'Functional Group': g })).request?.group,
    );
    expect(groups).toEqual(Object.keys(GROUP_TITLES));
  });
});

describe('sections', () => {
  it("splits only on the form's own headings: an unknown ### heading stays in the field typed into", () => {
    const body = render({
      ...minimal,
      'Test Results': 'All green.\n\n### Notes\n\nflaky test quarantined\n\n####  Details\nsee CI',
    });
    const { request, sections } = parsePromotionForm(body);
    expect(request?.testResults).toBe('All green.\n\n### Notes\n\nflaky test quarantined\n\n####  Details\nsee CI');
    expect(sections.has('Notes')).toBe(false);
    expect(request?.performance).toBeNull();
  });

  it('keeps a repeated form heading in the field it was typed into', () => {
    const body = render({
      ...minimal,
      'Additional Context': 'Copied from the old issue:\n\n### Target Stage\n\nProduction',
    });
    const { request, problems } = parsePromotionForm(body);
    expect(request?.targetStage).toBe('staging');
    expect(request?.additionalContext).toBe('Copied from the old issue:\n\n### Target Stage\n\nProduction');
    expect(problems).toEqual([]);
  });

  it('matches headings ignoring case, a trailing * / emoji / punctuation, spacing and -> for →', () => {
    const body = [
      '### component name *',
      '',
      'neo4j',
      '',
      '###   CURRENT STAGE:',
      '',
      'dev',
      '',
      '### 🎯 Target Stage 🚀',
      '',
      'staging',
      '',
      '### Development -> Staging  Criteria ###',
      '',
      '- [x] Core features complete (80%+ of planned functionality)',
    ].join('\n');
    const { request, problems } = parsePromotionForm(body);
    expect(problems).toEqual([]);
    expect(request).toMatchObject({ component: 'neo4j', currentStage: 'development', targetStage: 'staging' });
    expect(request?.checks).toEqual([
      { section: 'dev-staging', label: 'Core features complete (80%+ of planned functionality)', checked: true },
    ]);
  });

  it('does not treat other heading levels, 4+ space indents or a heading without a space as fields', () => {
    const body =
      '### Component Name\n\nneo4j\n\n## Target Stage\n\n#### Target Stage\n\n    ### Target Stage\n\n###Target Stage\n\nstaging';
    const { request, problems } = parsePromotionForm(body);
    expect(request?.targetStage).toBeNull();
    expect(problems.map((p) => p.message)).toEqual(['Target Stage is missing']);
    // ...but up to three spaces of indent is a heading.
    expect(
      parsePromotionForm('### Component Name\n\nneo4j\n\n   ### Target Stage\n\nstaging').request?.targetStage,
    ).toBe('staging');
  });

  it("accepts a repository's own headings through aliases", () => {
    const body = '### Component\n\nneo4j\n\n### Promote to 🚀\n\nStaging\n\n### Why now?\n\nIt is ready.';
    const { request, problems } = parsePromotionForm(body, {
      aliases: { Component: 'Component Name', 'promote to': 'target stage', 'Why now': 'Promotion Justification' },
    });
    expect(problems).toEqual([]);
    expect(request).toMatchObject({ component: 'neo4j', targetStage: 'staging', justification: 'It is ready.' });
    expect(parsePromotionForm(body).request).toBeNull(); // without them, the body is not the form
  });

  it('refuses an alias to a field the form does not have (a configuration mistake)', () => {
    expect(() => parsePromotionForm('', { aliases: { Owner: 'Maintainer' } })).toThrow(ConfigurationError);
    expect(() => parsePromotionForm('', { aliases: { '🚀': 'Target Stage' } })).toThrow(ConfigurationError);
  });

  it('reads _No response_, an empty value and a missing field as null', () => {
    const body =
      '### Component Name\n\nneo4j\n\n### Target Stage\n\nStaging\n\n### Test Results\n\n_No response_\n\n### Security Review\n\n   \n\n### Rollback Plan\n';
    const { request, sections } = parsePromotionForm(body);
    expect(request).toMatchObject({
      testResults: null,
      security: null,
      rollbackPlan: null,
      performance: null,
      currentStage: null,
      group: null,
      justification: null,
      dependencies: [],
      checks: [],
    });
    expect(sections.get('Security Review')).toBe('');
  });

  it('ignores text before the first field', () => {
    const { request } = parsePromotionForm('Hello!\n### Not a field\n\n' + render(minimal));
    expect(request?.component).toBe('neo4j');
  });
});

describe('values', () => {
  it.each([
    ['Model Management', 'model-management'],
    ['model_management', 'model-management'],
    ['`model-management`', 'model-management'],
    ['  MODEL   Management  ', 'model-management'],
    ['"Neo4j"', 'neo4j'],
    ['Développement Tools', 'developpement-tools'],
    ['Developer Dashboard (web)', 'developer-dashboard-web'],
  ])('normalises the component %j to the config id %j', (name, id) => {
    const { request, problems } = parsePromotionForm(render({ ...minimal, 'Component Name': name }));
    expect(problems).toEqual([]);
    expect(request?.component).toBe(id);
    expect(request?.componentName).toBe(name.trim().replace(/^[`"]|[`"]$/g, ''));
    expect(toComponentId(name)).toBe(id);
  });

  it.each([
    ['Staging', 'staging'],
    ['staging 🧪', 'staging'],
    ['🧪 Staging', 'staging'],
    ['Dev', 'development'],
    ['PROD', 'production'],
  ])('reads the stage %j as %j', (text, stage) => {
    const current = stage === 'development' ? text : 'Development';
    const target = stage === 'development' ? 'Staging' : text;
    const { request } = parsePromotionForm(
      render({ ...minimal, 'Current Stage': stage === 'production' ? 'Staging' : current, 'Target Stage': target }),
    );
    expect(stage === 'development' ? request?.currentStage : request?.targetStage).toBe(stage);
  });

  it('reads checkboxes as - [X], - [x] and - [ ], labels trimmed, other lines ignored', () => {
    const body = render({
      ...minimal,
      'Development → Staging Criteria': [
        '- [X] Core features complete',
        '- [x]   Unit tests passing  ',
        '- [ ] API documented',
        '* [x] Star bullet',
        'A note.',
        '- [ ]',
        '- [y] not a box',
        '-[x] no space',
        '- [x]glued',
      ].join('\n'),
      'Staging → Production Criteria': '- [ ] Integration tests passing (≥80% coverage)',
    });
    expect(parsePromotionForm(body).request?.checks).toEqual([
      { section: 'dev-staging', label: 'Core features complete', checked: true },
      { section: 'dev-staging', label: 'Unit tests passing', checked: true },
      { section: 'dev-staging', label: 'API documented', checked: false },
      { section: 'dev-staging', label: 'Star bullet', checked: true },
      { section: 'staging-production', label: 'Integration tests passing (≥80% coverage)', checked: false },
    ]);
    expect(parseCheckbox('  - [X] indented')).toEqual({ checked: true, label: 'indented' });
    expect(parseCheckbox('- [ x] no')).toBeNull();
  });

  it('only reads checkboxes in the two criteria fields', () => {
    const { request } = parsePromotionForm(render({ ...minimal, 'Test Results': '- [x] all tests' }));
    expect(request?.checks).toEqual([]);
    expect(request?.testResults).toBe('- [x] all tests');
  });

  it.each([
    ['- Neo4j (Production)\n- Redis (Production)', ['Neo4j (Production)', 'Redis (Production)']],
    ['neo4j, redis', ['neo4j', 'redis']],
    ['* neo4j\n+ redis\n1. postgres\n2) llm', ['neo4j', 'redis', 'postgres', 'llm']],
    ['- [x] neo4j\n- [ ] redis', ['neo4j', 'redis']],
    ['Neo4j (Production, v5), Redis', ['Neo4j (Production, v5)', 'Redis']],
    ['```markdown\n- Neo4j (Production)\n```', ['Neo4j (Production)']],
    ['neo4j\nneo4j', ['neo4j']],
    ['-1 is not a bullet', ['-1 is not a bullet']],
    ['None', []],
    ['none.', []],
    ['None (foundational component)', []],
    ['N/A', []],
    ['- None', []],
    ['_No response_', []],
    ['Nonexistent-lib', ['Nonexistent-lib']],
  ])('reads the dependencies %j as %j', (text, list) => {
    expect(parseDependencies(text)).toEqual(list);
    expect(parsePromotionForm(render({ ...minimal, Dependencies: text })).request?.dependencies).toEqual(list);
  });

  it("keeps HTML, Markdown and @mentions as raw text (escaping is the renderer's job)", () => {
    const hostile =
      '<script>alert(1)</script> <img src=x onerror=alert(1)> @octocat [click](javascript:alert(1)) | a | b |\n<!-- hidden -->';
    const { request } = parsePromotionForm(
      render({ ...minimal, 'Promotion Justification': hostile, 'Component Name': 'neo4j <b>' }),
    );
    expect(request?.justification).toBe(hostile);
    expect(request?.componentName).toBe('neo4j <b>');
    expect(request?.component).toBe('neo4j-b');
  });

  it('maps the functional group to its config id', () => {
    expect(
      parsePromotionForm(render({ ...minimal, 'Functional Group': 'Monitoring & Operations 📊' })).request?.group,
    ).toBe('monitoring-operations');
    expect(parsePromotionForm(render({ ...minimal, 'Functional Group': '🤖' })).request?.group).toBeNull();
  });
});

describe('problems', () => {
  const problemsOf = (values: Parameters<typeof render>[0]) => parsePromotionForm(render(values)).problems;

  it('reports a body that is not a form at all, with no request', () => {
    for (const body of [
      '',
      'Please promote model-management to production, thanks!',
      '## Component Name\n\nneo4j',
      '### Summary\n\ntext',
    ]) {
      const { request, problems, sections } = parsePromotionForm(body);
      expect(request).toBeNull();
      expect(sections.size).toBe(0);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ field: 'body' });
      expect(problems[0]!.fix).toMatch(/Component Promotion Request/);
    }
  });

  it('reports a missing component name, with no request', () => {
    const { request, problems } = parsePromotionForm(render({ ...minimal, 'Component Name': '_No response_' }));
    expect(request).toBeNull();
    expect(problems).toEqual([
      { field: 'Component Name', message: 'Component Name is missing', fix: expect.stringMatching(/maturity\.yml/) },
    ]);
    const emoji = parsePromotionForm(render({ ...minimal, 'Component Name': '🙂 ``' }));
    expect(emoji.request).toBeNull();
    expect(emoji.problems[0]).toMatchObject({
      field: 'Component Name',
      message: expect.stringMatching(/no letters or digits/),
    });
    // A body with a form heading but no Component Name heading.
    expect(parsePromotionForm('### Target Stage\n\nStaging').problems.map((p) => p.field)).toEqual(['Component Name']);
  });

  it('reports a missing or unknown target stage, keeping the request', () => {
    const missing = parsePromotionForm(render({ ...minimal, 'Target Stage': '_No response_' }));
    expect(missing.request?.targetStage).toBeNull();
    expect(missing.problems).toEqual([
      { field: 'Target Stage', message: 'Target Stage is missing', fix: 'Choose Staging or Production.' },
    ]);
    const unknown = parsePromotionForm(render({ ...minimal, 'Target Stage': 'ASAP please' }));
    expect(unknown.request?.targetStage).toBeNull();
    expect(unknown.problems).toEqual([
      {
        field: 'Target Stage',
        message: 'Target Stage "ASAP please" is not a stage',
        fix: 'Choose Staging or Production.',
      },
    ]);
    expect(problemsOf({ ...minimal, 'Target Stage': '🚀' })[0]).toMatchObject({ field: 'Target Stage' });
    expect(problemsOf({ ...minimal, 'Target Stage': 'Development' })).toEqual([
      {
        field: 'Target Stage',
        message: expect.stringMatching(/Development is not a promotion target/),
        fix: 'Choose Staging or Production.',
      },
    ]);
  });

  it('reports an unknown current stage', () => {
    expect(problemsOf({ ...minimal, 'Current Stage': 'beta' })).toEqual([
      { field: 'Current Stage', message: 'Current Stage "beta" is not a stage', fix: expect.any(String) },
    ]);
  });

  it('reports a skipped stage (development → production)', () => {
    const { request, problems } = parsePromotionForm(
      render({ ...minimal, 'Current Stage': 'Development 🔨', 'Target Stage': 'Production 🚀' }),
    );
    expect(request).toMatchObject({ currentStage: 'development', targetStage: 'production' });
    expect(problems).toEqual([
      {
        field: 'Target Stage',
        message: 'Development → Production skips a stage: components go Development → Staging → Production',
        fix: 'Request Development → Staging first.',
      },
    ]);
  });

  it('reports a target equal to the current stage, and a demotion', () => {
    expect(problemsOf({ ...minimal, 'Current Stage': 'Staging', 'Target Stage': 'staging 🧪' })).toEqual([
      {
        field: 'Target Stage',
        message: 'Target Stage is the Current Stage (Staging): there is nothing to promote',
        fix: 'Choose the next stage, Production, or correct Current Stage.',
      },
    ]);
    expect(problemsOf({ ...minimal, 'Current Stage': 'Production', 'Target Stage': 'Production' })[0]!.message).toMatch(
      /nothing to promote/,
    );
    expect(problemsOf({ ...minimal, 'Current Stage': 'Production', 'Target Stage': 'Staging' })[0]!.message).toMatch(
      /demotion/,
    );
  });

  it('has no stage problem when the current stage is not given', () => {
    expect(problemsOf({ 'Component Name': 'neo4j', 'Target Stage': 'Production' })).toEqual([]);
  });
});

describe('hostile input', () => {
  const MB = 1024 * 1024;
  const cases: [string, string][] = [
    ['#', '#'.repeat(MB)],
    ['"- ["', '- ['.repeat(MB / 3)],
    ['<', '<'.repeat(MB)],
    ['one long line of words', 'a b_c '.repeat(MB / 6)],
    ['"### "', '### '.repeat(MB / 4)],
    ['CRLF line breaks', '\r\n'.repeat(MB / 2)],
    ['backticks', '`'.repeat(MB)],
  ];

  it.each(cases)(
    'parses a 1 MB body of %s (not a form), in linear time',
    (_, junk) => {
      const value = parsePromotionForm(junk);
      expect(value.request).toBeNull();
      expect(value.problems[0]!.field).toBe('body');
      expect(isPromotionRequest({ title: junk, body: junk, labels: [] })).toBe(false);
    },
    HANG_GUARD_MS,
  );

  it.each(cases)(
    'parses a 1 MB form (CRLF) whose every field is %s, values capped',
    (_, junk) => {
      const part = junk.slice(0, Math.ceil(MB / PROMOTION_FORM_FIELDS.length));
      const values = Object.fromEntries(PROMOTION_FORM_FIELDS.map((f) => [f.label, part]));
      const body = crlf(render({ ...values, 'Component Name': 'neo4j ' + part }));
      expect(body.length).toBeGreaterThanOrEqual(MB);
      const value = parsePromotionForm(body);
      for (const v of value.sections.values()) expect(v.length).toBeLessThanOrEqual(MAX_FIELD_CHARS);
      const r = value.request;
      if (r) {
        for (const v of [r.justification, r.testResults, r.rollbackPlan, r.additionalContext, ...r.dependencies])
          expect((v ?? '').length).toBeLessThanOrEqual(MAX_FIELD_CHARS);
        expect(r.checks.length).toBeLessThanOrEqual(MAX_FIELD_CHARS);
      }
    },
    HANG_GUARD_MS,
  );

  it('caps each field at 10,000 characters and says so', () => {
    const long = 'x'.repeat(MB);
    const { request, problems } = parsePromotionForm(
      render({ ...minimal, 'Test Results': long, 'Rollback Plan': '🙂'.repeat(MAX_FIELD_CHARS) }),
    );
    expect(request?.testResults).toBe('x'.repeat(MAX_FIELD_CHARS));
    // Cut without splitting a surrogate pair.
    expect(request?.rollbackPlan).toBe('🙂'.repeat(MAX_FIELD_CHARS / 2));
    expect(problems).toEqual([
      {
        field: 'Test Results',
        message: 'Test Results is 1,048,576 characters long; only the first 10,000 are kept',
        fix: expect.stringMatching(/link/),
      },
      {
        field: 'Rollback Plan',
        message: 'Rollback Plan is 20,000 characters long; only the first 10,000 are kept',
        fix: expect.any(String),
      },
    ]);
  });

  it(
    'handles 100,000 repeated form headings and checkbox lines',
    () => {
      const body = render(minimal) + '\n\n' + '### Component Name\n- [x] box\n'.repeat(100_000);
      const value = parsePromotionForm(body);
      expect(value.request?.component).toBe('neo4j');
      const boxes = render({ ...minimal, 'Staging → Production Criteria': '- [x] box\n'.repeat(100_000) });
      const parsed = parsePromotionForm(boxes);
      expect(parsed.request!.checks.length).toBe(Math.ceil(MAX_FIELD_CHARS / '- [x] box\n'.length));
    },
    HANG_GUARD_MS,
  );
});

describe('isPromotionRequest', () => {
  const blocker = [
    '### Component Name',
    '',
    'Neo4j',
    '',
    '### Blocker Type',
    '',
    'Tests (insufficient coverage or failing tests)',
    '',
    '### Target Stage',
    '',
    'Staging',
    '',
    '### Severity',
    '',
    'High (should be resolved before promotion)',
  ].join('\n');

  it("is true for the form's body, whatever its labels and title", () => {
    expect(isPromotionRequest({ title: 'anything', body: render(minimal), labels: ['promotion:blocked'] })).toBe(true);
  });

  it('is true for a promotion label or a [Promotion] title, even when the body is not the form', () => {
    expect(isPromotionRequest({ title: 'promote neo4j', body: 'please', labels: ['promotion:requested'] })).toBe(true);
    expect(isPromotionRequest({ title: 'promote neo4j', body: null, labels: ['Promotion:Approved'] })).toBe(true);
    expect(isPromotionRequest({ title: '  [PROMOTION] neo4j: Development → Staging', body: null, labels: [] })).toBe(
      true,
    );
    expect(isPromotionRequest({ title: '[Promotion]: ', body: '', labels: [] })).toBe(true);
  });

  it('is false for a promotion blocker issue and for unrelated issues', () => {
    expect(
      isPromotionRequest({
        title: '[BLOCKER] neo4j: coverage',
        body: blocker,
        labels: ['promotion:blocked', 'component:neo4j', 'blocker:tests'],
      }),
    ).toBe(false);
    expect(isPromotionRequest({ title: 'Bug: crash on start', body: '### Steps\n\n1. run', labels: ['bug'] })).toBe(
      false,
    );
    expect(isPromotionRequest({ title: 'Question', body: null, labels: [] })).toBe(false);
    expect(
      isPromotionRequest({ title: 'About promotion', body: 'What is [Promotion]?', labels: ['target:staging'] }),
    ).toBe(false);
  });
});
