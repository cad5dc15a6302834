/**
 * The seed documents' bars, per target stage. A repository's `.github/maturity.yml` overrides
 * any of them under `policy.<stage>`; everything it leaves out keeps these values.
 * Sources: COMPONENT_MATURITY_CRITERIA (coverage breakdown, tool bars, performance, alerting),
 * COMPONENT_PROMOTION_GUIDE (7 days in staging), the maintenance criteria (uptime, error rate,
 * patching within 24 h / 7 d / 30 d, the P0–P3 severities).
 */
import type { TargetStage } from '../stages.js';

export const CATEGORY_IDS = ['critical', 'business', 'utilities', 'ui'] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

export interface CoveragePolicy {
  /** Minimum headline coverage, percent. */
  min: number;
  /** Minimum coverage of the lines a pull request changes; null = same as `min`. */
  diff: number | null;
  /** Which figure is the headline: auto = the producing tool's own (coverage.py: combined; Istanbul: lines). */
  metric: 'auto' | 'combined' | 'lines' | 'branches';
  categories: Record<CategoryId, number>;
}

export interface Policy {
  coverage: CoveragePolicy;
  tests: { 'pass-rate': number; 'min-tests': number };
  lint: { 'max-errors': number; 'max-warnings': number | null };
  types: { 'max-errors': number; 'max-warnings': number };
  docs: { 'docstring-coverage': number };
  security: {
    max: { critical: number; high: number; medium: number; low: number | null };
    /** Findings of these severities may be accepted in the risk register. */
    'acceptable-severities': ('low' | 'medium' | 'high' | 'critical')[];
    'patch-within-hours': { critical: number; high: number; medium: number };
  };
  uptime: { min: number; window: string; 'min-sample-coverage': number };
  performance: {
    'api-p95-ms': number;
    'db-p95-ms': number;
    'page-load-p95-ms': number;
    'min-concurrent-users': number;
    'min-requests-per-second': number;
    'max-memory-mb': number;
    'max-cpu-percent': number;
    'max-error-rate': number;
  };
  'min-days-in-staging': number;
  /** What a component in Production must keep (only `policy.production.maintenance` is read). */
  maintenance: MaintenancePolicy;
}

/** The seeds' incident severities, P0 (system down, data loss) to P3 (cosmetic). */
export const SEVERITY_LEVELS = ['P0', 'P1', 'P2', 'P3'] as const;
export type SeverityLevel = (typeof SEVERITY_LEVELS)[number];

/** Which kinds of maintenance breach get which severity. */
export const BREACH_KINDS = [
  'uptime',
  'error-rate',
  'latency',
  'patch-critical',
  'patch-high',
  'patch-medium',
] as const;
export type BreachKind = (typeof BREACH_KINDS)[number];

/**
 * The maintenance criteria of a component in Production (COMPONENT_MATURITY_CRITERIA, "Production
 * Stage"): uptime per calendar month and over a rolling window, judged by the scheduled upkeep
 * check; the error rate and p95 bars are `performance.*`, the patch deadlines
 * `security.patch-within-hours`. A breach that lasts `grace-days` is proposed for demotion.
 */
export interface MaintenancePolicy {
  /**
   * Minimum uptime, percent, per calendar month and over `rolling-window`. The criteria document
   * says 99.5 ("Uptime ≥99.5%", monthly); the workflow document says 99.9: set 99.9 to hold that.
   */
  uptime: number;
  /** The rolling window judged on every run, e.g. 30d. */
  'rolling-window': string;
  /** Days a breach may last before a demotion is proposed on its issue. */
  'grace-days': number;
  /** The seeds' P0–P3 severity of each kind of breach; a breach issue takes its worst. */
  severity: Record<BreachKind, SeverityLevel>;
}

const SEED_CATEGORY_BARS: Record<CategoryId, number> = { critical: 90, business: 80, utilities: 70, ui: 60 };

function seedPolicy(stage: TargetStage): Policy {
  return {
    coverage: { min: stage === 'staging' ? 70 : 80, diff: null, metric: 'auto', categories: { ...SEED_CATEGORY_BARS } },
    tests: { 'pass-rate': 100, 'min-tests': 1 },
    lint: { 'max-errors': 0, 'max-warnings': null },
    types: { 'max-errors': 0, 'max-warnings': 0 },
    docs: { 'docstring-coverage': 100 },
    security: {
      max: { critical: 0, high: 0, medium: 0, low: null },
      'acceptable-severities': ['low'],
      'patch-within-hours': { critical: 24, high: 7 * 24, medium: 30 * 24 },
    },
    uptime: { min: 99.5, window: '7d', 'min-sample-coverage': 90 },
    performance: {
      'api-p95-ms': 500,
      'db-p95-ms': 100,
      'page-load-p95-ms': 3000,
      'min-concurrent-users': 100,
      'min-requests-per-second': 50,
      'max-memory-mb': 512,
      'max-cpu-percent': 50,
      'max-error-rate': 0.5,
    },
    'min-days-in-staging': 7,
    maintenance: {
      uptime: 99.5,
      'rolling-window': '30d',
      'grace-days': 7,
      // P1 "major functionality broken": users were (or are) turned away; P2 "minor": slow, or a
      // high finding left open; P3 for a medium finding past its 30 days.
      severity: {
        uptime: 'P1',
        'error-rate': 'P1',
        latency: 'P2',
        'patch-critical': 'P1',
        'patch-high': 'P2',
        'patch-medium': 'P3',
      },
    },
  };
}

export const SEED_POLICY: Record<TargetStage, Policy> = {
  staging: seedPolicy('staging'),
  production: seedPolicy('production'),
};

/**
 * Default coverage categories (first match wins). The seeds name critical paths "auth, data
 * persistence"; a repository that defines `categories` replaces this list entirely.
 */
export const DEFAULT_CATEGORIES: Record<CategoryId, string[]> = {
  critical: ['**/auth/**', '**/persistence/**'],
  business: [],
  utilities: ['**/utils/**', '**/util/**', '**/helpers/**'],
  ui: ['**/frontend/**', '**/ui/**'],
};

export const DEFAULT_CONFIG_PATH = '.github/maturity.yml';

/** The seeds' functional groups. Others are allowed; these get their display names. */
export const GROUP_TITLES: Record<string, string> = {
  'core-infrastructure': 'Core Infrastructure',
  'ai-agent-systems': 'AI/Agent Systems',
  'player-experience': 'Player Experience',
  'therapeutic-content': 'Therapeutic Content',
  'monitoring-operations': 'Monitoring & Operations',
};

export const EVIDENCE_KINDS = [
  'readme',
  'integration-tests',
  'user-guide',
  'api-reference',
  'troubleshooting',
  'rollback',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/**
 * Where the seeds keep each document a stage asks for, for a component whose code is in
 * `dir` (its first path's folder). Each entry lists alternatives: a glob, or `file#Heading`
 * for a section of a file. Matching ignores case. `<id>` forms: `model-management` and
 * `model_management`.
 *  - README with usage examples: `<dir>/README.md` (a fenced code block required).
 *  - Integration tests: `tests/integration/test_<component>_*.py` (COMPONENT_MATURITY_CRITERIA).
 *  - User docs, API reference, troubleshooting: the README sections the seeds' example README
 *    has (Usage, API, Troubleshooting), or a file under docs/.
 *  - Rollback: `docs/operations/<component>_ROLLBACK.md` (COMPONENT_PROMOTION_GUIDE, step 5).
 */
export function defaultEvidence(id: string, dir: string): Record<EvidenceKind, string[]> {
  const snake = id.replace(/-/g, '_');
  const ids = snake === id ? id : `{${id},${snake}}`;
  const readme = dir ? `${dir}/README.md` : 'README.md';
  return {
    readme: [readme],
    'integration-tests': [`tests/integration/test_${ids}_*.py`, `tests/integration/test_${ids}.py`],
    'user-guide': [`${readme}#Usage`, `docs/**/${ids}*{USER_GUIDE,GUIDE}*.md`],
    'api-reference': [`${readme}#API`, `docs/api/**/${ids}*`],
    troubleshooting: [`${readme}#Troubleshooting`, `docs/**/${ids}*TROUBLESHOOTING*.md`],
    rollback: [`docs/operations/${ids}_ROLLBACK.md`],
  };
}

/**
 * Where the seeds keep a component's tests when the config does not say (`components.<id>.tests`):
 * `tests/test_<component>.py`, `tests/integration/test_<component>_*.py`,
 * `tests/e2e/test_<component>_e2e.py`, or a folder named after it under tests/; JavaScript tests
 * named after it. A JUnit case counts for the component whose globs match its file.
 */
export function defaultTests(id: string): string[] {
  const snake = id.replace(/-/g, '_');
  const ids = snake === id ? id : `{${id},${snake}}`;
  return [
    `tests/**/test_${ids}.py`,
    `tests/**/test_${ids}_*.py`,
    `tests/**/${ids}/**`,
    `tests/**/${ids}{.,_,-}*{test,spec}.{js,mjs,cjs,ts,tsx}`,
  ];
}
