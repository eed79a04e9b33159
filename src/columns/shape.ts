/**
 * Structural fingerprints of a parsed model (polyglot's syntax tree as plain JSON): the tree
 * without positions and comments (equal → cosmetic), each scope's "skeleton" (the scope without its
 * select list: sources, joins, filters, grouping, distinctness, set operations) and each scope's
 * column definitions. Pure, bounded by the size of the tree.
 */
import { createHash } from 'node:crypto';
import type { ModelShape } from './types.js';

/** Short digest: the shape keeps fingerprints, not whole trees (memory stays small per model). */
export function digest(s: string): string {
  return createHash('sha256').update(s).digest('base64url').slice(0, 22);
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

const isObj = (x: Json | undefined): x is Obj =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Drop positions and comments; keep everything that has meaning. */
export function normalise(node: Json): Json {
  if (Array.isArray(node)) return node.map(normalise);
  if (!isObj(node)) return node;
  const out: Obj = {};
  for (const k of Object.keys(node)) {
    if (k === 'span' || k.endsWith('comments') || k === 'alias_explicit_as') continue;
    const v = node[k] as Json;
    out[k] = normalise(v);
  }
  return out;
}

/** Clauses whose content decides which rows exist (a nested query there is part of the skeleton). */
const ROW_KEYS = new Set([
  'where_clause',
  'having',
  'qualify',
  'joins',
  'group_by',
  'distinct_on',
  'connect',
]);

function lower(s: string): string {
  return s.toLowerCase();
}

function identName(x: Json | undefined): string | undefined {
  if (isObj(x) && typeof x.name === 'string') return x.name;
  return undefined;
}

/** Column names mentioned anywhere in a subtree (lower case). */
function mentions(node: Json, out: Set<string>): void {
  if (Array.isArray(node)) {
    for (const x of node) mentions(x, out);
    return;
  }
  if (!isObj(node)) return;
  for (const [k, v] of Object.entries(node)) {
    if (k === 'column' && isObj(v)) {
      const n = identName(v.name);
      if (n) out.add(lower(n));
    } else if (k === 'identifier' && isObj(v)) {
      const n = identName(v);
      if (n) out.add(lower(n));
    }
    mentions(v, out);
  }
}

/** A select-list item with a leading comment comes wrapped: `{ annotated: { this, … } }`. */
function unwrap(expr: Json): Json {
  for (let i = 0; i < 3 && isObj(expr) && isObj(expr.annotated); i++)
    expr = (expr.annotated.this ?? null) as Json;
  return expr;
}

function outputName(expr: Json, i: number): string {
  expr = unwrap(expr);
  if (isObj(expr)) {
    if (isObj(expr.alias)) {
      const n = identName(expr.alias.alias);
      if (n) return lower(n);
    }
    if (isObj(expr.column)) {
      const n = identName(expr.column.name);
      if (n) return lower(n);
    }
    if (isObj(expr.star)) return '*';
  }
  return `#${i}`;
}

function definitionOf(expr: Json): Json {
  expr = unwrap(expr);
  if (isObj(expr) && isObj(expr.alias) && expr.alias.this !== undefined)
    return expr.alias.this as Json;
  return expr;
}

interface Walk {
  skeletons: Record<string, string>;
  definitions: ModelShape['definitions'];
  rowMentions: Set<string>;
  /** Per scope: what its FROM / JOINs read (a table name or a nested scope). */
  reads: Record<string, ({ table: string } | { scope: string })[]>;
  /** Per scope: a select with a `*` in its list, or a set operation. */
  star: Record<string, 'star' | 'setop'>;
  budget: { nodes: number };
}

/**
 * Replace nested queries by placeholders, recording each as its own scope; `inRow` keeps a nested
 * query's select list (it feeds a filter, so it is row-affecting as a whole).
 */
function strip(node: Json, scope: string, path: string, w: Walk, inRow: boolean): Json {
  if (--w.budget.nodes < 0) throw new Error('syntax tree too large');
  if (Array.isArray(node)) return node.map((x, i) => strip(x, scope, `${path}[${i}]`, w, inRow));
  if (!isObj(node)) return node;
  const out: Obj = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'span' || k.endsWith('comments') || k === 'alias_explicit_as') continue;
    if ((k === 'select' || k === 'union' || k === 'intersect' || k === 'except') && isObj(v)) {
      const key = `${scope}>${path}`;
      scopeOf(k, v, key, w, inRow);
      out[k] = { scope: key };
      continue;
    }
    if (k === 'ctes' && Array.isArray(v)) {
      out[k] = v.map((cte) => {
        const name = isObj(cte) ? identName(cte.alias) : undefined;
        if (isObj(cte) && name) {
          const body = cte.this;
          const key = `cte:${lower(name)}`;
          if (isObj(body)) {
            const kind = Object.keys(body)[0] as string;
            const inner = body[kind];
            if (isObj(inner)) scopeOf(kind, inner, key, w, false);
          }
          return { cte: key, columns: normalise(cte.columns ?? null) };
        }
        return normalise(cte);
      });
      continue;
    }
    const row = inRow || ROW_KEYS.has(k);
    out[k] = strip(v, scope, path ? `${path}.${k}` : k, w, row);
    if (row && !inRow) mentions(v, w.rowMentions);
  }
  return out;
}

function scopeOf(kind: string, node: Obj, key: string, w: Walk, keepSelectList: boolean): void {
  if (kind !== 'select') {
    // A set operation: its branches are scopes of their own, the operation is the skeleton.
    w.star[key] = 'setop';
    w.reads[key] = [{ scope: `${key}>left` }, { scope: `${key}>right` }];
    w.skeletons[key] = digest(JSON.stringify({ [kind]: strip(node, key, '', w, keepSelectList) }));
    return;
  }
  const exprs = Array.isArray(node.expressions) ? node.expressions : [];
  const defs: Record<string, { sql: string; mentions: string[] }> = {};
  exprs.forEach((e, i) => {
    const name = outputName(e, i);
    const m = new Set<string>();
    mentions(e, m);
    const def = JSON.stringify(strip(definitionOf(e), key, `expressions[${i}]`, w, keepSelectList));
    defs[defs[name] ? `${name}#${i}` : name] = { sql: digest(def), mentions: [...m].sort() };
  });
  w.definitions[key] = defs;
  if (Object.keys(defs).some((n) => n.startsWith('*'))) w.star[key] = 'star';
  const reads: ({ table: string } | { scope: string })[] = [];
  const readOf = (x: Json | undefined, path: string) => {
    if (!isObj(x)) return;
    if (isObj(x.table)) {
      const n = identName(x.table.name);
      if (n) reads.push({ table: lower(n) });
    } else if (isObj(x.subquery)) reads.push({ scope: `${key}>${path}.subquery.this` });
  };
  if (isObj(node.from) && Array.isArray(node.from.expressions)) {
    node.from.expressions.forEach((x, i) => readOf(x, `from.expressions[${i}]`));
  }
  if (Array.isArray(node.joins))
    node.joins.forEach((j, i) => readOf(isObj(j) ? j.this : null, `joins[${i}].this`));
  w.reads[key] = reads;
  const rest: Obj = {};
  for (const [k, v] of Object.entries(node)) if (k !== 'expressions') rest[k] = v;
  // GROUP BY / ORDER BY ordinals mean the select list's expressions: resolve them.
  const resolveOrdinals = (clause: Json | undefined): Json | undefined => {
    if (!isObj(clause) || !Array.isArray(clause.expressions)) return clause;
    return {
      ...clause,
      expressions: clause.expressions.map((x) => {
        const lit = isObj(x) && isObj(x.literal) ? x.literal : undefined;
        if (lit && lit.literal_type === 'number' && typeof lit.value === 'string') {
          const target = exprs[Number(lit.value) - 1];
          if (target !== undefined) return { ordinal: normalise(definitionOf(target)) };
        }
        return x;
      }),
    };
  };
  rest.group_by = resolveOrdinals(rest.group_by as Json | undefined) ?? null;
  if (node.distinct === true || (isObj(node.group_by) && node.group_by.all === true)) {
    for (const d of Object.values(defs)) for (const m of d.mentions) w.rowMentions.add(m);
  }
  const skel = strip(rest, key, '', w, keepSelectList);
  if (keepSelectList && isObj(skel))
    skel.select_list = Object.fromEntries(Object.entries(defs).map(([n, d]) => [n, d.sql]));
  w.skeletons[key] = digest(JSON.stringify(skel));
}

/** The shape of a single parsed statement (polyglot's `parse(...).ast[0]`). */
export function shapeOf(statement: Json, maxNodes = 2_000_000): ModelShape {
  return shapeWithCtes(statement, maxNodes).shape;
}

/**
 * The shape, and the CTEs that only pass one relation through (`name as (select * from t)`,
 * maybe filtered): CTE name → the table it reads (lower case; followed through CTEs of the same
 * kind). polyglot traces a column of such a CTE to the CTE when t's columns are unknown; every
 * column of the CTE is then t's column of the same name.
 */
export function shapeWithCtes(
  statement: Json,
  maxNodes = 2_000_000,
): { shape: ModelShape; cteStar: Record<string, string> } {
  const w: Walk = {
    skeletons: {},
    definitions: {},
    rowMentions: new Set(),
    reads: {},
    star: {},
    budget: { nodes: maxNodes },
  };
  const tree = digest(JSON.stringify(normalise(statement)));
  let grain = false;
  if (isObj(statement)) {
    const kind = Object.keys(statement)[0] as string;
    const node = statement[kind];
    if (isObj(node)) {
      scopeOf(kind, node, 'root', w, false);
      if (kind === 'select') {
        grain =
          node.distinct === true ||
          node.distinct_on != null ||
          (isObj(node.group_by) && node.group_by.all === true);
      } else if (kind === 'union' || kind === 'intersect' || kind === 'except') {
        grain = kind !== 'union' || node.all !== true;
      }
    }
  }
  const cteStar: Record<string, string> = Object.create(null) as Record<string, string>;
  const onlyStar = (key: string): string | undefined => {
    for (let hops = 0; hops < 20; hops++) {
      const defs = Object.keys(w.definitions[key] ?? {});
      const reads = w.reads[key] ?? [];
      const read = reads[0];
      if (defs.length !== 1 || defs[0] !== '*' || reads.length !== 1 || !read || 'scope' in read)
        return undefined;
      if (!w.reads[`cte:${read.table}`]) return read.table;
      key = `cte:${read.table}`;
    }
    return undefined;
  };
  for (const key of Object.keys(w.reads)) {
    if (!key.startsWith('cte:')) continue;
    const table = onlyStar(key);
    if (table !== undefined) cteStar[key.slice(4)] = table;
  }
  return {
    shape: {
      tree,
      skeletons: w.skeletons,
      definitions: w.definitions,
      rowMentions: [...w.rowMentions].sort(),
      starRelations: [...passThrough(w, 'root', new Set())].sort(),
      grainFromSelectList: grain,
    },
    cteStar,
  };
}

/** Tables whose columns reach the output through `*` (CTEs and nested queries followed). */
function passThrough(w: Walk, key: string, seen: Set<string>): Set<string> {
  const out = new Set<string>();
  if (seen.has(key) || !w.star[key]) return out;
  seen.add(key);
  for (const r of w.reads[key] ?? []) {
    let inner: Set<string> | undefined;
    if ('scope' in r) inner = passThrough(w, r.scope, seen);
    else if (w.reads[`cte:${r.table}`]) inner = passThrough(w, `cte:${r.table}`, seen);
    else out.add(r.table);
    for (const t of inner ?? []) out.add(t);
  }
  return out;
}

export type { Json };
