import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/columns/polyglot.ts
import { Worker } from "node:worker_threads";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

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
function stripComments(sql, dialect) {
  if (!sql.includes("--") && !sql.includes("/*")) return sql;
  const backslash = dialect !== "postgres" && dialect !== "redshift" && dialect !== "trino" && dialect !== "duckdb";
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
  if (dialect !== "trino" || !/0x[0-9a-f]/i.test(sql)) return sql;
  let out = "";
  let from = 0;
  let i = 0;
  const n = sql.length;
  const word = /[\w$.]/;
  while (i < n) {
    const c = sql[i];
    if (c === "'" || c === '"' || c === "`") {
      let j = i + 1;
      while (j < n && !(sql[j] === c && sql[j + 1] !== c)) j += sql[j] === c ? 2 : 1;
      i = j + 1;
    } else if (c === "0" && (sql[i + 1] === "x" || sql[i + 1] === "X") && !word.test(sql[i - 1] ?? " ")) {
      let j = i + 2;
      while (j < n && /[0-9a-fA-F]/.test(sql[j])) j++;
      if (j > i + 2 && !word.test(sql[j] ?? " ")) {
        out += `${sql.slice(from, i)}X'${sql.slice(i + 2, j)}'`;
        from = j;
      }
      i = j;
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
function modelColumnsFrom(raw, dialect, relations) {
  const a = raw.analysis;
  let shaped;
  try {
    shaped = shapeWithCtes(raw.ast);
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
    for (const r of p.upstream) {
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
function guard(sql, budget) {
  if (sql.length > budget.maxChars)
    return { unknown: `rendered SQL longer than ${budget.maxChars} characters` };
  const ops = sql.match(SET_OPS)?.length ?? 0;
  if (ops > budget.maxSetOperations) {
    return {
      unknown: `${ops + 1} set-operation branches (more than ${budget.maxSetOperations + 1}): analysis skipped`
    };
  }
  return void 0;
}
function runWith(pg, sql, dialect, schema) {
  const t0 = Date.now();
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
  const a = pg.analyzeQuery(sql, { dialect, schema });
  if (!a.success || !a.analysis)
    return { unknown: `analysis: ${String(a.error ?? "failed").slice(0, 300)}` };
  const t2 = Date.now();
  return {
    ast: stmt,
    analysis: a.analysis,
    ms: { parse: t1 - t0, analysis: t2 - t1 }
  };
}
var WORKER_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
${runWith.toString().replace(/^function runWith/, "function runWith")}
import(workerData.url).then((pg) => {
  parentPort.on('message', (m) => {
    let out;
    try { out = runWith(pg, m.sql, m.dialect, m.schema); }
    catch (err) { out = { unknown: 'polyglot failed: ' + String(err && err.message || err).slice(0, 300) }; }
    parentPort.postMessage({ id: m.id, out });
  });
  parentPort.postMessage({ ready: true });
}, (err) => parentPort.postMessage({ loadError: String(err && err.message || err) }));
`;
function workerRunner(options = {}) {
  const timeoutMs = options.timeoutMs ?? 5e3;
  const loadTimeoutMs = options.loadTimeoutMs ?? 6e4;
  const b = {
    maxChars: options.maxChars ?? 4e5,
    maxSetOperations: options.maxSetOperations ?? 400
  };
  let worker;
  let ready;
  let seq = 0;
  let loadFailures = 0;
  let gaveUp;
  let chain = Promise.resolve();
  const pending = /* @__PURE__ */ new Map();
  const start = () => {
    const url = options.moduleUrl ?? polyglotUrl();
    const w = new Worker(WORKER_CODE, { eval: true, workerData: { url } });
    w.unref();
    worker = w;
    ready = new Promise((resolve, reject) => {
      const t = setTimeout(
        () => setImmediate(() => reject(new Error("polyglot did not load in time"))),
        loadTimeoutMs
      );
      w.on(
        "message",
        (m) => {
          if (m.ready) {
            clearTimeout(t);
            resolve();
          } else if (m.loadError) {
            clearTimeout(t);
            reject(new Error(m.loadError));
          } else if (m.id !== void 0 && m.out) {
            pending.get(m.id)?.(m.out);
            pending.delete(m.id);
          }
        }
      );
      w.on("error", (err) => {
        clearTimeout(t);
        reject(err);
        for (const [id, f] of pending) {
          f({ unknown: `polyglot worker failed: ${err.message}` });
          pending.delete(id);
        }
      });
    });
    return ready;
  };
  const one = async (sql, dialect, schema) => {
    const g = guard(sql, b);
    if (g) return g;
    if (gaveUp) throw gaveUp;
    try {
      if (!worker) await start();
      else await ready;
      loadFailures = 0;
    } catch (err) {
      const w2 = worker;
      worker = void 0;
      if (w2) void w2.terminate();
      if (++loadFailures >= 3) gaveUp = err instanceof Error ? err : new Error(String(err));
      throw err;
    }
    const w = worker;
    const id = ++seq;
    return new Promise((resolve) => {
      const t = setTimeout(
        () => setImmediate(() => {
          if (!pending.has(id)) return;
          pending.delete(id);
          if (worker === w) worker = void 0;
          void w.terminate();
          resolve({ unknown: `analysis took longer than ${timeoutMs} ms` });
        }),
        timeoutMs
      );
      pending.set(id, (r) => {
        clearTimeout(t);
        resolve(r);
      });
      w.postMessage({ id, sql, dialect: polyglotDialect(dialect), schema });
    });
  };
  return {
    run(sql, dialect, schema) {
      const p = chain.then(() => one(sql, dialect, schema)).catch((err) => ({
        unknown: `polyglot unavailable: ${err instanceof Error ? err.message : String(err)}`
      }));
      chain = p;
      return p;
    },
    async close() {
      await chain.catch(() => void 0);
      const w = worker;
      worker = void 0;
      if (w) await w.terminate();
    }
  };
}
function workerPool(options = {}) {
  const n = Math.max(1, Math.min(16, Math.floor(options.workers ?? 1)));
  if (n === 1) return workerRunner(options);
  const runners = Array.from({ length: n }, () => ({ runner: workerRunner(options), busy: 0 }));
  return {
    async run(sql, dialect, schema) {
      const slot = runners.reduce((a, b) => b.busy < a.busy ? b : a);
      slot.busy++;
      try {
        return await slot.runner.run(sql, dialect, schema);
      } finally {
        slot.busy--;
      }
    },
    async close() {
      await Promise.all(runners.map((r) => r.runner.close()));
    }
  };
}
async function analyzeModel(rendered, dialect, upstreamColumns, runner, time) {
  const raw = await runner.run(
    hexLiterals(stripComments(rendered.sql, dialect), dialect),
    dialect,
    schemaFor(rendered.relations, upstreamColumns)
  );
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
  polyglotUrl,
  workerRunner,
  workerPool,
  analyzeModel
};
