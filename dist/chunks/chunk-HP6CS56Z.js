import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  LIST_FIELDS,
  normalizePath
} from "./chunk-2ZPJCRUR.js";
import {
  compareNames
} from "./chunk-3LNE3NSN.js";

// src/diff/changes.ts
var ANCHORING_REASONS = /* @__PURE__ */ new Set([
  "sql",
  "path",
  "upstream_dependencies",
  "downstream_consumers"
]);
var LIST_FIELD_SET = new Set(LIST_FIELDS);
function modelSet(models) {
  return { models, indexByName: new Map(models.map((model, i) => [model.name, i])) };
}
var NONE = /* @__PURE__ */ new Set();
function diffInventories(base, head, files) {
  const changes = [];
  const positionOf = (set, model, i) => set.models[i]?.name === model.name ? i : set.indexByName.get(model.name);
  const sameNames = base !== null && base.indexByName === head.indexByName;
  for (let i = 0; i < head.models.length; i++) {
    const after = head.models[i];
    const index = sameNames ? i : base ? positionOf(base, after, i) : void 0;
    if (index === void 0) {
      changes.push(simpleChange(after, "added"));
      continue;
    }
    const skip = base.invalidFields?.size || head.invalidFields?.size ? /* @__PURE__ */ new Set([
      ...base.invalidFields?.get(after.name) ?? NONE,
      ...head.invalidFields?.get(after.name) ?? NONE
    ]) : NONE;
    const change = compareModels(base.models[index], after, files, skip);
    if (change) changes.push(change);
  }
  if (!sameNames) {
    base?.models.forEach((before, i) => {
      if (positionOf(head, before, i) === void 0) changes.push(simpleChange(before, "removed"));
    });
  }
  return changes.sort((a, b) => compareNames(a.model, b.model));
}
function simpleChange(model, kind) {
  return {
    model: model.name,
    kind,
    layer: model.layer,
    reasons: [],
    metadataOnly: false,
    fields: /* @__PURE__ */ Object.create(null)
  };
}
function compareModels(before, after, files, skip) {
  const same = sameEntry(before, after);
  if (same && !files.touched(before.path, after.path)) return void 0;
  let fields;
  const note = (key, change) => {
    if (change && !skip.has(key)) {
      (fields ??= /* @__PURE__ */ Object.create(null))[key] = change;
    }
  };
  let shared = 0;
  for (const key of same ? [] : Object.keys(after)) {
    if (key === "name") continue;
    if (Object.prototype.hasOwnProperty.call(before, key)) shared++;
    note(key, compareField(key, own(before, key), after[key]));
  }
  const beforeKeys = same ? [] : Object.keys(before);
  if (beforeKeys.length - 1 > shared) {
    for (const key of beforeKeys) {
      if (key !== "name" && !Object.prototype.hasOwnProperty.call(after, key)) {
        note(key, compareField(key, before[key], void 0));
      }
    }
  }
  const basePath = normalizePath(before.path);
  const headPath = normalizePath(after.path);
  const movedTo = files.renamedTo.get(basePath);
  if (!fields?.path && movedTo !== void 0 && movedTo !== basePath) {
    note("path", { before: before.path, after: movedTo });
  }
  const sqlChanged = files.contentChanged.has(basePath) || files.contentChanged.has(headPath);
  if (!fields && !sqlChanged) return void 0;
  const pureMove = !sqlChanged && fields?.path !== void 0 && movedTo !== void 0 && movedTo !== basePath && !Object.keys(fields).some((key) => key !== "path" && ANCHORING_REASONS.has(key));
  const sortedFields = /* @__PURE__ */ Object.create(null);
  const names = fields ? Object.keys(fields).sort(compareNames) : [];
  for (const name of names) sortedFields[name] = fields[name];
  const reasons = sqlChanged ? ["sql", ...names] : names;
  return {
    model: after.name,
    kind: pureMove ? "moved" : "modified",
    layer: after.layer,
    reasons,
    metadataOnly: pureMove || !reasons.some((reason) => ANCHORING_REASONS.has(reason)),
    fields: sortedFields
  };
}
function sameEntry(before, after) {
  if (before === after) return true;
  let keys = 0;
  for (const key in after) {
    keys++;
    const a = after[key];
    const b = own(before, key);
    if (a === b) continue;
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  }
  for (const _ in before) keys--;
  return keys === 0;
}
function compareField(key, before, after) {
  if (before === after) return void 0;
  return LIST_FIELD_SET.has(key) ? compareLists(before, after) : compareValues(before, after);
}
function compareLists(before, after) {
  const a = before ?? [];
  const b = after ?? [];
  if (a.length === b.length && a.every((item, i) => item === b[i])) return void 0;
  const inBefore = new Set(a);
  const inAfter = new Set(b);
  const added = [...inAfter].filter((item) => !inBefore.has(item)).sort(compareNames);
  const removed = [...inBefore].filter((item) => !inAfter.has(item)).sort(compareNames);
  if (added.length === 0 && removed.length === 0) return void 0;
  return { added, removed };
}
function compareValues(before, after) {
  if (sameValue(before, after)) return void 0;
  return { before: reportable(before), after: reportable(after) };
}
var MAX_REPORTED_DEPTH = 256;
function reportable(value) {
  if (value === void 0) return null;
  const pending = [[value, 0]];
  while (pending.length > 0) {
    const [x, depth] = pending.pop();
    if (typeof x !== "object" || x === null) continue;
    if (depth >= MAX_REPORTED_DEPTH)
      return `(a value nested deeper than ${MAX_REPORTED_DEPTH} levels: not shown)`;
    for (const child of Object.values(x)) pending.push([child, depth + 1]);
  }
  return value;
}
var Punctuation = class {
  constructor(text) {
    this.text = text;
  }
  text;
};
function previewJson(value, max) {
  let out = "";
  const stack = [value];
  while (stack.length > 0 && out.length <= max) {
    const item = stack.pop();
    if (item instanceof Punctuation) {
      out += item.text;
    } else if (Array.isArray(item)) {
      out += "[";
      stack.push(new Punctuation("]"));
      for (let i = item.length - 1; i >= 0; i--) {
        stack.push(item[i]);
        if (i > 0) stack.push(new Punctuation(","));
      }
    } else if (item && typeof item === "object") {
      out += "{";
      stack.push(new Punctuation("}"));
      const keys = Object.keys(item).sort(compareNames);
      for (let i = keys.length - 1; i >= 0; i--) {
        stack.push(item[keys[i]]);
        stack.push(new Punctuation(`${JSON.stringify(keys[i])}:`));
        if (i > 0) stack.push(new Punctuation(","));
      }
    } else {
      out += JSON.stringify(item) ?? "null";
    }
  }
  return out.length > max || stack.length > 0 ? `${out.slice(0, max)}…` : out;
}
function own(model, key) {
  return Object.prototype.hasOwnProperty.call(model, key) ? model[key] : void 0;
}
function sameValue(a, b) {
  const pending = [[a, b]];
  while (pending.length > 0) {
    const [x, y] = pending.pop();
    if (x === y) continue;
    if (typeof x !== "object" || typeof y !== "object" || x === null || y === null) return false;
    if (Array.isArray(x) !== Array.isArray(y)) return false;
    const xKeys = Object.keys(x);
    if (xKeys.length !== Object.keys(y).length) return false;
    for (const key of xKeys) {
      if (!Object.prototype.hasOwnProperty.call(y, key)) return false;
      pending.push([x[key], y[key]]);
    }
  }
  return true;
}

export {
  modelSet,
  diffInventories,
  previewJson,
  sameValue
};
