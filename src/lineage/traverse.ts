import type { LineageGraph } from './graph.js';

export interface BreadthFirst {
  /** Hops from the nearest source; -1 when unreachable. Sources are 0. */
  readonly distance: Int32Array;
  /** Predecessor on one shortest path; -1 for sources and unreached nodes. */
  readonly parent: Int32Array;
  /** Reached nodes in visiting order, sources first. */
  readonly order: Int32Array;
}

/**
 * Multi-source BFS. Sources are visited in the given order and neighbours in id order, so the
 * parent chosen for each node — and therefore every reported path — is deterministic.
 */
export function breadthFirst(graph: LineageGraph, sources: readonly number[]): BreadthFirst {
  const n = graph.offsets.length - 1;
  const distance = new Int32Array(n).fill(-1);
  const parent = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let tail = 0;
  for (const s of sources) {
    if (distance[s] !== -1) continue;
    distance[s] = 0;
    queue[tail++] = s;
  }
  const { offsets, targets } = graph;
  for (let head = 0; head < tail; head++) {
    const v = queue[head]!;
    const next = distance[v]! + 1;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      const w = targets[e]!;
      if (distance[w] === -1) {
        distance[w] = next;
        parent[w] = v;
        queue[tail++] = w;
      }
    }
  }
  return { distance, parent, order: queue.subarray(0, tail) };
}

/**
 * Walks parents back to a source: the names along the shortest path that reached `v`, source
 * first. Its length is the node's distance plus one, so the array is filled from its end.
 */
export function namedPathTo(search: BreadthFirst, v: number, names: readonly string[]): string[] {
  const path: string[] = new Array<string>(search.distance[v]! + 1);
  let i = path.length;
  for (let at = v; at !== -1; at = search.parent[at]!) path[--i] = names[at]!;
  return path;
}

/**
 * Repeated single-source reachability without reallocating: a generation stamp marks visited
 * nodes, so each query costs only what it visits.
 */
export class Reacher {
  private readonly stamp: Int32Array;
  private readonly queue: Int32Array;
  private generation = 0;
  /** Edges scanned by all queries so far: the work counter behind the per-change budget. */
  work = 0;

  constructor(private readonly graph: LineageGraph) {
    const n = graph.offsets.length - 1;
    this.stamp = new Int32Array(n);
    this.queue = new Int32Array(n);
  }

  /** Nodes reachable from `source` by one or more edges, excluding `source` itself. */
  reach(source: number): Int32Array {
    const { offsets, targets } = this.graph;
    const stamp = this.stamp;
    const queue = this.queue;
    const mark = ++this.generation;
    stamp[source] = mark;
    let tail = 0;
    queue[tail++] = source;
    let scanned = 0;
    for (let head = 0; head < tail; head++) {
      const v = queue[head]!;
      const end = offsets[v + 1]!;
      scanned += end - offsets[v]!;
      for (let e = offsets[v]!; e < end; e++) {
        const w = targets[e]!;
        if (stamp[w] !== mark) {
          stamp[w] = mark;
          queue[tail++] = w;
        }
      }
    }
    this.work += scanned + tail;
    return queue.subarray(1, tail);
  }
}

export interface Components {
  /** Component id of each node; ids are in reverse topological order (sinks first). */
  readonly component: Int32Array;
  readonly count: number;
  /** Size of each component. */
  readonly size: Int32Array;
  /** Whether each component contains a cycle (more than one node, or a self-loop). */
  readonly cyclic: Uint8Array;
}

/**
 * Whether the graph has no cycle, by peeling nodes without incoming edges (Kahn): one tight
 * pass over the arrays, so the common acyclic case skips Tarjan's bookkeeping. O(V + E).
 */
export function isAcyclic(graph: LineageGraph): boolean {
  const { offsets, targets } = graph;
  const n = offsets.length - 1;
  const incoming = new Int32Array(n);
  for (let e = 0; e < targets.length; e++) incoming[targets[e]!]!++;
  const ready = new Int32Array(n);
  let size = 0;
  for (let v = 0; v < n; v++) if (incoming[v] === 0) ready[size++] = v;
  for (let head = 0; head < size; head++) {
    const v = ready[head]!;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      if (--incoming[targets[e]!]! === 0) ready[size++] = targets[e]!;
    }
  }
  return size === n;
}

/** Tarjan's strongly connected components, iterative so deep lineages cannot overflow the stack. */
export function stronglyConnected(graph: LineageGraph): Components {
  const { offsets, targets } = graph;
  const n = offsets.length - 1;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const component = new Int32Array(n).fill(-1);
  const stack = new Int32Array(n);
  const callStack = new Int32Array(n);
  const edgeCursor = new Int32Array(n);
  const sizes: number[] = [];
  const cyclic: number[] = [];
  let stackTop = 0;
  let nextIndex = 0;

  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    let depth = 0;
    callStack[depth] = root;
    index[root] = low[root] = nextIndex++;
    edgeCursor[root] = offsets[root]!;
    stack[stackTop++] = root;
    while (depth >= 0) {
      const v = callStack[depth]!;
      if (edgeCursor[v]! < offsets[v + 1]!) {
        const w = targets[edgeCursor[v]!++]!;
        if (index[w] === -1) {
          index[w] = low[w] = nextIndex++;
          edgeCursor[w] = offsets[w]!;
          stack[stackTop++] = w;
          callStack[++depth] = w;
        } else if (component[w] === -1 && index[w]! < low[v]!) {
          low[v] = index[w]!;
        }
        continue;
      }
      if (low[v] === index[v]) {
        const id = sizes.length;
        let size = 0;
        let w: number;
        do {
          w = stack[--stackTop]!;
          component[w] = id;
          size++;
        } while (w !== v);
        sizes.push(size);
        cyclic.push(size > 1 || hasSelfLoop(graph, v) ? 1 : 0);
      }
      depth--;
      if (depth >= 0) {
        const parent = callStack[depth]!;
        if (low[v]! < low[parent]!) low[parent] = low[v]!;
      }
    }
  }
  return {
    component,
    count: sizes.length,
    size: Int32Array.from(sizes),
    cyclic: Uint8Array.from(cyclic),
  };
}

function hasSelfLoop(graph: LineageGraph, v: number): boolean {
  for (let e = graph.offsets[v]!; e < graph.offsets[v + 1]!; e++) {
    if (graph.targets[e] === v) return true;
  }
  return false;
}

/** The nearest source of a node other than a given one, as `nearestSources` finds it. */
export interface NearestSources {
  /** Nearest source of each node (itself for a source); -1 when unreached. */
  readonly first: Int32Array;
  readonly firstDistance: Int32Array;
  /** Nearest source other than `first`; -1 when no other source reaches the node. */
  readonly second: Int32Array;
  readonly secondDistance: Int32Array;
}

/**
 * For every node, its two nearest distinct sources by (distance, id): a source's `second` is the
 * nearest *other* source upstream of it, cycles included. Each node enters the frontier at most
 * twice, so the work is O(V + 2E) — keeping two labels per node is enough for the two nearest
 * distinct labels downstream. Ties go to the smaller id (name order), so the answer is unique.
 */
export function nearestSources(graph: LineageGraph, sources: readonly number[]): NearestSources {
  const n = graph.offsets.length - 1;
  const first = new Int32Array(n).fill(-1);
  const firstDistance = new Int32Array(n).fill(-1);
  const second = new Int32Array(n).fill(-1);
  const secondDistance = new Int32Array(n).fill(-1);
  const touchedAt = new Int32Array(n).fill(-1);
  const { offsets, targets } = graph;

  let frontierNodes: number[] = [];
  let frontierLabels: number[] = [];
  for (const s of sources) {
    if (first[s] !== -1) continue;
    first[s] = s;
    firstDistance[s] = 0;
    frontierNodes.push(s);
    frontierLabels.push(s);
  }
  const offerSecond = (w: number, label: number, d: number) => {
    if (label === first[w]) return;
    if (second[w] === -1) {
      second[w] = label;
      secondDistance[w] = d;
    } else if (secondDistance[w] === d && label < second[w]!) {
      second[w] = label;
    }
  };
  for (let d = 1; frontierNodes.length > 0; d++) {
    const touched: number[] = [];
    for (let k = 0; k < frontierNodes.length; k++) {
      const v = frontierNodes[k]!;
      const label = frontierLabels[k]!;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
        const w = targets[e]!;
        if (first[w] === -1) {
          first[w] = label;
          firstDistance[w] = d;
        } else if (first[w] === label) {
          continue;
        } else if (firstDistance[w] === d && label < first[w]!) {
          const demoted = first[w]!;
          first[w] = label;
          offerSecond(w, demoted, d);
        } else {
          offerSecond(w, label, d);
        }
        if (touchedAt[w] !== d) {
          touchedAt[w] = d;
          touched.push(w);
        }
      }
    }
    frontierNodes = [];
    frontierLabels = [];
    for (const w of touched) {
      if (firstDistance[w] === d) {
        frontierNodes.push(w);
        frontierLabels.push(first[w]!);
      }
      if (secondDistance[w] === d) {
        frontierNodes.push(w);
        frontierLabels.push(second[w]!);
      }
    }
  }
  return { first, firstDistance, second, secondDistance };
}
