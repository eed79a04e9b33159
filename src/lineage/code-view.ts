/**
 * The scan of a commit as inventory drift and sync read it (src/sync): one entry per model the
 * code defines, its inputs and consumers by the names reports print, its layer from `layers:` or
 * `meta.layer`, and every file of the tree (an entry whose `path` is none of them is gone).
 */
import { layerByPath } from '../util/layers.js';
import type { CodeNode, NodeId, ProjectScan } from '../project/types.js';
import type { CodeLineageView, CodeModel } from '../sync/types.js';
import type { LayerRule } from './code-lineage.js';

/** What an inventory lists as dependencies: data nodes, not macros or exposures. */
const LISTED_KINDS: ReadonlySet<string> = new Set(['model', 'seed', 'snapshot', 'source']);

export function codeView(
  scan: ProjectScan | null,
  layers: readonly LayerRule[] = [],
): CodeLineageView {
  if (!scan) return { models: [], files: [] };
  const byId = new Map<NodeId, CodeNode>(scan.nodes.map((node) => [node.id, node]));
  const upstream = new Map<NodeId, Set<string>>();
  const downstream = new Map<NodeId, Set<string>>();
  const add = (map: Map<NodeId, Set<string>>, id: NodeId, name: string) => {
    let set = map.get(id);
    if (!set) map.set(id, (set = new Set()));
    set.add(name);
  };
  for (const edge of scan.edges) {
    const from = byId.get(edge.from);
    const to = byId.get(edge.to);
    if (!from || !to || !LISTED_KINDS.has(from.kind) || !LISTED_KINDS.has(to.kind)) continue;
    add(upstream, to.id, from.display);
    add(downstream, from.id, to.display);
  }
  const layerAt = layerByPath(layers);
  const models: CodeModel[] = [];
  for (const node of scan.nodes) {
    if (node.kind !== 'model' || node.external) continue;
    const layer = layerAt(node.path) ?? node.layer;
    models.push({
      name: node.display,
      path: node.path,
      upstream: [...(upstream.get(node.id) ?? [])].sort(),
      downstream: [...(downstream.get(node.id) ?? [])].sort(),
      ...(node.description !== undefined && { description: node.description }),
      ...(layer !== undefined && { layer }),
    });
  }
  return { models, files: scan.files };
}
