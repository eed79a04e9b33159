import type { Model } from '../inventory/schema.js';
import { Int32Pairs } from '../util/int32-pairs.js';

/**
 * Node names shared by the base and head graphs, so that one integer id means the same node in
 * both. Ids follow sorted name order, which makes every traversal deterministic for free.
 */
export interface NameTable {
  readonly names: readonly string[];
  readonly ids: NameLookup;
}

/** Name → id lookups (a Map is one). */
export interface NameLookup {
  get(name: string): number | undefined;
}

/** A directed graph in compressed sparse row form: the out-neighbours of `v` are
 * `targets[offsets[v] .. offsets[v + 1])`, ascending and without duplicates. */
export interface LineageGraph {
  readonly table: NameTable;
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
}

export function buildNameTable(...inventories: (readonly Model[])[]): NameTable {
  const seen = new Set<string>();
  for (const models of inventories) {
    for (const model of models) {
      seen.add(model.name);
      for (const name of model.upstream_dependencies ?? []) seen.add(name);
      for (const name of model.downstream_consumers ?? []) seen.add(name);
    }
  }
  // The default sort compares UTF-16 code units, the same order as compareNames, only faster.
  const names = [...seen].sort();
  const ids = new Map<string, number>();
  for (let i = 0; i < names.length; i++) ids.set(names[i] as string, i);
  return { names, ids };
}

/** Code-unit order: locale-independent, so output is identical on every machine. */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Growable list of (from, to) id pairs. */
export class EdgeList extends Int32Pairs {
  /** Maps every endpoint through `ids` (old id → new id). */
  renumber(ids: Int32Array): void {
    const buffer = this.buffer;
    for (let i = 0; i < this.length * 2; i++) buffer[i] = ids[buffer[i]!]!;
  }

  from(i: number): number {
    return this.buffer[i * 2] as number;
  }

  to(i: number): number {
    return this.buffer[i * 2 + 1] as number;
  }
}

/**
 * The union graph of an inventory: `u` in `m.upstream_dependencies` is the edge u→m, `d` in
 * `m.downstream_consumers` is the edge m→d. Every name must be in `table`.
 */
export function unionEdges(models: readonly Model[], table: NameTable, edges = new EdgeList()) {
  const { ids } = table;
  for (const model of models) {
    const self = ids.get(model.name) as number;
    for (const name of model.upstream_dependencies ?? []) edges.add(ids.get(name) as number, self);
    for (const name of model.downstream_consumers ?? []) edges.add(self, ids.get(name) as number);
  }
  return edges;
}

/**
 * A counting sort by source, then each run sorted in place — insertion sort for the short runs
 * that nearly all are, a typed-array sort for a hub's — and duplicates dropped as they sit side
 * by side. O(V + E log d) with d the largest out-degree; no per-node allocation.
 */
export function buildGraph(table: NameTable, edges: EdgeList): LineageGraph {
  const n = table.names.length;
  const m = edges.length;
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < m; i++) offsets[edges.from(i) + 1]!++;
  for (let v = 0; v < n; v++) offsets[v + 1]! += offsets[v]!;
  const cursor = offsets.slice(0, n);
  const sorted = new Int32Array(m);
  for (let i = 0; i < m; i++) sorted[cursor[edges.from(i)]!++] = edges.to(i);

  let written = 0;
  let start = 0;
  for (let v = 0; v < n; v++) {
    const end = offsets[v + 1]!;
    sortRun(sorted, start, end);
    let previous = -1;
    for (let e = start; e < end; e++) {
      const target = sorted[e]!;
      if (target !== previous) sorted[written++] = target;
      previous = target;
    }
    start = end;
    offsets[v + 1] = written;
  }
  return { table, offsets, targets: sorted.slice(0, written) };
}

function sortRun(values: Int32Array, start: number, end: number): void {
  if (end - start > 32) {
    values.subarray(start, end).sort();
    return;
  }
  for (let i = start + 1; i < end; i++) {
    const value = values[i]!;
    let j = i - 1;
    while (j >= start && values[j]! > value) {
      values[j + 1] = values[j]!;
      j--;
    }
    values[j + 1] = value;
  }
}

/**
 * The union of two graphs over one table, by merging each node's sorted runs: O(V + E) with
 * sequential reads only, much cheaper than building the union from an edge list. Returns `a`
 * itself when `b` has no edges.
 */
export function unionGraph(a: LineageGraph, b: LineageGraph): LineageGraph {
  if (b.targets.length === 0) return a;
  const n = a.offsets.length - 1;
  const offsets = new Int32Array(n + 1);
  const targets = new Int32Array(a.targets.length + b.targets.length);
  let written = 0;
  let v = 0;
  while (v < n) {
    // Nodes without edges in b keep a's runs: copied as one block, offsets shifted.
    let w = v;
    while (w < n && b.offsets[w] === b.offsets[w + 1]) w++;
    const shift = written - a.offsets[v]!;
    targets.set(a.targets.subarray(a.offsets[v]!, a.offsets[w]!), written);
    for (let u = v; u < w; u++) offsets[u] = a.offsets[u]! + shift;
    written += a.offsets[w]! - a.offsets[v]!;
    if (w === n) break;

    offsets[w] = written;
    let i = a.offsets[w]!;
    let j = b.offsets[w]!;
    const iEnd = a.offsets[w + 1]!;
    const jEnd = b.offsets[w + 1]!;
    while (i < iEnd || j < jEnd) {
      const x = i < iEnd ? a.targets[i]! : Infinity;
      const y = j < jEnd ? b.targets[j]! : Infinity;
      if (x <= y) i++;
      if (y <= x) j++;
      targets[written++] = Math.min(x, y);
    }
    v = w + 1;
  }
  offsets[n] = written;
  return { table: a.table, offsets, targets: targets.slice(0, written) };
}

export function outDegree(graph: LineageGraph, v: number): number {
  return graph.offsets[v + 1]! - graph.offsets[v]!;
}

export function hasEdge(graph: LineageGraph, from: number, to: number): boolean {
  let lo = graph.offsets[from]!;
  let hi = graph.offsets[from + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = graph.targets[mid]!;
    if (t === to) return true;
    if (t < to) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** The same graph with every edge reversed. */
export function reverseGraph(graph: LineageGraph): LineageGraph {
  const edges = new EdgeList();
  const { offsets, targets } = graph;
  for (let v = 0; v + 1 < offsets.length; v++) {
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) edges.add(targets[e]!, v);
  }
  return buildGraph(graph.table, edges);
}
