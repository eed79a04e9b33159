import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  _enum,
  _maxLength,
  _minLength,
  _nonnegative,
  array,
  int,
  literal,
  number,
  optional,
  record,
  safeParse,
  strictObject,
  string
} from "./chunk-MCUOUGCM.js";
import {
  polyglotUrl
} from "./chunk-AWH5H23T.js";
import {
  DIALECTS
} from "./chunk-5FNQ5K7F.js";
import {
  compareNames
} from "./chunk-3LNE3NSN.js";

// src/isolation/isolated.ts
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { serialize } from "node:v8";

// src/columns/wire.ts
var MAX_TEXT = 4096;
var text = string().check(_maxLength(MAX_TEXT));
var texts = array(text);
var count = int().check(_nonnegative());
var columnImpactSchema = strictObject({
  changes: array(
    strictObject({
      model: text,
      category: _enum(["cosmetic", "additive", "column", "model-wide", "unknown"]),
      columns: optional(strictObject({ added: texts, removed: texts, modified: texts })),
      reasons: texts.check(_minLength(1))
    })
  ),
  models: array(
    strictObject({
      model: text,
      reach: _enum(["full", "columns", "unaffected"]),
      columns: optional(texts),
      reasons: texts
    })
  ),
  anchors: texts,
  contracts: array(
    strictObject({
      model: text,
      column: text,
      kind: _enum(["removed", "retyped", "not-produced"]),
      severity: literal("error"),
      message: text,
      file: text
    })
  ),
  dialects: record(text, _enum(DIALECTS)),
  analysed: count,
  skipped: count
});
function checked(schema, value, what) {
  const parsed = safeParse(schema, value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? `${issue.path.join(".")}: ${issue.message}`.slice(0, 200) : "invalid";
    throw new Error(`the isolated renderer's answer is not a ${what} (${where})`);
  }
  return parsed.data;
}
function checkColumnImpact(value) {
  return checked(columnImpactSchema, value, "column impact");
}
var upstream = strictObject({ node: text, column: text });
var ms = number().check(_nonnegative());
var modelLineageSchema = strictObject({
  name: text,
  kind: _enum(["model", "snapshot"]),
  project: text,
  path: text,
  status: _enum(["complete", "partial", "unknown"]),
  unknown: optional(text),
  incomplete: optional(texts),
  reads: texts,
  columns: array(
    strictObject({
      name: text,
      transform: text,
      upstream: array(upstream),
      truncated: optional(literal(true))
    })
  ),
  rowAffecting: array(
    strictObject({
      node: text,
      column: text,
      context: _enum(["filter", "join", "group", "having", "qualify", "distinct"])
    })
  ),
  truncated: optional(literal(true))
});
var columnLineageSchema = strictObject({
  schemaVersion: literal(1),
  mode: literal("lineage-columns"),
  ref: text,
  dialects: record(text, _enum(DIALECTS)),
  limits: strictObject({ timeoutMs: count, totalMs: count }),
  summary: strictObject({
    models: count,
    analysed: count,
    complete: count,
    partial: count,
    unknown: count,
    unknownByReason: record(text, count)
  }),
  models: array(modelLineageSchema),
  timing: strictObject({ wall: ms, render: ms, parse: ms, analysis: ms, structure: ms })
});
function checkModelLineage(value) {
  return checked(modelLineageSchema, value, "model of a column lineage");
}
function checkColumnLineage(value) {
  return checked(columnLineageSchema, value, "column lineage");
}

// src/isolation/isolated.ts
function shippedChildScript() {
  for (const rel of ["./columns-child.js", "../columns-child.js"]) {
    const url = new URL(rel, import.meta.url);
    if (url.protocol !== "file:") continue;
    const path = fileURLToPath(url);
    if (existsSync(path)) return path;
  }
  return void 0;
}
function isolationFlags(readable, known = process.allowedNodeEnvironmentFlags, maxHeapMb = 4096) {
  const permission = known.has("--permission") ? "--permission" : "--experimental-permission";
  return [
    permission,
    ...readable.map((dir) => `--allow-fs-read=${dir.endsWith("/") ? dir : `${dir}/`}`),
    "--allow-worker",
    `--max-old-space-size=${maxHeapMb}`,
    // A young generation of 64 MB semi-spaces, not 16: the renderer's main thread keeps many
    // objects alive for a while (models in flight), which every collection of a small young
    // generation copies again — 706 collections and 5.7 s of a spellbook export, 188 and 2.9 s.
    // (V8's flags are the process's: polyglot's worker threads may grow theirs as far; the
    // benchmark's peak memory, 1.25 GB for spellbook, includes that.)
    "--max-semi-space-size=64",
    "--no-warnings"
  ];
}
function readableFor(childScript) {
  const dirs = /* @__PURE__ */ new Set([dirname(childScript)]);
  try {
    dirs.add(dirname(fileURLToPath(polyglotUrl())));
  } catch {
  }
  return [...dirs];
}
async function isolatedColumnImpact(request, isolation = {}) {
  return checkColumnImpact((await runChild({ kind: "impact", ...request }, isolation)).result);
}
async function isolatedColumnLineage(request, isolation = {}) {
  const models = [];
  const { result, streamed } = await runChild(
    Promise.resolve(request).then((r) => ({ kind: "lineage", ...r })),
    isolation,
    warmWorkers(),
    // each model checked as it arrives, while the child analyses the rest
    (line) => models.push(checkModelLineage(parseLine(line)))
  );
  const lineage = checkColumnLineage(result);
  const { summary } = lineage;
  const status = (s) => models.filter((m) => m.status === s).length;
  const problem = lineage.models.length > 0 ? "models in its last line" : streamed !== models.length || models.length !== summary.models ? `${models.length} models sent, ${String(streamed)} said, ${summary.models} in its summary` : new Set(models.map((m) => m.name)).size !== models.length ? "a model sent twice" : status("complete") !== summary.complete || status("partial") !== summary.partial || status("unknown") !== summary.unknown ? "its summary's counts by status differ from its models'" : void 0;
  if (problem)
    throw new Error(`the isolated renderer's answer is not a column lineage (${problem})`);
  return {
    ...lineage,
    models: models.sort((a, b) => compareNames(a.name, b.name))
  };
}
function parseLine(line) {
  try {
    return JSON.parse(line);
  } catch {
    throw new Error("the isolated renderer answered something unreadable");
  }
}
function warmWorkers() {
  return Math.max(1, Math.min(4, availableParallelism()));
}
async function runChild(pending, isolation, warm, onLine) {
  const script = isolation.childScript ?? shippedChildScript();
  if (script === void 0)
    throw new Error("the isolated renderer (columns-child.js) is not shipped beside this code");
  const maxBytes = isolation.maxResponseBytes ?? 64 * 1024 * 1024;
  const child = spawn(
    process.execPath,
    [
      ...isolationFlags(readableFor(script), void 0, isolation.maxHeapMb),
      script,
      ...warm === void 0 ? [] : [`--warm-workers=${warm}`]
    ],
    { env: {}, stdio: ["pipe", "ignore", "pipe", "pipe"], windowsHide: true }
  );
  const answer = [];
  let answerBytes = 0;
  let stderr = "";
  let overflow = false;
  let lineError;
  let timedOut = false;
  const answerPipe = child.stdio[3];
  answerPipe.on("data", (chunk) => {
    answerBytes += chunk.length;
    if (answerBytes > maxBytes) {
      overflow = true;
      child.kill("SIGKILL");
      return;
    }
    if (lineError !== void 0) return;
    let from = 0;
    for (let nl = onLine ? chunk.indexOf(10) : -1; nl >= 0; nl = chunk.indexOf(10, from)) {
      answer.push(chunk.subarray(from, nl));
      from = nl + 1;
      const line = Buffer.concat(answer).toString("utf8");
      answer.length = 0;
      try {
        onLine(line);
      } catch (err) {
        lineError = err;
        child.kill("SIGKILL");
        return;
      }
    }
    if (from < chunk.length) answer.push(from === 0 ? chunk : chunk.subarray(from));
  });
  child.stderr.on("data", (chunk) => {
    if (stderr.length < 2e3) stderr += chunk.toString("utf8");
  });
  let timer;
  const exit = new Promise(
    (resolve) => child.on("close", (code, signal) => resolve({ code, signal }))
  );
  const started = new Promise((resolve, reject) => {
    child.once("spawn", resolve);
    child.once("error", reject);
  });
  started.catch(() => void 0);
  try {
    const request = await pending;
    const killAfterMs = isolation.killAfterMs ?? (request.options.totalMs ?? (request.kind === "lineage" ? 6e5 : 18e4)) + 6e4;
    timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, killAfterMs);
    await started;
    child.stdin.on("error", () => void 0);
    child.stdin.end(serialize(request));
    const { code, signal } = await exit;
    if (overflow) throw new Error(`the isolated renderer answered more than ${maxBytes} bytes`);
    if (lineError !== void 0) throw lineError;
    if (timedOut || signal === "SIGKILL" && answer.length === 0)
      throw new Error(`the isolated renderer ran longer than ${Math.round(killAfterMs / 1e3)} s`);
    if (answer.length === 0)
      throw new Error(
        `the isolated renderer exited (${signal ?? `code ${code}`}) without an answer${firstLine(stderr)}`
      );
    let response;
    try {
      response = JSON.parse(Buffer.concat(answer).toString("utf8"));
    } catch {
      throw new Error("the isolated renderer answered something unreadable");
    }
    const r = response;
    if (typeof r?.error === "string") throw new Error(r.error.slice(0, 300));
    return { result: r?.result, ...typeof r?.streamed === "number" && { streamed: r.streamed } };
  } finally {
    if (timer) clearTimeout(timer);
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  }
}
function firstLine(text2) {
  const lines = text2.split("\n").map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("(node:") && !l.startsWith("(Use `node"));
  const line = lines.find((l) => /^[\w.]*Error\b/.test(l)) ?? lines[0];
  return line ? `: ${line.slice(0, 200)}` : "";
}

export {
  shippedChildScript,
  isolationFlags,
  isolatedColumnImpact,
  isolatedColumnLineage,
  warmWorkers
};
