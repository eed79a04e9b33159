import type { Change } from '../../diff/changes.js';
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
export const LABEL_CHARS = 30;
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
): CommentPicture | null {
  if (anchors.length === 0) return null;
  const byName = new Map(impacted.map((m) => [m.model, m]));
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
  const boxOf = (name: string): Box => {
    const anchor = anchors.find((a) => a.model === name);
    const attr = (layer: string | null) => layer !== null && attribution.has(layer);
    if (anchor) {
      const base: ClassName =
        anchor.kind === 'added' ? 'added' : anchor.kind === 'removed' ? 'removed' : 'modified';
      return {
        name,
        label: label(name, `${KIND_ICON[anchor.kind]} `),
        cls: attr(anchor.layer) ? (`${base}Attr` as ClassName) : base,
        rank: 0,
      };
    }
    const m = byName.get(name)!;
    return {
      name,
      label: label(name),
      cls: attr(m.layer) ? 'impactedAttr' : 'impacted',
      rank: m.depth,
    };
  };

  const roots = anchors.slice(0, 3);
  for (const root of roots) {
    index.set(root.model, boxes.length);
    boxes.push(boxOf(root.model));
  }
  if (layout(boxes).width > MAX_WIDTH) {
    boxes.splice(1);
    index.clear();
    index.set(roots[0]!.model, 0);
  }

  for (const target of targets) {
    if (boxes.length >= COMMENT_NODES) break;
    const path = target.path;
    // An elided path skips steps: its arrows would not be edges. A path from an anchor not
    // drawn has no place here.
    if (target.pathElided || path.length < 2 || !index.has(path[0]!)) continue;
    if (!path.every((name, i) => i === 0 || byName.has(name))) continue;
    const fresh = path.filter((name) => !index.has(name));
    if (fresh.length === 0 || boxes.length + fresh.length > COMMENT_NODES) continue;
    const parentOfFirst = path[path.indexOf(fresh[0]!) - 1]!;
    if ((children.get(parentOfFirst) ?? 0) >= MAX_CHILDREN) continue;
    const trial = [...boxes, ...fresh.map((name) => boxOf(name))];
    if (layout(trial).width > MAX_WIDTH) continue;
    for (const name of fresh) {
      index.set(name, boxes.length);
      boxes.push(boxOf(name));
    }
    for (let i = 1; i < path.length; i++) {
      const from = index.get(path[i - 1]!)!;
      const to = index.get(path[i]!)!;
      if (!edges.has(`${from}>${to}`))
        children.set(path[i - 1]!, (children.get(path[i - 1]!) ?? 0) + 1);
      edges.set(`${from}>${to}`, { from, to });
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
    if (drawnGroups >= COMMENT_GROUPS) break;
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
  const { direction } = layout(boxes);
  return {
    source: flowchart({ nodes, edges: [...edges.values()] }, direction, {
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
  };
}
