/**
 * promotion-report's logic: every criterion of the target stage (docs/maturity-model.md), from the
 * gates' result files, plus what only this report can judge: open blockers, dependency stages
 * over the whole graph, days in Staging, the approval, and the requester's own declarations
 * for what only a person can judge (shown as "declared", never as verified). Pure.
 */
import type { Policy } from '../../packages/core/config/defaults.js';
import type { NotApplicableKey } from '../../packages/core/config/schema.js';
import type { Criterion, GateResult, Status } from '../../packages/core/result/gate-result.js';
import { STAGE_TITLES, type Stage, type TargetStage } from '../../packages/core/stages.js';
import type { DependencyCheck } from '../../packages/promotion/dependencies.js';
import type { CandidateResult, ResultSet } from '../../packages/promotion/read-results.js';
import { approvalCriterion } from './approval.js';

export type RowStatus = Status | 'declared' | 'not-applicable';

export interface ScorecardRow extends Omit<Criterion, 'status'> {
  status: RowStatus;
  /** Which gate measured it, or `promotion-report`, or `requester`, or `config`. */
  source: string;
  /** False for information only (a declaration of something the gates verify anyway, a criterion that does not apply). */
  counts: boolean;
}

type TestKind = NonNullable<GateResult['testKind']>;

/** One group of criteria a target stage requires from a gate (for coverage-gate: from tests of one kind). */
export interface Requirement {
  gate: string;
  kind?: TestKind;
  /** Criterion ids; a prefix ends with ".". Each may be waived by a `not-applicable` key. */
  ids: { id: string; unless?: NotApplicableKey }[];
  /** Only these criteria are taken from this group's results (the E2E run re-reads integration coverage). */
  only?: boolean;
}

const ids = (...list: string[]) => list.map((id) => ({ id }));

/** What each target stage requires (docs/maturity-model.md), in the order the scorecard shows them. */
export const REQUIRED: Record<TargetStage, Requirement[]> = {
  staging: [
    { gate: 'coverage-gate', kind: 'unit', ids: ids('coverage.total', 'tests.unit') },
    {
      gate: 'quality-gate',
      ids: ids(
        'lint.errors',
        'types.errors',
        'types.warnings',
        'docs.docstrings',
        'evidence.readme',
        'evidence.integration-tests',
      ),
    },
    { gate: 'security-gate', ids: ids('security.high', 'security.medium') },
  ],
  production: [
    { gate: 'coverage-gate', kind: 'integration', ids: ids('coverage.total', 'tests.integration') },
    { gate: 'coverage-gate', kind: 'e2e', ids: [{ id: 'tests.e2e', unless: 'e2e' }], only: true },
    {
      gate: 'quality-gate',
      ids: ids(
        'lint.errors',
        'types.errors',
        'evidence.user-guide',
        'evidence.api-reference',
        'evidence.troubleshooting',
        'evidence.rollback',
      ),
    },
    {
      gate: 'security-gate',
      ids: [
        ...ids('security.critical', 'security.high', 'security.medium'),
        { id: 'security.dependency-audit', unless: 'dependency-audit' },
        { id: 'security.secret-scan', unless: 'secret-scan' },
      ],
    },
    {
      gate: 'uptime-check',
      ids: [
        ...ids('uptime.window', 'monitoring.health', 'monitoring.alerts'),
        { id: 'load.', unless: 'load-test' },
        { id: 'performance.memory', unless: 'load-test' },
        { id: 'performance.cpu', unless: 'load-test' },
      ],
    },
  ],
};

/** Checkbox labels of things only a person can judge: these count when ticked, and block when not. */
const PERSON_ONLY = /core features|breaking change|manual|\bQA\b|rollback .*tested|tested in staging|sign-?off/i;

export interface PromotionModel {
  component: { id: string; name: string };
  current: Stage | null;
  target: TargetStage;
  results: ResultSet;
  /** Criteria that do not apply to the component, with the config's reason. */
  notApplicable: Partial<Record<NotApplicableKey, string>>;
  /** The commit evidence must be at or after (the request's), for the stale note. */
  requestCommit: string | null;
  dependencies: DependencyCheck;
  blockers: { number: number; title: string; labels: string[]; url: string }[] | null;
  /** Days since the component entered Staging (from MATURITY.md), or null. */
  daysInStaging: number | null;
  approval: { by: string; permission: string } | null;
  checks: { section: 'dev-staging' | 'staging-production'; label: string; checked: boolean }[];
  requester: string | null;
  policy: Policy;
  /** Links to each result's evidence (the run that wrote it). */
  runUrl: string | null;
}

export interface PromotionEvaluation {
  rows: ScorecardRow[];
  /** Every counted row passed or was declared. */
  ready: boolean;
  blocking: ScorecardRow[];
}

const row = (r: Omit<ScorecardRow, 'evidence'> & { evidence?: ScorecardRow['evidence'] }): ScorecardRow => ({
  evidence: [],
  ...r,
});

/** Which workflow makes a group's evidence: said in every "no data" row, so the fix is one click away. */
export function producerHint(component: string, target: TargetStage): string {
  if (target === 'staging')
    return `run the Maturity workflow on the default branch (push, or re-run it), or the Staging validation of ${component} for Staging`;
  return `run the Staging validation of ${component}`;
}

const matches = (want: string, id: string) => (want.endsWith('.') ? id.startsWith(want) : id === want);

function inGroup(req: Requirement, r: CandidateResult): boolean {
  if (req.kind === undefined) return true;
  // A coverage-gate run without test results has no kind: its coverage is the unit run's.
  return (r.result.testKind ?? 'unit') === req.kind;
}

function staleNote(c: CandidateResult, requestCommit: string | null): string {
  const at = c.result.commit ? c.result.commit.slice(0, 7) : 'an unknown commit';
  return `stale: measured at ${at} on ${c.result.createdAt.slice(0, 10)}, before this request${requestCommit ? ` (${requestCommit.slice(0, 7)})` : ''}`;
}

/** A requirement group as its rows need it: its results, and the criteria it still asks for. */
interface Group {
  req: Requirement;
  /** How the rows name the group: the gate, and for coverage-gate the kind of tests. */
  label: string;
  /** Which workflow to run, appended to every "no data" detail. */
  hint: string;
  /** The group's criteria, less those the config waives for this component. */
  wanted: Requirement['ids'];
  /** The group's results measured against the target stage's bars, newest first. */
  onTarget: CandidateResult[];
  /** The newest result of the group, whatever stage it was measured against. */
  newest: CandidateResult | undefined;
}

const waived = (m: PromotionModel, w: Requirement['ids'][number]) =>
  w.unless !== undefined && m.notApplicable[w.unless] !== undefined;

/** A prefix ("load.") stands for all the criteria it starts. */
const criterionTitle = (id: string) => (id.endsWith('.') ? `${id}* criteria` : id);

function groupOf(m: PromotionModel, req: Requirement): Group {
  const all = (m.results.byGate.get(req.gate) ?? []).filter((c) => inGroup(req, c));
  return {
    req,
    label: `${req.gate}${req.kind ? ` (${req.kind} tests)` : ''}`,
    hint: producerHint(m.component.id, m.target),
    wanted: req.ids.filter((w) => !waived(m, w)),
    onTarget: all.filter((c) => c.result.stage.target === m.target),
    newest: all[0],
  };
}

/** A row with nothing measured: a waived criterion, or one no usable result gives. */
function unmeasuredRow(
  r: Pick<ScorecardRow, 'id' | 'title' | 'status' | 'detail' | 'source' | 'counts'> & {
    evidence?: ScorecardRow['evidence'];
  },
): ScorecardRow {
  return row({
    id: r.id,
    title: r.title,
    status: r.status,
    measured: null,
    bar: null,
    comparator: null,
    unit: '',
    detail: r.detail,
    source: r.source,
    counts: r.counts,
    ...(r.evidence ? { evidence: r.evidence } : {}),
  });
}

/** The criteria the config waives: shown with its reason, never counted. */
function waivedRows(m: PromotionModel, req: Requirement): ScorecardRow[] {
  return req.ids
    .filter((w) => waived(m, w))
    .map((w) =>
      unmeasuredRow({
        id: `${req.gate}:${w.id}`,
        title: criterionTitle(w.id),
        status: 'not-applicable',
        detail: `not applicable to ${m.component.id}: ${m.notApplicable[w.unless!]}`,
        source: 'config',
        counts: false,
      }),
    );
}

/** No result measured against the target's bars: one row for the whole group, saying why. */
function noResultRows(m: PromotionModel, g: Group): ScorecardRow[] {
  if (!g.wanted.length) return [];
  const other = g.newest;
  const why = other
    ? `the newest ${g.label} result was measured against the ${STAGE_TITLES[other.result.stage.target as Stage] ?? other.result.stage.target} bars`
    : `no ${g.label} result for ${m.component.id}`;
  return [
    unmeasuredRow({
      id: `${g.label}.result`,
      title: `${g.label} result`,
      status: 'no-data',
      detail: `${why}: ${g.hint}`,
      source: g.req.gate,
      counts: true,
    }),
  ];
}

type Picked = Map<string, { c: Criterion; src: CandidateResult }>;

/**
 * Each criterion from the newest fresh result that has it, unless an earlier group of the same
 * gate took it; a group marked `only` takes nothing but its own criteria.
 */
function pickCriteria(g: Group, taken: ReadonlySet<string>): Picked {
  const from: Picked = new Map();
  const own = (id: string) => !g.req.only || g.wanted.some((w) => matches(w.id, id));
  for (const src of g.onTarget.filter((c) => c.freshness === 'fresh'))
    for (const c of src.result.criteria)
      if (!from.has(c.id) && !taken.has(c.id) && own(c.id)) from.set(c.id, { c, src });
  return from;
}

/** A wanted criterion no fresh result gives: "no data", pointing at a stale result when there is one. */
function missingRows(m: PromotionModel, g: Group, from: Picked): ScorecardRow[] {
  return g.wanted
    .filter((w) => ![...from.keys()].some((id) => matches(w.id, id)))
    .map((w) => {
      const stale = g.onTarget.find(
        (c) => c.freshness === 'stale' && c.result.criteria.some((x) => matches(w.id, x.id)),
      );
      const detail = stale
        ? `${staleNote(stale, m.requestCommit)}: ${g.hint}`
        : `no ${g.label} result has ${w.id.endsWith('.') ? `a ${w.id}* criterion` : `criterion ${w.id}`}: ${g.hint}`;
      return unmeasuredRow({
        id: `${g.req.gate}:${w.id}`,
        title: criterionTitle(w.id),
        status: 'no-data',
        detail,
        source: g.req.gate,
        counts: true,
        evidence: stale ? [{ file: stale.file }] : [],
      });
    });
}

/** The measured criteria as the gate wrote them, with the result file and its run as evidence. */
function measuredRows(g: Group, from: Picked, taken: Set<string>): ScorecardRow[] {
  return [...from.values()].map(({ c, src }) => {
    taken.add(c.id);
    const evidence = [
      ...(c.evidence.length ? c.evidence : [{ file: src.file }]),
      ...(src.result.run ? [{ url: src.result.run.url }] : []),
    ];
    return { ...c, evidence, source: g.label, counts: true };
  });
}

/** The rows of one requirement group: each criterion from the newest fresh result that has it. */
function groupRows(m: PromotionModel, req: Requirement, taken: Set<string>): ScorecardRow[] {
  const g = groupOf(m, req);
  const waivers = waivedRows(m, req);
  if (g.onTarget.length === 0) return [...waivers, ...noResultRows(m, g)];
  const from = pickCriteria(g, taken);
  return [...waivers, ...missingRows(m, g, from), ...measuredRows(g, from, taken)];
}

function gateRows(m: PromotionModel): ScorecardRow[] {
  const taken = new Map<string, Set<string>>();
  return REQUIRED[m.target].flatMap((req) => {
    const set = taken.get(req.gate) ?? new Set<string>();
    taken.set(req.gate, set);
    return groupRows(m, req, set);
  });
}

const SOURCE = 'promotion-report';

function dependencyDetail(
  d: PromotionModel['dependencies'],
  bad: readonly { path: string[]; stage: Stage | null }[],
): string {
  if (d.cycles.length) return `dependency cycle: ${d.cycles.map((c) => c.join(' → ')).join('; ')}`;
  if (bad.length) {
    return bad
      .map((x) => `${x.path.join(' → ')} is at ${x.stage ? STAGE_TITLES[x.stage] : 'an unknown stage'}`)
      .join('; ');
  }
  if (!d.dependencies.length) return 'no dependencies';
  return d.dependencies.map((x) => `${x.id} (${x.stage ? STAGE_TITLES[x.stage] : '?'})`).join(', ');
}

function dependencyRow(m: PromotionModel): ScorecardRow {
  const d = m.dependencies;
  const bad = d.dependencies.filter((x) => !x.ok);
  return row({
    id: 'dependencies.stages',
    title: `Dependencies at ${STAGE_TITLES[m.target]} or higher`,
    status: d.cycles.length || bad.length ? 'fail' : 'pass',
    measured: bad.length + d.cycles.length,
    bar: 0,
    comparator: '<=',
    unit: 'problems',
    detail: dependencyDetail(d, bad),
    source: SOURCE,
    counts: true,
  });
}

function blockersRow(m: PromotionModel): ScorecardRow {
  const base = {
    id: 'blockers.open',
    title: 'No open promotion blockers',
    bar: 0,
    comparator: '<=' as const,
    unit: 'issues',
  };
  if (m.blockers === null) {
    return row({
      ...base,
      status: 'error',
      measured: null,
      detail: 'the issues could not be searched',
      source: SOURCE,
      counts: true,
    });
  }
  const blockers = m.blockers;
  return row({
    ...base,
    status: blockers.length === 0 ? 'pass' : 'fail',
    measured: blockers.length,
    ...(blockers.length ? { gap: blockers.length } : {}),
    detail: blockers.length
      ? blockers
          .map((b) => `#${b.number} ${b.title} (${b.labels.filter((l) => l.startsWith('blocker:')).join(', ')})`)
          .join('; ')
      : `no open issue labelled component:${m.component.id} and blocker:*`,
    evidence: blockers.map((b) => ({ url: b.url })),
    source: SOURCE,
    counts: true,
  });
}

/** The maintainer's approval (a `promotion:approved` label applied by someone with write access). */
export function approvalRow(approval: PromotionModel['approval'], id: string, title: string): ScorecardRow {
  return { ...approvalCriterion(approval, id, title), source: SOURCE, counts: true };
}

function stagingDaysRow(m: PromotionModel): ScorecardRow {
  const min = m.policy['min-days-in-staging'];
  const days = m.daysInStaging;
  return row({
    id: 'staging.days',
    title: `At least ${min} days in Staging`,
    status: days === null ? 'no-data' : days >= min ? 'pass' : 'fail',
    measured: days,
    bar: min,
    comparator: '>=',
    unit: 'days',
    ...(days !== null && days < min ? { gap: min - days } : {}),
    detail: days === null ? 'MATURITY.md does not say when the component entered Staging' : undefined,
    source: SOURCE,
    counts: true,
  });
}

function computedRows(m: PromotionModel): ScorecardRow[] {
  const out = [dependencyRow(m), blockersRow(m)];
  if (m.target === 'production')
    out.push(stagingDaysRow(m), approvalRow(m.approval, 'approval.qa', 'Manual QA approval'));
  return out;
}

function declaredRows(m: PromotionModel): ScorecardRow[] {
  const section = m.target === 'staging' ? 'dev-staging' : 'staging-production';
  return m.checks
    .filter((c) => c.section === section)
    .map((c, i) => {
      const personOnly = PERSON_ONLY.test(c.label);
      return row({
        id: `declared.${i + 1}`,
        title: c.label,
        status: c.checked ? 'declared' : 'no-data',
        measured: c.checked ? 'ticked' : 'not ticked',
        bar: null,
        comparator: null,
        unit: '',
        detail: c.checked
          ? `declared by ${m.requester ? `@${m.requester}` : 'the requester'}${personOnly ? '' : '; the gates verify it above'}`
          : personOnly
            ? 'only a person can judge this: tick it in the request when it is true'
            : 'not ticked (the gates verify it above)',
        source: 'requester',
        counts: personOnly,
      });
    });
}

const ORDER: Record<RowStatus, number> = { error: 0, fail: 1, 'no-data': 2, declared: 3, pass: 4, 'not-applicable': 5 };

export function evaluatePromotion(m: PromotionModel): PromotionEvaluation {
  const rows = [...gateRows(m), ...computedRows(m), ...declaredRows(m)];
  const blocking = rows.filter(
    (r) => r.counts && r.status !== 'pass' && r.status !== 'declared' && r.status !== 'not-applicable',
  );
  rows.sort((a, b) => ORDER[a.status] - ORDER[b.status]);
  return { rows, ready: blocking.length === 0, blocking };
}
