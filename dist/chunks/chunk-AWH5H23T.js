import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/columns/shape.ts
import { createHash } from "node:crypto";
function digest(s) {
  return createHash("sha256").update(s).digest("base64url").slice(0, 22);
}
var isObj = (x) => typeof x === "object" && x !== null && !Array.isArray(x);
function normalise(node) {
  if (Array.isArray(node)) return node.map(normalise);
  if (!isObj(node)) return node;
  const out = {};
  for (const k of Object.keys(node)) {
    if (k === "span" || k.endsWith("comments") || k === "alias_explicit_as") continue;
    const v = node[k];
    out[k] = normalise(v);
  }
  return out;
}
var ROW_KEYS = /* @__PURE__ */ new Set([
  "where_clause",
  "having",
  "qualify",
  "joins",
  "group_by",
  "distinct_on",
  "connect"
]);
function lower(s) {
  return s.toLowerCase();
}
function identName(x) {
  if (isObj(x) && typeof x.name === "string") return x.name;
  return void 0;
}
function mentions(node, out) {
  if (Array.isArray(node)) {
    for (const x of node) mentions(x, out);
    return;
  }
  if (!isObj(node)) return;
  for (const [k, v] of Object.entries(node)) {
    if (k === "column" && isObj(v)) {
      const n = identName(v.name);
      if (n) out.add(lower(n));
    } else if (k === "identifier" && isObj(v)) {
      const n = identName(v);
      if (n) out.add(lower(n));
    }
    mentions(v, out);
  }
}
function unwrap(expr) {
  for (let i = 0; i < 3 && isObj(expr) && isObj(expr.annotated); i++)
    expr = expr.annotated.this ?? null;
  return expr;
}
function outputName(expr, i) {
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
    if (isObj(expr.star)) return "*";
  }
  return `#${i}`;
}
function definitionOf(expr) {
  expr = unwrap(expr);
  if (isObj(expr) && isObj(expr.alias) && expr.alias.this !== void 0)
    return expr.alias.this;
  return expr;
}
function strip(node, scope, path, w, inRow) {
  if (--w.budget.nodes < 0) throw new Error("syntax tree too large");
  if (Array.isArray(node)) return node.map((x, i) => strip(x, scope, `${path}[${i}]`, w, inRow));
  if (!isObj(node)) return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === "span" || k.endsWith("comments") || k === "alias_explicit_as") continue;
    if ((k === "select" || k === "union" || k === "intersect" || k === "except") && isObj(v)) {
      const key = `${scope}>${path}`;
      scopeOf(k, v, key, w, inRow);
      out[k] = { scope: key };
      continue;
    }
    if (k === "ctes" && Array.isArray(v)) {
      out[k] = v.map((cte) => {
        const name = isObj(cte) ? identName(cte.alias) : void 0;
        if (isObj(cte) && name) {
          const body = cte.this;
          const key = `cte:${lower(name)}`;
          if (isObj(body)) {
            const kind = Object.keys(body)[0];
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
function scopeOf(kind, node, key, w, keepSelectList) {
  if (kind !== "select") {
    w.star[key] = "setop";
    w.reads[key] = [{ scope: `${key}>left` }, { scope: `${key}>right` }];
    w.skeletons[key] = digest(JSON.stringify({ [kind]: strip(node, key, "", w, keepSelectList) }));
    return;
  }
  const exprs = Array.isArray(node.expressions) ? node.expressions : [];
  const defs = {};
  exprs.forEach((e, i) => {
    const name = outputName(e, i);
    const m = /* @__PURE__ */ new Set();
    mentions(e, m);
    const def = JSON.stringify(strip(definitionOf(e), key, `expressions[${i}]`, w, keepSelectList));
    defs[defs[name] ? `${name}#${i}` : name] = { sql: digest(def), mentions: [...m].sort() };
  });
  w.definitions[key] = defs;
  if (Object.keys(defs).some((n) => n.startsWith("*"))) w.star[key] = "star";
  const reads = [];
  const readOf = (x, path) => {
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
  const rest = {};
  for (const [k, v] of Object.entries(node)) if (k !== "expressions") rest[k] = v;
  const resolveOrdinals = (clause) => {
    if (!isObj(clause) || !Array.isArray(clause.expressions)) return clause;
    return {
      ...clause,
      expressions: clause.expressions.map((x) => {
        const lit = isObj(x) && isObj(x.literal) ? x.literal : void 0;
        if (lit && lit.literal_type === "number" && typeof lit.value === "string") {
          const target = exprs[Number(lit.value) - 1];
          if (target !== void 0) return { ordinal: normalise(definitionOf(target)) };
        }
        return x;
      })
    };
  };
  rest.group_by = resolveOrdinals(rest.group_by) ?? null;
  if (node.distinct === true || isObj(node.group_by) && node.group_by.all === true) {
    for (const d of Object.values(defs)) for (const m of d.mentions) w.rowMentions.add(m);
  }
  const skel = strip(rest, key, "", w, keepSelectList);
  if (keepSelectList && isObj(skel))
    skel.select_list = Object.fromEntries(Object.entries(defs).map(([n, d]) => [n, d.sql]));
  w.skeletons[key] = digest(JSON.stringify(skel));
}
function shapeWithCtes(statement, maxNodes = 2e6) {
  const w = {
    skeletons: {},
    definitions: {},
    rowMentions: /* @__PURE__ */ new Set(),
    reads: {},
    star: {},
    budget: { nodes: maxNodes }
  };
  const tree = digest(JSON.stringify(normalise(statement)));
  let grain = false;
  if (isObj(statement)) {
    const kind = Object.keys(statement)[0];
    const node = statement[kind];
    if (isObj(node)) {
      scopeOf(kind, node, "root", w, false);
      if (kind === "select") {
        grain = node.distinct === true || node.distinct_on != null || isObj(node.group_by) && node.group_by.all === true;
      } else if (kind === "union" || kind === "intersect" || kind === "except") {
        grain = kind !== "union" || node.all !== true;
      }
    }
  }
  const cteStar = /* @__PURE__ */ Object.create(null);
  const onlyStar = (key) => {
    for (let hops = 0; hops < 20; hops++) {
      const defs = Object.keys(w.definitions[key] ?? {});
      const reads = w.reads[key] ?? [];
      const read = reads[0];
      if (defs.length !== 1 || defs[0] !== "*" || reads.length !== 1 || !read || "scope" in read)
        return void 0;
      if (!w.reads[`cte:${read.table}`]) return read.table;
      key = `cte:${read.table}`;
    }
    return void 0;
  };
  for (const key of Object.keys(w.reads)) {
    if (!key.startsWith("cte:")) continue;
    const table = onlyStar(key);
    if (table !== void 0) cteStar[key.slice(4)] = table;
  }
  return {
    shape: {
      tree,
      skeletons: w.skeletons,
      definitions: w.definitions,
      rowMentions: [...w.rowMentions].sort(),
      starRelations: [...passThrough(w, "root", /* @__PURE__ */ new Set())].sort(),
      grainFromSelectList: grain
    },
    cteStar
  };
}
function passThrough(w, key, seen) {
  const out = /* @__PURE__ */ new Set();
  if (seen.has(key) || !w.star[key]) return out;
  seen.add(key);
  for (const r of w.reads[key] ?? []) {
    let inner;
    if ("scope" in r) inner = passThrough(w, r.scope, seen);
    else if (w.reads[`cte:${r.table}`]) inner = passThrough(w, `cte:${r.table}`, seen);
    else out.add(r.table);
    for (const t of inner ?? []) out.add(t);
  }
  return out;
}

// src/columns/analyze.ts
function polyglotDialect(d) {
  return d === "postgres" ? "postgresql" : d;
}
var ROW_CONTEXT = {
  join: "join",
  filter: "filter",
  group: "group",
  having: "having",
  qualify: "qualify",
  set_operation_filter: "filter"
};
function backslashEscapes(dialect) {
  return dialect !== "postgres" && dialect !== "redshift" && dialect !== "trino" && dialect !== "duckdb";
}
function closingQuote(sql, open, backslash) {
  const c = sql[open];
  let j = open + 1;
  while (j < sql.length) {
    const d = sql[j];
    if (d === "\\" && c === "'" && backslash) j += 2;
    else if (d === c) {
      if (sql[j + 1] === c) j += 2;
      else return j;
    } else j++;
  }
  return -1;
}
function stripComments(sql, dialect) {
  if (!sql.includes("--") && !sql.includes("/*")) return sql;
  const backslash = backslashEscapes(dialect);
  let out = "";
  let from = 0;
  let i = 0;
  const n = sql.length;
  while (i < n) {
    const c = sql[i];
    if (c === "'" || c === '"' || c === "`") {
      let j = i + 1;
      while (j < n) {
        const d = sql[j];
        if (d === "\\" && c === "'" && backslash) j += 2;
        else if (d === c) {
          if (sql[j + 1] === c) j += 2;
          else break;
        } else j++;
      }
      i = j + 1;
    } else if (c === "$" && sql[i + 1] === "$") {
      const end = sql.indexOf("$$", i + 2);
      i = end < 0 ? n : end + 2;
    } else if (c === "-" && sql[i + 1] === "-") {
      const end = sql.indexOf("\n", i + 2);
      out += `${sql.slice(from, i)}${end < 0 ? "" : "\n"}`;
      i = from = end < 0 ? n : end + 1;
    } else if (c === "/" && sql[i + 1] === "*") {
      const end = sql.indexOf("*/", i + 2);
      if (end < 0) break;
      out += `${sql.slice(from, i)} `;
      i = from = end + 2;
    } else i++;
  }
  return out + sql.slice(from);
}
function hexLiterals(sql, dialect) {
  if (dialect !== "trino" || !/0x|int256/i.test(sql)) return sql;
  let out = "";
  let from = 0;
  let i = 0;
  const n = sql.length;
  const word2 = /[\w$.]/;
  const typed = /(u?int256)\s+'/iy;
  const pastString = (q, c) => {
    let j = q + 1;
    while (j < n && !(sql[j] === c && sql[j + 1] !== c)) j += sql[j] === c ? 2 : 1;
    return j + 1;
  };
  while (i < n) {
    const c = sql[i];
    if (c === "'" || c === '"' || c === "`") {
      i = pastString(i, c);
    } else if (c === "0" && (sql[i + 1] === "x" || sql[i + 1] === "X") && !word2.test(sql[i - 1] ?? " ")) {
      let j = i + 2;
      while (j < n && /[0-9a-fA-F]/.test(sql[j])) j++;
      if (!word2.test(sql[j] ?? " ")) {
        out += `${sql.slice(from, i)}X'${sql.slice(i + 2, j)}'`;
        from = j;
      }
      i = j;
    } else if ((c === "u" || c === "U" || c === "i" || c === "I") && !word2.test(sql[i - 1] ?? " ")) {
      typed.lastIndex = i;
      const m = typed.exec(sql);
      if (m) {
        const q = i + m[0].length - 1;
        const end = pastString(q, "'");
        out += `${sql.slice(from, i)}CAST(${sql.slice(q, end)} AS ${m[1].toUpperCase()})`;
        from = i = end;
      } else i++;
    } else i++;
  }
  return out + sql.slice(from);
}
function schemaFor(relations, upstreamColumns) {
  const tables = [];
  if (upstreamColumns) {
    for (const name of Object.keys(relations)) {
      const cols = upstreamColumns(name);
      if (cols && cols.length > 0)
        tables.push({ name, columns: cols.map((c) => ({ name: c, type: "" })) });
    }
  }
  return { tables, strict: false };
}
function refOf(r, relations, cteStar) {
  if (r.confidence !== "resolved") return void 0;
  let rel = r.table ?? r.sourceName;
  if (!rel) return void 0;
  if (r.sourceKind === "cte") {
    const l = rel.toLowerCase();
    rel = Object.hasOwn(cteStar, l) ? cteStar[l] : void 0;
    if (!rel) return void 0;
  } else if (r.sourceKind !== "table") return void 0;
  const name = Object.hasOwn(relations, rel) ? rel : findRelation(rel, relations);
  if (!name) return void 0;
  return { relation: name, column: r.column.toLowerCase() };
}
function findRelation(rel, relations) {
  const l = rel.toLowerCase();
  return Object.keys(relations).find((k) => k.toLowerCase() === l);
}
function dedupe(xs, key) {
  const seen = /* @__PURE__ */ new Map();
  for (const x of xs) if (!seen.has(key(x))) seen.set(key(x), x);
  return [...seen.values()].sort((a, b) => key(a).localeCompare(key(b)));
}
var refKey = (r) => `${r.relation}\0${r.column}`;
var UNSTRUCTURED = {
  tree: "",
  skeletons: {},
  definitions: {},
  rowMentions: [],
  starRelations: [],
  grainFromSelectList: false
};
function modelColumnsFrom(raw, dialect, relations) {
  const a = raw.analysis;
  let shaped;
  try {
    shaped = raw.ast === null && raw.grain !== void 0 ? { shape: { ...UNSTRUCTURED, grainFromSelectList: raw.grain }, cteStar: {} } : shapeWithCtes(raw.ast);
  } catch (err) {
    return { unknown: `structure: ${err instanceof Error ? err.message : String(err)}` };
  }
  const { shape, cteStar } = shaped;
  const columns = [];
  const incomplete = [];
  const names = /* @__PURE__ */ new Set();
  const starFrom = /* @__PURE__ */ new Set();
  for (const p of a.projections) {
    if (p.isStar) {
      incomplete.push(
        p.starTable ? `select ${p.starTable}.* could not be expanded (columns of ${p.starTable} unknown)` : "select * could not be expanded (upstream columns unknown)"
      );
      continue;
    }
    const name = p.name?.toLowerCase();
    if (!name) {
      incomplete.push(`output column ${p.index + 1} has no name`);
      continue;
    }
    if (names.has(name)) continue;
    names.add(name);
    const upstream = [];
    for (const r of [...p.upstream].sort(
      (x, y) => x.column < y.column ? -1 : x.column > y.column ? 1 : 0
    )) {
      const ref = refOf(r, relations, cteStar);
      if (ref) upstream.push(ref);
      else if (r.sourceKind !== "table" || r.confidence !== "resolved") {
        incomplete.push(`${name}: ${r.column} not traced to an upstream relation`);
      }
    }
    columns.push({ name, upstream: dedupe(upstream, refKey), transform: p.transformKind });
  }
  const rowAffecting = [];
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
      for (const u of c.upstream) rowAffecting.push({ ...u, context: "distinct" });
  }
  const rels = /* @__PURE__ */ new Set();
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
    rowAffecting: dedupe(rowAffecting, (r) => `${refKey(r)}\0${r.context}`),
    rowAffectingIncomplete: rowIncomplete,
    relations: [...rels].sort(),
    starFrom: [...starFrom].sort(),
    shape
  };
}

// src/columns/polyglot.ts
import { Worker } from "node:worker_threads";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

// src/columns/query-split.ts
var VIRTUAL_PREFIX = "__br_union_";
var VALUES_PREFIX = "__br_values_";
var CTE_PREFIX = "__br_cte_";
var DERIVED_PREFIX = "__br_dt_";
var OUR_PREFIXES = [VIRTUAL_PREFIX, VALUES_PREFIX, CTE_PREFIX, DERIVED_PREFIX];
var MAX_GROWTH = 4;
var MAX_PIECES = 5e3;
var MAX_CHARS = 4e5;
var MAX_DEPTH = 200;
var WORD = /[A-Za-z_][A-Za-z0-9_$]*/y;
function tokenize(sql, dialect) {
  const backslash = backslashEscapes(dialect);
  const backtick = dialect === "bigquery" || dialect === "databricks" || dialect === "spark";
  const tokens = [];
  const n = sql.length;
  let i = 0;
  while (i < n) {
    const c = sql[i];
    if (c === " " || c === "\n" || c === "	" || c === "\r") {
      i++;
    } else if (c === "'" || c === '"' || c === "`" && backtick) {
      const j = closingQuote(sql, i, backslash);
      if (j < 0) return void 0;
      const kind = c === "'" ? "other" : "quoted";
      const text = kind === "quoted" ? sql.slice(i + 1, j).split(c + c).join(c) : "";
      tokens.push({ kind, text, start: i, end: j + 1 });
      i = j + 1;
    } else if (c === "(") {
      tokens.push({ kind: "open", text: "(", start: i, end: i + 1 });
      i++;
    } else if (c === ")") {
      tokens.push({ kind: "close", text: ")", start: i, end: i + 1 });
      i++;
    } else if (c === "$" && sql[i + 1] === "$") {
      return void 0;
    } else if (c === ";") {
      if (sql.slice(i + 1).trim() !== "") return void 0;
      i++;
    } else {
      WORD.lastIndex = i;
      const m = WORD.exec(sql);
      if (m) {
        tokens.push({ kind: "word", text: m[0].toUpperCase(), start: i, end: i + m[0].length });
        i += m[0].length;
      } else {
        tokens.push({ kind: "other", text: c, start: i, end: i + 1 });
        i++;
      }
    }
  }
  return tokens;
}
function columnList(sql, tokens, open, close) {
  const columns = [];
  const end = close[open];
  for (let k = open + 1; k < end; k++) {
    const t = tokens[k];
    if ((k - open) % 2 === 1) {
      if (t.kind === "word") columns.push(sql.slice(t.start, t.end));
      else if (t.kind === "quoted") columns.push(t.text);
      else return void 0;
    } else if (t.text !== ",") return void 0;
  }
  return columns.length ? columns : void 0;
}
var NOT_TABLE_NAMES = /* @__PURE__ */ new Set([
  "FROM",
  "JOIN",
  "LATERAL",
  "ONLY",
  "TABLE",
  "APPLY",
  "STRAIGHT_JOIN",
  "UNNEST",
  "USING",
  "ON",
  "SELECT",
  "DISTINCT",
  "WHERE",
  "AND",
  "OR",
  "NOT",
  "BY",
  "WHEN",
  "THEN",
  "ELSE",
  "IN",
  "IS",
  "CASE"
]);
function aliasAt(tokens, k) {
  const before = tokens[k - 1];
  if (!before) return false;
  if (before.kind === "word" && before.text === "AS") return true;
  if (before.kind === "close") return true;
  const name = before.kind === "quoted" || before.kind === "word" && !NOT_TABLE_NAMES.has(before.text);
  return name && aliasAfterName(tokens, k - 1);
}
function aliasAfterName(tokens, n) {
  let j = n;
  while (tokens[j - 1]?.text === "." && tokens[j - 1]?.kind === "other") j -= 2;
  const intro = tokens[j - 1];
  return intro?.text === "FROM" || intro?.text === "JOIN" || intro?.text === ",";
}
function readsEarlier(tokens, earlier, bodies) {
  const bodyOf = (k) => {
    let lo = 0;
    let hi = bodies.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (bodies[mid][0] < k) lo = mid + 1;
      else hi = mid;
    }
    const body = bodies[lo - 1];
    return body && k < body[1] ? body : void 0;
  };
  const aliasedIn = new Set(earlier.filter((k) => aliasAt(tokens, k)).map(bodyOf));
  return earlier.filter((k) => {
    if (aliasAt(tokens, k)) return false;
    const before = tokens[k - 1]?.text;
    const defined = (before === "WITH" || before === ",") && tokens[k + 1]?.text === "AS" && tokens[k + 2]?.kind === "open";
    if (defined) return false;
    const qualifier = tokens[k + 1]?.text === "." && before !== ".";
    const body = bodyOf(k);
    return !(qualifier && body !== void 0 && aliasedIn.has(body));
  });
}
var MAX_SHADOWS = 16;
function within(sorted, from, to) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (sorted[mid] <= from) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < sorted.length && sorted[end] < to) end++;
  return sorted.slice(lo, end);
}
function shadowedSpans(tokens, close, parent, uses) {
  const spans = [];
  for (const k of uses) {
    const before = tokens[k - 1]?.text;
    if (before !== "WITH" && before !== ",") continue;
    if (tokens[k + 1]?.text !== "AS" || tokens[k + 2]?.kind !== "open") continue;
    if (spans.length >= MAX_SHADOWS) return void 0;
    const scope = parent[k];
    spans.push([close[k + 2], scope >= 0 ? close[scope] : tokens.length]);
  }
  return spans;
}
function withClause(sql, tokens, w, close, parent, occurs) {
  const ctes = [];
  let i = w + 1;
  if (tokens[i]?.text === "RECURSIVE") return void 0;
  for (; ; ) {
    const at = i;
    const name = tokens[i];
    if (!name || name.kind !== "word" && name.kind !== "quoted") return void 0;
    i++;
    let columns;
    if (tokens[i]?.kind === "open") {
      columns = columnList(sql, tokens, i, close);
      if (!columns) return void 0;
      i = close[i] + 1;
    }
    if (tokens[i]?.text !== "AS") return void 0;
    i++;
    if (tokens[i]?.text === "NOT") i++;
    if (tokens[i]?.text === "MATERIALIZED") i++;
    if (tokens[i]?.kind !== "open") return void 0;
    const end = close[i];
    const key = name.text.toLowerCase();
    const uses = within(occurs.get(key) ?? [], i, end);
    const shadows = shadowedSpans(tokens, close, parent, uses);
    if (!shadows) return void 0;
    for (const k of uses) {
      const before = tokens[k - 1].text;
      if ((before === "FROM" || before === "JOIN") && !shadows.some(([a, b]) => k > a && k < b))
        return void 0;
    }
    ctes.push({
      name: name.kind === "word" ? sql.slice(name.start, name.end) : name.text,
      key,
      at,
      ...columns && { columns },
      head: tokens[i + 1]?.text ?? "",
      open: i,
      bodyStart: tokens[i].end,
      bodyEnd: tokens[end].start
    });
    i = end + 1;
    if (tokens[i]?.text === ",") i++;
    else return { ctes, next: i };
  }
}
function opensQuery(t) {
  return !!t && (t.text === "SELECT" || t.text === "WITH" || t.kind === "open");
}
function planSplit(sql, dialect, tables = []) {
  if (sql.length > MAX_CHARS || !/\b(union|with|values)\b|\(\s*select\b/i.test(sql))
    return void 0;
  const lower2 = sql.toLowerCase();
  if (OUR_PREFIXES.some((p) => lower2.includes(p))) return void 0;
  const tokens = tokenize(sql, dialect);
  if (!tokens) return void 0;
  const close = new Array(tokens.length);
  const parent = new Array(tokens.length);
  const stack = [];
  for (let i = 0; i < tokens.length; i++) {
    parent[i] = stack.length ? stack[stack.length - 1] : -1;
    if (tokens[i].kind === "open") {
      stack.push(i);
      if (stack.length > MAX_DEPTH) return void 0;
    } else if (tokens[i].kind === "close") {
      const o = stack.pop();
      if (o === void 0) return void 0;
      close[o] = i;
    }
  }
  if (stack.length) return void 0;
  const members = /* @__PURE__ */ new Map();
  for (let i = 0; i < tokens.length; i++) {
    const g = parent[i];
    let list = members.get(g);
    if (!list) members.set(g, list = []);
    list.push(i);
  }
  const occurs = /* @__PURE__ */ new Map();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== "word" && t.kind !== "quoted") continue;
    const key = t.text.toLowerCase();
    let list = occurs.get(key);
    if (!list) occurs.set(key, list = []);
    list.push(i);
  }
  const taken = new Set(tables.map((t) => t.toLowerCase()));
  const cuts = [];
  const steps = [];
  let unions = 0;
  let root;
  let valueLists = 0;
  let scoped = 0;
  let derived = 0;
  let grain;
  const tableScopes = /* @__PURE__ */ new Set([-1]);
  const renamed = /* @__PURE__ */ new Set();
  const originals = /* @__PURE__ */ new Map();
  for (const [g, list] of members) {
    let body = 0;
    const first = tokens[list[0]];
    const before = g > 0 ? tokens[g - 1].text : "";
    if (first?.text === "VALUES" && (before === "FROM" || before === "JOIN" || before === ",")) {
      let k = close[g] + 1;
      if (tokens[k]?.text === "AS") k++;
      const alias = tokens[k];
      const columns = alias && (alias.kind === "word" || alias.kind === "quoted") && tokens[k + 1]?.kind === "open" ? columnList(sql, tokens, k + 1, close) : void 0;
      if (columns) {
        const name2 = `${VALUES_PREFIX}${++valueLists}`;
        const end2 = tokens[close[g]].start;
        cuts.push({ start: first.start, end: end2, text: `select * from ${name2} ` });
        steps.push({ end: end2, rank: 0, step: () => ({ kind: "cte", name: name2, columns }) });
      }
      continue;
    }
    if (g >= 0 && before === "FROM" && clauseFrom(tokens, parent, g - 1) && (first?.text === "SELECT" || first?.text === "WITH") && tableScopes.has(parent[g]) && !derivedColumnList(tokens, close[g] + 1) && soleSource(tokens, members.get(parent[g]), g)) {
      const name2 = `${DERIVED_PREFIX}${++derived}`;
      const bodyStart = tokens[g].end;
      const bodyEnd = tokens[close[g]].start;
      cuts.push({ start: tokens[g].start, end: tokens[close[g]].end, text: ` ${name2} ` });
      steps.push({
        end: bodyEnd,
        rank: 2,
        step: () => ({ kind: "cte", name: name2, piece: render(bodyStart, bodyEnd) })
      });
      tableScopes.add(g);
    }
    if (first?.text === "WITH") {
      const w = withClause(sql, tokens, list[0], close, parent, occurs);
      if (!w) return void 0;
      body = list.indexOf(w.next);
      if (body < 0) return void 0;
      cuts.push({ start: first.start, end: tokens[w.next].start, text: "" });
      for (const c of w.ctes) {
        const earlier = within(occurs.get(c.key), g, c.at);
        const bodies = w.ctes.filter((d) => d.at < c.at).map((d) => [d.open, close[d.open]]);
        const forward = readsEarlier(tokens, earlier, bodies);
        if (forward.length) {
          const shadows = shadowedSpans(tokens, close, parent, earlier);
          if (!shadows || forward.some((k) => !shadows.some(([a, b]) => k > a && k < b)))
            return void 0;
        }
        let name2 = c.name;
        if (g >= 0 && (taken.has(c.key) || occurs.get(c.key).some((k) => k < g || k > close[g]))) {
          name2 = `${CTE_PREFIX}${++scoped}`;
          const renames = scopedName(tokens, occurs.get(c.key), g, close[g], c.at, name2, parent);
          if (!renames) return void 0;
          for (const r of renames) {
            if (renamed.has(r.start)) return void 0;
            renamed.add(r.start);
            cuts.push(r);
          }
          originals.set(name2.toLowerCase(), c.name);
        } else {
          if (taken.has(c.key)) return void 0;
          taken.add(c.key);
        }
        tableScopes.add(c.open);
        steps.push({
          end: c.bodyEnd,
          rank: 1,
          step: () => ({
            kind: "cte",
            name: name2,
            ...c.columns && { columns: c.columns },
            // VALUES: no query to analyse, its columns are the list's, constants
            ...c.head !== "VALUES" && { piece: render(c.bodyStart, c.bodyEnd) }
          })
        });
      }
    }
    const setOps = list.filter((t) => {
      const x = tokens[t].text;
      return x === "UNION" || x === "INTERSECT" || x === "EXCEPT" || x === "MINUS";
    });
    if (g < 0) grain = grainOf(tokens, list, list[body], setOps);
    if (setOps.length === 0) continue;
    if (setOps.some((t) => tokens[t].text !== "UNION")) return void 0;
    const starts = tokens[list[body]];
    if (!opensQuery(starts) || starts.text === "WITH") return void 0;
    const branches = [];
    const constants = /* @__PURE__ */ new Map();
    let from = starts.start;
    for (const [i, u] of setOps.entries()) {
      branches.push([from, tokens[u].start]);
      let k = u + 1;
      if (tokens[k]?.text === "ALL" || tokens[k]?.text === "DISTINCT") k++;
      if (tokens[k]?.text === "BY" || tokens[k]?.text === "CORRESPONDING") return void 0;
      if (tokens[k]?.text === "VALUES" && parent[k] === g) {
        const stop = setOps[i + 1] ?? (g < 0 ? tokens.length : close[g]);
        const width = valuesWidth(tokens, k, stop, close, parent);
        if (width === void 0) return void 0;
        constants.set(i + 1, width);
      } else if (!opensQuery(tokens[k]) || parent[k] !== g) return void 0;
      from = tokens[k].start;
    }
    const end = g < 0 ? sql.length : tokens[close[g]].start;
    branches.push([from, end]);
    if (branches.some(([x, y]) => sql.slice(x, y).trim() === "")) return void 0;
    const name = `${VIRTUAL_PREFIX}${++unions}`;
    if (g < 0) root = name;
    cuts.push({ start: starts.start, end, text: `select * from ${name} ` });
    steps.push({
      end,
      rank: 0,
      step: () => ({
        kind: "union",
        name,
        branches: branches.map(
          ([x, y], i) => constants.has(i) ? { constants: constants.get(i) } : render(x, y)
        )
      })
    });
  }
  if (steps.length === 0) return void 0;
  cuts.sort((a, b) => a.start - b.start || b.end - a.end);
  const render = (from, to) => {
    let out = "";
    let at = from;
    for (const c of outermostWithin(cuts, from, to)) {
      out += sql.slice(at, c.start) + c.text;
      at = c.end;
    }
    return out + sql.slice(at, to);
  };
  steps.sort((x, y) => x.end - y.end || x.rank - y.rank);
  const planned = [];
  let size = 0;
  let pieces = 0;
  for (const s of steps) {
    const step = s.step();
    const texts = step.kind === "union" ? step.branches.filter((b) => typeof b === "string") : step.piece ? [step.piece] : [];
    for (const t of texts) {
      size += t.length;
      pieces++;
    }
    if (size > MAX_GROWTH * sql.length + 1e4 || pieces > MAX_PIECES) return void 0;
    planned.push(step);
  }
  return {
    steps: planned,
    outer: render(0, sql.length),
    ...root && { root },
    ...originals.size > 0 && { originals },
    // A VALUES list is cut without being parsed (its rows hold no lineage): only a parse of
    // the whole query says its rows are well-formed (`(values )` is not), so no grain then.
    ...grain !== void 0 && !/\bvalues\b/.test(lower2) && { grain }
  };
}
function plainPlan(sql, dialect) {
  if (sql.length > MAX_CHARS || /\bvalues\b/i.test(sql)) return void 0;
  const tokens = tokenize(sql, dialect);
  if (!tokens || tokens.length === 0) return void 0;
  const root = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === "open") {
      if (depth === 0) root.push(i);
      depth++;
    } else if (t.kind === "close") {
      if (--depth < 0) return void 0;
      if (depth === 0) root.push(i);
    } else if (depth === 0) {
      if (t.kind === "word" && /^(UNION|INTERSECT|EXCEPT|WITH)$/.test(t.text)) return void 0;
      root.push(i);
    }
  }
  if (depth !== 0) return void 0;
  const grain = grainOf(tokens, root, 0, []);
  return grain === void 0 ? void 0 : { steps: [], outer: sql, grain };
}
function grainOf(tokens, root, body, setOps) {
  const last = setOps[setOps.length - 1];
  if (last !== void 0) return tokens[last + 1]?.text !== "ALL";
  if (tokens[body]?.text !== "SELECT") return void 0;
  if (tokens[body + 1]?.text === "DISTINCT") return true;
  for (let i = 0; i + 2 < root.length; i++) {
    if (tokens[root[i]].text === "GROUP" && root[i + 1] === root[i] + 1 && tokens[root[i + 1]].text === "BY" && root[i + 2] === root[i] + 2 && tokens[root[i + 2]].text === "ALL")
      return true;
  }
  return false;
}
var AFTER_FROM = /* @__PURE__ */ new Set([
  "WHERE",
  "GROUP",
  "HAVING",
  "QUALIFY",
  "WINDOW",
  "ORDER",
  "LIMIT",
  "OFFSET",
  "FETCH",
  "UNION",
  "INTERSECT",
  "EXCEPT",
  "MINUS"
]);
var BESIDE = /* @__PURE__ */ new Set([
  ",",
  "JOIN",
  "PIVOT",
  "UNPIVOT",
  "MATCH_RECOGNIZE",
  "TABLESAMPLE",
  "APPLY"
]);
function soleSource(tokens, siblings, g) {
  let lo = 0;
  let hi = siblings.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (siblings[mid] <= g) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < siblings.length; i++) {
    const text = tokens[siblings[i]].text;
    if (AFTER_FROM.has(text)) return true;
    if (BESIDE.has(text)) return false;
  }
  return true;
}
function derivedColumnList(tokens, k) {
  if (tokens[k]?.text === "AS") k++;
  const alias = tokens[k];
  return !!alias && (alias.kind === "word" || alias.kind === "quoted") && tokens[k + 1]?.kind === "open";
}
function valuesWidth(tokens, at, stop, close, parent) {
  let width;
  let k = at + 1;
  for (; ; ) {
    if (tokens[k]?.kind !== "open") return void 0;
    const end = close[k];
    let n = end > k + 1 ? 1 : 0;
    for (let j = k + 1; j < end; j++) if (parent[j] === k && tokens[j].text === ",") n++;
    if (n === 0 || width !== void 0 && n !== width) return void 0;
    width = n;
    k = end + 1;
    if (k === stop) return width;
    if (tokens[k]?.text !== ",") return void 0;
    k++;
  }
}
var QUERY_OPENERS = /* @__PURE__ */ new Set(["FROM", "JOIN", "AS", "IN", "EXISTS"]);
function clauseFrom(tokens, parent, f) {
  if (tokens[f - 1]?.text === "DISTINCT") return false;
  const group = parent[f] ?? -1;
  const opener = group >= 0 ? tokens[group - 1] : void 0;
  return opener?.kind !== "word" || QUERY_OPENERS.has(opener.text);
}
function scopedName(tokens, uses, open, close, at, name, parent) {
  const cuts = [];
  for (const k of uses) {
    if (k <= open || k >= close || k === at) continue;
    const t = tokens[k];
    const before = tokens[k - 1];
    const after = tokens[k + 1];
    const dotBefore = before?.kind === "other" && before.text === ".";
    const dotAfter = after?.kind === "other" && after.text === ".";
    const read = before?.kind === "word" && (before.text === "FROM" || before.text === "JOIN") && clauseFrom(tokens, parent, k - 1);
    if (dotBefore || !(read ? !dotAfter : dotAfter)) return void 0;
    cuts.push({ start: t.start, end: t.end, text: name });
  }
  return cuts;
}
function outermostWithin(cuts, from, to) {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (cuts[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  const out = [];
  let reach = -1;
  for (let i = lo; i < cuts.length && cuts[i].start < to; i++) {
    const c = cuts[i];
    if (c.end > to || c.start < reach) continue;
    out.push(c);
    reach = c.end;
  }
  return out;
}
var OPAQUE = { kind: "opaque" };
var VirtualTables = class {
  /** By lower-cased name. */
  tables = /* @__PURE__ */ new Map();
  /** The name as the schema gives it to polyglot (a CTE's as written). */
  written = /* @__PURE__ */ new Map();
  uses = [];
  bases = /* @__PURE__ */ new Map();
  /** The schema entries built last, until a table is added (every piece of a model asks). */
  entries;
  /** Schema entries for polyglot: each virtual table whose columns are known. */
  schemaTables() {
    if (this.entries) return this.entries;
    const out = [];
    for (const [key, v] of this.tables)
      if (v.kind === "columns")
        out.push({
          name: this.written.get(key),
          columns: v.columns.map((c) => ({ name: c.name, type: "" }))
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
  add(name, branches) {
    for (const b of branches) this.collect(b);
    const columns = this.lineUp(branches);
    this.set(name, columns ? { kind: "columns", columns } : OPAQUE);
  }
  /**
   * Record one CTE from its body's analysis (undefined for a `VALUES` body: its columns are the
   * column list's, constants). A column list renames the columns by position.
   */
  addCte(name, columns, body) {
    if (!body) {
      this.set(
        name,
        columns ? {
          kind: "columns",
          columns: columns.map((c) => ({ name: c, transformKind: "constant", upstream: [] }))
        } : OPAQUE
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
    if (!lined || columns && columns.length !== lined.length) {
      this.set(name, OPAQUE);
      return;
    }
    this.set(name, {
      kind: "columns",
      columns: columns ? lined.map((c, i) => ({ ...c, name: columns[i] })) : lined
    });
  }
  set(name, v) {
    this.entries = void 0;
    this.tables.set(name.toLowerCase(), v);
    this.written.set(name.toLowerCase(), name);
  }
  /**
   * A body that is `select * from r` (one relation, its columns unknown), perhaps with columns of
   * its own beside the `*` (`select *, a + 1 as b from r`): reads through to r, but for those.
   */
  passThrough(body) {
    const stars = body.projections.filter((p) => p.isStar);
    const only = stars.length === 1 ? stars[0] : void 0;
    if (!only || body.baseTables.length > 1) return void 0;
    const relations = body.relations;
    if (relations?.length !== 1 || relations[0].kind !== "table") return void 0;
    const from = only.starTable ?? body.baseTables[0]?.table ?? body.baseTables[0]?.name;
    if (!from) return void 0;
    const added = [];
    for (const p of body.projections) {
      if (p === only) continue;
      const name = p.name?.toLowerCase();
      if (!name || added.some((c) => c.name === name)) return void 0;
      added.push({ name, transformKind: p.transformKind, upstream: this.expand(p.upstream) });
    }
    const inner = this.tables.get(from.toLowerCase());
    if (inner) {
      if (inner.kind !== "through") return inner.kind === "opaque" ? inner : void 0;
      if (added.length === 0) return inner;
      const kept = (inner.added ?? []).filter((c) => !added.some((a) => a.name === c.name));
      return { kind: "through", relation: inner.relation, added: [...added, ...kept] };
    }
    return {
      kind: "through",
      relation: {
        sourceName: from,
        sourceKind: "table",
        table: from,
        column: "",
        confidence: "resolved"
      },
      ...added.length > 0 && { added }
    };
  }
  collect(b) {
    for (const u of b.columnUses ?? [])
      this.uses.push({ context: u.context, references: this.expand(u.references) });
    this.addBases(b.baseTables);
  }
  lineUp(branches) {
    const first = branches[0];
    if (!first || first.projections.length === 0) return null;
    const width = first.projections.length;
    const columns = [];
    for (const p of first.projections) {
      if (p.isStar || !p.name) return null;
      columns.push({ name: p.name.toLowerCase(), transformKind: p.transformKind, upstream: [] });
    }
    for (const b of branches) {
      if (b.projections.length !== width || b.projections.some((p) => p.isStar)) return null;
      const pos = this.positional(b);
      b.projections.forEach(
        (p, i) => columns[i].upstream.push(...pos ? pos[i].upstream : this.expand(p.upstream))
      );
    }
    return columns;
  }
  /**
   * The columns of the one virtual table an analysis reads column by column, in order (`select *
   * from <union>` expanded by the schema): then its columns are that table's by position, even
   * where a name repeats (`select a, a ... union ...`), which a lookup by name cannot tell apart.
   */
  positional(a) {
    const first = a.projections[0]?.upstream[0];
    const v = first && this.virtualOf(first);
    if (v?.kind !== "columns" || v.columns.length !== a.projections.length) return void 0;
    const rel = (first.table ?? first.sourceName).toLowerCase();
    const same = a.projections.every((p, i) => {
      const r = p.upstream.length === 1 ? p.upstream[0] : void 0;
      return !p.isStar && r?.sourceKind === "table" && (r.table ?? r.sourceName)?.toLowerCase() === rel && r.column.toLowerCase() === v.columns[i].name;
    });
    return same ? v.columns : void 0;
  }
  /**
   * The outer query's analysis with every virtual table replaced by what it stands for. `root`:
   * the virtual table that is the whole query's body (a query that is itself a union).
   */
  resolve(outer, root, originals) {
    const top = root === void 0 ? void 0 : this.positional(outer);
    const byPosition = top && top === this.tables.get(root.toLowerCase()).columns ? top : void 0;
    const projections = outer.projections.map((p, i) => {
      const only = p.upstream.length === 1 ? p.upstream[0] : void 0;
      const via = byPosition ? byPosition[i] : only && root !== void 0 && (only.table ?? only.sourceName)?.toLowerCase() === root ? this.columnOf(only) : void 0;
      const upstream = byPosition ? [...via.upstream] : this.expand(p.upstream);
      const transformKind = via ? via.transformKind : p.transformKind;
      const star = p.starTable?.toLowerCase();
      const starTable = !star ? p.starTable : star.startsWith(CTE_PREFIX) ? originals?.get(star) ?? null : OUR_PREFIXES.some((p2) => star.startsWith(p2)) ? null : p.starTable;
      return { ...p, transformKind, upstream, ...p.isStar && { starTable } };
    });
    const columnUses = [
      ...(outer.columnUses ?? []).map((u) => ({
        context: u.context,
        references: this.expand(u.references)
      })),
      ...this.uses
    ];
    this.addBases(outer.baseTables);
    return { projections, columnUses, baseTables: [...this.bases.values()] };
  }
  addBases(tables) {
    for (const t of tables) {
      const key = t.name.toLowerCase();
      if (this.tables.has(key) || this.bases.has(key)) continue;
      this.bases.set(key, t);
    }
  }
  virtualOf(r) {
    if (r.sourceKind !== "table") return void 0;
    const rel = (r.table ?? r.sourceName)?.toLowerCase();
    return rel === void 0 ? void 0 : this.tables.get(rel);
  }
  columnOf(r) {
    const v = this.virtualOf(r);
    if (v?.kind !== "columns") return void 0;
    const c = r.column.toLowerCase();
    const found = v.columns.filter((x) => x.name === c);
    return found.length === 1 ? found[0] : void 0;
  }
  expand(refs) {
    const out = [];
    for (const r of refs) {
      const v = this.virtualOf(r);
      if (!v) out.push(r);
      else if (v.kind === "through") {
        const added = v.added?.find((c) => c.name === r.column.toLowerCase());
        if (added) out.push(...added.upstream);
        else out.push({ ...v.relation, column: r.column });
      } else {
        const col = this.columnOf(r);
        if (col) out.push(...col.upstream);
        else out.push({ sourceKind: "unknown", column: r.column, confidence: "unknown" });
      }
    }
    return out;
  }
};

// src/columns/simple-select.ts
var DIALECTS = /* @__PURE__ */ new Set(["trino"]);
var MAX_CHARS2 = 2e4;
var WORD2 = /[A-Za-z_][A-Za-z0-9_]*/y;
var NUMBER = /(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;
var OPS = /* @__PURE__ */ new Set(["=", "<>", "!=", "<", ">", "<=", ">=", "+", "-", "*", "/", "%", "||"]);
function tokenize2(sql, dialect) {
  const backslash = backslashEscapes(dialect);
  const out = [];
  const n = sql.length;
  let i = 0;
  while (i < n) {
    const c = sql[i];
    if (c === " " || c === "\n" || c === "	" || c === "\r") {
      i++;
    } else if (c === "'" || c === '"') {
      const j = closingQuote(sql, i, backslash);
      if (j < 0) return void 0;
      const body = sql.slice(i + 1, j);
      if (c === '"') {
        const name = body.split('""').join('"');
        if (name === "") return void 0;
        out.push({ kind: "quoted", text: name, raw: name });
      } else out.push({ kind: "string", text: "", raw: "" });
      i = j + 1;
    } else if (c === "(" || c === ")" || c === "," || c === ".") {
      if (c === "." && /\d/.test(sql[i + 1] ?? "")) {
        NUMBER.lastIndex = i;
        const m = NUMBER.exec(sql);
        out.push({ kind: "number", text: m[0], raw: m[0] });
        i += m[0].length;
        continue;
      }
      out.push({
        kind: c === "(" ? "open" : c === ")" ? "close" : c === "," ? "comma" : "dot",
        text: c,
        raw: c
      });
      i++;
    } else if (c >= "0" && c <= "9") {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(sql);
      if (/[A-Za-z_]/.test(sql[i + m[0].length] ?? "")) return void 0;
      out.push({ kind: "number", text: m[0], raw: m[0] });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      WORD2.lastIndex = i;
      const m = WORD2.exec(sql);
      const after = sql[i + m[0].length];
      if (after === "'" && (m[0] === "X" || m[0] === "x")) {
        let j = i + 2;
        while (j < n && /[0-9a-fA-F]/.test(sql[j])) j++;
        if (sql[j] !== "'") return void 0;
        out.push({ kind: "string", text: "", raw: "" });
        i = j + 1;
        continue;
      }
      if (after === "'" || after === "&") return void 0;
      const upper = m[0].toUpperCase();
      if (upper === "DATE" || upper === "TIMESTAMP" || upper === "TIME") {
        let j = i + m[0].length;
        while (sql[j] === " " || sql[j] === "\n" || sql[j] === "	" || sql[j] === "\r") j++;
        if (sql[j] === "'") {
          const close = sql.indexOf("'", j + 1);
          if (close < 0 || sql[close + 1] === "'") return void 0;
          out.push({ kind: "string", text: "TYPED", raw: "" });
          i = close + 1;
          continue;
        }
      }
      out.push({ kind: "word", text: m[0].toUpperCase(), raw: m[0] });
      i += m[0].length;
    } else {
      const two = sql.slice(i, i + 2);
      if (two === "->" || two === "=>") return void 0;
      if (two === "<>" || two === "!=" || two === "<=" || two === ">=" || two === "||") {
        out.push({ kind: "op", text: two, raw: two });
        i += 2;
      } else if (OPS.has(c)) {
        out.push({ kind: "op", text: c, raw: c });
        i++;
      } else if (c === "[" || c === "]") {
        out.push({ kind: c === "[" ? "lbracket" : "rbracket", text: c, raw: c });
        i++;
      } else if (c === ";" && sql.slice(i + 1).trim() === "") {
        i = n;
      } else return void 0;
    }
  }
  return out;
}
var CLAUSE = /* @__PURE__ */ new Set([
  "FROM",
  "WHERE",
  "GROUP",
  "HAVING",
  "ORDER",
  "LIMIT",
  "OFFSET",
  "FETCH",
  "QUALIFY",
  "WINDOW",
  "UNION",
  "INTERSECT",
  "EXCEPT",
  "JOIN",
  "INNER",
  "LEFT",
  "RIGHT",
  "FULL",
  "CROSS",
  "NATURAL",
  "LATERAL",
  "ON",
  "USING",
  "TABLESAMPLE",
  "SELECT",
  "WITH",
  "VALUES",
  "INTO",
  "FOR",
  "MATCH_RECOGNIZE",
  "PIVOT",
  "UNPIVOT"
]);
var EXPRESSION_WORDS = /* @__PURE__ */ new Set([
  "AND",
  "OR",
  "NOT",
  "IS",
  "NULL",
  "TRUE",
  "FALSE",
  "IN",
  "LIKE",
  "BETWEEN",
  "CASE",
  "WHEN",
  "THEN",
  "ELSE",
  "END"
]);
var NOT_A_COLUMN = /* @__PURE__ */ new Set([
  ...CLAUSE,
  ...EXPRESSION_WORDS,
  "AS",
  "ALL",
  "ANY",
  "SOME",
  "ARRAY",
  "MAP",
  "ROW",
  "ASC",
  "AT",
  "BY",
  "CAST",
  "COLLATE",
  "CURRENT_DATE",
  "CURRENT_TIME",
  "CURRENT_TIMESTAMP",
  "CURRENT_USER",
  "LOCALTIME",
  "LOCALTIMESTAMP",
  "DATE",
  "DESC",
  "DISTINCT",
  "ESCAPE",
  "EXISTS",
  "EXTRACT",
  "FILTER",
  "FIRST",
  "IGNORE",
  "INTERVAL",
  "LAST",
  "NULLS",
  "OVER",
  "PARTITION",
  "RESPECT",
  "SIMILAR",
  "TIME",
  "TIMESTAMP",
  "TRY_CAST",
  "UNKNOWN",
  "WITHIN",
  "ZONE",
  "DEFAULT",
  "RLIKE",
  "ILIKE",
  "REGEXP",
  "UESCAPE",
  "POSITION",
  "SUBSTRING",
  "TRIM",
  "OVERLAY",
  "NORMALIZE",
  "OUTER",
  // words polyglot's parser takes as keywords where this module would see a name
  "NEW",
  "NEXT",
  "START",
  "OLD",
  "PRIOR",
  "CONNECT",
  "SET",
  "TABLE",
  "VIEW",
  "TEMP",
  "TEMPORARY",
  "ALTER",
  "CREATE",
  "DELETE",
  "DROP",
  "INSERT",
  "BOTH",
  "LEADING",
  "TRAILING",
  "LAMBDA",
  "BINARY",
  "APPROXIMATE",
  "GLOB",
  "MATCH",
  "MOD",
  "PERCENT",
  "MEMBER",
  "NOTNULL",
  "IF",
  "CUBE",
  "ROLLUP",
  "ONLY",
  // niladic functions polyglot does not read as columns
  "CURRENT_CATALOG",
  "CURRENT_SCHEMA",
  "CURRENT_ROLE",
  "SESSION_USER",
  "SYSTEM_USER"
]);
var NOT_A_TABLE_ALIAS = new Set(
  "AFTER ALWAYS ANTI APPLY ASOF AUTHORIZATION AUTO_INCREMENT BEFORE BEGIN CACHE CASCADE CHECK CLUSTER COLUMN COMMENT COMMIT CONSTRAINT CUBE CURRENT CYCLE DATABASE DATETIME DECLARE DEFINE DESCRIBE DISTRIBUTE EXCLUDE EXEC EXECUTE FINAL FOLLOWING FOREIGN FUNCTION GENERATED GRANT GROUPS IDENTITY IF INCREMENT INDEX INDEXED INPUT KEEP KEY KILL LANGUAGE LOAD LOCAL MATCH MATCH_CONDITION MATERIALIZED MAXVALUE MEASURES MERGE MINVALUE NAMESPACE NO OF ONLY ORDINALITY OTHERS OVERLAPS OVERWRITE PATTERN PERCENT PRECEDING PREPARE PRESERVE PREWHERE PRIMARY PROCEDURE RANGE RECURSIVE REFERENCES REFRESH REPLACE RESTRICT RETURNING RETURNS REVOKE ROLLBACK ROLLUP ROWS RUNNING SAMPLE SCHEMA SEMI SEPARATOR SEQUENCE SETTINGS SIBLINGS SORT SYSTEM TIES TO TOP TRANSACTION TRIGGER TRUNCATE TYPE UNBOUNDED UNIQUE UPDATE USE".split(" ")
);
var FUNCTIONS = /* @__PURE__ */ new Map([
  ["ANY_VALUE", { min: 1, max: 1, kind: "aggregate" }],
  ["APPROX_DISTINCT", { min: 1, max: 1, kind: "aggregate" }],
  ["APPROX_PERCENTILE", { min: 2, max: 2, kind: "aggregate" }],
  ["ARBITRARY", { min: 1, max: 1, kind: "aggregate" }],
  ["ARRAY_AGG", { min: 1, max: 1, kind: "aggregate" }],
  ["AVG", { min: 1, max: 1, kind: "aggregate" }],
  ["BOOL_AND", { min: 1, max: 1, kind: "aggregate" }],
  ["BOOL_OR", { min: 1, max: 1, kind: "aggregate" }],
  ["COUNT", { min: 1, max: 1, kind: "aggregate" }],
  ["COUNT_IF", { min: 1, max: 1, kind: "aggregate" }],
  ["MAX", { min: 1, max: 1, kind: "aggregate" }],
  ["MAX_BY", { min: 2, max: 2, kind: "aggregate" }],
  ["MIN", { min: 1, max: 1, kind: "aggregate" }],
  ["MIN_BY", { min: 2, max: 2, kind: "aggregate" }],
  ["STDDEV", { min: 1, max: 1, kind: "aggregate" }],
  ["SUM", { min: 1, max: 1, kind: "aggregate" }],
  ["VARIANCE", { min: 1, max: 1, kind: "aggregate" }],
  ["CUME_DIST", { min: 0, max: 0, kind: "window" }],
  ["DENSE_RANK", { min: 0, max: 0, kind: "window" }],
  ["FIRST_VALUE", { min: 1, max: 1, kind: "window" }],
  ["LAG", { min: 1, max: 3, kind: "window" }],
  ["LAST_VALUE", { min: 1, max: 1, kind: "window" }],
  ["LEAD", { min: 1, max: 3, kind: "window" }],
  ["NTH_VALUE", { min: 2, max: 2, kind: "window" }],
  ["NTILE", { min: 1, max: 1, kind: "window" }],
  ["PERCENT_RANK", { min: 0, max: 0, kind: "window" }],
  ["RANK", { min: 0, max: 0, kind: "window" }],
  ["ROW_NUMBER", { min: 0, max: 0, kind: "window" }],
  ["ABS", { min: 1, max: 1, kind: "scalar" }],
  ["BITWISE_AND", { min: 2, max: 2, kind: "scalar" }],
  ["BITWISE_LEFT_SHIFT", { min: 2, max: 2, kind: "scalar" }],
  ["BITWISE_RIGHT_SHIFT", { min: 2, max: 2, kind: "scalar" }],
  ["BYTEARRAY_LENGTH", { min: 1, max: 1, kind: "scalar" }],
  ["BYTEARRAY_LTRIM", { min: 1, max: 1, kind: "scalar" }],
  ["BYTEARRAY_POSITION", { min: 2, max: 2, kind: "scalar" }],
  ["BYTEARRAY_REVERSE", { min: 1, max: 1, kind: "scalar" }],
  ["BYTEARRAY_RTRIM", { min: 1, max: 1, kind: "scalar" }],
  ["BYTEARRAY_SUBSTRING", { min: 2, max: 3, kind: "scalar" }],
  ["BYTEARRAY_TO_BIGINT", { min: 1, max: 1, kind: "scalar" }],
  ["BYTEARRAY_TO_INT256", { min: 1, max: 1, kind: "scalar" }],
  ["BYTEARRAY_TO_INTEGER", { min: 1, max: 1, kind: "scalar" }],
  ["BYTEARRAY_TO_UINT256", { min: 1, max: 1, kind: "scalar" }],
  ["CARDINALITY", { min: 1, max: 1, kind: "scalar" }],
  ["CEIL", { min: 1, max: 1, kind: "scalar" }],
  ["CEILING", { min: 1, max: 1, kind: "scalar" }],
  ["COALESCE", { min: 1, max: Infinity, kind: "scalar" }],
  ["CONCAT", { min: 1, max: Infinity, kind: "scalar" }],
  ["CONTAINS", { min: 2, max: 2, kind: "scalar" }],
  ["DATE", { min: 1, max: 1, kind: "scalar" }],
  ["DATE_ADD", { min: 3, max: 3, kind: "scalar" }],
  ["DATE_DIFF", { min: 3, max: 3, kind: "scalar" }],
  ["DATE_FORMAT", { min: 2, max: 2, kind: "scalar" }],
  ["DATE_PARSE", { min: 2, max: 2, kind: "scalar" }],
  ["DATE_TRUNC", { min: 2, max: 2, kind: "scalar" }],
  ["DAY", { min: 1, max: 1, kind: "scalar" }],
  ["ELEMENT_AT", { min: 2, max: 2, kind: "scalar" }],
  ["ENDS_WITH", { min: 2, max: 2, kind: "scalar" }],
  ["FLOOR", { min: 1, max: 1, kind: "scalar" }],
  ["FORMAT", { min: 1, max: Infinity, kind: "scalar" }],
  ["FROM_BASE", { min: 2, max: 2, kind: "scalar" }],
  ["FROM_BASE58", { min: 1, max: 1, kind: "scalar" }],
  ["FROM_HEX", { min: 1, max: 1, kind: "scalar" }],
  ["FROM_ISO8601_TIMESTAMP", { min: 1, max: 1, kind: "scalar" }],
  ["FROM_UNIXTIME", { min: 1, max: 1, kind: "scalar" }],
  ["FROM_UTF8", { min: 1, max: 1, kind: "scalar" }],
  ["GREATEST", { min: 1, max: Infinity, kind: "scalar" }],
  ["HOUR", { min: 1, max: 1, kind: "scalar" }],
  ["IF", { min: 2, max: 3, kind: "scalar" }],
  ["JSON_EXTRACT", { min: 2, max: 2, kind: "scalar" }],
  ["JSON_EXTRACT_SCALAR", { min: 2, max: 2, kind: "scalar" }],
  ["JSON_PARSE", { min: 1, max: 1, kind: "scalar" }],
  ["JSON_QUERY", { min: 2, max: 2, kind: "scalar" }],
  ["JSON_VALUE", { min: 2, max: 2, kind: "scalar" }],
  ["LEAST", { min: 1, max: Infinity, kind: "scalar" }],
  ["LENGTH", { min: 1, max: 1, kind: "scalar" }],
  ["LN", { min: 1, max: 1, kind: "scalar" }],
  ["LOG10", { min: 1, max: 1, kind: "scalar" }],
  ["LOWER", { min: 1, max: 1, kind: "scalar" }],
  ["LPAD", { min: 3, max: 3, kind: "scalar" }],
  ["LTRIM", { min: 1, max: 1, kind: "scalar" }],
  ["MONTH", { min: 1, max: 1, kind: "scalar" }],
  ["NULLIF", { min: 2, max: 2, kind: "scalar" }],
  ["PARSE_DATETIME", { min: 2, max: 2, kind: "scalar" }],
  ["POW", { min: 2, max: 2, kind: "scalar" }],
  ["POWER", { min: 2, max: 2, kind: "scalar" }],
  ["REGEXP_EXTRACT", { min: 2, max: 2, kind: "scalar" }],
  ["REGEXP_EXTRACT_ALL", { min: 2, max: 2, kind: "scalar" }],
  ["REGEXP_LIKE", { min: 2, max: 2, kind: "scalar" }],
  ["REGEXP_REPLACE", { min: 2, max: 3, kind: "scalar" }],
  ["REPLACE", { min: 2, max: 3, kind: "scalar" }],
  ["REVERSE", { min: 1, max: 1, kind: "scalar" }],
  ["ROUND", { min: 1, max: 2, kind: "scalar" }],
  ["RPAD", { min: 3, max: 3, kind: "scalar" }],
  ["RTRIM", { min: 1, max: 1, kind: "scalar" }],
  ["SIGN", { min: 1, max: 1, kind: "scalar" }],
  ["SPLIT", { min: 2, max: 2, kind: "scalar" }],
  ["SPLIT_PART", { min: 3, max: 3, kind: "scalar" }],
  ["SQRT", { min: 1, max: 1, kind: "scalar" }],
  ["STARTS_WITH", { min: 2, max: 2, kind: "scalar" }],
  ["STRPOS", { min: 2, max: 2, kind: "scalar" }],
  ["SUBSTR", { min: 2, max: 3, kind: "scalar" }],
  ["TO_BASE58", { min: 1, max: 1, kind: "scalar" }],
  ["TO_CHAR", { min: 2, max: 2, kind: "scalar" }],
  ["TO_HEX", { min: 1, max: 1, kind: "scalar" }],
  ["TO_TRON_ADDRESS", { min: 1, max: 1, kind: "scalar" }],
  ["TO_UNIXTIME", { min: 1, max: 1, kind: "scalar" }],
  ["TO_UTF8", { min: 1, max: 1, kind: "scalar" }],
  ["TRUNCATE", { min: 1, max: 1, kind: "scalar" }],
  ["TRY", { min: 1, max: 1, kind: "scalar" }],
  ["UPPER", { min: 1, max: 1, kind: "scalar" }],
  ["VARBINARY_CONCAT", { min: 2, max: Infinity, kind: "scalar" }],
  ["VARBINARY_LENGTH", { min: 1, max: 1, kind: "scalar" }],
  ["VARBINARY_LTRIM", { min: 1, max: 1, kind: "scalar" }],
  ["VARBINARY_POSITION", { min: 2, max: 2, kind: "scalar" }],
  ["VARBINARY_RTRIM", { min: 1, max: 1, kind: "scalar" }],
  ["VARBINARY_SUBSTRING", { min: 2, max: 3, kind: "scalar" }],
  ["VARBINARY_TO_BIGINT", { min: 1, max: 1, kind: "scalar" }],
  ["VARBINARY_TO_INT256", { min: 1, max: 1, kind: "scalar" }],
  ["VARBINARY_TO_INTEGER", { min: 1, max: 1, kind: "scalar" }],
  ["VARBINARY_TO_UINT256", { min: 1, max: 1, kind: "scalar" }],
  ["YEAR", { min: 1, max: 1, kind: "scalar" }]
]);
var DECLINE = /* @__PURE__ */ Symbol("decline");
function decline() {
  throw DECLINE;
}
function traceSimpleSelect(sql, dialect, schema) {
  if (!DIALECTS.has(dialect) || sql.length > MAX_CHARS2) return void 0;
  const tokens = tokenize2(sql, dialect);
  if (!tokens) return void 0;
  try {
    return trace(tokens, schema);
  } catch (err) {
    if (err === DECLINE) return void 0;
    throw err;
  }
}
function trace(tokens, schema) {
  let at = 0;
  if (!word(tokens, at, "SELECT")) decline();
  at++;
  if (word(tokens, at, "DISTINCT")) {
    if (word(tokens, at + 1, "ON")) decline();
    at++;
  }
  if (word(tokens, at, "ALL") || word(tokens, at, "TOP")) decline();
  const clauseEnd = (from) => {
    let depth = 0;
    for (let k2 = from; k2 < tokens.length; k2++) {
      const t = tokens[k2];
      if (t.kind === "open" || t.kind === "lbracket") depth++;
      else if (t.kind === "close" || t.kind === "rbracket") {
        if (--depth < 0) decline();
      } else if (depth === 0 && t.kind === "word" && CLAUSE.has(t.text)) return k2;
    }
    if (depth !== 0) decline();
    return tokens.length;
  };
  const selectEnd = clauseEnd(at);
  if (!word(tokens, selectEnd, "FROM")) decline();
  let k = selectEnd + 1;
  const tables = [];
  const joins = [];
  const tableRef = () => {
    const nameTok = tokens[k];
    if (!nameTok || nameTok.kind !== "quoted" && nameTok.kind !== "word") decline();
    if (nameTok.kind === "word" && (NOT_A_COLUMN.has(nameTok.text) || NOT_A_TABLE_ALIAS.has(nameTok.text)))
      decline();
    const name = nameTok.kind === "quoted" ? nameTok.text : nameTok.raw;
    k++;
    let alias;
    if (word(tokens, k, "AS")) k++;
    const aliasTok = tokens[k];
    if (aliasTok && (aliasTok.kind === "word" && !NOT_A_COLUMN.has(aliasTok.text) && !NOT_A_TABLE_ALIAS.has(aliasTok.text) || aliasTok.kind === "quoted")) {
      alias = aliasTok.kind === "quoted" ? aliasTok.text : aliasTok.raw;
      k++;
      if (tokens[k]?.kind === "open") decline();
    } else if (word(tokens, k - 1, "AS")) decline();
    const known = schema.tables.filter((t) => t.name.toLowerCase() === name.toLowerCase());
    if (known.length > 1) decline();
    const table = {
      name,
      ...alias !== void 0 && { alias },
      ...known[0] && {
        columns: new Set(known[0].columns.map((c) => c.name.toLowerCase())),
        declared: known[0].columns.map((c) => c.name)
      }
    };
    if (table.columns && table.columns.size === 0) decline();
    tables.push(table);
  };
  tableRef();
  for (; ; ) {
    let j = k;
    if (word(tokens, j, "INNER")) j++;
    else if (word(tokens, j, "LEFT") || word(tokens, j, "RIGHT") || word(tokens, j, "FULL")) {
      j++;
      if (word(tokens, j, "OUTER")) j++;
    }
    if (!word(tokens, j, "JOIN")) break;
    k = j + 1;
    tableRef();
    if (!word(tokens, k, "ON")) decline();
    const end = clauseEnd(k + 1);
    if (end <= k + 1) decline();
    joins.push([k + 1, end]);
    k = end;
  }
  const byQualifier = /* @__PURE__ */ new Map();
  const lowered = /* @__PURE__ */ new Set();
  tables.forEach((t, i) => {
    const key = t.alias ?? t.name;
    if (lowered.has(key.toLowerCase())) decline();
    lowered.add(key.toLowerCase());
    byQualifier.set(key, i);
  });
  const spellings = new Set(tables.map((t) => t.name));
  if (new Set(tables.map((t) => t.name.toLowerCase())).size !== spellings.size) decline();
  let where;
  let group;
  let order = false;
  while (k < tokens.length) {
    const t = tokens[k];
    if (t.kind !== "word") decline();
    if (t.text === "WHERE" && !where && !group && !order) {
      const end = clauseEnd(k + 1);
      where = [k + 1, end];
      k = end;
    } else if (t.text === "GROUP" && word(tokens, k + 1, "BY") && !group && !order) {
      const end = clauseEnd(k + 2);
      group = [k + 2, end];
      k = end;
    } else if (t.text === "ORDER" && word(tokens, k + 1, "BY") && !order) {
      const end = clauseEnd(k + 2);
      plainExpressionList(tokens, k + 2, end);
      order = true;
      k = end;
    } else if (t.text === "LIMIT" && tokens[k + 1]?.kind === "number" && k + 2 === tokens.length) {
      k += 2;
    } else decline();
  }
  const items = splitTop(tokens, at, selectEnd);
  const projections = [];
  const qualifierOk = (q) => byQualifier.has(q);
  const resolve = (r) => {
    const lower2 = r.c.toLowerCase();
    if (r.q !== void 0) {
      const t = byQualifier.get(r.q);
      if (t === void 0) decline();
      const cols = tables[t].columns;
      if (cols && !cols.has(lower2)) decline();
      return { t, c: r.c };
    }
    if (tables.length === 1) {
      const cols = tables[0].columns;
      if (cols && !cols.has(lower2)) decline();
      return { t: 0, c: r.c };
    }
    let found = -1;
    for (const [i, t] of tables.entries()) {
      if (!t.columns) decline();
      if (t.columns.has(lower2)) {
        if (found >= 0) decline();
        found = i;
      }
    }
    return found >= 0 ? { t: found, c: r.c } : decline();
  };
  const refOf2 = (r) => {
    const t = tables[r.t];
    return {
      sourceName: t.name,
      sourceAlias: t.alias ?? null,
      sourceKind: "table",
      table: t.name,
      column: r.c,
      unqualified: false,
      confidence: "resolved"
    };
  };
  const once = (refs) => {
    const seen = /* @__PURE__ */ new Set();
    return refs.filter((r) => {
      const key = `${r.t}\0${r.c}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  };
  const parsed = items.map(([s, e]) => {
    let end = e;
    let name;
    const last = tokens[e - 1];
    if (e - s >= 3 && word(tokens, e - 2, "AS") && (last?.kind === "word" || last?.kind === "quoted")) {
      name = last.kind === "quoted" ? last.text : last.raw;
      end = e - 2;
    } else if (e - s >= 2 && last && (last.kind === "quoted" || last.kind === "word" && !NOT_A_COLUMN.has(last.text)) && endsOperand(tokens[e - 2])) {
      name = last.kind === "quoted" ? last.text : last.raw;
      end = e - 1;
    }
    if (name !== void 0 && name === "") decline();
    return { s, end, name };
  });
  const renamed = /* @__PURE__ */ new Set();
  for (const p of parsed) {
    if (p.name === void 0) continue;
    const bare = singleColumn(tokens, p.s, p.end, () => true)?.c;
    if (bare === void 0 || bare.toLowerCase() !== p.name.toLowerCase())
      renamed.add(p.name.toLowerCase());
  }
  const earlier = /* @__PURE__ */ new Map();
  const earlierLower = /* @__PURE__ */ new Set();
  const itemNamed = (r) => {
    if (r.q !== void 0) return void 0;
    const item = earlier.get(r.c);
    if (!item && earlierLower.has(r.c.toLowerCase())) decline();
    return item;
  };
  const read = (r, at2) => {
    const key = r.c.toLowerCase();
    if (r.q === void 0 && renamed.has(key)) {
      const item = itemNamed(r);
      if (item) return item.refs;
      if (later(key, at2)) decline();
    }
    return [resolve(r)];
  };
  const remember = (name, item) => {
    if (!renamed.has(name.toLowerCase()) || earlierLower.has(name.toLowerCase())) return;
    earlier.set(name, item);
    earlierLower.add(name.toLowerCase());
  };
  const aggregated = /* @__PURE__ */ new Set();
  const later = (key, at2) => parsed.some((q, i) => i > at2 && q.name?.toLowerCase() === key);
  for (const [at2, p] of parsed.entries()) {
    const { s, end } = p;
    if (end <= s) decline();
    if (end - s === 1 && tokens[s].kind === "op" && tokens[s].text === "*") {
      if (p.name !== void 0 || tables.length > 1) decline();
      const only = tables[0];
      if (only.alias !== void 0 && parsed.length > 1) decline();
      if (!only.declared) {
        projections.push({
          index: projections.length,
          name: "*",
          isStar: true,
          starTable: null,
          transformKind: "star",
          upstream: []
        });
      } else {
        for (const c of only.declared)
          projections.push({
            index: projections.length,
            name: c.toLowerCase(),
            isStar: false,
            starTable: null,
            transformKind: "direct",
            upstream: [refOf2({ t: 0, c: c.toLowerCase() })]
          });
      }
      continue;
    }
    const single = singleColumn(tokens, s, end, qualifierOk);
    if (single !== void 0) {
      if (p.name === void 0 && unwrap2(tokens, s, end)[0] !== s) decline();
      const alias = itemNamed(single);
      const refs2 = alias ? alias.refs : read(single, at2);
      const kind2 = alias ? alias.kind : "direct";
      const name = p.name ?? single.c;
      projections.push({
        index: projections.length,
        name,
        isStar: false,
        starTable: null,
        transformKind: kind2,
        upstream: once(refs2).map(refOf2)
      });
      if (alias?.aggregate) aggregated.add(projections.length - 1);
      remember(name, { refs: refs2, kind: kind2, aggregate: alias?.aggregate ?? false });
      continue;
    }
    if (p.name === void 0) decline();
    const traced = expression(tokens, s, end, qualifierOk, true);
    let aggregate = traced.aggregate;
    const refs = traced.refs.flatMap((r) => {
      if (itemNamed(r)?.aggregate) aggregate = true;
      return read(r, at2);
    });
    const [ts, te] = unwrap2(tokens, s, end);
    const kind = isCast(tokens, ts, te) ? "cast" : aggregate ? "aggregation" : refs.length === 0 && isLiteral(tokens, ts, te) ? "constant" : "expression";
    if (kind === "expression" && refs.length === 0) decline();
    projections.push({
      index: projections.length,
      name: p.name,
      isStar: false,
      starTable: null,
      transformKind: kind,
      upstream: once(refs).map(refOf2)
    });
    if (aggregate) aggregated.add(projections.length - 1);
    remember(p.name, { refs, kind, aggregate });
  }
  const names = /* @__PURE__ */ new Set();
  for (const p of projections) {
    const n = (p.name ?? "").toLowerCase();
    if (names.has(n)) decline();
    names.add(n);
  }
  const columnUses = [];
  const starred = parsed.some((p) => p.end - p.s === 1 && tokens[p.s].text === "*");
  const uses = (context, range) => {
    if (!range) return;
    const [s, e] = range;
    if (e <= s) decline();
    const parts = context === "group" ? splitTop(tokens, s, e) : [[s, e]];
    for (const [ps, pe] of parts) {
      const refs = [];
      if (context === "group" && pe - ps === 1 && tokens[ps].kind === "number") {
        const text = tokens[ps].text;
        const n = /^\d+$/.test(text) ? Number(text) : NaN;
        const item = Number.isInteger(n) && !starred ? projections[n - 1] : void 0;
        if (!item || aggregated.has(n - 1) || item.upstream.length === 0) decline();
        columnUses.push({ context, references: item.upstream });
        continue;
      }
      const traced = expression(tokens, ps, pe, qualifierOk);
      if (traced.aggregate) decline();
      for (const r of traced.refs) {
        if (context !== "join" && r.q === void 0 && renamed.has(r.c.toLowerCase())) decline();
        refs.push(refOf2(resolve(r)));
      }
      columnUses.push({ context, references: refs });
    }
  };
  for (const on of joins) uses("join", on);
  uses("filter", where);
  uses("group", group);
  if (group && !projections.some((p) => p.transformKind === "aggregation")) decline();
  const bases = [...tables].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0).map((t) => ({
    name: t.name,
    alias: t.alias ?? null,
    kind: "table",
    columns: [],
    catalog: null,
    schema: null,
    table: t.name
  }));
  return {
    projections,
    // a table read twice (a self-join) is one base table, and two relations
    baseTables: bases.filter((b, i) => i === 0 || b.name !== bases[i - 1].name),
    columnUses,
    relations: bases
  };
}
function splitTop(tokens, from, to) {
  const out = [];
  let depth = 0;
  let start = from;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.kind === "open" || t.kind === "lbracket") depth++;
    else if (t.kind === "close" || t.kind === "rbracket") depth--;
    else if (t.kind === "comma" && depth === 0) {
      out.push([start, k]);
      start = k + 1;
    }
  }
  out.push([start, to]);
  for (const [s, e] of out) if (e <= s) decline();
  return out;
}
function singleColumn(tokens, s, e, qualifierOk) {
  const name = (t) => t?.kind === "quoted" ? t.text : t?.kind === "word" && !NOT_A_COLUMN.has(t.text) ? t.raw : void 0;
  [s, e] = unwrap2(tokens, s, e);
  if (e - s === 1) {
    const c = name(tokens[s]);
    return c === void 0 ? void 0 : { c };
  }
  if (e - s === 3 && tokens[s + 1].kind === "dot") {
    const q = name(tokens[s]);
    const c = name(tokens[s + 2]);
    if (q === void 0 || c === void 0) return void 0;
    if (!qualifierOk(q)) decline();
    return { q, c };
  }
  return void 0;
}
function endsOperand(t) {
  if (!t) return false;
  if (t.kind === "word") return !NOT_A_COLUMN.has(t.text) || /^(END|NULL|TRUE|FALSE)$/.test(t.text);
  return t.kind === "quoted" || t.kind === "string" || t.kind === "number" || t.kind === "close";
}
function unwrap2(tokens, s, e) {
  while (e - s > 2 && tokens[s].kind === "open" && matching(tokens, s) === e - 1) {
    s++;
    e--;
  }
  return [s, e];
}
function isLiteral(tokens, s, e) {
  const t = tokens[s];
  if (e - s === 1)
    return t.kind === "string" && t.text !== "TYPED" || t.kind === "number" || t.kind === "word" && (t.text === "NULL" || t.text === "TRUE" || t.text === "FALSE");
  return e - s === 2 && t.kind === "op" && t.text === "-" && tokens[s + 1].kind === "number";
}
function isCast(tokens, s, e) {
  const t = tokens[s];
  if (t.kind !== "word" || t.text !== "CAST" && t.text !== "TRY_CAST") return false;
  return tokens[s + 1]?.kind === "open" && matching(tokens, s + 1) === e - 1;
}
function matching(tokens, open) {
  let depth = 0;
  for (let k = open; k < tokens.length; k++) {
    if (tokens[k].kind === "open") depth++;
    else if (tokens[k].kind === "close" && --depth === 0) return k;
  }
  return decline();
}
function orderItemEnd(tokens, s, e) {
  let end = e;
  if (word(tokens, end - 2, "NULLS")) {
    if (!word(tokens, end - 1, "FIRST") && !word(tokens, end - 1, "LAST")) decline();
    end -= 2;
  }
  if (word(tokens, end - 1, "ASC") || word(tokens, end - 1, "DESC")) end--;
  if (end <= s) decline();
  return end;
}
function plainExpressionList(tokens, s, e) {
  for (const [ps, pe] of splitTop(tokens, s, e))
    expression(tokens, ps, orderItemEnd(tokens, ps, pe), () => true);
}
var BINARY = /* @__PURE__ */ new Set(["=", "<>", "!=", "<", ">", "<=", ">=", "+", "*", "/", "%", "||"]);
var NOT_IN_BOUND = /* @__PURE__ */ new Set(["AND", "OR", "NOT", "IS", "IN", "LIKE", "BETWEEN"]);
function expression(tokens, s, e, qualifierOk, windows = false, list = false) {
  const refs = [];
  let aggregate = false;
  let prevValue = false;
  const sub = (from, to, asList = false) => {
    const x = expression(tokens, from, to, qualifierOk, windows, asList);
    refs.push(...x.refs);
    if (x.aggregate) aggregate = true;
  };
  const operand = () => {
    if (prevValue) decline();
    prevValue = true;
  };
  if (s === e) {
    if (list) return { refs, aggregate };
    decline();
  }
  for (let k = s; k < e; k++) {
    const t = tokens[k];
    switch (t.kind) {
      case "string":
      case "number":
        operand();
        break;
      case "op":
        if (BINARY.has(t.text)) {
          if (!prevValue) decline();
        } else if (t.text !== "-") decline();
        prevValue = false;
        break;
      case "comma":
        if (!list || !prevValue) decline();
        prevValue = false;
        break;
      case "dot":
      case "rbracket":
      case "close":
        decline();
        break;
      case "open": {
        operand();
        const close = matching(tokens, k);
        if (close >= e) decline();
        sub(k + 1, close);
        k = close;
        break;
      }
      case "lbracket": {
        if (!prevValue) decline();
        const close = bracketEnd(tokens, k, e);
        sub(k + 1, close);
        k = close;
        break;
      }
      case "quoted":
      case "word": {
        const next = tokens[k + 1];
        if (t.kind === "word") {
          switch (t.text) {
            case "AND":
            case "OR":
              if (!prevValue) decline();
              prevValue = false;
              continue;
            case "NOT":
              if (prevValue && !(word(tokens, k + 1, "IN") || word(tokens, k + 1, "LIKE") || word(tokens, k + 1, "BETWEEN")))
                decline();
              if (!prevValue && (word(tokens, k + 1, "IN") || word(tokens, k + 1, "LIKE") || word(tokens, k + 1, "BETWEEN")))
                decline();
              if (!prevValue) continue;
              continue;
            // keeps prevValue for the IN / LIKE / BETWEEN that follows
            case "IS": {
              if (!prevValue) decline();
              let j = k + 1;
              if (word(tokens, j, "NOT")) j++;
              const v = tokens[j];
              if (!(v?.kind === "word" && /^(NULL|TRUE|FALSE)$/.test(v.text)) || j >= e) decline();
              const after = tokens[j + 1];
              if (j + 1 < e && after?.kind === "op") decline();
              k = j;
              prevValue = true;
              continue;
            }
            case "NULL":
            case "TRUE":
            case "FALSE":
              operand();
              continue;
            case "IN": {
              if (!prevValue || tokens[k + 1]?.kind !== "open") decline();
              const close = matching(tokens, k + 1);
              if (close >= e || close === k + 2) decline();
              sub(k + 2, close, true);
              k = close;
              prevValue = true;
              continue;
            }
            case "LIKE":
              if (!prevValue) decline();
              prevValue = false;
              continue;
            case "BETWEEN": {
              if (!prevValue) decline();
              let d = 0;
              let and = -1;
              for (let j = k + 1; j < e; j++) {
                const u = tokens[j];
                if (u.kind === "open" || u.kind === "lbracket") d++;
                else if (u.kind === "close" || u.kind === "rbracket") d--;
                else if (d === 0 && u.kind === "word") {
                  if (u.text === "AND") {
                    and = j;
                    break;
                  }
                  if (NOT_IN_BOUND.has(u.text) || u.text === "CASE") decline();
                } else if (d === 0 && u.kind === "op" && !/^[-+*/%]$|^\|\|$/.test(u.text))
                  decline();
              }
              if (and < 0) decline();
              sub(k + 1, and);
              k = and;
              prevValue = false;
              continue;
            }
            case "CASE": {
              operand();
              k = caseExpression(tokens, k, e, sub);
              continue;
            }
            case "WHEN":
            case "THEN":
            case "ELSE":
            case "END":
              decline();
          }
        }
        if (t.kind === "word" && next?.kind === "open" && k + 1 < e) {
          operand();
          const close = matching(tokens, k + 1);
          if (close >= e) decline();
          if (t.text === "CAST" || t.text === "TRY_CAST") {
            let asAt = -1;
            let d = 0;
            for (let j = k + 2; j < close; j++) {
              const u = tokens[j];
              if (u.kind === "open") d++;
              else if (u.kind === "close") d--;
              else if (d === 0 && u.kind === "word" && u.text === "AS") {
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
          if (!fn) decline();
          const after = tokens[close + 1];
          const over = close + 1 < e && after?.kind === "word" && after.text === "OVER";
          if (close + 1 < e && after?.kind === "word" && /^(FILTER|WITHIN|IGNORE|RESPECT)$/.test(after.text))
            decline();
          const star = t.text === "COUNT" && close === k + 3 && tokens[k + 2].kind === "op" && tokens[k + 2].text === "*";
          if (!star) {
            if (word(tokens, k + 2, "DISTINCT") || word(tokens, k + 2, "ALL")) decline();
            const n = close === k + 2 ? 0 : splitTop(tokens, k + 2, close).length;
            if (n < fn.min || n > fn.max) decline();
            sub(k + 2, close, true);
          } else if (fn.kind !== "aggregate") decline();
          if (fn.kind === "aggregate") aggregate = true;
          if (fn.kind === "window" && !over) decline();
          k = close;
          if (over) {
            if (!windows || fn.kind === "scalar") decline();
            refs.push(...windowSpec(tokens, close + 2, e, qualifierOk));
            k = matching(tokens, close + 2);
          }
          break;
        }
        if (t.kind === "word" && NOT_A_COLUMN.has(t.text)) decline();
        operand();
        const name = t.kind === "quoted" ? t.text : t.raw;
        if (next?.kind === "dot" && k + 1 < e) {
          const c = tokens[k + 2];
          if (k + 2 >= e || !c || c.kind !== "word" && c.kind !== "quoted") decline();
          if (c.kind === "word" && NOT_A_COLUMN.has(c.text)) decline();
          if (tokens[k + 3]?.kind === "dot" && k + 3 < e) decline();
          if (tokens[k + 3]?.kind === "open" && k + 3 < e) decline();
          if (!qualifierOk(name)) decline();
          refs.push({ q: name, c: c.kind === "quoted" ? c.text : c.raw });
          k += 2;
        } else refs.push({ c: name });
        break;
      }
    }
  }
  if (!prevValue) decline();
  return { refs, aggregate };
}
function bracketEnd(tokens, open, e) {
  let d = 0;
  for (let j = open; j < e; j++) {
    const u = tokens[j];
    if (u.kind === "lbracket") d++;
    else if (u.kind === "rbracket" && --d === 0) return j;
  }
  return decline();
}
function caseExpression(tokens, at, e, sub) {
  const marks = [];
  let paren = 0;
  let nested = 0;
  let end = -1;
  for (let j = at + 1; j < e; j++) {
    const u = tokens[j];
    if (u.kind === "open" || u.kind === "lbracket") paren++;
    else if (u.kind === "close" || u.kind === "rbracket") {
      if (--paren < 0) decline();
    } else if (paren === 0 && u.kind === "word") {
      if (u.text === "CASE") nested++;
      else if (u.text === "END") {
        if (nested === 0) {
          end = j;
          break;
        }
        nested--;
      } else if (nested === 0 && /^(WHEN|THEN|ELSE)$/.test(u.text)) marks.push(j);
    }
  }
  if (end < 0 || marks.length < 2) decline();
  let from = at + 1;
  let i = 0;
  if (!word(tokens, marks[0], "WHEN")) decline();
  if (marks[0] > from) sub(from, marks[0]);
  while (i < marks.length && word(tokens, marks[i], "WHEN")) {
    if (!word(tokens, marks[i + 1], "THEN")) decline();
    const whenAt = marks[i];
    const thenAt = marks[i + 1];
    const next = marks[i + 2] ?? end;
    if (thenAt === whenAt + 1 || next === thenAt + 1) decline();
    sub(whenAt + 1, thenAt);
    sub(thenAt + 1, next);
    i += 2;
  }
  if (i < marks.length) {
    if (i !== marks.length - 1 || !word(tokens, marks[i], "ELSE")) decline();
    from = marks[i] + 1;
    if (from === end) decline();
    sub(from, end);
  }
  return end;
}
function windowSpec(tokens, open, e, qualifierOk) {
  if (tokens[open]?.kind !== "open") decline();
  const close = matching(tokens, open);
  if (close >= e) decline();
  const refs = [];
  let k = open + 1;
  const listEnd = (from) => {
    let d = 0;
    for (let j = from; j < close; j++) {
      const u = tokens[j];
      if (u.kind === "open") d++;
      else if (u.kind === "close") d--;
      else if (d === 0 && u.kind === "word" && /^(ORDER|ROWS|RANGE|GROUPS)$/.test(u.text)) return j;
    }
    return close;
  };
  if (word(tokens, k, "PARTITION") && word(tokens, k + 1, "BY")) {
    const end = listEnd(k + 2);
    for (const [ps, pe] of splitTop(tokens, k + 2, end)) {
      const x = expression(tokens, ps, pe, qualifierOk);
      if (x.aggregate) decline();
      refs.push(...x.refs);
    }
    k = end;
  }
  if (word(tokens, k, "ORDER") && word(tokens, k + 1, "BY")) {
    const end = listEnd(k + 2);
    if (end !== close) decline();
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
function word(tokens, k, w) {
  return tokens[k]?.kind === "word" && tokens[k].text === w;
}
function checkType(tokens, s, e) {
  const end = typeAt(tokens, s, e);
  if (end !== e) decline();
}
function typeAt(tokens, s, e) {
  const t = tokens[s];
  if (t?.kind !== "word" || s >= e || t.text === "ROW") decline();
  let k = s + 1;
  if (t.text === "DOUBLE" && word(tokens, k, "PRECISION")) k++;
  if (tokens[k]?.kind === "open" && k < e) {
    const close = matching(tokens, k);
    if (close >= e) decline();
    const inner = splitTop(tokens, k + 1, close);
    if (t.text === "ARRAY" || t.text === "MAP") {
      for (const [a, b] of inner) if (typeAt(tokens, a, b) !== b) decline();
    } else if (!inner.every(([a, b]) => b === a + 1 && tokens[a].kind === "number")) decline();
    k = close + 1;
  }
  if ((word(tokens, k, "WITH") || word(tokens, k, "WITHOUT")) && k < e) {
    if (!word(tokens, k + 1, "TIME") || !word(tokens, k + 2, "ZONE") || k + 2 >= e) decline();
    k += 3;
  }
  return k;
}

// src/columns/polyglot.ts
function polyglotUrl() {
  const require2 = createRequire(import.meta.url);
  for (const rel of ["./vendor/polyglot/index.node.js", "../vendor/polyglot/index.node.js"]) {
    const url = new URL(rel, import.meta.url);
    if (url.protocol !== "file:") continue;
    try {
      require2.resolve(fileURLToPath(url));
      return url.href;
    } catch {
    }
  }
  const wasm = require2.resolve("@polyglot-sql/sdk/polyglot_sql.wasm");
  return pathToFileURL(join(dirname(wasm), "index.node.js")).href;
}
var SET_OPS = /\b(union|intersect|except)\b/gi;
function guard(sql, budget, mode) {
  if (sql.length > budget.maxChars)
    return { unknown: `rendered SQL longer than ${budget.maxChars} characters` };
  if (mode === "parse") return void 0;
  const ops = sql.match(SET_OPS)?.length ?? 0;
  if (ops > budget.maxSetOperations) {
    return {
      unknown: `${ops + 1} set-operation branches (more than ${budget.maxSetOperations + 1}): analysis skipped`
    };
  }
  return void 0;
}
function runWith(pg, sql, dialect, schema, mode = "full") {
  const slim = (x) => {
    const { projections, baseTables, columnUses, relations } = x;
    return { projections, baseTables, columnUses, relations };
  };
  const t0 = Date.now();
  if (mode === "analysis") {
    const a2 = pg.analyzeQuery(sql, { dialect, schema });
    if (!a2.success || !a2.analysis)
      return { unknown: `analysis: ${String(a2.error ?? "failed").slice(0, 300)}` };
    return {
      ast: null,
      analysis: slim(a2.analysis),
      ms: { parse: 0, analysis: Date.now() - t0 }
    };
  }
  const p = pg.parse(sql, dialect);
  const t1 = Date.now();
  if (!p.success || !p.ast)
    return { unknown: `parse: ${String(p.error ?? "failed").slice(0, 300)}` };
  const statements = p.ast.filter((s) => s !== null);
  if (statements.length !== 1)
    return { unknown: `${statements.length} SQL statements (a model is one query)` };
  let stmt = statements[0];
  for (let i = 0; i < 3 && stmt && "annotated" in stmt; i++) {
    stmt = stmt.annotated.this;
  }
  const kind = Object.keys(stmt)[0];
  if (kind === "function" || kind === "anonymous") {
    return {
      unknown: "the rendered model is a single function call (a package macro that builds the query?)"
    };
  }
  if (kind !== "select" && kind !== "union" && kind !== "intersect" && kind !== "except") {
    return { unknown: `the statement is a ${String(kind)}, not a query` };
  }
  if (mode === "parse")
    return {
      ast: stmt,
      analysis: { projections: [], baseTables: [] },
      ms: { parse: t1 - t0, analysis: 0 }
    };
  const a = pg.analyzeQuery(sql, { dialect, schema });
  if (!a.success || !a.analysis)
    return { unknown: `analysis: ${String(a.error ?? "failed").slice(0, 300)}` };
  const t2 = Date.now();
  return {
    ast: stmt,
    analysis: slim(a.analysis),
    ms: { parse: t1 - t0, analysis: t2 - t1 }
  };
}
function reserve(exports, bytes) {
  const malloc = exports?.__wbindgen_export;
  const free = exports?.__wbindgen_export4;
  if (!(bytes > 0) || typeof malloc !== "function" || typeof free !== "function") return;
  try {
    const ptr = malloc(bytes, 8) >>> 0;
    if (ptr !== 0) free(ptr, bytes, 8);
  } catch {
  }
}
var WORKER_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const heap = require('node:v8').getHeapStatistics;
${runWith.toString()}
${reserve.toString()}
// The first message: polyglot compiled once for every worker of the process, or nothing.
parentPort.once('message', ({ compiled }) => {
// polyglot's WebAssembly exports, caught as its loader instantiates them (for the reserve below)
let wasm;
const instantiate = WebAssembly.instantiate, streaming = WebAssembly.instantiateStreaming;
const catchExports = (r) => { wasm = (r && (r.instance || r).exports) || wasm; return r; };
// With the shared module, the loader's bytes are not compiled again; if it does not fit this
// loader (another polyglot build), they are.
const fromShared = (fallback) => (source, imports) =>
  compiled && !(source instanceof WebAssembly.Module)
    ? instantiate(compiled, imports).then((instance) => ({ module: compiled, instance }), () => fallback(source, imports))
    : fallback(source, imports);
WebAssembly.instantiate = (...a) => fromShared((x, i) => instantiate(x, i))(...a).then(catchExports);
WebAssembly.instantiateStreaming = (...a) => fromShared((x, i) => streaming(x, i))(...a).then(catchExports);
import(workerData.url).then((pg) => {
  WebAssembly.instantiate = instantiate;
  WebAssembly.instantiateStreaming = streaming;
  reserve(wasm, workerData.reserveBytes);
  parentPort.on('message', (m) => {
    parentPort.postMessage({ started: m.id });
    let out;
    try { out = runWith(pg, m.sql, m.dialect, m.schema, m.mode); }
    catch (err) { out = { unknown: 'polyglot failed: ' + String(err && err.message || err).slice(0, 300) }; }
    // this thread's memory outside the JS heap: polyglot's WebAssembly memory, above all
    parentPort.postMessage({ id: m.id, out, external: heap().external_memory });
  });
  parentPort.postMessage({ ready: true });
}, (err) => parentPort.postMessage({ loadError: String(err && err.message || err) }));
});
`;
var compile = (bytes) => globalThis.WebAssembly.compile(bytes);
var compiledModules = /* @__PURE__ */ new Map();
function compiledPolyglot(url, read) {
  let compiled = compiledModules.get(url);
  if (!compiled) {
    compiled = Promise.resolve().then(() => read(url)).then((bytes) => compile(bytes)).catch(() => void 0);
    compiledModules.set(url, compiled);
  }
  return compiled;
}
function workerRunner(options = {}) {
  const timeoutMs = options.timeoutMs ?? 5e3;
  const recycleBytes = options.recycleBytes ?? 512 * 1024 * 1024;
  const reserveBytes = options.reserveBytes ?? 256 * 1024 * 1024;
  const loadTimeoutMs = options.loadTimeoutMs ?? 6e4;
  const depth = Math.max(1, Math.min(64, Math.floor(options.inFlight ?? 8)));
  const b = {
    maxChars: options.maxChars ?? 4e5,
    maxSetOperations: options.maxSetOperations ?? 400
  };
  let worker;
  let starting;
  let seq = 0;
  let recycled = 0;
  let loadFailures = 0;
  let gaveUp;
  const queue = [];
  const posted = /* @__PURE__ */ new Map();
  let idle;
  const settle = (job, r) => {
    if (job.timer) clearTimeout(job.timer);
    posted.delete(job.id);
    job.resolve(r);
    if (posted.size === 0 && queue.length === 0) idle?.();
  };
  const drop = (w) => {
    if (worker !== w) return;
    worker = void 0;
    void w.terminate();
    const back = [...posted.values()];
    posted.clear();
    for (const job of back) {
      if (job.timer) clearTimeout(job.timer);
      job.timer = void 0;
    }
    queue.unshift(...back);
  };
  const failAll = (reason) => {
    for (const job of [...posted.values(), ...queue.splice(0)]) settle(job, { unknown: reason });
  };
  const start = () => {
    if (starting || worker || gaveUp) return;
    const url = options.moduleUrl ?? polyglotUrl();
    const w = new Worker(WORKER_CODE, { eval: true, workerData: { url, reserveBytes } });
    w.unref();
    starting = w;
    void (options.readWasm ? compiledPolyglot(url, options.readWasm) : Promise.resolve()).then(
      (compiled) => w.postMessage({ compiled })
    );
    const loadTimer = setTimeout(
      () => setImmediate(() => loadFailed(w, new Error("polyglot did not load in time"))),
      loadTimeoutMs
    );
    loadTimer.unref();
    const loadFailed = (lw, err) => {
      clearTimeout(loadTimer);
      if (starting !== lw) return;
      starting = void 0;
      void lw.terminate();
      if (++loadFailures >= 3) {
        gaveUp = err;
        failAll(`polyglot unavailable: ${err.message}`);
      } else start();
    };
    w.on(
      "message",
      (m) => {
        if (m.ready) {
          if (starting !== w) return;
          clearTimeout(loadTimer);
          starting = void 0;
          loadFailures = 0;
          worker = w;
          pump();
        } else if (m.loadError) {
          loadFailed(w, new Error(m.loadError));
        } else if (m.started !== void 0) {
          const job = posted.get(m.started);
          if (job && worker === w) {
            job.timer = setTimeout(
              () => setImmediate(() => {
                if (!posted.has(job.id) || worker !== w) return;
                posted.delete(job.id);
                drop(w);
                settle(job, { unknown: `analysis took longer than ${timeoutMs} ms` });
                pump();
              }),
              timeoutMs
            );
          }
        } else if (m.id !== void 0 && m.out) {
          const job = posted.get(m.id);
          if (job && worker === w) {
            settle(job, m.out);
            if ((m.external ?? 0) > recycleBytes) {
              recycled++;
              drop(w);
            }
            pump();
          }
        }
      }
    );
    w.on("error", (err) => {
      if (starting === w) return loadFailed(w, err);
      if (worker !== w) return;
      worker = void 0;
      for (const job of [...posted.values()])
        settle(job, { unknown: `polyglot worker failed: ${err.message}` });
      pump();
    });
  };
  const pump = () => {
    if (!worker) {
      if (queue.length) start();
      return;
    }
    while (posted.size < depth && queue.length) {
      const job = queue.shift();
      posted.set(job.id, job);
      worker.postMessage({ id: job.id, ...job.message });
    }
  };
  return {
    run(sql, dialect, schema, mode = "full") {
      const g = guard(sql, b, mode);
      if (g) return Promise.resolve(g);
      if (gaveUp) return Promise.resolve({ unknown: `polyglot unavailable: ${gaveUp.message}` });
      return new Promise((resolve) => {
        queue.push({
          id: ++seq,
          message: { sql, dialect: polyglotDialect(dialect), schema, mode },
          resolve
        });
        pump();
      });
    },
    async close() {
      if (posted.size || queue.length) await new Promise((r) => idle = r);
      const w = worker;
      worker = void 0;
      if (w) await w.terminate();
      const loading = starting;
      starting = void 0;
      if (loading) await loading.terminate();
    },
    warm() {
      if (!worker && !starting) start();
    },
    get recycled() {
      return recycled;
    }
  };
}
function workerPool(options = {}) {
  const n = Math.max(1, Math.min(16, Math.floor(options.workers ?? 1)));
  if (n === 1) return workerRunner(options);
  const runners = Array.from({ length: n }, () => ({ runner: workerRunner(options), busy: 0 }));
  return {
    async run(sql, dialect, schema, mode) {
      const slot = runners.reduce((a, b) => b.busy < a.busy ? b : a);
      slot.busy++;
      try {
        return await slot.runner.run(sql, dialect, schema, mode);
      } finally {
        slot.busy--;
      }
    },
    async close() {
      await Promise.all(runners.map((r) => r.runner.close()));
    },
    warm() {
      for (const r of runners) r.runner.warm?.();
    }
  };
}
var MEMO_ENTRIES = 5e3;
var MEMO_CHARS = 16 * 1024 * 1024;
function deepFreeze(value) {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
function memoizedAnalyses(runner) {
  const memo = /* @__PURE__ */ new Map();
  let chars = 0;
  const forget = (key) => {
    if (memo.delete(key)) chars -= key.length;
  };
  return {
    run(sql, dialect, schema, mode = "full") {
      if (mode !== "analysis") return runner.run(sql, dialect, schema, mode);
      const key = `${dialect}\0${JSON.stringify(schema)}\0${sql}`;
      if (key.length > MEMO_CHARS / 64) return runner.run(sql, dialect, schema, mode);
      const hit = memo.get(key);
      if (hit)
        return hit.then((r) => "unknown" in r ? r : { ...r, ms: { parse: 0, analysis: 0 } });
      const answer = runner.run(sql, dialect, schema, mode).then((r) => {
        if ("unknown" in r && !/took longer than/.test(r.unknown)) forget(key);
        return deepFreeze(r);
      });
      memo.set(key, answer);
      chars += key.length;
      while (memo.size > MEMO_ENTRIES || chars > MEMO_CHARS)
        forget(memo.keys().next().value);
      return answer;
    },
    close: () => runner.close()
  };
}
var PLAIN_NAME = /^[a-z_][a-z0-9_]*$/i;
var WORDS = /[a-z_][a-z0-9_]*/gi;
var FROM_FIRST = /(?:^|\(|\b(?:union|intersect|except)(?:\s+(?:all|distinct))?(?:\s+by\s+name)?)\s*from\b/;
function schemaNamedIn(text, tables, dialect) {
  const lower2 = text.toLowerCase();
  const named = tables.filter((t) => lower2.includes(t.name.toLowerCase()));
  if (named.length === 0 || dialect === "duckdb" || lower2.includes("|>") || lower2.includes("*") || /\bnatural\b/.test(lower2) || FROM_FIRST.test(lower2))
    return { tables: named, strict: false };
  const words = new Set(lower2.match(WORDS));
  return {
    tables: named.map((t) => {
      const columns = t.columns.filter(
        (c) => !PLAIN_NAME.test(c.name) || words.has(c.name.toLowerCase())
      );
      if (columns.length === t.columns.length) return t;
      return { ...t, columns: columns.length > 0 ? columns : t.columns.slice(0, 1) };
    }),
    strict: false
  };
}
function constantRows(width) {
  return {
    projections: Array.from({ length: width }, (_, index) => ({
      index,
      name: null,
      isStar: false,
      transformKind: "constant",
      upstream: []
    })),
    baseTables: [],
    columnUses: []
  };
}
async function analyzeSplit(plan, sql, dialect, schema, runner, structure) {
  const skip = !structure && plan.grain !== void 0;
  const parsed = skip ? { ast: null, ms: { parse: 0 } } : await runner.run(sql, dialect, { tables: [], strict: false }, "parse");
  if ("unknown" in parsed) return parsed;
  const ms = { parse: parsed.ms?.parse ?? 0, analysis: 0 };
  const virtual = new VirtualTables();
  const analyse = async (piece) => {
    const named = schemaNamedIn(piece, [...schema.tables, ...virtual.schemaTables()], dialect);
    const simple = traceSimpleSelect(piece, dialect, named);
    if (simple) return simple;
    const r = await runner.run(piece, dialect, named, "analysis");
    if ("unknown" in r) return /longer than|unavailable/.test(r.unknown) ? r : void 0;
    ms.analysis += r.ms?.analysis ?? 0;
    return r.analysis;
  };
  for (const step of plan.steps) {
    const pieces = step.kind === "union" ? step.branches : step.piece ? [step.piece] : [];
    const done = await Promise.all(
      pieces.map((p) => typeof p === "string" ? analyse(p) : constantRows(p.constants))
    );
    const stop = done.find((b) => b !== void 0 && "unknown" in b);
    if (stop) return stop;
    if (done.some((b) => b === void 0)) return void 0;
    const analyses = done;
    if (step.kind === "union") virtual.add(step.name, analyses);
    else virtual.addCte(step.name, step.columns, analyses[0]);
  }
  const outer = await analyse(plan.outer);
  if (outer === void 0 || "unknown" in outer) return outer;
  return {
    ast: parsed.ast,
    ...skip && { grain: plan.grain },
    analysis: virtual.resolve(outer, plan.root, plan.originals),
    ms
  };
}
async function analyzeQuery(sql, dialect, schema, runner, split = true, structure = true) {
  const plan = split ? planSplit(
    sql,
    dialect,
    schema.tables.map((t) => t.name)
  ) : void 0;
  const whole = plan ?? (split && !structure ? plainPlan(sql, dialect) : void 0);
  return (whole && await analyzeSplit(whole, sql, dialect, schema, runner, structure)) ?? await runner.run(sql, dialect, schemaNamedIn(sql, schema.tables, dialect));
}
async function analyzeModel(rendered, dialect, upstreamColumns, runner, time, structure = true) {
  const sql = hexLiterals(stripComments(rendered.sql, dialect), dialect);
  const schema = schemaFor(rendered.relations, upstreamColumns);
  const raw = await analyzeQuery(sql, dialect, schema, runner, true, structure);
  if ("unknown" in raw) return raw;
  const t0 = performance.now();
  const out = modelColumnsFrom(raw, dialect, rendered.relations);
  if (time) {
    time.parse += raw.ms?.parse ?? 0;
    time.analysis += raw.ms?.analysis ?? 0;
    time.structure += performance.now() - t0;
  }
  return out;
}

export {
  UNSTRUCTURED,
  polyglotUrl,
  workerRunner,
  workerPool,
  memoizedAnalyses,
  analyzeModel
};
