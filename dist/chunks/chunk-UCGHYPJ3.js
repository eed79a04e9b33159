import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MAX_VALUE,
  code,
  details,
  heading,
  joined,
  link,
  list,
  listItem,
  markerNode,
  paragraph,
  pathNodes,
  pathWeight,
  small,
  strong,
  table,
  text,
  trustedCode,
  untrusted,
  untrustedWith
} from "./chunk-KK2GOM45.js";
import {
  COMMENT_LIMIT,
  SUMMARY_LIMIT,
  fmt,
  fullReportIsIn,
  plural,
  resolve
} from "./chunk-OUL42XTV.js";
import {
  toMarkdown,
  utf16Length,
  utf8Length
} from "./chunk-6UV3LSXG.js";
import {
  previewJson
} from "./chunk-HP6CS56Z.js";
import {
  RULES
} from "./chunk-2ZPJCRUR.js";
import {
  flowchart,
  withinMermaidLimits
} from "./chunk-CPASOWOT.js";
import {
  clip,
  clipMiddle,
  commentMarker,
  safeUrl
} from "./chunk-AOXLXETT.js";

// src/render/markdown/findings.ts
var SEVERITY_ICON = { error: "🔴", warning: "🟠", notice: "🔵" };
var ACKNOWLEDGED_ICON = "☑️";
var MESSAGE_MAX = 2e3;
function messageNodes(finding) {
  if (!finding.parts) return [untrusted(clipMessage(finding.message), MESSAGE_MAX + 1)];
  const out = [];
  let room = MESSAGE_MAX;
  for (const part of finding.parts) {
    if (room <= 0) {
      out.push(text("…"));
      break;
    }
    const value = "code" in part ? part.code : part.text;
    if (value === "") continue;
    if ("code" in part) out.push(code(value, Math.min(MAX_VALUE, room)));
    else out.push(untrusted(value, room));
    room -= Math.min(value.length, "code" in part ? MAX_VALUE : room);
  }
  return out;
}
function locatedNodes(finding) {
  const nodes = messageNodes(finding);
  if (finding.model !== null || finding.file === null || finding.jsonPath !== void 0)
    return nodes;
  const at = finding.line !== null && finding.line > 0 ? `${finding.file}:${finding.line}` : finding.file;
  return [code(at, 200), text(": "), ...nodes];
}
function clipMessage(message) {
  return message.length > MESSAGE_MAX ? `${message.slice(0, MESSAGE_MAX)}…` : message;
}
function icon(finding) {
  return finding.acknowledged ? ACKNOWLEDGED_ICON : SEVERITY_ICON[finding.severity];
}
function findingGroups(findings, line = (finding) => messageNodes(finding), open = Infinity) {
  const nodes = [];
  let items = [];
  let current;
  const flush = () => {
    if (items.length === 0) return;
    nodes.push(list(items.slice(0, open)));
    if (items.length > open)
      nodes.push(
        ...details(`${fmt(items.length - open)} more like these`, [list(items.slice(open))])
      );
  };
  for (const finding of findings) {
    const key = `${icon(finding)} ${finding.rule}`;
    if (key !== current) {
      flush();
      items = [];
      current = key;
      const info = RULES[finding.rule];
      const lead = [
        text(`${icon(finding)} `),
        strong(trustedCode(finding.rule)),
        text(finding.acknowledged ? " (acknowledged)" : "")
      ];
      if (info) lead.push(text(` — ${info.fix}`));
      nodes.push(paragraph(...lead.filter((n) => n.type !== "text" || n.value !== "")));
    }
    items.push(listItem(paragraph(...line(finding))));
  }
  flush();
  return nodes;
}
function findingWeight(finding) {
  return finding.message.length > MESSAGE_MAX ? finding.message.slice(0, MESSAGE_MAX) : finding.message;
}
function countFindings(findings) {
  const counts = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const key = f.acknowledged ? "acknowledged warning" : f.severity;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, n]) => plural(n, key)).join(", ") || fmt(0);
}

// src/render/markdown/lineage.ts
var KIND_ICON = { added: "➕", removed: "➖", modified: "✏️", moved: "🚚" };
var MAX_LAYER_GROUPS = 10;
var MAX_ATTRIBUTION_NODES = 24;
var OTHER_LAYERS = "other layers";
var EDGE_KEY = 1 << 20;
function lineagePictures(anchors, impacted, attribution, readable, surroundings = {}) {
  if (anchors.length === 0) return [];
  const fine = fineGraph(anchors, impacted, surroundings);
  const isAttribution = (layer) => layer !== null && attribution.has(layer);
  const attributionCount = impacted.filter((m) => isAttribution(m.layer)).length;
  const layerOf = (m) => m.layer ?? "external";
  const topChanged = topLayers(fine.changes.map((a) => a.layer));
  const topImpacted = topLayers(impacted.map(layerOf));
  const layerIds = /* @__PURE__ */ new Map();
  const layerId = (layer) => {
    let id = layerIds.get(layer);
    if (id === void 0) layerIds.set(layer, id = layerIds.size);
    return id;
  };
  const one = (prefix, index, layer) => ({
    key: `${prefix}${index}`,
    layer
  });
  const perChange = (m, root) => {
    const layer = layerOf(m);
    return { key: `g${root}:${layerId(layer)}`, layer };
  };
  const groupings = [];
  if (fine.changes.length + impacted.length <= readable.nodes) {
    groupings.push({
      detail: "models",
      anchor: (a, i) => one("a", i, a.layer),
      impacted: (m) => one("m", fine.impactedIndex(m), layerOf(m))
    });
  }
  if (attributionCount > 0 && attributionCount <= MAX_ATTRIBUTION_NODES) {
    groupings.push({
      detail: "attribution",
      anchor: (a, i) => one("a", i, a.layer),
      impacted: (m, root) => isAttribution(m.layer) ? one("m", fine.impactedIndex(m), layerOf(m)) : perChange(m, root)
    });
  }
  if (fine.changes.length <= readable.nodes) {
    groupings.push({
      detail: "changes",
      anchor: (a, i) => one("a", i, a.layer),
      impacted: perChange
    });
  }
  const changedGroup = (a) => {
    const layer = topChanged.has(a.layer) ? a.layer : OTHER_LAYERS;
    return { key: `c${layer === OTHER_LAYERS ? "*" : layerId(layer)}`, layer };
  };
  const layerKeys = /* @__PURE__ */ new Map();
  const impactedGroup = (m) => {
    let key = layerKeys.get(m.layer);
    if (key === void 0) {
      const layer = topImpacted.has(layerOf(m)) ? layerOf(m) : OTHER_LAYERS;
      key = { key: `l${layer === OTHER_LAYERS ? "*" : layerId(layer)}`, layer };
      layerKeys.set(m.layer, key);
    }
    return key;
  };
  if (attributionCount > 0 && attributionCount <= MAX_ATTRIBUTION_NODES) {
    groupings.push({
      detail: "layers-attribution",
      anchor: changedGroup,
      impacted: (m) => isAttribution(m.layer) ? one("m", fine.impactedIndex(m), layerOf(m)) : impactedGroup(m)
    });
  }
  groupings.push({
    detail: "layers",
    anchor: changedGroup,
    impacted: impactedGroup
  });
  const pictures = [];
  for (let g = 0; g < groupings.length; g++) {
    const coarsest = g === groupings.length - 1;
    const limits = coarsest ? { nodes: Infinity, edges: Infinity } : readable;
    const graph = quotient(groupings[g], fine, impacted, isAttribution, limits, coarsest);
    if (!graph) continue;
    const previous = pictures[pictures.length - 1];
    if (previous && previous.nodes === graph.nodes.length && previous.edges === graph.edges.length)
      continue;
    const source = flowchart(graph);
    if (!withinMermaidLimits(source, graph.edges.length)) continue;
    pictures.push({
      detail: groupings[g].detail,
      source,
      nodes: graph.nodes.length,
      edges: graph.edges.length,
      omitted: graph.omitted
    });
  }
  return pictures;
}
function fineGraph(anchors, impacted, surroundings) {
  const changes = [...anchors];
  const byName = /* @__PURE__ */ new Map();
  anchors.forEach((a, i) => byName.set(a.model, i));
  const passive = /* @__PURE__ */ new Map();
  for (const change of surroundings.passive ?? [])
    if (!byName.has(change.model)) passive.set(change.model, change);
  const positions = /* @__PURE__ */ new Map();
  impacted.forEach((m, i) => positions.set(m, i));
  const offset = anchors.length + passive.size;
  impacted.forEach((m, i) => byName.set(m.model, offset + i));
  const from = [];
  const to = [];
  const root = new Int32Array(impacted.length).fill(-1);
  const passiveId = /* @__PURE__ */ new Map();
  const known = (name) => byName.get(name) ?? passiveId.get(name);
  const stepNode = (path, k) => {
    const found = known(path[k]);
    if (found !== void 0) return found;
    if (!passive.has(path[k])) return void 0;
    let j = k;
    while (j > 0 && known(path[j - 1]) === void 0 && passive.has(path[j - 1])) j--;
    let previous = j > 0 ? known(path[j - 1]) : void 0;
    for (let step = j; step <= k; step++) {
      const id = changes.length;
      changes.push(passive.get(path[step]));
      passiveId.set(path[step], id);
      if (previous !== void 0) {
        from.push(previous);
        to.push(id);
      }
      previous = id;
    }
    return previous;
  };
  impacted.forEach((m, i) => {
    const path = m.path;
    const first = path.length > 0 ? stepNode(path, 0) : void 0;
    if (first !== void 0 && first < offset) root[i] = first;
    const whole = path.length === m.depth + 1;
    const parent = whole && path.length >= 2 ? stepNode(path, path.length - 2) : void 0;
    if (parent !== void 0) {
      from.push(parent);
      to.push(offset + i);
    }
  });
  const head = surroundings.head;
  if (head) {
    const seen = /* @__PURE__ */ new Set();
    const total = offset + impacted.length;
    const add = (a, b) => {
      if (a === b || seen.has(a * total + b)) return;
      seen.add(a * total + b);
      from.push(a);
      to.push(b);
    };
    for (let i = 0; i < from.length; i++) seen.add(from[i] * total + to[i]);
    const drawn = (name) => byName.get(name) ?? passiveId.get(name);
    for (let c = 0; c < changes.length; c++) {
      const model = head.models[head.indexByName.get(changes[c].model) ?? -1];
      for (const upstream of model?.upstream_dependencies ?? []) {
        const u = drawn(upstream);
        if (u !== void 0) add(u, c);
      }
    }
    const changedIds = /* @__PURE__ */ new Map();
    changes.forEach((change, c) => changedIds.set(change.model, c));
    const visit = (name, id) => {
      const model = head.models[head.indexByName.get(name) ?? -1];
      for (const consumer of model?.downstream_consumers ?? []) {
        const c = changedIds.get(consumer);
        if (c !== void 0) add(id, c);
      }
    };
    changes.forEach((change, c) => visit(change.model, c));
    impacted.forEach((m, i) => visit(m.model, offset + i));
  }
  return {
    changes,
    offset,
    impactedIndex: (m) => positions.get(m),
    root,
    from,
    to,
    level: levels(offset + impacted.length, from, to)
  };
}
function levels(count, from, to) {
  const indegree = new Int32Array(count);
  const start = new Int32Array(count + 1);
  for (let e = 0; e < from.length; e++) {
    indegree[to[e]]++;
    start[from[e] + 1]++;
  }
  for (let v = 0; v < count; v++) start[v + 1] += start[v];
  const targets = new Int32Array(from.length);
  const fill = start.slice(0, count);
  for (let e = 0; e < from.length; e++) targets[fill[from[e]]++] = to[e];
  const level = new Int32Array(count);
  const queue = [];
  for (let v = 0; v < count; v++) if (indegree[v] === 0) queue.push(v);
  let max = 0;
  for (let q = 0; q < queue.length; q++) {
    const v = queue[q];
    for (let e = start[v]; e < start[v + 1]; e++) {
      const w = targets[e];
      if (level[w] < level[v] + 1) level[w] = level[v] + 1;
      max = Math.max(max, level[w]);
      if (--indegree[w] === 0) queue.push(w);
    }
  }
  if (queue.length < count) {
    for (let v = 0; v < count; v++) if (indegree[v] > 0) level[v] = max + 1;
  }
  return level;
}
function quotient(grouping, fine, impacted, isAttribution, limits, labelEdges) {
  const boxes = /* @__PURE__ */ new Map();
  const list2 = [];
  const boxOfNode = new Array(fine.offset + impacted.length);
  const box = (key, node, first, changed, external) => {
    let b = boxes.get(key.key);
    if (!b) {
      b = {
        index: list2.length,
        members: 0,
        level: Infinity,
        first,
        layer: key.layer,
        changed,
        external
      };
      boxes.set(key.key, b);
      list2.push(b);
    }
    b.members++;
    b.level = Math.min(b.level, fine.level[node]);
    boxOfNode[node] = b;
  };
  fine.changes.forEach(
    (change, c) => box(grouping.anchor(change, c), c, change.model, change.kind, false)
  );
  for (let i = 0; i < impacted.length; i++) {
    const m = impacted[i];
    box(grouping.impacted(m, fine.root[i]), fine.offset + i, m.model, null, m.external);
    if (boxes.size > limits.nodes) return void 0;
  }
  const edgeCount = /* @__PURE__ */ new Map();
  let edgeOrder = [];
  for (let e = 0; e < fine.from.length; e++) {
    const a = boxOfNode[fine.from[e]];
    const b = boxOfNode[fine.to[e]];
    if (a === b) continue;
    const edge = a.index * EDGE_KEY + b.index;
    const seen = edgeCount.get(edge);
    if (seen === void 0) edgeOrder.push([a.index, b.index]);
    edgeCount.set(edge, (seen ?? 0) + 1);
  }
  const component = components(
    list2.length,
    edgeOrder.map(([a]) => a),
    edgeOrder.map(([, b]) => b)
  );
  const rank = new Int32Array(list2.length);
  list2.map((b) => b.index).sort((a, b) => list2[a].level - list2[b].level || a - b).forEach((index, r) => rank[index] = r);
  const kept = edgeOrder.filter(([a, b]) => component[a] !== component[b] || rank[a] < rank[b]);
  const omitted = edgeOrder.length - kept.length;
  edgeOrder = kept;
  if (edgeOrder.length > limits.edges) return void 0;
  const nodes = list2.map((b) => {
    const attribution = isAttribution(b.layer) && b.layer !== "external";
    let label;
    let cls;
    if (b.changed !== null) {
      label = b.members === 1 ? `${KIND_ICON[b.changed]} ${b.first}` : `${fmt(b.members)} changed ${b.layer} models`;
      cls = b.members === 1 && b.changed !== "moved" ? b.changed : "changed";
    } else {
      label = b.members === 1 ? b.first : `${fmt(b.members)} ${b.layer} models`;
      cls = b.external ? "external" : "impacted";
    }
    return { label, cls: attribution ? `${cls}Attr` : cls };
  });
  const edges = edgeOrder.map(([from, to]) => {
    const count = edgeCount.get(from * EDGE_KEY + to);
    return labelEdges && count > 1 ? { from, to, label: fmt(count) } : { from, to };
  });
  return { nodes, edges, omitted };
}
function components(count, from, to) {
  const adjacency = Array.from({ length: count }, () => []);
  from.forEach((a, e) => adjacency[a].push(to[e]));
  const index = new Int32Array(count).fill(-1);
  const low = new Int32Array(count);
  const component = new Int32Array(count).fill(-1);
  const onStack = new Uint8Array(count);
  const stack = [];
  let counter = 0;
  let components2 = 0;
  for (let root = 0; root < count; root++) {
    if (index[root] !== -1) continue;
    const frames = [[root, 0]];
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (frames.length > 0) {
      const frame = frames[frames.length - 1];
      const [v, next] = frame;
      const edges = adjacency[v];
      if (next < edges.length) {
        frame[1]++;
        const w = edges[next];
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          frames.push([w, 0]);
        } else if (onStack[w]) low[v] = Math.min(low[v], index[w]);
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) low[parent[0]] = Math.min(low[parent[0]], low[v]);
      if (low[v] === index[v]) {
        let w;
        do {
          w = stack.pop();
          onStack[w] = 0;
          component[w] = components2;
        } while (w !== v);
        components2++;
      }
    }
  }
  return component;
}
function topLayers(layers) {
  const counts = /* @__PURE__ */ new Map();
  for (const layer of layers) counts.set(layer, (counts.get(layer) ?? 0) + 1);
  if (counts.size <= MAX_LAYER_GROUPS + 1) return new Set(counts.keys());
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return new Set(ranked.slice(0, MAX_LAYER_GROUPS).map(([layer]) => layer));
}

// src/render/markdown/comment-picture.ts
var COMMENT_NODES = 10;
var COMMENT_GROUPS = 3;
var MAX_CHILDREN = 3;
var LABEL_CHARS = 34;
var MAX_WIDTH = 1050;
var CHAR_PX = 8.5;
var BOX_PAD = 34;
var NODE_SPACING = 24;
var RANK_SPACING = 40;
function width(label) {
  return [...label].length * CHAR_PX + BOX_PAD;
}
function layout(boxes) {
  const ranks = /* @__PURE__ */ new Map();
  for (const box of boxes) {
    const row = ranks.get(box.rank) ?? [];
    row.push(width(box.label));
    ranks.set(box.rank, row);
  }
  let lr = -RANK_SPACING;
  let td = 0;
  for (const row of ranks.values()) {
    lr += Math.max(...row) + RANK_SPACING;
    td = Math.max(td, row.reduce((a, b) => a + b, 0) + NODE_SPACING * (row.length - 1));
  }
  return td <= lr ? { direction: "TD", width: td } : { direction: "LR", width: lr };
}
function commentPicture(anchors, impacted, targets, attribution, surroundings = {}) {
  for (let budget = COMMENT_NODES; budget >= 1; budget--) {
    const drawn = draw(anchors, impacted, targets, attribution, surroundings, budget);
    if (drawn === null) return null;
    if (drawn.width <= MAX_WIDTH || budget === 1) return drawn.picture;
  }
  return null;
}
function drawnLayout(boxes, edges) {
  const rank = boxes.map(() => 0);
  for (let round = 0; round < boxes.length; round++)
    for (const edge of edges) rank[edge.to] = Math.max(rank[edge.to], rank[edge.from] + 1);
  return layout(boxes.map((box, i) => ({ ...box, rank: rank[i] })));
}
function draw(anchors, impacted, targets, attribution, surroundings, nodeBudget) {
  if (anchors.length === 0) return null;
  const byName = new Map(impacted.map((m) => [m.model, m]));
  const changes = /* @__PURE__ */ new Map();
  for (const change of [...surroundings.passive ?? [], ...anchors])
    changes.set(change.model, change);
  const boxes = [];
  const index = /* @__PURE__ */ new Map();
  const edges = /* @__PURE__ */ new Map();
  const children = /* @__PURE__ */ new Map();
  let shortened = false;
  const label = (name, prefix = "") => {
    const short = clipMiddle(name, LABEL_CHARS);
    if (short !== name) shortened = true;
    return `${prefix}${short}`;
  };
  const boxOf = (name, rank) => {
    const change = changes.get(name);
    const attr = (layer) => layer !== null && attribution.has(layer);
    if (change) {
      const base = change.kind === "added" ? "added" : change.kind === "removed" ? "removed" : "modified";
      return {
        name,
        label: label(name, `${KIND_ICON[change.kind]} `),
        cls: attr(change.layer) ? `${base}Attr` : base,
        rank
      };
    }
    const m = byName.get(name);
    return {
      name,
      label: label(name),
      cls: attr(m.layer) ? "impactedAttr" : "impacted",
      rank
    };
  };
  const roots = anchors.slice(0, Math.min(3, nodeBudget));
  for (const root of roots) {
    index.set(root.model, boxes.length);
    boxes.push(boxOf(root.model, 0));
  }
  if (layout(boxes).width > MAX_WIDTH) {
    boxes.splice(1);
    index.clear();
    index.set(roots[0].model, 0);
  }
  for (const target of targets) {
    if (boxes.length >= nodeBudget) break;
    const path = target.path;
    if (target.pathElided || path.length < 2 || !index.has(path[0])) continue;
    if (!path.every((name, i) => i === 0 || byName.has(name) || changes.has(name))) continue;
    const fresh = path.filter((name) => !index.has(name));
    if (fresh.length === 0 || boxes.length + fresh.length > nodeBudget) continue;
    const parentOfFirst = path[path.indexOf(fresh[0]) - 1];
    if ((children.get(parentOfFirst) ?? 0) >= MAX_CHILDREN) continue;
    const trial = [...boxes, ...fresh.map((name) => boxOf(name, path.indexOf(name)))];
    if (layout(trial).width > MAX_WIDTH) continue;
    for (const name of fresh) {
      index.set(name, boxes.length);
      boxes.push(boxOf(name, path.indexOf(name)));
    }
    for (let i = 1; i < path.length; i++) {
      const from = index.get(path[i - 1]);
      const to = index.get(path[i]);
      if (!edges.has(`${from}>${to}`))
        children.set(path[i - 1], (children.get(path[i - 1]) ?? 0) + 1);
      edges.set(`${from}>${to}`, { from, to });
    }
  }
  const head = surroundings.head;
  if (head) {
    for (const box of boxes) {
      if (!changes.has(box.name)) continue;
      const model = head.models[head.indexByName.get(box.name) ?? -1];
      const to = index.get(box.name);
      for (const upstream of model?.upstream_dependencies ?? []) {
        const from = index.get(upstream);
        if (from !== void 0 && from !== to) edges.set(`${from}>${to}`, { from, to });
      }
    }
  }
  const counts = /* @__PURE__ */ new Map();
  let notDrawn = 0;
  for (const m of impacted) {
    if (index.has(m.model)) continue;
    notDrawn++;
    let under = -1;
    for (let i = m.path.length - 2; i >= 0 && under < 0; i--) under = index.get(m.path[i]) ?? -1;
    if (under >= 0) counts.set(under, (counts.get(under) ?? 0) + 1);
  }
  const nodes = boxes.map((box) => ({ label: box.label, cls: box.cls }));
  const groups = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  let drawnGroups = 0;
  for (const [under, count] of groups) {
    if (drawnGroups >= Math.min(COMMENT_GROUPS, nodeBudget)) break;
    const group = {
      name: "",
      label: `+${count} more`,
      cls: "layer",
      rank: boxes[under].rank + 1
    };
    if (layout([...boxes, group]).width > MAX_WIDTH) continue;
    boxes.push(group);
    nodes.push({ label: group.label, cls: group.cls });
    edges.set(`${under}>${nodes.length - 1}`, { from: under, to: nodes.length - 1, dotted: true });
    drawnGroups++;
  }
  const drawnEdges = [...edges.values()];
  const { direction, width: width2 } = drawnLayout(boxes, drawnEdges);
  const picture = {
    source: flowchart({ nodes, edges: drawnEdges }, direction, {
      node: NODE_SPACING,
      rank: RANK_SPACING
    }),
    direction,
    models: boxes.length - drawnGroups,
    notDrawn,
    groups: drawnGroups > 0,
    shortened,
    kinds: ["modified", "added", "removed", "moved"].filter(
      (kind) => anchors.some((a) => a.kind === kind && index.has(a.model))
    ),
    attribution: boxes.some((box) => box.cls.endsWith("Attr")),
    changesDrawn: anchors.filter((a) => index.has(a.model)).length,
    changesTotal: anchors.length
  };
  return { picture, width: width2 };
}

// src/render/markdown/budget.ts
var SEPARATOR = "\n\n";
var ATTEMPTS = 6;
function spend(parts, budget, measure) {
  const shown2 = parts.map(() => 0);
  const texts = parts.map((part) => part.render(0));
  const sizes = texts.map((text2) => measure(text2));
  let used = sizes.reduce((sum, size) => sum + cost(size), 0);
  const order = parts.map((_, i) => i).sort((a, b) => parts[a].rank - parts[b].rank || a - b);
  const grow = (i, target) => {
    const part = parts[i];
    const from = shown2[i];
    if (target <= from) return;
    const allowance = budget - (used - cost(sizes[i]));
    let n = largestFitting(part, from, target, allowance - SEPARATOR.length);
    for (let attempt = 0; n > from && attempt < ATTEMPTS; attempt++) {
      const text2 = part.render(n);
      const size = measure(text2);
      if (cost(size) <= allowance) {
        used += cost(size) - cost(sizes[i]);
        texts[i] = text2;
        sizes[i] = size;
        shown2[i] = n;
        return;
      }
      const scaled = from + Math.floor((n - from) * allowance / cost(size)) - 1;
      n = Math.min(n - 1, scaled);
    }
  };
  for (const i of order) grow(i, Math.min(parts[i].core, parts[i].units));
  for (const i of order) grow(i, parts[i].units);
  return {
    texts,
    shown: shown2,
    cut: parts.filter((part, i) => shown2[i] < (part.total ?? part.units))
  };
}
function cost(size) {
  return size === 0 ? 0 : size + SEPARATOR.length;
}
function largestFitting(part, from, to, allowance) {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = lo + Math.ceil((hi - lo) / 2);
    if (part.estimate(mid) <= allowance) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
var PrefixSizes = class {
  constructor(count, sizeOf, cap, itemMax = Infinity) {
    this.count = count;
    this.sizeOf = sizeOf;
    this.cap = cap;
    this.itemMax = itemMax;
  }
  count;
  sizeOf;
  cap;
  itemMax;
  sums = [0];
  /** Indexes of the items kept so far, in order. */
  kept = [];
  next = 0;
  /** Size of the first n kept items; past the cap or the items, more than any budget. */
  upTo(n) {
    const sums = this.sums;
    while (sums.length <= n && this.next < this.count) {
      const last = sums[sums.length - 1];
      if (last > this.cap) return Number.MAX_SAFE_INTEGER;
      const index = this.next++;
      const size = this.sizeOf(index);
      if (size > this.itemMax) continue;
      this.kept.push(index);
      sums.push(last + size);
    }
    return n < sums.length ? sums[n] : Number.MAX_SAFE_INTEGER;
  }
};

// src/render/markdown/parts.ts
var ESCAPE_MARGIN = 1.15;
var ROW_SHARE = 8;
function listPart(spec) {
  const total = spec.items.length;
  const units = Math.min(total, spec.limit ?? Infinity);
  const overhead = spec.overhead ?? 8;
  const prefix = new PrefixSizes(
    total,
    (i) => Math.ceil(spec.measure(spec.weight(spec.items[i])) * ESCAPE_MARGIN) + overhead,
    spec.cap,
    Math.max(spec.cap / ROW_SHARE, 1e3)
  );
  const shown2 = (n) => {
    prefix.upTo(n);
    return prefix.kept.slice(0, n).map((i) => spec.items[i]);
  };
  let headSize;
  let moreSize;
  const frame = () => {
    headSize ??= spec.measure(toMarkdown(spec.head())) + 2;
    moreSize ??= spec.measure(toMarkdown(spec.more(total, total, () => spec.items))) + 2;
    return { headSize, moreSize };
  };
  return {
    label: spec.label,
    rank: spec.rank,
    core: spec.core,
    units,
    total,
    estimate(n) {
      if (total === 0) return 0;
      const { headSize: headSize2, moreSize: moreSize2 } = frame();
      const body = n === 0 ? 0 : prefix.upTo(n) + 160;
      return headSize2 + body + (n < total ? moreSize2 : 0);
    },
    render(n) {
      if (total === 0) return "";
      const nodes = [...spec.head()];
      const items = n > 0 ? shown2(n) : [];
      if (items.length > 0) nodes.push(...spec.body(items));
      if (items.length < total) {
        const rest = () => {
          const kept = new Set(prefix.kept.slice(0, items.length));
          return spec.items.filter((_, i) => !kept.has(i));
        };
        nodes.push(...spec.more(total - items.length, total, rest));
      }
      return toMarkdown(nodes);
    }
  };
}
function fixedPart(label, nodes) {
  const markdown = toMarkdown(nodes);
  return {
    label,
    rank: -1,
    core: 0,
    units: 0,
    estimate: () => 0,
    render: () => markdown
  };
}
function assemble(layout2, budget, measure) {
  const worst = toMarkdown(
    layout2.note(layout2.parts.filter((part) => (part.total ?? part.units) > 0))
  );
  const reserve = worst === "" ? 0 : measure(worst) + SEPARATOR.length;
  const spent = spend(layout2.parts, budget - reserve - 1, measure);
  const texts = [...spent.texts];
  if (spent.cut.length > 0) texts.splice(layout2.noteAt, 0, toMarkdown(layout2.note(spent.cut)));
  const out = `${texts.filter((text2) => text2 !== "").join(SEPARATOR)}
`;
  return measure(out) <= budget ? out : layout2.minimal();
}

// src/render/markdown/column-cells.ts
var COLUMN_MAX = 40;
var REASON_MAX = 90;
function hasColumns(report) {
  return report.summary.affected !== void 0 || report.changes.some((change) => change.category !== void 0);
}
function columnNames(names, max) {
  const shown2 = names.slice(0, max).map((name) => [code(name, COLUMN_MAX)]);
  const left = names.length - shown2.length;
  return [...joined(shown2, ", "), ...left > 0 ? [text(` +${fmt(left)} more`)] : []];
}
var COSMETIC = {
  "the SQL differs only in whitespace": "whitespace only",
  "the parsed queries are equal (formatting, comments or Jinja only)": "same query (formatting, comments or Jinja only)"
};
function categoryNodes(change, names = 3) {
  const category = change.category;
  if (category === void 0) return [];
  const reason = change.categoryReasons?.[0];
  const delta = change.columns;
  if ((category === "column" || category === "additive") && delta) {
    const said = [];
    if (delta.removed.length > 0)
      said.push([text("removes "), ...columnNames(delta.removed, names)]);
    if (delta.modified.length > 0)
      said.push([text("redefines "), ...columnNames(delta.modified, names)]);
    if (delta.added.length > 0) said.push([text("adds "), ...columnNames(delta.added, names)]);
    if (said.length > 0) return [text(`${category}: `), ...joined(said, "; ")];
  }
  if (reason === void 0 || reason === "") return [text(category)];
  const short = category === "cosmetic" ? COSMETIC[reason] : void 0;
  return [text(`${category}: `), short ? text(short) : untrusted(reason, REASON_MAX)];
}
function categoryWeight(change, names = 3) {
  if (change.category === void 0) return "";
  const delta = change.columns;
  const listed = delta ? [
    ...delta.removed.slice(0, names),
    ...delta.modified.slice(0, names),
    ...delta.added.slice(0, names)
  ] : [];
  return `${change.category}: redefines ${listed.map((n) => n.slice(0, COLUMN_MAX)).join(", ")} ${(change.categoryReasons?.[0] ?? "").slice(0, REASON_MAX)}`;
}
function reachNodes(model, names = 2) {
  switch (model.reach) {
    case "columns":
      return model.columns && model.columns.length > 0 ? [text("columns "), ...columnNames(model.columns, names)] : [text("columns")];
    case "full":
      return [text("full")];
    case "unaffected":
      return [text("unaffected")];
    default:
      return [text("—")];
  }
}
function reachWeight(model, names = 2) {
  return `${model.reach ?? "—"} ${(model.columns ?? []).slice(0, names).map((n) => n.slice(0, COLUMN_MAX)).join(", ")} +N more`;
}

// src/render/markdown/diff-parts.ts
var SHORT_NAME = 30;
function shortCode(name, shortened, max = SHORT_NAME) {
  const short = clipMiddle(name, max);
  if (short !== name) shortened?.add(name);
  return code(short);
}
function fullNames(shortened) {
  if (shortened.size === 0) return [];
  const names = [...shortened].sort();
  return details(`Full names (${plural(names.length, "shortened name")})`, [
    list(names.map((name) => listItem(paragraph(code(name)))))
  ]);
}
function section(mode, summary, nodes) {
  return mode.compact ? details(summary, nodes) : nodes;
}
var CONCEPTS_MAX = 160;
var NAMES_IN_LINE = 20;
var ATTRIBUTION_MARK = "🎯";
function moreNote(mode, what) {
  return (left, total) => [
    paragraph(
      text(
        `… and ${fmt(left)} more ${what} (${fmt(total - left)} of ${fmt(total)} shown here): ${mode.elsewhere}.`
      )
    )
  ];
}
function layerCell(view, layer, max = 60) {
  if (layer === null) return [text("external")];
  const mark = view.resolved.attribution.has(layer) ? ` ${ATTRIBUTION_MARK}` : "";
  return [untrustedWith(clipMiddle(layer, max), mark, max)];
}
var FINDINGS_OPEN = 5;
function findingsPart(view, mode) {
  const items = view.blocking;
  const errors = view.report.summary.errors;
  const title = errors > 0 && items.length > errors ? "Errors and warnings" : errors > 0 ? "Errors" : "Warnings";
  const reachOf = columnReachOf(view);
  return listPart({
    label: "findings",
    rank: 0,
    core: 40,
    items,
    limit: mode.maxRows,
    head: () => [heading(4, text(title))],
    body: (shown2) => findingGroups(
      shown2,
      (finding) => condensed(finding, reachOf),
      mode.compact ? FINDINGS_OPEN : Infinity
    ),
    weight: (finding) => condensable(finding) ? clip(finding.model ?? "", MAX_VALUE) : findingWeight(finding),
    overhead: 12,
    more: (_left, _total, rest) => [
      paragraph(text(`… and ${countFindings(rest())} more: ${mode.elsewhere}.`))
    ],
    measure: mode.measure,
    cap: mode.budget
  });
}
function affectedOf(models, reachOf) {
  if (!reachOf) return "";
  const affected = models.filter((m) => reachOf.get(m)?.reach !== "unaffected").length;
  return `, ${fmt(affected)} affected`;
}
function columnReachOf(view) {
  if (view.report.summary.affected === void 0) return void 0;
  return new Map(view.report.impact.models.map((m) => [m.model, m]));
}
function condensable(finding) {
  return finding.rule === "attribution/impacted" && finding.model !== null || finding.rule === "exposure/reached" && EXPOSURE_NAME.test(finding.message);
}
function condensed(finding, reachOf) {
  const related = finding.related?.length ?? 0;
  if (finding.rule === "attribution/impacted" && finding.model !== null) {
    const affected = affectedOf(finding.related ?? [], reachOf);
    return [
      code(finding.model),
      text(
        ` reaches ${plural(related, "attribution-layer model")}${affected} (see Attribution impact)`
      )
    ];
  }
  const name = finding.rule === "exposure/reached" ? exposureName(finding) : void 0;
  if (name !== void 0) {
    return [
      text("exposure "),
      strong(untrusted(name, 100)),
      text(
        ` is reached through ${plural(related, "model")}${affectedOf(finding.related ?? [], reachOf)} (see Exposures reached)`
      )
    ];
  }
  return locatedNodes(finding);
}
function reasonsCell(change, max = 60) {
  if (change.kind !== "modified") return [text("—")];
  return joined(
    change.reasons.map((reason) => {
      if (reason === "sql") return [text("SQL")];
      const said = codeReason(change, reason, max);
      if (said) return said;
      const field = change.fields[reason];
      const name = untrusted(clipMiddle(reason, max), max);
      if (field && "added" in field) {
        const delta = [
          field.added.length > 0 ? `+${fmt(field.added.length)}` : "",
          field.removed.length > 0 ? `−${fmt(field.removed.length)}` : ""
        ].filter(Boolean).join(" ");
        return [name, text(` (${delta})`)];
      }
      return [name];
    }),
    ", "
  );
}
function codeReason(change, reason, max) {
  const named = (label, names) => {
    if (!names || names.length === 0) return [text(label)];
    const more = names.length > 1 ? ` (+${fmt(names.length - 1)})` : "";
    return [text(`${label} `), code(names[0], Math.min(max, 40)), text(`${more}, which changed`)];
  };
  switch (reason) {
    case "macro":
      return named("calls", change.macros);
    case "var":
      return named("var", change.vars);
    case "sql-format":
      return [text("format only")];
    case "config":
    case "contract":
    case "seed":
    case "docs":
      return [text(reason)];
    case "inputs":
      return [text("inputs")];
    default:
      return null;
  }
}
var KIND_LABEL = {
  added: "added",
  removed: "removed",
  modified: "modified",
  moved: "moved"
};
function changedPart(view, mode) {
  const reach = (change) => view.perChange.get(change.model)?.total ?? 0;
  const isAttribution = (change) => view.resolved.attribution.has(change.layer);
  const items = [...view.anchors].sort(
    (a, b) => Number(isAttribution(b)) - Number(isAttribution(a)) || reach(b) - reach(a) || (a.model < b.model ? -1 : a.model > b.model ? 1 : 0)
  );
  const metadata = view.metadataOnly.length;
  const withColumns = hasColumns(view.report);
  return listPart({
    label: "changed models",
    rank: 1,
    core: 25,
    items,
    limit: mode.maxRows,
    head: () => [
      heading(4, text(`Changed models (${fmt(items.length)})`)),
      ...metadata > 0 ? [
        paragraph(
          text(
            `Each anchors a blast radius. ${plural(metadata, "metadata-only change")} ${metadata === 1 ? "is" : "are"} listed separately below.`
          )
        )
      ] : []
    ],
    body: (shown2) => {
      if (!mode.compact) return changedTable(view, shown2, withColumns);
      const shortened = /* @__PURE__ */ new Set();
      const rows = table(
        withColumns ? [null, null, null, null, "right", "right"] : [null, null, null, "right", "right"],
        withColumns ? ["Model", "Layer", "Reasons", "Column change", "Direct", "Total"] : ["Model", "Layer", "Reasons", "Direct", "Total"],
        shown2.map((change) => {
          const p = view.perChange.get(change.model);
          return [
            [text(`${KIND_ICON[change.kind]} `), shortCode(change.model, shortened, 36)],
            layerCell(view, change.layer, 20),
            reasonsCell(change, 20),
            ...withColumns ? [categoryCell(change, 1)] : [],
            [text(p ? fmt(p.direct) : "—")],
            [text(p ? `${p.estimated ? "~" : ""}${fmt(p.total)}` : "—")]
          ];
        })
      );
      const nodes = [rows, ...fullNames(shortened)];
      return shown2.length > COMPACT_OPEN_ROWS ? details(`The ${plural(shown2.length, "changed model")}`, nodes) : nodes;
    },
    weight: (change) => `${clip(change.model, MAX_VALUE)} ${clip(change.layer, 60)} ${change.reasons.map((r) => clip(r, 60)).join(", ")}${withColumns ? categoryWeight(change) : ""}`,
    overhead: 60,
    more: moreNote(mode, "changed models"),
    measure: mode.measure,
    cap: mode.budget
  });
}
var COMPACT_OPEN_ROWS = 6;
function categoryCell(change, names = 3) {
  const nodes = categoryNodes(change, names);
  return nodes.length > 0 ? nodes : [text("—")];
}
function changedTable(view, shown2, withColumns) {
  return [
    table(
      withColumns ? [null, null, null, null, null, "right", "right", null] : [null, null, null, null, "right", "right", null],
      withColumns ? ["Model", "Change", "Layer", "Reasons", "Column change", "Direct", "Total", "Consumers"] : ["Model", "Change", "Layer", "Reasons", "Direct", "Total", "Consumers"],
      shown2.map((change) => {
        const p = view.perChange.get(change.model);
        return [
          [code(change.model)],
          [text(`${KIND_ICON[change.kind]} ${KIND_LABEL[change.kind]}`)],
          layerCell(view, change.layer),
          reasonsCell(change),
          ...withColumns ? [categoryCell(change)] : [],
          [text(p ? fmt(p.direct) : "—")],
          [text(p ? `${p.estimated ? "~" : ""}${fmt(p.total)}` : "—")],
          [text(consumersCell(p))]
        ];
      })
    )
  ];
}
function consumersCell(p) {
  if (!p) return "—";
  if (p.estimated) return "not computed";
  const out = [
    p.gained.length > 0 ? `+${fmt(p.gained.length)}` : "",
    p.lost.length > 0 ? `−${fmt(p.lost.length)}` : ""
  ].filter(Boolean);
  return out.length > 0 ? out.join(" ") : "—";
}
function conceptsOf(view, names) {
  const out = /* @__PURE__ */ new Map();
  const head = view.resolved.context.headModels;
  for (const name of names) {
    const model = head?.models[head.indexByName.get(name) ?? -1];
    if (model) out.set(name, model.attribution_concepts ?? []);
  }
  return out;
}
function conceptsCell(concepts) {
  if (!concepts || concepts.length === 0) return [text("—")];
  return [untrusted([...concepts].sort().join(", "), CONCEPTS_MAX)];
}
var ATTRIBUTION_LEAD = "These models resolve identity, signals, attribution and channels, the numbers behind CAC, ROI and the conversions synced to ad platforms. Compare their output with production before merging.";
function fewConcepts(concepts) {
  if (!concepts || concepts.length === 0) return [text("—")];
  const sorted = [...concepts].sort();
  const shown2 = sorted.slice(0, 2).map((c) => clipMiddle(c, 40));
  const left = sorted.length - shown2.length;
  return [untrusted(shown2.join(", "), 90), ...left > 0 ? [text(` +${fmt(left)}`)] : []];
}
function viaCell(m, shortened) {
  const before = m.path.length >= 2 ? m.path[m.path.length - 2] : void 0;
  if (before === void 0) return [text(plural(m.depth, "hop"))];
  return [shortCode(before, shortened, 26), text(` (${plural(m.depth, "hop")})`)];
}
function attributionPart(view, mode) {
  const items = view.attributionImpacted;
  const withColumns = view.report.summary.affected !== void 0;
  const affected = withColumns ? `, ${fmt(items.filter((m) => m.reach !== "unaffected").length)} affected per the column analysis` : "";
  const attributionTitle = () => `${ATTRIBUTION_MARK} Attribution impact: ${plural(view.attributionImpacted.length, "model")} in attribution layers${affected}`;
  const attributionHead = () => [
    heading(4, text(attributionTitle())),
    paragraph(text(ATTRIBUTION_LEAD))
  ];
  const withConcepts = view.resolved.context.headModels !== void 0;
  let concepts;
  const conceptsFor = (shown2) => concepts ??= conceptsOf(view, new Set(shown2.map((m) => m.model)));
  return listPart({
    label: "attribution impact",
    rank: 2,
    core: 20,
    items,
    limit: mode.maxRows,
    head: () => mode.compact ? [] : attributionHead(),
    body: (shown2) => {
      const lookup = withConcepts ? conceptsFor(shown2) : void 0;
      if (mode.compact) {
        const shortened = /* @__PURE__ */ new Set();
        const rows = withColumns ? table(
          [null, null, null, null],
          ["Model", "Layer", "Column reach", "Reached via"],
          shown2.map((m) => [
            [shortCode(m.model, shortened, 34)],
            layerCell(view, m.layer, 20),
            reachNodes(m, 2),
            viaCell(m, shortened)
          ])
        ) : table(
          withConcepts ? [null, null, null, null] : [null, null, null],
          withConcepts ? ["Model", "Layer", "Concepts", "Reached via"] : ["Model", "Layer", "Reached via"],
          shown2.map((m) => [
            [shortCode(m.model, shortened, 34)],
            layerCell(view, m.layer, 20),
            ...lookup ? [fewConcepts(lookup.get(m.model))] : [],
            viaCell(m, shortened)
          ])
        );
        return details(attributionTitle(), [
          paragraph(text(ATTRIBUTION_LEAD)),
          rows,
          ...fullNames(shortened)
        ]);
      }
      return [
        table(
          [null, null, ...withColumns ? [null] : [], ...withConcepts ? [null] : [], null],
          [
            "Model",
            "Layer",
            ...withColumns ? ["Column reach"] : [],
            ...withConcepts ? ["Concepts"] : [],
            "Why"
          ],
          shown2.map((m) => [
            [code(m.model)],
            layerCell(view, m.layer),
            ...withColumns ? [reachNodes(m, 5)] : [],
            ...lookup ? [conceptsCell(lookup.get(m.model))] : [],
            pathNodes(m.path)
          ])
        )
      ];
    },
    weight: (m) => `${clip(m.model, MAX_VALUE)} ${clip(m.layer ?? "", 60)} ${pathWeight(m.path)}${withColumns ? reachWeight(m, 5) : ""}`,
    overhead: 40 + (withConcepts ? CONCEPTS_MAX / 2 : 0),
    more: moreNote(mode, "attribution-layer models"),
    measure: mode.measure,
    cap: mode.budget
  });
}
var EXPOSURE_NAME = /^exposure "(.*)" is reached through/s;
function exposureName(finding) {
  return finding.exposure ?? EXPOSURE_NAME.exec(finding.message)?.[1];
}
function exposureWeight(finding, byName) {
  const name = exposureName(finding);
  const related = finding.related ?? [];
  if (name === void 0 || related.length === 0) return findingWeight(finding);
  const hits = related.slice(0, NAMES_IN_LINE).map(
    (model) => `${clip(model, MAX_VALUE)} ${clip(byName.get(model)?.path[0] ?? "", MAX_VALUE)}`
  );
  return `${clip(name, 100)} ${hits.join("; ")}${related.slice(0, NAMES_IN_LINE).map((model) => {
    const m = byName.get(model);
    return m?.reach === void 0 ? "" : reachWeight(m, 5);
  }).join("")}`;
}
function reachSuffix(m, names = 2) {
  return m.reach === void 0 ? [] : [text("; "), ...reachNodes(m, names)];
}
function exposureList(shown2, byName, reachOf) {
  const shortened = /* @__PURE__ */ new Set();
  const items = shown2.map((finding) => {
    const name = exposureName(finding);
    const related = finding.related ?? [];
    if (name === void 0 || related.length === 0)
      return listItem(paragraph(...messageNodes(finding)));
    const hits = related.slice(0, NAMES_IN_LINE).map((model) => {
      const reached = byName.get(model);
      const line = !reached || reached.path.length < 2 ? [shortCode(model, shortened, 48), text(" (changed)")] : [
        shortCode(model, shortened, 48),
        text(` — ${plural(reached.depth, "hop")} from `),
        shortCode(reached.path[0], shortened, 48),
        ...reachSuffix(reached)
      ];
      return listItem(paragraph(...line));
    });
    const left = related.length - hits.length;
    if (left > 0) hits.push(listItem(paragraph(text(`and ${fmt(left)} more`))));
    return listItem(
      paragraph(
        strong(untrusted(name, 100)),
        text(
          ` — reached through ${plural(related.length, "model")}${affectedOf(related, reachOf)}`
        ),
        ...finding.acknowledged ? [text(" (acknowledged)")] : []
      ),
      list(hits)
    );
  });
  return list(items);
}
function exposuresPart(view, mode) {
  const reachOf = columnReachOf(view);
  const byName = /* @__PURE__ */ new Map();
  const wanted = new Set(view.exposures.flatMap((f) => (f.related ?? []).slice(0, NAMES_IN_LINE)));
  if (wanted.size > 0) {
    for (const m of view.report.impact.models) if (wanted.has(m.model)) byName.set(m.model, m);
  }
  return listPart({
    label: "exposures",
    rank: 3,
    core: 10,
    items: view.exposures,
    limit: mode.maxRows,
    head: () => mode.compact ? [] : [heading(4, text(`📤 Exposures reached (${fmt(view.exposures.length)})`))],
    body: (shown2) => mode.compact ? details(`📤 Exposures reached (${fmt(view.exposures.length)})`, [
      exposureList(shown2, byName, reachOf)
    ]) : [
      list(
        shown2.map((finding) => {
          const name = exposureName(finding);
          const related = finding.related ?? [];
          if (name === void 0 || related.length === 0)
            return listItem(paragraph(...messageNodes(finding)));
          const hits = related.slice(0, NAMES_IN_LINE).map((model) => {
            const reached = byName.get(model);
            if (!reached || reached.path.length < 2) return [code(model), text(" (changed)")];
            return [
              code(model),
              text(` (${plural(reached.depth, "hop")} from `),
              code(reached.path[0]),
              ...reachSuffix(reached, 5),
              text(")")
            ];
          });
          const left = related.length - hits.length;
          return listItem(
            paragraph(
              strong(untrusted(name, 100)),
              text(` — ${plural(related.length, "model")}${affectedOf(related, reachOf)}: `),
              ...joined(hits, "; "),
              ...left > 0 ? [text(`; and ${fmt(left)} more`)] : [],
              ...finding.acknowledged ? [text(" (acknowledged)")] : []
            )
          );
        })
      )
    ],
    weight: (finding) => exposureWeight(finding, byName),
    overhead: 40,
    more: moreNote(mode, "exposures"),
    measure: mode.measure,
    cap: mode.budget
  });
}
function byLayerPart(view, mode) {
  const changed = /* @__PURE__ */ new Map();
  for (const change of view.report.changes)
    changed.set(change.layer, (changed.get(change.layer) ?? 0) + 1);
  const impacted = view.report.impact.byLayer;
  const layers = view.report.impact.models.length === 0 ? [] : [.../* @__PURE__ */ new Set([...changed.keys(), ...Object.keys(impacted)])].sort(
    view.resolved.compareLayers
  );
  return listPart({
    label: "impact by layer",
    rank: 4,
    core: 20,
    items: layers,
    limit: mode.maxRows,
    head: () => mode.compact ? [] : [heading(4, text("Impact by layer"))],
    body: (shown2) => section(mode, "Impact by layer", [
      table(
        [null, "right", "right"],
        ["Layer", "Changed", "Impacted"],
        shown2.map((layer) => [
          layer === "external" && !changed.has(layer) ? [text("external (not in the inventory)")] : layerCell(view, layer),
          [text(fmt(changed.get(layer) ?? 0))],
          [text(fmt(impacted[layer] ?? 0))]
        ])
      )
    ]),
    weight: (layer) => clip(layer, 60),
    overhead: 30,
    more: moreNote(mode, "layers"),
    measure: mode.measure,
    cap: mode.budget
  });
}
var LEGEND = {
  models: "Every changed and impacted model",
  attribution: "Changed models and attribution-layer models one by one; the other impacted models grouped per change and layer",
  changes: "Changed models one by one; impacted models grouped per change and layer",
  "layers-attribution": "Attribution-layer models one by one; the other models, changed and impacted, grouped by layer",
  layers: "Changed and impacted models grouped by layer; arrow labels count the paths between groups"
};
function picturePart(view, mode) {
  let pictures;
  const all = () => pictures ??= lineagePictures(
    view.anchors,
    view.report.impact.models,
    view.resolved.attribution,
    mode.readable,
    { passive: view.metadataOnly, head: view.resolved.context.headModels }
  ).reverse();
  const rendered = /* @__PURE__ */ new Map();
  const render = (n) => {
    let out = rendered.get(n);
    if (out !== void 0) return out;
    const list2 = all();
    if (list2.length === 0) out = "";
    else if (n === 0)
      out = toMarkdown([
        heading(4, text("Lineage picture")),
        paragraph(text(`Left out to fit: ${mode.elsewhere}.`))
      ]);
    else {
      const picture = list2[n - 1];
      out = toMarkdown([
        heading(4, text("Lineage picture")),
        { type: "code", lang: "mermaid", value: picture.source },
        paragraph(
          text(
            `${LEGEND[picture.detail]}. ✏️ modified, ➕ added, ➖ removed; orange border: attribution layer; arrows follow one shortest path to each model, and the edges into changed models.` + (picture.omitted > 0 ? ` ${plural(picture.omitted, "arrow")} between groups left out: grouping would have drawn a cycle the models do not have.` : "")
          )
        )
      ]);
    }
    rendered.set(n, out);
    return out;
  };
  return {
    label: "lineage picture",
    rank: 5,
    core: 1,
    get units() {
      return all().length;
    },
    estimate: (n) => mode.measure(render(n)),
    render
  };
}
var METADATA_LEAD = "Descriptions, layers, concepts or other fields: no blast radius, but the rules ran.";
function metadataPart(view, mode) {
  const collapse = mode.compact === true && view.anchors.length > 0;
  return listPart({
    label: "metadata-only changes",
    rank: 6,
    core: 10,
    items: view.metadataOnly,
    limit: mode.maxRows,
    head: () => collapse ? [] : [
      heading(4, text(`Metadata-only changes (${fmt(view.metadataOnly.length)})`)),
      paragraph(text(METADATA_LEAD))
    ],
    body: (shown2) => {
      const items = list(shown2.map((change) => listItem(paragraph(...changeLine(view, change)))));
      return collapse ? details(`Metadata-only changes (${fmt(view.metadataOnly.length)})`, [
        paragraph(text(METADATA_LEAD)),
        items
      ]) : [items];
    },
    weight: changeWeight,
    overhead: 30,
    more: moreNote(mode, "metadata-only changes"),
    measure: mode.measure,
    cap: mode.budget
  });
}
function changeLine(view, change) {
  const fields = Object.keys(change.fields).sort();
  const category = categoryNodes(change);
  const codeOnly = fields.length === 0 ? change.reasons.map((r) => codeReason(change, r, 60)) : [];
  return [
    code(change.model),
    text(" ("),
    ...layerCell(view, change.layer),
    text(")"),
    ...change.reasons.length === 1 && change.reasons[0] === "sql-format" ? [text(" — whitespace or comments only (cosmetic): anchors nothing")] : codeOnly.some((r) => r !== null) ? [
      text(" — "),
      ...joined(
        codeOnly.filter((r) => r !== null),
        ", "
      )
    ] : [],
    ...category.length > 0 ? [text(" — "), ...category] : [],
    ...fields.length > 0 ? [text(" — ")] : [],
    ...joined(
      fields.map((field) => [
        untrusted(field, 60),
        text(": "),
        ...fieldNodes(change.fields[field])
      ]),
      "; "
    )
  ];
}
function changeWeight(change) {
  let out = clip(change.model, MAX_VALUE) + categoryWeight(change);
  for (const [field, value] of Object.entries(change.fields)) {
    out += clip(field, 60);
    if ("added" in value)
      out += [...value.added, ...value.removed].slice(0, NAMES_IN_LINE * 2).map((name) => clip(name, 80)).join(", ");
    else out += `${shown(value.before)} ${shown(value.after)}`;
  }
  return out;
}
var VALUE_MAX = 120;
function shown(value) {
  const raw = typeof value === "string" ? `“${value}”` : previewJson(value, VALUE_MAX);
  return raw.length > VALUE_MAX && !raw.endsWith("…") ? `${raw.slice(0, VALUE_MAX)}…` : raw;
}
function fieldNodes(field) {
  if ("added" in field) {
    const side = (sign, names) => {
      if (names.length === 0) return [];
      const listed = names.slice(0, NAMES_IN_LINE).map((name) => [code(name, 80)]);
      const left = names.length - listed.length;
      return [
        text(sign),
        ...joined(listed, ", "),
        ...left > 0 ? [text(` and ${fmt(left)} more`)] : []
      ];
    };
    const added = side("+", field.added);
    const removed = side("−", field.removed);
    return [...added, ...added.length > 0 && removed.length > 0 ? [text(" ")] : [], ...removed];
  }
  return [
    untrusted(shown(field.before), VALUE_MAX + 2),
    text(" → "),
    untrusted(shown(field.after), VALUE_MAX + 2)
  ];
}
function gainedLostPart(view, mode) {
  const items = view.anchors.map((change) => view.perChange.get(change.model)).filter((p) => p !== void 0 && (p.gained.length > 0 || p.lost.length > 0));
  return listPart({
    label: "consumers gained and lost",
    rank: 7,
    core: 0,
    items,
    limit: mode.maxRows,
    head: () => [],
    body: (shown2) => details(`Consumers gained and lost (${plural(shown2.length, "change")})`, [
      list(
        shown2.map(
          (p) => listItem(
            paragraph(
              code(p.model),
              text(": "),
              ...fieldNodes({ added: p.gained, removed: p.lost })
            )
          )
        )
      )
    ]),
    weight: (p) => `${clip(p.model, MAX_VALUE)} ${[...p.gained, ...p.lost].slice(0, NAMES_IN_LINE * 2).map((name) => clip(name, 80)).join(", ")}`,
    overhead: 24,
    more: moreNote(mode, "changes with gained or lost consumers"),
    measure: mode.measure,
    cap: mode.budget
  });
}
function fullListPart(view, mode) {
  const all = view.report.impact.models;
  const withColumns = view.report.summary.affected !== void 0;
  return listPart({
    label: "full impacted list",
    rank: 8,
    core: 0,
    items: all,
    limit: mode.maxRows,
    head: () => [],
    body: (shown2) => {
      const shortened = /* @__PURE__ */ new Set();
      const reach = (m) => withColumns ? [mode.compact ? [text(m.reach ?? "—")] : reachNodes(m, 5)] : [];
      return details(
        shown2.length === all.length ? `All ${plural(all.length, "impacted model")}` : `The first ${fmt(shown2.length)} of ${plural(all.length, "impacted model")}`,
        [
          table(
            ["right", null, null, null, ...withColumns ? [null] : []],
            ["Depth", "Model", "Layer", "Via", ...withColumns ? ["Reach"] : []],
            shown2.map(
              (m) => mode.compact ? [
                [text(fmt(m.depth))],
                [shortCode(m.model, shortened, withColumns ? 28 : 32)],
                layerCell(view, m.layer, 20),
                m.path.length >= 2 ? [shortCode(m.path[m.path.length - 2], shortened, withColumns ? 26 : 30)] : [text("—")],
                ...reach(m)
              ] : [
                [text(fmt(m.depth))],
                [code(m.model)],
                layerCell(view, m.layer),
                pathNodes(m.path.slice(0, -1)),
                ...reach(m)
              ]
            )
          ),
          ...fullNames(shortened)
        ]
      );
    },
    weight: (m) => `${clip(m.model, MAX_VALUE)} ${clip(m.layer ?? "external", 60)} ${pathWeight(m.path.slice(0, -1))}${withColumns ? reachWeight(m, mode.compact ? 0 : 5) : ""}`,
    overhead: 24,
    more: moreNote(mode, "impacted models"),
    measure: mode.measure,
    cap: mode.budget
  });
}
function fieldsPart(view, mode) {
  const items = view.anchors.filter((change) => Object.keys(change.fields).length > 0);
  return listPart({
    label: "field changes",
    rank: 9,
    core: 0,
    items,
    limit: mode.maxRows,
    head: () => [],
    body: (shown2) => details(`Field changes (${plural(shown2.length, "model")})`, [
      list(shown2.map((change) => listItem(paragraph(...changeLine(view, change)))))
    ]),
    weight: changeWeight,
    overhead: 30,
    more: moreNote(mode, "models with field changes"),
    measure: mode.measure,
    cap: mode.budget
  });
}
function noticesPart(view, mode) {
  return listPart({
    label: "notices",
    rank: 10,
    core: 0,
    items: view.notices,
    limit: mode.maxRows,
    head: () => [],
    body: (shown2) => details(`${plural(shown2.length, "notice")}`, findingGroups(shown2)),
    weight: findingWeight,
    overhead: 12,
    more: moreNote(mode, "notices"),
    measure: mode.measure,
    cap: mode.budget
  });
}
function topTargets(view) {
  const rank = /* @__PURE__ */ new Map();
  view.resolved.attributionLayers.forEach((layer, i) => rank.set(layer, i));
  const out = (m) => Number(m.reach === "unaffected");
  return [...view.attributionImpacted].sort(
    (a, b) => out(a) - out(b) || rank.get(b.layer) - rank.get(a.layer) || a.depth - b.depth || (a.model < b.model ? -1 : a.model > b.model ? 1 : 0)
  );
}
var TOP_PATHS = 3;
function pathLine(m, shortened) {
  const steps = m.path.map((name) => [shortCode(name, shortened, 40)]);
  const out = m.pathElided ? [
    ...joined(steps.slice(0, 2), " → "),
    text(` → … ${fmt(m.pathElided)} more → `),
    ...joined(steps.slice(2), " → ")
  ] : joined(steps, " → ");
  return m.notInInventory ? [...out, text(" (not in the inventory)")] : out;
}
function topPathsPart(view, mode) {
  const all = view.attributionImpacted.length > 0 ? topTargets(view) : [];
  const targets = all.slice(0, TOP_PATHS);
  return listPart({
    label: "top paths",
    rank: 1,
    core: TOP_PATHS,
    items: targets,
    head: () => [
      heading(
        4,
        text(
          all.length > targets.length ? `Top paths into the attribution layers (${fmt(targets.length)} of ${fmt(all.length)})` : "Paths into the attribution layers"
        )
      )
    ],
    body: (shown2) => {
      const shortened = /* @__PURE__ */ new Set();
      return [list(shown2.map((m) => listItem(paragraph(...pathLine(m, shortened)))))];
    },
    weight: (m) => `${pathWeight(m.path)} ${clip(m.layer ?? "", 24)}`,
    overhead: 30,
    more: () => [],
    measure: mode.measure,
    cap: mode.budget
  });
}
function commentPicturePart(view, mode) {
  let cached;
  const render = (n) => {
    if (n === 0) return "";
    if (cached !== void 0) return cached;
    const anchors = [...view.anchors].sort(
      (a, b) => Number(view.resolved.attribution.has(b.layer)) - Number(view.resolved.attribution.has(a.layer)) || (view.perChange.get(b.model)?.total ?? 0) - (view.perChange.get(a.model)?.total ?? 0) || (a.model < b.model ? -1 : a.model > b.model ? 1 : 0)
    );
    const affected = (m) => view.report.summary.affected === void 0 || m.reach !== "unaffected";
    const someAffected = view.report.impact.models.some(affected);
    const targets = topTargets(view).filter((m) => !someAffected || affected(m));
    if (targets.length === 0) {
      targets.push(
        ...[...view.report.impact.models].filter((m) => !someAffected || affected(m)).sort((a, b) => a.depth - b.depth)
      );
    }
    const picture = commentPicture(
      anchors,
      view.report.impact.models,
      targets,
      view.resolved.attribution,
      { passive: view.metadataOnly, head: view.resolved.context.headModels }
    );
    cached = picture === null ? "" : toMarkdown([
      heading(4, text("Lineage picture")),
      { type: "code", lang: "mermaid", value: picture.source },
      paragraph(text(commentLegend(picture, mode)))
    ]);
    return cached;
  };
  return {
    label: "lineage picture",
    rank: 5,
    core: 1,
    units: 1,
    estimate: (n) => mode.measure(render(n)),
    render
  };
}
var KIND_WORD = { added: "added", removed: "removed", modified: "modified", moved: "moved" };
function commentLegend(picture, mode) {
  const marks = [
    ...picture.kinds.map((kind) => `${KIND_ICON[kind]} ${KIND_WORD[kind]}`),
    ...picture.attribution ? ["orange border: attribution layer"] : []
  ];
  return [
    picture.changesDrawn < picture.changesTotal ? `${fmt(picture.changesDrawn)} of ${plural(picture.changesTotal, "changed model")} drawn, the widest reaching first.` : "",
    "Solid arrow: a real dependency, upstream to downstream.",
    marks.length > 0 ? `${marks.join("; ")}.` : "",
    picture.groups ? `Dotted arrow to “+N more”: models reached through that box, not drawn (${fmt(picture.notDrawn)} in all).` : picture.notDrawn > 0 ? `${plural(picture.notDrawn, "impacted model")} not drawn: ${mode.elsewhere}.` : ""
  ].filter(Boolean).join(" ");
}
function driftPart(view, mode) {
  const drift = view.report.drift;
  const items = drift ? [drift] : [];
  return listPart({
    label: "inventory drift fix",
    rank: 5,
    core: 1,
    items,
    head: () => [],
    body: (shown2) => shown2.flatMap(
      (fix) => details(
        `Inventory drift this change introduces: the fix (${plural(fix.models.length, "model")})`,
        [
          paragraph(
            text(
              "The code and the inventory disagree on the entries below. Apply the patch, or run "
            ),
            code(fix.command, 200),
            text(".")
          ),
          ...fix.truncated ? [paragraph(text("The patch is too large to show here: run the command."))] : [{ type: "code", lang: "diff", value: fix.patch }]
        ]
      )
    ),
    weight: (fix) => fix.patch,
    overhead: 200,
    more: () => [],
    measure: mode.measure,
    cap: mode.budget
  });
}

// src/render/markdown/frame.ts
function severityCounts(summary, acknowledged) {
  const counts = [];
  if (summary.errors > 0) counts.push(`${SEVERITY_ICON.error} ${plural(summary.errors, "error")}`);
  if (summary.warnings > 0)
    counts.push(`${SEVERITY_ICON.warning} ${plural(summary.warnings, "warning")}`);
  if (acknowledged > 0)
    counts.push(`${ACKNOWLEDGED_ICON} ${plural(acknowledged, "acknowledged warning")}`);
  return counts.length > 0 ? counts.join(" · ") : "✅ No errors or warnings";
}
function verdictNodes(summary, acknowledged, context, subject = "check") {
  const what = subject === "check" ? "This check" : "The inventory";
  const verb = subject === "check" ? "fails" : "fails the audit";
  const policy = trustedCode(`fail-on: ${summary.failOn}`);
  const verdict = summary.verdict === "fail" ? [
    text("❌ "),
    strong(text(`${what} ${verb}`)),
    text(
      `: ${summary.failOn === "warning" ? "errors and warnings fail it" : "errors fail it"} (`
    ),
    policy,
    text(").")
  ] : [
    text("✅ "),
    strong(text("This check passes")),
    text(" ("),
    policy,
    text(summary.warnings > 0 ? "), but read the warnings before merging." : ").")
  ];
  const nodes = [paragraph(...verdict)];
  const label = context.acknowledgeLabel;
  if (summary.acknowledged) {
    nodes.push(
      paragraph(
        text(`${ACKNOWLEDGED_ICON} Warnings were acknowledged`),
        ...label ? [text(" with the "), code(label, 80), text(" label")] : [],
        text(
          acknowledged > 0 ? `: ${plural(acknowledged, "warning")} ${acknowledged === 1 ? "counts" : "count"} as ${acknowledged === 1 ? "a notice" : "notices"}.` : ", but there are none to acknowledge."
        )
      )
    );
  } else if (summary.warnings > 0 && label) {
    nodes.push(
      paragraph(
        text(
          "Checked the warnings? Anyone with triage or write access to the repository can acknowledge them by applying the "
        ),
        code(label, 80),
        text(
          ` label: they then count as notices${summary.failOn === "warning" ? " and no longer fail the check" : ""}.`
        )
      )
    );
  }
  return nodes;
}
function shortSha(sha) {
  return sha !== void 0 && /^[0-9a-f]{7,64}$/i.test(sha) ? sha.slice(0, 7).toLowerCase() : void 0;
}
function sideLabel(sha, side) {
  const short = shortSha(sha);
  if (short) return trustedCode(short);
  if (!side) return text("none");
  const name = side.ref ?? side.file;
  return name === void 0 ? text("?") : code(clipMiddle(name, 60), 60);
}
function footer(report, context) {
  const parts = [];
  if (report.mode === "diff") {
    parts.push(
      text("base "),
      sideLabel(context.baseSha, report.inventory.base),
      text(" → head "),
      sideLabel(context.headSha, report.inventory.head)
    );
  } else {
    parts.push(text("at "), sideLabel(context.headSha, report.inventory.head));
  }
  parts.push(
    text(" · "),
    code(clipMiddle(report.inventory.path, 120), 120),
    text(
      ` · ${report.tool.name} ${/^[\w.+-]{1,40}$/.test(report.tool.version) ? report.tool.version : "?"}`
    )
  );
  const run = safeUrl(context.runUrl);
  if (run) parts.push(text(" · "), link(run, text("workflow run")));
  return small(...parts);
}
function scopeLine(changed, metadataOnly, impacted, attributionImpacted, exposures, affected) {
  if (changed === 0) return "no model changes";
  let out = `${plural(changed, "model")} changed`;
  if (metadataOnly === changed) out += " (metadata only)";
  else if (metadataOnly > 0) out += ` (${fmt(metadataOnly)} metadata-only)`;
  if (metadataOnly < changed)
    out += impacted > 0 ? ` → ${fmt(impacted)} downstream` : " → nothing downstream";
  if (metadataOnly < changed && impacted > 0 && affected !== void 0)
    out += ` (${fmt(affected)} affected)`;
  const extra = [];
  if (attributionImpacted > 0) extra.push(`${fmt(attributionImpacted)} in attribution layers`);
  if (exposures > 0) extra.push(`${plural(exposures, "exposure")} reached`);
  return extra.length > 0 ? `${out}, ${extra.join(", ")}` : out;
}

// src/render/markdown/diff-view.ts
function isAttributionRule(finding) {
  return finding.rule.startsWith("attribution/") || finding.rule === "exposure/reached";
}
function diffView(report, resolved) {
  const errors = [];
  const attributionWarnings = [];
  const warnings = [];
  const acknowledged = [];
  const notices = [];
  for (const finding of report.findings) {
    if (finding.severity === "error") errors.push(finding);
    else if (finding.severity === "warning")
      (isAttributionRule(finding) ? attributionWarnings : warnings).push(finding);
    else if (finding.acknowledged) acknowledged.push(finding);
    else notices.push(finding);
  }
  acknowledged.sort((a, b) => Number(!isAttributionRule(a)) - Number(!isAttributionRule(b)));
  const layerRank = /* @__PURE__ */ new Map();
  resolved.attributionLayers.forEach((layer, i) => layerRank.set(layer, i));
  const attributionImpacted = report.impact.models.filter((m) => m.layer !== null && resolved.attribution.has(m.layer)).sort(
    (a, b) => layerRank.get(a.layer) - layerRank.get(b.layer) || a.depth - b.depth || (a.model < b.model ? -1 : a.model > b.model ? 1 : 0)
  );
  return {
    report,
    resolved,
    anchors: report.changes.filter((change) => !change.metadataOnly),
    metadataOnly: report.changes.filter((change) => change.metadataOnly),
    perChange: new Map(report.impact.perChange.map((p) => [p.model, p])),
    blocking: [...errors, ...attributionWarnings, ...warnings, ...acknowledged],
    notices,
    acknowledged: acknowledged.length,
    exposures: report.findings.filter((f) => f.rule === "exposure/reached"),
    attributionImpacted
  };
}

// src/render/markdown/column-parts.ts
var COMMENT_AFFECTED = 50;
var COMMENT_RULED_OUT = 100;
var AFFECTED_OPEN = 3;
var NAMES_COMPACT = 3;
var NAMES_FULL = 10;
var TRUST_NOTE = "The warnings and the verdict still count them: the column analysis reads this pull request’s own SQL, so it informs the review but clears nothing.";
function columnSplit(view) {
  const models = view.report.impact.models;
  const attribution = (m) => m.layer !== null && view.resolved.attribution.has(m.layer);
  const affected = models.map((m, i) => ({ m, i })).filter(({ m }) => m.reach !== "unaffected").sort(
    (a, b) => Number(attribution(b.m)) - Number(attribution(a.m)) || Number(b.m.reach === "full") - Number(a.m.reach === "full") || a.i - b.i
  ).map(({ m }) => m);
  return {
    affected,
    // Attribution-layer models first: ruling those out is what a reviewer wants to check.
    ruledOut: models.filter((m) => m.reach === "unaffected").map((m, i) => ({ m, i })).sort((a, b) => Number(attribution(b.m)) - Number(attribution(a.m)) || a.i - b.i).map(({ m }) => m),
    full: affected.filter((m) => m.reach === "full").length
  };
}
function columnListsCoverRadius(view) {
  if (view.report.summary.affected === void 0) return false;
  const { affected, ruledOut } = columnSplit(view);
  return affected.length <= COMMENT_AFFECTED && ruledOut.length <= COMMENT_RULED_OUT;
}
function columnParts(view, mode) {
  const { report } = view;
  if (!hasColumns(report) || report.impact.models.length === 0) return [];
  const total = report.impact.models.length;
  if (report.summary.affected === void 0) {
    return [
      fixedPart("column impact", [
        heading(4, text("Column impact: not computed for this radius")),
        paragraph(
          text(
            `A change the column analysis does not follow (an inventory-only change, or an edge rewired in the inventory) anchors it, so all ${plural(total, "downstream model")} count as affected.`
          )
        )
      ])
    ];
  }
  const split = columnSplit(view);
  const affected = split.affected.length;
  const byColumns = affected - split.full;
  const how = affected === 0 ? "" : ` (${fmt(split.full)} fully, ${fmt(byColumns)} by columns)`;
  return [
    fixedPart("column impact", [
      heading(
        4,
        text(
          `Column impact: ${fmt(affected)} of ${plural(total, "downstream model")} affected${how}`
        )
      ),
      // Nothing affected: the sentence the list would have been.
      ...affected === 0 ? [paragraph(text(`No changed column reaches any of them. ${TRUST_NOTE}`))] : []
    ]),
    affectedPart(view, mode, split.affected),
    ruledOutPart(view, mode, split.ruledOut)
  ];
}
function capNote(mode, what, shown2, all) {
  if (shown2 >= all) return [];
  return [
    paragraph(
      text(
        `+${fmt(all - shown2)} more ${what} (${fmt(shown2)} of ${fmt(all)} shown here): ${mode.elsewhere}.`
      )
    )
  ];
}
function cutNote(mode, what, shown2, all) {
  return [
    paragraph(
      text(
        `… and ${fmt(all - shown2)} more ${what} (${fmt(shown2)} of ${fmt(all)} shown here): ${mode.elsewhere}.`
      )
    )
  ];
}
function firstReason(m) {
  const reason = m.reachReasons?.[0];
  return reason ? [untrusted(reason, REASON_MAX)] : [];
}
function howReached(m, names) {
  if (m.reach === "columns" && m.columns && m.columns.length > 0)
    return [text("columns "), ...columnNames(m.columns, names)];
  const why = firstReason(m);
  return why.length > 0 ? [text("fully: "), ...why] : [text("fully")];
}
function modelAndLayer(view, m, shortened) {
  return [
    shortCode(m.model, shortened, 48),
    text(" ("),
    ...layerCell(view, m.layer, 20),
    text(")")
  ];
}
function affectedPart(view, mode, all) {
  const items = mode.compact ? all.slice(0, COMMENT_AFFECTED) : all;
  const names = mode.compact ? NAMES_COMPACT : NAMES_FULL;
  return listPart({
    label: "affected models",
    rank: 1,
    core: mode.compact ? AFFECTED_OPEN * 2 : 25,
    items,
    limit: mode.maxRows,
    head: () => [],
    body: (shown2) => {
      const note = shown2.length === items.length ? capNote(mode, "affected models", shown2.length, all.length) : [];
      if (mode.compact) {
        const shortened = /* @__PURE__ */ new Set();
        const item = (m) => listItem(
          paragraph(...modelAndLayer(view, m, shortened), text(" — "), ...howReached(m, names))
        );
        const open = shown2.slice(0, AFFECTED_OPEN);
        const rest = shown2.slice(AFFECTED_OPEN);
        return [
          list(open.map(item)),
          ...rest.length > 0 ? details(`${plural(rest.length, "more affected model")}`, [list(rest.map(item))]) : [],
          ...note,
          ...fullNames(shortened)
        ];
      }
      return [
        table(
          ["right", null, null, null],
          ["Depth", "Model", "Layer", "Reached"],
          shown2.map((m) => [
            [text(fmt(m.depth))],
            [code(m.model)],
            layerCell(view, m.layer),
            howReached(m, names)
          ])
        ),
        ...note
      ];
    },
    weight: (m) => `${clip(m.model, MAX_VALUE)} ${clip(m.layer ?? "external", 60)} ${reachWeight(m, names)} ${clip(m.reachReasons?.[0] ?? "", REASON_MAX)}`,
    overhead: 40,
    more: (left, total) => cutNote(mode, "affected models", total - left, all.length),
    measure: mode.measure,
    cap: mode.budget
  });
}
var RULED_OUT_LEAD = `Downstream in the lineage, but no changed column reaches them: they read none of the columns that change. ${TRUST_NOTE}`;
var NO_COLUMN = "no changed column reaches it";
function via(m, lookup, names, shortened) {
  const before = m.path.length >= 2 ? m.path[m.path.length - 2] : void 0;
  if (before === void 0) return [];
  const name = shortened ? shortCode(before, shortened, 40) : code(before);
  const change = lookup.changes.get(before);
  const upstream = lookup.impacted.get(before);
  const changed = change?.columns ? [...change.columns.removed, ...change.columns.modified, ...change.columns.added] : upstream?.reach === "columns" ? [...upstream.columns ?? []] : [];
  if (changed.length > 0)
    return [name, text(" (changes "), ...columnNames(changed, names), text(")")];
  if (upstream?.reach === "unaffected") return [name, text(" (unaffected)")];
  return [name];
}
function otherReasons(m) {
  return (m.reachReasons ?? []).filter((reason) => reason !== NO_COLUMN);
}
function ruledOutPart(view, mode, all) {
  const items = mode.compact ? all.slice(0, COMMENT_RULED_OUT) : all;
  const title = `Ruled out (${fmt(all.length)}): downstream but unaffected`;
  const names = mode.compact ? NAMES_COMPACT : NAMES_FULL;
  let lookup;
  const lookups = () => lookup ??= {
    changes: new Map(view.report.changes.map((c) => [c.model, c])),
    impacted: new Map(view.report.impact.models.map((m) => [m.model, m]))
  };
  return listPart({
    label: "ruled-out models",
    rank: 3,
    core: mode.compact ? 10 : 25,
    items,
    limit: mode.maxRows,
    head: () => [],
    body: (shown2) => {
      const note = shown2.length === items.length ? capNote(mode, "ruled-out models", shown2.length, all.length) : [];
      if (mode.compact) {
        const shortened = /* @__PURE__ */ new Set();
        return details(title, [
          paragraph(text(RULED_OUT_LEAD)),
          list(
            shown2.map((m) => {
              const step = via(m, lookups(), names, shortened);
              const why = otherReasons(m);
              return listItem(
                paragraph(
                  ...modelAndLayer(view, m, shortened),
                  ...step.length > 0 ? [text(" — via "), ...step] : [],
                  ...why.length > 0 ? [text(": "), untrusted(why.join("; "), REASON_MAX)] : []
                )
              );
            })
          ),
          ...note,
          ...fullNames(shortened)
        ]);
      }
      return details(title, [
        paragraph(text(RULED_OUT_LEAD)),
        table(
          ["right", null, null, null, null],
          ["Depth", "Model", "Layer", "Via", "Why"],
          shown2.map((m) => {
            const step = via(m, lookups(), names);
            return [
              [text(fmt(m.depth))],
              [code(m.model)],
              layerCell(view, m.layer),
              step.length > 0 ? step : [text("—")],
              (m.reachReasons ?? []).length > 0 ? [untrusted((m.reachReasons ?? []).join("; "), REASON_MAX * 2)] : [text("—")]
            ];
          })
        ),
        ...note
      ]);
    },
    weight: (m) => `${clip(m.model, MAX_VALUE)} ${clip(m.layer ?? "external", 60)} ${clip(m.path[m.path.length - 2] ?? "", MAX_VALUE)} (changes ${"x".repeat(40 * names)}) ${clip((m.reachReasons ?? []).join("; "), REASON_MAX * 2)}`,
    overhead: 40,
    more: (left, total) => [
      ...total - left === 0 ? [paragraph(text(title))] : [],
      ...cutNote(mode, "ruled-out models", total - left, all.length)
    ],
    measure: mode.measure,
    cap: mode.budget
  });
}

// src/render/markdown/diff-document.ts
function headline(view) {
  const { report } = view;
  const scope = scopeLine(
    report.changes.length,
    view.metadataOnly.length,
    report.impact.models.length,
    report.summary.attributionImpacted,
    view.exposures.length,
    report.summary.affected
  );
  return `${severityCounts(report.summary, view.acknowledged)} — ${scope}`;
}
function renderDiffDocument(report, context, doc) {
  const view = diffView(report, resolve(context));
  const { mode } = doc;
  const top = fixedPart("headline", [
    ...doc.preamble,
    heading(3, text(headline(view))),
    ...verdictNodes(report.summary, view.acknowledged, context)
  ]);
  const bottom = fixedPart("footer", [footer(report, context)]);
  const parts = mode.compact ? [
    top,
    findingsPart(view, mode),
    ...columnParts(view, mode),
    // With the column radius, the affected models lead instead of the paths.
    ...report.summary.affected === void 0 ? [topPathsPart(view, mode)] : [],
    changedPart(view, mode),
    commentPicturePart(view, mode),
    attributionPart(view, mode),
    exposuresPart(view, mode),
    byLayerPart(view, mode),
    // The affected and ruled-out lists above already name each impacted model.
    ...columnListsCoverRadius(view) ? [] : [fullListPart(view, mode)],
    gainedLostPart(view, mode),
    fieldsPart(view, mode),
    metadataPart(view, mode),
    driftPart(view, mode),
    noticesPart(view, mode),
    bottom
  ] : [
    top,
    findingsPart(view, mode),
    ...columnParts(view, mode),
    changedPart(view, mode),
    attributionPart(view, mode),
    exposuresPart(view, mode),
    byLayerPart(view, mode),
    picturePart(view, mode),
    fullListPart(view, mode),
    gainedLostPart(view, mode),
    fieldsPart(view, mode),
    metadataPart(view, mode),
    driftPart(view, mode),
    noticesPart(view, mode),
    bottom
  ];
  return assemble(
    {
      parts,
      noteAt: parts.length - 1,
      note: (cut) => cut.length === 0 ? [] : [paragraph(text(`✂️ ${doc.cutNote(cut.map((p) => p.label))}`))],
      minimal: () => `${toMarkdown([
        ...doc.preamble,
        heading(3, text(headline(view))),
        paragraph(text(`✂️ ${doc.cutNote(["every section"])}`))
      ])}
`
    },
    mode.budget,
    mode.measure
  );
}

// src/render/markdown/comment.ts
var MIN_LENGTH = 2e3;
function renderComment(report, context = {}, options = {}) {
  const maxLength = options.maxLength ?? COMMENT_LIMIT;
  if (maxLength < MIN_LENGTH) throw new RangeError(`maxLength must be at least ${MIN_LENGTH}`);
  const marker = markerNode(commentMarker(report.inventory.path));
  const view = diffView(report, resolve(context));
  const unanalysed = report.unanalysed?.length ?? 0;
  if (report.changes.length === 0 && view.blocking.length === 0 && unanalysed === 0) {
    return `${toMarkdown([
      marker,
      heading(3, text("✅ No model changes")),
      paragraph(
        text("This pull request changes no model in "),
        code(report.inventory.path, 120),
        text(", so nothing downstream is at risk.")
      ),
      footer(report, context)
    ])}
`;
  }
  const where = fullReportIsIn({ ...context, runUrl: safeUrl(context.runUrl) });
  return renderDiffDocument(report, context, {
    preamble: [marker],
    mode: {
      elsewhere: where.short,
      compact: true,
      readable: { nodes: 40, edges: 60 },
      maxRows: Infinity,
      measure: utf16Length,
      budget: maxLength
    },
    cutNote: (labels) => `Cut to fit GitHub's limit of ${fmt(maxLength)} characters: ${labels.join(", ")}. ${where.sentence}`
  });
}

// src/render/markdown/summary.ts
var SUMMARY_MAX_ROWS = 1e3;
function renderSummary(report, context = {}, options = {}) {
  const maxLength = options.maxLength ?? SUMMARY_LIMIT;
  if (maxLength < MIN_LENGTH) throw new RangeError(`maxLength must be at least ${MIN_LENGTH}`);
  return renderDiffDocument(report, context, {
    preamble: [heading(2, text("dbt blast radius: "), code(report.inventory.path, 120))],
    mode: {
      elsewhere: "the JSON report (--format json, or the action’s report-path) has everything",
      readable: { nodes: 100, edges: 150 },
      maxRows: SUMMARY_MAX_ROWS,
      measure: utf8Length,
      budget: maxLength
    },
    cutNote: (labels) => `Cut to fit ${fmt(maxLength)} bytes, or past ${fmt(SUMMARY_MAX_ROWS)} rows: ${labels.join(", ")}. The JSON report (--format json, or the action’s report-path) has everything.`
  });
}

// src/render/markdown/audit.ts
var MAP_LAYERS = 20;
var OTHER_LAYERS2 = "other layers";
var BAR_WIDTH = 20;
var ELSEWHERE = "the JSON report (--format json) has everything";
var MAX_ROWS = SUMMARY_MAX_ROWS;
function renderAudit(report, context = {}, options = {}) {
  const budget = options.maxLength ?? SUMMARY_LIMIT;
  if (budget < MIN_LENGTH) throw new RangeError(`maxLength must be at least ${MIN_LENGTH}`);
  const resolved = resolve(context);
  const mode = { measure: utf8Length, budget };
  const { audit } = report;
  const models = report.inventory.head.models;
  const attributionModels = audit.layers.filter((l) => l.attribution).reduce((sum, l) => sum + l.models, 0);
  const title = [
    heading(2, text("dbt blast radius audit: "), code(report.inventory.path, 120)),
    heading(
      3,
      text(
        `${severityCounts(report.summary, 0)} — ${plural(models, "model")} in ${plural(audit.layers.length, "layer")}, ${plural(audit.edges, "edge")}, ${fmt(attributionModels)} in attribution layers`
      )
    ),
    auditVerdict(report)
  ];
  const parts = [
    fixedPart("headline", [...title, ...summaryNodes(report, attributionModels, resolved)]),
    recommendationsPart(report, resolved, mode),
    // The tables first: thousands of findings must not push them out of sight.
    distributionPart(report, resolved, mode),
    coveragePart(report, resolved, mode),
    hubsPart(audit.hubs, models, resolved, mode),
    ...audit.lineage ? [lineageTruthPart(audit.lineage, mode)] : [],
    layerMapPart(report, resolved, mode),
    attributionMapPart(audit.attributionMap, resolved, mode),
    findingsPart2(report.findings, mode),
    orphansPart(audit.orphans, mode),
    fixedPart("footer", [footer(report, context)])
  ];
  return assemble(
    {
      parts,
      noteAt: parts.length - 1,
      note: (cut) => cut.length === 0 ? [] : [
        paragraph(
          text(
            `✂️ Cut to fit ${fmt(budget)} bytes, or past ${fmt(MAX_ROWS)} rows: ${cut.map((p) => p.label).join(", ")}. The JSON report (--format json) has everything.`
          )
        )
      ],
      minimal: () => `${toMarkdown([
        ...title.slice(0, 2),
        paragraph(text(`✂️ Too large to show within ${fmt(budget)} bytes: ${ELSEWHERE}.`))
      ])}
`
    },
    budget,
    mode.measure
  );
}
function auditVerdict(report) {
  const { summary } = report;
  const policy = trustedCode(`fail-on: ${summary.failOn}`);
  if (summary.verdict === "fail")
    return paragraph(
      text("❌ "),
      strong(text("The inventory fails the audit")),
      text(
        `: ${summary.failOn === "warning" ? "errors and warnings fail it" : "errors fail it"} (`
      ),
      policy,
      text(").")
    );
  return paragraph(
    text("✅ "),
    strong(text("The inventory passes the audit")),
    text(" ("),
    policy,
    text(summary.warnings > 0 ? "), with warnings to read below." : ").")
  );
}
function findingLine(finding) {
  const nodes = locatedNodes(finding);
  if (finding.jsonPath === void 0 || finding.message.includes(finding.jsonPath)) return nodes;
  const line = finding.line !== null && finding.line > 1 ? `, line ${fmt(finding.line)}` : "";
  return [...nodes, text(" (at "), code(finding.jsonPath, 200), text(`${line})`)];
}
function percent(part, whole) {
  return whole === 0 ? "—" : `${Math.round(part / whole * 100)}%`;
}
function layerName(layer, resolved) {
  return [
    untrusted(layer, 60),
    ...resolved.attribution.has(layer) ? [text(` ${ATTRIBUTION_MARK}`)] : []
  ];
}
function summaryNodes(report, attributionModels, resolved) {
  const { audit } = report;
  const models = report.inventory.head.models;
  const declared = audit.layers.reduce((sum, l) => sum + l.withDependencies, 0);
  const items = [
    [
      strong(text(plural(models, "model"))),
      text(
        ` in ${plural(audit.layers.length, "layer")}, joined by ${plural(audit.edges, "lineage edge")}; ${plural(audit.externals, "external node")}: ${plural(audit.sources, "source")} (`
      ),
      trustedCode("source_name.table_name"),
      text(
        ` names) and ${plural(audit.externals - audit.sources, "other name")} (seeds, or models missing from the inventory).`
      )
    ],
    [
      strong(text(`${fmt(declared)} of ${fmt(models)} models (${percent(declared, models)})`)),
      text(
        " declare their dependencies; every other edge is known only from the model at its other end."
      )
    ],
    [
      strong(text(plural(attributionModels, "model"))),
      text(" in attribution layers ("),
      ...joined(
        resolved.attributionLayers.map((layer) => [untrusted(layer, 60)]),
        ", "
      ),
      text(").")
    ]
  ];
  const top = audit.hubs[0];
  if (top) {
    items.push([
      text("Largest blast radius: "),
      code(top.model),
      text(
        ` reaches ${plural(top.reach, "model")}${top.estimated ? " (estimated)" : ""}, ${percent(top.reach, models)} of the inventory.`
      )
    ]);
  }
  if (audit.cycles.length > 0)
    items.push([strong(text(plural(audit.cycles.length, "lineage cycle"))), text(".")]);
  items.push([
    strong(text(plural(audit.orphans.length, "model"))),
    text(" feed nothing and are not reporting models.")
  ]);
  return [heading(4, text("Summary")), list(items.map((item) => listItem(paragraph(...item))))];
}
function recommendationsPart(report, resolved, mode) {
  const items = recommendations(report, resolved);
  return listPart({
    label: "recommendations",
    rank: 0,
    core: 20,
    items,
    head: () => [heading(4, text("Recommendations"))],
    body: (shown2) => [
      list(
        shown2.map((item) => listItem(paragraph(...item))),
        true
      )
    ],
    weight: (item) => item.map((n) => "value" in n ? n.value : "").join(""),
    overhead: 40,
    more: (left) => [paragraph(text(`… and ${fmt(left)} more: ${ELSEWHERE}.`))],
    measure: mode.measure,
    cap: mode.budget
  });
}
function countRule(findings, rule) {
  return findings.filter((f) => f.rule === rule).length;
}
function recommendations(report, resolved) {
  const { audit, findings } = report;
  const models = report.inventory.head.models;
  const out = [];
  const names = (list2, max = 3) => [
    ...joined(
      list2.slice(0, max).map((name) => [code(name)]),
      ", "
    ),
    ...list2.length > max ? [text(` and ${fmt(list2.length - max)} more`)] : []
  ];
  const invalid = countRule(findings, "inventory/invalid");
  if (invalid > 0)
    out.push([
      text(
        `Fix the ${plural(invalid, "inventory problem")} listed under consistency findings first: a model the tool cannot read has no lineage.`
      )
    ]);
  const unmatched = findings.filter((f) => f.rule === "config/matches-nothing");
  if (unmatched.length > 0)
    out.push([
      text(
        `${plural(unmatched.length, "configuration setting")} ${unmatched.length === 1 ? "selects" : "select"} no model, so the ${unmatched.length === 1 ? "check it configures is" : "checks they configure are"} off: correct ${unmatched.length === 1 ? "it" : "them"} as the consistency findings suggest.`
      )
    ]);
  if (audit.cycles.length > 0) {
    out.push([
      text(`Break the ${plural(audit.cycles.length, "lineage cycle")} (`),
      ...names(audit.cycles[0]),
      text(audit.cycles.length > 1 ? ", …): " : "): "),
      text("a blast radius that runs through a cycle reaches everything in it.")
    ]);
  }
  const undeclared = audit.layers.reduce((sum, l) => sum + (l.models - l.withDependencies), 0);
  if (undeclared > 0) {
    const feeder = feederLayer(report, resolved);
    out.push(
      feeder ? [
        text(
          `${fmt(undeclared)} of ${fmt(models)} models declare no dependencies: add them to the `
        ),
        untrusted(feeder.layer, 60),
        text(
          ` models that feed attribution first (${plural(feeder.edges, "edge")} from that layer into the attribution layers are declared only on the consumers' side).`
        )
      ] : [
        text(`${fmt(undeclared)} of ${fmt(models)} models declare no dependencies: add `),
        trustedCode("upstream_dependencies"),
        text(", starting with the layers closest to the sources.")
      ]
    );
  }
  const noConcepts = audit.layers.filter((l) => l.attribution).reduce((sum, l) => sum + (l.models - l.withConcepts), 0);
  if (noConcepts > 0) {
    out.push([
      text(
        `${plural(noConcepts, "attribution-layer model")} ${noConcepts === 1 ? "lists" : "list"} no `
      ),
      trustedCode("attribution_concepts"),
      text(": name what each computes, so a warning can say what a change puts at risk.")
    ]);
  }
  const violations = audit.layerEdges.filter((e) => e.violations > 0);
  const violationCount = violations.reduce((sum, e) => sum + e.violations, 0);
  if (violationCount > 0) {
    const shown2 = [...violations].sort((a, b) => b.violations - a.violations).slice(0, 3);
    out.push([
      text(
        `${plural(violationCount, "edge")} ${violationCount === 1 ? "runs" : "run"} against the layer order (`
      ),
      ...joined(
        shown2.map((e) => [
          text(`${fmt(e.violations)} `),
          untrusted(e.from, 40),
          text(" → "),
          untrusted(e.to, 40)
        ]),
        ", "
      ),
      text(
        `${violations.length > shown2.length ? ", …" : ""}): move what the earlier layer needs into it, or re-layer the models.`
      )
    ]);
  }
  const unknown = countRule(findings, "lineage/unknown-reference");
  if (unknown > 0)
    out.push([
      text(
        `${plural(unknown, "name")} in dependency lists ${unknown === 1 ? "is" : "are"} neither a model of the inventory nor a source: write each source as `
      ),
      trustedCode("source_name.table_name"),
      text(
        " (a dotted name counts as a source), add each seed or missing model to the inventory as a model entry, or correct the name."
      )
    ]);
  const asymmetric = countRule(findings, "lineage/asymmetric-edge");
  if (asymmetric > 0)
    out.push([
      text(
        `${plural(asymmetric, "edge")} ${asymmetric === 1 ? "is" : "are"} listed on one side only: list each edge on both models, or drop it from both.`
      )
    ]);
  const big = audit.hubs.filter((h) => h.reach * 10 >= models);
  if (big.length > 0) {
    const most = percent(big[0].reach, models);
    out.push([
      ...names(big.map((h) => h.model)),
      text(
        big.length === 1 ? ` reaches ${most} of the inventory: ` : ` each reach at least 10% of the inventory, up to ${most}: `
      ),
      text(
        "give them code-owner review and data tests, since a change there is a change to much of the warehouse."
      )
    ]);
  }
  const silent = audit.attributionMap.filter((e) => e.consumers.length === 0);
  if (silent.length > 0) {
    out.push([
      text(
        `${plural(silent.length, "attribution-layer model")} ${silent.length === 1 ? "feeds" : "feed"} nothing (`
      ),
      ...names(silent.map((e) => e.model)),
      text(
        silent.length === 1 ? "): check that its output is still used, or list its consumers." : "): check that their output is still used, or list their consumers."
      )
    ]);
  }
  if (audit.orphans.length > 0)
    out.push([
      text(
        `${plural(audit.orphans.length, "model")} ${audit.orphans.length === 1 ? "feeds nothing and is not a reporting model" : "feed nothing and are not reporting models"}: confirm each is used (a dashboard, an export) or remove it.`
      )
    ]);
  const undescribed = audit.layers.reduce((sum, l) => sum + (l.models - l.withDescription), 0);
  if (undescribed > 0)
    out.push([
      text(
        `${plural(undescribed, "model")} ${undescribed === 1 ? "has" : "have"} no description: reviewers read them in every impact report.`
      )
    ]);
  if (out.length === 0)
    out.push([text("Nothing to recommend: the inventory is complete and consistent.")]);
  return out;
}
function feederLayer(report, resolved) {
  const missing = new Set(
    report.audit.layers.filter((l) => l.withDependencies < l.models).map((l) => l.layer)
  );
  const into = /* @__PURE__ */ new Map();
  for (const e of report.audit.layerEdges) {
    if (e.from === e.to || !missing.has(e.from) || resolved.attribution.has(e.from)) continue;
    if (!resolved.attribution.has(e.to)) continue;
    into.set(e.from, (into.get(e.from) ?? 0) + e.edges);
  }
  const ranked = [...into].sort((a, b) => b[1] - a[1] || resolved.compareLayers(a[0], b[0]));
  return ranked[0] && { layer: ranked[0][0], edges: ranked[0][1] };
}
function findingsPart2(findings, mode) {
  return listPart({
    label: "consistency findings",
    rank: 1,
    core: 40,
    items: findings,
    limit: MAX_ROWS,
    head: () => [heading(4, text(`Consistency findings (${fmt(findings.length)})`))],
    body: (shown2) => findingGroups(shown2, findingLine),
    weight: (finding) => `${findingWeight(finding)} (at ${finding.jsonPath ?? ""}, line 000000)`,
    overhead: 12,
    more: (_left, _total, rest) => [
      paragraph(text(`… and ${countFindings(rest())} more: ${ELSEWHERE}.`))
    ],
    measure: mode.measure,
    cap: mode.budget
  });
}
function sortedLayers(report, resolved) {
  return [...report.audit.layers].sort((a, b) => resolved.compareLayers(a.layer, b.layer));
}
function distributionPart(report, resolved, mode) {
  const total = report.inventory.head.models;
  const largest = Math.max(1, ...report.audit.layers.map((l) => l.models));
  return listPart({
    label: "model distribution",
    rank: 2,
    core: 30,
    items: sortedLayers(report, resolved),
    head: () => [
      heading(4, text("Models by layer")),
      paragraph(text(`${ATTRIBUTION_MARK} marks the attribution layers.`))
    ],
    body: (shown2) => [
      table(
        [null, "right", "right", null],
        ["Layer", "Models", "Share", ""],
        shown2.map((l) => [
          layerName(l.layer, resolved),
          [text(fmt(l.models))],
          [text(percent(l.models, total))],
          [text("█".repeat(Math.max(1, Math.round(l.models / largest * BAR_WIDTH))))]
        ])
      )
    ],
    weight: (l) => clip(l.layer, 60),
    overhead: 40 + BAR_WIDTH * 3,
    more: (left) => [paragraph(text(`… and ${plural(left, "more layer")}: ${ELSEWHERE}.`))],
    measure: mode.measure,
    cap: mode.budget
  });
}
function coveragePart(report, resolved, mode) {
  const cell = (part, whole) => [
    text(`${percent(part, whole)} (${fmt(part)}/${fmt(whole)})`)
  ];
  return listPart({
    label: "metadata coverage",
    rank: 3,
    core: 30,
    items: sortedLayers(report, resolved),
    head: () => [
      heading(4, text("Metadata coverage by layer")),
      paragraph(
        text("Share of each layer’s models with a description, a dependency list ("),
        trustedCode("upstream_dependencies"),
        text(" or "),
        trustedCode("downstream_consumers"),
        text(") and "),
        trustedCode("attribution_concepts"),
        text(".")
      )
    ],
    body: (shown2) => [
      table(
        [null, "right", "right", "right"],
        ["Layer", "Description", "Dependencies", "Concepts"],
        shown2.map((l) => [
          layerName(l.layer, resolved),
          cell(l.withDescription, l.models),
          cell(l.withDependencies, l.models),
          cell(l.withConcepts, l.models)
        ])
      )
    ],
    weight: (l) => clip(l.layer, 60),
    overhead: 70,
    more: (left) => [paragraph(text(`… and ${plural(left, "more layer")}: ${ELSEWHERE}.`))],
    measure: mode.measure,
    cap: mode.budget
  });
}
function hubsPart(hubs, models, resolved, mode) {
  return listPart({
    label: "blast radius hubs",
    rank: 4,
    core: 10,
    items: hubs,
    head: () => [
      heading(4, text("Largest blast radius")),
      paragraph(text("The models whose change reaches the most others downstream."))
    ],
    body: (shown2) => [
      table(
        [null, null, "right", "right", "right"],
        ["Model", "Layer", "Direct", "Reach", "Of inventory"],
        shown2.map((h) => [
          [code(h.model)],
          layerName(h.layer, resolved),
          [text(fmt(h.direct))],
          [text(`${h.estimated ? "~" : ""}${fmt(h.reach)}`)],
          [text(percent(h.reach, models))]
        ])
      )
    ],
    weight: (h) => `${clip(h.model, MAX_VALUE)} ${clip(h.layer, 60)}`,
    overhead: 40,
    more: (left) => [paragraph(text(`… and ${fmt(left)} more: ${ELSEWHERE}.`))],
    measure: mode.measure,
    cap: mode.budget
  });
}
function lineageTruthPart(truth, mode) {
  const { coverage, underReported } = truth;
  const share = (recorded, total) => total === 0 ? "—" : `${Math.round(recorded / total * 100)}%`;
  const gaps = underReported.models.filter((gap) => gap.code > gap.inventory);
  return listPart({
    label: "lineage truth",
    rank: 3,
    core: 10,
    items: gaps,
    head: () => [
      heading(4, text("Lineage truth: the inventory against the code")),
      paragraph(
        text(
          `The inventory records ${share(coverage.recorded, coverage.total)} of the code's ${plural(coverage.total, "edge")} (${fmt(coverage.recorded)}); the code defines ${plural(truth.unlistedCount, "model")} the inventory does not list. `
        ),
        code("blast-radius inventory sync --write"),
        text(" brings it in line.")
      ),
      table(
        [null, "right", "right", "right"],
        ["Layer", "Edges in the code", "In the inventory", "Share"],
        Object.entries(coverage.byLayer).map(([layer, s]) => [
          [text(clip(layer, 60))],
          [text(fmt(s.total))],
          [text(fmt(s.recorded))],
          [text(share(s.recorded, s.total))]
        ])
      )
    ],
    body: (shown2) => [
      paragraph(text("Where the inventory alone under-reports the radius most:")),
      list(
        shown2.map(
          (gap) => listItem(
            paragraph(
              code(gap.model),
              text(
                ` reaches ${plural(gap.inventory, "model")} in the inventory, ${fmt(gap.code)} in the code`
              )
            )
          )
        )
      ),
      ...underReported.complete ? [] : [paragraph(text("(Measured within a work budget: not every model was compared.)"))]
    ],
    weight: (gap) => clip(gap.model, MAX_VALUE),
    overhead: 60,
    more: (left) => [paragraph(text(`… and ${fmt(left)} more: ${ELSEWHERE}.`))],
    measure: mode.measure,
    cap: mode.budget
  });
}
function layerMap(report, resolved) {
  const stats = report.audit.layers;
  if (stats.length === 0) return void 0;
  const kept = new Set(
    [...stats].sort((a, b) => b.models - a.models || resolved.compareLayers(a.layer, b.layer)).slice(0, stats.length > MAP_LAYERS + 1 ? MAP_LAYERS : stats.length).map((l) => l.layer)
  );
  const group = (layer) => kept.has(layer) ? layer : OTHER_LAYERS2;
  const counts = /* @__PURE__ */ new Map();
  for (const l of stats) counts.set(group(l.layer), (counts.get(group(l.layer)) ?? 0) + l.models);
  const within = /* @__PURE__ */ new Map();
  const between = /* @__PURE__ */ new Map();
  for (const e of report.audit.layerEdges) {
    const from = group(e.from);
    const to = group(e.to);
    if (from === to) {
      within.set(from, (within.get(from) ?? 0) + e.edges);
      continue;
    }
    const key = `${from}\0${to}`;
    const entry = between.get(key) ?? { from, to, edges: 0, violations: 0 };
    entry.edges += e.edges;
    entry.violations += e.violations;
    between.set(key, entry);
  }
  const layers = [...counts.keys()].sort(resolved.compareLayers);
  const index = new Map(layers.map((layer, i) => [layer, i]));
  const nodes = layers.map((layer) => {
    const inside = within.get(layer);
    return {
      label: `${layer}: ${plural(counts.get(layer), "model")}${inside ? `, ${fmt(inside)} inside` : ""}`,
      cls: resolved.attribution.has(layer) ? "layerAttr" : "layer"
    };
  });
  const edges = [...between.values()].sort((a, b) => index.get(a.from) - index.get(b.from) || index.get(a.to) - index.get(b.to)).map((e) => ({
    from: index.get(e.from),
    to: index.get(e.to),
    label: e.violations > 0 ? `${fmt(e.edges)}, ${fmt(e.violations)} against the order` : fmt(e.edges),
    ...e.violations > 0 && { violation: true }
  }));
  const source = flowchart({ nodes, edges });
  return withinMermaidLimits(source, edges.length) ? source : void 0;
}
function layerMapPart(report, resolved, mode) {
  const source = layerMap(report, resolved);
  const full = source ? toMarkdown([
    heading(4, text("Attribution map")),
    paragraph(
      text(
        "Lineage between layers: arrow labels count edges, red dashed arrows run against the layer order, orange borders mark the attribution layers."
      )
    ),
    { type: "code", lang: "mermaid", value: source }
  ]) : "";
  const note = toMarkdown([
    heading(4, text("Attribution map")),
    paragraph(text(`The layer picture is left out to fit: ${ELSEWHERE}.`))
  ]);
  return {
    label: "layer picture",
    rank: 5,
    core: 1,
    units: source ? 1 : 0,
    estimate: (n) => mode.measure(n === 0 ? note : full),
    render: (n) => source ? n === 0 ? note : full : ""
  };
}
function attributionMapPart(entries, resolved, mode) {
  return listPart({
    label: "attribution models",
    rank: 6,
    core: 30,
    items: entries,
    limit: MAX_ROWS,
    head: () => [
      paragraph(
        strong(text(`${plural(entries.length, "model")} in attribution layers`)),
        text(", upstream layers first:")
      )
    ],
    body: (shown2) => [
      table(
        [null, null, null, "right", "right"],
        ["Model", "Layer", "Concepts", "Feeds", "Reach"],
        shown2.map((e) => [
          [code(e.model)],
          layerName(e.layer, resolved),
          e.concepts.length > 0 ? [untrusted(e.concepts.join(", "), 160)] : [text("—")],
          [text(fmt(e.consumers.length))],
          [text(`${e.estimated ? "~" : ""}${fmt(e.reach)}`)]
        ])
      )
    ],
    weight: (e) => `${clip(e.model, MAX_VALUE)} ${clip(e.layer, 60)} ${e.concepts.join(", ").slice(0, 160)}`,
    overhead: 40,
    more: (left) => [paragraph(text(`… and ${fmt(left)} more: ${ELSEWHERE}.`))],
    measure: mode.measure,
    cap: mode.budget
  });
}
function orphansPart(orphans, mode) {
  return listPart({
    label: "orphans",
    rank: 8,
    core: 0,
    items: orphans,
    limit: MAX_ROWS,
    head: () => [],
    body: (shown2) => details(`${plural(orphans.length, "model")} that feed nothing (not reporting)`, [
      paragraph(
        ...joined(
          shown2.map((name) => [code(name)]),
          ", "
        )
      )
    ]),
    weight: (name) => clip(name, MAX_VALUE),
    overhead: 4,
    more: (left) => [
      paragraph(text(`… and ${plural(left, "more model")} that feed nothing: ${ELSEWHERE}.`))
    ],
    measure: mode.measure,
    cap: mode.budget
  });
}

export {
  MIN_LENGTH,
  renderComment,
  SUMMARY_MAX_ROWS,
  renderSummary,
  renderAudit,
  recommendations,
  layerMap
};
