/**
 * The column radius (pure): follow each classified change downstream column by column.
 *
 * - model-wide / unknown: every downstream model is reached `full`.
 * - column: a consumer using a changed column in a filter, join or grouping is reached `full`;
 *   one that only selects it gets those of its own outputs built on it (`columns`), and so on.
 * - additive: reaches only consumers that pass the new columns on through a `*`.
 * - a consumer whose own columns are unknown or partial where it matters is reached `full`.
 * Models downstream in the graph that no change reaches are `unaffected`.
 */
import type { Analysis, ModelColumns } from './types.js';
import type { Classification } from './classify.js';

export interface ColumnGraphNode {
  id: string;
  /** The model's (head) analysis. */
  columns: Analysis;
  /** Rendered relation name (a key of its ModelColumns' relations) → upstream model id. */
  upstream: Readonly<Record<string, string>>;
  /**
   * The model-level dependencies (the project scanner's refs), for a model whose rendering failed
   * (then `upstream` is empty) or whose rendered SQL does not read every ref.
   */
  dependsOn?: readonly string[];
}

export interface ColumnChangeInput {
  model: string;
  classification: Classification;
}

export type Reach =
  | { reach: 'full'; reasons: string[] }
  | { reach: 'columns'; columns: string[]; reasons: string[] }
  | { reach: 'unaffected'; reasons: string[] };

interface State {
  full?: string;
  changed: Set<string>;
  added: Set<string>;
  why: string[];
}

const MAX_REASONS = 5;

export function columnRadius(
  changes: readonly ColumnChangeInput[],
  graph: readonly ColumnGraphNode[],
): Map<string, Reach> {
  const byId = new Map(graph.map((n) => [n.id, n]));
  const consumers = new Map<string, { node: ColumnGraphNode; relations: string[] }[]>();
  for (const n of graph) {
    const rels = new Map<string, string[]>();
    for (const [rel, up] of Object.entries(n.upstream)) {
      const list = rels.get(up) ?? [];
      list.push(rel);
      rels.set(up, list);
    }
    for (const d of n.dependsOn ?? []) if (!rels.has(d)) rels.set(d, []);
    for (const [up, relations] of rels) {
      const list = consumers.get(up) ?? [];
      list.push({ node: n, relations });
      consumers.set(up, list);
    }
  }

  // The model-level radius (everything downstream of a change), in topological order.
  const changedIds = new Set(changes.map((c) => c.model));
  const downstream = new Set<string>();
  const stack = [...changedIds];
  while (stack.length) {
    const id = stack.pop() as string;
    for (const c of consumers.get(id) ?? []) {
      if (!downstream.has(c.node.id)) {
        downstream.add(c.node.id);
        stack.push(c.node.id);
      }
    }
  }
  const involved = new Set([...changedIds, ...downstream]);
  const indeg = new Map<string, number>();
  for (const id of involved) indeg.set(id, 0);
  for (const id of involved)
    for (const c of consumers.get(id) ?? [])
      if (involved.has(c.node.id)) indeg.set(c.node.id, (indeg.get(c.node.id) ?? 0) + 1);
  const order: string[] = [];
  const queue = [...involved].filter((id) => indeg.get(id) === 0);
  while (queue.length) {
    const id = queue.shift() as string;
    order.push(id);
    for (const c of consumers.get(id) ?? []) {
      if (!involved.has(c.node.id)) continue;
      const d = (indeg.get(c.node.id) ?? 0) - 1;
      indeg.set(c.node.id, d);
      if (d === 0) queue.push(c.node.id);
    }
  }
  // A cycle (should not happen in dbt): whatever is left is reached fully.
  const cyclic = [...involved].filter((id) => !order.includes(id));

  const states = new Map<string, State>();
  const get = (id: string): State => {
    let s = states.get(id);
    if (!s) {
      s = { changed: new Set(), added: new Set(), why: [] };
      states.set(id, s);
    }
    return s;
  };
  for (const ch of changes) {
    const s = get(ch.model);
    const c = ch.classification;
    if (c.category === 'model-wide' || c.category === 'unknown') {
      s.full ??= `${ch.model} is ${c.category}${c.reasons[0] ? ` (${c.reasons[0]})` : ''}`;
    } else if (c.category === 'column' || c.category === 'additive') {
      for (const x of c.columns?.removed ?? []) s.changed.add(x);
      for (const x of c.columns?.modified ?? []) s.changed.add(x);
      for (const x of c.columns?.added ?? []) s.added.add(x);
    }
  }
  for (const id of cyclic) get(id).full ??= 'part of a dependency cycle';

  for (const id of order) {
    const up = states.get(id);
    if (!up || (!up.full && up.changed.size === 0 && up.added.size === 0)) continue;
    for (const { node, relations } of consumers.get(id) ?? []) {
      if (!involved.has(node.id)) continue;
      propagate(id, up, node, relations, get(node.id));
    }
  }

  const out = new Map<string, Reach>();
  for (const id of downstream) {
    if (changedIds.has(id) && !byId.has(id)) continue;
    const s = states.get(id);
    if (s?.full) out.set(id, { reach: 'full', reasons: [s.full] });
    else if (s && (s.changed.size || s.added.size)) {
      out.set(id, {
        reach: 'columns',
        columns: [...new Set([...s.changed, ...s.added])].sort(),
        reasons: s.why.slice(0, MAX_REASONS),
      });
    } else out.set(id, { reach: 'unaffected', reasons: ['no changed column reaches it'] });
  }
  return out;
}

function propagate(
  upId: string,
  up: State,
  node: ColumnGraphNode,
  relations: string[],
  s: State,
): void {
  if (s.full) return;
  if (up.full) {
    s.full = `reads ${upId}, which changes as a whole`;
    return;
  }
  if ('unknown' in node.columns) {
    s.full = `its columns are unknown (${node.columns.unknown}) and ${upId} changed`;
    return;
  }
  const m: ModelColumns = node.columns;
  if (relations.length === 0) {
    if (s.why.length < MAX_REASONS)
      s.why.push(`depends on ${upId}, but its rendered SQL does not read it`);
    return;
  }
  const rels = new Set(relations);
  for (const c of up.changed) {
    const use = m.rowAffecting.find((u) => rels.has(u.relation) && u.column === c);
    if (use) {
      s.full = `uses ${upId}.${c} in a ${use.context === 'distinct' ? 'DISTINCT / grouping' : use.context}`;
      return;
    }
  }
  if (up.changed.size && m.rowAffectingIncomplete) {
    s.full = `a filter, join or grouping could not be traced and ${upId} changed columns`;
    return;
  }
  const passesStar = relations.some((r) => m.starFrom.includes(r));
  if ((up.changed.size || up.added.size) && passesStar && !m.complete) {
    s.full = `selects * from ${upId} without a known column list`;
    return;
  }
  if (up.added.size && passesStar) {
    if (m.shape.grainFromSelectList) {
      s.full = `new columns of ${upId} flow through * into a DISTINCT / GROUP BY ALL`;
      return;
    }
    const own = new Set(m.columns.map((c) => c.name));
    for (const a of up.added) {
      if (!own.has(a)) {
        s.added.add(a);
        if (s.why.length < MAX_REASONS) s.why.push(`${upId}.${a} flows through *`);
      }
    }
  }
  for (const col of m.columns) {
    for (const u of col.upstream) {
      if (rels.has(u.relation) && (up.changed.has(u.column) || up.added.has(u.column))) {
        s.changed.add(col.name);
        if (s.why.length < MAX_REASONS) s.why.push(`${col.name} ← ${upId}.${u.column}`);
        break;
      }
    }
  }
}
