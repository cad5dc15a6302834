/**
 * The dashboard's model, PURE: from the config's components, their MATURITY.md records, the
 * current result files and the trend history to what the page shows: the board (stage ×
 * functional group), each component's criteria (the newest result of each gate wins, per
 * criterion, as promotion-report takes them), its coverage and uptime trends, its promotion
 * history (with its maintenance breaches, open and closed), the dependencies it now sits above,
 * and the open blockers and promotion requests when they were fetched.
 */
import { GROUP_TITLES } from '../core/config/defaults.js';
import type { ComponentConfig } from '../core/config/load-config.js';
import type { HistoryEntry } from '../core/maturity/maturity-file.js';
import type { MaturityLookup } from '../core/maturity/read-maturity.js';
import { overallStatus, type Criterion, type GateResult, type Status } from '../core/result/gate-result.js';
import type { ValidatedResults } from '../core/result/read-results.js';
import { STAGES, type Stage } from '../core/stages.js';
import { mergePoints, pointsFromResult, type HistoryPoint } from './history.js';
import type { ChartPoint } from './svg-chart.js';

export const COVERAGE_METRIC = 'coverage.total';
export const UPTIME_METRIC = 'uptime.window';

export interface IssueRef {
  number: number;
  title: string;
  url: string;
  labels: string[];
  /** open or closed (breaches are listed in both states). */
  state?: string;
  createdAt?: string;
  closedAt?: string | null;
}

export interface IssuesData {
  fetchedAt?: string;
  blockers: IssueRef[];
  requests: IssueRef[];
  /** Maintenance breach issues (upkeep), open and closed. */
  breaches: IssueRef[];
}

export interface CriterionView extends Criterion {
  gate: string;
  /** The result file it came from. */
  file: string;
  createdAt: string;
}

export interface ComponentView {
  id: string;
  name: string;
  group: string | null;
  groupTitle: string;
  stage: Stage | null;
  /** The Current Stage as written, when it is not a known stage. */
  stageText: string | null;
  since: string | null;
  owner: string | null;
  maturityFile: string | null;
  dependsOn: string[];
  /** Why the stage or history could not be read. */
  warnings: string[];
  status: Status;
  criteria: CriterionView[];
  counts: Record<Status, number>;
  /** The criteria that most need work: errors, failures (largest gap first), then missing data. */
  worst: CriterionView[];
  gates: { gate: string; status: Status; createdAt: string; file: string }[];
  trends: {
    coverage: { points: ChartPoint[]; bar: number | null };
    uptime: { points: ChartPoint[]; bar: number | null };
  };
  history: HistoryEntry[];
  /** Its maintenance breaches (open and closed), oldest first. */
  breaches: IssueRef[];
  /** Dependencies at a lower stage than this component (after a demotion): it is blocked until they are back. */
  blockedBy: { id: string; stage: Stage }[];
  blockers: IssueRef[];
  requests: IssueRef[];
}

export interface BoardGroup {
  group: string | null;
  title: string;
  components: ComponentView[];
}

export interface BoardColumn {
  stage: Stage | null;
  groups: BoardGroup[];
  count: number;
}

export interface DashboardModel {
  repository: string | null;
  generatedAt: string;
  components: ComponentView[];
  board: BoardColumn[];
  /** null: not fetched. */
  issues: IssuesData | null;
  /** Result files not shown, with why. */
  setAside: { file: string; reason: string }[];
  /** How many result files were used. */
  resultFiles: number;
  historyPoints: number;
}

export interface DashboardInput {
  repository: string | null;
  generatedAt: string;
  components: readonly ComponentConfig[];
  maturity: ReadonlyMap<string, MaturityLookup>;
  /** The result files, validated once by the caller (core/result/read-results.ts). */
  results: ValidatedResults;
  history: readonly HistoryPoint[];
  issues: IssuesData | null;
}

const SEVERITY: Record<Status, number> = { error: 3, fail: 2, 'no-data': 1, pass: 0 };

function componentOfIssue(issue: IssueRef, ids: ReadonlySet<string>): string | null {
  for (const l of issue.labels)
    if (l.startsWith('component:') && ids.has(l.slice('component:'.length))) return l.slice('component:'.length);
  return null;
}

function series(points: readonly HistoryPoint[], component: string, metric: string): ChartPoint[] {
  // Several runs at the same instant (rare) keep the last value written.
  const byTime = new Map<string, number>();
  for (const p of points) if (p.component === component && p.metric === metric) byTime.set(p.t, p.value);
  return [...byTime].map(([t, value]) => ({ t, value })).sort((a, b) => Date.parse(a.t) - Date.parse(b.t));
}

export function buildDashboard(input: DashboardInput): DashboardModel {
  const ids = new Set(input.components.map((c) => c.id));
  const { results } = input.results;
  const setAside = [...input.results.setAside];
  const used: { file: string; result: GateResult }[] = [];
  for (const r of results) {
    if (r.result.component === null) setAside.push({ file: r.file, reason: 'a whole-report result, for no component' });
    else if (!ids.has(r.result.component))
      setAside.push({ file: r.file, reason: `for ${r.result.component}, which is not a component of the config` });
    else used.push(r);
  }
  used.sort((a, b) => Date.parse(b.result.createdAt) - Date.parse(a.result.createdAt));
  const points = mergePoints(input.history, ...used.map((r) => pointsFromResult(r.result)));

  const components: ComponentView[] = input.components.map((c) => {
    const lookup = input.maturity.get(c.id);
    const record = lookup?.record;
    const warnings = [...(lookup?.warning ? [lookup.warning] : []), ...(record?.warnings ?? [])];
    const mine = used.filter((r) => r.result.component === c.id);
    const seen = new Set<string>();
    const criteria: CriterionView[] = [];
    const gates = new Map<string, { gate: string; status: Status; createdAt: string; file: string }>();
    for (const { file, result } of mine) {
      if (!gates.has(result.gate))
        gates.set(result.gate, { gate: result.gate, status: result.status, createdAt: result.createdAt, file });
      for (const cr of result.criteria) {
        const key = `${result.gate}\u0000${cr.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        criteria.push({ ...cr, gate: result.gate, file, createdAt: result.createdAt });
      }
    }
    criteria.sort(
      (a, b) => SEVERITY[b.status] - SEVERITY[a.status] || a.gate.localeCompare(b.gate) || a.id.localeCompare(b.id),
    );
    const counts: Record<Status, number> = { pass: 0, fail: 0, 'no-data': 0, error: 0 };
    for (const cr of criteria) counts[cr.status]++;
    const worst = criteria
      .filter((cr) => cr.status !== 'pass')
      .sort((a, b) => SEVERITY[b.status] - SEVERITY[a.status] || (b.gap ?? 0) - (a.gap ?? 0))
      .slice(0, 3);
    const barOf = (metric: string) => {
      const cr = criteria.find((x) => x.id === metric);
      return cr && typeof cr.bar === 'number' ? cr.bar : null;
    };
    const group = c.group ?? null;
    return {
      id: c.id,
      name: c.name,
      group,
      groupTitle: group ? (GROUP_TITLES[group] ?? group) : 'No functional group',
      stage: record?.stage ?? null,
      stageText: record && !record.stage ? (record.stageText ?? null) : null,
      since: record?.since ?? null,
      owner: record?.owner ?? c.owner ?? null,
      maturityFile: c.maturityFile ?? null,
      dependsOn: [...c.dependsOn],
      warnings,
      status: overallStatus(criteria),
      criteria,
      counts,
      worst,
      gates: [...gates.values()].sort((a, b) => a.gate.localeCompare(b.gate)),
      trends: {
        coverage: { points: series(points, c.id, COVERAGE_METRIC), bar: barOf(COVERAGE_METRIC) },
        uptime: { points: series(points, c.id, UPTIME_METRIC), bar: barOf(UPTIME_METRIC) },
      },
      history: [...(record?.history ?? [])],
      breaches: input.issues
        ? input.issues.breaches.filter((i) => componentOfIssue(i, ids) === c.id).sort((a, b) => a.number - b.number)
        : [],
      blockedBy: [],
      blockers: input.issues ? input.issues.blockers.filter((i) => componentOfIssue(i, ids) === c.id) : [],
      requests: input.issues ? input.issues.requests.filter((i) => componentOfIssue(i, ids) === c.id) : [],
    };
  });

  const stageOf = new Map(components.map((c) => [c.id, c.stage]));
  for (const c of components) {
    if (c.stage === null) continue;
    const own = STAGES.indexOf(c.stage);
    c.blockedBy = c.dependsOn.flatMap((d) => {
      const stage = stageOf.get(d);
      return stage && STAGES.indexOf(stage) < own ? [{ id: d, stage }] : [];
    });
  }

  const column = (stage: Stage | null): BoardColumn => {
    const inStage = components.filter((c) => c.stage === stage);
    const groups = new Map<string, BoardGroup>();
    for (const c of inStage) {
      const key = c.group ?? '';
      if (!groups.has(key)) groups.set(key, { group: c.group, title: c.groupTitle, components: [] });
      groups.get(key)!.components.push(c);
    }
    const order = Object.keys(GROUP_TITLES);
    const rank = (g: BoardGroup) =>
      g.group === null ? order.length + 1 : order.includes(g.group) ? order.indexOf(g.group) : order.length;
    return {
      stage,
      count: inStage.length,
      groups: [...groups.values()]
        .sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title))
        .map((g) => ({ ...g, components: g.components.sort((a, b) => a.name.localeCompare(b.name)) })),
    };
  };
  const board = STAGES.map((s) => column(s));
  const unknown = column(null);
  if (unknown.count) board.push(unknown);

  return {
    repository: input.repository,
    generatedAt: input.generatedAt,
    components,
    board,
    issues: input.issues,
    setAside,
    resultFiles: used.length,
    historyPoints: points.length,
  };
}
