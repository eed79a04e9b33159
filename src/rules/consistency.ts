import { formatJsonPath } from '../inventory/locate.js';
import { modelLine, type Inventory } from '../inventory/parse.js';
import type { ModelSet } from '../diff/changes.js';
import type { Model } from '../inventory/schema.js';
import { compareNames, type LineageGraph } from '../lineage/graph.js';
import { isAcyclic, stronglyConnected } from '../lineage/traverse.js';
import type { Finding } from './catalog.js';
import { joinSaid, said } from './message.js';
import type { Check, RuleSpec } from './rule.js';

type ListName = 'upstream_dependencies' | 'downstream_consumers';
const MIRROR: Record<ListName, ListName> = {
  upstream_dependencies: 'downstream_consumers',
  downstream_consumers: 'upstream_dependencies',
};

const listSets = new WeakMap<readonly string[], Set<string>>();

/** Membership in a model's list; long lists (hubs) get a cached set so checks stay O(1). */
function listHas(list: readonly string[] | undefined, name: string): boolean {
  if (!list) return false;
  if (list.length < 16) return list.includes(name);
  let set = listSets.get(list);
  if (!set) listSets.set(list, (set = new Set(list)));
  return set.has(name);
}

/**
 * A `schema.table` name — the form a dbt `source()` takes (`source_name.table_name`) — is a
 * source: an external node of its own kind, not an unknown reference. A model of that name, if
 * the inventory has one, still wins.
 */
export function isSourceName(name: string): boolean {
  const dot = name.indexOf('.');
  return dot > 0 && dot < name.length - 1;
}

export type NodeKind = 'model' | 'source' | 'unknown';

/** What a name in a dependency list stands for. */
export function nodeKind(name: string, models: { has(name: string): boolean }): NodeKind {
  return models.has(name) ? 'model' : isSourceName(name) ? 'source' : 'unknown';
}

/** Referencing models kept on an unknown-reference finding (the message gives the count). */
const RELATED_MAX = 50;
/** Referencing models named in an unknown-reference message. */
const NAMED_MAX = 3;

interface ModelLookup {
  get(name: string): Model | undefined;
  has(name: string): boolean;
}

/** Name lookups through the inventory's own index: no second map of 100k names. */
function byName(set: ModelSet): ModelLookup {
  return {
    get: (name) => {
      const i = set.indexByName.get(name);
      return i === undefined ? undefined : set.models[i];
    },
    has: (name) => set.indexByName.has(name),
  };
}

export interface ConsistencyOptions {
  /** Only report what is not already true of this (base) inventory; null reports everything. */
  readonly baseline: ModelSet | null;
  readonly layerOrder: readonly string[];
  /** Names that are removed models: references to them are broken, not unknown. */
  readonly removed?: ReadonlySet<string>;
  /**
   * With a baseline: the models whose dependency lists changed (or that were added). Only a
   * declaration by, or pointing at, one of them can be new, so the rest are skipped unread.
   */
  readonly scope?: ReadonlySet<string>;
  /**
   * The head union graph, with a scope: the models that can declare an edge touching the scope
   * are its neighbours there, found with integer scans instead of a name lookup per list entry.
   */
  readonly graph?: LineageGraph;
}

export const ASYMMETRIC_EDGE = {
  id: 'lineage/asymmetric-edge',
  severity: 'notice',
  category: 'lineage',
  modes: ['diff', 'audit'],
  summary: 'one side lists an edge the other side (which has a list) omits',
  fix: 'List the edge on both models, or drop it from both.',
} as const satisfies RuleSpec;

export const UNKNOWN_REFERENCE = {
  id: 'lineage/unknown-reference',
  severity: 'notice',
  category: 'lineage',
  modes: ['diff', 'audit'],
  summary: 'a list names something that is neither a model nor a source (one per name)',
  fix: 'Write a source as source_name.table_name (a dotted name is a source), add a seed or a missing model to the inventory, or correct the name.',
} as const satisfies RuleSpec;

export const ORDER_VIOLATION = {
  id: 'layer/order-violation',
  severity: 'warning',
  category: 'layer',
  modes: ['diff', 'audit'],
  summary: 'a new edge runs against the layer order',
  fix: 'Depend on a model of an earlier layer, or move the model to a later layer.',
} as const satisfies RuleSpec;

/** Asymmetric edges, unknown references and layer-order violations. O(declared edges). */
export function consistencyFindings(inventory: Inventory, options: ConsistencyOptions): Finding[] {
  const models = inventory.models;
  const { removed } = options;
  const index = inventory.indexByName;
  const rank = new Map<string, number>();
  options.layerOrder.forEach((layer, i) => rank.set(layer, i));
  const base = options.baseline && byName(options.baseline);
  const scope =
    options.scope && options.baseline && base
      ? withListPresenceChanges(options.scope, models, options.baseline, base)
      : options.scope;
  if (scope && scope.size === 0) return [];
  const order = options.layerOrder.join(' < ');

  const findings: Finding[] = [];
  const reportedEdges = new Set<string>();
  const unknown = new Map<string, UnknownGroup>();
  const at = (modelIndex: number, ...rest: (string | number)[]) => ({
    file: inventory.file,
    line: modelLine(inventory, modelIndex, ...rest) ?? null,
    ...jsonPathOf(inventory, modelIndex, ...rest),
  });

  const check = (declarerIndex: number, field: ListName, position: number, other: string) => {
    const declarer = models[declarerIndex]!;
    if (scope && !scope.has(declarer.name) && !scope.has(other)) return;
    const declaredAt = () => at(declarerIndex, field, position);
    const otherIndex = index.get(other);
    const wasDeclared = base ? listHas(base.get(declarer.name)?.[field], other) : false;

    if (otherIndex === undefined) {
      if (removed?.has(other)) return;
      if (base && wasDeclared && !base.has(other)) return;
      if (isSourceName(other)) return;
      // Grouped by name: one finding per unknown name, however many models list it.
      let group = unknown.get(other);
      if (!group) {
        unknown.set(
          other,
          (group = { first: { declarerIndex, field, position }, models: [], count: 0, last: -1 }),
        );
      }
      if (group.last !== declarerIndex) {
        group.last = declarerIndex;
        group.count++;
        if (group.models.length < RELATED_MAX) group.models.push(declarer.name);
      }
      return;
    }

    const otherModel = models[otherIndex]!;
    const mirrorField = MIRROR[field];
    const from = field === 'upstream_dependencies' ? other : declarer.name;
    const to = field === 'upstream_dependencies' ? declarer.name : other;
    const mirror = otherModel[mirrorField];
    if (mirror && !listHas(mirror, declarer.name)) {
      const baseOther = base?.get(other);
      // Only a side that has a list can omit an edge: a model without one at base had none.
      const wasAsymmetric =
        wasDeclared &&
        baseOther?.[mirrorField] !== undefined &&
        !listHas(baseOther[mirrorField], declarer.name);
      if (!wasAsymmetric) {
        findings.push({
          rule: ASYMMETRIC_EDGE.id,
          severity: ASYMMETRIC_EDGE.severity,
          model: other,
          ...said`\`${from}\` → \`${to}\` is listed in \`${declarer.name}\`.${field} but not in \`${other}\`.${mirrorField}`,
          ...at(otherIndex, mirrorField),
        });
      }
    }

    const fromLayer = (field === 'upstream_dependencies' ? otherModel : declarer).layer;
    const toLayer = (field === 'upstream_dependencies' ? declarer : otherModel).layer;
    const fromRank = rank.get(fromLayer);
    const toRank = rank.get(toLayer);
    if (fromRank === undefined || toRank === undefined || fromRank <= toRank) return;
    if (base && baseHasEdge(base, from, to)) return;
    const edgeKey = `${from}\u0000${to}`;
    if (reportedEdges.has(edgeKey)) return;
    reportedEdges.add(edgeKey);
    findings.push({
      rule: ORDER_VIOLATION.id,
      severity: ORDER_VIOLATION.severity,
      model: to,
      ...said`${base ? 'new edge' : 'edge'} \`${from}\` (${fromLayer}) → \`${to}\` (${toLayer}) runs against the layer order ${order}: ${article(toLayer)} model should not depend on ${article(fromLayer)} model`,
      ...declaredAt(),
    });
  };

  const declarers = scope && options.graph ? neighbourhood(options.graph, scope, index) : null;
  const visit = (i: number) => {
    const model = models[i]!;
    model.upstream_dependencies?.forEach((other, k) => check(i, 'upstream_dependencies', k, other));
    model.downstream_consumers?.forEach((other, k) => check(i, 'downstream_consumers', k, other));
  };
  if (declarers) declarers.forEach(visit);
  else for (let i = 0; i < models.length; i++) visit(i);
  for (const [name, group] of unknown) findings.push(unknownFinding(name, group, models, at));
  return findings;
}

interface UnknownGroup {
  readonly first: { declarerIndex: number; field: ListName; position: number };
  /** Referencing models, in inventory order, at most RELATED_MAX. */
  readonly models: string[];
  /** Referencing models in all. */
  count: number;
  /** The last model counted: a model's list entries are visited together. */
  last: number;
}

function unknownFinding(
  name: string,
  group: UnknownGroup,
  models: readonly Model[],
  at: (
    modelIndex: number,
    ...rest: (string | number)[]
  ) => Omit<Finding, 'rule' | 'severity' | 'model' | 'message'>,
): Finding {
  const { declarerIndex, field, position } = group.first;
  const declarer = models[declarerIndex]!.name;
  const named = group.models.slice(0, NAMED_MAX).map((model) => said`\`${model}\``);
  const more = group.count - named.length;
  const message =
    group.count === 1
      ? said`\`${declarer}\`.${field} lists \`${name}\`, which is not a model of the inventory (kept as an external node)`
      : said`\`${name}\` is listed by ${group.count} models (${joinSaid(named, ', ')}${more > 0 ? ` and ${more} more` : ''}) but is not a model of the inventory (kept as an external node)`;
  return {
    rule: UNKNOWN_REFERENCE.id,
    severity: UNKNOWN_REFERENCE.severity,
    model: declarer,
    ...message,
    ...at(declarerIndex, field, position),
    ...(group.count > 1 && { related: group.models }),
  };
}

/** `models[12].upstream_dependencies[3]`: where a line number says nothing (a minified file). */
function jsonPathOf(
  inventory: Inventory,
  modelIndex: number,
  ...rest: (string | number)[]
): { jsonPath?: string } {
  const index = inventory.sourceIndex[modelIndex];
  return index === undefined ? {} : { jsonPath: formatJsonPath(['models', index, ...rest]) };
}

/**
 * Positions (ascending, so findings keep inventory order) of the models that are in `scope` or
 * adjacent to it in the graph: every model that can declare an edge touching the scope.
 */
function neighbourhood(
  graph: LineageGraph,
  scope: ReadonlySet<string>,
  index: ReadonlyMap<string, number>,
): number[] {
  const { offsets, targets, table } = graph;
  const inScope = new Uint8Array(table.names.length);
  for (const name of scope) {
    const id = table.ids.get(name);
    if (id !== undefined) inScope[id] = 1;
  }
  const near = new Uint8Array(inScope);
  for (let v = 0; v + 1 < offsets.length; v++) {
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      const w = targets[e]!;
      if (inScope[w]) near[v] = 1;
      if (inScope[v]) near[w] = 1;
    }
  }
  const positions: number[] = [];
  for (let id = 0; id < near.length; id++) {
    if (!near[id]) continue;
    const i = index.get(table.names[id]!);
    if (i !== undefined) positions.push(i);
  }
  return positions.sort((a, b) => a - b);
}

/**
 * The scope plus the models that gained or lost a dependency list without changing its
 * members (no list ↔ []): the diff sees no change, yet only a side with a list can omit an edge.
 */
function withListPresenceChanges(
  scope: ReadonlySet<string>,
  models: readonly Model[],
  baseline: ModelSet,
  base: ModelLookup,
): ReadonlySet<string> {
  let widened: Set<string> | undefined;
  for (let i = 0; i < models.length; i++) {
    const model = models[i]!;
    const atSamePosition = baseline.models[i];
    // An entry the diff found identical is one shared object: nothing to compare.
    if (atSamePosition === model) continue;
    const before = atSamePosition?.name === model.name ? atSamePosition : base.get(model.name);
    if (!before) continue;
    const changed =
      (before.upstream_dependencies === undefined) !==
        (model.upstream_dependencies === undefined) ||
      (before.downstream_consumers === undefined) !== (model.downstream_consumers === undefined);
    if (changed) (widened ??= new Set(scope)).add(model.name);
  }
  return widened ?? scope;
}

function baseHasEdge(base: ModelLookup, from: string, to: string): boolean {
  return (
    listHas(base.get(to)?.upstream_dependencies, from) ||
    listHas(base.get(from)?.downstream_consumers, to)
  );
}

export const CYCLE = {
  id: 'lineage/cycle',
  severity: 'error',
  category: 'lineage',
  modes: ['diff', 'audit'],
  summary: 'the head graph has a cycle (members named); one the base had: a notice',
  fix: 'Break the cycle: one of the listed edges must go.',
} as const satisfies RuleSpec;

/** One finding per cycle of the graph, naming its members. */
export function cycleFindings(
  graph: LineageGraph,
  inventory: Inventory,
  baseline: LineageGraph | null,
): Finding[] {
  const found = cycles(graph);
  if (found.length === 0) return [];
  const oldCycles = new Set(
    (baseline ? cycles(baseline) : []).map((names) => names.join('\u0000')),
  );
  const index = inventory.indexByName;

  const findings: Finding[] = [];
  for (const names of found) {
    const first = names[0]!;
    const modelIndex = names.map((name) => index.get(name)).find((i) => i !== undefined);
    // A cycle the base already had is legacy debt, the audit's business: a notice in a diff.
    const existed = oldCycles.has(names.join('\u0000'));
    const what =
      names.length === 1
        ? said`\`${first}\` depends on itself`
        : said`cycle through ${names.length} models: ${joinSaid(
            names.map((n) => said`\`${n}\``),
            ', ',
          )}`;
    findings.push({
      rule: CYCLE.id,
      severity: existed ? 'notice' : CYCLE.severity,
      model: first,
      ...(existed ? said`${what} (already present at base)` : what),
      file: inventory.file,
      line: modelIndex === undefined ? null : (modelLine(inventory, modelIndex) ?? null),
      ...(modelIndex !== undefined && jsonPathOf(inventory, modelIndex)),
      related: names,
    });
  }
  return findings;
}

/** Members of each cycle (strongly connected component with a cycle), each sorted by name. */
export function cycles(graph: LineageGraph): string[][] {
  if (isAcyclic(graph)) return [];
  const { component, count, cyclic } = stronglyConnected(graph);
  const members: string[][] = Array.from({ length: count }, () => []);
  for (let v = 0; v < component.length; v++) {
    if (cyclic[component[v]!]) members[component[v]!]!.push(graph.table.names[v]!);
  }
  return members
    .filter((names) => names.length > 0)
    .map((names) => names.sort(compareNames))
    .sort((a, b) => compareNames(a[0]!, b[0]!));
}

function article(word: string): string {
  return `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
}

export const CONSISTENCY_CHECKS: readonly Check[] = [
  {
    rules: [CYCLE.id],
    diff: ({ judged: j }) => (j ? cycleFindings(j.pair.head, j.head, j.pair.base) : []),
    audit: (c) => (c.inventory.usable ? cycleFindings(c.graph, c.inventory, null) : []),
  },
  {
    rules: [ASYMMETRIC_EDGE.id, UNKNOWN_REFERENCE.id, ORDER_VIOLATION.id],
    diff: ({ config, judged: j }) =>
      j
        ? consistencyFindings(j.head, {
            baseline: j.baseline,
            layerOrder: config['layer-order'],
            removed: j.removed,
            scope: j.rewired,
            graph: j.pair.head,
          })
        : [],
    audit: ({ config, inventory }) =>
      inventory.usable
        ? consistencyFindings(inventory, { baseline: null, layerOrder: config['layer-order'] })
        : [],
  },
];
