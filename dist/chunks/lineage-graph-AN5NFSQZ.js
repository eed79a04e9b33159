import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  flowchart
} from "./chunk-CPASOWOT.js";
import "./chunk-AOXLXETT.js";
import {
  LINEAGE_MERMAID_NODES
} from "./chunk-O2V5VQC6.js";
import {
  neutralizeControls
} from "./chunk-6UJO2GYM.js";
import "./chunk-HDHW62PR.js";
import {
  DATA_KINDS,
  codeLineage
} from "./chunk-EQVOFDNJ.js";
import "./chunk-ZPQE6JQE.js";
import {
  compareNames
} from "./chunk-3LNE3NSN.js";
import "./chunk-PY5VAGIZ.js";

// src/cli/lineage-graph.ts
function lineageGraph(input) {
  const { scan, models } = input;
  const nodes = /* @__PURE__ */ new Map();
  const edges = /* @__PURE__ */ new Map();
  const addEdge = (from, to, provenance) => {
    const key = `${from}\0${to}`;
    let edge = edges.get(key);
    if (!edge) edges.set(key, edge = { from, to, provenance: /* @__PURE__ */ new Set() });
    for (const p of provenance) edge.provenance.add(p);
  };
  const code = scan ? codeLineage({ base: null, head: scan, changes: [] }, input.layers) : null;
  const codeNodes = /* @__PURE__ */ new Map();
  for (const node of scan?.nodes ?? [])
    if (DATA_KINDS.has(node.kind) && !codeNodes.has(node.display))
      codeNodes.set(node.display, node);
  for (const model of models ?? []) {
    const node = codeNodes.get(model.name);
    nodes.set(model.name, {
      name: model.name,
      kind: node?.kind ?? "model",
      project: node && !node.external ? node.project : null,
      path: model.path,
      layer: model.layer
    });
  }
  for (const [name, node] of codeNodes) {
    if (nodes.has(name)) continue;
    nodes.set(name, {
      name,
      kind: node.kind,
      project: node.external ? null : node.project,
      path: node.external || !node.path ? null : node.path,
      layer: code.layerOf(name),
      ...node.external && { external: true }
    });
  }
  for (const model of models ?? []) {
    for (const up of model.upstream_dependencies ?? []) addEdge(up, model.name, ["inventory"]);
    for (const down of model.downstream_consumers ?? []) addEdge(model.name, down, ["inventory"]);
  }
  for (const edge of code?.headEdges ?? [])
    addEdge(edge.from, edge.to, code.provenance(edge.from, edge.to) ?? []);
  for (const edge of edges.values()) {
    for (const name of [edge.from, edge.to]) {
      if (!nodes.has(name))
        nodes.set(name, {
          name,
          kind: "model",
          project: null,
          path: null,
          layer: null,
          external: true
        });
    }
  }
  const sources = [];
  if (models) sources.push("inventory");
  if (scan) sources.push("code");
  return {
    schemaVersion: 1,
    mode: "lineage",
    ref: input.ref,
    sources,
    projects: (scan?.projects ?? []).map((p) => ({ name: p.name, root: p.root, file: p.file })).sort((a, b) => compareNames(a.name, b.name) || compareNames(a.file, b.file)),
    nodes: [...nodes.values()].sort(
      (a, b) => compareNames(a.name, b.name) || compareNames(a.kind, b.kind)
    ),
    edges: [...edges.values()].map((edge) => ({
      from: edge.from,
      to: edge.to,
      provenance: [...edge.provenance].sort(compareNames)
    })).sort((a, b) => compareNames(a.from, b.from) || compareNames(a.to, b.to)),
    unresolved: (scan?.problems ?? []).map((p) => ({ rule: p.rule, file: p.file, line: p.line, message: p.message })).sort(
      (a, b) => compareNames(a.file, b.file) || a.line - b.line || compareNames(a.rule, b.rule)
    )
  };
}
var MERMAID_NODES = LINEAGE_MERMAID_NODES;
function lineageMermaid(graph, limit = MERMAID_NODES) {
  const degree = /* @__PURE__ */ new Map();
  for (const edge of graph.edges) {
    degree.set(edge.from, (degree.get(edge.from) ?? 0) + 1);
    degree.set(edge.to, (degree.get(edge.to) ?? 0) + 1);
  }
  const chosen = [...graph.nodes].sort(
    (a, b) => (degree.get(b.name) ?? 0) - (degree.get(a.name) ?? 0) || compareNames(a.name, b.name)
  ).slice(0, limit).sort((a, b) => compareNames(a.name, b.name));
  const index = new Map(chosen.map((node, i) => [node.name, i]));
  const flowNodes = chosen.map((node) => ({ label: node.name, cls: classOf(node) }));
  const flowEdges = [];
  let edgesLeft = 0;
  for (const edge of graph.edges) {
    const from = index.get(edge.from);
    const to = index.get(edge.to);
    if (from === void 0 || to === void 0 || flowEdges.length >= 500) {
      edgesLeft++;
      continue;
    }
    flowEdges.push({ from, to });
  }
  const nodesLeft = graph.nodes.length - chosen.length;
  const source = flowchart({ nodes: flowNodes, edges: flowEdges });
  const note = nodesLeft > 0 || edgesLeft > 0 ? `
%% ${nodesLeft} nodes and ${edgesLeft} edges not drawn (at most ${limit} nodes): --format json lists all` : "";
  return `${source}${note}
`;
}
function classOf(node) {
  if (node.external) return "external";
  return node.kind === "model" || node.kind === "snapshot" ? "impacted" : "layer";
}
var TEXT_EDGES = 500;
var TEXT_UNRESOLVED = 50;
function lineageText(graph) {
  const clean = (value) => neutralizeControls(value);
  const out = [
    `dbt blast radius — lineage at ${clean(graph.ref)}`,
    `Lineage sources: ${graph.sources.length > 0 ? graph.sources.join(" + ") : "none"}`
  ];
  if (graph.projects.length > 0)
    out.push(
      `Projects (${graph.projects.length}): ${graph.projects.map((p) => `${clean(p.name)} (${clean(p.file)})`).join(", ")}`
    );
  const byKind = /* @__PURE__ */ new Map();
  for (const node of graph.nodes) byKind.set(node.kind, (byKind.get(node.kind) ?? 0) + 1);
  const codeOnly = graph.edges.filter((e) => !e.provenance.includes("inventory")).length;
  out.push(
    `${graph.nodes.length} nodes (${[...byKind].map(([k, n]) => `${n} ${k}`).join(", ")}), ${graph.edges.length} edges` + (graph.sources.includes("inventory") && graph.sources.includes("code") ? `, ${codeOnly} not in the inventory` : ""),
    "",
    "Edges (producer → consumer [what proves it]):"
  );
  for (const edge of graph.edges.slice(0, TEXT_EDGES))
    out.push(`  ${clean(edge.from)} → ${clean(edge.to)} [${edge.provenance.join(", ")}]`);
  if (graph.edges.length > TEXT_EDGES)
    out.push(`  … and ${graph.edges.length - TEXT_EDGES} more (--format json lists all)`);
  if (graph.edges.length === 0) out.push("  (none)");
  out.push("", `Unresolved references (${graph.unresolved.length}):`);
  for (const problem of graph.unresolved.slice(0, TEXT_UNRESOLVED))
    out.push(
      `  ${problem.rule}: ${clean(problem.message).slice(0, 300)} (${clean(problem.file)}:${problem.line})`
    );
  if (graph.unresolved.length > TEXT_UNRESOLVED)
    out.push(`  … and ${graph.unresolved.length - TEXT_UNRESOLVED} more (--format json lists all)`);
  return out.join("\n") + "\n";
}
export {
  MERMAID_NODES,
  lineageGraph,
  lineageMermaid,
  lineageText
};
