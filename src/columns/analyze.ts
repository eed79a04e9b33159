/**
 * From polyglot's raw output (syntax tree + query analysis) to a model's columns: pure, over plain
 * data. The polyglot call itself lives in polyglot.ts (in-process or in a worker with a timeout).
 */
import type {
  ColumnRef,
  Dialect,
  ModelColumns,
  OutputColumn,
  RelationRef,
  RowUse,
  RowUseContext,
  Unknown,
} from './types.js';
import { shapeOf, type Json } from './shape.js';

/** The subset of polyglot's QueryAnalysis this module reads. */
export interface RawReference {
  sourceName?: string | null;
  sourceKind: string;
  table?: string | null;
  column: string;
  confidence: string;
}
export interface RawProjection {
  index: number;
  name?: string | null;
  isStar: boolean;
  starTable?: string | null;
  transformKind: string;
  upstream: RawReference[];
}
export interface RawAnalysis {
  projections: RawProjection[];
  baseTables: { name: string; table?: string | null }[];
  columnUses?: { context: string; references: RawReference[] }[];
}
export interface RawResult {
  ast: unknown;
  analysis: RawAnalysis;
}

/** polyglot's dialect name for a dbt adapter. */
export function polyglotDialect(d: Dialect): string {
  return d === 'postgres' ? 'postgresql' : d;
}

const ROW_CONTEXT: Record<string, RowUseContext | undefined> = {
  join: 'join',
  filter: 'filter',
  group: 'group',
  having: 'having',
  qualify: 'qualify',
  set_operation_filter: 'filter',
};

/** Upstream columns per relation, for polyglot's schema (expands `select *`). */
export type UpstreamColumns = (relation: string) => readonly string[] | undefined;

/** The schema to hand polyglot: every rendered relation whose columns are known. */
export function schemaFor(
  relations: Readonly<Record<string, RelationRef>>,
  upstreamColumns: UpstreamColumns | undefined,
): { tables: { name: string; columns: { name: string; type: string }[] }[]; strict: false } {
  const tables: { name: string; columns: { name: string; type: string }[] }[] = [];
  if (upstreamColumns) {
    for (const name of Object.keys(relations)) {
      const cols = upstreamColumns(name);
      if (cols && cols.length > 0)
        tables.push({ name, columns: cols.map((c) => ({ name: c, type: '' })) });
    }
  }
  return { tables, strict: false };
}

function refOf(
  r: RawReference,
  relations: Readonly<Record<string, RelationRef>>,
): ColumnRef | undefined {
  if (r.sourceKind !== 'table' || r.confidence !== 'resolved') return undefined;
  const rel = r.table ?? r.sourceName;
  if (!rel) return undefined;
  const name = Object.hasOwn(relations, rel) ? rel : findRelation(rel, relations);
  if (!name) return undefined;
  return { relation: name, column: r.column.toLowerCase() };
}

function findRelation(
  rel: string,
  relations: Readonly<Record<string, RelationRef>>,
): string | undefined {
  const l = rel.toLowerCase();
  return Object.keys(relations).find((k) => k.toLowerCase() === l);
}

function dedupe<T extends ColumnRef>(xs: T[], key: (x: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const x of xs) if (!seen.has(key(x))) seen.set(key(x), x);
  return [...seen.values()].sort((a, b) => key(a).localeCompare(key(b)));
}

const refKey = (r: ColumnRef) => `${r.relation}\u0000${r.column}`;

/**
 * Build the model's columns. `relations` is the renderer's map; a table read that is not in it
 * (hard-coded `db.schema.table`) makes the lineage incomplete, not wrong.
 */
export function modelColumnsFrom(
  raw: RawResult,
  dialect: Dialect,
  relations: Readonly<Record<string, RelationRef>>,
): ModelColumns | Unknown {
  const a = raw.analysis;
  const columns: OutputColumn[] = [];
  const incomplete: string[] = [];
  const names = new Set<string>();
  const starFrom = new Set<string>();
  /* filled below once the shape is known */
  for (const p of a.projections) {
    if (p.isStar) {
      incomplete.push(
        p.starTable
          ? `select ${p.starTable}.* could not be expanded (columns of ${p.starTable} unknown)`
          : 'select * could not be expanded (upstream columns unknown)',
      );
      continue;
    }
    if (!p.name) {
      incomplete.push(`output column ${p.index + 1} has no name`);
      continue;
    }
    const name = p.name.toLowerCase();
    if (names.has(name)) continue; // a duplicate name (select * over a join): the first one wins
    names.add(name);
    const upstream: ColumnRef[] = [];
    for (const r of p.upstream) {
      const ref = refOf(r, relations);
      if (ref) upstream.push(ref);
      else if (r.sourceKind !== 'table' || r.confidence !== 'resolved') {
        incomplete.push(`${name}: ${r.column} not traced to an upstream relation`);
      }
    }
    columns.push({ name, upstream: dedupe(upstream, refKey), transform: p.transformKind });
  }
  const rowAffecting: RowUse[] = [];
  let rowIncomplete = false;
  for (const u of a.columnUses ?? []) {
    const context = ROW_CONTEXT[u.context];
    if (!context) continue;
    for (const r of u.references) {
      const ref = refOf(r, relations);
      if (ref) rowAffecting.push({ ...ref, context });
      else rowIncomplete = true;
    }
  }
  let shape;
  try {
    shape = shapeOf(raw.ast as Json);
  } catch (err) {
    return { unknown: `structure: ${err instanceof Error ? err.message : String(err)}` };
  }
  if (shape.grainFromSelectList) {
    for (const c of columns)
      for (const u of c.upstream) rowAffecting.push({ ...u, context: 'distinct' });
  }
  const rels = new Set<string>();
  for (const t of a.baseTables) {
    const name = t.table ?? t.name;
    const known = Object.hasOwn(relations, name) ? name : findRelation(name, relations);
    if (known) rels.add(known);
    else incomplete.push(`reads ${name}, which is not a ref() or source()`);
  }
  for (const t of shape.starRelations) {
    const known = Object.hasOwn(relations, t) ? t : findRelation(t, relations);
    if (known) starFrom.add(known);
  }
  return {
    dialect,
    columns,
    complete: incomplete.length === 0,
    incompleteReasons: [...new Set(incomplete)].slice(0, 20),
    rowAffecting: dedupe(rowAffecting, (r) => `${refKey(r)}\u0000${r.context}`),
    rowAffectingIncomplete: rowIncomplete,
    relations: [...rels].sort(),
    starFrom: [...starFrom].sort(),
    shape,
  };
}
