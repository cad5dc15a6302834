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
  const { used, setAside } = resultsByComponent(input.results, ids);
  const points = mergePoints(input.history, ...used.map((r) => pointsFromResult(r.result)));
  const components = input.components.map((c) => componentView(c, { input, ids, used, points }));
  markBlockedBy(components);
  return {
    repository: input.repository,
    generatedAt: input.generatedAt,
    components,
    board: boardOf(components),
    issues: input.issues,
    setAside,
    resultFiles: used.length,
    historyPoints: points.length,
  };
}

interface UsedResult {
  file: string;
  result: GateResult;
}

/** What every component's view is built from. */
interface ViewContext {
  input: DashboardInput;
  ids: ReadonlySet<string>;
  /** The results for components of the config, newest first. */
  used: readonly UsedResult[];
  points: readonly HistoryPoint[];
}

/**
 * The results for components of the config, newest first (so the first of a gate or criterion
 * met is the one shown), and the others set aside with why: a whole-report result, or one for
 * a component the config does not have, has no place on the board.
 */
function resultsByComponent(
  validated: ValidatedResults,
  ids: ReadonlySet<string>,
): { used: UsedResult[]; setAside: DashboardModel['setAside'] } {
  const setAside = [...validated.setAside];
  const used: UsedResult[] = [];
  for (const r of validated.results) {
    if (r.result.component === null) setAside.push({ file: r.file, reason: 'a whole-report result, for no component' });
    else if (!ids.has(r.result.component))
      setAside.push({ file: r.file, reason: `for ${r.result.component}, which is not a component of the config` });
    else used.push(r);
  }
  used.sort((a, b) => Date.parse(b.result.createdAt) - Date.parse(a.result.createdAt));
  return { used, setAside };
}

function componentView(c: ComponentConfig, { input, ids, used, points }: ViewContext): ComponentView {
  const lookup = input.maturity.get(c.id);
  const record = lookup?.record;
  const { criteria, gates } = newestCriteria(used.filter((r) => r.result.component === c.id));
  const barOf = (metric: string) => {
    const cr = criteria.find((x) => x.id === metric);
    return cr && typeof cr.bar === 'number' ? cr.bar : null;
  };
  const issues = issuesOf(input.issues, ids, c.id);
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
    warnings: [...(lookup?.warning ? [lookup.warning] : []), ...(record?.warnings ?? [])],
    status: overallStatus(criteria),
    criteria,
    counts: countByStatus(criteria),
    worst: worstCriteria(criteria),
    gates,
    trends: {
      coverage: { points: series(points, c.id, COVERAGE_METRIC), bar: barOf(COVERAGE_METRIC) },
      uptime: { points: series(points, c.id, UPTIME_METRIC), bar: barOf(UPTIME_METRIC) },
    },
    history: [...(record?.history ?? [])],
    breaches: issues.breaches,
    blockedBy: [], // set once every component's stage is known (markBlockedBy)
    blockers: issues.blockers,
    requests: issues.requests,
  };
}

/**
 * A component's criteria, the newest result of each gate winning per criterion (as
 * promotion-report takes them), the most severe first; and each gate's newest status.
 * `mine` is newest first.
 */
function newestCriteria(mine: readonly UsedResult[]): Pick<ComponentView, 'criteria' | 'gates'> {
  const seen = new Set<string>();
  const criteria: CriterionView[] = [];
  const gates = new Map<string, ComponentView['gates'][number]>();
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
  return { criteria, gates: [...gates.values()].sort((a, b) => a.gate.localeCompare(b.gate)) };
}

function countByStatus(criteria: readonly CriterionView[]): Record<Status, number> {
  const counts: Record<Status, number> = { pass: 0, fail: 0, 'no-data': 0, error: 0 };
  for (const cr of criteria) counts[cr.status]++;
  return counts;
}

/** The three criteria that most need work: errors, failures (largest gap first), then missing data. */
function worstCriteria(criteria: readonly CriterionView[]): CriterionView[] {
  return criteria
    .filter((cr) => cr.status !== 'pass')
    .sort((a, b) => SEVERITY[b.status] - SEVERITY[a.status] || (b.gap ?? 0) - (a.gap ?? 0))
    .slice(0, 3);
}

/** The component's issues, by their `component:` label; none when the issues were not fetched. */
function issuesOf(
  issues: IssuesData | null,
  ids: ReadonlySet<string>,
  id: string,
): Pick<ComponentView, 'breaches' | 'blockers' | 'requests'> {
  if (!issues) return { breaches: [], blockers: [], requests: [] };
  const mine = (list: IssueRef[]) => list.filter((i) => componentOfIssue(i, ids) === id);
  return {
    breaches: mine(issues.breaches).sort((a, b) => a.number - b.number),
    blockers: mine(issues.blockers),
    requests: mine(issues.requests),
  };
}

/** Each component's dependencies at a lower stage than its own (after a demotion, it is blocked until they are back). */
function markBlockedBy(components: ComponentView[]): void {
  const stageOf = new Map(components.map((c) => [c.id, c.stage]));
  for (const c of components) {
    if (c.stage === null) continue;
    const own = STAGES.indexOf(c.stage);
    c.blockedBy = c.dependsOn.flatMap((d) => {
      const stage = stageOf.get(d);
      return stage && STAGES.indexOf(stage) < own ? [{ id: d, stage }] : [];
    });
  }
}

/** A column per stage, and one for components whose stage is unknown when there are any. */
function boardOf(components: readonly ComponentView[]): BoardColumn[] {
  const board = STAGES.map((s) => boardColumn(components, s));
  const unknown = boardColumn(components, null);
  if (unknown.count) board.push(unknown);
  return board;
}

/** The components at a stage, by functional group in GROUP_TITLES' order (other groups, then none, last). */
function boardColumn(components: readonly ComponentView[], stage: Stage | null): BoardColumn {
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
}
