/**
 * "Dependencies identified and stable": every component this one depends on, directly or
 * through others, is at a stage equal to or higher than the stage it is being promoted to.
 * Walks the whole graph; a cycle is reported as such (a promotion order cannot exist).
 */
import type { ComponentConfig } from '../core/config/load-config.js';
import { stageIndex, type Stage } from '../core/stages.js';

export interface DependencyFinding {
  id: string;
  /** How it is reached: ["model-management", "neo4j", "redis"]. */
  path: string[];
  stage: Stage | null;
  ok: boolean;
}

export interface DependencyCheck {
  dependencies: DependencyFinding[];
  cycles: string[][];
}

export function checkDependencies(
  componentId: string,
  target: Stage,
  components: ReadonlyMap<string, ComponentConfig>,
  stageOf: (id: string) => Stage | null,
): DependencyCheck {
  const dependencies: DependencyFinding[] = [];
  const cycles: string[][] = [];
  const seen = new Set<string>();
  // Depth first, in the order written, with an explicit stack (a chain of thousands of
  // components must not exhaust the call stack); `path` is the chain being walked.
  const path = [componentId];
  const next = [0];
  while (path.length) {
    const deps = components.get(path[path.length - 1]!)?.dependsOn ?? [];
    const i = next[next.length - 1]!;
    if (i >= deps.length) {
      path.pop();
      next.pop();
      continue;
    }
    next[next.length - 1] = i + 1;
    const dep = deps[i]!;
    const at = path.indexOf(dep);
    if (at >= 0) {
      cycles.push([...path.slice(at), dep]);
      continue;
    }
    if (seen.has(dep)) continue;
    seen.add(dep);
    const stage = stageOf(dep);
    dependencies.push({
      id: dep,
      path: [...path, dep],
      stage,
      ok: stage !== null && stageIndex(stage) >= stageIndex(target),
    });
    path.push(dep);
    next.push(0);
  }
  return { dependencies, cycles };
}

export interface BlockedDependent {
  id: string;
  stage: Stage;
  /** How it depends on the component: ["player-experience", "neo4j"]. */
  path: string[];
}

/**
 * The components that would sit above `componentId` once it is in `stage` (a demotion): every
 * component depending on it, directly or through others, whose own stage is higher. They are
 * blocked: their dependency is no longer "at an equal or higher stage". Each is listed once,
 * by its shortest path.
 */
export function dependentsAbove(
  componentId: string,
  stage: Stage,
  components: ReadonlyMap<string, ComponentConfig>,
  stageOf: (id: string) => Stage | null,
): BlockedDependent[] {
  const out: BlockedDependent[] = [];
  const seen = new Set<string>([componentId]);
  let frontier: string[][] = [[componentId]];
  while (frontier.length) {
    const next: string[][] = [];
    for (const path of frontier) {
      const id = path[path.length - 1]!;
      for (const c of components.values()) {
        if (seen.has(c.id) || !c.dependsOn.includes(id)) continue;
        seen.add(c.id);
        const via = [...path, c.id];
        const own = stageOf(c.id);
        if (own !== null && stageIndex(own) > stageIndex(stage))
          out.push({ id: c.id, stage: own, path: [...via].reverse() });
        next.push(via);
      }
    }
    frontier = next;
  }
  return out;
}
