/**
 * The dbt project scanner's data model (pure; see DESIGN "Lineage from the project's code").
 *
 * API (src/project/index.ts re-exports it):
 * - `scanRepository(files, options?) → ProjectScan` — every dbt project in a tree given as
 *   `Map<repo path, text>`: projects, nodes, edges (producer → consumer, with provenance and the
 *   consumer's file + line), problems (`lineage/dynamic-ref`, `lineage/ambiguous-ref`,
 *   `lineage/incomplete`,
 *   `project/invalid`), and each project's vars. Pure, deterministic (everything sorted),
 *   never throws; `options.cache` (a `ScanCache`, keyed by blob id via `options.blobIds`) lets
 *   two scans of neighbouring commits parse a shared blob once.
 * - `diffScans(base, head, renames?) → CodeChange[]` — per node: added / removed / modified /
 *   moved with the reasons of DESIGN's "Changes from code" table and whether it anchors.
 * - `src/git/tree-files.ts` (adapter): `readTree` / `readTrees` read commits' files from git
 *   objects with one `git cat-file --batch`.
 *
 * Node ids are `${kind}:${project}:${name}` (sources: `source:${project}:${source}.${table}`);
 * nodes that are referenced but not defined in the repository are `external` and use project `?`
 * unless the reference named a package.
 */

export type NodeKind = 'model' | 'seed' | 'snapshot' | 'source' | 'exposure' | 'macro';

export type NodeId = string & { __brand: 'NodeId' };

export function nodeId(kind: NodeKind, project: string, name: string): NodeId {
  return `${kind}:${project}:${name}` as NodeId;
}

export type Aspect = 'sql' | 'format' | 'config' | 'contract' | 'seed' | 'docs';

export interface CodeNode {
  id: NodeId;
  kind: NodeKind;
  project: string;
  name: string;
  /** As reports print it: the name, `project:name` only on a collision; sources `source.table`. */
  display: string;
  /** Repository path of the defining file ('' for external nodes). */
  path: string;
  line?: number;
  language?: 'sql' | 'python';
  layer?: string;
  description?: string;
  contract?: boolean;
  /** Referenced, not defined in the repository. */
  external?: boolean;
  /** Custom schema and alias (models, seeds, snapshots) or schema and identifier (sources). */
  schema?: string;
  alias?: string;
  /**
   * Hashes per aspect, computed when first read (only a diff reads them, and `diffScans` skips
   * the hashing where both commits gave identical inputs); `{}` from a scan made with
   * `fingerprints: false`.
   */
  fingerprints: Partial<Record<Aspect, string>>;
  /** Macros it calls directly (model/snapshot → macro, macro → macro). */
  macros: NodeId[];
  /** Names of the vars it reads (directly or through the macros it calls). */
  vars: string[];
}

export type Provenance = 'sql' | 'jinja' | 'macro' | 'linked-source';

export interface CodeEdge {
  /** The producer. */
  from: NodeId;
  /** The consumer. */
  to: NodeId;
  provenance: Provenance[];
  /** Where the consumer reads it (its file, the line of the reference or of the macro call). */
  file: string;
  line: number;
}

export type ProblemRule =
  'lineage/dynamic-ref' | 'lineage/ambiguous-ref' | 'lineage/incomplete' | 'project/invalid';

export interface Problem {
  rule: ProblemRule;
  file: string;
  line: number;
  message: string;
}

export interface ScannedProject {
  name: string;
  /** Folder of its dbt_project.yml ('' at the repository root). */
  root: string;
  file: string;
  modelPaths: string[];
  macroPaths: string[];
  seedPaths: string[];
  snapshotPaths: string[];
  analysisPaths: string[];
  testPaths: string[];
}

export interface ProjectScan {
  /** Every file path of the tree scanned (sorted): what exists at the commit. */
  files: string[];
  projects: ScannedProject[];
  nodes: CodeNode[];
  edges: CodeEdge[];
  problems: Problem[];
  /** Each project's `vars:` from dbt_project.yml (project-scoped values merged in). */
  vars: Record<string, Record<string, unknown>>;
}

export type ChangeReason =
  'sql' | 'sql-format' | 'macro' | 'var' | 'config' | 'contract' | 'seed' | 'docs';

export interface CodeChange {
  node: NodeId;
  kind: 'added' | 'removed' | 'modified' | 'moved';
  reasons: ChangeReason[];
  /** For `macro`: the changed macros it reaches (display names). */
  macros?: string[];
  /** For `var`: the vars whose value changed. */
  vars?: string[];
  /** Base-side id when a moved/renamed node changed its id. */
  previous?: NodeId;
  /** Whether it anchors the radius (DESIGN: sql, macro, var, config, contract, seed; added/removed). */
  anchors: boolean;
}

export const ANCHORING: ReadonlySet<ChangeReason> = new Set([
  'sql',
  'macro',
  'var',
  'config',
  'contract',
  'seed',
]);
