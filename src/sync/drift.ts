import { layerByPath } from '../util/layers.js';
import { modelLine, type Inventory } from '../inventory/parse.js';
import type { Finding } from '../rules/catalog.js';
import { codeGraph, compare, goneEntries, targetList, type CodeGraph } from './plan.js';
import {
  DOWNSTREAM,
  UPSTREAM,
  type CodeLineageView,
  type DependencyField,
  type LayerGlob,
} from './types.js';

export const DRIFT_RULE = 'lineage/inventory-drift';

/** A finding of the `lineage/inventory-drift` rule (a `Finding` once the catalog lists it). */
export type DriftFinding = Omit<Finding, 'rule'> & { readonly rule: typeof DRIFT_RULE };

export type DriftKind =
  /** the code has the edge, the entry's list lacks it */
  | 'missing-edge'
  /** the entry's list has the edge, the code does not */
  | 'stale-edge'
  /** a model of the code has no entry */
  | 'unlisted-model'
  /** the entry's model is not in the code and its `path` is no file */
  | 'missing-file'
  /** the code defines the entry's model at another path */
  | 'moved';

export interface DriftItem {
  readonly kind: DriftKind;
  /** The entry (or code model, for `unlisted-model`) the drift is on. */
  readonly model: string;
  readonly field?: DependencyField;
  /** The other end of the edge. */
  readonly other?: string;
  /** The entry's path; for `moved` and `unlisted-model`, the code's. */
  readonly path?: string;
  readonly line: number | null;
  readonly message: string;
  /** Identity of the drift, independent of lines: a diff compares base and head by it. */
  readonly key: string;
}

/**
 * Every difference between the inventory and the code, as `sync` would fix it (the same rule:
 * see targetList): per dependency list an entry HAS, each name the code adds or drops; each code
 * model without an entry; each entry whose model is gone (no code model, `path` no file); each
 * entry whose model the code defines at another path. Located on the inventory's lines: the
 * list for a missing name, the listed item for a stale one, `path` for gone and moved entries,
 * the `models` key for an unlisted model. Sorted by line.
 */
export function inventoryDrift(inventory: Inventory, code: CodeLineageView): DriftItem[] {
  const graph = codeGraph(code);
  const gone = goneEntries(inventory.models, graph);
  const items: DriftItem[] = [];
  inventory.models.forEach((entry, i) => {
    const name = entry.name;
    const at = (...rest: (string | number)[]) => modelLine(inventory, i, ...rest) ?? null;
    if (gone.has(name)) {
      items.push({
        kind: 'missing-file',
        model: name,
        path: entry.path,
        line: at('path'),
        message: `${name}: its path ${entry.path} is no file and the code defines no model ${name}; sync removes the entry`,
        key: `missing-file\0${name}\0${entry.path}`,
      });
      return;
    }
    const model = graph.byName.get(name);
    if (!model) return; // the file exists but is no model the code reads: left alone
    if (model.path !== entry.path) {
      items.push({
        kind: 'moved',
        model: name,
        path: model.path,
        line: at('path'),
        message: `${name}: the model moved from ${entry.path} to ${model.path}`,
        key: `moved\0${name}\0${model.path}`,
      });
    }
    for (const field of [UPSTREAM, DOWNSTREAM] as const) {
      const list = entry[field];
      if (!Array.isArray(list) || !list.every((n) => typeof n === 'string')) continue;
      const target = targetList(field, name, list, graph, gone);
      const listed = new Set(list);
      for (const other of [...target].sort(compare)) {
        if (listed.has(other)) continue;
        items.push({
          kind: 'missing-edge',
          model: name,
          field,
          other,
          line: at(field),
          message:
            field === UPSTREAM
              ? `${name}: the code reads ${other}, but ${field} does not list it`
              : `${name}: ${other} reads it in the code, but ${field} does not list it`,
          key: `missing-edge\0${name}\0${field}\0${other}`,
        });
      }
      const reported = new Set<string>();
      list.forEach((other, j) => {
        if (target.has(other) || reported.has(other)) return;
        reported.add(other);
        items.push({
          kind: 'stale-edge',
          model: name,
          field,
          other,
          line: at(field, j),
          message:
            field === UPSTREAM
              ? `${name}: ${field} lists ${other}, but the code does not read it`
              : `${name}: ${field} lists ${other}, but it does not read ${name} in the code`,
          key: `stale-edge\0${name}\0${field}\0${other}`,
        });
      });
    }
  });
  const modelsLine = inventory.locator.line(['models']) ?? null;
  for (const model of graph.byName.values()) {
    if (inventory.indexByName.has(model.name)) continue;
    items.push({
      kind: 'unlisted-model',
      model: model.name,
      path: model.path,
      line: modelsLine,
      message: `${model.name} (${model.path}) is a model in the code but has no inventory entry`,
      key: `unlisted-model\0${model.name}`,
    });
  }
  return items.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || compare(a.key, b.key));
}

export interface DriftOptions {
  /** In a diff: the base side. Only drift that the base does not have is reported. */
  readonly base?: { readonly inventory: Inventory | null; readonly code: CodeLineageView };
  readonly severity?: Finding['severity'];
}

/**
 * `lineage/inventory-drift` findings for the inventory at one commit; with `base`, only the
 * drift the change introduces (compared by identity — kind, model, list, name — not by line).
 */
export function driftFindings(
  inventory: Inventory,
  code: CodeLineageView,
  options: DriftOptions = {},
): DriftFinding[] {
  let items = inventoryDrift(inventory, code);
  if (options.base) {
    const before = options.base.inventory
      ? new Set(inventoryDrift(options.base.inventory, options.base.code).map((d) => d.key))
      : new Set<string>();
    items = items.filter((d) => !before.has(d.key));
  }
  return items.map((d) => ({
    rule: DRIFT_RULE,
    severity: options.severity ?? 'warning',
    model: d.model,
    message: d.message,
    file: inventory.file,
    line: d.line,
    ...(d.other !== undefined ? { related: [d.other] } : {}),
  }));
}

export interface EdgeShare {
  /** Edges the code has (consumer ← producer). */
  readonly total: number;
  /** Of those, the edges the inventory records (in either list: the union graph). */
  readonly recorded: number;
  /** recorded / total, or null when the code has no edge. */
  readonly share: number | null;
}

export interface LineageCoverage extends EdgeShare {
  /** By the consumer's layer (the entry's, else `layers:`, else the code's, else `(none)`). */
  readonly byLayer: Readonly<Record<string, EdgeShare>>;
}

export const NO_LAYER = '(none)';

/** The share of the code's edges the inventory records, overall and per layer. */
export function lineageCoverage(
  inventory: Inventory,
  code: CodeLineageView,
  layers: readonly LayerGlob[] = [],
): LineageCoverage {
  const graph = codeGraph(code);
  const recorded = inventoryEdges(inventory);
  const layerOf = layerResolver(inventory, graph, layers);
  const byLayer = new Map<string, { total: number; recorded: number }>();
  let total = 0;
  let hits = 0;
  for (const [from, tos] of codeEdges(graph)) {
    for (const to of tos) {
      const layer = layerOf(to);
      let counts = byLayer.get(layer);
      if (!counts) byLayer.set(layer, (counts = { total: 0, recorded: 0 }));
      total++;
      counts.total++;
      if (recorded.get(from)?.has(to)) {
        hits++;
        counts.recorded++;
      }
    }
  }
  const share = (c: { total: number; recorded: number }): EdgeShare => ({
    total: c.total,
    recorded: c.recorded,
    share: c.total === 0 ? null : c.recorded / c.total,
  });
  return {
    ...share({ total, recorded: hits }),
    byLayer: Object.fromEntries(
      [...byLayer.keys()].sort(compare).map((layer) => [layer, share(byLayer.get(layer)!)]),
    ),
  };
}

export interface RadiusGap {
  readonly model: string;
  /** Nodes reachable downstream in the inventory's graph alone. */
  readonly inventory: number;
  /** Nodes reachable downstream in the code's graph. */
  readonly code: number;
}

export interface RadiusGaps {
  /** The models whose radius the inventory under-reports most, largest gap first. */
  readonly models: readonly RadiusGap[];
  /** False when the work budget ran out before every model was measured. */
  readonly complete: boolean;
}

/**
 * For each model (code models and entries, by name), the downstream reach in the inventory's
 * graph alone against the code's; the `top` with the largest shortfall. Work is bounded by
 * `budget` edge visits in all (then `complete: false`, over the models measured so far).
 */
export function underReportedRadius(
  inventory: Inventory,
  code: CodeLineageView,
  { top = 10, budget = 1_000_000 }: { top?: number; budget?: number } = {},
): RadiusGaps {
  const graph = codeGraph(code);
  const inv = inventoryEdges(inventory);
  const codeDown = (n: string) => graph.downstreamOf(n);
  const invDown = (n: string) => inv.get(n) ?? new Set<string>();
  const names = new Set<string>([...graph.byName.keys(), ...inventory.indexByName.keys()]);
  let left = budget;
  const reach = (start: string, down: (n: string) => ReadonlySet<string>): number | null => {
    const seen = new Set([start]);
    const queue = [start];
    for (let i = 0; i < queue.length; i++) {
      for (const next of down(queue[i]!)) {
        if (--left < 0) return null;
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    return seen.size - 1;
  };
  const gaps: RadiusGap[] = [];
  let complete = true;
  for (const name of [...names].sort(compare)) {
    const inCode = reach(name, codeDown);
    const inInventory = inCode === null ? null : reach(name, invDown);
    if (inCode === null || inInventory === null) {
      complete = false;
      break;
    }
    if (inCode > inInventory) gaps.push({ model: name, inventory: inInventory, code: inCode });
  }
  gaps.sort((a, b) => b.code - b.inventory - (a.code - a.inventory) || compare(a.model, b.model));
  return { models: gaps.slice(0, top), complete };
}

/** The inventory's union graph: producer → consumers. */
function inventoryEdges(inventory: Inventory): Map<string, Set<string>> {
  const down = new Map<string, Set<string>>();
  const add = (from: string, to: string) => {
    let set = down.get(from);
    if (!set) down.set(from, (set = new Set()));
    set.add(to);
  };
  for (const model of inventory.models) {
    for (const u of stringList(model[UPSTREAM])) add(u, model.name);
    for (const d of stringList(model[DOWNSTREAM])) add(model.name, d);
  }
  return down;
}

function* codeEdges(graph: CodeGraph): Generator<[string, ReadonlySet<string>]> {
  const producers = new Set<string>();
  for (const model of graph.byName.values()) {
    for (const u of graph.upstreamOf(model.name)) producers.add(u);
    producers.add(model.name);
  }
  for (const from of [...producers].sort(compare)) yield [from, graph.downstreamOf(from)];
}

function layerResolver(inventory: Inventory, graph: CodeGraph, layers: readonly LayerGlob[]) {
  const layerAt = layerByPath(layers);
  return (name: string): string => {
    const index = inventory.indexByName.get(name);
    if (index !== undefined) return inventory.models[index]!.layer;
    const model = graph.byName.get(name);
    if (!model) return NO_LAYER;
    return layerAt(model.path) ?? model.layer ?? NO_LAYER;
  };
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
