import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  diffInventories,
  modelSet
} from "./chunk-QA6LSBHG.js";
import {
  EdgeList,
  PATH_HEAD,
  Reacher,
  auditRuleFindings,
  blastRadius,
  buildGraph,
  buildNameTable,
  compareNames,
  configSchema,
  cycles,
  didYouMean,
  diffRuleFindings,
  emptyInventory,
  isDbtFile,
  isSourceName,
  layerRules,
  nearestSources,
  normalizePath,
  outDegree,
  perChangeImpact,
  reachSketch,
  require_picomatch,
  summarizeFileChanges,
  unionEdges,
  unionGraph
} from "./chunk-CTL476SH.js";
import {
  __toESM
} from "./chunk-PY5VAGIZ.js";

// src/rules/verdict.ts
function applySeverities(findings, overrides) {
  const out = [];
  for (const finding of findings) {
    const setting = overrides[finding.rule];
    if (setting === "off") continue;
    out.push(setting ? { ...finding, severity: setting } : finding);
  }
  return out;
}
function acknowledge(findings) {
  return findings.map(
    (finding) => finding.severity === "warning" ? { ...finding, severity: "notice", acknowledged: true } : finding
  );
}
var SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
function sortFindings(findings) {
  return findings.sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || compareNames(a.rule, b.rule) || compareNames(a.model ?? "", b.model ?? "") || (a.line ?? 0) - (b.line ?? 0) || compareNames(a.message, b.message)
  );
}
function evaluate(findings, failOn, input = { usable: true }) {
  let errors = 0;
  let warnings = 0;
  let notices = 0;
  for (const finding of findings) {
    if (finding.severity === "error") errors++;
    else if (finding.severity === "warning") warnings++;
    else notices++;
  }
  const fail = !input.usable || failOn === "error" && errors > 0 || failOn === "warning" && errors + warnings > 0;
  return { errors, warnings, notices, verdict: fail ? "fail" : "pass" };
}

// src/report/types.ts
var TOOL_NAME = "dbt-blast-radius";

// src/audit/audit.ts
var HUBS = 10;
var ORPHAN_EXEMPT_LAYER = "reporting";
function buildAuditReport(input, config) {
  const { inventory } = input;
  const models = inventory.models;
  const table = buildNameTable(models);
  const graph = buildGraph(table, unionEdges(models, table));
  const attribution = new Set(config["attribution-layers"]);
  const reach = reachCounter(graph, config["per-change-budget"]);
  const modelIds = models.map((model) => table.ids.get(model.name));
  const hubs = topReach(models, modelIds, graph, reach);
  const attributionMap = models.map((model, i) => ({ model, id: modelIds[i] })).filter(({ model }) => attribution.has(model.layer)).map(({ model, id }) => {
    const size = reach.estimate(id);
    return {
      model: model.name,
      layer: model.layer,
      concepts: [...model.attribution_concepts ?? []].sort(compareNames),
      consumers: neighbours(graph, id),
      reach: size.count,
      ...!size.exact && { estimated: true }
    };
  }).sort(
    (a, b) => attributionRank(a.layer, config) - attributionRank(b.layer, config) || compareNames(a.model, b.model)
  );
  const orphans = models.filter(
    (model, i) => model.layer !== ORPHAN_EXEMPT_LAYER && outDegree(graph, modelIds[i]) === 0
  ).map((model) => model.name).sort(compareNames);
  let findings = auditRuleFindings({
    config,
    inventory,
    graph,
    ...input.config && { configFile: input.config }
  });
  findings = sortFindings(applySeverities(findings, config.rules));
  const verdict = evaluate(findings, config["fail-on"], inventory);
  return {
    schemaVersion: 1,
    tool: { name: TOOL_NAME, version: input.toolVersion },
    mode: "audit",
    inventory: {
      path: input.inventoryPath,
      base: null,
      head: {
        ref: input.ref,
        ...input.file !== void 0 && { file: input.file },
        models: models.length,
        usable: inventory.usable
      }
    },
    changes: [],
    impact: { models: [], byLayer: {}, perChange: [] },
    audit: {
      layers: layerStats(models, attribution),
      externals: table.names.length - models.length,
      sources: countSources(table.names, inventory.indexByName),
      edges: graph.targets.length,
      hubs,
      attributionMap,
      orphans,
      cycles: cycles(graph),
      layerEdges: layerEdges(models, graph, table.ids, config["layer-order"])
    },
    findings,
    summary: {
      changed: 0,
      impacted: 0,
      ...verdict,
      failOn: config["fail-on"],
      acknowledged: false,
      anchoring: 0,
      attributionImpacted: 0
    }
  };
}
function countSources(names, models) {
  let count = 0;
  for (const name of names) if (!models.has(name) && isSourceName(name)) count++;
  return count;
}
function attributionRank(layer, config) {
  const i = config["attribution-layers"].indexOf(layer);
  return i === -1 ? Infinity : i;
}
function neighbours(graph, v) {
  const out = [];
  for (let e = graph.offsets[v]; e < graph.offsets[v + 1]; e++)
    out.push(graph.table.names[graph.targets[e]]);
  return out;
}
function reachCounter(graph, budget) {
  const reacher = new Reacher(graph);
  let sketch;
  const cache = /* @__PURE__ */ new Map();
  const exact = (v) => {
    let count = cache.get(v);
    if (count === void 0) cache.set(v, count = reacher.reach(v).length);
    return count;
  };
  return {
    exact,
    estimate(v) {
      if (cache.has(v) || reacher.work < budget) return { count: exact(v), exact: true };
      sketch ??= reachSketch(graph);
      const size = sketch(v);
      return { count: Math.max(size.count - 1, 0), exact: size.exact };
    }
  };
}
function topReach(models, ids, graph, reach) {
  const ranked = models.map((model, i) => {
    const size = reach.estimate(ids[i]);
    return { model, id: ids[i], ...size };
  });
  const byReach = (a, b) => b.count - a.count || compareNames(a.model.name, b.model.name);
  ranked.sort(byReach);
  const candidates = ranked.slice(0, HUBS * 5).map((r) => ({ ...r, count: reach.exact(r.id), exact: true }));
  candidates.sort(byReach);
  return candidates.slice(0, HUBS).filter((c) => c.count > 0).map((c) => ({
    model: c.model.name,
    layer: c.model.layer,
    direct: outDegree(graph, c.id),
    reach: c.count
  }));
}
function layerStats(models, attribution) {
  const stats = /* @__PURE__ */ new Map();
  for (const model of models) {
    let s = stats.get(model.layer);
    if (!s)
      stats.set(
        model.layer,
        s = { models: 0, withDescription: 0, withDependencies: 0, withConcepts: 0 }
      );
    s.models++;
    if (typeof model.description === "string" && model.description.trim() !== "")
      s.withDescription++;
    if (model.upstream_dependencies !== void 0 || model.downstream_consumers !== void 0)
      s.withDependencies++;
    if ((model.attribution_concepts?.length ?? 0) > 0) s.withConcepts++;
  }
  return [...stats].map(([layer, s]) => ({ layer, ...s, attribution: attribution.has(layer) })).sort((a, b) => b.models - a.models || compareNames(a.layer, b.layer));
}
function layerEdges(models, graph, ids, order) {
  const layerOf = /* @__PURE__ */ new Map();
  for (const model of models) layerOf.set(ids.get(model.name), model.layer);
  const rank = new Map(order.map((layer, i) => [layer, i]));
  const counts = /* @__PURE__ */ new Map();
  for (let v = 0; v + 1 < graph.offsets.length; v++) {
    const from = layerOf.get(v);
    if (from === void 0) continue;
    for (let e = graph.offsets[v]; e < graph.offsets[v + 1]; e++) {
      const to = layerOf.get(graph.targets[e]);
      if (to === void 0) continue;
      const key = `${from}\0${to}`;
      const entry = counts.get(key) ?? { from, to, edges: 0, violations: 0 };
      const violation = (rank.get(from) ?? -1) > (rank.get(to) ?? Infinity);
      counts.set(key, {
        ...entry,
        edges: entry.edges + 1,
        violations: entry.violations + (violation ? 1 : 0)
      });
    }
  }
  return [...counts.values()].sort(
    (a, b) => compareNames(a.from, b.from) || compareNames(a.to, b.to)
  );
}

// src/config/load.ts
var ConfigError = class extends Error {
};
async function parseConfig(yamlText, file, overrides = {}) {
  let fromFile = {};
  let document;
  let lines;
  let yaml;
  if (yamlText !== null) {
    yaml = await loadYaml();
    lines = new yaml.LineCounter();
    const { parseDocument } = yaml;
    document = parseDocument(yamlText, { lineCounter: lines, prettyErrors: false });
    const syntax = document.errors[0];
    if (syntax) {
      const { line, col } = lines.linePos(syntax.pos[0]);
      throw new ConfigError(
        `${file}:${line}:${col}: invalid YAML: ${syntax.message.split("\n")[0]}`
      );
    }
    fromFile = document.toJS() ?? {};
    if (typeof fromFile !== "object" || Array.isArray(fromFile)) {
      throw new ConfigError(`${file}: the config must be a mapping of keys to values`);
    }
  }
  const locate = document && yaml && lines ? (issue) => lineOf(yaml, document, lines, issue) : void 0;
  return validateConfig({ ...fromFile, ...definedOnly(overrides) }, file, locate);
}
function validateConfig(settings, file, locate) {
  const normalized = normalizeSettings(settings);
  const result = configSchema.safeParse(normalized);
  if (result.success) return result.data;
  const issues = result.error.issues.flatMap((issue) => {
    if (issue.code !== "unrecognized_keys" || issue.keys.length < 2) return [issue];
    const messages = issue.message.split("; ");
    return issue.keys.map((key, i) => ({ ...issue, keys: [key], message: messages[i] ?? "" }));
  });
  const lines = issues.map((issue) => {
    const line = locate?.(issue);
    const path = keyPath(
      issue.code === "unrecognized_keys" ? [...issue.path, issue.keys[0]] : issue.path
    );
    const text = `${file}${line === void 0 ? "" : `:${line}`}: ${path === "" ? "" : `${path}: `}${describeIssue(issue, normalized)}`;
    return { line: line ?? 0, text };
  }).sort((a, b) => a.line - b.line).map((entry) => entry.text);
  throw new ConfigError(lines.join("\n"));
}
var NAME_LISTS = ["attribution-layers", "layer-order", "ignore"];
function normalizeSettings(settings) {
  const out = { ...settings };
  const max = out["max-blast-radius"];
  if (typeof max === "string" && /^(none|off)$/i.test(max.trim())) out["max-blast-radius"] = null;
  for (const key of NAME_LISTS) {
    const value = out[key];
    if (typeof value !== "string") continue;
    const names = value.split(/[,\n]/).map((name) => name.trim()).filter((name) => name !== "");
    if (names.length > 0) out[key] = names;
  }
  return out;
}
function keyPath(path) {
  return path.map(
    (part, i) => typeof part === "number" ? `[${part}]` : `${i === 0 ? "" : "."}${String(part)}`
  ).join("");
}
function describeIssue(issue, settings) {
  if (issue.path[0] === "max-blast-radius" && issue.code === "invalid_type")
    return `expected a whole number, or none for no limit; got ${JSON.stringify(valueAt(settings, issue.path))}`;
  if (issue.code === "invalid_value" && issue.values.every((v) => typeof v === "string")) {
    const allowed = issue.values;
    const got = valueAt(settings, issue.path);
    const hint = typeof got === "string" ? didYouMean(got, allowed) : void 0;
    return `${JSON.stringify(got)} is not one of ${allowed.join(", ")}${hint ? ` — did you mean "${hint}"?` : ""}`;
  }
  return issue.message;
}
function valueAt(value, path) {
  let at = value;
  for (const part of path) {
    if (at === null || typeof at !== "object") return void 0;
    at = at[part];
  }
  return at;
}
async function loadYaml() {
  const loaded = await import("./dist-O4GNHTKE.js");
  return loaded.LineCounter ? loaded : loaded.default;
}
function definedOnly(values) {
  return Object.fromEntries(
    Object.entries(values).filter(([, v]) => v !== void 0)
  );
}
function lineOf({ isMap, isNode }, document, lines, issue) {
  let path = issue.path;
  if (issue.code === "unrecognized_keys" && issue.keys[0] !== void 0) {
    const parent = path.length === 0 ? document.contents : document.getIn(path, true);
    if (isMap(parent)) {
      const pair = parent.items.find(
        (item) => isNode(item.key) && item.key.value === issue.keys[0]
      );
      const range = pair && isNode(pair.key) ? pair.key.range : void 0;
      if (range) return lines.linePos(range[0]).line;
    }
  }
  for (; path.length > 0; path = path.slice(0, -1)) {
    const node = document.getIn(path, true);
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
  }
  return void 0;
}

// src/util/controls.ts
var CONTROLS = (
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g
);
function neutralizeControls(text) {
  CONTROLS.lastIndex = 0;
  if (!CONTROLS.test(text)) return text;
  return text.replace(CONTROLS, escapeControl);
}
function escapeControl(char) {
  const code = char.charCodeAt(0);
  switch (char) {
    case "\n":
      return "\\n";
    case "\r":
      return "\\r";
    case "	":
      return "\\t";
  }
  return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

// src/report/diff-report.ts
var import_picomatch2 = __toESM(require_picomatch(), 1);

// src/lineage/code-lineage.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var DATA_KINDS = /* @__PURE__ */ new Set(["model", "seed", "snapshot", "source", "exposure"]);
var CODE_ANCHORING = /* @__PURE__ */ new Set([
  "sql",
  "macro",
  "var",
  "config",
  "contract",
  "seed"
]);
function side(scan) {
  const byId = /* @__PURE__ */ new Map();
  const byName = /* @__PURE__ */ new Map();
  const edges = [];
  const provenance = /* @__PURE__ */ new Map();
  if (!scan) return { byId, byName, edges, provenance };
  for (const node of scan.nodes) {
    byId.set(node.id, node);
    if (DATA_KINDS.has(node.kind) && !byName.has(node.display)) byName.set(node.display, node);
  }
  for (const edge of scan.edges) {
    const from = byId.get(edge.from);
    const to = byId.get(edge.to);
    if (!from || !to || !DATA_KINDS.has(from.kind) || !DATA_KINDS.has(to.kind)) continue;
    const key = `${from.display}\0${to.display}`;
    const known = provenance.get(key);
    if (known) {
      for (const p of edge.provenance) if (!known.includes(p)) known.push(p);
    } else {
      provenance.set(key, [...edge.provenance]);
      edges.push({ from: from.display, to: to.display });
    }
  }
  return { byId, byName, edges, provenance };
}
function codeLineage(input, layers = []) {
  const base = side(input.base);
  const head = side(input.head);
  const matchers = layers.map((rule) => ({
    match: (0, import_picomatch.default)(rule.glob, { dot: true }),
    layer: rule.layer
  }));
  const nodeOf = (name) => head.byName.get(name) ?? base.byName.get(name);
  const layerOf = (name) => {
    const node = nodeOf(name);
    if (!node) return null;
    if (node.path) {
      for (const { match, layer } of matchers) if (match(node.path)) return layer;
    }
    return node.layer ?? null;
  };
  const nodes = /* @__PURE__ */ new Set([...base.byName.keys(), ...head.byName.keys()]);
  const paths = /* @__PURE__ */ new Set();
  for (const s of [base, head])
    for (const node of s.byId.values()) if (node.path && !node.external) paths.add(node.path);
  const changes = [];
  const macros = [];
  for (const change of input.changes) {
    const node = head.byId.get(change.node) ?? base.byId.get(change.node);
    if (!node || node.external) continue;
    if (node.kind === "macro") {
      macros.push({
        macro: node.display,
        kind: change.kind,
        reasons: change.reasons,
        callers: callersOf(change.kind === "removed" ? input.base : input.head, node.id),
        path: node.path
      });
      continue;
    }
    if (!DATA_KINDS.has(node.kind)) continue;
    const anchors = change.kind !== "moved" && change.anchors;
    changes.push({
      model: node.display,
      kind: change.kind,
      layer: layerOf(node.display) ?? node.kind,
      reasons: change.reasons,
      metadataOnly: !anchors,
      fields: /* @__PURE__ */ Object.create(null),
      ...change.macros && { macros: change.macros },
      ...change.vars && { vars: change.vars }
    });
  }
  changes.sort((a, b) => compareNames(a.model, b.model));
  macros.sort((a, b) => compareNames(a.macro, b.macro));
  return {
    nodes: [...nodes].sort(compareNames),
    baseEdges: base.edges,
    headEdges: head.edges,
    changes,
    macros,
    paths,
    provenance: (from, to) => head.provenance.get(`${from}\0${to}`),
    layerOf,
    pathOf: (name) => nodeOf(name)?.path || void 0,
    basePathOf: (name) => base.byName.get(name)?.path || void 0,
    head: input.head,
    base: input.base
  };
}
function callersOf(scan, macro) {
  const callers = /* @__PURE__ */ new Map();
  for (const node of scan.nodes) {
    for (const called of node.macros) {
      const list = callers.get(called);
      if (list) list.push(node.id);
      else callers.set(called, [node.id]);
    }
  }
  const kinds = new Map(scan.nodes.map((node) => [node.id, node.kind]));
  const seen = /* @__PURE__ */ new Set([macro]);
  const stack = [macro];
  let count = 0;
  while (stack.length > 0) {
    const id = stack.pop();
    for (const caller of callers.get(id) ?? []) {
      if (seen.has(caller)) continue;
      seen.add(caller);
      if (kinds.get(caller) === "macro") stack.push(caller);
      else count++;
    }
  }
  return count;
}
function mergeChanges(inventory, code) {
  const byName = /* @__PURE__ */ new Map();
  for (const change of inventory) byName.set(change.model, change);
  for (const change of code) {
    const known = byName.get(change.model);
    if (!known) {
      byName.set(change.model, change);
      continue;
    }
    const reasons = [.../* @__PURE__ */ new Set([...change.reasons, ...known.reasons])];
    byName.set(change.model, {
      ...known,
      ...known.kind === "moved" && change.kind === "modified" && { kind: "modified" },
      reasons,
      metadataOnly: known.metadataOnly && change.metadataOnly,
      ...change.macros && { macros: change.macros },
      ...change.vars && { vars: change.vars }
    });
  }
  return [...byName.values()].sort((a, b) => compareNames(a.model, b.model));
}

// src/impact/edges.ts
function settleAnchoring(changes, pair, head) {
  const inputs = /* @__PURE__ */ new Map();
  const outputs = /* @__PURE__ */ new Map();
  if (pair.base !== pair.head) {
    const n = pair.table.names.length;
    const delta = (map, v) => {
      let d = map.get(v);
      if (!d) map.set(v, d = { added: [], removed: [] });
      return d;
    };
    for (let v = 0; v < n; v++) {
      diffNeighbours(pair.base, pair.head, v, (w, added) => {
        (added ? delta(outputs, v).added : delta(outputs, v).removed).push(w);
        (added ? delta(inputs, w).added : delta(inputs, w).removed).push(v);
      });
    }
  }
  const { table } = pair;
  const named = (d) => d && {
    added: d.added.sort((a, b) => a - b).map((id) => table.names[id]),
    removed: d.removed.sort((a, b) => a - b).map((id) => table.names[id])
  };
  const result = [];
  const seen = /* @__PURE__ */ new Set();
  for (const change of changes) {
    seen.add(change.model);
    if (change.kind === "added" || change.kind === "removed") {
      result.push(change);
      continue;
    }
    const id = table.ids.get(change.model);
    const fedBy = id === void 0 ? void 0 : named(inputs.get(id));
    const feeds = id === void 0 ? void 0 : named(outputs.get(id));
    const anchors = change.reasons.some((reason) => CODE_ANCHORING.has(reason)) || change.reasons.includes("path") && change.kind !== "moved" || fedBy !== void 0;
    result.push({
      ...change,
      metadataOnly: !anchors,
      ...fedBy && { inputs: fedBy },
      ...feeds && { outputs: feeds }
    });
  }
  for (const [w, d] of inputs) {
    const position = pair.headPosition[w];
    if (position === -1 || pair.inBase[w] === 0) continue;
    const name = table.names[w];
    if (seen.has(name)) continue;
    result.push({
      model: name,
      kind: "modified",
      layer: head.models[position].layer,
      reasons: ["inputs"],
      metadataOnly: false,
      fields: /* @__PURE__ */ Object.create(null),
      inputs: named(d),
      ...outputs.has(w) && { outputs: named(outputs.get(w)) }
    });
  }
  return result.sort((a, b) => compareNames(a.model, b.model));
}
function diffNeighbours(base, head, v, edge) {
  let i = base.offsets[v];
  const iEnd = base.offsets[v + 1];
  let j = head.offsets[v];
  const jEnd = head.offsets[v + 1];
  while (i < iEnd || j < jEnd) {
    const a = i < iEnd ? base.targets[i] : Infinity;
    const b = j < jEnd ? head.targets[j] : Infinity;
    if (a === b) {
      i++;
      j++;
    } else if (a < b) {
      edge(a, false);
      i++;
    } else {
      edge(b, true);
      j++;
    }
  }
}

// src/impact/graphs.ts
function buildGraphPair(baseSet, headSet, changes, removedToKeep, extra) {
  const head = headSet.models;
  const headIndex = headSet.indexByName;
  const rewired = /* @__PURE__ */ new Set();
  const added = /* @__PURE__ */ new Set();
  for (const change of changes) {
    if (change.kind === "added") added.add(change.model);
    if (change.kind !== "modified" || declaresOtherEdges(change)) rewired.add(change.model);
  }
  const baseRewired = baseModels(baseSet, rewired);
  const others = /* @__PURE__ */ new Map();
  const names = head.map((model) => model.name);
  const firstSeen = (name) => headIndex.get(name) ?? others.get(name);
  const idOf = (name) => {
    let id = firstSeen(name);
    if (id === void 0) {
      id = names.length;
      others.set(name, id);
      names.push(name);
    }
    return id;
  };
  const shared = new EdgeList();
  const headOnly = new EdgeList();
  const baseOnly = new EdgeList();
  const declare = (model, self, edges) => {
    const up = model.upstream_dependencies;
    if (up) for (let k = 0; k < up.length; k++) edges.add(idOf(up[k]), self);
    const down = model.downstream_consumers;
    if (down) for (let k = 0; k < down.length; k++) edges.add(self, idOf(down[k]));
  };
  const rewiredInHead = new Uint8Array(head.length);
  for (const name of rewired) {
    const i = headIndex.get(name);
    if (i !== void 0) rewiredInHead[i] = 1;
  }
  for (let i = 0; i < head.length; i++) {
    declare(head[i], i, rewiredInHead[i] ? headOnly : shared);
  }
  if (extra) {
    for (const name of extra.nodes) idOf(name);
    const inBaseEdges = new Set(extra.baseEdges.map((e) => `${e.from}\0${e.to}`));
    const inHeadEdges = /* @__PURE__ */ new Set();
    for (const e of extra.headEdges) {
      const key = `${e.from}\0${e.to}`;
      inHeadEdges.add(key);
      (inBaseEdges.has(key) ? shared : headOnly).add(idOf(e.from), idOf(e.to));
    }
    for (const e of extra.baseEdges) {
      if (!inHeadEdges.has(`${e.from}\0${e.to}`)) baseOnly.add(idOf(e.from), idOf(e.to));
    }
  }
  const headNodes = names.length;
  for (const model of baseRewired) declare(model, idOf(model.name), baseOnly);
  const { table, renumber } = sortedTable(names, firstSeen);
  const inHead = new Uint8Array(names.length);
  const headPosition = new Int32Array(names.length).fill(-1);
  for (let i = 0; i < head.length; i++) {
    inHead[renumber[i]] = 1;
    headPosition[renumber[i]] = i;
  }
  const inBase = new Uint8Array(inHead);
  for (const name of added) inBase[table.ids.get(name)] = 0;
  for (const model of baseRewired) inBase[table.ids.get(model.name)] = 1;
  shared.renumber(renumber);
  headOnly.renumber(renumber);
  baseOnly.renumber(renumber);
  const sharedGraph = buildGraph(table, shared);
  const baseGraph = unionGraph(sharedGraph, buildGraph(table, baseOnly));
  const inHeadGraph = new Uint8Array(names.length);
  for (let id = 0; id < headNodes; id++) inHeadGraph[renumber[id]] = 1;
  keepRemovedEdges(baseGraph, removedToKeep, inHeadGraph, headOnly);
  const headGraph = unionGraph(sharedGraph, buildGraph(table, headOnly));
  return { table, base: baseGraph, head: headGraph, inHead, inBase, headPosition };
}
function baseModels(base, names) {
  if (!base) return [];
  const positions = [];
  for (const name of names) {
    const i = base.indexByName.get(name);
    if (i !== void 0) positions.push(i);
  }
  return positions.sort((a, b) => a - b).map((i) => base.models[i]);
}
function declaresOtherEdges(change) {
  return change.reasons.includes("upstream_dependencies") || change.reasons.includes("downstream_consumers");
}
function sortedTable(names, firstSeen) {
  const n = names.length;
  const renumber = new Int32Array(n);
  let sorted;
  if (mostlySorted(names)) {
    const order = Array.from({ length: n }, (_, i) => i);
    order.sort((a, b) => names[a] < names[b] ? -1 : 1);
    sorted = new Array(n);
    for (let i = 0; i < n; i++) {
      sorted[i] = names[order[i]];
      renumber[order[i]] = i;
    }
  } else {
    sorted = [...names].sort();
    for (let i = 0; i < n; i++) renumber[firstSeen(sorted[i])] = i;
  }
  const ids = {
    get: (name) => {
      const id = firstSeen(name);
      return id === void 0 ? void 0 : renumber[id];
    }
  };
  const table = { names: sorted, ids };
  return { table, renumber };
}
function mostlySorted(names) {
  let descents = 0;
  for (let i = 1; i < names.length; i++) if (names[i - 1] > names[i]) descents++;
  return descents * 64 <= names.length;
}
function keepRemovedEdges(baseGraph, removed, inHeadGraph, headEdges) {
  const { offsets, targets, table } = baseGraph;
  for (const name of removed) {
    const v = table.ids.get(name);
    for (let e = offsets[v]; e < offsets[v + 1]; e++) {
      const w = targets[e];
      if (inHeadGraph[w]) headEdges.add(v, w);
    }
  }
}

// src/report/diff-report.ts
function buildDiffReport(input, config, options = {}) {
  const baseInventory = usableOrNull(input.base.inventory);
  const vanished = input.base.inventory !== null && input.head.inventory === null;
  const headInventory = vanished ? emptyInventory(input.inventoryPath) : input.head.inventory;
  const head = headInventory?.usable ? headInventory.models : [];
  const base = baseInventory?.models ?? null;
  const code = input.code ? codeLineage(input.code, layerRules(config)) : null;
  const changedFiles = code ? input.changedFiles.filter(
    (file) => !(file.status === "M" && code.paths.has(normalizePath(file.path)))
  ) : input.changedFiles;
  let allChanges = [];
  const files = summarizeFileChanges(changedFiles);
  if (!headInventory || headInventory.usable) {
    allChanges = diffInventories(baseInventory, headInventory ?? modelSet([]), files);
  }
  if (code) allChanges = mergeChanges(allChanges, code.changes);
  const headSet = headInventory?.usable ? headInventory : modelSet([]);
  const listed = withoutIgnored(allChanges, config.ignore, baseInventory, headSet, code);
  const removed = new Set(listed.filter((c) => c.kind === "removed").map((c) => c.model));
  const pair = buildGraphPair(
    baseInventory,
    headSet,
    allChanges,
    [...removed],
    code ? { nodes: code.nodes, baseEdges: code.baseEdges, headEdges: code.headEdges } : void 0
  );
  const settled = settleAnchoring(listed, pair, headSet);
  const changes = withReachedFrom(
    withoutIgnored(settled, config.ignore, baseInventory, headSet, code),
    pair
  );
  const changed = new Set(changes.map((change) => change.model));
  const anchors = changes.filter((change) => !change.metadataOnly).map((change) => change.model);
  const radius = blastRadius(
    pair,
    anchors,
    changed,
    (position) => head[position].layer,
    code ? (name) => code.layerOf(name) : void 0
  );
  const impacted = code ? withProvenance(radius.models, headSet, code) : radius.models;
  const perChange = perChangeImpact(pair, anchors, config["per-change-budget"], changed);
  const unanalysed = unanalysedFiles(input, config.ignore, baseInventory, headSet);
  let findings = diffRuleFindings({
    config,
    base: input.base.inventory,
    head: headInventory,
    ...vanished && {
      vanished: {
        inventoryPath: input.inventoryPath,
        at: input.head.ref ?? input.head.file ?? "the head"
      }
    },
    ...input.incomplete !== void 0 && { incomplete: input.incomplete },
    judged: headInventory?.usable ? {
      config,
      head: headInventory,
      changes,
      radius,
      removed,
      pair,
      anchors,
      files,
      unanalysed,
      nameless: namelessEntries(headInventory, baseInventory),
      baseline: baseInventory ?? modelSet([]),
      rewired: rewiredModels(changes)
    } : null
  });
  findings = applySeverities(findings, config.rules);
  if (options.acknowledged) findings = acknowledge(findings);
  sortFindings(findings);
  const verdict = evaluate(findings, config["fail-on"], { usable: headInventory?.usable ?? true });
  const attribution = new Set(config["attribution-layers"]);
  return {
    schemaVersion: 1,
    tool: { name: TOOL_NAME, version: input.toolVersion },
    mode: "diff",
    inventory: {
      path: input.inventoryPath,
      base: input.base.inventory ? side2(input.base, base?.length ?? 0, input.base.inventory.usable) : null,
      head: side2(input.head, head.length, headInventory?.usable ?? true)
    },
    changes,
    impact: { models: impacted, byLayer: radius.byLayer, perChange },
    ...code && { lineage: lineageSummary(code) },
    unanalysed,
    findings,
    summary: {
      changed: changes.length,
      impacted: radius.models.length,
      ...verdict,
      failOn: config["fail-on"],
      acknowledged: options.acknowledged ?? false,
      anchoring: anchors.length,
      reached: changes.filter((change) => change.reachedFrom !== void 0).length,
      unanalysed: unanalysed.length,
      attributionImpacted: radius.models.filter((m) => m.layer !== null && attribution.has(m.layer)).length,
      ...allChanges.length > changes.length && { ignored: allChanges.length - changes.length }
    }
  };
}
function withReachedFrom(changes, pair) {
  const { table } = pair;
  const sources = changes.filter((change) => !change.metadataOnly).map((change) => table.ids.get(change.model)).sort((a, b) => a - b);
  if (sources.length === 0) return changes;
  const nearest = nearestSources(pair.head, sources);
  return changes.map((change) => {
    const v = table.ids.get(change.model);
    if (v === void 0) return change;
    const own = nearest.first[v] === v;
    const from = own ? nearest.second[v] : nearest.first[v];
    if (from === -1) return change;
    const depth = own ? nearest.secondDistance[v] : nearest.firstDistance[v];
    return { ...change, reachedFrom: { model: table.names[from], depth } };
  });
}
function unanalysedFiles(input, globs, base, head) {
  const ignored = globs.length > 0 ? (0, import_picomatch2.default)(globs, { dot: true }) : () => false;
  const inventory = normalizePath(input.inventoryPath);
  const candidates = input.changedFiles.filter((file) => isDbtFile(file.path));
  if (candidates.length === 0) return [];
  const claimed = /* @__PURE__ */ new Set();
  for (const set of [base, head]) {
    for (const model of set?.models ?? []) claimed.add(normalizePath(model.path));
  }
  const out = /* @__PURE__ */ new Set();
  for (const file of candidates) {
    const path = normalizePath(file.path);
    const old = file.oldPath === void 0 ? void 0 : normalizePath(file.oldPath);
    if (path === inventory || claimed.has(path) || old !== void 0 && claimed.has(old))
      continue;
    if (ignored(path)) continue;
    out.add(path);
  }
  return [...out].sort(compareNames);
}
function namelessEntries(head, base) {
  const names = /* @__PURE__ */ new Set();
  if (!base) return names;
  const positions = /* @__PURE__ */ new Set();
  for (const problem of head.problems) {
    if (problem.model !== void 0) continue;
    const match = /^models\[(\d+)\]/.exec(problem.path);
    if (match) positions.add(Number(match[1]));
  }
  if (positions.size === 0) return names;
  base.sourceIndex.forEach((index, position) => {
    if (positions.has(index)) names.add(base.models[position].name);
  });
  return names;
}
function acknowledgeWhere(report, covers) {
  const findings = report.findings.map(
    (finding) => finding.severity === "warning" && covers(finding) ? { ...finding, severity: "notice", acknowledged: true } : finding
  );
  sortFindings(findings);
  const verdict = evaluate(findings, report.summary.failOn, {
    usable: report.inventory.head.usable
  });
  return {
    ...report,
    findings,
    summary: {
      ...report.summary,
      ...verdict,
      acknowledged: findings.some((finding) => finding.acknowledged)
    }
  };
}
function rewiredModels(changes) {
  const names = /* @__PURE__ */ new Set();
  for (const change of changes) {
    if (change.kind === "added" || change.reasons.includes("upstream_dependencies") || change.reasons.includes("downstream_consumers")) {
      names.add(change.model);
    }
  }
  return names;
}
function usableOrNull(inventory) {
  return inventory?.usable ? inventory : null;
}
function side2(input, models, usable) {
  return { ref: input.ref, ...input.file !== void 0 && { file: input.file }, models, usable };
}
function withoutIgnored(changes, globs, base, head, code = null) {
  if (globs.length === 0) return changes;
  const ignored = (0, import_picomatch2.default)(globs, { dot: true });
  const pathIn = (set, name) => {
    const i = set?.indexByName.get(name);
    return i === void 0 ? void 0 : set.models[i].path;
  };
  return changes.filter((change) => {
    const path = (change.kind === "added" ? pathIn(head, change.model) : pathIn(base, change.model)) ?? // A node only the code knows: its file, read from the base when it has one.
    (change.kind === "added" ? code?.pathOf(change.model) : code?.basePathOf(change.model));
    return path === void 0 || !ignored(path);
  });
}
function withProvenance(models, head, code) {
  const listed = /* @__PURE__ */ new Map();
  const listsOf = (name) => {
    let lists = listed.get(name);
    if (!lists) {
      const i = head.indexByName.get(name);
      const model = i === void 0 ? void 0 : head.models[i];
      lists = {
        up: new Set(model?.upstream_dependencies ?? []),
        down: new Set(model?.downstream_consumers ?? [])
      };
      listed.set(name, lists);
    }
    return lists;
  };
  return models.map((model) => {
    const steps = [];
    let codeOnly = false;
    for (let i = 0; i + 1 < model.path.length; i++) {
      if (model.pathElided && i === PATH_HEAD - 1) {
        steps.push([]);
        continue;
      }
      const from = model.path[i];
      const to = model.path[i + 1];
      const proof = [];
      if (listsOf(from).down.has(to) || listsOf(to).up.has(from)) proof.push("inventory");
      else codeOnly = true;
      proof.push(...code.provenance(from, to) ?? []);
      steps.push(proof);
    }
    return { ...model, provenance: steps, ...codeOnly && { notInInventory: true } };
  });
}
function lineageSummary(code) {
  return {
    sources: ["inventory", "code"],
    projects: code.head.projects.map((project) => project.name).sort(compareNames),
    nodes: code.nodes.length,
    edges: code.headEdges.length,
    macros: code.macros,
    unresolved: code.head.problems.length
  };
}

// src/report/write-json.ts
function writeJson(value, write, depth = 3) {
  for (const chunk of jsonChunks(value, depth)) write(chunk);
}
async function writeJsonAsync(value, write, depth = 3) {
  for (const chunk of jsonChunks(value, depth)) await write(chunk);
}
function* jsonChunks(value, depth = 3) {
  if (!isPlainObject(value)) {
    const text = tryStringify(value);
    if (text === void 0) yield* buffered(walkChunks(value, "", depth));
    else yield text;
    yield "\n";
    return;
  }
  let first = true;
  for (const key of Object.keys(value)) {
    const member = value[key];
    const text = tryStringify({ [key]: member });
    if (text === "{}") continue;
    yield first ? "{\n" : ",\n";
    first = false;
    if (text !== void 0) {
      yield text.slice(2, -2);
    } else {
      yield `  ${JSON.stringify(key)}: `;
      yield* buffered(walkChunks(member, "  ", depth - 1));
    }
  }
  yield first ? "{}" : "\n}";
  yield "\n";
}
function tryStringify(value) {
  try {
    return JSON.stringify(value, null, 2) ?? "undefined";
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return void 0;
  }
}
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) && typeof value.toJSON !== "function";
}
function* buffered(pieces) {
  let buffer = "";
  for (const piece of pieces) {
    buffer += piece;
    if (buffer.length > 1 << 20) {
      yield buffer;
      buffer = "";
    }
  }
  if (buffer !== "") yield buffer;
}
function* walkChunks(value, indent, depth) {
  const json = value?.toJSON;
  if (depth === 0 || value === null || typeof value !== "object" || typeof json === "function") {
    const text = JSON.stringify(value, null, 2) ?? "null";
    yield indent === "" ? text : text.replace(/\n/g, `
${indent}`);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield "[]";
      return;
    }
    yield "[";
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      yield `${i === 0 ? "" : ","}
${inner}`;
      yield* walkChunks(
        item === void 0 || typeof item === "function" ? null : item,
        inner,
        depth - 1
      );
    }
    yield `
${indent}]`;
    return;
  }
  const entries = Object.entries(value).filter(
    ([, v]) => v !== void 0 && typeof v !== "function"
  );
  if (entries.length === 0) {
    yield "{}";
    return;
  }
  yield "{";
  for (let i = 0; i < entries.length; i++) {
    const [key, item] = entries[i];
    yield `${i === 0 ? "" : ","}
${inner}${JSON.stringify(key)}: `;
    yield* walkChunks(item, inner, depth - 1);
  }
  yield `
${indent}}`;
}

// package.json
var package_default = {
  name: "dbt-blast-radius",
  version: "0.1.0",
  description: "Find the blast radius of a dbt change: diff the model inventory, follow lineage downstream, flag marketing-attribution risk.",
  type: "module",
  license: "MIT",
  bin: {
    "blast-radius": "dist/cli.js",
    "dbt-blast-radius": "dist/cli.js"
  },
  engines: {
    node: ">=22"
  },
  files: [
    "dist",
    "README.md"
  ],
  scripts: {
    build: "node scripts/build.mjs",
    "check-dist": "node scripts/build.mjs --check",
    typecheck: "tsc --noEmit",
    lint: "eslint . && prettier --check .",
    format: "prettier --write .",
    test: "vitest run",
    bench: "node scripts/bench/run.mjs",
    demo: "node dist/cli.js diff --base-file examples/demo/base.json --head-file examples/demo/head.json --changed-files examples/demo/changed.txt --config examples/demo/blast-radius.yml --format text",
    "openapi:extract": "node scripts/extract-openapi.mjs",
    examples: "node scripts/render-examples.mjs",
    "docs:rules": "node scripts/docs-rules.mjs"
  },
  devDependencies: {
    "@eslint/js": "^10.0.1",
    "@octokit/core": "^7.0.8",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@types/hast": "^3.0.5",
    "@types/node": "^20.19.43",
    "@types/nunjucks": "^3.2.6",
    "@types/picomatch": "^4.0.3",
    ajv: "^8.20.0",
    "ajv-formats": "^3.0.1",
    esbuild: "^0.28.2",
    eslint: "^10.15.0",
    "fast-check": "^4.10.2",
    "github-markdown-css": "^5.9.0",
    globals: "^17.14.0",
    "happy-dom": "^21.0.4",
    mermaid: "^11.17.2",
    "playwright-core": "^1.65.1",
    prettier: "^3.10.1",
    "rehype-raw": "^7.0.0",
    "rehype-stringify": "^10.0.1",
    "remark-parse": "^11.0.0",
    "remark-rehype": "^11.1.2",
    typescript: "^5.9.3",
    "typescript-eslint": "^8.73.0",
    vitest: "^4.1.12"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@polyglot-sql/sdk": "^0.12.1",
    "@types/mdast": "^4.0.4",
    diff: "^9.0.0",
    "jsonc-parser": "^3.3.1",
    "mdast-util-to-markdown": "^2.2.3",
    nunjucks: "^3.2.4",
    picomatch: "^4.0.7",
    "remark-gfm": "^4.0.1",
    "remark-stringify": "^11.0.0",
    unified: "^11.0.5",
    yaml: "^2.9.1",
    zod: "^4.6.7"
  }
};

// src/version.ts
var VERSION = package_default.version;

// src/git/git.ts
import { existsSync } from "node:fs";
import { promisify } from "node:util";
var MAX_OUTPUT = 1024 * 1024 * 1024;
var GitError = class extends Error {
};
async function git(repo, args) {
  const run = promisify((await import("node:child_process")).execFile);
  try {
    const { stdout } = await run("git", ["-C", repo, ...args], {
      maxBuffer: MAX_OUTPUT,
      encoding: "buffer",
      env: { ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" }
    });
    return stdout.toString("utf8");
  } catch (error) {
    const failure = error;
    if (failure.code === "ENOENT") throw new GitError("git is not installed or not on PATH");
    const detail = (failure.stderr?.toString() || failure.message).trim().split("\n")[0];
    throw new GitError(`git ${args[0]} failed in ${repo}: ${detail}`);
  }
}
async function resolveCommit(repo, ref, advice = "fetch it (fetch-depth: 0) or check the name") {
  try {
    return (await git(repo, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`])).trim();
  } catch (error) {
    if (!existsSync(repo)) throw new GitError(`${repo} does not exist (--repo DIR)`);
    if (error instanceof GitError && /not a git repository/i.test(error.message)) {
      throw new GitError(
        `${repo} is not a git repository (use --repo DIR, or --base-file/--head-file)`
      );
    }
    throw new GitError(`unknown git ref "${ref}" in ${repo} — ${advice}`);
  }
}
async function readAtCommit(repo, commit, path) {
  const spec = `${commit}:${normalizePath(path)}`;
  try {
    await git(repo, ["cat-file", "-e", spec]);
  } catch {
    return null;
  }
  return git(repo, ["show", "--no-textconv", spec]);
}
async function changedFilesBetween(repo, base, head) {
  const out = await git(repo, [
    "diff",
    "--name-status",
    "-M",
    "-z",
    "--no-ext-diff",
    base,
    head,
    "--"
  ]);
  const fields = out.split("\0");
  const files = [];
  for (let i = 0; i + 1 < fields.length; ) {
    const status = fields[i++];
    const letter = status[0];
    if (letter === "R" || letter === "C") {
      const oldPath = fields[i++];
      const path = fields[i++];
      files.push({ status: letter, oldPath, path, similarity: Number(status.slice(1)) });
    } else {
      files.push({ status: letter, path: fields[i++] });
    }
  }
  return files;
}
async function hasCommit(repo, sha) {
  try {
    await git(repo, ["cat-file", "-e", `${sha}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}
async function mergeBase(repo, a, b) {
  try {
    return (await git(repo, ["merge-base", a, b])).trim() || null;
  } catch {
    return null;
  }
}

export {
  buildAuditReport,
  ConfigError,
  parseConfig,
  neutralizeControls,
  buildDiffReport,
  acknowledgeWhere,
  writeJson,
  writeJsonAsync,
  VERSION,
  GitError,
  resolveCommit,
  readAtCommit,
  changedFilesBetween,
  hasCommit,
  mergeBase
};
