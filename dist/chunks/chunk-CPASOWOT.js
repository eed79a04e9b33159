import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  clip,
  neutralise
} from "./chunk-AOXLXETT.js";

// src/render/markdown/mermaid.ts
var MERMAID_MAX_TEXT = 5e4;
var MERMAID_MAX_EDGES = 500;
var LABEL_MAX = 60;
var ATTRIBUTION_STROKE = "stroke:#ea580c,stroke-width:3px";
var CLASS_DEFS = {
  added: "fill:#dcfce7,stroke:#16a34a,color:#14532d",
  removed: "fill:#fee2e2,stroke:#dc2626,color:#7f1d1d,stroke-dasharray:4 3",
  modified: "fill:#fef9c3,stroke:#ca8a04,color:#713f12",
  changed: "fill:#fef9c3,stroke:#ca8a04,color:#713f12",
  impacted: "fill:#f1f5f9,stroke:#94a3b8,color:#0f172a",
  external: "fill:#ffffff,stroke:#94a3b8,color:#475569,stroke-dasharray:2 2",
  layer: "fill:#f1f5f9,stroke:#64748b,color:#0f172a",
  addedAttr: `fill:#dcfce7,color:#14532d,${ATTRIBUTION_STROKE}`,
  removedAttr: `fill:#fee2e2,color:#7f1d1d,${ATTRIBUTION_STROKE},stroke-dasharray:4 3`,
  modifiedAttr: `fill:#fef9c3,color:#713f12,${ATTRIBUTION_STROKE}`,
  changedAttr: `fill:#fef9c3,color:#713f12,${ATTRIBUTION_STROKE}`,
  impactedAttr: `fill:#ffedd5,color:#431407,${ATTRIBUTION_STROKE}`,
  externalAttr: `fill:#ffffff,color:#475569,${ATTRIBUTION_STROKE}`,
  layerAttr: `fill:#ffedd5,color:#431407,${ATTRIBUTION_STROKE}`
};
var VIOLATION_STYLE = "stroke:#dc2626,stroke-width:2px,stroke-dasharray:5 3";
function mermaidLabel(value) {
  return neutralise(clip(value, LABEL_MAX)).replace(/#/g, "#35;").replace(/%/g, "#37;").replace(/"/g, "#quot;").replace(/&/g, "#38;").replace(/`/g, "#96;").replace(/\$/g, "＄").replace(/</g, "‹").replace(/>/g, "›");
}
function flowchart(graph, direction = "LR", spacing) {
  const lines = [`flowchart ${direction}`];
  if (spacing)
    lines.unshift(
      `%%{init: {"flowchart": {"nodeSpacing": ${Math.round(spacing.node)}, "rankSpacing": ${Math.round(spacing.rank)}, "wrappingWidth": 400}}}%%`
    );
  graph.nodes.forEach((node, i) => lines.push(`  n${i + 1}["${mermaidLabel(node.label)}"]`));
  const violations = [];
  graph.edges.forEach((edge, i) => {
    const label = edge.label === void 0 ? "" : `|"${mermaidLabel(edge.label)}"|`;
    lines.push(`  n${edge.from + 1} ${edge.dotted ? "-.->" : "-->"}${label} n${edge.to + 1}`);
    if (edge.violation) violations.push(i);
  });
  const byClass = /* @__PURE__ */ new Map();
  graph.nodes.forEach((node, i) => {
    const members = byClass.get(node.cls) ?? [];
    members.push(i + 1);
    byClass.set(node.cls, members);
  });
  for (const cls of Object.keys(CLASS_DEFS)) {
    const members = byClass.get(cls);
    if (!members) continue;
    lines.push(`  classDef ${cls} ${CLASS_DEFS[cls]}`);
    lines.push(`  class ${members.map((i) => `n${i}`).join(",")} ${cls}`);
  }
  if (violations.length > 0) lines.push(`  linkStyle ${violations.join(",")} ${VIOLATION_STYLE}`);
  return lines.join("\n");
}
function withinMermaidLimits(source, edges) {
  return source.length <= MERMAID_MAX_TEXT && edges <= MERMAID_MAX_EDGES;
}

export {
  flowchart,
  withinMermaidLimits
};
