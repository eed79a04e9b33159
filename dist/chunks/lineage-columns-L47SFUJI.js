import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  neutralizeControls
} from "./chunk-6UJO2GYM.js";
import "./chunk-PY5VAGIZ.js";

// src/cli/lineage-columns.ts
var j = (v) => JSON.stringify(v);
function modelJson(m) {
  const lines = [
    `    {`,
    `      "name": ${j(m.name)},`,
    `      "kind": ${j(m.kind)},`,
    `      "project": ${j(m.project)},`,
    `      "path": ${j(m.path)},`,
    `      "status": ${j(m.status)},`
  ];
  if (m.unknown !== void 0) lines.push(`      "unknown": ${j(m.unknown)},`);
  if (m.incomplete !== void 0) lines.push(`      "incomplete": ${j(m.incomplete)},`);
  if (m.truncated) lines.push(`      "truncated": true,`);
  lines.push(`      "reads": ${j(m.reads)},`);
  const list = (key, items, last) => {
    const end = last ? "" : ",";
    if (items.length === 0) {
      lines.push(`      "${key}": []${end}`);
      return;
    }
    lines.push(`      "${key}": [`);
    items.forEach((x, i) => lines.push(`        ${j(x)}${i < items.length - 1 ? "," : ""}`));
    lines.push(`      ]${end}`);
  };
  list("columns", m.columns, false);
  list("rowAffecting", m.rowAffecting, true);
  lines.push("    }");
  return lines.join("\n");
}
function columnLineageJsonChunks(lineage) {
  const head = [
    "{",
    `  "schemaVersion": ${lineage.schemaVersion},`,
    `  "mode": ${j(lineage.mode)},`,
    `  "ref": ${j(lineage.ref)},`,
    `  "dialects": ${j(lineage.dialects)},`,
    `  "limits": ${j(lineage.limits)},`,
    `  "summary": ${j(lineage.summary)},`,
    lineage.models.length === 0 ? '  "models": []' : '  "models": ['
  ].join("\n");
  const chunks = [`${head}
`];
  lineage.models.forEach(
    (m, i) => chunks.push(`${modelJson(m)}${i < lineage.models.length - 1 ? "," : ""}
`)
  );
  chunks.push(lineage.models.length === 0 ? "}\n" : "  ]\n}\n");
  return chunks;
}
var TEXT_MODELS = 500;
var TEXT_COLUMNS = 100;
var LINE = 300;
var REFS = 8;
function clip(s) {
  return s.length <= LINE ? s : `${s.slice(0, LINE - 1)}…`;
}
var clean = (s) => neutralizeControls(s);
function refs(xs) {
  const shown = xs.slice(0, REFS).map((x) => `${clean(x.node)}.${clean(x.column)}`);
  return xs.length > REFS ? `${shown.join(", ")} and ${xs.length - REFS} more` : shown.join(", ");
}
function columnLineageSummaryLines(lineage) {
  const s = lineage.summary;
  const reasons = Object.entries(s.unknownByReason).map(([k, n]) => `${n} ${k}`).join(", ");
  return [
    `${s.models} models: ${s.analysed} analysed, ${s.complete} complete, ${s.partial} partial, ${s.unknown} unknown${reasons ? ` (${reasons})` : ""}`
  ];
}
function columnLineageText(lineage, notes = []) {
  const out = notes.map((n) => `Note: ${clean(n)}`);
  out.push(`dbt blast radius — column lineage at ${clean(lineage.ref)}`);
  const dialects = Object.entries(lineage.dialects);
  if (dialects.length > 0)
    out.push(`Dialects: ${dialects.map(([p, d]) => `${clean(p)} ${d}`).join(", ")}`);
  out.push(...columnLineageSummaryLines(lineage), "");
  for (const m of lineage.models.slice(0, TEXT_MODELS)) {
    out.push(clip(`${clean(m.name)} (${m.kind}, ${clean(m.path)}) — ${m.status}`));
    if (m.unknown !== void 0) {
      out.push(clip(`  unknown: ${clean(m.unknown)}`));
      continue;
    }
    for (const reason of (m.incomplete ?? []).slice(0, 3))
      out.push(clip(`  partial: ${clean(reason)}`));
    for (const c of m.columns.slice(0, TEXT_COLUMNS)) {
      const from = c.upstream.length > 0 ? refs(c.upstream) : "(no upstream column)";
      out.push(clip(`  ${clean(c.name)} ← ${from} [${c.transform}]`));
    }
    if (m.columns.length > TEXT_COLUMNS)
      out.push(`  … and ${m.columns.length - TEXT_COLUMNS} more columns`);
    if (m.rowAffecting.length > 0) {
      const byContext = /* @__PURE__ */ new Map();
      for (const r of m.rowAffecting) {
        const list = byContext.get(r.context) ?? [];
        list.push(r);
        byContext.set(r.context, list);
      }
      for (const [context, list] of byContext) out.push(clip(`  rows (${context}): ${refs(list)}`));
    }
  }
  if (lineage.models.length > TEXT_MODELS)
    out.push(`… and ${lineage.models.length - TEXT_MODELS} more models (--format json lists all)`);
  if (lineage.models.length === 0) out.push("(no models)");
  return `${out.join("\n")}
`;
}
export {
  TEXT_COLUMNS,
  TEXT_MODELS,
  columnLineageJsonChunks,
  columnLineageSummaryLines,
  columnLineageText
};
