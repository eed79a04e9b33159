#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ConfigError,
  GitError,
  VERSION,
  buildAuditReport,
  buildDiffReport,
  changedFilesBetween,
  parseConfig,
  parseInventory,
  readAtCommit,
  resolveCommit,
  writeJson
} from "./chunks/chunk-K3OJJL4I.js";
import {
  ChangedFilesError,
  FAIL_ON,
  didYouMean,
  parseChangedFiles
} from "./chunks/chunk-XXGMBTPN.js";
import "./chunks/chunk-PY5VAGIZ.js";

// src/cli/main.ts
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

// src/render/text.ts
var KIND_MARK = { added: "+", removed: "-", modified: "~" };
var LISTED = 25;
function renderDiffText(report) {
  const { summary } = report;
  const out = [];
  const base = report.inventory.base;
  const head = report.inventory.head;
  out.push(
    `dbt blast radius — ${report.inventory.path} (${label(base)} → ${label(head)})`,
    verdictLine(summary),
    ""
  );
  if (report.changes.length === 0) {
    out.push("No model changes.");
  } else {
    const perChange = new Map(report.impact.perChange.map((p) => [p.model, p]));
    out.push(`Changed models (${report.changes.length}):`);
    for (const change of report.changes) {
      const reach = perChange.get(change.model);
      const reasons = change.reasons.length > 0 ? ` ${change.reasons.join(", ")}` : "";
      const radius = reach ? ` → ${reach.direct} direct, ${reach.estimated ? "~" : ""}${reach.total} total` + (reach.gained.length > 0 ? `, +${reach.gained.length} gained` : "") + (reach.lost.length > 0 ? `, -${reach.lost.length} lost` : "") : change.metadataOnly ? " (metadata only)" : "";
      out.push(`  ${KIND_MARK[change.kind]} ${change.model} [${change.layer}]${reasons}${radius}`);
    }
  }
  out.push("");
  const impacted = report.impact.models;
  out.push(
    `Blast radius: ${impacted.length} model${impacted.length === 1 ? "" : "s"} downstream` + (summary.attributionImpacted > 0 ? `, ${summary.attributionImpacted} in attribution layers` : "")
  );
  const layers = Object.entries(report.impact.byLayer);
  if (layers.length > 0)
    out.push(`  by layer: ${layers.map(([layer, n]) => `${layer} ${n}`).join(", ")}`);
  for (const model of impacted.slice(0, LISTED)) {
    out.push(
      `  ${model.depth}  ${model.model} [${model.layer ?? "external"}]  via ${model.path.join(" → ")}`
    );
  }
  if (impacted.length > LISTED)
    out.push(`  … and ${impacted.length - LISTED} more (use --format json for all)`);
  out.push("", ...renderFindings(report.findings));
  return out.join("\n") + "\n";
}
function renderAuditText(report) {
  const { audit, summary } = report;
  const out = [
    `dbt blast radius — audit of ${report.inventory.path} (${label(report.inventory.head)})`,
    verdictLine(summary),
    "",
    `${report.inventory.head.models} models, ${audit.externals} external nodes, ${audit.edges} edges`,
    "",
    "Models and metadata coverage by layer:",
    "  layer          models  description  dependencies  concepts"
  ];
  for (const l of audit.layers) {
    out.push(
      `  ${(l.layer + (l.attribution ? " *" : "")).padEnd(14)} ${String(l.models).padStart(6)}  ${pct(l.withDescription, l.models).padStart(11)}  ${pct(l.withDependencies, l.models).padStart(12)}  ${pct(l.withConcepts, l.models).padStart(8)}`
    );
  }
  out.push("  (* attribution layer)", "", "Largest blast radius:");
  for (const hub of audit.hubs)
    out.push(
      `  ${String(hub.reach).padStart(6)}  ${hub.model} [${hub.layer}] (${hub.direct} direct)`
    );
  out.push("", "Attribution map:");
  for (const entry of audit.attributionMap) {
    out.push(
      `  ${entry.model} [${entry.layer}] reach ${entry.estimated ? "~" : ""}${entry.reach}, feeds ${entry.consumers.length}` + (entry.concepts.length > 0 ? ` — ${entry.concepts.join(", ")}` : "")
    );
  }
  out.push("", `Orphans (no consumers, not reporting): ${audit.orphans.length}`);
  if (audit.orphans.length > 0)
    out.push(
      `  ${audit.orphans.slice(0, LISTED).join(", ")}${audit.orphans.length > LISTED ? ", …" : ""}`
    );
  out.push("", ...renderFindings(report.findings));
  return out.join("\n") + "\n";
}
function renderFindings(findings) {
  if (findings.length === 0) return ["No findings."];
  const out = [`Findings (${findings.length}):`];
  for (const f of findings) {
    const where = f.file && f.line ? ` (${f.file}:${f.line})` : "";
    const ack = f.acknowledged ? " [acknowledged]" : "";
    out.push(
      `  ${f.severity.toUpperCase().padEnd(7)} ${f.rule}${ack}: ${f.message.replace(/`/g, "")}${where}`
    );
  }
  return out;
}
function verdictLine(summary) {
  const counts = `${summary.errors} error${summary.errors === 1 ? "" : "s"}, ${summary.warnings} warning${summary.warnings === 1 ? "" : "s"}, ${summary.notices} notice${summary.notices === 1 ? "" : "s"}`;
  const ack = summary.acknowledged ? " — warnings acknowledged, counted as notices" : "";
  return `Verdict: ${summary.verdict.toUpperCase()} (fail-on: ${summary.failOn}) — ${counts}${ack}`;
}
function label(side) {
  if (!side) return "none";
  return side.ref ?? side.file ?? "?";
}
function pct(part, whole) {
  return `${part}/${whole}`;
}

// src/cli/args.ts
import { parseArgs } from "node:util";
var UsageError = class extends Error {
};
var FORMATS = ["text", "json", "markdown", "summary"];
var common = {
  format: { type: "string" },
  config: { type: "string" },
  "fail-on": { type: "string" },
  repo: { type: "string" },
  inventory: { type: "string" },
  help: { type: "boolean", short: "h" }
};
var OPTIONS = {
  diff: {
    ...common,
    base: { type: "string" },
    head: { type: "string" },
    "base-file": { type: "string" },
    "head-file": { type: "string" },
    "changed-files": { type: "string" },
    acknowledged: { type: "boolean" }
  },
  audit: {
    ...common,
    ref: { type: "string" },
    file: { type: "string" }
  }
};
function parseCommandArgs(command, argv) {
  const options = OPTIONS[command];
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError(
      describeParseError(error, command, Object.keys(options))
    );
  }
}
function describeParseError(error, command, known) {
  const flag = /'([^']*)'/.exec(error.message)?.[1];
  switch (error.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION": {
      const name = flag?.replace(/^-+/, "").split("=")[0] ?? "";
      const hint = didYouMean(name, known);
      return `unknown option ${flag ?? ""} for "${command}"${hint ? ` — did you mean --${hint}?` : ""} (see blast-radius ${command} --help)`;
    }
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return `${error.message.split(".")[0]} (see blast-radius ${command} --help)`;
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `unexpected argument "${flag ?? ""}" — "${command}" takes only options (see blast-radius ${command} --help)`;
    default:
      return error.message;
  }
}
function oneOf(value, allowed, flag) {
  if (value === void 0) return void 0;
  if (allowed.includes(value)) return value;
  const hint = didYouMean(value, allowed);
  throw new UsageError(
    `--${flag} must be one of ${allowed.join(", ")}, got "${value}"${hint ? ` — did you mean ${hint}?` : ""}`
  );
}
var USAGE = {
  main: `Usage: blast-radius <command> [options]

Commands:
  diff    what a change touches and everything downstream of it
  audit   the whole inventory: coverage, consistency, hubs, attribution map

Run "blast-radius <command> --help" for its options. --version prints the version.
Exit codes: 0 pass, 1 policy failure, 2 unusable invocation or unreadable input.`,
  diff: `Usage:
  blast-radius diff --base REF --head REF [--repo DIR] [--inventory PATH]    (git mode)
  blast-radius diff --base-file A.json --head-file B.json [--changed-files LIST]    (file mode)

Options:
  --base, --head REF       commits to compare (git mode); the inventory and changed files come from git
  --repo DIR               repository (default: current directory)
  --inventory PATH         inventory path in the repository (default from config: dbt_model_inventory.json)
  --base-file, --head-file inventory files (file mode); a missing base file means every model is added
  --changed-files LIST     file with changed paths, one per line or "git diff --name-status -M" output
  --format FORMAT          text (default), json, markdown (the pull-request comment, at most
                           65,536 characters) or summary (the job summary: every section, 1 MiB)
  --config FILE            YAML config (see docs/configuration.md)
  --fail-on LEVEL          error (default), warning, never
  --acknowledged           warnings were acknowledged: count them as notices`,
  audit: `Usage:
  blast-radius audit [--ref REF | --file F] [--repo DIR] [--inventory PATH]

Options:
  --ref REF            audit the inventory at a commit (git)
  --file F             audit an inventory file
                       (default: the inventory path in the working tree of --repo)
  --repo DIR           repository (default: current directory)
  --inventory PATH     inventory path in the repository
  --format FORMAT      text (default), json, markdown or summary (the same markdown report)
  --config FILE        YAML config
  --fail-on LEVEL      error (default), warning, never`
};

// src/cli/main.ts
var InputError = class extends Error {
};
async function main(argv, io) {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof InputError || error instanceof GitError || error instanceof ConfigError || error instanceof ChangedFilesError) {
      io.stderr(`blast-radius: ${error.message}
`);
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
    io.stdout(`${VERSION}
`);
    return 0;
  }
  if (command === void 0 || command === "--help" || command === "-h" || command === "help") {
    io.stdout(`${USAGE.main}
`);
    return command === void 0 ? 2 : 0;
  }
  if (command === "diff") return diffCommand(rest, io);
  if (command === "audit") return auditCommand(rest, io);
  throw new UsageError(
    `unknown command "${command}" — expected diff or audit (see blast-radius --help)`
  );
}
async function diffCommand(argv, io) {
  const args = parseCommandArgs("diff", argv);
  if (args.help) {
    io.stdout(`${USAGE.diff}
`);
    return 0;
  }
  const format = outputFormat(args.format);
  const config = await loadConfig(args.config, args["fail-on"], args.inventory, io.cwd);
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
  let commits;
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
    ({ input, commits } = await gitDiffInput(
      resolve(io.cwd, args.repo ?? "."),
      args.base,
      args.head,
      config.inventory
    ));
  } else {
    if (args.repo !== void 0 || args.inventory !== void 0) {
      throw new UsageError(
        "--repo and --inventory are for git mode; file mode reads --base-file and --head-file"
      );
    }
    input = await fileDiffInput(
      io.cwd,
      args["base-file"],
      args["head-file"],
      args["changed-files"]
    );
  }
  const report = buildDiffReport(input, config, { acknowledged: args.acknowledged ?? false });
  const head = input.head.inventory;
  const context = {
    ...renderConfig(config),
    ...commits && { baseSha: commits.base, headSha: commits.head },
    ...head?.usable && { headModels: head }
  };
  if (format === "json") writeJson(report, io.stdout);
  else if (format === "text") io.stdout(renderDiffText(report));
  else {
    const markdown = await markdownRenderers();
    io.stdout(
      format === "markdown" ? markdown.renderComment(report, context) : markdown.renderSummary(report, context)
    );
  }
  return exitCode(report, io);
}
async function auditCommand(argv, io) {
  const args = parseCommandArgs("audit", argv);
  if (args.help) {
    io.stdout(`${USAGE.audit}
`);
    return 0;
  }
  const format = outputFormat(args.format);
  const config = await loadConfig(args.config, args["fail-on"], args.inventory, io.cwd);
  if (args.ref !== void 0 && args.file !== void 0)
    throw new UsageError("use either --ref or --file, not both");
  const repo = resolve(io.cwd, args.repo ?? ".");
  let inventory;
  let ref = null;
  let file;
  let commit;
  if (args.ref !== void 0) {
    commit = await resolveCommit(repo, args.ref);
    const text = await readAtCommit(repo, commit, config.inventory);
    if (text === null)
      throw new InputError(`${config.inventory} does not exist at ${args.ref} in ${repo}`);
    inventory = parseInventory(text, config.inventory);
    ref = args.ref;
  } else {
    file = args.file ?? resolve(repo, config.inventory);
    const text = await readText(resolve(io.cwd, file), file).catch((error) => {
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
      toolVersion: VERSION
    },
    config
  );
  if (format === "json") writeJson(report, io.stdout);
  else if (format === "text") io.stdout(renderAuditText(report));
  else {
    const { renderAudit } = await markdownRenderers();
    io.stdout(renderAudit(report, { ...renderConfig(config), ...commit && { headSha: commit } }));
  }
  return exitCode(report, io);
}
function exitCode(report, io) {
  if (!report.inventory.head.usable) {
    const problem = report.findings.find((f) => f.rule === "inventory/invalid" && f.file !== null);
    io.stderr(
      `blast-radius: not a usable inventory: ${problem?.message ?? report.inventory.path}
`
    );
    return 2;
  }
  return report.summary.verdict === "fail" ? 1 : 0;
}
function markdownRenderers() {
  return import("./chunks/markdown-FH2A5DF4.js");
}
function outputFormat(value) {
  return oneOf(value, FORMATS, "format") ?? "text";
}
function renderConfig(config) {
  return { attributionLayers: config["attribution-layers"], layerOrder: config["layer-order"] };
}
async function loadConfig(path, failOn, inventory, cwd) {
  const text = path === void 0 ? null : await readText(resolve(cwd, path), path);
  return parseConfig(text, path ?? "(defaults)", {
    "fail-on": oneOf(failOn, FAIL_ON, "fail-on"),
    inventory
  });
}
async function gitDiffInput(repo, baseRef, headRef, inventoryPath) {
  const [base, head] = await Promise.all([
    resolveCommit(repo, baseRef),
    resolveCommit(repo, headRef)
  ]);
  const [baseText, headText, changedFiles] = await Promise.all([
    readAtCommit(repo, base, inventoryPath),
    readAtCommit(repo, head, inventoryPath),
    changedFilesBetween(repo, base, head)
  ]);
  if (baseText === null && headText === null) {
    throw new InputError(
      `${inventoryPath} exists at neither ${baseRef} nor ${headRef} — set --inventory or "inventory:" in the config`
    );
  }
  const headInventory = headText === null ? null : parseInventory(headText, inventoryPath);
  const input = {
    inventoryPath,
    base: {
      ref: baseRef,
      inventory: baseText === null ? null : parseInventory(baseText, inventoryPath, headInventory ?? void 0)
    },
    head: { ref: headRef, inventory: headInventory },
    changedFiles,
    toolVersion: VERSION
  };
  return { input, commits: { base, head } };
}
async function fileDiffInput(cwd, baseFile, headFile, changedFilesPath) {
  const read = (file) => file === void 0 ? null : readText(resolve(cwd, file), file);
  const [baseText, headText] = await Promise.all([read(baseFile), read(headFile)]);
  const head = headText === null ? null : parseInventory(headText, headFile);
  const base = baseText === null ? null : parseInventory(baseText, baseFile, head ?? void 0);
  let changedFiles = [];
  if (changedFilesPath !== void 0) {
    changedFiles = parseChangedFiles(
      await readText(resolve(cwd, changedFilesPath), changedFilesPath),
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
  if (error.code !== "EPIPE") throw error;
  process.exit();
});
process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd()
});
