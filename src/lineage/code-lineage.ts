/**
 * The code lineage source (pure): two scans of the dbt project (src/project) turned into what the
 * engine consumes beside the inventory — graph nodes and edges by the names reports print
 * (`name`, `project:name` on a collision, sources `source_name.table_name`), each edge with the
 * sources that prove it; the code's changes as `Change`s with their reasons; layers for nodes the
 * inventory lacks. The union with the inventory happens in the graph (src/impact/graphs.ts).
 */
import { layerByPath, type LayerGlob as LayerRule } from '../util/layers.js';
import type { Change } from '../diff/changes.js';
import type {
  CodeChange,
  CodeNode,
  NodeId,
  Problem,
  ProjectScan,
  Provenance,
} from '../project/types.js';
import { compareNames } from './graph.js';

/** The node kinds that carry data: macros are not lineage nodes (their callers change). */
export const DATA_KINDS: ReadonlySet<string> = new Set([
  'model',
  'seed',
  'snapshot',
  'source',
  'exposure',
]);

/** Code reasons that anchor the radius (DESIGN, "Changes from code"). */
export const CODE_ANCHORING: ReadonlySet<string> = new Set([
  'sql',
  'macro',
  'var',
  'config',
  'contract',
  'seed',
]);

export interface CodeInput {
  /** Null when the base commit has no dbt project (or was not read). */
  readonly base: ProjectScan | null;
  readonly head: ProjectScan;
  /** `diffScans(base, head, renames)`; empty without a base. */
  readonly changes: readonly CodeChange[];
  /**
   * The files the scans were made from (repository path → text): what column analysis
   * (`withColumnImpact`, `diff --columns`) renders. Optional; unused by the lineage itself.
   */
  readonly baseFiles?: ReadonlyMap<string, string>;
  readonly headFiles?: ReadonlyMap<string, string>;
}

/** A layer rule of the config: the first glob over a node's path that matches names its layer. */
export type { LayerGlob as LayerRule } from '../util/layers.js';

export interface NamedEdge {
  readonly from: string;
  readonly to: string;
}

export interface MacroChange {
  readonly macro: string;
  readonly kind: CodeChange['kind'];
  readonly reasons: readonly string[];
  /** Models that call it, directly or through other macros, at the head (or base if removed). */
  readonly callers: number;
  readonly path: string;
}

export interface CodeLineage {
  /** Every data node's printed name, both commits. */
  readonly nodes: readonly string[];
  readonly baseEdges: readonly NamedEdge[];
  readonly headEdges: readonly NamedEdge[];
  /** Changes of data nodes, as the engine's changes (sorted by name). */
  readonly changes: readonly Change[];
  /** Changes of macros, with how many models call them. */
  readonly macros: readonly MacroChange[];
  /** Repository paths of every node both commits define (their SQL is judged by the code). */
  readonly paths: ReadonlySet<string>;
  /** What proves the head edge from → to, besides the inventory. */
  provenance(from: string, to: string): readonly Provenance[] | undefined;
  /** The layer of a node the inventory lacks: `layers:` globs, then `meta.layer`. */
  layerOf(name: string): string | null;
  /** The file of a node (head first). */
  pathOf(name: string): string | undefined;
  /** The file of a node at the base. */
  basePathOf(name: string): string | undefined;
  readonly head: ProjectScan;
  readonly base: ProjectScan | null;
}

interface Side {
  readonly byId: Map<NodeId, CodeNode>;
  readonly byName: Map<string, CodeNode>;
  readonly edges: NamedEdge[];
  readonly provenance: Map<string, Provenance[]>;
}

function side(scan: ProjectScan | null): Side {
  const byId = new Map<NodeId, CodeNode>();
  const byName = new Map<string, CodeNode>();
  const edges: NamedEdge[] = [];
  const provenance = new Map<string, Provenance[]>();
  if (!scan) return { byId, byName, edges, provenance };
  for (const node of scan.nodes) {
    byId.set(node.id, node);
    if (DATA_KINDS.has(node.kind) && !byName.has(node.display)) byName.set(node.display, node);
  }
  for (const edge of scan.edges) {
    const from = byId.get(edge.from);
    const to = byId.get(edge.to);
    if (!from || !to || !DATA_KINDS.has(from.kind) || !DATA_KINDS.has(to.kind)) continue;
    const key = `${from.display}\u0000${to.display}`;
    const known = provenance.get(key);
    if (known) {
      for (const p of edge.provenance) if (!known.includes(p)) known.push(p);
    } else {
      provenance.set(key, [...edge.provenance]);
      edges.push({ from: from.display, to: to.display });
    }
  }
  return { byId, byName, edges, provenance };
}

export function codeLineage(input: CodeInput, layers: readonly LayerRule[] = []): CodeLineage {
  const base = side(input.base);
  const head = side(input.head);
  const layerAt = layerByPath(layers);
  const nodeOf = (name: string) => head.byName.get(name) ?? base.byName.get(name);
  const layerOf = (name: string): string | null => {
    const node = nodeOf(name);
    if (!node) return null;
    return (node.path ? layerAt(node.path) : undefined) ?? node.layer ?? null;
  };

  const nodes = new Set<string>([...base.byName.keys(), ...head.byName.keys()]);
  const paths = new Set<string>();
  for (const s of [base, head])
    for (const node of s.byId.values()) if (node.path && !node.external) paths.add(node.path);

  const changes: Change[] = [];
  const macros: MacroChange[] = [];
  // who calls whom, built once per scan and only when a macro changed
  const callerIndex = new Map<ProjectScan, CallerIndex>();
  const callers = (scan: ProjectScan, macro: NodeId): number => {
    let index = callerIndex.get(scan);
    if (!index) callerIndex.set(scan, (index = callerIndexOf(scan)));
    return callersOf(index, macro);
  };
  for (const change of input.changes) {
    const node = head.byId.get(change.node) ?? base.byId.get(change.node);
    if (!node || node.external) continue;
    if (node.kind === 'macro') {
      macros.push({
        macro: node.display,
        kind: change.kind,
        reasons: change.reasons,
        callers: callers(change.kind === 'removed' ? input.base! : input.head, node.id),
        path: node.path,
      });
      continue;
    }
    if (!DATA_KINDS.has(node.kind)) continue;
    const anchors = change.kind !== 'moved' && change.anchors;
    changes.push({
      model: node.display,
      kind: change.kind,
      layer: layerOf(node.display) ?? node.kind,
      reasons: change.reasons,
      metadataOnly: !anchors,
      fields: Object.create(null) as Change['fields'],
      ...(change.macros && { macros: change.macros }),
      ...(change.vars && { vars: change.vars }),
    });
  }
  changes.sort((a, b) => compareNames(a.model, b.model));
  macros.sort((a, b) => compareNames(a.macro, b.macro));

  return {
    nodes: [...nodes].sort(compareNames),
    baseEdges: base.edges,
    headEdges: head.edges,
    changes,
    macros,
    paths,
    provenance: (from, to) => head.provenance.get(`${from}\u0000${to}`),
    layerOf,
    pathOf: (name) => nodeOf(name)?.path || undefined,
    basePathOf: (name) => base.byName.get(name)?.path || undefined,
    head: input.head,
    base: input.base,
  };
}

interface CallerIndex {
  readonly callers: Map<NodeId, NodeId[]>;
  readonly kinds: Map<NodeId, string>;
}

function callerIndexOf(scan: ProjectScan): CallerIndex {
  const callers = new Map<NodeId, NodeId[]>();
  const kinds = new Map<NodeId, string>();
  for (const node of scan.nodes) {
    kinds.set(node.id, node.kind);
    for (const called of node.macros) {
      const list = callers.get(called);
      if (list) list.push(node.id);
      else callers.set(called, [node.id]);
    }
  }
  return { callers, kinds };
}

/** Models and snapshots that call the macro, directly or through other macros. */
function callersOf({ callers, kinds }: CallerIndex, macro: NodeId): number {
  const seen = new Set<NodeId>([macro]);
  const stack = [macro];
  let count = 0;
  while (stack.length > 0) {
    const id = stack.pop()!;
    for (const caller of callers.get(id) ?? []) {
      if (seen.has(caller)) continue;
      seen.add(caller);
      if (kinds.get(caller) === 'macro') stack.push(caller);
      else count++;
    }
  }
  return count;
}

/**
 * Changes of the inventory and of the code for the same model, as one: the union of their
 * reasons, anchoring when either anchors. The code decides the SQL: a file the scanner read is
 * judged by its tokens (`sql` or `sql-format`), not by the mere fact that it was touched.
 */
export function mergeChanges(inventory: readonly Change[], code: readonly Change[]): Change[] {
  const byName = new Map<string, Change>();
  for (const change of inventory) byName.set(change.model, change);
  for (const change of code) {
    const known = byName.get(change.model);
    if (!known) {
      byName.set(change.model, change);
      continue;
    }
    const reasons = [...new Set([...change.reasons, ...known.reasons])];
    byName.set(change.model, {
      ...known,
      ...(known.kind === 'moved' && change.kind === 'modified' && { kind: 'modified' }),
      reasons,
      metadataOnly: known.metadataOnly && change.metadataOnly,
      ...(change.macros && { macros: change.macros }),
      ...(change.vars && { vars: change.vars }),
    });
  }
  return [...byName.values()].sort((a, b) => compareNames(a.model, b.model));
}

/** Problems the scanner could not decide, in the given files only (a diff's changed files). */
export function problemsIn(scan: ProjectScan, files: ReadonlySet<string> | null): Problem[] {
  return scan.problems.filter((problem) => files === null || files.has(problem.file));
}
