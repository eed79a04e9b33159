/**
 * The manifest lineage source (pure): dbt's own `target/manifest.json` (schema v7–v12) turned into
 * nodes and edges by the names reports print — models, seeds and snapshots by name
 * (`package:name` only when several packages define it), sources as `source_name.table_name`,
 * exposures by name — from `parent_map`, or each node's `depends_on.nodes` when it is absent.
 * Tests, analyses and macros are not lineage nodes.
 */
import { compareNames } from './graph.js';
import type { NamedEdge } from './code-lineage.js';

export class ManifestError extends Error {}

export interface ManifestLineage {
  /** The manifest's schema version, e.g. 12. */
  readonly schema: number;
  readonly nodes: readonly string[];
  readonly edges: readonly NamedEdge[];
}

const DATA_TYPES: ReadonlySet<string> = new Set([
  'model',
  'seed',
  'snapshot',
  'source',
  'exposure',
]);
/** Schemas whose parent_map and node fields this reader knows. */
const SUPPORTED = { min: 7, max: 12 };

interface ManifestNode {
  readonly resource_type?: unknown;
  readonly name?: unknown;
  readonly package_name?: unknown;
  readonly source_name?: unknown;
  readonly depends_on?: { readonly nodes?: unknown };
}

function record(value: unknown): Record<string, ManifestNode> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, ManifestNode>)
    : {};
}

/** Reads a manifest's text; a located, one-line ManifestError for what is not one. */
export function manifestLineage(text: string, file: string): ManifestLineage {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    // The position only: the message of JSON.parse quotes the text, which need not be shown.
    const at = /position (\d+)/.exec((error as Error).message)?.[1];
    throw new ManifestError(`${file}: not JSON${at === undefined ? '' : ` (at character ${at})`}`);
  }
  const root = record(document) as Record<string, unknown>;
  const version = String(
    (root.metadata as { dbt_schema_version?: unknown } | undefined)?.dbt_schema_version ?? '',
  );
  const schema = Number(/manifest\/v(\d+)\.json$/.exec(version)?.[1] ?? NaN);
  if (!Number.isInteger(schema))
    throw new ManifestError(
      `${file}: metadata.dbt_schema_version is missing — is this dbt's target/manifest.json?`,
    );
  if (schema < SUPPORTED.min || schema > SUPPORTED.max)
    throw new ManifestError(
      `${file}: manifest schema v${schema} is not supported (v${SUPPORTED.min}–v${SUPPORTED.max}); regenerate it with a dbt version that writes one of those`,
    );

  const all = { ...record(root.nodes), ...record(root.sources), ...record(root.exposures) };
  // A name several packages define is printed with its package, as the scanner does.
  const packagesOf = new Map<string, Set<string>>();
  for (const node of Object.values(all)) {
    if (node.resource_type === 'source' || typeof node.name !== 'string') continue;
    const set = packagesOf.get(node.name) ?? new Set<string>();
    set.add(String(node.package_name ?? ''));
    packagesOf.set(node.name, set);
  }
  const display = new Map<string, string>();
  for (const [id, node] of Object.entries(all)) {
    const type = String(node.resource_type ?? id.split('.')[0]);
    if (!DATA_TYPES.has(type) || typeof node.name !== 'string') continue;
    if (type === 'source') display.set(id, `${String(node.source_name)}.${node.name}`);
    else
      display.set(
        id,
        (packagesOf.get(node.name)?.size ?? 0) > 1
          ? `${String(node.package_name)}:${node.name}`
          : node.name,
      );
  }

  const parents = record(root.parent_map) as unknown as Record<string, unknown>;
  const usesParentMap = Object.keys(parents).length > 0;
  const seen = new Set<string>();
  const edges: NamedEdge[] = [];
  const addEdge = (parent: string, child: string) => {
    const from = display.get(parent);
    const to = display.get(child);
    if (from === undefined || to === undefined || from === to) return;
    const key = `${from}\u0000${to}`;
    if (seen.has(key)) return;
    seen.add(key);
    edges.push({ from, to });
  };
  for (const [child, node] of Object.entries(all)) {
    const list = usesParentMap ? parents[child] : node.depends_on?.nodes;
    if (!Array.isArray(list)) continue;
    for (const parent of list) if (typeof parent === 'string') addEdge(parent, child);
  }
  edges.sort((a, b) => compareNames(a.from, b.from) || compareNames(a.to, b.to));
  return { schema, nodes: [...new Set(display.values())].sort(compareNames), edges };
}

/** Where the code and a manifest of the same commit disagree, among the nodes both know. */
export interface ManifestDisagreement {
  /** Edges the manifest has and the code lacks (e.g. a ref built at run time). */
  readonly onlyManifest: readonly NamedEdge[];
  /** Edges the code has and the manifest lacks (e.g. a manifest older than the commit). */
  readonly onlyCode: readonly NamedEdge[];
}

/**
 * Compares the code's edges with a manifest's, over the nodes both define: a package the
 * repository does not hold, or a node the manifest predates, is not a disagreement.
 */
export function manifestDisagreement(
  manifest: ManifestLineage,
  code: { readonly nodes: readonly string[]; readonly edges: readonly NamedEdge[] },
): ManifestDisagreement {
  const inManifest = new Set(manifest.nodes);
  const both = new Set(code.nodes.filter((node) => inManifest.has(node)));
  const key = (e: NamedEdge) => `${e.from}\u0000${e.to}`;
  const shared = (e: NamedEdge) => both.has(e.from) && both.has(e.to);
  const codeKeys = new Set(code.edges.map(key));
  const manifestKeys = new Set(manifest.edges.map(key));
  const sorted = (edges: NamedEdge[]) =>
    edges.sort((a, b) => compareNames(a.from, b.from) || compareNames(a.to, b.to));
  return {
    onlyManifest: sorted(manifest.edges.filter((e) => shared(e) && !codeKeys.has(key(e)))),
    onlyCode: sorted(code.edges.filter((e) => shared(e) && !manifestKeys.has(key(e)))),
  };
}
