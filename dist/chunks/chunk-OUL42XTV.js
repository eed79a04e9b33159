import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  defaultConfig
} from "./chunk-2ZPJCRUR.js";
import {
  compareNames
} from "./chunk-3LNE3NSN.js";

// src/render/markdown/context.ts
function fullReportIsIn(context) {
  const action = (context.surface ?? (context.runUrl ? "action" : "cli")) === "action";
  if (action)
    return {
      short: "the job summary of the workflow run has everything",
      sentence: `The job summary of ${context.runUrl ? "the workflow run linked below" : "the workflow run"} has the full report.`
    };
  return {
    short: "run with --format summary (or --format json) for everything",
    sentence: "Run with --format summary (or --format json) for the full report."
  };
}
var COMMENT_LIMIT = 65536;
var SUMMARY_LIMIT = 1024 * 1024;
function resolve(context) {
  const defaults = context.attributionLayers && context.layerOrder ? void 0 : defaultConfig();
  const attributionLayers = context.attributionLayers ?? defaults["attribution-layers"];
  const layerOrder = context.layerOrder ?? defaults["layer-order"];
  const rank = /* @__PURE__ */ new Map();
  layerOrder.forEach((layer, i) => rank.set(layer, i));
  const key = (layer) => layer === "external" ? Infinity : rank.get(layer) ?? 1e9;
  return {
    context,
    attribution: new Set(attributionLayers),
    attributionLayers,
    compareLayers: (a, b) => key(a) - key(b) || compareNames(a, b)
  };
}
function fmt(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
function plural(n, singular, pluralForm = `${singular}s`) {
  return `${fmt(n)} ${n === 1 ? singular : pluralForm}`;
}

export {
  fullReportIsIn,
  COMMENT_LIMIT,
  SUMMARY_LIMIT,
  resolve,
  fmt,
  plural
};
