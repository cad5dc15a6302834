/**
 * promotion-report's logic: every criterion of the target stage (DESIGN.md's table), from the
 * gates' result files, plus what only this report can judge: open blockers, dependency stages
 * over the whole graph, days in Staging, the approval, and the requester's own declarations
 * for what only a person can judge (shown as "declared", never as verified). Pure.
 */
import type { Policy } from '../../packages/core/config/defaults.js';
import type { Criterion, GateResult, Status } from '../../packages/core/result/gate-result.js';
import { STAGE_TITLES, type Stage, type TargetStage } from '../../packages/core/stages.js';
import type { DependencyCheck } from '../../packages/promotion/dependencies.js';
import type { ResultSet } from '../../packages/promotion/read-results.js';

export type RowStatus = Status | 'declared';

export interface ScorecardRow extends Omit<Criterion, 'status'> {
  status: RowStatus;
  /** Which gate measured it, or `promotion-report`, or `requester`. */
  source: string;
  /** False for information only (a declaration of something the gates verify anyway). */
  counts: boolean;
}

/** What each target stage requires from each gate, by criterion id (a prefix ends with "."). */
export const REQUIRED: Record<TargetStage, Record<string, string[]>> = {
  staging: {
    'coverage-gate': ['coverage.total', 'tests.unit'],
    'quality-gate': ['lint.errors', 'types.errors', 'types.warnings', 'docs.docstrings', 'evidence.readme', 'evidence.integration-tests'],
    'security-gate': ['security.high', 'security.medium'],
  },
  production: {
    'coverage-gate': ['coverage.total', 'tests.integration', 'tests.e2e'],
    'quality-gate': ['lint.errors', 'types.errors', 'evidence.user-guide', 'evidence.api-reference', 'evidence.troubleshooting', 'evidence.rollback'],
    'security-gate': ['security.critical', 'security.high', 'security.medium'],
    'uptime-check': ['uptime.window', 'monitoring.health', 'monitoring.alerts', 'load.'],
  },
};

/** Checkbox labels of things only a person can judge: these count when ticked, and block when not. */
const PERSON_ONLY = /core features|breaking change|manual|\bQA\b|rollback .*tested|tested in staging|sign-?off/i;

export interface PromotionModel {
  component: { id: string; name: string };
  current: Stage | null;
  target: TargetStage;
  results: ResultSet;
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

const row = (r: Omit<ScorecardRow, 'evidence'> & { evidence?: ScorecardRow['evidence'] }): ScorecardRow => ({ evidence: [], ...r });

function gateRows(m: PromotionModel): ScorecardRow[] {
  const out: ScorecardRow[] = [];
  const required = REQUIRED[m.target];
  for (const [gate, ids] of Object.entries(required)) {
    const found = m.results.byGate.get(gate) ?? [];
    if (found.length === 0) {
      out.push(row({ id: `${gate}.result`, title: `${gate} result`, status: 'no-data', measured: null, bar: null, comparator: null, unit: '', detail: `no ${gate} result for ${m.component.id}: run the gate and pass its result-file to \`results\``, source: gate, counts: true }));
      continue;
    }
    // Each criterion from the newest result that has it.
    const taken = new Map<string, { c: (typeof found)[number]['result']['criteria'][number]; file: string; result: (typeof found)[number]['result'] }>();
    for (const { file, result } of found) for (const c of result.criteria) if (!taken.has(c.id)) taken.set(c.id, { c, file, result });
    const files = found.map((f) => f.file);
    for (const want of ids) {
      const prefix = want.endsWith('.');
      if (![...taken.keys()].some((id) => (prefix ? id.startsWith(want) : id === want))) {
        out.push(row({ id: `${gate}:${want}`, title: prefix ? `${want}* criteria` : want, status: 'no-data', measured: null, bar: null, comparator: null, unit: '', detail: `no ${gate} result has ${prefix ? `a ${want}* criterion` : `criterion ${want}`}${gate === 'coverage-gate' && want.startsWith('tests.') ? ` (run it with test-results and test-kind: ${want.slice(6)})` : ''}`, source: gate, counts: true, evidence: files.map((file) => ({ file })) }));
      }
    }
    for (const { c, file, result } of taken.values()) {
      const stageNote = result.stage.target !== m.target ? ` (measured against the ${STAGE_TITLES[result.stage.target as Stage] ?? result.stage.target} bars)` : '';
      const evidence = [...(c.evidence.length ? c.evidence : [{ file }]), ...(result.run ? [{ url: result.run.url }] : [])];
      out.push({ ...c, detail: `${c.detail ?? ''}${stageNote}`.trim() || undefined, evidence, source: gate, counts: true });
    }
    const offStage = found.find((f) => f.result.stage.target !== m.target);
    if (offStage) {
      out.push(row({ id: `${gate}.stage`, title: `${gate} measured against the ${STAGE_TITLES[m.target]} bars`, status: 'fail', measured: offStage.result.stage.target, bar: m.target, comparator: '==', unit: '', detail: `re-run ${gate} with target-stage: ${m.target}`, source: gate, counts: true, evidence: [{ file: offStage.file }] }));
    }
  }
  return out;
}

function computedRows(m: PromotionModel): ScorecardRow[] {
  const out: ScorecardRow[] = [];
  const src = 'promotion-report';
  const d = m.dependencies;
  const bad = d.dependencies.filter((x) => !x.ok);
  out.push(
    row({
      id: 'dependencies.stages',
      title: `Dependencies at ${STAGE_TITLES[m.target]} or higher`,
      status: d.cycles.length || bad.length ? 'fail' : 'pass',
      measured: bad.length + d.cycles.length,
      bar: 0,
      comparator: '<=',
      unit: 'problems',
      detail: d.cycles.length
        ? `dependency cycle: ${d.cycles.map((c) => c.join(' → ')).join('; ')}`
        : bad.length
          ? bad.map((x) => `${x.path.join(' → ')} is at ${x.stage ? STAGE_TITLES[x.stage] : 'an unknown stage'}`).join('; ')
          : d.dependencies.length
            ? `${d.dependencies.map((x) => `${x.id} (${x.stage ? STAGE_TITLES[x.stage] : '?'})`).join(', ')}`
            : 'no dependencies',
      source: src,
      counts: true,
    }),
  );
  if (m.blockers === null) {
    out.push(row({ id: 'blockers.open', title: 'No open promotion blockers', status: 'error', measured: null, bar: 0, comparator: '<=', unit: 'issues', detail: 'the issues could not be searched', source: src, counts: true }));
  } else {
    out.push(
      row({
        id: 'blockers.open',
        title: 'No open promotion blockers',
        status: m.blockers.length === 0 ? 'pass' : 'fail',
        measured: m.blockers.length,
        bar: 0,
        comparator: '<=',
        unit: 'issues',
        ...(m.blockers.length ? { gap: m.blockers.length } : {}),
        detail: m.blockers.length ? m.blockers.map((b) => `#${b.number} ${b.title} (${b.labels.filter((l) => l.startsWith('blocker:')).join(', ')})`).join('; ') : `no open issue labelled component:${m.component.id} and blocker:*`,
        evidence: m.blockers.map((b) => ({ url: b.url })),
        source: src,
        counts: true,
      }),
    );
  }
  if (m.target === 'production') {
    const min = m.policy['min-days-in-staging'];
    const days = m.daysInStaging;
    out.push(
      row({
        id: 'staging.days',
        title: `At least ${min} days in Staging`,
        status: days === null ? 'no-data' : days >= min ? 'pass' : 'fail',
        measured: days,
        bar: min,
        comparator: '>=',
        unit: 'days',
        ...(days !== null && days < min ? { gap: min - days } : {}),
        detail: days === null ? 'MATURITY.md does not say when the component entered Staging' : undefined,
        source: src,
        counts: true,
      }),
    );
    out.push(
      row({
        id: 'approval.qa',
        title: 'Manual QA approval',
        status: m.approval ? 'pass' : 'no-data',
        measured: m.approval ? `@${m.approval.by}` : null,
        bar: 'write or maintain permission',
        comparator: null,
        unit: '',
        detail: m.approval ? `label promotion:approved applied by @${m.approval.by} (${m.approval.permission})` : 'awaiting a maintainer: label promotion:approved',
        source: src,
        counts: true,
      }),
    );
  }
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
        detail: c.checked ? `declared by ${m.requester ? `@${m.requester}` : 'the requester'}${personOnly ? '' : '; the gates verify it above'}` : personOnly ? 'only a person can judge this: tick it in the request when it is true' : 'not ticked (the gates verify it above)',
        source: 'requester',
        counts: personOnly,
      });
    });
}

const ORDER: Record<RowStatus, number> = { error: 0, fail: 1, 'no-data': 2, declared: 3, pass: 4 };

export function evaluatePromotion(m: PromotionModel): PromotionEvaluation {
  const rows = [...gateRows(m), ...computedRows(m), ...declaredRows(m)];
  const blocking = rows.filter((r) => r.counts && r.status !== 'pass' && r.status !== 'declared');
  rows.sort((a, b) => ORDER[a.status] - ORDER[b.status]);
  return { rows, ready: blocking.length === 0, blocking };
}
