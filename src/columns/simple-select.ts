/**
 * A fast path for the most common piece of a split query: one SELECT over one table — a column
 * list with renames, constants, casts and function calls, a WHERE, a GROUP BY — traced here in
 * plain JavaScript instead of a call to polyglot (on spellbook ~2/3 of the pieces, each a worker
 * round trip of 1–4 ms). It answers only what it is sure of, in polyglot's own terms (the
 * `RawAnalysis` polyglot returns for the same text); anything else — a join, a subquery, a
 * window, a lambda, a name that could be a select-list alias, a function it does not know — is
 * declined (`undefined`) and goes to polyglot as before. `test/columns/simple-select.test.ts`
 * checks its answers against polyglot's on hand-written pieces, and the corpus test on every
 * piece of a real project where both answer.
 *
 * Pure and linear in the text.
 */
import {
  backslashEscapes,
  type RawAnalysis,
  type RawProjection,
  type RawReference,
} from './analyze.js';
import type { Dialect } from './types.js';

interface Schema {
  readonly tables: readonly {
    readonly name: string;
    readonly columns: readonly { name: string }[];
  }[];
}

type Kind =
  | 'word'
  | 'quoted'
  | 'string'
  | 'number'
  | 'open'
  | 'close'
  | 'comma'
  | 'dot'
  | 'op'
  | 'lbracket'
  | 'rbracket';

interface Tok {
  readonly kind: Kind;
  /** Words upper-cased; quoted identifiers unquoted; operators as written. */
  readonly text: string;
  /** Words as written. */
  readonly raw: string;
}

/** Dialects whose double quotes are identifiers and whose answers were checked against polyglot. */
const DIALECTS = new Set<Dialect>(['trino']);

/** Largest piece traced here (longer ones are rare and go to polyglot). */
const MAX_CHARS = 20_000;

const WORD = /[A-Za-z_][A-Za-z0-9_]*/y;
const NUMBER = /(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;
/** Operators taken inside an expression; anything else (`::`, `->`, `[`, `:`, `|>`) declines. */
const OPS = new Set(['=', '<>', '!=', '<', '>', '<=', '>=', '+', '-', '*', '/', '%', '||']);

function tokenize(sql: string, dialect: Dialect): Tok[] | undefined {
  const backslash = backslashEscapes(dialect);
  const out: Tok[] = [];
  const n = sql.length;
  let i = 0;
  while (i < n) {
    const c = sql[i]!;
    if (c === ' ' || c === '\n' || c === '\t' || c === '\r') {
      i++;
    } else if (c === "'" || c === '"') {
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
      const body = sql.slice(i + 1, j);
      if (c === '"') {
        const name = body.split('""').join('"');
        if (name === '') return undefined;
        out.push({ kind: 'quoted', text: name, raw: name });
      } else out.push({ kind: 'string', text: '', raw: '' });
      i = j + 1;
    } else if (c === '(' || c === ')' || c === ',' || c === '.') {
      if (c === '.' && /\d/.test(sql[i + 1] ?? '')) {
        NUMBER.lastIndex = i;
        const m = NUMBER.exec(sql)!;
        out.push({ kind: 'number', text: m[0], raw: m[0] });
        i += m[0].length;
        continue;
      }
      out.push({
        kind: c === '(' ? 'open' : c === ')' ? 'close' : c === ',' ? 'comma' : 'dot',
        text: c,
        raw: c,
      });
      i++;
    } else if (c >= '0' && c <= '9') {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(sql)!;
      // `1e`, `2x`, `0x…`: not a number this tokenizer knows
      if (/[A-Za-z_]/.test(sql[i + m[0].length] ?? '')) return undefined;
      out.push({ kind: 'number', text: m[0], raw: m[0] });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      WORD.lastIndex = i;
      const m = WORD.exec(sql)!;
      const after = sql[i + m[0].length];
      if (after === "'" && (m[0] === 'X' || m[0] === 'x')) {
        // a binary literal X'AB' (hexLiterals writes Dune's 0xAB so): a string here
        let j = i + 2;
        while (j < n && /[0-9a-fA-F]/.test(sql[j]!)) j++;
        if (sql[j] !== "'") return undefined;
        out.push({ kind: 'string', text: '', raw: '' });
        i = j + 1;
        continue;
      }
      // `U&'…'`, `N'…'`: prefixed literals decline
      if (after === "'" || after === '&') return undefined;
      const upper = m[0].toUpperCase();
      if (upper === 'DATE' || upper === 'TIMESTAMP' || upper === 'TIME') {
        // a typed literal `DATE '2020-01-01'`: a value, but not a plain constant (TYPED)
        let j = i + m[0].length;
        while (sql[j] === ' ' || sql[j] === '\n' || sql[j] === '\t' || sql[j] === '\r') j++;
        if (sql[j] === "'") {
          const close = sql.indexOf("'", j + 1);
          if (close < 0 || sql[close + 1] === "'") return undefined;
          out.push({ kind: 'string', text: 'TYPED', raw: '' });
          i = close + 1;
          continue;
        }
      }
      out.push({ kind: 'word', text: m[0].toUpperCase(), raw: m[0] });
      i += m[0].length;
    } else {
      const two = sql.slice(i, i + 2);
      if (two === '->' || two === '=>') return undefined; // a lambda, a named argument
      if (two === '<>' || two === '!=' || two === '<=' || two === '>=' || two === '||') {
        out.push({ kind: 'op', text: two, raw: two });
        i += 2;
      } else if (OPS.has(c)) {
        out.push({ kind: 'op', text: c, raw: c });
        i++;
      } else if (c === '[' || c === ']') {
        out.push({ kind: c === '[' ? 'lbracket' : 'rbracket', text: c, raw: c });
        i++;
      } else if (c === ';' && sql.slice(i + 1).trim() === '') {
        i = n;
      } else return undefined;
    }
  }
  return out;
}

/** Clause keywords: where one clause ends. */
const CLAUSE = new Set([
  'FROM',
  'WHERE',
  'GROUP',
  'HAVING',
  'ORDER',
  'LIMIT',
  'OFFSET',
  'FETCH',
  'QUALIFY',
  'WINDOW',
  'UNION',
  'INTERSECT',
  'EXCEPT',
  'JOIN',
  'INNER',
  'LEFT',
  'RIGHT',
  'FULL',
  'CROSS',
  'NATURAL',
  'LATERAL',
  'ON',
  'USING',
  'TABLESAMPLE',
  'SELECT',
  'WITH',
  'VALUES',
  'INTO',
  'FOR',
  'MATCH_RECOGNIZE',
  'PIVOT',
  'UNPIVOT',
]);

/** Words an expression may hold that are neither columns nor functions. */
const EXPRESSION_WORDS = new Set([
  'AND',
  'OR',
  'NOT',
  'IS',
  'NULL',
  'TRUE',
  'FALSE',
  'IN',
  'LIKE',
  'BETWEEN',
  'CASE',
  'WHEN',
  'THEN',
  'ELSE',
  'END',
]);

/**
 * Words that are never a column here: SQL's reserved words and niladic functions. A bare word in
 * an expression is a column only if it is none of these (and none of the sets above).
 */
const NOT_A_COLUMN = new Set([
  ...CLAUSE,
  ...EXPRESSION_WORDS,
  'AS',
  'ALL',
  'ANY',
  'SOME',
  'ARRAY',
  'MAP',
  'ROW',
  'ASC',
  'AT',
  'BY',
  'CAST',
  'COLLATE',
  'CURRENT_DATE',
  'CURRENT_TIME',
  'CURRENT_TIMESTAMP',
  'CURRENT_USER',
  'LOCALTIME',
  'LOCALTIMESTAMP',
  'DATE',
  'DESC',
  'DISTINCT',
  'ESCAPE',
  'EXISTS',
  'EXTRACT',
  'FILTER',
  'FIRST',
  'IGNORE',
  'INTERVAL',
  'LAST',
  'NULLS',
  'OVER',
  'PARTITION',
  'RESPECT',
  'SIMILAR',
  'TIME',
  'TIMESTAMP',
  'TRY_CAST',
  'UNKNOWN',
  'WITHIN',
  'ZONE',
  'DEFAULT',
  'RLIKE',
  'ILIKE',
  'REGEXP',
  'UESCAPE',
  'POSITION',
  'SUBSTRING',
  'TRIM',
  'OVERLAY',
  'NORMALIZE',
  'OUTER',
  // words polyglot's parser takes as keywords where this module would see a name
  'NEW',
  'NEXT',
  'START',
  'OLD',
  'PRIOR',
  'CONNECT',
  'SET',
  'TABLE',
  'VIEW',
  'TEMP',
  'TEMPORARY',
]);

/** Aggregate functions: a column computed with one is an `aggregation` (polyglot's term). */
const AGGREGATES = new Set([
  'COUNT',
  'SUM',
  'AVG',
  'MIN',
  'MAX',
  'ARRAY_AGG',
  'APPROX_DISTINCT',
  'ARBITRARY',
  'ANY_VALUE',
  'MAX_BY',
  'APPROX_PERCENTILE',
  'MIN_BY',
  'BOOL_AND',
  'BOOL_OR',
  'COUNT_IF',
  'STDDEV',
  'VARIANCE',
]);

/**
 * Scalar functions a column may be computed with (an `expression`): plain calls whose arguments
 * are expressions. A function not here, or in AGGREGATES, declines the piece: its arguments may
 * be a lambda, a keyword syntax (`extract(year from …)`) or a table.
 */
const SCALARS = new Set([
  'ABS',
  'ARRAY_JOIN',
  'BITWISE_AND',
  'BITWISE_LEFT_SHIFT',
  'BITWISE_RIGHT_SHIFT',
  'BYTEARRAY_LENGTH',
  'BYTEARRAY_LTRIM',
  'BYTEARRAY_POSITION',
  'BYTEARRAY_REVERSE',
  'BYTEARRAY_RTRIM',
  'BYTEARRAY_SUBSTRING',
  'BYTEARRAY_TO_BIGINT',
  'BYTEARRAY_TO_INT256',
  'BYTEARRAY_TO_INTEGER',
  'BYTEARRAY_TO_UINT256',
  'CARDINALITY',
  'CEIL',
  'CEILING',
  'COALESCE',
  'CONCAT',
  'CONTAINS',
  'DATE',
  'DATE_ADD',
  'DATE_DIFF',
  'DATE_FORMAT',
  'DATE_PARSE',
  'DATE_TRUNC',
  'DAY',
  'ELEMENT_AT',
  'ENDS_WITH',
  'FLOOR',
  'FORMAT',
  'FROM_BASE',
  'FROM_BASE58',
  'FROM_HEX',
  'FROM_ISO8601_TIMESTAMP',
  'FROM_UNIXTIME',
  'FROM_UTF8',
  'GREATEST',
  'HOUR',
  'IF',
  'JSON_EXTRACT',
  'JSON_EXTRACT_SCALAR',
  'JSON_PARSE',
  'JSON_QUERY',
  'JSON_VALUE',
  'LEAST',
  'LENGTH',
  'LN',
  'LOG10',
  'LOWER',
  'LPAD',
  'LTRIM',
  'MONTH',
  'NULLIF',
  'PARSE_DATETIME',
  'POW',
  'POWER',
  'REGEXP_EXTRACT',
  'REGEXP_EXTRACT_ALL',
  'REGEXP_LIKE',
  'REGEXP_REPLACE',
  'REPLACE',
  'REVERSE',
  'ROUND',
  'RPAD',
  'RTRIM',
  'SIGN',
  'SPLIT',
  'SPLIT_PART',
  'SQRT',
  'STARTS_WITH',
  'STRPOS',
  'SUBSTR',
  'TO_BASE58',
  'TO_CHAR',
  'TO_HEX',
  'TO_TRON_ADDRESS',
  'TO_UNIXTIME',
  'TO_UTF8',
  'TRUNCATE',
  'TRY',
  'UPPER',
  'VARBINARY_CONCAT',
  'VARBINARY_LENGTH',
  'VARBINARY_LTRIM',
  'VARBINARY_POSITION',
  'VARBINARY_RTRIM',
  'VARBINARY_SUBSTRING',
  'VARBINARY_TO_BIGINT',
  'VARBINARY_TO_INT256',
  'VARBINARY_TO_INTEGER',
  'VARBINARY_TO_UINT256',
  'YEAR',
]);

interface Table {
  /** As the text names it (a quoted name unquoted). */
  readonly name: string;
  readonly alias?: string;
  /** Its known columns, lower-cased, or undefined where the schema does not know it. */
  readonly columns?: ReadonlySet<string>;
  /** The same, as the schema lists them. */
  readonly declared?: readonly string[];
}

/** A column reference as written: its qualifier, if any, and its name. */
interface Ref {
  readonly q?: string;
  readonly c: string;
}

/** What an expression reads and how: the columns in order of appearance, and its kind. */
interface Traced {
  readonly refs: Ref[];
  readonly aggregate: boolean;
}

/** Thrown inside the tracer to decline; caught at the top. */
const DECLINE = Symbol('decline');

function decline(): never {
  throw DECLINE;
}

/**
 * polyglot's analysis of `sql` when it is a simple one-table SELECT (see the module comment),
 * else undefined. `schema` is the one polyglot would be given.
 */
export function traceSimpleSelect(
  sql: string,
  dialect: Dialect,
  schema: Schema,
): RawAnalysis | undefined {
  if (!DIALECTS.has(dialect) || sql.length > MAX_CHARS) return undefined;
  const tokens = tokenize(sql, dialect);
  if (!tokens) return undefined;
  try {
    return trace(tokens, schema);
  } catch (err) {
    if (err === DECLINE) return undefined;
    throw err;
  }
}

function trace(tokens: readonly Tok[], schema: Schema): RawAnalysis {
  let at = 0;
  const word = (k: number, w: string) => tokens[k]?.kind === 'word' && tokens[k]!.text === w;
  if (!word(at, 'SELECT')) decline();
  at++;
  if (word(at, 'DISTINCT')) {
    if (word(at + 1, 'ON')) decline();
    at++;
  }
  if (word(at, 'ALL') || word(at, 'TOP')) decline();

  /** The end of the clause starting at `from`: the next top-level clause keyword or the end. */
  const clauseEnd = (from: number): number => {
    let depth = 0;
    for (let k = from; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.kind === 'open' || t.kind === 'lbracket') depth++;
      else if (t.kind === 'close' || t.kind === 'rbracket') {
        if (--depth < 0) decline();
      } else if (depth === 0 && t.kind === 'word' && CLAUSE.has(t.text)) return k;
    }
    if (depth !== 0) decline();
    return tokens.length;
  };

  const selectEnd = clauseEnd(at);
  if (!word(selectEnd, 'FROM')) decline();
  // the tables: one, or a chain of `[INNER | LEFT | RIGHT | FULL [OUTER]] JOIN … ON …`
  let k = selectEnd + 1;
  const tables: Table[] = [];
  const joins: [number, number][] = [];
  const tableRef = () => {
    const nameTok = tokens[k];
    if (!nameTok || (nameTok.kind !== 'quoted' && nameTok.kind !== 'word')) decline();
    if (nameTok.kind === 'word' && NOT_A_COLUMN.has(nameTok.text)) decline();
    const name = nameTok.kind === 'quoted' ? nameTok.text : nameTok.raw;
    k++;
    let alias: string | undefined;
    if (word(k, 'AS')) k++;
    const aliasTok = tokens[k];
    if (
      aliasTok &&
      ((aliasTok.kind === 'word' && !NOT_A_COLUMN.has(aliasTok.text)) || aliasTok.kind === 'quoted')
    ) {
      alias = aliasTok.kind === 'quoted' ? aliasTok.text : aliasTok.raw;
      k++;
      // `t (a, b)`: a column list renaming the table's columns
      if (tokens[k]?.kind === 'open') decline();
    } else if (word(k - 1, 'AS')) decline();
    const known = schema.tables.filter((t) => t.name.toLowerCase() === name.toLowerCase());
    if (known.length > 1) decline();
    const table: Table = {
      name,
      ...(alias !== undefined && { alias }),
      ...(known[0] && {
        columns: new Set(known[0].columns.map((c) => c.name.toLowerCase())),
        declared: known[0].columns.map((c) => c.name),
      }),
    };
    if (table.columns && table.columns.size === 0) decline();
    tables.push(table);
  };
  tableRef();
  for (;;) {
    let j = k;
    if (word(j, 'INNER')) j++;
    else if (word(j, 'LEFT') || word(j, 'RIGHT') || word(j, 'FULL')) {
      j++;
      if (word(j, 'OUTER')) j++;
    }
    if (!word(j, 'JOIN')) break;
    k = j + 1;
    tableRef();
    if (!word(k, 'ON')) decline(); // USING, a cross join: not here
    const end = clauseEnd(k + 1);
    if (end <= k + 1) decline();
    joins.push([k + 1, end]);
    k = end;
  }
  // what a qualifier names: a table's alias, else its name
  const byQualifier = new Map<string, number>();
  tables.forEach((t, i) => {
    const key = (t.alias ?? t.name).toLowerCase();
    if (byQualifier.has(key)) decline();
    byQualifier.set(key, i);
  });

  // the clauses after FROM: WHERE, GROUP BY, ORDER BY, LIMIT — each once, in that order
  let where: [number, number] | undefined;
  let group: [number, number] | undefined;
  let order = false;
  while (k < tokens.length) {
    const t = tokens[k]!;
    if (t.kind !== 'word') decline();
    if (t.text === 'WHERE' && !where && !group && !order) {
      const end = clauseEnd(k + 1);
      where = [k + 1, end];
      k = end;
    } else if (t.text === 'GROUP' && word(k + 1, 'BY') && !group && !order) {
      const end = clauseEnd(k + 2);
      group = [k + 2, end];
      k = end;
    } else if (t.text === 'ORDER' && word(k + 1, 'BY') && !order) {
      // ORDER BY changes no column and no row set: read for its syntax only
      const end = clauseEnd(k + 2);
      plainExpressionList(tokens, k + 2, end);
      order = true;
      k = end;
    } else if (t.text === 'LIMIT' && tokens[k + 1]?.kind === 'number' && k + 2 === tokens.length) {
      k += 2;
    } else decline();
  }

  // the select list
  const items = splitTop(tokens, at, selectEnd);
  const projections: RawProjection[] = [];
  const qualifierOk = (q: string) => byQualifier.has(q.toLowerCase());
  /** The table a column reference reads (by its qualifier, else the one table that has it). */
  const resolve = (r: Ref): { t: number; c: string } => {
    const lower = r.c.toLowerCase();
    if (r.q !== undefined) {
      const t = byQualifier.get(r.q.toLowerCase());
      if (t === undefined) decline();
      const cols = tables[t]!.columns;
      if (cols && !cols.has(lower)) decline();
      return { t, c: r.c };
    }
    if (tables.length === 1) {
      const cols = tables[0]!.columns;
      if (cols && !cols.has(lower)) decline();
      return { t: 0, c: r.c };
    }
    // Several tables: only where every table's columns are known and exactly one has it
    // (where a table's columns are unknown, polyglot resolves such a name by rules of its own:
    // to a table a selected column of that name came from, or not at all)
    let found = -1;
    for (const [i, t] of tables.entries()) {
      if (!t.columns) decline();
      if (t.columns.has(lower)) {
        if (found >= 0) decline();
        found = i;
      }
    }
    return found >= 0 ? { t: found, c: r.c } : decline();
  };
  const refOf = (r: { t: number; c: string }): RawReference => {
    const t = tables[r.t]!;
    return {
      sourceName: t.name,
      sourceAlias: t.alias ?? null,
      sourceKind: 'table',
      table: t.name,
      column: r.c,
      unqualified: false,
      confidence: 'resolved',
    } as RawReference;
  };
  /** Each (table, column) once, in order: polyglot lists a column once. */
  const once = (refs: readonly { t: number; c: string }[]) => {
    const seen = new Set<string>();
    return refs.filter((r) => {
      const key = `${r.t}\u0000${r.c}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  };

  const parsed = items.map(([s, e]) => {
    // `expr AS name` / `expr name` / `expr "name"`
    let end = e;
    let name: string | undefined;
    const last = tokens[e - 1];
    if (e - s >= 3 && word(e - 2, 'AS') && (last?.kind === 'word' || last?.kind === 'quoted')) {
      name = last.kind === 'quoted' ? last.text : last.raw;
      end = e - 2;
    } else if (
      e - s >= 2 &&
      last &&
      (last.kind === 'quoted' || (last.kind === 'word' && !NOT_A_COLUMN.has(last.text))) &&
      endsOperand(tokens[e - 2])
    ) {
      name = last.kind === 'quoted' ? last.text : last.raw;
      end = e - 1;
    }
    if (name !== undefined && name === '') decline();
    return { s, end, name };
  });
  /** Output names given to something other than the same-named column (`x + 1 as x` is not). */
  const renamed = new Set<string>();
  for (const p of parsed) {
    if (p.name === undefined) continue;
    const bare = singleColumn(tokens, p.s, p.end, () => true)?.c;
    if (bare === undefined || bare.toLowerCase() !== p.name.toLowerCase())
      renamed.add(p.name.toLowerCase());
  }

  /** The items named so far (by lower-cased name): what a later unqualified name means. */
  const earlier = new Map<
    string,
    { refs: { t: number; c: string }[]; kind: string; aggregate: boolean }
  >();
  /** A name read in the select list: an earlier item so named, else a column. */
  const read = (r: Ref, at: number): { t: number; c: string }[] => {
    const key = r.c.toLowerCase();
    if (r.q === undefined && renamed.has(key)) {
      const item = earlier.get(key);
      if (item) return item.refs; // sqlglot's alias expansion
      // an item named so later (or this one): a column only if no item before could mean it
      if (later(key, at)) decline();
    }
    return [resolve(r)];
  };
  const later = (key: string, at: number) =>
    parsed.some((q, i) => i > at && q.name?.toLowerCase() === key);

  for (const [at, p] of parsed.entries()) {
    const { s, end } = p;
    if (end <= s) decline();
    // `*` alone
    if (end - s === 1 && tokens[s]!.kind === 'op' && tokens[s]!.text === '*') {
      if (p.name !== undefined || tables.length > 1) decline();
      const only = tables[0]!;
      // beside other items over an alias, polyglot names the alias as their source: not mirrored
      if (only.alias !== undefined && parsed.length > 1) decline();
      if (!only.declared) {
        projections.push({
          index: projections.length,
          name: '*',
          isStar: true,
          starTable: null,
          transformKind: 'star',
          upstream: [],
        });
      } else {
        // polyglot normalises the schema's names (Trino's are case-insensitive)
        for (const c of only.declared)
          projections.push({
            index: projections.length,
            name: c.toLowerCase(),
            isStar: false,
            starTable: null,
            transformKind: 'direct',
            upstream: [refOf({ t: 0, c: c.toLowerCase() })],
          });
      }
      continue;
    }
    // a column, bare or qualified
    const single = singleColumn(tokens, s, end, qualifierOk);
    if (single !== undefined) {
      const key = single.c.toLowerCase();
      const alias = single.q === undefined ? earlier.get(key) : undefined;
      // an earlier item read by its name: this column is that item (its kind and columns)
      const refs = alias ? alias.refs : read(single, at);
      const kind = alias ? alias.kind : 'direct';
      const name = p.name ?? single.c;
      projections.push({
        index: projections.length,
        name,
        isStar: false,
        starTable: null,
        transformKind: kind,
        upstream: once(refs).map(refOf),
      });
      if (renamed.has(name.toLowerCase()) && !earlier.has(name.toLowerCase()))
        earlier.set(name.toLowerCase(), { refs, kind, aggregate: alias?.aggregate ?? false });
      continue;
    }
    if (p.name === undefined) decline(); // polyglot's made-up names are not worth guessing
    const traced = expression(tokens, s, end, qualifierOk, true);
    let aggregate = traced.aggregate;
    const refs = traced.refs.flatMap((r) => {
      const item = r.q === undefined ? earlier.get(r.c.toLowerCase()) : undefined;
      if (item?.aggregate) aggregate = true; // the item's expression, expanded
      return read(r, at);
    });
    // polyglot's kind is its top node's: a cast, else an aggregate anywhere, else a constant
    const [ts, te] = unwrap(tokens, s, end); // through parentheses, as polyglot looks
    const kind = isCast(tokens, ts, te)
      ? 'cast'
      : aggregate
        ? 'aggregation'
        : refs.length === 0 && isLiteral(tokens, ts, te)
          ? 'constant'
          : 'expression';
    if (kind === 'expression' && refs.length === 0) decline(); // a literal expression: its kind varies
    projections.push({
      index: projections.length,
      name: p.name,
      isStar: false,
      starTable: null,
      transformKind: kind,
      upstream: once(refs).map(refOf),
    });
    if (renamed.has(p.name.toLowerCase()) && !earlier.has(p.name.toLowerCase()))
      earlier.set(p.name.toLowerCase(), { refs, kind, aggregate });
  }

  // a name given twice: polyglot calls a reference to it ambiguous, in ways not mirrored here
  const names = new Set<string>();
  for (const p of projections) {
    const n = (p.name ?? '').toLowerCase();
    if (names.has(n)) decline();
    names.add(n);
  }

  const columnUses: NonNullable<RawAnalysis['columnUses']> = [];
  const starred = parsed.some((p) => p.end - p.s === 1 && tokens[p.s]!.text === '*');
  const uses = (context: string, range: [number, number] | undefined) => {
    if (!range) return;
    const [s, e] = range;
    if (e <= s) decline();
    // polyglot: one use per GROUP BY item, one for the whole WHERE (even with no column)
    const parts = context === 'group' ? splitTop(tokens, s, e) : [[s, e] as [number, number]];
    for (const [ps, pe] of parts) {
      const refs: RawReference[] = [];
      if (context === 'group' && pe - ps === 1 && tokens[ps]!.kind === 'number') {
        // `group by 2`: the second item's columns (not an aggregate's, not a constant's)
        const n = Number(tokens[ps]!.text);
        const item = Number.isInteger(n) && !starred ? projections[n - 1] : undefined;
        if (!item || item.transformKind === 'aggregation' || item.upstream.length === 0) decline();
        columnUses.push({ context, references: item.upstream });
        continue;
      }
      const traced = expression(tokens, ps, pe, qualifierOk);
      if (traced.aggregate) decline();
      for (const r of traced.refs) {
        // a WHERE or GROUP BY may mean the select list's item of that name: not told apart here
        if (context !== 'join' && r.q === undefined && renamed.has(r.c.toLowerCase())) decline();
        refs.push(refOf(resolve(r)));
      }
      columnUses.push({ context, references: refs }); // (uses are not degraded)
    }
  };
  for (const on of joins) uses('join', on);
  uses('filter', where);
  uses('group', group);
  // grouped: every column outside an aggregate must be grouped, else polyglot's answer differs
  if (group && !projections.some((p) => p.transformKind === 'aggregation')) decline();

  // polyglot lists the tables by name
  const bases = [...tables]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((t) => ({
      name: t.name,
      alias: t.alias ?? null,
      kind: 'table',
      columns: [],
      catalog: null,
      schema: null,
      table: t.name,
    }));
  return {
    projections,
    // a table read twice (a self-join) is one base table, and two relations
    baseTables: bases.filter((b, i) => i === 0 || b.name !== bases[i - 1]!.name),
    columnUses,
    relations: bases,
  } as RawAnalysis;
}

/** Top-level comma-separated ranges of [from, to). */
function splitTop(tokens: readonly Tok[], from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let depth = 0;
  let start = from;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind === 'open' || t.kind === 'lbracket') depth++;
    else if (t.kind === 'close' || t.kind === 'rbracket') depth--;
    else if (t.kind === 'comma' && depth === 0) {
      out.push([start, k]);
      start = k + 1;
    }
  }
  out.push([start, to]);
  for (const [s, e] of out) if (e <= s) decline();
  return out;
}

/** The column a range is when it is exactly `c`, `"c"` or `q.c` (q a table or its alias). */
function singleColumn(
  tokens: readonly Tok[],
  s: number,
  e: number,
  qualifierOk: (q: string) => boolean,
): Ref | undefined {
  const name = (t: Tok | undefined) =>
    t?.kind === 'quoted'
      ? t.text
      : t?.kind === 'word' && !NOT_A_COLUMN.has(t.text)
        ? t.raw
        : undefined;
  [s, e] = unwrap(tokens, s, e); // `(c)`: still the column itself
  if (e - s === 1) {
    const c = name(tokens[s]);
    return c === undefined ? undefined : { c };
  }
  if (e - s === 3 && tokens[s + 1]!.kind === 'dot') {
    const q = name(tokens[s]);
    const c = name(tokens[s + 2]);
    if (q === undefined || c === undefined) return undefined;
    if (!qualifierOk(q)) decline();
    return { q, c };
  }
  return undefined;
}

/** Whether a token can end an operand (so a word after it is an alias). */
function endsOperand(t: Tok | undefined): boolean {
  if (!t) return false;
  if (t.kind === 'word') return !NOT_A_COLUMN.has(t.text) || /^(END|NULL|TRUE|FALSE)$/.test(t.text);
  return t.kind === 'quoted' || t.kind === 'string' || t.kind === 'number' || t.kind === 'close';
}

/** A range without the parentheses that enclose all of it. */
function unwrap(tokens: readonly Tok[], s: number, e: number): [number, number] {
  while (e - s > 2 && tokens[s]!.kind === 'open' && matching(tokens, s) === e - 1) {
    s++;
    e--;
  }
  return [s, e];
}

function isLiteral(tokens: readonly Tok[], s: number, e: number): boolean {
  const t = tokens[s]!;
  if (e - s === 1)
    return (
      (t.kind === 'string' && t.text !== 'TYPED') ||
      t.kind === 'number' ||
      (t.kind === 'word' && (t.text === 'NULL' || t.text === 'TRUE' || t.text === 'FALSE'))
    );
  return e - s === 2 && t.kind === 'op' && t.text === '-' && tokens[s + 1]!.kind === 'number';
}

function isCast(tokens: readonly Tok[], s: number, e: number): boolean {
  const t = tokens[s]!;
  if (t.kind !== 'word' || (t.text !== 'CAST' && t.text !== 'TRY_CAST')) return false;
  return tokens[s + 1]?.kind === 'open' && matching(tokens, s + 1) === e - 1;
}

function matching(tokens: readonly Tok[], open: number): number {
  let depth = 0;
  for (let k = open; k < tokens.length; k++) {
    if (tokens[k]!.kind === 'open') depth++;
    else if (tokens[k]!.kind === 'close' && --depth === 0) return k;
  }
  return decline();
}

/** An ORDER BY list: plain expressions (read for syntax; their columns are not reported). */
function plainExpressionList(tokens: readonly Tok[], s: number, e: number): void {
  for (const [ps, pe] of splitTop(tokens, s, e)) {
    let end = pe;
    if (tokens[end - 1]?.kind === 'word' && /^(ASC|DESC)$/.test(tokens[end - 1]!.text)) end--;
    if (end <= ps) decline();
    if (tokens[end - 1]?.kind === 'word' && tokens[end - 2]?.kind === 'word') {
      if (tokens[end - 2]!.text === 'NULLS') end -= 2;
    }
    expression(tokens, ps, end, () => true);
  }
}

/**
 * The columns an expression reads, in order, and whether it aggregates. Declines on anything
 * that is not columns, literals, operators, CASE, IN lists, BETWEEN, IS [NOT] NULL, and calls of
 * known functions (CAST's type skipped).
 */
function expression(
  tokens: readonly Tok[],
  s: number,
  e: number,
  qualifierOk: (q: string) => boolean,
  /** Window functions allowed (a select-list item): their PARTITION BY and ORDER BY columns count. */
  windows = false,
  /** A function's arguments: a comma-separated list, perhaps empty. */
  list = false,
): Traced {
  const refs: Ref[] = [];
  let aggregate = false;
  let depth = 0;
  let prevValue = false; // the previous token ends an operand
  let afterIs = false; // the previous tokens were `IS [NOT] NULL|TRUE|FALSE`
  for (let k = s; k < e; k++) {
    const t = tokens[k]!;
    const wasIs = afterIs;
    afterIs = false;
    switch (t.kind) {
      case 'string':
      case 'number':
        if (prevValue) decline();
        prevValue = true;
        break;
      case 'op':
        if (t.text === '*' && !prevValue) decline(); // `count(*)`, `t.*`
        if (wasIs) decline(); // `x is null + 1`: not SQL polyglot parses
        prevValue = false;
        break;
      case 'comma':
        if ((depth === 0 && !list) || !prevValue) decline();
        prevValue = false;
        break;
      case 'dot':
        decline(); // only `q.c`, handled with its word
        break;
      case 'lbracket': {
        // a subscript `xs[1]`, `m['k']`: its columns count (an array literal declines)
        if (!prevValue || wasIs) decline();
        let d = 0;
        let close = -1;
        for (let j = k; j < e; j++) {
          const u = tokens[j]!;
          if (u.kind === 'lbracket') d++;
          else if (u.kind === 'rbracket' && --d === 0) {
            close = j;
            break;
          }
        }
        if (close < 0) decline();
        const inner = expression(tokens, k + 1, close, qualifierOk);
        refs.push(...inner.refs);
        if (inner.aggregate) aggregate = true;
        k = close;
        prevValue = true;
        break;
      }
      case 'rbracket':
        decline();
        break;
      case 'open':
        if (prevValue) decline();
        depth++;
        prevValue = false;
        break;
      case 'close':
        if (--depth < 0) decline();
        prevValue = true;
        break;
      case 'quoted':
      case 'word': {
        const next = tokens[k + 1];
        if (t.kind === 'word' && EXPRESSION_WORDS.has(t.text)) {
          prevValue =
            t.text === 'NULL' || t.text === 'TRUE' || t.text === 'FALSE' || t.text === 'END';
          afterIs =
            prevValue &&
            t.text !== 'END' &&
            tokens[k - 1]?.kind === 'word' &&
            /^(IS|NOT)$/.test(tokens[k - 1]!.text);
          break;
        }
        if (t.kind === 'word' && next?.kind === 'open' && k + 1 < e) {
          if (prevValue) decline();
          if (t.text === 'CAST' || t.text === 'TRY_CAST') {
            // `cast(expr AS type)`: the expression's columns; the type skipped
            const close = matching(tokens, k + 1);
            if (close >= e) decline();
            let asAt = -1;
            let d = 0;
            for (let j = k + 2; j < close; j++) {
              const u = tokens[j]!;
              if (u.kind === 'open') d++;
              else if (u.kind === 'close') d--;
              else if (d === 0 && u.kind === 'word' && u.text === 'AS') {
                asAt = j;
                break;
              }
            }
            if (asAt < 0) decline();
            checkType(tokens, asAt + 1, close);
            const inner = expression(tokens, k + 2, asAt, qualifierOk);
            refs.push(...inner.refs);
            if (inner.aggregate) aggregate = true;
            k = close;
            prevValue = true;
            break;
          }
          const close = matching(tokens, k + 1);
          if (close >= e) decline();
          const after = tokens[close + 1];
          const over = after?.kind === 'word' && after.text === 'OVER' && close + 1 < e;
          if (AGGREGATES.has(t.text)) {
            aggregate = true;
            if (word(tokens, k + 2, 'DISTINCT') || word(tokens, k + 2, 'ALL')) decline();
          } else if (WINDOW_FUNCTIONS.has(t.text)) {
            if (!over) decline();
          } else if (!SCALARS.has(t.text)) decline();
          // `count(*) filter (…)`, `within group`, `ignore nulls`: not here
          if (after?.kind === 'word' && /^(FILTER|WITHIN|IGNORE|RESPECT)$/.test(after.text))
            decline();
          // `count(*)`: rows, no column
          const star =
            t.text === 'COUNT' &&
            close === k + 3 &&
            tokens[k + 2]!.kind === 'op' &&
            tokens[k + 2]!.text === '*';
          const args = star
            ? { refs: [], aggregate: false }
            : expression(tokens, k + 2, close, qualifierOk, false, true);
          refs.push(...args.refs);
          if (args.aggregate) aggregate = true;
          k = close;
          if (over) {
            if (!windows) decline();
            refs.push(...windowSpec(tokens, close + 2, e, qualifierOk));
            k = matching(tokens, close + 2);
          }
          prevValue = true;
          break;
        }
        if (t.kind === 'word' && NOT_A_COLUMN.has(t.text)) decline();
        if (prevValue) decline(); // two operands in a row: an alias or syntax not understood
        const name = t.kind === 'quoted' ? t.text : t.raw;
        if (next?.kind === 'dot' && k + 1 < e) {
          const c = tokens[k + 2];
          if (k + 2 >= e || !c || (c.kind !== 'word' && c.kind !== 'quoted')) decline();
          if (c.kind === 'word' && NOT_A_COLUMN.has(c.text)) decline();
          if (tokens[k + 3]?.kind === 'dot' && k + 3 < e) decline(); // a struct field
          if (tokens[k + 3]?.kind === 'open' && k + 3 < e) decline(); // a qualified function
          if (!qualifierOk(name)) decline();
          refs.push({ q: name, c: c.kind === 'quoted' ? c.text : c.raw });
          k += 2;
        } else refs.push({ c: name });
        prevValue = true;
        break;
      }
    }
  }
  if (depth !== 0 || (!prevValue && !(list && s === e))) decline();
  return { refs, aggregate };
}

/** Window functions that are not aggregates: they need an OVER clause. */
const WINDOW_FUNCTIONS = new Set([
  'ROW_NUMBER',
  'RANK',
  'DENSE_RANK',
  'LAG',
  'LEAD',
  'FIRST_VALUE',
  'LAST_VALUE',
  'NTH_VALUE',
  'NTILE',
  'PERCENT_RANK',
  'CUME_DIST',
]);

/**
 * The columns of a window `(PARTITION BY … ORDER BY …)` opening at `open`; a frame (ROWS,
 * RANGE, GROUPS) or a named window declines.
 */
function windowSpec(
  tokens: readonly Tok[],
  open: number,
  e: number,
  qualifierOk: (q: string) => boolean,
): Ref[] {
  if (tokens[open]?.kind !== 'open') decline();
  const close = matching(tokens, open);
  if (close >= e) decline();
  const refs: Ref[] = [];
  let k = open + 1;
  /** The end of a list: ORDER at its level, or the window's end. */
  const listEnd = (from: number) => {
    let d = 0;
    for (let j = from; j < close; j++) {
      const u = tokens[j]!;
      if (u.kind === 'open') d++;
      else if (u.kind === 'close') d--;
      else if (d === 0 && u.kind === 'word' && /^(ORDER|ROWS|RANGE|GROUPS)$/.test(u.text)) return j;
    }
    return close;
  };
  if (word(tokens, k, 'PARTITION') && word(tokens, k + 1, 'BY')) {
    const end = listEnd(k + 2);
    for (const [ps, pe] of splitTop(tokens, k + 2, end)) {
      const x = expression(tokens, ps, pe, qualifierOk);
      if (x.aggregate) decline();
      refs.push(...x.refs);
    }
    k = end;
  }
  if (word(tokens, k, 'ORDER') && word(tokens, k + 1, 'BY')) {
    const end = listEnd(k + 2);
    if (end !== close) decline(); // a frame
    for (const [ps, pe] of splitTop(tokens, k + 2, end)) {
      let to = pe;
      if (word(tokens, to - 2, 'NULLS')) to -= 2;
      if (word(tokens, to - 1, 'ASC') || word(tokens, to - 1, 'DESC')) to--;
      const x = expression(tokens, ps, to, qualifierOk);
      if (x.aggregate) decline();
      refs.push(...x.refs);
    }
    k = end;
  }
  if (k !== close) decline();
  return refs;
}

function word(tokens: readonly Tok[], k: number, w: string): boolean {
  return tokens[k]?.kind === 'word' && tokens[k]!.text === w;
}

/** A type in CAST: words, and parenthesised numbers or words (`decimal(38, 0)`, `array(varchar)`). */
function checkType(tokens: readonly Tok[], s: number, e: number): void {
  if (e <= s || tokens[s]!.kind !== 'word') decline();
  for (let k = s; k < e; k++) {
    const t = tokens[k]!;
    if (
      t.kind !== 'word' &&
      t.kind !== 'number' &&
      t.kind !== 'open' &&
      t.kind !== 'close' &&
      t.kind !== 'comma'
    )
      decline();
  }
}
