import { layerByPath } from '../util/layers.js';
import { readInventoryTree, type EntryNode } from './tree.js';
import {
  DOWNSTREAM,
  UPSTREAM,
  type CodeLineageView,
  type CodeModel,
  type DependencyField,
  type LayerGlob,
} from './types.js';

export interface SyncOptions {
  /** Config `layers:` (globs over paths → layer, first match) for the models sync adds. */
  readonly layers?: readonly LayerGlob[];
  /** Layer of an added model no glob matches and whose code gives none. Default `other`. */
  readonly defaultLayer?: string;
}

export interface AddedEntry {
  readonly name: string;
  readonly path: string;
  readonly layer: string;
  readonly description?: string;
  readonly upstream_dependencies: readonly string[];
  readonly downstream_consumers: readonly string[];
}

export interface ListUpdate {
  readonly model: string;
  readonly field: DependencyField;
  readonly before: readonly string[];
  /** The list as it will be written: kept names in their order, then the new ones. */
  readonly after: readonly string[];
  readonly added: readonly string[];
  readonly removed: readonly string[];
}

export interface RemovedEntry {
  readonly model: string;
  readonly path: string;
}

export interface PathUpdate {
  readonly model: string;
  readonly from: string;
  readonly to: string;
}

/** What a sync changes, by model name; plain data (sorted), applied by applySync. */
export interface SyncPlan {
  readonly add: readonly AddedEntry[];
  readonly setLists: readonly ListUpdate[];
  readonly remove: readonly RemovedEntry[];
  readonly movePaths: readonly PathUpdate[];
}

export function isEmptyPlan(plan: SyncPlan): boolean {
  return (
    plan.add.length === 0 &&
    plan.setLists.length === 0 &&
    plan.remove.length === 0 &&
    plan.movePaths.length === 0
  );
}

/** The code's edges, by node: what each model reads and what reads each node. */
export interface CodeGraph {
  readonly byName: ReadonlyMap<string, CodeModel>;
  readonly files: ReadonlySet<string>;
  upstreamOf(name: string): ReadonlySet<string>;
  downstreamOf(name: string): ReadonlySet<string>;
}

const EMPTY: ReadonlySet<string> = new Set();

export function codeGraph(code: CodeLineageView): CodeGraph {
  const byName = new Map<string, CodeModel>();
  for (const model of code.models) if (!byName.has(model.name)) byName.set(model.name, model);
  const up = new Map<string, Set<string>>();
  const down = new Map<string, Set<string>>();
  const edge = (from: string, to: string) => {
    if (from === '' || to === '') return;
    let u = up.get(to);
    if (!u) up.set(to, (u = new Set()));
    u.add(from);
    let d = down.get(from);
    if (!d) down.set(from, (d = new Set()));
    d.add(to);
  };
  for (const model of byName.values()) {
    for (const u of model.upstream) edge(u, model.name);
    for (const d of model.downstream ?? []) edge(model.name, d);
  }
  return {
    byName,
    files: new Set(code.files ?? code.models.map((m) => m.path)),
    upstreamOf: (name) => up.get(name) ?? EMPTY,
    downstreamOf: (name) => down.get(name) ?? EMPTY,
  };
}

/** The entries whose model the code does not define and whose `path` is no file. */
export function goneEntries(
  entries: readonly Pick<EntryNode, 'name' | 'path'>[],
  graph: CodeGraph,
): Set<string> {
  const gone = new Set<string>();
  for (const entry of entries) {
    if (graph.byName.has(entry.name) || entry.path === undefined) continue;
    if (!graph.files.has(entry.path)) gone.add(entry.name);
  }
  return gone;
}

/**
 * What a dependency list of `name` must hold, by the code — the one rule sync writes and drift
 * checks, only for a model the code defines:
 * - `upstream_dependencies`: exactly what the code reads (it knows every input of a model).
 * - `downstream_consumers`: what the code says reads it, plus the names already listed that are
 *   neither a code model nor an entry being removed (a consumer outside dbt — a BI tool, a
 *   sync — that the team curates and the code cannot see).
 */
export function targetList(
  field: DependencyField,
  name: string,
  current: readonly string[],
  graph: CodeGraph,
  gone: ReadonlySet<string>,
): Set<string> {
  if (field === UPSTREAM) return new Set(graph.upstreamOf(name));
  const target = new Set(graph.downstreamOf(name));
  for (const d of current) if (!graph.byName.has(d) && !gone.has(d)) target.add(d);
  return target;
}

/**
 * Plans bringing the inventory in line with the code:
 * - adds each code model no entry names (layer: first `layers:` glob over its path, else the
 *   code's layer, else `defaultLayer`; description from its YAML; both lists from the code);
 * - sets `upstream_dependencies` / `downstream_consumers` from the code on the entries that
 *   HAVE them (see targetList) — an entry without a list keeps not having one;
 * - updates the `path` of an entry whose model the code defines elsewhere (a move);
 * - removes an entry the code does not define whose `path` is no file.
 * Entries the code does not define but whose file exists are left alone. Throws
 * SyncInputError (a located message) when the text is not a JSON inventory.
 */
export function planSync(
  inventoryText: string,
  code: CodeLineageView,
  options: SyncOptions = {},
): SyncPlan {
  const tree = readInventoryTree(inventoryText);
  const graph = codeGraph(code);
  const gone = goneEntries(tree.entries, graph);
  const entryNames = new Set(tree.entries.map((e) => e.name));

  const setLists: ListUpdate[] = [];
  const movePaths: PathUpdate[] = [];
  for (const entry of tree.entries) {
    const model = graph.byName.get(entry.name);
    if (!model) continue;
    if (entry.pathNode && entry.path !== model.path) {
      movePaths.push({ model: entry.name, from: entry.path ?? '', to: model.path });
    }
    for (const field of [UPSTREAM, DOWNSTREAM] as const) {
      const list = entry.lists[field];
      if (!list) continue;
      const target = targetList(field, entry.name, list.items, graph, gone);
      const after = mergeList(list.items, target);
      if (!after) continue;
      const before = new Set(list.items);
      setLists.push({
        model: entry.name,
        field,
        before: list.items,
        after,
        added: sorted([...target].filter((n) => !before.has(n))),
        removed: sorted([...before].filter((n) => !target.has(n))),
      });
    }
  }

  const layerAt = layerByPath(options.layers ?? []);
  const add: AddedEntry[] = [];
  for (const model of graph.byName.values()) {
    if (entryNames.has(model.name)) continue;
    const layer = layerAt(model.path) ?? model.layer ?? options.defaultLayer ?? 'other';
    add.push({
      name: model.name,
      path: model.path,
      layer,
      ...(model.description !== undefined ? { description: model.description } : {}),
      upstream_dependencies: sorted(graph.upstreamOf(model.name)),
      downstream_consumers: sorted(graph.downstreamOf(model.name)),
    });
  }
  add.sort((a, b) => compare(a.name, b.name));

  const remove = tree.entries
    .filter((e) => gone.has(e.name))
    .map((e) => ({ model: e.name, path: e.path ?? '' }));
  return { add, setLists, remove, movePaths };
}

/**
 * The list to write, or null when `current` already holds exactly `target` (as a set: order
 * and repeats are the team's). Kept names stay in their order and their place; new names go
 * in sorted position when the list is sorted, else at the end, sorted.
 */
export function mergeList(
  current: readonly string[],
  target: ReadonlySet<string>,
): string[] | null {
  const have = new Set(current);
  if (have.size === target.size && [...have].every((n) => target.has(n))) return null;
  const kept = [...have].filter((n) => target.has(n));
  const fresh = sorted([...target].filter((n) => !have.has(n)));
  const keptSorted = kept.every((n, i) => i === 0 || compare(kept[i - 1]!, n) <= 0);
  return keptSorted ? sorted([...kept, ...fresh]) : [...kept, ...fresh];
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sorted(names: Iterable<string>): string[] {
  return [...names].sort(compare);
}

/** One line per change, for `inventory sync --format text` (names as they are: plain text). */
export function describePlan(plan: SyncPlan): string[] {
  const lines: string[] = [];
  for (const r of plan.remove) lines.push(`remove ${r.model}: ${r.path} is no file`);
  for (const m of plan.movePaths) lines.push(`move ${m.model}: ${m.from} -> ${m.to}`);
  for (const u of plan.setLists) {
    const parts = [...u.added.map((n) => `+${n}`), ...u.removed.map((n) => `-${n}`)];
    lines.push(`set ${u.model} ${u.field}: ${parts.join(' ')}`);
  }
  for (const a of plan.add) lines.push(`add ${a.name}: ${a.path} (layer ${a.layer})`);
  return lines;
}
