import type { Model } from '../inventory/schema.js';
import {
  buildGraph,
  buildNameTable,
  EdgeList,
  unionEdges,
  type LineageGraph,
  type NameTable,
} from '../lineage/graph.js';

/** The base and head union graphs over one shared name table. */
export interface GraphPair {
  readonly table: NameTable;
  readonly base: LineageGraph;
  /** Head union graph plus each removed model's base edges to nodes still in head. */
  readonly head: LineageGraph;
  /** Which ids are models of the head / base inventory (others are external). */
  readonly inHead: Uint8Array;
  readonly inBase: Uint8Array;
}

export function buildGraphPair(
  base: readonly Model[],
  head: readonly Model[],
  removed: readonly string[],
): GraphPair {
  const table = buildNameTable(base, head);
  const n = table.names.length;
  const inHead = new Uint8Array(n);
  const inBase = new Uint8Array(n);
  for (const model of head) inHead[table.ids.get(model.name)!] = 1;
  for (const model of base) inBase[table.ids.get(model.name)!] = 1;

  const baseGraph = buildGraph(table, unionEdges(base, table));

  const headEdges = unionEdges(head, table);
  // Nodes of the head union graph: head models and every name they reference.
  const inHeadGraph = new Uint8Array(inHead);
  for (let i = 0; i < headEdges.length; i++) {
    inHeadGraph[headEdges.from(i)] = 1;
    inHeadGraph[headEdges.to(i)] = 1;
  }
  keepRemovedEdges(baseGraph, removed, inHeadGraph, headEdges);
  return { table, base: baseGraph, head: buildGraph(table, headEdges), inHead, inBase };
}

/** A removed model still feeds, in the head graph, the consumers that outlive it. */
function keepRemovedEdges(
  baseGraph: LineageGraph,
  removed: readonly string[],
  inHeadGraph: Uint8Array,
  headEdges: EdgeList,
): void {
  const { offsets, targets, table } = baseGraph;
  for (const name of removed) {
    const v = table.ids.get(name)!;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      const w = targets[e]!;
      if (inHeadGraph[w]) headEdges.add(v, w);
    }
  }
}
