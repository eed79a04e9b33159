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
  closingQuote,
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
      const j = closingQuote(sql, i, backslash);
      if (j < 0) return undefined;
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
  'ALTER',
  'CREATE',
  'DELETE',
  'DROP',
  'INSERT',
  'BOTH',
  'LEADING',
  'TRAILING',
  'LAMBDA',
  'BINARY',
  'APPROXIMATE',
  'GLOB',
  'MATCH',
  'MOD',
  'PERCENT',
  'MEMBER',
  'NOTNULL',
  'IF',
  'CUBE',
  'ROLLUP',
  'ONLY',
  // niladic functions polyglot does not read as columns
  'CURRENT_CATALOG',
  'CURRENT_SCHEMA',
  'CURRENT_ROLE',
  'SESSION_USER',
  'SYSTEM_USER',
]);

/** Words polyglot does not take as a table's name or alias (found by trying each). */
const NOT_A_TABLE_ALIAS = new Set(
  (
    'AFTER ALWAYS ANTI APPLY ASOF AUTHORIZATION AUTO_INCREMENT BEFORE BEGIN CACHE CASCADE CHECK ' +
    'CLUSTER COLUMN COMMENT COMMIT CONSTRAINT CUBE CURRENT CYCLE DATABASE DATETIME DECLARE DEFINE ' +
    'DESCRIBE DISTRIBUTE EXCLUDE EXEC EXECUTE FINAL FOLLOWING FOREIGN FUNCTION GENERATED GRANT ' +
    'GROUPS IDENTITY IF INCREMENT INDEX INDEXED INPUT KEEP KEY KILL LANGUAGE LOAD LOCAL MATCH ' +
    'MATCH_CONDITION MATERIALIZED MAXVALUE MEASURES MERGE MINVALUE NAMESPACE NO OF ONLY ORDINALITY ' +
    'OTHERS OVERLAPS OVERWRITE PATTERN PERCENT PRECEDING PREPARE PRESERVE PREWHERE PRIMARY ' +
    'PROCEDURE RANGE RECURSIVE REFERENCES REFRESH REPLACE RESTRICT RETURNING RETURNS REVOKE ' +
    'ROLLBACK ROLLUP ROWS RUNNING SAMPLE SCHEMA SEMI SEPARATOR SEQUENCE SETTINGS SIBLINGS SORT ' +
    'SYSTEM TIES TO TOP TRANSACTION TRIGGER TRUNCATE TYPE UNBOUNDED UNIQUE UPDATE USE'
  ).split(' '),
);

/**
 * The functions traced here, with the numbers of arguments polyglot takes for them, and their kind:
 * a column computed with an `aggregate` is an `aggregation` (polyglot's term); a `window`
 * function needs OVER. A function not here — or called with another number of arguments, which
 * polyglot may reject or read differently (`count(a, b)` is not an aggregate to it) — declines:
 * an unknown function may be an aggregate, take keywords (`extract(year from …)`), a lambda or a
 * table. The narrowest counts where unsure: a narrower one only declines more.
 */
const FUNCTIONS = new Map<
  string,
  { min: number; max: number; kind: 'aggregate' | 'window' | 'scalar' }
>([
  ['ANY_VALUE', { min: 1, max: 1, kind: 'aggregate' }],
  ['APPROX_DISTINCT', { min: 1, max: 1, kind: 'aggregate' }],
  ['APPROX_PERCENTILE', { min: 2, max: 2, kind: 'aggregate' }],
  ['ARBITRARY', { min: 1, max: 1, kind: 'aggregate' }],
  ['ARRAY_AGG', { min: 1, max: 1, kind: 'aggregate' }],
  ['AVG', { min: 1, max: 1, kind: 'aggregate' }],
  ['BOOL_AND', { min: 1, max: 1, kind: 'aggregate' }],
  ['BOOL_OR', { min: 1, max: 1, kind: 'aggregate' }],
  ['COUNT', { min: 1, max: 1, kind: 'aggregate' }],
  ['COUNT_IF', { min: 1, max: 1, kind: 'aggregate' }],
  ['MAX', { min: 1, max: 1, kind: 'aggregate' }],
  ['MAX_BY', { min: 2, max: 2, kind: 'aggregate' }],
  ['MIN', { min: 1, max: 1, kind: 'aggregate' }],
  ['MIN_BY', { min: 2, max: 2, kind: 'aggregate' }],
  ['STDDEV', { min: 1, max: 1, kind: 'aggregate' }],
  ['SUM', { min: 1, max: 1, kind: 'aggregate' }],
  ['VARIANCE', { min: 1, max: 1, kind: 'aggregate' }],
  ['CUME_DIST', { min: 0, max: 0, kind: 'window' }],
  ['DENSE_RANK', { min: 0, max: 0, kind: 'window' }],
  ['FIRST_VALUE', { min: 1, max: 1, kind: 'window' }],
  ['LAG', { min: 1, max: 3, kind: 'window' }],
  ['LAST_VALUE', { min: 1, max: 1, kind: 'window' }],
  ['LEAD', { min: 1, max: 3, kind: 'window' }],
  ['NTH_VALUE', { min: 2, max: 2, kind: 'window' }],
  ['NTILE', { min: 1, max: 1, kind: 'window' }],
  ['PERCENT_RANK', { min: 0, max: 0, kind: 'window' }],
  ['RANK', { min: 0, max: 0, kind: 'window' }],
  ['ROW_NUMBER', { min: 0, max: 0, kind: 'window' }],
  ['ABS', { min: 1, max: 1, kind: 'scalar' }],
  ['BITWISE_AND', { min: 2, max: 2, kind: 'scalar' }],
  ['BITWISE_LEFT_SHIFT', { min: 2, max: 2, kind: 'scalar' }],
  ['BITWISE_RIGHT_SHIFT', { min: 2, max: 2, kind: 'scalar' }],
  ['BYTEARRAY_LENGTH', { min: 1, max: 1, kind: 'scalar' }],
  ['BYTEARRAY_LTRIM', { min: 1, max: 1, kind: 'scalar' }],
  ['BYTEARRAY_POSITION', { min: 2, max: 2, kind: 'scalar' }],
  ['BYTEARRAY_REVERSE', { min: 1, max: 1, kind: 'scalar' }],
  ['BYTEARRAY_RTRIM', { min: 1, max: 1, kind: 'scalar' }],
  ['BYTEARRAY_SUBSTRING', { min: 2, max: 3, kind: 'scalar' }],
  ['BYTEARRAY_TO_BIGINT', { min: 1, max: 1, kind: 'scalar' }],
  ['BYTEARRAY_TO_INT256', { min: 1, max: 1, kind: 'scalar' }],
  ['BYTEARRAY_TO_INTEGER', { min: 1, max: 1, kind: 'scalar' }],
  ['BYTEARRAY_TO_UINT256', { min: 1, max: 1, kind: 'scalar' }],
  ['CARDINALITY', { min: 1, max: 1, kind: 'scalar' }],
  ['CEIL', { min: 1, max: 1, kind: 'scalar' }],
  ['CEILING', { min: 1, max: 1, kind: 'scalar' }],
  ['COALESCE', { min: 1, max: Infinity, kind: 'scalar' }],
  ['CONCAT', { min: 1, max: Infinity, kind: 'scalar' }],
  ['CONTAINS', { min: 2, max: 2, kind: 'scalar' }],
  ['DATE', { min: 1, max: 1, kind: 'scalar' }],
  ['DATE_ADD', { min: 3, max: 3, kind: 'scalar' }],
  ['DATE_DIFF', { min: 3, max: 3, kind: 'scalar' }],
  ['DATE_FORMAT', { min: 2, max: 2, kind: 'scalar' }],
  ['DATE_PARSE', { min: 2, max: 2, kind: 'scalar' }],
  ['DATE_TRUNC', { min: 2, max: 2, kind: 'scalar' }],
  ['DAY', { min: 1, max: 1, kind: 'scalar' }],
  ['ELEMENT_AT', { min: 2, max: 2, kind: 'scalar' }],
  ['ENDS_WITH', { min: 2, max: 2, kind: 'scalar' }],
  ['FLOOR', { min: 1, max: 1, kind: 'scalar' }],
  ['FORMAT', { min: 1, max: Infinity, kind: 'scalar' }],
  ['FROM_BASE', { min: 2, max: 2, kind: 'scalar' }],
  ['FROM_BASE58', { min: 1, max: 1, kind: 'scalar' }],
  ['FROM_HEX', { min: 1, max: 1, kind: 'scalar' }],
  ['FROM_ISO8601_TIMESTAMP', { min: 1, max: 1, kind: 'scalar' }],
  ['FROM_UNIXTIME', { min: 1, max: 1, kind: 'scalar' }],
  ['FROM_UTF8', { min: 1, max: 1, kind: 'scalar' }],
  ['GREATEST', { min: 1, max: Infinity, kind: 'scalar' }],
  ['HOUR', { min: 1, max: 1, kind: 'scalar' }],
  ['IF', { min: 2, max: 3, kind: 'scalar' }],
  ['JSON_EXTRACT', { min: 2, max: 2, kind: 'scalar' }],
  ['JSON_EXTRACT_SCALAR', { min: 2, max: 2, kind: 'scalar' }],
  ['JSON_PARSE', { min: 1, max: 1, kind: 'scalar' }],
  ['JSON_QUERY', { min: 2, max: 2, kind: 'scalar' }],
  ['JSON_VALUE', { min: 2, max: 2, kind: 'scalar' }],
  ['LEAST', { min: 1, max: Infinity, kind: 'scalar' }],
  ['LENGTH', { min: 1, max: 1, kind: 'scalar' }],
  ['LN', { min: 1, max: 1, kind: 'scalar' }],
  ['LOG10', { min: 1, max: 1, kind: 'scalar' }],
  ['LOWER', { min: 1, max: 1, kind: 'scalar' }],
  ['LPAD', { min: 3, max: 3, kind: 'scalar' }],
  ['LTRIM', { min: 1, max: 1, kind: 'scalar' }],
  ['MONTH', { min: 1, max: 1, kind: 'scalar' }],
  ['NULLIF', { min: 2, max: 2, kind: 'scalar' }],
  ['PARSE_DATETIME', { min: 2, max: 2, kind: 'scalar' }],
  ['POW', { min: 2, max: 2, kind: 'scalar' }],
  ['POWER', { min: 2, max: 2, kind: 'scalar' }],
  ['REGEXP_EXTRACT', { min: 2, max: 2, kind: 'scalar' }],
  ['REGEXP_EXTRACT_ALL', { min: 2, max: 2, kind: 'scalar' }],
  ['REGEXP_LIKE', { min: 2, max: 2, kind: 'scalar' }],
  ['REGEXP_REPLACE', { min: 2, max: 3, kind: 'scalar' }],
  ['REPLACE', { min: 2, max: 3, kind: 'scalar' }],
  ['REVERSE', { min: 1, max: 1, kind: 'scalar' }],
  ['ROUND', { min: 1, max: 2, kind: 'scalar' }],
  ['RPAD', { min: 3, max: 3, kind: 'scalar' }],
  ['RTRIM', { min: 1, max: 1, kind: 'scalar' }],
  ['SIGN', { min: 1, max: 1, kind: 'scalar' }],
  ['SPLIT', { min: 2, max: 2, kind: 'scalar' }],
  ['SPLIT_PART', { min: 3, max: 3, kind: 'scalar' }],
  ['SQRT', { min: 1, max: 1, kind: 'scalar' }],
  ['STARTS_WITH', { min: 2, max: 2, kind: 'scalar' }],
  ['STRPOS', { min: 2, max: 2, kind: 'scalar' }],
  ['SUBSTR', { min: 2, max: 3, kind: 'scalar' }],
  ['TO_BASE58', { min: 1, max: 1, kind: 'scalar' }],
  ['TO_CHAR', { min: 2, max: 2, kind: 'scalar' }],
  ['TO_HEX', { min: 1, max: 1, kind: 'scalar' }],
  ['TO_TRON_ADDRESS', { min: 1, max: 1, kind: 'scalar' }],
  ['TO_UNIXTIME', { min: 1, max: 1, kind: 'scalar' }],
  ['TO_UTF8', { min: 1, max: 1, kind: 'scalar' }],
  ['TRUNCATE', { min: 1, max: 1, kind: 'scalar' }],
  ['TRY', { min: 1, max: 1, kind: 'scalar' }],
  ['UPPER', { min: 1, max: 1, kind: 'scalar' }],
  ['VARBINARY_CONCAT', { min: 2, max: Infinity, kind: 'scalar' }],
  ['VARBINARY_LENGTH', { min: 1, max: 1, kind: 'scalar' }],
  ['VARBINARY_LTRIM', { min: 1, max: 1, kind: 'scalar' }],
  ['VARBINARY_POSITION', { min: 2, max: 2, kind: 'scalar' }],
  ['VARBINARY_RTRIM', { min: 1, max: 1, kind: 'scalar' }],
  ['VARBINARY_SUBSTRING', { min: 2, max: 3, kind: 'scalar' }],
  ['VARBINARY_TO_BIGINT', { min: 1, max: 1, kind: 'scalar' }],
  ['VARBINARY_TO_INT256', { min: 1, max: 1, kind: 'scalar' }],
  ['VARBINARY_TO_INTEGER', { min: 1, max: 1, kind: 'scalar' }],
  ['VARBINARY_TO_UINT256', { min: 1, max: 1, kind: 'scalar' }],
  ['YEAR', { min: 1, max: 1, kind: 'scalar' }],
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
  if (!word(tokens, at, 'SELECT')) decline();
  at++;
  if (word(tokens, at, 'DISTINCT')) {
    if (word(tokens, at + 1, 'ON')) decline();
    at++;
  }
  if (word(tokens, at, 'ALL') || word(tokens, at, 'TOP')) decline();

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
  if (!word(tokens, selectEnd, 'FROM')) decline();
  // the tables: one, or a chain of `[INNER | LEFT | RIGHT | FULL [OUTER]] JOIN … ON …`
  let k = selectEnd + 1;
  const tables: Table[] = [];
  const joins: [number, number][] = [];
  const tableRef = () => {
    const nameTok = tokens[k];
    if (!nameTok || (nameTok.kind !== 'quoted' && nameTok.kind !== 'word')) decline();
    if (
      nameTok.kind === 'word' &&
      (NOT_A_COLUMN.has(nameTok.text) || NOT_A_TABLE_ALIAS.has(nameTok.text))
    )
      decline();
    const name = nameTok.kind === 'quoted' ? nameTok.text : nameTok.raw;
    k++;
    let alias: string | undefined;
    if (word(tokens, k, 'AS')) k++;
    const aliasTok = tokens[k];
    if (
      aliasTok &&
      ((aliasTok.kind === 'word' &&
        !NOT_A_COLUMN.has(aliasTok.text) &&
        !NOT_A_TABLE_ALIAS.has(aliasTok.text)) ||
        aliasTok.kind === 'quoted')
    ) {
      alias = aliasTok.kind === 'quoted' ? aliasTok.text : aliasTok.raw;
      k++;
      // `t (a, b)`: a column list renaming the table's columns
      if (tokens[k]?.kind === 'open') decline();
    } else if (word(tokens, k - 1, 'AS')) decline();
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
    if (word(tokens, j, 'INNER')) j++;
    else if (word(tokens, j, 'LEFT') || word(tokens, j, 'RIGHT') || word(tokens, j, 'FULL')) {
      j++;
      if (word(tokens, j, 'OUTER')) j++;
    }
    if (!word(tokens, j, 'JOIN')) break;
    k = j + 1;
    tableRef();
    if (!word(tokens, k, 'ON')) decline(); // USING, a cross join: not here
    const end = clauseEnd(k + 1);
    if (end <= k + 1) decline();
    joins.push([k + 1, end]);
    k = end;
  }
  // what a qualifier names: a table's alias, else its name
  // polyglot matches a qualifier as written (`T.a` over `t` is not `t`'s column)
  const byQualifier = new Map<string, number>();
  const lowered = new Set<string>();
  tables.forEach((t, i) => {
    const key = t.alias ?? t.name;
    if (lowered.has(key.toLowerCase())) decline(); // two tables one spelling apart
    lowered.add(key.toLowerCase());
    byQualifier.set(key, i);
  });
  // one table under names that differ only in case: polyglot's list of tables is not mirrored
  const spellings = new Set(tables.map((t) => t.name));
  if (new Set(tables.map((t) => t.name.toLowerCase())).size !== spellings.size) decline();

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
    } else if (t.text === 'GROUP' && word(tokens, k + 1, 'BY') && !group && !order) {
      const end = clauseEnd(k + 2);
      group = [k + 2, end];
      k = end;
    } else if (t.text === 'ORDER' && word(tokens, k + 1, 'BY') && !order) {
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
  const qualifierOk = (q: string) => byQualifier.has(q);
  /** The table a column reference reads (by its qualifier, else the one table that has it). */
  const resolve = (r: Ref): { t: number; c: string } => {
    const lower = r.c.toLowerCase();
    if (r.q !== undefined) {
      const t = byQualifier.get(r.q);
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
    if (
      e - s >= 3 &&
      word(tokens, e - 2, 'AS') &&
      (last?.kind === 'word' || last?.kind === 'quoted')
    ) {
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
  /** The same names, lower-cased: an earlier item spelled otherwise is not followed. */
  const earlierLower = new Set<string>();
  /** The earlier item a select-list name stands for (polyglot matches its spelling exactly). */
  const itemNamed = (r: Ref) => {
    if (r.q !== undefined) return undefined;
    const item = earlier.get(r.c);
    if (!item && earlierLower.has(r.c.toLowerCase())) decline();
    return item;
  };
  /** A name read in the select list: an earlier item so named, else a column. */
  const read = (r: Ref, at: number): { t: number; c: string }[] => {
    const key = r.c.toLowerCase();
    if (r.q === undefined && renamed.has(key)) {
      const item = itemNamed(r);
      if (item) return item.refs; // sqlglot's alias expansion
      // an item named so later (or this one): a column only if no item before could mean it
      if (later(key, at)) decline();
    }
    return [resolve(r)];
  };
  const remember = (
    name: string,
    item: { refs: { t: number; c: string }[]; kind: string; aggregate: boolean },
  ) => {
    if (!renamed.has(name.toLowerCase()) || earlierLower.has(name.toLowerCase())) return;
    earlier.set(name, item);
    earlierLower.add(name.toLowerCase());
  };
  /** Items whose expression aggregates (a `group by` position must not name one). */
  const aggregated = new Set<number>();
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
      // `(a)` with no name: polyglot names it `_col_N`
      if (p.name === undefined && unwrap(tokens, s, end)[0] !== s) decline();
      const alias = itemNamed(single);
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
      if (alias?.aggregate) aggregated.add(projections.length - 1);
      remember(name, { refs, kind, aggregate: alias?.aggregate ?? false });
      continue;
    }
    if (p.name === undefined) decline(); // polyglot's made-up names are not worth guessing
    const traced = expression(tokens, s, end, qualifierOk, true);
    let aggregate = traced.aggregate;
    const refs = traced.refs.flatMap((r) => {
      if (itemNamed(r)?.aggregate) aggregate = true; // the item's expression, expanded
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
    if (aggregate) aggregated.add(projections.length - 1);
    remember(p.name, { refs, kind, aggregate });
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
        const text = tokens[ps]!.text;
        const n = /^\d+$/.test(text) ? Number(text) : NaN;
        const item = Number.isInteger(n) && !starred ? projections[n - 1] : undefined;
        if (!item || aggregated.has(n - 1) || item.upstream.length === 0) decline();
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

/** The end of an ORDER BY item without its `ASC`/`DESC` and `NULLS FIRST`/`NULLS LAST`. */
function orderItemEnd(tokens: readonly Tok[], s: number, e: number): number {
  let end = e;
  if (word(tokens, end - 2, 'NULLS')) {
    if (!word(tokens, end - 1, 'FIRST') && !word(tokens, end - 1, 'LAST')) decline();
    end -= 2;
  }
  if (word(tokens, end - 1, 'ASC') || word(tokens, end - 1, 'DESC')) end--;
  if (end <= s) decline();
  return end;
}

/** An ORDER BY list: plain expressions (read for syntax; their columns are not reported). */
function plainExpressionList(tokens: readonly Tok[], s: number, e: number): void {
  for (const [ps, pe] of splitTop(tokens, s, e))
    expression(tokens, ps, orderItemEnd(tokens, ps, pe), () => true);
}

/** Comparison and arithmetic operators: each needs an operand on both sides. */
const BINARY = new Set(['=', '<>', '!=', '<', '>', '<=', '>=', '+', '*', '/', '%', '||']);
/** Words that end a BETWEEN's lower bound badly: it is an arithmetic operand, nothing more. */
const NOT_IN_BOUND = new Set(['AND', 'OR', 'NOT', 'IS', 'IN', 'LIKE', 'BETWEEN']);

/**
 * The columns an expression reads, in order, and whether it aggregates. A small grammar, checked
 * as it goes: operands (columns, literals, calls of known functions with their number of
 * arguments, CAST with a type, CASE … END, parentheses, subscripts) joined by operators, AND, OR,
 * NOT, IS [NOT] NULL|TRUE|FALSE, [NOT] IN (list), [NOT] LIKE, BETWEEN … AND …. Anything else
 * declines: an answer must never be given for a text polyglot would not parse.
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
  let prevValue = false; // the previous token ends an operand
  const sub = (from: number, to: number, asList = false) => {
    const x = expression(tokens, from, to, qualifierOk, windows, asList);
    refs.push(...x.refs);
    if (x.aggregate) aggregate = true;
  };
  /** An operand may start here: nothing before it, or an operator or keyword that wants one. */
  const operand = () => {
    if (prevValue) decline();
    prevValue = true;
  };
  if (s === e) {
    if (list) return { refs, aggregate };
    decline();
  }
  for (let k = s; k < e; k++) {
    const t = tokens[k]!;
    switch (t.kind) {
      case 'string':
      case 'number':
        operand();
        break;
      case 'op':
        if (BINARY.has(t.text)) {
          if (!prevValue) decline(); // `a = = b`, unary `+`, `count(*)`, `t.*`
        } else if (t.text !== '-') decline(); // unary or binary minus only
        prevValue = false;
        break;
      case 'comma':
        if (!list || !prevValue) decline(); // a tuple, a trailing comma
        prevValue = false;
        break;
      case 'dot':
      case 'rbracket':
      case 'close':
        decline(); // each is consumed with what opens it
        break;
      case 'open': {
        // parentheses around an expression (a tuple declines: its commas are not a list)
        operand();
        const close = matching(tokens, k);
        if (close >= e) decline();
        sub(k + 1, close);
        k = close;
        break;
      }
      case 'lbracket': {
        // a subscript `xs[1]`, `m['k']`: its columns count (an array literal declines)
        if (!prevValue) decline();
        const close = bracketEnd(tokens, k, e);
        sub(k + 1, close);
        k = close;
        break;
      }
      case 'quoted':
      case 'word': {
        const next = tokens[k + 1];
        if (t.kind === 'word') {
          switch (t.text) {
            case 'AND':
            case 'OR':
              if (!prevValue) decline();
              prevValue = false;
              continue;
            case 'NOT':
              // unary NOT, or NOT IN / NOT LIKE / NOT BETWEEN after an operand
              if (
                prevValue &&
                !(
                  word(tokens, k + 1, 'IN') ||
                  word(tokens, k + 1, 'LIKE') ||
                  word(tokens, k + 1, 'BETWEEN')
                )
              )
                decline();
              if (
                !prevValue &&
                (word(tokens, k + 1, 'IN') ||
                  word(tokens, k + 1, 'LIKE') ||
                  word(tokens, k + 1, 'BETWEEN'))
              )
                decline();
              if (!prevValue) continue; // unary
              continue; // keeps prevValue for the IN / LIKE / BETWEEN that follows
            case 'IS': {
              if (!prevValue) decline();
              let j = k + 1;
              if (word(tokens, j, 'NOT')) j++;
              const v = tokens[j];
              if (!(v?.kind === 'word' && /^(NULL|TRUE|FALSE)$/.test(v.text)) || j >= e) decline();
              // nothing arithmetic may follow: `x is null + 1` is not SQL
              const after = tokens[j + 1];
              if (j + 1 < e && after?.kind === 'op') decline();
              k = j;
              prevValue = true;
              continue;
            }
            case 'NULL':
            case 'TRUE':
            case 'FALSE':
              operand();
              continue;
            case 'IN': {
              if (!prevValue || tokens[k + 1]?.kind !== 'open') decline();
              const close = matching(tokens, k + 1);
              if (close >= e || close === k + 2) decline();
              sub(k + 2, close, true);
              k = close;
              prevValue = true;
              continue;
            }
            case 'LIKE':
              if (!prevValue) decline();
              prevValue = false;
              continue;
            case 'BETWEEN': {
              if (!prevValue) decline();
              // the lower bound, up to its AND: an arithmetic operand
              let d = 0;
              let and = -1;
              for (let j = k + 1; j < e; j++) {
                const u = tokens[j]!;
                if (u.kind === 'open' || u.kind === 'lbracket') d++;
                else if (u.kind === 'close' || u.kind === 'rbracket') d--;
                else if (d === 0 && u.kind === 'word') {
                  if (u.text === 'AND') {
                    and = j;
                    break;
                  }
                  if (NOT_IN_BOUND.has(u.text) || u.text === 'CASE') decline();
                } else if (d === 0 && u.kind === 'op' && !/^[-+*/%]$|^\|\|$/.test(u.text))
                  decline();
              }
              if (and < 0) decline();
              sub(k + 1, and);
              k = and;
              prevValue = false; // the upper bound follows
              continue;
            }
            case 'CASE': {
              operand();
              k = caseExpression(tokens, k, e, sub);
              continue;
            }
            case 'WHEN':
            case 'THEN':
            case 'ELSE':
            case 'END':
              decline(); // outside a CASE … END
          }
        }
        if (t.kind === 'word' && next?.kind === 'open' && k + 1 < e) {
          operand();
          const close = matching(tokens, k + 1);
          if (close >= e) decline();
          if (t.text === 'CAST' || t.text === 'TRY_CAST') {
            // `cast(expr AS type)`: the expression's columns; the type checked
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
            sub(k + 2, asAt);
            k = close;
            break;
          }
          const fn = FUNCTIONS.get(t.text);
          if (!fn) decline(); // an unknown function may be an aggregate, or take keywords
          const after = tokens[close + 1];
          const over = close + 1 < e && after?.kind === 'word' && after.text === 'OVER';
          // `count(*) filter (…)`, `within group`, `ignore nulls`: not here
          if (
            close + 1 < e &&
            after?.kind === 'word' &&
            /^(FILTER|WITHIN|IGNORE|RESPECT)$/.test(after.text)
          )
            decline();
          // `count(*)`: rows, no column
          const star =
            t.text === 'COUNT' &&
            close === k + 3 &&
            tokens[k + 2]!.kind === 'op' &&
            tokens[k + 2]!.text === '*';
          if (!star) {
            if (word(tokens, k + 2, 'DISTINCT') || word(tokens, k + 2, 'ALL')) decline();
            const n = close === k + 2 ? 0 : splitTop(tokens, k + 2, close).length;
            if (n < fn.min || n > fn.max) decline(); // polyglot rejects a known function so called
            sub(k + 2, close, true);
          } else if (fn.kind !== 'aggregate') decline();
          if (fn.kind === 'aggregate') aggregate = true;
          if (fn.kind === 'window' && !over) decline();
          k = close;
          if (over) {
            if (!windows || fn.kind === 'scalar') decline();
            refs.push(...windowSpec(tokens, close + 2, e, qualifierOk));
            k = matching(tokens, close + 2);
          }
          break;
        }
        if (t.kind === 'word' && NOT_A_COLUMN.has(t.text)) decline();
        operand(); // two operands in a row: an alias or syntax not understood
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
        break;
      }
    }
  }
  if (!prevValue) decline();
  return { refs, aggregate };
}

/** The `]` closing the `[` at `open`, before `e`. */
function bracketEnd(tokens: readonly Tok[], open: number, e: number): number {
  let d = 0;
  for (let j = open; j < e; j++) {
    const u = tokens[j]!;
    if (u.kind === 'lbracket') d++;
    else if (u.kind === 'rbracket' && --d === 0) return j;
  }
  return decline();
}

/**
 * `CASE [operand] WHEN … THEN … [WHEN … THEN …] [ELSE …] END` starting at `at`: each part an
 * expression (read through `sub`); returns the index of its END.
 */
function caseExpression(
  tokens: readonly Tok[],
  at: number,
  e: number,
  sub: (from: number, to: number) => void,
): number {
  // the keywords of this CASE: at its own level of parentheses and of nested CASEs
  const marks: number[] = [];
  let paren = 0;
  let nested = 0;
  let end = -1;
  for (let j = at + 1; j < e; j++) {
    const u = tokens[j]!;
    if (u.kind === 'open' || u.kind === 'lbracket') paren++;
    else if (u.kind === 'close' || u.kind === 'rbracket') {
      if (--paren < 0) decline();
    } else if (paren === 0 && u.kind === 'word') {
      if (u.text === 'CASE') nested++;
      else if (u.text === 'END') {
        if (nested === 0) {
          end = j;
          break;
        }
        nested--;
      } else if (nested === 0 && /^(WHEN|THEN|ELSE)$/.test(u.text)) marks.push(j);
    }
  }
  if (end < 0 || marks.length < 2) decline();
  // [operand] (WHEN x THEN y)+ [ELSE z]
  let from = at + 1;
  let i = 0;
  if (!word(tokens, marks[0]!, 'WHEN')) decline();
  if (marks[0]! > from) sub(from, marks[0]!); // a simple CASE's operand
  while (i < marks.length && word(tokens, marks[i]!, 'WHEN')) {
    if (!word(tokens, marks[i + 1]!, 'THEN')) decline();
    const whenAt = marks[i]!;
    const thenAt = marks[i + 1]!;
    const next = marks[i + 2] ?? end;
    if (thenAt === whenAt + 1 || next === thenAt + 1) decline();
    sub(whenAt + 1, thenAt);
    sub(thenAt + 1, next);
    i += 2;
  }
  if (i < marks.length) {
    if (i !== marks.length - 1 || !word(tokens, marks[i]!, 'ELSE')) decline();
    from = marks[i]! + 1;
    if (from === end) decline();
    sub(from, end);
  }
  return end;
}

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
      const x = expression(tokens, ps, orderItemEnd(tokens, ps, pe), qualifierOk);
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

/**
 * A type in CAST: a name (`varchar`, `uint256`, `double precision`), its parameters — numbers
 * (`decimal(38, 0)`) or types (`array(varchar)`, `map(varchar, bigint)`) — and `with[out] time
 * zone`. Anything else (a `row(…)` with field names, a stray word or comma) declines.
 */
function checkType(tokens: readonly Tok[], s: number, e: number): void {
  const end = typeAt(tokens, s, e);
  if (end !== e) decline();
}

function typeAt(tokens: readonly Tok[], s: number, e: number): number {
  const t = tokens[s];
  if (t?.kind !== 'word' || s >= e || t.text === 'ROW') decline();
  let k = s + 1;
  if (t.text === 'DOUBLE' && word(tokens, k, 'PRECISION')) k++;
  if (tokens[k]?.kind === 'open' && k < e) {
    const close = matching(tokens, k);
    if (close >= e) decline();
    const inner = splitTop(tokens, k + 1, close);
    // `array(varchar)`, `map(varchar, bigint)` take types; every other type numbers
    if (t.text === 'ARRAY' || t.text === 'MAP') {
      for (const [a, b] of inner) if (typeAt(tokens, a, b) !== b) decline();
    } else if (!inner.every(([a, b]) => b === a + 1 && tokens[a]!.kind === 'number')) decline();
    k = close + 1;
  }
  if ((word(tokens, k, 'WITH') || word(tokens, k, 'WITHOUT')) && k < e) {
    if (!word(tokens, k + 1, 'TIME') || !word(tokens, k + 2, 'ZONE') || k + 2 >= e) decline();
    k += 3;
  }
  return k;
}
