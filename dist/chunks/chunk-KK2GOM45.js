import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  fmt
} from "./chunk-OUL42XTV.js";
import {
  clip,
  escapeHtml,
  neutraliseCode,
  neutraliseText
} from "./chunk-AOXLXETT.js";

// src/render/markdown/nodes.ts
var MAX_VALUE = 200;
function text(value) {
  return { type: "text", value };
}
function untrusted(value, max = MAX_VALUE) {
  return { type: "text", value: neutraliseText(clip(value, max)) };
}
function code(value, max = MAX_VALUE) {
  const safe = neutraliseCode(clip(value, max));
  if (safe.trim() === "" || safe.trim() !== safe) return untrusted(value, max);
  return { type: "inlineCode", value: safe };
}
function trustedCode(value) {
  return { type: "inlineCode", value };
}
function strong(...children) {
  return { type: "strong", children };
}
function paragraph(...children) {
  return { type: "paragraph", children };
}
function heading(depth, ...children) {
  return { type: "heading", depth, children };
}
function list(items, ordered = false) {
  return { type: "list", ordered, spread: false, children: [...items] };
}
function listItem(...children) {
  return { type: "listItem", spread: false, children };
}
function link(url, ...children) {
  return { type: "link", url, children };
}
function table(align, header, rows) {
  const row = (cells) => ({
    type: "tableRow",
    children: cells.map((children) => ({ type: "tableCell", children }))
  });
  return {
    type: "table",
    align: [...align],
    children: [row(header.map((h) => [text(h)])), ...rows.map(row)]
  };
}
function joined(parts, separator) {
  const out = [];
  parts.forEach((part, i) => {
    if (i > 0) out.push(text(separator));
    out.push(...part);
  });
  return out;
}
var PATH_STEP_MAX = 80;
var PATH_END_STEPS = 4;
function pathShown(path) {
  const step = (name) => clip(name, PATH_STEP_MAX);
  if (path.length <= PATH_END_STEPS * 2 + 1) return { first: path.map(step), skipped: 0, last: [] };
  return {
    first: path.slice(0, PATH_END_STEPS).map(step),
    skipped: path.length - PATH_END_STEPS * 2,
    last: path.slice(path.length - PATH_END_STEPS).map(step)
  };
}
function stepsNodes(steps) {
  if (steps.length === 0) return [];
  const whole = code(steps.join(" → "), Infinity);
  if (whole.type === "inlineCode" && steps.every((step) => step.trim() === step && step !== ""))
    return [whole];
  return joined(
    steps.map((step) => [code(step, Infinity)]),
    " → "
  );
}
function pathNodes(path) {
  const { first, skipped, last } = pathShown(path);
  if (skipped === 0) return stepsNodes(first);
  return [...stepsNodes(first), text(` → … ${fmt(skipped)} more → `), ...stepsNodes(last)];
}
function pathWeight(path) {
  const { first, skipped, last } = pathShown(path);
  return skipped === 0 ? first.join(" → ") : `${first.join(" → ")} → … ${fmt(skipped)} more → ${last.join(" → ")}`;
}
function untrustedWith(value, suffix, max = MAX_VALUE) {
  return { type: "text", value: `${neutraliseText(clip(value, max))}${suffix}` };
}
function html(value) {
  return { type: "html", value };
}
function details(summary, children) {
  return [
    html(`<details><summary>${escapeHtml(summary)}</summary>`),
    ...children,
    html("</details>")
  ];
}
function small(...children) {
  return paragraph(html("<sub>"), ...children, html("</sub>"));
}
function markerNode(marker) {
  return html(marker);
}

export {
  MAX_VALUE,
  text,
  untrusted,
  code,
  trustedCode,
  strong,
  paragraph,
  heading,
  list,
  listItem,
  link,
  table,
  joined,
  pathNodes,
  pathWeight,
  untrustedWith,
  details,
  small,
  markerNode
};
