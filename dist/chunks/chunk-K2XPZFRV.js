import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  diffInventories,
  modelSet
} from "./chunk-HP6CS56Z.js";
import {
  DOWNSTREAM,
  PATH_HEAD,
  Reacher,
  UPSTREAM,
  auditRuleFindings,
  blastRadius,
  codeView,
  configSchema,
  cycles,
  diffRuleFindings,
  emptyInventory,
  isDbtFile,
  isEmptyPlan,
  isSourceName,
  layerRules,
  lineageCoverage,
  nearestSources,
  normalizePath,
  perChangeImpact,
  planSync,
  reachSketch,
  readInventoryTree,
  summarizeFileChanges,
  underReportedRadius
} from "./chunk-2ZPJCRUR.js";
import {
  didYouMean
} from "./chunk-HDHW62PR.js";
import {
  MAX_YAML_ALIASES,
  aliasCount,
  fastYaml
} from "./chunk-JXAXO3BT.js";
import {
  require_dist
} from "./chunk-HW2WQZXP.js";
import {
  CODE_ANCHORING,
  codeLineage,
  mergeChanges
} from "./chunk-EQVOFDNJ.js";
import {
  require_picomatch
} from "./chunk-ZPQE6JQE.js";
import {
  EdgeList,
  buildGraph,
  buildNameTable,
  compareNames,
  outDegree,
  unionEdges,
  unionGraph
} from "./chunk-3LNE3NSN.js";
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
  const layers = layerRules(config);
  let findings = auditRuleFindings({
    config,
    inventory,
    graph,
    ...input.config && { configFile: input.config },
    ...input.code && { code: { scan: input.code, layers } }
  });
  const truth = input.code ? lineageTruth(inventory, codeView(input.code, layers), layers) : null;
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
      layerEdges: layerEdges(models, graph, table.ids, config["layer-order"]),
      ...truth && { lineage: truth }
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
function layerEdges(models, graph, ids, order2) {
  const layerOf = /* @__PURE__ */ new Map();
  for (const model of models) layerOf.set(ids.get(model.name), model.layer);
  const rank = new Map(order2.map((layer, i) => [layer, i]));
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
var UNLISTED_SHOWN = 50;
function lineageTruth(inventory, code, layers) {
  const unlisted = code.models.map((model) => model.name).filter((name) => !inventory.indexByName.has(name)).sort(compareNames);
  return {
    coverage: lineageCoverage(inventory, code, layers),
    unlisted: unlisted.slice(0, UNLISTED_SHOWN),
    unlistedCount: unlisted.length,
    underReported: underReportedRadius(inventory, code)
  };
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
  const loaded = await import("./dist-UFKUXX7H.js");
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

// src/lineage/manifest.ts
var ManifestError = class extends Error {
};
var DATA_TYPES = /* @__PURE__ */ new Set([
  "model",
  "seed",
  "snapshot",
  "source",
  "exposure"
]);
var SUPPORTED = { min: 7, max: 12 };
function record(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};
}
function manifestLineage(text, file) {
  let document;
  try {
    document = JSON.parse(text);
  } catch (error) {
    const at = /position (\d+)/.exec(error.message)?.[1];
    throw new ManifestError(`${file}: not JSON${at === void 0 ? "" : ` (at character ${at})`}`);
  }
  const root = record(document);
  const version = String(
    root.metadata?.dbt_schema_version ?? ""
  );
  const schema = Number(/manifest\/v(\d+)\.json$/.exec(version)?.[1] ?? NaN);
  if (!Number.isInteger(schema))
    throw new ManifestError(
      `${file}: metadata.dbt_schema_version is missing — is this dbt's target/manifest.json?`
    );
  if (schema < SUPPORTED.min || schema > SUPPORTED.max)
    throw new ManifestError(
      `${file}: manifest schema v${schema} is not supported (v${SUPPORTED.min}–v${SUPPORTED.max}); regenerate it with a dbt version that writes one of those`
    );
  const all = { ...record(root.nodes), ...record(root.sources), ...record(root.exposures) };
  const packagesOf = /* @__PURE__ */ new Map();
  for (const node of Object.values(all)) {
    if (node.resource_type === "source" || typeof node.name !== "string") continue;
    const set = packagesOf.get(node.name) ?? /* @__PURE__ */ new Set();
    set.add(String(node.package_name ?? ""));
    packagesOf.set(node.name, set);
  }
  const display = /* @__PURE__ */ new Map();
  for (const [id, node] of Object.entries(all)) {
    const type = String(node.resource_type ?? id.split(".")[0]);
    if (!DATA_TYPES.has(type) || typeof node.name !== "string") continue;
    if (type === "source") display.set(id, `${String(node.source_name)}.${node.name}`);
    else
      display.set(
        id,
        (packagesOf.get(node.name)?.size ?? 0) > 1 ? `${String(node.package_name)}:${node.name}` : node.name
      );
  }
  const parents = record(root.parent_map);
  const usesParentMap = Object.keys(parents).length > 0;
  const seen = /* @__PURE__ */ new Set();
  const edges = [];
  const addEdge = (parent, child) => {
    const from = display.get(parent);
    const to = display.get(child);
    if (from === void 0 || to === void 0 || from === to) return;
    const key = `${from}\0${to}`;
    if (seen.has(key)) return;
    seen.add(key);
    edges.push({ from, to });
  };
  for (const [child, node] of Object.entries(all)) {
    const list = usesParentMap ? parents[child] : node.depends_on?.nodes;
    if (!Array.isArray(list)) continue;
    for (const parent of list) if (typeof parent === "string") addEdge(parent, child);
  }
  edges.sort((a, b) => compareNames(a.from, b.from) || compareNames(a.to, b.to));
  return { schema, nodes: [...new Set(display.values())].sort(compareNames), edges };
}
function manifestDisagreement(manifest, code) {
  const inManifest = new Set(manifest.nodes);
  const both = new Set(code.nodes.filter((node) => inManifest.has(node)));
  const key = (e) => `${e.from}\0${e.to}`;
  const shared = (e) => both.has(e.from) && both.has(e.to);
  const codeKeys = new Set(code.edges.map(key));
  const manifestKeys = new Set(manifest.edges.map(key));
  const sorted = (edges) => edges.sort((a, b) => compareNames(a.from, b.from) || compareNames(a.to, b.to));
  return {
    onlyManifest: sorted(manifest.edges.filter((e) => shared(e) && !codeKeys.has(key(e)))),
    onlyCode: sorted(code.edges.filter((e) => shared(e) && !manifestKeys.has(key(e))))
  };
}

// src/report/diff-report.ts
var import_picomatch = __toESM(require_picomatch(), 1);

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
    const order2 = Array.from({ length: n }, (_, i) => i);
    order2.sort((a, b) => names[a] < names[b] ? -1 : 1);
    sorted = new Array(n);
    for (let i = 0; i < n; i++) {
      sorted[i] = names[order2[i]];
      renumber[order2[i]] = i;
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

// src/sync/apply.ts
var KNOWN_KEYS = ["name", "path", "layer", "description", UPSTREAM, DOWNSTREAM];
function applySync(inventoryText, plan) {
  const tree = readInventoryTree(inventoryText);
  const { text } = tree;
  const style = detectStyle(tree);
  const byName = new Map(tree.entries.map((e) => [e.name, e]));
  for (const r of plan.remove) byName.delete(r.model);
  const edits = [];
  for (const move of plan.movePaths) {
    const node = byName.get(move.model)?.pathNode;
    if (node) edits.push(replace(node, JSON.stringify(move.to)));
  }
  for (const update of plan.setLists) {
    const list = byName.get(update.model)?.lists[update.field];
    if (!list) continue;
    const rawByName = new Map(list.items.map((item, i) => [item, list.raw[i]]));
    const items = update.after.map((n) => rawByName.get(n) ?? JSON.stringify(n));
    const content = listText(text, list.node, items, style);
    if (content !== nodeText(text, list.node)) edits.push(replace(list.node, content));
  }
  const children = tree.models.children ?? [];
  const removed = /* @__PURE__ */ new Set();
  const names = new Set(plan.remove.map((r) => r.model));
  for (const entry of tree.entries) if (names.has(entry.name)) removed.add(entry.index);
  const firstKept = children.findIndex((_, i) => !removed.has(i));
  const open = tree.models.offset + 1;
  const close = tree.models.offset + tree.models.length - 1;
  for (const i of [...removed].sort((a, b) => a - b)) {
    if (firstKept === -1 || i > firstKept) {
      if (firstKept === -1) continue;
      edits.push(span(end(children[i - 1]), end(children[i]), ""));
    } else if (i === 0) {
      edits.push(span(children[0].offset, children[firstKept].offset, ""));
    }
  }
  const lastKept = children.findLastIndex((_, i) => !removed.has(i));
  const added = plan.add.map((a) => entryText(a, style));
  if (firstKept === -1 && children.length > 0) {
    edits.push(span(open, close, arrayBody(added, style, tree)));
  } else if (added.length > 0) {
    if (lastKept === -1) {
      edits.push(span(open, close, arrayBody(added, style, tree)));
    } else {
      const at = end(children[lastKept]);
      edits.push(span(at, at, added.map((a) => `,${style.entrySep}${a}`).join("")));
    }
  }
  const out = applyEdits(text, edits);
  return tree.bom ? `\uFEFF${out}` : out;
}
function nodeText(text, node) {
  return text.slice(node.offset, node.offset + node.length);
}
var end = (node) => node.offset + node.length;
var span = (from, to, content) => ({
  offset: from,
  length: to - from,
  content
});
var replace = (node, content) => span(node.offset, end(node), content);
function applyEdits(text, edits) {
  const ordered = [...edits].sort((a, b) => a.offset - b.offset || a.length - b.length);
  let out = "";
  let at = 0;
  for (const edit of ordered) {
    if (edit.offset < at) throw new Error("internal: overlapping sync edits");
    out += text.slice(at, edit.offset) + edit.content;
    at = edit.offset + edit.length;
  }
  return out + text.slice(at);
}
function lineIndent(text, offset) {
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  const prefix = text.slice(start, offset);
  return /^[ \t]*$/.test(prefix) ? prefix : null;
}
function listText(text, node, items, style) {
  if (items.length === 0) return "[]";
  const children = node.children ?? [];
  const own2 = nodeText(text, node);
  if (children.length > 0) {
    if (own2.includes("\n")) {
      const itemIndent = lineIndent(text, children[0].offset);
      const closeIndent = lineIndent(text, end(node) - 1);
      if (itemIndent !== null) {
        const body = items.map((i) => itemIndent + i).join(`,${style.eol}`);
        return `[${style.eol}${body}${closeIndent === null ? "" : style.eol + closeIndent}]`;
      }
    } else {
      const first = children[0];
      const last = children[children.length - 1];
      const padOpen = text.slice(node.offset + 1, first.offset);
      const padClose = text.slice(end(last), end(node) - 1);
      const sep = children.length > 1 ? text.slice(end(first), children[1].offset).replace(/^\s*,/, "") : style.listItemSep;
      return `[${padOpen}${items.join(`,${sep}`)}${padClose}]`;
    }
  }
  const propertyIndent = lineIndent(text, node.parent?.offset ?? node.offset);
  return formatList(items, style, propertyIndent);
}
function formatList(items, style, propertyIndent) {
  if (style.multilineList && propertyIndent !== null) {
    const itemIndent = propertyIndent + style.unit;
    return `[${style.eol}${items.map((i) => itemIndent + i).join(`,${style.eol}`)}${style.eol}${propertyIndent}]`;
  }
  return `[${style.listPadOpen}${items.join(`,${style.listItemSep}`)}${style.listPadClose}]`;
}
function entryText(entry, style) {
  const values = {
    name: JSON.stringify(entry.name),
    path: JSON.stringify(entry.path),
    layer: JSON.stringify(entry.layer)
  };
  if (entry.description !== void 0) values.description = JSON.stringify(entry.description);
  const listIndent = style.multilineEntry ? style.propertyIndent : null;
  for (const field of [UPSTREAM, DOWNSTREAM]) {
    const items = entry[field].map((n) => JSON.stringify(n));
    values[field] = items.length === 0 ? "[]" : formatList(items, style, listIndent);
  }
  const keys = style.keyOrder.filter((k) => values[k] !== void 0);
  const properties = keys.map((k) => `${JSON.stringify(k)}:${style.colonSep}${values[k]}`);
  if (style.multilineEntry) {
    const body = properties.map((p) => style.propertyIndent + p).join(`,${style.eol}`);
    return `{${style.eol}${body}${style.eol}${style.entryIndent}}`;
  }
  return `{${style.entryPadOpen}${properties.join(`,${style.propertySep}`)}${style.entryPadClose}}`;
}
function arrayBody(added, style, tree) {
  if (added.length === 0) return "";
  if (style.entrySep.includes("\n")) {
    const closeIndent = lineIndent(tree.text, end(tree.models) - 1) ?? indentOfLine(tree.text, tree.models.offset);
    return `${style.eol}${style.entryIndent}${added.join(`,${style.entrySep}`)}${style.eol}${closeIndent}`;
  }
  return added.join(`,${style.entrySep}`);
}
function detectStyle(tree) {
  const { text } = tree;
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const entries = (tree.models.children ?? []).filter((c) => c.type === "object");
  const pretty = (entries.length > 0 ? nodeText(text, tree.models) : text.trim()).includes("\n");
  const template = entries.find((e) => (e.children?.length ?? 0) > 1) ?? entries[0];
  const modelsLineIndent = indentOfLine(text, tree.models.offset);
  let unit = /\n([ \t]+)\S/.exec(text)?.[1] ?? "  ";
  let entryIndent = modelsLineIndent + unit;
  let propertyIndent = entryIndent + unit;
  let multilineEntry = pretty;
  let entryPadOpen = "";
  let entryPadClose = "";
  let propertySep = pretty ? " " : "";
  let colonSep = pretty ? " " : "";
  const keyOrder = [];
  if (template) {
    const properties = template.children ?? [];
    const own2 = nodeText(text, template);
    multilineEntry = own2.includes("\n");
    entryIndent = lineIndent(text, template.offset) ?? entryIndent;
    const first = properties[0];
    if (first) {
      const key = first.children?.[0];
      const value = first.children?.[1];
      if (key && value) colonSep = text.slice(end(key), value.offset).replace(/^\s*:/, "");
      if (multilineEntry) {
        propertyIndent = lineIndent(text, first.offset) ?? propertyIndent;
        if (propertyIndent.startsWith(entryIndent) && propertyIndent.length > entryIndent.length) {
          unit = propertyIndent.slice(entryIndent.length);
        }
      } else {
        entryPadOpen = text.slice(template.offset + 1, first.offset);
        const last = properties[properties.length - 1];
        entryPadClose = text.slice(end(last), end(template) - 1);
        if (properties[1]) {
          propertySep = text.slice(end(first), properties[1].offset).replace(/^\s*,/, "");
        }
      }
    }
    for (const p of properties) {
      const k = p.children?.[0]?.value;
      if (typeof k === "string" && KNOWN_KEYS.includes(k) && !keyOrder.includes(k))
        keyOrder.push(k);
    }
  } else if (!pretty) {
    entryIndent = "";
  }
  for (const k of KNOWN_KEYS) if (!keyOrder.includes(k)) keyOrder.push(k);
  let entrySep = pretty ? eol + entryIndent : "";
  if (entries.length > 1) {
    entrySep = text.slice(end(entries[0]), entries[1].offset).replace(/^\s*,/, "");
  }
  let multilineList = multilineEntry;
  let listItemSep = pretty ? " " : "";
  let listPadOpen = "";
  let listPadClose = "";
  for (const entry of entries) {
    const list = (entry.children ?? []).map((p) => p.children?.[1]).find((v) => v?.type === "array" && (v.children?.length ?? 0) > 0);
    if (!list) continue;
    const items = list.children;
    multilineList = nodeText(text, list).includes("\n");
    if (!multilineList) {
      listPadOpen = text.slice(list.offset + 1, items[0].offset);
      listPadClose = text.slice(end(items[items.length - 1]), end(list) - 1);
      if (items[1]) listItemSep = text.slice(end(items[0]), items[1].offset).replace(/^\s*,/, "");
    }
    break;
  }
  return {
    eol,
    multilineEntry,
    entryIndent,
    propertyIndent,
    entryPadOpen,
    entryPadClose,
    propertySep,
    colonSep,
    entrySep,
    multilineList,
    unit,
    listItemSep,
    listPadOpen,
    listPadClose,
    keyOrder
  };
}
function indentOfLine(text, offset) {
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(start, offset))[0];
}

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if ("callback" in options) {
      callback = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    const done = (value) => {
      value = this.postProcess(value, options);
      if (callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return void 0;
      } else {
        return value;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
        if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath;
          if (basePath.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path, added, removed, oldPosInc, options) {
    const last = path.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
    }
    basePath.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array) {
    const ret = [];
    for (let i = 0; i < array.length; i++) {
      if (array[i]) {
        ret.push(array[i]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            const oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component.value = this.join(value);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/util/string.js
function hasOnlyWinLineEndings(string) {
  return string.includes("\r\n") && !string.startsWith("\n") && !string.match(/[^\r]\n/);
}
function hasOnlyUnixLineEndings(string) {
  return !string.includes("\r\n") && string.includes("\n");
}

// node_modules/diff/libesm/diff/array.js
var ArrayDiff = class extends Diff {
  tokenize(value) {
    return value.slice();
  }
  join(value) {
    return value;
  }
  removeEmpty(value) {
    return value;
  }
};
var arrayDiff = new ArrayDiff();
function diffArrays(oldArr, newArr, options) {
  return arrayDiff.diff(oldArr, newArr, options);
}

// node_modules/diff/libesm/patch/line-endings.js
function unixToWin(patch) {
  if (Array.isArray(patch)) {
    return patch.map((p) => unixToWin(p));
  }
  return Object.assign(Object.assign({}, patch), { hunks: patch.hunks.map((hunk) => Object.assign(Object.assign({}, hunk), { lines: hunk.lines.map((line, i) => {
    var _a;
    return line.startsWith("\\") || line.endsWith("\r") || ((_a = hunk.lines[i + 1]) === null || _a === void 0 ? void 0 : _a.startsWith("\\")) ? line : line + "\r";
  }) })) });
}
function winToUnix(patch) {
  if (Array.isArray(patch)) {
    return patch.map((p) => winToUnix(p));
  }
  return Object.assign(Object.assign({}, patch), { hunks: patch.hunks.map((hunk) => Object.assign(Object.assign({}, hunk), { lines: hunk.lines.map((line) => line.endsWith("\r") ? line.substring(0, line.length - 1) : line) })) });
}
function isUnix(patch) {
  if (!Array.isArray(patch)) {
    patch = [patch];
  }
  return !patch.some((index2) => index2.hunks.some((hunk) => hunk.lines.some((line) => !line.startsWith("\\") && line.endsWith("\r"))));
}
function isWin(patch) {
  if (!Array.isArray(patch)) {
    patch = [patch];
  }
  return patch.some((index2) => index2.hunks.some((hunk) => hunk.lines.some((line) => line.endsWith("\r")))) && patch.every((index2) => index2.hunks.every((hunk) => hunk.lines.every((line, i) => {
    var _a;
    return line.startsWith("\\") || line.endsWith("\r") || ((_a = hunk.lines[i + 1]) === null || _a === void 0 ? void 0 : _a.startsWith("\\"));
  })));
}

// node_modules/diff/libesm/patch/parse.js
function parsePatch(uniDiff) {
  const diffstr = uniDiff.split(/\n/), list = [];
  let i = 0;
  function isGitDiffHeader(line) {
    return /^diff --git /.test(line);
  }
  function isDiffHeader(line) {
    return isGitDiffHeader(line) || /^Index:\s/.test(line) || /^diff(?: -r \w+)+\s/.test(line);
  }
  function isFileHeader(line) {
    return /^(---|\+\+\+)\s/.test(line);
  }
  function isHunkHeader(line) {
    return /^@@\s/.test(line);
  }
  function parseIndex() {
    var _a;
    const index2 = {};
    index2.hunks = [];
    list.push(index2);
    let seenDiffHeader = false;
    while (i < diffstr.length) {
      const line = diffstr[i];
      if (isFileHeader(line) || isHunkHeader(line)) {
        break;
      }
      if (isGitDiffHeader(line)) {
        if (seenDiffHeader) {
          return;
        }
        seenDiffHeader = true;
        index2.isGit = true;
        const paths = parseGitDiffHeader(line);
        if (paths) {
          index2.oldFileName = paths.oldFileName;
          index2.newFileName = paths.newFileName;
        }
        i++;
        while (i < diffstr.length) {
          const extLine = diffstr[i];
          if (isFileHeader(extLine) || isHunkHeader(extLine) || isDiffHeader(extLine)) {
            break;
          }
          const renameFromMatch = /^rename from (.*)/.exec(extLine);
          if (renameFromMatch) {
            index2.oldFileName = "a/" + unquoteIfQuoted(renameFromMatch[1]);
            index2.isRename = true;
          }
          const renameToMatch = /^rename to (.*)/.exec(extLine);
          if (renameToMatch) {
            index2.newFileName = "b/" + unquoteIfQuoted(renameToMatch[1]);
            index2.isRename = true;
          }
          const copyFromMatch = /^copy from (.*)/.exec(extLine);
          if (copyFromMatch) {
            index2.oldFileName = "a/" + unquoteIfQuoted(copyFromMatch[1]);
            index2.isCopy = true;
          }
          const copyToMatch = /^copy to (.*)/.exec(extLine);
          if (copyToMatch) {
            index2.newFileName = "b/" + unquoteIfQuoted(copyToMatch[1]);
            index2.isCopy = true;
          }
          const newFileModeMatch = /^new file mode (\d+)/.exec(extLine);
          if (newFileModeMatch) {
            index2.isCreate = true;
            index2.newMode = newFileModeMatch[1];
          }
          const deletedFileModeMatch = /^deleted file mode (\d+)/.exec(extLine);
          if (deletedFileModeMatch) {
            index2.isDelete = true;
            index2.oldMode = deletedFileModeMatch[1];
          }
          const oldModeMatch = /^old mode (\d+)/.exec(extLine);
          if (oldModeMatch) {
            index2.oldMode = oldModeMatch[1];
          }
          const newModeMatch = /^new mode (\d+)/.exec(extLine);
          if (newModeMatch) {
            index2.newMode = newModeMatch[1];
          }
          if (/^Binary files /.test(extLine)) {
            index2.isBinary = true;
          }
          i++;
        }
        continue;
      } else if (isDiffHeader(line)) {
        if (seenDiffHeader) {
          return;
        }
        seenDiffHeader = true;
        const headerMatch = /^(?:Index:|diff(?: -r \w+)+)\s+/.exec(line);
        if (headerMatch) {
          index2.index = line.substring(headerMatch[0].length).trim();
        }
      }
      i++;
    }
    parseFileHeader(index2);
    parseFileHeader(index2);
    if (index2.oldFileName === void 0 !== (index2.newFileName === void 0)) {
      throw new Error("Missing " + (index2.oldFileName !== void 0 ? '"+++ ..."' : '"--- ..."') + " file header for " + ((_a = index2.oldFileName) !== null && _a !== void 0 ? _a : index2.newFileName));
    }
    while (i < diffstr.length) {
      const line = diffstr[i];
      if (isDiffHeader(line) || isFileHeader(line) || /^===================================================================/.test(line)) {
        break;
      } else if (isHunkHeader(line)) {
        index2.hunks.push(parseHunk());
      } else {
        i++;
      }
    }
  }
  function parseGitDiffHeader(line) {
    const rest = line.substring("diff --git ".length);
    if (rest.startsWith('"')) {
      const oldPath = parseQuotedFileName(rest);
      if (oldPath === null) {
        return null;
      }
      const afterOld = rest.substring(oldPath.rawLength + 1);
      let newFileName;
      if (afterOld.startsWith('"')) {
        const newPath = parseQuotedFileName(afterOld);
        if (newPath === null) {
          return null;
        }
        newFileName = newPath.fileName;
      } else {
        newFileName = afterOld;
      }
      return {
        oldFileName: oldPath.fileName,
        newFileName
      };
    }
    const quoteIdx = rest.indexOf('"');
    if (quoteIdx > 0) {
      const oldFileName = rest.substring(0, quoteIdx - 1);
      const newPath = parseQuotedFileName(rest.substring(quoteIdx));
      if (newPath === null) {
        return null;
      }
      return {
        oldFileName,
        newFileName: newPath.fileName
      };
    }
    if (rest.startsWith("a/")) {
      const splits = [];
      let idx = 0;
      while (true) {
        idx = rest.indexOf(" b/", idx + 1);
        if (idx === -1) {
          break;
        }
        splits.push(idx);
      }
      if (splits.length > 0) {
        const mid = splits[Math.floor(splits.length / 2)];
        return {
          oldFileName: rest.substring(0, mid),
          newFileName: rest.substring(mid + 1)
        };
      }
    }
    return null;
  }
  function unquoteIfQuoted(s) {
    if (s.startsWith('"')) {
      const parsed = parseQuotedFileName(s);
      if (parsed) {
        return parsed.fileName;
      }
    }
    return s;
  }
  function parseQuotedFileName(s) {
    if (!s.startsWith('"')) {
      return null;
    }
    let result = "";
    let j = 1;
    while (j < s.length) {
      if (s[j] === '"') {
        return { fileName: result, rawLength: j + 1 };
      }
      if (s[j] === "\\" && j + 1 < s.length) {
        j++;
        switch (s[j]) {
          case "a":
            result += "\x07";
            break;
          case "b":
            result += "\b";
            break;
          case "f":
            result += "\f";
            break;
          case "n":
            result += "\n";
            break;
          case "r":
            result += "\r";
            break;
          case "t":
            result += "	";
            break;
          case "v":
            result += "\v";
            break;
          case "\\":
            result += "\\";
            break;
          case '"':
            result += '"';
            break;
          case "0":
          case "1":
          case "2":
          case "3":
          case "4":
          case "5":
          case "6":
          case "7": {
            if (j + 2 >= s.length || s[j + 1] < "0" || s[j + 1] > "7" || s[j + 2] < "0" || s[j + 2] > "7") {
              return null;
            }
            const bytes = [parseInt(s.substring(j, j + 3), 8)];
            j += 3;
            while (s[j] === "\\" && s[j + 1] >= "0" && s[j + 1] <= "7") {
              if (j + 3 >= s.length || s[j + 2] < "0" || s[j + 2] > "7" || s[j + 3] < "0" || s[j + 3] > "7") {
                return null;
              }
              bytes.push(parseInt(s.substring(j + 1, j + 4), 8));
              j += 4;
            }
            result += new TextDecoder("utf-8").decode(new Uint8Array(bytes));
            continue;
          }
          // Note that in C, there are also three kinds of hex escape sequences:
          // - \xhh
          // - \uhhhh
          // - \Uhhhhhhhh
          // We do not bother to parse them here because, so far as we know,
          // they are never emitted by any tools that generate unified diff
          // format diffs, and so for now jsdiff does not consider them legal.
          default:
            return null;
        }
      } else {
        result += s[j];
      }
      j++;
    }
    return null;
  }
  function parseFileHeader(index2) {
    const fileHeaderMatch = /^(---|\+\+\+)\s+/.exec(diffstr[i]);
    if (fileHeaderMatch) {
      const prefix = fileHeaderMatch[1], data = diffstr[i].substring(3).trim().split("	", 2), header = (data[1] || "").trim();
      let fileName = data[0];
      if (fileName.startsWith('"')) {
        fileName = unquoteIfQuoted(fileName);
      } else {
        fileName = fileName.replace(/\\\\/g, "\\");
      }
      if (prefix === "---") {
        index2.oldFileName = fileName;
        index2.oldHeader = header;
      } else {
        index2.newFileName = fileName;
        index2.newHeader = header;
      }
      i++;
    }
  }
  function parseHunk() {
    var _a;
    const chunkHeaderIndex = i, chunkHeaderLine = diffstr[i++], chunkHeader = chunkHeaderLine.split(/@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/);
    const hunk = {
      oldStart: +chunkHeader[1],
      oldLines: typeof chunkHeader[2] === "undefined" ? 1 : +chunkHeader[2],
      newStart: +chunkHeader[3],
      newLines: typeof chunkHeader[4] === "undefined" ? 1 : +chunkHeader[4],
      lines: []
    };
    if (hunk.oldLines === 0) {
      hunk.oldStart += 1;
    }
    if (hunk.newLines === 0) {
      hunk.newStart += 1;
    }
    let addCount = 0, removeCount = 0;
    for (; i < diffstr.length && (removeCount < hunk.oldLines || addCount < hunk.newLines || ((_a = diffstr[i]) === null || _a === void 0 ? void 0 : _a.startsWith("\\"))); i++) {
      const operation = diffstr[i].length == 0 && i != diffstr.length - 1 ? " " : diffstr[i][0];
      if (operation === "+" || operation === "-" || operation === " " || operation === "\\") {
        hunk.lines.push(diffstr[i]);
        if (operation === "+") {
          addCount++;
        } else if (operation === "-") {
          removeCount++;
        } else if (operation === " ") {
          addCount++;
          removeCount++;
        }
      } else {
        throw new Error(`Hunk at line ${chunkHeaderIndex + 1} contained invalid line ${diffstr[i]}`);
      }
    }
    if (!addCount && hunk.newLines === 1) {
      hunk.newLines = 0;
    }
    if (!removeCount && hunk.oldLines === 1) {
      hunk.oldLines = 0;
    }
    if (addCount !== hunk.newLines) {
      throw new Error("Added line count did not match for hunk at line " + (chunkHeaderIndex + 1));
    }
    if (removeCount !== hunk.oldLines) {
      throw new Error("Removed line count did not match for hunk at line " + (chunkHeaderIndex + 1));
    }
    if (i < diffstr.length && diffstr[i] && /^[+ -]/.test(diffstr[i]) && !isFileHeader(diffstr[i])) {
      throw new Error("Hunk at line " + (chunkHeaderIndex + 1) + " has more lines than expected (expected " + hunk.oldLines + " old lines and " + hunk.newLines + " new lines)");
    }
    return hunk;
  }
  while (i < diffstr.length) {
    parseIndex();
  }
  return list;
}

// node_modules/diff/libesm/util/distance-iterator.js
function distance_iterator_default(start, minLine, maxLine) {
  let wantForward = true, backwardExhausted = false, forwardExhausted = false, localOffset = 1;
  return function iterator() {
    if (wantForward && !forwardExhausted) {
      if (backwardExhausted) {
        localOffset++;
      } else {
        wantForward = false;
      }
      if (start + localOffset <= maxLine) {
        return start + localOffset;
      }
      forwardExhausted = true;
    }
    if (!backwardExhausted) {
      if (!forwardExhausted) {
        wantForward = true;
      }
      if (minLine <= start - localOffset) {
        return start - localOffset++;
      }
      backwardExhausted = true;
      return iterator();
    }
    return void 0;
  };
}

// node_modules/diff/libesm/patch/apply.js
function applyPatch(source, patch, options = {}) {
  let patches;
  if (typeof patch === "string") {
    patches = parsePatch(patch);
  } else if (Array.isArray(patch)) {
    patches = patch;
  } else {
    patches = [patch];
  }
  if (patches.length > 1) {
    throw new Error("applyPatch only works with a single input.");
  }
  return applyStructuredPatch(source, patches[0], options);
}
function applyStructuredPatch(source, patch, options = {}) {
  if (options.autoConvertLineEndings || options.autoConvertLineEndings == null) {
    if (hasOnlyWinLineEndings(source) && isUnix(patch)) {
      patch = unixToWin(patch);
    } else if (hasOnlyUnixLineEndings(source) && isWin(patch)) {
      patch = winToUnix(patch);
    }
  }
  const lines = source.split("\n"), hunks = patch.hunks, compareLine = options.compareLine || ((lineNumber, line, operation, patchContent) => line === patchContent), fuzzFactor = options.fuzzFactor || 0;
  let minLine = 0;
  if (fuzzFactor < 0 || !Number.isInteger(fuzzFactor)) {
    throw new Error("fuzzFactor must be a non-negative integer");
  }
  if (!hunks.length) {
    return source;
  }
  let prevLine = "", removeEOFNL = false, addEOFNL = false;
  for (let i = 0; i < hunks[hunks.length - 1].lines.length; i++) {
    const line = hunks[hunks.length - 1].lines[i];
    if (line[0] == "\\") {
      if (prevLine[0] == "+") {
        removeEOFNL = true;
      } else if (prevLine[0] == "-") {
        addEOFNL = true;
      }
    }
    prevLine = line;
  }
  if (removeEOFNL) {
    if (addEOFNL) {
      if (!fuzzFactor && lines[lines.length - 1] == "") {
        return false;
      }
    } else if (lines[lines.length - 1] == "") {
      lines.pop();
    } else if (!fuzzFactor) {
      return false;
    }
  } else if (addEOFNL) {
    if (lines[lines.length - 1] != "") {
      lines.push("");
    } else if (!fuzzFactor) {
      return false;
    }
  }
  function applyHunk(hunkLines, toPos, maxErrors, hunkLinesI = 0, lastContextLineMatched = true, patchedLines = [], patchedLinesLength = 0) {
    let nConsecutiveOldContextLines = 0;
    let nextContextLineMustMatch = false;
    for (; hunkLinesI < hunkLines.length; hunkLinesI++) {
      const hunkLine = hunkLines[hunkLinesI], operation = hunkLine.length > 0 ? hunkLine[0] : " ", content = hunkLine.length > 0 ? hunkLine.substr(1) : hunkLine;
      if (operation === "-") {
        if (compareLine(toPos + 1, lines[toPos], operation, content)) {
          toPos++;
          nConsecutiveOldContextLines = 0;
        } else {
          if (!maxErrors || lines[toPos] == null) {
            return null;
          }
          patchedLines[patchedLinesLength] = lines[toPos];
          return applyHunk(hunkLines, toPos + 1, maxErrors - 1, hunkLinesI, false, patchedLines, patchedLinesLength + 1);
        }
      }
      if (operation === "+") {
        if (!lastContextLineMatched) {
          return null;
        }
        patchedLines[patchedLinesLength] = content;
        patchedLinesLength++;
        nConsecutiveOldContextLines = 0;
        nextContextLineMustMatch = true;
      }
      if (operation === " ") {
        nConsecutiveOldContextLines++;
        patchedLines[patchedLinesLength] = lines[toPos];
        if (compareLine(toPos + 1, lines[toPos], operation, content)) {
          patchedLinesLength++;
          lastContextLineMatched = true;
          nextContextLineMustMatch = false;
          toPos++;
        } else {
          if (nextContextLineMustMatch || !maxErrors) {
            return null;
          }
          return lines[toPos] && (applyHunk(hunkLines, toPos + 1, maxErrors - 1, hunkLinesI + 1, false, patchedLines, patchedLinesLength + 1) || applyHunk(hunkLines, toPos + 1, maxErrors - 1, hunkLinesI, false, patchedLines, patchedLinesLength + 1)) || applyHunk(hunkLines, toPos, maxErrors - 1, hunkLinesI + 1, false, patchedLines, patchedLinesLength);
        }
      }
    }
    patchedLinesLength -= nConsecutiveOldContextLines;
    toPos -= nConsecutiveOldContextLines;
    patchedLines.length = patchedLinesLength;
    return {
      patchedLines,
      oldLineLastI: toPos - 1
    };
  }
  const resultLines = [];
  let prevHunkOffset = 0;
  for (let i = 0; i < hunks.length; i++) {
    const hunk = hunks[i];
    let hunkResult;
    const maxLine = lines.length - hunk.oldLines + fuzzFactor;
    let toPos;
    for (let maxErrors = 0; maxErrors <= fuzzFactor; maxErrors++) {
      toPos = hunk.oldStart + prevHunkOffset - 1;
      const iterator = distance_iterator_default(toPos, minLine, maxLine);
      for (; toPos !== void 0; toPos = iterator()) {
        hunkResult = applyHunk(hunk.lines, toPos, maxErrors);
        if (hunkResult) {
          break;
        }
      }
      if (hunkResult) {
        break;
      }
    }
    if (!hunkResult) {
      return false;
    }
    for (let i2 = minLine; i2 < toPos; i2++) {
      resultLines.push(lines[i2]);
    }
    for (let i2 = 0; i2 < hunkResult.patchedLines.length; i2++) {
      const line = hunkResult.patchedLines[i2];
      resultLines.push(line);
    }
    minLine = hunkResult.oldLineLastI + 1;
    prevHunkOffset = toPos + 1 - hunk.oldStart;
  }
  for (let i = minLine; i < lines.length; i++) {
    resultLines.push(lines[i]);
  }
  return resultLines.join("\n");
}

// src/sync/line-diff.ts
var EXACT_LIMIT = 4e6;
function diffLines(before, after) {
  const a = splitLines(before);
  const b = splitLines(after);
  const ops = [];
  diffRange(a, 0, a.length, b, 0, b.length, ops, 0);
  return ops;
}
function splitLines(text) {
  const parts = text.split("\n");
  let noNewlineLast = false;
  if (parts[parts.length - 1] === "") parts.pop();
  else noNewlineLast = true;
  const keys = parts.slice();
  if (noNewlineLast && keys.length > 0) keys[keys.length - 1] += "\n";
  return { keys, text: parts, noNewlineLast, length: parts.length };
}
function push(ops, op, side2, i) {
  ops.push({ op, line: side2.text[i], noNewline: side2.noNewlineLast && i === side2.length - 1 });
}
var MAX_DEPTH = 8;
function diffRange(a, aLo, aHi, b, bLo, bHi, ops, depth) {
  while (aLo < aHi && bLo < bHi && a.keys[aLo] === b.keys[bLo]) {
    push(ops, " ", a, aLo++);
    bLo++;
  }
  let tail = 0;
  while (aHi - tail > aLo && bHi - tail > bLo && a.keys[aHi - tail - 1] === b.keys[bHi - tail - 1])
    tail++;
  aHi -= tail;
  bHi -= tail;
  if (aLo === aHi || bLo === bHi) {
    for (let i = aLo; i < aHi; i++) push(ops, "-", a, i);
    for (let j = bLo; j < bHi; j++) push(ops, "+", b, j);
  } else {
    const anchors = depth < MAX_DEPTH ? uniqueAnchors(a, aLo, aHi, b, bLo, bHi) : [];
    if (anchors.length === 0) {
      exactGap(a, aLo, aHi, b, bLo, bHi, ops);
    } else {
      let i = aLo;
      let j = bLo;
      for (const [ai, bj] of anchors) {
        diffRange(a, i, ai, b, j, bj, ops, depth + 1);
        push(ops, " ", a, ai);
        i = ai + 1;
        j = bj + 1;
      }
      diffRange(a, i, aHi, b, j, bHi, ops, depth + 1);
    }
  }
  for (let k = 0; k < tail; k++) push(ops, " ", a, aHi + k);
}
function exactGap(a, aLo, aHi, b, bLo, bHi, ops) {
  if ((aHi - aLo) * (bHi - bLo) > EXACT_LIMIT) {
    for (let i2 = aLo; i2 < aHi; i2++) push(ops, "-", a, i2);
    for (let j2 = bLo; j2 < bHi; j2++) push(ops, "+", b, j2);
    return;
  }
  let i = aLo;
  let j = bLo;
  for (const change of diffArrays(a.keys.slice(aLo, aHi), b.keys.slice(bLo, bHi))) {
    const n = change.count ?? change.value.length;
    for (let k = 0; k < n; k++) {
      if (change.added) push(ops, "+", b, j++);
      else if (change.removed) push(ops, "-", a, i++);
      else {
        push(ops, " ", a, i++);
        j++;
      }
    }
  }
}
function uniqueAnchors(a, aLo, aHi, b, bLo, bHi) {
  const seen = /* @__PURE__ */ new Map();
  for (let i = aLo; i < aHi; i++) {
    const s = seen.get(a.keys[i]);
    if (s) s.countA++;
    else seen.set(a.keys[i], { a: i, b: -1, countA: 1, countB: 0 });
  }
  for (let j = bLo; j < bHi; j++) {
    const s = seen.get(b.keys[j]);
    if (s) {
      s.countB++;
      s.b = j;
    }
  }
  const pairs = [];
  for (const s of seen.values()) if (s.countA === 1 && s.countB === 1) pairs.push([s.a, s.b]);
  pairs.sort((x, y) => x[0] - y[0]);
  return longestIncreasing(pairs);
}
function longestIncreasing(pairs) {
  const tails = [];
  const previous = new Int32Array(pairs.length).fill(-1);
  for (let k = 0; k < pairs.length; k++) {
    const value = pairs[k][1];
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (pairs[tails[mid]][1] < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[k] = tails[lo - 1];
    tails[lo] = k;
  }
  const out = [];
  for (let k = tails.length > 0 ? tails[tails.length - 1] : -1; k !== -1; k = previous[k])
    out.push(pairs[k]);
  return out.reverse();
}
function changeRuns(ops) {
  const runs = [];
  let oldNo = 1;
  let newNo = 1;
  for (let k = 0; k < ops.length; ) {
    if (ops[k].op === " ") {
      oldNo++;
      newNo++;
      k++;
      continue;
    }
    const oldStart = oldNo;
    const newStart = newNo;
    const added = [];
    let oldLines = 0;
    for (; k < ops.length && ops[k].op !== " "; k++) {
      if (ops[k].op === "-") {
        oldLines++;
        oldNo++;
      } else {
        added.push(ops[k].line);
        newNo++;
      }
    }
    runs.push({ oldStart, oldLines, newStart, added });
  }
  return runs;
}
function formatHunks(ops, context = 3) {
  let out = "";
  const oldNoAt = [];
  const newNoAt = [];
  let oldNo = 1;
  let newNo = 1;
  for (const op of ops) {
    oldNoAt.push(oldNo);
    newNoAt.push(newNo);
    if (op.op !== "+") oldNo++;
    if (op.op !== "-") newNo++;
  }
  let k = 0;
  while (k < ops.length) {
    if (ops[k].op === " ") {
      k++;
      continue;
    }
    const start = Math.max(0, k - context);
    let end2 = k;
    for (; ; ) {
      while (end2 < ops.length && ops[end2].op !== " ") end2++;
      let next = end2;
      while (next < ops.length && ops[next].op === " ") next++;
      if (next < ops.length && next - end2 <= 2 * context) end2 = next;
      else break;
    }
    const stop = Math.min(ops.length, end2 + context);
    let oldLen = 0;
    let newLen = 0;
    let body = "";
    for (let p = start; p < stop; p++) {
      const op = ops[p];
      if (op.op !== "+") oldLen++;
      if (op.op !== "-") newLen++;
      body += `${op.op}${op.line}
`;
      if (op.noNewline) body += "\\ No newline at end of file\n";
    }
    const oldStart = oldLen === 0 ? oldNoAt[start] - 1 : oldNoAt[start];
    const newStart = newLen === 0 ? newNoAt[start] - 1 : newNoAt[start];
    out += `@@ -${oldStart},${oldLen} +${newStart},${newLen} @@
${body}`;
    k = stop;
  }
  return out;
}

// src/sync/patch.ts
function unifiedPatch(path, before, after) {
  if (before === after) return "";
  const a = quotePath(`a/${path}`);
  const b = quotePath(`b/${path}`);
  const hunks = formatHunks(diffLines(before, after), 3);
  return `diff --git ${a} ${b}
--- ${a}
+++ ${b}
${hunks}`;
}
function quotePath(name) {
  if (![...name].some(needsQuote)) return name;
  const escaped = [...name].map(
    (c) => needsQuote(c) ? NAMED_ESCAPES[c] ?? `\\${c.charCodeAt(0).toString(8).padStart(3, "0")}` : c
  );
  return `"${escaped.join("")}"`;
}
var NAMED_ESCAPES = {
  '"': '\\"',
  "\\": "\\\\",
  "	": "\\t",
  "\n": "\\n",
  "\r": "\\r",
  "\b": "\\b",
  "\f": "\\f",
  "\v": "\\v",
  "\x07": "\\a"
};
function needsQuote(c) {
  const code = c.charCodeAt(0);
  return c === '"' || c === "\\" || code < 32 || code === 127;
}

// src/sync/fix.ts
var PATCH_CAP = 6e4;
function planFor(plan, models) {
  return {
    add: plan.add.filter((entry) => models.has(entry.name)),
    setLists: plan.setLists.filter((update) => models.has(update.model)),
    remove: plan.remove.filter((entry) => models.has(entry.model)),
    movePaths: plan.movePaths.filter((update) => models.has(update.model))
  };
}
function driftFix(path, text, code, models, options = {}) {
  if (models.size === 0) return null;
  let full;
  try {
    full = planSync(text, code, options);
  } catch {
    return null;
  }
  const plan = planFor(full, models);
  if (isEmptyPlan(plan)) return null;
  const patch = unifiedPatch(path, text, applySync(text, plan));
  if (patch === "") return null;
  const touched = /* @__PURE__ */ new Set([
    ...plan.add.map((entry) => entry.name),
    ...plan.setLists.map((update) => update.model),
    ...plan.remove.map((entry) => entry.model),
    ...plan.movePaths.map((update) => update.model)
  ]);
  const truncated = patch.length > PATCH_CAP;
  return {
    models: [...touched].sort(),
    patch: truncated ? "" : patch,
    truncated,
    command: `blast-radius inventory sync --write --inventory ${path}`
  };
}

// src/columns/report.ts
function withColumnCategories(changes, columns) {
  const byModel = new Map(columns.changes.map((c) => [c.model, c]));
  return changes.map((change) => {
    const c = byModel.get(change.model);
    if (!c) return change;
    return {
      ...change,
      category: c.category,
      ...c.columns && { columns: c.columns },
      categoryReasons: c.reasons
    };
  });
}
function withColumnReach(models, anchors, columns, outside) {
  const known = new Set(columns.anchors);
  const unknown = anchors.filter((a) => !known.has(a));
  if (unknown.length > 0 && (!outside || known.size === 0)) return { models: [...models] };
  const beyond = unknown.length > 0 && outside ? outside(unknown) : /* @__PURE__ */ new Set();
  const named = unknown.slice(0, 3);
  const beyondReason = `downstream of ${named.join(", ")}${unknown.length > 3 ? ` and ${unknown.length - 3} more` : ""}, changed where the column analysis does not look (the inventory)`;
  const byModel = new Map(columns.models.map((m) => [m.model, m]));
  let affected = 0;
  const out = models.map((model) => {
    if (beyond.has(model.model)) {
      affected++;
      return { ...model, reach: "full", reachReasons: [beyondReason] };
    }
    const r = byModel.get(model.model);
    const reach = r?.reach ?? "full";
    if (reach !== "unaffected") affected++;
    return {
      ...model,
      reach,
      ...r?.reach === "columns" && r.columns && { columns: r.columns },
      reachReasons: r?.reasons ?? ["reached outside the column analysis"]
    };
  });
  return { models: out, affected };
}

// src/report/diff-report.ts
function buildDiffReport(input, config, options = {}) {
  const baseInventory = usableOrNull(input.base.inventory);
  const vanished = input.base.inventory !== null && input.head.inventory === null;
  const codeOnly = !vanished && input.head.inventory === null && input.code !== void 0;
  const headInventory = vanished || codeOnly ? emptyInventory(input.inventoryPath) : input.head.inventory;
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
  if (code)
    allChanges = withInventoryLayers(
      mergeChanges(allChanges, code.changes),
      baseInventory,
      headInventory?.usable ? headInventory : null
    );
  const headSet = headInventory?.usable ? headInventory : modelSet([]);
  const listed = withoutIgnored(allChanges, config.ignore, baseInventory, headSet, code);
  const removed = new Set(listed.filter((c) => c.kind === "removed").map((c) => c.model));
  const pair = buildGraphPair(
    baseInventory,
    headSet,
    allChanges,
    [...removed],
    extraLineage(code, input.manifest)
  );
  const settled = settleAnchoring(listed, pair, headSet);
  const categorised = input.columns ? withColumnCategories(settled, input.columns) : settled;
  const changes = withReachedFrom(
    withoutIgnored(categorised, config.ignore, baseInventory, headSet, code),
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
  const proofs = provenanceOf(code, input.manifest);
  const traced = proofs ? withProvenance(radius.models, headSet, proofs) : radius.models;
  const outside = (from) => new Set(
    blastRadius(pair, from, changed, (position) => head[position].layer).models.map(
      (m) => m.model
    )
  );
  const reach = input.columns ? withColumnReach(traced, anchors, input.columns, outside) : null;
  const impacted = reach?.models ?? traced;
  const perChange = perChangeImpact(pair, anchors, config["per-change-budget"], changed);
  const unanalysed = unanalysedFiles(input, config.ignore, baseInventory, headSet, code);
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
    ...codeOnly && { inventoryAbsent: true },
    ...input.columns && { contracts: input.columns.contracts },
    ...input.code && {
      code: {
        base: input.code.base,
        head: input.code.head,
        layers: layerRules(config),
        changedFiles: touchedFiles(input.changedFiles, input.code)
      }
    },
    ...code && input.manifest && {
      manifest: manifestDisagreement(input.manifest.head, {
        nodes: code.nodes,
        edges: code.headEdges
      })
    },
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
      ...reach?.affected !== void 0 && { columnReach: columnReachOf(reach.models) },
      baseline: baseInventory ?? modelSet([]),
      rewired: rewiredModels(changes)
    } : null
  });
  const drift = input.code && input.head.inventory?.usable && headInventory?.usable && !vanished ? driftFix(
    input.inventoryPath,
    headInventory.locator.text,
    codeView(input.code.head, layerRules(config)),
    new Set(
      findings.filter((f) => f.rule === "lineage/inventory-drift" && f.model !== null).map((f) => f.model)
    ),
    { layers: layerRules(config) }
  ) : null;
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
      base: input.base.inventory ? side(input.base, base?.length ?? 0, input.base.inventory.usable) : null,
      head: {
        ...side(input.head, head.length, headInventory?.usable ?? true),
        ...codeOnly && { absent: true }
      }
    },
    changes,
    impact: { models: impacted, byLayer: radius.byLayer, perChange },
    ...code && {
      lineage: lineageSummary(code, input.head.inventory !== null, input.manifest !== void 0)
    },
    ...drift && { drift },
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
      ...allChanges.length > changes.length && { ignored: allChanges.length - changes.length },
      ...reach?.affected !== void 0 && { affected: reach.affected }
    }
  };
}
function columnReachOf(models) {
  const out = /* @__PURE__ */ new Map();
  for (const m of models)
    if (m.reach !== void 0)
      out.set(m.model, { reach: m.reach, ...m.columns && { columns: m.columns } });
  return out;
}
function withReachedFrom(changes, pair) {
  const { table } = pair;
  const sources = changes.filter((change) => !change.metadataOnly).map((change) => table.ids.get(change.model)).sort((a, b) => a - b);
  if (sources.length === 0) return changes;
  const nearest = nearestSources(pair.head, sources);
  return changes.map((change) => {
    const v = table.ids.get(change.model);
    if (v === void 0) return change;
    const own2 = nearest.first[v] === v;
    const from = own2 ? nearest.second[v] : nearest.first[v];
    if (from === -1) return change;
    const depth = own2 ? nearest.secondDistance[v] : nearest.firstDistance[v];
    return { ...change, reachedFrom: { model: table.names[from], depth } };
  });
}
function unanalysedFiles(input, globs, base, head, code = null) {
  const ignored = globs.length > 0 ? (0, import_picomatch.default)(globs, { dot: true }) : () => false;
  const inventory = normalizePath(input.inventoryPath);
  const candidates = input.changedFiles.filter((file) => isDbtFile(file.path));
  if (candidates.length === 0) return [];
  const claimed = /* @__PURE__ */ new Set();
  for (const set of [base, head]) {
    for (const model of set?.models ?? []) claimed.add(normalizePath(model.path));
  }
  for (const path of code?.paths ?? []) claimed.add(path);
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
  base.sourceIndex.forEach((index2, position) => {
    if (positions.has(index2)) names.add(base.models[position].name);
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
function side(input, models, usable) {
  return { ref: input.ref, ...input.file !== void 0 && { file: input.file }, models, usable };
}
function withoutIgnored(changes, globs, base, head, code = null) {
  if (globs.length === 0) return changes;
  const ignored = (0, import_picomatch.default)(globs, { dot: true });
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
function withProvenance(models, head, proofOf) {
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
      proof.push(...proofOf(from, to));
      steps.push(proof);
    }
    return { ...model, provenance: steps, ...codeOnly && { notInInventory: true } };
  });
}
function extraLineage(code, manifest) {
  if (!code && !manifest) return void 0;
  return {
    nodes: [
      ...code?.nodes ?? [],
      ...manifest?.head.nodes ?? [],
      ...manifest?.base?.nodes ?? []
    ],
    baseEdges: [
      ...code?.baseEdges ?? [],
      ...manifest?.base?.edges ?? manifest?.head.edges ?? []
    ],
    headEdges: [...code?.headEdges ?? [], ...manifest?.head.edges ?? []]
  };
}
function provenanceOf(code, manifest) {
  if (!code && !manifest) return null;
  const inManifest = new Set((manifest?.head.edges ?? []).map((e) => `${e.from}\0${e.to}`));
  return (from, to) => [
    ...code?.provenance(from, to) ?? [],
    ...inManifest.has(`${from}\0${to}`) ? ["manifest"] : []
  ];
}
function withInventoryLayers(changes, base, head) {
  const layerIn = (set, name) => {
    const i = set?.indexByName.get(name);
    return i === void 0 ? void 0 : set.models[i].layer;
  };
  return changes.map((change) => {
    const layer = change.kind === "removed" ? layerIn(base, change.model) ?? layerIn(head, change.model) : layerIn(head, change.model) ?? layerIn(base, change.model);
    return layer === void 0 || layer === change.layer ? change : { ...change, layer };
  });
}
function lineageSummary(code, inventory, manifest) {
  return {
    sources: [...inventory ? ["inventory"] : [], "code", ...manifest ? ["manifest"] : []],
    projects: code.head.projects.map((project) => project.name).sort(compareNames),
    nodes: code.nodes.length,
    edges: code.headEdges.length,
    macros: code.macros,
    unresolved: code.head.problems.length
  };
}
function touchedFiles(changed, code) {
  const files = new Set(changed.map((file) => file.path));
  const changedNodes = new Set(code.changes.map((change) => change.node));
  for (const node of code.head.nodes)
    if (changedNodes.has(node.id) && node.path) files.add(node.path);
  return files;
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
    demo: "node scripts/demo.mjs",
    "demo:files": "node dist/cli.js diff --base-file examples/demo/base.json --head-file examples/demo/head.json --changed-files examples/demo/changed.txt --config examples/demo/blast-radius.yml --format text",
    "openapi:extract": "node scripts/extract-openapi.mjs",
    examples: "node scripts/render-examples.mjs",
    "docs:rules": "node scripts/docs-rules.mjs",
    "bench:code": "node scripts/bench/code.mjs",
    "bench:columns": "node scripts/bench/columns.mjs",
    "corpus:columns": "node scripts/corpus/pairs-columns.mjs"
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
  const run2 = promisify((await import("node:child_process")).execFile);
  try {
    const { stdout } = await run2("git", ["-C", repo, ...args], {
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

// src/sync/suggest.ts
var MAX_BODY = 65536;
function suggestionComments(input) {
  const { path, before, after } = input;
  if (before === after) return { comments: [], skipped: 0 };
  const file = input.prFiles.find((f) => f.filename === path);
  const hunks = changeRuns(diffLines(before, after));
  if (!file?.patch) return { comments: [], skipped: hunks.length };
  const allowed = commentableLines(file.patch, input.allowContext ?? false);
  const oldLines = splitLines2(before);
  const max = input.maxComments ?? 50;
  const note = input.note ?? "Inventory sync: the dependency lists as the code has them.";
  const comments = [];
  let skipped2 = 0;
  for (const hunk of hunks) {
    let first = hunk.oldStart;
    let last = hunk.oldStart + hunk.oldLines - 1;
    const replacement = hunk.added.map(stripCr);
    if (hunk.oldLines === 0) {
      if (hunk.oldStart > 1) {
        first = last = hunk.oldStart - 1;
        replacement.unshift(stripCr(oldLines[first - 1] ?? ""));
      } else {
        first = last = 1;
        replacement.push(stripCr(oldLines[0] ?? ""));
      }
    }
    let ok = comments.length < max;
    for (let l = first; ok && l <= last; l++) ok = allowed.has(l);
    const body = ok ? suggestionBody(note, replacement) : "";
    if (!ok || body.length > MAX_BODY) {
      skipped2++;
      continue;
    }
    comments.push({
      path,
      line: last,
      ...first < last ? { start_line: first, start_side: "RIGHT" } : {},
      side: "RIGHT",
      body
    });
  }
  return { comments, skipped: skipped2 };
}
function suggestionBody(note, lines) {
  let longest = 0;
  for (const line of lines)
    for (const run2 of line.match(/`+/g) ?? []) longest = Math.max(longest, run2.length);
  const fence = "`".repeat(Math.max(3, longest + 1));
  const content = lines.length === 0 ? "" : `${lines.join("\n")}
`;
  return `${note}

${fence}suggestion
${content}${fence}
`;
}
function commentableLines(patch, context) {
  const lines = /* @__PURE__ */ new Set();
  let right = 0;
  let inHunk = false;
  for (const raw of patch.split("\n")) {
    const line = stripCr(raw);
    const header = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
    if (header) {
      right = Number(header[1]);
      inHunk = true;
      continue;
    }
    if (!inHunk) continue;
    const mark = line[0];
    if (mark === "+") lines.add(right++);
    else if (mark === " " || line === "") {
      if (context && line !== "") lines.add(right);
      if (line !== "") right++;
    }
  }
  return lines;
}
function splitLines2(text) {
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}
function stripCr(line) {
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}

// src/git/tree-files.ts
import { spawn } from "node:child_process";
function dbtFileFilter(path) {
  return /\.(sql|py|ya?ml|csv|md)$/i.test(path);
}
var MAX_BLOB = 64 * 1024 * 1024;
function run(repo, args, input, onData) {
  return new Promise((resolve, reject) => {
    const child = spawn("git", ["-C", repo, ...args], {
      env: { ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" },
      stdio: ["pipe", "pipe", "pipe"]
    });
    const out = [];
    const err = [];
    child.stdout.on("data", onData ?? ((b) => out.push(b)));
    child.stderr.on("data", (b) => err.push(b));
    child.on(
      "error",
      (e) => reject(new GitError(e.code === "ENOENT" ? "git is not installed or not on PATH" : e.message))
    );
    child.on("close", (code) => {
      if (code === 0) resolve(Buffer.concat(out));
      else {
        const detail = Buffer.concat(err).toString().trim().split("\n")[0];
        reject(new GitError(`git ${args[0]} failed in ${repo}: ${detail}`));
      }
    });
    child.stdin.on("error", () => {
    });
    child.stdin.end(input ?? "");
  });
}
async function listTree(repo, commit, filter = dbtFileFilter) {
  const out = (await run(repo, ["ls-tree", "-r", "-z", "--full-tree", commit])).toString("utf8");
  const entries = [];
  for (const rec of out.split("\0")) {
    if (!rec) continue;
    const tab = rec.indexOf("	");
    if (tab < 0) continue;
    const [mode, type, blob] = rec.slice(0, tab).split(" ");
    const path = rec.slice(tab + 1);
    if (type !== "blob" || mode === "120000" || !blob) continue;
    if (filter(path)) entries.push({ path, blob });
  }
  return entries;
}
async function readBlobs(repo, ids) {
  const unique2 = [...new Set(ids)];
  if (unique2.length === 0) return /* @__PURE__ */ new Map();
  const batch = new BatchOutput(unique2);
  await run(repo, ["cat-file", "--batch"], unique2.join("\n") + "\n", (chunk) => batch.push(chunk));
  return batch.texts;
}
var BatchOutput = class {
  constructor(ids) {
    this.ids = ids;
  }
  ids;
  texts = /* @__PURE__ */ new Map();
  /** The index of the id whose header comes next, and the id of the blob being read. */
  next = 0;
  id = "";
  /** Bytes still to come of the current blob and its newline; -1 while a header is awaited. */
  want = -1;
  /** The current blob's size, and whether it is kept (a blob, not too large). */
  size = 0;
  keep = false;
  /** The start of a header or kept blob split across chunks. */
  pending = [];
  pendingBytes = 0;
  push(chunk) {
    let pos = 0;
    if (this.pendingBytes > 0) pos = this.finishSplit(chunk);
    while (pos >= 0 && pos < chunk.length && (this.want >= 0 || this.next < this.ids.length)) {
      if (this.want < 0) {
        const nl = chunk.indexOf(10, pos);
        if (nl < 0) return this.hold(chunk.subarray(pos));
        this.header(chunk.toString("latin1", pos, nl));
        pos = nl + 1;
      } else if (chunk.length - pos >= this.want) {
        if (this.keep) this.blob(chunk, pos);
        pos += this.want;
        this.want = -1;
      } else {
        this.want -= chunk.length - pos;
        if (this.keep) this.hold(chunk.subarray(pos));
        return;
      }
    }
  }
  /** Completes a split header or blob with the start of `chunk`; where the rest begins, or -1. */
  finishSplit(chunk) {
    if (this.want < 0) {
      const nl = chunk.indexOf(10);
      if (nl < 0) {
        this.hold(chunk);
        return -1;
      }
      this.header(Buffer.concat([...this.pending, chunk.subarray(0, nl)]).toString("latin1"));
      this.release();
      return nl + 1;
    }
    if (chunk.length < this.want) {
      this.want -= chunk.length;
      this.hold(chunk);
      return -1;
    }
    const end2 = this.want;
    this.blob(Buffer.concat([...this.pending, chunk.subarray(0, end2)]), 0);
    this.release();
    this.want = -1;
    return end2;
  }
  header(line) {
    const parts = line.split(" ");
    this.id = this.ids[this.next++];
    if (parts[1] === "missing" || parts.length < 3) return;
    this.size = Number(parts[2]);
    this.keep = parts[1] === "blob" && this.size <= MAX_BLOB;
    this.want = this.size + 1;
  }
  /** The current blob, whose bytes start at `start` of `buf`. */
  blob(buf, start) {
    this.texts.set(this.id, buf.toString("utf8", start, start + this.size));
  }
  hold(piece) {
    this.pending.push(piece);
    this.pendingBytes += piece.length;
  }
  release() {
    this.pending = [];
    this.pendingBytes = 0;
  }
};
async function readTree(repo, commit, filter = dbtFileFilter) {
  const entries = await listTree(repo, commit, filter);
  const blobs = await readBlobs(
    repo,
    entries.map((e) => e.blob)
  );
  return assemble(entries, blobs);
}
async function readTrees(repo, base, head, filter = dbtFileFilter) {
  const [b, h] = await Promise.all([listTree(repo, base, filter), listTree(repo, head, filter)]);
  const blobs = await readBlobs(
    repo,
    [...b, ...h].map((e) => e.blob)
  );
  return { base: assemble(b, blobs), head: assemble(h, blobs) };
}
function assemble(entries, blobs) {
  const files = /* @__PURE__ */ new Map();
  const blobIds = /* @__PURE__ */ new Map();
  for (const e of entries) {
    const text = blobs.get(e.blob);
    if (text === void 0) continue;
    files.set(e.path, text);
    blobIds.set(e.path, e.blob);
  }
  return { files, blobIds };
}

// src/project/scan.ts
var import_yaml = __toESM(require_dist(), 1);

// src/project/types.ts
function nodeId(kind, project, name) {
  return `${kind}:${project}:${name}`;
}
var ANCHORING = /* @__PURE__ */ new Set([
  "sql",
  "macro",
  "var",
  "config",
  "contract",
  "seed"
]);

// src/project/jinja-parse.ts
var MAX_DEPTH2 = 64;
var MAX_EXPR_DEPTH = 64;
var MAX_TREE_DEPTH = 200;
var TOO_DEEP = "expression nested too deeply to parse";
function isLimitProblem(problem) {
  return problem.message === TOO_DEEP || problem.message.startsWith("Jinja nesting deeper than");
}
function isSpace(c) {
  return c === 32 || c >= 9 && c <= 13 || c === 160 || c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
}
function trimStartLinear(s) {
  let a = 0;
  while (a < s.length && isSpace(s.charCodeAt(a))) a++;
  return a === 0 ? s : s.slice(a);
}
function trimEndLinear(s) {
  let b = s.length;
  while (b > 0 && isSpace(s.charCodeAt(b - 1))) b--;
  return b === s.length ? s : s.slice(0, b);
}
function segments(text, problems) {
  const segs = [];
  let i = 0;
  let line = 1;
  let pendingLstrip = false;
  const countLines = (from, to) => {
    let n = 0;
    for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) n++;
    return n;
  };
  const pushText = (s, startLine) => {
    if (pendingLstrip) s = trimStartLinear(s);
    pendingLstrip = false;
    if (s) segs.push({ kind: "text", body: s, line: startLine, endLine: startLine });
  };
  const rstripLast = () => {
    const last = segs[segs.length - 1];
    if (last && last.kind === "text") last.body = trimEndLinear(last.body);
  };
  while (i < text.length) {
    const open = text.indexOf("{", i);
    if (open < 0 || open + 1 >= text.length) {
      pushText(text.slice(i), line);
      break;
    }
    const next = text[open + 1];
    if (next !== "{" && next !== "%" && next !== "#") {
      const chunkEnd = open + 1;
      pushText(text.slice(i, chunkEnd), line);
      line += countLines(i, chunkEnd);
      i = chunkEnd;
      mergeText(segs);
      continue;
    }
    pushText(text.slice(i, open), line);
    mergeText(segs);
    line += countLines(i, open);
    const tagLine = line;
    if (next === "#") {
      const close2 = text.indexOf("#}", open + 2);
      const end2 = close2 < 0 ? text.length : close2 + 2;
      if (close2 < 0) problems.push({ line: tagLine, message: "unclosed Jinja comment {#" });
      if (text[open + 2] === "-") rstripLast();
      if (close2 > 0 && text[close2 - 1] === "-") pendingLstrip = true;
      line += countLines(open, end2);
      i = end2;
      continue;
    }
    const closer = next === "{" ? "}}" : "%}";
    const close = findClose(text, open + 2, closer);
    if (close < 0) {
      problems.push({ line: tagLine, message: `unclosed Jinja tag ${text.slice(open, open + 2)}` });
      break;
    }
    let body = text.slice(open + 2, close);
    if (body.startsWith("-")) {
      rstripLast();
      body = body.slice(1);
    } else if (body.startsWith("+")) body = body.slice(1);
    if (body.endsWith("-")) {
      pendingLstrip = true;
      body = body.slice(0, -1);
    } else if (body.endsWith("+")) body = body.slice(0, -1);
    const endLine = tagLine + countLines(open, close);
    if (next === "%" && body.trim() === "raw") {
      const rawEnd = /\{%-?\s*endraw\s*-?%\}/g;
      rawEnd.lastIndex = close + 2;
      const m = rawEnd.exec(text);
      const stop = m ? m.index : text.length;
      pushText(text.slice(close + 2, stop), endLine);
      const after = m ? m.index + m[0].length : text.length;
      line += countLines(open, after);
      i = after;
      continue;
    }
    segs.push({ kind: next === "{" ? "out" : "stmt", body, line: tagLine, endLine });
    line += countLines(open, close + 2);
    i = close + 2;
  }
  return segs;
}
function mergeText(segs) {
  const n = segs.length;
  if (n >= 2 && segs[n - 1].kind === "text" && segs[n - 2].kind === "text") {
    segs[n - 2].body += segs[n - 1].body;
    segs.pop();
  }
}
function findClose(text, from, closer) {
  let i = from;
  while (i < text.length) {
    const c = text[i];
    if (c === '"' || c === "'") {
      const end2 = skipString(text, i);
      if (end2 < 0) return text.indexOf(closer, i + 1);
      i = end2;
      continue;
    }
    if (c === closer[0] && text[i + 1] === closer[1]) return i;
    i++;
  }
  return -1;
}
var SIMPLE_ESCAPES = {
  n: "\n",
  t: "	",
  r: "\r",
  "\\": "\\",
  "'": "'",
  '"': '"',
  a: "\x07",
  b: "\b",
  f: "\f",
  v: "\v",
  "\n": ""
};
function stringEscape(src, at) {
  const e = src[at + 1];
  const simple = SIMPLE_ESCAPES[e];
  if (simple !== void 0) return [simple, 2];
  const hex = e === "x" ? 2 : e === "u" ? 4 : e === "U" ? 8 : 0;
  if (hex > 0) {
    const digits = src.slice(at + 2, at + 2 + hex);
    const code = digits.length === hex && /^[0-9a-fA-F]+$/.test(digits) ? parseInt(digits, 16) : -1;
    if (code >= 0 && code <= 1114111) return [String.fromCodePoint(code), 2 + hex];
    return ["\\" + e, 2];
  }
  if (e >= "0" && e <= "7") {
    let n = 1;
    while (n < 3 && src[at + 1 + n] >= "0" && src[at + 1 + n] <= "7") n++;
    return [String.fromCharCode(parseInt(src.slice(at + 1, at + 1 + n), 8)), 1 + n];
  }
  return ["\\" + e, 2];
}
function skipString(text, start) {
  const q = text[start];
  let i = start + 1;
  while (i < text.length) {
    const c = text[i];
    if (c === "\\") i += 2;
    else if (c === q) return i + 1;
    else if (c === "\n" && i - start > 4096) return -1;
    else i++;
  }
  return -1;
}
var OPS = ["**", "//", "==", "!=", "<=", ">=", "<", ">", "+", "-", "*", "/", "%", "~", "|"];
function tokenize(src, line) {
  const toks = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === "\n") {
      line++;
      i++;
      continue;
    }
    const code = src.charCodeAt(i);
    if (code === 32 || code >= 9 && code <= 13 || code > 127 && /\s/.test(c)) {
      i++;
      continue;
    }
    if (isIdentStart(code)) {
      let j = i + 1;
      while (j < src.length && isIdent(src.charCodeAt(j))) j++;
      toks.push({ k: "name", v: src.slice(i, j), line });
      i = j;
      continue;
    }
    if (code >= 48 && code <= 57) {
      let j = i + 1;
      while (j < src.length && isNumberPart(src.charCodeAt(j))) j++;
      const raw = src.slice(i, j).replace(/_/g, "");
      toks.push({ k: "num", v: Number(raw), line });
      i = j;
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      let run2 = j;
      let out = "";
      let undecoded = false;
      while (j < src.length && src[j] !== c) {
        if (src[j] === "\\" && j + 1 < src.length) {
          if (src[j + 1] === "N" && src[j + 2] === "{") undecoded = true;
          const [value, length] = stringEscape(src, j);
          if (src[j + 1] === "\n") line++;
          out += src.slice(run2, j) + value;
          j += length;
          run2 = j;
        } else {
          if (src[j] === "\n") line++;
          j++;
        }
      }
      toks.push({ k: "str", v: out + src.slice(run2, j), line, ...undecoded && { undecoded } });
      i = j + 1;
      continue;
    }
    const next = src[i + 1];
    if (next === "*" || next === "/" || next === "=") {
      const two = c + next;
      if (OPS.includes(two)) {
        toks.push({ k: "op", v: two, line });
        i += 2;
        continue;
      }
    }
    toks.push({ k: "op", v: c, line });
    i++;
  }
  return toks;
}
function isNumberPart(c) {
  return c >= 48 && c <= 57 || c === 46 || c === 95;
}
function isIdentStart(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95;
}
function isIdent(c) {
  return isIdentStart(c) || c >= 48 && c <= 57;
}
var ExprParser = class {
  constructor(toks, line) {
    this.toks = toks;
    this.line = line;
  }
  toks;
  line;
  pos = 0;
  depth = 0;
  failed = false;
  /** The parse gave up because the tree would be deeper than MAX_TREE_DEPTH. */
  tooDeep = false;
  /** The height of each node built over others (leaves: 1). */
  heights = /* @__PURE__ */ new WeakMap();
  peek(o = 0) {
    return this.toks[this.pos + o];
  }
  isOp(v, o = 0) {
    const t = this.peek(o);
    return !!t && t.k === "op" && t.v === v;
  }
  isName(v, o = 0) {
    const t = this.peek(o);
    return !!t && t.k === "name" && t.v === v;
  }
  expectOp(v) {
    if (this.isOp(v)) this.pos++;
    else this.failed = true;
  }
  atEnd() {
    return this.pos >= this.toks.length;
  }
  ln() {
    return this.peek()?.line ?? this.line;
  }
  fail() {
    this.failed = true;
    this.pos = this.toks.length;
    return { t: "unknown", line: this.line };
  }
  /** Gives up on an expression nested too deeply. */
  deep() {
    this.tooDeep = true;
    return this.fail();
  }
  /**
   * A node built over others: its height is one more than its tallest child's. Past
   * MAX_TREE_DEPTH the parse gives up (a chain read in a loop is as deep as a nested one).
   */
  node(e) {
    let h = 0;
    const kid = (x) => {
      if (x) h = Math.max(h, this.heights.get(x) ?? 1);
    };
    switch (e.t) {
      case "bin":
        kid(e.l);
        kid(e.r);
        break;
      case "attr":
      case "slice":
        kid(e.obj);
        break;
      case "index":
        kid(e.obj);
        kid(e.key);
        break;
      case "call":
        kid(e.fn);
        e.args.forEach(kid);
        for (const [, v] of e.kwargs) kid(v);
        break;
      case "filter":
        kid(e.obj);
        e.args.forEach(kid);
        for (const [, v] of e.kwargs) kid(v);
        break;
      case "test":
        kid(e.obj);
        e.args.forEach(kid);
        break;
      case "not":
      case "neg":
        kid(e.e);
        break;
      case "cond":
        kid(e.c);
        kid(e.a);
        kid(e.b);
        break;
      case "list":
        e.items.forEach(kid);
        break;
      case "dict":
        for (const [k, v] of e.entries) {
          kid(k);
          kid(v);
        }
        break;
      default:
        return e;
    }
    if (h + 1 > MAX_TREE_DEPTH) return this.deep();
    this.heights.set(e, h + 1);
    return e;
  }
  expr() {
    if (++this.depth > MAX_EXPR_DEPTH) return this.deep();
    try {
      return this.ternary();
    } finally {
      this.depth--;
    }
  }
  /** An expression possibly followed by commas: a tuple (as a list). */
  tupleExpr() {
    const first = this.expr();
    if (!this.isOp(",")) return first;
    const items = [first];
    while (this.isOp(",")) {
      this.pos++;
      if (this.atEnd() || this.isOp(")") || this.isOp("%")) break;
      items.push(this.expr());
    }
    return this.node({ t: "list", items, line: first.line });
  }
  ternary() {
    const a = this.or();
    if (this.isName("if")) {
      this.pos++;
      const c = this.or();
      let b = null;
      if (this.isName("else")) {
        this.pos++;
        b = this.expr();
      }
      return this.node({ t: "cond", c, a, b, line: a.line });
    }
    return a;
  }
  or() {
    let l = this.and();
    while (this.isName("or")) {
      this.pos++;
      l = this.node({ t: "bin", op: "or", l, r: this.and(), line: l.line });
    }
    return l;
  }
  and() {
    let l = this.not();
    while (this.isName("and")) {
      this.pos++;
      l = this.node({ t: "bin", op: "and", l, r: this.not(), line: l.line });
    }
    return l;
  }
  not() {
    if (this.isName("not")) {
      const line = this.ln();
      this.pos++;
      if (++this.depth > MAX_EXPR_DEPTH) return this.deep();
      const e = this.not();
      this.depth--;
      return this.node({ t: "not", e, line });
    }
    return this.compare();
  }
  compare() {
    let l = this.math1();
    for (; ; ) {
      const t = this.peek();
      if (!t) return l;
      if (t.k === "op" && ["==", "!=", "<", ">", "<=", ">="].includes(t.v)) {
        this.pos++;
        l = this.node({ t: "bin", op: t.v, l, r: this.math1(), line: l.line });
      } else if (t.k === "name" && t.v === "in") {
        this.pos++;
        l = this.node({ t: "bin", op: "in", l, r: this.math1(), line: l.line });
      } else if (t.k === "name" && t.v === "not" && this.isName("in", 1)) {
        this.pos += 2;
        const inner = this.node({ t: "bin", op: "in", l, r: this.math1(), line: l.line });
        l = this.node({ t: "not", e: inner, line: l.line });
      } else return l;
    }
  }
  math1() {
    let l = this.concat();
    while (this.isOp("+") || this.isOp("-")) {
      const op = this.peek().v;
      this.pos++;
      l = this.node({ t: "bin", op, l, r: this.concat(), line: l.line });
    }
    return l;
  }
  concat() {
    let l = this.math2();
    while (this.isOp("~")) {
      this.pos++;
      l = this.node({ t: "bin", op: "~", l, r: this.math2(), line: l.line });
    }
    return l;
  }
  math2() {
    let l = this.pow();
    while (this.isOp("*") || this.isOp("/") || this.isOp("//") || this.isOp("%")) {
      const op = this.peek().v;
      this.pos++;
      l = this.node({ t: "bin", op, l, r: this.pow(), line: l.line });
    }
    return l;
  }
  pow() {
    let l = this.unary();
    while (this.isOp("**")) {
      this.pos++;
      l = this.node({ t: "bin", op: "**", l, r: this.unary(), line: l.line });
    }
    return l;
  }
  unary() {
    if (this.isOp("-") || this.isOp("+")) {
      const neg = this.isOp("-");
      const line = this.ln();
      this.pos++;
      if (++this.depth > MAX_EXPR_DEPTH) return this.deep();
      const e = this.unary();
      this.depth--;
      return neg ? this.node({ t: "neg", e, line }) : e;
    }
    return this.postfix(this.primary());
  }
  args() {
    const args = [];
    const kwargs = [];
    while (!this.atEnd() && !this.isOp(")")) {
      const t = this.peek();
      if (t.k === "name" && this.isOp("=", 1)) {
        this.pos += 2;
        kwargs.push([t.v, this.expr()]);
      } else if (this.isOp("*") || this.isOp("**")) {
        this.pos++;
        this.expr();
        args.push({ t: "unknown", line: t.line });
      } else args.push(this.expr());
      if (this.isOp(",")) this.pos++;
      else break;
    }
    this.expectOp(")");
    return { args, kwargs };
  }
  postfix(e) {
    for (let guard = 0; guard < 1e4; guard++) {
      if (this.isOp(".")) {
        this.pos++;
        const t = this.peek();
        if (t && (t.k === "name" || t.k === "num")) {
          this.pos++;
          e = this.node({ t: "attr", obj: e, n: String(t.v), line: e.line });
        } else return this.fail();
      } else if (this.isOp("[")) {
        this.pos++;
        if (this.isOp(":")) {
          this.skipTo("]");
          e = this.node({ t: "slice", obj: e, line: e.line });
          continue;
        }
        const key = this.expr();
        if (this.isOp(":")) {
          this.skipTo("]");
          e = this.node({ t: "slice", obj: e, line: e.line });
          continue;
        }
        this.expectOp("]");
        e = this.node({ t: "index", obj: e, key, line: e.line });
      } else if (this.isOp("(")) {
        this.pos++;
        const { args, kwargs } = this.args();
        e = this.node({ t: "call", fn: e, args, kwargs, line: e.line });
      } else if (this.isOp("|")) {
        this.pos++;
        const t = this.peek();
        if (!t || t.k !== "name") return this.fail();
        this.pos++;
        let n = t.v;
        while (this.isOp(".") && this.peek(1)?.k === "name") {
          n += "." + this.peek(1).v;
          this.pos += 2;
        }
        let args = [];
        let kwargs = [];
        if (this.isOp("(")) {
          this.pos++;
          ({ args, kwargs } = this.args());
        }
        e = this.node({ t: "filter", obj: e, n, args, kwargs, line: e.line });
      } else if (this.isName("is")) {
        this.pos++;
        let neg = false;
        if (this.isName("not")) {
          neg = true;
          this.pos++;
        }
        const t = this.peek();
        if (!t || t.k !== "name" && t.k !== "op") return this.fail();
        this.pos++;
        let n = String(t.v);
        if (t.k === "op") n = t.v === "==" ? "eq" : t.v;
        const args = [];
        if (this.isOp("(")) {
          this.pos++;
          args.push(...this.args().args);
        } else {
          const a = this.peek();
          if (a && (a.k === "str" || a.k === "num")) {
            this.pos++;
            args.push({ t: "lit", v: a.v, line: a.line });
          }
        }
        e = this.node({ t: "test", obj: e, n, args, neg, line: e.line });
      } else return e;
    }
    return this.fail();
  }
  skipTo(op) {
    let d = 0;
    while (!this.atEnd()) {
      const t = this.peek();
      if (t.k === "op" && (t.v === "[" || t.v === "(" || t.v === "{")) d++;
      if (t.k === "op" && (t.v === "]" || t.v === ")" || t.v === "}")) {
        if (d === 0 && t.v === op) {
          this.pos++;
          return;
        }
        d--;
      }
      this.pos++;
    }
  }
  primary() {
    const t = this.peek();
    if (!t) return this.fail();
    const line = t.line;
    this.pos++;
    if (t.k === "str") {
      let v = t.v;
      let undecoded = t.undecoded === true;
      while (this.peek()?.k === "str") {
        const next = this.toks[this.pos++];
        v += next.v;
        undecoded ||= next.undecoded === true;
      }
      return undecoded ? { t: "unknown", line } : { t: "lit", v, line };
    }
    if (t.k === "num") return { t: "lit", v: t.v, line };
    if (t.k === "name") {
      switch (t.v) {
        case "true":
        case "True":
          return { t: "lit", v: true, line };
        case "false":
        case "False":
          return { t: "lit", v: false, line };
        case "none":
        case "None":
          return { t: "lit", v: null, line };
      }
      return { t: "name", n: t.v, line };
    }
    if (t.v === "(") {
      if (this.isOp(")")) {
        this.pos++;
        return { t: "list", items: [], line };
      }
      if (++this.depth > MAX_EXPR_DEPTH) return this.deep();
      const e = this.tupleExpr();
      this.depth--;
      this.expectOp(")");
      return e;
    }
    if (t.v === "[") {
      const items = [];
      if (++this.depth > MAX_EXPR_DEPTH) return this.deep();
      while (!this.atEnd() && !this.isOp("]")) {
        items.push(this.expr());
        if (this.isOp(",")) this.pos++;
        else break;
      }
      this.depth--;
      this.expectOp("]");
      return this.node({ t: "list", items, line });
    }
    if (t.v === "{") {
      const entries = [];
      if (++this.depth > MAX_EXPR_DEPTH) return this.deep();
      while (!this.atEnd() && !this.isOp("}")) {
        const k = this.expr();
        this.expectOp(":");
        const v = this.expr();
        entries.push([k, v]);
        if (this.isOp(",")) this.pos++;
        else break;
      }
      this.depth--;
      this.expectOp("}");
      return this.node({ t: "dict", entries, line });
    }
    return this.fail();
  }
};
function parseExpr(src, line) {
  const p = new ExprParser(tokenize(src, line), line);
  const e = p.tupleExpr();
  const ok = !p.failed && p.atEnd();
  return {
    e: ok ? e : p.failed ? { t: "unknown", line } : e,
    ok,
    ...p.tooDeep && { message: TOO_DEEP }
  };
}
function parseParams(p) {
  const params = [];
  if (!p.isOp("(")) return params;
  p.pos++;
  while (!p.atEnd() && !p.isOp(")")) {
    const t = p.peek();
    if (t.k === "op" && (t.v === "*" || t.v === "**")) {
      p.pos++;
      continue;
    }
    if (t.k !== "name") {
      p.failed = true;
      break;
    }
    p.pos++;
    let dflt = null;
    if (p.isOp("=")) {
      p.pos++;
      dflt = p.expr();
    }
    params.push({ name: t.v, dflt });
    if (p.isOp(",")) p.pos++;
    else break;
  }
  p.expectOp(")");
  return params;
}
var BLOCK_TAGS = /* @__PURE__ */ new Set([
  "if",
  "for",
  "macro",
  "call",
  "snapshot",
  "test",
  "data_test",
  "materialization",
  "docs",
  "filter",
  "with",
  "block",
  "autoescape",
  "unit_test"
]);
function parseTemplate(text) {
  const problems = [];
  const segs = segments(text, problems);
  const root = [];
  const stack = [{ tag: "", node: null, body: root, line: 0 }];
  const top = () => stack[stack.length - 1];
  let depthReported = false;
  const closeTo = (endTag, seg) => {
    let k = stack.length - 1;
    while (k > 0 && stack[k].tag !== endTag) k--;
    if (k === 0) {
      problems.push({
        line: seg.line,
        message: `{% end${endTag} %} without a matching opening tag`
      });
      return;
    }
    while (stack.length - 1 > k) {
      const f = stack.pop();
      problems.push({ line: f.line, message: `{% ${f.tag} %} is not closed` });
      finish(f, seg.endLine);
    }
    finish(stack.pop(), seg.endLine);
  };
  const finish = (f, endLine) => {
    const n = f.node;
    if (n && (n.t === "macro" || n.t === "block")) n.end = endLine;
  };
  const open = (tag, node, body, line) => {
    top().body.push(node);
    if (stack.length > MAX_DEPTH2) {
      if (!depthReported) {
        problems.push({ line, message: `Jinja nesting deeper than ${MAX_DEPTH2} levels` });
        depthReported = true;
      }
    }
    stack.push({ tag, node, body, line });
  };
  for (const seg of segs) {
    if (seg.kind === "text") {
      top().body.push({ t: "text", s: seg.body });
      continue;
    }
    if (seg.kind === "out") {
      const { e, ok, message } = parseExpr(seg.body, seg.line);
      if (!ok)
        problems.push({ line: seg.line, message: message ?? "cannot parse the Jinja expression" });
      top().body.push({ t: "out", e, line: seg.line });
      continue;
    }
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)/.exec(seg.body);
    if (!m) {
      problems.push({ line: seg.line, message: "empty or unreadable Jinja statement" });
      continue;
    }
    const tag = m[1];
    const rest = seg.body.slice(m[0].length);
    const line = seg.line;
    if (tag.startsWith("end")) {
      const base = tag.slice(3);
      if (base === "set") {
        closeTo("set", seg);
        continue;
      }
      closeTo(base, seg);
      continue;
    }
    const p = new ExprParser(tokenize(rest, line), line);
    let reported = false;
    switch (tag) {
      case "set": {
        const names = [];
        let attr = null;
        while (p.peek()?.k === "name") {
          names.push(p.peek().v);
          p.pos++;
          if (p.isOp(".") && p.peek(1)?.k === "name") {
            attr = p.peek(1).v;
            p.pos += 2;
          }
          if (p.isOp(",")) p.pos++;
          else break;
        }
        if (names.length === 0) {
          problems.push({ line, message: "cannot parse {% set %}" });
          break;
        }
        if (p.isOp("=")) {
          p.pos++;
          const e = p.tupleExpr();
          if (p.failed || !p.atEnd()) {
            problems.push({ line, message: p.tooDeep ? TOO_DEEP : "cannot parse {% set %}" });
            reported = true;
          }
          top().body.push({
            t: "set",
            names,
            attr,
            e: p.failed ? { t: "unknown", line } : e,
            line
          });
        } else {
          const node = { t: "setblock", name: names[0], body: [], line };
          open("set", node, node.body, line);
        }
        break;
      }
      case "do": {
        const e = p.tupleExpr();
        top().body.push({ t: "do", e: p.failed ? { t: "unknown", line } : e, line });
        break;
      }
      case "if": {
        const c = p.expr();
        const body = [];
        const node = {
          t: "if",
          branches: [{ c: p.failed ? { t: "unknown", line } : c, body }],
          els: null,
          line
        };
        open("if", node, body, line);
        break;
      }
      case "elif":
      case "else": {
        const f = top();
        const n = f.node;
        if (n && n.t === "if" && f.tag === "if") {
          if (tag === "elif") {
            const c = p.expr();
            const body = [];
            n.branches.push({ c: p.failed ? { t: "unknown", line } : c, body });
            f.body = body;
          } else {
            n.els = [];
            f.body = n.els;
          }
        } else if (n && n.t === "for" && f.tag === "for" && tag === "else") {
          n.els = [];
          f.body = n.els;
        } else problems.push({ line, message: `{% ${tag} %} outside {% if %}` });
        break;
      }
      case "for": {
        const names = [];
        while (p.peek()?.k === "name" && !p.isName("in")) {
          names.push(p.peek().v);
          p.pos++;
          if (p.isOp(",")) p.pos++;
          else if (p.isOp("(") || p.isOp(")")) p.pos++;
        }
        if (p.isOp(")")) p.pos++;
        let iter = { t: "unknown", line };
        let cond = null;
        if (p.isName("in")) {
          p.pos++;
          iter = p.or();
          if (p.isName("if")) {
            p.pos++;
            cond = p.expr();
          }
          if (p.isName("recursive")) p.pos++;
        } else p.failed = true;
        if (p.failed) {
          problems.push({ line, message: p.tooDeep ? TOO_DEEP : "cannot parse {% for %}" });
          reported = true;
          iter = { t: "unknown", line };
          cond = null;
        }
        const body = [];
        const node = { t: "for", names, iter, cond, body, els: null, line };
        open("for", node, body, line);
        break;
      }
      case "macro":
      case "test":
      case "data_test":
      case "materialization": {
        const nameTok = p.peek();
        const name = nameTok && nameTok.k === "name" ? nameTok.v : "";
        p.pos++;
        const params = tag === "macro" ? parseParams(p) : [];
        const body = [];
        const node = tag === "macro" ? { t: "macro", name, params, body, line, end: line } : { t: "block", tag, arg: name, body, line, end: line };
        if (!name) problems.push({ line, message: `{% ${tag} %} without a name` });
        open(tag, node, body, line);
        break;
      }
      case "call": {
        const params = p.isOp("(") ? parseParams(p) : [];
        const call = p.expr();
        const body = [];
        const node = {
          t: "callblock",
          call: p.failed ? { t: "unknown", line } : call,
          params,
          body,
          line
        };
        open("call", node, body, line);
        break;
      }
      default: {
        if (BLOCK_TAGS.has(tag)) {
          const body = [];
          const node = { t: "block", tag, arg: rest.trim(), body, line, end: line };
          open(tag, node, body, line);
        } else {
          const exprs = [];
          const { e, ok, message } = parseExpr(rest, line);
          if (ok && rest.trim()) exprs.push(e);
          if (message !== void 0) problems.push({ line, message });
          top().body.push({ t: "stmt", tag, exprs, line });
        }
      }
    }
    if (p.tooDeep && !reported) problems.push({ line, message: TOO_DEEP });
  }
  while (stack.length > 1) {
    const f = stack.pop();
    problems.push({ line: f.line, message: `{% ${f.tag} %} is not closed` });
    finish(f, f.line);
  }
  return { nodes: root, problems };
}

// src/project/jinja-eval.ts
var UNKNOWN = Object.freeze({ unknown: true });
var Dict = class {
  constructor(m = /* @__PURE__ */ new Map()) {
    this.m = m;
  }
  m;
};
var Relation = class {
  constructor(label) {
    this.label = label;
  }
  label;
};
function isFn(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) && "fn" in v;
}
function sameMacro(a, b) {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.id === b.id && a.node === b.node && a.file === b.file && a.project === b.project && a.name === b.name;
}
function validDeps(deps, host, memo) {
  const known = memo.get(deps);
  if (known !== void 0) return known;
  let ok = true;
  for (const d of deps) {
    if (Array.isArray(d)) ok = validDeps(d, host, memo);
    else if (d.k === "macro") ok = sameMacro(host.macro(d.project, d.name, d.pkg), d.def);
    else if (d.k === "dispatch") {
      const now = dispatchOf(host, d.project, d.name, d.pkg);
      ok = now.length === d.defs.length && now.every((m, i) => sameMacro(m, d.defs[i]));
    } else if (d.k === "project") ok = host.isProject(d.name) === d.is;
    else ok = sameValue(host.var(d.project, d.name), d.value, 0, { left: 1e5 });
    if (!ok) break;
  }
  memo.set(deps, ok);
  return ok;
}
function sameValue(a, b, depth, budget) {
  if (--budget.left < 0) return false;
  if (a === b) return true;
  if (depth > 20 || typeof a !== "object" || typeof b !== "object" || a === null || b === null)
    return false;
  if (Array.isArray(a))
    return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i], depth + 1, budget));
  if (a instanceof Dict) {
    if (!(b instanceof Dict) || a.m.size !== b.m.size) return false;
    for (const [k, x] of a.m)
      if (!b.m.has(k) || !sameValue(x, b.m.get(k), depth + 1, budget)) return false;
    return true;
  }
  return false;
}
var dispatchMemo = /* @__PURE__ */ new WeakMap();
function dispatchOf(host, project, name, pkg) {
  let memo = dispatchMemo.get(host);
  if (!memo) dispatchMemo.set(host, memo = /* @__PURE__ */ new Map());
  const key = keyOf(project, name, pkg);
  let defs = memo.get(key);
  if (!defs) memo.set(key, defs = host.dispatch(project, name, pkg));
  return defs;
}
var Abort = class extends Error {
};
var ReturnSignal = class {
  constructor(value) {
    this.value = value;
  }
  value;
};
var LoopSignal = class {
  constructor(kind) {
    this.kind = kind;
  }
  kind;
};
function keyOf(...parts) {
  let key = "";
  for (const part of parts)
    key += part === void 0 ? "-|" : `${String(part).length}:${String(part)}|`;
  return key;
}
var REC_DEDUP = 64;
var Rec = class _Rec {
  refs = [];
  problems = [];
  seen;
  static refKey(r) {
    return keyOf("r", r.kind, r.args.length, ...r.args, r.version, r.provenance, r.line);
  }
  static problemKey(p) {
    return keyOf("p", p.file, p.line, p.message);
  }
  /** Whether `key` is new, once the record is large enough to be keyed. */
  fresh(key) {
    if (!this.seen) {
      if (this.refs.length + this.problems.length < REC_DEDUP) return true;
      this.seen = /* @__PURE__ */ new Set();
      for (const r of this.refs) this.seen.add(_Rec.refKey(r));
      for (const p of this.problems) this.seen.add(_Rec.problemKey(p));
    }
    const k = key();
    if (this.seen.has(k)) return false;
    this.seen.add(k);
    return true;
  }
  addRef(r) {
    if (this.fresh(() => _Rec.refKey(r))) this.refs.push(r);
  }
  addProblem(p) {
    if (this.fresh(() => _Rec.problemKey(p))) this.problems.push(p);
  }
};
var MAX_STEPS = 4e5;
var MAX_CALL_DEPTH = 40;
var MAX_OUTPUT2 = 1e6;
var MAX_ITEMS = 1e5;
function restore(o, was) {
  o.m.clear();
  for (const [k, v] of was) o.m.set(k, v);
}
function tooManyItems() {
  throw new Abort(`Jinja builds a list longer than ${MAX_ITEMS} items`);
}
var MAX_STRING = 1e6;
var ITEMS_PER_STEP = 16;
var CHARS_PER_STEP = 128;
var MAX_NEST = 600;
var RENDER_NEST = 2;
var MAX_CACHE_WEIGHT = 4e6;
var DISPATCH_STEPS = 50;
var MAX_KEY = 2e4;
var Scope = class {
  constructor(parent) {
    this.parent = parent;
  }
  parent;
  own = /* @__PURE__ */ new Map();
  get(name) {
    const v = this.own.get(name);
    if (v !== void 0) return v;
    for (let s = this.parent; s; s = s.parent) {
      const w = s.own.get(name);
      if (w !== void 0) return w;
    }
    return void 0;
  }
  set(name, v) {
    this.own.set(name, v);
  }
};
var Evaluator = class {
  /**
   * `record`: keep the questions asked of the host in each result's `deps` (for reuse).
   * `totalSteps`: the work of every evaluation together (a file's own budget bounds one file;
   * this bounds a commit of many small files that each spend theirs).
   */
  constructor(host, record2 = true, totalSteps = Infinity) {
    this.host = host;
    this.record = record2;
    this.totalSteps = totalSteps;
  }
  host;
  record;
  totalSteps;
  cache = /* @__PURE__ */ new Map();
  cacheWeight = 0;
  steps = 0;
  depth = 0;
  nest = 0;
  rec = new Rec();
  deps = [];
  file = "";
  project = "";
  inMacro = 0;
  topLine = 0;
  uncacheable = false;
  config = /* @__PURE__ */ new Map();
  localMacros = /* @__PURE__ */ new Map();
  /** Steps of every evaluation so far (see `totalSteps`). */
  spent = 0;
  /** Evaluates a model / snapshot body (or an exposure's depends_on expressions). */
  run(nodes, file, project, localMacros) {
    this.steps = 0;
    this.depth = 0;
    this.nest = 0;
    this.inMacro = 0;
    this.topLine = 0;
    this.returnTainted = false;
    this.uncacheable = false;
    this.macroProject = "";
    this.currentMacroFile = "";
    this.currentMacroName = "";
    this.file = file;
    this.project = project;
    this.rec = new Rec();
    this.deps = [];
    this.config = /* @__PURE__ */ new Map();
    this.localMacros = localMacros;
    let aborted = false;
    try {
      this.render(nodes, new Scope(), 0);
    } catch (error) {
      if (!(error instanceof ReturnSignal)) {
        aborted = true;
        const why = error instanceof Abort ? error.message : error instanceof LoopSignal ? `{% ${error.kind} %} outside a loop` : error instanceof RangeError ? `Jinja too large or too deeply nested to evaluate (${error.message})` : `Jinja that could not be evaluated (${String(error)})`;
        this.rec.addProblem({
          file,
          line: Math.max(1, this.topLine),
          message: `${why}; references after this point are not followed`,
          incomplete: true
        });
      }
    }
    this.spentByFile.set(file, (this.spentByFile.get(file) ?? 0) + this.steps);
    return {
      refs: this.rec.refs,
      problems: this.rec.problems,
      config: this.config,
      aborted,
      deps: this.deps
    };
  }
  evalExpr(e, file, project) {
    return this.run([{ t: "out", e, line: e.line }], file, project, /* @__PURE__ */ new Map());
  }
  // -------------------------------------------------------------------------------------------
  tick() {
    if (++this.steps > MAX_STEPS || ++this.spent > this.totalSteps) this.overBudget();
  }
  charge(steps) {
    this.steps += steps;
    this.spent += steps;
    if (this.steps > MAX_STEPS || this.spent > this.totalSteps) this.overBudget();
  }
  overBudget() {
    if (this.steps > MAX_STEPS) throw new Abort("too much Jinja to evaluate");
    if (!this.spenders) {
      const spent = new Map(this.spentByFile);
      spent.set(this.file, (spent.get(this.file) ?? 0) + this.steps);
      this.spenders = [...spent].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 3).map(([file]) => file);
    }
    throw new Abort(
      `the commit's Jinja has used up the work budget of the whole scan${this.spenders.length ? ` (spent most by ${this.spenders.join(", ")})` : ""}`
    );
  }
  /** Steps spent by each file evaluated, and the top spenders once the scan's budget is out. */
  spentByFile = /* @__PURE__ */ new Map();
  spenders;
  meter = {
    touch: (o) => this.touch(o),
    items: (n) => this.charge(n / ITEMS_PER_STEP),
    concat: (a, b) => {
      if (a + b > MAX_STRING)
        throw new Abort(`Jinja builds a string longer than ${MAX_STRING} characters`);
      this.charge(Math.min(a, b) / CHARS_PER_STEP);
    },
    chars: (n) => {
      if (n > MAX_STRING)
        throw new Abort(`Jinja builds a string longer than ${MAX_STRING} characters`);
      this.charge(n / CHARS_PER_STEP);
    }
  };
  /**
   * One more level of nesting (an expression: 1, a template: RENDER_NEST), left by the caller;
   * too deep is given up, well before the JavaScript stack would overflow.
   */
  enter(units) {
    if (this.nest + units > MAX_NEST)
      throw new Abort(`Jinja nested too deeply to evaluate (macros, blocks and expressions)`);
    this.nest += units;
  }
  /**
   * Renders nodes; returns the text, or UNKNOWN when any part of it is (or when it is longer
   * than MAX_OUTPUT: not built).
   */
  render(nodes, scope, level) {
    if (level > MAX_DEPTH2) throw new Abort(`Jinja nested deeper than ${MAX_DEPTH2} levels`);
    this.enter(RENDER_NEST);
    try {
      return this.renderNodes(nodes, scope, level);
    } finally {
      this.nest -= RENDER_NEST;
    }
  }
  renderNodes(nodes, scope, level) {
    const out = [];
    let size = 0;
    let unknown = false;
    const emit = (v) => {
      if (unknown) return;
      if (v === UNKNOWN || size + v.length > MAX_OUTPUT2) {
        unknown = true;
        out.length = 0;
      } else {
        out.push(v);
        size += v.length;
      }
    };
    for (const n of nodes) {
      this.tick();
      if (this.inMacro === 0 && n.t !== "text") this.topLine = n.line;
      switch (n.t) {
        case "text":
          emit(n.s);
          break;
        case "out":
          emit(this.str(this.ev(n.e, scope)));
          break;
        case "set": {
          const v = this.ev(n.e, scope);
          if (n.attr !== null) {
            const target = scope.get(n.names[0]) ?? this.lookupGlobal(n.names[0]);
            if (target instanceof Dict) {
              this.touch(target);
              target.m.set(n.attr, v);
            }
          } else if (n.names.length === 1) scope.set(n.names[0], v);
          else
            n.names.forEach(
              (name, i) => scope.set(name, Array.isArray(v) ? v[i] ?? UNKNOWN : UNKNOWN)
            );
          break;
        }
        case "setblock":
          scope.set(n.name, this.render(n.body, scope, level + 1));
          break;
        case "do":
          this.ev(n.e, scope);
          break;
        case "stmt":
          if (n.tag === "break" || n.tag === "continue") {
            throw new LoopSignal(n.tag);
          }
          for (const e of n.exprs) this.ev(e, scope);
          break;
        case "if":
          emit(this.runIf(n, scope, level));
          break;
        case "for":
          emit(this.runFor(n, scope, level));
          break;
        case "macro":
          if (!this.localMacros.has(n.name))
            scope.set(
              n.name,
              this.macroFn({ id: "", name: n.name, project: "", file: this.file, node: n })
            );
          break;
        case "callblock": {
          const body = n.body;
          const params = n.params;
          const caller = {
            fn: (args, kwargs) => {
              const s = new Scope(scope);
              this.bind(params, args, kwargs, s);
              return this.render(body, s, level + 1);
            }
          };
          const v = this.ev(n.call, scope, caller);
          emit(this.str(v));
          break;
        }
        case "block":
          if (n.tag === "snapshot" || n.tag === "filter" || n.tag === "with" || n.tag === "block" || n.tag === "autoescape")
            emit(this.render(n.body, new Scope(scope), level + 1));
          break;
      }
    }
    if (unknown) return UNKNOWN;
    this.meter.chars(size);
    return out.join("");
  }
  runIf(n, scope, level) {
    const undecided = [];
    for (const b of n.branches) {
      const c = truthy(this.ev(b.c, scope));
      if (c === true && undecided.length === 0) return this.render(b.body, scope, level + 1);
      if (c === true) {
        undecided.push(b.body);
        return this.union(undecided, scope, level);
      }
      if (c === void 0) undecided.push(b.body);
    }
    if (undecided.length === 0) return n.els ? this.render(n.els, scope, level + 1) : "";
    undecided.push(n.els ?? []);
    return this.union(undecided, scope, level);
  }
  /** Runs every branch from the same scope; names they set differently become UNKNOWN. */
  /** What dicts and lists were before the open branches changed them (innermost last). */
  /** What dicts were before the open branches changed them (innermost last). */
  journals = [];
  // Lists are not kept: left changed, with the items of every branch in order, a loop over them
  // sees every item a branch may add — the pattern real projects use to build their refs
  // (`{% if var(…) %}{% do names.extend([…]) %}{% endif %}`), where unknown would lose them.
  touch(o) {
    for (const journal of this.journals)
      if (!journal.has(o)) {
        this.meter.items(o.m.size);
        journal.set(o, new Map(o.m));
      }
  }
  /**
   * Runs branches of which any or none may run: each from the same state of the dicts and lists
   * it changes (restored after it), then each of those set as all branches left it when they
   * agree (by identity), else unknown — a namespace set in an undecided branch is not taken as
   * set.
   */
  branches(runs) {
    let before;
    const after = [];
    for (const run2 of runs) {
      const journal = /* @__PURE__ */ new Map();
      this.journals.push(journal);
      let left;
      try {
        run2();
      } finally {
        this.journals.pop();
        for (const [o, was] of journal) {
          this.meter.items(2 * o.m.size);
          (left ??= /* @__PURE__ */ new Map()).set(o, new Map(o.m));
          if (!(before ??= /* @__PURE__ */ new Map()).has(o)) before.set(o, was);
          restore(o, was);
        }
      }
      after.push(left);
    }
    if (!before) return;
    for (const [o, was] of before) {
      this.touch(o);
      const states = after.map((left) => left?.get(o) ?? was);
      const keys = /* @__PURE__ */ new Set();
      for (const st of states) for (const k of st.keys()) keys.add(k);
      this.meter.items(keys.size * states.length);
      o.m.clear();
      for (const k of keys) {
        const first = states[0].get(k);
        const same = states.every((st) => st.get(k) === first);
        o.m.set(k, same && first !== void 0 ? first : UNKNOWN);
      }
    }
  }
  union(bodies, scope, level) {
    const results = [];
    this.branches(
      bodies.map((body) => () => {
        const s = new Scope(scope);
        results.push(s);
        this.mayRender(
          () => this.render(body, s, level + 1),
          (signal) => {
            if (signal.kind === "break") this.maybeBreaks++;
          }
        );
      })
    );
    const names = /* @__PURE__ */ new Set();
    for (const s of results)
      s.own.forEach((v, k) => {
        if (scope.get(k) !== v) names.add(k);
      });
    this.meter.items(names.size);
    for (const k of names) {
      const first = results[0].get(k);
      const same = results.every((s) => s.get(k) === first);
      scope.set(k, same && first !== void 0 ? first : UNKNOWN);
    }
    return UNKNOWN;
  }
  runFor(n, scope, level) {
    const it = this.ev(n.iter, scope);
    const items = iterate(it, this.meter);
    if (items === void 0) {
      const s = new Scope(scope);
      for (const name of n.names) s.set(name, UNKNOWN);
      s.set("loop", UNKNOWN);
      if (n.cond) this.ev(n.cond, s);
      this.branches([
        () => this.mayRender(() => this.render(n.body, s, level + 1)),
        () => {
          if (n.els) this.mayRender(() => this.render(n.els, new Scope(scope), level + 1));
        }
      ]);
      return UNKNOWN;
    }
    const out = [];
    let size = 0;
    let unknown = false;
    const bind = (s, item) => {
      if (n.names.length === 1) s.set(n.names[0], item);
      else
        n.names.forEach(
          (name, i) => s.set(name, Array.isArray(item) ? item[i] ?? UNKNOWN : UNKNOWN)
        );
    };
    let kept = items;
    const maybe = [];
    if (n.cond) {
      kept = [];
      for (const item of items) {
        const s = new Scope(scope);
        bind(s, item);
        const c = truthy(this.ev(n.cond, s));
        if (c === void 0) unknown = true;
        if (c !== false) {
          kept.push(item);
          maybe.push(c === void 0);
        }
      }
    }
    const emit = (r) => {
      if (unknown) return;
      if (r === UNKNOWN || size + r.length > MAX_OUTPUT2) {
        unknown = true;
        out.length = 0;
      } else {
        out.push(r);
        size += r.length;
      }
    };
    const turn = (i) => {
      this.tick();
      const s = new Scope(scope);
      bind(s, kept[i]);
      s.set("loop", loopDict(i, kept.length, unknown));
      try {
        emit(this.render(n.body, s, level + 1));
        return void 0;
      } catch (error) {
        if (!(error instanceof LoopSignal)) throw error;
        emit(UNKNOWN);
        return error.kind;
      }
    };
    const turns = (from, inRest) => {
      for (let i = from; i < kept.length; i++) {
        const breaks = this.maybeBreaks;
        if (maybe[i]) {
          emit(UNKNOWN);
          this.branches([
            () => {
              if (turn(i) === "break") this.maybeBreaks++;
            },
            () => {
            }
          ]);
        } else if (turn(i) === "break") return;
        if (!inRest && this.maybeBreaks !== breaks) {
          this.branches([() => turns(i + 1, true), () => {
          }]);
          return;
        }
      }
    };
    const outerBreaks = this.maybeBreaks;
    turns(0, false);
    this.maybeBreaks = outerBreaks;
    if (kept.length === 0 && n.els) emit(this.render(n.els, new Scope(scope), level + 1));
    if (unknown) return UNKNOWN;
    this.meter.chars(size);
    return out.join("");
  }
  // -------------------------------------------------------------------------------------------
  // Expressions
  ev(e, scope, caller) {
    this.tick();
    this.enter(1);
    try {
      return this.evNode(e, scope, caller);
    } finally {
      this.nest--;
    }
  }
  evNode(e, scope, caller) {
    switch (e.t) {
      case "lit":
        return e.v;
      case "name": {
        const v = scope.get(e.n);
        if (v !== void 0) return v;
        return this.lookupGlobal(e.n);
      }
      case "list": {
        const out = [];
        for (const x of e.items) out.push(this.ev(x, scope));
        this.meter.items(out.length);
        return out;
      }
      case "dict": {
        const d = new Dict();
        for (const [k, v] of e.entries) {
          const key = this.ev(k, scope);
          const val = this.ev(v, scope);
          if (typeof key === "string" || typeof key === "number") d.m.set(String(key), val);
        }
        this.meter.items(d.m.size);
        return d;
      }
      case "attr":
        return getAttr(this.meter, this.ev(e.obj, scope), e.n);
      case "index": {
        const o = this.ev(e.obj, scope);
        const k = this.ev(e.key, scope);
        return getIndex(o, k);
      }
      case "slice":
        this.ev(e.obj, scope);
        return UNKNOWN;
      case "call":
        return this.call(e, scope, caller);
      case "filter":
        return this.filter(e, scope);
      case "test":
        return this.test(e, scope);
      case "not": {
        const t = truthy(this.ev(e.e, scope));
        return t === void 0 ? UNKNOWN : !t;
      }
      case "neg": {
        const v = this.ev(e.e, scope);
        return typeof v === "number" ? -v : UNKNOWN;
      }
      case "cond": {
        const c = truthy(this.ev(e.c, scope));
        if (c === true) return this.ev(e.a, scope);
        if (c === false) return e.b ? this.ev(e.b, scope) : "";
        this.branches([
          () => void this.maybe(() => this.ev(e.a, scope)),
          () => void (e.b ? this.maybe(() => this.ev(e.b, scope)) : void 0)
        ]);
        return UNKNOWN;
      }
      case "bin":
        return this.binary(e, scope);
      case "unknown":
        return UNKNOWN;
    }
  }
  binary(e, scope) {
    if (e.op === "and" || e.op === "or") {
      const l2 = this.ev(e.l, scope);
      const tl = truthy(l2);
      if (e.op === "and" && tl === false) return l2;
      if (e.op === "or" && tl === true) return l2;
      let r2 = UNKNOWN;
      if (tl === void 0)
        this.branches([() => void (r2 = this.maybe(() => this.ev(e.r, scope))), () => {
        }]);
      else r2 = this.ev(e.r, scope);
      if (tl === void 0) {
        const tr = truthy(r2);
        if (e.op === "and" && tr === false) return false;
        if (e.op === "or" && tr === true) return true;
        return UNKNOWN;
      }
      return r2;
    }
    const l = this.ev(e.l, scope);
    const r = this.ev(e.r, scope);
    return binop(this.meter, e.op, l, r);
  }
  // The host, asked through these: each question and its answer is a dependency of the result
  // (once per evaluation or macro call: the host answers a question the same during a scan).
  depSeen = /* @__PURE__ */ new WeakMap();
  /** Whether `key` is new in the current deps (and notes it). */
  newDep(key) {
    let seen = this.depSeen.get(this.deps);
    if (!seen) this.depSeen.set(this.deps, seen = /* @__PURE__ */ new Set());
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }
  hostMacro(project, name, pkg) {
    const def = this.host.macro(project, name, pkg);
    if (this.record && this.newDep(keyOf("m", project, name, pkg)))
      this.deps.push({ k: "macro", project, name, ...pkg !== void 0 && { pkg }, def });
    return def;
  }
  hostDispatch(project, name, pkg) {
    if (!dispatchMemo.get(this.host)?.has(keyOf(project, name, pkg))) this.charge(DISPATCH_STEPS);
    const defs = dispatchOf(this.host, project, name, pkg);
    this.meter.items(defs.length);
    if (this.record && this.newDep(keyOf("d", project, name, pkg)))
      this.deps.push({ k: "dispatch", project, name, ...pkg !== void 0 && { pkg }, defs });
    return defs;
  }
  hostIsProject(name) {
    const is = this.host.isProject(name);
    if (this.record && this.newDep(keyOf("p", name))) this.deps.push({ k: "project", name, is });
    return is;
  }
  varMemo = /* @__PURE__ */ new Map();
  hostVar(project, name) {
    const key = keyOf(project, name);
    if (!this.varMemo.has(key)) this.varMemo.set(key, this.host.var(project, name));
    const known = this.varMemo.get(key);
    const value = known === void 0 ? void 0 : copyValue(known, this.meter).v;
    if (this.record && this.newDep(keyOf("v", project, name)))
      this.deps.push({ k: "var", project, name, value });
    return value;
  }
  /** A macro call's own deps, once per array. */
  pushDeps(deps) {
    if (this.record && this.newDep(deps)) this.deps.push(deps);
  }
  lookupGlobal(name) {
    const local = this.localMacros.get(name);
    if (local) return this.macroFn(local);
    const builtin = this.builtin(name);
    if (builtin !== void 0) return builtin;
    const m = this.hostMacro(this.project, name) ?? (this.macroProject ? this.hostMacro(this.macroProject, name) : void 0);
    if (m) return this.macroFn(m);
    if (this.hostIsProject(name)) return this.namespace(name);
    return UNKNOWN;
  }
  namespace(pkg) {
    return {
      fn: () => UNKNOWN,
      attr: (name) => {
        const m = this.hostMacro(this.project, name, pkg);
        return m ? this.macroFn(m) : void 0;
      }
    };
  }
  call(e, scope, caller) {
    const fnv = this.ev(e.fn, scope);
    const args = e.args.map((a) => this.ev(a, scope));
    const kwargs = /* @__PURE__ */ new Map();
    for (const [k, v] of e.kwargs) kwargs.set(k, this.ev(v, scope));
    if (caller) kwargs.set("caller", caller);
    if (fnv === this.configFn) {
      const en = e.kwargs.find(([k]) => k === "enabled");
      if (en && readsVar(en[1])) kwargs.set("enabled", UNKNOWN);
    }
    if (!isFn(fnv)) {
      if (caller) this.maybe(() => caller.fn([], /* @__PURE__ */ new Map(), { line: e.line }));
      return UNKNOWN;
    }
    if (fnv.literalRef) {
      const literal = e.args.every((a) => a.t === "lit") && e.kwargs.every(([, v]) => v.t === "lit");
      return this.recordRef(fnv === this.refFn ? "ref" : "source", args, kwargs, e.line, literal);
    }
    return fnv.fn(args, kwargs, { line: e.line });
  }
  recordRef(kind, args, kwargs, line, literal) {
    const version = kwargs.get("v") ?? kwargs.get("version");
    let strs;
    if (kind === "ref") {
      const pkg = kwargs.get("package");
      const parts = pkg !== void 0 ? [pkg, ...args] : args;
      if (parts.length >= 1 && parts.length <= 2 && parts.every((a) => typeof a === "string"))
        strs = parts;
    } else {
      if (args.length === 2 && args.every((a) => typeof a === "string")) strs = args;
    }
    const versionOk = version === void 0 || typeof version === "string" || typeof version === "number";
    if (!strs || !versionOk) {
      this.rec.addProblem({
        file: this.inMacro ? this.currentMacroFile : this.file,
        line: this.inMacro ? line : line,
        message: `${kind}() with arguments that cannot be decided without running dbt${this.inMacro ? ` (in macro ${this.currentMacroName})` : ""}`
      });
      return UNKNOWN;
    }
    this.rec.addRef({
      kind,
      args: strs,
      ...version !== void 0 ? { version: String(version) } : {},
      provenance: this.inMacro ? "macro" : literal ? "sql" : "jinja",
      line: this.inMacro ? 0 : line
    });
    return new Relation(strs.join("."));
  }
  currentMacroFile = "";
  macroProject = "";
  returnTainted = false;
  /** `{% break %}`s met in branches that may not run (a loop's later turns then may not). */
  maybeBreaks = 0;
  /**
   * Renders what may or may not run: a `return()` in it may not happen, so the macro's result is
   * no longer known; a loop control in it ends it (`onLoop` says what else that means there).
   */
  mayRender(render, onLoop = () => {
  }) {
    try {
      render();
    } catch (error) {
      if (error instanceof LoopSignal) onLoop(error);
      else if (error instanceof ReturnSignal) this.returnTainted = true;
      else throw error;
    }
  }
  /**
   * Evaluates what may or may not run (a branch of an undecided condition): a `return()` in it
   * may not happen, so the macro's result is no longer known rather than taken from it.
   */
  maybe(f) {
    try {
      return f();
    } catch (error) {
      if (!(error instanceof ReturnSignal)) throw error;
      this.returnTainted = true;
      return UNKNOWN;
    }
  }
  currentMacroName = "";
  refFn = { fn: () => UNKNOWN };
  configFn;
  sourceFn = { fn: () => UNKNOWN };
  macroFn(def) {
    return { fn: (args, kwargs, site) => this.callMacro(def, args, kwargs, site) };
  }
  callMacro(def, args, kwargs, site) {
    if (this.depth >= MAX_CALL_DEPTH) {
      this.rec.addProblem({
        file: this.file,
        line: site.line,
        message: `macro calls nested deeper than ${MAX_CALL_DEPTH} (at ${def.name}); not followed`,
        incomplete: true
      });
      return UNKNOWN;
    }
    const key = def.id && !kwargs.has("caller") ? cacheKey(def.id, args, kwargs, this.meter) : void 0;
    if (key !== void 0) {
      const hit = this.cache.get(key);
      if (hit) {
        this.merge(hit.rec);
        this.pushDeps(hit.deps);
        return copyValue(hit.value, this.meter).v;
      }
    }
    const saved = {
      tainted: this.returnTainted,
      rec: this.rec,
      file: this.currentMacroFile,
      name: this.currentMacroName,
      uncacheable: this.uncacheable,
      deps: this.deps
    };
    this.rec = new Rec();
    this.deps = [];
    this.currentMacroFile = def.file || this.currentMacroFile || this.file;
    this.currentMacroName = def.name;
    this.uncacheable = false;
    this.inMacro++;
    this.depth++;
    let value = UNKNOWN;
    let completed = false;
    try {
      const scope = new Scope();
      this.bind(def.node.params, args, kwargs, scope);
      if (kwargs.has("caller")) scope.set("caller", kwargs.get("caller"));
      const saveProject = this.macroProject;
      if (def.project) this.macroProject = def.project;
      this.returnTainted = false;
      try {
        value = this.render(def.node.body, scope, 1);
      } catch (error) {
        if (error instanceof ReturnSignal) value = error.value;
        else if (error instanceof LoopSignal)
          throw new Abort(`{% ${error.kind} %} outside a loop (in macro ${def.name})`);
        else throw error;
      } finally {
        this.macroProject = saveProject;
      }
      if (this.returnTainted) value = UNKNOWN;
      completed = true;
    } finally {
      this.inMacro--;
      this.depth--;
      const rec = this.rec;
      const deps = this.deps;
      const cacheable = !this.uncacheable;
      this.rec = saved.rec;
      this.deps = saved.deps;
      this.pushDeps(deps);
      this.returnTainted = saved.tainted;
      this.currentMacroFile = saved.file;
      this.currentMacroName = saved.name;
      this.uncacheable = saved.uncacheable || !cacheable;
      if (completed) {
        this.merge(rec);
        if (key !== void 0 && cacheable && this.cacheWeight < MAX_CACHE_WEIGHT && !hasFn(value, this.meter)) {
          const copy = copyValue(value, this.meter);
          this.cacheWeight += copy.n + rec.refs.length + rec.problems.length + key.length / 16;
          this.cache.set(key, { value: copy.v, rec, cacheable, deps });
        }
      } else {
        for (const r of rec.refs) this.rec.addRef(this.inMacro ? r : { ...r, line: this.topLine });
        for (const p of rec.problems) this.rec.addProblem(p);
      }
    }
    return value;
  }
  /** Adds what a macro call found (charged by its size: a cached call may be merged often). */
  merge(rec) {
    this.charge(rec.refs.length + rec.problems.length);
    for (const r of rec.refs) this.rec.addRef(this.inMacro ? r : { ...r, line: this.topLine });
    for (const p of rec.problems) this.rec.addProblem(p);
  }
  bind(params, args, kwargs, scope) {
    this.meter.items(params.length + args.length + kwargs.size);
    const names = /* @__PURE__ */ new Set();
    params.forEach((p, i) => {
      names.add(p.name);
      let v = i < args.length ? args[i] : kwargs.get(p.name);
      if (v === void 0) v = p.dflt ? this.ev(p.dflt, scope) : UNKNOWN;
      scope.set(p.name, v);
    });
    const extra = new Dict();
    for (const [k, v] of kwargs) if (!names.has(k)) extra.m.set(k, v);
    scope.set("kwargs", extra);
    scope.set("varargs", args.slice(params.length));
  }
  builtinCache = /* @__PURE__ */ new Map();
  builtin(name) {
    const hit = this.builtinCache.get(name);
    if (hit !== void 0) return hit;
    const v = this.makeBuiltin(name);
    if (v !== void 0) this.builtinCache.set(name, v);
    return v;
  }
  makeBuiltin(name) {
    switch (name) {
      case "ref":
        this.refFn = { fn: () => UNKNOWN, literalRef: true };
        return this.refFn;
      case "source":
        this.sourceFn = { fn: () => UNKNOWN, literalRef: true };
        return this.sourceFn;
      case "builtins":
        return new Dict(
          /* @__PURE__ */ new Map([
            ["ref", this.builtin("ref")],
            ["source", this.builtin("source")],
            ["config", this.builtin("config")]
          ])
        );
      case "var":
        return {
          fn: (args) => {
            const [n] = args;
            if (typeof n !== "string") return UNKNOWN;
            const v = this.hostVar(this.project, n);
            return v !== void 0 ? v : UNKNOWN;
          }
        };
      case "config": {
        const get = {
          fn: (args) => {
            const k = args[0];
            if (typeof k === "string" && this.config.has(k)) return this.config.get(k);
            return args.length > 1 ? args[1] : UNKNOWN;
          }
        };
        const setter = { fn: () => "" };
        const keep = (k, v) => this.config.set(k, copyValue(v, this.meter).v);
        return this.configFn = {
          fn: (args, kwargs) => {
            if (!this.inMacro) for (const [k, v] of kwargs) keep(k, v);
            if (args[0] instanceof Dict && !this.inMacro)
              for (const [k, v] of args[0].m) keep(k, v);
            return "";
          },
          attr: (n) => n === "get" || n === "require" ? get : n === "set" ? setter : void 0
        };
      }
      case "return":
        return {
          fn: (args) => {
            throw new ReturnSignal(args[0] ?? null);
          }
        };
      case "adapter":
        return new Dict(
          /* @__PURE__ */ new Map([
            [
              "dispatch",
              {
                fn: (args, kwargs) => {
                  const n = args[0];
                  const ns = args[1] ?? kwargs.get("macro_namespace");
                  if (typeof n !== "string") return UNKNOWN;
                  const impls = this.hostDispatch(
                    this.project,
                    n,
                    typeof ns === "string" ? ns : void 0
                  );
                  if (impls.length === 0) return UNKNOWN;
                  return {
                    fn: (a, k, site) => {
                      let result = UNKNOWN;
                      impls.forEach((m, i) => {
                        const r = this.callMacro(m, a, k, site);
                        result = i === 0 && impls.length === 1 ? r : UNKNOWN;
                      });
                      return result;
                    }
                  };
                }
              }
            ]
          ])
        );
      case "range":
        return {
          fn: (args) => {
            const nums = args.filter((a2) => typeof a2 === "number");
            if (nums.length !== args.length || nums.length === 0) return UNKNOWN;
            const [a, b, s] = nums.length === 1 ? [0, nums[0], 1] : [nums[0], nums[1], nums[2] ?? 1];
            if (s === 0 || ![a, b, s].every(Number.isSafeInteger)) return UNKNOWN;
            const count = Math.max(0, Math.ceil((b - a) / s));
            if (count > MAX_ITEMS) tooManyItems();
            this.meter.items(count);
            const out = new Array(count);
            for (let k = 0; k < count; k++) out[k] = a + k * s;
            return out;
          }
        };
      case "dict":
      case "namespace":
        return {
          fn: (args, kwargs) => {
            const d = new Dict();
            if (args[0] instanceof Dict) {
              this.meter.items(args[0].m.size);
              for (const [k, v] of args[0].m) d.m.set(k, v);
            } else if (args[0] !== void 0) return UNKNOWN;
            for (const [k, v] of kwargs) d.m.set(k, v);
            return d;
          }
        };
      case "zip":
        return {
          fn: (args) => {
            if (!args.every(Array.isArray)) return UNKNOWN;
            const lists = args;
            const n = lists.length ? Math.min(...lists.map((l) => l.length)) : 0;
            this.meter.items(n * (lists.length + 1));
            return Array.from({ length: n }, (_, i) => lists.map((l) => l[i]));
          }
        };
      case "log":
      case "print":
      case "doc":
        return { fn: () => "" };
      case "loop":
      case "caller":
        return void 0;
    }
    return void 0;
  }
  filter(e, scope) {
    const v = this.ev(e.obj, scope);
    const args = e.args.map((a) => this.ev(a, scope));
    const kwargs = /* @__PURE__ */ new Map();
    for (const [k, x] of e.kwargs) kwargs.set(k, this.ev(x, scope));
    return applyFilter(this.meter, e.n, v, args, kwargs);
  }
  test(e, scope) {
    let v;
    if (e.obj.t === "name" && (e.n === "defined" || e.n === "undefined")) {
      const local = scope.get(e.obj.n);
      if (local !== void 0) v = local === UNKNOWN ? UNKNOWN : true;
      else v = UNKNOWN;
      if (v === UNKNOWN) return UNKNOWN;
      const r2 = e.n === "defined";
      return e.neg ? !r2 : r2;
    }
    v = this.ev(e.obj, scope);
    const args = e.args.map((a) => this.ev(a, scope));
    if (v === UNKNOWN || args.some((a) => a === UNKNOWN)) return UNKNOWN;
    let r;
    switch (e.n) {
      case "none":
        r = v === null;
        break;
      case "string":
        r = typeof v === "string";
        break;
      case "number":
      case "integer":
        r = typeof v === "number";
        break;
      case "mapping":
        r = v instanceof Dict;
        break;
      case "iterable":
      case "sequence":
        r = Array.isArray(v) || typeof v === "string" || v instanceof Dict;
        break;
      case "boolean":
        r = typeof v === "boolean";
        break;
      case "true":
        r = v === true;
        break;
      case "false":
        r = v === false;
        break;
      case "defined":
        r = true;
        break;
      case "undefined":
        r = false;
        break;
      case "eq":
      case "equalto":
      case "sameas": {
        const b = binop(this.meter, "==", v, args[0] ?? null);
        r = b === UNKNOWN ? void 0 : b;
        break;
      }
      case "in": {
        const b = binop(this.meter, "in", v, args[0] ?? null);
        r = b === UNKNOWN ? void 0 : b;
        break;
      }
      default:
        r = void 0;
    }
    if (r === void 0) return UNKNOWN;
    return e.neg ? !r : r;
  }
  str(v) {
    return toStr(v);
  }
};
function readsVar(e, depth = 0) {
  if (depth > 50) return true;
  if (e.t === "call" && e.fn.t === "name" && e.fn.n === "var") return true;
  for (const v of Object.values(e)) {
    if (v && typeof v === "object") {
      const xs = Array.isArray(v) ? v.flat() : [v];
      for (const x of xs)
        if (x && typeof x === "object" && "t" in x && readsVar(x, depth + 1)) return true;
    }
  }
  return false;
}
function copyValue(v, m) {
  let budget = 5e4;
  const copy = (x, depth) => {
    if (--budget < 0 || depth > 40) return UNKNOWN;
    if (Array.isArray(x)) return x.map((y) => copy(y, depth + 1));
    if (x instanceof Dict) {
      const d = new Dict();
      for (const [k, y] of x.m) d.m.set(k, copy(y, depth + 1));
      return d;
    }
    return x;
  };
  const out = copy(v, 0);
  const n = 5e4 - Math.max(budget, 0);
  m.items(n);
  return { v: out, n };
}
function hasFn(v, m) {
  let budget = 5e4;
  const walk = (x, depth) => {
    if (--budget < 0 || depth > 20) return true;
    if (isFn(x)) return true;
    if (Array.isArray(x)) return x.some((y) => walk(y, depth + 1));
    if (x instanceof Dict) {
      for (const y of x.m.values()) if (walk(y, depth + 1)) return true;
    }
    return false;
  };
  const r = walk(v, 0);
  m.items(5e4 - Math.max(budget, 0));
  return r;
}
function encode(v, maxNodes, maxChars, unknownOk) {
  const parts = [];
  let budget = maxNodes;
  let chars = 0;
  const push3 = (s) => {
    chars += s.length;
    parts.push(s);
    return chars <= maxChars;
  };
  const enc = (x, depth) => {
    if (--budget < 0 || depth > 20) return false;
    if (x === UNKNOWN) return unknownOk && push3("?");
    if (typeof x === "number") return push3(`n${x}`);
    if (x === null || typeof x !== "object") {
      if (typeof x === "string" && chars + x.length > maxChars) return false;
      return push3(JSON.stringify(x));
    }
    if (Array.isArray(x)) {
      if (!push3("[")) return false;
      for (const y of x) if (!enc(y, depth + 1)) return false;
      return push3("]");
    }
    if (x instanceof Dict) {
      if (!push3("{")) return false;
      for (const [k, y] of x.m) {
        if (chars + k.length > maxChars || !push3(JSON.stringify(k))) return false;
        if (!enc(y, depth + 1)) return false;
      }
      return push3("}");
    }
    if (x instanceof Relation) {
      if (chars + x.label.length > maxChars) return false;
      return push3(`R${JSON.stringify(x.label)}`);
    }
    return false;
  };
  return enc(v, 0) ? parts.join(",") : void 0;
}
function cacheKey(id, args, kwargs, m) {
  const parts = [id];
  let size = id.length;
  const add = (v, name) => {
    if (name !== void 0) parts.push(`${name}=`);
    const e = encode(v, 2e4, MAX_KEY - size, true);
    if (e === void 0) {
      m.items(2e4);
      return false;
    }
    parts.push(e);
    size += e.length + (name?.length ?? 0) + 2;
    return true;
  };
  let ok = true;
  for (const a of args) if (ok) ok = add(a);
  for (const [k, v] of kwargs) if (ok) ok = add(v, k);
  m.chars(size);
  return ok ? parts.join(",") : void 0;
}
function truthy(v) {
  if (v === UNKNOWN) return void 0;
  if (v === null || v === false || v === 0 || v === "") return false;
  if (Array.isArray(v)) return v.length > 0;
  if (v instanceof Dict) return v.m.size > 0;
  if (v instanceof Relation) return true;
  return true;
}
function toStr(v) {
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "True" : "False";
  if (v === null) return "None";
  return UNKNOWN;
}
function loopDict(i, n, unknownLength) {
  const m = /* @__PURE__ */ new Map();
  m.set("index", i + 1);
  m.set("index0", i);
  m.set("first", i === 0);
  m.set("last", unknownLength ? UNKNOWN : i === n - 1);
  m.set("length", unknownLength ? UNKNOWN : n);
  m.set("revindex", unknownLength ? UNKNOWN : n - i);
  m.set("revindex0", unknownLength ? UNKNOWN : n - i - 1);
  return new Dict(m);
}
function iterate(v, m) {
  if (Array.isArray(v)) return v;
  if (v instanceof Dict) {
    m.items(v.m.size);
    return [...v.m.keys()];
  }
  if (typeof v === "string") {
    m.items(v.length);
    return [...v];
  }
  return void 0;
}
function eq(m, a, b) {
  let budget = 1e5;
  const go = (x, y, depth) => {
    if (--budget < 0 || x === UNKNOWN || y === UNKNOWN || depth > 20) return void 0;
    if (x === y) return true;
    if ((typeof x === "boolean" || typeof x === "number") && (typeof y === "boolean" || typeof y === "number"))
      return Number(x) === Number(y);
    if (x instanceof Relation || y instanceof Relation) return void 0;
    if (Array.isArray(x) && Array.isArray(y)) {
      if (x.length !== y.length) return false;
      for (let i = 0; i < x.length; i++) {
        const r2 = go(x[i], y[i], depth + 1);
        if (r2 !== true) return r2;
      }
      return true;
    }
    if (x instanceof Dict && y instanceof Dict) {
      if (x.m.size !== y.m.size) return false;
      for (const [k, v] of x.m) {
        if (!y.m.has(k)) return false;
        const r2 = go(v, y.m.get(k), depth + 1);
        if (r2 !== true) return r2;
      }
      return true;
    }
    if (typeof x === "string" && typeof y === "string") m.chars(Math.min(x.length, y.length));
    return false;
  };
  const r = go(a, b, 0);
  m.items(1e5 - Math.max(budget, 0));
  return r;
}
function joinStr(m, parts, sep) {
  let n = parts.length > 0 ? sep.length * (parts.length - 1) : 0;
  for (const p of parts) n += p.length;
  m.chars(n);
  return parts.join(sep);
}
function replaceStr(m, s, a, b) {
  m.chars(s.length);
  return joinStr(m, s.split(a), b);
}
function mapStr(m, s, f) {
  m.chars(s.length);
  const r = f(s);
  m.chars(r.length);
  return r;
}
function binop(m, op, l, r) {
  switch (op) {
    case "==":
    case "!=": {
      const e = eq(m, l, r);
      if (e === void 0) return UNKNOWN;
      return op === "==" ? e : !e;
    }
    case "in": {
      if (l === UNKNOWN || r === UNKNOWN) return UNKNOWN;
      if (typeof r === "string") {
        if (typeof l !== "string") return UNKNOWN;
        m.chars(r.length);
        return r.includes(l);
      }
      if (Array.isArray(r)) {
        let unknown = false;
        for (const x of r) {
          const e = eq(m, l, x);
          if (e === true) return true;
          if (e === void 0) unknown = true;
        }
        return unknown ? UNKNOWN : false;
      }
      if (r instanceof Dict)
        return typeof l === "string" || typeof l === "number" ? r.m.has(String(l)) : UNKNOWN;
      return UNKNOWN;
    }
    case "~": {
      const a = toStr(l);
      const b = toStr(r);
      if (a === UNKNOWN || b === UNKNOWN) return UNKNOWN;
      m.concat(a.length, b.length);
      return a + b;
    }
    case "+":
      if (typeof l === "string" && typeof r === "string") {
        m.concat(l.length, r.length);
        return l + r;
      }
      if (typeof l === "number" && typeof r === "number") return l + r;
      if (Array.isArray(l) && Array.isArray(r)) {
        if (l.length + r.length > MAX_ITEMS) tooManyItems();
        m.items(l.length + r.length);
        return [...l, ...r];
      }
      return UNKNOWN;
  }
  if (typeof l !== "number" || typeof r !== "number") {
    if (op === "*" && typeof l === "string" && typeof r === "number") {
      if (!(r >= 0) || !Number.isFinite(r)) return UNKNOWN;
      const n = Math.floor(r);
      m.chars(l.length * n);
      return l.repeat(n);
    }
    return UNKNOWN;
  }
  switch (op) {
    case "-":
      return l - r;
    case "*":
      return l * r;
    case "/":
      return r === 0 ? UNKNOWN : l / r;
    case "//":
      return r === 0 ? UNKNOWN : Math.floor(l / r);
    case "%":
      return r === 0 ? UNKNOWN : l - r * Math.floor(l / r);
    case "**":
      return l ** r;
    case "<":
      return l < r;
    case ">":
      return l > r;
    case "<=":
      return l <= r;
    case ">=":
      return l >= r;
  }
  return UNKNOWN;
}
function getIndex(o, k) {
  if (o instanceof Dict && (typeof k === "string" || typeof k === "number"))
    return o.m.get(String(k)) ?? UNKNOWN;
  if (Array.isArray(o) && typeof k === "number") {
    const i = k < 0 ? o.length + k : k;
    return o[i] ?? UNKNOWN;
  }
  if (typeof o === "string" && typeof k === "number") return o.at(k) ?? UNKNOWN;
  return UNKNOWN;
}
function fn(f) {
  return { fn: (a, k) => f(a, k) };
}
function getAttr(m, o, n) {
  if (o === UNKNOWN) return UNKNOWN;
  if (isFn(o)) return o.attr?.(n) ?? UNKNOWN;
  if (o instanceof Dict) {
    const v = o.m.get(n);
    if (v !== void 0) return v;
    switch (n) {
      case "get":
        return fn((a) => typeof a[0] === "string" ? o.m.get(a[0]) ?? a[1] ?? null : UNKNOWN);
      case "items":
        return fn(() => {
          m.items(o.m.size);
          return [...o.m].map(([k, v2]) => [k, v2]);
        });
      case "keys":
        return fn(() => {
          m.items(o.m.size);
          return [...o.m.keys()];
        });
      case "values":
        return fn(() => {
          m.items(o.m.size);
          return [...o.m.values()];
        });
      case "update":
        return fn((a, k) => {
          m.touch(o);
          if (a[0] !== void 0 && !(a[0] instanceof Dict)) {
            for (const key of o.m.keys()) o.m.set(key, UNKNOWN);
            return null;
          }
          if (a[0] instanceof Dict) {
            m.items(a[0].m.size);
            for (const [kk, vv] of a[0].m) o.m.set(kk, vv);
          }
          for (const [kk, vv] of k) o.m.set(kk, vv);
          return null;
        });
      case "setdefault":
        return fn((a) => {
          if (typeof a[0] !== "string") return UNKNOWN;
          m.touch(o);
          if (!o.m.has(a[0])) o.m.set(a[0], a[1] ?? null);
          return o.m.get(a[0]);
        });
      case "pop":
        return fn((a) => {
          if (typeof a[0] !== "string") return UNKNOWN;
          const v2 = o.m.get(a[0]);
          m.touch(o);
          o.m.delete(a[0]);
          return v2 ?? a[1] ?? UNKNOWN;
        });
    }
    return UNKNOWN;
  }
  if (Array.isArray(o)) {
    switch (n) {
      case "append":
        return fn((a) => {
          if (o.length >= MAX_ITEMS) tooManyItems();
          o.push(a[0] ?? null);
          return null;
        });
      case "extend":
        return fn((a) => {
          const x = a[0];
          if (!Array.isArray(x)) o.push(UNKNOWN);
          else {
            if (o.length + x.length > MAX_ITEMS) tooManyItems();
            m.items(x.length);
            for (const item of x) o.push(item);
          }
          return null;
        });
      case "index":
        return fn((a) => {
          const i = o.findIndex((x) => eq(m, x, a[0] ?? null) === true);
          return i < 0 ? UNKNOWN : i;
        });
      case "count":
        return fn((a) => o.filter((x) => eq(m, x, a[0] ?? null) === true).length);
      case "pop":
        return fn(() => o.pop() ?? UNKNOWN);
      case "insert":
        return fn((a) => {
          if (o.length >= MAX_ITEMS) tooManyItems();
          m.items(o.length);
          if (typeof a[0] === "number") o.splice(a[0], 0, a[1] ?? null);
          else o.push(UNKNOWN);
          return null;
        });
    }
    return UNKNOWN;
  }
  if (typeof o === "string") {
    const s = o;
    const strArgs = (a) => a.every((x) => typeof x === "string");
    switch (n) {
      case "lower":
        return fn(() => mapStr(m, s, (x) => x.toLowerCase()));
      case "upper":
        return fn(() => mapStr(m, s, (x) => x.toUpperCase()));
      case "strip":
        return fn(
          (a) => a.length ? strArgs(a) ? mapStr(m, s, (x) => stripChars(x, a[0])) : UNKNOWN : mapStr(m, s, (x) => x.trim())
        );
      case "lstrip":
      case "rstrip": {
        const left = n === "lstrip";
        return fn(
          (a) => a.length ? strArgs(a) ? mapStr(m, s, (x) => stripChars(x, a[0], left, !left)) : UNKNOWN : mapStr(m, s, (x) => left ? x.trimStart() : x.trimEnd())
        );
      }
      case "title":
        return fn(
          () => mapStr(
            m,
            s,
            (x) => x.replace(/\w\S*/g, (w) => w[0].toUpperCase() + w.slice(1).toLowerCase())
          )
        );
      case "capitalize":
        return fn(
          () => mapStr(m, s, (x) => x ? x[0].toUpperCase() + x.slice(1).toLowerCase() : x)
        );
      case "split":
        return fn((a) => {
          m.chars(s.length);
          let parts;
          if (a.length === 0 || a[0] === null) parts = s.split(/\s+/).filter(Boolean);
          else if (typeof a[0] === "string" && a[0]) parts = s.split(a[0]);
          else return UNKNOWN;
          m.items(parts.length);
          return parts;
        });
      case "replace":
        return fn(
          (a) => strArgs(a) && a.length >= 2 ? replaceStr(m, s, a[0], a[1]) : UNKNOWN
        );
      case "startswith":
        return fn((a) => typeof a[0] === "string" ? s.startsWith(a[0]) : UNKNOWN);
      case "endswith":
        return fn((a) => typeof a[0] === "string" ? s.endsWith(a[0]) : UNKNOWN);
      case "join":
        return fn((a) => {
          const l = a[0];
          if (!Array.isArray(l)) return UNKNOWN;
          m.items(l.length);
          const parts = l.map(toStr);
          return parts.some((p) => p === UNKNOWN) ? UNKNOWN : joinStr(m, parts, s);
        });
      case "format":
        return UNKNOWN;
    }
  }
  return UNKNOWN;
}
function stripChars(s, chars, left = true, right = true) {
  let a = 0;
  let b = s.length;
  while (left && a < b && chars.includes(s[a])) a++;
  while (right && b > a && chars.includes(s[b - 1])) b--;
  return s.slice(a, b);
}
function cmp(a, b) {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "string" && typeof b === "string") return a < b ? -1 : a > b ? 1 : 0;
  return void 0;
}
function sortCost(n) {
  return n * Math.max(1, Math.ceil(Math.log2(n + 1)));
}
function unique(m, v) {
  m.items(v.length);
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const x of v) {
    if (x === UNKNOWN || x instanceof Relation) return UNKNOWN;
    let key;
    if (x === null || typeof x !== "object") key = typeof x + ":" + String(x);
    else {
      key = encode(x, 1e4, MAX_KEY, false);
      if (key === void 0) return UNKNOWN;
      m.chars(key.length);
      key = "o:" + key;
    }
    if (!seen.has(key)) {
      seen.add(key);
      out.push(x);
    }
  }
  return out;
}
function applyFilter(m, name, v, args, kwargs) {
  switch (name) {
    case "safe":
    case "as_text":
    case "as_native":
    case "e":
    case "escape":
      return v;
    case "default":
    case "d":
      if (v === UNKNOWN) return UNKNOWN;
      return v === null || args[1] === true && truthy(v) === false ? args[0] ?? "" : v;
    case "as_bool":
      return typeof v === "string" ? v === "True" || v === "true" ? true : v === "False" || v === "false" ? false : UNKNOWN : v;
    case "as_number":
    case "int":
    case "float": {
      if (typeof v === "number") return name === "int" ? Math.trunc(v) : v;
      if (typeof v === "string" && /^\s*[+-]?(\d+(?:_\d+)*(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/.test(v)) {
        const num = Number(v.replace(/_/g, ""));
        if (!Number.isNaN(num)) return name === "int" ? Math.trunc(num) : num;
      }
      return UNKNOWN;
    }
    case "string":
      return toStr(v);
    case "lower":
      return typeof v === "string" ? mapStr(m, v, (x) => x.toLowerCase()) : UNKNOWN;
    case "upper":
      return typeof v === "string" ? mapStr(m, v, (x) => x.toUpperCase()) : UNKNOWN;
    case "trim":
      return typeof v === "string" ? mapStr(m, v, (x) => x.trim()) : UNKNOWN;
    case "replace":
      return typeof v === "string" && typeof args[0] === "string" && typeof args[1] === "string" ? replaceStr(m, v, args[0], args[1]) : UNKNOWN;
    case "length":
    case "count":
      if (typeof v === "string" || Array.isArray(v)) return v.length;
      if (v instanceof Dict) return v.m.size;
      return UNKNOWN;
    case "list": {
      const it = iterate(v, m);
      if (!it) return UNKNOWN;
      m.items(it.length);
      return [...it];
    }
    case "first":
      return Array.isArray(v) ? v[0] ?? UNKNOWN : UNKNOWN;
    case "last":
      return Array.isArray(v) ? v[v.length - 1] ?? UNKNOWN : UNKNOWN;
    case "reverse":
      if (Array.isArray(v)) {
        m.items(v.length);
        return [...v].reverse();
      }
      if (typeof v === "string") {
        m.items(v.length);
        return joinStr(m, [...v].reverse(), "");
      }
      return UNKNOWN;
    case "join": {
      if (!Array.isArray(v)) return UNKNOWN;
      const sep = args[0] ?? "";
      if (typeof sep !== "string") return UNKNOWN;
      m.items(v.length);
      const parts = v.map(toStr);
      return parts.some((p) => p === UNKNOWN) ? UNKNOWN : joinStr(m, parts, sep);
    }
    case "unique":
      return Array.isArray(v) ? unique(m, v) : UNKNOWN;
    case "sort": {
      if (!Array.isArray(v)) return UNKNOWN;
      const attr = kwargs.get("attribute");
      m.items(sortCost(v.length));
      const keyed = v.map((x) => [typeof attr === "string" ? getAttr(m, x, attr) : x, x]);
      let bad = false;
      keyed.sort((a, b) => {
        const c = cmp(a[0], b[0]);
        if (c === void 0) bad = true;
        return c ?? 0;
      });
      if (bad) return UNKNOWN;
      const sorted = keyed.map(([, x]) => x);
      return args[0] === true || kwargs.get("reverse") === true ? sorted.reverse() : sorted;
    }
    case "max":
    case "min": {
      if (!Array.isArray(v) || v.length === 0) return UNKNOWN;
      m.items(v.length);
      let best = v[0];
      for (let i = 1; i < v.length; i++) {
        const x = v[i];
        const c = cmp(x, best);
        if (c === void 0) return UNKNOWN;
        if (name === "max" ? c > 0 : c < 0) best = x;
      }
      return best;
    }
    case "sum": {
      if (!Array.isArray(v)) return UNKNOWN;
      m.items(v.length);
      let s = 0;
      for (const x of v) {
        if (typeof x !== "number") return UNKNOWN;
        s += x;
      }
      return s;
    }
    case "items":
      if (!(v instanceof Dict)) return UNKNOWN;
      m.items(v.m.size);
      return [...v.m].map(([k, x]) => [k, x]);
    case "dictsort":
      if (!(v instanceof Dict)) return UNKNOWN;
      m.items(sortCost(v.m.size));
      return [...v.m].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([k, x]) => [k, x]);
    case "map": {
      if (!Array.isArray(v)) return UNKNOWN;
      m.items(v.length);
      const attr = kwargs.get("attribute");
      if (typeof attr === "string") return v.map((x) => getAttr(m, x, attr));
      if (typeof args[0] === "string") {
        const f = args[0];
        const rest = args.slice(1);
        return v.map((x) => applyFilter(m, f, x, rest, /* @__PURE__ */ new Map()));
      }
      return UNKNOWN;
    }
    case "selectattr":
    case "rejectattr": {
      if (!Array.isArray(v) || typeof args[0] !== "string") return UNKNOWN;
      m.items(v.length);
      const attr = args[0];
      const out = [];
      for (const x of v) {
        const a = getAttr(m, x, attr);
        let t;
        if (args.length >= 3 && (args[1] === "equalto" || args[1] === "==" || args[1] === "eq")) {
          t = eq(m, a, args[2]);
        } else if (args.length >= 3 && args[1] === "in") {
          const r = binop(m, "in", a, args[2]);
          t = r === UNKNOWN ? void 0 : r;
        } else if (args.length === 1) t = truthy(a);
        else return UNKNOWN;
        if (t === void 0) return UNKNOWN;
        if (t === (name === "selectattr")) out.push(x);
      }
      return out;
    }
    case "select":
    case "reject": {
      if (!Array.isArray(v)) return UNKNOWN;
      m.items(v.length);
      if (args.length !== 0) return UNKNOWN;
      if (v.some((x) => truthy(x) === void 0)) return UNKNOWN;
      return v.filter((x) => truthy(x) === (name === "select"));
    }
  }
  return UNKNOWN;
}

// src/project/fingerprint.ts
import { createHash } from "node:crypto";
function textFingerprint(text) {
  return createHash("sha1").update(text).digest("base64").slice(0, 20);
}
function dataFingerprint(value) {
  return textFingerprint(stableJson(value));
}
function stableJson(value, depth = 0) {
  if (depth > 40) return '"…"';
  if (value === void 0) return "null";
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map((v) => stableJson(v, depth + 1)).join(",")}]`;
  if (value instanceof Map)
    return stableJson(Object.fromEntries([...value].map(([k, v]) => [String(k), v])), depth);
  const keys = Object.keys(value).sort();
  return `{${keys.map(
    (k) => `${JSON.stringify(k)}:${stableJson(value[k], depth + 1)}`
  ).join(",")}}`;
}
function sqlFingerprint(text, python = false) {
  const h = createHash("sha1");
  let buf = [];
  const push3 = (t) => {
    buf.push(t);
    if (buf.length >= 4096) {
      h.update(buf.join("\0"));
      h.update("\0");
      buf = [];
    }
  };
  const n = text.length;
  let i = 0;
  let comment = "";
  while (i < n) {
    if (comment) {
      i = commentEnd(text, i, comment, python);
      if (i >= n) break;
      if (text[i] !== "{" || text[i + 1] !== "#") {
        if (text[i] === "*") i += 2;
        comment = "";
        continue;
      }
    }
    const c = text[i];
    const d = text[i + 1];
    if (!python && c === "{" && d === "#") {
      const end2 = text.indexOf("#}", i + 2);
      i = end2 < 0 ? n : end2 + 2;
      continue;
    }
    if (!python && c === "{" && (d === "{" || d === "%")) {
      const closer = d === "{" ? "}}" : "%}";
      let j = i + 2;
      let q = "";
      while (j < n) {
        const x = text[j];
        if (q) {
          if (x === "\\") j++;
          else if (x === q) q = "";
        } else if (x === '"' || x === "'") q = x;
        else if (x === closer[0] && text[j + 1] === closer[1]) break;
        j++;
      }
      let body = text.slice(i + 2, Math.min(j, n));
      body = body.replace(/^[-+]/, "").replace(/[-+]$/, "");
      const tag = collapse(body);
      push3(c + d + tag + closer);
      i = Math.min(j + 2, n);
      if (d === "%" && tag === "raw") {
        const end2 = /\{%[-+]?\s*endraw\s*[-+]?%\}/g;
        end2.lastIndex = i;
        const m = end2.exec(text);
        const stop = m ? m.index : n;
        push3(`raw:${text.slice(i, stop)}`);
        i = stop;
      }
      continue;
    }
    if (c === " " || c === "	" || c === "\n" || c === "\r" || c === "\f") {
      i++;
      continue;
    }
    if (!python && c === "-" && d === "-" || python && c === "#") {
      comment = "line";
      i += python ? 1 : 2;
      continue;
    }
    if (!python && c === "/" && d === "*") {
      comment = "block";
      i += 2;
      continue;
    }
    if (c === "'" || c === '"' || c === "`") {
      let j = i + 1;
      while (j < n) {
        const x = text[j];
        if (x === "\\" && python) j += 2;
        else if (x === c) {
          if (!python && text[j + 1] === c) j += 2;
          else break;
        } else if (x === "{" && (text[j + 1] === "{" || text[j + 1] === "%")) break;
        else j++;
      }
      push3(text.slice(i, Math.min(j + 1, n)));
      i = Math.min(j + 1, n);
      continue;
    }
    if (isWord(text.charCodeAt(i))) {
      let j = i + 1;
      while (j < n && isWord(text.charCodeAt(j))) j++;
      push3(text.slice(i, j));
      i = j;
      continue;
    }
    push3(c);
    i++;
  }
  if (buf.length) h.update(buf.join("\0"));
  return h.digest("base64").slice(0, 20);
}
function isWord(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95 || c === 36 || c === 46;
}
function commentEnd(text, i, kind, python) {
  for (let j = i; j < text.length; j++) {
    const c = text[j];
    if (c === "{" && !python) {
      const d = text[j + 1];
      if (d === "{" || d === "%" || d === "#") return j;
    } else if (kind === "line" ? c === "\n" : c === "*" && text[j + 1] === "/") return j;
  }
  return text.length;
}
function collapse(s) {
  let out = "";
  let q = "";
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (q) {
      out += c;
      if (c === "\\" && i + 1 < s.length) out += s[++i];
      else if (c === q) q = "";
      continue;
    }
    if (c === " " || c === "	" || c === "\n" || c === "\r") {
      space = true;
      continue;
    }
    if (space && out && /[A-Za-z0-9_]/.test(c) && /[A-Za-z0-9_]/.test(out[out.length - 1]))
      out += " ";
    space = false;
    if (c === '"' || c === "'") q = c;
    out += c;
  }
  return out;
}
var LazyFingerprints = class {
  #spec;
  #values;
  constructor(spec) {
    this.#spec = spec;
  }
  #get(aspect) {
    const values = this.#values ??= {};
    if (aspect in values) return values[aspect];
    const entry = this.#spec[aspect];
    const value = entry ? entry[1]() : void 0;
    values[aspect] = value;
    return value;
  }
  inputs(aspect) {
    return this.#spec[aspect]?.[0];
  }
  get sql() {
    return this.#get("sql");
  }
  get format() {
    return this.#get("format");
  }
  get config() {
    return this.#get("config");
  }
  get contract() {
    return this.#get("contract");
  }
  get seed() {
    return this.#get("seed");
  }
  get docs() {
    return this.#get("docs");
  }
};
function lazyFingerprints(spec) {
  return new LazyFingerprints(spec);
}
function sameAspect(a, b, aspect) {
  if (a instanceof LazyFingerprints && b instanceof LazyFingerprints) {
    const ia = a.inputs(aspect);
    const ib = b.inputs(aspect);
    if (ia && ib && sameInputs(ia, ib)) return true;
  }
  return a[aspect] === b[aspect];
}
function sameInputs(a, b) {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!samePlain(a[i], b[i], 0)) return false;
  return true;
}
function samePlain(x, y, depth) {
  if (x === y) return true;
  if (typeof x !== "object" || typeof y !== "object" || x === null || y === null) return false;
  if (depth > 8) return false;
  if (Array.isArray(x)) {
    if (!Array.isArray(y) || x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!samePlain(x[i], y[i], depth + 1)) return false;
    return true;
  }
  if (Array.isArray(y)) return false;
  const px = Object.getPrototypeOf(x);
  if (px !== Object.prototype && px !== null || Object.getPrototypeOf(y) !== px) return false;
  const kx = Object.keys(x);
  if (kx.length !== Object.keys(y).length) return false;
  for (const k of kx) {
    if (!Object.prototype.hasOwnProperty.call(y, k)) return false;
    if (!samePlain(x[k], y[k], depth + 1))
      return false;
  }
  return true;
}

// src/project/scan.ts
function createScanCache() {
  return { templates: /* @__PURE__ */ new Map(), yaml: /* @__PURE__ */ new Map() };
}
var SKIP_DIRS = [
  "dbt_packages",
  "dbt_modules",
  "target",
  "node_modules",
  "logs",
  "venv",
  ".venv"
];
var MAX_YAML_BYTES = 20 * 1024 * 1024;
var SCAN_STEPS = 1e7;
var SCAN_STEPS_PER_FILE = 1e3;
var MAX_YAML_ALIASES_PER_SCAN = 5e4;
function dirname(p) {
  const i = p.lastIndexOf("/");
  return i < 0 ? "" : p.slice(0, i);
}
function basename(p) {
  return p.slice(p.lastIndexOf("/") + 1);
}
function stem(p) {
  const b = basename(p);
  const i = b.lastIndexOf(".");
  return i <= 0 ? b : b.slice(0, i);
}
function ext(p) {
  const b = basename(p);
  const i = b.lastIndexOf(".");
  return i < 0 ? "" : b.slice(i + 1).toLowerCase();
}
function joinPath(root, rel) {
  const parts = root ? root.split("/") : [];
  for (const seg of rel.replace(/\\/g, "/").split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") {
      if (parts.length === 0) return void 0;
      parts.pop();
    } else parts.push(seg);
  }
  return parts.join("/");
}
function under(path, dir) {
  return dir === "" || path.startsWith(dir + "/");
}
function skipped(path) {
  const segs = path.split("/");
  segs.pop();
  return segs.some((s) => SKIP_DIRS.includes(s));
}
function depthOf(dir) {
  return dir === "" ? 0 : dir.split("/").length;
}
function isObj(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function arr(v) {
  return Array.isArray(v) ? v : [];
}
function str(v) {
  return typeof v === "string" ? v : typeof v === "number" ? String(v) : void 0;
}
function strList(v, dflt) {
  if (typeof v === "string") return [v];
  if (Array.isArray(v)) return v.filter((x) => typeof x === "string");
  return dflt;
}
function own(o, k) {
  return Object.prototype.hasOwnProperty.call(o, k) ? o[k] : void 0;
}
var CONFIG_KEYS = /* @__PURE__ */ new Set([
  "enabled",
  "materialized",
  "schema",
  "alias",
  "database",
  "tags",
  "meta",
  "docs",
  "persist_docs",
  "post-hook",
  "pre-hook",
  "post_hook",
  "pre_hook",
  "full_refresh",
  "unique_key",
  "on_schema_change",
  "incremental_strategy",
  "contract",
  "grants",
  "quoting",
  "column_types",
  "quote_columns",
  "delimiter",
  "file_format",
  "partition_by",
  "cluster_by",
  "sort",
  "dist",
  "strategy",
  "target_schema",
  "target_database",
  "updated_at",
  "check_cols",
  "snapshot_meta_column_names",
  "group",
  "access",
  "transient",
  "copy_grants",
  "bind",
  "labels",
  "location",
  "properties",
  "on_configuration_change",
  "event_time",
  "batch_size",
  "lookback",
  "begin",
  "packages",
  "submission_method",
  "python_version",
  "incremental_predicates",
  "store_failures",
  "severity",
  "freshness",
  "loaded_at_field",
  "identifier"
]);
function projectConfig(section, projectName, parts) {
  const out = {};
  if (!isObj(section)) return out;
  const apply = (node2) => {
    for (const [k, v] of Object.entries(node2)) {
      if (k === "+__proto__") continue;
      if (k.startsWith("+")) out[k.slice(1)] = mergeConfig(out[k.slice(1)], v, k.slice(1));
      else if (CONFIG_KEYS.has(k) && !(isObj(v) && k !== "meta" && k !== "docs" && k !== "contract" && k !== "persist_docs" && k !== "grants" && k !== "quoting" && k !== "column_types"))
        out[k] = mergeConfig(out[k], v, k);
      else if (CONFIG_KEYS.has(k) && (k === "meta" || k === "docs" || k === "contract" || k === "persist_docs" || k === "grants" || k === "quoting" || k === "column_types"))
        out[k] = mergeConfig(out[k], v, k);
    }
  };
  apply(section);
  let node = own(section, projectName);
  if (!isObj(node)) return out;
  apply(node);
  for (const part of parts) {
    node = own(node, part);
    if (!isObj(node)) break;
    apply(node);
  }
  return out;
}
function mergeConfig(prev, next, key) {
  if ((key === "meta" || key === "docs" || key === "column_types") && isObj(prev) && isObj(next))
    return { ...prev, ...next };
  if (key === "tags" && prev !== void 0) return [...strList(prev, []), ...strList(next, [])];
  return next;
}
function isDisabled(cfg) {
  const e = cfg["enabled"];
  return e === false || e === "false" || e === "False";
}
function scanRepository(files, options = {}) {
  const problems = [];
  const cache = options.cache;
  const withPrints = options.fingerprints !== false;
  const printsOf = (spec) => withPrints ? lazyFingerprints(spec()) : {};
  const blob = (path) => options.blobIds?.get(path);
  let aliasesRead = 0;
  const yamlOf = (path, text) => {
    const key = blob(path);
    if (key && cache?.yaml.has(key)) return cache.yaml.get(key);
    let v;
    if (text.length > MAX_YAML_BYTES) {
      problems.push({
        rule: "lineage/incomplete",
        file: path,
        line: 1,
        message: `YAML file larger than ${MAX_YAML_BYTES / 1024 / 1024} MB: not read, so what it declares is not known`
      });
      v = null;
    } else {
      v = fastYaml(text);
      const aliases = v === void 0 ? aliasCount(text) : 0;
      if (aliases > MAX_YAML_ALIASES || aliasesRead + aliases > MAX_YAML_ALIASES_PER_SCAN) {
        problems.push({
          rule: "lineage/incomplete",
          file: path,
          line: 1,
          message: `YAML with more aliases (*name) than can be read (${MAX_YAML_ALIASES} a file, ${MAX_YAML_ALIASES_PER_SCAN} a commit): not read, so what it declares is not known — expand the aliases or split the file`
        });
        v = null;
      } else if (v === void 0)
        try {
          aliasesRead += aliases;
          v = (0, import_yaml.parse)(text, { maxAliasCount: 1e3, uniqueKeys: false, prettyErrors: false });
        } catch (error) {
          const line = error.linePos?.[0]?.line ?? 1;
          const message = String(error.message);
          const limit = error instanceof RangeError || /Maximum call stack size exceeded|Excessive alias count/.test(message);
          problems.push(
            limit ? {
              // nested too deeply for the reader: a limit, not a syntax error
              rule: "lineage/incomplete",
              file: path,
              line,
              message: `YAML past the reader's limits (${message.split("\n")[0].slice(0, 200)}): what it declares is not known`
            } : {
              rule: "project/invalid",
              file: path,
              line,
              message: `invalid YAML: ${message.split("\n")[0]} — fix the file's syntax`
            }
          );
          v = null;
        }
    }
    if (key && cache) cache.yaml.set(key, v);
    return v;
  };
  const templateOf = (path, text) => {
    const key = blob(path);
    const hit = key ? cache?.templates.get(key) : void 0;
    if (hit) return hit;
    const t = parseTemplate(text);
    if (key && cache) cache.templates.set(key, t);
    return t;
  };
  const templateProblems = (path, template) => {
    let limits = 0;
    let syntax = 0;
    for (const pr of template.problems) {
      const limit = isLimitProblem(pr);
      if (limit ? ++limits > 20 : ++syntax > 20) continue;
      problems.push({
        rule: limit ? "lineage/incomplete" : "project/invalid",
        file: path,
        line: pr.line,
        message: `${pr.message} (Jinja)`
      });
    }
  };
  const evalProblems = (found, at) => {
    for (const pr of found)
      problems.push({
        rule: pr.incomplete ? "lineage/incomplete" : "lineage/dynamic-ref",
        file: at?.file ?? pr.file,
        line: at?.line ?? pr.line,
        message: pr.message
      });
  };
  const projects = [];
  const paths = [...files.keys()].sort();
  for (const path of paths) {
    if (basename(path) !== "dbt_project.yml" || skipped(path)) continue;
    const root = dirname(path);
    const cfgRaw = yamlOf(path, files.get(path));
    const cfg = isObj(cfgRaw) ? cfgRaw : {};
    if (!isObj(cfgRaw))
      problems.push({
        rule: "project/invalid",
        file: path,
        line: 1,
        message: "dbt_project.yml is not a mapping"
      });
    let name = str(cfg["name"]);
    if (!name) {
      name = basename(root) || "root";
      problems.push({
        rule: "project/invalid",
        file: path,
        line: 1,
        message: `dbt_project.yml has no name; using "${name}"`
      });
    }
    const resolve = (key, dflt) => strList(cfg[key], dflt).flatMap((rel) => {
      const joined = /^(\/|\\|[A-Za-z]:[\\/])/.test(rel) ? void 0 : joinPath(root, rel);
      if (joined === void 0)
        problems.push({
          rule: "project/invalid",
          file: path,
          line: keyLine(files.get(path), key),
          message: `${key} entry "${rel.slice(0, 200)}" is outside the repository: its files cannot be read — use a path inside the repository`
        });
      return joined === void 0 ? [] : [joined];
    });
    const modelPaths = resolve(cfg["model-paths"] != null ? "model-paths" : "source-paths", [
      "models"
    ]);
    const macroPaths = resolve("macro-paths", ["macros"]);
    const seedPaths = resolve(cfg["seed-paths"] != null ? "seed-paths" : "data-paths", [
      "seeds",
      "data"
    ]);
    const snapshotPaths = resolve("snapshot-paths", ["snapshots"]);
    const analysisPaths = resolve("analysis-paths", ["analyses"]);
    const testPaths = resolve("test-paths", ["tests"]);
    const vars2 = {};
    const rawVars = cfg["vars"];
    if (isObj(rawVars)) {
      for (const [k, v] of Object.entries(rawVars)) if (!isObj(v) || k !== name) vars2[k] = v;
      const scoped = own(rawVars, name);
      if (isObj(scoped)) Object.assign(vars2, scoped);
    }
    projects.push({
      name,
      root,
      file: path,
      modelPaths,
      macroPaths,
      seedPaths,
      snapshotPaths,
      analysisPaths,
      testPaths,
      cfg,
      vars: vars2,
      dirs: {
        model: modelPaths,
        macro: macroPaths,
        seed: seedPaths,
        snapshot: snapshotPaths,
        analysis: analysisPaths,
        test: testPaths
      }
    });
  }
  const projectNames = new Set(projects.map((p) => p.name));
  const varValues = /* @__PURE__ */ new Map();
  const dispatchIndexes = /* @__PURE__ */ new Map();
  const dispatchIndex = (project) => {
    let index2 = dispatchIndexes.get(project);
    if (!index2) {
      dispatchIndexes.set(project, index2 = /* @__PURE__ */ new Map());
      for (const [n, def] of macroVisible.get(project) ?? []) {
        const at = n.indexOf("__");
        if (at >= 0) push2(index2, n.slice(at + 2), def);
      }
    }
    return index2;
  };
  const projectByName = /* @__PURE__ */ new Map();
  for (const p of projects) if (!projectByName.has(p.name)) projectByName.set(p.name, p);
  const claims = (path, role) => {
    const out = [];
    for (const p of projects) {
      let best;
      for (const d of p.dirs[role])
        if (under(path, d) && (best === void 0 || d.length > best.length)) best = d;
      if (best !== void 0) out.push({ p, dir: best });
    }
    return out;
  };
  const deepest = (cl) => {
    if (cl.length <= 1) return cl;
    let max = -1;
    for (const c of cl) max = Math.max(max, depthOf(c.p.root));
    const inside = cl.filter((c) => depthOf(c.p.root) === max);
    return inside;
  };
  const macros = /* @__PURE__ */ new Map();
  const macroNodes = /* @__PURE__ */ new Map();
  const macroVisible = /* @__PURE__ */ new Map();
  for (const p of projects) macroVisible.set(p.name, /* @__PURE__ */ new Map());
  const pending = [];
  const nodes = /* @__PURE__ */ new Map();
  const yamlModels = /* @__PURE__ */ new Map();
  const yamlSeeds = /* @__PURE__ */ new Map();
  const yamlSnapshots = /* @__PURE__ */ new Map();
  const yamlMacros = /* @__PURE__ */ new Map();
  const exposuresRaw = [];
  const sourcesRaw = [];
  const docsTexts = [];
  const docsPaths = [];
  const macroFiles = [];
  const modelFiles = [];
  const snapshotFiles = [];
  const seedFiles = [];
  const yamlFiles = [];
  for (const path of paths) {
    if (skipped(path) || basename(path) === "dbt_project.yml") continue;
    const e = ext(path);
    const text = files.get(path);
    if (e === "sql" || e === "py") {
      const asModel = claims(path, "model");
      const asMacro = claims(path, "macro");
      const asSnapshot = e === "sql" ? claims(path, "snapshot") : [];
      if (asModel.length + asMacro.length + asSnapshot.length === 0) continue;
      const deferred = e === "sql" && !asMacro.length && !asSnapshot.length && !text.includes("macro");
      const template = e === "sql" && !deferred ? templateOf(path, text) : null;
      if (template) templateProblems(path, template);
      if (template && hasMacro(template.nodes)) {
        const ps = [...new Set([...asMacro, ...asModel, ...asSnapshot].map((c) => c.p))];
        macroFiles.push({ path, p: ps, template, text });
      }
      if (asSnapshot.length && template)
        snapshotFiles.push({ path, owners: deepest(asSnapshot), template, text });
      else if (asModel.length && !asMacro.length) {
        const owners = deepest(asModel);
        modelFiles.push({
          path,
          owners,
          template,
          text,
          python: e === "py",
          deferred,
          left: owners.length
        });
      } else if (asModel.length && asMacro.length) {
        if (template && !onlyMacros(template.nodes)) {
          const owners = deepest(asModel);
          modelFiles.push({
            path,
            owners,
            template,
            text,
            python: false,
            deferred: false,
            left: owners.length
          });
        }
      }
    } else if (e === "csv") {
      const cl = claims(path, "seed");
      if (cl.length) seedFiles.push({ path, owners: deepest(cl), text });
    } else if (e === "yml" || e === "yaml") {
      const ps = /* @__PURE__ */ new Set();
      for (const role of ["model", "seed", "snapshot", "macro"])
        for (const c of claims(path, role)) ps.add(c.p);
      if (ps.size) yamlFiles.push({ path, owners: [...ps] });
    } else if (e === "md") {
      if (text.includes("{% docs") || text.includes("{%- docs")) {
        docsPaths.push(path);
        docsTexts.push(text);
      }
    }
  }
  for (const mf of macroFiles) {
    const starts = lineStartsOnce(mf.text);
    for (const n of mf.template.nodes) {
      if (n.t !== "macro" || !n.name) continue;
      for (const p of mf.p) {
        const id = nodeId("macro", p.name, n.name);
        const def = { id, name: n.name, project: p.name, file: mf.path, node: n };
        const vis = macroVisible.get(p.name);
        if (!vis.has(n.name)) vis.set(n.name, def);
        if (!macros.has(n.name)) macros.set(n.name, []);
        macros.get(n.name).push(def);
        if (!macroNodes.has(id)) {
          macroNodes.set(id, {
            id,
            kind: "macro",
            project: p.name,
            name: n.name,
            display: n.name,
            path: mf.path,
            line: n.line,
            language: "sql",
            fingerprints: printsOf(() => codeSpec(mf.text, starts, n.line, n.end)),
            macros: [],
            vars: []
          });
        }
      }
    }
  }
  const yamlIndex = (m, project) => {
    if (!m.has(project)) m.set(project, /* @__PURE__ */ new Map());
    return m.get(project);
  };
  for (const yf of yamlFiles) {
    const doc = yamlOf(yf.path, files.get(yf.path));
    if (!isObj(doc)) continue;
    const key = blob(yf.path);
    let nameLines = key ? cache?.nameLines?.get(key) : void 0;
    if (!nameLines) {
      nameLines = nameLineIndex(files.get(yf.path));
      if (key && cache) (cache.nameLines ??= /* @__PURE__ */ new Map()).set(key, nameLines);
    }
    const lineOfKey = (_t, name) => nameLines.get(name);
    for (const p of yf.owners) {
      for (const [key2, target] of [
        ["models", yamlModels],
        ["seeds", yamlSeeds],
        ["snapshots", yamlSnapshots],
        ["macros", yamlMacros]
      ]) {
        for (const entry of arr(doc[key2])) {
          if (!isObj(entry) || typeof entry["name"] !== "string") continue;
          yamlIndex(target, p.name).set(entry["name"], {
            file: yf.path,
            entry,
            line: lineOfKey(null, entry["name"])
          });
        }
      }
      for (const entry of arr(doc["exposures"])) {
        if (!isObj(entry) || typeof entry["name"] !== "string") continue;
        exposuresRaw.push({
          p,
          props: { file: yf.path, entry, line: lineOfKey(null, entry["name"]) }
        });
      }
      for (const source of arr(doc["sources"])) {
        if (!isObj(source) || typeof source["name"] !== "string") continue;
        for (const table of arr(source["tables"])) {
          if (!isObj(table) || typeof table["name"] !== "string") continue;
          sourcesRaw.push({
            p,
            file: yf.path,
            source,
            table,
            line: lineOfKey(null, table["name"]) ?? 1
          });
        }
      }
    }
  }
  const layerOf = (cfg, entry) => {
    const m1 = isObj(entry?.["meta"]) ? entry["meta"]["layer"] : void 0;
    const c = isObj(entry?.["config"]) ? entry["config"] : void 0;
    const m2 = c && isObj(c["meta"]) ? c["meta"]["layer"] : void 0;
    const m3 = isObj(cfg["meta"]) ? cfg["meta"]["layer"] : void 0;
    return str(m1) ?? str(m2) ?? str(m3);
  };
  const prevDocs = cache?.docsTexts;
  const docsSig = prevDocs && prevDocs.length === docsTexts.length && prevDocs.every((t, i) => t === docsTexts[i]) ? prevDocs : docsTexts;
  if (cache) cache.docsTexts = docsSig;
  let docsMap;
  const docsBlocks = () => {
    if (docsMap) return docsMap;
    docsMap = /* @__PURE__ */ new Map();
    docsPaths.forEach((path, i) => {
      for (const n of templateOf(path, docsTexts[i]).nodes)
        if (n.t === "block" && n.tag === "docs") docsMap.set(n.arg, textOf(n.body));
    });
    return docsMap;
  };
  const docsOf = (entry) => {
    if (!entry) return dataFingerprint(null);
    const expand = (d) => {
      const s = str(d);
      if (!s) return d;
      return s.replace(
        /\{\{\s*doc\(\s*['"]([^'"]+)['"]\s*\)\s*\}\}/g,
        (_m, n) => docsBlocks().get(n) ?? _m
      );
    };
    const cfg = isObj(entry["config"]) ? entry["config"] : {};
    return dataFingerprint({
      description: expand(entry["description"]),
      meta: entry["meta"],
      cfgMeta: cfg["meta"],
      tags: entry["tags"],
      cfgTags: cfg["tags"],
      tests: entry["tests"] ?? entry["data_tests"],
      docs: entry["docs"],
      columns: arr(entry["columns"]).map(
        (c) => isObj(c) ? {
          name: c["name"],
          description: expand(c["description"]),
          meta: c["meta"],
          tags: c["tags"],
          tests: c["tests"] ?? c["data_tests"]
        } : c
      )
    });
  };
  const contractOf = (cfg, entry) => {
    const contract = cfg["contract"];
    const enforced = isObj(contract) && (contract["enforced"] === true || contract["enforced"] === "true");
    const fp = () => dataFingerprint(
      arr(entry?.["columns"]).map(
        (c) => isObj(c) ? { name: c["name"], data_type: c["data_type"], constraints: c["constraints"] } : c
      )
    );
    return { enforced, fp };
  };
  const yamlConfig = (entry) => {
    if (!entry) return {};
    const out = isObj(entry["config"]) ? { ...entry["config"] } : {};
    for (const k of ["materialized", "schema", "alias", "enabled"])
      if (entry[k] !== void 0 && out[k] === void 0) out[k] = entry[k];
    return out;
  };
  const relParts = (path, dir, withStem) => {
    const rel = dir === "" ? path : path.slice(dir.length + 1);
    const parts = rel.split("/");
    const last = parts.pop();
    if (withStem) parts.push(stem(last));
    return parts;
  };
  const prints = /* @__PURE__ */ new Map();
  const addNode = (n) => {
    if (!nodes.has(n.id)) nodes.set(n.id, n);
  };
  const versions = /* @__PURE__ */ new Map();
  for (const [project, m] of yamlModels) {
    for (const [name, props] of m) {
      const vs = arr(props.entry["versions"]);
      if (!vs.length) continue;
      const info = { latest: str(props.entry["latest_version"]), v: /* @__PURE__ */ new Map() };
      for (const v of vs) {
        if (!isObj(v)) continue;
        const ver = str(v["v"]);
        if (ver === void 0) continue;
        info.v.set(ver, str(v["defined_in"]) ?? `${name}_v${ver}`);
      }
      if (!info.latest && info.v.size)
        info.latest = [...info.v.keys()].sort((a, b) => Number(a) - Number(b)).pop();
      if (!versions.has(project)) versions.set(project, /* @__PURE__ */ new Map());
      versions.get(project).set(name, info);
    }
  }
  const versionedYaml = (project, fileStem) => {
    for (const [base, info] of versions.get(project) ?? [])
      for (const s of info.v.values())
        if (s === fileStem) return yamlModels.get(project)?.get(base);
    return void 0;
  };
  for (const mf of modelFiles) {
    for (const { p, dir } of mf.owners) {
      const name = stem(mf.path);
      const props = yamlModels.get(p.name)?.get(name) ?? versionedYaml(p.name, name);
      const projCfg = projectConfig(p.cfg["models"], p.name, relParts(mf.path, dir, true));
      const cfg = { ...projCfg, ...yamlConfig(props?.entry) };
      const node = {
        id: nodeId("model", p.name, name),
        kind: "model",
        project: p.name,
        name,
        display: name,
        path: mf.path,
        line: 1,
        language: mf.python ? "python" : "sql",
        fingerprints: {},
        macros: [],
        vars: []
      };
      const text = mf.text;
      const python = mf.python;
      const entry = props?.entry;
      if (withPrints)
        prints.set(node, {
          entry,
          cfgInputs: [p.cfg, p.name, mf.path, dir, entry],
          spec: {
            sql: [[text, python], () => sqlFingerprint(text, python)],
            format: [[text], () => textFingerprint(text)],
            docs: [[entry, docsSig], () => docsOf(entry)]
          }
        });
      const localMacros = /* @__PURE__ */ new Map();
      if (mf.template) {
        for (const n of mf.template.nodes)
          if (n.t === "macro" && n.name)
            localMacros.set(
              n.name,
              macroVisible.get(p.name)?.get(n.name) ?? {
                id: "",
                name: n.name,
                project: p.name,
                file: mf.path,
                node: n
              }
            );
      }
      const key = blob(mf.path);
      pending.push({
        node,
        cfg,
        entry,
        nodes: mf.template ? mf.template.nodes.filter((n) => n.t !== "macro") : null,
        python: mf.python ? mf.text : void 0,
        localMacros,
        ...mf.template && key && { source: mf.template, memoKey: `m\0${key}\0${mf.path}\0${p.name}` },
        ...mf.deferred && {
          deferred: mf,
          ...key && { memoKey: `m\0${key}\0${mf.path}\0${p.name}` }
        }
      });
    }
  }
  for (const sf of snapshotFiles) {
    const starts = lineStartsOnce(sf.text);
    for (const n of sf.template.nodes) {
      if (n.t !== "block" || n.tag !== "snapshot" || !n.arg) continue;
      const name = n.arg.split(/\s/)[0];
      for (const { p, dir } of sf.owners) {
        const props = yamlSnapshots.get(p.name)?.get(name);
        const projCfg = projectConfig(p.cfg["snapshots"], p.name, [
          ...relParts(sf.path, dir, false),
          name
        ]);
        const cfg = { ...projCfg, ...yamlConfig(props?.entry) };
        const node = {
          id: nodeId("snapshot", p.name, name),
          kind: "snapshot",
          project: p.name,
          name,
          display: name,
          path: sf.path,
          line: n.line,
          language: "sql",
          fingerprints: {},
          macros: [],
          vars: []
        };
        const entry = props?.entry;
        if (withPrints)
          prints.set(node, {
            entry,
            cfgInputs: [p.cfg, p.name, sf.path, dir, name, entry],
            spec: {
              ...codeSpec(sf.text, starts, n.line, n.end),
              docs: [[entry, docsSig], () => docsOf(entry)]
            }
          });
        const key = blob(sf.path);
        pending.push({
          node,
          cfg,
          entry,
          nodes: n.body,
          localMacros: /* @__PURE__ */ new Map(),
          ...key && {
            source: n,
            memoKey: `s\0${key}\0${sf.path}\0${p.name}\0${n.line}\0${name}`
          }
        });
      }
    }
  }
  for (const sf of seedFiles) {
    for (const { p, dir } of sf.owners) {
      const name = stem(sf.path);
      const props = yamlSeeds.get(p.name)?.get(name);
      const cfg = {
        ...projectConfig(p.cfg["seeds"], p.name, relParts(sf.path, dir, true)),
        ...yamlConfig(props?.entry)
      };
      if (isDisabled(cfg)) continue;
      addNode({
        id: nodeId("seed", p.name, name),
        kind: "seed",
        project: p.name,
        name,
        display: name,
        path: sf.path,
        ...optional({
          layer: layerOf(cfg, props?.entry),
          description: str(props?.entry["description"]),
          schema: str(cfg["schema"]),
          alias: str(cfg["alias"]) ?? name
        }),
        fingerprints: printsOf(() => ({
          seed: [
            [sf.text, p.cfg, p.name, sf.path, dir, props?.entry],
            () => dataFingerprint({
              text: textFingerprint(sf.text),
              column_types: cfg["column_types"] ?? null
            })
          ],
          config: [
            [p.cfg, p.name, sf.path, dir, props?.entry],
            () => dataFingerprint(omit(cfg, ["meta", "tags", "docs", "column_types"]))
          ],
          docs: [[props?.entry, docsSig], () => docsOf(props?.entry)]
        })),
        macros: [],
        vars: []
      });
    }
  }
  for (const s of sourcesRaw) {
    const sname = s.source["name"];
    const tname = s.table["name"];
    const pcfg = projectConfig(s.p.cfg["sources"], s.p.name, [sname, tname]);
    const scfg = isObj(s.source["config"]) ? s.source["config"] : {};
    const tcfg = isObj(s.table["config"]) ? s.table["config"] : {};
    const cfg = { ...pcfg, ...scfg, ...tcfg };
    if (isDisabled(cfg) || s.table["enabled"] === false || s.source["enabled"] === false) continue;
    const schema = str(s.source["schema"]) ?? sname;
    const identifier = str(s.table["identifier"]) ?? tname;
    const id = nodeId("source", s.p.name, `${sname}.${tname}`);
    addNode({
      id,
      kind: "source",
      project: s.p.name,
      name: `${sname}.${tname}`,
      display: `${sname}.${tname}`,
      path: s.file,
      line: s.line,
      schema,
      alias: identifier,
      ...optional({
        layer: layerOf(cfg, s.table) ?? layerOf({}, s.source),
        description: str(s.table["description"])
      }),
      fingerprints: printsOf(() => ({
        config: [
          [s.p.cfg, s.p.name, s.source, s.table],
          () => dataFingerprint({
            cfg: omit(cfg, ["meta", "tags", "docs"]),
            schema,
            identifier,
            database: s.source["database"] ?? null
          })
        ],
        docs: [
          [s.source, s.table, docsSig],
          () => docsOf({ ...s.table, sourceDescription: s.source["description"] })
        ]
      })),
      macros: [],
      vars: []
    });
  }
  const host = {
    macro: (project, name, pkg) => {
      if (pkg && pkg !== project) return macroVisible.get(pkg)?.get(name);
      return macroVisible.get(project)?.get(name);
    },
    dispatch: (project, name, pkg) => {
      const out = [];
      const seen = /* @__PURE__ */ new Set();
      for (const proj of [project, ...pkg ? [pkg] : []])
        for (const def of dispatchIndex(proj).get(name) ?? [])
          if (!seen.has(def.name)) {
            seen.add(def.name);
            out.push(def);
          }
      return out.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    },
    isProject: (name) => projectNames.has(name),
    var: (project, name) => {
      const info = projectByName.get(project);
      const vars2 = info?.vars;
      if (!info || !vars2 || !Object.prototype.hasOwnProperty.call(vars2, name)) return void 0;
      const key = JSON.stringify([project, name]);
      let value = varValues.get(key);
      if (value === void 0) {
        const budget = { left: TO_VALUE_NODES };
        value = toValue(vars2[name], 0, budget);
        if (budget.left < 0) {
          value = UNKNOWN;
          problems.push({
            rule: "lineage/incomplete",
            file: info.file,
            line: keyLine(files.get(info.file) ?? "", "vars"),
            message: `var "${name.slice(0, 200)}" holds more than ${TO_VALUE_NODES} values: read as unknown, so the references built from it are not known`
          });
        }
        varValues.set(key, value);
      }
      return value;
    }
  };
  const evaluator = new Evaluator(
    host,
    cache !== void 0,
    options.jinjaSteps ?? SCAN_STEPS + SCAN_STEPS_PER_FILE * (modelFiles.length + snapshotFiles.length)
  );
  const depsMemo = /* @__PURE__ */ new Map();
  const directCalls = (pm, project) => {
    if (pm.python !== void 0) return { calls: /* @__PURE__ */ new Set(), vars: new Set(pythonVars(pm.python)) };
    const info = collectCalls(pm.nodes ?? [], (name, pkg) => {
      const local = pm.localMacros.get(name);
      if (local && !pkg) return local.id ? [local.id] : [];
      return resolveMacroIds(host, project, name, pkg);
    });
    for (const lm of pm.localMacros.values()) if (lm.id) info.calls.add(lm.id);
    return info;
  };
  const requests = [];
  for (const pm of pending) {
    const { node, cfg, entry } = pm;
    let refs = [];
    let fileCfg = {};
    if (pm.python !== void 0) {
      const r = scanPython(pm.python);
      refs = r.refs;
      fileCfg = r.config;
      for (const pr2 of r.problems)
        problems.push({ rule: "lineage/dynamic-ref", file: node.path, ...pr2 });
    } else if (pm.deferred) {
      const mf = pm.deferred;
      let template = mf.template;
      if (!template) {
        template = templateOf(mf.path, mf.text);
        templateProblems(mf.path, template);
      }
      mf.template = --mf.left > 0 ? template : null;
      pm.nodes = template.nodes.filter((n) => n.t !== "macro");
      pm.source = template;
    }
    if (pm.python === void 0 && pm.nodes) {
      const memo = pm.memoKey ? cache?.evals?.get(pm.memoKey) : void 0;
      let r;
      if (memo && memo.source === pm.source && sameLocals(memo.local, pm.localMacros) && validDeps(memo.result.deps, host, depsMemo)) {
        r = memo.result;
        fileCfg = memo.fileCfg;
      } else {
        r = evaluator.run(pm.nodes, node.path, node.project, pm.localMacros);
        for (const [k, v] of r.config) if (k !== "__proto__") fileCfg[k] = fromValue(v);
        if (pm.memoKey && cache && !r.aborted)
          (cache.evals ??= /* @__PURE__ */ new Map()).set(pm.memoKey, {
            source: pm.source,
            local: [...pm.localMacros],
            result: r,
            fileCfg
          });
      }
      refs = r.refs;
      evalProblems(r.problems);
    }
    pm.source = void 0;
    const merged = { ...cfg, ...fileCfg };
    if (isDisabled(merged)) {
      pm.nodes = null;
      continue;
    }
    const contract = contractOf(merged, entry);
    const pr = prints.get(node);
    if (pr) {
      const cfgInputs = [...pr.cfgInputs, ...fileCfgInputs(fileCfg)];
      const spec = {
        ...pr.spec,
        config: [
          cfgInputs,
          () => dataFingerprint(omit(merged, ["meta", "tags", "docs", "contract"]))
        ]
      };
      if (contract.enforced) spec.contract = [cfgInputs, () => contract.fp()];
      node.fingerprints = lazyFingerprints(spec);
    }
    if (contract.enforced) node.contract = true;
    const layer = layerOf(merged, entry);
    if (layer) node.layer = layer;
    const description = str(entry?.["description"]);
    if (description) node.description = description;
    const schema = str(merged["schema"]);
    if (schema) node.schema = schema;
    node.alias = str(merged["alias"]) ?? node.name;
    addNode(node);
    requests.push({ consumer: node, refs });
    if (nodes.get(node.id) === node) pm.info = directCalls(pm, node.project);
    pm.nodes = null;
  }
  for (const { p, props } of exposuresRaw) {
    const entry = props.entry;
    const name = entry["name"];
    if (isDisabled(yamlConfig(entry))) continue;
    const node = {
      id: nodeId("exposure", p.name, name),
      kind: "exposure",
      project: p.name,
      name,
      display: name,
      path: props.file,
      ...optional({ line: props.line, description: str(entry["description"]) }),
      fingerprints: printsOf(() => ({
        config: [
          [entry],
          () => dataFingerprint({
            depends_on: entry["depends_on"],
            type: entry["type"],
            url: entry["url"]
          })
        ],
        docs: [[entry, docsSig], () => docsOf(entry)]
      })),
      macros: [],
      vars: []
    };
    if (nodes.has(node.id)) continue;
    addNode(node);
    const refs = [];
    for (const d of arr(entry["depends_on"])) {
      const s = str(d);
      if (!s) continue;
      const inner = s.replace(/^\s*\{\{-?/, "").replace(/-?\}\}\s*$/, "");
      const { e } = parseExpr(inner, props.line ?? 1);
      const r = evaluator.evalExpr(e, props.file, p.name);
      for (const ref of r.refs) refs.push({ ...ref, line: props.line ?? 1 });
      evalProblems(r.problems, { file: props.file, line: props.line ?? 1 });
    }
    requests.push({ consumer: node, refs });
  }
  for (const n of macroNodes.values()) addNode(n);
  const refable = /* @__PURE__ */ new Map();
  const sourcesByName = /* @__PURE__ */ new Map();
  const modelsByRelation = /* @__PURE__ */ new Map();
  for (const n of nodes.values()) {
    if (n.kind === "model" || n.kind === "seed" || n.kind === "snapshot") {
      push2(refable, n.name, n);
      if (n.kind === "model" && n.schema)
        push2(modelsByRelation, `${n.schema}.${n.alias ?? n.name}`.toLowerCase(), n);
    } else if (n.kind === "source") push2(sourcesByName, n.name, n);
  }
  const edges = /* @__PURE__ */ new Map();
  const addEdge = (from, to, prov, file, line) => {
    if (from === to) return;
    const key = `${from}\0${to}`;
    const e = edges.get(key);
    if (!e) edges.set(key, { from, to, provenance: [prov], file, line });
    else {
      if (!e.provenance.includes(prov)) e.provenance.push(prov);
      if (line > 0 && (e.line <= 0 || line < e.line)) e.line = line;
    }
  };
  const external = (kind, project, name, display) => {
    const id = nodeId(kind, project, name);
    if (!nodes.has(id))
      nodes.set(id, {
        id,
        kind,
        project,
        name,
        display,
        path: "",
        external: true,
        fingerprints: {},
        macros: [],
        vars: []
      });
    return id;
  };
  const ambiguous = /* @__PURE__ */ new Set();
  const reportAmbiguous = (file, line, what, cands) => {
    const key = `${file}:${line}:${what}`;
    if (ambiguous.has(key)) return;
    ambiguous.add(key);
    problems.push({
      rule: "lineage/ambiguous-ref",
      file,
      line,
      message: `${what} is defined by several projects (${cands.map((c) => c.project).sort().join(", ")}); name the package: ref('<project>', '…')`
    });
  };
  const resolveVersion = (project, name, version) => {
    const info = versions.get(project)?.get(name);
    if (!info) return version !== void 0 ? `${name}_v${version}` : name;
    const v = version ?? info.latest;
    if (v === void 0) return name;
    return info.v.get(v) ?? `${name}_v${v}`;
  };
  let versionedIn;
  const candidateProjects = (rawName, version) => {
    if (!versionedIn) {
      versionedIn = /* @__PURE__ */ new Map();
      for (const [project, names] of versions)
        for (const name of names.keys()) push2(versionedIn, name, project);
    }
    const out = new Set(versionedIn.get(rawName));
    for (const n of refable.get(rawName) ?? []) out.add(n.project);
    if (version !== void 0)
      for (const n of refable.get(`${rawName}_v${version}`) ?? []) out.add(n.project);
    return out;
  };
  for (const { consumer, refs } of requests) {
    const P = consumer.project;
    for (const r of refs) {
      const line = r.line > 0 ? r.line : consumer.line ?? 1;
      if (r.kind === "ref") {
        const [pkg, rawName] = r.args.length === 2 ? [r.args[0], r.args[1]] : [void 0, r.args[0]];
        const pickIn = (project) => {
          const nm = versions.get(project)?.has(rawName) || r.version !== void 0 ? resolveVersion(project, rawName, r.version) : rawName;
          return refable.get(nm)?.find((n) => n.project === project) ?? (nm !== rawName ? refable.get(rawName)?.find((n) => n.project === project) : void 0);
        };
        let target;
        if (pkg !== void 0) target = pickIn(pkg);
        else {
          target = pickIn(P);
          if (!target) {
            const others = [...candidateProjects(rawName, r.version)].filter((q) => q !== P && projectNames.has(q)).map(pickIn).filter((n) => !!n);
            if (others.length === 1) target = others[0];
            else if (others.length > 1)
              reportAmbiguous(consumer.path, line, `ref('${rawName}')`, others);
          }
        }
        const id = target ? target.id : external(
          "model",
          pkg ?? "?",
          r.version ? `${rawName}_v${r.version}` : rawName,
          rawName
        );
        addEdge(id, consumer.id, r.provenance, consumer.path, line);
      } else {
        const [s, t] = r.args;
        const full = `${s}.${t}`;
        const cands = sourcesByName.get(full) ?? [];
        let src = cands.find((n) => n.project === P);
        if (!src) {
          if (cands.length === 1) src = cands[0];
          else if (cands.length > 1)
            reportAmbiguous(consumer.path, line, `source('${s}', '${t}')`, cands);
        }
        const id = src ? src.id : external("source", "?", full, full);
        addEdge(id, consumer.id, r.provenance, consumer.path, line);
        const schema = src?.schema ?? s;
        const table = src?.alias ?? t;
        for (const m of modelsByRelation.get(`${schema}.${table}`.toLowerCase()) ?? [])
          if (m.project !== P) addEdge(m.id, consumer.id, "linked-source", consumer.path, line);
      }
    }
  }
  const staticInfo = /* @__PURE__ */ new Map();
  const macroById = /* @__PURE__ */ new Map();
  for (const defs of macros.values()) for (const d of defs) macroById.set(d.id, d);
  for (const d of [...macroById.values()].sort((a, b) => a.id < b.id ? -1 : 1)) {
    const info = collectCalls(
      d.node.body,
      (name, pkg) => resolveMacroIds(host, d.project, name, pkg)
    );
    staticInfo.set(d.id, info);
    const n = nodes.get(d.id);
    if (n) {
      n.macros = [...info.calls].sort();
      n.vars = [...info.vars].sort();
    }
  }
  for (const pm of pending) {
    const node = nodes.get(pm.node.id);
    if (!node || node !== pm.node) continue;
    const info = pm.info ?? directCalls(pm, node.project);
    node.macros = [...info.calls].sort();
    const vars2 = new Set(info.vars);
    const seen = /* @__PURE__ */ new Set();
    const stack = [...info.calls];
    while (stack.length) {
      const m = stack.pop();
      if (seen.has(m)) continue;
      seen.add(m);
      const mi = staticInfo.get(m);
      if (!mi) continue;
      for (const v of mi.vars) vars2.add(v);
      for (const c of mi.calls) stack.push(c);
    }
    node.vars = [...vars2].sort();
  }
  const byName = /* @__PURE__ */ new Map();
  for (const n of nodes.values()) {
    if (n.external) continue;
    const k = `${n.kind === "seed" || n.kind === "snapshot" ? "model" : n.kind}:${n.name}`;
    if (!byName.has(k)) byName.set(k, /* @__PURE__ */ new Set());
    byName.get(k).add(n.project);
  }
  for (const n of nodes.values()) {
    if (n.external) continue;
    const k = `${n.kind === "seed" || n.kind === "snapshot" ? "model" : n.kind}:${n.name}`;
    n.display = (byName.get(k)?.size ?? 0) > 1 ? `${n.project}:${n.name}` : n.name;
  }
  const seenProblems = /* @__PURE__ */ new Set();
  const outProblems = [];
  for (const p of problems) {
    const key = `${p.rule}\0${p.file}\0${p.line}\0${p.message}`;
    if (seenProblems.has(key)) continue;
    seenProblems.add(key);
    outProblems.push(p);
  }
  const cmp2 = (a, b) => a < b ? -1 : a > b ? 1 : 0;
  const vars = {};
  for (const p of projects) vars[p.name] = p.vars;
  return {
    files: [...files.keys()].sort(cmp2),
    projects: projects.map(
      ({
        name,
        root,
        file,
        modelPaths,
        macroPaths,
        seedPaths,
        snapshotPaths,
        analysisPaths,
        testPaths
      }) => ({
        name,
        root,
        file,
        modelPaths,
        macroPaths,
        seedPaths,
        snapshotPaths,
        analysisPaths,
        testPaths
      })
    ).sort((a, b) => cmp2(a.file, b.file)),
    nodes: [...nodes.values()].sort((a, b) => cmp2(a.id, b.id)),
    edges: [...edges.values()].map((e) => ({ ...e, provenance: [...e.provenance].sort() })).sort((a, b) => cmp2(a.from, b.from) || cmp2(a.to, b.to)),
    problems: outProblems.sort(
      (a, b) => cmp2(a.file, b.file) || a.line - b.line || cmp2(a.rule, b.rule) || cmp2(a.message, b.message)
    ),
    vars
  };
}
function push2(m, k, v) {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}
function optional(o) {
  const out = {};
  for (const [k, v] of Object.entries(o))
    if (v !== void 0) out[k] = v;
  return out;
}
function omit(o, keys) {
  const out = {};
  for (const [k, v] of Object.entries(o)) if (!keys.includes(k)) out[k] = v;
  return out;
}
function codeSpec(text, starts, from, to) {
  const src = () => sliceLines(text, starts(), from, to);
  return {
    sql: [[text, from, to], () => sqlFingerprint(src())],
    format: [[text, from, to], () => textFingerprint(src())]
  };
}
function fileCfgInputs(cfg) {
  const out = [];
  for (const k of Object.keys(cfg)) out.push(k, cfg[k]);
  return out;
}
function sameLocals(was, now) {
  if (was.length !== now.size) return false;
  for (const [name, def] of was) if (!sameMacro(now.get(name), def)) return false;
  return true;
}
function hasMacro(nodes) {
  return nodes.some((n) => n.t === "macro");
}
function onlyMacros(nodes) {
  return nodes.every((n) => n.t === "macro" || n.t === "text" && !n.s.trim());
}
function textOf(nodes) {
  return nodes.map((n) => n.t === "text" ? n.s : "").join("");
}
function sliceLines(text, starts, from, to) {
  if (from < 1 || from > starts.length) return "";
  const end2 = to < starts.length ? starts[to] : text.length;
  return text.slice(starts[from - 1], Math.max(end2, starts[from - 1]));
}
function lineStartsOnce(text) {
  let starts;
  return () => starts ??= lineStarts(text);
}
function nameLineIndex(text) {
  const out = /* @__PURE__ */ new Map();
  let line = 0;
  for (const l of text.split("\n")) {
    line++;
    const name = nameOnLine(l);
    if (name && !out.has(name)) out.set(name, line);
  }
  return out;
}
function nameOnLine(l) {
  const space = (i2) => {
    while (i2 < l.length && /\s/.test(l[i2])) i2++;
    return i2;
  };
  let i = space(0);
  if (l[i] === "-") i = space(i + 1);
  if (!l.startsWith("name:", i)) return void 0;
  i = space(i + 5);
  if (l[i] === '"' || l[i] === "'") i++;
  let j = i;
  while (j < l.length && l[j] !== '"' && l[j] !== "'" && l[j] !== "#") j++;
  let k = j < l.length && l[j] !== "#" ? j + 1 : j;
  k = space(k);
  if (k < l.length && l[k] !== "#") return void 0;
  return l.slice(i, j).trimEnd();
}
var TO_VALUE_NODES = 1e6;
function toValue(v, depth, budget = { left: TO_VALUE_NODES }) {
  if (depth > 20 || --budget.left < 0) return UNKNOWN;
  if (typeof v === "string") return v.includes("{{") || v.includes("{%") ? UNKNOWN : v;
  if (typeof v === "number" || typeof v === "boolean" || v === null) return v;
  if (Array.isArray(v)) return v.map((x) => toValue(x, depth + 1, budget));
  if (isObj(v))
    return new Dict(new Map(Object.entries(v).map(([k, x]) => [k, toValue(x, depth + 1, budget)])));
  return UNKNOWN;
}
var FROM_VALUE_NODES = 1e5;
function fromValue(v, depth = 0, budget = { left: FROM_VALUE_NODES }) {
  if (--budget.left < 0) return "<too large>";
  if (depth > 20 || v === UNKNOWN) return "<unknown>";
  if (v instanceof Dict)
    return Object.fromEntries([...v.m].map(([k, x]) => [k, fromValue(x, depth + 1, budget)]));
  if (Array.isArray(v)) return v.map((x) => fromValue(x, depth + 1, budget));
  if (v instanceof Relation) return `<relation ${v.label}>`;
  if (typeof v === "object" && v !== null) return "<function>";
  return v;
}
function resolveMacroIds(host, project, name, pkg) {
  if (name.startsWith("dispatch:"))
    return host.dispatch(project, name.slice(9), pkg).map((d) => d.id);
  const m = host.macro(project, name, pkg);
  return m ? [m.id] : [];
}
function collectCalls(nodes, resolve) {
  const calls = /* @__PURE__ */ new Set();
  const vars = /* @__PURE__ */ new Set();
  const bodies = [nodes];
  const exprs = [];
  const pushAll = (xs) => {
    for (const x of xs) exprs.push(x);
  };
  const call = (e) => {
    const f = e.fn;
    if (f.t === "name") {
      if (f.n === "var" && e.args[0]?.t === "lit" && typeof e.args[0].v === "string")
        vars.add(e.args[0].v);
      for (const id of resolve(f.n, void 0)) calls.add(id);
    } else if (f.t === "attr" && f.obj.t === "name") {
      if (f.obj.n === "adapter" && f.n === "dispatch") {
        const a = e.args[0];
        const ns = e.args[1] ?? e.kwargs.find(([k]) => k === "macro_namespace")?.[1];
        if (a?.t === "lit" && typeof a.v === "string")
          for (const id of resolve(
            `dispatch:${a.v}`,
            ns?.t === "lit" && typeof ns.v === "string" ? ns.v : void 0
          ))
            calls.add(id);
      } else for (const id of resolve(f.n, f.obj.n)) calls.add(id);
    }
  };
  const expr = (e) => {
    switch (e.t) {
      case "call":
        call(e);
        exprs.push(e.fn);
        pushAll(e.args);
        for (const [, a] of e.kwargs) exprs.push(a);
        return;
      case "list":
        pushAll(e.items);
        return;
      case "dict":
        for (const [k, v] of e.entries) exprs.push(k, v);
        return;
      case "attr":
      case "slice":
        exprs.push(e.obj);
        return;
      case "index":
        exprs.push(e.obj, e.key);
        return;
      case "filter":
        exprs.push(e.obj);
        pushAll(e.args);
        for (const [, a] of e.kwargs) exprs.push(a);
        return;
      case "test":
        exprs.push(e.obj);
        pushAll(e.args);
        return;
      case "bin":
        exprs.push(e.l, e.r);
        return;
      case "not":
      case "neg":
        exprs.push(e.e);
        return;
      case "cond":
        exprs.push(e.c, e.a);
        if (e.b) exprs.push(e.b);
        return;
      default:
        return;
    }
  };
  const node = (n) => {
    switch (n.t) {
      case "out":
      case "do":
      case "set":
        exprs.push(n.e);
        break;
      case "stmt":
        pushAll(n.exprs);
        break;
      case "setblock":
      case "block":
        bodies.push(n.body);
        break;
      case "if":
        for (const b of n.branches) {
          exprs.push(b.c);
          bodies.push(b.body);
        }
        if (n.els) bodies.push(n.els);
        break;
      case "for":
        exprs.push(n.iter);
        if (n.cond) exprs.push(n.cond);
        bodies.push(n.body);
        if (n.els) bodies.push(n.els);
        break;
      case "callblock":
        exprs.push(n.call);
        bodies.push(n.body);
        break;
      case "macro":
        break;
    }
  };
  for (; ; ) {
    const e = exprs.pop();
    if (e) {
      expr(e);
      continue;
    }
    const body = bodies.pop();
    if (!body) break;
    for (const n of body) node(n);
  }
  return { calls, vars };
}
function scanPython(text) {
  const refs = [];
  const problems = [];
  const lines = lineStarts(text);
  const code = pythonCode(text, false);
  let undecided = 0;
  for (const m of pythonCode(text, true).matchAll(/\bdbt\s*\.\s*(ref|source)\s*\(/g)) {
    const kind = m[1];
    const call = pythonCallArgs(code, m.index + m[0].length);
    const line = lineAt(lines, m.index);
    const args = call?.positional;
    if (!call || !args || kind === "ref" && (args.length < 1 || args.length > 2) || kind === "source" && (args.length !== 2 || call.version !== void 0)) {
      if (++undecided <= MAX_PYTHON_PROBLEMS)
        problems.push({
          line,
          message: `dbt.${kind}() with arguments that cannot be decided without running dbt`
        });
      continue;
    }
    refs.push({
      kind,
      args,
      ...call.version !== void 0 ? { version: call.version } : {},
      provenance: "sql",
      line
    });
  }
  if (undecided > MAX_PYTHON_PROBLEMS)
    problems.push({
      line: problems[problems.length - 1].line,
      message: `and ${undecided - MAX_PYTHON_PROBLEMS} more dbt.ref() / dbt.source() calls that cannot be decided`
    });
  const config = {};
  const cm = /\bdbt\.config\(([^)]*)\)/.exec(code);
  if (cm) {
    for (const kv of cm[1].matchAll(/(\w+)\s*=\s*(True|False|["'][^"']*["'])/g)) {
      const v = kv[2];
      config[kv[1]] = v === "True" ? true : v === "False" ? false : v.slice(1, -1);
    }
  }
  return { refs, config, problems };
}
var MAX_PYTHON_PROBLEMS = 20;
function pythonCode(text, strings) {
  const out = [];
  let from = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === "#") {
      const end2 = text.indexOf("\n", i);
      const stop = end2 < 0 ? n : end2;
      out.push(text.slice(from, i), " ".repeat(stop - i));
      i = from = stop;
    } else if (c === '"' || c === "'") {
      const triple = text.startsWith(c + c + c, i);
      const q = triple ? c + c + c : c;
      let j = i + q.length;
      while (j < n && !text.startsWith(q, j)) {
        if (text[j] === "\\") j++;
        else if (!triple && text[j] === "\n") break;
        j++;
      }
      const end2 = Math.min(j + q.length, n);
      if (strings) {
        const inner = Math.min(i + q.length, end2);
        out.push(text.slice(from, inner), text.slice(inner, end2).replace(/[^\n]/g, " "));
        from = end2;
      }
      i = end2;
    } else i++;
  }
  out.push(text.slice(from));
  return out.join("");
}
function pythonCallArgs(code, at) {
  const positional = [];
  let version;
  let i = at;
  const space = () => {
    while (i < code.length && /\s/.test(code[i])) i++;
  };
  const literal = () => {
    let raw = false;
    if ((code[i] === "r" || code[i] === "R") && (code[i + 1] === '"' || code[i + 1] === "'")) {
      raw = true;
      i++;
    }
    const q = code[i];
    if (q !== '"' && q !== "'") return null;
    let out = "";
    let j = i + 1;
    while (j < code.length && code[j] !== q) {
      if (code[j] === "\n") return null;
      if (code[j] === "\\") {
        if (raw) out += code[j];
        j++;
      }
      out += code[j] ?? "";
      j++;
    }
    if (j >= code.length) return null;
    i = j + 1;
    return out;
  };
  for (let count = 0; count < 8; count++) {
    space();
    if (code[i] === ")") return { positional, ...version !== void 0 && { version } };
    const kw = /^(v|version)\s*=\s*/.exec(code.slice(i, i + 16));
    if (kw) {
      i += kw[0].length;
      const num = /^\d+(?:\.\d+)?/.exec(code.slice(i, i + 32));
      if (num) {
        version = num[0];
        i += num[0].length;
      } else {
        const s = literal();
        if (s === null) return null;
        version = s;
      }
    } else {
      if (version !== void 0) return null;
      const s = literal();
      if (s === null) return null;
      positional.push(s);
    }
    space();
    if (code[i] === ",") i++;
    else if (code[i] !== ")") return null;
  }
  return null;
}
function pythonVars(text) {
  return [...text.matchAll(/\bdbt\.config\.get\(\s*["']([^"']+)["']/g)].map((m) => m[1]);
}
function keyLine(text, key) {
  const at = text.search(new RegExp(`^${key.replace(/[^\w-]/g, "")}[ 	]*:`, "m"));
  if (at < 0) return 1;
  let line = 1;
  for (let i = 0; i < at; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
function lineStarts(text) {
  const out = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) out.push(i + 1);
  return out;
}
function lineAt(starts, index2) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= index2) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

// src/project/diff.ts
function diffScans(base, head, renames = /* @__PURE__ */ new Map()) {
  const b = index(base);
  const h = index(head);
  const changedMacros = /* @__PURE__ */ new Set();
  for (const [id, n] of h)
    if (n.kind === "macro" && (!b.has(id) || !sameAspect(b.get(id).fingerprints, n.fingerprints, "sql")))
      changedMacros.add(id);
  for (const [id, n] of b) if (n.kind === "macro" && !h.has(id)) changedMacros.add(id);
  const reach = (scanIndex, start) => {
    const seen = /* @__PURE__ */ new Set();
    const stack = [...start];
    while (stack.length) {
      const m = stack.pop();
      if (seen.has(m)) continue;
      seen.add(m);
      for (const c of scanIndex.get(m)?.macros ?? []) stack.push(c);
    }
    return seen;
  };
  const changes = [];
  const pairedBase = /* @__PURE__ */ new Set();
  const pairedHead = /* @__PURE__ */ new Map();
  if (renames.size) {
    const addedByPath = /* @__PURE__ */ new Map();
    for (const [id, n] of h) if (!b.has(id)) pushTo(addedByPath, n.path, n);
    for (const [id, n] of b) {
      if (h.has(id)) continue;
      const to = renames.get(n.path);
      if (!to) continue;
      const cand = addedByPath.get(to)?.find((x) => x.kind === n.kind && !pairedHead.has(x.id));
      if (cand) {
        pairedBase.add(id);
        pairedHead.set(cand.id, id);
      }
    }
  }
  const compare = (before, after) => {
    const reasons = [];
    const fb = before.fingerprints;
    const fa = after.fingerprints;
    if (!sameAspect(fb, fa, "sql")) reasons.push("sql");
    else if (!sameAspect(fb, fa, "format")) reasons.push("sql-format");
    const extra = {};
    if (after.kind !== "macro") {
      const reached = /* @__PURE__ */ new Set([...reach(h, after.macros), ...reach(b, before.macros)]);
      const names = [...reached].filter((m) => changedMacros.has(m));
      if (names.length) {
        reasons.push("macro");
        extra.macros = names.map((m) => (h.get(m) ?? b.get(m)).display).sort();
      }
      const vars = [.../* @__PURE__ */ new Set([...before.vars, ...after.vars])].filter((v) => {
        const x = base.vars[before.project]?.[v];
        const y = head.vars[after.project]?.[v];
        return x !== y && stableJson(x) !== stableJson(y);
      });
      if (vars.length) {
        reasons.push("var");
        extra.vars = vars.sort();
      }
    }
    if (!sameAspect(fb, fa, "config")) reasons.push("config");
    if (!sameAspect(fb, fa, "contract")) reasons.push("contract");
    if (!sameAspect(fb, fa, "seed")) reasons.push("seed");
    if (!sameAspect(fb, fa, "docs")) reasons.push("docs");
    const moved = before.path !== after.path;
    if (reasons.length === 0 && !moved && before.id === after.id) return void 0;
    const anchors = after.kind !== "macro" && reasons.some((r) => ANCHORING.has(r));
    return {
      node: after.id,
      kind: reasons.length === 0 ? "moved" : "modified",
      reasons: order(reasons),
      ...extra,
      ...before.id !== after.id ? { previous: before.id } : {},
      anchors
    };
  };
  for (const [id, n] of h) {
    const prev = b.get(id) ?? (pairedHead.has(id) ? b.get(pairedHead.get(id)) : void 0);
    if (!prev) {
      changes.push({ node: id, kind: "added", reasons: [], anchors: n.kind !== "macro" });
      continue;
    }
    const c = compare(prev, n);
    if (c) changes.push(c);
  }
  for (const [id, n] of b)
    if (!h.has(id) && !pairedBase.has(id))
      changes.push({ node: id, kind: "removed", reasons: [], anchors: n.kind !== "macro" });
  return changes.sort((x, y) => x.node < y.node ? -1 : x.node > y.node ? 1 : 0);
}
var ORDER = [
  "sql",
  "sql-format",
  "macro",
  "var",
  "config",
  "contract",
  "seed",
  "docs"
];
function order(reasons) {
  return ORDER.filter((r) => reasons.includes(r));
}
function index(scan) {
  const m = /* @__PURE__ */ new Map();
  for (const n of scan.nodes) if (!n.external) m.set(n.id, n);
  return m;
}
function pushTo(m, k, v) {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

export {
  buildAuditReport,
  ConfigError,
  parseConfig,
  ManifestError,
  manifestLineage,
  applySync,
  applyPatch,
  unifiedPatch,
  buildDiffReport,
  acknowledgeWhere,
  writeJson,
  writeJsonAsync,
  VERSION,
  suggestionComments,
  GitError,
  resolveCommit,
  readAtCommit,
  changedFilesBetween,
  hasCommit,
  mergeBase,
  dbtFileFilter,
  listTree,
  readBlobs,
  readTree,
  readTrees,
  assemble,
  createScanCache,
  scanRepository,
  diffScans
};
