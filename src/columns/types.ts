/**
 * Plain data of the column-level analysis (issue 14). Everything here is JSON-serialisable so a
 * worker can hand it back and a report can carry it.
 */

/** The SQL dialects the analysis knows; `adapter` names as dbt spells them. */
export type Dialect =
  'snowflake' | 'bigquery' | 'postgres' | 'redshift' | 'databricks' | 'spark' | 'trino' | 'duckdb';

export const DIALECTS: readonly Dialect[] = [
  'snowflake',
  'bigquery',
  'postgres',
  'redshift',
  'databricks',
  'spark',
  'trino',
  'duckdb',
];

/** What a relation name in the rendered SQL stands for (reversible to the dbt node). */
export type RelationRef =
  | { kind: 'ref'; name: string; package?: string; version?: string }
  | { kind: 'source'; source: string; table: string }
  | { kind: 'this'; name: string };

/** An upstream column: `relation` is a rendered relation name (a key of `relations`). */
export interface ColumnRef {
  relation: string;
  column: string;
}

export type RowUseContext = 'filter' | 'join' | 'group' | 'having' | 'qualify' | 'distinct';

export interface RowUse extends ColumnRef {
  context: RowUseContext;
}

export interface OutputColumn {
  name: string;
  /** The upstream columns it derives from (base relations only, CTEs and subqueries followed). */
  upstream: ColumnRef[];
  /** `direct`, `expression`, `aggregation`, `window`, `constant`, ... (polyglot's transform kind). */
  transform: string;
}

/** The columns of one model, the result of parsing its rendered SQL. */
export interface ModelColumns {
  dialect: Dialect;
  columns: OutputColumn[];
  /**
   * False when some output column could not be named (an unresolved `*`, an opaque package
   * macro in the select list): the list above is then a lower bound.
   */
  complete: boolean;
  /** Why the list is incomplete, when it is. */
  incompleteReasons: string[];
  /** Upstream columns used in WHERE / JOIN / GROUP BY / HAVING / QUALIFY / DISTINCT. */
  rowAffecting: RowUse[];
  /** True when a row-affecting use could not be resolved to an upstream column. */
  rowAffectingIncomplete: boolean;
  /** Relations read (rendered names), sorted. */
  relations: string[];
  /** Relations whose columns reach the output through a `*` (a new upstream column flows on). */
  starFrom: string[];
  /** Structural fingerprints for classification (see classify.ts). */
  shape: ModelShape;
}

/** Normalised structure of a parsed model, used to compare base and head. */
export interface ModelShape {
  /** Digest of the normalised syntax tree (no spans, no comments): equal means cosmetic. */
  tree: string;
  /** Per scope (root, cte name, subquery path): the scope with its select lists removed. */
  skeletons: Record<string, string>;
  /** Per scope: output name → normalised definition and the column names it mentions. */
  definitions: Record<string, Record<string, { sql: string; mentions: string[] }>>;
  /** Column names mentioned in row-affecting clauses of any scope (lower case). */
  rowMentions: string[];
  /** Tables (lower-cased names as written) whose columns reach the output through a `*`. */
  starRelations: string[];
  /** The root is SELECT DISTINCT, GROUP BY ALL or similar: adding a column changes rows. */
  grainFromSelectList: boolean;
}

export type Unknown = { unknown: string };

export type Analysis = ModelColumns | Unknown;

export function isUnknown<T extends object>(x: T | Unknown): x is Unknown {
  return 'unknown' in x;
}
