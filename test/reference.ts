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

/** Inputs of each node: the sources of its in-edges. */
export function referenceInputs(graph: Map<string, Set<string>>): Map<string, Set<string>> {
  const inputs = new Map<string, Set<string>>();
  for (const [from, targets] of graph) {
    for (const to of targets) {
      if (!inputs.has(to)) inputs.set(to, new Set());
      inputs.get(to)!.add(from);
    }
  }
  return inputs;
}

/**
 * Models of both inventories whose inputs differ between the base graph and the head graph:
 * an edge change anchors at its consumer.
 */
export function referenceRewiredConsumers(
  base: readonly Model[],
  head: readonly Model[],
): Map<string, { added: string[]; removed: string[] }> {
  const { graph, baseGraph } = referenceHeadGraph(base, head);
  const before = referenceInputs(baseGraph);
  const after = referenceInputs(graph);
  const baseNames = new Set(base.map((model) => model.name));
  const out = new Map<string, { added: string[]; removed: string[] }>();
  for (const model of head) {
    if (!baseNames.has(model.name)) continue;
    const b = before.get(model.name) ?? new Set<string>();
    const a = after.get(model.name) ?? new Set<string>();
    const added = [...a].filter((x) => !b.has(x)).sort();
    const removed = [...b].filter((x) => !a.has(x)).sort();
    if (added.length > 0 || removed.length > 0) out.set(model.name, { added, removed });
  }
  return out;
}

/** The nearest anchor other than the model itself that reaches it: (depth, name) order. */
export function referenceReachedFrom(
  graph: Map<string, Set<string>>,
  anchors: readonly string[],
  model: string,
): { model: string; depth: number } | undefined {
  let best: { model: string; depth: number } | undefined;
  for (const anchor of [...anchors].sort()) {
    if (anchor === model) continue;
    const depth = distances(graph, [anchor]).get(model);
    if (depth === undefined) continue;
    if (!best || depth < best.depth) best = { model: anchor, depth };
  }
  return best;
}
