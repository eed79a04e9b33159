/**
 * From polyglot's raw output (syntax tree + query analysis) to a model's columns: pure, over plain
 * data. The polyglot call itself lives in polyglot.ts (in-process or in a worker with a timeout).
 */
import type {
  ColumnRef,
  Dialect,
  ModelColumns,
  ModelShape,
  OutputColumn,
  RelationRef,
  RowUse,
  RowUseContext,
  Unknown,
} from './types.js';
import { shapeWithCtes, type Json } from './shape.js';

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
  /** The parse tree, or null where none was needed (then `grain` says what shape.ts would). */
  ast: unknown;
  grain?: boolean;
  analysis: RawAnalysis;
  /** Time polyglot took to parse and to analyse, ms (for profiles). */
  ms?: { parse: number; analysis: number };
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

/** Whether a backslash escapes the next character in a dialect's '…' strings. */
export function backslashEscapes(dialect: Dialect): boolean {
  return (
    dialect !== 'postgres' && dialect !== 'redshift' && dialect !== 'trino' && dialect !== 'duckdb'
  );
}

/**
 * The index of the quote closing the string or quoted identifier that opens at `open` (a doubled
 * quote is one character of it; a backslash escapes the next in a '…' string where `backslash`),
 * or -1 when it never closes.
 */
export function closingQuote(sql: string, open: number, backslash: boolean): number {
  const c = sql[open];
  let j = open + 1;
  while (j < sql.length) {
    const d = sql[j];
    if (d === '\\' && c === "'" && backslash) j += 2;
    else if (d === c) {
      if (sql[j + 1] === c) j += 2;
      else return j;
    } else j++;
  }
  return -1;
}

/**
 * The SQL without its comments (each `--` line comment and `/* *\/` block replaced by a space or
 * a newline): comments carry no lineage, and polyglot names a select-list column that follows a
 * comment `_col_N` instead of its name. String literals, quoted identifiers and `$$` strings are
 * kept as they are; backslash escapes in strings except in dialects whose strings have none.
 * Linear; an unterminated string or comment keeps the rest as it is.
 */
export function stripComments(sql: string, dialect: Dialect): string {
  if (!sql.includes('--') && !sql.includes('/*')) return sql;
  const backslash = backslashEscapes(dialect);
  let out = '';
  let from = 0;
  let i = 0;
  const n = sql.length;
  while (i < n) {
    const c = sql[i];
    if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < n) {
        const d = sql[j];
        if (d === '\\' && c === "'" && backslash) j += 2;
        else if (d === c) {
          if (sql[j + 1] === c) j += 2;
          else break;
        } else j++;
      }
      i = j + 1;
    } else if (c === '$' && sql[i + 1] === '$') {
      const end = sql.indexOf('$$', i + 2);
      i = end < 0 ? n : end + 2;
    } else if (c === '-' && sql[i + 1] === '-') {
      const end = sql.indexOf('\n', i + 2);
      out += `${sql.slice(from, i)}${end < 0 ? '' : '\n'}`;
      i = from = end < 0 ? n : end + 1;
    } else if (c === '/' && sql[i + 1] === '*') {
      const end = sql.indexOf('*/', i + 2);
      if (end < 0) break;
      out += `${sql.slice(from, i)} `;
      i = from = end + 2;
    } else i++;
  }
  return out + sql.slice(from);
}

/**
 * Trino's (and Dune's) bare varbinary literals `0xABCD` written as `X'ABCD'` (and `0x` as `X''`),
 * and DuneSQL's typed literals `uint256 '0'` / `int256 '1'` as casts — the forms polyglot's Trino
 * parser takes; outside string literals and quoted identifiers, at a token start only. Other
 * dialects' SQL is returned as it is.
 */
export function hexLiterals(sql: string, dialect: Dialect): string {
  if (dialect !== 'trino' || !/0x|int256/i.test(sql)) return sql;
  let out = '';
  let from = 0;
  let i = 0;
  const n = sql.length;
  const word = /[\w$.]/;
  const typed = /(u?int256)\s+'/iy;
  /** The index just past the string literal opening at `q`. */
  const pastString = (q: number, c: string) => {
    let j = q + 1;
    while (j < n && !(sql[j] === c && sql[j + 1] !== c)) j += sql[j] === c ? 2 : 1;
    return j + 1;
  };
  while (i < n) {
    const c = sql[i]!;
    if (c === "'" || c === '"' || c === '`') {
      i = pastString(i, c);
    } else if (
      c === '0' &&
      (sql[i + 1] === 'x' || sql[i + 1] === 'X') &&
      !word.test(sql[i - 1] ?? ' ')
    ) {
      let j = i + 2;
      while (j < n && /[0-9a-fA-F]/.test(sql[j]!)) j++;
      // `0x` alone is DuneSQL's empty varbinary
      if (!word.test(sql[j] ?? ' ')) {
        out += `${sql.slice(from, i)}X'${sql.slice(i + 2, j)}'`;
        from = j;
      }
      i = j;
    } else if (
      (c === 'u' || c === 'U' || c === 'i' || c === 'I') &&
      !word.test(sql[i - 1] ?? ' ')
    ) {
      // DuneSQL's typed literals `uint256 '0'` / `int256 '0'`: a cast, which the parser takes
      typed.lastIndex = i;
      const m = typed.exec(sql);
      if (m) {
        const q = i + m[0].length - 1;
        const end = pastString(q, "'");
        out += `${sql.slice(from, i)}CAST(${sql.slice(q, end)} AS ${m[1]!.toUpperCase()})`;
        from = i = end;
      } else i++;
    } else i++;
  }
  return out + sql.slice(from);
}

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
  cteStar: Readonly<Record<string, string>>,
): ColumnRef | undefined {
  if (r.confidence !== 'resolved') return undefined;
  let rel = r.table ?? r.sourceName;
  if (!rel) return undefined;
  if (r.sourceKind === 'cte') {
    // A CTE that passes one relation through with `select *`: its column is that relation's.
    const l = rel.toLowerCase();
    rel = Object.hasOwn(cteStar, l) ? cteStar[l] : undefined;
    if (!rel) return undefined;
  } else if (r.sourceKind !== 'table') return undefined;
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
 * The shape of a model analysed without its structure (a whole-commit export, which reads only
 * its columns). Its empty `tree` is never compared: classify.ts refuses it.
 */
export const UNSTRUCTURED: ModelShape = {
  tree: '',
  skeletons: {},
  definitions: {},
  rowMentions: [],
  starRelations: [],
  grainFromSelectList: false,
};

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
  let shaped;
  try {
    shaped =
      raw.ast === null && raw.grain !== undefined
        ? { shape: { ...UNSTRUCTURED, grainFromSelectList: raw.grain }, cteStar: {} }
        : shapeWithCtes(raw.ast as Json);
  } catch (err) {
    return { unknown: `structure: ${err instanceof Error ? err.message : String(err)}` };
  }
  const { shape, cteStar } = shaped;
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
    const name = p.name?.toLowerCase();
    if (!name) {
      incomplete.push(`output column ${p.index + 1} has no name`);
      continue;
    }
    if (names.has(name)) continue; // a duplicate name (select * over a join): the first one wins
    names.add(name);
    const upstream: ColumnRef[] = [];
    // By column name: the order of the reasons below must not depend on who traced the piece
    // (polyglot lists a column's references in its own tree order, simple-select.ts in the text's).
    for (const r of [...p.upstream].sort((x, y) =>
      x.column < y.column ? -1 : x.column > y.column ? 1 : 0,
    )) {
      const ref = refOf(r, relations, cteStar);
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
      const ref = refOf(r, relations, cteStar);
      if (ref) rowAffecting.push({ ...ref, context });
      else rowIncomplete = true;
    }
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
