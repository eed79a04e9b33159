import type { Config } from '../config/schema.js';
import type { Inventory } from '../inventory/parse.js';
import {
  buildGraph,
  buildNameTable,
  compareNames,
  outDegree,
  unionEdges,
  type LineageGraph,
  type NameLookup,
} from '../lineage/graph.js';
import { reachSketch } from '../lineage/sketch.js';
import { Reacher } from '../lineage/traverse.js';
import { cycles, isSourceName } from '../rules/consistency.js';
import type { ConfigCheckOptions } from '../rules/config-rules.js';
import { auditRuleFindings } from '../rules/registry.js';
import { layerRules } from '../config/schema.js';
import { codeView } from '../lineage/code-view.js';
import type { ProjectScan } from '../project/types.js';
import {
  lineageCoverage,
  underReportedRadius,
  type LineageCoverage,
  type RadiusGaps,
} from '../sync/drift.js';
import type { CodeLineageView, LayerGlob } from '../sync/types.js';
import { applySeverities, evaluate, sortFindings } from '../rules/verdict.js';
import { TOOL_NAME, type ReportBase, type Summary } from '../report/types.js';

export interface LayerStats {
  readonly layer: string;
  readonly models: number;
  readonly withDescription: number;
  /** Models that declare at least one of the dependency lists. */
  readonly withDependencies: number;
  readonly withConcepts: number;
  readonly attribution: boolean;
}

export interface Hub {
  readonly model: string;
  readonly layer: string;
  readonly direct: number;
  readonly reach: number;
  readonly estimated?: true;
}

export interface AttributionEntry {
  readonly model: string;
  readonly layer: string;
  readonly concepts: readonly string[];
  readonly consumers: readonly string[];
  readonly reach: number;
  readonly estimated?: true;
}

export interface LayerEdge {
  readonly from: string;
  readonly to: string;
  readonly edges: number;
  /** Edges that run against the layer order. */
  readonly violations: number;
}

export interface AuditReport extends ReportBase {
  readonly mode: 'audit';
  readonly changes: readonly [];
  readonly impact: {
    readonly models: readonly [];
    readonly byLayer: Readonly<Record<string, number>>;
    readonly perChange: readonly [];
  };
  readonly audit: {
    readonly layers: readonly LayerStats[];
    /** Names listed in dependency lists that are not models of the inventory. */
    readonly externals: number;
    /** Of the externals, the sources: `schema.table` names (see isSourceName). */
    readonly sources: number;
    readonly edges: number;
    readonly hubs: readonly Hub[];
    readonly attributionMap: readonly AttributionEntry[];
    readonly orphans: readonly string[];
    readonly cycles: readonly (readonly string[])[];
    readonly layerEdges: readonly LayerEdge[];
    /** With the project's code read: how true the inventory is to it. */
    readonly lineage?: LineageTruth;
  };
  readonly summary: Summary;
}

export interface AuditInput {
  readonly inventoryPath: string;
  readonly ref: string | null;
  readonly file?: string;
  readonly inventory: Inventory;
  readonly toolVersion: string;
  /** Where the configuration came from, when known: config findings point at it. */
  readonly config?: ConfigCheckOptions;
  /** The dbt project's code at the same commit, when it was read: the lineage truth. */
  readonly code?: ProjectScan;
}

/** How true the inventory is to the code: edges it records, models it lacks, radii it misses. */
export interface LineageTruth {
  readonly coverage: LineageCoverage;
  /** Models the code defines that the inventory does not list (first 50), and how many. */
  readonly unlisted: readonly string[];
  readonly unlistedCount: number;
  /** The models whose radius the inventory alone under-reports most. */
  readonly underReported: RadiusGaps;
}

const HUBS = 10;
const ORPHAN_EXEMPT_LAYER = 'reporting';

/** A full audit of one inventory. Pure. */
export function buildAuditReport(input: AuditInput, config: Config): AuditReport {
  const { inventory } = input;
  const models = inventory.models;
  const table = buildNameTable(models);
  const graph = buildGraph(table, unionEdges(models, table));
  const attribution = new Set(config['attribution-layers']);
  const reach = reachCounter(graph, config['per-change-budget']);
  const modelIds = models.map((model) => table.ids.get(model.name)!);

  const hubs = topReach(models, modelIds, graph, reach);
  const attributionMap = models
    .map((model, i) => ({ model, id: modelIds[i]! }))
    .filter(({ model }) => attribution.has(model.layer))
    .map(({ model, id }) => {
      const size = reach.estimate(id);
      return {
        model: model.name,
        layer: model.layer,
        concepts: [...(model.attribution_concepts ?? [])].sort(compareNames),
        consumers: neighbours(graph, id),
        reach: size.count,
        ...(!size.exact && { estimated: true as const }),
      };
    })
    .sort(
      (a, b) =>
        attributionRank(a.layer, config) - attributionRank(b.layer, config) ||
        compareNames(a.model, b.model),
    );

  const orphans = models
    .filter(
      (model, i) => model.layer !== ORPHAN_EXEMPT_LAYER && outDegree(graph, modelIds[i]!) === 0,
    )
    .map((model) => model.name)
    .sort(compareNames);

  const layers = layerRules(config);
  let findings = auditRuleFindings({
    config,
    inventory,
    graph,
    ...(input.config && { configFile: input.config }),
    ...(input.code && { code: { scan: input.code, layers } }),
  });
  const truth = input.code ? lineageTruth(inventory, codeView(input.code, layers), layers) : null;
  findings = sortFindings(applySeverities(findings, config.rules));
  const verdict = evaluate(findings, config['fail-on'], inventory);

  return {
    schemaVersion: 1,
    tool: { name: TOOL_NAME, version: input.toolVersion },
    mode: 'audit',
    inventory: {
      path: input.inventoryPath,
      base: null,
      head: {
        ref: input.ref,
        ...(input.file !== undefined && { file: input.file }),
        models: models.length,
        usable: inventory.usable,
      },
    },
    changes: [],
    impact: { models: [], byLayer: {}, perChange: [] },
    audit: {
      layers: layerStats(models, attribution),
      externals: table.names.length - models.length,
      sources: countSources(table.names, inventory.indexByName),
      edges: graph.targets.length,
      hubs,
      attributionMap,
      orphans,
      cycles: cycles(graph),
      layerEdges: layerEdges(models, graph, table.ids, config['layer-order']),
      ...(truth && { lineage: truth }),
    },
    findings,
    summary: {
      changed: 0,
      impacted: 0,
      ...verdict,
      failOn: config['fail-on'],
      acknowledged: false,
      anchoring: 0,
      attributionImpacted: 0,
    },
  };
}

function countSources(names: readonly string[], models: ReadonlyMap<string, number>): number {
  let count = 0;
  for (const name of names) if (!models.has(name) && isSourceName(name)) count++;
  return count;
}

function attributionRank(layer: string, config: Config): number {
  const i = config['attribution-layers'].indexOf(layer);
  return i === -1 ? Infinity : i;
}

function neighbours(graph: LineageGraph, v: number): string[] {
  const out: string[] = [];
  for (let e = graph.offsets[v]!; e < graph.offsets[v + 1]!; e++)
    out.push(graph.table.names[graph.targets[e]!]!);
  return out;
}

/**
 * Reach of a node: exact by traversal while the work budget lasts, then from the bottom-k
 * sketch. Exact answers are cached.
 */
function reachCounter(graph: LineageGraph, budget: number) {
  const reacher = new Reacher(graph);
  let sketch: ReturnType<typeof reachSketch> | undefined;
  const cache = new Map<number, number>();
  const exact = (v: number) => {
    let count = cache.get(v);
    if (count === undefined) cache.set(v, (count = reacher.reach(v).length));
    return count;
  };
  return {
    exact,
    estimate(v: number): { count: number; exact: boolean } {
      if (cache.has(v) || reacher.work < budget) return { count: exact(v), exact: true };
      sketch ??= reachSketch(graph);
      const size = sketch(v);
      return { count: Math.max(size.count - 1, 0), exact: size.exact };
    },
  };
}

/** The models with the largest reach. Candidates come from the sketch; the top ones are exact. */
function topReach(
  models: Inventory['models'],
  ids: readonly number[],
  graph: LineageGraph,
  reach: ReturnType<typeof reachCounter>,
): Hub[] {
  const ranked = models.map((model, i) => {
    const size = reach.estimate(ids[i]!);
    return { model, id: ids[i]!, ...size };
  });
  const byReach = (
    a: { count: number; model: { name: string } },
    b: { count: number; model: { name: string } },
  ) => b.count - a.count || compareNames(a.model.name, b.model.name);
  ranked.sort(byReach);
  // Sketch estimates are ±20%: refine a generous candidate set exactly before taking the top.
  const candidates = ranked
    .slice(0, HUBS * 5)
    .map((r) => ({ ...r, count: reach.exact(r.id), exact: true }));
  candidates.sort(byReach);
  return candidates
    .slice(0, HUBS)
    .filter((c) => c.count > 0)
    .map((c) => ({
      model: c.model.name,
      layer: c.model.layer,
      direct: outDegree(graph, c.id),
      reach: c.count,
    }));
}

function layerStats(models: Inventory['models'], attribution: ReadonlySet<string>): LayerStats[] {
  const stats = new Map<
    string,
    { models: number; withDescription: number; withDependencies: number; withConcepts: number }
  >();
  for (const model of models) {
    let s = stats.get(model.layer);
    if (!s)
      stats.set(
        model.layer,
        (s = { models: 0, withDescription: 0, withDependencies: 0, withConcepts: 0 }),
      );
    s.models++;
    if (typeof model.description === 'string' && model.description.trim() !== '')
      s.withDescription++;
    if (model.upstream_dependencies !== undefined || model.downstream_consumers !== undefined)
      s.withDependencies++;
    if ((model.attribution_concepts?.length ?? 0) > 0) s.withConcepts++;
  }
  return [...stats]
    .map(([layer, s]) => ({ layer, ...s, attribution: attribution.has(layer) }))
    .sort((a, b) => b.models - a.models || compareNames(a.layer, b.layer));
}

function layerEdges(
  models: Inventory['models'],
  graph: LineageGraph,
  ids: NameLookup,
  order: readonly string[],
): LayerEdge[] {
  const layerOf = new Map<number, string>();
  for (const model of models) layerOf.set(ids.get(model.name)!, model.layer);
  const rank = new Map(order.map((layer, i) => [layer, i]));
  const counts = new Map<string, LayerEdge>();
  for (let v = 0; v + 1 < graph.offsets.length; v++) {
    const from = layerOf.get(v);
    if (from === undefined) continue;
    for (let e = graph.offsets[v]!; e < graph.offsets[v + 1]!; e++) {
      const to = layerOf.get(graph.targets[e]!);
      if (to === undefined) continue;
      const key = `${from}\u0000${to}`;
      const entry = counts.get(key) ?? { from, to, edges: 0, violations: 0 };
      const violation = (rank.get(from) ?? -1) > (rank.get(to) ?? Infinity);
      counts.set(key, {
        ...entry,
        edges: entry.edges + 1,
        violations: entry.violations + (violation ? 1 : 0),
      });
    }
  }
  return [...counts.values()].sort(
    (a, b) => compareNames(a.from, b.from) || compareNames(a.to, b.to),
  );
}

const UNLISTED_SHOWN = 50;

function lineageTruth(
  inventory: Inventory,
  code: CodeLineageView,
  layers: readonly LayerGlob[],
): LineageTruth {
  const unlisted = code.models
    .map((model) => model.name)
    .filter((name) => !inventory.indexByName.has(name))
    .sort(compareNames);
  return {
    coverage: lineageCoverage(inventory, code, layers),
    unlisted: unlisted.slice(0, UNLISTED_SHOWN),
    unlistedCount: unlisted.length,
    underReported: underReportedRadius(inventory, code),
  };
}
