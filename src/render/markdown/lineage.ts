import type { Change, ModelSet } from '../../diff/changes.js';
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
// impacted model hangs off the previous step of its path), plus the edges of the head lineage
// between a drawn model and a changed model (a change reached by another), drawn at one of
// several levels of detail. Every level is the same graph with some nodes merged into groups:
// - every arrow stands for real edges between members (a step the picture does not draw is
//   drawn, or the arrow is left out: never skipped over);
// - groups are keyed by ids, never by names, so the work stays linear whatever the names;
// - an arrow between groups that would close a cycle the models do not have is left out (and
//   counted): groups are ranked by the earliest of their members, and arrows only go forward.

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
  /** Arrows between groups left out because they would have drawn a cycle. */
  readonly omitted: number;
}

type Anchor = Pick<Change, 'model' | 'kind' | 'layer'>;

/** A box's key (ids and layer numbers only) and the layer it shows. */
interface Key {
  readonly key: string;
  readonly layer: string;
}

interface Grouping {
  readonly detail: LineagePicture['detail'];
  /** `index` numbers the changes drawn, anchors first. */
  anchor(change: Anchor, index: number): Key;
  /** `root` is the index of the change the model's path starts from (-1 when unknown). */
  impacted(model: ImpactedModel, root: number): Key;
}

/** What the picture may draw besides the radius. */
export interface Surroundings {
  /** Changes that anchor no radius (metadata only) but may lie on a path: drawn when they do. */
  readonly passive?: readonly Anchor[];
  /** The head inventory: its edges into changed models are drawn between drawn models. */
  readonly head?: ModelSet;
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
  surroundings: Surroundings = {},
): LineagePicture[] {
  if (anchors.length === 0) return [];
  const fine = fineGraph(anchors, impacted, surroundings);
  const isAttribution = (layer: string | null) => layer !== null && attribution.has(layer);
  const attributionCount = impacted.filter((m) => isAttribution(m.layer)).length;
  const layerOf = (m: ImpactedModel) => m.layer ?? 'external';
  const topChanged = topLayers(fine.changes.map((a) => a.layer));
  const topImpacted = topLayers(impacted.map(layerOf));

  // Layers are numbered: a key holds numbers only, however long the names.
  const layerIds = new Map<string, number>();
  const layerId = (layer: string) => {
    let id = layerIds.get(layer);
    if (id === undefined) layerIds.set(layer, (id = layerIds.size));
    return id;
  };
  const one = (prefix: string, index: number, layer: string): Key => ({
    key: `${prefix}${index}`,
    layer,
  });
  const perChange = (m: ImpactedModel, root: number): Key => {
    const layer = layerOf(m);
    return { key: `g${root}:${layerId(layer)}`, layer };
  };

  const groupings: Grouping[] = [];
  if (fine.changes.length + impacted.length <= readable.nodes) {
    groupings.push({
      detail: 'models',
      anchor: (a, i) => one('a', i, a.layer),
      impacted: (m) => one('m', fine.impactedIndex(m), layerOf(m)),
    });
  }
  if (attributionCount > 0 && attributionCount <= MAX_ATTRIBUTION_NODES) {
    groupings.push({
      detail: 'attribution',
      anchor: (a, i) => one('a', i, a.layer),
      impacted: (m, root) =>
        isAttribution(m.layer) ? one('m', fine.impactedIndex(m), layerOf(m)) : perChange(m, root),
    });
  }
  if (fine.changes.length <= readable.nodes) {
    groupings.push({
      detail: 'changes',
      anchor: (a, i) => one('a', i, a.layer),
      impacted: perChange,
    });
  }
  const changedGroup = (a: Anchor): Key => {
    const layer = topChanged.has(a.layer) ? a.layer : OTHER_LAYERS;
    return { key: `c${layer === OTHER_LAYERS ? '*' : layerId(layer)}`, layer };
  };
  // One key per layer, not per model.
  const layerKeys = new Map<string | null, Key>();
  const impactedGroup = (m: ImpactedModel): Key => {
    let key = layerKeys.get(m.layer);
    if (key === undefined) {
      const layer = topImpacted.has(layerOf(m)) ? layerOf(m) : OTHER_LAYERS;
      key = { key: `l${layer === OTHER_LAYERS ? '*' : layerId(layer)}`, layer };
      layerKeys.set(m.layer, key);
    }
    return key;
  };
  if (attributionCount > 0 && attributionCount <= MAX_ATTRIBUTION_NODES) {
    groupings.push({
      detail: 'layers-attribution',
      anchor: changedGroup,
      impacted: (m) =>
        isAttribution(m.layer) ? one('m', fine.impactedIndex(m), layerOf(m)) : impactedGroup(m),
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
    const graph = quotient(groupings[g]!, fine, impacted, isAttribution, limits, coarsest);
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
      omitted: graph.omitted,
    });
  }
  return pictures;
}

/**
 * The graph before grouping: nodes are the changes drawn (anchors, then passive changes on a
 * path) and the impacted models, numbered in that order; every edge is an edge of the head
 * lineage. Linear in the radius (and, with the head inventory, in the edges it lists).
 */
interface FineGraph {
  /** Changes drawn: the anchors, then the passive changes some path runs through. */
  readonly changes: readonly Anchor[];
  /** Fine id of the first impacted model: impacted model i is node offset + i. */
  readonly offset: number;
  /** Fine node of each impacted model, by its position in the impacted list. */
  impactedIndex(model: ImpactedModel): number;
  /** Fine node a path starts from, as a change index; -1 when the path starts elsewhere. */
  readonly root: Int32Array;
  readonly from: readonly number[];
  readonly to: readonly number[];
  /** Longest distance from a node with no incoming edge: every edge goes to a larger level. */
  readonly level: Int32Array;
}

function fineGraph(
  anchors: readonly Anchor[],
  impacted: readonly ImpactedModel[],
  surroundings: Surroundings,
): FineGraph {
  const changes: Anchor[] = [...anchors];
  // Fine ids: changes 0..C-1 as they are drawn; impacted models from OFFSET on, by position.
  const byName = new Map<string, number>();
  anchors.forEach((a, i) => byName.set(a.model, i));
  const passive = new Map<string, Anchor>();
  for (const change of surroundings.passive ?? [])
    if (!byName.has(change.model)) passive.set(change.model, change);
  const positions = new Map<ImpactedModel, number>();
  impacted.forEach((m, i) => positions.set(m, i));
  const offset = anchors.length + passive.size;
  impacted.forEach((m, i) => byName.set(m.model, offset + i));

  const from: number[] = [];
  const to: number[] = [];
  const root = new Int32Array(impacted.length).fill(-1);
  const passiveId = new Map<string, number>();
  /** The node of path[k], drawing a passive change (and its own step) when the path runs through one. */
  const known = (name: string) => byName.get(name) ?? passiveId.get(name);
  // Iterative: a chain of metadata-only changes can be as long as the inventory.
  const stepNode = (path: readonly string[], k: number): number | undefined => {
    const found = known(path[k]!);
    if (found !== undefined) return found;
    if (!passive.has(path[k]!)) return undefined;
    // Walk back over the passive steps not drawn yet, then draw them from the earliest on.
    let j = k;
    while (j > 0 && known(path[j - 1]!) === undefined && passive.has(path[j - 1]!)) j--;
    let previous = j > 0 ? known(path[j - 1]!) : undefined;
    for (let step = j; step <= k; step++) {
      const id = changes.length;
      changes.push(passive.get(path[step]!)!);
      passiveId.set(path[step]!, id);
      if (previous !== undefined) {
        from.push(previous);
        to.push(id);
      }
      previous = id;
    }
    return previous;
  };
  impacted.forEach((m, i) => {
    const path = m.path;
    const first = path.length > 0 ? stepNode(path, 0) : undefined;
    if (first !== undefined && first < offset) root[i] = first;
    // The previous step, drawn; when it is not drawable the edge is left out, never skipped over.
    // A path shorter than its depth (a capped one) does not say the previous step: no edge.
    const whole = path.length === m.depth + 1;
    const parent = whole && path.length >= 2 ? stepNode(path, path.length - 2) : undefined;
    if (parent !== undefined) {
      from.push(parent);
      to.push(offset + i);
    }
  });
  // Passive changes take ids after the anchors, below `offset`, which counted them all up front.

  // Edges of the head lineage into a changed model, between drawn models.
  const head = surroundings.head;
  if (head) {
    const seen = new Set<number>();
    const total = offset + impacted.length;
    const add = (a: number, b: number) => {
      if (a === b || seen.has(a * total + b)) return;
      seen.add(a * total + b);
      from.push(a);
      to.push(b);
    };
    for (let i = 0; i < from.length; i++) seen.add(from[i]! * total + to[i]!);
    const drawn = (name: string) => byName.get(name) ?? passiveId.get(name);
    for (let c = 0; c < changes.length; c++) {
      const model = head.models[head.indexByName.get(changes[c]!.model) ?? -1];
      for (const upstream of model?.upstream_dependencies ?? []) {
        const u = drawn(upstream);
        if (u !== undefined) add(u, c);
      }
    }
    const changedIds = new Map<string, number>();
    changes.forEach((change, c) => changedIds.set(change.model, c));
    const visit = (name: string, id: number) => {
      const model = head.models[head.indexByName.get(name) ?? -1];
      for (const consumer of model?.downstream_consumers ?? []) {
        const c = changedIds.get(consumer);
        if (c !== undefined) add(id, c);
      }
    };
    changes.forEach((change, c) => visit(change.model, c));
    impacted.forEach((m, i) => visit(m.model, offset + i));
  }

  return {
    changes,
    offset,
    impactedIndex: (m) => positions.get(m)!,
    root,
    from,
    to,
    level: levels(offset + impacted.length, from, to),
  };
}

/** Longest-path levels (Kahn); nodes on a cycle of the lineage get a level past all others. */
function levels(count: number, from: readonly number[], to: readonly number[]): Int32Array {
  const indegree = new Int32Array(count);
  const start = new Int32Array(count + 1);
  for (let e = 0; e < from.length; e++) {
    indegree[to[e]!]!++;
    start[from[e]! + 1]!++;
  }
  for (let v = 0; v < count; v++) start[v + 1]! += start[v]!;
  const targets = new Int32Array(from.length);
  const fill = start.slice(0, count);
  for (let e = 0; e < from.length; e++) targets[fill[from[e]!]!++] = to[e]!;
  const level = new Int32Array(count);
  const queue: number[] = [];
  for (let v = 0; v < count; v++) if (indegree[v] === 0) queue.push(v);
  let max = 0;
  for (let q = 0; q < queue.length; q++) {
    const v = queue[q]!;
    for (let e = start[v]!; e < start[v + 1]!; e++) {
      const w = targets[e]!;
      if (level[w]! < level[v]! + 1) level[w] = level[v]! + 1;
      max = Math.max(max, level[w]!);
      if (--indegree[w]! === 0) queue.push(w);
    }
  }
  if (queue.length < count)
    for (let v = 0; v < count; v++) if (indegree[v]! > 0) level[v] = max + 1;
  return level;
}

/** The fine graph with nodes merged by key; undefined as soon as it grows past `limits`. */
function quotient(
  grouping: Grouping,
  fine: FineGraph,
  impacted: readonly ImpactedModel[],
  isAttribution: (layer: string | null) => boolean,
  limits: Readable,
  labelEdges: boolean,
): (FlowGraph & { omitted: number }) | undefined {
  interface Box {
    readonly index: number;
    members: number;
    /** The lowest level of a member: groups are ranked by it. */
    level: number;
    readonly first: string;
    readonly layer: string;
    readonly changed: Anchor['kind'] | null;
    readonly external: boolean;
  }
  const boxes = new Map<string, Box>();
  const list: Box[] = [];
  const boxOfNode = new Array<Box>(fine.offset + impacted.length);

  const box = (
    key: Key,
    node: number,
    first: string,
    changed: Box['changed'],
    external: boolean,
  ) => {
    let b = boxes.get(key.key);
    if (!b) {
      b = {
        index: list.length,
        members: 0,
        level: Infinity,
        first,
        layer: key.layer,
        changed,
        external,
      };
      boxes.set(key.key, b);
      list.push(b);
    }
    b.members++;
    b.level = Math.min(b.level, fine.level[node]!);
    boxOfNode[node] = b;
  };

  fine.changes.forEach((change, c) =>
    box(grouping.anchor(change, c), c, change.model, change.kind, false),
  );
  for (let i = 0; i < impacted.length; i++) {
    const m = impacted[i]!;
    box(grouping.impacted(m, fine.root[i]!), fine.offset + i, m.model, null, m.external);
    if (boxes.size > limits.nodes) return undefined;
  }

  // Edges keyed by a number: one string per impacted model would be most of the cost at 100k.
  const edgeCount = new Map<number, number>();
  let edgeOrder: [number, number][] = [];
  for (let e = 0; e < fine.from.length; e++) {
    const a = boxOfNode[fine.from[e]!]!;
    const b = boxOfNode[fine.to[e]!]!;
    if (a === b) continue;
    const edge = a.index * EDGE_KEY + b.index;
    const seen = edgeCount.get(edge);
    if (seen === undefined) edgeOrder.push([a.index, b.index]);
    edgeCount.set(edge, (seen ?? 0) + 1);
  }
  // Grouping can close a cycle the models do not have (a → group → b → group). Within a cycle
  // of boxes, groups are ranked by their earliest member and only forward arrows are kept:
  // no cycle is drawn, and no arrow outside one is touched.
  const component = components(
    list.length,
    edgeOrder.map(([a]) => a),
    edgeOrder.map(([, b]) => b),
  );
  const rank = new Int32Array(list.length);
  list
    .map((b) => b.index)
    .sort((a, b) => list[a]!.level - list[b]!.level || a - b)
    .forEach((index, r) => (rank[index] = r));
  const kept = edgeOrder.filter(([a, b]) => component[a] !== component[b] || rank[a]! < rank[b]!);
  const omitted = edgeOrder.length - kept.length;
  edgeOrder = kept;
  if (edgeOrder.length > limits.edges) return undefined;

  const nodes: FlowNode[] = list.map((b) => {
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
    return { label, cls: attribution ? (`${cls}Attr` as ClassName) : cls };
  });
  const edges: FlowEdge[] = edgeOrder.map(([from, to]) => {
    const count = edgeCount.get(from * EDGE_KEY + to)!;
    return labelEdges && count > 1 ? { from, to, label: fmt(count) } : { from, to };
  });
  return { nodes, edges, omitted };
}

/** Strongly connected components (Tarjan, iterative) of a small graph: a component id per node. */
function components(count: number, from: readonly number[], to: readonly number[]): Int32Array {
  const adjacency: number[][] = Array.from({ length: count }, () => []);
  from.forEach((a, e) => adjacency[a]!.push(to[e]!));
  const index = new Int32Array(count).fill(-1);
  const low = new Int32Array(count);
  const component = new Int32Array(count).fill(-1);
  const onStack = new Uint8Array(count);
  const stack: number[] = [];
  let counter = 0;
  let components = 0;
  for (let root = 0; root < count; root++) {
    if (index[root] !== -1) continue;
    const frames: [number, number][] = [[root, 0]];
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      const [v, next] = frame;
      const edges = adjacency[v]!;
      if (next < edges.length) {
        frame[1]++;
        const w = edges[next]!;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          frames.push([w, 0]);
        } else if (onStack[w]) low[v] = Math.min(low[v]!, index[w]!);
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) low[parent[0]] = Math.min(low[parent[0]]!, low[v]!);
      if (low[v] === index[v]) {
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          component[w] = components;
        } while (w !== v);
        components++;
      }
    }
  }
  return component;
}

/** The most common layers, at most MAX_LAYER_GROUPS of them. */
function topLayers(layers: readonly string[]): ReadonlySet<string> {
  const counts = new Map<string, number>();
  for (const layer of layers) counts.set(layer, (counts.get(layer) ?? 0) + 1);
  if (counts.size <= MAX_LAYER_GROUPS + 1) return new Set(counts.keys());
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return new Set(ranked.slice(0, MAX_LAYER_GROUPS).map(([layer]) => layer));
}
