import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  BUDGET_REASON,
  analyseOn,
  detectProjectDialect,
  renderOn,
  sideOf,
  varsOf
} from "./chunk-NRO4MKLK.js";
import {
  UNSTRUCTURED,
  memoizedAnalyses,
  workerPool
} from "./chunk-AWH5H23T.js";
import {
  DATA_KINDS
} from "./chunk-EQVOFDNJ.js";

// src/columns/lineage.ts
var DEFAULT_TIMEOUT_MS = 5e3;
var MAX_COLUMNS = 2e3;
var MAX_UPSTREAM = 500;
var MAX_ROW_USES = 2e3;
function reasonClass(reason) {
  if (reason === BUDGET_REASON) return "budget";
  if (reason.startsWith("render: ")) return "render";
  if (reason.startsWith("a Python model")) return "python";
  if (reason.startsWith("polyglot unavailable") || reason.startsWith("polyglot worker failed"))
    return "polyglot unavailable";
  if (reason.startsWith("analysis took longer")) return "timeout";
  if (/set-operation branches|rendered SQL longer/.test(reason)) return "too large";
  if (reason.startsWith("parse: ") || / SQL statements \(/.test(reason) || reason.startsWith("the statement is a") || reason.startsWith("the rendered model is a single function call"))
    return "parse";
  if (reason.startsWith("analysis: ") || reason.startsWith("structure: ") || reason.startsWith("polyglot failed"))
    return "analysis";
  return "other";
}
var compare = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function relationName(rel, fallback) {
  if (!rel) return fallback;
  if (rel.kind === "source") return `${rel.source}.${rel.table}`;
  if (rel.kind === "ref") return rel.package ? `${rel.package}.${rel.name}` : rel.name;
  return rel.name;
}
function slim(a) {
  if ("unknown" in a) return a;
  return {
    ...a,
    rowAffecting: [],
    shape: UNSTRUCTURED
  };
}
function exportModel(node, done) {
  const head = {
    name: node.display,
    kind: node.kind,
    project: node.project,
    path: node.path
  };
  const a = done.analysis;
  if ("unknown" in a)
    return {
      ...head,
      status: "unknown",
      unknown: a.unknown,
      reads: [],
      columns: [],
      rowAffecting: []
    };
  const nameOf = (r) => {
    if (Object.hasOwn(done.upstream, r.relation)) return done.upstream[r.relation];
    const rel = done.relations && Object.hasOwn(done.relations, r.relation) ? done.relations[r.relation] : void 0;
    return rel?.kind === "this" ? node.display : relationName(rel, r.relation);
  };
  const up = (refs) => refs.map((r) => ({ node: nameOf(r), column: r.column })).sort((x, y) => compare(x.node, y.node) || compare(x.column, y.column)).filter(
    (x, i, xs) => i === 0 || x.node !== xs[i - 1].node || x.column !== xs[i - 1].column
  );
  let truncated = a.columns.length > MAX_COLUMNS || a.rowAffecting.length > MAX_ROW_USES;
  const columns = a.columns.slice(0, MAX_COLUMNS).map((c) => {
    const upstream = up(c.upstream);
    return {
      name: c.name,
      transform: c.transform,
      upstream: upstream.slice(0, MAX_UPSTREAM),
      ...upstream.length > MAX_UPSTREAM && { truncated: true }
    };
  });
  const rows = a.rowAffecting.map((r) => ({ node: nameOf(r), column: r.column, context: r.context })).sort(
    (x, y) => compare(x.context, y.context) || compare(x.node, y.node) || compare(x.column, y.column)
  ).filter(
    (x, i, xs) => i === 0 || x.node !== xs[i - 1].node || x.column !== xs[i - 1].column || x.context !== xs[i - 1].context
  );
  if (rows.length > MAX_ROW_USES) truncated = true;
  const incomplete = [...a.incompleteReasons];
  if (a.rowAffectingIncomplete)
    incomplete.push(
      "a column used to filter, join or group was not traced to an upstream relation"
    );
  return {
    ...head,
    status: incomplete.length === 0 ? "complete" : "partial",
    ...incomplete.length > 0 && { incomplete },
    reads: [...new Set(a.relations.map((r) => nameOf({ relation: r, column: "" })))].sort(compare),
    columns,
    rowAffecting: rows.slice(0, MAX_ROW_USES),
    ...truncated && { truncated: true }
  };
}
async function columnLineage(input, options = {}) {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const own = options.runner ? void 0 : workerPool({ timeoutMs, workers: options.workers ?? 2 });
  const runner = memoizedAnalyses(options.runner ?? own);
  try {
    return await run(input, options, runner, timeoutMs);
  } finally {
    await own?.close();
  }
}
async function run(input, options, runner, timeoutMs) {
  const now = options.now ?? Date.now;
  const totalMs = options.totalMs ?? 6e5;
  const started = now();
  const deadline = started + totalMs;
  const side = sideOf(input.scan, input.files);
  const targets = /* @__PURE__ */ new Map();
  for (const n of input.scan.nodes)
    if ((n.kind === "model" || n.kind === "snapshot") && !n.external && !targets.has(n.display))
      targets.set(n.display, n);
  const consumers = /* @__PURE__ */ new Map();
  const waiting = new Map([...targets.keys()].map((id) => [id, 0]));
  for (const e of input.scan.edges) {
    const from = side.byId.get(e.from);
    const to = side.byId.get(e.to);
    if (!from || !to || !DATA_KINDS.has(from.kind)) continue;
    if (!targets.has(from.display) || !targets.has(to.display) || from.display === to.display)
      continue;
    const set = consumers.get(from.display) ?? /* @__PURE__ */ new Set();
    if (set.has(to.display)) continue;
    set.add(to.display);
    consumers.set(from.display, set);
    waiting.set(to.display, (waiting.get(to.display) ?? 0) + 1);
  }
  const dialects = /* @__PURE__ */ Object.create(null);
  const dialectOf = (project) => {
    if (!Object.hasOwn(dialects, project))
      dialects[project] = detectProjectDialect(side, project, options.dialect);
    return dialects[project];
  };
  const results = /* @__PURE__ */ new Map();
  let analysed = 0;
  const ready = [...targets.keys()].filter((id) => waiting.get(id) === 0).sort(compare);
  const finish = (id, model) => {
    results.set(id, model);
    options.onModel?.(model);
    for (const c of consumers.get(id) ?? []) {
      const left = (waiting.get(c) ?? 0) - 1;
      waiting.set(c, left);
      if (left === 0 && !results.has(c)) insertSorted(ready, c);
    }
  };
  const inFlight = /* @__PURE__ */ new Map();
  const concurrency = Math.max(2, (options.workers ?? 2) * MODELS_PER_WORKER);
  const dialectAndVars = (node) => [dialectOf(node.project), varsOf(input.scan, node.project, options.vars)];
  const start = (id) => {
    const node = targets.get(id);
    if (now() > deadline) {
      side.analyses.set(id, { unknown: BUDGET_REASON });
      finish(id, exportModel(node, { analysis: { unknown: BUDGET_REASON }, upstream: {} }));
      return;
    }
    if (node.language !== "python") analysed++;
    const p = analyseOn(
      side,
      node,
      ...dialectAndVars(node),
      runner,
      void 0,
      false,
      // the export reads columns and row uses, not the structure a diff compares
      ahead.take(id)
    ).catch((err) => ({
      analysis: { unknown: `analysis: ${err instanceof Error ? err.message : String(err)}` },
      upstream: {}
    })).then((done) => {
      side.analyses.set(id, slim(done.analysis));
      inFlight.delete(id);
      finish(id, exportModel(node, done));
    });
    inFlight.set(id, p);
  };
  const ahead = renderAhead(
    aheadOrder(targets, consumers, waiting),
    (id) => results.has(id) || inFlight.has(id),
    (id) => {
      const node = targets.get(id);
      return renderOn(side, node, ...dialectAndVars(node));
    }
  );
  while (results.size + inFlight.size < targets.size || inFlight.size > 0) {
    while (ready.length > 0 && inFlight.size < concurrency) {
      const id = ready.shift();
      if (!results.has(id) && !inFlight.has(id)) start(id);
    }
    if (inFlight.size > 0) {
      let answered = false;
      const next2 = Promise.race(inFlight.values()).then(() => {
        answered = true;
      });
      while (!answered && now() <= deadline && ahead.step()) await yieldToEvents();
      await next2;
      continue;
    }
    if (ready.length > 0) continue;
    const next = [...targets.keys()].filter((id) => !results.has(id)).sort(compare)[0];
    if (next === void 0) break;
    waiting.set(next, 0);
    ready.push(next);
  }
  const models = [...results.values()].sort((a, b) => compare(a.name, b.name));
  const byReason = {};
  let complete = 0;
  let partial = 0;
  let unknown = 0;
  for (const m of models) {
    if (m.status === "complete") complete++;
    else if (m.status === "partial") partial++;
    else {
      unknown++;
      const k = reasonClass(m.unknown ?? "");
      byReason[k] = (byReason[k] ?? 0) + 1;
    }
  }
  return {
    schemaVersion: 1,
    mode: "lineage-columns",
    ref: input.ref,
    dialects: Object.fromEntries(Object.entries(dialects).sort(([a], [b]) => compare(a, b))),
    limits: { timeoutMs, totalMs },
    summary: {
      models: models.length,
      analysed,
      complete,
      partial,
      unknown,
      unknownByReason: Object.fromEntries(
        Object.entries(byReason).sort(([a], [b]) => compare(a, b))
      )
    },
    models,
    timing: { wall: now() - started, ...side.time }
  };
}
var MODELS_PER_WORKER = 16;
var AHEAD_MODELS = 256;
var AHEAD_CHARS = 32 * 1024 * 1024;
var yieldToEvents = () => new Promise((resolve) => setImmediate(resolve));
function aheadOrder(targets, consumers, waiting) {
  const left = new Map(waiting);
  const byName = [...targets.keys()].sort(compare);
  const ready = byName.filter((id) => left.get(id) === 0);
  const order = [];
  const seen = /* @__PURE__ */ new Set();
  let cycleAt = 0;
  for (let i = 0; order.length < targets.size; ) {
    if (i >= ready.length) {
      while (cycleAt < byName.length && seen.has(byName[cycleAt])) cycleAt++;
      if (cycleAt >= byName.length) break;
      ready.push(byName[cycleAt]);
    }
    const id = ready[i++];
    if (seen.has(id)) continue;
    seen.add(id);
    order.push(id);
    for (const c of consumers.get(id) ?? []) {
      const n = (left.get(c) ?? 0) - 1;
      left.set(c, n);
      if (n === 0 && !seen.has(c)) ready.push(c);
    }
  }
  return order;
}
function renderAhead(order, started, render) {
  const done = /* @__PURE__ */ new Map();
  let chars = 0;
  let at = 0;
  const size = (r) => "rendered" in r && "sql" in r.rendered ? r.rendered.sql.length : 0;
  return {
    step() {
      if (done.size >= AHEAD_MODELS || chars >= AHEAD_CHARS) return false;
      while (at < order.length && (started(order[at]) || done.has(order[at])))
        at++;
      if (at >= order.length) return false;
      const id = order[at++];
      let r;
      try {
        r = render(id);
      } catch {
        return true;
      }
      done.set(id, r);
      chars += size(r);
      return true;
    },
    take(id) {
      const r = done.get(id);
      if (r === void 0) return void 0;
      done.delete(id);
      chars -= size(r);
      return r;
    }
  };
}
function insertSorted(xs, x) {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (compare(xs[mid], x) < 0) lo = mid + 1;
    else hi = mid;
  }
  xs.splice(lo, 0, x);
}

export {
  DEFAULT_TIMEOUT_MS,
  MAX_COLUMNS,
  MAX_UPSTREAM,
  MAX_ROW_USES,
  reasonClass,
  columnLineage,
  aheadOrder,
  renderAhead
};
