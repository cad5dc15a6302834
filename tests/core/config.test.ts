import { ConfigurationError } from '../../packages/core/errors.js';
import { defaultConfig, staticPrefix } from '../../packages/core/config/load-config.js';
import { parseConfig } from '../../packages/core/config/parse-config.js';

const good = `
version: 1
components:
  neo4j:
    name: Neo4j
    group: core-infrastructure
    paths: [src/components/neo4j/**]
    health: [{ url: https://staging.example/neo4j/health }]
  model-management:
    name: Model Management
    group: ai-agent-systems
    paths: [src/components/model_management/**]
    depends-on: [neo4j]
categories:
  critical: ["**/auth/**", "**/persistence/**"]
  ui: ["**/frontend/**"]
policy:
  staging: { coverage: { min: 75, categories: { critical: 95 } } }
`;

function failure(text: string): ConfigurationError {
  try {
    parseConfig(text, '.github/maturity.yml');
  } catch (e) {
    if (e instanceof ConfigurationError) return e;
    throw e;
  }
  throw new Error('expected a ConfigurationError');
}

describe('.github/maturity.yml', () => {
  it('reads components, categories in order, and merges the policy over the seed defaults', () => {
    const c = parseConfig(good, '.github/maturity.yml');
    expect([...c.components.keys()]).toEqual(['neo4j', 'model-management']);
    expect(c.components.get('model-management')).toMatchObject({
      name: 'Model Management',
      dependsOn: ['neo4j'],
      maturityFile: 'src/components/model_management/MATURITY.md',
    });
    expect(c.categories.map((x) => x.id)).toEqual(['critical', 'ui']);
    expect(c.policy.staging.coverage.min).toBe(75);
    expect(c.policy.staging.coverage.categories).toEqual({ critical: 95, business: 80, utilities: 70, ui: 60 });
    expect(c.policy.production.coverage.min).toBe(80);
    expect(c.policy.staging.uptime.min).toBe(99.5);
  });

  it('has the seed defaults without a file', () => {
    const c = defaultConfig();
    expect(c.file).toBeNull();
    expect(c.components.size).toBe(0);
    expect(c.policy.staging.coverage).toMatchObject({
      min: 70,
      categories: { critical: 90, business: 80, utilities: 70, ui: 60 },
    });
    expect(c.policy.staging.types).toEqual({ 'max-errors': 0, 'max-warnings': 0 });
    expect(c.policy.staging.security.max).toMatchObject({ critical: 0, high: 0, medium: 0 });
    expect(c.policy.production.security['patch-within-hours']).toEqual({ critical: 24, high: 168, medium: 720 });
  });

  it('makes the maintenance bars of Production explicit: 99.5% a month (the criteria document), 30 days rolling, 7 days of grace, P0–P3', () => {
    expect(defaultConfig().policy.production.maintenance).toEqual({
      uptime: 99.5,
      'rolling-window': '30d',
      'grace-days': 7,
      severity: {
        uptime: 'P1',
        'error-rate': 'P1',
        latency: 'P2',
        'patch-critical': 'P1',
        'patch-high': 'P2',
        'patch-medium': 'P3',
      },
    });
    const c = parseConfig(
      'version: 1\npolicy:\n  production:\n    maintenance: { uptime: 99.9, grace-days: 3, severity: { uptime: P0 } }\ncomponents:\n  db:\n    paths: [db/**]\n    latency: db\n',
      'm.yml',
    );
    expect(c.policy.production.maintenance).toMatchObject({
      uptime: 99.9,
      'rolling-window': '30d',
      'grace-days': 3,
      severity: { uptime: 'P0', latency: 'P2' },
    });
    expect(c.components.get('db')!.latency).toBe('db');
  });

  it.each([
    [
      'a wrong type, with the key path, line, expected and found',
      'version: 1\ncomponents:\n  neo4j:\n    paths: 42\n',
      /components\.neo4j\.paths: expected a list, found the number 42/,
      4,
    ],
    [
      'a missing required key',
      'version: 1\ncomponents:\n  neo4j:\n    name: Neo4j\n',
      /components\.neo4j\.paths: expected a list, found nothing \(the key is missing\)/,
      3,
    ],
    [
      'a misspelt key, with a suggestion',
      'version: 1\ncomponents:\n  neo4j:\n    paths: [a/**]\n    dependson: []\n',
      /unknown key "dependson".*Did you mean "depends-on"\?/,
      5,
    ],
    [
      'a bar out of range',
      'version: 1\npolicy:\n  staging:\n    coverage:\n      min: 170\n',
      /policy\.staging\.coverage\.min: expected a value of at most 100, found the number 170/,
      5,
    ],
    [
      'a grace period below zero',
      'version: 1\npolicy:\n  production:\n    maintenance:\n      grace-days: -1\n',
      /policy\.production\.maintenance\.grace-days: expected a value of at least 0, found the number -1/,
      5,
    ],
    [
      'a severity outside P0–P3',
      'version: 1\npolicy:\n  production:\n    maintenance:\n      severity: { uptime: critical }\n',
      /policy\.production\.maintenance\.severity\.uptime: expected one of "P0", "P1", "P2", "P3", found the text "critical"/,
      5,
    ],
    [
      'a rolling window that is not one',
      'version: 1\npolicy:\n  production:\n    maintenance:\n      rolling-window: a month\n',
      /policy\.production\.maintenance\.rolling-window: a window is a number of days or hours/,
      5,
    ],
    [
      'maintenance bars for Staging (only Production keeps them)',
      'version: 1\npolicy:\n  staging:\n    maintenance: { uptime: 99 }\n',
      /policy\.staging\.maintenance: unknown key "maintenance"|unknown key "maintenance"/,
      4,
    ],
    [
      'a latency SLA that is not one of the three',
      'version: 1\ncomponents:\n  a:\n    paths: [a/**]\n    latency: fast\n',
      /components\.a\.latency: expected one of "api", "page", "db", found the text "fast"/,
      5,
    ],
    ['a wrong version', 'version: 2\n', /version: expected one of 1, found the number 2/, 1],
    [
      'an unknown dependency',
      'version: 1\ncomponents:\n  a:\n    paths: [a/**]\n    depends-on: [neo]\n  neo4j:\n    paths: [b/**]\n',
      /"neo" is not a component of this config.*Did you mean "neo4j"\?/,
      5,
    ],
    [
      'a component id that cannot be a label',
      'version: 1\ncomponents:\n  Neo 4j:\n    paths: [a/**]\n',
      /not a valid key/,
      3,
    ],
    ['invalid YAML', 'version: 1\ncomponents:\n  neo4j:\n   paths: [a\n', /is not valid YAML/, undefined],
    [
      'a health URL that is not a URL',
      'version: 1\ncomponents:\n  a:\n    paths: [a/**]\n    health: [{ url: not-a-url }]\n',
      /health\[0\]\.url: expected a URL/,
      5,
    ],
    [
      'expect-json written as an expression, saying how to write it',
      'version: 1\ncomponents:\n  a:\n    paths: [a/**]\n    health:\n      - url: https://x.example/health\n        expect-json: \'status == "healthy"\'\n',
      /health\[0\]\.expect-json: expected a mapping, found the text "status == "healthy"".*`expect-json: \{ field: status, equals: healthy \}`/,
      7,
    ],
    [
      'expect-json as a field: value mapping, saying how to write it',
      'version: 1\ncomponents:\n  a:\n    paths: [a/**]\n    health: [{ url: https://x.example/health, expect-json: { status: healthy } }]\n',
      /expect-json\.field: expected text, found nothing.*`expect-json: \{ field: status, equals: healthy \}`/,
      5,
    ],
  ])('refuses %s', (_what, text, message, line) => {
    const e = failure(text);
    expect(e.describe()).toMatch(message);
    expect(e.describe()).toMatch(/^\.github\/maturity\.yml:/);
    if (line !== undefined) expect(e.place.line).toBe(line);
  });

  it('derives the static directory of a glob', () => {
    expect(staticPrefix('src/components/neo4j/**')).toBe('src/components/neo4j');
    expect(staticPrefix('src/x/*.py')).toBe('src/x');
    expect(staticPrefix('src/a.py')).toBe('src');
    expect(staticPrefix('**/auth/**')).toBe('');
    expect(staticPrefix('a/{b,c}/d')).toBe('a');
    expect(staticPrefix('src/x/file.py')).toBe('src/x');
    expect(staticPrefix('**/*.py')).toBe('');
  });
});
