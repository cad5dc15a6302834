/**
 * Parses and validates `.github/maturity.yml` text into a MaturityConfig (load-config.ts
 * reads the file and imports this module only when there is one: YAML and zod load with it).
 * A bad file fails with the key path, the line, what was expected and what was found.
 */
import { isMap, LineCounter, parseDocument, type Document } from 'yaml';
import type * as z from 'zod';
import { ConfigurationError } from '../errors.js';
import { yamlToJs } from '../yaml-bounded.js';
import { findCycles } from './dependency-graph.js';
import { SEED_POLICY, defaultTests, type CategoryId } from './defaults.js';
import {
  closest,
  defaultComponent,
  defaultConfig,
  defaultMaturityFile,
  evidenceOf,
  mergePolicy,
  type Category,
  type ComponentConfig,
  type MaturityConfig,
} from './load-config.js';
import { configSchema, type RawConfig } from './schema.js';

/** Parses and validates the config text. Pure: no file access. */
export function parseConfig(text: string, file: string): MaturityConfig {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    // With prettyErrors off the yaml package leaves linePos unset: ask the line counter.
    const pos = err.linePos?.[0] ?? lineCounter.linePos(err.pos[0]);
    throw new ConfigurationError(
      `is not valid YAML: ${err.message.split('\n')[0]}`,
      { file, line: pos?.line, column: pos?.col },
      'Fix the YAML syntax (indentation, quotes, a missing ":").',
    );
  }
  const data = yamlToJs(doc, { file }) ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ConfigurationError('expected a mapping with `version: 1` and `components:`', { file, line: 1 });
  }
  const result = configSchema.safeParse(data, { reportInput: true });
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw issueToError(issue, doc, lineCounter, file);
  }
  return normalize(result.data, doc, lineCounter, file);
}

/** The validated config with every default filled in, its dependencies checked. */
function normalize(raw: RawConfig, doc: Document, lc: LineCounter, file: string): MaturityConfig {
  const components = new Map<string, ComponentConfig>();
  for (const [id, c] of Object.entries(raw.components ?? {})) components.set(id, componentOf(id, c));
  const at = (path: readonly PropertyKey[]) => ({ file, ...lineOf(doc, lc, path), at: pathText(path) });
  checkDependencies(components, at);
  const categories: Category[] = raw.categories
    ? (Object.entries(raw.categories) as [CategoryId, string[]][]).map(([id, globs]) => ({ id, globs }))
    : defaultConfig().categories;
  return {
    file,
    components,
    categories,
    policy: {
      staging: mergePolicy(SEED_POLICY.staging, raw.policy?.staging),
      production: mergePolicy(SEED_POLICY.production, raw.policy?.production),
    },
    pullRequests: { enforceNextStage: raw['pull-requests']?.['enforce-next-stage'] ?? false },
  };
}

type RawComponent = NonNullable<RawConfig['components']>[string];

/** A component as written, with the defaults for what it leaves out (most follow from its id and paths). */
function componentOf(id: string, c: RawComponent): ComponentConfig {
  return {
    id,
    name: c.name ?? id,
    group: c.group,
    paths: c.paths,
    tests: c.tests ?? defaultTests(id),
    maturityFile: c['maturity-file'] ?? defaultMaturityFile(c.paths),
    dependsOn: c['depends-on'] ?? [],
    owner: c.owner,
    health: c.health ?? [],
    evidence: evidenceOf(id, c.paths, c.evidence),
    maintenance: c.maintenance ?? [],
    metricsUrl: c['metrics-url'],
    alertRules: c['alert-rules'] ?? defaultComponent(id, c.paths).alertRules,
    notApplicable: c['not-applicable'] ?? {},
    latency: c.latency ?? 'api',
  };
}

/**
 * Every `depends-on` names another component of the config, and they form no cycle: a
 * component's stage is compared with its dependencies' (the dashboard's "blocked by"), which
 * a typo or a cycle would make meaningless. `at` places a key path in the file.
 */
function checkDependencies(
  components: ReadonlyMap<string, ComponentConfig>,
  at: (path: readonly PropertyKey[]) => { file: string; line?: number; column?: number; at: string },
): void {
  for (const c of components.values()) {
    c.dependsOn.forEach((dep, i) => {
      const path = ['components', c.id, 'depends-on', i];
      if (dep === c.id) throw new ConfigurationError(`${c.id} depends on itself`, at(path));
      if (!components.has(dep)) {
        const known = [...components.keys()];
        const hint = closest(dep, known);
        throw new ConfigurationError(
          `"${dep}" is not a component of this config`,
          at(path),
          hint ? `Did you mean "${hint}"?` : `Known components: ${known.join(', ') || '(none)'}.`,
        );
      }
    });
  }
  const [cycle] = findCycles(new Map([...components.values()].map((c) => [c.id, c.dependsOn])));
  if (cycle) {
    throw new ConfigurationError(
      `dependency cycle: ${cycle.join(' → ')}`,
      at(['components', cycle[0]!, 'depends-on']),
      'Components must form no dependency cycle: remove one of these `depends-on` entries.',
    );
  }
}

// ---- error messages -------------------------------------------------------------------

type Issue = z.core.$ZodIssue;

function pathText(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}

/**
 * The line and column to point at for a key path: the key itself when it is there, else the
 * nearest enclosing key (a missing key is reported at its parent).
 */
function lineOf(doc: Document, lc: LineCounter, path: readonly PropertyKey[]): { line?: number; column?: number } {
  for (let n = path.length; n > 0; n--) {
    const parentPath = path.slice(0, n - 1) as unknown[];
    const seg = path[n - 1];
    const parent = parentPath.length ? doc.getIn(parentPath, true) : doc.contents;
    if (isMap(parent)) {
      const pair = parent.items.find((item) => (item.key as { value?: unknown } | null)?.value === seg);
      const range = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
      if (range) return pos(lc, range[0]);
    } else if (typeof seg === 'number') {
      const node = doc.getIn([...parentPath, seg], true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return pos(lc, node.range[0]);
    }
  }
  return {};
}

function pos(lc: LineCounter, offset: number): { line: number; column: number } {
  const { line, col } = lc.linePos(offset);
  return { line, column: col };
}

function keyLine(
  doc: Document,
  lc: LineCounter,
  path: readonly PropertyKey[],
  key: string,
): { line?: number; column?: number } {
  return lineOf(doc, lc, [...path, key]);
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value (null)';
  if (Array.isArray(value)) return `a list (${JSON.stringify(value).slice(0, 40)})`;
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text "${value.slice(0, 60)}"`;
  return `${typeof value === 'number' ? 'the number' : typeof value} ${String(value)}`;
}

function expectedText(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const names: Record<string, string> = {
        array: 'a list',
        object: 'a mapping',
        string: 'text',
        number: 'a number',
        boolean: 'true or false',
      };
      return names[issue.expected] ?? issue.expected;
    }
    case 'invalid_value':
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `at least ${issue.minimum} item(s)`
        : issue.origin === 'string'
          ? 'non-empty text'
          : `a value of at least ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'array' ? `at most ${issue.maximum} item(s)` : `a value of at most ${issue.maximum}`;
    case 'invalid_format':
      return issue.format === 'url' ? 'a URL (https://...)' : issue.message;
    default:
      return issue.message;
  }
}

/** How to write a key whose shape people get wrong, by the key's name anywhere in the path. */
const KEY_HINTS: Record<string, string> = {
  'expect-json':
    'Write the JSON field and the value it must have as a mapping, e.g. `expect-json: { field: status, equals: healthy }` (a dotted path such as checks.db.status reaches nested fields).',
};

function hintFor(path: readonly PropertyKey[]): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const hint = KEY_HINTS[String(path[i])];
    if (hint) return hint;
  }
  return undefined;
}

function issueToError(issue: Issue, doc: Document, lc: LineCounter, file: string): ConfigurationError {
  const path = issue.path as PropertyKey[];
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0]!;
    const known = knownKeys(path);
    const hint = closest(key, known);
    return new ConfigurationError(
      `unknown key "${key}"`,
      { file, ...keyLine(doc, lc, path, key), at: pathText([...path, key]) },
      hint ? `Did you mean "${hint}"?` : known.length ? `Allowed here: ${known.join(', ')}.` : undefined,
    );
  }
  if (issue.code === 'invalid_key') {
    const inner = issue.issues[0];
    return new ConfigurationError(`"${String(issue.input)}" is not a valid key: ${inner?.message ?? 'invalid'}`, {
      file,
      ...lineOf(doc, lc, path),
      at: pathText(path),
    });
  }
  if (issue.code === 'custom' || (issue.code === 'invalid_format' && issue.format === 'regex')) {
    return new ConfigurationError(`${issue.message} (found ${describe(issue.input)})`, {
      file,
      ...lineOf(doc, lc, path),
      at: pathText(path),
    });
  }
  const found =
    issue.input === undefined && issue.code === 'invalid_type' ? 'nothing (the key is missing)' : describe(issue.input);
  return new ConfigurationError(
    `expected ${expectedText(issue)}, found ${found}`,
    { file, ...lineOf(doc, lc, path), at: pathText(path) || '(top level)' },
    hintFor(path),
  );
}

/** The keys the schema allows at a path (for "did you mean"). */
function knownKeys(path: readonly PropertyKey[]): string[] {
  let schema: unknown = configSchema;
  const unwrap = (s: unknown): unknown => {
    let cur = s as { _zod?: { def: Record<string, unknown> } };
    for (let i = 0; i < 5 && cur?._zod; i++) {
      const def = cur._zod.def;
      if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default')
        cur = def.innerType as typeof cur;
      else break;
    }
    return cur;
  };
  for (const seg of path) {
    const s = unwrap(schema) as { _zod?: { def: Record<string, unknown> } };
    const def = s?._zod?.def;
    if (!def) return [];
    if (def.type === 'object') schema = (def.shape as Record<string, unknown>)[String(seg)];
    else if (def.type === 'record') schema = def.valueType;
    else if (def.type === 'array') schema = def.element;
    else return [];
  }
  const s = unwrap(schema) as { _zod?: { def: Record<string, unknown> } };
  return s?._zod?.def.type === 'object' ? Object.keys(s._zod.def.shape as object) : [];
}
