import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/util/int32-pairs.ts
var Int32Pairs = class {
  buffer = new Int32Array(1024);
  /** Number of pairs. */
  length = 0;
  add(first, second) {
    if (this.length * 2 + 2 > this.buffer.length) {
      const bigger = new Int32Array(this.buffer.length * 2);
      bigger.set(this.buffer);
      this.buffer = bigger;
    }
    this.buffer[this.length * 2] = first;
    this.buffer[this.length * 2 + 1] = second;
    this.length++;
  }
  /** The pairs flat, first then second of each: a view of the buffer, not a copy. */
  flat() {
    return this.buffer.subarray(0, this.length * 2);
  }
};

// src/lineage/graph.ts
function buildNameTable(...inventories) {
  const seen = /* @__PURE__ */ new Set();
  for (const models of inventories) {
    for (const model of models) {
      seen.add(model.name);
      for (const name of model.upstream_dependencies ?? []) seen.add(name);
      for (const name of model.downstream_consumers ?? []) seen.add(name);
    }
  }
  const names = [...seen].sort();
  const ids = /* @__PURE__ */ new Map();
  for (let i = 0; i < names.length; i++) ids.set(names[i], i);
  return { names, ids };
}
function compareNames(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
var EdgeList = class extends Int32Pairs {
  /** Maps every endpoint through `ids` (old id → new id). */
  renumber(ids) {
    const buffer = this.buffer;
    for (let i = 0; i < this.length * 2; i++) buffer[i] = ids[buffer[i]];
  }
  from(i) {
    return this.buffer[i * 2];
  }
  to(i) {
    return this.buffer[i * 2 + 1];
  }
};
function unionEdges(models, table, edges = new EdgeList()) {
  const { ids } = table;
  for (const model of models) {
    const self = ids.get(model.name);
    for (const name of model.upstream_dependencies ?? []) edges.add(ids.get(name), self);
    for (const name of model.downstream_consumers ?? []) edges.add(self, ids.get(name));
  }
  return edges;
}
function buildGraph(table, edges) {
  const n = table.names.length;
  const m = edges.length;
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < m; i++) offsets[edges.from(i) + 1]++;
  for (let v = 0; v < n; v++) offsets[v + 1] += offsets[v];
  const cursor = offsets.slice(0, n);
  const sorted = new Int32Array(m);
  for (let i = 0; i < m; i++) sorted[cursor[edges.from(i)]++] = edges.to(i);
  let written = 0;
  let start = 0;
  for (let v = 0; v < n; v++) {
    const end = offsets[v + 1];
    sortRun(sorted, start, end);
    let previous = -1;
    for (let e = start; e < end; e++) {
      const target = sorted[e];
      if (target !== previous) sorted[written++] = target;
      previous = target;
    }
    start = end;
    offsets[v + 1] = written;
  }
  return { table, offsets, targets: sorted.slice(0, written) };
}
function sortRun(values, start, end) {
  if (end - start > 32) {
    values.subarray(start, end).sort();
    return;
  }
  for (let i = start + 1; i < end; i++) {
    const value = values[i];
    let j = i - 1;
    while (j >= start && values[j] > value) {
      values[j + 1] = values[j];
      j--;
    }
    values[j + 1] = value;
  }
}
function unionGraph(a, b) {
  if (b.targets.length === 0) return a;
  const n = a.offsets.length - 1;
  const offsets = new Int32Array(n + 1);
  const targets = new Int32Array(a.targets.length + b.targets.length);
  let written = 0;
  let v = 0;
  while (v < n) {
    let w = v;
    while (w < n && b.offsets[w] === b.offsets[w + 1]) w++;
    const shift = written - a.offsets[v];
    targets.set(a.targets.subarray(a.offsets[v], a.offsets[w]), written);
    for (let u = v; u < w; u++) offsets[u] = a.offsets[u] + shift;
    written += a.offsets[w] - a.offsets[v];
    if (w === n) break;
    offsets[w] = written;
    let i = a.offsets[w];
    let j = b.offsets[w];
    const iEnd = a.offsets[w + 1];
    const jEnd = b.offsets[w + 1];
    while (i < iEnd || j < jEnd) {
      const x = i < iEnd ? a.targets[i] : Infinity;
      const y = j < jEnd ? b.targets[j] : Infinity;
      if (x <= y) i++;
      if (y <= x) j++;
      targets[written++] = Math.min(x, y);
    }
    v = w + 1;
  }
  offsets[n] = written;
  return { table: a.table, offsets, targets: targets.slice(0, written) };
}
function outDegree(graph, v) {
  return graph.offsets[v + 1] - graph.offsets[v];
}
function hasEdge(graph, from, to) {
  let lo = graph.offsets[from];
  let hi = graph.offsets[from + 1] - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    const t = graph.targets[mid];
    if (t === to) return true;
    if (t < to) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
function reverseGraph(graph) {
  const edges = new EdgeList();
  const { offsets, targets } = graph;
  for (let v = 0; v + 1 < offsets.length; v++) {
    for (let e = offsets[v]; e < offsets[v + 1]; e++) edges.add(targets[e], v);
  }
  return buildGraph(graph.table, edges);
}

export {
  Int32Pairs,
  buildNameTable,
  compareNames,
  EdgeList,
  unionEdges,
  buildGraph,
  unionGraph,
  outDegree,
  hasEdge,
  reverseGraph
};
