/**
 * `blast-radius lineage`: the lineage graph at one commit (pure). The union of the inventory's
 * lists and the dbt project's code, each edge with what proves it; rendered as JSON (sorted, the
 * contract of docs/lineage.md), a bounded mermaid flowchart, or text. Every name is untrusted:
 * JSON carries it as data, mermaid labels are neutralised, text escapes control characters.
 */
import { DATA_KINDS } from '../lineage/code-lineage.js';
import type { Model } from '../inventory/schema.js';
import { codeLineage, type LayerRule } from '../lineage/code-lineage.js';
import { compareNames } from '../lineage/graph.js';
import type { CodeNode, ProjectScan } from '../project/types.js';
import {
  flowchart,
  type ClassName,
  type FlowEdge,
  type FlowNode,
} from '../render/markdown/mermaid.js';
import { neutralizeControls } from '../util/controls.js';
import { LINEAGE_MERMAID_NODES } from './args.js';

export interface LineageNode {
  /** As every report prints it: `project:name` only on a collision; sources `source.table`. */
  readonly name: string;
  /** model, seed, snapshot, source, exposure. */
  readonly kind: string;
  /** The dbt project that defines it; null when only the inventory knows it. */
  readonly project: string | null;
  /** Repository path of its file; null for a node nothing in the repository defines. */
  readonly path: string | null;
  readonly layer: string | null;
  /** Referenced, defined nowhere in the repository (nor in the inventory). */
  readonly external?: true;
}

export interface LineageEdge {
  /** The producer. */
  readonly from: string;
  /** The consumer. */
  readonly to: string;
  /** What proves it: `inventory`, `sql`, `jinja`, `macro`, `linked-source`. Sorted. */
  readonly provenance: readonly string[];
}

export interface LineageGraph {
  readonly schemaVersion: 1;
  readonly mode: 'lineage';
  readonly ref: string;
  /** The sources read: `inventory` when an inventory exists, `code` when a dbt project does. */
  readonly sources: readonly string[];
  readonly projects: readonly { name: string; root: string; file: string }[];
  readonly nodes: readonly LineageNode[];
  readonly edges: readonly LineageEdge[];
  readonly unresolved: readonly { rule: string; file: string; line: number; message: string }[];
}

export interface LineageInput {
  readonly ref: string;
  /** The code at the commit (null: not read, or no dbt_project.yml). */
  readonly scan: ProjectScan | null;
  /** The usable inventory's models at the commit (null: not read, or none). */
  readonly models: readonly Model[] | null;
  readonly layers: readonly LayerRule[];
}

/** The graph at one commit. Linear in nodes + edges (+ a sort). */
export function lineageGraph(input: LineageInput): LineageGraph {
  const { scan, models } = input;
  const nodes = new Map<string, LineageNode>();
  const edges = new Map<string, { from: string; to: string; provenance: Set<string> }>();
  const addEdge = (from: string, to: string, provenance: Iterable<string>) => {
    const key = `${from}\u0000${to}`;
    let edge = edges.get(key);
    if (!edge) edges.set(key, (edge = { from, to, provenance: new Set() }));
    for (const p of provenance) edge.provenance.add(p);
  };

  const code = scan ? codeLineage({ base: null, head: scan, changes: [] }, input.layers) : null;
  const codeNodes = new Map<string, CodeNode>();
  for (const node of scan?.nodes ?? [])
    if (DATA_KINDS.has(node.kind) && !codeNodes.has(node.display))
      codeNodes.set(node.display, node);

  for (const model of models ?? []) {
    const node = codeNodes.get(model.name);
    nodes.set(model.name, {
      name: model.name,
      kind: node?.kind ?? 'model',
      project: node && !node.external ? node.project : null,
      path: model.path,
      layer: model.layer,
    });
  }
  for (const [name, node] of codeNodes) {
    if (nodes.has(name)) continue;
    nodes.set(name, {
      name,
      kind: node.kind,
      project: node.external ? null : node.project,
      path: node.external || !node.path ? null : node.path,
      layer: code!.layerOf(name),
      ...(node.external && { external: true as const }),
    });
  }
  for (const model of models ?? []) {
    for (const up of model.upstream_dependencies ?? []) addEdge(up, model.name, ['inventory']);
    for (const down of model.downstream_consumers ?? []) addEdge(model.name, down, ['inventory']);
  }
  for (const edge of code?.headEdges ?? [])
    addEdge(edge.from, edge.to, code!.provenance(edge.from, edge.to) ?? []);
  // A name an edge mentions that nothing defines: an external node.
  for (const edge of edges.values()) {
    for (const name of [edge.from, edge.to]) {
      if (!nodes.has(name))
        nodes.set(name, {
          name,
          kind: 'model',
          project: null,
          path: null,
          layer: null,
          external: true,
        });
    }
  }

  const sources: string[] = [];
  if (models) sources.push('inventory');
  if (scan) sources.push('code');
  return {
    schemaVersion: 1,
    mode: 'lineage',
    ref: input.ref,
    sources,
    projects: (scan?.projects ?? [])
      .map((p) => ({ name: p.name, root: p.root, file: p.file }))
      .sort((a, b) => compareNames(a.name, b.name) || compareNames(a.file, b.file)),
    nodes: [...nodes.values()].sort(
      (a, b) => compareNames(a.name, b.name) || compareNames(a.kind, b.kind),
    ),
    edges: [...edges.values()]
      .map((edge) => ({
        from: edge.from,
        to: edge.to,
        provenance: [...edge.provenance].sort(compareNames),
      }))
      .sort((a, b) => compareNames(a.from, b.from) || compareNames(a.to, b.to)),
    unresolved: (scan?.problems ?? [])
      .map((p) => ({ rule: p.rule, file: p.file, line: p.line, message: p.message }))
      .sort(
        (a, b) => compareNames(a.file, b.file) || a.line - b.line || compareNames(a.rule, b.rule),
      ),
  };
}

/** At most this many nodes in the mermaid picture; the rest are counted in a comment. */
export const MERMAID_NODES = LINEAGE_MERMAID_NODES;

/**
 * A mermaid flowchart of the graph, bounded: the best-connected `limit` nodes (ties by name) and
 * the edges between them (at most 500, mermaid's own limit), with a comment saying how many of
 * each were left out. Labels are neutralised; node ids are generated.
 */
export function lineageMermaid(graph: LineageGraph, limit = MERMAID_NODES): string {
  const degree = new Map<string, number>();
  for (const edge of graph.edges) {
    degree.set(edge.from, (degree.get(edge.from) ?? 0) + 1);
    degree.set(edge.to, (degree.get(edge.to) ?? 0) + 1);
  }
  const chosen = [...graph.nodes]
    .sort(
      (a, b) =>
        (degree.get(b.name) ?? 0) - (degree.get(a.name) ?? 0) || compareNames(a.name, b.name),
    )
    .slice(0, limit)
    .sort((a, b) => compareNames(a.name, b.name));
  const index = new Map(chosen.map((node, i) => [node.name, i]));
  const flowNodes: FlowNode[] = chosen.map((node) => ({ label: node.name, cls: classOf(node) }));
  const flowEdges: FlowEdge[] = [];
  let edgesLeft = 0;
  for (const edge of graph.edges) {
    const from = index.get(edge.from);
    const to = index.get(edge.to);
    if (from === undefined || to === undefined || flowEdges.length >= 500) {
      edgesLeft++;
      continue;
    }
    flowEdges.push({ from, to });
  }
  const nodesLeft = graph.nodes.length - chosen.length;
  const source = flowchart({ nodes: flowNodes, edges: flowEdges });
  const note =
    nodesLeft > 0 || edgesLeft > 0
      ? `\n%% ${nodesLeft} nodes and ${edgesLeft} edges not drawn (at most ${limit} nodes): --format json lists all`
      : '';
  return `${source}${note}\n`;
}

function classOf(node: LineageNode): ClassName {
  if (node.external) return 'external';
  return node.kind === 'model' || node.kind === 'snapshot' ? 'impacted' : 'layer';
}

const TEXT_EDGES = 500;
const TEXT_UNRESOLVED = 50;

/** The graph as text: sources, projects, counts, every edge (capped) and the unresolved refs. */
export function lineageText(graph: LineageGraph): string {
  const clean = (value: string) => neutralizeControls(value);
  const out = [
    `dbt blast radius — lineage at ${clean(graph.ref)}`,
    `Lineage sources: ${graph.sources.length > 0 ? graph.sources.join(' + ') : 'none'}`,
  ];
  if (graph.projects.length > 0)
    out.push(
      `Projects (${graph.projects.length}): ${graph.projects.map((p) => `${clean(p.name)} (${clean(p.file)})`).join(', ')}`,
    );
  const byKind = new Map<string, number>();
  for (const node of graph.nodes) byKind.set(node.kind, (byKind.get(node.kind) ?? 0) + 1);
  const codeOnly = graph.edges.filter((e) => !e.provenance.includes('inventory')).length;
  out.push(
    `${graph.nodes.length} nodes (${[...byKind].map(([k, n]) => `${n} ${k}`).join(', ')}), ${graph.edges.length} edges` +
      (graph.sources.includes('inventory') && graph.sources.includes('code')
        ? `, ${codeOnly} not in the inventory`
        : ''),
    '',
    'Edges (producer → consumer [what proves it]):',
  );
  for (const edge of graph.edges.slice(0, TEXT_EDGES))
    out.push(`  ${clean(edge.from)} → ${clean(edge.to)} [${edge.provenance.join(', ')}]`);
  if (graph.edges.length > TEXT_EDGES)
    out.push(`  … and ${graph.edges.length - TEXT_EDGES} more (--format json lists all)`);
  if (graph.edges.length === 0) out.push('  (none)');
  out.push('', `Unresolved references (${graph.unresolved.length}):`);
  for (const problem of graph.unresolved.slice(0, TEXT_UNRESOLVED))
    out.push(
      `  ${problem.rule}: ${clean(problem.message).slice(0, 300)} (${clean(problem.file)}:${problem.line})`,
    );
  if (graph.unresolved.length > TEXT_UNRESOLVED)
    out.push(`  … and ${graph.unresolved.length - TEXT_UNRESOLVED} more (--format json lists all)`);
  return out.join('\n') + '\n';
}
