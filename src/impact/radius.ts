import { compareNames } from '../lineage/graph.js';
import { breadthFirst, type BreadthFirst } from '../lineage/traverse.js';
import type { GraphPair } from './graphs.js';

export interface ImpactedModel {
  readonly model: string;
  /** Head layer; null for an external node (not a model of the head inventory). */
  readonly layer: string | null;
  /** Hops from the nearest anchoring change. */
  readonly depth: number;
  /**
   * One shortest path, from an anchoring change to this model; every step is a real edge. A path
   * of more than MAX_PATH_NAMES names keeps its first 2 and last 3 (see `pathElided`).
   */
  readonly path: readonly string[];
  /** Present when names were left out of `path`: how many, all between `path[1]` and `path[2]`. */
  readonly pathElided?: number;
  readonly external: boolean;
  /**
   * With code lineage: what proves each step of `path` (`inventory`, `sql`, `jinja`, `macro`,
   * `linked-source`), one list per step; the step across an elided stretch has none.
   */
  readonly provenance?: readonly (readonly string[])[];
  /** With code lineage: some step of `path` is not in the inventory (only the code proves it). */
  readonly notInInventory?: boolean;
}

/** Longest path reported whole; longer ones keep their ends, so the report stays linear. */
export const MAX_PATH_NAMES = 6;
export const PATH_HEAD = 2;
const PATH_TAIL = 3;

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
  /** The layer of a node the head inventory lacks (code lineage's `layers:` / meta), if known. */
  externalLayer?: (name: string) => string | null,
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
  // The second node of each path, propagated down the search tree: with the parents, every
  // capped path costs O(1) to build however deep the node sits.
  const second = new Int32Array(n).fill(-1);
  for (const v of search.order) {
    const p = search.parent[v]!;
    if (p !== -1) second[v] = search.parent[p] === -1 ? v : second[p]!;
  }
  const models: ImpactedModel[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const v = sorted[i]! % n;
    const name = table.names[v]!;
    const external = pair.inHead[v] === 0;
    const depth = search.distance[v]!;
    const elided = depth + 1 > MAX_PATH_NAMES ? depth + 1 - PATH_HEAD - PATH_TAIL : 0;
    models[i] = {
      model: name,
      layer: external ? (externalLayer?.(name) ?? null) : layerAt(pair.headPosition[v]!),
      depth,
      path: cappedPath(search, second, v, table.names),
      ...(elided > 0 && { pathElided: elided }),
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

/** The names of the path that reached `v`, or its first 2 and last 3 when it is longer. */
function cappedPath(
  search: BreadthFirst,
  second: Int32Array,
  v: number,
  names: readonly string[],
): string[] {
  const length = search.distance[v]! + 1;
  const tail: string[] = [];
  let at = v;
  const keep = length > MAX_PATH_NAMES ? PATH_TAIL : length;
  for (let k = 0; k < keep; k++, at = search.parent[at]!) tail.push(names[at]!);
  tail.reverse();
  if (length <= MAX_PATH_NAMES) return tail;
  // Walking up to the source would be O(depth): the second node's parent is the source.
  const hop = second[v]!;
  return [names[search.parent[hop]!]!, names[hop]!, ...tail];
}

/** Formats a capped path for a message: `a → b → … (n more) → x → y`. */
export function describePath(
  model: Pick<ImpactedModel, 'path' | 'pathElided'>,
  step: (name: string) => string = (name) => `\`${name}\``,
): string {
  const steps = model.path.map(step);
  if (model.pathElided) steps.splice(PATH_HEAD, 0, `… (${model.pathElided} more)`);
  return steps.join(' → ');
}

export function sortedRecord<T>(record: Record<string, T>): Record<string, T> {
  const sorted: Record<string, T> = Object.create(null);
  for (const key of Object.keys(record).sort(compareNames)) sorted[key] = record[key]!;
  return sorted;
}
