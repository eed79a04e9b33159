import { hasEdge, outDegree, reverseGraph, type LineageGraph } from '../lineage/graph.js';
import { reachSketch } from '../lineage/sketch.js';
import { breadthFirst, Reacher } from '../lineage/traverse.js';
import type { GraphPair } from './graphs.js';

export interface PerChange {
  readonly model: string;
  /** Out-degree in the head graph. */
  readonly direct: number;
  /** Nodes reachable from the model in the head graph (excluding itself). */
  readonly total: number;
  /**
   * How many of `total` are changed models themselves (reported as changes with `reachedFrom`,
   * not in the radius): why a total can exceed the radius. Absent on estimated entries.
   */
  readonly changedReached?: number;
  /** Reached in head but not in base: whom the change now feeds. */
  readonly gained: readonly string[];
  /** Reached in base but not in head. */
  readonly lost: readonly string[];
  /**
   * Present and true past the work budget: `total` may be a sketch estimate, and `gained`/`lost`
   * were not computed (they are exactly empty for entries without this mark that show none).
   */
  readonly estimated?: true;
}

/**
 * Work allowed for exact per-change traversals, in edges scanned plus nodes visited. About 0.2 s
 * on a laptop; beyond it, the remaining changes get a marked estimate.
 */
export const DEFAULT_PER_CHANGE_BUDGET = 25_000_000;

/**
 * Per-change reach, gained and lost. Exact traversals run in name order until the work budget is
 * spent; the rest are estimated from bottom-k reachability sketches (Cohen 1997) in O(k·E), so
 * thousands of changes never cost one traversal each.
 */
export function perChangeImpact(
  pair: GraphPair,
  anchors: readonly string[],
  budget = DEFAULT_PER_CHANGE_BUDGET,
  changed: ReadonlySet<string> = new Set(),
): PerChange[] {
  const { table } = pair;
  const n = table.names.length;
  const ids = anchors.map((name) => table.ids.get(name)!);
  const rewired = rewiredNodes(pair);
  const headReach = new Reacher(pair.head);
  const baseReach = new Reacher(pair.base);
  const inHeadReach = new Int32Array(n);
  const results: PerChange[] = [];
  const isChanged = new Uint8Array(n);
  for (const name of changed) {
    const id = table.ids.get(name);
    if (id !== undefined) isChanged[id] = 1;
  }
  const changedIn = (reached: Int32Array) => {
    let count = 0;
    for (const w of reached) count += isChanged[w]!;
    return count;
  };

  let i = 0;
  for (; i < ids.length && headReach.work + baseReach.work < budget; i++) {
    const v = ids[i]!;
    const reached = headReach.reach(v);
    const direct = outDegree(pair.head, v);
    if (!rewired[v] && !reached.some((w) => rewired[w] === 1)) {
      results.push({
        model: anchors[i]!,
        direct,
        total: reached.length,
        changedReached: changedIn(reached),
        gained: [],
        lost: [],
      });
      continue;
    }
    const stamp = i + 1;
    for (const w of reached) inHeadReach[w] = stamp;
    const lost: string[] = [];
    const inBaseReach = new Set<number>();
    for (const w of baseReach.reach(v)) {
      inBaseReach.add(w);
      if (inHeadReach[w] !== stamp) lost.push(table.names[w]!);
    }
    const gained: string[] = [];
    for (const w of reached) if (!inBaseReach.has(w)) gained.push(table.names[w]!);
    results.push({
      model: anchors[i]!,
      direct,
      total: reached.length,
      changedReached: changedIn(reached),
      gained: sortByName(gained),
      lost: sortByName(lost),
    });
  }
  if (i === ids.length) return results;

  const affected = reaching(pair.head, rewired);
  const sketch = reachSketch(pair.head);
  for (; i < ids.length; i++) {
    const v = ids[i]!;
    const { count, exact } = sketch(v);
    const direct = outDegree(pair.head, v);
    // An estimate can undershoot; it never reports fewer than the direct consumers.
    const total = exact
      ? count - 1
      : Math.max(count - 1, direct - (hasEdge(pair.head, v, v) ? 1 : 0));
    if (exact && !affected[v]) {
      // An exact sketch means fewer than k nodes: one small traversal counts the changed ones.
      const changedReached = changedIn(headReach.reach(v));
      results.push({ model: anchors[i]!, direct, total, changedReached, gained: [], lost: [] });
    } else {
      results.push({ model: anchors[i]!, direct, total, gained: [], lost: [], estimated: true });
    }
  }
  return results;
}

function sortByName(names: string[]): string[] {
  return names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Nodes whose out-neighbours differ between base and head: where any reach can change. */
function rewiredNodes(pair: GraphPair): Uint8Array {
  const n = pair.table.names.length;
  const rewired = new Uint8Array(n);
  if (pair.base === pair.head) return rewired;
  for (let v = 0; v < n; v++) if (!sameNeighbours(pair.base, pair.head, v)) rewired[v] = 1;
  return rewired;
}

/**
 * Nodes that reach a rewired node: the only ones whose gained or lost can be non-empty. The
 * head graph alone answers for both: on a path to a rewired node, every edge before the first
 * rewired node leaves a node whose out-neighbours are the same at base.
 */
function reaching(head: LineageGraph, rewired: Uint8Array): Uint8Array {
  const sources: number[] = [];
  rewired.forEach((flag, v) => flag && sources.push(v));
  const affected = new Uint8Array(rewired.length);
  if (sources.length === 0) return affected;
  for (const v of breadthFirst(reverseGraph(head), sources).order) affected[v] = 1;
  return affected;
}

function sameNeighbours(a: LineageGraph, b: LineageGraph, v: number): boolean {
  const aStart = a.offsets[v]!;
  const bStart = b.offsets[v]!;
  const length = a.offsets[v + 1]! - aStart;
  if (b.offsets[v + 1]! - bStart !== length) return false;
  for (let k = 0; k < length; k++)
    if (a.targets[aStart + k] !== b.targets[bStart + k]) return false;
  return true;
}
