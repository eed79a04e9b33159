import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  _default,
  _enum,
  _maxLength,
  _minLength,
  _nonnegative,
  _positive,
  array,
  boolean,
  int,
  looseObject,
  nullable,
  optional,
  record,
  strictObject,
  string,
  unknown
} from "./chunk-MCUOUGCM.js";
import {
  didYouMean
} from "./chunk-HDHW62PR.js";
import {
  DIALECTS
} from "./chunk-5FNQ5K7F.js";
import {
  layerByPath,
  require_picomatch
} from "./chunk-ZPQE6JQE.js";
import {
  Int32Pairs,
  compareNames,
  hasEdge,
  outDegree,
  reverseGraph
} from "./chunk-3LNE3NSN.js";
import {
  __toESM
} from "./chunk-PY5VAGIZ.js";

// src/rules/config-rules.ts
var import_picomatch = __toESM(require_picomatch(), 1);

// src/config/defaults.ts
var DEFAULT_ATTRIBUTION_LAYERS = [
  "identity",
  "signal",
  "attribution",
  "channel"
];

// src/rules/message.ts
function isSaid(value) {
  return typeof value === "object" && value !== null && "parts" in value && "message" in value;
}
function said(strings, ...values) {
  const parts = [];
  let message = "";
  const push = (part) => {
    const last = parts[parts.length - 1];
    if ("text" in part && part.text === "") return;
    if (last && "text" in last && "text" in part)
      parts[parts.length - 1] = { text: last.text + part.text };
    else parts.push(part);
  };
  let pending = strings[0];
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    const after = strings[i + 1];
    if (!isSaid(value) && pending.endsWith("`") && after.startsWith("`")) {
      const name = String(value);
      push({ text: pending.slice(0, -1) });
      push({ code: name });
      message += `${pending}${name}`;
      pending = after.slice(1);
      message += "`";
      continue;
    }
    push({ text: pending });
    message += pending;
    if (isSaid(value)) {
      value.parts.forEach(push);
      message += value.message;
    } else {
      push({ text: String(value) });
      message += String(value);
    }
    pending = after;
  }
  push({ text: pending });
  message += pending;
  return { message, parts };
}
function joinSaid(items, separator) {
  const parts = [];
  items.forEach((item, i) => {
    if (i > 0) parts.push({ text: separator });
    parts.push(...item.parts);
  });
  return { message: items.map((item) => item.message).join(separator), parts };
}

// src/rules/config-rules.ts
var SUGGEST_WORK = 4e6;
var SUGGEST_MAX_LENGTH = 200;
var GLOB_CHARS = /[*?[\]{}()!+@\\]/;
var MATCHES_NOTHING = {
  id: "config/matches-nothing",
  severity: "warning",
  category: "config",
  modes: ["diff", "audit"],
  summary: "an exposure pattern, `ignore` glob or attribution layer selects no model",
  fix: "Correct the pattern or layer name in the configuration (see the suggestion), or remove it."
};
function configFindings(config, models, options = {}) {
  if (models.length === 0) return [];
  const findings = [];
  const file = options.file ?? null;
  const finding = (path, message, severity = MATCHES_NOTHING.severity) => findings.push({
    rule: MATCHES_NOTHING.id,
    severity,
    model: null,
    ...message,
    file,
    line: file !== null && options.lineOf?.(path) || null,
    jsonPath: configPath(path)
  });
  const where = (path) => `(${configPath(path)}${file ? ` in ${file}` : ""})`;
  const names = models.map((model) => model.name);
  config.exposures.forEach((exposure, i) => {
    exposure.models.forEach((pattern, j) => {
      if (anyMatch(pattern, names)) return;
      const path = ["exposures", i, "models", j];
      const hint = suggestPattern(pattern, names);
      finding(
        path,
        said`exposure "${exposure.name}": the pattern \`${pattern}\` ${where(path)} matches no model name, so the exposure is never reported${hint ? said` — did you mean \`${hint}\`?` : ""}`
      );
    });
  });
  const paths = models.map((model) => model.path);
  config.ignore.forEach((pattern, i) => {
    if (anyMatch(pattern, paths)) return;
    const path = ["ignore", i];
    const hint = suggestPattern(pattern, paths);
    finding(
      path,
      said`the ignore pattern \`${pattern}\` ${where(path)} matches no model path, so it ignores nothing${hint ? said` — did you mean \`${hint}\`?` : ""}`
    );
  });
  const layers = new Set(models.map((model) => model.layer));
  const attribution = config["attribution-layers"];
  const missing = attribution.map((layer, i) => ({ layer, i })).filter(({ layer }) => !layers.has(layer));
  if (missing.length === 0) return findings;
  const defaults = DEFAULT_ATTRIBUTION_LAYERS;
  const isDefault = attribution.length === defaults.length && attribution.every((l, i) => l === defaults[i]);
  if (isDefault) {
    if (missing.length === attribution.length && options.defaultsNotice !== false)
      finding(
        ["attribution-layers"],
        said`no model is in any of the default attribution layers (${joinSaid(
          attribution.map((l) => said`\`${l}\``),
          ", "
        )}), so attribution checks are off: set attribution-layers to the layers that compute attribution, or to [] if none do`,
        "notice"
      );
    return findings;
  }
  for (const { layer, i } of missing) {
    const path = ["attribution-layers", i];
    const hint = closest(layer, layers, false)?.candidate;
    finding(
      path,
      said`the attribution layer \`${layer}\` ${where(path)} is the layer of no model, so no model is checked as attribution there${hint !== void 0 ? said` — did you mean \`${hint}\`?` : ""}`
    );
  }
  return findings;
}
function configPath(path) {
  return path.map(
    (segment, i) => typeof segment === "number" ? `[${segment}]` : i === 0 ? segment : `.${segment}`
  ).join("");
}
function anyMatch(pattern, values) {
  const matches = (0, import_picomatch.default)(pattern, { dot: true });
  for (const value of values) if (matches(value)) return true;
  return false;
}
function suggestPattern(pattern, values) {
  const cut = pattern.search(GLOB_CHARS);
  if (cut === -1) return closest(pattern, values, false)?.candidate;
  const prefix = pattern.slice(0, cut);
  if (prefix === "") return void 0;
  const best = closest(prefix, values, true);
  if (!best) return void 0;
  const suggestion = best.candidate.slice(0, best.end) + pattern.slice(cut);
  return (0, import_picomatch.default)(suggestion, { dot: true })(best.candidate) ? suggestion : void 0;
}
function closest(input, candidates, prefix) {
  if (input.length > SUGGEST_MAX_LENGTH) return void 0;
  const limit = Math.max(2, Math.floor(input.length / 3));
  let best;
  let work = 0;
  const seen = /* @__PURE__ */ new Set();
  for (const candidate of candidates) {
    if (candidate === input || candidate.length > SUGGEST_MAX_LENGTH + limit) continue;
    const compared = prefix ? candidate.slice(0, input.length + limit) : candidate;
    if (!prefix && Math.abs(candidate.length - input.length) > limit) continue;
    if (seen.has(compared)) continue;
    seen.add(compared);
    work += (input.length + 1) * (compared.length + 1);
    if (work > SUGGEST_WORK) break;
    const { distance, end } = editDistance(input, compared, prefix);
    if (distance <= limit && (!best || distance < best.distance))
      best = { candidate, end, distance };
  }
  return best && { candidate: best.candidate, end: best.end };
}
function editDistance(a, b, prefix) {
  let previous = Array.from({ length: a.length + 1 }, (_, i) => i);
  let distance = previous[a.length];
  let end = 0;
  for (let j = 1; j <= b.length; j++) {
    const current = [j];
    for (let i = 1; i <= a.length; i++) {
      const substitution = previous[i - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[i] + 1, current[i - 1] + 1, substitution));
    }
    previous = current;
    if (prefix && previous[a.length] <= distance) {
      distance = previous[a.length];
      end = j;
    }
  }
  return prefix ? { distance, end } : { distance: previous[a.length], end: b.length };
}
var CONFIG_CHECKS = [
  {
    rules: [MATCHES_NOTHING.id],
    diff: ({ config, judged }) => judged ? configFindings(config, judged.head.models, { defaultsNotice: false }) : [],
    audit: ({ config, inventory, configFile }) => inventory.usable ? configFindings(config, inventory.models, configFile) : []
  }
];

// src/rules/contract-rules.ts
var CONTRACT_BREAKING = {
  id: "contract/breaking",
  severity: "error",
  category: "contract",
  modes: ["diff"],
  summary: "a model with an enforced contract loses or retypes a declared column, or no longer produces one (with `--columns`)",
  fix: "Keep the column (or its type), or version the model and migrate its consumers first."
};
function contractFindings(context) {
  return (context.contracts ?? []).map((v) => {
    const what = v.kind === "removed" ? said`its column \`${v.column}\` was removed` : v.kind === "retyped" ? said`its column \`${v.column}\` changed type` : said`it declares \`${v.column}\`, which its SQL does not produce`;
    return {
      rule: CONTRACT_BREAKING.id,
      severity: CONTRACT_BREAKING.severity,
      model: v.model,
      ...said`\`${v.model}\` has an enforced contract and ${what}`,
      related: [v.column],
      file: v.file,
      line: null
    };
  });
}
var CONTRACT_CHECKS = [
  { rules: [CONTRACT_BREAKING.id], diff: contractFindings }
];

// src/lineage/code-view.ts
var LISTED_KINDS = /* @__PURE__ */ new Set(["model", "seed", "snapshot", "source"]);
function codeView(scan, layers = []) {
  if (!scan) return { models: [], files: [] };
  const byId = new Map(scan.nodes.map((node) => [node.id, node]));
  const upstream = /* @__PURE__ */ new Map();
  const downstream = /* @__PURE__ */ new Map();
  const add = (map, id, name) => {
    let set = map.get(id);
    if (!set) map.set(id, set = /* @__PURE__ */ new Set());
    set.add(name);
  };
  for (const edge of scan.edges) {
    const from = byId.get(edge.from);
    const to = byId.get(edge.to);
    if (!from || !to || !LISTED_KINDS.has(from.kind) || !LISTED_KINDS.has(to.kind)) continue;
    add(upstream, to.id, from.display);
    add(downstream, from.id, to.display);
  }
  const layerAt = layerByPath(layers);
  const models = [];
  for (const node of scan.nodes) {
    if (node.kind !== "model" || node.external) continue;
    const layer = layerAt(node.path) ?? node.layer;
    models.push({
      name: node.display,
      path: node.path,
      upstream: [...upstream.get(node.id) ?? []].sort(),
      downstream: [...downstream.get(node.id) ?? []].sort(),
      ...node.description !== void 0 && { description: node.description },
      ...layer !== void 0 && { layer }
    });
  }
  return { models, files: scan.files };
}

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text, ignoreTrivia = false) {
  const len = text.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text.length && text.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text.length && (text.charCodeAt(pos) === 69 || text.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text.length && text.charCodeAt(pos) === 43 || text.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text.substring(start, end);
  }
  function scanString() {
    let result = "", start = pos;
    while (true) {
      if (pos >= len) {
        result += text.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text.charCodeAt(pos);
      if (ch === 34) {
        result += text.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += "\n";
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result += text.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code = text.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do {
        pos++;
        value += String.fromCharCode(code);
        code = text.charCodeAt(pos);
      } while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value += String.fromCharCode(code);
      if (code === 13 && text.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text.substring(start, pos);
          return token = 12;
        }
        if (text.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text.charCodeAt(pos);
            if (ch === 42 && text.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code)) {
          pos++;
          code = text.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result;
    do {
      result = scanNext();
    } while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
(function(CharacterCodes2) {
  CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
  CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
  CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
  CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
  CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
  CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
  CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
  CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
  CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
  CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
  CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
  CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
  CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
  CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
  CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
  CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
  CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
  CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
  CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
  CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
  CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
  CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
  CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
  CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
  CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
  CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
  CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
  CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
  CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
  CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
  CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
  CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
  CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
  CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
  CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
  CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
  CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
  CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
  CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
  CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
  CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
  CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
  CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
  CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
  CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
  CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
  CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
  CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
  CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
  CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
  CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
  CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
  CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
  CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
  CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
  CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
  CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
  CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
  CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
  CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
  CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
  CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
  CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
  CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
  CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
  CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
  CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
  CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
  CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
  CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
  CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
  CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
  CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
  CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
  CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
  CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
  CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
  CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
  CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
  CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces = new Array(20).fill(0).map((_, index) => {
  return " ".repeat(index);
});
var maxCachedValues = 200;
var cachedBreakLinesWithSpaces = {
  " ": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + " ".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + " ".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + " ".repeat(index);
    })
  },
  "	": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + "	".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + "	".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + "	".repeat(index);
    })
  }
};

// node_modules/jsonc-parser/lib/esm/impl/parser.js
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: false
  };
})(ParseOptions || (ParseOptions = {}));
function parse(text, errors = [], options = ParseOptions.DEFAULT) {
  let currentProperty = null;
  let currentParent = [];
  const previousParents = [];
  function onValue(value) {
    if (Array.isArray(currentParent)) {
      currentParent.push(value);
    } else if (currentProperty !== null) {
      currentParent[currentProperty] = value;
    }
  }
  const visitor = {
    onObjectBegin: () => {
      const object = {};
      onValue(object);
      previousParents.push(currentParent);
      currentParent = object;
      currentProperty = null;
    },
    onObjectProperty: (name) => {
      currentProperty = name;
    },
    onObjectEnd: () => {
      currentParent = previousParents.pop();
    },
    onArrayBegin: () => {
      const array2 = [];
      onValue(array2);
      previousParents.push(currentParent);
      currentParent = array2;
      currentProperty = null;
    },
    onArrayEnd: () => {
      currentParent = previousParents.pop();
    },
    onLiteralValue: onValue,
    onError: (error, offset, length) => {
      errors.push({ error, offset, length });
    }
  };
  visit(text, visitor, options);
  return currentParent[0];
}
function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
  let currentParent = { type: "array", offset: -1, length: -1, children: [], parent: void 0 };
  function ensurePropertyComplete(endOffset) {
    if (currentParent.type === "property") {
      currentParent.length = endOffset - currentParent.offset;
      currentParent = currentParent.parent;
    }
  }
  function onValue(valueNode) {
    currentParent.children.push(valueNode);
    return valueNode;
  }
  const visitor = {
    onObjectBegin: (offset) => {
      currentParent = onValue({ type: "object", offset, length: -1, parent: currentParent, children: [] });
    },
    onObjectProperty: (name, offset, length) => {
      currentParent = onValue({ type: "property", offset, length: -1, parent: currentParent, children: [] });
      currentParent.children.push({ type: "string", value: name, offset, length, parent: currentParent });
    },
    onObjectEnd: (offset, length) => {
      ensurePropertyComplete(offset + length);
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onArrayBegin: (offset, length) => {
      currentParent = onValue({ type: "array", offset, length: -1, parent: currentParent, children: [] });
    },
    onArrayEnd: (offset, length) => {
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onLiteralValue: (value, offset, length) => {
      onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
      ensurePropertyComplete(offset + length);
    },
    onSeparator: (sep, offset, length) => {
      if (currentParent.type === "property") {
        if (sep === ":") {
          currentParent.colonOffset = offset;
        } else if (sep === ",") {
          ensurePropertyComplete(offset);
        }
      }
    },
    onError: (error, offset, length) => {
      errors.push({ error, offset, length });
    }
  };
  visit(text, visitor, options);
  const result = currentParent.children[0];
  if (result) {
    delete result.parent;
  }
  return result;
}
function visit(text, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    onError(error);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}
function getNodeType(value) {
  switch (typeof value) {
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "string":
      return "string";
    case "object": {
      if (!value) {
        return "null";
      } else if (Array.isArray(value)) {
        return "array";
      }
      return "object";
    }
    default:
      return "null";
  }
}

// node_modules/jsonc-parser/lib/esm/main.js
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2["None"] = 0] = "None";
  ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
  ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
  ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
  ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
  ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
  ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
(function(SyntaxKind2) {
  SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
  SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
  SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
  SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
  SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
  SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
  SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
  SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
  SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
  SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
  SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
  SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
  SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
  SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
  SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
  SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
  SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
})(SyntaxKind || (SyntaxKind = {}));
var parse2 = parse;
var parseTree2 = parseTree;
var ParseErrorCode;
(function(ParseErrorCode2) {
  ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
  ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
  ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
  ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
  ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
  ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
  ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
  ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
  ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
  ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
  ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));
function printParseErrorCode(code) {
  switch (code) {
    case 1:
      return "InvalidSymbol";
    case 2:
      return "InvalidNumberFormat";
    case 3:
      return "PropertyNameExpected";
    case 4:
      return "ValueExpected";
    case 5:
      return "ColonExpected";
    case 6:
      return "CommaExpected";
    case 7:
      return "CloseBraceExpected";
    case 8:
      return "CloseBracketExpected";
    case 9:
      return "EndOfFileExpected";
    case 10:
      return "InvalidCommentToken";
    case 11:
      return "UnexpectedEndOfComment";
    case 12:
      return "UnexpectedEndOfString";
    case 13:
      return "UnexpectedEndOfNumber";
    case 14:
      return "InvalidUnicode";
    case 15:
      return "InvalidEscapeCharacter";
    case 16:
      return "InvalidCharacter";
  }
  return "<unknown ParseErrorCode>";
}

// src/inventory/json-text.ts
var QUOTE = 34;
var BACKSLASH = 92;
var OPEN_BRACE = 123;
var OPEN_BRACKET = 91;
var CLOSE_BRACKET = 93;
var COMMA = 44;
var COLON = 58;
function walkModelsArray(text, walk) {
  let found = null;
  let at = skipSpace(text, 0);
  if (text.charCodeAt(at) !== OPEN_BRACE) return null;
  at = skipSpace(text, at + 1);
  while (text.charCodeAt(at) === QUOTE) {
    const keyEnd = skipString(text, at);
    const key = decodeString(text.slice(at + 1, keyEnd));
    at = skipSpace(text, keyEnd + 1);
    if (text.charCodeAt(at) !== COLON) return null;
    at = skipSpace(text, at + 1);
    if (key === "models" && text.charCodeAt(at) === OPEN_BRACKET) {
      found = walk(at);
      if (!found) return null;
      at = found.end + 1;
    } else {
      at = skipValue(text, at);
    }
    at = skipSpace(text, at);
    if (text.charCodeAt(at) !== COMMA) break;
    at = skipSpace(text, at + 1);
  }
  return found;
}
function forEachElement(text, open, visit2) {
  let at = skipSpace(text, open + 1);
  if (text.charCodeAt(at) === CLOSE_BRACKET) return at;
  for (; ; ) {
    const end = visit2(at);
    if (end === -1) return -1;
    at = skipSpace(text, end);
    if (text.charCodeAt(at) !== COMMA) return at;
    at = skipSpace(text, at + 1);
  }
}
function childOffset(text, at, segment) {
  const open = text.charCodeAt(at);
  if (open !== (typeof segment === "number" ? 91 : 123)) return -1;
  let found = -1;
  let index = 0;
  let i = skipSpace(text, at + 1);
  while (i < text.length && text.charCodeAt(i) !== 93 && text.charCodeAt(i) !== 125) {
    if (open === 123) {
      const keyEnd = skipString(text, i);
      const key = decodeString(text.slice(i + 1, keyEnd));
      i = skipSpace(text, skipSpace(text, keyEnd + 1) + 1);
      if (key === segment) found = i;
    } else if (index++ === segment) {
      return i;
    }
    i = skipSpace(text, skipValue(text, i));
    if (text.charCodeAt(i) !== 44) break;
    i = skipSpace(text, i + 1);
  }
  return found;
}
function stringMember(text, start, key) {
  const at = childOffset(text, start, key);
  if (at === -1 || text.charCodeAt(at) !== QUOTE) return void 0;
  return decodeString(text.slice(at + 1, skipString(text, at)));
}
function decodeString(raw) {
  if (!raw.includes("\\")) return raw;
  try {
    return JSON.parse(`"${raw}"`);
  } catch {
    return void 0;
  }
}
function skipValue(text, start) {
  const c = text.charCodeAt(start);
  if (c === QUOTE) return skipString(text, start) + 1;
  let i = start;
  if (c === 123 || c === 91) {
    let depth = 0;
    for (; i < text.length; i++) {
      const d = text.charCodeAt(i);
      if (d === QUOTE) i = skipString(text, i);
      else if (d === 123 || d === 91) depth++;
      else if ((d === 125 || d === 93) && --depth === 0) return i + 1;
    }
    return i;
  }
  while (i < text.length) {
    const d = text.charCodeAt(i);
    if (d <= 32 || d === 44 || d === 93 || d === 125) break;
    i++;
  }
  return i;
}
function skipSpace(text, start) {
  let i = start;
  while (i < text.length && text.charCodeAt(i) <= 32) i++;
  return i;
}
function skipString(text, start) {
  let i = start + 1;
  for (; ; ) {
    const quote = text.indexOf('"', i);
    if (quote === -1) return text.length - 1;
    let backslashes = 0;
    for (let j = quote - 1; j > start && text.charCodeAt(j) === BACKSLASH; j--) backslashes++;
    if (backslashes % 2 === 0) return quote;
    i = quote + 1;
  }
}

// src/inventory/locate.ts
function formatJsonPath(path) {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out === "" ? "(root)" : out;
}
var JsonLocator = class {
  constructor(text) {
    this.text = text;
  }
  text;
  lineStarts = null;
  entries;
  position(offset) {
    const starts = this.lineStarts ??= computeLineStarts(this.text);
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  }
  /** Line of the value at `path`, or of its nearest existing ancestor. */
  line(path) {
    const offset = this.offset(path);
    return offset === void 0 ? void 0 : this.position(offset).line;
  }
  /** Start and end offsets of each `models` entry (see scanModelEntries), computed once. */
  modelEntries() {
    if (this.entries === void 0) this.entries = scanModelEntries(this.text);
    return this.entries;
  }
  offset(path) {
    if (path[0] === "models" && typeof path[1] === "number") {
      const entries = this.modelEntries();
      const i = path[1];
      if (entries && 2 * i + 1 < entries.length) {
        return offsetWithin(this.text, entries[2 * i], path.slice(2));
      }
    }
    const root = skipSpace(this.text, 0);
    return root < this.text.length ? offsetWithin(this.text, root, path) : void 0;
  }
};
function offsetWithin(text, start, path) {
  let at = start;
  for (const segment of path) {
    const child = childOffset(text, at, segment);
    if (child === -1) break;
    at = child;
  }
  return at;
}
function scanModelEntries(text) {
  const found = walkModelsArray(text, (open) => {
    const offsets = new Int32Pairs();
    const end = forEachElement(text, open, (at) => {
      const elementEnd = skipValue(text, at);
      offsets.add(at, elementEnd);
      return elementEnd;
    });
    return { end, offsets };
  });
  return found && found.offsets.flat();
}
function computeLineStarts(text) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

// src/inventory/name-index.ts
var NameIndex = class _NameIndex {
  names = [];
  slots;
  hashes;
  mask;
  /** The names end to end and where each starts, once `pack` is called; dropped by an add. */
  packed;
  constructor(expected = 0) {
    const capacity = capacityFor(expected);
    this.slots = new Int32Array(capacity).fill(EMPTY);
    this.hashes = new Int32Array(capacity);
    this.mask = capacity - 1;
  }
  static of(names) {
    const index = new _NameIndex();
    for (const name of names) index.add(name);
    return index.pack();
  }
  /** Lays the names end to end for fast lookups: call it once the names are all in. */
  pack() {
    const { names } = this;
    const starts = new Int32Array(names.length + 1);
    let at = 0;
    for (let i = 0; i < names.length; i++) {
      starts[i] = at;
      at += names[i].length;
    }
    starts[names.length] = at;
    this.packed = { text: names.join(""), starts };
    return this;
  }
  /** Adds `name` at the next position; if it is already in, adds nothing and returns its position. */
  add(name) {
    const hash = hashOf(name);
    const i = this.slotOf(name, hash);
    const found = this.slots[i];
    if (found !== EMPTY) return found;
    this.slots[i] = this.names.length;
    this.hashes[i] = hash;
    this.names.push(name);
    this.packed = void 0;
    if (2 * this.names.length > this.slots.length) this.grow();
    return void 0;
  }
  get(name) {
    if (!this.packed) return this.find(name);
    const { text, starts } = this.packed;
    const hash = hashOf(name);
    const { slots, hashes, mask } = this;
    const length = name.length;
    let i = hash & mask;
    for (let id = slots[i]; id !== EMPTY; id = slots[i]) {
      if (hashes[i] === hash) {
        const start = starts[id];
        if (starts[id + 1] - start === length) {
          let k = 0;
          while (k < length && text.charCodeAt(start + k) === name.charCodeAt(k)) k++;
          if (k === length) return id;
        }
      }
      i = i + 1 & mask;
    }
    return void 0;
  }
  /** `get` before `pack`: each hit is checked against the name's own string. */
  find(name) {
    const id = this.slots[this.slotOf(name, hashOf(name))];
    return id === EMPTY ? void 0 : id;
  }
  /** The slot that holds `name`, or the empty one where it would go. */
  slotOf(name, hash) {
    const { slots, hashes, mask, names } = this;
    let i = hash & mask;
    for (let id = slots[i]; id !== EMPTY; id = slots[i]) {
      if (hashes[i] === hash && names[id] === name) return i;
      i = i + 1 & mask;
    }
    return i;
  }
  has(name) {
    return this.get(name) !== void 0;
  }
  get size() {
    return this.names.length;
  }
  *entries() {
    for (let i = 0; i < this.names.length; i++) yield [this.names[i], i];
  }
  keys() {
    return this.names.values();
  }
  *values() {
    for (let i = 0; i < this.names.length; i++) yield i;
  }
  forEach(visit2) {
    this.names.forEach((name, i) => visit2(i, name, this));
  }
  [Symbol.iterator]() {
    return this.entries();
  }
  grow() {
    const capacity = 2 * this.slots.length;
    const slots = new Int32Array(capacity).fill(EMPTY);
    const hashes = new Int32Array(capacity);
    const mask = capacity - 1;
    for (let j = 0; j < this.slots.length; j++) {
      const id = this.slots[j];
      if (id === EMPTY) continue;
      let i = this.hashes[j] & mask;
      while (slots[i] !== EMPTY) i = i + 1 & mask;
      slots[i] = id;
      hashes[i] = this.hashes[j];
    }
    this.slots = slots;
    this.hashes = hashes;
    this.mask = mask;
  }
};
var EMPTY = -1;
var SEED = Math.random() * 4294967296 | 0;
function capacityFor(expected) {
  let capacity = 16;
  while (capacity < 2 * expected) capacity *= 2;
  return capacity;
}
function hashOf(name) {
  let h = SEED ^ 2166136261;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619);
  h ^= h >>> 16;
  h = Math.imul(h, 2246822507);
  h ^= h >>> 13;
  h = Math.imul(h, 3266489909);
  return h ^ h >>> 16;
}

// src/inventory/reuse.ts
var MISMATCH_TOLERANCE = 64;
var OPEN_BRACE2 = 123;
function reuseIdenticalEntries(text, reference) {
  const theirs = reference.locator.modelEntries();
  if (!theirs) return null;
  const theirText = reference.locator.text;
  const count = theirs.length / 2;
  const valid = new Array(count);
  const salvaged = reference.invalidFields;
  reference.models.forEach((model, i) => {
    if (salvaged.size === 0 || !salvaged.has(model.name)) valid[reference.sourceIndex[i]] = model;
  });
  const validUpTo = new Int32Array(count + 1);
  validUpTo[count] = count;
  for (let k = count - 1; k >= 0; k--)
    validUpTo[k] = valid[k] === void 0 ? k : validUpTo[k + 1];
  const sameText = (from, to, shift) => text.slice(from + shift, to + shift) === theirText.slice(from, to);
  const sharedRun = (at, k) => {
    const limit = validUpTo[k] - k;
    if (limit === 0) return 0;
    const shift = at - theirs[2 * k];
    const endOf = (c) => theirs[2 * (k + c - 1) + 1];
    if (!sameText(theirs[2 * k], endOf(1), shift)) return 0;
    let good = 1;
    for (let step = 1; good < limit; step *= 2) {
      const longer = Math.min(good + step, limit);
      if (sameText(endOf(good), endOf(longer), shift)) {
        good = longer;
        continue;
      }
      let bad = longer;
      while (bad - good > 1) {
        const middle = good + bad >>> 1;
        if (sameText(endOf(good), endOf(middle), shift)) good = middle;
        else bad = middle;
      }
      break;
    }
    return good;
  };
  const walkModels = (open) => {
    const layout2 = [];
    const pieces = [];
    let copied = 0;
    let matched = 0;
    let missed = 0;
    let next = 0;
    const end = forEachElement(text, open, (at) => {
      let k = next;
      let run = k < count ? sharedRun(at, k) : 0;
      if (run === 0) {
        const name = text.charCodeAt(at) === OPEN_BRACE2 ? stringMember(text, at, "name") : void 0;
        const position = name === void 0 ? void 0 : reference.indexByName.get(name);
        if (position === void 0) {
          k = -1;
        } else {
          k = reference.sourceIndex[position];
          next = k + 1;
          run = sharedRun(at, k);
          if (run === 0) k = -1;
        }
      }
      const end2 = k === -1 ? skipValue(text, at) : at + theirs[2 * (k + run - 1) + 1] - theirs[2 * k];
      if (k === -1) {
        layout2.push(-1, 1);
        if (++missed > MISMATCH_TOLERANCE && missed > matched) return -1;
      } else {
        layout2.push(k, run);
        next = k + run;
        matched += run;
        pieces.push(text.slice(copied, at), "null");
        copied = end2;
      }
      return end2;
    });
    return end === -1 || matched === 0 && layout2.length > 0 ? null : { layout: layout2, pieces, copied, end };
  };
  const found = walkModelsArray(text, walkModels);
  if (!found) return null;
  found.pieces.push(text.slice(found.copied));
  const { layout } = found;
  return {
    skeleton: found.pieces.join(""),
    expand(parsed) {
      if (parsed.length !== layout.length / 2) return null;
      let total = 0;
      for (let j = 1; j < layout.length; j += 2) total += layout[j];
      const entries = new Array(total);
      const shared = new Uint8Array(total);
      let i = 0;
      for (let j = 0; j < parsed.length; j++) {
        const k = layout[2 * j];
        if (k === -1) {
          entries[i++] = parsed[j];
          continue;
        }
        for (let c = k; c < k + layout[2 * j + 1]; c++) {
          shared[i] = 1;
          entries[i++] = valid[c];
        }
      }
      return { entries, shared };
    }
  };
}

// src/inventory/schema.ts
var LIST_FIELDS = [
  "upstream_dependencies",
  "downstream_consumers",
  "attribution_concepts",
  "key_patterns"
];
var MAX_NAME_LENGTH = 512;
var TOO_LONG = `names are at most ${MAX_NAME_LENGTH} characters`;
var nameList = array(string().check(_maxLength(MAX_NAME_LENGTH, TOO_LONG)));
var modelSchema = looseObject({
  name: string().check(
    _minLength(1, "model name must not be empty"),
    _maxLength(MAX_NAME_LENGTH, `model ${TOO_LONG}`)
  ),
  path: string(),
  layer: string(),
  description: optional(string()),
  upstream_dependencies: optional(nameList),
  downstream_consumers: optional(nameList),
  attribution_concepts: optional(nameList),
  key_patterns: optional(nameList)
});
var inventorySchema = looseObject({
  models: array(unknown())
});
function isInventoryShape(document) {
  return typeof document === "object" && document !== null && !Array.isArray(document) && Array.isArray(document.models);
}
function isValidModel(entry) {
  if (typeof entry !== "object" || entry === null || Array.isArray(entry)) return false;
  const model = entry;
  if (typeof model.name !== "string" || model.name === "") return false;
  if (model.name.length > MAX_NAME_LENGTH) return false;
  if (typeof model.path !== "string" || typeof model.layer !== "string") return false;
  if (model.description !== void 0 && typeof model.description !== "string") return false;
  return isNameList(model.upstream_dependencies) && isNameList(model.downstream_consumers) && isNameList(model.attribution_concepts) && isNameList(model.key_patterns);
}
function isNameList(list) {
  if (list === void 0) return true;
  if (!Array.isArray(list)) return false;
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (typeof item !== "string" || item.length > MAX_NAME_LENGTH) return false;
  }
  return true;
}

// src/inventory/parse.ts
function modelLine(inventory, modelIndex, ...rest) {
  const index = inventory.sourceIndex[modelIndex];
  if (index === void 0) return void 0;
  return inventory.locator.line(["models", index, ...rest]);
}
function parseInventory(rawText, file, reference) {
  const text = rawText.charCodeAt(0) === 65279 ? rawText.slice(1) : rawText;
  const locator2 = new JsonLocator(text);
  const unusable = (problem) => ({
    file,
    models: [],
    sourceIndex: [],
    indexByName: /* @__PURE__ */ new Map(),
    invalidFields: /* @__PURE__ */ new Map(),
    problems: [problem],
    usable: false,
    locator: locator2
  });
  if (reference?.usable && text !== "" && reference.locator.text === text) {
    return { ...reference, file };
  }
  const reused = reference?.usable ? reuseIdenticalEntries(text, reference) : null;
  let document;
  try {
    document = JSON.parse(reused ? reused.skeleton : text);
  } catch (error) {
    if (reused) return parseInventory(text, file);
    return unusable(syntaxProblem(text, locator2, error));
  }
  const top = isInventoryShape(document) ? null : inventorySchema.safeParse(document);
  if (top && !top.success) {
    const issue = top.error.issues[0];
    return unusable({
      message: `${formatJsonPath(issue.path)}: ${describeIssue(issue, document)} — an inventory is an object { "models": [ ... ] }`,
      path: formatJsonPath(issue.path),
      line: locator2.line(issue.path)
    });
  }
  let entries = document.models;
  let shared;
  if (reused) {
    const expanded = reused.expand(entries);
    if (!expanded) return parseInventory(text, file);
    ({ entries, shared } = expanded);
    const same = reference && sameNamesInOrder(entries, reference);
    if (same) return { file, ...same, usable: true, locator: locator2 };
  }
  return { file, ...validateEntries(entries, locator2, shared), usable: true, locator: locator2 };
}
function sameNamesInOrder(entries, reference) {
  const theirs = reference.models;
  if (reference.problems.length > 0 || entries.length !== theirs.length) return null;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (entry === theirs[i]) continue;
    if (!isValidModel(entry) || entry.name !== theirs[i].name) return null;
  }
  return {
    models: entries,
    sourceIndex: reference.sourceIndex,
    indexByName: reference.indexByName,
    invalidFields: /* @__PURE__ */ new Map(),
    problems: []
  };
}
function validateEntries(entries, locator2, knownValid) {
  const problems = [];
  const models = [];
  const sourceIndex = [];
  const indexByName = new NameIndex(entries.length);
  const invalidFields = /* @__PURE__ */ new Map();
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    let model;
    const checked = knownValid?.[i] === 1 || isValidModel(entry) ? void 0 : modelSchema.safeParse(entry);
    if (!checked || checked.success) {
      model = entry;
    } else {
      const name = readableName(entry);
      for (const issue of checked.error.issues) {
        const path = ["models", i, ...issue.path];
        problems.push({
          message: `${formatJsonPath(path)}: ${describeIssue(issue, entry)}`,
          path: formatJsonPath(path),
          line: locator2.line(path),
          ...name !== void 0 && { model: name }
        });
      }
      if (name !== void 0) {
        model = salvage(entry, checked.error);
        if (!indexByName.has(name)) {
          invalidFields.set(
            name,
            new Set(checked.error.issues.map((issue) => String(issue.path[0])))
          );
        }
      }
    }
    if (!model) continue;
    const firstModel = indexByName.add(model.name);
    if (firstModel !== void 0) {
      const first = sourceIndex[firstModel];
      const path = ["models", i, "name"];
      const firstLine = locator2.line(["models", first, "name"]);
      problems.push({
        message: `${formatJsonPath(path)}: duplicate model name ${JSON.stringify(model.name)}, already defined at models[${first}]${firstLine ? ` (line ${firstLine})` : ""} — keep one entry per model; the first is used`,
        path: formatJsonPath(path),
        line: locator2.line(path),
        model: model.name
      });
      continue;
    }
    models.push(model);
    sourceIndex.push(i);
  }
  return { models, sourceIndex, indexByName: indexByName.pack(), invalidFields, problems };
}
function emptyInventory(file) {
  return {
    file,
    models: [],
    sourceIndex: [],
    indexByName: /* @__PURE__ */ new Map(),
    invalidFields: /* @__PURE__ */ new Map(),
    problems: [],
    usable: true,
    locator: new JsonLocator("")
  };
}
function syntaxProblem(text, locator2, parseError) {
  const errors = [];
  try {
    parse2(text, errors, { disallowComments: true, allowTrailingComma: false });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    const offset = /at position (\d+)/.exec(parseError.message)?.[1];
    const line2 = offset === void 0 ? void 0 : locator2.position(Number(offset)).line;
    return {
      message: `invalid JSON${line2 === void 0 ? "" : ` at line ${line2}`}: ${parseError.message}`,
      path: "(root)",
      ...line2 !== void 0 && { line: line2 }
    };
  }
  const first = errors[0];
  if (!first) {
    return { message: "(root): not valid JSON", path: "(root)", line: 1 };
  }
  const { line, column } = locator2.position(first.offset);
  const what = printParseErrorCode(first.error).replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return {
    message: `invalid JSON at line ${line}, column ${column}: ${what}`,
    path: "(root)",
    line
  };
}
function readableName(entry) {
  if (typeof entry !== "object" || entry === null) return void 0;
  const name = entry.name;
  return typeof name === "string" && name !== "" && name.length <= MAX_NAME_LENGTH ? name : void 0;
}
function salvage(entry, error) {
  const broken = new Set(error.issues.map((issue) => issue.path[0]));
  const copy = /* @__PURE__ */ Object.create(null);
  for (const key of Object.keys(entry)) {
    if (!broken.has(key)) copy[key] = entry[key];
  }
  if (typeof copy.path !== "string") copy.path = "";
  if (typeof copy.layer !== "string") copy.layer = "";
  return copy;
}
function describeIssue(issue, root) {
  const actual = valueAt(root, issue.path);
  switch (issue.code) {
    case "invalid_type":
      if (actual === void 0) return `missing required field (expected ${issue.expected})`;
      return `expected ${issue.expected}, got ${kindOf(actual)}`;
    case "too_small":
      return issue.message;
    default:
      return issue.message;
  }
}
function valueAt(root, path) {
  let value = root;
  for (const segment of path) {
    if (typeof value !== "object" || value === null) return void 0;
    if (!Object.prototype.hasOwnProperty.call(value, segment)) return void 0;
    value = value[segment];
  }
  return value;
}
function kindOf(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

// src/sync/types.ts
var UPSTREAM = "upstream_dependencies";
var DOWNSTREAM = "downstream_consumers";

// src/sync/tree.ts
var SyncInputError = class extends Error {
  name = "SyncInputError";
};
function readInventoryTree(rawText) {
  const bom = rawText.charCodeAt(0) === 65279;
  const text = bom ? rawText.slice(1) : rawText;
  const errors = [];
  const root = parseTree2(text, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length > 0 || !root) {
    const first = errors[0];
    const where = first ? ` (line ${lineOf(text, first.offset)})` : "";
    const what = first ? printParseErrorCode(first.error) : "empty document";
    throw new SyncInputError(`the inventory is not valid JSON: ${what}${where}`);
  }
  const models = root.type === "object" ? lastProperty(root, "models") : void 0;
  if (!models || models.type !== "array") {
    throw new SyncInputError('the inventory has no "models" array at its top level');
  }
  const entries = [];
  const seen = /* @__PURE__ */ new Set();
  (models.children ?? []).forEach((node, index) => {
    if (node.type !== "object") return;
    const nameNode = lastProperty(node, "name");
    if (nameNode?.type !== "string" || typeof nameNode.value !== "string") return;
    const name = nameNode.value;
    if (name === "" || seen.has(name)) return;
    seen.add(name);
    const pathNode = lastProperty(node, "path");
    const lists = {};
    for (const field of [UPSTREAM, DOWNSTREAM]) {
      const list = lastProperty(node, field);
      if (list?.type !== "array") continue;
      const children = list.children ?? [];
      if (!children.every((c) => c.type === "string")) continue;
      lists[field] = {
        node: list,
        items: children.map((c) => c.value),
        raw: children.map((c) => text.slice(c.offset, c.offset + c.length))
      };
    }
    entries.push({
      index,
      node,
      name,
      path: pathNode?.type === "string" ? pathNode.value : void 0,
      pathNode: pathNode?.type === "string" ? pathNode : void 0,
      lists
    });
  });
  return { text, bom, root, models, entries };
}
function lastProperty(object, key) {
  let found;
  for (const property of object.children ?? []) {
    const [keyNode, value] = property.children ?? [];
    if (keyNode?.value === key) found = value;
  }
  return found;
}
function lineOf(text, offset) {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

// src/sync/plan.ts
function isEmptyPlan(plan) {
  return plan.add.length === 0 && plan.setLists.length === 0 && plan.remove.length === 0 && plan.movePaths.length === 0;
}
var EMPTY2 = /* @__PURE__ */ new Set();
function codeGraph(code) {
  const byName2 = /* @__PURE__ */ new Map();
  for (const model of code.models) if (!byName2.has(model.name)) byName2.set(model.name, model);
  const up = /* @__PURE__ */ new Map();
  const down = /* @__PURE__ */ new Map();
  const edge = (from, to) => {
    if (from === "" || to === "") return;
    let u = up.get(to);
    if (!u) up.set(to, u = /* @__PURE__ */ new Set());
    u.add(from);
    let d = down.get(from);
    if (!d) down.set(from, d = /* @__PURE__ */ new Set());
    d.add(to);
  };
  for (const model of byName2.values()) {
    for (const u of model.upstream) edge(u, model.name);
    for (const d of model.downstream ?? []) edge(model.name, d);
  }
  return {
    byName: byName2,
    files: new Set(code.files ?? code.models.map((m) => m.path)),
    upstreamOf: (name) => up.get(name) ?? EMPTY2,
    downstreamOf: (name) => down.get(name) ?? EMPTY2
  };
}
function goneEntries(entries, graph) {
  const gone = /* @__PURE__ */ new Set();
  for (const entry of entries) {
    if (graph.byName.has(entry.name) || entry.path === void 0) continue;
    if (!graph.files.has(entry.path)) gone.add(entry.name);
  }
  return gone;
}
function targetList(field, name, current, graph, gone) {
  if (field === UPSTREAM) return new Set(graph.upstreamOf(name));
  const target = new Set(graph.downstreamOf(name));
  for (const d of current) if (!graph.byName.has(d) && !gone.has(d)) target.add(d);
  return target;
}
function planSync(inventoryText, code, options = {}) {
  const tree = readInventoryTree(inventoryText);
  const graph = codeGraph(code);
  const gone = goneEntries(tree.entries, graph);
  const entryNames = new Set(tree.entries.map((e) => e.name));
  const setLists = [];
  const movePaths = [];
  for (const entry of tree.entries) {
    const model = graph.byName.get(entry.name);
    if (!model) continue;
    if (entry.pathNode && entry.path !== model.path) {
      movePaths.push({ model: entry.name, from: entry.path ?? "", to: model.path });
    }
    for (const field of [UPSTREAM, DOWNSTREAM]) {
      const list = entry.lists[field];
      if (!list) continue;
      const target = targetList(field, entry.name, list.items, graph, gone);
      const after = mergeList(list.items, target);
      if (!after) continue;
      const before = new Set(list.items);
      setLists.push({
        model: entry.name,
        field,
        before: list.items,
        after,
        added: sorted([...target].filter((n) => !before.has(n))),
        removed: sorted([...before].filter((n) => !target.has(n)))
      });
    }
  }
  const layerAt = layerByPath(options.layers ?? []);
  const add = [];
  for (const model of graph.byName.values()) {
    if (entryNames.has(model.name)) continue;
    const layer = layerAt(model.path) ?? model.layer ?? options.defaultLayer ?? "other";
    add.push({
      name: model.name,
      path: model.path,
      layer,
      ...model.description !== void 0 ? { description: model.description } : {},
      upstream_dependencies: sorted(graph.upstreamOf(model.name)),
      downstream_consumers: sorted(graph.downstreamOf(model.name))
    });
  }
  add.sort((a, b) => compare(a.name, b.name));
  const remove = tree.entries.filter((e) => gone.has(e.name)).map((e) => ({ model: e.name, path: e.path ?? "" }));
  return { add, setLists, remove, movePaths };
}
function mergeList(current, target) {
  const have = new Set(current);
  if (have.size === target.size && [...have].every((n) => target.has(n))) return null;
  const kept = [...have].filter((n) => target.has(n));
  const fresh = sorted([...target].filter((n) => !have.has(n)));
  const keptSorted = kept.every((n, i) => i === 0 || compare(kept[i - 1], n) <= 0);
  return keptSorted ? sorted([...kept, ...fresh]) : [...kept, ...fresh];
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function sorted(names) {
  return [...names].sort(compare);
}
function describePlan(plan) {
  const lines = [];
  for (const r of plan.remove) lines.push(`remove ${r.model}: ${r.path} is no file`);
  for (const m of plan.movePaths) lines.push(`move ${m.model}: ${m.from} -> ${m.to}`);
  for (const u of plan.setLists) {
    const parts = [...u.added.map((n) => `+${n}`), ...u.removed.map((n) => `-${n}`)];
    lines.push(`set ${u.model} ${u.field}: ${parts.join(" ")}`);
  }
  for (const a of plan.add) lines.push(`add ${a.name}: ${a.path} (layer ${a.layer})`);
  return lines;
}

// src/sync/drift.ts
var DRIFT_RULE = "lineage/inventory-drift";
function inventoryDrift(inventory, code) {
  const graph = codeGraph(code);
  const gone = goneEntries(inventory.models, graph);
  const items = [];
  inventory.models.forEach((entry, i) => {
    const name = entry.name;
    const at = (...rest) => modelLine(inventory, i, ...rest) ?? null;
    if (gone.has(name)) {
      items.push({
        kind: "missing-file",
        model: name,
        path: entry.path,
        line: at("path"),
        message: `${name}: its path ${entry.path} is no file and the code defines no model ${name}; sync removes the entry`,
        key: `missing-file\0${name}\0${entry.path}`
      });
      return;
    }
    const model = graph.byName.get(name);
    if (!model) return;
    if (model.path !== entry.path) {
      items.push({
        kind: "moved",
        model: name,
        path: model.path,
        line: at("path"),
        message: `${name}: the model moved from ${entry.path} to ${model.path}`,
        key: `moved\0${name}\0${model.path}`
      });
    }
    for (const field of [UPSTREAM, DOWNSTREAM]) {
      const list = entry[field];
      if (!Array.isArray(list) || !list.every((n) => typeof n === "string")) continue;
      const target = targetList(field, name, list, graph, gone);
      const listed = new Set(list);
      for (const other of [...target].sort(compare)) {
        if (listed.has(other)) continue;
        items.push({
          kind: "missing-edge",
          model: name,
          field,
          other,
          line: at(field),
          message: field === UPSTREAM ? `${name}: the code reads ${other}, but ${field} does not list it` : `${name}: ${other} reads it in the code, but ${field} does not list it`,
          key: `missing-edge\0${name}\0${field}\0${other}`
        });
      }
      const reported = /* @__PURE__ */ new Set();
      list.forEach((other, j) => {
        if (target.has(other) || reported.has(other)) return;
        reported.add(other);
        items.push({
          kind: "stale-edge",
          model: name,
          field,
          other,
          line: at(field, j),
          message: field === UPSTREAM ? `${name}: ${field} lists ${other}, but the code does not read it` : `${name}: ${field} lists ${other}, but it does not read ${name} in the code`,
          key: `stale-edge\0${name}\0${field}\0${other}`
        });
      });
    }
  });
  const modelsLine = inventory.locator.line(["models"]) ?? null;
  for (const model of graph.byName.values()) {
    if (inventory.indexByName.has(model.name)) continue;
    items.push({
      kind: "unlisted-model",
      model: model.name,
      path: model.path,
      line: modelsLine,
      message: `${model.name} (${model.path}) is a model in the code but has no inventory entry`,
      key: `unlisted-model\0${model.name}`
    });
  }
  return items.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || compare(a.key, b.key));
}
function driftFindings(inventory, code, options = {}) {
  let items = inventoryDrift(inventory, code);
  if (options.base) {
    const before = options.base.inventory ? new Set(inventoryDrift(options.base.inventory, options.base.code).map((d) => d.key)) : /* @__PURE__ */ new Set();
    items = items.filter((d) => !before.has(d.key));
  }
  return items.map((d) => ({
    rule: DRIFT_RULE,
    severity: options.severity ?? "warning",
    model: d.model,
    message: d.message,
    file: inventory.file,
    line: d.line,
    ...d.other !== void 0 ? { related: [d.other] } : {}
  }));
}
var NO_LAYER = "(none)";
function lineageCoverage(inventory, code, layers = []) {
  const graph = codeGraph(code);
  const recorded = inventoryEdges(inventory);
  const layerOf = layerResolver(inventory, graph, layers);
  const byLayer = /* @__PURE__ */ new Map();
  let total = 0;
  let hits = 0;
  for (const [from, tos] of codeEdges(graph)) {
    for (const to of tos) {
      const layer = layerOf(to);
      let counts = byLayer.get(layer);
      if (!counts) byLayer.set(layer, counts = { total: 0, recorded: 0 });
      total++;
      counts.total++;
      if (recorded.get(from)?.has(to)) {
        hits++;
        counts.recorded++;
      }
    }
  }
  const share = (c) => ({
    total: c.total,
    recorded: c.recorded,
    share: c.total === 0 ? null : c.recorded / c.total
  });
  return {
    ...share({ total, recorded: hits }),
    byLayer: Object.fromEntries(
      [...byLayer.keys()].sort(compare).map((layer) => [layer, share(byLayer.get(layer))])
    )
  };
}
function underReportedRadius(inventory, code, { top = 10, budget = 1e6 } = {}) {
  const graph = codeGraph(code);
  const inv = inventoryEdges(inventory);
  const codeDown = (n) => graph.downstreamOf(n);
  const invDown = (n) => inv.get(n) ?? /* @__PURE__ */ new Set();
  const names = /* @__PURE__ */ new Set([...graph.byName.keys(), ...inventory.indexByName.keys()]);
  let left = budget;
  const reach = (start, down) => {
    const seen = /* @__PURE__ */ new Set([start]);
    const queue = [start];
    for (let i = 0; i < queue.length; i++) {
      for (const next of down(queue[i])) {
        if (--left < 0) return null;
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    return seen.size - 1;
  };
  const gaps = [];
  let complete = true;
  for (const name of [...names].sort(compare)) {
    const inCode = reach(name, codeDown);
    const inInventory = inCode === null ? null : reach(name, invDown);
    if (inCode === null || inInventory === null) {
      complete = false;
      break;
    }
    if (inCode > inInventory) gaps.push({ model: name, inventory: inInventory, code: inCode });
  }
  gaps.sort((a, b) => b.code - b.inventory - (a.code - a.inventory) || compare(a.model, b.model));
  return { models: gaps.slice(0, top), complete };
}
function inventoryEdges(inventory) {
  const down = /* @__PURE__ */ new Map();
  const add = (from, to) => {
    let set = down.get(from);
    if (!set) down.set(from, set = /* @__PURE__ */ new Set());
    set.add(to);
  };
  for (const model of inventory.models) {
    for (const u of stringList(model[UPSTREAM])) add(u, model.name);
    for (const d of stringList(model[DOWNSTREAM])) add(model.name, d);
  }
  return down;
}
function* codeEdges(graph) {
  const producers = /* @__PURE__ */ new Set();
  for (const model of graph.byName.values()) {
    for (const u of graph.upstreamOf(model.name)) producers.add(u);
    producers.add(model.name);
  }
  for (const from of [...producers].sort(compare)) yield [from, graph.downstreamOf(from)];
}
function layerResolver(inventory, graph, layers) {
  const layerAt = layerByPath(layers);
  return (name) => {
    const index = inventory.indexByName.get(name);
    if (index !== void 0) return inventory.models[index].layer;
    const model = graph.byName.get(name);
    if (!model) return NO_LAYER;
    return layerAt(model.path) ?? model.layer ?? NO_LAYER;
  };
}
function stringList(value) {
  return Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
}

// src/rules/code-rules.ts
var INVENTORY_DRIFT = {
  id: "lineage/inventory-drift",
  severity: "warning",
  category: "lineage",
  modes: ["diff", "audit"],
  summary: "the code and the inventory disagree: an edge only one has, a model file without entry, an entry whose `path` is no file",
  fix: "Run blast-radius inventory sync --write to bring the inventory in line with the code."
};
var DYNAMIC_REF = {
  id: "lineage/dynamic-ref",
  severity: "notice",
  category: "lineage",
  modes: ["diff", "audit"],
  summary: "a `ref()` or `source()` the scanner cannot decide, e.g. `ref(var(...))` (file and line)",
  fix: "Write the reference as a literal, or add the edge to the inventory by hand."
};
var INCOMPLETE = {
  id: "lineage/incomplete",
  severity: "error",
  category: "lineage",
  modes: ["diff", "audit"],
  summary: "the scanner gave up on part of a file's Jinja at a limit (work, string length, nesting): the references past it are unknown, so the radius may miss models",
  fix: "Simplify the template (smaller loops, less nesting, shorter strings), or write its refs as literals; the limits are in docs/lineage.md."
};
var AMBIGUOUS_REF = {
  id: "lineage/ambiguous-ref",
  severity: "warning",
  category: "lineage",
  modes: ["diff", "audit"],
  summary: "a `ref()` that several other projects of the repository define (kept as external)",
  fix: "Name the project: ref('project', 'model')."
};
var PROJECT_INVALID = {
  id: "project/invalid",
  severity: "warning",
  category: "project",
  modes: ["diff", "audit"],
  summary: "a dbt project file the scanner cannot read (`dbt_project.yml`, YAML, SQL)",
  fix: "Fix the file at the reported line; its lineage is missing until then."
};
var MANIFEST_DISAGREES = {
  id: "lineage/manifest-disagrees",
  severity: "notice",
  category: "lineage",
  modes: ["diff"],
  summary: "the code and dbt's `manifest.json` of the head disagree on edges between nodes both define (the radius takes the union)",
  fix: "Regenerate the manifest at the head (dbt parse), or write the refs the code builds at run time as literals."
};
var EDGES_IN_MESSAGE = 5;
function edgeList(edges) {
  const shown = joinSaid(
    edges.slice(0, EDGES_IN_MESSAGE).map((e) => said`\`${e.from}\` → \`${e.to}\``),
    ", "
  );
  const more = edges.length > EDGES_IN_MESSAGE ? `, and ${edges.length - EDGES_IN_MESSAGE} more` : "";
  return said`${shown}${more}`;
}
function manifestFindings(disagreement) {
  const { onlyManifest, onlyCode } = disagreement;
  if (onlyManifest.length === 0 && onlyCode.length === 0) return [];
  const parts = [
    ...onlyManifest.length > 0 ? [
      said`${onlyManifest.length} edge${onlyManifest.length === 1 ? "" : "s"} only in the manifest (${edgeList(onlyManifest)})`
    ] : [],
    ...onlyCode.length > 0 ? [
      said`${onlyCode.length} edge${onlyCode.length === 1 ? "" : "s"} only in the code (${edgeList(onlyCode)})`
    ] : []
  ];
  const message = said`The code and the head manifest disagree: ${joinSaid(parts, "; ")}. The radius follows both.`;
  return [
    {
      rule: MANIFEST_DISAGREES.id,
      severity: MANIFEST_DISAGREES.severity,
      model: null,
      message: message.message,
      parts: message.parts,
      file: null,
      line: null
    }
  ];
}
var MANIFEST = {
  rules: [MANIFEST_DISAGREES.id],
  diff: (ctx) => ctx.manifest ? manifestFindings(ctx.manifest) : []
};
var PROBLEM_SPECS = {
  "lineage/dynamic-ref": DYNAMIC_REF,
  "lineage/ambiguous-ref": AMBIGUOUS_REF,
  "lineage/incomplete": INCOMPLETE,
  "project/invalid": PROJECT_INVALID
};
function problemFinding(problem) {
  const spec = PROBLEM_SPECS[problem.rule];
  return {
    rule: spec.id,
    severity: spec.severity,
    model: null,
    message: problem.message,
    file: problem.file,
    line: problem.line
  };
}
var problemKey = (p) => `${p.rule}\0${p.file}\0${p.message}`;
function newProblems(base, head, changedFiles) {
  const before = new Set((base?.problems ?? []).map(problemKey));
  return head.problems.filter(
    (problem) => !before.has(problemKey(problem)) || problem.rule === INCOMPLETE.id && (changedFiles?.has(problem.file) ?? true)
  );
}
var PROBLEMS = {
  rules: [DYNAMIC_REF.id, AMBIGUOUS_REF.id, INCOMPLETE.id, PROJECT_INVALID.id],
  diff: (ctx) => ctx.code ? newProblems(ctx.code.base, ctx.code.head, ctx.code.changedFiles).map(problemFinding) : [],
  audit: (ctx) => ctx.code ? ctx.code.scan.problems.map(problemFinding) : []
};
var DRIFT = {
  rules: [INVENTORY_DRIFT.id],
  diff: (ctx) => {
    if (!ctx.code || !ctx.head?.usable || ctx.vanished || ctx.inventoryAbsent) return [];
    const layers = ctx.code.layers;
    return driftFindings(ctx.head, codeView(ctx.code.head, layers), {
      base: {
        inventory: ctx.base?.usable ? ctx.base : null,
        code: codeView(ctx.code.base, layers)
      }
    });
  },
  audit: (ctx) => ctx.code ? driftFindings(ctx.inventory, codeView(ctx.code.scan, ctx.code.layers)) : []
};
var CODE_CHECKS = [PROBLEMS, DRIFT, MANIFEST];

// src/lineage/traverse.ts
function breadthFirst(graph, sources) {
  const n = graph.offsets.length - 1;
  const distance = new Int32Array(n).fill(-1);
  const parent = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let tail = 0;
  for (const s of sources) {
    if (distance[s] !== -1) continue;
    distance[s] = 0;
    queue[tail++] = s;
  }
  const { offsets, targets } = graph;
  for (let head = 0; head < tail; head++) {
    const v = queue[head];
    const next = distance[v] + 1;
    for (let e = offsets[v]; e < offsets[v + 1]; e++) {
      const w = targets[e];
      if (distance[w] === -1) {
        distance[w] = next;
        parent[w] = v;
        queue[tail++] = w;
      }
    }
  }
  return { distance, parent, order: queue.subarray(0, tail) };
}
var Reacher = class {
  constructor(graph) {
    this.graph = graph;
    const n = graph.offsets.length - 1;
    this.stamp = new Int32Array(n);
    this.queue = new Int32Array(n);
  }
  graph;
  stamp;
  queue;
  generation = 0;
  /** Edges scanned by all queries so far: the work counter behind the per-change budget. */
  work = 0;
  /** Nodes reachable from `source` by one or more edges, excluding `source` itself. */
  reach(source) {
    const { offsets, targets } = this.graph;
    const stamp = this.stamp;
    const queue = this.queue;
    const mark = ++this.generation;
    stamp[source] = mark;
    let tail = 0;
    queue[tail++] = source;
    let scanned = 0;
    for (let head = 0; head < tail; head++) {
      const v = queue[head];
      const end = offsets[v + 1];
      scanned += end - offsets[v];
      for (let e = offsets[v]; e < end; e++) {
        const w = targets[e];
        if (stamp[w] !== mark) {
          stamp[w] = mark;
          queue[tail++] = w;
        }
      }
    }
    this.work += scanned + tail;
    return queue.subarray(1, tail);
  }
};
function isAcyclic(graph) {
  const { offsets, targets } = graph;
  const n = offsets.length - 1;
  const incoming = new Int32Array(n);
  for (let e = 0; e < targets.length; e++) incoming[targets[e]]++;
  const ready = new Int32Array(n);
  let size = 0;
  for (let v = 0; v < n; v++) if (incoming[v] === 0) ready[size++] = v;
  for (let head = 0; head < size; head++) {
    const v = ready[head];
    for (let e = offsets[v]; e < offsets[v + 1]; e++) {
      if (--incoming[targets[e]] === 0) ready[size++] = targets[e];
    }
  }
  return size === n;
}
function stronglyConnected(graph) {
  const { offsets, targets } = graph;
  const n = offsets.length - 1;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const component = new Int32Array(n).fill(-1);
  const stack = new Int32Array(n);
  const callStack = new Int32Array(n);
  const edgeCursor = new Int32Array(n);
  const sizes = [];
  const cyclic = [];
  let stackTop = 0;
  let nextIndex = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    let depth = 0;
    callStack[depth] = root;
    index[root] = low[root] = nextIndex++;
    edgeCursor[root] = offsets[root];
    stack[stackTop++] = root;
    while (depth >= 0) {
      const v = callStack[depth];
      if (edgeCursor[v] < offsets[v + 1]) {
        const w = targets[edgeCursor[v]++];
        if (index[w] === -1) {
          index[w] = low[w] = nextIndex++;
          edgeCursor[w] = offsets[w];
          stack[stackTop++] = w;
          callStack[++depth] = w;
        } else if (component[w] === -1 && index[w] < low[v]) {
          low[v] = index[w];
        }
        continue;
      }
      if (low[v] === index[v]) {
        const id = sizes.length;
        let size = 0;
        let w;
        do {
          w = stack[--stackTop];
          component[w] = id;
          size++;
        } while (w !== v);
        sizes.push(size);
        cyclic.push(size > 1 || hasSelfLoop(graph, v) ? 1 : 0);
      }
      depth--;
      if (depth >= 0) {
        const parent = callStack[depth];
        if (low[v] < low[parent]) low[parent] = low[v];
      }
    }
  }
  return {
    component,
    count: sizes.length,
    size: Int32Array.from(sizes),
    cyclic: Uint8Array.from(cyclic)
  };
}
function hasSelfLoop(graph, v) {
  for (let e = graph.offsets[v]; e < graph.offsets[v + 1]; e++) {
    if (graph.targets[e] === v) return true;
  }
  return false;
}
function nearestSources(graph, sources) {
  const n = graph.offsets.length - 1;
  const first = new Int32Array(n).fill(-1);
  const firstDistance = new Int32Array(n).fill(-1);
  const second = new Int32Array(n).fill(-1);
  const secondDistance = new Int32Array(n).fill(-1);
  const touchedAt = new Int32Array(n).fill(-1);
  const { offsets, targets } = graph;
  let frontierNodes = [];
  let frontierLabels = [];
  for (const s of sources) {
    if (first[s] !== -1) continue;
    first[s] = s;
    firstDistance[s] = 0;
    frontierNodes.push(s);
    frontierLabels.push(s);
  }
  const offerSecond = (w, label, d) => {
    if (label === first[w]) return;
    if (second[w] === -1) {
      second[w] = label;
      secondDistance[w] = d;
    } else if (secondDistance[w] === d && label < second[w]) {
      second[w] = label;
    }
  };
  for (let d = 1; frontierNodes.length > 0; d++) {
    const touched = [];
    for (let k = 0; k < frontierNodes.length; k++) {
      const v = frontierNodes[k];
      const label = frontierLabels[k];
      for (let e = offsets[v]; e < offsets[v + 1]; e++) {
        const w = targets[e];
        if (first[w] === -1) {
          first[w] = label;
          firstDistance[w] = d;
        } else if (first[w] === label) {
          continue;
        } else if (firstDistance[w] === d && label < first[w]) {
          const demoted = first[w];
          first[w] = label;
          offerSecond(w, demoted, d);
        } else {
          offerSecond(w, label, d);
        }
        if (touchedAt[w] !== d) {
          touchedAt[w] = d;
          touched.push(w);
        }
      }
    }
    frontierNodes = [];
    frontierLabels = [];
    for (const w of touched) {
      if (firstDistance[w] === d) {
        frontierNodes.push(w);
        frontierLabels.push(first[w]);
      }
      if (secondDistance[w] === d) {
        frontierNodes.push(w);
        frontierLabels.push(second[w]);
      }
    }
  }
  return { first, firstDistance, second, secondDistance };
}

// src/rules/consistency.ts
var MIRROR = {
  upstream_dependencies: "downstream_consumers",
  downstream_consumers: "upstream_dependencies"
};
var listSets = /* @__PURE__ */ new WeakMap();
function listHas(list, name) {
  if (!list) return false;
  if (list.length < 16) return list.includes(name);
  let set = listSets.get(list);
  if (!set) listSets.set(list, set = new Set(list));
  return set.has(name);
}
function isSourceName(name) {
  const dot = name.indexOf(".");
  return dot > 0 && dot < name.length - 1;
}
var RELATED_MAX = 50;
var NAMED_MAX = 3;
function byName(set) {
  return {
    get: (name) => {
      const i = set.indexByName.get(name);
      return i === void 0 ? void 0 : set.models[i];
    },
    has: (name) => set.indexByName.has(name)
  };
}
var ASYMMETRIC_EDGE = {
  id: "lineage/asymmetric-edge",
  severity: "notice",
  category: "lineage",
  modes: ["diff", "audit"],
  summary: "one side lists an edge the other side (which has a list) omits",
  fix: "List the edge on both models, or drop it from both."
};
var UNKNOWN_REFERENCE = {
  id: "lineage/unknown-reference",
  severity: "notice",
  category: "lineage",
  modes: ["diff", "audit"],
  summary: "a list names something that is neither a model nor a source (one per name)",
  fix: "Write a source as source_name.table_name (a dotted name is a source), add a seed or a missing model to the inventory, or correct the name."
};
var ORDER_VIOLATION = {
  id: "layer/order-violation",
  severity: "warning",
  category: "layer",
  modes: ["diff", "audit"],
  summary: "a new edge runs against the layer order",
  fix: "Depend on a model of an earlier layer, or move the model to a later layer."
};
function consistencyFindings(inventory, options) {
  const models = inventory.models;
  const { removed } = options;
  const index = inventory.indexByName;
  const rank = /* @__PURE__ */ new Map();
  options.layerOrder.forEach((layer, i) => rank.set(layer, i));
  const base = options.baseline && byName(options.baseline);
  const scope = options.scope && options.baseline && base ? withListPresenceChanges(options.scope, models, options.baseline, base) : options.scope;
  if (scope && scope.size === 0) return [];
  const order = options.layerOrder.join(" < ");
  const findings = [];
  const reportedEdges = /* @__PURE__ */ new Set();
  const unknown2 = /* @__PURE__ */ new Map();
  const at = (modelIndex, ...rest) => ({
    file: inventory.file,
    line: modelLine(inventory, modelIndex, ...rest) ?? null,
    ...jsonPathOf(inventory, modelIndex, ...rest)
  });
  const check = (declarerIndex, field, position, other) => {
    const declarer = models[declarerIndex];
    if (scope && !scope.has(declarer.name) && !scope.has(other)) return;
    const declaredAt = () => at(declarerIndex, field, position);
    const otherIndex = index.get(other);
    const wasDeclared = base ? listHas(base.get(declarer.name)?.[field], other) : false;
    if (otherIndex === void 0) {
      if (removed?.has(other)) return;
      if (base && wasDeclared && !base.has(other)) return;
      if (isSourceName(other)) return;
      let group = unknown2.get(other);
      if (!group) {
        unknown2.set(
          other,
          group = { first: { declarerIndex, field, position }, models: [], count: 0, last: -1 }
        );
      }
      if (group.last !== declarerIndex) {
        group.last = declarerIndex;
        group.count++;
        if (group.models.length < RELATED_MAX) group.models.push(declarer.name);
      }
      return;
    }
    const otherModel = models[otherIndex];
    const mirrorField = MIRROR[field];
    const from = field === "upstream_dependencies" ? other : declarer.name;
    const to = field === "upstream_dependencies" ? declarer.name : other;
    const mirror = otherModel[mirrorField];
    if (mirror && !listHas(mirror, declarer.name)) {
      const baseOther = base?.get(other);
      const wasAsymmetric = wasDeclared && baseOther?.[mirrorField] !== void 0 && !listHas(baseOther[mirrorField], declarer.name);
      if (!wasAsymmetric) {
        findings.push({
          rule: ASYMMETRIC_EDGE.id,
          severity: ASYMMETRIC_EDGE.severity,
          model: other,
          ...said`\`${from}\` → \`${to}\` is listed in \`${declarer.name}\`.${field} but not in \`${other}\`.${mirrorField}`,
          ...at(otherIndex, mirrorField)
        });
      }
    }
    const fromLayer = (field === "upstream_dependencies" ? otherModel : declarer).layer;
    const toLayer = (field === "upstream_dependencies" ? declarer : otherModel).layer;
    const fromRank = rank.get(fromLayer);
    const toRank = rank.get(toLayer);
    if (fromRank === void 0 || toRank === void 0 || fromRank <= toRank) return;
    if (base && baseHasEdge(base, from, to)) return;
    const edgeKey = `${from}\0${to}`;
    if (reportedEdges.has(edgeKey)) return;
    reportedEdges.add(edgeKey);
    findings.push({
      rule: ORDER_VIOLATION.id,
      severity: ORDER_VIOLATION.severity,
      model: to,
      ...said`${base ? "new edge" : "edge"} \`${from}\` (${fromLayer}) → \`${to}\` (${toLayer}) runs against the layer order ${order}: ${article(toLayer)} model should not depend on ${article(fromLayer)} model`,
      ...declaredAt()
    });
  };
  const declarers = scope && options.graph ? neighbourhood(options.graph, scope, index) : null;
  const visit2 = (i) => {
    const model = models[i];
    model.upstream_dependencies?.forEach((other, k) => check(i, "upstream_dependencies", k, other));
    model.downstream_consumers?.forEach((other, k) => check(i, "downstream_consumers", k, other));
  };
  if (declarers) declarers.forEach(visit2);
  else for (let i = 0; i < models.length; i++) visit2(i);
  for (const [name, group] of unknown2) findings.push(unknownFinding(name, group, models, at));
  return findings;
}
function unknownFinding(name, group, models, at) {
  const { declarerIndex, field, position } = group.first;
  const declarer = models[declarerIndex].name;
  const named = group.models.slice(0, NAMED_MAX).map((model) => said`\`${model}\``);
  const more = group.count - named.length;
  const message = group.count === 1 ? said`\`${declarer}\`.${field} lists \`${name}\`, which is not a model of the inventory (kept as an external node)` : said`\`${name}\` is listed by ${group.count} models (${joinSaid(named, ", ")}${more > 0 ? ` and ${more} more` : ""}) but is not a model of the inventory (kept as an external node)`;
  return {
    rule: UNKNOWN_REFERENCE.id,
    severity: UNKNOWN_REFERENCE.severity,
    model: declarer,
    ...message,
    ...at(declarerIndex, field, position),
    ...group.count > 1 && { related: group.models }
  };
}
function jsonPathOf(inventory, modelIndex, ...rest) {
  const index = inventory.sourceIndex[modelIndex];
  return index === void 0 ? {} : { jsonPath: formatJsonPath(["models", index, ...rest]) };
}
function neighbourhood(graph, scope, index) {
  const { offsets, targets, table } = graph;
  const inScope = new Uint8Array(table.names.length);
  for (const name of scope) {
    const id = table.ids.get(name);
    if (id !== void 0) inScope[id] = 1;
  }
  const near = new Uint8Array(inScope);
  for (let v = 0; v + 1 < offsets.length; v++) {
    for (let e = offsets[v]; e < offsets[v + 1]; e++) {
      const w = targets[e];
      if (inScope[w]) near[v] = 1;
      if (inScope[v]) near[w] = 1;
    }
  }
  const positions = [];
  for (let id = 0; id < near.length; id++) {
    if (!near[id]) continue;
    const i = index.get(table.names[id]);
    if (i !== void 0) positions.push(i);
  }
  return positions.sort((a, b) => a - b);
}
function withListPresenceChanges(scope, models, baseline, base) {
  let widened;
  for (let i = 0; i < models.length; i++) {
    const model = models[i];
    const atSamePosition = baseline.models[i];
    if (atSamePosition === model) continue;
    const before = atSamePosition?.name === model.name ? atSamePosition : base.get(model.name);
    if (!before) continue;
    const changed = before.upstream_dependencies === void 0 !== (model.upstream_dependencies === void 0) || before.downstream_consumers === void 0 !== (model.downstream_consumers === void 0);
    if (changed) (widened ??= new Set(scope)).add(model.name);
  }
  return widened ?? scope;
}
function baseHasEdge(base, from, to) {
  return listHas(base.get(to)?.upstream_dependencies, from) || listHas(base.get(from)?.downstream_consumers, to);
}
var CYCLE = {
  id: "lineage/cycle",
  severity: "error",
  category: "lineage",
  modes: ["diff", "audit"],
  summary: "the head graph has a cycle (members named); one the base had: a notice",
  fix: "Break the cycle: one of the listed edges must go."
};
function cycleFindings(graph, inventory, baseline) {
  const found = cycles(graph);
  if (found.length === 0) return [];
  const oldCycles = new Set(
    (baseline ? cycles(baseline) : []).map((names) => names.join("\0"))
  );
  const index = inventory.indexByName;
  const findings = [];
  for (const names of found) {
    const first = names[0];
    const modelIndex = names.map((name) => index.get(name)).find((i) => i !== void 0);
    const existed = oldCycles.has(names.join("\0"));
    const what = names.length === 1 ? said`\`${first}\` depends on itself` : said`cycle through ${names.length} models: ${joinSaid(
      names.map((n) => said`\`${n}\``),
      ", "
    )}`;
    findings.push({
      rule: CYCLE.id,
      severity: existed ? "notice" : CYCLE.severity,
      model: first,
      ...existed ? said`${what} (already present at base)` : what,
      file: inventory.file,
      line: modelIndex === void 0 ? null : modelLine(inventory, modelIndex) ?? null,
      ...modelIndex !== void 0 && jsonPathOf(inventory, modelIndex),
      related: names
    });
  }
  return findings;
}
function cycles(graph) {
  if (isAcyclic(graph)) return [];
  const { component, count, cyclic } = stronglyConnected(graph);
  const members = Array.from({ length: count }, () => []);
  for (let v = 0; v < component.length; v++) {
    if (cyclic[component[v]]) members[component[v]].push(graph.table.names[v]);
  }
  return members.filter((names) => names.length > 0).map((names) => names.sort(compareNames)).sort((a, b) => compareNames(a[0], b[0]));
}
function article(word) {
  return `${/^[aeiou]/i.test(word) ? "an" : "a"} ${word}`;
}
var CONSISTENCY_CHECKS = [
  {
    rules: [CYCLE.id],
    diff: ({ judged: j }) => j ? cycleFindings(j.pair.head, j.head, j.pair.base) : [],
    audit: (c) => c.inventory.usable ? cycleFindings(c.graph, c.inventory, null) : []
  },
  {
    rules: [ASYMMETRIC_EDGE.id, UNKNOWN_REFERENCE.id, ORDER_VIOLATION.id],
    diff: ({ config, judged: j }) => j ? consistencyFindings(j.head, {
      baseline: j.baseline,
      layerOrder: config["layer-order"],
      removed: j.removed,
      scope: j.rewired,
      graph: j.pair.head
    }) : [],
    audit: ({ config, inventory }) => inventory.usable ? consistencyFindings(inventory, { baseline: null, layerOrder: config["layer-order"] }) : []
  }
];

// src/rules/diff-rules.ts
var import_picomatch2 = __toESM(require_picomatch(), 1);

// src/diff/changed-files.ts
var ChangedFilesError = class extends Error {
};
var STATUS = /^([ACDMRTUX])(\d{1,3})?$/;
var STATUS_LETTERS = "ACDMRTUX";
function parseChangedFiles(text, source) {
  const files = [];
  const lines = text.replace(/^\ufeff/, "").split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === "" || line.startsWith("#")) continue;
    const tab = line.indexOf("	");
    if (tab === -1) {
      files.push({ status: "M", path: normalizePath(unquoteGitPath(line.trim())) });
      continue;
    }
    const head = line.slice(0, tab);
    const bare = head.length === 1 && STATUS_LETTERS.includes(head);
    const status = bare ? null : STATUS.exec(head);
    if (!bare && !status) {
      throw new ChangedFilesError(
        `${source}:${i + 1}: "${head}" is not a git status letter — expected a path per line or "git diff --name-status" output`
      );
    }
    const letter = status ? status[1] : head;
    const similarity = status?.[2] === void 0 ? void 0 : Number(status[2]);
    if (letter === "R" || letter === "C") {
      const columns = line.split("	");
      if (columns.length !== 3) {
        throw new ChangedFilesError(
          `${source}:${i + 1}: a ${letter === "R" ? "rename" : "copy"} line needs two paths: "${letter}<score>\\told\\tnew"`
        );
      }
      files.push({
        status: letter,
        oldPath: normalizePath(unquoteGitPath(columns[1])),
        path: normalizePath(unquoteGitPath(columns[2])),
        ...similarity !== void 0 && { similarity }
      });
    } else {
      if (line.includes("	", tab + 1)) {
        throw new ChangedFilesError(`${source}:${i + 1}: expected "${letter}\\tpath"`);
      }
      files.push({ status: letter, path: normalizePath(unquoteGitPath(line.slice(tab + 1))) });
    }
  }
  return files;
}
function unquoteGitPath(path) {
  if (path.length < 2 || !path.startsWith('"') || !path.endsWith('"')) return path;
  const bytes = [];
  const SIMPLE = {
    a: 7,
    b: 8,
    t: 9,
    n: 10,
    v: 11,
    f: 12,
    r: 13,
    '"': 34,
    "\\": 92
  };
  const body = path.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== "\\") {
      bytes.push(...Buffer.from(c, "utf8"));
      continue;
    }
    const next = body[i + 1] ?? "";
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(SIMPLE[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString("utf8");
}
function normalizePath(path) {
  if (!path.includes("\\") && !path.startsWith("./")) return path;
  let out = path.replace(/\\/g, "/");
  while (out.startsWith("./")) out = out.slice(2);
  return out;
}
function summarizeFileChanges(files) {
  const contentChanged = /* @__PURE__ */ new Set();
  const renamedTo = /* @__PURE__ */ new Map();
  const deleted = /* @__PURE__ */ new Set();
  for (const file of files) {
    if (file.status === "D") deleted.add(file.path);
    if (file.status === "R" || file.status === "C") {
      const edited = file.similarity === void 0 || file.similarity < 100;
      if (file.status === "R" && file.oldPath !== void 0) {
        renamedTo.set(file.oldPath, file.path);
        if (edited) contentChanged.add(file.oldPath);
      }
      if (edited) contentChanged.add(file.path);
    } else {
      contentChanged.add(file.path);
    }
  }
  const touched = (path) => {
    if (contentChanged.size === 0 && renamedTo.size === 0) return false;
    const normalized = normalizePath(path);
    return contentChanged.has(normalized) || renamedTo.has(normalized);
  };
  return {
    contentChanged,
    renamedTo,
    deleted,
    touched: (basePath, headPath) => touched(basePath) || headPath !== basePath && touched(headPath)
  };
}
var DBT_FOLDERS = /* @__PURE__ */ new Set([
  "models",
  "macros",
  "seeds",
  "data",
  "snapshots",
  "analyses",
  "analysis",
  "tests"
]);
var DBT_PROJECT_FILES = /* @__PURE__ */ new Set([
  "dbt_project.yml",
  "packages.yml",
  "dependencies.yml",
  "selectors.yml"
]);
var DBT_EXTENSIONS = /\.(sql|py|ya?ml|csv|md|jinja2?)$/i;
function isDbtFile(path) {
  const parts = normalizePath(path).split("/");
  const file = parts[parts.length - 1];
  if (DBT_PROJECT_FILES.has(file)) return true;
  if (!DBT_EXTENSIONS.test(file)) return false;
  for (let i = 0; i < parts.length - 1; i++) if (DBT_FOLDERS.has(parts[i])) return true;
  return false;
}

// src/lineage/sketch.ts
var SKETCH_SIZE = 32;
function reachSketch(graph) {
  const k = SKETCH_SIZE;
  const { component, count } = stronglyConnected(graph);
  const { order, start } = membersByComponent(component, count);
  const values = new Float64Array(count * k);
  const lengths = new Int32Array(count);
  const scratch = new Float64Array(2 * k);
  const single = new Float64Array(1);
  for (let c = 0; c < count; c++) {
    for (let i = start[c]; i < start[c + 1]; i++) {
      const v = order[i];
      single[0] = hashToUnit(v);
      mergeInto(values, lengths, c, single, scratch, k);
      for (let e = graph.offsets[v]; e < graph.offsets[v + 1]; e++) {
        const d = component[graph.targets[e]];
        if (d !== c) {
          mergeInto(values, lengths, c, values.subarray(d * k, d * k + lengths[d]), scratch, k);
        }
      }
    }
  }
  return (v) => {
    const c = component[v];
    const length = lengths[c];
    if (length < k) return { count: length, exact: true };
    const kth = values[c * k + k - 1];
    return { count: Math.round((k - 1) / kth), exact: false };
  };
}
function membersByComponent(component, count) {
  const start = new Int32Array(count + 1);
  for (let v = 0; v < component.length; v++) start[component[v] + 1]++;
  for (let c = 0; c < count; c++) start[c + 1] += start[c];
  const cursor = start.slice(0, count);
  const order = new Int32Array(component.length);
  for (let v = 0; v < component.length; v++) order[cursor[component[v]]++] = v;
  return { order, start };
}
function mergeInto(values, lengths, c, incoming, scratch, k) {
  const base = c * k;
  const length = lengths[c];
  let i = 0;
  let j = 0;
  let out = 0;
  while (out < k && (i < length || j < incoming.length)) {
    const a = i < length ? values[base + i] : Infinity;
    const b = j < incoming.length ? incoming[j] : Infinity;
    let next;
    if (a < b) {
      next = a;
      i++;
    } else if (b < a) {
      next = b;
      j++;
    } else {
      next = a;
      i++;
      j++;
    }
    scratch[out++] = next;
  }
  values.set(scratch.subarray(0, out), base);
  lengths[c] = out;
}
function hashToUnit(v) {
  const hi = mix32(v * 2 + 1) >>> 6;
  const lo = mix32(v * 2 + 2) >>> 6;
  return (hi * 67108864 + lo + 1) / 4503599627370497;
}
function mix32(x) {
  let h = x | 0;
  h = Math.imul(h ^ h >>> 16, 2246822507);
  h = Math.imul(h ^ h >>> 13, 3266489909);
  return (h ^ h >>> 16) >>> 0;
}

// src/impact/per-change.ts
var DEFAULT_PER_CHANGE_BUDGET = 25e6;
function perChangeImpact(pair, anchors, budget = DEFAULT_PER_CHANGE_BUDGET, changed = /* @__PURE__ */ new Set()) {
  const { table } = pair;
  const n = table.names.length;
  const ids = anchors.map((name) => table.ids.get(name));
  const rewired = rewiredNodes(pair);
  const headReach = new Reacher(pair.head);
  const baseReach = new Reacher(pair.base);
  const inHeadReach = new Int32Array(n);
  const results = [];
  const isChanged = new Uint8Array(n);
  for (const name of changed) {
    const id = table.ids.get(name);
    if (id !== void 0) isChanged[id] = 1;
  }
  const changedIn = (reached) => {
    let count = 0;
    for (const w of reached) count += isChanged[w];
    return count;
  };
  let i = 0;
  for (; i < ids.length && headReach.work + baseReach.work < budget; i++) {
    const v = ids[i];
    const reached = headReach.reach(v);
    const direct = outDegree(pair.head, v);
    if (!rewired[v] && !reached.some((w) => rewired[w] === 1)) {
      results.push({
        model: anchors[i],
        direct,
        total: reached.length,
        changedReached: changedIn(reached),
        gained: [],
        lost: []
      });
      continue;
    }
    const stamp = i + 1;
    for (const w of reached) inHeadReach[w] = stamp;
    const lost = [];
    const inBaseReach = /* @__PURE__ */ new Set();
    for (const w of baseReach.reach(v)) {
      inBaseReach.add(w);
      if (inHeadReach[w] !== stamp) lost.push(table.names[w]);
    }
    const gained = [];
    for (const w of reached) if (!inBaseReach.has(w)) gained.push(table.names[w]);
    results.push({
      model: anchors[i],
      direct,
      total: reached.length,
      changedReached: changedIn(reached),
      gained: sortByName(gained),
      lost: sortByName(lost)
    });
  }
  if (i === ids.length) return results;
  const affected = reaching(pair.head, rewired);
  const sketch = reachSketch(pair.head);
  for (; i < ids.length; i++) {
    const v = ids[i];
    const { count, exact } = sketch(v);
    const direct = outDegree(pair.head, v);
    const total = exact ? count - 1 : Math.max(count - 1, direct - (hasEdge(pair.head, v, v) ? 1 : 0));
    if (exact && !affected[v]) {
      const changedReached = changedIn(headReach.reach(v));
      results.push({ model: anchors[i], direct, total, changedReached, gained: [], lost: [] });
    } else {
      results.push({ model: anchors[i], direct, total, gained: [], lost: [], estimated: true });
    }
  }
  return results;
}
function sortByName(names) {
  return names.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
}
function rewiredNodes(pair) {
  const n = pair.table.names.length;
  const rewired = new Uint8Array(n);
  if (pair.base === pair.head) return rewired;
  for (let v = 0; v < n; v++) if (!sameNeighbours(pair.base, pair.head, v)) rewired[v] = 1;
  return rewired;
}
function reaching(head, rewired) {
  const sources = [];
  rewired.forEach((flag, v) => flag && sources.push(v));
  const affected = new Uint8Array(rewired.length);
  if (sources.length === 0) return affected;
  for (const v of breadthFirst(reverseGraph(head), sources).order) affected[v] = 1;
  return affected;
}
function sameNeighbours(a, b, v) {
  const aStart = a.offsets[v];
  const bStart = b.offsets[v];
  const length = a.offsets[v + 1] - aStart;
  if (b.offsets[v + 1] - bStart !== length) return false;
  for (let k = 0; k < length; k++)
    if (a.targets[aStart + k] !== b.targets[bStart + k]) return false;
  return true;
}

// src/impact/radius.ts
var MAX_PATH_NAMES = 6;
var PATH_HEAD = 2;
var PATH_TAIL = 3;
var EXTERNAL_LAYER = "external";
function blastRadius(pair, anchors, changed, layerAt, externalLayer) {
  const { table } = pair;
  const sources = anchors.map((name) => table.ids.get(name)).sort((a, b) => a - b);
  const search = breadthFirst(pair.head, sources);
  const n = table.names.length;
  const keys = new Float64Array(search.order.length);
  let count = 0;
  for (const v of search.order) {
    if (!changed.has(table.names[v])) keys[count++] = search.distance[v] * n + v;
  }
  const sorted2 = keys.subarray(0, count).sort();
  const second = new Int32Array(n).fill(-1);
  for (const v of search.order) {
    const p = search.parent[v];
    if (p !== -1) second[v] = search.parent[p] === -1 ? v : second[p];
  }
  const models = new Array(count);
  for (let i = 0; i < count; i++) {
    const v = sorted2[i] % n;
    const name = table.names[v];
    const external = pair.inHead[v] === 0;
    const depth = search.distance[v];
    const elided = depth + 1 > MAX_PATH_NAMES ? depth + 1 - PATH_HEAD - PATH_TAIL : 0;
    models[i] = {
      model: name,
      layer: external ? externalLayer?.(name) ?? null : layerAt(pair.headPosition[v]),
      depth,
      path: cappedPath(search, second, v, table.names),
      ...elided > 0 && { pathElided: elided },
      external
    };
  }
  const byLayer = /* @__PURE__ */ Object.create(null);
  for (const model of models) {
    const key = model.layer ?? EXTERNAL_LAYER;
    byLayer[key] = (byLayer[key] ?? 0) + 1;
  }
  return { models, byLayer: sortedRecord(byLayer), search };
}
function cappedPath(search, second, v, names) {
  const length = search.distance[v] + 1;
  const tail = [];
  let at = v;
  const keep = length > MAX_PATH_NAMES ? PATH_TAIL : length;
  for (let k = 0; k < keep; k++, at = search.parent[at]) tail.push(names[at]);
  tail.reverse();
  if (length <= MAX_PATH_NAMES) return tail;
  const hop = second[v];
  return [names[search.parent[hop]], names[hop], ...tail];
}
function describePath(model, step = (name) => `\`${name}\``) {
  const steps = model.path.map(step);
  if (model.pathElided) steps.splice(PATH_HEAD, 0, `… (${model.pathElided} more)`);
  return steps.join(" → ");
}
function sortedRecord(record2) {
  const sorted2 = /* @__PURE__ */ Object.create(null);
  for (const key of Object.keys(record2).sort(compareNames)) sorted2[key] = record2[key];
  return sorted2;
}

// src/rules/diff-rules.ts
function pathSaid(model) {
  const steps = model.path.map((step) => said`\`${step}\``);
  if (model.pathElided) steps.splice(PATH_HEAD, 0, said`… (${model.pathElided} more)`);
  return joinSaid(steps, " → ");
}
var COLUMNS_IN_MESSAGE = 5;
function namesSaid(names, max = COLUMNS_IN_MESSAGE) {
  const shown = joinSaid(
    names.slice(0, max).map((name) => said`\`${name}\``),
    ", "
  );
  return names.length > max ? said`${shown} and ${names.length - max} more` : shown;
}
function reachSaid(facts, model) {
  const r = facts.columnReach?.get(model);
  if (!r) return said``;
  if (r.reach === "unaffected") return said` — downstream but unaffected per the column analysis`;
  if (r.reach === "columns" && r.columns && r.columns.length > 0)
    return said` — column${r.columns.length === 1 ? "" : "s"} ${namesSaid(r.columns)} reached`;
  return said` — reached fully per the column analysis`;
}
function affectedSaid(facts, models) {
  const reach = facts.columnReach;
  if (!reach) return "";
  const affected = models.filter((m) => {
    const r = reach.get(m)?.reach;
    return r === void 0 || r !== "unaffected";
  }).length;
  return ` (${affected} affected per the column analysis)`;
}
function categorySaid(change, lead = "; ") {
  if (change.category === void 0) return said``;
  const c = change.columns;
  const what = [];
  if (c?.removed.length) what.push(said`removes ${namesSaid(c.removed)}`);
  if (c?.modified.length) what.push(said`redefines ${namesSaid(c.modified)}`);
  if (c?.added.length) what.push(said`adds ${namesSaid(c.added)}`);
  const detail = what.length > 0 && (change.category === "column" || change.category === "additive") ? said` (${joinSaid(what, ", ")})` : said``;
  return said`${lead}column analysis: ${change.category}${detail}`;
}
var LISTED_IN_MESSAGE = 10;
function locator(facts) {
  const headIndex = facts.head.indexByName;
  return (model, ...path) => {
    const i = headIndex.get(model);
    const line = i === void 0 ? void 0 : modelLine(facts.head, i, ...path);
    return line === void 0 ? { file: null, line: null } : { file: facts.head.file, line };
  };
}
function affectedFirst(facts, models) {
  const reach = facts.columnReach;
  if (!reach) return models;
  const out = (m) => reach.get(m.model)?.reach === "unaffected";
  return [...models.filter((m) => !out(m)), ...models.filter(out)];
}
function byAffected(facts, ranks) {
  const reach = facts.columnReach;
  if (!reach) return ranks;
  const models = facts.radius.models;
  const out = (rank) => reach.get(models[rank].model)?.reach === "unaffected";
  return [...ranks.filter((r) => !out(r)), ...ranks.filter(out)];
}
var attributionLayers = (facts) => new Set(facts.config["attribution-layers"]);
var BROKEN_REFERENCE = {
  id: "lineage/broken-reference",
  severity: "error",
  category: "lineage",
  modes: ["diff"],
  summary: "a removed model is still referenced by a head model",
  fix: "Remove the reference, or keep the model until its consumers are migrated."
};
function brokenReferences(facts, at) {
  if (facts.removed.size === 0) return [];
  const findings = [];
  for (const model of facts.head.models) {
    for (const field of ["upstream_dependencies", "downstream_consumers"]) {
      const list = model[field] ?? [];
      list.forEach((name, position) => {
        if (!facts.removed.has(name) || facts.nameless?.has(name)) return;
        findings.push({
          rule: BROKEN_REFERENCE.id,
          severity: BROKEN_REFERENCE.severity,
          model: model.name,
          ...said`\`${model.name}\`.${field} still references \`${name}\`, which this change removes`,
          related: [name],
          ...at(model.name, field, position)
        });
      });
    }
  }
  return findings;
}
var ATTRIBUTION_CHANGED = {
  id: "attribution/changed",
  severity: "warning",
  category: "attribution",
  modes: ["diff"],
  summary: "a changed model is in an attribution layer (its concepts named)",
  fix: "Check conversion counts and ad-platform syncs before and after this change."
};
function attributionChanged(facts, attribution, headIndex, at) {
  return facts.changes.filter((change) => attribution.has(change.layer) && !consumersOnly(change)).map((change) => {
    const model = facts.head.models[headIndex.get(change.model) ?? -1];
    const concepts = model?.attribution_concepts ?? [];
    const what = change.kind === "modified" ? `changed (${change.reasons.join(", ")})${change.metadataOnly ? ", metadata only" : ""}` : change.kind;
    return {
      rule: ATTRIBUTION_CHANGED.id,
      severity: ATTRIBUTION_CHANGED.severity,
      model: change.model,
      ...said`\`${change.model}\` in attribution layer ${change.layer} is ${what}${concepts.length > 0 ? `; it carries: ${concepts.join(", ")}` : ""}${categorySaid(change)}`,
      ...change.kind === "removed" ? { file: null, line: null } : at(change.model)
    };
  });
}
function consumersOnly(change) {
  if (change.kind === "moved") return true;
  return change.kind === "modified" && change.inputs === void 0 && change.reasons.length > 0 && change.reasons.every((reason) => reason === "downstream_consumers");
}
var ATTRIBUTION_IMPACTED = {
  id: "attribution/impacted",
  severity: "warning",
  category: "attribution",
  modes: ["diff"],
  summary: "the radius reaches attribution-layer models (one finding per change, paths)",
  fix: "Run the downstream attribution models and compare their output with production."
};
function attributionImpacted(facts, attribution, at) {
  const models = facts.radius.models;
  const nearestTo = /* @__PURE__ */ new Map();
  const isAttribution = (layer) => layer !== null && attribution.has(layer);
  models.forEach((impacted, rank) => {
    if (!isAttribution(impacted.layer)) return;
    const source = impacted.path[0];
    let list = nearestTo.get(source);
    if (!list) nearestTo.set(source, list = []);
    list.push(rank);
  });
  if (nearestTo.size === 0) return [];
  const pair = facts.pair;
  const rankOf = pair ? new Int32Array(pair.table.names.length).fill(-1) : void 0;
  if (pair) {
    models.forEach((impacted, rank) => {
      if (isAttribution(impacted.layer)) rankOf[pair.table.ids.get(impacted.model)] = rank;
    });
  }
  const reacher = pair ? new Reacher(pair.head) : void 0;
  const budget = facts.config["per-change-budget"] ?? DEFAULT_PER_CHANGE_BUDGET;
  const anchors = facts.anchors ?? [...nearestTo.keys()].sort();
  const findings = [];
  for (const source of anchors) {
    const nearest = nearestTo.get(source) ?? [];
    let reached = nearest;
    let exact = false;
    if (pair && reacher && reacher.work < budget) {
      reached = [];
      for (const w of reacher.reach(pair.table.ids.get(source))) {
        if (rankOf[w] !== -1) reached.push(rankOf[w]);
      }
      exact = true;
    }
    if (reached.length === 0) continue;
    const own = new Set(nearest);
    const ordered = byAffected(facts, [
      ...nearest,
      ...reached.filter((r) => !own.has(r)).sort((a, b) => a - b)
    ]);
    const listed = ordered.slice(0, LISTED_IN_MESSAGE);
    const shown = listed.map((rank) => {
      const m = models[rank];
      return own.has(rank) ? said`\`${m.model}\` (${m.layer}) via ${pathSaid(m)}${reachSaid(facts, m.model)}` : said`\`${m.model}\` (${m.layer}), nearer to \`${m.path[0]}\`${reachSaid(facts, m.model)}`;
    });
    const count = reached.length;
    const more = count > LISTED_IN_MESSAGE ? `; and ${count - LISTED_IN_MESSAGE} more` : "";
    const inList = new Set(listed);
    const related = [...listed, ...nearest.filter((rank) => !inList.has(rank))];
    const affected = affectedSaid(
      facts,
      reached.map((rank) => models[rank].model)
    );
    findings.push({
      rule: ATTRIBUTION_IMPACTED.id,
      severity: ATTRIBUTION_IMPACTED.severity,
      model: source,
      ...said`\`${source}\` reaches ${exact ? "" : "at least "}${count} attribution-layer model${count === 1 ? "" : "s"}${affected}: ${joinSaid(shown, "; ")}${more}`,
      related: related.map((rank) => models[rank].model),
      ...facts.removed.has(source) ? { file: null, line: null } : at(source)
    });
  }
  return findings;
}
var STALE_PATH = {
  id: "inventory/stale-path",
  severity: "warning",
  category: "inventory",
  modes: ["diff"],
  summary: "a model's file was deleted or renamed while the entry keeps the old path",
  fix: "Update the entry's path to the file's new place, or remove the entry."
};
function stalePaths(facts, at) {
  const files = facts.files;
  if (!files || files.deleted.size === 0 && files.renamedTo.size === 0) return [];
  const findings = [];
  for (const change of facts.changes) {
    if (change.kind === "removed") continue;
    const i = facts.head.indexByName.get(change.model);
    if (i === void 0) continue;
    const listed = facts.head.models[i].path;
    const path = normalizePath(listed);
    const movedTo = files.renamedTo.get(path);
    const what = files.deleted.has(path) ? "was deleted by this change" : movedTo !== void 0 && movedTo !== path ? `was renamed to ${movedTo} by this change` : void 0;
    if (!what) continue;
    findings.push({
      rule: STALE_PATH.id,
      severity: STALE_PATH.severity,
      model: change.model,
      ...said`\`${change.model}\`.path is ${listed}, which ${what}; update the entry's path (or remove the entry)`,
      ...at(change.model, "path")
    });
  }
  return findings;
}
var UNANALYSED_FILE = {
  id: "inventory/unanalysed-file",
  severity: "notice",
  category: "inventory",
  modes: ["diff"],
  summary: "changed dbt files (macros, YAML, project files, models) no entry claims",
  fix: "Review these files by hand: the inventory-only view cannot tell what they change."
};
function unanalysedFiles(facts) {
  const files = facts.unanalysed ?? [];
  if (files.length === 0) return [];
  const shown = files.slice(0, LISTED_IN_MESSAGE).join(", ");
  const more = files.length > LISTED_IN_MESSAGE ? `, and ${files.length - LISTED_IN_MESSAGE} more` : "";
  return [
    {
      rule: UNANALYSED_FILE.id,
      severity: UNANALYSED_FILE.severity,
      model: null,
      message: `${files.length} changed dbt file${files.length === 1 ? "" : "s"} that no inventory model claims ${files.length === 1 ? "was" : "were"} not analysed: ${shown}${more}`,
      related: [...files],
      file: null,
      line: null
    }
  ];
}
var CONCEPT_REMOVED = {
  id: "attribution/concept-removed",
  severity: "warning",
  category: "attribution",
  modes: ["diff"],
  summary: "an attribution concept was dropped from a model",
  fix: "Confirm the logic moved elsewhere, or restore the concept."
};
function conceptsRemoved(facts, at) {
  const findings = [];
  for (const change of facts.changes) {
    const field = change.fields.attribution_concepts;
    if (!field || !("removed" in field) || field.removed.length === 0) continue;
    findings.push({
      rule: CONCEPT_REMOVED.id,
      severity: CONCEPT_REMOVED.severity,
      model: change.model,
      ...said`\`${change.model}\` no longer lists attribution concept${field.removed.length === 1 ? "" : "s"}: ${field.removed.join(", ")}`,
      related: field.removed,
      ...at(change.model, "attribution_concepts")
    });
  }
  return findings;
}
var LAYER_CHANGED = {
  id: "attribution/layer-changed",
  severity: "warning",
  category: "attribution",
  modes: ["diff"],
  summary: "a model moved into or out of an attribution layer",
  fix: "Confirm the new layer is intended; attribution checks follow the layer."
};
function layerChanges(facts, attribution, at) {
  const findings = [];
  for (const change of facts.changes) {
    const field = change.fields.layer;
    if (!field || !("before" in field)) continue;
    const before = String(field.before);
    const after = String(field.after);
    if (attribution.has(before) === attribution.has(after)) continue;
    findings.push({
      rule: LAYER_CHANGED.id,
      severity: LAYER_CHANGED.severity,
      model: change.model,
      ...said`\`${change.model}\` moved ${attribution.has(after) ? "into" : "out of"} the attribution layers: ${before} → ${after}`,
      ...at(change.model, "layer")
    });
  }
  return findings;
}
var EXPOSURE_REACHED = {
  id: "exposure/reached",
  severity: "warning",
  category: "exposure",
  modes: ["diff"],
  summary: "the radius, or an anchoring change, reaches a configured exposure",
  fix: "Verify the exposure (e.g. the ad-platform sync) with the data owner before merging."
};
function exposuresReached(facts, at) {
  const findings = [];
  const anchors = facts.changes.filter((change) => !change.metadataOnly);
  for (const exposure of facts.config.exposures) {
    const matches = (0, import_picomatch2.default)(exposure.models, { dot: true });
    const hits = [
      ...anchors.filter((c) => matches(c.model)).map((c) => ({ model: c.model, how: said`changed (${c.kind})${categorySaid(c, ", ")}` })),
      ...affectedFirst(
        facts,
        facts.radius.models.filter((m) => matches(m.model))
      ).map((m) => ({
        model: m.model,
        how: said`via ${pathSaid(m)}${reachSaid(facts, m.model)}`
      }))
    ];
    if (hits.length === 0) continue;
    const shown = hits.slice(0, LISTED_IN_MESSAGE).map((h) => said`\`${h.model}\` ${h.how}`);
    const more = hits.length > LISTED_IN_MESSAGE ? `; and ${hits.length - LISTED_IN_MESSAGE} more` : "";
    const first = hits[0].model;
    findings.push({
      rule: EXPOSURE_REACHED.id,
      severity: EXPOSURE_REACHED.severity,
      model: first,
      ...said`exposure "${exposure.name}" is reached through ${hits.length} model${hits.length === 1 ? "" : "s"}${affectedSaid(
        facts,
        hits.map((h) => h.model)
      )}: ${joinSaid(shown, "; ")}${more}`,
      related: hits.map((h) => h.model),
      exposure: exposure.name,
      ...facts.removed.has(first) ? { file: null, line: null } : at(first)
    });
  }
  return findings;
}
var RADIUS_THRESHOLD = {
  id: "radius/threshold",
  severity: "warning",
  category: "radius",
  modes: ["diff"],
  summary: "the radius exceeds `max-blast-radius`",
  fix: "Split the change, or raise max-blast-radius if this reach is expected."
};
function radiusThreshold(facts) {
  const max = facts.config["max-blast-radius"];
  const size = facts.radius.models.length;
  if (max === null || size <= max) return [];
  return [
    {
      rule: RADIUS_THRESHOLD.id,
      severity: RADIUS_THRESHOLD.severity,
      model: null,
      message: `the blast radius is ${size} models, over the configured maximum of ${max}`,
      file: null,
      line: null
    }
  ];
}
var DIFF_RULE_CHECKS = [
  { rule: BROKEN_REFERENCE.id, run: (f) => brokenReferences(f, locator(f)) },
  {
    rule: ATTRIBUTION_CHANGED.id,
    run: (f) => attributionChanged(f, attributionLayers(f), f.head.indexByName, locator(f))
  },
  {
    rule: ATTRIBUTION_IMPACTED.id,
    run: (f) => attributionImpacted(f, attributionLayers(f), locator(f))
  },
  { rule: CONCEPT_REMOVED.id, run: (f) => conceptsRemoved(f, locator(f)) },
  { rule: LAYER_CHANGED.id, run: (f) => layerChanges(f, attributionLayers(f), locator(f)) },
  { rule: EXPOSURE_REACHED.id, run: (f) => exposuresReached(f, locator(f)) },
  { rule: RADIUS_THRESHOLD.id, run: (f) => radiusThreshold(f) },
  { rule: STALE_PATH.id, run: (f) => stalePaths(f, locator(f)) },
  { rule: UNANALYSED_FILE.id, run: (f) => unanalysedFiles(f) }
];
var DIFF_CHECKS = DIFF_RULE_CHECKS.map(({ rule, run }) => ({
  rules: [rule],
  diff: (context) => context.judged ? run(context.judged) : []
}));

// src/util/confusable.ts
var INVISIBLE = /[\p{Cf}\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u3164\ufe00-\ufe0f\uffa0]/gu;
var LOOK_ALIKE = {
  а: "a",
  в: "b",
  е: "e",
  ё: "e",
  і: "i",
  ї: "i",
  ј: "j",
  к: "k",
  м: "m",
  н: "h",
  о: "o",
  р: "p",
  с: "c",
  т: "t",
  у: "y",
  х: "x",
  ѕ: "s",
  "ԁ": "d",
  "ԛ": "q",
  "ԝ": "w",
  α: "a",
  β: "b",
  ε: "e",
  ι: "i",
  κ: "k",
  ν: "v",
  ο: "o",
  ρ: "p",
  τ: "t",
  υ: "u",
  χ: "x"
};
var LOOK_ALIKE_PATTERN = new RegExp(`[${Object.keys(LOOK_ALIKE).join("")}]`, "g");
function skeleton(name) {
  return name.normalize("NFKC").replace(INVISIBLE, "").toLowerCase().replace(LOOK_ALIKE_PATTERN, (c) => LOOK_ALIKE[c]);
}
function confusableGroups(names) {
  const bySkeleton = /* @__PURE__ */ new Map();
  for (const name of names) {
    const key = skeleton(name);
    const group = bySkeleton.get(key);
    if (!group) bySkeleton.set(key, /* @__PURE__ */ new Set([name]));
    else group.add(name);
  }
  const groups = [];
  for (const set of bySkeleton.values()) {
    const group = [...set];
    if (group.length < 2) continue;
    if (new Set(group.map((name) => name.toLowerCase())).size > 1) groups.push(group);
  }
  return groups;
}

// src/rules/inventory-rules.ts
var INVENTORY_INVALID = {
  id: "inventory/invalid",
  severity: "error",
  category: "inventory",
  modes: ["diff", "audit"],
  summary: "schema problems or duplicate names in the head inventory (base: notice)",
  fix: "Fix the inventory entry at the reported JSON path and line."
};
function inventoryFindings(base, head) {
  const findings = [];
  for (const problem of head?.problems ?? []) {
    findings.push({
      rule: INVENTORY_INVALID.id,
      severity: INVENTORY_INVALID.severity,
      model: problem.model ?? null,
      message: `${head.file}: ${problem.message}`,
      file: head.file,
      line: problem.line ?? null
    });
  }
  for (const problem of base?.problems ?? []) {
    const unusable = !base.usable;
    findings.push({
      rule: INVENTORY_INVALID.id,
      severity: unusable ? "warning" : "notice",
      model: problem.model ?? null,
      message: `base ${base.file}: ${problem.message}` + (unusable ? " — the base inventory cannot be read, so every head model counts as added" : ""),
      file: null,
      line: null
    });
  }
  return findings;
}
var INVENTORY_MISSING = {
  id: "inventory/missing",
  severity: "error",
  category: "inventory",
  modes: ["diff"],
  summary: "the inventory exists at the base but not at the head (its models: removed)",
  fix: 'Restore the inventory, or move it in the base branch (config "inventory:") first.'
};
function vanishedInventory(inventoryPath, at) {
  return {
    rule: INVENTORY_MISSING.id,
    severity: INVENTORY_MISSING.severity,
    model: null,
    message: `the inventory ${inventoryPath} exists at the base but not at ${at}: every model it listed counts as removed. Restore it, or change "inventory:" in the base branch's config first`,
    file: null,
    line: null
  };
}
var INPUT_INCOMPLETE = {
  id: "input/incomplete",
  severity: "error",
  category: "input",
  modes: ["diff"],
  summary: "the changed-file list is known to be incomplete (an API cap, a cut tree)",
  fix: "Check out the full history (actions/checkout with fetch-depth: 0), or split the change."
};
function incompleteInput(reason) {
  return {
    rule: INPUT_INCOMPLETE.id,
    severity: INPUT_INCOMPLETE.severity,
    model: null,
    message: `the list of changed files is incomplete, so this change cannot be judged: ${reason}`,
    file: null,
    line: null
  };
}
var CONFUSABLE_NAMES = {
  id: "inventory/confusable-names",
  severity: "warning",
  category: "inventory",
  modes: ["diff", "audit"],
  summary: "model names that differ only by invisible or look-alike characters",
  fix: "Rename one of them: a reviewer cannot tell them apart, so a change can pass as the other."
};
function confusableNames(head, base) {
  const before = new Set(
    base?.usable ? confusableGroups(base.models.map((m) => m.name)).map((g) => g.join("\0")) : []
  );
  return confusableGroups(head.models.map((m) => m.name)).filter((group) => !before.has(group.join("\0"))).map((group) => {
    const index = head.indexByName.get(group[0]);
    return {
      rule: CONFUSABLE_NAMES.id,
      severity: CONFUSABLE_NAMES.severity,
      model: group[0],
      ...said`${joinSaid(
        group.map((name) => said`\`${name}\``),
        ", "
      )} differ only by invisible or look-alike characters`,
      related: group.slice(1),
      file: head.file,
      line: index === void 0 ? null : modelLine(head, index) ?? null
    };
  });
}
var INVENTORY_CHECKS = [
  {
    rules: [CONFUSABLE_NAMES.id],
    diff: (c) => c.head?.usable ? confusableNames(c.head, c.base) : [],
    audit: (c) => confusableNames(c.inventory, null)
  },
  {
    rules: [INVENTORY_INVALID.id],
    diff: (c) => inventoryFindings(c.base, c.head),
    audit: (c) => inventoryFindings(null, c.inventory)
  },
  {
    rules: [INVENTORY_MISSING.id],
    diff: (c) => c.vanished ? [vanishedInventory(c.vanished.inventoryPath, c.vanished.at)] : []
  },
  {
    rules: [INPUT_INCOMPLETE.id],
    diff: (c) => c.incomplete !== void 0 ? [incompleteInput(c.incomplete)] : []
  }
];

// src/rules/rule.ts
function ruleTable(specs) {
  return Object.fromEntries(specs.map((spec) => [spec.id, spec]));
}

// src/rules/registry.ts
var RULE_SPECS = [
  INVENTORY_INVALID,
  INVENTORY_MISSING,
  INPUT_INCOMPLETE,
  CONFUSABLE_NAMES,
  BROKEN_REFERENCE,
  CYCLE,
  ATTRIBUTION_CHANGED,
  ATTRIBUTION_IMPACTED,
  CONCEPT_REMOVED,
  LAYER_CHANGED,
  EXPOSURE_REACHED,
  ORDER_VIOLATION,
  ASYMMETRIC_EDGE,
  UNKNOWN_REFERENCE,
  MATCHES_NOTHING,
  STALE_PATH,
  UNANALYSED_FILE,
  RADIUS_THRESHOLD,
  INVENTORY_DRIFT,
  DYNAMIC_REF,
  AMBIGUOUS_REF,
  INCOMPLETE,
  PROJECT_INVALID,
  MANIFEST_DISAGREES,
  CONTRACT_BREAKING
];
var RULES = ruleTable(RULE_SPECS);
var CHECKS = [
  ...INVENTORY_CHECKS,
  ...DIFF_CHECKS,
  ...CONSISTENCY_CHECKS,
  ...CONFIG_CHECKS,
  ...CONTRACT_CHECKS,
  ...CODE_CHECKS
];
function diffRuleFindings(context) {
  return CHECKS.flatMap((check) => check.diff?.(context) ?? []);
}
function auditRuleFindings(context) {
  return CHECKS.flatMap((check) => check.audit?.(context) ?? []);
}

// src/rules/catalog.ts
var RULE_NAMES = Object.keys(RULES);

// src/config/schema.ts
var SEVERITY_SETTINGS = ["error", "warning", "notice", "off"];
var FAIL_ON = ["error", "warning", "never"];
var COMMENT_MODES = ["auto", "always", "never"];
var SUGGESTION_MODES = ["auto", "never"];
var LINEAGE_SOURCES = ["auto", "inventory", "code"];
function strict(shape, noun = "key") {
  const known = Object.keys(shape);
  return strictObject(shape, {
    error: (issue) => {
      if (issue.code !== "unrecognized_keys") return void 0;
      return issue.keys.map((key) => {
        const hint = didYouMean(key, known);
        return `unknown ${noun} ${JSON.stringify(key)}${hint ? ` — did you mean "${hint}"?` : ""} (allowed: ${known.join(", ")})`;
      }).join("; ");
    }
  });
}
var nonEmptyName = string().check(_minLength(1));
var nonEmptyNames = array(nonEmptyName);
var exposureSchema = strict({
  name: nonEmptyName,
  /** Globs over model names, e.g. `conversion_events__*`. */
  models: array(nonEmptyName).check(_minLength(1)),
  description: optional(string())
});
var severitySetting = optional(_enum(SEVERITY_SETTINGS));
var rulesSchema = strict(
  Object.fromEntries(RULE_NAMES.map((rule) => [rule, severitySetting])),
  "rule"
);
var configSchema = strict({
  inventory: _default(nonEmptyName, "dbt_model_inventory.json"),
  "attribution-layers": _default(nonEmptyNames, [...DEFAULT_ATTRIBUTION_LAYERS]),
  "layer-order": _default(nonEmptyNames, [
    "staging",
    "identity",
    "signal",
    "attribution",
    "channel",
    "aggregation",
    "reporting"
  ]),
  "fail-on": _default(_enum(FAIL_ON), "error"),
  rules: _default(rulesSchema, {}),
  exposures: _default(array(exposureSchema), []),
  /** Warn when more models than this are impacted; null disables the rule. */
  "max-blast-radius": _default(nullable(int().check(_nonnegative())), null),
  /** Globs over model paths whose changes are not reported. */
  ignore: _default(array(nonEmptyName), []),
  "acknowledge-label": _default(nonEmptyName, "blast-radius-acknowledged"),
  /** The action's PR comment: auto (when the PR touches models, or to update ours), always, never. */
  comment: _default(_enum(COMMENT_MODES), "auto"),
  /** Login whose marker comments are ours; others' are never touched. */
  "comment-author": _default(nonEmptyName, "github-actions[bot]"),
  /**
   * The action's suggested changes: `auto` offers the fix for the inventory drift a pull request
   * introduces as a review with suggestions on the inventory lines it touched; `never`.
   */
  suggestions: _default(_enum(SUGGESTION_MODES), "auto"),
  /**
   * Layers of the nodes the inventory lacks: globs over their file paths, first match wins, e.g.
   * `models/staging/**: staging`. Then `meta.layer` in their YAML; else none.
   */
  layers: _default(record(nonEmptyName, nonEmptyName), {}),
  /**
   * Lineage sources: `auto` takes every source present (the inventory, the dbt project's code);
   * `inventory` or `code` alone.
   */
  lineage: _default(array(_enum(LINEAGE_SOURCES)).check(_minLength(1)), ["auto"]),
  /**
   * Column-level impact (docs/column-impact.md): `analyse` in the action (the CLI asks with
   * `--columns`), the SQL dialect (else detected per project), dbt vars as `--vars` gives them
   * (they override dbt_project.yml's when models are rendered), and how many models one diff
   * analyses at most (past it they are `unknown`, which reaches everything downstream).
   */
  columns: _default(
    strict({
      analyse: _default(boolean(), true),
      dialect: _default(nullable(_enum(DIALECTS)), null),
      vars: _default(record(string(), unknown()), {}),
      "max-models": _default(int().check(_positive()), 200)
    }),
    { analyse: true, dialect: null, vars: {}, "max-models": 200 }
  ),
  /** Work allowed for exact per-change totals before estimates take over. */
  "per-change-budget": _default(int().check(_nonnegative()), DEFAULT_PER_CHANGE_BUDGET)
});
var CONFIG_KEYS = Object.keys(configSchema.shape);
function defaultConfig() {
  return configSchema.parse({});
}
function layerRules(config) {
  return Object.entries(config.layers).map(([glob, layer]) => ({ glob, layer }));
}
function columnOptions(config) {
  const { dialect, vars } = config.columns;
  return {
    ...dialect !== null && { dialect },
    ...Object.keys(vars).length > 0 && { vars },
    maxModels: config.columns["max-models"]
  };
}
function lineageSources(config) {
  const set = new Set(config.lineage);
  const auto = set.has("auto");
  return { inventory: auto || set.has("inventory"), code: auto || set.has("code") };
}

export {
  Reacher,
  nearestSources,
  reachSketch,
  LIST_FIELDS,
  parseInventory,
  emptyInventory,
  isSourceName,
  cycles,
  codeView,
  UPSTREAM,
  DOWNSTREAM,
  SyncInputError,
  readInventoryTree,
  isEmptyPlan,
  planSync,
  describePlan,
  lineageCoverage,
  underReportedRadius,
  ChangedFilesError,
  parseChangedFiles,
  normalizePath,
  summarizeFileChanges,
  isDbtFile,
  perChangeImpact,
  PATH_HEAD,
  blastRadius,
  describePath,
  RULES,
  diffRuleFindings,
  auditRuleFindings,
  FAIL_ON,
  COMMENT_MODES,
  SUGGESTION_MODES,
  LINEAGE_SOURCES,
  configSchema,
  defaultConfig,
  layerRules,
  columnOptions,
  lineageSources
};
