import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ConfigError,
  GitError,
  ManifestError,
  VERSION,
  acknowledgeWhere,
  applyPatch,
  assemble,
  buildAuditReport,
  buildDiffReport,
  changedFilesBetween,
  createScanCache,
  dbtFileFilter,
  diffScans,
  hasCommit,
  listTree,
  manifestLineage,
  mergeBase,
  parseConfig,
  readAtCommit,
  readBlobs,
  readTrees,
  resolveCommit,
  scanRepository,
  suggestionComments,
  writeJsonAsync
} from "./chunks/chunk-K2XPZFRV.js";
import {
  sameValue
} from "./chunks/chunk-HP6CS56Z.js";
import {
  COMMENT_MODES,
  FAIL_ON,
  LINEAGE_SOURCES,
  SUGGESTION_MODES,
  columnOptions,
  lineageSources,
  parseInventory
} from "./chunks/chunk-2ZPJCRUR.js";
import {
  _default,
  _enum,
  boolean,
  optional,
  prettifyError,
  strictObject,
  string
} from "./chunks/chunk-MCUOUGCM.js";
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

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}

// src/action/run.ts
import { mkdir as mkdir2, open as open3, readFile } from "node:fs/promises";
import { join } from "node:path";

// src/report/merge-result.ts
function mergeResult(mergeBase2, head, baseTip) {
  const entryOf = (inventory, name) => {
    const i = inventory.indexByName.get(name);
    return i === void 0 ? void 0 : inventory.models[i];
  };
  const models = [];
  const sourceIndex = [];
  const indexByName = /* @__PURE__ */ new Map();
  const push = (model, source) => {
    indexByName.set(model.name, models.length);
    if (source !== void 0) sourceIndex[models.length] = source;
    models.push(model);
  };
  head.models.forEach((model, i) => {
    const before = entryOf(mergeBase2, model.name);
    const current = entryOf(baseTip, model.name);
    const touched = before === void 0 || !sameValue(before, model);
    if (!touched) {
      if (current !== void 0) push(current, head.sourceIndex[i]);
    } else if (before === void 0 || current === void 0) {
      push(model, head.sourceIndex[i]);
    } else {
      push(applyFields(current, before, model), head.sourceIndex[i]);
    }
  });
  for (const model of baseTip.models) {
    if (indexByName.has(model.name) || head.indexByName.has(model.name)) continue;
    if (mergeBase2.indexByName.has(model.name)) continue;
    push(model, void 0);
  }
  return { ...head, models, sourceIndex, indexByName };
}
function applyFields(onto, before, after) {
  const merged = { ...onto };
  const keys = /* @__PURE__ */ new Set([...Object.keys(before), ...Object.keys(after)]);
  const b = before;
  const a = after;
  for (const key of keys) {
    if (sameValue(b[key], a[key])) continue;
    if (Object.prototype.hasOwnProperty.call(a, key))
      Object.defineProperty(merged, key, {
        value: a[key],
        enumerable: true,
        writable: true,
        configurable: true
      });
    else delete merged[key];
  }
  return merged;
}

// src/action/annotations.ts
var ANNOTATIONS_PER_KIND = 10;
function annotationsFor(findings) {
  const perKind = { error: 0, warning: 0, notice: 0 };
  const annotations = [];
  let omitted = 0;
  for (const finding of findings) {
    if (perKind[finding.severity]++ >= ANNOTATIONS_PER_KIND) {
      omitted++;
      continue;
    }
    annotations.push({
      level: finding.severity,
      title: `${finding.rule}${finding.acknowledged ? " (acknowledged)" : ""}`,
      message: neutralizeControls(finding.message.replace(/`/g, "")),
      ...finding.file !== null && { file: neutralizeControls(finding.file) },
      ...finding.line !== null && { line: finding.line }
    });
  }
  return { annotations, omitted };
}

// src/action/event.ts
var UnsupportedEventError = class extends Error {
};
var ZERO_SHA = /^0+$/;
function planRun(eventName, payload, invocation, runSha) {
  const trigger = eventName;
  const override = (base, head) => ({
    base: invocation["base-ref"] ?? base,
    head: invocation["head-ref"] ?? head
  });
  const audit = (head, reason, configAt) => ({
    kind: "audit",
    trigger,
    head,
    reason,
    ...configAt !== void 0 && { configAt }
  });
  switch (eventName) {
    case "pull_request":
    case "pull_request_target": {
      const pr = payload.pull_request;
      const base = required(pr?.base?.sha, "pull_request.base.sha", eventName);
      const head = required(pr?.head?.sha, "pull_request.head.sha", eventName);
      const refs = override(base, head);
      if (invocation.mode === "audit") return audit(refs.head, "mode: audit", refs.base);
      return {
        kind: "diff",
        trigger,
        ...refs,
        fromMergeBase: invocation["base-ref"] === void 0,
        pullRequest: {
          number: required(pr?.number, "pull_request.number", eventName),
          headRepo: pr?.head?.repo?.full_name ?? null,
          baseRepo: pr?.base?.repo?.full_name ?? null,
          labels: (pr?.labels ?? []).map((label) => label.name ?? "").filter(Boolean),
          changedFiles: typeof pr?.changed_files === "number" ? pr.changed_files : null,
          ...payload.action === "labeled" && typeof payload.label?.name === "string" && { labeled: payload.label.name }
        }
      };
    }
    case "merge_group": {
      const group = payload.merge_group;
      const refs = override(
        required(group?.base_sha, "merge_group.base_sha", eventName),
        required(group?.head_sha, "merge_group.head_sha", eventName)
      );
      if (invocation.mode === "audit") return audit(refs.head, "mode: audit", refs.base);
      const queued = /\/pr-(\d+)-[0-9a-f]+$/i.exec(group?.head_ref ?? "")?.[1];
      return {
        kind: "diff",
        trigger,
        ...refs,
        fromMergeBase: false,
        pullRequest: null,
        ...queued !== void 0 && { queuedPullRequest: Number(queued) }
      };
    }
    case "push": {
      const after = required(payload.after, "after", eventName);
      if (invocation.mode === "audit") return audit(invocation["head-ref"] ?? after, "mode: audit");
      if (invocation["base-ref"] !== void 0) {
        return {
          kind: "diff",
          trigger,
          ...override("", after),
          fromMergeBase: false,
          pullRequest: null
        };
      }
      const before = required(payload.before, "before", eventName);
      if (ZERO_SHA.test(before)) {
        if (invocation.mode === "diff") {
          throw new UnsupportedEventError(
            'mode "diff" on the push of a new branch needs the "base-ref" input: the push has no previous commit'
          );
        }
        return audit(
          invocation["head-ref"] ?? after,
          "a new branch has no previous commit to compare with"
        );
      }
      return {
        kind: "diff",
        trigger,
        ...override(before, after),
        fromMergeBase: false,
        pullRequest: null
      };
    }
    case "workflow_dispatch": {
      const head = invocation["head-ref"] ?? runSha;
      const base = invocation["base-ref"];
      if (invocation.mode === "diff" && base === void 0) {
        throw new UnsupportedEventError(
          'mode "diff" on workflow_dispatch needs the "base-ref" input (the commit to compare with)'
        );
      }
      if (base === void 0 || invocation.mode === "audit")
        return audit(head, "workflow_dispatch");
      return { kind: "diff", trigger, base, head, fromMergeBase: false, pullRequest: null };
    }
    default:
      throw new UnsupportedEventError(
        `the "${eventName}" event is not supported: run dbt Blast Radius on pull_request, pull_request_target, merge_group, push or workflow_dispatch`
      );
  }
}
function required(value, field, eventName) {
  if (value === void 0 || value === null || value === "") {
    throw new UnsupportedEventError(`the ${eventName} event payload has no ${field}`);
  }
  return value;
}

// src/action/summary.ts
var STEP_SUMMARY_LIMIT = 1024 * 1024;
var MAX_NOTE = 4e3;
var MAX_NOTES = 20;
var SLACK = 64;
var clip = (text) => text.length > MAX_NOTE ? `${text.slice(0, MAX_NOTE)}… (cut)` : text;
function composeSummary(failure, notes, render, limit = STEP_SUMMARY_LIMIT) {
  const parts = [];
  if (failure !== void 0)
    parts.push(`## dbt Blast Radius could not run

${clip(failure).replace(/[<>]/g, "")}
`);
  if (notes.length > 0) {
    const shown = notes.slice(0, MAX_NOTES);
    const more = notes.length - shown.length;
    parts.push(
      shown.map((note) => `> [!NOTE]
> ${clip(note).replace(/[<>]/g, "").replace(/\n/g, " ")}`).join("\n\n") + (more > 0 ? `

(${more} more notes in the log)` : "") + "\n"
    );
  }
  if (render) {
    const used = Buffer.byteLength(parts.join("\n"), "utf8") + parts.length + SLACK;
    parts.push(render(limit - used));
  }
  return parts.join("\n");
}

// src/action/errors.ts
function statusOf(error2) {
  const status = error2?.status;
  return typeof status === "number" ? status : void 0;
}
function messageOf(error2) {
  const message = error2?.response?.data?.message;
  if (typeof message === "string") return message;
  return error2 instanceof Error ? error2.message : String(error2);
}

// src/action/code-lineage.ts
var FULL_LINEAGE_HINT = 'For the full lineage, check out the history (actions/checkout with fetch-depth: 0); under pull_request_target, see "Code lineage on pull_request_target" in the README.';
async function readCodeLineage(source, base, head, changed, wanted) {
  if (!wanted.code) return { code: null, note: null };
  let trees;
  try {
    trees = await source.readTrees(base, head);
  } catch (error2) {
    trees = {
      unavailable: `the dbt files could not be read (${messageOf(error2)}), so the lineage is the inventory only`,
      inventoryOnly: true
    };
  }
  if ("unavailable" in trees) {
    return {
      code: null,
      note: `Lineage: inventory only — ${trees.unavailable}. ${FULL_LINEAGE_HINT}`
    };
  }
  const cache = createScanCache();
  const headScan = scanRepository(trees.head.files, { blobIds: trees.head.blobIds, cache });
  if (headScan.projects.length === 0) {
    return {
      code: null,
      note: wanted.inventory ? null : `Lineage: no dbt project (dbt_project.yml) at ${head.slice(0, 7)}, so there is no code lineage.`
    };
  }
  const baseScan = trees.base.files.size === 0 ? null : scanRepository(trees.base.files, { blobIds: trees.base.blobIds, cache });
  const renames = /* @__PURE__ */ new Map();
  for (const file of changed)
    if (file.status === "R" && file.oldPath !== void 0) renames.set(file.oldPath, file.path);
  const changes = baseScan ? diffScans(baseScan, headScan, renames) : [];
  const projects = headScan.projects.length;
  return {
    // The files stay for column analysis, which renders the models' SQL (src/columns).
    code: {
      base: baseScan,
      head: headScan,
      changes,
      baseFiles: trees.base.files,
      headFiles: trees.head.files
    },
    note: `Lineage: ${wanted.inventory ? "the inventory and " : ""}the code of ${projects} dbt project${projects === 1 ? "" : "s"} (${trees.head.files.size} files at the head, ${trees.how}).`
  };
}
async function readAuditCode(source, commit) {
  let trees;
  try {
    trees = await source.readTrees(commit, commit);
  } catch (error2) {
    trees = { unavailable: `the dbt files could not be read (${messageOf(error2)})` };
  }
  if ("unavailable" in trees)
    return {
      scan: null,
      note: `Lineage: inventory only — ${trees.unavailable}. ${FULL_LINEAGE_HINT}`
    };
  const scan = scanRepository(trees.head.files, { blobIds: trees.head.blobIds });
  if (scan.projects.length === 0) return { scan: null, note: null };
  const projects = scan.projects.length;
  return {
    scan,
    note: `Lineage: the audit measures the inventory against the code of ${projects} dbt project${projects === 1 ? "" : "s"} (${trees.head.files.size} files, ${trees.how}).`
  };
}

// src/action/manifests.ts
import { constants as constants3 } from "node:fs";
import { open as open2 } from "node:fs/promises";
import { isAbsolute, resolve } from "node:path";

// src/action/inputs.ts
var ActionInputError = class extends Error {
};
var MODES = ["auto", "diff", "audit"];
var invocationSchema = strictObject({
  "config-file": _default(string(), ".github/blast-radius.yml"),
  mode: _default(_enum(MODES), "auto"),
  "base-ref": optional(string()),
  "head-ref": optional(string()),
  /** dbt's target/manifest.json files in the workspace (a step before this one writes them). */
  "base-manifest-path": optional(string()),
  "head-manifest-path": optional(string()),
  /** Column-level impact: overrides `columns.analyse` of the config file. */
  columns: optional(boolean())
});
function readInputs(get) {
  const value = (name) => {
    const raw = get(name).trim();
    return raw === "" ? void 0 : raw;
  };
  const token = value("github-token");
  if (!token) {
    throw new ActionInputError(
      'input "github-token" is empty: pass ${{ github.token }} (the default) or a token with pull-requests: write'
    );
  }
  const invocation = invocationSchema.safeParse({
    "config-file": value("config-file"),
    mode: oneOf(value("mode"), MODES, "mode"),
    "base-ref": value("base-ref"),
    "head-ref": value("head-ref"),
    "base-manifest-path": value("base-manifest-path"),
    "head-manifest-path": value("head-manifest-path"),
    columns: flag(value("columns"), "columns")
  });
  if (!invocation.success) {
    throw new ActionInputError(`invalid input
${prettifyError(invocation.error)}`);
  }
  return {
    token,
    invocation: invocation.data,
    overrides: {
      inventory: value("inventory-path"),
      comment: oneOf(value("comment"), COMMENT_MODES, "comment"),
      "fail-on": oneOf(value("fail-on"), FAIL_ON, "fail-on"),
      "attribution-layers": layers(value("attribution-layers")),
      "acknowledge-label": value("acknowledge-label"),
      "max-blast-radius": count(value("max-blast-radius"), "max-blast-radius"),
      "comment-author": value("comment-author"),
      lineage: lineage(value("lineage")),
      suggestions: oneOf(value("suggestions"), SUGGESTION_MODES, "suggestions")
    }
  };
}
function oneOf(raw, allowed, name) {
  if (raw === void 0) return void 0;
  if (allowed.includes(raw)) return raw;
  throw new ActionInputError(`input "${name}" must be one of ${allowed.join(", ")}, got "${raw}"`);
}
function layers(raw) {
  if (raw === void 0) return void 0;
  const names = raw.split(/[,\n]/).map((item) => item.trim()).filter(Boolean);
  if (names.length === 0) {
    throw new ActionInputError(
      `input "attribution-layers" names no layer ("${raw}"): list them, e.g. identity, signal, attribution, channel`
    );
  }
  return names;
}
function lineage(raw) {
  if (raw === void 0) return void 0;
  const items = raw.split(/[,\n]/).map((item) => item.trim()).filter(Boolean);
  if (items.length === 0)
    throw new ActionInputError(
      `input "lineage" names no source ("${raw}"): use auto, inventory, code or inventory, code`
    );
  return items.map((item) => oneOf(item, LINEAGE_SOURCES, "lineage") ?? "auto");
}
function flag(raw, name) {
  const v = oneOf(raw, ["true", "false"], name);
  return v === void 0 ? void 0 : v === "true";
}
function count(raw, name) {
  if (raw === void 0) return void 0;
  if (raw === "none" || raw === "off") return null;
  if (!/^\d+$/.test(raw)) {
    throw new ActionInputError(`input "${name}" must be a whole number (or "none"), got "${raw}"`);
  }
  return Number(raw);
}

// src/action/manifests.ts
var MAX_MANIFEST_BYTES = 512 * 1024 * 1024;
async function readBounded(path, input) {
  let handle;
  try {
    handle = await open2(path, constants3.O_RDONLY | constants3.O_NOFOLLOW);
  } catch (error2) {
    const code = error2.code;
    throw new ActionInputError(
      `input "${input}": ${code === "ENOENT" ? "no such file" : code === "ELOOP" ? "a symbolic link, not read" : `cannot read it (${code ?? "error"})`} at ${path} — run dbt parse (or download the manifest) in a step before this one`
    );
  }
  try {
    const stat2 = await handle.stat();
    if (!stat2.isFile())
      throw new ActionInputError(
        `input "${input}": ${path} is not a regular file — point it at dbt's target/manifest.json`
      );
    const { size } = stat2;
    if (size > MAX_MANIFEST_BYTES)
      throw new ActionInputError(
        `input "${input}": ${path} is ${Math.round(size / 1048576)} MB, more than the ${MAX_MANIFEST_BYTES / 1048576} MB read`
      );
    return await handle.readFile("utf8");
  } finally {
    await handle.close();
  }
}
async function readManifests(workspace, invocation) {
  const basePath = invocation["base-manifest-path"];
  const headPath = invocation["head-manifest-path"];
  if (basePath === void 0 && headPath === void 0) return void 0;
  if (headPath === void 0)
    throw new ActionInputError(
      'input "base-manifest-path" needs "head-manifest-path" (the head side is required)'
    );
  const read = async (path, input) => {
    const full = isAbsolute(path) ? path : resolve(workspace, path);
    try {
      return manifestLineage(await readBounded(full, input), path);
    } catch (error2) {
      if (error2 instanceof ManifestError)
        throw new ActionInputError(`input "${input}": ${error2.message}`);
      throw error2;
    }
  };
  const head = await read(headPath, "head-manifest-path");
  const base = basePath === void 0 ? head : await read(basePath, "base-manifest-path");
  return { base, head };
}

// src/action/suggestions.ts
import { createHash } from "node:crypto";
var MAX_SUGGESTIONS = 30;
var MAX_REVIEW_CHARS = 25e4;
var SUGGESTION_NOTE = "dbt Blast Radius — inventory drift: this is how the inventory reads with the lineage the code has.";
var MARKER_PREFIX = "<!-- dbt-blast-radius:suggestions";
function planSuggestionReview(input) {
  const { drift, inventoryPath: path } = input;
  if (!drift) return none("the change introduces no inventory drift");
  if (drift.truncated || drift.patch === "")
    return none("the fix is too large for suggested changes: the comment gives the command");
  if (input.headText === null) return none("the inventory does not exist at the head");
  const file = input.prFiles.find((f) => f.filename === path);
  if (!file) return none("the pull request does not change the inventory");
  if (!file.patch)
    return none("GitHub shows no diff of the inventory (too large): the comment has the patch");
  const after = applyPatch(input.headText, drift.patch);
  if (after === false || after === input.headText)
    return none("the fix does not apply to the inventory at the head");
  const max = Math.max(0, input.maxComments ?? MAX_SUGGESTIONS);
  const found = suggestionComments({
    path,
    before: input.headText,
    after,
    prFiles: [file],
    maxComments: max,
    note: SUGGESTION_NOTE
  });
  const budget = input.maxChars ?? MAX_REVIEW_CHARS;
  const comments = [];
  let used = 0;
  for (const comment of found.comments) {
    if (used + comment.body.length > budget) break;
    used += comment.body.length;
    comments.push(comment);
  }
  const skipped = found.skipped + found.comments.length - comments.length;
  if (comments.length === 0)
    return none("no change of the fix falls on lines the pull request touched");
  const marker = reviewMarker(input.head, path, comments);
  return {
    action: "post",
    marker,
    body: reviewBody(marker, comments.length, skipped),
    comments,
    skipped
  };
}
function reviewMarker(head, path, comments) {
  const hash = createHash("sha256");
  hash.update(JSON.stringify([path, comments]));
  const sha = /^[0-9a-f]{40}$/i.test(head) ? head.toLowerCase() : createHash("sha256").update(head).digest("hex").slice(0, 40);
  return `${MARKER_PREFIX} head=${sha} digest=${hash.digest("hex").slice(0, 16)} -->`;
}
function alreadyPosted(reviews, marker, author) {
  return reviews.some(
    (review) => review.author.toLowerCase() === author.toLowerCase() && review.body.split("\n", 1)[0].replace(/\r$/, "") === marker
  );
}
function reviewBody(marker, count2, skipped) {
  const lines = [
    marker,
    `**dbt Blast Radius:** this pull request leaves the inventory out of step with the code. ${count2 === 1 ? "The suggested change below brings" : `The ${count2} suggested changes below bring`} it back in line — apply ${count2 === 1 ? "it" : "them"} from *Files changed* (*Add suggestion to batch* commits several at once).`
  ];
  if (skipped > 0)
    lines.push(
      "",
      `${skipped} more change${skipped === 1 ? " falls" : "s fall"} on lines this pull request did not touch, or past GitHub's limits: the patch in the dbt Blast Radius comment has every change, and \`blast-radius inventory sync --write\` applies it.`
    );
  return lines.join("\n");
}
function none(reason) {
  return { action: "none", reason };
}
function suggestionFailure(error2) {
  const status = statusOf(error2);
  const detail = messageOf(error2);
  if (status === 403)
    return `Inventory fix not offered as suggested changes: suggestions need pull-requests: write (403: ${detail}) — pull requests from forks get a read-only token on pull_request. The patch is in the comment.`;
  return `Inventory fix not offered as suggested changes: ${status ? `${status}: ` : ""}${detail}. The patch is in the comment.`;
}
async function postSuggestions(args) {
  const { github, owner, repo, pullNumber: pull_number, head, report, log } = args;
  const drift = report.drift;
  if (args.mode === "never" || !drift) return;
  const skip = (reason) => log.info(`No suggested changes: ${reason}.`);
  if (args.currentHead !== null && args.currentHead !== head)
    return skip("the pull request moved on since this run started");
  try {
    const files = await github.paginate(github.rest.pulls.listFiles, {
      owner,
      repo,
      pull_number,
      per_page: 100
    });
    const plan = planSuggestionReview({
      drift,
      inventoryPath: report.inventory.path,
      head,
      headText: args.headText,
      prFiles: files.map((f) => ({
        filename: f.filename,
        ...f.patch !== void 0 && { patch: f.patch }
      }))
    });
    if (plan.action === "none") return skip(plan.reason);
    const reviews = await github.paginate(github.rest.pulls.listReviews, {
      owner,
      repo,
      pull_number,
      per_page: 100
    });
    const existing = reviews.map((r) => ({ body: r.body ?? "", author: r.user?.login ?? "" }));
    if (alreadyPosted(existing, plan.marker, args.author))
      return skip("the same suggestions are already on this head");
    await github.rest.pulls.createReview({
      owner,
      repo,
      pull_number,
      commit_id: head,
      event: "COMMENT",
      body: plan.body,
      comments: plan.comments.map((c) => ({ ...c }))
    });
    const count2 = plan.comments.length;
    log.info(`Posted ${count2} suggested change${count2 === 1 ? "" : "s"} to the inventory.`);
  } catch (error2) {
    const message = suggestionFailure(error2);
    log.warning(message);
    args.notes.push(message);
  }
}

// src/action/outputs.ts
var OUTPUT_LIST_BYTES = 64 * 1024;
function cappedJsonList(names, maxBytes = OUTPUT_LIST_BYTES) {
  let bytes = 2;
  const kept = [];
  for (const name of names) {
    const item = JSON.stringify(name);
    const size = Buffer.byteLength(item, "utf8") + (kept.length > 0 ? 1 : 0);
    if (bytes + size > maxBytes) break;
    bytes += size;
    kept.push(item);
  }
  return `[${kept.join(",")}]`;
}
function reportOutputs(report) {
  const attributionWarnings = report.findings.filter(
    (f) => f.rule.startsWith("attribution/") && (f.severity !== "notice" || f.acknowledged)
  ).length;
  return {
    verdict: report.summary.verdict,
    "changed-models": cappedJsonList(report.changes.map((change) => change.model)),
    "changed-count": String(report.changes.length),
    "impacted-models": cappedJsonList(report.impact.models.map((model) => model.model)),
    "impacted-count": String(report.impact.models.length),
    "blast-radius": String(report.summary.impacted),
    errors: String(report.summary.errors),
    warnings: String(report.summary.warnings),
    "attribution-warnings": String(attributionWarnings)
  };
}

// src/action/repository.ts
import { execFile } from "node:child_process";
var API_BLOB_LIMITS = { files: 2e3, bytes: 32 * 1024 * 1024 };
var RepositoryError = class extends Error {
};
function localRepository(dir) {
  return {
    name: "the local clone",
    resolveCommit: (ref) => resolveCommit(dir, ref),
    readFile: (sha, path) => readAtCommit(dir, sha, path),
    mergeBase: (base, head) => mergeBase(dir, base, head),
    changedFiles: async (base, head) => ({ files: await changedFilesBetween(dir, base, head) }),
    readTrees: async (base, head) => ({
      ...await readTrees(dir, base, head),
      how: "read from the local git objects"
    })
  };
}
function isGitRepository(dir) {
  return new Promise((resolve2) => {
    execFile(
      "git",
      ["-C", dir, "rev-parse", "--git-dir"],
      { env: GIT_ENV },
      (error2) => resolve2(error2 === null)
    );
  });
}
var GIT_ENV = { ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" };
async function hasCommits(dir, refs) {
  for (const ref of refs) {
    try {
      if (!await hasCommit(dir, await resolveCommit(dir, ref))) return false;
    } catch {
      return false;
    }
  }
  return true;
}
var PULL_FILES_LIMIT = 3e3;
var COMPARE_FILES_LIMIT = 300;
function apiRepository(github, owner, repo, objects) {
  const failure = (what, error2) => new RepositoryError(
    `could not read ${what} from the GitHub API (${statusOf(error2) ?? "network"}: ${messageOf(error2)})`
  );
  async function compare(base, head) {
    try {
      const { data } = await github.rest.repos.compareCommitsWithBasehead({
        owner,
        repo,
        basehead: `${base}...${head}`
      });
      return data;
    } catch (error2) {
      throw failure(`the comparison ${base}...${head}`, error2);
    }
  }
  return {
    name: "the GitHub API",
    async resolveCommit(ref) {
      try {
        const { data } = await github.rest.repos.getCommit({
          owner,
          repo,
          ref,
          mediaType: { format: "sha" }
        });
        return String(data).trim();
      } catch (error2) {
        const status = statusOf(error2);
        if (status === 404 || status === 422) {
          throw new RepositoryError(`unknown ref "${ref}" in ${owner}/${repo}`);
        }
        throw failure(`the commit ${ref}`, error2);
      }
    },
    async readFile(sha, path) {
      try {
        const { data } = await github.rest.repos.getContent({
          owner,
          repo,
          path,
          ref: sha,
          mediaType: { format: "raw" }
        });
        if (typeof data !== "string") throw new RepositoryError(`${path} at ${sha} is not a file`);
        return data;
      } catch (error2) {
        if (error2 instanceof RepositoryError) throw error2;
        if (statusOf(error2) === 404) return null;
        throw failure(`${path} at ${sha}`, error2);
      }
    },
    async mergeBase(base, head) {
      return (await compare(base, head)).merge_base_commit?.sha ?? null;
    },
    async changedFiles(base, head) {
      const data = await compare(base, head);
      const files = (data.files ?? []).map(fromApiFile);
      if (files.length < COMPARE_FILES_LIMIT) return { files };
      const [before, after] = await Promise.all([tree(base), tree(head)]);
      if (before.truncated || after.truncated) {
        return {
          files,
          incomplete: `GitHub's compare API lists only the first ${COMPARE_FILES_LIMIT} changed files, and the git trees API cut the listing of ${before.truncated ? base : head} (more than 100,000 entries or 7 MB). Check out both commits (actions/checkout with fetch-depth: 0) so the action can read them locally`
        };
      }
      return { files: diffTrees(before.entries, after.entries) };
    },
    async readTrees(base, head) {
      if (objects === void 0) {
        return {
          unavailable: "the workspace has no git objects of these commits, so the lineage is the inventory only",
          inventoryOnly: true
        };
      }
      const sides = [];
      for (const sha of [base, head]) {
        if (await hasCommit(objects, sha)) {
          sides.push(await listTree(objects, sha));
          continue;
        }
        const listing = await tree(sha);
        if (listing.truncated) {
          return {
            unavailable: `the git trees API cut the listing of ${sha.slice(0, 7)}, so the lineage is the inventory only`,
            inventoryOnly: false
          };
        }
        sides.push(selectBlobs(listing.entries));
      }
      const [before = [], after = []] = sides;
      if (!after.some((e) => e.path === "dbt_project.yml" || e.path.endsWith("/dbt_project.yml")))
        return { base: EMPTY_TREE, head: EMPTY_TREE, how: "no dbt project at the head" };
      const all = [...before, ...after];
      const texts = await readBlobs(
        objects,
        all.map((e) => e.blob)
      );
      const missing = /* @__PURE__ */ new Map();
      for (const e of all) if (!texts.has(e.blob)) missing.set(e.blob, e.size ?? 0);
      let bytes = 0;
      for (const size of missing.values()) bytes += size;
      if (missing.size > API_BLOB_LIMITS.files || bytes > API_BLOB_LIMITS.bytes) {
        return {
          unavailable: `reading the pull request's ${missing.size} dbt files (${Math.ceil(bytes / 1024)} KiB) through the GitHub API is over the action's limit (${API_BLOB_LIMITS.files} files, ${API_BLOB_LIMITS.bytes / 1024 / 1024} MiB), so the lineage is the inventory only`,
          inventoryOnly: false
        };
      }
      const ids = [...missing.keys()];
      for (let i = 0; i < ids.length; i += 8) {
        await Promise.all(ids.slice(i, i + 8).map(async (id) => texts.set(id, await blob(id))));
      }
      return {
        base: assemble(before, texts),
        head: assemble(after, texts),
        how: missing.size === 0 ? "read from the local git objects" : `read as data: ${missing.size} file${missing.size === 1 ? "" : "s"} through the GitHub API, the rest from the local git objects`
      };
    }
  };
  async function blob(sha) {
    try {
      const { data } = await github.rest.git.getBlob({ owner, repo, file_sha: sha });
      return Buffer.from(data.content, data.encoding === "base64" ? "base64" : "utf8").toString(
        "utf8"
      );
    } catch (error2) {
      throw failure(`the blob ${sha}`, error2);
    }
  }
  async function tree(sha) {
    try {
      const { data } = await github.rest.git.getTree({
        owner,
        repo,
        tree_sha: sha,
        recursive: "true"
      });
      return { entries: data.tree, truncated: data.truncated };
    } catch (error2) {
      throw failure(`the tree of ${sha}`, error2);
    }
  }
}
var EMPTY_TREE = { files: /* @__PURE__ */ new Map(), blobIds: /* @__PURE__ */ new Map() };
function selectBlobs(entries) {
  const out = [];
  for (const e of entries) {
    if (e.type !== "blob" || e.mode === "120000" || e.path === void 0 || e.sha === void 0)
      continue;
    if (dbtFileFilter(e.path)) out.push({ path: e.path, blob: e.sha, size: e.size ?? 0 });
  }
  return out;
}
function diffTrees(base, head) {
  const blobs = (entries) => {
    const map = /* @__PURE__ */ new Map();
    for (const entry of entries)
      if (entry.type === "blob" && entry.path !== void 0 && entry.sha !== void 0)
        map.set(entry.path, entry.sha);
    return map;
  };
  const before = blobs(base);
  const after = blobs(head);
  const files = [];
  const added = [];
  for (const [path, sha] of after) {
    const old = before.get(path);
    if (old === void 0) added.push([path, sha]);
    else if (old !== sha) files.push({ status: "M", path });
  }
  const removedBySha = /* @__PURE__ */ new Map();
  for (const [path, sha] of before) {
    if (after.has(path)) continue;
    const paths = removedBySha.get(sha);
    if (paths) paths.push(path);
    else removedBySha.set(sha, [path]);
  }
  for (const [path, sha] of added) {
    const oldPath = removedBySha.get(sha)?.shift();
    files.push(
      oldPath === void 0 ? { status: "A", path } : { status: "R", oldPath, path, similarity: 100 }
    );
  }
  for (const paths of removedBySha.values())
    for (const path of paths) files.push({ status: "D", path });
  return files.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
async function pullRequestFiles(github, owner, repo, pullNumber) {
  try {
    const files = await github.paginate(github.rest.pulls.listFiles, {
      owner,
      repo,
      pull_number: pullNumber,
      per_page: 100
    });
    return files.map(fromApiFile);
  } catch (error2) {
    throw new RepositoryError(
      `could not list the files of pull request #${pullNumber} (${statusOf(error2) ?? "network"}: ${messageOf(error2)})`
    );
  }
}
function fromApiFile(file) {
  switch (file.status) {
    case "added":
      return { status: "A", path: file.filename };
    case "removed":
      return { status: "D", path: file.filename };
    case "renamed":
      return {
        status: "R",
        path: file.filename,
        ...file.previous_filename !== void 0 && { oldPath: file.previous_filename },
        // GitHub gives no similarity; a rename without line changes is a pure move.
        ...file.changes === 0 && { similarity: 100 }
      };
    case "copied":
      return {
        status: "C",
        path: file.filename,
        ...file.previous_filename !== void 0 && { oldPath: file.previous_filename }
      };
    default:
      return { status: "M", path: file.filename };
  }
}

// src/action/sticky.ts
function isOurs(comment, marker, author) {
  const firstLine = comment.body.split("\n", 1)[0].replace(/\r$/, "");
  return comment.author.toLowerCase() === author.toLowerCase() && firstLine === marker;
}
function sameContent(a, b) {
  const withoutRun = (body) => body.replace(/\/actions\/runs\/\d+(\/attempts\/\d+)?/g, "/actions/runs/…");
  return a === b || withoutRun(a.replace(/\r\n/g, "\n")) === withoutRun(b);
}
function planStickyComment(options) {
  const ours = options.comments.filter((comment) => isOurs(comment, options.marker, options.author)).sort((a, b) => a.id - b.id);
  const existing = ours[0] ?? null;
  const deletes = ours.slice(1).map((comment) => comment.id);
  if (options.mode === "never") {
    return { write: { action: "none", reason: "comment: never" }, deletes: [], existing };
  }
  if (existing) {
    if (sameContent(existing.body, options.body)) {
      return {
        write: { action: "none", reason: "the comment is up to date", id: existing.id },
        deletes,
        existing
      };
    }
    return { write: { action: "update", id: existing.id, body: options.body }, deletes, existing };
  }
  if (options.mode === "auto" && !options.touchesModels) {
    return {
      write: { action: "none", reason: "this pull request changes no models" },
      deletes,
      existing
    };
  }
  return { write: { action: "create", body: options.body }, deletes, existing };
}

// src/action/acknowledgement.ts
import { createHash as createHash2 } from "node:crypto";
var MAX_RECORDED = 1e3;
var PREFIX = "<!-- dbt-blast-radius:acknowledged ";
var SUFFIX = " -->";
var digest = (text) => createHash2("sha256").update(text).digest("hex").slice(0, 16);
function fingerprint(finding) {
  return digest(
    JSON.stringify([
      finding.rule,
      finding.model,
      finding.exposure ?? null,
      [...finding.related ?? []].sort()
    ])
  );
}
function warningPrints(findings) {
  const prints = /* @__PURE__ */ new Set();
  for (const finding of findings)
    if (finding.severity === "warning") prints.add(fingerprint(finding));
  return [...prints].sort();
}
function recordFor(sha, prints) {
  return prints.length > MAX_RECORDED ? { sha, set: digest(prints.join(",")) } : { sha, warnings: [...prints] };
}
function covers(record, prints) {
  if (record.warnings) {
    const recorded = new Set(record.warnings);
    return (finding) => recorded.has(fingerprint(finding));
  }
  const same = record.set !== void 0 && record.set === digest(prints.join(","));
  return () => same;
}
function recordLine(record) {
  return `${PREFIX}${JSON.stringify(record)}${SUFFIX}`;
}
function readRecord(body) {
  const lines = body.replace(/\r\n/g, "\n").trimEnd().split("\n");
  const last = lines[lines.length - 1] ?? "";
  if (!last.startsWith(PREFIX) || !last.endsWith(SUFFIX)) return null;
  try {
    const value = JSON.parse(last.slice(PREFIX.length, -SUFFIX.length));
    if (typeof value !== "object" || value === null) return null;
    const { sha, warnings, set } = value;
    if (typeof sha !== "string" || !/^[0-9a-f]{40,64}$/i.test(sha)) return null;
    const hex = (x) => typeof x === "string" && /^[0-9a-f]{16}$/.test(x);
    if (Array.isArray(warnings) && warnings.every(hex)) return { sha, warnings };
    if (hex(set)) return { sha, set };
    return null;
  } catch {
    return null;
  }
}
function decideAcknowledgement(options) {
  if (!options.labelOn) return { kind: "none" };
  if (options.labeledNow)
    return { kind: "recorded", record: recordFor(options.head, options.prints), fresh: true };
  if (options.existing) return { kind: "recorded", record: options.existing, fresh: false };
  return { kind: "unrecorded" };
}

// src/action/run.ts
async function run(env = process.env) {
  const outcome = { report: null, context: {}, notes: [] };
  let failure;
  try {
    await execute(env, outcome);
  } catch (error2) {
    failure = describeFailure(error2);
  } finally {
    await writeSummary(outcome, failure);
  }
  if (failure !== void 0) {
    if (!outcome.report) setOutput("verdict", "fail");
    setFailed(failure);
  } else if (outcome.report?.summary.verdict === "fail") {
    const { errors, warnings, failOn } = outcome.report.summary;
    setFailed(
      `dbt Blast Radius: ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"} (fail-on: ${failOn}) — see the job summary`
    );
  }
}
async function execute(env, outcome) {
  const run2 = await prepare(env, outcome);
  if (run2.plan.kind === "audit") await runAudit(run2, run2.plan);
  else await runDiff(run2, run2.plan);
}
async function prepare(env, outcome) {
  const inputs = readInputs((name) => getInput(name));
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  const payload = await readEvent(env.GITHUB_EVENT_PATH);
  const plan = planRun(eventName, payload, inputs.invocation, env.GITHUB_SHA ?? "");
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  if (!owner || !repo)
    throw new ActionInputError("GITHUB_REPOSITORY is not set: this must run inside GitHub Actions");
  const { createGitHub } = await import("./chunks/github-J26NZBDR.js");
  const github = createGitHub(
    inputs.token,
    { warning: (m) => warning(m) },
    env.GITHUB_API_URL
  );
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const refs = plan.kind === "diff" ? [plan.base, plan.head] : [plan.head];
  const local = await hasCommits(workspace, refs);
  const objects = !local && await isGitRepository(workspace) ? workspace : void 0;
  const source = local ? localRepository(workspace) : apiRepository(github, owner, repo, objects);
  info(`Reading commits from ${source.name}.`);
  const runUrl = env.GITHUB_SERVER_URL && env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : void 0;
  return { env, outcome, inputs, plan, github, owner, repo, workspace, local, source, runUrl };
}
async function runAudit(run2, plan) {
  const { source, inputs, outcome, env, runUrl } = run2;
  const head = await source.resolveCommit(plan.head);
  const configAt = plan.configAt === void 0 ? head : await source.resolveCommit(plan.configAt);
  const config = await loadConfig(source, configAt, inputs);
  const text = await source.readFile(head, config.inventory);
  if (text === null)
    throw new RepositoryError(
      `the inventory ${config.inventory} does not exist at ${shortSha(head)}: set inventory-path or "inventory:" in ${inputs.invocation["config-file"]}`
    );
  info(`Auditing ${config.inventory} at ${head} (${plan.reason}).`);
  const code = lineageSources(config).code ? await readAuditCode(source, head) : null;
  if (code?.note) {
    info(code.note);
    outcome.notes.push(code.note);
  }
  const report = buildAuditReport(
    {
      inventoryPath: config.inventory,
      ref: head,
      inventory: parseInventory(text, config.inventory),
      toolVersion: VERSION,
      ...code?.scan && { code: code.scan }
    },
    config
  );
  outcome.context = renderContext(config, { headSha: head, ...runUrl && { runUrl } });
  await publish(report, outcome, env);
}
async function runDiff(run2, plan) {
  const { source, inputs, outcome, env, runUrl, github, owner, repo, local } = run2;
  const [baseCommit, head] = await Promise.all([
    source.resolveCommit(plan.base),
    source.resolveCommit(plan.head)
  ]);
  const config = await loadConfig(source, baseCommit, inputs);
  const common = await source.mergeBase(baseCommit, head) ?? (local ? await apiRepository(github, owner, repo).mergeBase(baseCommit, head) : null);
  const base = common ?? baseCommit;
  if (common && common !== baseCommit && !plan.fromMergeBase) {
    outcome.notes.push(
      `${shortSha(baseCommit)} is not an ancestor of ${shortSha(head)}: the comparison starts from their merge base ${shortSha(common)}.`
    );
  }
  const pullRequest = plan.pullRequest;
  const current = pullRequest ? await readPullRequest(github, owner, repo, pullRequest.number, {
    labels: pullRequest.labels,
    consequence: "using the event's labels"
  }) : null;
  const queueLabels = plan.queuedPullRequest !== void 0 ? (await readPullRequest(github, owner, repo, plan.queuedPullRequest, {
    labels: [],
    consequence: "the warnings of the queued pull request are not acknowledged"
  })).labels : [];
  const [baseText, headText, changed] = await Promise.all([
    source.readFile(base, config.inventory),
    source.readFile(head, config.inventory),
    changedFiles(plan, source, github, owner, repo, base, head, local, current?.headSha === head)
  ]);
  const { lineage: lineage2, manifest } = await readLineage(run2, config, base, head, changed.files);
  if (baseText === null && headText === null && lineage2.code === null) {
    throw new RepositoryError(
      `the inventory ${config.inventory} exists at neither ${shortSha(base)} nor ${shortSha(head)}: set inventory-path or "inventory:" in ${inputs.invocation["config-file"]}`
    );
  }
  if (changed.incomplete !== void 0)
    warning(`The changed files are incomplete: ${changed.incomplete}.`);
  const judged = await judgeAsMerged(run2, {
    config,
    base,
    baseCommit,
    head,
    common,
    fromMergeBase: plan.fromMergeBase,
    baseText,
    headText,
    codeRead: lineage2.code !== null
  });
  const diffInput = await withColumns(
    {
      inventoryPath: config.inventory,
      ...judged,
      changedFiles: changed.files,
      ...lineage2.code && { code: lineage2.code },
      ...manifest && { manifest },
      ...changed.incomplete !== void 0 && { incomplete: changed.incomplete },
      toolVersion: VERSION
    },
    config,
    inputs.invocation.columns ?? config.columns.analyse
  );
  const unacknowledged = buildDiffReport(diffInput, config);
  const label = config["acknowledge-label"];
  const commenting = pullRequest !== null && (plan.trigger === "pull_request" || plan.trigger === "pull_request_target");
  const recordOn = commenting ? pullRequest.number : plan.queuedPullRequest;
  const comments = recordOn === void 0 ? null : await readComments(github, owner, repo, recordOn, outcome);
  const marker = (await loadMarkdown()).commentMarker(config.inventory);
  const ourComment = comments ? findOurComment(comments, marker, config["comment-author"]) : null;
  const prints = warningPrints(unacknowledged.findings);
  const decision = decideAcknowledgement({
    labelOn: (commenting ? current?.labels ?? [] : queueLabels).includes(label),
    labeledNow: commenting && pullRequest.labeled === label,
    existing: ourComment ? readRecord(ourComment.body) : null,
    head,
    prints
  });
  const report = decision.kind === "recorded" ? acknowledgeWhere(unacknowledged, covers(decision.record, prints)) : unacknowledged;
  const ackNote = acknowledgementNote(decision, label, report, commenting);
  if (ackNote) {
    info(ackNote);
    outcome.notes.push(ackNote);
  }
  const judgedHead = judged.head.inventory;
  outcome.context = renderContext(config, {
    ...judgedHead?.usable && { headModels: judgedHead },
    baseSha: judged.base.ref,
    headSha: head,
    ...runUrl && { runUrl },
    ...pullRequest && { acknowledgeLabel: config["acknowledge-label"] }
  });
  await publish(report, outcome, env);
  if (commenting) {
    const trailer = (lineage2.code === null && lineage2.note !== null ? `

${lineageParagraph()}` : "") + (decision.kind === "recorded" ? `

${acknowledgementParagraph(decision.record, label, report)}

${recordLine(decision.record)}` : "");
    await stickyComment(github, owner, repo, pullRequest.number, head, report, outcome, config, {
      comments,
      marker,
      trailer
    });
    await postSuggestions({
      github,
      owner,
      repo,
      pullNumber: pullRequest.number,
      head,
      currentHead: current?.headSha ?? null,
      headText,
      report,
      mode: config.suggestions,
      author: config["comment-author"],
      log: { info: (m) => info(m), warning: (m) => warning(m) },
      notes: outcome.notes
    });
  }
}
function acknowledgementNote(decision, label, report, commenting) {
  const name = `"${label.replace(/[\r\n<>]/g, "")}"`;
  if (decision.kind === "none") return null;
  if (decision.kind === "unrecorded") {
    return commenting ? `The ${name} label is on the pull request, but no acknowledgement is recorded for it (one is recorded when the label is added: the workflow must run on "labeled", and the comment must be writable). Nothing is acknowledged: remove the label and add it again.` : `The ${name} label is on the queued pull request, but its comment records no acknowledgement: nothing is acknowledged.`;
  }
  const acknowledged = report.findings.filter((f) => f.acknowledged).length;
  const open4 = report.summary.warnings;
  return `The ${name} label acknowledges the warnings reviewed at ${shortSha(decision.record.sha)}: ${acknowledged} here count as notices.` + (open4 > 0 ? ` ${open4} warning${open4 === 1 ? " is" : "s are"} new since then and not acknowledged: remove the label and add it again to acknowledge ${open4 === 1 ? "it" : "them"}.` : "");
}
function lineageParagraph() {
  return "**Lineage: inventory only.** The dbt project's code was not read, so references the inventory lacks are not followed (details in the job summary). For the full lineage, check out the history with `actions/checkout` and `fetch-depth: 0`; for `pull_request_target`, see the README.";
}
function acknowledgementParagraph(record, label, report) {
  const name = label.replace(/[`\r\n<>]/g, "");
  const acknowledged = report.findings.filter((f) => f.acknowledged).length;
  const open4 = report.summary.warnings;
  return `**Acknowledged:** the \`${name}\` label covers the warnings reviewed at \`${shortSha(record.sha)}\` (${acknowledged} in this report). ` + (open4 > 0 ? `**${open4} warning${open4 === 1 ? " is" : "s are"} new since then and not acknowledged.** ` : "") + "Warnings added by later pushes are not covered: remove the label and add it again to acknowledge them.";
}
function renderContext(config, extra) {
  return {
    attributionLayers: config["attribution-layers"],
    layerOrder: config["layer-order"],
    ...extra
  };
}
async function publish(report, outcome, env) {
  outcome.report = report;
  const dir = join(env.RUNNER_TEMP ?? process.cwd(), "dbt-blast-radius");
  await mkdir2(dir, { recursive: true });
  const reportPath = join(dir, `report-${report.inventory.path.replace(/[^\w.-]+/g, "_")}.json`);
  const file = await open3(reportPath, "w");
  try {
    await writeJsonAsync(report, (chunk) => file.write(chunk));
  } finally {
    await file.close();
  }
  for (const [name, value] of Object.entries(reportOutputs(report))) setOutput(name, value);
  setOutput("report-path", reportPath);
  const { annotations, omitted } = annotationsFor(report.findings);
  for (const a of annotations) {
    const properties = {
      title: a.title,
      ...a.file !== void 0 && { file: a.file },
      ...a.line !== void 0 && { startLine: a.line }
    };
    if (a.level === "error") error(a.message, properties);
    else if (a.level === "warning") warning(a.message, properties);
    else notice(a.message, properties);
  }
  if (omitted > 0)
    outcome.notes.push(
      `${omitted} more finding${omitted === 1 ? "" : "s"} than GitHub shows as annotations: all are in this summary.`
    );
  const { summary: summary2 } = report;
  info(
    `${summary2.changed} changed, ${summary2.impacted} impacted; ${summary2.errors} errors, ${summary2.warnings} warnings, ${summary2.notices} notices: ${summary2.verdict}.`
  );
}
async function stickyComment(github, owner, repo, number, head, report, outcome, config, read) {
  const warn = (message) => {
    warning(message);
    outcome.notes.push(message);
  };
  try {
    const { COMMENT_LIMIT, renderComment } = await loadMarkdown();
    const { marker, trailer } = read;
    const body = renderComment(report, outcome.context, { maxLength: COMMENT_LIMIT - trailer.length }) + trailer;
    const comments = read.comments ?? await listComments(github, owner, repo, number);
    const plan = planStickyComment({
      comments,
      marker,
      author: config["comment-author"],
      body,
      mode: config.comment,
      touchesModels: report.changes.length > 0
    });
    if (plan.existing) setOutput("comment-url", plan.existing.url);
    if (plan.write.action === "none" && plan.deletes.length === 0) {
      info(`No comment written: ${plan.write.reason}.`);
      return;
    }
    const { data: current } = await github.rest.pulls.get({ owner, repo, pull_number: number });
    if (current.head.sha !== head) {
      info(
        `No comment written: the pull request moved on to ${shortSha(current.head.sha)} since this run started.`
      );
      return;
    }
    for (const id of plan.deletes)
      await github.rest.issues.deleteComment({ owner, repo, comment_id: id });
    if (plan.write.action === "create") {
      const { data } = await github.rest.issues.createComment({
        owner,
        repo,
        issue_number: number,
        body: plan.write.body
      });
      setOutput("comment-url", data.html_url);
    } else if (plan.write.action === "update") {
      const { data } = await github.rest.issues.updateComment({
        owner,
        repo,
        comment_id: plan.write.id,
        body: plan.write.body
      });
      setOutput("comment-url", data.html_url);
    }
  } catch (error2) {
    warn(commentFailure(error2));
  }
}
async function listComments(github, owner, repo, number) {
  const comments = await github.paginate(github.rest.issues.listComments, {
    owner,
    repo,
    issue_number: number,
    per_page: 100
  });
  return comments.map((c) => ({
    id: c.id,
    body: c.body ?? "",
    author: c.user?.login ?? "",
    url: c.html_url
  }));
}
async function readComments(github, owner, repo, number, outcome) {
  try {
    return await listComments(github, owner, repo, number);
  } catch (error2) {
    const message = `Could not read the comments of pull request #${number} (${messageOf(error2)}): no acknowledgement is on record.`;
    warning(message);
    outcome.notes.push(message);
    return null;
  }
}
function findOurComment(comments, marker, author) {
  return comments.filter((c) => isOurs(c, marker, author)).sort((a, b) => a.id - b.id)[0] ?? null;
}
function commentFailure(error2) {
  const status = statusOf(error2);
  const detail = messageOf(error2);
  if (status === 403) {
    return `No PR comment: the token cannot write to this pull request (403: ${detail}). Pull requests from forks get a read-only token on pull_request: use the pull_request_target workflow from the README, or grant "pull-requests: write". The summary, annotations and verdict are unaffected.`;
  }
  if (status === 422)
    return `No PR comment: GitHub rejected it (422: ${detail}). The summary, annotations and verdict are unaffected.`;
  if (status === 404)
    return `No PR comment: the pull request or comment was not found (404: ${detail}); check that the token can access this repository. The summary, annotations and verdict are unaffected.`;
  return `No PR comment: ${status ? `${status}: ` : ""}${detail}. The summary, annotations and verdict are unaffected.`;
}
async function changedFiles(plan, source, github, owner, repo, base, head, local, headIsCurrent) {
  const pr = plan.pullRequest;
  if (local || !pr || !plan.fromMergeBase || !headIsCurrent) return source.changedFiles(base, head);
  if ((pr.changedFiles ?? 0) < PULL_FILES_LIMIT) {
    const files = await pullRequestFiles(github, owner, repo, pr.number);
    if (files.length < PULL_FILES_LIMIT) return { files };
  }
  return source.changedFiles(base, head);
}
async function readPullRequest(github, owner, repo, number, fallback) {
  try {
    const { data } = await github.rest.pulls.get({ owner, repo, pull_number: number });
    return {
      headSha: data.head.sha,
      labels: data.labels.map((label) => label.name ?? "").filter(Boolean)
    };
  } catch (error2) {
    warning(
      `Could not read pull request #${number} (${messageOf(error2)}): ${fallback.consequence}.`
    );
    return { headSha: null, labels: [...fallback.labels] };
  }
}
async function loadConfig(source, sha, inputs) {
  const path = inputs.invocation["config-file"];
  const text = await source.readFile(sha, path);
  if (text === null)
    info(`No ${path} at ${shortSha(sha)}: using the defaults and the inputs.`);
  return parseConfig(text, path, inputs.overrides);
}
async function readLineage(run2, config, base, head, changed) {
  const { source, outcome, workspace, inputs } = run2;
  const lineage2 = await readCodeLineage(source, base, head, changed, lineageSources(config));
  if (lineage2.note !== null) {
    info(lineage2.note);
    outcome.notes.push(lineage2.note);
  }
  const manifest = await readManifests(workspace, inputs.invocation);
  if (manifest) {
    const note = `Lineage: dbt's manifest.json (schema v${manifest.head.schema}, ${manifest.head.edges.length} edges at the head${manifest.base === manifest.head ? ", serving both sides" : ""}) joins the union.`;
    info(note);
    outcome.notes.push(note);
  }
  return { lineage: lineage2, manifest };
}
async function judgeAsMerged(run2, sides) {
  const { config, base, baseCommit, head, common, baseText, headText, codeRead } = sides;
  const inventoryOff = !lineageSources(config).inventory && codeRead;
  const parsedHead = headText === null || inventoryOff ? null : parseInventory(headText, config.inventory);
  const parsedBase = baseText === null || inventoryOff ? null : parseInventory(baseText, config.inventory, parsedHead ?? void 0);
  const asCompared = {
    base: { ref: base, inventory: parsedBase },
    head: { ref: head, inventory: parsedHead }
  };
  if (!sides.fromMergeBase || common === null || common === baseCommit || inventoryOff)
    return asCompared;
  const tipText = await run2.source.readFile(baseCommit, config.inventory);
  const tip = tipText === null ? null : parseInventory(tipText, config.inventory, parsedBase ?? void 0);
  if (!tip?.usable || !(parsedHead === null || parsedHead.usable && parsedBase?.usable))
    return asCompared;
  run2.outcome.notes.push(
    `Judged as merged: the changes are this pull request's own (since the merge base ${shortSha(common)}); layers, lineage and rules come from the base tip ${shortSha(baseCommit)} with those changes applied.` + (codeRead ? ` The code lineage is the pull request's own: from the merge base ${shortSha(common)} to the head, so edges added on the base since then come from the inventory only.` : "")
  );
  return {
    base: { ref: baseCommit, inventory: tip },
    head: {
      ref: head,
      inventory: parsedHead && parsedBase ? mergeResult(parsedBase, parsedHead, tip) : null
    }
  };
}
async function withColumns(input, config, analyse) {
  if (!analyse || !input.code?.baseFiles || input.code.changes.length === 0) return input;
  const { withColumnImpact } = await import("./chunks/attach-AU4KEEK2.js");
  info("Analysing columns in the isolated renderer.");
  return withColumnImpact(input, columnOptions(config), {});
}
async function readEvent(path) {
  if (!path) return {};
  try {
    return JSON.parse(await readFile(path, "utf8"));
  } catch (error2) {
    throw new ActionInputError(
      `cannot read the event payload ${path}: ${error2.message}`
    );
  }
}
async function writeSummary(outcome, failure) {
  try {
    const report = outcome.report;
    const markdown = report ? await loadMarkdown() : null;
    const text = composeSummary(
      failure,
      outcome.notes,
      report && markdown ? (maxLength) => report.mode === "audit" ? markdown.renderAudit(report, outcome.context, { maxLength }) : markdown.renderSummary(report, outcome.context, { maxLength }) : null
    );
    if (text !== "") await summary.addRaw(text).write();
  } catch (error2) {
    warning(`Could not write the job summary: ${error2.message}`);
  }
}
var loadMarkdown = () => import("./chunks/markdown-FZFAUHWX.js");
function describeFailure(error2) {
  if (error2 instanceof ActionInputError || error2 instanceof UnsupportedEventError || error2 instanceof RepositoryError || error2 instanceof ConfigError || error2 instanceof GitError) {
    return `dbt Blast Radius: ${error2.message}`;
  }
  const message = error2 instanceof Error ? error2.message : String(error2);
  if (error2 instanceof Error && error2.stack) debug(error2.stack);
  return `dbt Blast Radius: unexpected error: ${message} — please report it (re-run with debug logging for the stack)`;
}
function shortSha(sha) {
  return /^[0-9a-f]{40}$/i.test(sha) ? sha.slice(0, 7) : sha;
}

// src/index.ts
await run();
