/**
 * The planner's logic: check the config against the repository, read each component's stage,
 * and choose the components to check: all of them, or those a pull request touches plus the
 * components that depend on them (a change to neo4j can break model-management). Pure.
 */
import type { Policy } from '../../packages/core/config/defaults.js';
import { dependentsOf, findCycles as findDependencyCycles } from '../../packages/core/config/dependency-graph.js';
import type { ComponentConfig } from '../../packages/core/config/load-config.js';
import { compileGlobs, type PathMatcher } from '../../packages/core/glob.js';
import { nextStage, type Stage, type TargetStage } from '../../packages/core/stages.js';

export interface PlannedComponent {
  component: string;
  name: string;
  group: string;
  paths: string;
  current: Stage | null;
  target: TargetStage | null;
  /** Why it is in the plan: "all", "changed: src/x.py", "depends on neo4j". */
  reason: string;
  'min-coverage': number | null;
  /** Whether the stage's E2E and load tests apply (`not-applicable` in the config says why not). */
  e2e: boolean;
  'load-test': boolean;
  /** Whether it has health checks (the scheduled probes and the staging window need them). */
  health: boolean;
}

export interface PlanProblem {
  level: 'error' | 'warning';
  component: string | null;
  message: string;
}

export interface Plan {
  include: PlannedComponent[];
  skipped: string[];
  problems: PlanProblem[];
}

export interface PlannerModel {
  components: ComponentConfig[];
  files: readonly string[];
  stages: Map<string, { stage: Stage | null; problem?: string }>;
  /** Null: plan every component (mode all, or no pull request). */
  changed: readonly string[] | null;
  policy: Record<TargetStage, Policy>;
  /** Plan only this component (the staging validation of one component). */
  only?: string | null;
  /** The stage to hold it to, instead of the next one. */
  target?: TargetStage | null;
}

/** Every dependency cycle, each once (as the path that closes it). */
export function findCycles(components: readonly ComponentConfig[]): string[][] {
  return findDependencyCycles(new Map(components.map((c) => [c.id, c.dependsOn])));
}

type Matchers = Map<string, PathMatcher>;

/**
 * What is wrong with the config against the repository: dependency cycles (errors), a
 * component whose paths match no file, and MATURITY.md problems (warnings).
 */
function configProblems(m: PlannerModel, matchers: Matchers): PlanProblem[] {
  const problems: PlanProblem[] = findCycles(m.components).map((cycle) => ({
    level: 'error',
    component: cycle[0]!,
    message: `dependency cycle: ${cycle.join(' → ')}`,
  }));
  // The matcher is called with the file alone: picomatch reads a second argument as an option.
  const owning = new Set([...matchers].filter(([, match]) => m.files.some((f) => match(f))).map(([id]) => id));
  for (const c of m.components) {
    if (!owning.has(c.id))
      problems.push({
        level: 'warning',
        component: c.id,
        message: `paths ${c.paths.join(', ')} match no file of the repository`,
      });
    const s = m.stages.get(c.id);
    if (s?.problem) problems.push({ level: 'warning', component: c.id, message: s.problem });
  }
  return problems;
}

/** Why each planned component is in the plan, by id; a component with no reason is skipped. */
function reasonsFor(m: PlannerModel, matchers: Matchers): Map<string, string> {
  const reasons = new Map<string, string>();
  if (m.only) {
    reasons.set(m.only, 'requested');
  } else if (m.changed === null) {
    for (const c of m.components) reasons.set(c.id, 'all components');
  } else {
    for (const f of m.changed) {
      for (const [id, match] of matchers) if (!reasons.has(id) && match(f)) reasons.set(id, `changed: ${f}`);
    }
    // Dependents, transitively: a component is checked when anything it depends on changed.
    const graph = new Map(m.components.map((c) => [c.id, c.dependsOn]));
    for (const [id, via] of dependentsOf(reasons.keys(), graph)) reasons.set(id, `depends on ${via}`);
  }
  return reasons;
}

/** One matrix entry: the component, the stage it is held to, and what applies to it. */
function planned(m: PlannerModel, c: ComponentConfig, reason: string): PlannedComponent {
  const current = m.stages.get(c.id)?.stage ?? null;
  // A component is held to the bars of the stage it is heading for (Production keeps Production's).
  const target: TargetStage | null =
    m.target ?? (current === 'production' ? 'production' : current ? nextStage(current) : 'staging');
  return {
    component: c.id,
    name: c.name,
    group: c.group ?? '',
    paths: c.paths.join(','),
    current,
    target,
    reason,
    'min-coverage': target ? m.policy[target].coverage.min : null,
    e2e: c.notApplicable.e2e === undefined,
    'load-test': c.notApplicable['load-test'] === undefined,
    health: c.health.length > 0,
  };
}

export function plan(m: PlannerModel): Plan {
  const matchers: Matchers = new Map(m.components.map((c) => [c.id, compileGlobs(c.paths)]));
  const problems = configProblems(m, matchers);
  const reasons = reasonsFor(m, matchers);
  const include: PlannedComponent[] = [];
  const skipped: string[] = [];
  for (const c of m.components) {
    const reason = reasons.get(c.id);
    if (reason) include.push(planned(m, c, reason));
    else skipped.push(c.id);
  }
  return { include, skipped, problems };
}
