import { clip, neutralise } from './sanitize.js';

/** Mermaid refuses diagrams over these (its maxTextSize and maxEdges defaults). */
export const MERMAID_MAX_TEXT = 50_000;
export const MERMAID_MAX_EDGES = 500;

const LABEL_MAX = 60;

export interface FlowNode {
  readonly label: string;
  /** A key of CLASS_DEFS. */
  readonly cls: ClassName;
}

export interface FlowEdge {
  /** Indexes into the node list. */
  readonly from: number;
  readonly to: number;
  readonly label?: string;
  /** Drawn red and dashed: an edge against the layer order. */
  readonly violation?: boolean;
  /** Drawn dotted: not one edge but "reached through" (to a count of models not drawn). */
  readonly dotted?: boolean;
}

export interface FlowGraph {
  readonly nodes: readonly FlowNode[];
  readonly edges: readonly FlowEdge[];
}

// Fills work on GitHub's light and dark themes because each sets its own text colour.
const ATTRIBUTION_STROKE = 'stroke:#ea580c,stroke-width:3px';
export const CLASS_DEFS = {
  added: 'fill:#dcfce7,stroke:#16a34a,color:#14532d',
  removed: 'fill:#fee2e2,stroke:#dc2626,color:#7f1d1d,stroke-dasharray:4 3',
  modified: 'fill:#fef9c3,stroke:#ca8a04,color:#713f12',
  changed: 'fill:#fef9c3,stroke:#ca8a04,color:#713f12',
  impacted: 'fill:#f1f5f9,stroke:#94a3b8,color:#0f172a',
  external: 'fill:#ffffff,stroke:#94a3b8,color:#475569,stroke-dasharray:2 2',
  layer: 'fill:#f1f5f9,stroke:#64748b,color:#0f172a',
  addedAttr: `fill:#dcfce7,color:#14532d,${ATTRIBUTION_STROKE}`,
  removedAttr: `fill:#fee2e2,color:#7f1d1d,${ATTRIBUTION_STROKE},stroke-dasharray:4 3`,
  modifiedAttr: `fill:#fef9c3,color:#713f12,${ATTRIBUTION_STROKE}`,
  changedAttr: `fill:#fef9c3,color:#713f12,${ATTRIBUTION_STROKE}`,
  impactedAttr: `fill:#ffedd5,color:#431407,${ATTRIBUTION_STROKE}`,
  externalAttr: `fill:#ffffff,color:#475569,${ATTRIBUTION_STROKE}`,
  layerAttr: `fill:#ffedd5,color:#431407,${ATTRIBUTION_STROKE}`,
} as const;
export type ClassName = keyof typeof CLASS_DEFS;

const VIOLATION_STYLE = 'stroke:#dc2626,stroke-width:2px,stroke-dasharray:5 3';

/**
 * A node label for a quoted mermaid string. Quotes and `#` would end the string or start an
 * entity, `%%` starts a directive even inside quotes, angle brackets could become markup once
 * mermaid decodes the label, and `$$` starts KaTeX math: they are replaced, so no inventory text
 * can add a node, an edge, a click handler, an element or a formula.
 */
export function mermaidLabel(value: string): string {
  return (
    neutralise(clip(value, LABEL_MAX))
      .replace(/#/g, '#35;')
      .replace(/%/g, '#37;')
      .replace(/"/g, '#quot;')
      .replace(/&/g, '#38;')
      .replace(/`/g, '#96;')
      // Mermaid typesets `$$…$$` with KaTeX: a name could draw its own coloured verdict.
      .replace(/\$/g, '\uff04')
      .replace(/</g, '‹')
      .replace(/>/g, '›')
  );
}

/** A flowchart with generated node ids (n1, n2, …): names never become syntax. */
export function flowchart(
  graph: FlowGraph,
  direction: 'LR' | 'TD' = 'LR',
  spacing?: { readonly node: number; readonly rank: number },
): string {
  const lines = [`flowchart ${direction}`];
  // Our own numbers only: a directive sets the layout, never text from the inventory.
  if (spacing)
    lines.unshift(
      `%%{init: {"flowchart": {"nodeSpacing": ${Math.round(spacing.node)}, "rankSpacing": ${Math.round(spacing.rank)}, "wrappingWidth": 400}}}%%`,
    );
  graph.nodes.forEach((node, i) => lines.push(`  n${i + 1}["${mermaidLabel(node.label)}"]`));
  const violations: number[] = [];
  graph.edges.forEach((edge, i) => {
    const label = edge.label === undefined ? '' : `|"${mermaidLabel(edge.label)}"|`;
    lines.push(`  n${edge.from + 1} ${edge.dotted ? '-.->' : '-->'}${label} n${edge.to + 1}`);
    if (edge.violation) violations.push(i);
  });
  const byClass = new Map<ClassName, number[]>();
  graph.nodes.forEach((node, i) => {
    const members = byClass.get(node.cls) ?? [];
    members.push(i + 1);
    byClass.set(node.cls, members);
  });
  for (const cls of Object.keys(CLASS_DEFS) as ClassName[]) {
    const members = byClass.get(cls);
    if (!members) continue;
    lines.push(`  classDef ${cls} ${CLASS_DEFS[cls]}`);
    lines.push(`  class ${members.map((i) => `n${i}`).join(',')} ${cls}`);
  }
  if (violations.length > 0) lines.push(`  linkStyle ${violations.join(',')} ${VIOLATION_STYLE}`);
  return lines.join('\n');
}

/** Whether mermaid will draw it at all. */
export function withinMermaidLimits(source: string, edges: number): boolean {
  return source.length <= MERMAID_MAX_TEXT && edges <= MERMAID_MAX_EDGES;
}
