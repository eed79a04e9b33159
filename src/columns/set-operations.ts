/**
 * UNION models analysed branch by branch (pure text and data work; polyglot runs elsewhere).
 *
 * polyglot's whole-query analysis grows steeply with UNION branches (10 branches 0.5 s, 61 past
 * any timeout), and spellbook builds hundreds of models as a union over chains. Each union is
 * instead split into its branches, each analysed on its own (with the CTEs it reads), and stands in
 * the rest of the query as a virtual table, `select * from __br_union_N`, whose columns are the
 * first branch's names and whose lineage is, position by position, the union of the branches'.
 * Innermost unions first, so an outer union's branches read the inner ones as tables; the query
 * left over is analysed last with every virtual table in its schema, and references to them are
 * replaced by what they stand for. The result has polyglot's own shape (`RawAnalysis`), so the
 * rest of the pipeline cannot tell — and a property test checks it agrees with the whole-query
 * analysis wherever that finishes.
 *
 * Anything outside the plain case — INTERSECT / EXCEPT, `BY NAME` / `CORRESPONDING`, `WITH
 * RECURSIVE`, a `$$` string, several statements, an unnamed or `*` column in a branch, a piece that
 * does not analyse, text that would grow past a bound — gives up the split, and the caller
 * analyses the whole query as before: never a guess.
 */
import type { Dialect } from './types.js';
import type { RawAnalysis, RawProjection, RawReference } from './analyze.js';

/** The prefix of every virtual table's name; a query that already uses it is not split. */
export const VIRTUAL_PREFIX = '__br_union_';

/** The pieces' text may grow to this many times the query's (each branch repeats its CTEs). */
const MAX_GROWTH = 8;
const MAX_PIECES = 5_000;

interface Token {
  readonly kind: 'word' | 'quoted' | 'open' | 'close' | 'other';
  /** Upper-cased for words, the unquoted name for quoted identifiers. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

interface Cte {
  readonly name: string;
  /** From the name to the closing parenthesis of the body, inclusive. */
  readonly start: number;
  readonly end: number;
  /** The range of the group whose WITH clause defines it (who can see it). */
  readonly scope: readonly [number, number];
}

interface UnionGroup {
  /** The text replaced by `select * from <name>`: the query body after any WITH clause. */
  readonly start: number;
  readonly end: number;
  readonly branches: readonly (readonly [number, number])[];
  readonly name: string;
}

/** One union to analyse: its branches' SQL, in order, and the virtual table it becomes. */
export interface UnionStep {
  readonly name: string;
  readonly branches: readonly string[];
}

export interface SetOperationPlan {
  /** Innermost first: a step's branches may read the virtual tables of the steps before it. */
  readonly steps: readonly UnionStep[];
  /** The query with every union replaced by its virtual table. */
  readonly outer: string;
  /** The virtual table standing for the whole query's body, when the query itself is a union. */
  readonly root?: string;
}

const WORD = /[A-Za-z_][A-Za-z0-9_$]*/y;

function tokenize(sql: string, dialect: Dialect): Token[] | undefined {
  const backslash =
    dialect !== 'postgres' && dialect !== 'redshift' && dialect !== 'trino' && dialect !== 'duckdb';
  const backtick = dialect === 'bigquery' || dialect === 'databricks' || dialect === 'spark';
  const tokens: Token[] = [];
  const n = sql.length;
  let i = 0;
  while (i < n) {
    const c = sql[i]!;
    if (c === ' ' || c === '\n' || c === '\t' || c === '\r') {
      i++;
    } else if (c === "'" || c === '"' || (c === '`' && backtick)) {
      let j = i + 1;
      let closed = false;
      while (j < n) {
        const d = sql[j];
        if (d === '\\' && c === "'" && backslash) j += 2;
        else if (d === c) {
          if (sql[j + 1] === c) j += 2;
          else {
            closed = true;
            break;
          }
        } else j++;
      }
      if (!closed) return undefined;
      const kind = c === "'" ? 'other' : 'quoted';
      const text =
        kind === 'quoted'
          ? sql
              .slice(i + 1, j)
              .split(c + c)
              .join(c)
          : '';
      tokens.push({ kind, text, start: i, end: j + 1 });
      i = j + 1;
    } else if (c === '(') {
      tokens.push({ kind: 'open', text: '(', start: i, end: i + 1 });
      i++;
    } else if (c === ')') {
      tokens.push({ kind: 'close', text: ')', start: i, end: i + 1 });
      i++;
    } else if (c === '$' && sql[i + 1] === '$') {
      return undefined; // a dollar-quoted string: not worth a second tokenizer
    } else if (c === ';') {
      // only a trailing semicolon: anything after it is another statement
      if (sql.slice(i + 1).trim() !== '') return undefined;
      i++;
    } else {
      WORD.lastIndex = i;
      const m = WORD.exec(sql);
      if (m) {
        tokens.push({ kind: 'word', text: m[0].toUpperCase(), start: i, end: i + m[0].length });
        i += m[0].length;
      } else {
        tokens.push({ kind: 'other', text: c, start: i, end: i + 1 });
        i++;
      }
    }
  }
  return tokens;
}

/**
 * The CTE list of a WITH clause starting at token `w` (the WITH itself), or undefined when it is
 * not one this module understands. Returns the CTEs and the token index after the list.
 */
function withClause(
  tokens: readonly Token[],
  w: number,
  close: readonly number[],
  scope: readonly [number, number],
): { ctes: Cte[]; next: number } | undefined {
  const ctes: Cte[] = [];
  let i = w + 1;
  if (tokens[i]?.text === 'RECURSIVE') return undefined;
  for (;;) {
    const name = tokens[i];
    if (!name || (name.kind !== 'word' && name.kind !== 'quoted')) return undefined;
    i++;
    if (tokens[i]?.kind === 'open') i = close[i]! + 1; // a column list
    if (tokens[i]?.text !== 'AS') return undefined;
    i++;
    if (tokens[i]?.text === 'NOT') i++;
    if (tokens[i]?.text === 'MATERIALIZED') i++;
    if (tokens[i]?.kind !== 'open') return undefined;
    const end = close[i]!;
    const cte = name.text.toLowerCase();
    // A CTE that reads itself (`from <name>` / `join <name>`) is recursive, RECURSIVE or not
    // (Snowflake needs none): its union is its recursion and cannot be split.
    for (let k = i + 1; k < end; k++) {
      const t = tokens[k]!;
      const before = tokens[k - 1]!.text;
      if (
        t.kind !== 'other' &&
        t.text.toLowerCase() === cte &&
        (before === 'FROM' || before === 'JOIN')
      )
        return undefined;
    }
    ctes.push({ name: cte, start: name.start, end: tokens[end]!.end, scope });
    i = end + 1;
    if (tokens[i]?.text === ',') i++;
    else return { ctes, next: i };
  }
}

/**
 * Plan the split of a query's unions, or undefined when there is none or the query is outside
 * what the split understands (the caller then analyses the whole query).
 */
export function planSetOperations(sql: string, dialect: Dialect): SetOperationPlan | undefined {
  if (!/\bunion\b/i.test(sql) || sql.toLowerCase().includes(VIRTUAL_PREFIX)) return undefined;
  const tokens = tokenize(sql, dialect);
  if (!tokens) return undefined;
  // Matching parentheses, and for each token the group (open-paren index, or -1 for the root).
  const close: number[] = new Array<number>(tokens.length);
  const parent: number[] = new Array<number>(tokens.length);
  const stack: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    parent[i] = stack.length ? stack[stack.length - 1]! : -1;
    if (tokens[i]!.kind === 'open') stack.push(i);
    else if (tokens[i]!.kind === 'close') {
      const o = stack.pop();
      if (o === undefined) return undefined;
      close[o] = i;
    }
  }
  if (stack.length) return undefined;

  // The tokens directly inside each group, by group (-1: the root).
  const members = new Map<number, number[]>();
  for (let i = 0; i < tokens.length; i++) {
    const g = parent[i]!;
    let list = members.get(g);
    if (!list) members.set(g, (list = []));
    list.push(i);
  }

  const ctes: Cte[] = [];
  const groups: UnionGroup[] = [];
  let counter = 0;
  let root: string | undefined;
  for (const [g, list] of members) {
    const scope: readonly [number, number] =
      g < 0 ? [0, sql.length] : [tokens[g]!.end, tokens[close[g]!]!.start];
    let body = 0; // index into list where the query body starts
    const first = tokens[list[0]!];
    if (first?.text === 'WITH') {
      const w = withClause(tokens, list[0]!, close, scope);
      if (!w) return undefined;
      ctes.push(...w.ctes);
      body = list.indexOf(w.next);
      if (body < 0) return undefined;
    }
    const setOps = list.filter((t) => {
      const x = tokens[t]!.text;
      return x === 'UNION' || x === 'INTERSECT' || x === 'EXCEPT' || x === 'MINUS';
    });
    if (setOps.length === 0) continue;
    if (setOps.some((t) => tokens[t]!.text !== 'UNION')) return undefined;
    const starts = tokens[list[body]!];
    if (!starts || (starts.text !== 'SELECT' && starts.kind !== 'open')) return undefined;
    const branches: [number, number][] = [];
    let from = starts.start;
    for (const u of setOps) {
      branches.push([from, tokens[u]!.start]);
      let k = u + 1;
      if (tokens[k]?.text === 'ALL' || tokens[k]?.text === 'DISTINCT') k++;
      if (tokens[k]?.text === 'BY' || tokens[k]?.text === 'CORRESPONDING') return undefined;
      const next = tokens[k];
      if (!next || parent[k] !== g) return undefined;
      from = next.start;
    }
    const end = g < 0 ? sql.length : tokens[close[g]!]!.start;
    branches.push([from, end]);
    if (branches.some(([a, b]) => sql.slice(a, b).trim() === '')) return undefined;
    const name = `${VIRTUAL_PREFIX}${++counter}`;
    if (g < 0) root = name;
    groups.push({ start: starts.start, end, branches, name });
  }
  if (groups.length === 0) return undefined;

  // Innermost first: a group inside another ends first, and among disjoint ones order is free.
  groups.sort((a, b) => a.end - b.end || b.start - a.start);

  /** The text of [from, to) with every union body inside it replaced by its virtual table. */
  const render = (from: number, to: number): string => {
    let out = '';
    let at = from;
    for (const gr of outermostWithin(groups, from, to)) {
      out += `${sql.slice(at, gr.start)}select * from ${gr.name} `;
      at = gr.end;
    }
    return out + sql.slice(at, to);
  };

  /** The CTEs a piece at [from, to) reads, with the ones they read, in definition order. */
  const prefixFor = (from: number, to: number): string | undefined => {
    const visible = ctes.filter((c) => c.scope[0] <= from && to <= c.scope[1] && c.end <= from);
    if (visible.length === 0) return '';
    const byName = new Map<string, Cte>();
    for (const c of visible) byName.set(c.name, c); // a later definition shadows an earlier one
    const wanted = new Set<Cte>();
    const work: [number, number][] = [[from, to]];
    while (work.length) {
      const [a, b] = work.pop()!;
      for (const t of tokensIn(tokens, a, b)) {
        if (t.kind !== 'word' && t.kind !== 'quoted') continue;
        const c = byName.get(t.text.toLowerCase());
        if (c && !wanted.has(c) && c.end <= a) {
          wanted.add(c);
          work.push([c.start, c.end]);
        }
      }
    }
    if (wanted.size === 0) return '';
    const defs = [...wanted].sort((x, y) => x.start - y.start);
    return `with ${defs.map((c) => render(c.start, c.end)).join(', ')} `;
  };

  const steps: UnionStep[] = [];
  let size = 0;
  let pieces = 0;
  for (const gr of groups) {
    const branches: string[] = [];
    for (const [a, b] of gr.branches) {
      const own = render(a, b);
      if (/^\s*with\b/i.test(own)) return undefined; // a branch's own WITH after a prefix
      const prefix = prefixFor(a, b);
      if (prefix === undefined) return undefined;
      const piece = prefix + own;
      size += piece.length;
      pieces++;
      if (size > MAX_GROWTH * sql.length + 10_000 || pieces > MAX_PIECES) return undefined;
      branches.push(piece);
    }
    steps.push({ name: gr.name, branches });
  }
  return { steps, outer: render(0, sql.length), ...(root && { root }) };
}

/** The groups inside [from, to) not inside another such group, in text order. */
function outermostWithin(groups: readonly UnionGroup[], from: number, to: number): UnionGroup[] {
  const inside = groups
    .filter((g) => from <= g.start && g.end <= to)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: UnionGroup[] = [];
  let reach = -1;
  for (const g of inside) {
    if (g.start < reach) continue;
    out.push(g);
    reach = g.end;
  }
  return out;
}

function* tokensIn(tokens: readonly Token[], from: number, to: number): Generator<Token> {
  // binary search for the first token at or after `from`
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < tokens.length && tokens[i]!.end <= to; i++) yield tokens[i]!;
}

// ---------------------------------------------------------------------------------------------
// Putting the analyses back together

interface VirtualColumn {
  readonly name: string;
  readonly transformKind: string;
  readonly upstream: readonly RawReference[];
}

/** What the virtual tables stand for, filled step by step. */
export class VirtualTables {
  /** By name; null for an opaque union (its columns could not be lined up). */
  private readonly tables = new Map<string, VirtualColumn[] | null>();
  private readonly uses: NonNullable<RawAnalysis['columnUses']> = [];
  private readonly bases = new Map<string, RawAnalysis['baseTables'][number]>();

  /** Schema entries for polyglot: each virtual table with its column names. */
  schemaTables(): { name: string; columns: { name: string; type: string }[] }[] {
    const out: { name: string; columns: { name: string; type: string }[] }[] = [];
    for (const [name, cols] of this.tables)
      if (cols) out.push({ name, columns: cols.map((c) => ({ name: c.name, type: '' })) });
    return out;
  }

  /**
   * Record one union from its branches' analyses. When their columns cannot be lined up (a `*`
   * no schema expands, an unnamed first column, branches of different widths) the union is
   * opaque: its columns unknown, as polyglot leaves a whole union with such a branch, and what
   * reads it is incomplete, never wrong.
   */
  add(name: string, branches: readonly RawAnalysis[]): void {
    for (const b of branches) {
      for (const u of b.columnUses ?? [])
        this.uses.push({ context: u.context, references: this.expand(u.references) });
      this.addBases(b.baseTables);
    }
    this.tables.set(name, this.lineUp(branches));
  }

  private lineUp(branches: readonly RawAnalysis[]): VirtualColumn[] | null {
    const first = branches[0];
    if (!first || first.projections.length === 0) return null;
    const width = first.projections.length;
    const columns: { name: string; transformKind: string; upstream: RawReference[] }[] = [];
    for (const p of first.projections) {
      if (p.isStar || !p.name) return null;
      columns.push({ name: p.name.toLowerCase(), transformKind: p.transformKind, upstream: [] });
    }
    for (const b of branches) {
      if (b.projections.length !== width || b.projections.some((p) => p.isStar)) return null;
      b.projections.forEach((p, i) => columns[i]!.upstream.push(...this.expand(p.upstream)));
    }
    return columns;
  }

  /**
   * The outer query's analysis with every virtual table replaced by what it stands for. `root`:
   * the virtual table that is the whole query's body (a query that is itself a union).
   */
  resolve(outer: RawAnalysis, root?: string): RawAnalysis {
    const projections: RawProjection[] = outer.projections.map((p) => {
      const upstream = this.expand(p.upstream);
      const only = p.upstream.length === 1 ? p.upstream[0]! : undefined;
      const via =
        only && root !== undefined && (only.table ?? only.sourceName)?.toLowerCase() === root
          ? this.columnOf(only)
          : undefined;
      // A query that is a union reports each column's kind as its first branch's (polyglot's
      // whole-query answer); a union read further in keeps the outer query's kind, as there.
      const transformKind = via ? via.transformKind : p.transformKind;
      // `select u.*` over an opaque union: its name is ours, not the model's
      const starTable =
        p.starTable && this.tables.has(p.starTable.toLowerCase()) ? null : p.starTable;
      return { ...p, transformKind, upstream, ...(p.isStar && { starTable }) };
    });
    const columnUses = [
      ...(outer.columnUses ?? []).map((u) => ({
        context: u.context,
        references: this.expand(u.references),
      })),
      ...this.uses,
    ];
    this.addBases(outer.baseTables);
    return { projections, columnUses, baseTables: [...this.bases.values()] };
  }

  private addBases(tables: RawAnalysis['baseTables']): void {
    for (const t of tables) {
      const name = t.table ?? t.name;
      if (this.tables.has(name.toLowerCase()) || this.bases.has(name)) continue;
      this.bases.set(name, t);
    }
  }

  private columnOf(r: RawReference): VirtualColumn | undefined {
    if (r.sourceKind !== 'table') return undefined;
    const rel = (r.table ?? r.sourceName)?.toLowerCase();
    const cols = rel === undefined ? undefined : this.tables.get(rel);
    if (!cols) return undefined;
    const c = r.column.toLowerCase();
    return cols.find((x) => x.name === c);
  }

  private isVirtual(r: RawReference): boolean {
    const rel = (r.table ?? r.sourceName)?.toLowerCase();
    return r.sourceKind === 'table' && rel !== undefined && this.tables.has(rel);
  }

  private expand(refs: readonly RawReference[]): RawReference[] {
    const out: RawReference[] = [];
    for (const r of refs) {
      if (!this.isVirtual(r)) {
        out.push(r);
        continue;
      }
      const col = this.columnOf(r);
      // A column the union does not have: left unresolved, so the lineage is incomplete, not wrong.
      if (col) out.push(...col.upstream);
      else out.push({ sourceKind: 'unknown', column: r.column, confidence: 'unknown' });
    }
    return out;
  }
}
