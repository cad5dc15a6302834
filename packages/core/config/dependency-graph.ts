/**
 * The components' `depends-on` graph, walked without recursion: a config may chain thousands
 * of components, and a recursive walk runs out of stack long before the graph is big.
 */

/** Every dependency cycle, each once, as the path that closes it (`a → b → a`). */
export function findCycles(dependsOn: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'active' | 'done'>();
  for (const start of dependsOn.keys()) {
    if (state.has(start)) continue;
    // An explicit stack of [node, index of the next dependency to visit]; `path` is the active chain.
    const stack: [string, number][] = [[start, 0]];
    const path: string[] = [start];
    state.set(start, 'active');
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const deps = dependsOn.get(top[0]) ?? [];
      if (top[1] >= deps.length) {
        state.set(top[0], 'done');
        stack.pop();
        path.pop();
        continue;
      }
      const dep = deps[top[1]++]!;
      if (state.get(dep) === 'active') cycles.push([...path.slice(path.indexOf(dep)), dep]);
      else if (!state.has(dep)) {
        state.set(dep, 'active');
        stack.push([dep, 0]);
        path.push(dep);
      }
    }
  }
  return cycles;
}

/** Every component that depends on one of `roots`, directly or through others, with the first dependency it is reached through. */
export function dependentsOf(
  roots: Iterable<string>,
  dependsOn: ReadonlyMap<string, readonly string[]>,
): Map<string, string> {
  const dependents = new Map<string, string[]>();
  for (const [id, deps] of dependsOn) for (const d of deps) dependents.set(d, [...(dependents.get(d) ?? []), id]);
  const reached = new Map<string, string>();
  const queue = [...roots];
  const seen = new Set(queue);
  for (let i = 0; i < queue.length; i++) {
    for (const user of dependents.get(queue[i]!) ?? []) {
      if (seen.has(user)) continue;
      seen.add(user);
      reached.set(user, queue[i]!);
      queue.push(user);
    }
  }
  return reached;
}
