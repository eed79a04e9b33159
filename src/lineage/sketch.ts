import type { LineageGraph } from './graph.js';
import { stronglyConnected } from './traverse.js';

/** Bottom-k sketch size: estimates are within about ±1/sqrt(k-2) ≈ 18%; reaches below k are exact. */
const SKETCH_SIZE = 32;

export interface ClosureSize {
  /** Nodes in the closure of v, v included. */
  readonly count: number;
  readonly exact: boolean;
}

/**
 * Bottom-k sketches of every node's closure (itself included), computed once over the
 * condensation in reverse topological order. The returned count is exact when the closure holds
 * fewer than k nodes.
 */
export function reachSketch(graph: LineageGraph): (v: number) => ClosureSize {
  const k = SKETCH_SIZE;
  const { component, count } = stronglyConnected(graph);
  const { order, start } = membersByComponent(component, count);
  const values = new Float64Array(count * k);
  const lengths = new Int32Array(count);
  const scratch = new Float64Array(2 * k);
  const single = new Float64Array(1);

  // Tarjan numbers components sinks first, so successors are always complete before use.
  for (let c = 0; c < count; c++) {
    for (let i = start[c]!; i < start[c + 1]!; i++) {
      const v = order[i]!;
      single[0] = hashToUnit(v);
      mergeInto(values, lengths, c, single, scratch, k);
      for (let e = graph.offsets[v]!; e < graph.offsets[v + 1]!; e++) {
        const d = component[graph.targets[e]!]!;
        if (d !== c) {
          mergeInto(values, lengths, c, values.subarray(d * k, d * k + lengths[d]!), scratch, k);
        }
      }
    }
  }
  return (v) => {
    const c = component[v]!;
    const length = lengths[c]!;
    if (length < k) return { count: length, exact: true };
    const kth = values[c * k + k - 1]!;
    return { count: Math.round((k - 1) / kth), exact: false };
  };
}

/** Nodes grouped by component in flat arrays (a counting sort): no array per component. */
function membersByComponent(component: Int32Array, count: number) {
  const start = new Int32Array(count + 1);
  for (let v = 0; v < component.length; v++) start[component[v]! + 1]!++;
  for (let c = 0; c < count; c++) start[c + 1]! += start[c]!;
  const cursor = start.slice(0, count);
  const order = new Int32Array(component.length);
  for (let v = 0; v < component.length; v++) order[cursor[component[v]!]!++] = v;
  return { order, start };
}

/** Merges sorted `incoming` into component c's sorted bottom-k list, dropping duplicates. */
function mergeInto(
  values: Float64Array,
  lengths: Int32Array,
  c: number,
  incoming: ArrayLike<number>,
  scratch: Float64Array,
  k: number,
): void {
  const base = c * k;
  const length = lengths[c]!;
  let i = 0;
  let j = 0;
  let out = 0;
  while (out < k && (i < length || j < incoming.length)) {
    const a = i < length ? values[base + i]! : Infinity;
    const b = j < incoming.length ? incoming[j]! : Infinity;
    let next: number;
    if (a < b) {
      next = a;
      i++;
    } else if (b < a) {
      next = b;
      j++;
    } else {
      next = a;
      i++;
      j++;
    }
    scratch[out++] = next;
  }
  values.set(scratch.subarray(0, out), base);
  lengths[c] = out;
}

/** A fixed pseudo-random rank in (0, 1) per node id: 52 bits from two integer mixes. */
function hashToUnit(v: number): number {
  const hi = mix32(v * 2 + 1) >>> 6; // 26 bits
  const lo = mix32(v * 2 + 2) >>> 6; // 26 bits
  return (hi * 67108864 + lo + 1) / 4503599627370497;
}

function mix32(x: number): number {
  let h = x | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
