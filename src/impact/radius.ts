import { compareNames } from '../lineage/graph.js';
import { breadthFirst, namedPathTo, type BreadthFirst } from '../lineage/traverse.js';
import type { GraphPair } from './graphs.js';

export interface ImpactedModel {
  readonly model: string;
  /** Head layer; null for an external node (not a model of the head inventory). */
  readonly layer: string | null;
  /** Hops from the nearest anchoring change. */
  readonly depth: number;
  /** One shortest path, from an anchoring change to this model; every step is a real edge. */
  readonly path: readonly string[];
  readonly external: boolean;
}

/** Key under which external nodes are counted in `byLayer`. */
export const EXTERNAL_LAYER = 'external';

export interface Radius {
  /** Sorted by depth, then name. */
  readonly models: readonly ImpactedModel[];
  readonly byLayer: Readonly<Record<string, number>>;
  readonly search: BreadthFirst;
}

/**
 * Everything reachable downstream of the anchors in the head graph, minus the changed models
 * themselves (they are reported as changes, not as impact). O(V + E).
 */
export function blastRadius(
  pair: GraphPair,
  anchors: readonly string[],
  changed: ReadonlySet<string>,
  /** The layer of the head model at this position in the head inventory. */
  layerAt: (position: number) => string,
): Radius {
  const { table } = pair;
  const sources = anchors.map((name) => table.ids.get(name)!).sort((a, b) => a - b);
  const search = breadthFirst(pair.head, sources);

  // Depth, then name — and ids follow name order: one numeric sort of depth·n + id.
  const n = table.names.length;
  const keys = new Float64Array(search.order.length);
  let count = 0;
  for (const v of search.order) {
    if (!changed.has(table.names[v]!)) keys[count++] = search.distance[v]! * n + v;
  }
  const sorted = keys.subarray(0, count).sort();
  const models: ImpactedModel[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const v = sorted[i]! % n;
    const name = table.names[v]!;
    const external = pair.inHead[v] === 0;
    models[i] = {
      model: name,
      layer: external ? null : layerAt(pair.headPosition[v]!),
      depth: search.distance[v]!,
      path: namedPathTo(search, v, table.names),
      external,
    };
  }

  const byLayer: Record<string, number> = Object.create(null);
  for (const model of models) {
    const key = model.layer ?? EXTERNAL_LAYER;
    byLayer[key] = (byLayer[key] ?? 0) + 1;
  }
  return { models, byLayer: sortedRecord(byLayer), search };
}

export function sortedRecord<T>(record: Record<string, T>): Record<string, T> {
  const sorted: Record<string, T> = Object.create(null);
  for (const key of Object.keys(record).sort(compareNames)) sorted[key] = record[key]!;
  return sorted;
}
