import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  layerByPath
} from "./chunk-ZPQE6JQE.js";
import {
  compareNames
} from "./chunk-3LNE3NSN.js";

// src/lineage/code-lineage.ts
var DATA_KINDS = /* @__PURE__ */ new Set([
  "model",
  "seed",
  "snapshot",
  "source",
  "exposure"
]);
var CODE_ANCHORING = /* @__PURE__ */ new Set([
  "sql",
  "macro",
  "var",
  "config",
  "contract",
  "seed"
]);
function side(scan) {
  const byId = /* @__PURE__ */ new Map();
  const byName = /* @__PURE__ */ new Map();
  const edges = [];
  const provenance = /* @__PURE__ */ new Map();
  if (!scan) return { byId, byName, edges, provenance };
  for (const node of scan.nodes) {
    byId.set(node.id, node);
    if (DATA_KINDS.has(node.kind) && !byName.has(node.display)) byName.set(node.display, node);
  }
  for (const edge of scan.edges) {
    const from = byId.get(edge.from);
    const to = byId.get(edge.to);
    if (!from || !to || !DATA_KINDS.has(from.kind) || !DATA_KINDS.has(to.kind)) continue;
    const key = `${from.display}\0${to.display}`;
    const known = provenance.get(key);
    if (known) {
      for (const p of edge.provenance) if (!known.includes(p)) known.push(p);
    } else {
      provenance.set(key, [...edge.provenance]);
      edges.push({ from: from.display, to: to.display });
    }
  }
  return { byId, byName, edges, provenance };
}
function codeLineage(input, layers = []) {
  const base = side(input.base);
  const head = side(input.head);
  const layerAt = layerByPath(layers);
  const nodeOf = (name) => head.byName.get(name) ?? base.byName.get(name);
  const layerOf = (name) => {
    const node = nodeOf(name);
    if (!node) return null;
    return (node.path ? layerAt(node.path) : void 0) ?? node.layer ?? null;
  };
  const nodes = /* @__PURE__ */ new Set([...base.byName.keys(), ...head.byName.keys()]);
  const paths = /* @__PURE__ */ new Set();
  for (const s of [base, head])
    for (const node of s.byId.values()) if (node.path && !node.external) paths.add(node.path);
  const changes = [];
  const macros = [];
  const callerIndex = /* @__PURE__ */ new Map();
  const callers = (scan, macro) => {
    let index = callerIndex.get(scan);
    if (!index) callerIndex.set(scan, index = callerIndexOf(scan));
    return callersOf(index, macro);
  };
  for (const change of input.changes) {
    const node = head.byId.get(change.node) ?? base.byId.get(change.node);
    if (!node || node.external) continue;
    if (node.kind === "macro") {
      macros.push({
        macro: node.display,
        kind: change.kind,
        reasons: change.reasons,
        callers: callers(change.kind === "removed" ? input.base : input.head, node.id),
        path: node.path
      });
      continue;
    }
    if (!DATA_KINDS.has(node.kind)) continue;
    const anchors = change.kind !== "moved" && change.anchors;
    changes.push({
      model: node.display,
      kind: change.kind,
      layer: layerOf(node.display) ?? node.kind,
      reasons: change.reasons,
      metadataOnly: !anchors,
      fields: /* @__PURE__ */ Object.create(null),
      ...change.macros && { macros: change.macros },
      ...change.vars && { vars: change.vars }
    });
  }
  changes.sort((a, b) => compareNames(a.model, b.model));
  macros.sort((a, b) => compareNames(a.macro, b.macro));
  return {
    nodes: [...nodes].sort(compareNames),
    baseEdges: base.edges,
    headEdges: head.edges,
    changes,
    macros,
    paths,
    provenance: (from, to) => head.provenance.get(`${from}\0${to}`),
    layerOf,
    pathOf: (name) => nodeOf(name)?.path || void 0,
    basePathOf: (name) => base.byName.get(name)?.path || void 0,
    head: input.head,
    base: input.base
  };
}
function callerIndexOf(scan) {
  const callers = /* @__PURE__ */ new Map();
  const kinds = /* @__PURE__ */ new Map();
  for (const node of scan.nodes) {
    kinds.set(node.id, node.kind);
    for (const called of node.macros) {
      const list = callers.get(called);
      if (list) list.push(node.id);
      else callers.set(called, [node.id]);
    }
  }
  return { callers, kinds };
}
function callersOf({ callers, kinds }, macro) {
  const seen = /* @__PURE__ */ new Set([macro]);
  const stack = [macro];
  let count = 0;
  while (stack.length > 0) {
    const id = stack.pop();
    for (const caller of callers.get(id) ?? []) {
      if (seen.has(caller)) continue;
      seen.add(caller);
      if (kinds.get(caller) === "macro") stack.push(caller);
      else count++;
    }
  }
  return count;
}
function mergeChanges(inventory, code) {
  const byName = /* @__PURE__ */ new Map();
  for (const change of inventory) byName.set(change.model, change);
  for (const change of code) {
    const known = byName.get(change.model);
    if (!known) {
      byName.set(change.model, change);
      continue;
    }
    const reasons = [.../* @__PURE__ */ new Set([...change.reasons, ...known.reasons])];
    byName.set(change.model, {
      ...known,
      ...known.kind === "moved" && change.kind === "modified" && { kind: "modified" },
      reasons,
      metadataOnly: known.metadataOnly && change.metadataOnly,
      ...change.macros && { macros: change.macros },
      ...change.vars && { vars: change.vars }
    });
  }
  return [...byName.values()].sort((a, b) => compareNames(a.model, b.model));
}

export {
  DATA_KINDS,
  CODE_ANCHORING,
  codeLineage,
  mergeChanges
};
