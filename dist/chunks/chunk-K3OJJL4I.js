import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  EdgeList,
  Int32Pairs,
  Reacher,
  breadthFirst,
  buildGraph,
  buildNameTable,
  compareNames,
  configSchema,
  diffInventories,
  inventorySchema,
  isAcyclic,
  isInventoryShape,
  isValidModel,
  modelSchema,
  modelSet,
  namedPathTo,
  normalizePath,
  outDegree,
  perChangeImpact,
  prettifyError,
  reachSketch,
  stronglyConnected,
  summarizeFileChanges,
  unionEdges,
  unionGraph
} from "./chunk-XXGMBTPN.js";
import {
  __commonJS,
  __toESM
} from "./chunk-PY5VAGIZ.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse3 = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse3(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse3.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse3;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse3 = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch3 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch3(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch3.compileRe(glob, options) : picomatch3.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch3(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch3.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch3.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format2 = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format2 ? format2(input) : input;
      if (match === false) {
        output = format2 ? format2(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch3.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch3.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch3.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch3.isMatch = (str, patterns, options) => picomatch3(patterns, options)(str);
    picomatch3.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch3.parse(p, options));
      return parse3(pattern, { ...options, fastpaths: false });
    };
    picomatch3.scan = (input, options) => scan(input, options);
    picomatch3.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch3.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch3.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse3.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse3(input, options);
      }
      return picomatch3.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch3.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch3.constants = constants;
    module.exports = picomatch3;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch3(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch3, pico);
    module.exports = picomatch3;
  }
});

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
      const array = [];
      onValue(array);
      previousParents.push(currentParent);
      currentParent = array;
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
function walkModelsArray(text, walk2) {
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
      found = walk2(at);
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

// src/inventory/parse.ts
function modelLine(inventory, modelIndex, ...rest) {
  const index = inventory.sourceIndex[modelIndex];
  if (index === void 0) return void 0;
  return inventory.locator.line(["models", index, ...rest]);
}
function parseInventory(rawText, file, reference) {
  const text = rawText.charCodeAt(0) === 65279 ? rawText.slice(1) : rawText;
  const locator = new JsonLocator(text);
  const unusable = (problem) => ({
    file,
    models: [],
    sourceIndex: [],
    indexByName: /* @__PURE__ */ new Map(),
    invalidFields: /* @__PURE__ */ new Map(),
    problems: [problem],
    usable: false,
    locator
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
    return unusable(syntaxProblem(text, locator, error));
  }
  const top = isInventoryShape(document) ? null : inventorySchema.safeParse(document);
  if (top && !top.success) {
    const issue = top.error.issues[0];
    return unusable({
      message: `${formatJsonPath(issue.path)}: ${describeIssue(issue, document)} — an inventory is an object { "models": [ ... ] }`,
      path: formatJsonPath(issue.path),
      line: locator.line(issue.path)
    });
  }
  let entries = document.models;
  let shared;
  if (reused) {
    const expanded = reused.expand(entries);
    if (!expanded) return parseInventory(text, file);
    ({ entries, shared } = expanded);
    const same = reference && sameNamesInOrder(entries, reference);
    if (same) return { file, ...same, usable: true, locator };
  }
  return { file, ...validateEntries(entries, locator, shared), usable: true, locator };
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
function validateEntries(entries, locator, knownValid) {
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
          line: locator.line(path),
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
      const firstLine = locator.line(["models", first, "name"]);
      problems.push({
        message: `${formatJsonPath(path)}: duplicate model name ${JSON.stringify(model.name)}, already defined at models[${first}]${firstLine ? ` (line ${firstLine})` : ""} — keep one entry per model; the first is used`,
        path: formatJsonPath(path),
        line: locator.line(path),
        model: model.name
      });
      continue;
    }
    models.push(model);
    sourceIndex.push(i);
  }
  return { models, sourceIndex, indexByName: indexByName.pack(), invalidFields, problems };
}
function syntaxProblem(text, locator, parseError) {
  const errors = [];
  try {
    parse2(text, errors, { disallowComments: true, allowTrailingComma: false });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    const offset = /at position (\d+)/.exec(parseError.message)?.[1];
    const line2 = offset === void 0 ? void 0 : locator.position(Number(offset)).line;
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
  const { line, column } = locator.position(first.offset);
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
  return typeof name === "string" && name !== "" ? name : void 0;
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
function byName(set) {
  return {
    get: (name) => {
      const i = set.indexByName.get(name);
      return i === void 0 ? void 0 : set.models[i];
    },
    has: (name) => set.indexByName.has(name)
  };
}
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
  const check = (declarerIndex, field, position, other) => {
    const declarer = models[declarerIndex];
    if (scope && !scope.has(declarer.name) && !scope.has(other)) return;
    const declaredAt = () => ({
      file: inventory.file,
      line: modelLine(inventory, declarerIndex, field, position) ?? null
    });
    const otherIndex = index.get(other);
    const wasDeclared = base ? listHas(base.get(declarer.name)?.[field], other) : false;
    if (otherIndex === void 0) {
      if (removed?.has(other)) return;
      if (base && wasDeclared && !base.has(other)) return;
      findings.push({
        rule: "lineage/unknown-reference",
        severity: "notice",
        model: declarer.name,
        message: `\`${declarer.name}\`.${field} lists \`${other}\`, which is not a model of the inventory (kept as an external node)`,
        ...declaredAt()
      });
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
          rule: "lineage/asymmetric-edge",
          severity: "notice",
          model: other,
          message: `\`${from}\` → \`${to}\` is listed in \`${declarer.name}\`.${field} but not in \`${other}\`.${mirrorField}`,
          file: inventory.file,
          line: modelLine(inventory, otherIndex, mirrorField) ?? null
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
      rule: "layer/order-violation",
      severity: "warning",
      model: to,
      message: `${base ? "new edge" : "edge"} \`${from}\` (${fromLayer}) → \`${to}\` (${toLayer}) runs against the layer order ${order}: ${article(toLayer)} model should not depend on ${article(fromLayer)} model`,
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
  return findings;
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
    const what = names.length === 1 ? `\`${first}\` depends on itself` : `cycle through ${names.length} models: ${names.map((n) => `\`${n}\``).join(", ")}`;
    findings.push({
      rule: "lineage/cycle",
      severity: existed ? "notice" : "error",
      model: first,
      message: existed ? `${what} (already present at base)` : what,
      file: inventory.file,
      line: modelIndex === void 0 ? null : modelLine(inventory, modelIndex) ?? null,
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

// src/rules/inventory-rules.ts
function inventoryFindings(base, head) {
  const findings = [];
  for (const problem of head?.problems ?? []) {
    findings.push({
      rule: "inventory/invalid",
      severity: "error",
      model: problem.model ?? null,
      message: `${head.file}: ${problem.message}`,
      file: head.file,
      line: problem.line ?? null
    });
  }
  for (const problem of base?.problems ?? []) {
    const unusable = !base.usable;
    findings.push({
      rule: "inventory/invalid",
      severity: unusable ? "warning" : "notice",
      model: problem.model ?? null,
      message: `base ${base.file}: ${problem.message}` + (unusable ? " — the base inventory cannot be read, so every head model counts as added" : ""),
      file: null,
      line: null
    });
  }
  return findings;
}

// src/rules/verdict.ts
function applySeverities(findings, overrides) {
  const out = [];
  for (const finding of findings) {
    const setting = overrides[finding.rule];
    if (setting === "off") continue;
    out.push(setting ? { ...finding, severity: setting } : finding);
  }
  return out;
}
function acknowledge(findings) {
  return findings.map(
    (finding) => finding.severity === "warning" ? { ...finding, severity: "notice", acknowledged: true } : finding
  );
}
var SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
function sortFindings(findings) {
  return findings.sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || compareNames(a.rule, b.rule) || compareNames(a.model ?? "", b.model ?? "") || (a.line ?? 0) - (b.line ?? 0) || compareNames(a.message, b.message)
  );
}
function evaluate(findings, failOn, input = { usable: true }) {
  let errors = 0;
  let warnings = 0;
  let notices = 0;
  for (const finding of findings) {
    if (finding.severity === "error") errors++;
    else if (finding.severity === "warning") warnings++;
    else notices++;
  }
  const fail = !input.usable || failOn === "error" && errors > 0 || failOn === "warning" && errors + warnings > 0;
  return { errors, warnings, notices, verdict: fail ? "fail" : "pass" };
}

// src/report/types.ts
var TOOL_NAME = "dbt-blast-radius";

// src/audit/audit.ts
var HUBS = 10;
var ORPHAN_EXEMPT_LAYER = "reporting";
function buildAuditReport(input, config) {
  const { inventory } = input;
  const models = inventory.models;
  const table = buildNameTable(models);
  const graph = buildGraph(table, unionEdges(models, table));
  const attribution = new Set(config["attribution-layers"]);
  const reach = reachCounter(graph, config["per-change-budget"]);
  const modelIds = models.map((model) => table.ids.get(model.name));
  const hubs = topReach(models, modelIds, graph, reach);
  const attributionMap = models.map((model, i) => ({ model, id: modelIds[i] })).filter(({ model }) => attribution.has(model.layer)).map(({ model, id }) => {
    const size = reach.estimate(id);
    return {
      model: model.name,
      layer: model.layer,
      concepts: [...model.attribution_concepts ?? []].sort(compareNames),
      consumers: neighbours(graph, id),
      reach: size.count,
      ...!size.exact && { estimated: true }
    };
  }).sort(
    (a, b) => attributionRank(a.layer, config) - attributionRank(b.layer, config) || compareNames(a.model, b.model)
  );
  const orphans = models.filter(
    (model, i) => model.layer !== ORPHAN_EXEMPT_LAYER && outDegree(graph, modelIds[i]) === 0
  ).map((model) => model.name).sort(compareNames);
  let findings = [
    ...inventoryFindings(null, inventory),
    ...inventory.usable ? cycleFindings(graph, inventory, null) : [],
    ...inventory.usable ? consistencyFindings(inventory, { baseline: null, layerOrder: config["layer-order"] }) : []
  ];
  findings = sortFindings(applySeverities(findings, config.rules));
  const verdict = evaluate(findings, config["fail-on"], inventory);
  return {
    schemaVersion: 1,
    tool: { name: TOOL_NAME, version: input.toolVersion },
    mode: "audit",
    inventory: {
      path: input.inventoryPath,
      base: null,
      head: {
        ref: input.ref,
        ...input.file !== void 0 && { file: input.file },
        models: models.length,
        usable: inventory.usable
      }
    },
    changes: [],
    impact: { models: [], byLayer: {}, perChange: [] },
    audit: {
      layers: layerStats(models, attribution),
      externals: table.names.length - models.length,
      edges: graph.targets.length,
      hubs,
      attributionMap,
      orphans,
      cycles: cycles(graph),
      layerEdges: layerEdges(models, graph, table.ids, config["layer-order"])
    },
    findings,
    summary: {
      changed: 0,
      impacted: 0,
      ...verdict,
      failOn: config["fail-on"],
      acknowledged: false,
      anchoring: 0,
      attributionImpacted: 0
    }
  };
}
function attributionRank(layer, config) {
  const i = config["attribution-layers"].indexOf(layer);
  return i === -1 ? Infinity : i;
}
function neighbours(graph, v) {
  const out = [];
  for (let e = graph.offsets[v]; e < graph.offsets[v + 1]; e++)
    out.push(graph.table.names[graph.targets[e]]);
  return out;
}
function reachCounter(graph, budget) {
  const reacher = new Reacher(graph);
  let sketch;
  const cache = /* @__PURE__ */ new Map();
  const exact = (v) => {
    let count = cache.get(v);
    if (count === void 0) cache.set(v, count = reacher.reach(v).length);
    return count;
  };
  return {
    exact,
    estimate(v) {
      if (cache.has(v) || reacher.work < budget) return { count: exact(v), exact: true };
      sketch ??= reachSketch(graph);
      const size = sketch(v);
      return { count: Math.max(size.count - 1, 0), exact: size.exact };
    }
  };
}
function topReach(models, ids, graph, reach) {
  const ranked = models.map((model, i) => {
    const size = reach.estimate(ids[i]);
    return { model, id: ids[i], ...size };
  });
  const byReach = (a, b) => b.count - a.count || compareNames(a.model.name, b.model.name);
  ranked.sort(byReach);
  const candidates = ranked.slice(0, HUBS * 5).map((r) => ({ ...r, count: reach.exact(r.id), exact: true }));
  candidates.sort(byReach);
  return candidates.slice(0, HUBS).filter((c) => c.count > 0).map((c) => ({
    model: c.model.name,
    layer: c.model.layer,
    direct: outDegree(graph, c.id),
    reach: c.count
  }));
}
function layerStats(models, attribution) {
  const stats = /* @__PURE__ */ new Map();
  for (const model of models) {
    let s = stats.get(model.layer);
    if (!s)
      stats.set(
        model.layer,
        s = { models: 0, withDescription: 0, withDependencies: 0, withConcepts: 0 }
      );
    s.models++;
    if (typeof model.description === "string" && model.description.trim() !== "")
      s.withDescription++;
    if (model.upstream_dependencies !== void 0 || model.downstream_consumers !== void 0)
      s.withDependencies++;
    if ((model.attribution_concepts?.length ?? 0) > 0) s.withConcepts++;
  }
  return [...stats].map(([layer, s]) => ({ layer, ...s, attribution: attribution.has(layer) })).sort((a, b) => b.models - a.models || compareNames(a.layer, b.layer));
}
function layerEdges(models, graph, ids, order) {
  const layerOf = /* @__PURE__ */ new Map();
  for (const model of models) layerOf.set(ids.get(model.name), model.layer);
  const rank = new Map(order.map((layer, i) => [layer, i]));
  const counts = /* @__PURE__ */ new Map();
  for (let v = 0; v + 1 < graph.offsets.length; v++) {
    const from = layerOf.get(v);
    if (from === void 0) continue;
    for (let e = graph.offsets[v]; e < graph.offsets[v + 1]; e++) {
      const to = layerOf.get(graph.targets[e]);
      if (to === void 0) continue;
      const key = `${from}\0${to}`;
      const entry = counts.get(key) ?? { from, to, edges: 0, violations: 0 };
      const violation = (rank.get(from) ?? -1) > (rank.get(to) ?? Infinity);
      counts.set(key, {
        ...entry,
        edges: entry.edges + 1,
        violations: entry.violations + (violation ? 1 : 0)
      });
    }
  }
  return [...counts.values()].sort(
    (a, b) => compareNames(a.from, b.from) || compareNames(a.to, b.to)
  );
}

// src/config/load.ts
var ConfigError = class extends Error {
};
async function parseConfig(yamlText, file, overrides = {}) {
  let fromFile = {};
  let document;
  let lines;
  let yaml;
  if (yamlText !== null) {
    yaml = await loadYaml();
    lines = new yaml.LineCounter();
    const { parseDocument } = yaml;
    document = parseDocument(yamlText, { lineCounter: lines, prettyErrors: false });
    const syntax = document.errors[0];
    if (syntax) {
      const { line, col } = lines.linePos(syntax.pos[0]);
      throw new ConfigError(
        `${file}: invalid YAML at line ${line}, column ${col}: ${syntax.message.split("\n")[0]}`
      );
    }
    fromFile = document.toJS() ?? {};
    if (typeof fromFile !== "object" || Array.isArray(fromFile)) {
      throw new ConfigError(`${file}: the config must be a mapping of keys to values`);
    }
  }
  const locate = document && yaml && lines ? (issue) => lineOf(yaml, document, lines, issue) : void 0;
  return validateConfig({ ...fromFile, ...definedOnly(overrides) }, file, locate);
}
function validateConfig(settings, file, locate) {
  const result = configSchema.safeParse(settings);
  if (result.success) return result.data;
  const located = result.error.issues.map((issue) => {
    const line = locate?.(issue);
    return line === void 0 ? issue : { ...issue, message: `${issue.message} (line ${line})` };
  });
  throw new ConfigError(
    `${file}: invalid configuration
${prettifyError({ issues: located })}`
  );
}
async function loadYaml() {
  const loaded = await import("./dist-O4GNHTKE.js");
  return loaded.LineCounter ? loaded : loaded.default;
}
function definedOnly(values) {
  return Object.fromEntries(
    Object.entries(values).filter(([, v]) => v !== void 0)
  );
}
function lineOf({ isMap, isNode }, document, lines, issue) {
  let path = issue.path;
  if (issue.code === "unrecognized_keys" && issue.keys[0] !== void 0) {
    const parent = path.length === 0 ? document.contents : document.getIn(path, true);
    if (isMap(parent)) {
      const pair = parent.items.find(
        (item) => isNode(item.key) && item.key.value === issue.keys[0]
      );
      const range = pair && isNode(pair.key) ? pair.key.range : void 0;
      if (range) return lines.linePos(range[0]).line;
    }
  }
  for (; path.length > 0; path = path.slice(0, -1)) {
    const node = document.getIn(path, true);
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
  }
  return void 0;
}

// src/report/diff-report.ts
var import_picomatch2 = __toESM(require_picomatch2(), 1);

// src/impact/graphs.ts
function buildGraphPair(baseSet, headSet, changes, removedToKeep) {
  const head = headSet.models;
  const headIndex = headSet.indexByName;
  const rewired = /* @__PURE__ */ new Set();
  const added = /* @__PURE__ */ new Set();
  for (const change of changes) {
    if (change.kind === "added") added.add(change.model);
    if (change.kind !== "modified" || declaresOtherEdges(change)) rewired.add(change.model);
  }
  const baseRewired = baseModels(baseSet, rewired);
  const others = /* @__PURE__ */ new Map();
  const names = head.map((model) => model.name);
  const firstSeen = (name) => headIndex.get(name) ?? others.get(name);
  const idOf = (name) => {
    let id = firstSeen(name);
    if (id === void 0) {
      id = names.length;
      others.set(name, id);
      names.push(name);
    }
    return id;
  };
  const shared = new EdgeList();
  const headOnly = new EdgeList();
  const baseOnly = new EdgeList();
  const declare = (model, self, edges) => {
    const up = model.upstream_dependencies;
    if (up) for (let k = 0; k < up.length; k++) edges.add(idOf(up[k]), self);
    const down = model.downstream_consumers;
    if (down) for (let k = 0; k < down.length; k++) edges.add(self, idOf(down[k]));
  };
  const rewiredInHead = new Uint8Array(head.length);
  for (const name of rewired) {
    const i = headIndex.get(name);
    if (i !== void 0) rewiredInHead[i] = 1;
  }
  for (let i = 0; i < head.length; i++) {
    declare(head[i], i, rewiredInHead[i] ? headOnly : shared);
  }
  const headNodes = names.length;
  for (const model of baseRewired) declare(model, idOf(model.name), baseOnly);
  const { table, renumber } = sortedTable(names, firstSeen);
  const inHead = new Uint8Array(names.length);
  const headPosition = new Int32Array(names.length).fill(-1);
  for (let i = 0; i < head.length; i++) {
    inHead[renumber[i]] = 1;
    headPosition[renumber[i]] = i;
  }
  const inBase = new Uint8Array(inHead);
  for (const name of added) inBase[table.ids.get(name)] = 0;
  for (const model of baseRewired) inBase[table.ids.get(model.name)] = 1;
  shared.renumber(renumber);
  headOnly.renumber(renumber);
  baseOnly.renumber(renumber);
  const sharedGraph = buildGraph(table, shared);
  const baseGraph = unionGraph(sharedGraph, buildGraph(table, baseOnly));
  const inHeadGraph = new Uint8Array(names.length);
  for (let id = 0; id < headNodes; id++) inHeadGraph[renumber[id]] = 1;
  keepRemovedEdges(baseGraph, removedToKeep, inHeadGraph, headOnly);
  const headGraph = unionGraph(sharedGraph, buildGraph(table, headOnly));
  return { table, base: baseGraph, head: headGraph, inHead, inBase, headPosition };
}
function baseModels(base, names) {
  if (!base) return [];
  const positions = [];
  for (const name of names) {
    const i = base.indexByName.get(name);
    if (i !== void 0) positions.push(i);
  }
  return positions.sort((a, b) => a - b).map((i) => base.models[i]);
}
function declaresOtherEdges(change) {
  return change.reasons.includes("upstream_dependencies") || change.reasons.includes("downstream_consumers");
}
function sortedTable(names, firstSeen) {
  const n = names.length;
  const renumber = new Int32Array(n);
  let sorted;
  if (mostlySorted(names)) {
    const order = Array.from({ length: n }, (_, i) => i);
    order.sort((a, b) => names[a] < names[b] ? -1 : 1);
    sorted = new Array(n);
    for (let i = 0; i < n; i++) {
      sorted[i] = names[order[i]];
      renumber[order[i]] = i;
    }
  } else {
    sorted = [...names].sort();
    for (let i = 0; i < n; i++) renumber[firstSeen(sorted[i])] = i;
  }
  const ids = {
    get: (name) => {
      const id = firstSeen(name);
      return id === void 0 ? void 0 : renumber[id];
    }
  };
  const table = { names: sorted, ids };
  return { table, renumber };
}
function mostlySorted(names) {
  let descents = 0;
  for (let i = 1; i < names.length; i++) if (names[i - 1] > names[i]) descents++;
  return descents * 64 <= names.length;
}
function keepRemovedEdges(baseGraph, removed, inHeadGraph, headEdges) {
  const { offsets, targets, table } = baseGraph;
  for (const name of removed) {
    const v = table.ids.get(name);
    for (let e = offsets[v]; e < offsets[v + 1]; e++) {
      const w = targets[e];
      if (inHeadGraph[w]) headEdges.add(v, w);
    }
  }
}

// src/impact/radius.ts
var EXTERNAL_LAYER = "external";
function blastRadius(pair, anchors, changed, layerAt) {
  const { table } = pair;
  const sources = anchors.map((name) => table.ids.get(name)).sort((a, b) => a - b);
  const search = breadthFirst(pair.head, sources);
  const n = table.names.length;
  const keys = new Float64Array(search.order.length);
  let count = 0;
  for (const v of search.order) {
    if (!changed.has(table.names[v])) keys[count++] = search.distance[v] * n + v;
  }
  const sorted = keys.subarray(0, count).sort();
  const models = new Array(count);
  for (let i = 0; i < count; i++) {
    const v = sorted[i] % n;
    const name = table.names[v];
    const external = pair.inHead[v] === 0;
    models[i] = {
      model: name,
      layer: external ? null : layerAt(pair.headPosition[v]),
      depth: search.distance[v],
      path: namedPathTo(search, v, table.names),
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
function sortedRecord(record) {
  const sorted = /* @__PURE__ */ Object.create(null);
  for (const key of Object.keys(record).sort(compareNames)) sorted[key] = record[key];
  return sorted;
}

// src/rules/diff-rules.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
var LISTED_IN_MESSAGE = 10;
function diffFindings(facts) {
  const headIndex = facts.head.indexByName;
  const at = (model, ...path) => {
    const i = headIndex.get(model);
    const line = i === void 0 ? void 0 : modelLine(facts.head, i, ...path);
    return line === void 0 ? { file: null, line: null } : { file: facts.head.file, line };
  };
  const attribution = new Set(facts.config["attribution-layers"]);
  return [
    ...brokenReferences(facts, at),
    ...attributionChanged(facts, attribution, headIndex, at),
    ...attributionImpacted(facts, attribution, at),
    ...conceptsRemoved(facts, at),
    ...layerChanges(facts, attribution, at),
    ...exposuresReached(facts, at),
    ...radiusThreshold(facts)
  ];
}
function brokenReferences(facts, at) {
  if (facts.removed.size === 0) return [];
  const findings = [];
  for (const model of facts.head.models) {
    for (const field of ["upstream_dependencies", "downstream_consumers"]) {
      const list = model[field] ?? [];
      list.forEach((name, position) => {
        if (!facts.removed.has(name)) return;
        findings.push({
          rule: "lineage/broken-reference",
          severity: "error",
          model: model.name,
          message: `\`${model.name}\`.${field} still references \`${name}\`, which this change removes`,
          related: [name],
          ...at(model.name, field, position)
        });
      });
    }
  }
  return findings;
}
function attributionChanged(facts, attribution, headIndex, at) {
  return facts.changes.filter((change) => attribution.has(change.layer)).map((change) => {
    const model = facts.head.models[headIndex.get(change.model) ?? -1];
    const concepts = model?.attribution_concepts ?? [];
    const what = change.kind === "modified" ? `changed (${change.reasons.join(", ")})${change.metadataOnly ? ", metadata only" : ""}` : change.kind;
    return {
      rule: "attribution/changed",
      severity: "warning",
      model: change.model,
      message: `\`${change.model}\` in attribution layer ${change.layer} is ${what}` + (concepts.length > 0 ? `; it carries: ${concepts.join(", ")}` : ""),
      ...change.kind === "removed" ? { file: null, line: null } : at(change.model)
    };
  });
}
function attributionImpacted(facts, attribution, at) {
  const bySource = /* @__PURE__ */ new Map();
  for (const impacted of facts.radius.models) {
    if (impacted.layer === null || !attribution.has(impacted.layer)) continue;
    const source = impacted.path[0];
    let list = bySource.get(source);
    if (!list) bySource.set(source, list = []);
    list.push({ model: impacted.model, layer: impacted.layer, path: impacted.path });
  }
  return [...bySource].map(([source, reached]) => {
    const shown = reached.slice(0, LISTED_IN_MESSAGE).map((r) => `\`${r.model}\` (${r.layer}) via ${r.path.map((p) => `\`${p}\``).join(" → ")}`);
    const more = reached.length > LISTED_IN_MESSAGE ? `; and ${reached.length - LISTED_IN_MESSAGE} more` : "";
    return {
      rule: "attribution/impacted",
      severity: "warning",
      model: source,
      message: `\`${source}\` reaches ${reached.length} attribution-layer model${reached.length === 1 ? "" : "s"}: ${shown.join("; ")}${more}`,
      related: reached.map((r) => r.model),
      ...facts.removed.has(source) ? { file: null, line: null } : at(source)
    };
  });
}
function conceptsRemoved(facts, at) {
  const findings = [];
  for (const change of facts.changes) {
    const field = change.fields.attribution_concepts;
    if (!field || !("removed" in field) || field.removed.length === 0) continue;
    findings.push({
      rule: "attribution/concept-removed",
      severity: "warning",
      model: change.model,
      message: `\`${change.model}\` no longer lists attribution concept${field.removed.length === 1 ? "" : "s"}: ${field.removed.join(", ")}`,
      related: field.removed,
      ...at(change.model, "attribution_concepts")
    });
  }
  return findings;
}
function layerChanges(facts, attribution, at) {
  const findings = [];
  for (const change of facts.changes) {
    const field = change.fields.layer;
    if (!field || !("before" in field)) continue;
    const before = String(field.before);
    const after = String(field.after);
    if (attribution.has(before) === attribution.has(after)) continue;
    findings.push({
      rule: "attribution/layer-changed",
      severity: "warning",
      model: change.model,
      message: `\`${change.model}\` moved ${attribution.has(after) ? "into" : "out of"} the attribution layers: ${before} → ${after}`,
      ...at(change.model, "layer")
    });
  }
  return findings;
}
function exposuresReached(facts, at) {
  const findings = [];
  const anchors = facts.changes.filter((change) => !change.metadataOnly);
  for (const exposure of facts.config.exposures) {
    const matches = (0, import_picomatch.default)(exposure.models, { dot: true });
    const hits = [
      ...anchors.filter((c) => matches(c.model)).map((c) => ({ model: c.model, how: `changed (${c.kind})` })),
      ...facts.radius.models.filter((m) => matches(m.model)).map((m) => ({ model: m.model, how: `via ${m.path.map((p) => `\`${p}\``).join(" → ")}` }))
    ];
    if (hits.length === 0) continue;
    const shown = hits.slice(0, LISTED_IN_MESSAGE).map((h) => `\`${h.model}\` ${h.how}`);
    const more = hits.length > LISTED_IN_MESSAGE ? `; and ${hits.length - LISTED_IN_MESSAGE} more` : "";
    const first = hits[0].model;
    findings.push({
      rule: "exposure/reached",
      severity: "warning",
      model: first,
      message: `exposure "${exposure.name}" is reached through ${hits.length} model${hits.length === 1 ? "" : "s"}: ${shown.join("; ")}${more}`,
      related: hits.map((h) => h.model),
      exposure: exposure.name,
      ...facts.removed.has(first) ? { file: null, line: null } : at(first)
    });
  }
  return findings;
}
function radiusThreshold(facts) {
  const max = facts.config["max-blast-radius"];
  const size = facts.radius.models.length;
  if (max === null || size <= max) return [];
  return [
    {
      rule: "radius/threshold",
      severity: "warning",
      model: null,
      message: `the blast radius is ${size} models, over the configured maximum of ${max}`,
      file: null,
      line: null
    }
  ];
}

// src/report/diff-report.ts
function buildDiffReport(input, config, options = {}) {
  const baseInventory = usableOrNull(input.base.inventory);
  const headInventory = input.head.inventory;
  const head = headInventory?.usable ? headInventory.models : [];
  const base = baseInventory?.models ?? null;
  let allChanges = [];
  if (!headInventory || headInventory.usable) {
    allChanges = diffInventories(
      baseInventory,
      headInventory ?? modelSet([]),
      summarizeFileChanges(input.changedFiles)
    );
  }
  const headSet = headInventory?.usable ? headInventory : modelSet([]);
  const changes = withoutIgnored(allChanges, config.ignore, baseInventory, headSet);
  const changed = new Set(changes.map((change) => change.model));
  const anchors = changes.filter((change) => !change.metadataOnly).map((change) => change.model);
  const removed = new Set(changes.filter((c) => c.kind === "removed").map((c) => c.model));
  const pair = buildGraphPair(baseInventory, headSet, allChanges, [...removed]);
  const radius = blastRadius(pair, anchors, changed, (position) => head[position].layer);
  const perChange = perChangeImpact(pair, anchors, config["per-change-budget"]);
  let findings = inventoryFindings(input.base.inventory, headInventory);
  if (headInventory?.usable) {
    findings.push(
      ...diffFindings({ config, head: headInventory, changes, radius, removed }),
      ...cycleFindings(pair.head, headInventory, pair.base),
      ...consistencyFindings(headInventory, {
        baseline: baseInventory ?? modelSet([]),
        layerOrder: config["layer-order"],
        removed,
        scope: rewiredModels(changes),
        graph: pair.head
      })
    );
  }
  findings = applySeverities(findings, config.rules);
  if (options.acknowledged) findings = acknowledge(findings);
  sortFindings(findings);
  const verdict = evaluate(findings, config["fail-on"], { usable: headInventory?.usable ?? true });
  const attribution = new Set(config["attribution-layers"]);
  return {
    schemaVersion: 1,
    tool: { name: TOOL_NAME, version: input.toolVersion },
    mode: "diff",
    inventory: {
      path: input.inventoryPath,
      base: input.base.inventory ? side(input.base, base?.length ?? 0, input.base.inventory.usable) : null,
      head: side(input.head, head.length, headInventory?.usable ?? true)
    },
    changes,
    impact: { models: radius.models, byLayer: radius.byLayer, perChange },
    findings,
    summary: {
      changed: changes.length,
      impacted: radius.models.length,
      ...verdict,
      failOn: config["fail-on"],
      acknowledged: options.acknowledged ?? false,
      anchoring: anchors.length,
      attributionImpacted: radius.models.filter((m) => m.layer !== null && attribution.has(m.layer)).length
    }
  };
}
function rewiredModels(changes) {
  const names = /* @__PURE__ */ new Set();
  for (const change of changes) {
    if (change.kind === "added" || change.reasons.includes("upstream_dependencies") || change.reasons.includes("downstream_consumers")) {
      names.add(change.model);
    }
  }
  return names;
}
function usableOrNull(inventory) {
  return inventory?.usable ? inventory : null;
}
function side(input, models, usable) {
  return { ref: input.ref, ...input.file !== void 0 && { file: input.file }, models, usable };
}
function withoutIgnored(changes, globs, base, head) {
  if (globs.length === 0) return changes;
  const ignored = (0, import_picomatch2.default)(globs, { dot: true });
  const pathIn = (set, name) => {
    const i = set?.indexByName.get(name);
    return i === void 0 ? void 0 : set.models[i].path;
  };
  return changes.filter((change) => {
    const paths = [pathIn(base, change.model), pathIn(head, change.model)];
    return !paths.some((path) => path !== void 0 && ignored(path));
  });
}

// src/report/write-json.ts
function writeJson(value, write, depth = 3) {
  let chunks;
  try {
    chunks = isPlainObject(value) ? memberChunks(value) : [JSON.stringify(value, null, 2)];
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
  }
  if (chunks === void 0) return writePiecewise(value, write, depth);
  for (const chunk of chunks) write(chunk);
  write("\n");
}
function memberChunks(object) {
  const chunks = [];
  for (const key of Object.keys(object)) {
    const text = JSON.stringify({ [key]: object[key] }, null, 2);
    if (text === "{}") continue;
    chunks.push(chunks.length === 0 ? "{\n" : ",\n", text.slice(2, -2));
  }
  chunks.push(chunks.length === 0 ? "{}" : "\n}");
  return chunks;
}
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) && typeof value.toJSON !== "function";
}
function writePiecewise(value, write, depth = 3) {
  let buffer = "";
  const emit = (text) => {
    buffer += text;
    if (buffer.length > 1 << 20) {
      write(buffer);
      buffer = "";
    }
  };
  walk(value, "", depth, emit);
  write(`${buffer}
`);
}
function walk(value, indent, depth, emit) {
  const json = value?.toJSON;
  if (depth === 0 || value === null || typeof value !== "object" || typeof json === "function") {
    const text = JSON.stringify(value, null, 2) ?? "null";
    emit(indent === "" ? text : text.replace(/\n/g, `
${indent}`));
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return emit("[]");
    emit("[");
    value.forEach((item, i) => {
      emit(`${i === 0 ? "" : ","}
${inner}`);
      walk(item === void 0 || typeof item === "function" ? null : item, inner, depth - 1, emit);
    });
    emit(`
${indent}]`);
    return;
  }
  const entries = Object.entries(value).filter(
    ([, v]) => v !== void 0 && typeof v !== "function"
  );
  if (entries.length === 0) return emit("{}");
  emit("{");
  entries.forEach(([key, item], i) => {
    emit(`${i === 0 ? "" : ","}
${inner}${JSON.stringify(key)}: `);
    walk(item, inner, depth - 1, emit);
  });
  emit(`
${indent}}`);
}

// package.json
var package_default = {
  name: "dbt-blast-radius",
  version: "0.1.0",
  description: "Find the blast radius of a dbt change: diff the model inventory, follow lineage downstream, flag marketing-attribution risk.",
  type: "module",
  license: "MIT",
  bin: {
    "blast-radius": "dist/cli.js"
  },
  engines: {
    node: ">=20"
  },
  files: [
    "dist",
    "README.md"
  ],
  scripts: {
    build: "node scripts/build.mjs",
    "check-dist": "node scripts/build.mjs --check",
    typecheck: "tsc --noEmit",
    lint: "eslint . && prettier --check .",
    format: "prettier --write .",
    test: "vitest run",
    bench: "node scripts/bench/run.mjs",
    demo: "node dist/cli.js diff --base-file examples/demo/base.json --head-file examples/demo/head.json --changed-files examples/demo/changed.txt --config examples/demo/blast-radius.yml --format text",
    "openapi:extract": "node scripts/extract-openapi.mjs",
    examples: "node scripts/render-examples.mjs"
  },
  devDependencies: {
    "@eslint/js": "^10.0.1",
    "@octokit/core": "^7.0.8",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@types/hast": "^3.0.5",
    "@types/node": "^20.19.43",
    "@types/picomatch": "^4.0.3",
    ajv: "^8.20.0",
    "ajv-formats": "^3.0.1",
    esbuild: "^0.28.2",
    eslint: "^10.15.0",
    "fast-check": "^4.10.2",
    globals: "^17.14.0",
    "happy-dom": "^21.0.4",
    mermaid: "^11.17.2",
    prettier: "^3.10.1",
    "rehype-raw": "^7.0.0",
    "remark-parse": "^11.0.0",
    "remark-rehype": "^11.1.2",
    typescript: "^5.9.3",
    "typescript-eslint": "^8.73.0",
    vitest: "^4.1.12"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@types/mdast": "^4.0.4",
    "jsonc-parser": "^3.3.1",
    "mdast-util-to-markdown": "^2.2.3",
    picomatch: "^4.0.7",
    "remark-gfm": "^4.0.1",
    "remark-stringify": "^11.0.0",
    unified: "^11.0.5",
    yaml: "^2.9.1",
    zod: "^4.6.7"
  }
};

// src/version.ts
var VERSION = package_default.version;

// src/git/git.ts
import { existsSync } from "node:fs";
import { promisify } from "node:util";
var MAX_OUTPUT = 1024 * 1024 * 1024;
var GitError = class extends Error {
};
async function git(repo, args) {
  const run = promisify((await import("node:child_process")).execFile);
  try {
    const { stdout } = await run("git", ["-C", repo, ...args], {
      maxBuffer: MAX_OUTPUT,
      encoding: "buffer",
      env: { ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" }
    });
    return stdout.toString("utf8");
  } catch (error) {
    const failure = error;
    if (failure.code === "ENOENT") throw new GitError("git is not installed or not on PATH");
    const detail = (failure.stderr?.toString() || failure.message).trim().split("\n")[0];
    throw new GitError(`git ${args[0]} failed in ${repo}: ${detail}`);
  }
}
async function resolveCommit(repo, ref) {
  try {
    return (await git(repo, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`])).trim();
  } catch (error) {
    if (!existsSync(repo)) throw new GitError(`${repo} does not exist (--repo DIR)`);
    if (error instanceof GitError && /not a git repository/i.test(error.message)) {
      throw new GitError(
        `${repo} is not a git repository (use --repo DIR, or --base-file/--head-file)`
      );
    }
    throw new GitError(
      `unknown git ref "${ref}" in ${repo} — fetch it (fetch-depth: 0) or check the name`
    );
  }
}
async function readAtCommit(repo, commit, path) {
  const spec = `${commit}:${normalizePath(path)}`;
  try {
    await git(repo, ["cat-file", "-e", spec]);
  } catch {
    return null;
  }
  return git(repo, ["show", "--no-textconv", spec]);
}
async function changedFilesBetween(repo, base, head) {
  const out = await git(repo, [
    "diff",
    "--name-status",
    "-M",
    "-z",
    "--no-ext-diff",
    base,
    head,
    "--"
  ]);
  const fields = out.split("\0");
  const files = [];
  for (let i = 0; i + 1 < fields.length; ) {
    const status = fields[i++];
    const letter = status[0];
    if (letter === "R" || letter === "C") {
      const oldPath = fields[i++];
      const path = fields[i++];
      files.push({ status: letter, oldPath, path, similarity: Number(status.slice(1)) });
    } else {
      files.push({ status: letter, path: fields[i++] });
    }
  }
  return files;
}
async function hasCommit(repo, sha) {
  try {
    await git(repo, ["cat-file", "-e", `${sha}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}
async function mergeBase(repo, a, b) {
  try {
    return (await git(repo, ["merge-base", a, b])).trim() || null;
  } catch {
    return null;
  }
}

export {
  parseInventory,
  buildAuditReport,
  ConfigError,
  parseConfig,
  buildDiffReport,
  writeJson,
  VERSION,
  GitError,
  resolveCommit,
  readAtCommit,
  changedFilesBetween,
  hasCommit,
  mergeBase
};
