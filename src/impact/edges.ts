import type { Change, EdgeDelta, ModelSet } from '../diff/changes.js';
import { compareNames, type LineageGraph } from '../lineage/graph.js';
import { CODE_ANCHORING } from '../lineage/code-lineage.js';
import type { GraphPair } from './graphs.js';

interface Delta {
  added: number[];
  removed: number[];
}

/**
 * Where an edge change anchors: at its consumer. An edge u→d added or removed (through either
 * side's list) changes d's inputs, so d anchors ("now fed by u"); u's own inputs did not change,
 * so u does not anchor for it ("now feeds d" is reported on u, as `outputs`). Returns the changes
 * with `inputs` / `outputs` set, `metadataOnly` true for every modification that anchors nothing
 * (metadata, a pure move, a change of its consumer list only), and a change of reason `inputs`
 * for each head model whose inputs changed through another model's list. Sorted by name. O(V + E).
 */
export function settleAnchoring(
  changes: readonly Change[],
  pair: GraphPair,
  head: ModelSet,
): Change[] {
  const inputs = new Map<number, Delta>();
  const outputs = new Map<number, Delta>();
  if (pair.base !== pair.head) {
    const n = pair.table.names.length;
    const delta = (map: Map<number, Delta>, v: number) => {
      let d = map.get(v);
      if (!d) map.set(v, (d = { added: [], removed: [] }));
      return d;
    };
    for (let v = 0; v < n; v++) {
      diffNeighbours(pair.base, pair.head, v, (w, added) => {
        (added ? delta(outputs, v).added : delta(outputs, v).removed).push(w);
        (added ? delta(inputs, w).added : delta(inputs, w).removed).push(v);
      });
    }
  }
  const { table } = pair;
  const named = (d: Delta | undefined): EdgeDelta | undefined =>
    d && {
      added: d.added.sort((a, b) => a - b).map((id) => table.names[id]!),
      removed: d.removed.sort((a, b) => a - b).map((id) => table.names[id]!),
    };

  const result: Change[] = [];
  const seen = new Set<string>();
  for (const change of changes) {
    seen.add(change.model);
    if (change.kind === 'added' || change.kind === 'removed') {
      result.push(change);
      continue;
    }
    const id = table.ids.get(change.model);
    const fedBy = id === undefined ? undefined : named(inputs.get(id));
    const feeds = id === undefined ? undefined : named(outputs.get(id));
    const anchors =
      change.reasons.some((reason) => CODE_ANCHORING.has(reason)) ||
      (change.reasons.includes('path') && change.kind !== 'moved') ||
      fedBy !== undefined;
    result.push({
      ...change,
      metadataOnly: !anchors,
      ...(fedBy && { inputs: fedBy }),
      ...(feeds && { outputs: feeds }),
    });
  }
  for (const [w, d] of inputs) {
    const position = pair.headPosition[w]!;
    if (position === -1 || pair.inBase[w] === 0) continue; // external, added or removed
    const name = table.names[w]!;
    if (seen.has(name)) continue;
    result.push({
      model: name,
      kind: 'modified',
      layer: head.models[position]!.layer,
      reasons: ['inputs'],
      metadataOnly: false,
      fields: Object.create(null) as Change['fields'],
      inputs: named(d)!,
      ...(outputs.has(w) && { outputs: named(outputs.get(w))! }),
    });
  }
  return result.sort((a, b) => compareNames(a.model, b.model));
}

/** Calls `edge(w, added)` for each out-neighbour of `v` in one graph but not the other. */
function diffNeighbours(
  base: LineageGraph,
  head: LineageGraph,
  v: number,
  edge: (w: number, added: boolean) => void,
): void {
  let i = base.offsets[v]!;
  const iEnd = base.offsets[v + 1]!;
  let j = head.offsets[v]!;
  const jEnd = head.offsets[v + 1]!;
  while (i < iEnd || j < jEnd) {
    const a = i < iEnd ? base.targets[i]! : Infinity;
    const b = j < jEnd ? head.targets[j]! : Infinity;
    if (a === b) {
      i++;
      j++;
    } else if (a < b) {
      edge(a, false);
      i++;
    } else {
      edge(b, true);
      j++;
    }
  }
}
