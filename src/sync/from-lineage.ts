import type { CodeLineageView, CodeModel } from './types.js';

/** The lineage graph as `blast-radius lineage --format json` documents it (DESIGN.md, CLI). */
export interface LineageGraphLike {
  readonly nodes: readonly {
    readonly name: string;
    readonly kind: string;
    readonly path?: string | null;
    readonly layer?: string | null;
    readonly description?: string | null;
  }[];
  readonly edges: readonly {
    readonly from: string;
    readonly to: string;
    readonly provenance: readonly string[];
  }[];
}

/** Provenances that come from reading the code (not `inventory`; `manifest` on request). */
export const CODE_PROVENANCE = ['sql', 'jinja', 'macro', 'linked-source'] as const;

/**
 * A CodeLineageView from the lineage graph: the `model` nodes (with a path), each with the
 * non-macro nodes it reads and the nodes that read it, counting only edges some code
 * provenance proves (an edge only the inventory gives is not the code's). `files` is passed on.
 */
export function codeViewFromLineage(
  graph: LineageGraphLike,
  options: { files?: readonly string[]; provenance?: readonly string[] } = {},
): CodeLineageView {
  const proving = new Set<string>(options.provenance ?? CODE_PROVENANCE);
  const kind = new Map(graph.nodes.map((n) => [n.name, n.kind]));
  const up = new Map<string, string[]>();
  const down = new Map<string, string[]>();
  for (const edge of graph.edges) {
    if (!edge.provenance.some((p) => proving.has(p))) continue;
    if (kind.get(edge.from) === 'macro' || kind.get(edge.to) === 'macro') continue;
    (up.get(edge.to) ?? up.set(edge.to, []).get(edge.to)!).push(edge.from);
    (down.get(edge.from) ?? down.set(edge.from, []).get(edge.from)!).push(edge.to);
  }
  const models: CodeModel[] = [];
  for (const node of graph.nodes) {
    if (node.kind !== 'model' || !node.path) continue;
    models.push({
      name: node.name,
      path: node.path,
      upstream: up.get(node.name) ?? [],
      downstream: down.get(node.name) ?? [],
      ...(node.description ? { description: node.description } : {}),
      ...(node.layer ? { layer: node.layer } : {}),
    });
  }
  return options.files ? { models, files: options.files } : { models };
}
