/**
 * Reads `.github/maturity.yml` into a normalized MaturityConfig. A bad file fails with the
 * key path, the line, what was expected and what was found. An absent file means the seed
 * defaults and no components. The config's model and defaults are here; its parsing (YAML,
 * the zod schema: a fifth of an action's start) is in parse-config.ts, loaded only when
 * there is a file to parse.
 */
import { posix } from 'node:path';
import picomatch from 'picomatch';
import { ConfigurationError } from '../errors.js';
import { fileExists, readInputFile, resolveInputPath } from '../path-input.js';
import { displayPath } from '../report-files.js';
import type { TargetStage } from '../stages.js';
import {
  CATEGORY_IDS,
  DEFAULT_CATEGORIES,
  defaultEvidence,
  defaultTests,
  EVIDENCE_KINDS,
  SEED_POLICY,
  type CategoryId,
  type EvidenceKind,
  type Policy,
} from './defaults.js';
import type { HealthCheck, NotApplicableKey, RawEvidence, RawStagePolicy } from './schema.js';

export interface ComponentConfig {
  id: string;
  name: string;
  group?: string;
  paths: string[];
  /** Globs of its test files (config `tests`, else the seeds' places: defaults.ts). */
  tests: string[];
  /** Where the component's MATURITY.md is (may carry a `#section` for a shared file). */
  maturityFile?: string;
  dependsOn: string[];
  owner?: string;
  health: HealthCheck[];
  /** Where each document or test file a stage requires is looked for (config, else the seed defaults). */
  evidence: Record<EvidenceKind, string[]>;
  maintenance: { start: string; end: string; reason?: string }[];
  metricsUrl?: string;
  alertRules: string[];
  /** Criteria that do not apply, with the reason (`not-applicable` in the config). */
  notApplicable: Partial<Record<NotApplicableKey, string>>;
  /** Which performance SLA its p95 latency is judged against in Production (config `latency`; default api). */
  latency: 'api' | 'page' | 'db';
}

export interface Category {
  id: CategoryId;
  globs: string[];
}

export interface MaturityConfig {
  /** The file read, or null when there is none (seed defaults). */
  file: string | null;
  components: Map<string, ComponentConfig>;
  /** In the order written: the first category whose globs match a file wins. */
  categories: Category[];
  policy: Record<TargetStage, Policy>;
  pullRequests: PullRequestPolicy;
}

export interface PullRequestPolicy {
  /** Enforce the next stage's bars on pull requests too (default: shown as progress only). */
  enforceNextStage: boolean;
}

/** A glob's static directory part (picomatch's own scan): `src/components/neo4j/**` -> `src/components/neo4j`. */
export function staticPrefix(glob: string): string {
  const { base, isGlob } = picomatch.scan(glob);
  return isGlob ? base : posix.dirname(base) === '.' ? '' : posix.dirname(base); // a plain file path: its directory
}

export function defaultMaturityFile(paths: string[]): string | undefined {
  const dir = paths[0] !== undefined ? staticPrefix(paths[0]) : '';
  return dir ? posix.join(dir, 'MATURITY.md') : undefined;
}

export function evidenceOf(id: string, paths: string[], raw: RawEvidence | undefined): Record<EvidenceKind, string[]> {
  const out = defaultEvidence(id, paths[0] !== undefined ? staticPrefix(paths[0]) : '');
  for (const kind of EVIDENCE_KINDS) {
    const v = raw?.[kind];
    if (v !== undefined) out[kind] = typeof v === 'string' ? [v] : v;
  }
  return out;
}

/** A component with every default filled in, as the config would give it (for code and tests that build one). */
export function defaultComponent(id: string, paths: string[]): ComponentConfig {
  return {
    id,
    name: id,
    paths,
    tests: defaultTests(id),
    maturityFile: defaultMaturityFile(paths),
    dependsOn: [],
    health: [],
    evidence: evidenceOf(id, paths, undefined),
    maintenance: [],
    alertRules: [`monitoring/alerts/${id}.rules.yml`, `monitoring/alerts/${id}.rules.yaml`],
    notApplicable: {},
    latency: 'api',
  };
}

/** Deep-merges a partial stage policy over the seed policy (arrays and nulls replace). */
export function mergePolicy(base: Policy, override: RawStagePolicy | undefined): Policy {
  const merge = (a: unknown, b: unknown): unknown => {
    if (b === undefined) return a;
    if (b === null || Array.isArray(b) || typeof b !== 'object' || typeof a !== 'object' || a === null) return b;
    const out: Record<string, unknown> = { ...(a as Record<string, unknown>) };
    for (const [k, v] of Object.entries(b)) out[k] = merge(out[k], v);
    return out;
  };
  return merge(structuredClone(base), override) as Policy;
}

export function defaultConfig(): MaturityConfig {
  return {
    file: null,
    components: new Map(),
    categories: CATEGORY_IDS.map((id) => ({ id, globs: DEFAULT_CATEGORIES[id] })),
    policy: { staging: structuredClone(SEED_POLICY.staging), production: structuredClone(SEED_POLICY.production) },
    pullRequests: { enforceNextStage: false },
  };
}

/**
 * Reads the config at `configPath` (absolute, or relative to root). A missing file gives the
 * defaults, unless it is `required` (an action that needs components) or the user named it
 * (`explicit`: a typo must not turn a 95% bar into the seed's 70%).
 */
export async function loadConfig(
  configPath: string,
  root: string,
  required = false,
  explicit = false,
): Promise<MaturityConfig> {
  const abs = resolveInputPath(configPath, root);
  const shown = displayPath(abs, root);
  const at = 'input config';
  if (!fileExists(abs, shown, at)) {
    if (explicit) {
      throw new ConfigurationError(
        `the config file ${shown} does not exist (looked in ${root})`,
        { at },
        'Check the `config` input: it is absolute, or relative to the repository root.',
      );
    }
    if (required) {
      throw new ConfigurationError(
        `the config file ${shown} does not exist`,
        { at },
        'Create it (see the README) or point the `config` input at it.',
      );
    }
    return defaultConfig();
  }
  const text = readInputFile(abs, shown, at);
  if (text.includes('\u0000'))
    throw new ConfigurationError(
      'is not a text file (it holds NUL bytes)',
      { file: shown },
      'Point the `config` input at your .github/maturity.yml.',
    );
  const { parseConfig } = await import('./parse-config.js');
  return parseConfig(text.replace(/^\ufeff/, ''), shown);
}

// ---- "did you mean" ------------------------------------------------------------------

function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return d[a.length]![b.length]!;
}

/** The closest known word within a small edit distance. */
export function closest(word: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  const w = word.toLowerCase().replace(/[_\s]/g, '-');
  for (const k of known) {
    const d = distance(w, k.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}
