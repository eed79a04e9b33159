import type { Change, ModelSet } from '../../diff/changes.js';
import type { ImpactedModel } from '../../impact/radius.js';
import { KIND_ICON } from './lineage.js';
import { flowchart, type ClassName, type FlowEdge, type FlowNode } from './mermaid.js';
import { clipMiddle } from './sanitize.js';

// The comment's picture: few boxes, so that mermaid, which scales a picture down to the
// comment's column (~850 px), keeps its labels at GitHub's text size. It draws the changed
// models and the paths to the attribution-layer models that matter most (the layers closest to
// the money first), every arrow a real edge of the lineage (a step of a path the engine
// reported), so it can draw no edge and no cycle the models do not have. The models it leaves
// out are counted in "+N more" boxes hanging, by a dotted arrow, off the deepest drawn model
// their path goes through. The job summary keeps the complete picture.

/** Boxes for models, and for counts of the rest: chosen so that labels stay legible. */
export const COMMENT_NODES = 10;
export const COMMENT_GROUPS = 3;
/** Arrows out of one box, so that no column of the picture grows tall. */
export const MAX_CHILDREN = 3;
/** Longest name drawn whole; longer ones are shortened in the middle. */
export const LABEL_CHARS = 34;
/**
 * Widest picture, in mermaid's own pixels, that the column shows at ≥ 12 px: the column is
 * ~850 px wide and mermaid's labels are 16 px, so 850 × 16 / 12 ≈ 1,130 (less a margin).
 */
const MAX_WIDTH = 1_050;
/** Estimates of mermaid's layout: pixels per label character, box padding, spacing. */
const CHAR_PX = 8.5;
const BOX_PAD = 34;
const NODE_SPACING = 24;
const RANK_SPACING = 40;

export interface CommentPicture {
  readonly source: string;
  readonly direction: 'LR' | 'TD';
  /** Models drawn one by one. */
  readonly models: number;
  /** Impacted models not drawn (some counted in "+N more" boxes). */
  readonly notDrawn: number;
  /** Whether a dotted arrow to a count is drawn. */
  readonly groups: boolean;
  /** Whether some label was shortened. */
  readonly shortened: boolean;
  /** The kinds of change drawn, for the legend. */
  readonly kinds: readonly Anchor['kind'][];
  /** Whether an attribution-layer model is drawn. */
  readonly attribution: boolean;
  /** Changes drawn, of those given. */
  readonly changesDrawn: number;
  readonly changesTotal: number;
}

type Anchor = Pick<Change, 'model' | 'kind' | 'layer'>;

interface Box {
  readonly name: string;
  readonly label: string;
  readonly cls: ClassName;
  readonly rank: number;
}

function width(label: string): number {
  return [...label].length * CHAR_PX + BOX_PAD;
}

/** The narrower of the two layouts, and its width in mermaid's pixels. */
function layout(boxes: readonly Box[]): { direction: 'LR' | 'TD'; width: number } {
  const ranks = new Map<number, number[]>();
  for (const box of boxes) {
    const row = ranks.get(box.rank) ?? [];
    row.push(width(box.label));
    ranks.set(box.rank, row);
  }
  let lr = -RANK_SPACING;
  let td = 0;
  for (const row of ranks.values()) {
    lr += Math.max(...row) + RANK_SPACING;
    td = Math.max(td, row.reduce((a, b) => a + b, 0) + NODE_SPACING * (row.length - 1));
  }
  return td <= lr ? { direction: 'TD', width: td } : { direction: 'LR', width: lr };
}

/**
 * The picture, or null when nothing anchors a radius. `anchors` in the order the comment lists
 * them; `targets` the models worth drawing, most important first.
 */
export function commentPicture(
  anchors: readonly Anchor[],
  impacted: readonly ImpactedModel[],
  targets: readonly ImpactedModel[],
  attribution: ReadonlySet<string>,
  surroundings: Surroundings = {},
): CommentPicture | null {
  // The estimates while drawing rank boxes by depth; edges between changes can add ranks, so the
  // finished picture is measured again, with fewer boxes until it fits.
  for (let budget = COMMENT_NODES; budget >= 1; budget--) {
    const drawn = draw(anchors, impacted, targets, attribution, surroundings, budget);
    if (drawn === null) return null;
    if (drawn.width <= MAX_WIDTH || budget === 1) return drawn.picture;
  }
  return null;
}

interface Surroundings {
  /** Metadata-only changes: drawn when a path goes through one. */
  readonly passive?: readonly Anchor[];
  /** The head inventory: its edges into drawn changed models are drawn. */
  readonly head?: ModelSet;
}

/** The width of the narrower layout, ranking each box by its longest path from a source. */
function drawnLayout(
  boxes: readonly Box[],
  edges: readonly FlowEdge[],
): { direction: 'LR' | 'TD'; width: number } {
  const rank = boxes.map(() => 0);
  // At most a few dozen boxes: relaxing once per box settles the longest paths of a DAG.
  for (let round = 0; round < boxes.length; round++)
    for (const edge of edges) rank[edge.to] = Math.max(rank[edge.to]!, rank[edge.from]! + 1);
  return layout(boxes.map((box, i) => ({ ...box, rank: rank[i]! })));
}

function draw(
  anchors: readonly Anchor[],
  impacted: readonly ImpactedModel[],
  targets: readonly ImpactedModel[],
  attribution: ReadonlySet<string>,
  surroundings: Surroundings,
  nodeBudget: number,
): { picture: CommentPicture; width: number } | null {
  if (anchors.length === 0) return null;
  const byName = new Map(impacted.map((m) => [m.model, m]));
  const changes = new Map<string, Anchor>();
  for (const change of [...(surroundings.passive ?? []), ...anchors])
    changes.set(change.model, change);
  const boxes: Box[] = [];
  const index = new Map<string, number>();
  const edges = new Map<string, FlowEdge>();
  const children = new Map<string, number>();
  let shortened = false;
  const label = (name: string, prefix = '') => {
    const short = clipMiddle(name, LABEL_CHARS);
    if (short !== name) shortened = true;
    return `${prefix}${short}`;
  };
  const boxOf = (name: string, rank: number): Box => {
    const change = changes.get(name);
    const attr = (layer: string | null) => layer !== null && attribution.has(layer);
    if (change) {
      const base: ClassName =
        change.kind === 'added' ? 'added' : change.kind === 'removed' ? 'removed' : 'modified';
      return {
        name,
        label: label(name, `${KIND_ICON[change.kind]} `),
        cls: attr(change.layer) ? (`${base}Attr` as ClassName) : base,
        rank,
      };
    }
    const m = byName.get(name)!;
    return {
      name,
      label: label(name),
      cls: attr(m.layer) ? 'impactedAttr' : 'impacted',
      rank,
    };
  };

  const roots = anchors.slice(0, Math.min(3, nodeBudget));
  for (const root of roots) {
    index.set(root.model, boxes.length);
    boxes.push(boxOf(root.model, 0));
  }
  if (layout(boxes).width > MAX_WIDTH) {
    boxes.splice(1);
    index.clear();
    index.set(roots[0]!.model, 0);
  }

  for (const target of targets) {
    if (boxes.length >= nodeBudget) break;
    const path = target.path;
    // An elided path skips steps: its arrows would not be edges. A path from an anchor not
    // drawn has no place here.
    if (target.pathElided || path.length < 2 || !index.has(path[0]!)) continue;
    if (!path.every((name, i) => i === 0 || byName.has(name) || changes.has(name))) continue;
    const fresh = path.filter((name) => !index.has(name));
    if (fresh.length === 0 || boxes.length + fresh.length > nodeBudget) continue;
    const parentOfFirst = path[path.indexOf(fresh[0]!) - 1]!;
    if ((children.get(parentOfFirst) ?? 0) >= MAX_CHILDREN) continue;
    const trial = [...boxes, ...fresh.map((name) => boxOf(name, path.indexOf(name)))];
    if (layout(trial).width > MAX_WIDTH) continue;
    for (const name of fresh) {
      index.set(name, boxes.length);
      boxes.push(boxOf(name, path.indexOf(name)));
    }
    for (let i = 1; i < path.length; i++) {
      const from = index.get(path[i - 1]!)!;
      const to = index.get(path[i]!)!;
      if (!edges.has(`${from}>${to}`))
        children.set(path[i - 1]!, (children.get(path[i - 1]!) ?? 0) + 1);
      edges.set(`${from}>${to}`, { from, to });
    }
  }

  // Changes reached by other changes are no impacted models: their edges come from the head.
  const head = surroundings.head;
  if (head) {
    for (const box of boxes) {
      if (!changes.has(box.name)) continue;
      const model = head.models[head.indexByName.get(box.name) ?? -1];
      const to = index.get(box.name)!;
      for (const upstream of model?.upstream_dependencies ?? []) {
        const from = index.get(upstream);
        if (from !== undefined && from !== to) edges.set(`${from}>${to}`, { from, to });
      }
    }
  }

  // The rest, counted under the deepest drawn model of their path.
  const counts = new Map<number, number>();
  let notDrawn = 0;
  for (const m of impacted) {
    if (index.has(m.model)) continue;
    notDrawn++;
    let under = -1;
    for (let i = m.path.length - 2; i >= 0 && under < 0; i--) under = index.get(m.path[i]!) ?? -1;
    if (under >= 0) counts.set(under, (counts.get(under) ?? 0) + 1);
  }
  const nodes: FlowNode[] = boxes.map((box) => ({ label: box.label, cls: box.cls }));
  const groups = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  let drawnGroups = 0;
  for (const [under, count] of groups) {
    if (drawnGroups >= Math.min(COMMENT_GROUPS, nodeBudget)) break;
    const group: Box = {
      name: '',
      label: `+${count} more`,
      cls: 'layer',
      rank: boxes[under]!.rank + 1,
    };
    if (layout([...boxes, group]).width > MAX_WIDTH) continue;
    boxes.push(group);
    nodes.push({ label: group.label, cls: group.cls });
    edges.set(`${under}>${nodes.length - 1}`, { from: under, to: nodes.length - 1, dotted: true });
    drawnGroups++;
  }
  const drawnEdges = [...edges.values()];
  const { direction, width } = drawnLayout(boxes, drawnEdges);
  const picture: CommentPicture = {
    source: flowchart({ nodes, edges: drawnEdges }, direction, {
      node: NODE_SPACING,
      rank: RANK_SPACING,
    }),
    direction,
    models: boxes.length - drawnGroups,
    notDrawn,
    groups: drawnGroups > 0,
    shortened,
    kinds: (['modified', 'added', 'removed', 'moved'] as const).filter((kind) =>
      anchors.some((a) => a.kind === kind && index.has(a.model)),
    ),
    attribution: boxes.some((box) => box.cls.endsWith('Attr')),
    changesDrawn: anchors.filter((a) => index.has(a.model)).length,
    changesTotal: anchors.length,
  };
  return { picture, width };
}
