import type { Model } from '../src/inventory/schema.js';

/** The semantics written the plain way: adjacency sets and one BFS per question. */
export function referenceGraph(models: readonly Model[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const edge = (from: string, to: string) => {
    if (!out.has(from)) out.set(from, new Set());
    if (!out.has(to)) out.set(to, new Set());
    out.get(from)!.add(to);
  };
  for (const model of models) {
    if (!out.has(model.name)) out.set(model.name, new Set());
    for (const u of model.upstream_dependencies ?? []) edge(u, model.name);
    for (const d of model.downstream_consumers ?? []) edge(model.name, d);
  }
  return out;
}

export function distances(
  graph: Map<string, Set<string>>,
  sources: readonly string[],
): Map<string, number> {
  const dist = new Map<string, number>(sources.map((s) => [s, 0]));
  const queue = [...sources];
  for (let i = 0; i < queue.length; i++) {
    const v = queue[i]!;
    for (const w of graph.get(v) ?? []) {
      if (!dist.has(w)) {
        dist.set(w, dist.get(v)! + 1);
        queue.push(w);
      }
    }
  }
  return dist;
}

export function referenceHeadGraph(base: readonly Model[], head: readonly Model[]) {
  const graph = referenceGraph(head);
  const baseGraph = referenceGraph(base);
  const headNames = new Set(head.map((model) => model.name));
  // Consumers that still exist: nodes of the head graph before removed models are added back.
  const headNodes = new Set(graph.keys());
  for (const removed of base.filter((model) => !headNames.has(model.name))) {
    for (const consumer of baseGraph.get(removed.name) ?? []) {
      if (!headNodes.has(consumer)) continue;
      if (!graph.has(removed.name)) graph.set(removed.name, new Set());
      graph.get(removed.name)!.add(consumer);
    }
  }
  return { graph, baseGraph };
}
