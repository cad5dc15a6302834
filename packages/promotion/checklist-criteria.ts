/**
 * Which evidence ticks which box of the seeds' MATURITY.md checklists: THE one table of it.
 *
 * The template (and the promotion request form, word for word) lists what each transition
 * needs as checkbox items. Each item here maps to the criterion ids the gates write (and
 * promotion-report computes: `dependencies.stages`, `staging.days`), or to the requester's
 * declaration for what only a person can judge. An id ending in "." is a family (`load.` is
 * every `load.*` id). PURE.
 *
 * How an item is recognised: its text equals a seed item (leniently: case, punctuation,
 * ≥ and spacing do not matter), else exactly one rule's keywords match it. A team's own
 * wording that no rule, or more than one, recognises is left alone, never ticked on a guess
 * (unless the requester declared that very item).
 *
 * When an item is ticked (`declaration`):
 *   none  the gates decide: every id passed or does not apply (a family: at least one of its
 *         ids passed and none failed, or it does not apply). A requester's tick does not make
 *         a gate's criterion true.
 *   or    as `none`, or the requester declared it (the gates cannot always see it).
 *   only  nothing verifies it: the requester declared it.
 * and when the item's text names something only a person can judge (`personPart`: "no planned
 * breaking changes", "and tested"), the declaration is needed as well as the evidence. That
 * is what promotion-report already demands (its PERSON_ONLY boxes block until ticked).
 */
import type { NotApplicableKey } from '../core/config/schema.js';
import type { TargetStage } from '../core/stages.js';

export interface ChecklistEvidence {
  /** Criterion ids that passed, verified by a gate or by promotion-report. */
  passed: ReadonlySet<string>;
  /**
   * Criterion ids that do not apply to the component, with the reason. The config's
   * `not-applicable` keys (`load-test`, `dependency-audit`, `secret-scan`, `e2e`) are accepted
   * too and stand for the ids they cover (NOT_APPLICABLE_COVERS).
   */
  notApplicable: ReadonlyMap<string, string>;
  /** Checklist labels the requester ticked in the promotion request form (declarations of what only a person can judge). */
  declared: readonly string[];
  /** The coverage measured for this promotion (unit for Staging, integration for Production), two decimals. */
  coverage: number | null;
  /**
   * Criterion ids that were measured and did not pass (fail, error, no data). Optional: only a
   * family (`load.*`) needs it, to know that every one of its ids present passed.
   */
  failed?: ReadonlySet<string>;
}

export type Declaration = 'none' | 'or' | 'only';

export interface ChecklistRule {
  /** A short name, for tests and messages. */
  key: string;
  /** The item as the seeds' template (and the request form) writes it. */
  seed: string;
  /** The item is this one when its text matches every pattern here... */
  match: readonly RegExp[];
  /** ...and none of these. */
  unless?: readonly RegExp[];
  /** Criterion ids that must each have passed or not apply. */
  ids: readonly string[];
  /** Id prefixes taken together: at least one id passed, none failed; or they do not apply. */
  family?: readonly string[];
  declaration: Declaration;
  /** The part only a person can judge; when the item says it, the declaration is needed too. */
  personPart?: RegExp;
}

/** What each config `not-applicable` key stands for, as ids and id prefixes. */
export const NOT_APPLICABLE_COVERS: Record<NotApplicableKey, readonly string[]> = {
  e2e: ['tests.e2e'],
  'load-test': ['load.', 'performance.'],
  'dependency-audit': ['security.dependency-audit'],
  'secret-scan': ['security.secret-scan'],
};

export const CHECKLIST_RULES: Record<TargetStage, readonly ChecklistRule[]> = {
  staging: [
    {
      key: 'core-features',
      seed: 'Core features complete (80%+ of planned functionality)',
      match: [/\bcore\b/i, /\bfeatures?\b|\bfunctionality\b/i],
      ids: [],
      declaration: 'only',
    },
    {
      key: 'unit-tests',
      seed: 'Unit tests passing (≥70% coverage)',
      match: [/\bunit[- ]?tests?\b/i],
      unless: [/\bintegrat|\be2e\b|end[- ]to[- ]end/i],
      ids: ['tests.unit', 'coverage.total'],
      declaration: 'none',
    },
    {
      key: 'api-docs',
      seed: 'API documented, no planned breaking changes',
      match: [/\bapi\b/i, /\bdocument/i],
      ids: ['docs.docstrings'],
      declaration: 'none',
      personPart: /\bbreaking\b/i,
    },
    {
      key: 'lint-types-security',
      seed: 'Passes linting (ruff), type checking (pyright), security scan (bandit)',
      match: [/\blint|\bruff\b/i, /\btyp(?:e|es|ing)\b|\bpyright\b|\bmypy\b/i, /\bsecurity\b|\bbandit\b/i],
      ids: ['lint.errors', 'types.errors', 'types.warnings', 'security.high', 'security.medium'],
      declaration: 'none',
    },
    {
      key: 'readme',
      seed: 'Component README with usage examples',
      match: [/\breadme\b/i],
      ids: ['evidence.readme'],
      declaration: 'none',
    },
    {
      key: 'dependencies',
      seed: 'All dependencies identified and stable',
      match: [/\bdependenc(?:y|ies)\b/i],
      ids: ['dependencies.stages'],
      declaration: 'none',
    },
    {
      key: 'integrates',
      seed: 'Successfully integrates with dependent components in dev environment',
      match: [/\bintegrat/i],
      unless: [/\bunit\b/i],
      ids: ['evidence.integration-tests'],
      declaration: 'or',
    },
  ],
  production: [
    {
      key: 'integration-tests',
      seed: 'Integration tests passing (≥80% coverage)',
      match: [/\bintegration[- ]?tests?\b/i],
      ids: ['tests.integration', 'coverage.total'],
      declaration: 'none',
    },
    {
      key: 'performance',
      seed: 'Performance validated (meets defined SLAs)',
      match: [/\bperformance\b|\bslas?\b|\blatency\b|\bresponse times?\b/i],
      ids: [],
      family: ['load.', 'performance.'],
      declaration: 'none',
    },
    {
      key: 'security',
      seed: 'Security review completed, no critical vulnerabilities',
      match: [/\bsecurity\b|\bvulnerab/i],
      ids: ['security.critical', 'security.high', 'security.dependency-audit', 'security.secret-scan'],
      declaration: 'none',
    },
    {
      key: 'uptime',
      seed: '7-day uptime in staging ≥99.5%',
      match: [/\buptime\b|\bavailability\b/i],
      ids: ['uptime.window', 'staging.days'],
      declaration: 'none',
    },
    {
      key: 'documentation',
      seed: 'Complete user documentation, API reference, troubleshooting guide',
      match: [/\buser doc|\bapi reference\b|\btroubleshoot|\bdocumentation\b/i],
      unless: [/\broll[- ]?back\b/i],
      ids: ['evidence.user-guide', 'evidence.api-reference', 'evidence.troubleshooting'],
      declaration: 'none',
    },
    {
      key: 'monitoring',
      seed: 'Health checks, metrics, alerts configured',
      match: [/\bhealth[- ]?checks?\b|\bmetrics\b|\balert/i],
      ids: ['monitoring.health', 'monitoring.metrics', 'monitoring.alerts'],
      declaration: 'none',
    },
    {
      key: 'rollback',
      seed: 'Rollback procedure documented and tested',
      match: [/\broll[- ]?back\b/i],
      ids: ['evidence.rollback'],
      declaration: 'none',
      personPart: /\btested\b/i,
    },
    {
      key: 'load',
      seed: 'Handles expected production load (if applicable)',
      match: [/\bload\b/i],
      ids: [],
      family: ['load.'],
      declaration: 'none',
    },
  ],
};

/** Text compared leniently: case, emphasis, punctuation, ≥/≤ and spacing do not matter. */
export function normalizeItem(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}%]+/gu, ' ')
    .trim();
}

/** The rule an item's text is: a seed item's text, else the one rule whose keywords match; undefined if none or several. */
export function ruleFor(target: TargetStage, itemText: string): ChecklistRule | undefined {
  const rules = CHECKLIST_RULES[target];
  const n = normalizeItem(itemText);
  const exact = rules.find((r) => normalizeItem(r.seed) === n);
  if (exact) return exact;
  const found = rules.filter(
    (r) => r.match.every((re) => re.test(itemText)) && !(r.unless ?? []).some((re) => re.test(itemText)),
  );
  return found.length === 1 ? found[0] : undefined;
}

/** Whether the requester declared this item: the same text, or a label the same rule recognises. */
export function isDeclared(
  target: TargetStage,
  itemText: string,
  rule: ChecklistRule | undefined,
  declared: readonly string[],
): boolean {
  const n = normalizeItem(itemText);
  return declared.some(
    (label) => normalizeItem(label) === n || (rule !== undefined && ruleFor(target, label) === rule),
  );
}

/** The reason `id` (an id or a family prefix) does not apply, if it does not. */
export function notApplicableReason(id: string, na: ReadonlyMap<string, string>): string | undefined {
  const own = na.get(id);
  if (own !== undefined) return own;
  for (const [key, covers] of Object.entries(NOT_APPLICABLE_COVERS)) {
    const reason = na.get(key);
    if (reason !== undefined && covers.includes(id)) return `${key}: ${reason}`;
  }
  return undefined;
}

export interface ItemVerdict {
  tick: boolean;
  /** What ticked it: passed criteria, criteria that all do not apply, or the requester's declaration. */
  by: 'verified' | 'not-applicable' | 'declared' | null;
  /** Why it is not ticked (ids missing, a declaration missing), for the pull request body. */
  missing: string[];
  /** The not-applicable reasons it was ticked on. */
  notApplicable: string[];
}

interface Verification {
  /** Every id and the family passed or do not apply (false when the rule has none). */
  met: boolean;
  /** Some of it passed (rather than all of it not applying). */
  passedAny: boolean;
  missing: string[];
  notApplicable: string[];
}

function verify(rule: ChecklistRule, e: ChecklistEvidence): Verification {
  const missing: string[] = [];
  const notApplicable: string[] = [];
  let passedAny = false;
  for (const id of rule.ids) {
    if (e.passed.has(id)) passedAny = true;
    else {
      const reason = notApplicableReason(id, e.notApplicable);
      if (reason === undefined) missing.push(id);
      else notApplicable.push(reason);
    }
  }
  if (rule.family) {
    const prefixes = rule.family;
    const inFamily = (id: string) => prefixes.some((p) => id.startsWith(p));
    const reasons = prefixes.map((p) => notApplicableReason(p, e.notApplicable));
    if (reasons.every((r) => r !== undefined)) notApplicable.push(...new Set(reasons as string[]));
    else if ([...e.passed].some(inFamily) && ![...(e.failed ?? [])].some(inFamily)) passedAny = true;
    else missing.push(prefixes.map((p) => `${p}*`).join(' / '));
  }
  const has = rule.ids.length > 0 || rule.family !== undefined;
  return { met: has && missing.length === 0, passedAny, missing, notApplicable };
}

/** Whether an item (its rule, or none for a team's own item) is ticked on this evidence, and why (not). */
export function judgeItem(
  target: TargetStage,
  itemText: string,
  rule: ChecklistRule | undefined,
  e: ChecklistEvidence,
): ItemVerdict {
  const declared = isDeclared(target, itemText, rule, e.declared);
  const notDeclared = 'a declaration by the requester';
  if (!rule || rule.declaration === 'only') {
    const why = rule ? notDeclared : 'not one of the template\u2019s criteria, and not declared by the requester';
    return { tick: declared, by: declared ? 'declared' : null, missing: declared ? [] : [why], notApplicable: [] };
  }
  const v = verify(rule, e);
  const personNeeded = rule.personPart?.test(itemText) === true;
  if (v.met && (!personNeeded || declared)) {
    return { tick: true, by: v.passedAny ? 'verified' : 'not-applicable', missing: [], notApplicable: v.notApplicable };
  }
  if (rule.declaration === 'or' && declared) return { tick: true, by: 'declared', missing: [], notApplicable: [] };
  const missing =
    rule.declaration === 'or'
      ? [`${v.missing.join(', ')} or ${notDeclared}`]
      : [...v.missing, ...(personNeeded && !declared ? [notDeclared] : [])];
  return { tick: false, by: null, missing, notApplicable: [] };
}
