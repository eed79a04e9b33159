#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ConfigError,
  GitError,
  VERSION,
  buildAuditReport,
  buildDiffReport,
  changedFilesBetween,
  mergeBase,
  neutralizeControls,
  parseConfig,
  readAtCommit,
  resolveCommit,
  writeJson
} from "./chunks/chunk-ZGN4MRLU.js";
import "./chunks/chunk-QA6LSBHG.js";
import {
  ChangedFilesError,
  FAIL_ON,
  RULES,
  describePath,
  didYouMean,
  parseChangedFiles,
  parseInventory
} from "./chunks/chunk-CTL476SH.js";
import "./chunks/chunk-PY5VAGIZ.js";

// src/cli/main.ts
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

// src/render/text.ts
var KIND_MARK = { added: "+", removed: "-", modified: "~", moved: ">" };
var LISTED = 25;
var NAME_WIDTH = 48;
var LAYER_WIDTH = 16;
var MESSAGE_LENGTH = 300;
var PATH_LENGTH = 120;
function renderDiffText(report, options = {}) {
  const { summary } = report;
  const out = [];
  out.push(`dbt blast radius — ${title(report)}`, verdictLine(summary, "diff"));
  out.push(...notes(options.notes));
  const ignored = summary.ignored ?? 0;
  if (ignored > 0)
    out.push(
      `Note: ${plural(ignored, "change")} ignored by config (ignore: globs over model paths).`
    );
  out.push("");
  if (report.changes.length === 0) {
    out.push("No model changes.");
  } else {
    const perChange = new Map(report.impact.perChange.map((p) => [p.model, p]));
    const changes = [...report.changes].sort(
      (a, b) => (perChange.get(b.model)?.total ?? -1) - (perChange.get(a.model)?.total ?? -1) || compare(a.model, b.model)
    );
    const shown = changes.slice(0, LISTED);
    out.push(`Changed models (${report.changes.length}), widest reach first:`);
    out.push(
      ...columns(
        ["", "model", "layer", "reach", "direct", "change"],
        shown.map((change) => {
          const reach = perChange.get(change.model);
          const reasons = change.reasons.map(clean).join(", ");
          const moved = reach === void 0 ? "" : (reach.gained.length > 0 ? `; now feeds ${reach.gained.length} more` : "") + (reach.lost.length > 0 ? `; no longer feeds ${reach.lost.length}` : "");
          return [
            KIND_MARK[change.kind],
            name(change.model),
            layer(change.layer),
            reach ? `${reach.estimated ? "~" : ""}${reach.total}` : "-",
            reach ? String(reach.direct) : "-",
            clip(
              (reasons || change.kind) + (change.metadataOnly ? " (metadata only)" : "") + moved,
              PATH_LENGTH
            )
          ];
        }),
        [false, false, false, true, true, false]
      )
    );
    if (changes.length > LISTED)
      out.push(`  … and ${changes.length - LISTED} more (--format json lists all)`);
    out.push(
      "  (reach: models downstream of the change; direct: its direct consumers; ~ an estimate)"
    );
  }
  out.push("");
  const impacted = report.impact.models;
  out.push(
    `Blast radius: ${plural(impacted.length, "model")} downstream` + (summary.attributionImpacted > 0 ? `, ${summary.attributionImpacted} in attribution layers` : "")
  );
  const layers = Object.entries(report.impact.byLayer);
  if (layers.length > 0)
    out.push(
      ...wrap(
        "by layer: ",
        layers.slice(0, LISTED).map(([l, n]) => `${layer(l)} ${n}`),
        layers.length - LISTED
      )
    );
  if (impacted.length > 0) {
    out.push(
      ...columns(
        ["depth", "model", "layer", "reached via"],
        impacted.slice(0, LISTED).map((model) => [
          String(model.depth),
          name(model.model),
          layer(model.layer ?? "external"),
          via(model)
        ]),
        [true, false, false, false]
      )
    );
  }
  if (impacted.length > LISTED)
    out.push(`  … and ${impacted.length - LISTED} more (--format json lists all)`);
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
          clip(entry.concepts.map(clean).join(", "), PATH_LENGTH)
        ]),
        [true, true, false, false, false]
      )
    );
  }
  out.push("", `Orphans (no consumers, not reporting): ${audit.orphans.length}`);
  if (audit.orphans.length > 0)
    out.push(...wrap("", audit.orphans.slice(0, LISTED).map(name), audit.orphans.length - LISTED));
  out.push("", ...renderFindings(report.findings, "audit"));
  if (options.recommendations && options.recommendations.length > 0) {
    out.push("", "Recommendations:");
    for (const item of options.recommendations) out.push(`  - ${clip(clean(item), 400)}`);
  }
  return out.join("\n") + "\n";
}
function renderFindings(findings, mode) {
  if (findings.length === 0) return ["No findings."];
  const out = [`Findings (${findings.length}):`];
  const shown = mode === "audit" ? findings.slice(0, LISTED * 4) : findings;
  for (const f of shown) {
    const where = f.file && f.line ? ` (${clip(clean(f.file), 80)}:${f.line})` : "";
    const ack = f.acknowledged ? " [acknowledged]" : "";
    out.push(
      ...wrapWords(
        `  ${f.severity.toUpperCase().padEnd(7)} ${f.rule}${ack}: ${clip(clean(f.message.replace(/`/g, "")), MESSAGE_LENGTH)}${where}`,
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
  const side = (s) => s === null ? "none" : clip(clean(s.ref ?? s.file ?? "?"), 80);
  if (head.ref !== null || (base?.ref ?? null) !== null)
    return `${clip(clean(path), 100)} (${side(base)} → ${side(head)})`;
  return `${side(base)} → ${side(head)}`;
}
function auditSource(report) {
  const head = report.inventory.head;
  if (head.ref !== null) return ` at ${clip(clean(head.ref), 80)}`;
  if (head.file !== void 0 && head.file !== report.inventory.path)
    return ` (${clip(clean(head.file), 100)})`;
  return "";
}
function notes(list) {
  return (list ?? []).map((note) => `Note: ${clean(note)}`);
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
  return clip(
    describePath(model, (step) => clip(clean(step), 40)),
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
function clip(value, max) {
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
  return new Promise((resolve2, reject) => {
    const existing = failed();
    if (existing) return reject(toOutputError(existing));
    const done = () => {
      stream.off("drain", done);
      stream.off("error", done);
      stream.off("close", done);
      const error = failed();
      if (error) reject(toOutputError(error));
      else resolve2();
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
      const name2 = flag?.replace(/^-+/, "").split("=")[0] ?? "";
      const hint = didYouMean(name2, known);
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
Installed as both dbt-blast-radius and blast-radius.
Exit codes: 0 pass, 1 policy failure, 2 unusable invocation or unreadable input.`,
  diff: `Usage:
  blast-radius diff --base REF --head REF [--repo DIR] [--inventory PATH]    (git mode)
  blast-radius diff --base-file A.json --head-file B.json [--changed-files LIST]    (file mode)

Options:
  --base, --head REF       commits to compare (git mode), from their merge base as the action does;
                           the inventory and changed files come from git
  --repo DIR               repository (default: current directory)
  --inventory PATH         inventory path in the repository (default from config: dbt_model_inventory.json)
  --base-file, --head-file inventory files (file mode); a missing base file means every model is added
  --changed-files LIST     file with changed paths, one per line or "git diff --name-status -M" output
  --format FORMAT          text (default), json, markdown (the pull-request comment, at most
                           65,536 characters) or summary (the job summary: every section, 1 MiB)
  --config FILE            YAML config (see docs/configuration.md); in git mode the default is
                           the repository's .github/blast-radius.yml at --base
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
  --config FILE        YAML config; with --ref the default is .github/blast-radius.yml at REF
  --fail-on LEVEL      error (default), warning, never`
};

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
    if (error instanceof UsageError || error instanceof InputError || error instanceof GitError || error instanceof ConfigError || error instanceof ChangedFilesError || error instanceof OutputError) {
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
  throw new UsageError(
    `unknown command "${command}" — expected diff or audit (see blast-radius --help)`
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
    const repo = resolve(io.cwd, args.repo ?? ".");
    const [baseTip, head2] = await Promise.all([
      resolveCommit(repo, args.base, refAdvice(args.base)),
      resolveCommit(repo, args.head, refAdvice(args.head))
    ]);
    config = await loadConfig(args.config, failOn, args.inventory, io.cwd, {
      repo,
      commit: baseTip,
      ref: args.base,
      notes: notes2
    });
    const common2 = await mergeBase(repo, baseTip, head2);
    const base = common2 ?? baseTip;
    notes2.push(
      common2 === null ? `${args.base} and ${args.head} have no common ancestor in ${repo} (a shallow clone? fetch more history): compared from ${args.base} itself.` : common2 === baseTip ? `Compared from ${args.base} (${short(baseTip)}), the merge base of ${args.base} and ${args.head}.` : `Compared from the merge base of ${args.base} and ${args.head}, ${short(common2)}, as the action does: commits on ${args.base} since the branch point are not part of this change.`
    );
    commits = { base, head: head2 };
    input = await gitDiffInput(repo, { base, head: head2 }, args.base, args.head, config.inventory);
  } else {
    if (args.repo !== void 0 || args.inventory !== void 0) {
      throw new UsageError(
        "--repo and --inventory are for git mode; file mode reads --base-file and --head-file"
      );
    }
    config = await loadConfig(args.config, failOn, void 0, io.cwd);
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
  const repo = resolve(io.cwd, args.repo ?? ".");
  const notes2 = [];
  let inventory;
  let config;
  let ref = null;
  let file;
  let commit;
  if (args.ref !== void 0) {
    commit = await resolveCommit(repo, args.ref, refAdvice(args.ref));
    config = await loadConfig(args.config, failOn, args.inventory, io.cwd, {
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
  } else {
    config = await loadConfig(args.config, failOn, args.inventory, io.cwd);
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
  if (format === "json") await writeJsonTo(report, io);
  else if (format === "text")
    await io.stdout(
      renderAuditText(report, {
        recommendations: await auditRecommendations(report, config),
        ...notes2.length > 0 && { notes: notes2 }
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
    import("./chunks/audit-4SQEICOM.js"),
    import("./chunks/context-UQITZNIB.js")
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
  return import("./chunks/markdown-AHJXT6FP.js");
}
function outputFormat(value) {
  return oneOf(value, FORMATS, "format") ?? "text";
}
function renderConfig(config) {
  return { attributionLayers: config["attribution-layers"], layerOrder: config["layer-order"] };
}
var REPOSITORY_CONFIG = ".github/blast-radius.yml";
async function loadConfig(path, failOn, inventory, cwd, git) {
  const overrides = { "fail-on": failOn, inventory };
  if (path !== void 0) {
    git?.notes.push(`Config: ${path} (--config).`);
    return parseConfig(await readText(resolve(cwd, path), path), path, overrides);
  }
  if (git) {
    const text = await readAtCommit(git.repo, git.commit, REPOSITORY_CONFIG);
    git.notes.push(
      text === null ? `Config: the defaults (${REPOSITORY_CONFIG} does not exist at ${git.ref}; --config FILE to use another).` : `Config: ${REPOSITORY_CONFIG} at ${git.ref} (${short(git.commit)}), as the action reads it; --config FILE to use another.`
    );
    if (text !== null) return parseConfig(text, `${git.ref}:${REPOSITORY_CONFIG}`, overrides);
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
    import("./chunks/nodes-AEN5V5NA.js")
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
async function gitDiffInput(repo, { base, head }, baseRef, headRef, inventoryPath) {
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
  return {
    inventoryPath,
    base: {
      ref: baseRef,
      inventory: baseText === null ? null : parseInventory(baseText, inventoryPath, headInventory ?? void 0)
    },
    head: { ref: headRef, inventory: headInventory },
    changedFiles,
    toolVersion: VERSION
  };
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
  if (error.code === "EPIPE") process.exit();
});
process.exitCode = await main(process.argv.slice(2), {
  stdout: streamWriter(process.stdout),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd()
});
