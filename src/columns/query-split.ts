/**
 * A query analysed scope by scope (pure text and data work; polyglot runs elsewhere).
 *
 * polyglot's whole-query analysis grows steeply with the size of a query: with UNION branches
 * (10 branches 0.5 s, 61 past any timeout) and with CTEs (on spellbook, a 2,000-character model
 * takes ~10 ms, a 10,000-character one ~400 ms). So the query is cut where SQL itself cuts it:
 * each CTE body and each branch of each UNION is analysed on its own, and stands in the rest of
 * the query as a table of the schema whose columns are what that analysis found — a CTE under
 * its own name, a union as `select * from __br_union_N`. Inner scopes first, so an outer piece
 * reads the inner ones as tables; the main query goes last, and every reference to one of these
 * virtual tables is replaced by what it stands for (a union's column, position by position, is
 * the union of its branches'). The result has polyglot's own shape (`RawAnalysis`), so the rest
 * of the pipeline cannot tell — and tests check it against the whole-query analysis (but where
 * polyglot, analysing the whole query, resolves an alias through a later CTE of the alias's name:
 * the split reads the alias's own table, as SQL does; see `readsEarlier`).
 *
 * Anything outside the plain case — INTERSECT / EXCEPT, `BY NAME` / `CORRESPONDING`, a
 * recursive CTE, two CTEs of one name, a CTE named like a table of the schema, a `$$` string,
 * several statements, our own prefix in the text — gives up the split, and the caller analyses the
 * whole query as before: never a guess.
 */
import type { Dialect } from './types.js';
import {
  backslashEscapes,
  closingQuote,
  type RawAnalysis,
  type RawProjection,
  type RawReference,
} from './analyze.js';

/** The prefix of every union's virtual table; a query that already uses it is not split. */
export const VIRTUAL_PREFIX = '__br_union_';
/** The prefix of a `(VALUES …) AS t (a, b)` list's virtual table. */
const VALUES_PREFIX = '__br_values_';
/** The prefix of a nested CTE renamed to a name of its own (see `scopedName`). */
const CTE_PREFIX = '__br_cte_';
/** The prefix of a derived table's virtual table. */
const DERIVED_PREFIX = '__br_dt_';

/** Every name the split makes up: a query that already uses one is not split. */
const OUR_PREFIXES = [VIRTUAL_PREFIX, VALUES_PREFIX, CTE_PREFIX, DERIVED_PREFIX];

/** The pieces' text may grow to this many times the query's (a cut adds a few words). */
const MAX_GROWTH = 4;
const MAX_PIECES = 5_000;
/** Beyond these the query is left whole (the runner's own size guard then decides). */
const MAX_CHARS = 400_000;
/** Nesting deeper than this is left whole: checking a CTE for recursion walks its body. */
const MAX_DEPTH = 200;

interface Token {
  readonly kind: 'word' | 'quoted' | 'open' | 'close' | 'other';
  /** Upper-cased for words, the unquoted name for quoted identifiers. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

interface Cte {
  /** As written (unquoted): the schema table it becomes. */
  readonly name: string;
  readonly key: string;
  /** Its name's token. */
  readonly at: number;
  /** Its column list, `name (a, b) as (...)`, when it has one. */
  readonly columns?: readonly string[];
  /** The body's first word (`VALUES` has no query to analyse). */
  readonly head: string;
  /** Its body's opening parenthesis (token index). */
  readonly open: number;
  /** The body, inside its parentheses. */
  readonly bodyStart: number;
  readonly bodyEnd: number;
}

/** A piece of text replaced in every piece that contains it. */
interface Cut {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** One CTE to analyse (its body), or one union (its branches), and the table it becomes. */
export type SplitStep =
  | {
      readonly kind: 'cte';
      readonly name: string;
      readonly columns?: readonly string[];
      /** The body, or undefined for `VALUES` (its columns are the column list, constants). */
      readonly piece?: string;
    }
  | {
      readonly kind: 'union';
      readonly name: string;
      /** Each branch's text, or the width of a branch that is a VALUES list (constants). */
      readonly branches: readonly (string | { readonly constants: number })[];
    };

export interface SplitPlan {
  /** Inner first: a step's pieces may read the tables of the steps before it. */
  readonly steps: readonly SplitStep[];
  /** The main query, every CTE list dropped and every union replaced by its table. */
  readonly outer: string;
  /** The union standing for the whole main query, when the query itself is a union. */
  readonly root?: string;
  /** The name each renamed nested CTE had in the query, by its lower-cased new name. */
  readonly originals?: ReadonlyMap<string, string>;
  /**
   * Whether the main query's rows are distinct over its select list (shape.ts's
   * `grainFromSelectList`), when its tokens tell; a caller that needs no more of the structure
   * can then skip the parse.
   */
  readonly grain?: boolean;
}

const WORD = /[A-Za-z_][A-Za-z0-9_$]*/y;

function tokenize(sql: string, dialect: Dialect): Token[] | undefined {
  const backslash = backslashEscapes(dialect);
  const backtick = dialect === 'bigquery' || dialect === 'databricks' || dialect === 'spark';
  const tokens: Token[] = [];
  const n = sql.length;
  let i = 0;
  while (i < n) {
    const c = sql[i]!;
    if (c === ' ' || c === '\n' || c === '\t' || c === '\r') {
      i++;
    } else if (c === "'" || c === '"' || (c === '`' && backtick)) {
      const j = closingQuote(sql, i, backslash);
      if (j < 0) return undefined;
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

/** The names of a column list `(a, b, "c")` opening at token `open`, or undefined. */
function columnList(
  sql: string,
  tokens: readonly Token[],
  open: number,
  close: readonly number[],
): string[] | undefined {
  const columns: string[] = [];
  const end = close[open]!;
  for (let k = open + 1; k < end; k++) {
    const t = tokens[k]!;
    if ((k - open) % 2 === 1) {
      if (t.kind === 'word') columns.push(sql.slice(t.start, t.end));
      else if (t.kind === 'quoted') columns.push(t.text);
      else return undefined;
    } else if (t.text !== ',') return undefined;
  }
  return columns.length ? columns : undefined;
}

/**
 * Keywords that are not a table's name: a name after one of them is not an alias (`from only x`,
 * `join lateral x`, `where x`), while a name after any other word is (`from t x`).
 */
const NOT_TABLE_NAMES = new Set([
  'FROM',
  'JOIN',
  'LATERAL',
  'ONLY',
  'TABLE',
  'APPLY',
  'STRAIGHT_JOIN',
  'UNNEST',
  'USING',
  'ON',
  'SELECT',
  'DISTINCT',
  'WHERE',
  'AND',
  'OR',
  'NOT',
  'BY',
  'WHEN',
  'THEN',
  'ELSE',
  'IN',
  'IS',
  'CASE',
]);

/** Whether the name at token `k` is an alias being given (`… as x`, `from t x`, `join db.t x`, `(…) x`). */
function aliasAt(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  if (!before) return false;
  if (before.kind === 'word' && before.text === 'AS') return true;
  if (before.kind === 'close') return true;
  const name =
    before.kind === 'quoted' || (before.kind === 'word' && !NOT_TABLE_NAMES.has(before.text));
  return name && aliasAfterName(tokens, k - 1);
}

/** Whether the (dotted) name ending at token `n` follows FROM, JOIN or a comma of a FROM list. */
function aliasAfterName(tokens: readonly Token[], n: number): boolean {
  let j = n;
  while (tokens[j - 1]?.text === '.' && tokens[j - 1]?.kind === 'other') j -= 2;
  const intro = tokens[j - 1];
  return intro?.text === 'FROM' || intro?.text === 'JOIN' || intro?.text === ',';
}

/**
 * The mentions of a CTE's name in the earlier CTEs of its list (`earlier`) that may read it: all
 * but an alias being given, a nested CTE of that name being defined (`with x as (`), and a
 * qualifier `x.` inside the same earlier CTE (`bodies`: each one's parentheses, token indexes)
 * as an alias `x` — `from x`, `from db.x`, `only x`, a qualifier no alias there gives all count.
 * An alias reads its own table in every dialect; polyglot's whole-query analysis takes a later
 * CTE of that name instead, which the split does not follow (its answer is the right one).
 */
function readsEarlier(
  tokens: readonly Token[],
  earlier: readonly number[],
  bodies: readonly (readonly [number, number])[],
): number[] {
  // the earlier CTE around token k (bodies are in order and apart: a binary search)
  const bodyOf = (k: number) => {
    let lo = 0;
    let hi = bodies.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (bodies[mid]![0] < k) lo = mid + 1;
      else hi = mid;
    }
    const body = bodies[lo - 1];
    return body && k < body[1] ? body : undefined;
  };
  const aliasedIn = new Set(earlier.filter((k) => aliasAt(tokens, k)).map(bodyOf));
  return earlier.filter((k) => {
    if (aliasAt(tokens, k)) return false;
    const before = tokens[k - 1]?.text;
    const defined =
      (before === 'WITH' || before === ',') &&
      tokens[k + 1]?.text === 'AS' &&
      tokens[k + 2]?.kind === 'open';
    if (defined) return false;
    const qualifier = tokens[k + 1]?.text === '.' && before !== '.';
    const body = bodyOf(k);
    return !(qualifier && body !== undefined && aliasedIn.has(body));
  });
}

/** At most this many nested CTEs of one name in one scope (more: the query is left whole). */
const MAX_SHADOWS = 16;

/** The entries of ascending `sorted` strictly between `from` and `to`. */
function within(sorted: readonly number[], from: number, to: number): readonly number[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= from) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < sorted.length && sorted[end]! < to) end++;
  return sorted.slice(lo, end);
}

/**
 * Where a CTE nested between tokens `from` and `to` shadows another of its name (`uses`: where
 * that name occurs, ascending): from the end of its body to the end of the parentheses its WITH
 * stands in (token indexes, exclusive). What reads the name there reads the nested CTE. Its own
 * body is not covered: there the name is the nested CTE reading itself, or the outer one.
 * Undefined past `MAX_SHADOWS`.
 */
function shadowedSpans(
  tokens: readonly Token[],
  close: readonly number[],
  parent: readonly number[],
  uses: readonly number[],
): [number, number][] | undefined {
  const spans: [number, number][] = [];
  for (const k of uses) {
    const before = tokens[k - 1]?.text;
    if (before !== 'WITH' && before !== ',') continue;
    if (tokens[k + 1]?.text !== 'AS' || tokens[k + 2]?.kind !== 'open') continue;
    if (spans.length >= MAX_SHADOWS) return undefined;
    const scope = parent[k]!;
    spans.push([close[k + 2]!, scope >= 0 ? close[scope]! : tokens.length]);
  }
  return spans;
}

/**
 * The CTE list of a WITH clause starting at token `w` (the WITH itself), or undefined when it is
 * not one this module understands. Returns the CTEs and the token index after the list.
 */
function withClause(
  sql: string,
  tokens: readonly Token[],
  w: number,
  close: readonly number[],
  parent: readonly number[],
  /** Where each name occurs (lower-cased), ascending. */
  occurs: ReadonlyMap<string, readonly number[]>,
): { ctes: Cte[]; next: number } | undefined {
  const ctes: Cte[] = [];
  let i = w + 1;
  if (tokens[i]?.text === 'RECURSIVE') return undefined;
  for (;;) {
    const at = i;
    const name = tokens[i];
    if (!name || (name.kind !== 'word' && name.kind !== 'quoted')) return undefined;
    i++;
    let columns: string[] | undefined;
    if (tokens[i]?.kind === 'open') {
      columns = columnList(sql, tokens, i, close);
      if (!columns) return undefined;
      i = close[i]! + 1;
    }
    if (tokens[i]?.text !== 'AS') return undefined;
    i++;
    if (tokens[i]?.text === 'NOT') i++;
    if (tokens[i]?.text === 'MATERIALIZED') i++;
    if (tokens[i]?.kind !== 'open') return undefined;
    const end = close[i]!;
    const key = name.text.toLowerCase();
    // A CTE that reads itself (`from <name>` / `join <name>`) is recursive, RECURSIVE or not
    // (Snowflake needs none): it cannot be cut from itself. A nested CTE of the same name
    // shadows it: what reads that one is not a recursion.
    const uses = within(occurs.get(key) ?? [], i, end);
    const shadows = shadowedSpans(tokens, close, parent, uses);
    if (!shadows) return undefined;
    for (const k of uses) {
      const before = tokens[k - 1]!.text;
      if ((before === 'FROM' || before === 'JOIN') && !shadows.some(([a, b]) => k > a && k < b))
        return undefined;
    }
    ctes.push({
      name: name.kind === 'word' ? sql.slice(name.start, name.end) : name.text,
      key,
      at,
      ...(columns && { columns }),
      head: tokens[i + 1]?.text ?? '',
      open: i,
      bodyStart: tokens[i]!.end,
      bodyEnd: tokens[end]!.start,
    });
    i = end + 1;
    if (tokens[i]?.text === ',') i++;
    else return { ctes, next: i };
  }
}

/** Start of what the split sees as a query: SELECT, WITH or a parenthesis. */
function opensQuery(t: Token | undefined): boolean {
  return !!t && (t.text === 'SELECT' || t.text === 'WITH' || t.kind === 'open');
}

/**
 * Plan the split of a query into its CTEs and union branches, or undefined when it has neither
 * or is outside what the split understands (the caller then analyses the whole query).
 * `tables`: the schema's table names (a CTE named like one is not split: it would shadow it).
 */
export function planSplit(
  sql: string,
  dialect: Dialect,
  tables: readonly string[] = [],
): SplitPlan | undefined {
  if (sql.length > MAX_CHARS || !/\b(union|with|values)\b|\(\s*select\b/i.test(sql))
    return undefined;
  const lower = sql.toLowerCase();
  if (OUR_PREFIXES.some((p) => lower.includes(p))) return undefined;
  const tokens = tokenize(sql, dialect);
  if (!tokens) return undefined;
  // Matching parentheses, and for each token its group (open-paren index, or -1 for the root).
  const close: number[] = new Array<number>(tokens.length);
  const parent: number[] = new Array<number>(tokens.length);
  const stack: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    parent[i] = stack.length ? stack[stack.length - 1]! : -1;
    if (tokens[i]!.kind === 'open') {
      stack.push(i);
      if (stack.length > MAX_DEPTH) return undefined;
    } else if (tokens[i]!.kind === 'close') {
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

  // Where each name occurs (lower-cased): a CTE of a nested WITH must not be named outside it.
  const occurs = new Map<string, number[]>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' && t.kind !== 'quoted') continue;
    const key = t.text.toLowerCase();
    let list = occurs.get(key);
    if (!list) occurs.set(key, (list = []));
    list.push(i);
  }

  const taken = new Set(tables.map((t) => t.toLowerCase()));
  const cuts: Cut[] = [];
  /** Steps with the offset they end at: sorting by it puts inner scopes first. */
  const steps: { end: number; rank: number; step: () => SplitStep }[] = [];
  let unions = 0;
  let root: string | undefined;
  let valueLists = 0;
  let scoped = 0;
  let derived = 0;
  let grain: boolean | undefined;
  /**
   * Groups whose query reads tables for a query (the root, a CTE body, a derived table): a
   * derived table directly in one of them cannot read a column of an enclosing query, so it can
   * be analysed on its own. One inside an expression (`x in (select …)`, a scalar subquery,
   * `extract(year from (…))`) may be correlated, and stays where it is.
   */
  const tableScopes = new Set<number>([-1]);
  /** Token starts already renamed, and the original name of each renamed CTE. */
  const renamed = new Set<number>();
  const originals = new Map<string, string>();
  for (const [g, list] of members) {
    let body = 0; // index into `list` where the query body starts
    const first = tokens[list[0]!];
    const before = g > 0 ? tokens[g - 1]!.text : '';
    if (first?.text === 'VALUES' && (before === 'FROM' || before === 'JOIN' || before === ',')) {
      // `(VALUES …) AS t (a, b)`: a table of constants named by its alias's column list. polyglot
      // takes seconds over a list of thousands of rows that holds no lineage at all.
      let k = close[g]! + 1;
      if (tokens[k]?.text === 'AS') k++;
      const alias = tokens[k];
      const columns =
        alias &&
        (alias.kind === 'word' || alias.kind === 'quoted') &&
        tokens[k + 1]?.kind === 'open'
          ? columnList(sql, tokens, k + 1, close)
          : undefined;
      if (columns) {
        const name = `${VALUES_PREFIX}${++valueLists}`;
        const end = tokens[close[g]!]!.start;
        cuts.push({ start: first.start, end, text: `select * from ${name} ` });
        steps.push({ end, rank: 0, step: () => ({ kind: 'cte', name, columns }) });
      }
      continue;
    }
    if (
      g >= 0 &&
      before === 'FROM' &&
      clauseFrom(tokens, parent, g - 1) &&
      (first?.text === 'SELECT' || first?.text === 'WITH') &&
      tableScopes.has(parent[g]!) &&
      !derivedColumnList(tokens, close[g]! + 1) &&
      soleSource(tokens, members.get(parent[g]!)!, g)
    ) {
      // `from (select …) s`, the only relation of its FROM: a table of its own, as a CTE is
      // (polyglot's answer through a derived table's `*` names the derived table instead of what
      // its columns are). Beside another relation it stays: polyglot, reading the derived table
      // in place, knows an unqualified column it lacks is the other relation's; as a table of the
      // schema beside one of unknown columns, that column would be unresolved.
      const name = `${DERIVED_PREFIX}${++derived}`;
      const bodyStart = tokens[g]!.end;
      const bodyEnd = tokens[close[g]!]!.start;
      cuts.push({ start: tokens[g]!.start, end: tokens[close[g]!]!.end, text: ` ${name} ` });
      steps.push({
        end: bodyEnd,
        rank: 2,
        step: () => ({ kind: 'cte', name, piece: render(bodyStart, bodyEnd) }),
      });
      tableScopes.add(g);
    }
    if (first?.text === 'WITH') {
      const w = withClause(sql, tokens, list[0]!, close, parent, occurs);
      if (!w) return undefined;
      body = list.indexOf(w.next);
      if (body < 0) return undefined;
      cuts.push({ start: first.start, end: tokens[w.next]!.start, text: '' });
      for (const c of w.ctes) {
        // Named in an earlier CTE of its list: a forward reference, which some dialects read as
        // the CTE and others as a table; the split would take it for a table. An alias of that
        // name reads its own table, and a nested CTE of that name shadows it (`readsEarlier`).
        const earlier = within(occurs.get(c.key)!, g, c.at);
        const bodies = w.ctes
          .filter((d) => d.at < c.at)
          .map((d) => [d.open, close[d.open]!] as const);
        const forward = readsEarlier(tokens, earlier, bodies);
        if (forward.length) {
          const shadows = shadowedSpans(tokens, close, parent, earlier);
          if (!shadows || forward.some((k) => !shadows.some(([a, b]) => k > a && k < b)))
            return undefined;
        }
        let name = c.name;
        // A CTE is a table of its own scope only; the split makes it one of every piece after
        // it. So a nested CTE whose name is also used outside its parentheses (a table of that
        // name, or a CTE of another scope: macro-built unions repeat one CTE name per branch)
        // gets a name of its own, written wherever its scope reads it.
        if (
          g >= 0 &&
          (taken.has(c.key) || occurs.get(c.key)!.some((k) => k < g || k > close[g]!))
        ) {
          name = `${CTE_PREFIX}${++scoped}`;
          const renames = scopedName(tokens, occurs.get(c.key)!, g, close[g]!, c.at, name, parent);
          if (!renames) return undefined;
          for (const r of renames) {
            if (renamed.has(r.start)) return undefined; // a name of two nested scopes at once
            renamed.add(r.start);
            cuts.push(r);
          }
          originals.set(name.toLowerCase(), c.name);
        } else {
          if (taken.has(c.key)) return undefined; // two CTEs of one name, or one shadowing a table
          taken.add(c.key);
        }
        tableScopes.add(c.open);
        steps.push({
          end: c.bodyEnd,
          rank: 1,
          step: () => ({
            kind: 'cte',
            name,
            ...(c.columns && { columns: c.columns }),
            // VALUES: no query to analyse, its columns are the list's, constants
            ...(c.head !== 'VALUES' && { piece: render(c.bodyStart, c.bodyEnd) }),
          }),
        });
      }
    }
    const setOps = list.filter((t) => {
      const x = tokens[t]!.text;
      return x === 'UNION' || x === 'INTERSECT' || x === 'EXCEPT' || x === 'MINUS';
    });
    if (g < 0) grain = grainOf(tokens, list, list[body]!, setOps);
    if (setOps.length === 0) continue;
    if (setOps.some((t) => tokens[t]!.text !== 'UNION')) return undefined;
    const starts = tokens[list[body]!];
    if (!opensQuery(starts) || starts!.text === 'WITH') return undefined;
    const branches: [number, number][] = [];
    /** The width of each branch that is a VALUES list, by branch index. */
    const constants = new Map<number, number>();
    let from = starts!.start;
    for (const [i, u] of setOps.entries()) {
      branches.push([from, tokens[u]!.start]);
      let k = u + 1;
      if (tokens[k]?.text === 'ALL' || tokens[k]?.text === 'DISTINCT') k++;
      if (tokens[k]?.text === 'BY' || tokens[k]?.text === 'CORRESPONDING') return undefined;
      if (tokens[k]?.text === 'VALUES' && parent[k] === g) {
        // `union all values (…), (…)`: rows of constants, no lineage (polyglot analyses only
        // queries; the whole query with such a branch was one of spellbook's slowest)
        const stop = setOps[i + 1] ?? (g < 0 ? tokens.length : close[g]!);
        const width = valuesWidth(tokens, k, stop, close, parent);
        if (width === undefined) return undefined;
        constants.set(i + 1, width);
      } else if (!opensQuery(tokens[k]) || parent[k] !== g) return undefined;
      from = tokens[k]!.start;
    }
    const end = g < 0 ? sql.length : tokens[close[g]!]!.start;
    branches.push([from, end]);
    if (branches.some(([x, y]) => sql.slice(x, y).trim() === '')) return undefined;
    const name = `${VIRTUAL_PREFIX}${++unions}`;
    if (g < 0) root = name;
    cuts.push({ start: starts!.start, end, text: `select * from ${name} ` });
    steps.push({
      end,
      rank: 0,
      step: () => ({
        kind: 'union',
        name,
        branches: branches.map(([x, y], i) =>
          constants.has(i) ? { constants: constants.get(i)! } : render(x, y),
        ),
      }),
    });
  }
  if (steps.length === 0) return undefined;

  // Sorted once: each piece then looks only at the cuts inside it (a filter of every cut per
  // piece made thousands of small unions quadratic).
  cuts.sort((a, b) => a.start - b.start || b.end - a.end);
  /** The text of [from, to) with every cut inside it applied (the outermost of nested ones). */
  const render = (from: number, to: number): string => {
    let out = '';
    let at = from;
    for (const c of outermostWithin(cuts, from, to)) {
      out += sql.slice(at, c.start) + c.text;
      at = c.end;
    }
    return out + sql.slice(at, to);
  };

  // Inner scopes end first; at one offset (a union that is a CTE's whole body) the union first.
  steps.sort((x, y) => x.end - y.end || x.rank - y.rank);
  const planned: SplitStep[] = [];
  let size = 0;
  let pieces = 0;
  for (const s of steps) {
    const step = s.step();
    const texts =
      step.kind === 'union'
        ? step.branches.filter((b) => typeof b === 'string')
        : step.piece
          ? [step.piece]
          : [];
    for (const t of texts) {
      size += t.length;
      pieces++;
    }
    if (size > MAX_GROWTH * sql.length + 10_000 || pieces > MAX_PIECES) return undefined;
    planned.push(step);
  }
  return {
    steps: planned,
    outer: render(0, sql.length),
    ...(root && { root }),
    ...(originals.size > 0 && { originals }),
    // A VALUES list is cut without being parsed (its rows hold no lineage): only a parse of
    // the whole query says its rows are well-formed (`(values )` is not), so no grain then.
    ...(grain !== undefined && !/\bvalues\b/.test(lower) && { grain }),
  };
}

/**
 * The plan of a query with nothing to split, for a caller that needs no parse tree (a whole-
 * commit export): no steps, the query as its own outer piece, and whether its rows are distinct —
 * read from its tokens as for a split query. Undefined where the tokens do not tell (a main query
 * in parentheses, a set operation, a VALUES list, text the tokenizer does not take): then the
 * query is parsed whole, as before.
 */
export function plainPlan(sql: string, dialect: Dialect): SplitPlan | undefined {
  if (sql.length > MAX_CHARS || /\bvalues\b/i.test(sql)) return undefined;
  const tokens = tokenize(sql, dialect);
  if (!tokens || tokens.length === 0) return undefined;
  const root: number[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'open') {
      if (depth === 0) root.push(i);
      depth++;
    } else if (t.kind === 'close') {
      if (--depth < 0) return undefined;
      if (depth === 0) root.push(i);
    } else if (depth === 0) {
      if (t.kind === 'word' && /^(UNION|INTERSECT|EXCEPT|WITH)$/.test(t.text)) return undefined;
      root.push(i);
    }
  }
  if (depth !== 0) return undefined;
  const grain = grainOf(tokens, root, 0, []);
  return grain === undefined ? undefined : { steps: [], outer: sql, grain };
}

/**
 * Whether the main query's rows are its select list's distinct values — `select distinct`,
 * `distinct on`, `group by all`, or a query that is a union whose last operator is not `ALL` —
 * read from its tokens as shape.ts reads it from the parse tree; undefined for a main query in
 * parentheses (the parse decides what that is). `root`: the tokens at the top level, in order;
 * `body`: the main query's first token; `setOps`: the top-level UNIONs.
 */
function grainOf(
  tokens: readonly Token[],
  root: readonly number[],
  body: number,
  setOps: readonly number[],
): boolean | undefined {
  const last = setOps[setOps.length - 1];
  if (last !== undefined) return tokens[last + 1]?.text !== 'ALL';
  if (tokens[body]?.text !== 'SELECT') return undefined;
  if (tokens[body + 1]?.text === 'DISTINCT') return true;
  for (let i = 0; i + 2 < root.length; i++) {
    if (
      tokens[root[i]!]!.text === 'GROUP' &&
      root[i + 1] === root[i]! + 1 &&
      tokens[root[i + 1]!]!.text === 'BY' &&
      root[i + 2] === root[i]! + 2 &&
      tokens[root[i + 2]!]!.text === 'ALL'
    )
      return true;
  }
  return false;
}

/** What ends a FROM clause, at its own level. */
const AFTER_FROM = new Set([
  'WHERE',
  'GROUP',
  'HAVING',
  'QUALIFY',
  'WINDOW',
  'ORDER',
  'LIMIT',
  'OFFSET',
  'FETCH',
  'UNION',
  'INTERSECT',
  'EXCEPT',
  'MINUS',
]);
/** What joins or reshapes a relation in a FROM clause. */
const BESIDE = new Set([
  ',',
  'JOIN',
  'PIVOT',
  'UNPIVOT',
  'MATCH_RECOGNIZE',
  'TABLESAMPLE',
  'APPLY',
]);

/**
 * Whether the derived table opening at token `g` is the only relation of its FROM clause: no
 * join, comma or reshaping after it before the clause ends (`siblings`: the tokens of its level,
 * in order).
 */
function soleSource(tokens: readonly Token[], siblings: readonly number[], g: number): boolean {
  let lo = 0;
  let hi = siblings.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (siblings[mid]! <= g) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < siblings.length; i++) {
    const text = tokens[siblings[i]!]!.text;
    if (AFTER_FROM.has(text)) return true;
    if (BESIDE.has(text)) return false;
  }
  return true;
}

/** Whether a derived table ending before token `k` renames its columns: `) [as] s (a, b)`. */
function derivedColumnList(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.text === 'AS') k++;
  const alias = tokens[k];
  return (
    !!alias && (alias.kind === 'word' || alias.kind === 'quoted') && tokens[k + 1]?.kind === 'open'
  );
}

/**
 * The number of columns of a VALUES list whose VALUES is token `at` and which ends before token
 * `stop`: rows `(…)` separated by commas, each as wide as the first; undefined for anything else.
 */
function valuesWidth(
  tokens: readonly Token[],
  at: number,
  stop: number,
  close: readonly number[],
  parent: readonly number[],
): number | undefined {
  let width: number | undefined;
  let k = at + 1;
  for (;;) {
    if (tokens[k]?.kind !== 'open') return undefined;
    const end = close[k]!;
    let n = end > k + 1 ? 1 : 0;
    for (let j = k + 1; j < end; j++) if (parent[j] === k && tokens[j]!.text === ',') n++;
    if (n === 0 || (width !== undefined && n !== width)) return undefined;
    width = n;
    k = end + 1;
    if (k === stop) return width;
    if (tokens[k]?.text !== ',') return undefined;
    k++;
  }
}

/** Words after which a parenthesis opens a query, not a function's arguments. */
const QUERY_OPENERS = new Set(['FROM', 'JOIN', 'AS', 'IN', 'EXISTS']);

/**
 * Whether the FROM or JOIN at token `f` begins a relation of a FROM clause — not the FROM of an
 * operator (`a is distinct from (select …)`) or of a function's arguments (`extract(year from
 * c)`, `trim(leading 'x' from c)`, `substring(s from 2)`), which are followed by a value.
 */
function clauseFrom(tokens: readonly Token[], parent: readonly number[], f: number): boolean {
  if (tokens[f - 1]?.text === 'DISTINCT') return false;
  const group = parent[f] ?? -1;
  const opener = group >= 0 ? tokens[group - 1] : undefined;
  return opener?.kind !== 'word' || QUERY_OPENERS.has(opener.text);
}

/**
 * The cuts that rename a nested CTE inside its scope (the tokens strictly between `open` and
 * `close`, its definition `at` aside), or undefined when one of its uses there is not plainly a
 * table read: only `from <name>`, `join <name>` and a qualifier `<name>.column` are renamed; an
 * alias, a column, a function or a schema of that name keeps the query whole.
 */
function scopedName(
  tokens: readonly Token[],
  uses: readonly number[],
  open: number,
  close: number,
  at: number,
  name: string,
  parent: readonly number[],
): Cut[] | undefined {
  const cuts: Cut[] = [];
  for (const k of uses) {
    if (k <= open || k >= close || k === at) continue;
    const t = tokens[k]!;
    const before = tokens[k - 1];
    const after = tokens[k + 1];
    const dotBefore = before?.kind === 'other' && before.text === '.';
    const dotAfter = after?.kind === 'other' && after.text === '.';
    const read =
      before?.kind === 'word' &&
      (before.text === 'FROM' || before.text === 'JOIN') &&
      clauseFrom(tokens, parent, k - 1);
    if (dotBefore || !(read ? !dotAfter : dotAfter)) return undefined;
    cuts.push({ start: t.start, end: t.end, text: name });
  }
  return cuts;
}

/**
 * The cuts inside [from, to) not inside another such cut, in text order. `cuts`: sorted by start,
 * then longest first.
 */
function outermostWithin(cuts: readonly Cut[], from: number, to: number): Cut[] {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cuts[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Cut[] = [];
  let reach = -1;
  for (let i = lo; i < cuts.length && cuts[i]!.start < to; i++) {
    const c = cuts[i]!;
    if (c.end > to || c.start < reach) continue;
    out.push(c);
    reach = c.end;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Putting the analyses back together

interface VirtualColumn {
  readonly name: string;
  readonly transformKind: string;
  readonly upstream: readonly RawReference[];
}

/**
 * What a virtual table stands for: its columns; a pass-through of one relation (a CTE that is
 * `select * from r` whose columns nobody knows: its column c is r's c, as dbt's staging models
 * read a source); or nothing known (opaque).
 */
type Virtual =
  | { readonly kind: 'columns'; readonly columns: readonly VirtualColumn[] }
  | {
      readonly kind: 'through';
      readonly relation: RawReference;
      /** Columns the body adds beside its `*` (`select *, a + 1 as b from r`): not r's. */
      readonly added?: readonly VirtualColumn[];
    }
  | { readonly kind: 'opaque' };

const OPAQUE: Virtual = { kind: 'opaque' };

/** What the virtual tables stand for, filled step by step. */
export class VirtualTables {
  /** By lower-cased name. */
  private readonly tables = new Map<string, Virtual>();
  /** The name as the schema gives it to polyglot (a CTE's as written). */
  private readonly written = new Map<string, string>();
  private readonly uses: NonNullable<RawAnalysis['columnUses']> = [];
  private readonly bases = new Map<string, RawAnalysis['baseTables'][number]>();

  /** The schema entries built last, until a table is added (every piece of a model asks). */
  private entries?: { name: string; columns: { name: string; type: string }[] }[];

  /** Schema entries for polyglot: each virtual table whose columns are known. */
  schemaTables(): readonly { name: string; columns: { name: string; type: string }[] }[] {
    if (this.entries) return this.entries;
    const out: { name: string; columns: { name: string; type: string }[] }[] = [];
    for (const [key, v] of this.tables)
      if (v.kind === 'columns')
        out.push({
          name: this.written.get(key)!,
          columns: v.columns.map((c) => ({ name: c.name, type: '' })),
        });
    this.entries = out;
    return out;
  }

  /**
   * Record one union from its branches' analyses. When their columns cannot be lined up (a `*`
   * no schema expands, an unnamed first column, branches of different widths) the union is
   * opaque: its columns unknown, as polyglot leaves a whole union with such a branch, and what
   * reads it is incomplete, never wrong.
   */
  add(name: string, branches: readonly RawAnalysis[]): void {
    for (const b of branches) this.collect(b);
    const columns = this.lineUp(branches);
    this.set(name, columns ? { kind: 'columns', columns } : OPAQUE);
  }

  /**
   * Record one CTE from its body's analysis (undefined for a `VALUES` body: its columns are the
   * column list's, constants). A column list renames the columns by position.
   */
  addCte(
    name: string,
    columns: readonly string[] | undefined,
    body: RawAnalysis | undefined,
  ): void {
    if (!body) {
      this.set(
        name,
        columns
          ? {
              kind: 'columns',
              columns: columns.map((c) => ({ name: c, transformKind: 'constant', upstream: [] })),
            }
          : OPAQUE,
      );
      return;
    }
    this.collect(body);
    const through = this.passThrough(body);
    if (through && !columns) {
      this.set(name, through);
      return;
    }
    const lined = this.lineUp([body]);
    if (!lined || (columns && columns.length !== lined.length)) {
      this.set(name, OPAQUE);
      return;
    }
    this.set(name, {
      kind: 'columns',
      columns: columns ? lined.map((c, i) => ({ ...c, name: columns[i]! })) : lined,
    });
  }

  private set(name: string, v: Virtual): void {
    this.entries = undefined;
    this.tables.set(name.toLowerCase(), v);
    this.written.set(name.toLowerCase(), name);
  }

  /**
   * A body that is `select * from r` (one relation, its columns unknown), perhaps with columns of
   * its own beside the `*` (`select *, a + 1 as b from r`): reads through to r, but for those.
   */
  private passThrough(body: RawAnalysis): Virtual | undefined {
    const stars = body.projections.filter((p) => p.isStar);
    const only = stars.length === 1 ? stars[0] : undefined;
    if (!only || body.baseTables.length > 1) return undefined;
    // The star must read one table and nothing else: a derived table, a LATERAL FLATTEN or an
    // UNNEST beside it adds columns that are not the table's (polyglot lists them as relations
    // but not as base tables).
    const relations = (body as { relations?: readonly { kind?: string }[] }).relations;
    if (relations?.length !== 1 || relations[0]!.kind !== 'table') return undefined;
    const from = only.starTable ?? body.baseTables[0]?.table ?? body.baseTables[0]?.name;
    if (!from) return undefined;
    const added: VirtualColumn[] = [];
    for (const p of body.projections) {
      if (p === only) continue;
      const name = p.name?.toLowerCase();
      // unnamed, or a name given twice: which column a reader means cannot be told
      if (!name || added.some((c) => c.name === name)) return undefined;
      added.push({ name, transformKind: p.transformKind, upstream: this.expand(p.upstream) });
    }
    const inner = this.tables.get(from.toLowerCase());
    if (inner) {
      // through a through (its own added columns kept unless these shadow them), or opaque
      if (inner.kind !== 'through') return inner.kind === 'opaque' ? inner : undefined;
      if (added.length === 0) return inner;
      const kept = (inner.added ?? []).filter((c) => !added.some((a) => a.name === c.name));
      return { kind: 'through', relation: inner.relation, added: [...added, ...kept] };
    }
    return {
      kind: 'through',
      relation: {
        sourceName: from,
        sourceKind: 'table',
        table: from,
        column: '',
        confidence: 'resolved',
      },
      ...(added.length > 0 && { added }),
    };
  }

  private collect(b: RawAnalysis): void {
    for (const u of b.columnUses ?? [])
      this.uses.push({ context: u.context, references: this.expand(u.references) });
    this.addBases(b.baseTables);
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
      const pos = this.positional(b);
      b.projections.forEach((p, i) =>
        columns[i]!.upstream.push(...(pos ? pos[i]!.upstream : this.expand(p.upstream))),
      );
    }
    return columns;
  }

  /**
   * The columns of the one virtual table an analysis reads column by column, in order (`select *
   * from <union>` expanded by the schema): then its columns are that table's by position, even
   * where a name repeats (`select a, a ... union ...`), which a lookup by name cannot tell apart.
   */
  private positional(a: RawAnalysis): readonly VirtualColumn[] | undefined {
    const first = a.projections[0]?.upstream[0];
    const v = first && this.virtualOf(first);
    if (v?.kind !== 'columns' || v.columns.length !== a.projections.length) return undefined;
    const rel = (first!.table ?? first!.sourceName)!.toLowerCase();
    const same = a.projections.every((p, i) => {
      const r = p.upstream.length === 1 ? p.upstream[0]! : undefined;
      return (
        !p.isStar &&
        r?.sourceKind === 'table' &&
        (r.table ?? r.sourceName)?.toLowerCase() === rel &&
        r.column.toLowerCase() === v.columns[i]!.name
      );
    });
    return same ? v.columns : undefined;
  }

  /**
   * The outer query's analysis with every virtual table replaced by what it stands for. `root`:
   * the virtual table that is the whole query's body (a query that is itself a union).
   */
  resolve(outer: RawAnalysis, root?: string, originals?: ReadonlyMap<string, string>): RawAnalysis {
    // The main query of a query that is a union is `select * from <root>`, which the schema
    // expands column by column: its columns are the union's by position (names may repeat).
    const top = root === undefined ? undefined : this.positional(outer);
    const byPosition =
      top && top === (this.tables.get(root!.toLowerCase()) as { columns?: unknown }).columns
        ? top
        : undefined;
    const projections: RawProjection[] = outer.projections.map((p, i) => {
      const only = p.upstream.length === 1 ? p.upstream[0]! : undefined;
      const via = byPosition
        ? byPosition[i]
        : only && root !== undefined && (only.table ?? only.sourceName)?.toLowerCase() === root
          ? this.columnOf(only)
          : undefined;
      const upstream = byPosition ? [...via!.upstream] : this.expand(p.upstream);
      // A query that is a union reports each column's kind as its first branch's (polyglot's
      // whole-query answer); a union or CTE read further in keeps the outer query's kind, as
      // there.
      const transformKind = via ? via.transformKind : p.transformKind;
      // `select u.*` over an opaque union: its name is ours, not the model's (a renamed CTE's
      // is the one the model gave it)
      const star = p.starTable?.toLowerCase();
      const starTable = !star
        ? p.starTable
        : star.startsWith(CTE_PREFIX)
          ? (originals?.get(star) ?? null)
          : OUR_PREFIXES.some((p) => star.startsWith(p))
            ? null
            : p.starTable;
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
      // By the full name: `db.s1.orders` and `db.s2.orders` are two tables, and neither is a CTE
      // called `orders`.
      const key = t.name.toLowerCase();
      if (this.tables.has(key) || this.bases.has(key)) continue;
      this.bases.set(key, t);
    }
  }

  private virtualOf(r: RawReference): Virtual | undefined {
    if (r.sourceKind !== 'table') return undefined;
    const rel = (r.table ?? r.sourceName)?.toLowerCase();
    return rel === undefined ? undefined : this.tables.get(rel);
  }

  private columnOf(r: RawReference): VirtualColumn | undefined {
    const v = this.virtualOf(r);
    if (v?.kind !== 'columns') return undefined;
    const c = r.column.toLowerCase();
    // Two columns whose names differ only in case (`"A"` and `a` in postgres) cannot be told
    // apart here: neither is resolved.
    const found = v.columns.filter((x) => x.name === c);
    return found.length === 1 ? found[0] : undefined;
  }

  private expand(refs: readonly RawReference[]): RawReference[] {
    const out: RawReference[] = [];
    for (const r of refs) {
      const v = this.virtualOf(r);
      if (!v) out.push(r);
      else if (v.kind === 'through') {
        const added = v.added?.find((c) => c.name === r.column.toLowerCase());
        if (added) out.push(...added.upstream);
        else out.push({ ...v.relation, column: r.column });
      } else {
        const col = this.columnOf(r);
        // A column the table does not have: unresolved, so the lineage is incomplete, not wrong.
        if (col) out.push(...col.upstream);
        else out.push({ sourceKind: 'unknown', column: r.column, confidence: 'unknown' });
      }
    }
    return out;
  }
}
