import type { Change } from '../../diff/changes.js';
import type { ImpactedModel } from '../../impact/radius.js';
import { fmt } from './context.js';
import {
  flowchart,
  withinMermaidLimits,
  type ClassName,
  type FlowEdge,
  type FlowGraph,
  type FlowNode,
} from './mermaid.js';

// The picture of a blast radius is the tree of shortest paths the engine reports (each
// impacted model hangs off the previous step of its path), drawn at one of several levels of
// detail. Every level is the same tree with some nodes merged into groups, so a coarser picture
// never shows an edge the finer one would not.

export const KIND_ICON = { added: '➕', removed: '➖', modified: '✏️', moved: '🚚' } as const;

/** Beyond this many layers, the smallest are merged into one group. */
const MAX_LAYER_GROUPS = 10;
/** Attribution models drawn one by one, when there are no more than this. */
const MAX_ATTRIBUTION_NODES = 24;
const OTHER_LAYERS = 'other layers';
/** Larger than any node count a drawn picture can have. */
const EDGE_KEY = 1 << 20;

export interface Readable {
  readonly nodes: number;
  readonly edges: number;
}

export interface LineagePicture {
  /** What the picture shows, for the legend. */
  readonly detail: 'models' | 'attribution' | 'changes' | 'layers-attribution' | 'layers';
  readonly source: string;
  readonly nodes: number;
  readonly edges: number;
}

type Anchor = Pick<Change, 'model' | 'kind' | 'layer'>;

interface Grouping {
  readonly detail: LineagePicture['detail'];
  anchor(change: Anchor): string;
  impacted(model: ImpactedModel, root: string): string;
}

/**
 * The pictures worth offering, finest first: only those within `readable` (the coarsest is kept
 * whatever its size, as long as mermaid accepts it). Empty when nothing anchors a radius.
 */
export function lineagePictures(
  anchors: readonly Anchor[],
  impacted: readonly ImpactedModel[],
  attribution: ReadonlySet<string>,
  readable: Readable,
): LineagePicture[] {
  if (anchors.length === 0) return [];
  const isAttribution = (layer: string | null) => layer !== null && attribution.has(layer);
  const attributionCount = impacted.filter((m) => isAttribution(m.layer)).length;
  const layerOf = (m: ImpactedModel) => m.layer ?? 'external';
  const topChanged = topLayers(anchors.map((a) => a.layer));
  const topImpacted = topLayers(impacted.map(layerOf));

  const groupings: Grouping[] = [];
  if (anchors.length + impacted.length <= readable.nodes) {
    groupings.push({
      detail: 'models',
      anchor: (a) => `a\0${a.model}`,
      impacted: (m) => `m\0${m.model}`,
    });
  }
  if (attributionCount > 0 && attributionCount <= MAX_ATTRIBUTION_NODES) {
    groupings.push({
      detail: 'attribution',
      anchor: (a) => `a\0${a.model}`,
      impacted: (m, root) =>
        isAttribution(m.layer) ? `m\0${m.model}` : `g\0${root}\0${layerOf(m)}`,
    });
  }
  if (anchors.length <= readable.nodes) {
    groupings.push({
      detail: 'changes',
      anchor: (a) => `a\0${a.model}`,
      impacted: (m, root) => `g\0${root}\0${layerOf(m)}`,
    });
  }
  const changedGroup = (a: Anchor) => `c\0${topChanged.has(a.layer) ? a.layer : OTHER_LAYERS}`;
  // One key string per layer, not per model.
  const layerKeys = new Map<string | null, string>();
  const impactedGroup = (m: ImpactedModel) => {
    let key = layerKeys.get(m.layer);
    if (key === undefined) {
      const layer = layerOf(m);
      key = `l\0${topImpacted.has(layer) ? layer : OTHER_LAYERS}`;
      layerKeys.set(m.layer, key);
    }
    return key;
  };
  if (attributionCount > 0 && attributionCount <= MAX_ATTRIBUTION_NODES) {
    groupings.push({
      detail: 'layers-attribution',
      anchor: changedGroup,
      impacted: (m) => (isAttribution(m.layer) ? `m\0${m.model}` : impactedGroup(m)),
    });
  }
  groupings.push({
    detail: 'layers',
    anchor: changedGroup,
    impacted: impactedGroup,
  });

  const pictures: LineagePicture[] = [];
  for (let g = 0; g < groupings.length; g++) {
    const coarsest = g === groupings.length - 1;
    const limits = coarsest ? { nodes: Infinity, edges: Infinity } : readable;
    const graph = quotient(groupings[g]!, anchors, impacted, isAttribution, limits, coarsest);
    if (!graph) continue;
    // A finer picture with as many boxes says the same with real names.
    const previous = pictures[pictures.length - 1];
    if (previous && previous.nodes === graph.nodes.length && previous.edges === graph.edges.length)
      continue;
    const source = flowchart(graph);
    if (!withinMermaidLimits(source, graph.edges.length)) continue;
    pictures.push({
      detail: groupings[g]!.detail,
      source,
      nodes: graph.nodes.length,
      edges: graph.edges.length,
    });
  }
  return pictures;
}

/** The tree with nodes merged by key; undefined as soon as it grows past `limits`. */
function quotient(
  grouping: Grouping,
  anchors: readonly Anchor[],
  impacted: readonly ImpactedModel[],
  isAttribution: (layer: string | null) => boolean,
  limits: Readable,
  labelEdges: boolean,
): FlowGraph | undefined {
  interface Box {
    readonly index: number;
    members: number;
    readonly first: string;
    readonly layer: string;
    readonly changed: Anchor['kind'] | null;
    readonly external: boolean;
  }
  const boxes = new Map<string, Box>();
  const boxOf = new Map<string, Box>();
  // Edges keyed by a number: one string per impacted model would be most of the cost at 100k.
  const edgeCount = new Map<number, number>();
  const edgeOrder: [number, number][] = [];

  const box = (
    key: string,
    first: string,
    layer: string,
    changed: Box['changed'],
    external: boolean,
  ): Box => {
    let b = boxes.get(key);
    if (!b) {
      // A group takes the layer in its key; "other layers" is no attribution layer.
      const shown = key[0] === 'a' || key[0] === 'm' ? layer : key.slice(key.lastIndexOf('\0') + 1);
      b = { index: boxes.size, members: 0, first, layer: shown, changed, external };
      boxes.set(key, b);
    }
    b.members++;
    return b;
  };

  for (const anchor of anchors) {
    const b = box(grouping.anchor(anchor), anchor.model, anchor.layer, anchor.kind, false);
    boxOf.set(anchor.model, b);
  }
  for (const model of impacted) {
    const key = grouping.impacted(model, model.path[0]!);
    const b = box(key, model.model, model.layer ?? 'external', null, model.external);
    // Impacted names are unique and never changed models.
    boxOf.set(model.model, b);
    // The nearest earlier step that is drawn: a metadata-only change on the path is not.
    let parent: Box | undefined;
    for (let k = model.path.length - 2; k >= 0 && parent === undefined; k--)
      parent = boxOf.get(model.path[k]!);
    if (parent === undefined || parent === b) continue;
    const edge = parent.index * EDGE_KEY + b.index;
    const seen = edgeCount.get(edge);
    if (seen === undefined) edgeOrder.push([parent.index, b.index]);
    edgeCount.set(edge, (seen ?? 0) + 1);
    if (boxes.size > limits.nodes || edgeOrder.length > limits.edges) return undefined;
  }
  if (boxes.size > limits.nodes) return undefined;

  const nodes: FlowNode[] = [];
  for (const b of boxes.values()) {
    const attribution = isAttribution(b.layer) && b.layer !== 'external';
    let label: string;
    let cls: ClassName;
    if (b.changed !== null) {
      label =
        b.members === 1
          ? `${KIND_ICON[b.changed]} ${b.first}`
          : `${fmt(b.members)} changed ${b.layer} models`;
      cls = b.members === 1 && b.changed !== 'moved' ? b.changed : 'changed';
    } else {
      label = b.members === 1 ? b.first : `${fmt(b.members)} ${b.layer} models`;
      cls = b.external ? 'external' : 'impacted';
    }
    nodes[b.index] = { label, cls: attribution ? (`${cls}Attr` as ClassName) : cls };
  }
  const edges: FlowEdge[] = edgeOrder.map(([from, to]) => {
    const count = edgeCount.get(from * EDGE_KEY + to)!;
    return labelEdges && count > 1 ? { from, to, label: fmt(count) } : { from, to };
  });
  return { nodes, edges };
}

/** The most common layers, at most MAX_LAYER_GROUPS of them. */
function topLayers(layers: readonly string[]): ReadonlySet<string> {
  const counts = new Map<string, number>();
  for (const layer of layers) counts.set(layer, (counts.get(layer) ?? 0) + 1);
  if (counts.size <= MAX_LAYER_GROUPS + 1) return new Set(counts.keys());
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return new Set(ranked.slice(0, MAX_LAYER_GROUPS).map(([layer]) => layer));
}
