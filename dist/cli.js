#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ConfigError,
  GitError,
  ManifestError,
  VERSION,
  applySync,
  assemble,
  buildAuditReport,
  buildDiffReport,
  changedFilesBetween,
  createScanCache,
  dbtFileFilter,
  diffScans,
  listTree,
  manifestLineage,
  mergeBase,
  parseConfig,
  readAtCommit,
  readBlobs,
  readTree,
  resolveCommit,
  scanRepository,
  unifiedPatch,
  writeJson
} from "./chunks/chunk-K2XPZFRV.js";
import "./chunks/chunk-HP6CS56Z.js";
import {
  ChangedFilesError,
  FAIL_ON,
  LINEAGE_SOURCES,
  RULES,
  SyncInputError,
  codeView,
  columnOptions,
  describePath,
  describePlan,
  isEmptyPlan,
  layerRules,
  parseChangedFiles,
  parseInventory,
  planSync
} from "./chunks/chunk-2ZPJCRUR.js";
import "./chunks/chunk-MCUOUGCM.js";
import {
  COLUMNS_BUDGET_SECONDS,
  FORMATS,
  USAGE,
  UsageError,
  oneOf,
  parseCommandArgs
} from "./chunks/chunk-O2V5VQC6.js";
import {
  neutralizeControls
} from "./chunks/chunk-6UJO2GYM.js";
import "./chunks/chunk-HDHW62PR.js";
import "./chunks/chunk-JXAXO3BT.js";
import "./chunks/chunk-HW2WQZXP.js";
import "./chunks/chunk-5FNQ5K7F.js";
import "./chunks/chunk-EQVOFDNJ.js";
import "./chunks/chunk-ZPQE6JQE.js";
import "./chunks/chunk-3LNE3NSN.js";
import "./chunks/chunk-PY5VAGIZ.js";

// src/cli/main.ts
import { readFileSync } from "node:fs";
import { resolve as resolve2 } from "node:path";

// src/columns/text.ts
var LISTED = 25;
var NAMES = 5;
var LINE = 200;
function list(names) {
  const shown = names.slice(0, NAMES).map(neutralizeControls).join(", ");
  return names.length > NAMES ? `${shown} and ${names.length - NAMES} more` : shown;
}
function clip(s) {
  return s.length <= LINE ? s : `${s.slice(0, LINE - 1)}…`;
}
function columnTextLines(report) {
  const changes = report.changes.filter((c) => c.category !== void 0);
  if (changes.length === 0) return [];
  const unaffected = /* @__PURE__ */ new Map();
  for (const m of report.impact.models) {
    const from = m.path[0];
    if (m.reach === "unaffected" && from !== void 0)
      unaffected.set(from, (unaffected.get(from) ?? 0) + 1);
  }
  const out = [`Columns (${changes.length} classified):`];
  for (const c of changes.slice(0, LISTED)) {
    const parts = [];
    if (c.columns?.removed.length) parts.push(`removed ${list(c.columns.removed)}`);
    if (c.columns?.modified.length) parts.push(`redefined ${list(c.columns.modified)}`);
    if (c.columns?.added.length) parts.push(`added ${list(c.columns.added)}`);
    if (parts.length === 0 || c.category === "unknown" || c.category === "model-wide")
      parts.unshift(neutralizeControls(c.categoryReasons?.[0] ?? ""));
    const n = unaffected.get(c.model) ?? 0;
    if (n > 0) parts.push(`${n} consumer${n === 1 ? "" : "s"} unaffected`);
    out.push(
      clip(`  ${neutralizeControls(c.model)} — ${c.category}: ${parts.filter(Boolean).join("; ")}`)
    );
  }
  if (changes.length > LISTED)
    out.push(`  … and ${changes.length - LISTED} more (--format json lists all)`);
  return out;
}

// src/render/text.ts
var KIND_MARK = { added: "+", removed: "-", modified: "~", moved: ">" };
var LISTED2 = 25;
var NAME_WIDTH = 48;
var LAYER_WIDTH = 16;
var MESSAGE_LENGTH = 300;
var PATH_LENGTH = 120;
function renderDiffText(report, options = {}) {
  const { summary } = report;
  const out = [];
  out.push(`dbt blast radius — ${title(report)}`, verdictLine(summary, "diff"));
  out.push(...notes(options.notes));
  out.push(...lineageLines(report));
  const ignored = summary.ignored ?? 0;
  if (ignored > 0)
    out.push(
      `Note: ${plural(ignored, "change")} ignored by config (ignore: globs over model paths).`
    );
  out.push("");
  const cosmetic = report.changes.filter(isCosmetic);
  const listedChanges = report.changes.filter((change) => !isCosmetic(change));
  if (listedChanges.length === 0) {
    out.push(cosmetic.length > 0 ? "No model changes beyond cosmetic edits." : "No model changes.");
  } else {
    const perChange = new Map(report.impact.perChange.map((p) => [p.model, p]));
    const changes = [...listedChanges].sort(
      (a, b) => (perChange.get(b.model)?.total ?? -1) - (perChange.get(a.model)?.total ?? -1) || compare(a.model, b.model)
    );
    const shown = changes.slice(0, LISTED2);
    out.push(`Changed models (${listedChanges.length}), widest reach first:`);
    out.push(
      ...columns(
        ["", "model", "layer", "reach", "direct", "change"],
        shown.map((change) => {
          const reach = perChange.get(change.model);
          const reasons = change.reasons.map((reason) => reasonText(change, reason)).join(", ");
          const moved = reach === void 0 ? "" : (reach.gained.length > 0 ? `; now feeds ${reach.gained.length} more` : "") + (reach.lost.length > 0 ? `; no longer feeds ${reach.lost.length}` : "");
          return [
            KIND_MARK[change.kind],
            name(change.model),
            layer(change.layer),
            reach ? `${reach.estimated ? "~" : ""}${reach.total}` : "-",
            reach ? String(reach.direct) : "-",
            clip2(
              (reasons || change.kind) + (change.metadataOnly ? " (metadata only)" : "") + moved,
              PATH_LENGTH
            )
          ];
        }),
        [false, false, false, true, true, false]
      )
    );
    if (changes.length > LISTED2)
      out.push(`  … and ${changes.length - LISTED2} more (--format json lists all)`);
    out.push(
      "  (reach: models downstream of the change; direct: its direct consumers; ~ an estimate)"
    );
    const columnLines = columnTextLines(report);
    if (columnLines.length > 0) out.push("", ...columnLines);
  }
  if (cosmetic.length > 0) {
    out.push(
      "",
      `Cosmetic edits (${cosmetic.length}: whitespace or comments only, they anchor nothing):`,
      ...wrap(
        "",
        cosmetic.slice(0, LISTED2).map((c) => name(c.model)),
        cosmetic.length - LISTED2
      )
    );
  }
  const macros = report.lineage?.macros ?? [];
  if (macros.length > 0) {
    out.push("", `Macros changed (${macros.length}):`);
    for (const macro of macros.slice(0, LISTED2))
      out.push(
        `  ${KIND_MARK[macro.kind]} ${name(macro.macro)} (${clip2(clean(macro.path), 80)}): ` + (macro.callers === 0 ? "no model calls it — anchors nothing" : `called by ${plural(macro.callers, "model")}, directly or through other macros`)
      );
    if (macros.length > LISTED2) out.push(`  … and ${macros.length - LISTED2} more`);
  }
  out.push("");
  const impacted = report.impact.models;
  out.push(
    `Blast radius: ${plural(impacted.length, "model")} downstream` + (summary.attributionImpacted > 0 ? `, ${summary.attributionImpacted} in attribution layers` : "") + (summary.affected !== void 0 ? `; ${summary.affected} affected by the columns changed` : "")
  );
  const layers = Object.entries(report.impact.byLayer);
  if (layers.length > 0)
    out.push(
      ...wrap(
        "by layer: ",
        layers.slice(0, LISTED2).map(([l, n]) => `${layer(l)} ${n}`),
        layers.length - LISTED2
      )
    );
  const markCodeOnly = report.lineage?.sources.includes("inventory") ?? false;
  if (impacted.length > 0) {
    out.push(
      ...columns(
        ["depth", "model", "layer", "reached via"],
        impacted.slice(0, LISTED2).map((model) => [
          String(model.depth),
          name(model.model),
          layer(model.layer ?? (report.lineage ? "-" : "external")),
          via(model) + (markCodeOnly && model.notInInventory ? " (not in the inventory)" : "")
        ]),
        [true, false, false, false]
      )
    );
  }
  if (impacted.length > LISTED2)
    out.push(`  … and ${impacted.length - LISTED2} more (--format json lists all)`);
  if (markCodeOnly) {
    const codeOnly = impacted.filter((model) => model.notInInventory).length;
    if (codeOnly > 0)
      out.push(
        `  ${plural(codeOnly, "model")} reached through a step only the code proves (not in the inventory)`
      );
  }
  out.push("", ...renderFindings(report.findings, "diff"));
  return out.join("\n") + "\n";
}
function renderAuditText(report, options = {}) {
  const { audit, summary } = report;
  const out = [
    `dbt blast radius — audit of ${clean(report.inventory.path)}${auditSource(report)}`,
    verdictLine(summary, "audit"),
    ...notes(options.notes),
    "",
    `${report.inventory.head.models} models, ${audit.externals} external nodes, ${audit.edges} edges`,
    "",
    "Models and metadata coverage by layer (* attribution layer):",
    ...columns(
      ["layer", "models", "description", "dependencies", "concepts"],
      audit.layers.map((l) => [
        layer(l.layer) + (l.attribution ? " *" : ""),
        String(l.models),
        pct(l.withDescription, l.models),
        pct(l.withDependencies, l.models),
        pct(l.withConcepts, l.models)
      ]),
      [false, true, true, true, true]
    ),
    "",
    "Largest blast radius:"
  ];
  if (audit.hubs.length === 0) out.push("  (no model feeds another)");
  else
    out.push(
      ...columns(
        ["reach", "direct", "model", "layer"],
        audit.hubs.map((hub) => [
          `${hub.estimated ? "~" : ""}${hub.reach}`,
          String(hub.direct),
          name(hub.model),
          layer(hub.layer)
        ]),
        [true, true, false, false]
      )
    );
  out.push("");
  if (audit.attributionMap.length === 0) {
    out.push(
      "Attribution map: no model is in an attribution layer (set attribution-layers in the config)."
    );
  } else {
    out.push(
      "Attribution map:",
      ...columns(
        ["reach", "feeds", "model", "layer", "concepts"],
        audit.attributionMap.map((entry) => [
          `${entry.estimated ? "~" : ""}${entry.reach}`,
          String(entry.consumers.length),
          name(entry.model),
          layer(entry.layer),
          clip2(entry.concepts.map(clean).join(", "), PATH_LENGTH)
        ]),
        [true, true, false, false, false]
      )
    );
  }
  if (options.lineage) out.push("", ...auditLineageLines(options.lineage));
  out.push("", `Orphans (no consumers, not reporting): ${audit.orphans.length}`);
  if (audit.orphans.length > 0)
    out.push(...wrap("", audit.orphans.slice(0, LISTED2).map(name), audit.orphans.length - LISTED2));
  out.push("", ...renderFindings(report.findings, "audit"));
  if (options.recommendations && options.recommendations.length > 0) {
    out.push("", "Recommendations:");
    for (const item of options.recommendations) out.push(`  - ${clip2(clean(item), 400)}`);
  }
  return out.join("\n") + "\n";
}
function auditLineageLines(lineage) {
  const out = [
    `Lineage: ${lineage.sources.join(" + ")} — ${plural(lineage.projects.length, "dbt project")}` + (lineage.projects.length > 0 ? ` (${clip2(lineage.projects.slice(0, 10).map(clean).join(", "), 200)})` : "") + `: ${plural(lineage.nodes, "node")}, ${plural(lineage.edges, "edge")}, ${lineage.notInInventory} not in the inventory, ${plural(lineage.unresolved, "unresolved reference")}`
  ];
  const shown = lineage.unresolvedReferences.slice(0, LISTED2);
  for (const problem of shown)
    out.push(
      `  ${problem.rule}: ${clip2(clean(problem.message), MESSAGE_LENGTH)} (${clip2(clean(problem.file), 80)}:${problem.line})`
    );
  if (lineage.unresolved > shown.length)
    out.push(
      `  … and ${lineage.unresolved - shown.length} more (blast-radius lineage --format json lists all)`
    );
  return out;
}
function renderFindings(findings, mode) {
  if (findings.length === 0) return ["No findings."];
  const out = [`Findings (${findings.length}):`];
  const shown = mode === "audit" ? findings.slice(0, LISTED2 * 4) : findings;
  for (const f of shown) {
    const where = f.file && f.line ? ` (${clip2(clean(f.file), 80)}:${f.line})` : "";
    const ack = f.acknowledged ? " [acknowledged]" : "";
    out.push(
      ...wrapWords(
        `  ${f.severity.toUpperCase().padEnd(7)} ${f.rule}${ack}: ${clip2(clean(f.message.replace(/`/g, "")), MESSAGE_LENGTH)}${where}`,
        "            "
      )
    );
  }
  if (shown.length < findings.length)
    out.push(`  … and ${findings.length - shown.length} more (--format json lists all)`);
  const advice = [
    ...new Set(findings.filter((f) => f.severity !== "notice").map((f) => f.rule))
  ].map((rule) => `  - ${rule}: ${RULES[rule].fix}`);
  if (advice.length > 0) out.push("", "What to do:", ...advice);
  return out;
}
function verdictLine(summary, mode) {
  const counts = `${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")}, ${plural(summary.notices, "notice")}`;
  const ack = summary.acknowledged ? " — warnings acknowledged, counted as notices" : "";
  const what = mode === "audit" ? "Audit" : "Verdict";
  return `${what}: ${summary.verdict.toUpperCase()} (fail-on: ${summary.failOn}) — ${counts}${ack}`;
}
function title(report) {
  const { base, head, path } = report.inventory;
  const side = (s) => s === null ? "none" : clip2(clean(s.ref ?? s.file ?? "?"), 80);
  if (head.absent) return `the dbt project's code at ${side(head)}, no inventory`;
  if (head.ref !== null || (base?.ref ?? null) !== null)
    return `${clip2(clean(path), 100)} (${side(base)} → ${side(head)})`;
  return `${side(base)} → ${side(head)}`;
}
function lineageLines(report) {
  const lineage = report.lineage;
  if (!lineage) return ["Lineage: the inventory"];
  const projects = lineage.projects.slice(0, 10).map(clean).join(", ");
  const more = lineage.projects.length > 10 ? ` and ${lineage.projects.length - 10} more` : "";
  return [
    `Lineage: ${lineage.sources.join(" + ")} — ${plural(lineage.projects.length, "dbt project")}` + (projects ? ` (${clip2(projects, 200)}${more})` : "") + `, ${plural(lineage.nodes, "node")}, ${plural(lineage.edges, "edge")} from the code` + (lineage.unresolved > 0 ? `, ${plural(lineage.unresolved, "unresolved reference")}` : "")
  ];
}
function isCosmetic(change) {
  return change.metadataOnly && change.reasons.length > 0 && change.reasons.every((reason) => reason === "sql-format");
}
function reasonText(change, reason) {
  if (reason === "macro" && change.macros && change.macros.length > 0)
    return `macro: ${listNames(change.macros)} changed`;
  if (reason === "var" && change.vars && change.vars.length > 0)
    return `var: ${listNames(change.vars)} changed`;
  return clean(reason);
}
function listNames(names) {
  const shown = names.slice(0, 3).map((n) => clip2(clean(n), 40));
  return shown.join(", ") + (names.length > 3 ? ` and ${names.length - 3} more` : "");
}
function auditSource(report) {
  const head = report.inventory.head;
  if (head.ref !== null) return ` at ${clip2(clean(head.ref), 80)}`;
  if (head.file !== void 0 && head.file !== report.inventory.path)
    return ` (${clip2(clean(head.file), 100)})`;
  return "";
}
function notes(list2) {
  return (list2 ?? []).map((note) => `Note: ${clean(note)}`);
}
function columns(header, rows, right) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => `  ${cells.map(
    (cell, i) => i === cells.length - 1 && !right[i] ? cell : right[i] ? cell.padStart(widths[i]) : cell.padEnd(widths[i])
  ).join("  ")}`.trimEnd();
  return [line(header), ...rows.map(line)];
}
function wrapWords(text, indent) {
  const lines = [];
  let line = "";
  for (const word of text.split(/(?<=\S) (?=\S)/)) {
    if (line !== "" && line.length + 1 + word.length > 100) {
      lines.push(line);
      line = indent + word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines;
}
function wrap(lead, items, more) {
  const all = more > 0 ? [...items, `… and ${more} more`] : [...items];
  const lines = [];
  let line = `  ${lead}`;
  all.forEach((item, i) => {
    const piece = `${item}${i < all.length - 1 ? "," : ""}`;
    if (line.trim() !== lead.trim() && line.length + 1 + piece.length > 100) {
      lines.push(line.trimEnd());
      line = `    ${piece}`;
    } else line += `${line.endsWith(" ") ? "" : " "}${piece}`;
  });
  lines.push(line.trimEnd());
  return lines;
}
function via(model) {
  return clip2(
    describePath(model, (step) => clip2(clean(step), 40)),
    PATH_LENGTH
  );
}
function name(value) {
  return clipMiddle(clean(value), NAME_WIDTH);
}
function layer(value) {
  return clipMiddle(clean(value), LAYER_WIDTH);
}
var clean = neutralizeControls;
function clip2(value, max) {
  if (value.length <= max) return value;
  const cut = safeCut(value, max - 1);
  return `${cut}… (+${value.length - cut.length} characters)`;
}
function clipMiddle(value, max) {
  if (value.length <= max) return value;
  const half = Math.floor((max - 1) / 2);
  return `${safeCut(value, half)}…${value.slice(value.length - (max - 1 - half)).replace(/^[\udc00-\udfff]/, "")}`;
}
function safeCut(value, length) {
  const cut = value.slice(0, length);
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
}
function plural(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function pct(part, whole) {
  return `${part}/${whole}`;
}

// src/cli/output.ts
var OutputError = class extends Error {
};
var PIECE = 1 << 20;
function streamWriter(stream) {
  let failure;
  stream.on("error", (error) => failure ??= error);
  const fail = (error) => {
    throw toOutputError(error);
  };
  return async (text) => {
    let start = 0;
    while (start < text.length) {
      if (failure) fail(failure);
      let end = Math.min(start + PIECE, text.length);
      if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--;
      let ready = false;
      try {
        ready = stream.write(start === 0 && end === text.length ? text : text.slice(start, end));
      } catch (error) {
        fail(error);
      }
      if (!ready) await drained(stream, () => failure);
      start = end;
    }
    if (failure) fail(failure);
  };
}
function drained(stream, failed) {
  return new Promise((resolve3, reject) => {
    const existing = failed();
    if (existing) return reject(toOutputError(existing));
    const done = () => {
      stream.off("drain", done);
      stream.off("error", done);
      stream.off("close", done);
      const error = failed();
      if (error) reject(toOutputError(error));
      else resolve3();
    };
    stream.on("drain", done);
    stream.on("error", done);
    stream.on("close", done);
  });
}
function isHighSurrogate(code) {
  return code >= 55296 && code <= 56319;
}
var WHY = {
  ENOSPC: "no space left on the device",
  ENOBUFS: "the system ran out of buffer space",
  EIO: "an input/output error",
  EAGAIN: "the output is not ready",
  EPIPE: "the reader closed the pipe",
  EBADF: "the output is closed"
};
function toOutputError(error) {
  if (error instanceof OutputError) return error;
  const code = error?.code;
  const why = (code && WHY[code]) ?? (error instanceof Error ? error.message : String(error));
  return new OutputError(`cannot write the output: ${why}${code ? ` (${code})` : ""}`);
}

// src/cli/inventory-sync.ts
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
var SYNC_USAGE = `Usage: blast-radius inventory sync [options]

Brings the inventory in line with the dbt project's code: adds the models it lacks (layer from
"layers:" in the config), sets dependency lists from the code's refs and sources (only on entries
that have lists), removes entries whose file is gone, updates moved paths. Every curated field,
the entry order, key order and indentation are kept. A second run changes nothing.

Options:
  --repo DIR         the repository (default: the current directory)
  --ref REF          read the code and the inventory at this commit instead of the work tree
  --inventory PATH   the inventory's path in the repository (default: config "inventory:")
  --config FILE      configuration (default: .github/blast-radius.yml in the repository)
  --write            write the synced inventory into the work tree
  --check            exit 1 when a sync would change the inventory (for CI)
  --format F         patch (default), text or json: what is printed
  -h, --help         this help`;
var OPTIONS = {
  repo: { type: "string" },
  ref: { type: "string" },
  inventory: { type: "string" },
  config: { type: "string" },
  write: { type: "boolean" },
  check: { type: "boolean" },
  format: { type: "string" },
  help: { type: "boolean", short: "h" }
};
var SYNC_FORMATS = ["patch", "text", "json"];
var REPOSITORY_CONFIG = ".github/blast-radius.yml";
var SKIPPED = /* @__PURE__ */ new Set([".git", "node_modules", "dbt_packages", "dbt_modules", "target", "logs"]);
var MAX_FILES = 2e5;
var MAX_BYTES = 512 * 1024 * 1024;
async function inventorySyncCommand(argv, io) {
  let args;
  try {
    args = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError(
      `${error.message.split(".")[0]} (see blast-radius inventory sync --help)`
    );
  }
  if (args.help) {
    await io.stdout(`${SYNC_USAGE}
`);
    return 0;
  }
  if (args.write && args.check) throw new UsageError("use --write or --check, not both");
  const format = args.format ?? "patch";
  if (!SYNC_FORMATS.includes(format))
    throw new UsageError(`--format must be one of ${SYNC_FORMATS.join(", ")} (got "${format}")`);
  const repo = resolve(io.cwd, args.repo ?? ".");
  const commit = args.ref === void 0 ? null : await resolveCommit(repo, args.ref);
  const files = commit === null ? await readWorkTree(repo) : (await readTree(repo, commit, syncFilter)).files;
  const config = await loadConfig(args.config, args.inventory, io.cwd, files);
  const inventoryPath = config.inventory;
  const before = files.get(inventoryPath);
  if (before === void 0)
    throw new SyncInputError(
      `the inventory ${inventoryPath} does not exist ${commit === null ? "in the work tree" : `at ${args.ref}`}: create it with {"models": []} and run sync again, or set --inventory`
    );
  const scan = scanRepository(files, { fingerprints: false });
  if (scan.projects.length === 0)
    throw new SyncInputError(
      `no dbt_project.yml in ${commit === null ? repo : args.ref}: sync reads the dbt project's code`
    );
  const layers = layerRules(config);
  const plan = planSync(before, codeView(scan, layers), { layers });
  const after = isEmptyPlan(plan) ? before : applySync(before, plan);
  const changed = after !== before;
  if (format === "json") {
    await io.stdout(`${JSON.stringify({ inventory: inventoryPath, changed, plan }, null, 2)}
`);
  } else if (format === "text") {
    const lines = describePlan(plan).map((line) => neutralizeControls(line));
    await io.stdout(
      changed ? `${inventoryPath}: ${lines.length} change${lines.length === 1 ? "" : "s"}
${lines.map((l) => `  ${l}`).join("\n")}
` : `${inventoryPath} is in sync with the code.
`
    );
  } else if (changed && !args.write) {
    await io.stdout(unifiedPatch(inventoryPath, before, after));
  }
  if (args.write && changed) {
    await writeFile(join(repo, inventoryPath), after);
    io.stderr(`blast-radius: wrote ${inventoryPath} (${describePlan(plan).length} changes)
`);
  }
  if (args.check && changed) {
    io.stderr(
      `blast-radius: ${inventoryPath} is out of sync with the code — run: blast-radius inventory sync --write
`
    );
    return 1;
  }
  if (!changed && format === "patch" && !args.check)
    io.stderr(`blast-radius: ${inventoryPath} is in sync with the code
`);
  return 0;
}
function syncFilter(path) {
  return dbtFileFilter(path) || path.endsWith(".json");
}
async function loadConfig(path, inventory, cwd, files) {
  const overrides = inventory === void 0 ? {} : { inventory };
  if (path !== void 0)
    return parseConfig(await readFile(resolve(cwd, path), "utf8"), path, overrides);
  const text = files.get(REPOSITORY_CONFIG) ?? null;
  return parseConfig(text, text === null ? "(defaults)" : REPOSITORY_CONFIG, overrides);
}
async function readWorkTree(root) {
  const files = /* @__PURE__ */ new Map();
  let bytes = 0;
  const walk = async (dir) => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      throw new SyncInputError(`cannot read ${dir}: ${error.message}`);
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED.has(entry.name)) await walk(path);
        continue;
      }
      const name2 = relative(root, path).split(sep).join("/");
      if (!entry.isFile() || !syncFilter(name2)) continue;
      if (files.size >= MAX_FILES)
        throw new SyncInputError(`more than ${MAX_FILES} files under ${root}: run sync with --ref`);
      const text = await readFile(path, "utf8");
      bytes += text.length;
      if (bytes > MAX_BYTES)
        throw new SyncInputError(`more than ${MAX_BYTES >> 20} MiB of files under ${root}`);
      files.set(name2, text);
    }
  };
  await walk(root);
  return files;
}

// src/cli/code.ts
function lineageSources(flags, config) {
  const asked = flags && flags.length > 0 ? flags.map((flag) => oneOf(flag, LINEAGE_SOURCES, "lineage")) : config?.lineage ?? ["auto"];
  const set = new Set(asked);
  const auto = set.has("auto");
  return { inventory: auto || set.has("inventory"), code: auto || set.has("code"), asked };
}
function hasProject(files) {
  for (const path of files.keys())
    if (path === "dbt_project.yml" || path.endsWith("/dbt_project.yml")) return true;
  return false;
}
function renamesOf(changed) {
  const renames = /* @__PURE__ */ new Map();
  for (const file of changed)
    if (file.status === "R" && file.oldPath !== void 0) renames.set(file.oldPath, file.path);
  return renames;
}
async function readCodeInput(repo, base, head, changed) {
  const [b, h] = await Promise.all([listTree(repo, base), listTree(repo, head)]);
  if (!b.some(isProjectFile) && !h.some(isProjectFile)) return null;
  const blobs = await readBlobs(
    repo,
    [...b, ...h].map((entry) => entry.blob)
  );
  return codeInputOf(assemble(b, blobs), assemble(h, blobs), changed);
}
function isProjectFile(entry) {
  return entry.path === "dbt_project.yml" || entry.path.endsWith("/dbt_project.yml");
}
function codeInputOf(base, head, changed) {
  const atBase = hasProject(base.files);
  const atHead = hasProject(head.files);
  if (!atBase && !atHead) return null;
  const cache = createScanCache();
  const baseScan = atBase ? scanRepository(base.files, { cache, blobIds: base.blobIds }) : null;
  const headScan = scanRepository(head.files, { cache, blobIds: head.blobIds });
  return {
    base: baseScan,
    head: headScan,
    changes: baseScan ? diffScans(baseScan, headScan, renamesOf(changed)) : [],
    // Kept for column analysis (--columns), which renders and parses the models' SQL.
    baseFiles: base.files,
    headFiles: head.files
  };
}
async function readCodeAt(repo, commit) {
  return (await readCodeFilesAt(repo, commit))?.scan ?? null;
}
async function readCodeFilesAt(repo, commit) {
  const entries = await listTree(repo, commit);
  if (!entries.some(isProjectFile)) return null;
  const tree = assemble(
    entries,
    await readBlobs(
      repo,
      entries.map((entry) => entry.blob)
    )
  );
  return {
    scan: scanRepository(tree.files, { blobIds: tree.blobIds, fingerprints: false }),
    files: tree.files
  };
}

// src/cli/main.ts
var InputError = class extends Error {
};
async function main(argv, io) {
  const stdout = async (text) => {
    try {
      await io.stdout(text);
    } catch (error) {
      throw toOutputError(error);
    }
  };
  try {
    return await dispatch(argv, { ...io, stdout });
  } catch (error) {
    if (error instanceof UsageError || error instanceof InputError || error instanceof GitError || error instanceof ConfigError || error instanceof ChangedFilesError || error instanceof SyncInputError || error instanceof OutputError) {
      io.stderr(
        error.message.split("\n").map((line) => `blast-radius: ${neutralizeControls(line)}
`).join("")
      );
    } else {
      const message = error instanceof Error ? error.message : String(error);
      io.stderr(
        `blast-radius: internal error: ${message} — please report it with the command you ran
`
      );
      if (process.env.BLAST_RADIUS_DEBUG) io.stderr(`${error.stack}
`);
    }
    return 2;
  }
}
async function dispatch(argv, io) {
  const [command, ...rest] = argv;
  if (command === "--version" || command === "-v") {
    await io.stdout(`${VERSION}
`);
    return 0;
  }
  if (command === void 0 || command === "--help" || command === "-h" || command === "help") {
    await io.stdout(`${USAGE.main}
`);
    return command === void 0 ? 2 : 0;
  }
  if (command === "diff") return diffCommand(rest, io);
  if (command === "audit") return auditCommand(rest, io);
  if (command === "inventory") {
    const [sub, ...more] = rest;
    if (sub === "sync") return inventorySyncCommand(more, io);
    throw new UsageError(
      `unknown command "inventory ${sub ?? ""}" — expected inventory sync (see blast-radius inventory sync --help)`
    );
  }
  if (command === "lineage") return lineageCommand(rest, io);
  throw new UsageError(
    `unknown command "${command}" — expected diff, audit, lineage or inventory sync (see blast-radius --help)`
  );
}
async function diffCommand(argv, io) {
  const args = parseCommandArgs("diff", argv);
  if (args.help) {
    await io.stdout(`${USAGE.diff}
`);
    return 0;
  }
  const format = outputFormat(args.format);
  const failOn = oneOf(args["fail-on"], FAIL_ON, "fail-on");
  const gitMode = args.base !== void 0 || args.head !== void 0;
  const fileMode = args["base-file"] !== void 0 || args["head-file"] !== void 0;
  if (gitMode && fileMode) {
    throw new UsageError(
      "use either --base/--head (git mode) or --base-file/--head-file (file mode), not both"
    );
  }
  if (!gitMode && !fileMode) {
    throw new UsageError(
      "diff needs --base REF --head REF (git mode) or --base-file A --head-file B (file mode)"
    );
  }
  let input;
  let config;
  let commits;
  const notes2 = [];
  if (gitMode) {
    if (args.base === void 0 || args.head === void 0) {
      throw new UsageError(
        `git mode needs both --base and --head (missing --${args.base === void 0 ? "base" : "head"})`
      );
    }
    if (args["changed-files"] !== void 0) {
      throw new UsageError(
        "--changed-files is for file mode; in git mode the changed files come from git"
      );
    }
    const repo = resolve2(io.cwd, args.repo ?? ".");
    const [baseTip, head2] = await Promise.all([
      resolveCommit(repo, args.base, refAdvice(args.base)),
      resolveCommit(repo, args.head, refAdvice(args.head))
    ]);
    config = await loadConfig2(args.config, failOn, args.inventory, io.cwd, {
      repo,
      commit: baseTip,
      ref: args.base,
      notes: notes2
    });
    const common = await mergeBase(repo, baseTip, head2);
    const base = common ?? baseTip;
    notes2.push(
      common === null ? `${args.base} and ${args.head} have no common ancestor in ${repo} (a shallow clone? fetch more history): compared from ${args.base} itself.` : common === baseTip ? `Compared from ${args.base} (${short(baseTip)}), the merge base of ${args.base} and ${args.head}.` : `Compared from the merge base of ${args.base} and ${args.head}, ${short(common)}, as the action does: commits on ${args.base} since the branch point are not part of this change.`
    );
    commits = { base, head: head2 };
    input = await gitDiffInput(
      repo,
      { base, head: head2 },
      args.base,
      args.head,
      config.inventory,
      lineageSources(args.lineage, config),
      notes2
    );
  } else {
    if (args.lineage !== void 0 && !lineageSources(args.lineage, void 0).inventory)
      throw new UsageError(
        "--lineage code reads the dbt project from git: use --base/--head (git mode)"
      );
    if (args.repo !== void 0 || args.inventory !== void 0) {
      throw new UsageError(
        "--repo and --inventory are for git mode; file mode reads --base-file and --head-file"
      );
    }
    config = await loadConfig2(args.config, failOn, void 0, io.cwd);
    input = await fileDiffInput(
      io.cwd,
      args["base-file"],
      args["head-file"],
      args["changed-files"]
    );
  }
  if (args["base-manifest"] !== void 0 || args["head-manifest"] !== void 0) {
    if (args["head-manifest"] === void 0)
      throw new UsageError("--base-manifest needs --head-manifest (the head side is required)");
    const read = async (path) => {
      try {
        return manifestLineage(await readText(resolve2(io.cwd, path), path), path);
      } catch (error) {
        if (error instanceof ManifestError) throw new InputError(error.message);
        throw error;
      }
    };
    const headManifest = await read(args["head-manifest"]);
    const baseManifest = args["base-manifest"] === void 0 ? headManifest : await read(args["base-manifest"]);
    input = { ...input, manifest: { base: baseManifest, head: headManifest } };
  }
  if (args.columns) {
    const { withColumnImpact } = await import("./chunks/attach-AU4KEEK2.js");
    const { shippedChildScript } = await import("./chunks/isolated-JB2W4QDX.js");
    input = await withColumnImpact(
      input,
      columnOptions(config),
      shippedChildScript() === void 0 ? void 0 : {}
    );
  }
  const report = buildDiffReport(input, config, { acknowledged: args.acknowledged ?? false });
  const head = input.head.inventory;
  const context = {
    ...renderConfig(config),
    ...commits && { baseSha: commits.base, headSha: commits.head },
    ...head?.usable && { headModels: head }
  };
  if (format === "json") await writeJsonTo(report, io);
  else if (format === "text")
    await io.stdout(renderDiffText(report, notes2.length > 0 ? { notes: notes2 } : {}));
  else {
    const markdown = await markdownRenderers();
    const noted = await markdownNotes(notes2);
    await io.stdout(
      noted.text + (format === "markdown" ? markdown.renderComment(report, context, {
        maxLength: markdown.COMMENT_LIMIT - noted.text.length
      }) : markdown.renderSummary(report, context, {
        maxLength: markdown.SUMMARY_LIMIT - noted.bytes
      }))
    );
  }
  return exitCode(report, io);
}
async function auditCommand(argv, io) {
  const args = parseCommandArgs("audit", argv);
  if (args.help) {
    await io.stdout(`${USAGE.audit}
`);
    return 0;
  }
  const format = outputFormat(args.format);
  const failOn = oneOf(args["fail-on"], FAIL_ON, "fail-on");
  if (args.ref !== void 0 && args.file !== void 0)
    throw new UsageError("use either --ref or --file, not both");
  const repo = resolve2(io.cwd, args.repo ?? ".");
  const notes2 = [];
  let inventory;
  let config;
  let ref = null;
  let file;
  let commit;
  let lineage;
  let codeScan;
  if (args.ref === void 0 && args.lineage !== void 0) {
    if (!lineageSources(args.lineage, void 0).inventory)
      throw new UsageError("--lineage code reads the dbt project from git: use --ref REF");
  }
  if (args.ref !== void 0) {
    commit = await resolveCommit(repo, args.ref, refAdvice(args.ref));
    config = await loadConfig2(args.config, failOn, args.inventory, io.cwd, {
      repo,
      commit,
      ref: args.ref,
      notes: notes2
    });
    const text = await readAtCommit(repo, commit, config.inventory);
    if (text === null)
      throw new InputError(`${config.inventory} does not exist at ${args.ref} in ${repo}`);
    inventory = parseInventory(text, config.inventory);
    ref = args.ref;
    const sources = lineageSources(args.lineage, config);
    if (sources.code) {
      const scan = await readCodeAt(repo, commit);
      if (scan === null)
        notes2.push(`Lineage: the inventory only — no dbt_project.yml at ${args.ref}.`);
      else codeScan = scan;
      if (scan !== null)
        lineage = auditLineage(
          (await import("./chunks/lineage-graph-AN5NFSQZ.js")).lineageGraph({
            ref: args.ref,
            scan,
            models: inventory.usable ? inventory.models : null,
            layers: layerRules(config)
          })
        );
    }
  } else {
    config = await loadConfig2(args.config, failOn, args.inventory, io.cwd);
    file = args.file ?? resolve2(repo, config.inventory);
    const text = await readText(resolve2(io.cwd, file), file).catch((error) => {
      if (args.file !== void 0 || !(error instanceof InputError)) throw error;
      throw new InputError(
        `${error.message} — audit a file with --file F, or a commit with --ref REF`
      );
    });
    inventory = parseInventory(text, file);
  }
  const report = buildAuditReport(
    {
      inventoryPath: args.file ?? config.inventory,
      ref,
      ...file !== void 0 && { file },
      inventory,
      toolVersion: VERSION,
      ...codeScan && { code: codeScan }
    },
    config
  );
  if (format === "json") {
    const withLineage = lineage ? { ...report, lineage } : report;
    await writeJsonTo(withLineage, io);
  } else if (format === "text")
    await io.stdout(
      renderAuditText(report, {
        recommendations: await auditRecommendations(report, config),
        ...notes2.length > 0 && { notes: notes2 },
        ...lineage && { lineage }
      })
    );
  else {
    const { renderAudit, SUMMARY_LIMIT } = await markdownRenderers();
    const noted = await markdownNotes(notes2);
    await io.stdout(
      noted.text + renderAudit(
        report,
        { ...renderConfig(config), ...commit && { headSha: commit } },
        { maxLength: SUMMARY_LIMIT - noted.bytes }
      )
    );
  }
  return exitCode(report, io);
}
function auditLineage(graph) {
  return {
    sources: graph.sources,
    projects: graph.projects.map((project) => project.name),
    nodes: graph.nodes.length,
    edges: graph.edges.length,
    notInInventory: graph.edges.filter((edge) => !edge.provenance.includes("inventory")).length,
    unresolved: graph.unresolved.length,
    unresolvedReferences: graph.unresolved.slice(0, AUDIT_UNRESOLVED)
  };
}
var AUDIT_UNRESOLVED = 100;
var LINEAGE_FORMATS = ["text", "json", "mermaid"];
async function lineageCommand(argv, io) {
  const args = parseCommandArgs("lineage", argv);
  if (args.help) {
    await io.stdout(`${USAGE.lineage}
`);
    return 0;
  }
  const format = oneOf(args.format, LINEAGE_FORMATS, "format") ?? "text";
  if (args["columns-budget"] !== void 0 && !args.columns)
    throw new UsageError("--columns-budget goes with --columns");
  if (args.columns && format === "mermaid")
    throw new UsageError(
      "lineage --columns prints json or text: a column graph does not fit a mermaid picture (use --format json)"
    );
  const budget = args.columns ? columnsBudget(args["columns-budget"]) : 0;
  if (args.columns && args.lineage !== void 0 && !lineageSources(args.lineage, void 0).code)
    throw new UsageError(
      "lineage --columns reads the dbt project's code: drop --lineage inventory"
    );
  const repo = resolve2(io.cwd, args.repo ?? ".");
  const ref = args.ref ?? "HEAD";
  const commit = await resolveCommit(repo, ref, refAdvice(ref));
  const notes2 = [];
  const config = await loadConfig2(args.config, void 0, args.inventory, io.cwd, {
    repo,
    commit,
    ref,
    notes: notes2
  });
  if (args.columns) return lineageColumns(repo, commit, ref, budget, format, notes2, io, config);
  const sources = lineageSources(args.lineage, config);
  const graph = await lineageAt(repo, commit, ref, config, sources);
  if (graph.sources.length === 0) {
    throw new InputError(
      sources.code && sources.inventory ? `neither ${config.inventory} nor a dbt_project.yml exists at ${ref} in ${repo}` : sources.code ? `no dbt_project.yml at ${ref} in ${repo} — use --lineage inventory` : `${config.inventory} does not exist at ${ref} in ${repo} — set --inventory, or use --lineage code`
    );
  }
  const { lineageMermaid, lineageText } = await import("./chunks/lineage-graph-AN5NFSQZ.js");
  if (format === "json") await io.stdout(`${JSON.stringify(graph, null, 2)}
`);
  else if (format === "mermaid") await io.stdout(lineageMermaid(graph));
  else
    await io.stdout(
      `${notes2.map((note) => `Note: ${neutralizeControls(note)}
`).join("")}${lineageText(graph)}`
    );
  return 0;
}
function columnsBudget(value) {
  if (value === void 0) return COLUMNS_BUDGET_SECONDS * 1e3;
  const seconds = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || !(seconds > 0) || seconds > 86400)
    throw new UsageError(
      `--columns-budget must be a number of seconds (0 < S ≤ 86400), got "${value}"`
    );
  return Math.round(seconds * 1e3);
}
async function lineageColumns(repo, commit, ref, totalMs, format, notes2, io, config) {
  const [{ columnLineage }, output] = await Promise.all([
    import("./chunks/lineage-THS4HWXM.js"),
    import("./chunks/lineage-columns-L47SFUJI.js")
  ]);
  const { isolatedColumnLineage, shippedChildScript, warmWorkers } = await import("./chunks/isolated-JB2W4QDX.js");
  const { maxModels: _diffBudget, ...settings } = columnOptions(config);
  const request = readCodeFilesAt(repo, commit).then((code) => {
    if (code === null)
      throw new InputError(
        `no dbt_project.yml at ${ref} in ${repo}: --columns needs a dbt project`
      );
    return {
      input: { ref, scan: code.scan, files: code.files },
      // one polyglot worker per core, at most four: as many as the child warms
      options: { totalMs, workers: warmWorkers(), ...settings }
    };
  });
  const lineage = shippedChildScript() === void 0 ? await request.then((r) => columnLineage(r.input, r.options)) : await isolatedColumnLineage(request);
  if (process.env.BLAST_RADIUS_DEBUG) {
    const t = lineage.timing;
    const s = (ms) => `${(ms / 1e3).toFixed(1)} s`;
    io.stderr(
      `blast-radius: columns: ${s(t.wall)} wall; render ${s(t.render)}, parse ${s(t.parse)}, analysis ${s(t.analysis)}, structure ${s(t.structure)}
`
    );
  }
  if (format === "json") {
    const chunks = output.columnLineageJsonChunks(lineage);
    for (let i = 0; i < chunks.length; i++) {
      const chunk = chunks[i];
      chunks[i] = "";
      await io.stdout(chunk);
    }
  } else await io.stdout(output.columnLineageText(lineage, notes2));
  return 0;
}
async function lineageAt(repo, commit, ref, config, sources) {
  const [scan, text] = await Promise.all([
    sources.code ? readCodeAt(repo, commit) : null,
    sources.inventory ? readAtCommit(repo, commit, config.inventory) : null
  ]);
  let models = null;
  if (text !== null) {
    const inventory = parseInventory(text, config.inventory);
    if (!inventory.usable) {
      const problem = inventory.problems[0];
      throw new InputError(
        `not a usable inventory: ${config.inventory}${problem ? `: ${problem.message}` : ""}`
      );
    }
    models = inventory.models;
  }
  const { lineageGraph } = await import("./chunks/lineage-graph-AN5NFSQZ.js");
  return lineageGraph({ ref, scan, models, layers: layerRules(config) });
}
function exitCode(report, io) {
  if (!report.inventory.head.usable) {
    const problem = report.findings.find((f) => f.rule === "inventory/invalid" && f.file !== null);
    io.stderr(
      `blast-radius: not a usable inventory: ${neutralizeControls(problem?.message ?? report.inventory.path)}
`
    );
    return 2;
  }
  return report.summary.verdict === "fail" ? 1 : 0;
}
async function writeJsonTo(report, io) {
  const chunks = [];
  writeJson(report, (chunk) => chunks.push(chunk));
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i];
    chunks[i] = "";
    await io.stdout(chunk);
  }
}
async function auditRecommendations(report, config) {
  const [{ recommendations }, { resolve: resolveContext }] = await Promise.all([
    import("./chunks/audit-WFXDGHYG.js"),
    import("./chunks/context-VUK4XO6P.js")
  ]);
  return recommendations(report, resolveContext(renderConfig(config))).map(
    (item) => item.map((node) => plainText(node)).join("")
  );
}
function plainText(node) {
  if ("value" in node && typeof node.value === "string") return node.value;
  if ("children" in node && Array.isArray(node.children))
    return node.children.map(plainText).join("");
  return "";
}
function markdownRenderers() {
  return import("./chunks/markdown-FZFAUHWX.js");
}
function outputFormat(value) {
  return oneOf(value, FORMATS, "format") ?? "text";
}
function renderConfig(config) {
  return { attributionLayers: config["attribution-layers"], layerOrder: config["layer-order"] };
}
var REPOSITORY_CONFIG2 = ".github/blast-radius.yml";
async function loadConfig2(path, failOn, inventory, cwd, git) {
  const overrides = { "fail-on": failOn, inventory };
  if (path !== void 0) {
    git?.notes.push(`Config: ${path} (--config).`);
    return parseConfig(await readText(resolve2(cwd, path), path), path, overrides);
  }
  if (git) {
    const text = await readAtCommit(git.repo, git.commit, REPOSITORY_CONFIG2);
    git.notes.push(
      text === null ? `Config: the defaults (${REPOSITORY_CONFIG2} does not exist at ${git.ref}; --config FILE to use another).` : `Config: ${REPOSITORY_CONFIG2} at ${git.ref} (${short(git.commit)}), as the action reads it; --config FILE to use another.`
    );
    if (text !== null) return parseConfig(text, `${git.ref}:${REPOSITORY_CONFIG2}`, overrides);
  }
  return parseConfig(null, "(defaults)", overrides);
}
function refAdvice(ref) {
  const remote = /^([\w.-]+)\/(.+)$/.exec(ref);
  return remote ? `check the name (git branch -a), or fetch it: git fetch ${remote[1]} ${remote[2]}` : "check the name (git branch -a, git log --oneline), or fetch it: git fetch origin";
}
function short(sha) {
  return sha.slice(0, 7);
}
async function markdownNotes(notes2) {
  if (notes2.length === 0) return { text: "", bytes: 0 };
  const [{ toMarkdown }, { paragraph, text, untrusted }] = await Promise.all([
    import("./chunks/stringify-LKGXYF66.js"),
    import("./chunks/nodes-JU2A53CD.js")
  ]);
  const markdown = `${toMarkdown([
    {
      type: "blockquote",
      children: notes2.map((note) => paragraph(text("ℹ️ "), untrusted(note, 400)))
    }
  ])}
`;
  return { text: markdown, bytes: Buffer.byteLength(markdown) };
}
async function gitDiffInput(repo, { base, head }, baseRef, headRef, inventoryPath, sources, notes2) {
  const [baseText, headText, changedFiles] = await Promise.all([
    sources.inventory ? readAtCommit(repo, base, inventoryPath) : null,
    sources.inventory ? readAtCommit(repo, head, inventoryPath) : null,
    changedFilesBetween(repo, base, head)
  ]);
  const code = sources.code ? await readCodeInput(repo, base, head, changedFiles) : null;
  if (sources.code && code === null && !sources.inventory) {
    throw new InputError(
      `--lineage code: no dbt_project.yml at ${baseRef} or ${headRef} in ${repo} — use --lineage inventory`
    );
  }
  if (sources.inventory && baseText === null && headText === null && code === null) {
    throw new InputError(
      `${inventoryPath} exists at neither ${baseRef} nor ${headRef}, and neither has a dbt_project.yml — set --inventory or "inventory:" in the config`
    );
  }
  const note = lineageNote(
    sources,
    code !== null,
    baseText !== null || headText !== null,
    inventoryPath
  );
  if (note !== null) notes2.push(note);
  const headInventory = headText === null ? null : parseInventory(headText, inventoryPath);
  return {
    inventoryPath,
    base: {
      ref: baseRef,
      inventory: baseText === null ? null : parseInventory(baseText, inventoryPath, headInventory ?? void 0)
    },
    head: { ref: headRef, inventory: headInventory },
    changedFiles,
    toolVersion: VERSION,
    ...code && { code }
  };
}
function lineageNote(sources, code, inventory, inventoryPath) {
  if (sources.code && !code)
    return "Lineage: the inventory only — no dbt_project.yml at either commit, so no code lineage.";
  if (sources.inventory && !inventory)
    return `Lineage: the dbt project's code only — ${inventoryPath} exists at neither commit.`;
  return null;
}
async function fileDiffInput(cwd, baseFile, headFile, changedFilesPath) {
  const read = (file) => file === void 0 ? null : readText(resolve2(cwd, file), file);
  const [baseText, headText] = await Promise.all([read(baseFile), read(headFile)]);
  const head = headText === null ? null : parseInventory(headText, headFile);
  const base = baseText === null ? null : parseInventory(baseText, baseFile, head ?? void 0);
  let changedFiles = [];
  if (changedFilesPath !== void 0) {
    changedFiles = parseChangedFiles(
      await readText(resolve2(cwd, changedFilesPath), changedFilesPath),
      changedFilesPath
    );
  }
  return {
    inventoryPath: headFile ?? baseFile,
    base: { ref: null, ...baseFile !== void 0 && { file: baseFile }, inventory: base },
    head: { ref: null, ...headFile !== void 0 && { file: headFile }, inventory: head },
    changedFiles,
    toolVersion: VERSION
  };
}
async function readText(path, shown) {
  try {
    return readFileSync(path).toString("utf8");
  } catch (error) {
    const code = error.code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : code === "EACCES" ? "permission denied" : error.message;
    throw new InputError(`cannot read ${shown}: ${why}`);
  }
}

// src/cli.ts
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit();
});
process.exitCode = await main(process.argv.slice(2), {
  stdout: streamWriter(process.stdout),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd()
});
