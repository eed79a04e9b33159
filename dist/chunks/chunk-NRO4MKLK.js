import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  fastYaml,
  tooManyAliases
} from "./chunk-JXAXO3BT.js";
import {
  require_dist
} from "./chunk-HW2WQZXP.js";
import {
  analyzeModel,
  memoizedAnalyses,
  workerRunner
} from "./chunk-AWH5H23T.js";
import {
  DIALECTS
} from "./chunk-5FNQ5K7F.js";
import {
  DATA_KINDS
} from "./chunk-EQVOFDNJ.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-PY5VAGIZ.js";

// node_modules/nunjucks/src/lib.js
var require_lib = __commonJS({
  "node_modules/nunjucks/src/lib.js"(exports, module) {
    "use strict";
    var ArrayProto = Array.prototype;
    var ObjProto = Object.prototype;
    var escapeMap = {
      "&": "&amp;",
      '"': "&quot;",
      "'": "&#39;",
      "<": "&lt;",
      ">": "&gt;",
      "\\": "&#92;"
    };
    var escapeRegex = /[&"'<>\\]/g;
    var _exports = module.exports = {};
    function hasOwnProp(obj, k) {
      return ObjProto.hasOwnProperty.call(obj, k);
    }
    _exports.hasOwnProp = hasOwnProp;
    function lookupEscape(ch) {
      return escapeMap[ch];
    }
    function _prettifyError(path, withInternals, err) {
      if (!err.Update) {
        err = new _exports.TemplateError(err);
      }
      err.Update(path);
      if (!withInternals) {
        var old = err;
        err = new Error(old.message);
        err.name = old.name;
      }
      return err;
    }
    _exports._prettifyError = _prettifyError;
    function TemplateError(message, lineno, colno) {
      var err;
      var cause;
      if (message instanceof Error) {
        cause = message;
        message = cause.name + ": " + cause.message;
      }
      if (Object.setPrototypeOf) {
        err = new Error(message);
        Object.setPrototypeOf(err, TemplateError.prototype);
      } else {
        err = this;
        Object.defineProperty(err, "message", {
          enumerable: false,
          writable: true,
          value: message
        });
      }
      Object.defineProperty(err, "name", {
        value: "Template render error"
      });
      if (Error.captureStackTrace) {
        Error.captureStackTrace(err, this.constructor);
      }
      var getStack;
      if (cause) {
        var stackDescriptor = Object.getOwnPropertyDescriptor(cause, "stack");
        getStack = stackDescriptor && (stackDescriptor.get || function() {
          return stackDescriptor.value;
        });
        if (!getStack) {
          getStack = function getStack2() {
            return cause.stack;
          };
        }
      } else {
        var stack = new Error(message).stack;
        getStack = function getStack2() {
          return stack;
        };
      }
      Object.defineProperty(err, "stack", {
        get: function get() {
          return getStack.call(err);
        }
      });
      Object.defineProperty(err, "cause", {
        value: cause
      });
      err.lineno = lineno;
      err.colno = colno;
      err.firstUpdate = true;
      err.Update = function Update(path) {
        var msg = "(" + (path || "unknown path") + ")";
        if (this.firstUpdate) {
          if (this.lineno && this.colno) {
            msg += " [Line " + this.lineno + ", Column " + this.colno + "]";
          } else if (this.lineno) {
            msg += " [Line " + this.lineno + "]";
          }
        }
        msg += "\n ";
        if (this.firstUpdate) {
          msg += " ";
        }
        this.message = msg + (this.message || "");
        this.firstUpdate = false;
        return this;
      };
      return err;
    }
    if (Object.setPrototypeOf) {
      Object.setPrototypeOf(TemplateError.prototype, Error.prototype);
    } else {
      TemplateError.prototype = Object.create(Error.prototype, {
        constructor: {
          value: TemplateError
        }
      });
    }
    _exports.TemplateError = TemplateError;
    function escape(val) {
      return val.replace(escapeRegex, lookupEscape);
    }
    _exports.escape = escape;
    function isFunction(obj) {
      return ObjProto.toString.call(obj) === "[object Function]";
    }
    _exports.isFunction = isFunction;
    function isArray(obj) {
      return ObjProto.toString.call(obj) === "[object Array]";
    }
    _exports.isArray = isArray;
    function isString(obj) {
      return ObjProto.toString.call(obj) === "[object String]";
    }
    _exports.isString = isString;
    function isObject(obj) {
      return ObjProto.toString.call(obj) === "[object Object]";
    }
    _exports.isObject = isObject;
    function _prepareAttributeParts(attr) {
      if (!attr) {
        return [];
      }
      if (typeof attr === "string") {
        return attr.split(".");
      }
      return [attr];
    }
    function getAttrGetter(attribute) {
      var parts = _prepareAttributeParts(attribute);
      return function attrGetter(item) {
        var _item = item;
        for (var i = 0; i < parts.length; i++) {
          var part = parts[i];
          if (hasOwnProp(_item, part)) {
            _item = _item[part];
          } else {
            return void 0;
          }
        }
        return _item;
      };
    }
    _exports.getAttrGetter = getAttrGetter;
    function groupBy(obj, val, throwOnUndefined) {
      var result = {};
      var iterator = isFunction(val) ? val : getAttrGetter(val);
      for (var i = 0; i < obj.length; i++) {
        var value = obj[i];
        var key = iterator(value, i);
        if (key === void 0 && throwOnUndefined === true) {
          throw new TypeError('groupby: attribute "' + val + '" resolved to undefined');
        }
        (result[key] || (result[key] = [])).push(value);
      }
      return result;
    }
    _exports.groupBy = groupBy;
    function toArray(obj) {
      return Array.prototype.slice.call(obj);
    }
    _exports.toArray = toArray;
    function without(array) {
      var result = [];
      if (!array) {
        return result;
      }
      var length = array.length;
      var contains = toArray(arguments).slice(1);
      var index = -1;
      while (++index < length) {
        if (indexOf(contains, array[index]) === -1) {
          result.push(array[index]);
        }
      }
      return result;
    }
    _exports.without = without;
    function repeat(char_, n) {
      var str2 = "";
      for (var i = 0; i < n; i++) {
        str2 += char_;
      }
      return str2;
    }
    _exports.repeat = repeat;
    function each(obj, func, context) {
      if (obj == null) {
        return;
      }
      if (ArrayProto.forEach && obj.forEach === ArrayProto.forEach) {
        obj.forEach(func, context);
      } else if (obj.length === +obj.length) {
        for (var i = 0, l = obj.length; i < l; i++) {
          func.call(context, obj[i], i, obj);
        }
      }
    }
    _exports.each = each;
    function map(obj, func) {
      var results = [];
      if (obj == null) {
        return results;
      }
      if (ArrayProto.map && obj.map === ArrayProto.map) {
        return obj.map(func);
      }
      for (var i = 0; i < obj.length; i++) {
        results[results.length] = func(obj[i], i);
      }
      if (obj.length === +obj.length) {
        results.length = obj.length;
      }
      return results;
    }
    _exports.map = map;
    function asyncIter(arr, iter, cb) {
      var i = -1;
      function next() {
        i++;
        if (i < arr.length) {
          iter(arr[i], i, next, cb);
        } else {
          cb();
        }
      }
      next();
    }
    _exports.asyncIter = asyncIter;
    function asyncFor(obj, iter, cb) {
      var keys = keys_(obj || {});
      var len = keys.length;
      var i = -1;
      function next() {
        i++;
        var k = keys[i];
        if (i < len) {
          iter(k, obj[k], i, len, next);
        } else {
          cb();
        }
      }
      next();
    }
    _exports.asyncFor = asyncFor;
    function indexOf(arr, searchElement, fromIndex) {
      return Array.prototype.indexOf.call(arr || [], searchElement, fromIndex);
    }
    _exports.indexOf = indexOf;
    function keys_(obj) {
      var arr = [];
      for (var k in obj) {
        if (hasOwnProp(obj, k)) {
          arr.push(k);
        }
      }
      return arr;
    }
    _exports.keys = keys_;
    function _entries(obj) {
      return keys_(obj).map(function(k) {
        return [k, obj[k]];
      });
    }
    _exports._entries = _entries;
    function _values(obj) {
      return keys_(obj).map(function(k) {
        return obj[k];
      });
    }
    _exports._values = _values;
    function extend(obj1, obj2) {
      obj1 = obj1 || {};
      keys_(obj2).forEach(function(k) {
        obj1[k] = obj2[k];
      });
      return obj1;
    }
    _exports._assign = _exports.extend = extend;
    function inOperator(key, val) {
      if (isArray(val) || isString(val)) {
        return val.indexOf(key) !== -1;
      } else if (isObject(val)) {
        return key in val;
      }
      throw new Error('Cannot use "in" operator to search for "' + key + '" in unexpected types.');
    }
    _exports.inOperator = inOperator;
  }
});

// node_modules/asap/raw.js
var require_raw = __commonJS({
  "node_modules/asap/raw.js"(exports, module) {
    "use strict";
    var domain;
    var hasSetImmediate = typeof setImmediate === "function";
    module.exports = rawAsap;
    function rawAsap(task) {
      if (!queue.length) {
        requestFlush();
        flushing = true;
      }
      queue[queue.length] = task;
    }
    var queue = [];
    var flushing = false;
    var index = 0;
    var capacity = 1024;
    function flush() {
      while (index < queue.length) {
        var currentIndex = index;
        index = index + 1;
        queue[currentIndex].call();
        if (index > capacity) {
          for (var scan = 0, newLength = queue.length - index; scan < newLength; scan++) {
            queue[scan] = queue[scan + index];
          }
          queue.length -= index;
          index = 0;
        }
      }
      queue.length = 0;
      index = 0;
      flushing = false;
    }
    rawAsap.requestFlush = requestFlush;
    function requestFlush() {
      var parentDomain = process.domain;
      if (parentDomain) {
        if (!domain) {
          domain = __require("domain");
        }
        domain.active = process.domain = null;
      }
      if (flushing && hasSetImmediate) {
        setImmediate(flush);
      } else {
        process.nextTick(flush);
      }
      if (parentDomain) {
        domain.active = process.domain = parentDomain;
      }
    }
  }
});

// node_modules/asap/asap.js
var require_asap = __commonJS({
  "node_modules/asap/asap.js"(exports, module) {
    "use strict";
    var rawAsap = require_raw();
    var freeTasks = [];
    module.exports = asap;
    function asap(task) {
      var rawTask;
      if (freeTasks.length) {
        rawTask = freeTasks.pop();
      } else {
        rawTask = new RawTask();
      }
      rawTask.task = task;
      rawTask.domain = process.domain;
      rawAsap(rawTask);
    }
    function RawTask() {
      this.task = null;
      this.domain = null;
    }
    RawTask.prototype.call = function() {
      if (this.domain) {
        this.domain.enter();
      }
      var threw = true;
      try {
        this.task.call();
        threw = false;
        if (this.domain) {
          this.domain.exit();
        }
      } finally {
        if (threw) {
          rawAsap.requestFlush();
        }
        this.task = null;
        this.domain = null;
        freeTasks.push(this);
      }
    };
  }
});

// node_modules/a-sync-waterfall/index.js
var require_a_sync_waterfall = __commonJS({
  "node_modules/a-sync-waterfall/index.js"(exports, module) {
    (function(globals) {
      "use strict";
      var executeSync = function() {
        var args = Array.prototype.slice.call(arguments);
        if (typeof args[0] === "function") {
          args[0].apply(null, args.splice(1));
        }
      };
      var executeAsync = function(fn) {
        if (typeof setImmediate === "function") {
          setImmediate(fn);
        } else if (typeof process !== "undefined" && process.nextTick) {
          process.nextTick(fn);
        } else {
          setTimeout(fn, 0);
        }
      };
      var makeIterator = function(tasks) {
        var makeCallback = function(index) {
          var fn = function() {
            if (tasks.length) {
              tasks[index].apply(null, arguments);
            }
            return fn.next();
          };
          fn.next = function() {
            return index < tasks.length - 1 ? makeCallback(index + 1) : null;
          };
          return fn;
        };
        return makeCallback(0);
      };
      var _isArray = Array.isArray || function(maybeArray) {
        return Object.prototype.toString.call(maybeArray) === "[object Array]";
      };
      var waterfall = function(tasks, callback, forceAsync) {
        var nextTick = forceAsync ? executeAsync : executeSync;
        callback = callback || function() {
        };
        if (!_isArray(tasks)) {
          var err = new Error("First argument to waterfall must be an array of functions");
          return callback(err);
        }
        if (!tasks.length) {
          return callback();
        }
        var wrapIterator = function(iterator) {
          return function(err2) {
            if (err2) {
              callback.apply(null, arguments);
              callback = function() {
              };
            } else {
              var args = Array.prototype.slice.call(arguments, 1);
              var next = iterator.next();
              if (next) {
                args.push(wrapIterator(next));
              } else {
                args.push(callback);
              }
              nextTick(function() {
                iterator.apply(null, args);
              });
            }
          };
        };
        wrapIterator(makeIterator(tasks))();
      };
      if (typeof define !== "undefined" && define.amd) {
        define([], function() {
          return waterfall;
        });
      } else if (typeof module !== "undefined" && module.exports) {
        module.exports = waterfall;
      } else {
        globals.waterfall = waterfall;
      }
    })(exports);
  }
});

// node_modules/nunjucks/src/lexer.js
var require_lexer = __commonJS({
  "node_modules/nunjucks/src/lexer.js"(exports, module) {
    "use strict";
    var lib = require_lib();
    var whitespaceChars = " \n	\r ";
    var delimChars = "()[]{}%*-+~/#,:|.<>=!";
    var intChars = "0123456789";
    var BLOCK_START = "{%";
    var BLOCK_END = "%}";
    var VARIABLE_START = "{{";
    var VARIABLE_END = "}}";
    var COMMENT_START = "{#";
    var COMMENT_END = "#}";
    var TOKEN_STRING = "string";
    var TOKEN_WHITESPACE = "whitespace";
    var TOKEN_DATA = "data";
    var TOKEN_BLOCK_START = "block-start";
    var TOKEN_BLOCK_END = "block-end";
    var TOKEN_VARIABLE_START = "variable-start";
    var TOKEN_VARIABLE_END = "variable-end";
    var TOKEN_COMMENT = "comment";
    var TOKEN_LEFT_PAREN = "left-paren";
    var TOKEN_RIGHT_PAREN = "right-paren";
    var TOKEN_LEFT_BRACKET = "left-bracket";
    var TOKEN_RIGHT_BRACKET = "right-bracket";
    var TOKEN_LEFT_CURLY = "left-curly";
    var TOKEN_RIGHT_CURLY = "right-curly";
    var TOKEN_OPERATOR = "operator";
    var TOKEN_COMMA = "comma";
    var TOKEN_COLON = "colon";
    var TOKEN_TILDE = "tilde";
    var TOKEN_PIPE = "pipe";
    var TOKEN_INT = "int";
    var TOKEN_FLOAT = "float";
    var TOKEN_BOOLEAN = "boolean";
    var TOKEN_NONE = "none";
    var TOKEN_SYMBOL = "symbol";
    var TOKEN_SPECIAL = "special";
    var TOKEN_REGEX = "regex";
    function token(type, value, lineno, colno) {
      return {
        type,
        value,
        lineno,
        colno
      };
    }
    var Tokenizer = /* @__PURE__ */ (function() {
      function Tokenizer2(str2, opts) {
        this.str = str2;
        this.index = 0;
        this.len = str2.length;
        this.lineno = 0;
        this.colno = 0;
        this.in_code = false;
        opts = opts || {};
        var tags = opts.tags || {};
        this.tags = {
          BLOCK_START: tags.blockStart || BLOCK_START,
          BLOCK_END: tags.blockEnd || BLOCK_END,
          VARIABLE_START: tags.variableStart || VARIABLE_START,
          VARIABLE_END: tags.variableEnd || VARIABLE_END,
          COMMENT_START: tags.commentStart || COMMENT_START,
          COMMENT_END: tags.commentEnd || COMMENT_END
        };
        this.trimBlocks = !!opts.trimBlocks;
        this.lstripBlocks = !!opts.lstripBlocks;
      }
      var _proto = Tokenizer2.prototype;
      _proto.nextToken = function nextToken() {
        var lineno = this.lineno;
        var colno = this.colno;
        var tok;
        if (this.in_code) {
          var cur = this.current();
          if (this.isFinished()) {
            return null;
          } else if (cur === '"' || cur === "'") {
            return token(TOKEN_STRING, this._parseString(cur), lineno, colno);
          } else if (tok = this._extract(whitespaceChars)) {
            return token(TOKEN_WHITESPACE, tok, lineno, colno);
          } else if ((tok = this._extractString(this.tags.BLOCK_END)) || (tok = this._extractString("-" + this.tags.BLOCK_END))) {
            this.in_code = false;
            if (this.trimBlocks) {
              cur = this.current();
              if (cur === "\n") {
                this.forward();
              } else if (cur === "\r") {
                this.forward();
                cur = this.current();
                if (cur === "\n") {
                  this.forward();
                } else {
                  this.back();
                }
              }
            }
            return token(TOKEN_BLOCK_END, tok, lineno, colno);
          } else if ((tok = this._extractString(this.tags.VARIABLE_END)) || (tok = this._extractString("-" + this.tags.VARIABLE_END))) {
            this.in_code = false;
            return token(TOKEN_VARIABLE_END, tok, lineno, colno);
          } else if (cur === "r" && this.str.charAt(this.index + 1) === "/") {
            this.forwardN(2);
            var regexBody = "";
            while (!this.isFinished()) {
              if (this.current() === "/" && this.previous() !== "\\") {
                this.forward();
                break;
              } else {
                regexBody += this.current();
                this.forward();
              }
            }
            var POSSIBLE_FLAGS = ["g", "i", "m", "y"];
            var regexFlags = "";
            while (!this.isFinished()) {
              var isCurrentAFlag = POSSIBLE_FLAGS.indexOf(this.current()) !== -1;
              if (isCurrentAFlag) {
                regexFlags += this.current();
                this.forward();
              } else {
                break;
              }
            }
            return token(TOKEN_REGEX, {
              body: regexBody,
              flags: regexFlags
            }, lineno, colno);
          } else if (delimChars.indexOf(cur) !== -1) {
            this.forward();
            var complexOps = ["==", "===", "!=", "!==", "<=", ">=", "//", "**"];
            var curComplex = cur + this.current();
            var type;
            if (lib.indexOf(complexOps, curComplex) !== -1) {
              this.forward();
              cur = curComplex;
              if (lib.indexOf(complexOps, curComplex + this.current()) !== -1) {
                cur = curComplex + this.current();
                this.forward();
              }
            }
            switch (cur) {
              case "(":
                type = TOKEN_LEFT_PAREN;
                break;
              case ")":
                type = TOKEN_RIGHT_PAREN;
                break;
              case "[":
                type = TOKEN_LEFT_BRACKET;
                break;
              case "]":
                type = TOKEN_RIGHT_BRACKET;
                break;
              case "{":
                type = TOKEN_LEFT_CURLY;
                break;
              case "}":
                type = TOKEN_RIGHT_CURLY;
                break;
              case ",":
                type = TOKEN_COMMA;
                break;
              case ":":
                type = TOKEN_COLON;
                break;
              case "~":
                type = TOKEN_TILDE;
                break;
              case "|":
                type = TOKEN_PIPE;
                break;
              default:
                type = TOKEN_OPERATOR;
            }
            return token(type, cur, lineno, colno);
          } else {
            tok = this._extractUntil(whitespaceChars + delimChars);
            if (tok.match(/^[-+]?[0-9]+$/)) {
              if (this.current() === ".") {
                this.forward();
                var dec = this._extract(intChars);
                return token(TOKEN_FLOAT, tok + "." + dec, lineno, colno);
              } else {
                return token(TOKEN_INT, tok, lineno, colno);
              }
            } else if (tok.match(/^(true|false)$/)) {
              return token(TOKEN_BOOLEAN, tok, lineno, colno);
            } else if (tok === "none") {
              return token(TOKEN_NONE, tok, lineno, colno);
            } else if (tok === "null") {
              return token(TOKEN_NONE, tok, lineno, colno);
            } else if (tok) {
              return token(TOKEN_SYMBOL, tok, lineno, colno);
            } else {
              throw new Error("Unexpected value while parsing: " + tok);
            }
          }
        } else {
          var beginChars = this.tags.BLOCK_START.charAt(0) + this.tags.VARIABLE_START.charAt(0) + this.tags.COMMENT_START.charAt(0) + this.tags.COMMENT_END.charAt(0);
          if (this.isFinished()) {
            return null;
          } else if ((tok = this._extractString(this.tags.BLOCK_START + "-")) || (tok = this._extractString(this.tags.BLOCK_START))) {
            this.in_code = true;
            return token(TOKEN_BLOCK_START, tok, lineno, colno);
          } else if ((tok = this._extractString(this.tags.VARIABLE_START + "-")) || (tok = this._extractString(this.tags.VARIABLE_START))) {
            this.in_code = true;
            return token(TOKEN_VARIABLE_START, tok, lineno, colno);
          } else {
            tok = "";
            var data;
            var inComment = false;
            if (this._matches(this.tags.COMMENT_START)) {
              inComment = true;
              tok = this._extractString(this.tags.COMMENT_START);
            }
            while ((data = this._extractUntil(beginChars)) !== null) {
              tok += data;
              if ((this._matches(this.tags.BLOCK_START) || this._matches(this.tags.VARIABLE_START) || this._matches(this.tags.COMMENT_START)) && !inComment) {
                if (this.lstripBlocks && this._matches(this.tags.BLOCK_START) && this.colno > 0 && this.colno <= tok.length) {
                  var lastLine = tok.slice(-this.colno);
                  if (/^\s+$/.test(lastLine)) {
                    tok = tok.slice(0, -this.colno);
                    if (!tok.length) {
                      return this.nextToken();
                    }
                  }
                }
                break;
              } else if (this._matches(this.tags.COMMENT_END)) {
                if (!inComment) {
                  throw new Error("unexpected end of comment");
                }
                tok += this._extractString(this.tags.COMMENT_END);
                break;
              } else {
                tok += this.current();
                this.forward();
              }
            }
            if (data === null && inComment) {
              throw new Error("expected end of comment, got end of file");
            }
            return token(inComment ? TOKEN_COMMENT : TOKEN_DATA, tok, lineno, colno);
          }
        }
      };
      _proto._parseString = function _parseString(delimiter) {
        this.forward();
        var str2 = "";
        while (!this.isFinished() && this.current() !== delimiter) {
          var cur = this.current();
          if (cur === "\\") {
            this.forward();
            switch (this.current()) {
              case "n":
                str2 += "\n";
                break;
              case "t":
                str2 += "	";
                break;
              case "r":
                str2 += "\r";
                break;
              default:
                str2 += this.current();
            }
            this.forward();
          } else {
            str2 += cur;
            this.forward();
          }
        }
        this.forward();
        return str2;
      };
      _proto._matches = function _matches(str2) {
        if (this.index + str2.length > this.len) {
          return null;
        }
        var m = this.str.slice(this.index, this.index + str2.length);
        return m === str2;
      };
      _proto._extractString = function _extractString(str2) {
        if (this._matches(str2)) {
          this.forwardN(str2.length);
          return str2;
        }
        return null;
      };
      _proto._extractUntil = function _extractUntil(charString) {
        return this._extractMatching(true, charString || "");
      };
      _proto._extract = function _extract(charString) {
        return this._extractMatching(false, charString);
      };
      _proto._extractMatching = function _extractMatching(breakOnMatch, charString) {
        if (this.isFinished()) {
          return null;
        }
        var first = charString.indexOf(this.current());
        if (breakOnMatch && first === -1 || !breakOnMatch && first !== -1) {
          var t = this.current();
          this.forward();
          var idx = charString.indexOf(this.current());
          while ((breakOnMatch && idx === -1 || !breakOnMatch && idx !== -1) && !this.isFinished()) {
            t += this.current();
            this.forward();
            idx = charString.indexOf(this.current());
          }
          return t;
        }
        return "";
      };
      _proto._extractRegex = function _extractRegex(regex) {
        var matches = this.currentStr().match(regex);
        if (!matches) {
          return null;
        }
        this.forwardN(matches[0].length);
        return matches;
      };
      _proto.isFinished = function isFinished() {
        return this.index >= this.len;
      };
      _proto.forwardN = function forwardN(n) {
        for (var i = 0; i < n; i++) {
          this.forward();
        }
      };
      _proto.forward = function forward() {
        this.index++;
        if (this.previous() === "\n") {
          this.lineno++;
          this.colno = 0;
        } else {
          this.colno++;
        }
      };
      _proto.backN = function backN(n) {
        for (var i = 0; i < n; i++) {
          this.back();
        }
      };
      _proto.back = function back() {
        this.index--;
        if (this.current() === "\n") {
          this.lineno--;
          var idx = this.src.lastIndexOf("\n", this.index - 1);
          if (idx === -1) {
            this.colno = this.index;
          } else {
            this.colno = this.index - idx;
          }
        } else {
          this.colno--;
        }
      };
      _proto.current = function current2() {
        if (!this.isFinished()) {
          return this.str.charAt(this.index);
        }
        return "";
      };
      _proto.currentStr = function currentStr() {
        if (!this.isFinished()) {
          return this.str.substr(this.index);
        }
        return "";
      };
      _proto.previous = function previous() {
        return this.str.charAt(this.index - 1);
      };
      return Tokenizer2;
    })();
    module.exports = {
      lex: function lex(src, opts) {
        return new Tokenizer(src, opts);
      },
      TOKEN_STRING,
      TOKEN_WHITESPACE,
      TOKEN_DATA,
      TOKEN_BLOCK_START,
      TOKEN_BLOCK_END,
      TOKEN_VARIABLE_START,
      TOKEN_VARIABLE_END,
      TOKEN_COMMENT,
      TOKEN_LEFT_PAREN,
      TOKEN_RIGHT_PAREN,
      TOKEN_LEFT_BRACKET,
      TOKEN_RIGHT_BRACKET,
      TOKEN_LEFT_CURLY,
      TOKEN_RIGHT_CURLY,
      TOKEN_OPERATOR,
      TOKEN_COMMA,
      TOKEN_COLON,
      TOKEN_TILDE,
      TOKEN_PIPE,
      TOKEN_INT,
      TOKEN_FLOAT,
      TOKEN_BOOLEAN,
      TOKEN_NONE,
      TOKEN_SYMBOL,
      TOKEN_SPECIAL,
      TOKEN_REGEX
    };
  }
});

// node_modules/nunjucks/src/object.js
var require_object = __commonJS({
  "node_modules/nunjucks/src/object.js"(exports, module) {
    "use strict";
    function _defineProperties(target, props) {
      for (var i = 0; i < props.length; i++) {
        var descriptor = props[i];
        descriptor.enumerable = descriptor.enumerable || false;
        descriptor.configurable = true;
        if ("value" in descriptor) descriptor.writable = true;
        Object.defineProperty(target, _toPropertyKey(descriptor.key), descriptor);
      }
    }
    function _createClass(Constructor, protoProps, staticProps) {
      if (protoProps) _defineProperties(Constructor.prototype, protoProps);
      if (staticProps) _defineProperties(Constructor, staticProps);
      Object.defineProperty(Constructor, "prototype", { writable: false });
      return Constructor;
    }
    function _toPropertyKey(arg) {
      var key = _toPrimitive(arg, "string");
      return typeof key === "symbol" ? key : String(key);
    }
    function _toPrimitive(input, hint) {
      if (typeof input !== "object" || input === null) return input;
      var prim = input[Symbol.toPrimitive];
      if (prim !== void 0) {
        var res = prim.call(input, hint || "default");
        if (typeof res !== "object") return res;
        throw new TypeError("@@toPrimitive must return a primitive value.");
      }
      return (hint === "string" ? String : Number)(input);
    }
    function _inheritsLoose(subClass, superClass) {
      subClass.prototype = Object.create(superClass.prototype);
      subClass.prototype.constructor = subClass;
      _setPrototypeOf(subClass, superClass);
    }
    function _setPrototypeOf(o, p) {
      _setPrototypeOf = Object.setPrototypeOf ? Object.setPrototypeOf.bind() : function _setPrototypeOf2(o2, p2) {
        o2.__proto__ = p2;
        return o2;
      };
      return _setPrototypeOf(o, p);
    }
    var EventEmitter = __require("events");
    var lib = require_lib();
    function parentWrap(parent, prop) {
      if (typeof parent !== "function" || typeof prop !== "function") {
        return prop;
      }
      return function wrap() {
        var tmp = this.parent;
        this.parent = parent;
        var res = prop.apply(this, arguments);
        this.parent = tmp;
        return res;
      };
    }
    function extendClass(cls, name, props) {
      props = props || {};
      lib.keys(props).forEach(function(k) {
        props[k] = parentWrap(cls.prototype[k], props[k]);
      });
      var subclass = /* @__PURE__ */ (function(_cls) {
        _inheritsLoose(subclass2, _cls);
        function subclass2() {
          return _cls.apply(this, arguments) || this;
        }
        _createClass(subclass2, [{
          key: "typename",
          get: function get() {
            return name;
          }
        }]);
        return subclass2;
      })(cls);
      lib._assign(subclass.prototype, props);
      return subclass;
    }
    var Obj = /* @__PURE__ */ (function() {
      function Obj2() {
        this.init.apply(this, arguments);
      }
      var _proto = Obj2.prototype;
      _proto.init = function init() {
      };
      Obj2.extend = function extend(name, props) {
        if (typeof name === "object") {
          props = name;
          name = "anonymous";
        }
        return extendClass(this, name, props);
      };
      _createClass(Obj2, [{
        key: "typename",
        get: function get() {
          return this.constructor.name;
        }
      }]);
      return Obj2;
    })();
    var EmitterObj = /* @__PURE__ */ (function(_EventEmitter) {
      _inheritsLoose(EmitterObj2, _EventEmitter);
      function EmitterObj2() {
        var _this2;
        var _this;
        _this = _EventEmitter.call(this) || this;
        (_this2 = _this).init.apply(_this2, arguments);
        return _this;
      }
      var _proto2 = EmitterObj2.prototype;
      _proto2.init = function init() {
      };
      EmitterObj2.extend = function extend(name, props) {
        if (typeof name === "object") {
          props = name;
          name = "anonymous";
        }
        return extendClass(this, name, props);
      };
      _createClass(EmitterObj2, [{
        key: "typename",
        get: function get() {
          return this.constructor.name;
        }
      }]);
      return EmitterObj2;
    })(EventEmitter);
    module.exports = {
      Obj,
      EmitterObj
    };
  }
});

// node_modules/nunjucks/src/nodes.js
var require_nodes = __commonJS({
  "node_modules/nunjucks/src/nodes.js"(exports, module) {
    "use strict";
    function _defineProperties(target, props) {
      for (var i = 0; i < props.length; i++) {
        var descriptor = props[i];
        descriptor.enumerable = descriptor.enumerable || false;
        descriptor.configurable = true;
        if ("value" in descriptor) descriptor.writable = true;
        Object.defineProperty(target, _toPropertyKey(descriptor.key), descriptor);
      }
    }
    function _createClass(Constructor, protoProps, staticProps) {
      if (protoProps) _defineProperties(Constructor.prototype, protoProps);
      if (staticProps) _defineProperties(Constructor, staticProps);
      Object.defineProperty(Constructor, "prototype", { writable: false });
      return Constructor;
    }
    function _toPropertyKey(arg) {
      var key = _toPrimitive(arg, "string");
      return typeof key === "symbol" ? key : String(key);
    }
    function _toPrimitive(input, hint) {
      if (typeof input !== "object" || input === null) return input;
      var prim = input[Symbol.toPrimitive];
      if (prim !== void 0) {
        var res = prim.call(input, hint || "default");
        if (typeof res !== "object") return res;
        throw new TypeError("@@toPrimitive must return a primitive value.");
      }
      return (hint === "string" ? String : Number)(input);
    }
    function _inheritsLoose(subClass, superClass) {
      subClass.prototype = Object.create(superClass.prototype);
      subClass.prototype.constructor = subClass;
      _setPrototypeOf(subClass, superClass);
    }
    function _setPrototypeOf(o, p) {
      _setPrototypeOf = Object.setPrototypeOf ? Object.setPrototypeOf.bind() : function _setPrototypeOf2(o2, p2) {
        o2.__proto__ = p2;
        return o2;
      };
      return _setPrototypeOf(o, p);
    }
    var _require = require_object();
    var Obj = _require.Obj;
    function traverseAndCheck(obj, type, results) {
      if (obj instanceof type) {
        results.push(obj);
      }
      if (obj instanceof Node) {
        obj.findAll(type, results);
      }
    }
    var Node = /* @__PURE__ */ (function(_Obj) {
      _inheritsLoose(Node2, _Obj);
      function Node2() {
        return _Obj.apply(this, arguments) || this;
      }
      var _proto = Node2.prototype;
      _proto.init = function init(lineno, colno) {
        var _arguments = arguments, _this = this;
        for (var _len = arguments.length, args = new Array(_len > 2 ? _len - 2 : 0), _key = 2; _key < _len; _key++) {
          args[_key - 2] = arguments[_key];
        }
        this.lineno = lineno;
        this.colno = colno;
        this.fields.forEach(function(field, i) {
          var val = _arguments[i + 2];
          if (val === void 0) {
            val = null;
          }
          _this[field] = val;
        });
      };
      _proto.findAll = function findAll(type, results) {
        var _this2 = this;
        results = results || [];
        if (this instanceof NodeList) {
          this.children.forEach(function(child) {
            return traverseAndCheck(child, type, results);
          });
        } else {
          this.fields.forEach(function(field) {
            return traverseAndCheck(_this2[field], type, results);
          });
        }
        return results;
      };
      _proto.iterFields = function iterFields(func) {
        var _this3 = this;
        this.fields.forEach(function(field) {
          func(_this3[field], field);
        });
      };
      return Node2;
    })(Obj);
    var Value = /* @__PURE__ */ (function(_Node) {
      _inheritsLoose(Value2, _Node);
      function Value2() {
        return _Node.apply(this, arguments) || this;
      }
      _createClass(Value2, [{
        key: "typename",
        get: function get() {
          return "Value";
        }
      }, {
        key: "fields",
        get: function get() {
          return ["value"];
        }
      }]);
      return Value2;
    })(Node);
    var NodeList = /* @__PURE__ */ (function(_Node2) {
      _inheritsLoose(NodeList2, _Node2);
      function NodeList2() {
        return _Node2.apply(this, arguments) || this;
      }
      var _proto2 = NodeList2.prototype;
      _proto2.init = function init(lineno, colno, nodes) {
        _Node2.prototype.init.call(this, lineno, colno, nodes || []);
      };
      _proto2.addChild = function addChild(node) {
        this.children.push(node);
      };
      _createClass(NodeList2, [{
        key: "typename",
        get: function get() {
          return "NodeList";
        }
      }, {
        key: "fields",
        get: function get() {
          return ["children"];
        }
      }]);
      return NodeList2;
    })(Node);
    var Root = NodeList.extend("Root");
    var Literal = Value.extend("Literal");
    var _Symbol = Value.extend("Symbol");
    var Group = NodeList.extend("Group");
    var ArrayNode = NodeList.extend("Array");
    var Pair = Node.extend("Pair", {
      fields: ["key", "value"]
    });
    var Dict = NodeList.extend("Dict");
    var LookupVal = Node.extend("LookupVal", {
      fields: ["target", "val"]
    });
    var If = Node.extend("If", {
      fields: ["cond", "body", "else_"]
    });
    var IfAsync = If.extend("IfAsync");
    var InlineIf = Node.extend("InlineIf", {
      fields: ["cond", "body", "else_"]
    });
    var For = Node.extend("For", {
      fields: ["arr", "name", "body", "else_"]
    });
    var AsyncEach = For.extend("AsyncEach");
    var AsyncAll = For.extend("AsyncAll");
    var Macro = Node.extend("Macro", {
      fields: ["name", "args", "body"]
    });
    var Caller = Macro.extend("Caller");
    var Import = Node.extend("Import", {
      fields: ["template", "target", "withContext"]
    });
    var FromImport = /* @__PURE__ */ (function(_Node3) {
      _inheritsLoose(FromImport2, _Node3);
      function FromImport2() {
        return _Node3.apply(this, arguments) || this;
      }
      var _proto3 = FromImport2.prototype;
      _proto3.init = function init(lineno, colno, template, names, withContext) {
        _Node3.prototype.init.call(this, lineno, colno, template, names || new NodeList(), withContext);
      };
      _createClass(FromImport2, [{
        key: "typename",
        get: function get() {
          return "FromImport";
        }
      }, {
        key: "fields",
        get: function get() {
          return ["template", "names", "withContext"];
        }
      }]);
      return FromImport2;
    })(Node);
    var FunCall = Node.extend("FunCall", {
      fields: ["name", "args"]
    });
    var Filter = FunCall.extend("Filter");
    var FilterAsync = Filter.extend("FilterAsync", {
      fields: ["name", "args", "symbol"]
    });
    var KeywordArgs = Dict.extend("KeywordArgs");
    var Block = Node.extend("Block", {
      fields: ["name", "body"]
    });
    var Super = Node.extend("Super", {
      fields: ["blockName", "symbol"]
    });
    var TemplateRef = Node.extend("TemplateRef", {
      fields: ["template"]
    });
    var Extends = TemplateRef.extend("Extends");
    var Include = Node.extend("Include", {
      fields: ["template", "ignoreMissing"]
    });
    var Set2 = Node.extend("Set", {
      fields: ["targets", "value"]
    });
    var Switch = Node.extend("Switch", {
      fields: ["expr", "cases", "default"]
    });
    var Case = Node.extend("Case", {
      fields: ["cond", "body"]
    });
    var Output = NodeList.extend("Output");
    var Capture = Node.extend("Capture", {
      fields: ["body"]
    });
    var TemplateData = Literal.extend("TemplateData");
    var UnaryOp = Node.extend("UnaryOp", {
      fields: ["target"]
    });
    var BinOp = Node.extend("BinOp", {
      fields: ["left", "right"]
    });
    var In = BinOp.extend("In");
    var Is = BinOp.extend("Is");
    var Or = BinOp.extend("Or");
    var And = BinOp.extend("And");
    var Not = UnaryOp.extend("Not");
    var Add = BinOp.extend("Add");
    var Concat = BinOp.extend("Concat");
    var Sub = BinOp.extend("Sub");
    var Mul = BinOp.extend("Mul");
    var Div = BinOp.extend("Div");
    var FloorDiv = BinOp.extend("FloorDiv");
    var Mod = BinOp.extend("Mod");
    var Pow = BinOp.extend("Pow");
    var Neg = UnaryOp.extend("Neg");
    var Pos = UnaryOp.extend("Pos");
    var Compare = Node.extend("Compare", {
      fields: ["expr", "ops"]
    });
    var CompareOperand = Node.extend("CompareOperand", {
      fields: ["expr", "type"]
    });
    var CallExtension = Node.extend("CallExtension", {
      init: function init(ext, prop, args, contentArgs) {
        this.parent();
        this.extName = ext.__name || ext;
        this.prop = prop;
        this.args = args || new NodeList();
        this.contentArgs = contentArgs || [];
        this.autoescape = ext.autoescape;
      },
      fields: ["extName", "prop", "args", "contentArgs"]
    });
    var CallExtensionAsync = CallExtension.extend("CallExtensionAsync");
    function print(str2, indent, inline) {
      var lines = str2.split("\n");
      lines.forEach(function(line, i) {
        if (line && (inline && i > 0 || !inline)) {
          process.stdout.write(" ".repeat(indent));
        }
        var nl = i === lines.length - 1 ? "" : "\n";
        process.stdout.write("" + line + nl);
      });
    }
    function printNodes(node, indent) {
      indent = indent || 0;
      print(node.typename + ": ", indent);
      if (node instanceof NodeList) {
        print("\n");
        node.children.forEach(function(n) {
          printNodes(n, indent + 2);
        });
      } else if (node instanceof CallExtension) {
        print(node.extName + "." + node.prop + "\n");
        if (node.args) {
          printNodes(node.args, indent + 2);
        }
        if (node.contentArgs) {
          node.contentArgs.forEach(function(n) {
            printNodes(n, indent + 2);
          });
        }
      } else {
        var nodes = [];
        var props = null;
        node.iterFields(function(val, fieldName) {
          if (val instanceof Node) {
            nodes.push([fieldName, val]);
          } else {
            props = props || {};
            props[fieldName] = val;
          }
        });
        if (props) {
          print(JSON.stringify(props, null, 2) + "\n", null, true);
        } else {
          print("\n");
        }
        nodes.forEach(function(_ref) {
          var fieldName = _ref[0], n = _ref[1];
          print("[" + fieldName + "] =>", indent + 2);
          printNodes(n, indent + 4);
        });
      }
    }
    module.exports = {
      Node,
      Root,
      NodeList,
      Value,
      Literal,
      Symbol: _Symbol,
      Group,
      Array: ArrayNode,
      Pair,
      Dict,
      Output,
      Capture,
      TemplateData,
      If,
      IfAsync,
      InlineIf,
      For,
      AsyncEach,
      AsyncAll,
      Macro,
      Caller,
      Import,
      FromImport,
      FunCall,
      Filter,
      FilterAsync,
      KeywordArgs,
      Block,
      Super,
      Extends,
      Include,
      Set: Set2,
      Switch,
      Case,
      LookupVal,
      BinOp,
      In,
      Is,
      Or,
      And,
      Not,
      Add,
      Concat,
      Sub,
      Mul,
      Div,
      FloorDiv,
      Mod,
      Pow,
      Neg,
      Pos,
      Compare,
      CompareOperand,
      CallExtension,
      CallExtensionAsync,
      printNodes
    };
  }
});

// node_modules/nunjucks/src/parser.js
var require_parser = __commonJS({
  "node_modules/nunjucks/src/parser.js"(exports, module) {
    "use strict";
    function _inheritsLoose(subClass, superClass) {
      subClass.prototype = Object.create(superClass.prototype);
      subClass.prototype.constructor = subClass;
      _setPrototypeOf(subClass, superClass);
    }
    function _setPrototypeOf(o, p) {
      _setPrototypeOf = Object.setPrototypeOf ? Object.setPrototypeOf.bind() : function _setPrototypeOf2(o2, p2) {
        o2.__proto__ = p2;
        return o2;
      };
      return _setPrototypeOf(o, p);
    }
    var lexer = require_lexer();
    var nodes = require_nodes();
    var Obj = require_object().Obj;
    var lib = require_lib();
    var Parser = /* @__PURE__ */ (function(_Obj) {
      _inheritsLoose(Parser2, _Obj);
      function Parser2() {
        return _Obj.apply(this, arguments) || this;
      }
      var _proto = Parser2.prototype;
      _proto.init = function init(tokens) {
        this.tokens = tokens;
        this.peeked = null;
        this.breakOnBlocks = null;
        this.dropLeadingWhitespace = false;
        this.extensions = [];
      };
      _proto.nextToken = function nextToken(withWhitespace) {
        var tok;
        if (this.peeked) {
          if (!withWhitespace && this.peeked.type === lexer.TOKEN_WHITESPACE) {
            this.peeked = null;
          } else {
            tok = this.peeked;
            this.peeked = null;
            return tok;
          }
        }
        tok = this.tokens.nextToken();
        if (!withWhitespace) {
          while (tok && tok.type === lexer.TOKEN_WHITESPACE) {
            tok = this.tokens.nextToken();
          }
        }
        return tok;
      };
      _proto.peekToken = function peekToken() {
        this.peeked = this.peeked || this.nextToken();
        return this.peeked;
      };
      _proto.pushToken = function pushToken(tok) {
        if (this.peeked) {
          throw new Error("pushToken: can only push one token on between reads");
        }
        this.peeked = tok;
      };
      _proto.error = function error(msg, lineno, colno) {
        if (lineno === void 0 || colno === void 0) {
          var tok = this.peekToken() || {};
          lineno = tok.lineno;
          colno = tok.colno;
        }
        if (lineno !== void 0) {
          lineno += 1;
        }
        if (colno !== void 0) {
          colno += 1;
        }
        return new lib.TemplateError(msg, lineno, colno);
      };
      _proto.fail = function fail(msg, lineno, colno) {
        throw this.error(msg, lineno, colno);
      };
      _proto.skip = function skip(type) {
        var tok = this.nextToken();
        if (!tok || tok.type !== type) {
          this.pushToken(tok);
          return false;
        }
        return true;
      };
      _proto.expect = function expect(type) {
        var tok = this.nextToken();
        if (tok.type !== type) {
          this.fail("expected " + type + ", got " + tok.type, tok.lineno, tok.colno);
        }
        return tok;
      };
      _proto.skipValue = function skipValue(type, val) {
        var tok = this.nextToken();
        if (!tok || tok.type !== type || tok.value !== val) {
          this.pushToken(tok);
          return false;
        }
        return true;
      };
      _proto.skipSymbol = function skipSymbol(val) {
        return this.skipValue(lexer.TOKEN_SYMBOL, val);
      };
      _proto.advanceAfterBlockEnd = function advanceAfterBlockEnd(name) {
        var tok;
        if (!name) {
          tok = this.peekToken();
          if (!tok) {
            this.fail("unexpected end of file");
          }
          if (tok.type !== lexer.TOKEN_SYMBOL) {
            this.fail("advanceAfterBlockEnd: expected symbol token or explicit name to be passed");
          }
          name = this.nextToken().value;
        }
        tok = this.nextToken();
        if (tok && tok.type === lexer.TOKEN_BLOCK_END) {
          if (tok.value.charAt(0) === "-") {
            this.dropLeadingWhitespace = true;
          }
        } else {
          this.fail("expected block end in " + name + " statement");
        }
        return tok;
      };
      _proto.advanceAfterVariableEnd = function advanceAfterVariableEnd() {
        var tok = this.nextToken();
        if (tok && tok.type === lexer.TOKEN_VARIABLE_END) {
          this.dropLeadingWhitespace = tok.value.charAt(tok.value.length - this.tokens.tags.VARIABLE_END.length - 1) === "-";
        } else {
          this.pushToken(tok);
          this.fail("expected variable end");
        }
      };
      _proto.parseFor = function parseFor() {
        var forTok = this.peekToken();
        var node;
        var endBlock;
        if (this.skipSymbol("for")) {
          node = new nodes.For(forTok.lineno, forTok.colno);
          endBlock = "endfor";
        } else if (this.skipSymbol("asyncEach")) {
          node = new nodes.AsyncEach(forTok.lineno, forTok.colno);
          endBlock = "endeach";
        } else if (this.skipSymbol("asyncAll")) {
          node = new nodes.AsyncAll(forTok.lineno, forTok.colno);
          endBlock = "endall";
        } else {
          this.fail("parseFor: expected for{Async}", forTok.lineno, forTok.colno);
        }
        node.name = this.parsePrimary();
        if (!(node.name instanceof nodes.Symbol)) {
          this.fail("parseFor: variable name expected for loop");
        }
        var type = this.peekToken().type;
        if (type === lexer.TOKEN_COMMA) {
          var key = node.name;
          node.name = new nodes.Array(key.lineno, key.colno);
          node.name.addChild(key);
          while (this.skip(lexer.TOKEN_COMMA)) {
            var prim = this.parsePrimary();
            node.name.addChild(prim);
          }
        }
        if (!this.skipSymbol("in")) {
          this.fail('parseFor: expected "in" keyword for loop', forTok.lineno, forTok.colno);
        }
        node.arr = this.parseExpression();
        this.advanceAfterBlockEnd(forTok.value);
        node.body = this.parseUntilBlocks(endBlock, "else");
        if (this.skipSymbol("else")) {
          this.advanceAfterBlockEnd("else");
          node.else_ = this.parseUntilBlocks(endBlock);
        }
        this.advanceAfterBlockEnd();
        return node;
      };
      _proto.parseMacro = function parseMacro() {
        var macroTok = this.peekToken();
        if (!this.skipSymbol("macro")) {
          this.fail("expected macro");
        }
        var name = this.parsePrimary(true);
        var args = this.parseSignature();
        var node = new nodes.Macro(macroTok.lineno, macroTok.colno, name, args);
        this.advanceAfterBlockEnd(macroTok.value);
        node.body = this.parseUntilBlocks("endmacro");
        this.advanceAfterBlockEnd();
        return node;
      };
      _proto.parseCall = function parseCall() {
        var callTok = this.peekToken();
        if (!this.skipSymbol("call")) {
          this.fail("expected call");
        }
        var callerArgs = this.parseSignature(true) || new nodes.NodeList();
        var macroCall = this.parsePrimary();
        this.advanceAfterBlockEnd(callTok.value);
        var body = this.parseUntilBlocks("endcall");
        this.advanceAfterBlockEnd();
        var callerName = new nodes.Symbol(callTok.lineno, callTok.colno, "caller");
        var callerNode = new nodes.Caller(callTok.lineno, callTok.colno, callerName, callerArgs, body);
        var args = macroCall.args.children;
        if (!(args[args.length - 1] instanceof nodes.KeywordArgs)) {
          args.push(new nodes.KeywordArgs());
        }
        var kwargs = args[args.length - 1];
        kwargs.addChild(new nodes.Pair(callTok.lineno, callTok.colno, callerName, callerNode));
        return new nodes.Output(callTok.lineno, callTok.colno, [macroCall]);
      };
      _proto.parseWithContext = function parseWithContext() {
        var tok = this.peekToken();
        var withContext = null;
        if (this.skipSymbol("with")) {
          withContext = true;
        } else if (this.skipSymbol("without")) {
          withContext = false;
        }
        if (withContext !== null) {
          if (!this.skipSymbol("context")) {
            this.fail("parseFrom: expected context after with/without", tok.lineno, tok.colno);
          }
        }
        return withContext;
      };
      _proto.parseImport = function parseImport() {
        var importTok = this.peekToken();
        if (!this.skipSymbol("import")) {
          this.fail("parseImport: expected import", importTok.lineno, importTok.colno);
        }
        var template = this.parseExpression();
        if (!this.skipSymbol("as")) {
          this.fail('parseImport: expected "as" keyword', importTok.lineno, importTok.colno);
        }
        var target = this.parseExpression();
        var withContext = this.parseWithContext();
        var node = new nodes.Import(importTok.lineno, importTok.colno, template, target, withContext);
        this.advanceAfterBlockEnd(importTok.value);
        return node;
      };
      _proto.parseFrom = function parseFrom() {
        var fromTok = this.peekToken();
        if (!this.skipSymbol("from")) {
          this.fail("parseFrom: expected from");
        }
        var template = this.parseExpression();
        if (!this.skipSymbol("import")) {
          this.fail("parseFrom: expected import", fromTok.lineno, fromTok.colno);
        }
        var names = new nodes.NodeList();
        var withContext;
        while (1) {
          var nextTok = this.peekToken();
          if (nextTok.type === lexer.TOKEN_BLOCK_END) {
            if (!names.children.length) {
              this.fail("parseFrom: Expected at least one import name", fromTok.lineno, fromTok.colno);
            }
            if (nextTok.value.charAt(0) === "-") {
              this.dropLeadingWhitespace = true;
            }
            this.nextToken();
            break;
          }
          if (names.children.length > 0 && !this.skip(lexer.TOKEN_COMMA)) {
            this.fail("parseFrom: expected comma", fromTok.lineno, fromTok.colno);
          }
          var name = this.parsePrimary();
          if (name.value.charAt(0) === "_") {
            this.fail("parseFrom: names starting with an underscore cannot be imported", name.lineno, name.colno);
          }
          if (this.skipSymbol("as")) {
            var alias = this.parsePrimary();
            names.addChild(new nodes.Pair(name.lineno, name.colno, name, alias));
          } else {
            names.addChild(name);
          }
          withContext = this.parseWithContext();
        }
        return new nodes.FromImport(fromTok.lineno, fromTok.colno, template, names, withContext);
      };
      _proto.parseBlock = function parseBlock() {
        var tag = this.peekToken();
        if (!this.skipSymbol("block")) {
          this.fail("parseBlock: expected block", tag.lineno, tag.colno);
        }
        var node = new nodes.Block(tag.lineno, tag.colno);
        node.name = this.parsePrimary();
        if (!(node.name instanceof nodes.Symbol)) {
          this.fail("parseBlock: variable name expected", tag.lineno, tag.colno);
        }
        this.advanceAfterBlockEnd(tag.value);
        node.body = this.parseUntilBlocks("endblock");
        this.skipSymbol("endblock");
        this.skipSymbol(node.name.value);
        var tok = this.peekToken();
        if (!tok) {
          this.fail("parseBlock: expected endblock, got end of file");
        }
        this.advanceAfterBlockEnd(tok.value);
        return node;
      };
      _proto.parseExtends = function parseExtends() {
        var tagName = "extends";
        var tag = this.peekToken();
        if (!this.skipSymbol(tagName)) {
          this.fail("parseTemplateRef: expected " + tagName);
        }
        var node = new nodes.Extends(tag.lineno, tag.colno);
        node.template = this.parseExpression();
        this.advanceAfterBlockEnd(tag.value);
        return node;
      };
      _proto.parseInclude = function parseInclude() {
        var tagName = "include";
        var tag = this.peekToken();
        if (!this.skipSymbol(tagName)) {
          this.fail("parseInclude: expected " + tagName);
        }
        var node = new nodes.Include(tag.lineno, tag.colno);
        node.template = this.parseExpression();
        if (this.skipSymbol("ignore") && this.skipSymbol("missing")) {
          node.ignoreMissing = true;
        }
        this.advanceAfterBlockEnd(tag.value);
        return node;
      };
      _proto.parseIf = function parseIf() {
        var tag = this.peekToken();
        var node;
        if (this.skipSymbol("if") || this.skipSymbol("elif") || this.skipSymbol("elseif")) {
          node = new nodes.If(tag.lineno, tag.colno);
        } else if (this.skipSymbol("ifAsync")) {
          node = new nodes.IfAsync(tag.lineno, tag.colno);
        } else {
          this.fail("parseIf: expected if, elif, or elseif", tag.lineno, tag.colno);
        }
        node.cond = this.parseExpression();
        this.advanceAfterBlockEnd(tag.value);
        node.body = this.parseUntilBlocks("elif", "elseif", "else", "endif");
        var tok = this.peekToken();
        switch (tok && tok.value) {
          case "elseif":
          case "elif":
            node.else_ = this.parseIf();
            break;
          case "else":
            this.advanceAfterBlockEnd();
            node.else_ = this.parseUntilBlocks("endif");
            this.advanceAfterBlockEnd();
            break;
          case "endif":
            node.else_ = null;
            this.advanceAfterBlockEnd();
            break;
          default:
            this.fail("parseIf: expected elif, else, or endif, got end of file");
        }
        return node;
      };
      _proto.parseSet = function parseSet() {
        var tag = this.peekToken();
        if (!this.skipSymbol("set")) {
          this.fail("parseSet: expected set", tag.lineno, tag.colno);
        }
        var node = new nodes.Set(tag.lineno, tag.colno, []);
        var target;
        while (target = this.parsePrimary()) {
          node.targets.push(target);
          if (!this.skip(lexer.TOKEN_COMMA)) {
            break;
          }
        }
        if (!this.skipValue(lexer.TOKEN_OPERATOR, "=")) {
          if (!this.skip(lexer.TOKEN_BLOCK_END)) {
            this.fail("parseSet: expected = or block end in set tag", tag.lineno, tag.colno);
          } else {
            node.body = new nodes.Capture(tag.lineno, tag.colno, this.parseUntilBlocks("endset"));
            node.value = null;
            this.advanceAfterBlockEnd();
          }
        } else {
          node.value = this.parseExpression();
          this.advanceAfterBlockEnd(tag.value);
        }
        return node;
      };
      _proto.parseSwitch = function parseSwitch() {
        var switchStart = "switch";
        var switchEnd = "endswitch";
        var caseStart = "case";
        var caseDefault = "default";
        var tag = this.peekToken();
        if (!this.skipSymbol(switchStart) && !this.skipSymbol(caseStart) && !this.skipSymbol(caseDefault)) {
          this.fail('parseSwitch: expected "switch," "case" or "default"', tag.lineno, tag.colno);
        }
        var expr = this.parseExpression();
        this.advanceAfterBlockEnd(switchStart);
        this.parseUntilBlocks(caseStart, caseDefault, switchEnd);
        var tok = this.peekToken();
        var cases = [];
        var defaultCase;
        do {
          this.skipSymbol(caseStart);
          var cond = this.parseExpression();
          this.advanceAfterBlockEnd(switchStart);
          var body = this.parseUntilBlocks(caseStart, caseDefault, switchEnd);
          cases.push(new nodes.Case(tok.line, tok.col, cond, body));
          tok = this.peekToken();
        } while (tok && tok.value === caseStart);
        switch (tok.value) {
          case caseDefault:
            this.advanceAfterBlockEnd();
            defaultCase = this.parseUntilBlocks(switchEnd);
            this.advanceAfterBlockEnd();
            break;
          case switchEnd:
            this.advanceAfterBlockEnd();
            break;
          default:
            this.fail('parseSwitch: expected "case," "default" or "endswitch," got EOF.');
        }
        return new nodes.Switch(tag.lineno, tag.colno, expr, cases, defaultCase);
      };
      _proto.parseStatement = function parseStatement() {
        var tok = this.peekToken();
        var node;
        if (tok.type !== lexer.TOKEN_SYMBOL) {
          this.fail("tag name expected", tok.lineno, tok.colno);
        }
        if (this.breakOnBlocks && lib.indexOf(this.breakOnBlocks, tok.value) !== -1) {
          return null;
        }
        switch (tok.value) {
          case "raw":
            return this.parseRaw();
          case "verbatim":
            return this.parseRaw("verbatim");
          case "if":
          case "ifAsync":
            return this.parseIf();
          case "for":
          case "asyncEach":
          case "asyncAll":
            return this.parseFor();
          case "block":
            return this.parseBlock();
          case "extends":
            return this.parseExtends();
          case "include":
            return this.parseInclude();
          case "set":
            return this.parseSet();
          case "macro":
            return this.parseMacro();
          case "call":
            return this.parseCall();
          case "import":
            return this.parseImport();
          case "from":
            return this.parseFrom();
          case "filter":
            return this.parseFilterStatement();
          case "switch":
            return this.parseSwitch();
          default:
            if (this.extensions.length) {
              for (var i = 0; i < this.extensions.length; i++) {
                var ext = this.extensions[i];
                if (lib.indexOf(ext.tags || [], tok.value) !== -1) {
                  return ext.parse(this, nodes, lexer);
                }
              }
            }
            this.fail("unknown block tag: " + tok.value, tok.lineno, tok.colno);
        }
        return node;
      };
      _proto.parseRaw = function parseRaw(tagName) {
        tagName = tagName || "raw";
        var endTagName = "end" + tagName;
        var rawBlockRegex = new RegExp("([\\s\\S]*?){%\\s*(" + tagName + "|" + endTagName + ")\\s*(?=%})%}");
        var rawLevel = 1;
        var str2 = "";
        var matches = null;
        var begun = this.advanceAfterBlockEnd();
        while ((matches = this.tokens._extractRegex(rawBlockRegex)) && rawLevel > 0) {
          var all = matches[0];
          var pre = matches[1];
          var blockName = matches[2];
          if (blockName === tagName) {
            rawLevel += 1;
          } else if (blockName === endTagName) {
            rawLevel -= 1;
          }
          if (rawLevel === 0) {
            str2 += pre;
            this.tokens.backN(all.length - pre.length);
          } else {
            str2 += all;
          }
        }
        return new nodes.Output(begun.lineno, begun.colno, [new nodes.TemplateData(begun.lineno, begun.colno, str2)]);
      };
      _proto.parsePostfix = function parsePostfix(node) {
        var lookup;
        var tok = this.peekToken();
        while (tok) {
          if (tok.type === lexer.TOKEN_LEFT_PAREN) {
            node = new nodes.FunCall(tok.lineno, tok.colno, node, this.parseSignature());
          } else if (tok.type === lexer.TOKEN_LEFT_BRACKET) {
            lookup = this.parseAggregate();
            if (lookup.children.length > 1) {
              this.fail("invalid index");
            }
            node = new nodes.LookupVal(tok.lineno, tok.colno, node, lookup.children[0]);
          } else if (tok.type === lexer.TOKEN_OPERATOR && tok.value === ".") {
            this.nextToken();
            var val = this.nextToken();
            if (val.type !== lexer.TOKEN_SYMBOL) {
              this.fail("expected name as lookup value, got " + val.value, val.lineno, val.colno);
            }
            lookup = new nodes.Literal(val.lineno, val.colno, val.value);
            node = new nodes.LookupVal(tok.lineno, tok.colno, node, lookup);
          } else {
            break;
          }
          tok = this.peekToken();
        }
        return node;
      };
      _proto.parseExpression = function parseExpression() {
        var node = this.parseInlineIf();
        return node;
      };
      _proto.parseInlineIf = function parseInlineIf() {
        var node = this.parseOr();
        if (this.skipSymbol("if")) {
          var condNode = this.parseOr();
          var bodyNode = node;
          node = new nodes.InlineIf(node.lineno, node.colno);
          node.body = bodyNode;
          node.cond = condNode;
          if (this.skipSymbol("else")) {
            node.else_ = this.parseOr();
          } else {
            node.else_ = null;
          }
        }
        return node;
      };
      _proto.parseOr = function parseOr() {
        var node = this.parseAnd();
        while (this.skipSymbol("or")) {
          var node2 = this.parseAnd();
          node = new nodes.Or(node.lineno, node.colno, node, node2);
        }
        return node;
      };
      _proto.parseAnd = function parseAnd() {
        var node = this.parseNot();
        while (this.skipSymbol("and")) {
          var node2 = this.parseNot();
          node = new nodes.And(node.lineno, node.colno, node, node2);
        }
        return node;
      };
      _proto.parseNot = function parseNot() {
        var tok = this.peekToken();
        if (this.skipSymbol("not")) {
          return new nodes.Not(tok.lineno, tok.colno, this.parseNot());
        }
        return this.parseIn();
      };
      _proto.parseIn = function parseIn() {
        var node = this.parseIs();
        while (1) {
          var tok = this.nextToken();
          if (!tok) {
            break;
          }
          var invert = tok.type === lexer.TOKEN_SYMBOL && tok.value === "not";
          if (!invert) {
            this.pushToken(tok);
          }
          if (this.skipSymbol("in")) {
            var node2 = this.parseIs();
            node = new nodes.In(node.lineno, node.colno, node, node2);
            if (invert) {
              node = new nodes.Not(node.lineno, node.colno, node);
            }
          } else {
            if (invert) {
              this.pushToken(tok);
            }
            break;
          }
        }
        return node;
      };
      _proto.parseIs = function parseIs() {
        var node = this.parseCompare();
        if (this.skipSymbol("is")) {
          var not = this.skipSymbol("not");
          var node2 = this.parseCompare();
          node = new nodes.Is(node.lineno, node.colno, node, node2);
          if (not) {
            node = new nodes.Not(node.lineno, node.colno, node);
          }
        }
        return node;
      };
      _proto.parseCompare = function parseCompare() {
        var compareOps = ["==", "===", "!=", "!==", "<", ">", "<=", ">="];
        var expr = this.parseConcat();
        var ops = [];
        while (1) {
          var tok = this.nextToken();
          if (!tok) {
            break;
          } else if (compareOps.indexOf(tok.value) !== -1) {
            ops.push(new nodes.CompareOperand(tok.lineno, tok.colno, this.parseConcat(), tok.value));
          } else {
            this.pushToken(tok);
            break;
          }
        }
        if (ops.length) {
          return new nodes.Compare(ops[0].lineno, ops[0].colno, expr, ops);
        } else {
          return expr;
        }
      };
      _proto.parseConcat = function parseConcat() {
        var node = this.parseAdd();
        while (this.skipValue(lexer.TOKEN_TILDE, "~")) {
          var node2 = this.parseAdd();
          node = new nodes.Concat(node.lineno, node.colno, node, node2);
        }
        return node;
      };
      _proto.parseAdd = function parseAdd() {
        var node = this.parseSub();
        while (this.skipValue(lexer.TOKEN_OPERATOR, "+")) {
          var node2 = this.parseSub();
          node = new nodes.Add(node.lineno, node.colno, node, node2);
        }
        return node;
      };
      _proto.parseSub = function parseSub() {
        var node = this.parseMul();
        while (this.skipValue(lexer.TOKEN_OPERATOR, "-")) {
          var node2 = this.parseMul();
          node = new nodes.Sub(node.lineno, node.colno, node, node2);
        }
        return node;
      };
      _proto.parseMul = function parseMul() {
        var node = this.parseDiv();
        while (this.skipValue(lexer.TOKEN_OPERATOR, "*")) {
          var node2 = this.parseDiv();
          node = new nodes.Mul(node.lineno, node.colno, node, node2);
        }
        return node;
      };
      _proto.parseDiv = function parseDiv() {
        var node = this.parseFloorDiv();
        while (this.skipValue(lexer.TOKEN_OPERATOR, "/")) {
          var node2 = this.parseFloorDiv();
          node = new nodes.Div(node.lineno, node.colno, node, node2);
        }
        return node;
      };
      _proto.parseFloorDiv = function parseFloorDiv() {
        var node = this.parseMod();
        while (this.skipValue(lexer.TOKEN_OPERATOR, "//")) {
          var node2 = this.parseMod();
          node = new nodes.FloorDiv(node.lineno, node.colno, node, node2);
        }
        return node;
      };
      _proto.parseMod = function parseMod() {
        var node = this.parsePow();
        while (this.skipValue(lexer.TOKEN_OPERATOR, "%")) {
          var node2 = this.parsePow();
          node = new nodes.Mod(node.lineno, node.colno, node, node2);
        }
        return node;
      };
      _proto.parsePow = function parsePow() {
        var node = this.parseUnary();
        while (this.skipValue(lexer.TOKEN_OPERATOR, "**")) {
          var node2 = this.parseUnary();
          node = new nodes.Pow(node.lineno, node.colno, node, node2);
        }
        return node;
      };
      _proto.parseUnary = function parseUnary(noFilters) {
        var tok = this.peekToken();
        var node;
        if (this.skipValue(lexer.TOKEN_OPERATOR, "-")) {
          node = new nodes.Neg(tok.lineno, tok.colno, this.parseUnary(true));
        } else if (this.skipValue(lexer.TOKEN_OPERATOR, "+")) {
          node = new nodes.Pos(tok.lineno, tok.colno, this.parseUnary(true));
        } else {
          node = this.parsePrimary();
        }
        if (!noFilters) {
          node = this.parseFilter(node);
        }
        return node;
      };
      _proto.parsePrimary = function parsePrimary(noPostfix) {
        var tok = this.nextToken();
        var val;
        var node = null;
        if (!tok) {
          this.fail("expected expression, got end of file");
        } else if (tok.type === lexer.TOKEN_STRING) {
          val = tok.value;
        } else if (tok.type === lexer.TOKEN_INT) {
          val = parseInt(tok.value, 10);
        } else if (tok.type === lexer.TOKEN_FLOAT) {
          val = parseFloat(tok.value);
        } else if (tok.type === lexer.TOKEN_BOOLEAN) {
          if (tok.value === "true") {
            val = true;
          } else if (tok.value === "false") {
            val = false;
          } else {
            this.fail("invalid boolean: " + tok.value, tok.lineno, tok.colno);
          }
        } else if (tok.type === lexer.TOKEN_NONE) {
          val = null;
        } else if (tok.type === lexer.TOKEN_REGEX) {
          val = new RegExp(tok.value.body, tok.value.flags);
        }
        if (val !== void 0) {
          node = new nodes.Literal(tok.lineno, tok.colno, val);
        } else if (tok.type === lexer.TOKEN_SYMBOL) {
          node = new nodes.Symbol(tok.lineno, tok.colno, tok.value);
        } else {
          this.pushToken(tok);
          node = this.parseAggregate();
        }
        if (!noPostfix) {
          node = this.parsePostfix(node);
        }
        if (node) {
          return node;
        } else {
          throw this.error("unexpected token: " + tok.value, tok.lineno, tok.colno);
        }
      };
      _proto.parseFilterName = function parseFilterName() {
        var tok = this.expect(lexer.TOKEN_SYMBOL);
        var name = tok.value;
        while (this.skipValue(lexer.TOKEN_OPERATOR, ".")) {
          name += "." + this.expect(lexer.TOKEN_SYMBOL).value;
        }
        return new nodes.Symbol(tok.lineno, tok.colno, name);
      };
      _proto.parseFilterArgs = function parseFilterArgs(node) {
        if (this.peekToken().type === lexer.TOKEN_LEFT_PAREN) {
          var call = this.parsePostfix(node);
          return call.args.children;
        }
        return [];
      };
      _proto.parseFilter = function parseFilter(node) {
        while (this.skip(lexer.TOKEN_PIPE)) {
          var name = this.parseFilterName();
          node = new nodes.Filter(name.lineno, name.colno, name, new nodes.NodeList(name.lineno, name.colno, [node].concat(this.parseFilterArgs(node))));
        }
        return node;
      };
      _proto.parseFilterStatement = function parseFilterStatement() {
        var filterTok = this.peekToken();
        if (!this.skipSymbol("filter")) {
          this.fail("parseFilterStatement: expected filter");
        }
        var name = this.parseFilterName();
        var args = this.parseFilterArgs(name);
        this.advanceAfterBlockEnd(filterTok.value);
        var body = new nodes.Capture(name.lineno, name.colno, this.parseUntilBlocks("endfilter"));
        this.advanceAfterBlockEnd();
        var node = new nodes.Filter(name.lineno, name.colno, name, new nodes.NodeList(name.lineno, name.colno, [body].concat(args)));
        return new nodes.Output(name.lineno, name.colno, [node]);
      };
      _proto.parseAggregate = function parseAggregate() {
        var tok = this.nextToken();
        var node;
        switch (tok.type) {
          case lexer.TOKEN_LEFT_PAREN:
            node = new nodes.Group(tok.lineno, tok.colno);
            break;
          case lexer.TOKEN_LEFT_BRACKET:
            node = new nodes.Array(tok.lineno, tok.colno);
            break;
          case lexer.TOKEN_LEFT_CURLY:
            node = new nodes.Dict(tok.lineno, tok.colno);
            break;
          default:
            return null;
        }
        while (1) {
          var type = this.peekToken().type;
          if (type === lexer.TOKEN_RIGHT_PAREN || type === lexer.TOKEN_RIGHT_BRACKET || type === lexer.TOKEN_RIGHT_CURLY) {
            this.nextToken();
            break;
          }
          if (node.children.length > 0) {
            if (!this.skip(lexer.TOKEN_COMMA)) {
              this.fail("parseAggregate: expected comma after expression", tok.lineno, tok.colno);
            }
          }
          if (node instanceof nodes.Dict) {
            var key = this.parsePrimary();
            if (!this.skip(lexer.TOKEN_COLON)) {
              this.fail("parseAggregate: expected colon after dict key", tok.lineno, tok.colno);
            }
            var value = this.parseExpression();
            node.addChild(new nodes.Pair(key.lineno, key.colno, key, value));
          } else {
            var expr = this.parseExpression();
            node.addChild(expr);
          }
        }
        return node;
      };
      _proto.parseSignature = function parseSignature(tolerant, noParens) {
        var tok = this.peekToken();
        if (!noParens && tok.type !== lexer.TOKEN_LEFT_PAREN) {
          if (tolerant) {
            return null;
          } else {
            this.fail("expected arguments", tok.lineno, tok.colno);
          }
        }
        if (tok.type === lexer.TOKEN_LEFT_PAREN) {
          tok = this.nextToken();
        }
        var args = new nodes.NodeList(tok.lineno, tok.colno);
        var kwargs = new nodes.KeywordArgs(tok.lineno, tok.colno);
        var checkComma = false;
        while (1) {
          tok = this.peekToken();
          if (!noParens && tok.type === lexer.TOKEN_RIGHT_PAREN) {
            this.nextToken();
            break;
          } else if (noParens && tok.type === lexer.TOKEN_BLOCK_END) {
            break;
          }
          if (checkComma && !this.skip(lexer.TOKEN_COMMA)) {
            this.fail("parseSignature: expected comma after expression", tok.lineno, tok.colno);
          } else {
            var arg = this.parseExpression();
            if (this.skipValue(lexer.TOKEN_OPERATOR, "=")) {
              kwargs.addChild(new nodes.Pair(arg.lineno, arg.colno, arg, this.parseExpression()));
            } else {
              args.addChild(arg);
            }
          }
          checkComma = true;
        }
        if (kwargs.children.length) {
          args.addChild(kwargs);
        }
        return args;
      };
      _proto.parseUntilBlocks = function parseUntilBlocks() {
        var prev = this.breakOnBlocks;
        for (var _len = arguments.length, blockNames = new Array(_len), _key = 0; _key < _len; _key++) {
          blockNames[_key] = arguments[_key];
        }
        this.breakOnBlocks = blockNames;
        var ret = this.parse();
        this.breakOnBlocks = prev;
        return ret;
      };
      _proto.parseNodes = function parseNodes() {
        var tok;
        var buf = [];
        while (tok = this.nextToken()) {
          if (tok.type === lexer.TOKEN_DATA) {
            var data = tok.value;
            var nextToken = this.peekToken();
            var nextVal = nextToken && nextToken.value;
            if (this.dropLeadingWhitespace) {
              data = data.replace(/^\s*/, "");
              this.dropLeadingWhitespace = false;
            }
            if (nextToken && (nextToken.type === lexer.TOKEN_BLOCK_START && nextVal.charAt(nextVal.length - 1) === "-" || nextToken.type === lexer.TOKEN_VARIABLE_START && nextVal.charAt(this.tokens.tags.VARIABLE_START.length) === "-" || nextToken.type === lexer.TOKEN_COMMENT && nextVal.charAt(this.tokens.tags.COMMENT_START.length) === "-")) {
              data = data.replace(/\s*$/, "");
            }
            buf.push(new nodes.Output(tok.lineno, tok.colno, [new nodes.TemplateData(tok.lineno, tok.colno, data)]));
          } else if (tok.type === lexer.TOKEN_BLOCK_START) {
            this.dropLeadingWhitespace = false;
            var n = this.parseStatement();
            if (!n) {
              break;
            }
            buf.push(n);
          } else if (tok.type === lexer.TOKEN_VARIABLE_START) {
            var e = this.parseExpression();
            this.dropLeadingWhitespace = false;
            this.advanceAfterVariableEnd();
            buf.push(new nodes.Output(tok.lineno, tok.colno, [e]));
          } else if (tok.type === lexer.TOKEN_COMMENT) {
            this.dropLeadingWhitespace = tok.value.charAt(tok.value.length - this.tokens.tags.COMMENT_END.length - 1) === "-";
          } else {
            this.fail("Unexpected token at top-level: " + tok.type, tok.lineno, tok.colno);
          }
        }
        return buf;
      };
      _proto.parse = function parse() {
        return new nodes.NodeList(0, 0, this.parseNodes());
      };
      _proto.parseAsRoot = function parseAsRoot() {
        return new nodes.Root(0, 0, this.parseNodes());
      };
      return Parser2;
    })(Obj);
    module.exports = {
      parse: function parse(src, extensions, opts) {
        var p = new Parser(lexer.lex(src, opts));
        if (extensions !== void 0) {
          p.extensions = extensions;
        }
        return p.parseAsRoot();
      },
      Parser
    };
  }
});

// node_modules/nunjucks/src/transformer.js
var require_transformer = __commonJS({
  "node_modules/nunjucks/src/transformer.js"(exports, module) {
    "use strict";
    var nodes = require_nodes();
    var lib = require_lib();
    var sym = 0;
    function gensym() {
      return "hole_" + sym++;
    }
    function mapCOW(arr, func) {
      var res = null;
      for (var i = 0; i < arr.length; i++) {
        var item = func(arr[i]);
        if (item !== arr[i]) {
          if (!res) {
            res = arr.slice();
          }
          res[i] = item;
        }
      }
      return res || arr;
    }
    function walk(ast, func, depthFirst) {
      if (!(ast instanceof nodes.Node)) {
        return ast;
      }
      if (!depthFirst) {
        var astT = func(ast);
        if (astT && astT !== ast) {
          return astT;
        }
      }
      if (ast instanceof nodes.NodeList) {
        var children = mapCOW(ast.children, function(node) {
          return walk(node, func, depthFirst);
        });
        if (children !== ast.children) {
          ast = new nodes[ast.typename](ast.lineno, ast.colno, children);
        }
      } else if (ast instanceof nodes.CallExtension) {
        var args = walk(ast.args, func, depthFirst);
        var contentArgs = mapCOW(ast.contentArgs, function(node) {
          return walk(node, func, depthFirst);
        });
        if (args !== ast.args || contentArgs !== ast.contentArgs) {
          ast = new nodes[ast.typename](ast.extName, ast.prop, args, contentArgs);
        }
      } else {
        var props = ast.fields.map(function(field) {
          return ast[field];
        });
        var propsT = mapCOW(props, function(prop) {
          return walk(prop, func, depthFirst);
        });
        if (propsT !== props) {
          ast = new nodes[ast.typename](ast.lineno, ast.colno);
          propsT.forEach(function(prop, i) {
            ast[ast.fields[i]] = prop;
          });
        }
      }
      return depthFirst ? func(ast) || ast : ast;
    }
    function depthWalk(ast, func) {
      return walk(ast, func, true);
    }
    function _liftFilters(node, asyncFilters, prop) {
      var children = [];
      var walked = depthWalk(prop ? node[prop] : node, function(descNode) {
        var symbol;
        if (descNode instanceof nodes.Block) {
          return descNode;
        } else if (descNode instanceof nodes.Filter && lib.indexOf(asyncFilters, descNode.name.value) !== -1 || descNode instanceof nodes.CallExtensionAsync) {
          symbol = new nodes.Symbol(descNode.lineno, descNode.colno, gensym());
          children.push(new nodes.FilterAsync(descNode.lineno, descNode.colno, descNode.name, descNode.args, symbol));
        }
        return symbol;
      });
      if (prop) {
        node[prop] = walked;
      } else {
        node = walked;
      }
      if (children.length) {
        children.push(node);
        return new nodes.NodeList(node.lineno, node.colno, children);
      } else {
        return node;
      }
    }
    function liftFilters(ast, asyncFilters) {
      return depthWalk(ast, function(node) {
        if (node instanceof nodes.Output) {
          return _liftFilters(node, asyncFilters);
        } else if (node instanceof nodes.Set) {
          return _liftFilters(node, asyncFilters, "value");
        } else if (node instanceof nodes.For) {
          return _liftFilters(node, asyncFilters, "arr");
        } else if (node instanceof nodes.If) {
          return _liftFilters(node, asyncFilters, "cond");
        } else if (node instanceof nodes.CallExtension) {
          return _liftFilters(node, asyncFilters, "args");
        } else {
          return void 0;
        }
      });
    }
    function liftSuper(ast) {
      return walk(ast, function(blockNode) {
        if (!(blockNode instanceof nodes.Block)) {
          return;
        }
        var hasSuper = false;
        var symbol = gensym();
        blockNode.body = walk(blockNode.body, function(node) {
          if (node instanceof nodes.FunCall && node.name.value === "super") {
            hasSuper = true;
            return new nodes.Symbol(node.lineno, node.colno, symbol);
          }
        });
        if (hasSuper) {
          blockNode.body.children.unshift(new nodes.Super(0, 0, blockNode.name, new nodes.Symbol(0, 0, symbol)));
        }
      });
    }
    function convertStatements(ast) {
      return depthWalk(ast, function(node) {
        if (!(node instanceof nodes.If) && !(node instanceof nodes.For)) {
          return void 0;
        }
        var async = false;
        walk(node, function(child) {
          if (child instanceof nodes.FilterAsync || child instanceof nodes.IfAsync || child instanceof nodes.AsyncEach || child instanceof nodes.AsyncAll || child instanceof nodes.CallExtensionAsync) {
            async = true;
            return child;
          }
          return void 0;
        });
        if (async) {
          if (node instanceof nodes.If) {
            return new nodes.IfAsync(node.lineno, node.colno, node.cond, node.body, node.else_);
          } else if (node instanceof nodes.For && !(node instanceof nodes.AsyncAll)) {
            return new nodes.AsyncEach(node.lineno, node.colno, node.arr, node.name, node.body, node.else_);
          }
        }
        return void 0;
      });
    }
    function cps(ast, asyncFilters) {
      return convertStatements(liftSuper(liftFilters(ast, asyncFilters)));
    }
    function transform(ast, asyncFilters) {
      return cps(ast, asyncFilters || []);
    }
    module.exports = {
      transform
    };
  }
});

// node_modules/nunjucks/src/runtime.js
var require_runtime = __commonJS({
  "node_modules/nunjucks/src/runtime.js"(exports, module) {
    "use strict";
    var lib = require_lib();
    var arrayFrom = Array.from;
    var supportsIterators = typeof Symbol === "function" && Symbol.iterator && typeof arrayFrom === "function";
    var Frame = /* @__PURE__ */ (function() {
      function Frame2(parent, isolateWrites) {
        this.variables = /* @__PURE__ */ Object.create(null);
        this.parent = parent;
        this.topLevel = false;
        this.isolateWrites = isolateWrites;
      }
      var _proto = Frame2.prototype;
      _proto.set = function set(name, val, resolveUp) {
        var parts = name.split(".");
        var obj = this.variables;
        var frame = this;
        if (resolveUp) {
          if (frame = this.resolve(parts[0], true)) {
            frame.set(name, val);
            return;
          }
        }
        for (var i = 0; i < parts.length - 1; i++) {
          var id = parts[i];
          if (!obj[id]) {
            obj[id] = {};
          }
          obj = obj[id];
        }
        obj[parts[parts.length - 1]] = val;
      };
      _proto.get = function get(name) {
        var val = this.variables[name];
        if (val !== void 0) {
          return val;
        }
        return null;
      };
      _proto.lookup = function lookup(name) {
        var p = this.parent;
        var val = this.variables[name];
        if (val !== void 0) {
          return val;
        }
        return p && p.lookup(name);
      };
      _proto.resolve = function resolve(name, forWrite) {
        var p = forWrite && this.isolateWrites ? void 0 : this.parent;
        var val = this.variables[name];
        if (val !== void 0) {
          return this;
        }
        return p && p.resolve(name);
      };
      _proto.push = function push(isolateWrites) {
        return new Frame2(this, isolateWrites);
      };
      _proto.pop = function pop() {
        return this.parent;
      };
      return Frame2;
    })();
    function makeMacro(argNames, kwargNames, func) {
      return function macro() {
        for (var _len = arguments.length, macroArgs = new Array(_len), _key = 0; _key < _len; _key++) {
          macroArgs[_key] = arguments[_key];
        }
        var argCount = numArgs(macroArgs);
        var args;
        var kwargs = getKeywordArgs(macroArgs);
        if (argCount > argNames.length) {
          args = macroArgs.slice(0, argNames.length);
          macroArgs.slice(args.length, argCount).forEach(function(val, i2) {
            if (i2 < kwargNames.length) {
              kwargs[kwargNames[i2]] = val;
            }
          });
          args.push(kwargs);
        } else if (argCount < argNames.length) {
          args = macroArgs.slice(0, argCount);
          for (var i = argCount; i < argNames.length; i++) {
            var arg = argNames[i];
            args.push(kwargs[arg]);
            delete kwargs[arg];
          }
          args.push(kwargs);
        } else {
          args = macroArgs;
        }
        return func.apply(this, args);
      };
    }
    function makeKeywordArgs(obj) {
      obj.__keywords = true;
      return obj;
    }
    function isKeywordArgs(obj) {
      return obj && Object.prototype.hasOwnProperty.call(obj, "__keywords");
    }
    function getKeywordArgs(args) {
      var len = args.length;
      if (len) {
        var lastArg = args[len - 1];
        if (isKeywordArgs(lastArg)) {
          return lastArg;
        }
      }
      return {};
    }
    function numArgs(args) {
      var len = args.length;
      if (len === 0) {
        return 0;
      }
      var lastArg = args[len - 1];
      if (isKeywordArgs(lastArg)) {
        return len - 1;
      } else {
        return len;
      }
    }
    function SafeString(val) {
      if (typeof val !== "string") {
        return val;
      }
      this.val = val;
      this.length = val.length;
    }
    SafeString.prototype = Object.create(String.prototype, {
      length: {
        writable: true,
        configurable: true,
        value: 0
      }
    });
    SafeString.prototype.valueOf = function valueOf() {
      return this.val;
    };
    SafeString.prototype.toString = function toString() {
      return this.val;
    };
    function copySafeness(dest, target) {
      if (dest instanceof SafeString) {
        return new SafeString(target);
      }
      return target.toString();
    }
    function markSafe(val) {
      var type = typeof val;
      if (type === "string") {
        return new SafeString(val);
      } else if (type !== "function") {
        return val;
      } else {
        return function wrapSafe(args) {
          var ret = val.apply(this, arguments);
          if (typeof ret === "string") {
            return new SafeString(ret);
          }
          return ret;
        };
      }
    }
    function suppressValue(val, autoescape) {
      val = val !== void 0 && val !== null ? val : "";
      if (autoescape && !(val instanceof SafeString)) {
        val = lib.escape(val.toString());
      }
      return val;
    }
    function ensureDefined(val, lineno, colno) {
      if (val === null || val === void 0) {
        throw new lib.TemplateError("attempted to output null or undefined value", lineno + 1, colno + 1);
      }
      return val;
    }
    function memberLookup(obj, val) {
      if (obj === void 0 || obj === null) {
        return void 0;
      }
      if (typeof obj[val] === "function") {
        return function() {
          for (var _len2 = arguments.length, args = new Array(_len2), _key2 = 0; _key2 < _len2; _key2++) {
            args[_key2] = arguments[_key2];
          }
          return obj[val].apply(obj, args);
        };
      }
      return obj[val];
    }
    function callWrap(obj, name, context, args) {
      if (!obj) {
        throw new Error("Unable to call `" + name + "`, which is undefined or falsey");
      } else if (typeof obj !== "function") {
        throw new Error("Unable to call `" + name + "`, which is not a function");
      }
      return obj.apply(context, args);
    }
    function contextOrFrameLookup(context, frame, name) {
      var val = frame.lookup(name);
      return val !== void 0 ? val : context.lookup(name);
    }
    function handleError(error, lineno, colno) {
      if (error.lineno) {
        return error;
      } else {
        return new lib.TemplateError(error, lineno, colno);
      }
    }
    function asyncEach(arr, dimen, iter, cb) {
      if (lib.isArray(arr)) {
        var len = arr.length;
        lib.asyncIter(arr, function iterCallback(item, i, next) {
          switch (dimen) {
            case 1:
              iter(item, i, len, next);
              break;
            case 2:
              iter(item[0], item[1], i, len, next);
              break;
            case 3:
              iter(item[0], item[1], item[2], i, len, next);
              break;
            default:
              item.push(i, len, next);
              iter.apply(this, item);
          }
        }, cb);
      } else {
        lib.asyncFor(arr, function iterCallback(key, val, i, len2, next) {
          iter(key, val, i, len2, next);
        }, cb);
      }
    }
    function asyncAll(arr, dimen, func, cb) {
      var finished = 0;
      var len;
      var outputArr;
      function done(i2, output) {
        finished++;
        outputArr[i2] = output;
        if (finished === len) {
          cb(null, outputArr.join(""));
        }
      }
      if (lib.isArray(arr)) {
        len = arr.length;
        outputArr = new Array(len);
        if (len === 0) {
          cb(null, "");
        } else {
          for (var i = 0; i < arr.length; i++) {
            var item = arr[i];
            switch (dimen) {
              case 1:
                func(item, i, len, done);
                break;
              case 2:
                func(item[0], item[1], i, len, done);
                break;
              case 3:
                func(item[0], item[1], item[2], i, len, done);
                break;
              default:
                item.push(i, len, done);
                func.apply(this, item);
            }
          }
        }
      } else {
        var keys = lib.keys(arr || {});
        len = keys.length;
        outputArr = new Array(len);
        if (len === 0) {
          cb(null, "");
        } else {
          for (var _i = 0; _i < keys.length; _i++) {
            var k = keys[_i];
            func(k, arr[k], _i, len, done);
          }
        }
      }
    }
    function fromIterator(arr) {
      if (typeof arr !== "object" || arr === null || lib.isArray(arr)) {
        return arr;
      } else if (supportsIterators && Symbol.iterator in arr) {
        return arrayFrom(arr);
      } else {
        return arr;
      }
    }
    module.exports = {
      Frame,
      makeMacro,
      makeKeywordArgs,
      numArgs,
      suppressValue,
      ensureDefined,
      memberLookup,
      contextOrFrameLookup,
      callWrap,
      handleError,
      isArray: lib.isArray,
      keys: lib.keys,
      SafeString,
      copySafeness,
      markSafe,
      asyncEach,
      asyncAll,
      inOperator: lib.inOperator,
      fromIterator
    };
  }
});

// node_modules/nunjucks/src/compiler.js
var require_compiler = __commonJS({
  "node_modules/nunjucks/src/compiler.js"(exports, module) {
    "use strict";
    function _inheritsLoose(subClass, superClass) {
      subClass.prototype = Object.create(superClass.prototype);
      subClass.prototype.constructor = subClass;
      _setPrototypeOf(subClass, superClass);
    }
    function _setPrototypeOf(o, p) {
      _setPrototypeOf = Object.setPrototypeOf ? Object.setPrototypeOf.bind() : function _setPrototypeOf2(o2, p2) {
        o2.__proto__ = p2;
        return o2;
      };
      return _setPrototypeOf(o, p);
    }
    var parser = require_parser();
    var transformer = require_transformer();
    var nodes = require_nodes();
    var _require = require_lib();
    var TemplateError = _require.TemplateError;
    var _require2 = require_runtime();
    var Frame = _require2.Frame;
    var _require3 = require_object();
    var Obj = _require3.Obj;
    var compareOps = {
      "==": "==",
      "===": "===",
      "!=": "!=",
      "!==": "!==",
      "<": "<",
      ">": ">",
      "<=": "<=",
      ">=": ">="
    };
    var Compiler = /* @__PURE__ */ (function(_Obj) {
      _inheritsLoose(Compiler2, _Obj);
      function Compiler2() {
        return _Obj.apply(this, arguments) || this;
      }
      var _proto = Compiler2.prototype;
      _proto.init = function init(templateName, throwOnUndefined) {
        this.templateName = templateName;
        this.codebuf = [];
        this.lastId = 0;
        this.buffer = null;
        this.bufferStack = [];
        this._scopeClosers = "";
        this.inBlock = false;
        this.throwOnUndefined = throwOnUndefined;
      };
      _proto.fail = function fail(msg, lineno, colno) {
        if (lineno !== void 0) {
          lineno += 1;
        }
        if (colno !== void 0) {
          colno += 1;
        }
        throw new TemplateError(msg, lineno, colno);
      };
      _proto._pushBuffer = function _pushBuffer() {
        var id = this._tmpid();
        this.bufferStack.push(this.buffer);
        this.buffer = id;
        this._emit("var " + this.buffer + ' = "";');
        return id;
      };
      _proto._popBuffer = function _popBuffer() {
        this.buffer = this.bufferStack.pop();
      };
      _proto._emit = function _emit(code) {
        this.codebuf.push(code);
      };
      _proto._emitLine = function _emitLine(code) {
        this._emit(code + "\n");
      };
      _proto._emitLines = function _emitLines() {
        var _this = this;
        for (var _len = arguments.length, lines = new Array(_len), _key = 0; _key < _len; _key++) {
          lines[_key] = arguments[_key];
        }
        lines.forEach(function(line) {
          return _this._emitLine(line);
        });
      };
      _proto._emitFuncBegin = function _emitFuncBegin(node, name) {
        this.buffer = "output";
        this._scopeClosers = "";
        this._emitLine("function " + name + "(env, context, frame, runtime, cb) {");
        this._emitLine("var lineno = " + node.lineno + ";");
        this._emitLine("var colno = " + node.colno + ";");
        this._emitLine("var " + this.buffer + ' = "";');
        this._emitLine("try {");
      };
      _proto._emitFuncEnd = function _emitFuncEnd(noReturn) {
        if (!noReturn) {
          this._emitLine("cb(null, " + this.buffer + ");");
        }
        this._closeScopeLevels();
        this._emitLine("} catch (e) {");
        this._emitLine("  cb(runtime.handleError(e, lineno, colno));");
        this._emitLine("}");
        this._emitLine("}");
        this.buffer = null;
      };
      _proto._addScopeLevel = function _addScopeLevel() {
        this._scopeClosers += "})";
      };
      _proto._closeScopeLevels = function _closeScopeLevels() {
        this._emitLine(this._scopeClosers + ";");
        this._scopeClosers = "";
      };
      _proto._withScopedSyntax = function _withScopedSyntax(func) {
        var _scopeClosers = this._scopeClosers;
        this._scopeClosers = "";
        func.call(this);
        this._closeScopeLevels();
        this._scopeClosers = _scopeClosers;
      };
      _proto._makeCallback = function _makeCallback(res) {
        var err = this._tmpid();
        return "function(" + err + (res ? "," + res : "") + ") {\nif(" + err + ") { cb(" + err + "); return; }";
      };
      _proto._tmpid = function _tmpid() {
        this.lastId++;
        return "t_" + this.lastId;
      };
      _proto._templateName = function _templateName() {
        return this.templateName == null ? "undefined" : JSON.stringify(this.templateName);
      };
      _proto._compileChildren = function _compileChildren(node, frame) {
        var _this2 = this;
        node.children.forEach(function(child) {
          _this2.compile(child, frame);
        });
      };
      _proto._compileAggregate = function _compileAggregate(node, frame, startChar, endChar) {
        var _this3 = this;
        if (startChar) {
          this._emit(startChar);
        }
        node.children.forEach(function(child, i) {
          if (i > 0) {
            _this3._emit(",");
          }
          _this3.compile(child, frame);
        });
        if (endChar) {
          this._emit(endChar);
        }
      };
      _proto._compileExpression = function _compileExpression(node, frame) {
        this.assertType(node, nodes.Literal, nodes.Symbol, nodes.Group, nodes.Array, nodes.Dict, nodes.FunCall, nodes.Caller, nodes.Filter, nodes.LookupVal, nodes.Compare, nodes.InlineIf, nodes.In, nodes.Is, nodes.And, nodes.Or, nodes.Not, nodes.Add, nodes.Concat, nodes.Sub, nodes.Mul, nodes.Div, nodes.FloorDiv, nodes.Mod, nodes.Pow, nodes.Neg, nodes.Pos, nodes.Compare, nodes.NodeList);
        this.compile(node, frame);
      };
      _proto.assertType = function assertType(node) {
        for (var _len2 = arguments.length, types = new Array(_len2 > 1 ? _len2 - 1 : 0), _key2 = 1; _key2 < _len2; _key2++) {
          types[_key2 - 1] = arguments[_key2];
        }
        if (!types.some(function(t) {
          return node instanceof t;
        })) {
          this.fail("assertType: invalid type: " + node.typename, node.lineno, node.colno);
        }
      };
      _proto.compileCallExtension = function compileCallExtension(node, frame, async) {
        var _this4 = this;
        var args = node.args;
        var contentArgs = node.contentArgs;
        var autoescape = typeof node.autoescape === "boolean" ? node.autoescape : true;
        if (!async) {
          this._emit(this.buffer + " += runtime.suppressValue(");
        }
        this._emit('env.getExtension("' + node.extName + '")["' + node.prop + '"](');
        this._emit("context");
        if (args || contentArgs) {
          this._emit(",");
        }
        if (args) {
          if (!(args instanceof nodes.NodeList)) {
            this.fail("compileCallExtension: arguments must be a NodeList, use `parser.parseSignature`");
          }
          args.children.forEach(function(arg, i) {
            _this4._compileExpression(arg, frame);
            if (i !== args.children.length - 1 || contentArgs.length) {
              _this4._emit(",");
            }
          });
        }
        if (contentArgs.length) {
          contentArgs.forEach(function(arg, i) {
            if (i > 0) {
              _this4._emit(",");
            }
            if (arg) {
              _this4._emitLine("function(cb) {");
              _this4._emitLine("if(!cb) { cb = function(err) { if(err) { throw err; }}}");
              var id = _this4._pushBuffer();
              _this4._withScopedSyntax(function() {
                _this4.compile(arg, frame);
                _this4._emitLine("cb(null, " + id + ");");
              });
              _this4._popBuffer();
              _this4._emitLine("return " + id + ";");
              _this4._emitLine("}");
            } else {
              _this4._emit("null");
            }
          });
        }
        if (async) {
          var res = this._tmpid();
          this._emitLine(", " + this._makeCallback(res));
          this._emitLine(this.buffer + " += runtime.suppressValue(" + res + ", " + autoescape + " && env.opts.autoescape);");
          this._addScopeLevel();
        } else {
          this._emit(")");
          this._emit(", " + autoescape + " && env.opts.autoescape);\n");
        }
      };
      _proto.compileCallExtensionAsync = function compileCallExtensionAsync(node, frame) {
        this.compileCallExtension(node, frame, true);
      };
      _proto.compileNodeList = function compileNodeList(node, frame) {
        this._compileChildren(node, frame);
      };
      _proto.compileLiteral = function compileLiteral(node) {
        if (typeof node.value === "string") {
          var val = node.value.replace(/\\/g, "\\\\");
          val = val.replace(/"/g, '\\"');
          val = val.replace(/\n/g, "\\n");
          val = val.replace(/\r/g, "\\r");
          val = val.replace(/\t/g, "\\t");
          val = val.replace(/\u2028/g, "\\u2028");
          this._emit('"' + val + '"');
        } else if (node.value === null) {
          this._emit("null");
        } else {
          this._emit(node.value.toString());
        }
      };
      _proto.compileSymbol = function compileSymbol(node, frame) {
        var name = node.value;
        var v = frame.lookup(name);
        if (v) {
          this._emit(v);
        } else {
          this._emit('runtime.contextOrFrameLookup(context, frame, "' + name + '")');
        }
      };
      _proto.compileGroup = function compileGroup(node, frame) {
        this._compileAggregate(node, frame, "(", ")");
      };
      _proto.compileArray = function compileArray(node, frame) {
        this._compileAggregate(node, frame, "[", "]");
      };
      _proto.compileDict = function compileDict(node, frame) {
        this._compileAggregate(node, frame, "{", "}");
      };
      _proto.compilePair = function compilePair(node, frame) {
        var key = node.key;
        var val = node.value;
        if (key instanceof nodes.Symbol) {
          key = new nodes.Literal(key.lineno, key.colno, key.value);
        } else if (!(key instanceof nodes.Literal && typeof key.value === "string")) {
          this.fail("compilePair: Dict keys must be strings or names", key.lineno, key.colno);
        }
        this.compile(key, frame);
        this._emit(": ");
        this._compileExpression(val, frame);
      };
      _proto.compileInlineIf = function compileInlineIf(node, frame) {
        this._emit("(");
        this.compile(node.cond, frame);
        this._emit("?");
        this.compile(node.body, frame);
        this._emit(":");
        if (node.else_ !== null) {
          this.compile(node.else_, frame);
        } else {
          this._emit('""');
        }
        this._emit(")");
      };
      _proto.compileIn = function compileIn(node, frame) {
        this._emit("runtime.inOperator(");
        this.compile(node.left, frame);
        this._emit(",");
        this.compile(node.right, frame);
        this._emit(")");
      };
      _proto.compileIs = function compileIs(node, frame) {
        var right = node.right.name ? node.right.name.value : node.right.value;
        this._emit('env.getTest("' + right + '").call(context, ');
        this.compile(node.left, frame);
        if (node.right.args) {
          this._emit(",");
          this.compile(node.right.args, frame);
        }
        this._emit(") === true");
      };
      _proto._binOpEmitter = function _binOpEmitter(node, frame, str2) {
        this.compile(node.left, frame);
        this._emit(str2);
        this.compile(node.right, frame);
      };
      _proto.compileOr = function compileOr(node, frame) {
        return this._binOpEmitter(node, frame, " || ");
      };
      _proto.compileAnd = function compileAnd(node, frame) {
        return this._binOpEmitter(node, frame, " && ");
      };
      _proto.compileAdd = function compileAdd(node, frame) {
        return this._binOpEmitter(node, frame, " + ");
      };
      _proto.compileConcat = function compileConcat(node, frame) {
        return this._binOpEmitter(node, frame, ' + "" + ');
      };
      _proto.compileSub = function compileSub(node, frame) {
        return this._binOpEmitter(node, frame, " - ");
      };
      _proto.compileMul = function compileMul(node, frame) {
        return this._binOpEmitter(node, frame, " * ");
      };
      _proto.compileDiv = function compileDiv(node, frame) {
        return this._binOpEmitter(node, frame, " / ");
      };
      _proto.compileMod = function compileMod(node, frame) {
        return this._binOpEmitter(node, frame, " % ");
      };
      _proto.compileNot = function compileNot(node, frame) {
        this._emit("!");
        this.compile(node.target, frame);
      };
      _proto.compileFloorDiv = function compileFloorDiv(node, frame) {
        this._emit("Math.floor(");
        this.compile(node.left, frame);
        this._emit(" / ");
        this.compile(node.right, frame);
        this._emit(")");
      };
      _proto.compilePow = function compilePow(node, frame) {
        this._emit("Math.pow(");
        this.compile(node.left, frame);
        this._emit(", ");
        this.compile(node.right, frame);
        this._emit(")");
      };
      _proto.compileNeg = function compileNeg(node, frame) {
        this._emit("-");
        this.compile(node.target, frame);
      };
      _proto.compilePos = function compilePos(node, frame) {
        this._emit("+");
        this.compile(node.target, frame);
      };
      _proto.compileCompare = function compileCompare(node, frame) {
        var _this5 = this;
        this.compile(node.expr, frame);
        node.ops.forEach(function(op) {
          _this5._emit(" " + compareOps[op.type] + " ");
          _this5.compile(op.expr, frame);
        });
      };
      _proto.compileLookupVal = function compileLookupVal(node, frame) {
        this._emit("runtime.memberLookup((");
        this._compileExpression(node.target, frame);
        this._emit("),");
        this._compileExpression(node.val, frame);
        this._emit(")");
      };
      _proto._getNodeName = function _getNodeName(node) {
        switch (node.typename) {
          case "Symbol":
            return node.value;
          case "FunCall":
            return "the return value of (" + this._getNodeName(node.name) + ")";
          case "LookupVal":
            return this._getNodeName(node.target) + '["' + this._getNodeName(node.val) + '"]';
          case "Literal":
            return node.value.toString();
          default:
            return "--expression--";
        }
      };
      _proto.compileFunCall = function compileFunCall(node, frame) {
        this._emit("(lineno = " + node.lineno + ", colno = " + node.colno + ", ");
        this._emit("runtime.callWrap(");
        this._compileExpression(node.name, frame);
        this._emit(', "' + this._getNodeName(node.name).replace(/"/g, '\\"') + '", context, ');
        this._compileAggregate(node.args, frame, "[", "])");
        this._emit(")");
      };
      _proto.compileFilter = function compileFilter(node, frame) {
        var name = node.name;
        this.assertType(name, nodes.Symbol);
        this._emit('env.getFilter("' + name.value + '").call(context, ');
        this._compileAggregate(node.args, frame);
        this._emit(")");
      };
      _proto.compileFilterAsync = function compileFilterAsync(node, frame) {
        var name = node.name;
        var symbol = node.symbol.value;
        this.assertType(name, nodes.Symbol);
        frame.set(symbol, symbol);
        this._emit('env.getFilter("' + name.value + '").call(context, ');
        this._compileAggregate(node.args, frame);
        this._emitLine(", " + this._makeCallback(symbol));
        this._addScopeLevel();
      };
      _proto.compileKeywordArgs = function compileKeywordArgs(node, frame) {
        this._emit("runtime.makeKeywordArgs(");
        this.compileDict(node, frame);
        this._emit(")");
      };
      _proto.compileSet = function compileSet(node, frame) {
        var _this6 = this;
        var ids = [];
        node.targets.forEach(function(target) {
          var name = target.value;
          var id = frame.lookup(name);
          if (id === null || id === void 0) {
            id = _this6._tmpid();
            _this6._emitLine("var " + id + ";");
          }
          ids.push(id);
        });
        if (node.value) {
          this._emit(ids.join(" = ") + " = ");
          this._compileExpression(node.value, frame);
          this._emitLine(";");
        } else {
          this._emit(ids.join(" = ") + " = ");
          this.compile(node.body, frame);
          this._emitLine(";");
        }
        node.targets.forEach(function(target, i) {
          var id = ids[i];
          var name = target.value;
          _this6._emitLine('frame.set("' + name + '", ' + id + ", true);");
          _this6._emitLine("if(frame.topLevel) {");
          _this6._emitLine('context.setVariable("' + name + '", ' + id + ");");
          _this6._emitLine("}");
          if (name.charAt(0) !== "_") {
            _this6._emitLine("if(frame.topLevel) {");
            _this6._emitLine('context.addExport("' + name + '", ' + id + ");");
            _this6._emitLine("}");
          }
        });
      };
      _proto.compileSwitch = function compileSwitch(node, frame) {
        var _this7 = this;
        this._emit("switch (");
        this.compile(node.expr, frame);
        this._emit(") {");
        node.cases.forEach(function(c, i) {
          _this7._emit("case ");
          _this7.compile(c.cond, frame);
          _this7._emit(": ");
          _this7.compile(c.body, frame);
          if (c.body.children.length) {
            _this7._emitLine("break;");
          }
        });
        if (node.default) {
          this._emit("default:");
          this.compile(node.default, frame);
        }
        this._emit("}");
      };
      _proto.compileIf = function compileIf(node, frame, async) {
        var _this8 = this;
        this._emit("if(");
        this._compileExpression(node.cond, frame);
        this._emitLine(") {");
        this._withScopedSyntax(function() {
          _this8.compile(node.body, frame);
          if (async) {
            _this8._emit("cb()");
          }
        });
        if (node.else_) {
          this._emitLine("}\nelse {");
          this._withScopedSyntax(function() {
            _this8.compile(node.else_, frame);
            if (async) {
              _this8._emit("cb()");
            }
          });
        } else if (async) {
          this._emitLine("}\nelse {");
          this._emit("cb()");
        }
        this._emitLine("}");
      };
      _proto.compileIfAsync = function compileIfAsync(node, frame) {
        this._emit("(function(cb) {");
        this.compileIf(node, frame, true);
        this._emit("})(" + this._makeCallback());
        this._addScopeLevel();
      };
      _proto._emitLoopBindings = function _emitLoopBindings(node, arr, i, len) {
        var _this9 = this;
        var bindings = [{
          name: "index",
          val: i + " + 1"
        }, {
          name: "index0",
          val: i
        }, {
          name: "revindex",
          val: len + " - " + i
        }, {
          name: "revindex0",
          val: len + " - " + i + " - 1"
        }, {
          name: "first",
          val: i + " === 0"
        }, {
          name: "last",
          val: i + " === " + len + " - 1"
        }, {
          name: "length",
          val: len
        }];
        bindings.forEach(function(b) {
          _this9._emitLine('frame.set("loop.' + b.name + '", ' + b.val + ");");
        });
      };
      _proto.compileFor = function compileFor(node, frame) {
        var _this10 = this;
        var i = this._tmpid();
        var len = this._tmpid();
        var arr = this._tmpid();
        frame = frame.push();
        this._emitLine("frame = frame.push();");
        this._emit("var " + arr + " = ");
        this._compileExpression(node.arr, frame);
        this._emitLine(";");
        this._emit("if(" + arr + ") {");
        this._emitLine(arr + " = runtime.fromIterator(" + arr + ");");
        if (node.name instanceof nodes.Array) {
          this._emitLine("var " + i + ";");
          this._emitLine("if(runtime.isArray(" + arr + ")) {");
          this._emitLine("var " + len + " = " + arr + ".length;");
          this._emitLine("for(" + i + "=0; " + i + " < " + arr + ".length; " + i + "++) {");
          node.name.children.forEach(function(child, u) {
            var tid = _this10._tmpid();
            _this10._emitLine("var " + tid + " = " + arr + "[" + i + "][" + u + "];");
            _this10._emitLine('frame.set("' + child + '", ' + arr + "[" + i + "][" + u + "]);");
            frame.set(node.name.children[u].value, tid);
          });
          this._emitLoopBindings(node, arr, i, len);
          this._withScopedSyntax(function() {
            _this10.compile(node.body, frame);
          });
          this._emitLine("}");
          this._emitLine("} else {");
          var _node$name$children = node.name.children, key = _node$name$children[0], val = _node$name$children[1];
          var k = this._tmpid();
          var v = this._tmpid();
          frame.set(key.value, k);
          frame.set(val.value, v);
          this._emitLine(i + " = -1;");
          this._emitLine("var " + len + " = runtime.keys(" + arr + ").length;");
          this._emitLine("for(var " + k + " in " + arr + ") {");
          this._emitLine(i + "++;");
          this._emitLine("var " + v + " = " + arr + "[" + k + "];");
          this._emitLine('frame.set("' + key.value + '", ' + k + ");");
          this._emitLine('frame.set("' + val.value + '", ' + v + ");");
          this._emitLoopBindings(node, arr, i, len);
          this._withScopedSyntax(function() {
            _this10.compile(node.body, frame);
          });
          this._emitLine("}");
          this._emitLine("}");
        } else {
          var _v = this._tmpid();
          frame.set(node.name.value, _v);
          this._emitLine("var " + len + " = " + arr + ".length;");
          this._emitLine("for(var " + i + "=0; " + i + " < " + arr + ".length; " + i + "++) {");
          this._emitLine("var " + _v + " = " + arr + "[" + i + "];");
          this._emitLine('frame.set("' + node.name.value + '", ' + _v + ");");
          this._emitLoopBindings(node, arr, i, len);
          this._withScopedSyntax(function() {
            _this10.compile(node.body, frame);
          });
          this._emitLine("}");
        }
        this._emitLine("}");
        if (node.else_) {
          this._emitLine("if (!" + len + ") {");
          this.compile(node.else_, frame);
          this._emitLine("}");
        }
        this._emitLine("frame = frame.pop();");
      };
      _proto._compileAsyncLoop = function _compileAsyncLoop(node, frame, parallel) {
        var _this11 = this;
        var i = this._tmpid();
        var len = this._tmpid();
        var arr = this._tmpid();
        var asyncMethod = parallel ? "asyncAll" : "asyncEach";
        frame = frame.push();
        this._emitLine("frame = frame.push();");
        this._emit("var " + arr + " = runtime.fromIterator(");
        this._compileExpression(node.arr, frame);
        this._emitLine(");");
        if (node.name instanceof nodes.Array) {
          var arrayLen = node.name.children.length;
          this._emit("runtime." + asyncMethod + "(" + arr + ", " + arrayLen + ", function(");
          node.name.children.forEach(function(name) {
            _this11._emit(name.value + ",");
          });
          this._emit(i + "," + len + ",next) {");
          node.name.children.forEach(function(name) {
            var id2 = name.value;
            frame.set(id2, id2);
            _this11._emitLine('frame.set("' + id2 + '", ' + id2 + ");");
          });
        } else {
          var id = node.name.value;
          this._emitLine("runtime." + asyncMethod + "(" + arr + ", 1, function(" + id + ", " + i + ", " + len + ",next) {");
          this._emitLine('frame.set("' + id + '", ' + id + ");");
          frame.set(id, id);
        }
        this._emitLoopBindings(node, arr, i, len);
        this._withScopedSyntax(function() {
          var buf;
          if (parallel) {
            buf = _this11._pushBuffer();
          }
          _this11.compile(node.body, frame);
          _this11._emitLine("next(" + i + (buf ? "," + buf : "") + ");");
          if (parallel) {
            _this11._popBuffer();
          }
        });
        var output = this._tmpid();
        this._emitLine("}, " + this._makeCallback(output));
        this._addScopeLevel();
        if (parallel) {
          this._emitLine(this.buffer + " += " + output + ";");
        }
        if (node.else_) {
          this._emitLine("if (!" + arr + ".length) {");
          this.compile(node.else_, frame);
          this._emitLine("}");
        }
        this._emitLine("frame = frame.pop();");
      };
      _proto.compileAsyncEach = function compileAsyncEach(node, frame) {
        this._compileAsyncLoop(node, frame);
      };
      _proto.compileAsyncAll = function compileAsyncAll(node, frame) {
        this._compileAsyncLoop(node, frame, true);
      };
      _proto._compileMacro = function _compileMacro(node, frame) {
        var _this12 = this;
        var args = [];
        var kwargs = null;
        var funcId = "macro_" + this._tmpid();
        var keepFrame = frame !== void 0;
        node.args.children.forEach(function(arg, i) {
          if (i === node.args.children.length - 1 && arg instanceof nodes.Dict) {
            kwargs = arg;
          } else {
            _this12.assertType(arg, nodes.Symbol);
            args.push(arg);
          }
        });
        var realNames = [].concat(args.map(function(n) {
          return "l_" + n.value;
        }), ["kwargs"]);
        var argNames = args.map(function(n) {
          return '"' + n.value + '"';
        });
        var kwargNames = (kwargs && kwargs.children || []).map(function(n) {
          return '"' + n.key.value + '"';
        });
        var currFrame;
        if (keepFrame) {
          currFrame = frame.push(true);
        } else {
          currFrame = new Frame();
        }
        this._emitLines("var " + funcId + " = runtime.makeMacro(", "[" + argNames.join(", ") + "], ", "[" + kwargNames.join(", ") + "], ", "function (" + realNames.join(", ") + ") {", "var callerFrame = frame;", "frame = " + (keepFrame ? "frame.push(true);" : "new runtime.Frame();"), "kwargs = kwargs || {};", 'if (Object.prototype.hasOwnProperty.call(kwargs, "caller")) {', 'frame.set("caller", kwargs.caller); }');
        args.forEach(function(arg) {
          _this12._emitLine('frame.set("' + arg.value + '", l_' + arg.value + ");");
          currFrame.set(arg.value, "l_" + arg.value);
        });
        if (kwargs) {
          kwargs.children.forEach(function(pair) {
            var name = pair.key.value;
            _this12._emit('frame.set("' + name + '", ');
            _this12._emit('Object.prototype.hasOwnProperty.call(kwargs, "' + name + '")');
            _this12._emit(' ? kwargs["' + name + '"] : ');
            _this12._compileExpression(pair.value, currFrame);
            _this12._emit(");");
          });
        }
        var bufferId = this._pushBuffer();
        this._withScopedSyntax(function() {
          _this12.compile(node.body, currFrame);
        });
        this._emitLine("frame = " + (keepFrame ? "frame.pop();" : "callerFrame;"));
        this._emitLine("return new runtime.SafeString(" + bufferId + ");");
        this._emitLine("});");
        this._popBuffer();
        return funcId;
      };
      _proto.compileMacro = function compileMacro(node, frame) {
        var funcId = this._compileMacro(node);
        var name = node.name.value;
        frame.set(name, funcId);
        if (frame.parent) {
          this._emitLine('frame.set("' + name + '", ' + funcId + ");");
        } else {
          if (node.name.value.charAt(0) !== "_") {
            this._emitLine('context.addExport("' + name + '");');
          }
          this._emitLine('context.setVariable("' + name + '", ' + funcId + ");");
        }
      };
      _proto.compileCaller = function compileCaller(node, frame) {
        this._emit("(function (){");
        var funcId = this._compileMacro(node, frame);
        this._emit("return " + funcId + ";})()");
      };
      _proto._compileGetTemplate = function _compileGetTemplate(node, frame, eagerCompile, ignoreMissing) {
        var parentTemplateId = this._tmpid();
        var parentName = this._templateName();
        var cb = this._makeCallback(parentTemplateId);
        var eagerCompileArg = eagerCompile ? "true" : "false";
        var ignoreMissingArg = ignoreMissing ? "true" : "false";
        this._emit("env.getTemplate(");
        this._compileExpression(node.template, frame);
        this._emitLine(", " + eagerCompileArg + ", " + parentName + ", " + ignoreMissingArg + ", " + cb);
        return parentTemplateId;
      };
      _proto.compileImport = function compileImport(node, frame) {
        var target = node.target.value;
        var id = this._compileGetTemplate(node, frame, false, false);
        this._addScopeLevel();
        this._emitLine(id + ".getExported(" + (node.withContext ? "context.getVariables(), frame, " : "") + this._makeCallback(id));
        this._addScopeLevel();
        frame.set(target, id);
        if (frame.parent) {
          this._emitLine('frame.set("' + target + '", ' + id + ");");
        } else {
          this._emitLine('context.setVariable("' + target + '", ' + id + ");");
        }
      };
      _proto.compileFromImport = function compileFromImport(node, frame) {
        var _this13 = this;
        var importedId = this._compileGetTemplate(node, frame, false, false);
        this._addScopeLevel();
        this._emitLine(importedId + ".getExported(" + (node.withContext ? "context.getVariables(), frame, " : "") + this._makeCallback(importedId));
        this._addScopeLevel();
        node.names.children.forEach(function(nameNode) {
          var name;
          var alias;
          var id = _this13._tmpid();
          if (nameNode instanceof nodes.Pair) {
            name = nameNode.key.value;
            alias = nameNode.value.value;
          } else {
            name = nameNode.value;
            alias = name;
          }
          _this13._emitLine("if(Object.prototype.hasOwnProperty.call(" + importedId + ', "' + name + '")) {');
          _this13._emitLine("var " + id + " = " + importedId + "." + name + ";");
          _this13._emitLine("} else {");
          _this13._emitLine(`cb(new Error("cannot import '` + name + `'")); return;`);
          _this13._emitLine("}");
          frame.set(alias, id);
          if (frame.parent) {
            _this13._emitLine('frame.set("' + alias + '", ' + id + ");");
          } else {
            _this13._emitLine('context.setVariable("' + alias + '", ' + id + ");");
          }
        });
      };
      _proto.compileBlock = function compileBlock(node) {
        var id = this._tmpid();
        if (!this.inBlock) {
          this._emit('(parentTemplate ? function(e, c, f, r, cb) { cb(""); } : ');
        }
        this._emit('context.getBlock("' + node.name.value + '")');
        if (!this.inBlock) {
          this._emit(")");
        }
        this._emitLine("(env, context, frame, runtime, " + this._makeCallback(id));
        this._emitLine(this.buffer + " += " + id + ";");
        this._addScopeLevel();
      };
      _proto.compileSuper = function compileSuper(node, frame) {
        var name = node.blockName.value;
        var id = node.symbol.value;
        var cb = this._makeCallback(id);
        this._emitLine('context.getSuper(env, "' + name + '", b_' + name + ", frame, runtime, " + cb);
        this._emitLine(id + " = runtime.markSafe(" + id + ");");
        this._addScopeLevel();
        frame.set(id, id);
      };
      _proto.compileExtends = function compileExtends(node, frame) {
        var k = this._tmpid();
        var parentTemplateId = this._compileGetTemplate(node, frame, true, false);
        this._emitLine("parentTemplate = " + parentTemplateId);
        this._emitLine("for(var " + k + " in parentTemplate.blocks) {");
        this._emitLine("context.addBlock(" + k + ", parentTemplate.blocks[" + k + "]);");
        this._emitLine("}");
        this._addScopeLevel();
      };
      _proto.compileInclude = function compileInclude(node, frame) {
        this._emitLine("var tasks = [];");
        this._emitLine("tasks.push(");
        this._emitLine("function(callback) {");
        var id = this._compileGetTemplate(node, frame, false, node.ignoreMissing);
        this._emitLine("callback(null," + id + ");});");
        this._emitLine("});");
        var id2 = this._tmpid();
        this._emitLine("tasks.push(");
        this._emitLine("function(template, callback){");
        this._emitLine("template.render(context.getVariables(), frame, " + this._makeCallback(id2));
        this._emitLine("callback(null," + id2 + ");});");
        this._emitLine("});");
        this._emitLine("tasks.push(");
        this._emitLine("function(result, callback){");
        this._emitLine(this.buffer + " += result;");
        this._emitLine("callback(null);");
        this._emitLine("});");
        this._emitLine("env.waterfall(tasks, function(){");
        this._addScopeLevel();
      };
      _proto.compileTemplateData = function compileTemplateData(node, frame) {
        this.compileLiteral(node, frame);
      };
      _proto.compileCapture = function compileCapture(node, frame) {
        var _this14 = this;
        var buffer = this.buffer;
        this.buffer = "output";
        this._emitLine("(function() {");
        this._emitLine('var output = "";');
        this._withScopedSyntax(function() {
          _this14.compile(node.body, frame);
        });
        this._emitLine("return output;");
        this._emitLine("})()");
        this.buffer = buffer;
      };
      _proto.compileOutput = function compileOutput(node, frame) {
        var _this15 = this;
        var children = node.children;
        children.forEach(function(child) {
          if (child instanceof nodes.TemplateData) {
            if (child.value) {
              _this15._emit(_this15.buffer + " += ");
              _this15.compileLiteral(child, frame);
              _this15._emitLine(";");
            }
          } else {
            _this15._emit(_this15.buffer + " += runtime.suppressValue(");
            if (_this15.throwOnUndefined) {
              _this15._emit("runtime.ensureDefined(");
            }
            _this15.compile(child, frame);
            if (_this15.throwOnUndefined) {
              _this15._emit("," + node.lineno + "," + node.colno + ")");
            }
            _this15._emit(", env.opts.autoescape);\n");
          }
        });
      };
      _proto.compileRoot = function compileRoot(node, frame) {
        var _this16 = this;
        if (frame) {
          this.fail("compileRoot: root node can't have frame");
        }
        frame = new Frame();
        this._emitFuncBegin(node, "root");
        this._emitLine("var parentTemplate = null;");
        this._compileChildren(node, frame);
        this._emitLine("if(parentTemplate) {");
        this._emitLine("parentTemplate.rootRenderFunc(env, context, frame, runtime, cb);");
        this._emitLine("} else {");
        this._emitLine("cb(null, " + this.buffer + ");");
        this._emitLine("}");
        this._emitFuncEnd(true);
        this.inBlock = true;
        var blockNames = [];
        var blocks = node.findAll(nodes.Block);
        blocks.forEach(function(block, i) {
          var name = block.name.value;
          if (blockNames.indexOf(name) !== -1) {
            throw new Error('Block "' + name + '" defined more than once.');
          }
          blockNames.push(name);
          _this16._emitFuncBegin(block, "b_" + name);
          var tmpFrame = new Frame();
          _this16._emitLine("var frame = frame.push(true);");
          _this16.compile(block.body, tmpFrame);
          _this16._emitFuncEnd();
        });
        this._emitLine("return {");
        blocks.forEach(function(block, i) {
          var blockName = "b_" + block.name.value;
          _this16._emitLine(blockName + ": " + blockName + ",");
        });
        this._emitLine("root: root\n};");
      };
      _proto.compile = function compile(node, frame) {
        var _compile = this["compile" + node.typename];
        if (_compile) {
          _compile.call(this, node, frame);
        } else {
          this.fail("compile: Cannot compile node: " + node.typename, node.lineno, node.colno);
        }
      };
      _proto.getCode = function getCode() {
        return this.codebuf.join("");
      };
      return Compiler2;
    })(Obj);
    module.exports = {
      compile: function compile(src, asyncFilters, extensions, name, opts) {
        if (opts === void 0) {
          opts = {};
        }
        var c = new Compiler(name, opts.throwOnUndefined);
        var preprocessors = (extensions || []).map(function(ext) {
          return ext.preprocess;
        }).filter(function(f) {
          return !!f;
        });
        var processedSrc = preprocessors.reduce(function(s, processor) {
          return processor(s);
        }, src);
        c.compile(transformer.transform(parser.parse(processedSrc, extensions, opts), asyncFilters, name));
        return c.getCode();
      },
      Compiler
    };
  }
});

// node_modules/nunjucks/src/filters.js
var require_filters = __commonJS({
  "node_modules/nunjucks/src/filters.js"(exports, module) {
    "use strict";
    var lib = require_lib();
    var r = require_runtime();
    var _exports = module.exports = {};
    function normalize(value, defaultValue) {
      if (value === null || value === void 0 || value === false) {
        return defaultValue;
      }
      return value;
    }
    _exports.abs = Math.abs;
    function isNaN(num) {
      return num !== num;
    }
    function batch(arr, linecount, fillWith) {
      var i;
      var res = [];
      var tmp = [];
      for (i = 0; i < arr.length; i++) {
        if (i % linecount === 0 && tmp.length) {
          res.push(tmp);
          tmp = [];
        }
        tmp.push(arr[i]);
      }
      if (tmp.length) {
        if (fillWith) {
          for (i = tmp.length; i < linecount; i++) {
            tmp.push(fillWith);
          }
        }
        res.push(tmp);
      }
      return res;
    }
    _exports.batch = batch;
    function capitalize(str2) {
      str2 = normalize(str2, "");
      var ret = str2.toLowerCase();
      return r.copySafeness(str2, ret.charAt(0).toUpperCase() + ret.slice(1));
    }
    _exports.capitalize = capitalize;
    function center(str2, width) {
      str2 = normalize(str2, "");
      width = width || 80;
      if (str2.length >= width) {
        return str2;
      }
      var spaces = width - str2.length;
      var pre = lib.repeat(" ", spaces / 2 - spaces % 2);
      var post = lib.repeat(" ", spaces / 2);
      return r.copySafeness(str2, pre + str2 + post);
    }
    _exports.center = center;
    function default_(val, def, bool) {
      if (bool) {
        return val || def;
      } else {
        return val !== void 0 ? val : def;
      }
    }
    _exports["default"] = default_;
    function dictsort(val, caseSensitive, by) {
      if (!lib.isObject(val)) {
        throw new lib.TemplateError("dictsort filter: val must be an object");
      }
      var array = [];
      for (var k in val) {
        array.push([k, val[k]]);
      }
      var si;
      if (by === void 0 || by === "key") {
        si = 0;
      } else if (by === "value") {
        si = 1;
      } else {
        throw new lib.TemplateError("dictsort filter: You can only sort by either key or value");
      }
      array.sort(function(t1, t2) {
        var a = t1[si];
        var b = t2[si];
        if (!caseSensitive) {
          if (lib.isString(a)) {
            a = a.toUpperCase();
          }
          if (lib.isString(b)) {
            b = b.toUpperCase();
          }
        }
        return a > b ? 1 : a === b ? 0 : -1;
      });
      return array;
    }
    _exports.dictsort = dictsort;
    function dump(obj, spaces) {
      return JSON.stringify(obj, null, spaces);
    }
    _exports.dump = dump;
    function escape(str2) {
      if (str2 instanceof r.SafeString) {
        return str2;
      }
      str2 = str2 === null || str2 === void 0 ? "" : str2;
      return r.markSafe(lib.escape(str2.toString()));
    }
    _exports.escape = escape;
    function safe(str2) {
      if (str2 instanceof r.SafeString) {
        return str2;
      }
      str2 = str2 === null || str2 === void 0 ? "" : str2;
      return r.markSafe(str2.toString());
    }
    _exports.safe = safe;
    function first(arr) {
      return arr[0];
    }
    _exports.first = first;
    function forceescape(str2) {
      str2 = str2 === null || str2 === void 0 ? "" : str2;
      return r.markSafe(lib.escape(str2.toString()));
    }
    _exports.forceescape = forceescape;
    function groupby(arr, attr) {
      return lib.groupBy(arr, attr, this.env.opts.throwOnUndefined);
    }
    _exports.groupby = groupby;
    function indent(str2, width, indentfirst) {
      str2 = normalize(str2, "");
      if (str2 === "") {
        return "";
      }
      width = width || 4;
      var lines = str2.split("\n");
      var sp = lib.repeat(" ", width);
      var res = lines.map(function(l, i) {
        return i === 0 && !indentfirst ? l : "" + sp + l;
      }).join("\n");
      return r.copySafeness(str2, res);
    }
    _exports.indent = indent;
    function join(arr, del, attr) {
      del = del || "";
      if (attr) {
        arr = lib.map(arr, function(v) {
          return v[attr];
        });
      }
      return arr.join(del);
    }
    _exports.join = join;
    function last(arr) {
      return arr[arr.length - 1];
    }
    _exports.last = last;
    function lengthFilter(val) {
      var value = normalize(val, "");
      if (value !== void 0) {
        if (typeof Map === "function" && value instanceof Map || typeof Set === "function" && value instanceof Set) {
          return value.size;
        }
        if (lib.isObject(value) && !(value instanceof r.SafeString)) {
          return lib.keys(value).length;
        }
        return value.length;
      }
      return 0;
    }
    _exports.length = lengthFilter;
    function list(val) {
      if (lib.isString(val)) {
        return val.split("");
      } else if (lib.isObject(val)) {
        return lib._entries(val || {}).map(function(_ref) {
          var key = _ref[0], value = _ref[1];
          return {
            key,
            value
          };
        });
      } else if (lib.isArray(val)) {
        return val;
      } else {
        throw new lib.TemplateError("list filter: type not iterable");
      }
    }
    _exports.list = list;
    function lower(str2) {
      str2 = normalize(str2, "");
      return str2.toLowerCase();
    }
    _exports.lower = lower;
    function nl2br(str2) {
      if (str2 === null || str2 === void 0) {
        return "";
      }
      return r.copySafeness(str2, str2.replace(/\r\n|\n/g, "<br />\n"));
    }
    _exports.nl2br = nl2br;
    function random(arr) {
      return arr[Math.floor(Math.random() * arr.length)];
    }
    _exports.random = random;
    function getSelectOrReject(expectedTestResult) {
      function filter(arr, testName, secondArg) {
        if (testName === void 0) {
          testName = "truthy";
        }
        var context = this;
        var test = context.env.getTest(testName);
        return lib.toArray(arr).filter(function examineTestResult(item) {
          return test.call(context, item, secondArg) === expectedTestResult;
        });
      }
      return filter;
    }
    _exports.reject = getSelectOrReject(false);
    function rejectattr(arr, attr) {
      return arr.filter(function(item) {
        return !item[attr];
      });
    }
    _exports.rejectattr = rejectattr;
    _exports.select = getSelectOrReject(true);
    function selectattr(arr, attr) {
      return arr.filter(function(item) {
        return !!item[attr];
      });
    }
    _exports.selectattr = selectattr;
    function replace(str2, old, new_, maxCount) {
      var originalStr = str2;
      if (old instanceof RegExp) {
        return str2.replace(old, new_);
      }
      if (typeof maxCount === "undefined") {
        maxCount = -1;
      }
      var res = "";
      if (typeof old === "number") {
        old = "" + old;
      } else if (typeof old !== "string") {
        return str2;
      }
      if (typeof str2 === "number") {
        str2 = "" + str2;
      }
      if (typeof str2 !== "string" && !(str2 instanceof r.SafeString)) {
        return str2;
      }
      if (old === "") {
        res = new_ + str2.split("").join(new_) + new_;
        return r.copySafeness(str2, res);
      }
      var nextIndex = str2.indexOf(old);
      if (maxCount === 0 || nextIndex === -1) {
        return str2;
      }
      var pos = 0;
      var count = 0;
      while (nextIndex > -1 && (maxCount === -1 || count < maxCount)) {
        res += str2.substring(pos, nextIndex) + new_;
        pos = nextIndex + old.length;
        count++;
        nextIndex = str2.indexOf(old, pos);
      }
      if (pos < str2.length) {
        res += str2.substring(pos);
      }
      return r.copySafeness(originalStr, res);
    }
    _exports.replace = replace;
    function reverse(val) {
      var arr;
      if (lib.isString(val)) {
        arr = list(val);
      } else {
        arr = lib.map(val, function(v) {
          return v;
        });
      }
      arr.reverse();
      if (lib.isString(val)) {
        return r.copySafeness(val, arr.join(""));
      }
      return arr;
    }
    _exports.reverse = reverse;
    function round(val, precision, method) {
      precision = precision || 0;
      var factor = Math.pow(10, precision);
      var rounder;
      if (method === "ceil") {
        rounder = Math.ceil;
      } else if (method === "floor") {
        rounder = Math.floor;
      } else {
        rounder = Math.round;
      }
      return rounder(val * factor) / factor;
    }
    _exports.round = round;
    function slice(arr, slices, fillWith) {
      var sliceLength = Math.floor(arr.length / slices);
      var extra = arr.length % slices;
      var res = [];
      var offset = 0;
      for (var i = 0; i < slices; i++) {
        var start = offset + i * sliceLength;
        if (i < extra) {
          offset++;
        }
        var end = offset + (i + 1) * sliceLength;
        var currSlice = arr.slice(start, end);
        if (fillWith && i >= extra) {
          currSlice.push(fillWith);
        }
        res.push(currSlice);
      }
      return res;
    }
    _exports.slice = slice;
    function sum(arr, attr, start) {
      if (start === void 0) {
        start = 0;
      }
      if (attr) {
        arr = lib.map(arr, function(v) {
          return v[attr];
        });
      }
      return start + arr.reduce(function(a, b) {
        return a + b;
      }, 0);
    }
    _exports.sum = sum;
    _exports.sort = r.makeMacro(["value", "reverse", "case_sensitive", "attribute"], [], function sortFilter(arr, reversed, caseSens, attr) {
      var _this = this;
      var array = lib.map(arr, function(v) {
        return v;
      });
      var getAttribute = lib.getAttrGetter(attr);
      array.sort(function(a, b) {
        var x = attr ? getAttribute(a) : a;
        var y = attr ? getAttribute(b) : b;
        if (_this.env.opts.throwOnUndefined && attr && (x === void 0 || y === void 0)) {
          throw new TypeError('sort: attribute "' + attr + '" resolved to undefined');
        }
        if (!caseSens && lib.isString(x) && lib.isString(y)) {
          x = x.toLowerCase();
          y = y.toLowerCase();
        }
        if (x < y) {
          return reversed ? 1 : -1;
        } else if (x > y) {
          return reversed ? -1 : 1;
        } else {
          return 0;
        }
      });
      return array;
    });
    function string(obj) {
      return r.copySafeness(obj, obj);
    }
    _exports.string = string;
    function striptags(input, preserveLinebreaks) {
      input = normalize(input, "");
      var tags = /<\/?([a-z][a-z0-9]*)\b[^>]*>|<!--[\s\S]*?-->/gi;
      var trimmedInput = trim(input.replace(tags, ""));
      var res = "";
      if (preserveLinebreaks) {
        res = trimmedInput.replace(/^ +| +$/gm, "").replace(/ +/g, " ").replace(/(\r\n)/g, "\n").replace(/\n\n\n+/g, "\n\n");
      } else {
        res = trimmedInput.replace(/\s+/gi, " ");
      }
      return r.copySafeness(input, res);
    }
    _exports.striptags = striptags;
    function title(str2) {
      str2 = normalize(str2, "");
      var words = str2.split(" ").map(function(word) {
        return capitalize(word);
      });
      return r.copySafeness(str2, words.join(" "));
    }
    _exports.title = title;
    function trim(str2) {
      return r.copySafeness(str2, str2.replace(/^\s*|\s*$/g, ""));
    }
    _exports.trim = trim;
    function truncate(input, length, killwords, end) {
      var orig = input;
      input = normalize(input, "");
      length = length || 255;
      if (input.length <= length) {
        return input;
      }
      if (killwords) {
        input = input.substring(0, length);
      } else {
        var idx = input.lastIndexOf(" ", length);
        if (idx === -1) {
          idx = length;
        }
        input = input.substring(0, idx);
      }
      input += end !== void 0 && end !== null ? end : "...";
      return r.copySafeness(orig, input);
    }
    _exports.truncate = truncate;
    function upper(str2) {
      str2 = normalize(str2, "");
      return str2.toUpperCase();
    }
    _exports.upper = upper;
    function urlencode(obj) {
      var enc = encodeURIComponent;
      if (lib.isString(obj)) {
        return enc(obj);
      } else {
        var keyvals = lib.isArray(obj) ? obj : lib._entries(obj);
        return keyvals.map(function(_ref2) {
          var k = _ref2[0], v = _ref2[1];
          return enc(k) + "=" + enc(v);
        }).join("&");
      }
    }
    _exports.urlencode = urlencode;
    var puncRe = /^(?:\(|<|&lt;)?(.*?)(?:\.|,|\)|\n|&gt;)?$/;
    var emailRe = /^[\w.!#$%&'*+\-\/=?\^`{|}~]+@[a-z\d\-]+(\.[a-z\d\-]+)+$/i;
    var httpHttpsRe = /^https?:\/\/.*$/;
    var wwwRe = /^www\./;
    var tldRe = /\.(?:org|net|com)(?:\:|\/|$)/;
    function urlize(str2, length, nofollow) {
      if (isNaN(length)) {
        length = Infinity;
      }
      var noFollowAttr = nofollow === true ? ' rel="nofollow"' : "";
      var words = str2.split(/(\s+)/).filter(function(word) {
        return word && word.length;
      }).map(function(word) {
        var matches = word.match(puncRe);
        var possibleUrl = matches ? matches[1] : word;
        var shortUrl = possibleUrl.substr(0, length);
        if (httpHttpsRe.test(possibleUrl)) {
          return '<a href="' + possibleUrl + '"' + noFollowAttr + ">" + shortUrl + "</a>";
        }
        if (wwwRe.test(possibleUrl)) {
          return '<a href="http://' + possibleUrl + '"' + noFollowAttr + ">" + shortUrl + "</a>";
        }
        if (emailRe.test(possibleUrl)) {
          return '<a href="mailto:' + possibleUrl + '">' + possibleUrl + "</a>";
        }
        if (tldRe.test(possibleUrl)) {
          return '<a href="http://' + possibleUrl + '"' + noFollowAttr + ">" + shortUrl + "</a>";
        }
        return word;
      });
      return words.join("");
    }
    _exports.urlize = urlize;
    function wordcount(str2) {
      str2 = normalize(str2, "");
      var words = str2 ? str2.match(/\w+/g) : null;
      return words ? words.length : null;
    }
    _exports.wordcount = wordcount;
    function float(val, def) {
      var res = parseFloat(val);
      return isNaN(res) ? def : res;
    }
    _exports.float = float;
    var intFilter = r.makeMacro(["value", "default", "base"], [], function doInt(value, defaultValue, base) {
      if (base === void 0) {
        base = 10;
      }
      var res = parseInt(value, base);
      return isNaN(res) ? defaultValue : res;
    });
    _exports.int = intFilter;
    _exports.d = _exports.default;
    _exports.e = _exports.escape;
  }
});

// node_modules/nunjucks/src/loader.js
var require_loader = __commonJS({
  "node_modules/nunjucks/src/loader.js"(exports, module) {
    "use strict";
    function _inheritsLoose(subClass, superClass) {
      subClass.prototype = Object.create(superClass.prototype);
      subClass.prototype.constructor = subClass;
      _setPrototypeOf(subClass, superClass);
    }
    function _setPrototypeOf(o, p) {
      _setPrototypeOf = Object.setPrototypeOf ? Object.setPrototypeOf.bind() : function _setPrototypeOf2(o2, p2) {
        o2.__proto__ = p2;
        return o2;
      };
      return _setPrototypeOf(o, p);
    }
    var path = __require("path");
    var _require = require_object();
    var EmitterObj = _require.EmitterObj;
    module.exports = /* @__PURE__ */ (function(_EmitterObj) {
      _inheritsLoose(Loader, _EmitterObj);
      function Loader() {
        return _EmitterObj.apply(this, arguments) || this;
      }
      var _proto = Loader.prototype;
      _proto.resolve = function resolve(from, to) {
        return path.resolve(path.dirname(from), to);
      };
      _proto.isRelative = function isRelative(filename) {
        return filename.indexOf("./") === 0 || filename.indexOf("../") === 0;
      };
      return Loader;
    })(EmitterObj);
  }
});

// node_modules/nunjucks/src/precompiled-loader.js
var require_precompiled_loader = __commonJS({
  "node_modules/nunjucks/src/precompiled-loader.js"(exports, module) {
    "use strict";
    function _inheritsLoose(subClass, superClass) {
      subClass.prototype = Object.create(superClass.prototype);
      subClass.prototype.constructor = subClass;
      _setPrototypeOf(subClass, superClass);
    }
    function _setPrototypeOf(o, p) {
      _setPrototypeOf = Object.setPrototypeOf ? Object.setPrototypeOf.bind() : function _setPrototypeOf2(o2, p2) {
        o2.__proto__ = p2;
        return o2;
      };
      return _setPrototypeOf(o, p);
    }
    var Loader = require_loader();
    var PrecompiledLoader = /* @__PURE__ */ (function(_Loader) {
      _inheritsLoose(PrecompiledLoader2, _Loader);
      function PrecompiledLoader2(compiledTemplates) {
        var _this;
        _this = _Loader.call(this) || this;
        _this.precompiled = compiledTemplates || {};
        return _this;
      }
      var _proto = PrecompiledLoader2.prototype;
      _proto.getSource = function getSource(name) {
        if (this.precompiled[name]) {
          return {
            src: {
              type: "code",
              obj: this.precompiled[name]
            },
            path: name
          };
        }
        return null;
      };
      return PrecompiledLoader2;
    })(Loader);
    module.exports = {
      PrecompiledLoader
    };
  }
});

// node_modules/nunjucks/src/node-loaders.js
var require_node_loaders = __commonJS({
  "node_modules/nunjucks/src/node-loaders.js"(exports, module) {
    "use strict";
    function _inheritsLoose(subClass, superClass) {
      subClass.prototype = Object.create(superClass.prototype);
      subClass.prototype.constructor = subClass;
      _setPrototypeOf(subClass, superClass);
    }
    function _setPrototypeOf(o, p) {
      _setPrototypeOf = Object.setPrototypeOf ? Object.setPrototypeOf.bind() : function _setPrototypeOf2(o2, p2) {
        o2.__proto__ = p2;
        return o2;
      };
      return _setPrototypeOf(o, p);
    }
    var fs = __require("fs");
    var path = __require("path");
    var Loader = require_loader();
    var _require = require_precompiled_loader();
    var PrecompiledLoader = _require.PrecompiledLoader;
    var chokidar;
    var FileSystemLoader = /* @__PURE__ */ (function(_Loader) {
      _inheritsLoose(FileSystemLoader2, _Loader);
      function FileSystemLoader2(searchPaths, opts) {
        var _this;
        _this = _Loader.call(this) || this;
        if (typeof opts === "boolean") {
          console.log("[nunjucks] Warning: you passed a boolean as the second argument to FileSystemLoader, but it now takes an options object. See http://mozilla.github.io/nunjucks/api.html#filesystemloader");
        }
        opts = opts || {};
        _this.pathsToNames = {};
        _this.noCache = !!opts.noCache;
        if (searchPaths) {
          searchPaths = Array.isArray(searchPaths) ? searchPaths : [searchPaths];
          _this.searchPaths = searchPaths.map(path.normalize);
        } else {
          _this.searchPaths = ["."];
        }
        if (opts.watch) {
          try {
            chokidar = __require("chokidar");
          } catch (e) {
            throw new Error("watch requires chokidar to be installed");
          }
          var paths = _this.searchPaths.filter(fs.existsSync);
          var watcher = chokidar.watch(paths);
          watcher.on("all", function(event, fullname) {
            fullname = path.resolve(fullname);
            if (event === "change" && fullname in _this.pathsToNames) {
              _this.emit("update", _this.pathsToNames[fullname], fullname);
            }
          });
          watcher.on("error", function(error) {
            console.log("Watcher error: " + error);
          });
        }
        return _this;
      }
      var _proto = FileSystemLoader2.prototype;
      _proto.getSource = function getSource(name) {
        var fullpath = null;
        var paths = this.searchPaths;
        for (var i = 0; i < paths.length; i++) {
          var basePath = path.resolve(paths[i]);
          var p = path.resolve(paths[i], name);
          if (p.indexOf(basePath) === 0 && fs.existsSync(p)) {
            fullpath = p;
            break;
          }
        }
        if (!fullpath) {
          return null;
        }
        this.pathsToNames[fullpath] = name;
        var source = {
          src: fs.readFileSync(fullpath, "utf-8"),
          path: fullpath,
          noCache: this.noCache
        };
        this.emit("load", name, source);
        return source;
      };
      return FileSystemLoader2;
    })(Loader);
    var NodeResolveLoader = /* @__PURE__ */ (function(_Loader2) {
      _inheritsLoose(NodeResolveLoader2, _Loader2);
      function NodeResolveLoader2(opts) {
        var _this2;
        _this2 = _Loader2.call(this) || this;
        opts = opts || {};
        _this2.pathsToNames = {};
        _this2.noCache = !!opts.noCache;
        if (opts.watch) {
          try {
            chokidar = __require("chokidar");
          } catch (e) {
            throw new Error("watch requires chokidar to be installed");
          }
          _this2.watcher = chokidar.watch();
          _this2.watcher.on("change", function(fullname) {
            _this2.emit("update", _this2.pathsToNames[fullname], fullname);
          });
          _this2.watcher.on("error", function(error) {
            console.log("Watcher error: " + error);
          });
          _this2.on("load", function(name, source) {
            _this2.watcher.add(source.path);
          });
        }
        return _this2;
      }
      var _proto2 = NodeResolveLoader2.prototype;
      _proto2.getSource = function getSource(name) {
        if (/^\.?\.?(\/|\\)/.test(name)) {
          return null;
        }
        if (/^[A-Z]:/.test(name)) {
          return null;
        }
        var fullpath;
        try {
          fullpath = __require.resolve(name);
        } catch (e) {
          return null;
        }
        this.pathsToNames[fullpath] = name;
        var source = {
          src: fs.readFileSync(fullpath, "utf-8"),
          path: fullpath,
          noCache: this.noCache
        };
        this.emit("load", name, source);
        return source;
      };
      return NodeResolveLoader2;
    })(Loader);
    module.exports = {
      FileSystemLoader,
      PrecompiledLoader,
      NodeResolveLoader
    };
  }
});

// node_modules/nunjucks/src/loaders.js
var require_loaders = __commonJS({
  "node_modules/nunjucks/src/loaders.js"(exports, module) {
    "use strict";
    module.exports = require_node_loaders();
  }
});

// node_modules/nunjucks/src/tests.js
var require_tests = __commonJS({
  "node_modules/nunjucks/src/tests.js"(exports) {
    "use strict";
    var SafeString = require_runtime().SafeString;
    function callable(value) {
      return typeof value === "function";
    }
    exports.callable = callable;
    function defined(value) {
      return value !== void 0;
    }
    exports.defined = defined;
    function divisibleby(one, two) {
      return one % two === 0;
    }
    exports.divisibleby = divisibleby;
    function escaped(value) {
      return value instanceof SafeString;
    }
    exports.escaped = escaped;
    function equalto(one, two) {
      return one === two;
    }
    exports.equalto = equalto;
    exports.eq = exports.equalto;
    exports.sameas = exports.equalto;
    function even(value) {
      return value % 2 === 0;
    }
    exports.even = even;
    function falsy(value) {
      return !value;
    }
    exports.falsy = falsy;
    function ge(one, two) {
      return one >= two;
    }
    exports.ge = ge;
    function greaterthan(one, two) {
      return one > two;
    }
    exports.greaterthan = greaterthan;
    exports.gt = exports.greaterthan;
    function le(one, two) {
      return one <= two;
    }
    exports.le = le;
    function lessthan(one, two) {
      return one < two;
    }
    exports.lessthan = lessthan;
    exports.lt = exports.lessthan;
    function lower(value) {
      return value.toLowerCase() === value;
    }
    exports.lower = lower;
    function ne(one, two) {
      return one !== two;
    }
    exports.ne = ne;
    function nullTest(value) {
      return value === null;
    }
    exports.null = nullTest;
    function number(value) {
      return typeof value === "number";
    }
    exports.number = number;
    function odd(value) {
      return value % 2 === 1;
    }
    exports.odd = odd;
    function string(value) {
      return typeof value === "string";
    }
    exports.string = string;
    function truthy(value) {
      return !!value;
    }
    exports.truthy = truthy;
    function undefinedTest(value) {
      return value === void 0;
    }
    exports.undefined = undefinedTest;
    function upper(value) {
      return value.toUpperCase() === value;
    }
    exports.upper = upper;
    function iterable(value) {
      if (typeof Symbol !== "undefined") {
        return !!value[Symbol.iterator];
      } else {
        return Array.isArray(value) || typeof value === "string";
      }
    }
    exports.iterable = iterable;
    function mapping(value) {
      var bool = value !== null && value !== void 0 && typeof value === "object" && !Array.isArray(value);
      if (Set) {
        return bool && !(value instanceof Set);
      } else {
        return bool;
      }
    }
    exports.mapping = mapping;
  }
});

// node_modules/nunjucks/src/globals.js
var require_globals = __commonJS({
  "node_modules/nunjucks/src/globals.js"(exports, module) {
    "use strict";
    function _cycler(items) {
      var index = -1;
      return {
        current: null,
        reset: function reset() {
          index = -1;
          this.current = null;
        },
        next: function next() {
          index++;
          if (index >= items.length) {
            index = 0;
          }
          this.current = items[index];
          return this.current;
        }
      };
    }
    function _joiner(sep) {
      sep = sep || ",";
      var first = true;
      return function() {
        var val = first ? "" : sep;
        first = false;
        return val;
      };
    }
    function globals() {
      return {
        range: function range(start, stop, step) {
          if (typeof stop === "undefined") {
            stop = start;
            start = 0;
            step = 1;
          } else if (!step) {
            step = 1;
          }
          var arr = [];
          if (step > 0) {
            for (var i = start; i < stop; i += step) {
              arr.push(i);
            }
          } else {
            for (var _i = start; _i > stop; _i += step) {
              arr.push(_i);
            }
          }
          return arr;
        },
        cycler: function cycler() {
          return _cycler(Array.prototype.slice.call(arguments));
        },
        joiner: function joiner(sep) {
          return _joiner(sep);
        }
      };
    }
    module.exports = globals;
  }
});

// node_modules/nunjucks/src/express-app.js
var require_express_app = __commonJS({
  "node_modules/nunjucks/src/express-app.js"(exports, module) {
    "use strict";
    var path = __require("path");
    module.exports = function express(env, app) {
      function NunjucksView(name, opts) {
        this.name = name;
        this.path = name;
        this.defaultEngine = opts.defaultEngine;
        this.ext = path.extname(name);
        if (!this.ext && !this.defaultEngine) {
          throw new Error("No default engine was specified and no extension was provided.");
        }
        if (!this.ext) {
          this.name += this.ext = (this.defaultEngine[0] !== "." ? "." : "") + this.defaultEngine;
        }
      }
      NunjucksView.prototype.render = function render(opts, cb) {
        env.render(this.name, opts, cb);
      };
      app.set("view", NunjucksView);
      app.set("nunjucksEnv", env);
      return env;
    };
  }
});

// node_modules/nunjucks/src/environment.js
var require_environment = __commonJS({
  "node_modules/nunjucks/src/environment.js"(exports, module) {
    "use strict";
    function _inheritsLoose(subClass, superClass) {
      subClass.prototype = Object.create(superClass.prototype);
      subClass.prototype.constructor = subClass;
      _setPrototypeOf(subClass, superClass);
    }
    function _setPrototypeOf(o, p) {
      _setPrototypeOf = Object.setPrototypeOf ? Object.setPrototypeOf.bind() : function _setPrototypeOf2(o2, p2) {
        o2.__proto__ = p2;
        return o2;
      };
      return _setPrototypeOf(o, p);
    }
    var asap = require_asap();
    var _waterfall = require_a_sync_waterfall();
    var lib = require_lib();
    var compiler = require_compiler();
    var filters = require_filters();
    var _require = require_loaders();
    var FileSystemLoader = _require.FileSystemLoader;
    var WebLoader = _require.WebLoader;
    var PrecompiledLoader = _require.PrecompiledLoader;
    var tests = require_tests();
    var globals = require_globals();
    var _require2 = require_object();
    var Obj = _require2.Obj;
    var EmitterObj = _require2.EmitterObj;
    var globalRuntime = require_runtime();
    var handleError = globalRuntime.handleError;
    var Frame = globalRuntime.Frame;
    var expressApp = require_express_app();
    function callbackAsap(cb, err, res) {
      asap(function() {
        cb(err, res);
      });
    }
    var noopTmplSrc = {
      type: "code",
      obj: {
        root: function root(env, context, frame, runtime, cb) {
          try {
            cb(null, "");
          } catch (e) {
            cb(handleError(e, null, null));
          }
        }
      }
    };
    var Environment = /* @__PURE__ */ (function(_EmitterObj) {
      _inheritsLoose(Environment2, _EmitterObj);
      function Environment2() {
        return _EmitterObj.apply(this, arguments) || this;
      }
      var _proto = Environment2.prototype;
      _proto.init = function init(loaders, opts) {
        var _this = this;
        opts = this.opts = opts || {};
        this.opts.dev = !!opts.dev;
        this.opts.autoescape = opts.autoescape != null ? opts.autoescape : true;
        this.opts.throwOnUndefined = !!opts.throwOnUndefined;
        this.opts.trimBlocks = !!opts.trimBlocks;
        this.opts.lstripBlocks = !!opts.lstripBlocks;
        this.loaders = [];
        if (!loaders) {
          if (FileSystemLoader) {
            this.loaders = [new FileSystemLoader("views")];
          } else if (WebLoader) {
            this.loaders = [new WebLoader("/views")];
          }
        } else {
          this.loaders = lib.isArray(loaders) ? loaders : [loaders];
        }
        if (typeof window !== "undefined" && window.nunjucksPrecompiled) {
          this.loaders.unshift(new PrecompiledLoader(window.nunjucksPrecompiled));
        }
        this._initLoaders();
        this.globals = globals();
        this.filters = {};
        this.tests = {};
        this.asyncFilters = [];
        this.extensions = {};
        this.extensionsList = [];
        lib._entries(filters).forEach(function(_ref) {
          var name = _ref[0], filter = _ref[1];
          return _this.addFilter(name, filter);
        });
        lib._entries(tests).forEach(function(_ref2) {
          var name = _ref2[0], test = _ref2[1];
          return _this.addTest(name, test);
        });
      };
      _proto._initLoaders = function _initLoaders() {
        var _this2 = this;
        this.loaders.forEach(function(loader) {
          loader.cache = {};
          if (typeof loader.on === "function") {
            loader.on("update", function(name, fullname) {
              loader.cache[name] = null;
              _this2.emit("update", name, fullname, loader);
            });
            loader.on("load", function(name, source) {
              _this2.emit("load", name, source, loader);
            });
          }
        });
      };
      _proto.invalidateCache = function invalidateCache() {
        this.loaders.forEach(function(loader) {
          loader.cache = {};
        });
      };
      _proto.addExtension = function addExtension(name, extension) {
        extension.__name = name;
        this.extensions[name] = extension;
        this.extensionsList.push(extension);
        return this;
      };
      _proto.removeExtension = function removeExtension(name) {
        var extension = this.getExtension(name);
        if (!extension) {
          return;
        }
        this.extensionsList = lib.without(this.extensionsList, extension);
        delete this.extensions[name];
      };
      _proto.getExtension = function getExtension(name) {
        return this.extensions[name];
      };
      _proto.hasExtension = function hasExtension(name) {
        return !!this.extensions[name];
      };
      _proto.addGlobal = function addGlobal(name, value) {
        this.globals[name] = value;
        return this;
      };
      _proto.getGlobal = function getGlobal(name) {
        if (typeof this.globals[name] === "undefined") {
          throw new Error("global not found: " + name);
        }
        return this.globals[name];
      };
      _proto.addFilter = function addFilter(name, func, async) {
        var wrapped = func;
        if (async) {
          this.asyncFilters.push(name);
        }
        this.filters[name] = wrapped;
        return this;
      };
      _proto.getFilter = function getFilter(name) {
        if (!this.filters[name]) {
          throw new Error("filter not found: " + name);
        }
        return this.filters[name];
      };
      _proto.addTest = function addTest(name, func) {
        this.tests[name] = func;
        return this;
      };
      _proto.getTest = function getTest(name) {
        if (!this.tests[name]) {
          throw new Error("test not found: " + name);
        }
        return this.tests[name];
      };
      _proto.resolveTemplate = function resolveTemplate(loader, parentName, filename) {
        var isRelative = loader.isRelative && parentName ? loader.isRelative(filename) : false;
        return isRelative && loader.resolve ? loader.resolve(parentName, filename) : filename;
      };
      _proto.getTemplate = function getTemplate(name, eagerCompile, parentName, ignoreMissing, cb) {
        var _this3 = this;
        var that = this;
        var tmpl = null;
        if (name && name.raw) {
          name = name.raw;
        }
        if (lib.isFunction(parentName)) {
          cb = parentName;
          parentName = null;
          eagerCompile = eagerCompile || false;
        }
        if (lib.isFunction(eagerCompile)) {
          cb = eagerCompile;
          eagerCompile = false;
        }
        if (name instanceof Template) {
          tmpl = name;
        } else if (typeof name !== "string") {
          throw new Error("template names must be a string: " + name);
        } else {
          for (var i = 0; i < this.loaders.length; i++) {
            var loader = this.loaders[i];
            tmpl = loader.cache[this.resolveTemplate(loader, parentName, name)];
            if (tmpl) {
              break;
            }
          }
        }
        if (tmpl) {
          if (eagerCompile) {
            tmpl.compile();
          }
          if (cb) {
            cb(null, tmpl);
            return void 0;
          } else {
            return tmpl;
          }
        }
        var syncResult;
        var createTemplate = function createTemplate2(err, info) {
          if (!info && !err && !ignoreMissing) {
            err = new Error("template not found: " + name);
          }
          if (err) {
            if (cb) {
              cb(err);
              return;
            } else {
              throw err;
            }
          }
          var newTmpl;
          if (!info) {
            newTmpl = new Template(noopTmplSrc, _this3, "", eagerCompile);
          } else {
            newTmpl = new Template(info.src, _this3, info.path, eagerCompile);
            if (!info.noCache) {
              info.loader.cache[name] = newTmpl;
            }
          }
          if (cb) {
            cb(null, newTmpl);
          } else {
            syncResult = newTmpl;
          }
        };
        lib.asyncIter(this.loaders, function(loader2, i2, next, done) {
          function handle(err, src) {
            if (err) {
              done(err);
            } else if (src) {
              src.loader = loader2;
              done(null, src);
            } else {
              next();
            }
          }
          name = that.resolveTemplate(loader2, parentName, name);
          if (loader2.async) {
            loader2.getSource(name, handle);
          } else {
            handle(null, loader2.getSource(name));
          }
        }, createTemplate);
        return syncResult;
      };
      _proto.express = function express(app) {
        return expressApp(this, app);
      };
      _proto.render = function render(name, ctx, cb) {
        if (lib.isFunction(ctx)) {
          cb = ctx;
          ctx = null;
        }
        var syncResult = null;
        this.getTemplate(name, function(err, tmpl) {
          if (err && cb) {
            callbackAsap(cb, err);
          } else if (err) {
            throw err;
          } else {
            syncResult = tmpl.render(ctx, cb);
          }
        });
        return syncResult;
      };
      _proto.renderString = function renderString(src, ctx, opts, cb) {
        if (lib.isFunction(opts)) {
          cb = opts;
          opts = {};
        }
        opts = opts || {};
        var tmpl = new Template(src, this, opts.path);
        return tmpl.render(ctx, cb);
      };
      _proto.waterfall = function waterfall(tasks, callback, forceAsync) {
        return _waterfall(tasks, callback, forceAsync);
      };
      return Environment2;
    })(EmitterObj);
    var Context = /* @__PURE__ */ (function(_Obj) {
      _inheritsLoose(Context2, _Obj);
      function Context2() {
        return _Obj.apply(this, arguments) || this;
      }
      var _proto2 = Context2.prototype;
      _proto2.init = function init(ctx, blocks, env) {
        var _this4 = this;
        this.env = env || new Environment();
        this.ctx = lib.extend({}, ctx);
        this.blocks = {};
        this.exported = [];
        lib.keys(blocks).forEach(function(name) {
          _this4.addBlock(name, blocks[name]);
        });
      };
      _proto2.lookup = function lookup(name) {
        if (name in this.env.globals && !(name in this.ctx)) {
          return this.env.globals[name];
        } else {
          return this.ctx[name];
        }
      };
      _proto2.setVariable = function setVariable(name, val) {
        this.ctx[name] = val;
      };
      _proto2.getVariables = function getVariables() {
        return this.ctx;
      };
      _proto2.addBlock = function addBlock(name, block) {
        this.blocks[name] = this.blocks[name] || [];
        this.blocks[name].push(block);
        return this;
      };
      _proto2.getBlock = function getBlock(name) {
        if (!this.blocks[name]) {
          throw new Error('unknown block "' + name + '"');
        }
        return this.blocks[name][0];
      };
      _proto2.getSuper = function getSuper(env, name, block, frame, runtime, cb) {
        var idx = lib.indexOf(this.blocks[name] || [], block);
        var blk = this.blocks[name][idx + 1];
        var context = this;
        if (idx === -1 || !blk) {
          throw new Error('no super block available for "' + name + '"');
        }
        blk(env, context, frame, runtime, cb);
      };
      _proto2.addExport = function addExport(name) {
        this.exported.push(name);
      };
      _proto2.getExported = function getExported() {
        var _this5 = this;
        var exported = {};
        this.exported.forEach(function(name) {
          exported[name] = _this5.ctx[name];
        });
        return exported;
      };
      return Context2;
    })(Obj);
    var Template = /* @__PURE__ */ (function(_Obj2) {
      _inheritsLoose(Template2, _Obj2);
      function Template2() {
        return _Obj2.apply(this, arguments) || this;
      }
      var _proto3 = Template2.prototype;
      _proto3.init = function init(src, env, path, eagerCompile) {
        this.env = env || new Environment();
        if (lib.isObject(src)) {
          switch (src.type) {
            case "code":
              this.tmplProps = src.obj;
              break;
            case "string":
              this.tmplStr = src.obj;
              break;
            default:
              throw new Error("Unexpected template object type " + src.type + "; expected 'code', or 'string'");
          }
        } else if (lib.isString(src)) {
          this.tmplStr = src;
        } else {
          throw new Error("src must be a string or an object describing the source");
        }
        this.path = path;
        if (eagerCompile) {
          try {
            this._compile();
          } catch (err) {
            throw lib._prettifyError(this.path, this.env.opts.dev, err);
          }
        } else {
          this.compiled = false;
        }
      };
      _proto3.render = function render(ctx, parentFrame, cb) {
        var _this6 = this;
        if (typeof ctx === "function") {
          cb = ctx;
          ctx = {};
        } else if (typeof parentFrame === "function") {
          cb = parentFrame;
          parentFrame = null;
        }
        var forceAsync = !parentFrame;
        try {
          this.compile();
        } catch (e) {
          var err = lib._prettifyError(this.path, this.env.opts.dev, e);
          if (cb) {
            return callbackAsap(cb, err);
          } else {
            throw err;
          }
        }
        var context = new Context(ctx || {}, this.blocks, this.env);
        var frame = parentFrame ? parentFrame.push(true) : new Frame();
        frame.topLevel = true;
        var syncResult = null;
        var didError = false;
        this.rootRenderFunc(this.env, context, frame, globalRuntime, function(err2, res) {
          if (didError && cb && typeof res !== "undefined") {
            return;
          }
          if (err2) {
            err2 = lib._prettifyError(_this6.path, _this6.env.opts.dev, err2);
            didError = true;
          }
          if (cb) {
            if (forceAsync) {
              callbackAsap(cb, err2, res);
            } else {
              cb(err2, res);
            }
          } else {
            if (err2) {
              throw err2;
            }
            syncResult = res;
          }
        });
        return syncResult;
      };
      _proto3.getExported = function getExported(ctx, parentFrame, cb) {
        if (typeof ctx === "function") {
          cb = ctx;
          ctx = {};
        }
        if (typeof parentFrame === "function") {
          cb = parentFrame;
          parentFrame = null;
        }
        try {
          this.compile();
        } catch (e) {
          if (cb) {
            return cb(e);
          } else {
            throw e;
          }
        }
        var frame = parentFrame ? parentFrame.push() : new Frame();
        frame.topLevel = true;
        var context = new Context(ctx || {}, this.blocks, this.env);
        this.rootRenderFunc(this.env, context, frame, globalRuntime, function(err) {
          if (err) {
            cb(err, null);
          } else {
            cb(null, context.getExported());
          }
        });
      };
      _proto3.compile = function compile() {
        if (!this.compiled) {
          this._compile();
        }
      };
      _proto3._compile = function _compile() {
        var props;
        if (this.tmplProps) {
          props = this.tmplProps;
        } else {
          var source = compiler.compile(this.tmplStr, this.env.asyncFilters, this.env.extensionsList, this.path, this.env.opts);
          var func = new Function(source);
          props = func();
        }
        this.blocks = this._getBlocks(props);
        this.rootRenderFunc = props.root;
        this.compiled = true;
      };
      _proto3._getBlocks = function _getBlocks(props) {
        var blocks = {};
        lib.keys(props).forEach(function(k) {
          if (k.slice(0, 2) === "b_") {
            blocks[k.slice(2)] = props[k];
          }
        });
        return blocks;
      };
      return Template2;
    })(Obj);
    module.exports = {
      Environment,
      Template
    };
  }
});

// node_modules/nunjucks/src/precompile-global.js
var require_precompile_global = __commonJS({
  "node_modules/nunjucks/src/precompile-global.js"(exports, module) {
    "use strict";
    function precompileGlobal(templates, opts) {
      var out = "";
      opts = opts || {};
      for (var i = 0; i < templates.length; i++) {
        var name = JSON.stringify(templates[i].name);
        var template = templates[i].template;
        out += "(function() {(window.nunjucksPrecompiled = window.nunjucksPrecompiled || {})[" + name + "] = (function() {\n" + template + "\n})();\n";
        if (opts.asFunction) {
          out += "return function(ctx, cb) { return nunjucks.render(" + name + ", ctx, cb); }\n";
        }
        out += "})();\n";
      }
      return out;
    }
    module.exports = precompileGlobal;
  }
});

// node_modules/nunjucks/src/precompile.js
var require_precompile = __commonJS({
  "node_modules/nunjucks/src/precompile.js"(exports, module) {
    "use strict";
    var fs = __require("fs");
    var path = __require("path");
    var _require = require_lib();
    var _prettifyError = _require._prettifyError;
    var compiler = require_compiler();
    var _require2 = require_environment();
    var Environment = _require2.Environment;
    var precompileGlobal = require_precompile_global();
    function match(filename, patterns) {
      if (!Array.isArray(patterns)) {
        return false;
      }
      return patterns.some(function(pattern) {
        return filename.match(pattern);
      });
    }
    function precompileString(str2, opts) {
      opts = opts || {};
      opts.isString = true;
      var env = opts.env || new Environment([]);
      var wrapper = opts.wrapper || precompileGlobal;
      if (!opts.name) {
        throw new Error('the "name" option is required when compiling a string');
      }
      return wrapper([_precompile(str2, opts.name, env)], opts);
    }
    function precompile(input, opts) {
      opts = opts || {};
      var env = opts.env || new Environment([]);
      var wrapper = opts.wrapper || precompileGlobal;
      if (opts.isString) {
        return precompileString(input, opts);
      }
      var pathStats = fs.existsSync(input) && fs.statSync(input);
      var precompiled = [];
      var templates = [];
      function addTemplates(dir) {
        fs.readdirSync(dir).forEach(function(file) {
          var filepath = path.join(dir, file);
          var subpath = filepath.substr(path.join(input, "/").length);
          var stat = fs.statSync(filepath);
          if (stat && stat.isDirectory()) {
            subpath += "/";
            if (!match(subpath, opts.exclude)) {
              addTemplates(filepath);
            }
          } else if (match(subpath, opts.include)) {
            templates.push(filepath);
          }
        });
      }
      if (pathStats.isFile()) {
        precompiled.push(_precompile(fs.readFileSync(input, "utf-8"), opts.name || input, env));
      } else if (pathStats.isDirectory()) {
        addTemplates(input);
        for (var i = 0; i < templates.length; i++) {
          var name = templates[i].replace(path.join(input, "/"), "");
          try {
            precompiled.push(_precompile(fs.readFileSync(templates[i], "utf-8"), name, env));
          } catch (e) {
            if (opts.force) {
              console.error(e);
            } else {
              throw e;
            }
          }
        }
      }
      return wrapper(precompiled, opts);
    }
    function _precompile(str2, name, env) {
      env = env || new Environment([]);
      var asyncFilters = env.asyncFilters;
      var extensions = env.extensionsList;
      var template;
      name = name.replace(/\\/g, "/");
      try {
        template = compiler.compile(str2, asyncFilters, extensions, name, env.opts);
      } catch (err) {
        throw _prettifyError(name, false, err);
      }
      return {
        name,
        template
      };
    }
    module.exports = {
      precompile,
      precompileString
    };
  }
});

// node_modules/nunjucks/src/jinja-compat.js
var require_jinja_compat = __commonJS({
  "node_modules/nunjucks/src/jinja-compat.js"(exports, module) {
    "use strict";
    function installCompat2() {
      "use strict";
      var runtime = this.runtime;
      var lib = this.lib;
      var Compiler = this.compiler.Compiler;
      var Parser = this.parser.Parser;
      var nodes = this.nodes;
      var lexer = this.lexer;
      var orig_contextOrFrameLookup = runtime.contextOrFrameLookup;
      var orig_memberLookup = runtime.memberLookup;
      var orig_Compiler_assertType;
      var orig_Parser_parseAggregate;
      if (Compiler) {
        orig_Compiler_assertType = Compiler.prototype.assertType;
      }
      if (Parser) {
        orig_Parser_parseAggregate = Parser.prototype.parseAggregate;
      }
      function uninstall() {
        runtime.contextOrFrameLookup = orig_contextOrFrameLookup;
        runtime.memberLookup = orig_memberLookup;
        if (Compiler) {
          Compiler.prototype.assertType = orig_Compiler_assertType;
        }
        if (Parser) {
          Parser.prototype.parseAggregate = orig_Parser_parseAggregate;
        }
      }
      runtime.contextOrFrameLookup = function contextOrFrameLookup(context, frame, key) {
        var val = orig_contextOrFrameLookup.apply(this, arguments);
        if (val !== void 0) {
          return val;
        }
        switch (key) {
          case "True":
            return true;
          case "False":
            return false;
          case "None":
            return null;
          default:
            return void 0;
        }
      };
      function getTokensState(tokens) {
        return {
          index: tokens.index,
          lineno: tokens.lineno,
          colno: tokens.colno
        };
      }
      if (process.env.BUILD_TYPE !== "SLIM" && nodes && Compiler && Parser) {
        var Slice = nodes.Node.extend("Slice", {
          fields: ["start", "stop", "step"],
          init: function init(lineno, colno, start, stop, step) {
            start = start || new nodes.Literal(lineno, colno, null);
            stop = stop || new nodes.Literal(lineno, colno, null);
            step = step || new nodes.Literal(lineno, colno, 1);
            this.parent(lineno, colno, start, stop, step);
          }
        });
        Compiler.prototype.assertType = function assertType(node) {
          if (node instanceof Slice) {
            return;
          }
          orig_Compiler_assertType.apply(this, arguments);
        };
        Compiler.prototype.compileSlice = function compileSlice(node, frame) {
          this._emit("(");
          this._compileExpression(node.start, frame);
          this._emit("),(");
          this._compileExpression(node.stop, frame);
          this._emit("),(");
          this._compileExpression(node.step, frame);
          this._emit(")");
        };
        Parser.prototype.parseAggregate = function parseAggregate() {
          var _this = this;
          var origState = getTokensState(this.tokens);
          origState.colno--;
          origState.index--;
          try {
            return orig_Parser_parseAggregate.apply(this);
          } catch (e) {
            var errState = getTokensState(this.tokens);
            var rethrow = function rethrow2() {
              lib._assign(_this.tokens, errState);
              return e;
            };
            lib._assign(this.tokens, origState);
            this.peeked = false;
            var tok = this.peekToken();
            if (tok.type !== lexer.TOKEN_LEFT_BRACKET) {
              throw rethrow();
            } else {
              this.nextToken();
            }
            var node = new Slice(tok.lineno, tok.colno);
            var isSlice = false;
            for (var i = 0; i <= node.fields.length; i++) {
              if (this.skip(lexer.TOKEN_RIGHT_BRACKET)) {
                break;
              }
              if (i === node.fields.length) {
                if (isSlice) {
                  this.fail("parseSlice: too many slice components", tok.lineno, tok.colno);
                } else {
                  break;
                }
              }
              if (this.skip(lexer.TOKEN_COLON)) {
                isSlice = true;
              } else {
                var field = node.fields[i];
                node[field] = this.parseExpression();
                isSlice = this.skip(lexer.TOKEN_COLON) || isSlice;
              }
            }
            if (!isSlice) {
              throw rethrow();
            }
            return new nodes.Array(tok.lineno, tok.colno, [node]);
          }
        };
      }
      function sliceLookup(obj, start, stop, step) {
        obj = obj || [];
        if (start === null) {
          start = step < 0 ? obj.length - 1 : 0;
        }
        if (stop === null) {
          stop = step < 0 ? -1 : obj.length;
        } else if (stop < 0) {
          stop += obj.length;
        }
        if (start < 0) {
          start += obj.length;
        }
        var results = [];
        for (var i = start; ; i += step) {
          if (i < 0 || i > obj.length) {
            break;
          }
          if (step > 0 && i >= stop) {
            break;
          }
          if (step < 0 && i <= stop) {
            break;
          }
          results.push(runtime.memberLookup(obj, i));
        }
        return results;
      }
      function hasOwnProp(obj, key) {
        return Object.prototype.hasOwnProperty.call(obj, key);
      }
      var ARRAY_MEMBERS = {
        pop: function pop(index) {
          if (index === void 0) {
            return this.pop();
          }
          if (index >= this.length || index < 0) {
            throw new Error("KeyError");
          }
          return this.splice(index, 1);
        },
        append: function append(element) {
          return this.push(element);
        },
        remove: function remove(element) {
          for (var i = 0; i < this.length; i++) {
            if (this[i] === element) {
              return this.splice(i, 1);
            }
          }
          throw new Error("ValueError");
        },
        count: function count(element) {
          var count2 = 0;
          for (var i = 0; i < this.length; i++) {
            if (this[i] === element) {
              count2++;
            }
          }
          return count2;
        },
        index: function index(element) {
          var i;
          if ((i = this.indexOf(element)) === -1) {
            throw new Error("ValueError");
          }
          return i;
        },
        find: function find(element) {
          return this.indexOf(element);
        },
        insert: function insert(index, elem) {
          return this.splice(index, 0, elem);
        }
      };
      var OBJECT_MEMBERS = {
        items: function items() {
          return lib._entries(this);
        },
        values: function values() {
          return lib._values(this);
        },
        keys: function keys() {
          return lib.keys(this);
        },
        get: function get(key, def) {
          var output = this[key];
          if (output === void 0) {
            output = def;
          }
          return output;
        },
        has_key: function has_key(key) {
          return hasOwnProp(this, key);
        },
        pop: function pop(key, def) {
          var output = this[key];
          if (output === void 0 && def !== void 0) {
            output = def;
          } else if (output === void 0) {
            throw new Error("KeyError");
          } else {
            delete this[key];
          }
          return output;
        },
        popitem: function popitem() {
          var keys = lib.keys(this);
          if (!keys.length) {
            throw new Error("KeyError");
          }
          var k = keys[0];
          var val = this[k];
          delete this[k];
          return [k, val];
        },
        setdefault: function setdefault(key, def) {
          if (def === void 0) {
            def = null;
          }
          if (!(key in this)) {
            this[key] = def;
          }
          return this[key];
        },
        update: function update(kwargs) {
          lib._assign(this, kwargs);
          return null;
        }
      };
      OBJECT_MEMBERS.iteritems = OBJECT_MEMBERS.items;
      OBJECT_MEMBERS.itervalues = OBJECT_MEMBERS.values;
      OBJECT_MEMBERS.iterkeys = OBJECT_MEMBERS.keys;
      runtime.memberLookup = function memberLookup(obj, val, autoescape) {
        if (arguments.length === 4) {
          return sliceLookup.apply(this, arguments);
        }
        obj = obj || {};
        if (lib.isArray(obj) && hasOwnProp(ARRAY_MEMBERS, val)) {
          return ARRAY_MEMBERS[val].bind(obj);
        }
        if (lib.isObject(obj) && hasOwnProp(OBJECT_MEMBERS, val)) {
          return OBJECT_MEMBERS[val].bind(obj);
        }
        return orig_memberLookup.apply(this, arguments);
      };
      return uninstall;
    }
    module.exports = installCompat2;
  }
});

// node_modules/nunjucks/index.js
var require_nunjucks = __commonJS({
  "node_modules/nunjucks/index.js"(exports, module) {
    "use strict";
    var lib = require_lib();
    var _require = require_environment();
    var Environment = _require.Environment;
    var Template = _require.Template;
    var Loader = require_loader();
    var loaders = require_loaders();
    var precompile = require_precompile();
    var compiler = require_compiler();
    var parser = require_parser();
    var lexer = require_lexer();
    var runtime = require_runtime();
    var nodes = require_nodes();
    var installJinjaCompat = require_jinja_compat();
    var e;
    function configure(templatesPath, opts) {
      opts = opts || {};
      if (lib.isObject(templatesPath)) {
        opts = templatesPath;
        templatesPath = null;
      }
      var TemplateLoader;
      if (loaders.FileSystemLoader) {
        TemplateLoader = new loaders.FileSystemLoader(templatesPath, {
          watch: opts.watch,
          noCache: opts.noCache
        });
      } else if (loaders.WebLoader) {
        TemplateLoader = new loaders.WebLoader(templatesPath, {
          useCache: opts.web && opts.web.useCache,
          async: opts.web && opts.web.async
        });
      }
      e = new Environment(TemplateLoader, opts);
      if (opts && opts.express) {
        e.express(opts.express);
      }
      return e;
    }
    module.exports = {
      Environment,
      Template,
      Loader,
      FileSystemLoader: loaders.FileSystemLoader,
      NodeResolveLoader: loaders.NodeResolveLoader,
      PrecompiledLoader: loaders.PrecompiledLoader,
      WebLoader: loaders.WebLoader,
      compiler,
      parser,
      lexer,
      runtime,
      lib,
      nodes,
      installJinjaCompat,
      configure,
      reset: function reset() {
        e = void 0;
      },
      compile: function compile(src, env, path, eagerCompile) {
        if (!e) {
          configure();
        }
        return new Template(src, env, path, eagerCompile);
      },
      render: function render(name, ctx, cb) {
        if (!e) {
          configure();
        }
        return e.render(name, ctx, cb);
      },
      renderString: function renderString(src, ctx, cb) {
        if (!e) {
          configure();
        }
        return e.renderString(src, ctx, cb);
      },
      precompile: precompile ? precompile.precompile : void 0,
      precompileString: precompile ? precompile.precompileString : void 0
    };
  }
});

// src/columns/side.ts
var import_yaml = __toESM(require_dist(), 1);

// src/columns/macros.ts
var TAG = /\{%-?\s*(macro|endmacro|test|endtest|materialization|endmaterialization)\b([\s\S]*?)-?%\}/g;
var NAME = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*\(/;
var MAX_FILE_CHARS = 2e6;
function buildMacroLibrary(files) {
  const macros = /* @__PURE__ */ new Map();
  const problems = [];
  for (const f of files) {
    if (f.text.length > MAX_FILE_CHARS) {
      problems.push({ file: f.path, message: `larger than ${MAX_FILE_CHARS} characters; skipped` });
      continue;
    }
    let open;
    let skipping = false;
    TAG.lastIndex = 0;
    for (let m = TAG.exec(f.text); m; m = TAG.exec(f.text)) {
      const kind = m[1];
      if (kind === "test" || kind === "materialization") {
        skipping = true;
        continue;
      }
      if (kind === "endtest" || kind === "endmaterialization") {
        skipping = false;
        continue;
      }
      if (skipping) continue;
      if (kind === "macro") {
        if (open) {
          problems.push({
            file: f.path,
            message: `macro ${open.name} is not closed before the next one`
          });
        }
        const name = NAME.exec(m[2] ?? "")?.[1];
        if (!name) {
          problems.push({
            file: f.path,
            message: `a {% macro %} tag without a name at offset ${m.index}`
          });
          open = void 0;
          continue;
        }
        open = { name, start: m.index };
      } else if (open) {
        const end = m.index + m[0].length;
        macros.set(open.name, {
          name: open.name,
          file: f.path,
          source: f.text.slice(open.start, end)
        });
        open = void 0;
      }
    }
    if (open) problems.push({ file: f.path, message: `macro ${open.name} has no {% endmacro %}` });
  }
  return { macros, problems };
}

// src/columns/render.ts
var import_nunjucks = __toESM(require_nunjucks(), 1);

// src/columns/jinja.ts
function preprocessJinja(src) {
  return rewriteTags(src);
}
var RAW_CLOSE = /\{%-?\s*endraw\s*-?%\}/g;
function tagEnd(src, start, close) {
  let quote = "";
  for (let i = start + 2; i < src.length; i++) {
    const c = src[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === close[0] && src[i + 1] === close[1]) return i + 2;
  }
  return -1;
}
function rewriteTags(src) {
  const out = [];
  let last = 0;
  let loops = 0;
  for (let i = src.indexOf("{", 0); i >= 0 && i < src.length; i = src.indexOf("{", i)) {
    const next = src[i + 1];
    if (next === "#") {
      const end2 = src.indexOf("#}", i + 2);
      if (end2 < 0) break;
      i = end2 + 2;
      continue;
    }
    if (next !== "{" && next !== "%") {
      i++;
      continue;
    }
    const end = tagEnd(src, i, next === "{" ? "}}" : "%}");
    if (end < 0) break;
    const tag = src.slice(i, end);
    let rewritten = fixExpression(tag);
    if (next === "%") {
      const st = statement(rewritten);
      if (st.keyword === "raw" && st.rest === "") {
        RAW_CLOSE.lastIndex = end;
        const close = RAW_CLOSE.exec(src);
        i = close ? close.index + close[0].length : src.length;
        continue;
      }
      if (st.keyword === "for") {
        const loop = filteredLoop(st, loops);
        if (loop !== void 0) {
          rewritten = loop;
          loops++;
        }
      } else rewritten = doOrSetAttr(st) ?? rewritten;
    }
    if (rewritten !== tag) {
      out.push(src.slice(last, i), rewritten);
      last = end;
    }
    i = end;
  }
  out.push(src.slice(last));
  return out.join("");
}
function stringsOf(code) {
  const out = [];
  for (let i = 0; i < code.length; i++) {
    const q = code[i];
    if (q !== '"' && q !== "'") continue;
    let j = i + 1;
    while (j < code.length && code[j] !== q) j += code[j] === "\\" ? 2 : 1;
    out.push({ start: i, end: Math.min(j + 1, code.length), quote: q });
    i = j;
  }
  return out;
}
function requote(body, from, quote) {
  if (from === quote) return body;
  let out = "";
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === "\\") {
      out += body.slice(i, i + 2);
      i++;
    } else out += c === quote ? `\\${c}` : c;
  }
  return out;
}
var TRAILING_COMMA = /,(\s*[}\])])/g;
function fixExpression(code) {
  if (!code.includes(",") && !code.includes('"') && !code.includes("'")) return code;
  const strings = stringsOf(code);
  let out = "";
  let at = 0;
  const plain = (s) => s.includes(",") ? s.replace(TRAILING_COMMA, "$1") : s;
  for (let k = 0; k < strings.length; ) {
    const first = strings[k];
    out += plain(code.slice(at, first.start));
    let body = code.slice(first.start + 1, first.end - 1);
    let end = first.end;
    let n = k + 1;
    for (; n < strings.length; n++) {
      const s = strings[n];
      if (!/^\s*$/.test(code.slice(end, s.start)) || s.end - s.start < 2) break;
      body += requote(code.slice(s.start + 1, s.end - 1), s.quote, first.quote);
      end = s.end;
    }
    out += n === k + 1 ? code.slice(first.start, first.end) : `${first.quote}${body}${first.quote}`;
    at = end;
    k = n;
  }
  return out + plain(code.slice(at));
}
function statement(tag) {
  let inner = tag.slice(2, -2);
  const open = inner.startsWith("-") ? "-" : "";
  if (open) inner = inner.slice(1);
  const close = inner.endsWith("-") ? "-" : "";
  if (close) inner = inner.slice(0, -1);
  inner = inner.trim();
  const keyword = /^[A-Za-z_]\w*/.exec(inner)?.[0] ?? "";
  return { open, close, keyword, rest: inner.slice(keyword.length).trim() };
}
var NAME2 = /^[A-Za-z_]\w*$/;
function doOrSetAttr({ open, close, keyword, rest }) {
  if (keyword === "do" && rest) return `{{${open} __do(${rest}) ${close}}}`;
  if (keyword !== "set") return void 0;
  const eq = rest.indexOf("=");
  if (eq < 0 || rest[eq + 1] === "=") return void 0;
  const lhs = rest.slice(0, eq).trim().split(".");
  if (lhs.length !== 2 || !lhs.every((x) => NAME2.test(x.trim()))) return void 0;
  const [obj, attr] = lhs.map((x) => x.trim());
  return `{{${open} __setattr(${obj}, '${attr}', ${rest.slice(eq + 1).trim()}) ${close}}}`;
}
function targetNames(text) {
  let t = text.trim();
  if (t.startsWith("(") && t.endsWith(")")) t = t.slice(1, -1);
  const names = t.split(",").map((x) => x.trim());
  if (names.length > 1 && names[names.length - 1] === "") names.pop();
  return names.length > 0 && names.every((x) => NAME2.test(x)) ? names : void 0;
}
function wordsAt(code, word, topLevel) {
  const out = [];
  const strings = stringsOf(code);
  let s = 0;
  let depth = 0;
  for (let i = 0; i < code.length; i++) {
    const str2 = strings[s];
    if (str2 && i === str2.start) {
      i = str2.end - 1;
      s++;
      continue;
    }
    const c = code[i];
    if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") depth--;
    else if ((depth === 0 || !topLevel) && code.startsWith(word, i) && !/[\w.]/.test(code[i - 1] ?? " ") && !/\w/.test(code[i + word.length] ?? " "))
      out.push(i);
  }
  return out;
}
function renameLoop(code, alias) {
  let out = "";
  let last = 0;
  for (const i of wordsAt(code, "loop", false)) {
    out += code.slice(last, i) + alias;
    last = i + "loop".length;
  }
  return out + code.slice(last);
}
function filteredLoop({ open, close, rest }, n) {
  const ins = wordsAt(rest, "in", true);
  if (ins.length === 0) return void 0;
  const inAt = ins[0];
  const ifs = wordsAt(rest, "if", true).filter((i) => i > inAt);
  if (ifs.length === 0) return void 0;
  const ifAt = ifs[0];
  const names = targetNames(rest.slice(0, inAt));
  if (!names) return void 0;
  const iter = rest.slice(inAt + 2, ifAt).trim();
  let cond = rest.slice(ifAt + 2).trim();
  if (!iter || !cond) return void 0;
  const list = `__lf${n}`;
  let prefix = "";
  if (wordsAt(cond, "loop", false).length > 0) {
    prefix = `{% set __lo${n} = loop %}`;
    cond = renameLoop(cond, `__lo${n}`);
  }
  const t = names.join(", ");
  const item = names.length === 1 ? t : `[${t}]`;
  return `{%${open} set ${list} = [] %}${prefix}{% for ${t} in ${iter} %}{% if ${cond} %}{{ __do(${list}.push(${item})) }}{% endif %}{% endfor %}{% for ${t} in ${list} ${close}%}`;
}

// src/columns/render.ts
var UnknownSignal = class extends Error {
};
var ReturnSignal = class extends Error {
  constructor(value) {
    super("return");
    this.value = value;
  }
  value;
};
var state;
function current() {
  if (!state) throw new Error("dbt context used outside a render");
  return state;
}
function giveUp(reason) {
  const s = current();
  if (s.unknown === void 0) s.unknown = reason;
  throw new UnknownSignal(reason);
}
function tick() {
  const s = current();
  s.steps++;
  if ((s.steps & 63) === 0 && Date.now() > s.deadline) {
    giveUp(`rendering took longer than the budget of ${s.ctx.budgetMs ?? 2e3} ms`);
  }
}
function quoteChar(d) {
  return d === "bigquery" || d === "databricks" || d === "spark" ? "`" : '"';
}
function sanitize(s) {
  return s.replace(/[^A-Za-z0-9_]/g, "_").slice(0, 120);
}
var Relation = class {
  constructor(identifier, q) {
    this.identifier = identifier;
    this.q = q;
  }
  identifier;
  q;
  get name() {
    return this.identifier;
  }
  get table() {
    return this.identifier;
  }
  get schema() {
    return "ci";
  }
  get database() {
    return "ci";
  }
  include() {
    return this;
  }
  render() {
    return this.toString();
  }
  toString() {
    return `${this.q}${this.identifier}${this.q}`;
  }
};
function relation(prefix, parts, ref) {
  const s = current();
  const key = JSON.stringify(ref);
  let name = s.relationKeys.get(key);
  if (!name) {
    const base = `${prefix}__${parts.map(sanitize).join("__")}`;
    name = base;
    for (let i = 2; s.relations[name]; i++) name = `${base}__${i}`;
    s.relations[name] = ref;
    s.relationKeys.set(key, name);
  }
  return new Relation(name, quoteChar(s.ctx.dialect));
}
function str(x, what) {
  if (typeof x === "string") return x;
  if (typeof x === "number") return String(x);
  giveUp(`${what} is not a string`);
}
function splitArgs(args) {
  const last = args[args.length - 1];
  if (last && typeof last === "object" && last.__keywords) {
    const kw = { ...last };
    delete kw.__keywords;
    return { pos: args.slice(0, -1), kw };
  }
  return { pos: args, kw: {} };
}
var DATE_PARTS = new Set(
  "year quarter month week day dayofweek dayofyear hour minute second millisecond microsecond nanosecond isoweek".split(
    " "
  )
);
function opaqueArg(v, out) {
  if (v === null || v === void 0) out.push("NULL");
  else if (typeof v === "number") out.push(Number.isFinite(v) ? String(v) : "NULL");
  else if (typeof v === "boolean") out.push(v ? "TRUE" : "FALSE");
  else if (v instanceof Relation) out.push(`'${v.identifier}'`);
  else if (Array.isArray(v)) for (const x of v) opaqueArg(x, out);
  else if (typeof v === "string") {
    const t = v.trim();
    if (/^[A-Za-z_][A-Za-z0-9_$]*(\.[A-Za-z_][A-Za-z0-9_$]*)*$/.test(t) && !DATE_PARTS.has(t.toLowerCase())) {
      out.push(t);
    } else if (balanced(t) && t.length > 0 && t.length < 2e3 && !/;|--|\/\*/.test(t) && !DATE_PARTS.has(t.toLowerCase())) {
      out.push(`(${t})`);
    } else {
      out.push(`'${t.replace(/'/g, "''").slice(0, 200)}'`);
    }
  } else if (typeof v === "object") {
    for (const [k, x] of Object.entries(v))
      if (k !== "__keywords") opaqueArg(x, out);
  }
}
function balanced(s) {
  let depth = 0;
  let quote = "";
  for (const c of s) {
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === "'" || c === '"') quote = c;
    else if (c === "(") depth++;
    else if (c === ")" && --depth < 0) return false;
  }
  return depth === 0 && !quote;
}
var TYPE_MACROS = {
  type_string: { default: "VARCHAR", bigquery: "STRING", databricks: "STRING", spark: "STRING" },
  type_int: { default: "INTEGER", bigquery: "INT64" },
  type_bigint: { default: "BIGINT", bigquery: "INT64" },
  type_float: { default: "FLOAT", bigquery: "FLOAT64" },
  type_numeric: { default: "NUMERIC" },
  type_timestamp: { default: "TIMESTAMP" },
  type_boolean: { default: "BOOLEAN", bigquery: "BOOL" }
};
var KNOWN_PACKAGE_MACROS = {
  group_by: (args) => {
    const { pos, kw } = splitArgs(args);
    const n = Number(pos[0] ?? kw.n);
    if (!Number.isInteger(n) || n < 1 || n > 1e3) return void 0;
    return `group by ${Array.from({ length: n }, (_, i) => i + 1).join(", ")}`;
  },
  // dbt_utils.slugify: lower, spaces/dashes to _, drop the rest, a leading digit gets a _ prefix.
  slugify: (args) => {
    const v = splitArgs(args).pos[0];
    if (typeof v !== "string") return void 0;
    const s = v.toLowerCase().replace(/[ -]+/g, "_").replace(/[^a-z0-9_]+/g, "");
    return /^[0-9]/.test(s) ? `_${s}` : s;
  }
};
function opaque(namespace, name) {
  return (...args) => {
    tick();
    const known = namespace === "dbt_utils" && Object.hasOwn(KNOWN_PACKAGE_MACROS, name) ? KNOWN_PACKAGE_MACROS[name](args) : void 0;
    if (known !== void 0) return new import_nunjucks.default.runtime.SafeString(known);
    const typ = Object.hasOwn(TYPE_MACROS, name) ? TYPE_MACROS[name] : void 0;
    if (typ)
      return new import_nunjucks.default.runtime.SafeString(
        typ[current().ctx.dialect] ?? typ.default ?? "VARCHAR"
      );
    const out = [];
    opaqueArg(args, out);
    return new import_nunjucks.default.runtime.SafeString(
      `${sanitize(namespace)}__${sanitize(name)}(${out.join(", ")})`
    );
  };
}
var DBT_BUILTIN_MACROS = "dateadd datediff date_trunc last_day current_timestamp current_timestamp_backcompat current_timestamp_in_utc_backcompat hash concat safe_cast split_part listagg bool_or any_value cast_bool_to_text escape_single_quotes array_construct array_append array_concat string_literal right length replace position date_spine generate_series get_intervals_between type_string type_int type_bigint type_float type_numeric type_timestamp type_boolean except intersect".split(
  " "
);
var envs = /* @__PURE__ */ new WeakMap();
var EMPTY = buildMacroLibrary([]);
var compatInstalled = false;
function installCompat() {
  if (compatInstalled) return;
  compatInstalled = true;
  import_nunjucks.default.installJinjaCompat();
  const rt = import_nunjucks.default.runtime;
  const origIn = rt.inOperator;
  rt.inOperator = (key, val) => val === void 0 ? false : origIn(key, val);
  const orig = rt.memberLookup;
  rt.memberLookup = function memberLookup(obj, val) {
    if (!safeMember(obj, val)) return void 0;
    if (typeof obj === "string" && typeof val === "string" && Object.hasOwn(STRING_MEMBERS, val)) {
      return STRING_MEMBERS[val].bind(obj);
    }
    if (obj instanceof import_nunjucks.default.runtime.SafeString && typeof val === "string" && Object.hasOwn(STRING_MEMBERS, val)) {
      return STRING_MEMBERS[val].bind(String(obj));
    }
    if (Array.isArray(obj) && val === "extend") {
      return (xs) => {
        if (Array.isArray(xs)) obj.push(...xs);
        return "";
      };
    }
    return orig.call(this, obj, val);
  };
}
function define2(o, key, value) {
  Object.defineProperty(o, key, { value, writable: true, enumerable: true, configurable: true });
}
var FORBIDDEN_MEMBERS = /* @__PURE__ */ new Set([
  "constructor",
  "prototype",
  "caller",
  "callee",
  "arguments",
  "call",
  "apply",
  "bind"
]);
function safeMember(obj, val) {
  if (typeof val !== "string" && typeof val !== "number") return false;
  const name = String(val);
  if (FORBIDDEN_MEMBERS.has(name) || name.startsWith("__")) return false;
  if (typeof obj === "function") return Object.hasOwn(obj, name);
  return true;
}
var STRING_MEMBERS = {
  upper() {
    return this.toUpperCase();
  },
  lower() {
    return this.toLowerCase();
  },
  strip(chars) {
    return chars === void 0 ? this.trim() : trimChars(this, chars);
  },
  lstrip() {
    return this.trimStart();
  },
  rstrip() {
    return this.trimEnd();
  },
  startswith(p) {
    return this.startsWith(p);
  },
  endswith(p) {
    return this.endsWith(p);
  },
  split(sep) {
    return sep === void 0 ? this.trim().split(/\s+/) : this.split(sep);
  },
  replace(a, b) {
    return this.split(String(a)).join(String(b));
  },
  title() {
    return this.replace(/\b\w/g, (c) => c.toUpperCase());
  },
  capitalize() {
    return this.charAt(0).toUpperCase() + this.slice(1).toLowerCase();
  },
  format(...args) {
    let i = 0;
    return this.replace(
      /\{(\d*)\}/g,
      (_m, n) => String(args[n === "" ? i++ : Number(n)] ?? "")
    );
  },
  join(xs) {
    return Array.isArray(xs) ? xs.map(String).join(this) : "";
  },
  isdigit() {
    return /^\d+$/.test(this);
  }
};
function trimChars(s, chars) {
  let a = 0;
  let b = s.length;
  while (a < b && chars.includes(s[a])) a++;
  while (b > a && chars.includes(s[b - 1])) b--;
  return s.slice(a, b);
}
var STUBBED = /* @__PURE__ */ new Set([
  "ref",
  "source",
  "is_incremental",
  "config",
  "var",
  "env_var"
]);
function makeEnv(library) {
  installCompat();
  const env = new import_nunjucks.default.Environment([], { autoescape: false, throwOnUndefined: false });
  const e = {
    env,
    library,
    compiled: /* @__PURE__ */ new Map(),
    namespaces: /* @__PURE__ */ new Set(),
    varTemplates: /* @__PURE__ */ new Map()
  };
  const g = (name, v) => env.addGlobal(name, v);
  g("ref", (...args) => {
    tick();
    const { pos, kw } = splitArgs(args);
    const version = kw.v ?? kw.version;
    const ver = version === void 0 ? void 0 : str(version, "ref version");
    if (pos.length === 1) {
      const name = str(pos[0], "ref()");
      return relation(
        "ref",
        [name],
        ver ? { kind: "ref", name, version: ver } : { kind: "ref", name }
      );
    }
    if (pos.length === 2) {
      const pkg = str(pos[0], "ref() package");
      const name = str(pos[1], "ref()");
      return relation("ref", [pkg, name], {
        kind: "ref",
        name,
        package: pkg,
        ...ver ? { version: ver } : {}
      });
    }
    giveUp(`ref() with ${pos.length} arguments`);
  });
  g("source", (...args) => {
    tick();
    const { pos } = splitArgs(args);
    if (pos.length !== 2) giveUp(`source() with ${pos.length} arguments`);
    const source = str(pos[0], "source() name");
    const table = str(pos[1], "source() table");
    return relation("source", [source, table], { kind: "source", source, table });
  });
  const config = (...args) => {
    const { pos, kw } = splitArgs(args);
    const s = current();
    for (const p of pos) if (p && typeof p === "object") Object.assign(s.config, p);
    Object.assign(s.config, kw);
    return "";
  };
  config.get = (k, d) => {
    const c = current().config;
    const key = String(k);
    return Object.hasOwn(c, key) ? c[key] : d ?? null;
  };
  config.require = (k) => {
    const c = current().config;
    const key = String(k);
    if (!Object.hasOwn(c, key)) giveUp(`config.require('${key}'): not set in the model`);
    return c[key];
  };
  g("config", config);
  const varFn = (...args) => {
    tick();
    const { pos } = splitArgs(args);
    const name = str(pos[0], "var() name");
    const vars = current().ctx.vars ?? {};
    if (Object.hasOwn(vars, name)) return renderVar(e, name, vars[name]);
    if (pos.length >= 2) return pos[1];
    giveUp(`var('${name}') is not set and has no default (set it in vars)`);
  };
  varFn.has_var = (n) => Object.hasOwn(current().ctx.vars ?? {}, String(n));
  g("var", varFn);
  g("env_var", (...args) => {
    const { pos } = splitArgs(args);
    const name = str(pos[0], "env_var() name");
    const env2 = current().ctx.env ?? {};
    if (Object.hasOwn(env2, name)) return env2[name];
    if (pos.length >= 2) return pos[1];
    giveUp(`env_var('${name}') is not set and has no default`);
  });
  g("is_incremental", () => false);
  g("should_full_refresh", () => false);
  g("execute", true);
  g("flags", { FULL_REFRESH: false, WHICH: "compile" });
  g("invocation_id", "00000000-0000-0000-0000-000000000000");
  g("dbt_version", "1.8.0");
  g("run_started_at", RUN_STARTED_AT);
  const warehouse = (what) => () => giveUp(`${what} needs the warehouse`);
  g("run_query", warehouse("run_query()"));
  g("statement", warehouse("a statement block"));
  g("load_result", warehouse("load_result()"));
  g("graph", void 0);
  g("log", () => "");
  g("print", () => "");
  g("exceptions", {
    raise_compiler_error: (msg) => giveUp(`the model raises a compiler error: ${String(msg).slice(0, 200)}`),
    warn: () => "",
    raise_not_implemented: (msg) => giveUp(`not implemented: ${String(msg).slice(0, 200)}`)
  });
  g("return", (v) => {
    throw new ReturnSignal(v);
  });
  g("tojson", (v) => JSON.stringify(v));
  g("fromjson", (s) => {
    try {
      return JSON.parse(String(s));
    } catch {
      giveUp("fromjson() of invalid JSON");
    }
  });
  g("zip", (...xs) => {
    const n = Math.min(...xs.map((x) => Array.isArray(x) ? x.length : 0));
    return Array.from({ length: n }, (_, i) => xs.map((x) => x[i]));
  });
  g("set", (xs) => Array.isArray(xs) ? [...new Set(xs)] : []);
  g(
    "list",
    (xs) => Array.isArray(xs) ? [...xs] : typeof xs === "string" ? [...xs] : xs && typeof xs === "object" ? Object.keys(xs) : []
  );
  g("dict", (...args) => {
    const { pos, kw } = splitArgs(args);
    if (pos.length === 0) return { ...kw };
    const [from] = pos;
    if (pos.length > 1 || !from || typeof from !== "object")
      giveUp("dict() of something other than a mapping or a list of pairs");
    if (!Array.isArray(from)) return { ...from, ...kw };
    const out = {};
    for (const pair of from) {
      if (!Array.isArray(pair) || pair.length !== 2) giveUp("dict() of a list that is not pairs");
      define2(out, String(pair[0]), pair[1]);
    }
    return { ...out, ...kw };
  });
  g("namespace", (...args) => ({ ...splitArgs(args).kw }));
  g("__do", () => "");
  g("__setattr", (o, k, v) => {
    if (o && typeof o === "object" && safeMember(o, k)) define2(o, String(k), v);
    return "";
  });
  g("range", (a, b, step = 1) => {
    const [lo, hi] = b === void 0 ? [0, a] : [a, b];
    if (!step || !Number.isFinite(lo) || !Number.isFinite(hi)) return [];
    const n = Math.ceil((hi - lo) / step);
    if (n > 1e5) giveUp(`range() of ${n} elements`);
    return Array.from({ length: Math.max(0, n) }, (_, i) => lo + i * step);
  });
  g("adapter", {
    dispatch: (...args) => {
      const { pos, kw } = splitArgs(args);
      const name = str(pos[0], "adapter.dispatch() macro name");
      const ns = pos[1] ?? kw.macro_namespace;
      return dispatch(e, name, ns === void 0 || ns === null ? void 0 : String(ns));
    },
    quote: (s) => {
      const q = quoteChar(current().ctx.dialect);
      return `${q}${String(s)}${q}`;
    },
    type: () => current().ctx.dialect,
    get_relation: warehouse("adapter.get_relation()"),
    get_columns_in_relation: warehouse("adapter.get_columns_in_relation()"),
    get_missing_columns: warehouse("adapter.get_missing_columns()")
  });
  g("api", { Relation: { create: warehouse("api.Relation.create()") } });
  g("modules", {
    pytz: {
      utc: UTC,
      UTC,
      timezone: (name) => new TimeZone(String(name))
    }
  });
  g("local_md5", (s) => `md5_${sanitize(String(s)).slice(0, 32)}`);
  const addTest = (name, f) => env.addTest(name, f);
  addTest("none", (v) => v === null || v === void 0);
  addTest("sequence", (v) => Array.isArray(v) || typeof v === "string");
  addTest("boolean", (v) => typeof v === "boolean");
  addTest("integer", (v) => Number.isInteger(v));
  addTest("float", (v) => typeof v === "number" && !Number.isInteger(v));
  addTest("==", (a, b) => a === b);
  addTest("!=", (a, b) => a !== b);
  addTest("in", (v, xs) => Array.isArray(xs) && xs.includes(v));
  env.addFilter("map", (xs, ...args) => {
    if (!Array.isArray(xs)) return [];
    const { pos, kw } = splitArgs(args);
    if (kw.attribute !== void 0) {
      const name = String(kw.attribute);
      const pick = (x) => {
        if (!safeMember(x, name)) return void 0;
        if (typeof x === "string") return name === "length" ? x.length : void 0;
        if (x === null || typeof x !== "object" || !Object.hasOwn(x, name)) return void 0;
        return x[name];
      };
      return xs.map(pick);
    }
    const f = pos[0];
    if (f === "lower") return xs.map((x) => String(x).toLowerCase());
    if (f === "upper") return xs.map((x) => String(x).toUpperCase());
    if (f === "trim") return xs.map((x) => String(x).trim());
    if (f === "string") return xs.map((x) => String(x));
    giveUp(`the map filter with ${String(f)}`);
  });
  env.addFilter("unique", (xs) => Array.isArray(xs) ? [...new Set(xs)] : xs);
  env.addFilter("tojson", (v) => JSON.stringify(v));
  env.addFilter("as_bool", (v) => v === true || String(v).toLowerCase() === "true");
  env.addFilter("as_number", (v) => Number(v));
  env.addFilter("as_text", (v) => String(v));
  env.addFilter("as_native", (v) => v);
  env.addFilter("items", (v) => v && typeof v === "object" ? Object.entries(v) : []);
  env.addFilter(
    "min",
    (xs) => Array.isArray(xs) ? xs.reduce((a, b) => b < a ? b : a) : xs
  );
  env.addFilter(
    "max",
    (xs) => Array.isArray(xs) ? xs.reduce((a, b) => b > a ? b : a) : xs
  );
  for (const m of DBT_BUILTIN_MACROS) g(m, opaque("dbt", m));
  for (const name of library.macros.keys()) if (!STUBBED.has(name)) g(name, projectMacro(e, name));
  return e;
}
var STRFTIME = {
  Y: "2000",
  y: "00",
  m: "01",
  d: "01",
  e: " 1",
  H: "00",
  I: "12",
  M: "00",
  S: "00",
  f: "000000",
  j: "001",
  B: "January",
  b: "Jan",
  h: "Jan",
  A: "Saturday",
  a: "Sat",
  p: "AM",
  z: "+0000",
  Z: "UTC",
  w: "6",
  u: "6",
  U: "00",
  W: "00",
  V: "52",
  G: "1999",
  F: "2000-01-01",
  D: "01/01/00",
  T: "00:00:00",
  "%": "%"
};
var TimeZone = class {
  constructor(zone) {
    this.zone = zone;
  }
  zone;
  toString() {
    return this.zone;
  }
};
var UTC_NAMES = /* @__PURE__ */ new Set([
  "UTC",
  "Etc/UTC",
  "GMT",
  "Etc/GMT",
  "Universal",
  "Zulu"
]);
var UTC = new TimeZone("UTC");
var RUN_STARTED_AT = {
  toString: () => "2000-01-01 00:00:00+00:00",
  astimezone: (tz) => {
    if (tz instanceof TimeZone && UTC_NAMES.has(tz.zone)) return RUN_STARTED_AT;
    giveUp(`run_started_at.astimezone(${String(tz).slice(0, 60)}): only UTC is known`);
  },
  tzinfo: UTC,
  strftime: (fmt) => String(fmt ?? "").replace(
    /%(.)/gs,
    (m, c) => Object.hasOwn(STRFTIME, c) ? STRFTIME[c] : m
  ),
  isoformat: () => "2000-01-01T00:00:00+00:00",
  timestamp: () => 946684800,
  year: 2e3,
  month: 1,
  day: 1,
  hour: 0,
  minute: 0,
  second: 0,
  microsecond: 0
};
var MAX_VAR_DEPTH = 8;
var MAX_VAR_TEMPLATES = 256;
function renderVar(e, name, value) {
  if (typeof value !== "string" || !/\{[{%#]/.test(value)) return value;
  const s = current();
  if (s.varStack.includes(name))
    giveUp(`var('${name}') refers to itself: ${[...s.varStack, name].join(" → ")}`);
  if (s.varStack.length >= MAX_VAR_DEPTH)
    giveUp(`var('${name}'): vars with Jinja values nest deeper than ${MAX_VAR_DEPTH}`);
  s.varStack.push(name);
  try {
    let tmpl = e.varTemplates.get(value);
    if (!tmpl) {
      tmpl = new import_nunjucks.default.Template(preprocessJinja(value), e.env, `var:${name}`, true);
      if (e.varTemplates.size >= MAX_VAR_TEMPLATES) e.varTemplates.clear();
      e.varTemplates.set(value, tmpl);
    }
    return tmpl.render(s.templateVars);
  } catch (err) {
    if (s.unknown !== void 0) throw err;
    giveUp(`var('${name}') has a Jinja value that does not render: ${firstLine(err)}`);
  } finally {
    s.varStack.pop();
  }
}
function dispatch(e, name, ns) {
  const s = current();
  const d = s.ctx.dialect;
  const chain = [d];
  if (d === "redshift") chain.push("postgres");
  if (d === "databricks") chain.push("spark");
  chain.push("default");
  for (const prefix of chain) {
    const m = `${prefix}__${name}`;
    if (e.library.macros.has(m)) return projectMacro(e, m);
  }
  if (e.library.macros.has(name) && (ns === void 0 || ns === s.ctx.projectName)) {
    giveUp(`adapter.dispatch('${name}') has no ${d}__ or default__ implementation in the project`);
  }
  return opaque(ns ?? "dbt", name);
}
function projectMacro(e, name) {
  return (...args) => {
    tick();
    let fn = e.compiled.get(name);
    if (!fn) {
      const def = e.library.macros.get(name);
      if (!def) giveUp(`macro ${name} is not defined`);
      let exported;
      try {
        const tmpl = new import_nunjucks.default.Template(
          preprocessJinja(def.source),
          e.env,
          `macro:${name}`,
          true
        );
        tmpl.getExported({}, (err, ex) => {
          if (err) throw err;
          exported = ex;
        });
      } catch (err) {
        giveUp(`macro ${name} (${def.file}) does not compile: ${firstLine(err)}`);
      }
      const f = exported?.[name];
      if (typeof f !== "function") giveUp(`macro ${name} (${def.file}) does not compile`);
      fn = f;
      e.compiled.set(name, fn);
    }
    try {
      return fn(...args);
    } catch (err) {
      if (err instanceof ReturnSignal) return err.value;
      const cause = findReturn(err);
      if (cause) return cause.value;
      throw err;
    }
  };
}
function findReturn(err) {
  for (let x = err, i = 0; x && i < 5; i++) {
    if (x instanceof ReturnSignal) return x;
    x = x.cause;
  }
  return void 0;
}
function firstLine(err) {
  const m = err instanceof Error ? err.message : String(err);
  return (m.split("\n").find((l) => l.trim() && !l.startsWith("(")) ?? m).trim().slice(0, 200);
}
var NS_CALL = /\b([A-Za-z_][A-Za-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_]*)\s*\(/g;
var NOT_NAMESPACES = /* @__PURE__ */ new Set([
  "adapter",
  "config",
  "exceptions",
  "api",
  "modules",
  "var",
  "loop",
  "caller",
  "this",
  "target",
  "model",
  "flags",
  "run_started_at",
  "self"
]);
function addNamespaces(e, text) {
  NS_CALL.lastIndex = 0;
  for (let m = NS_CALL.exec(text); m; m = NS_CALL.exec(text)) {
    const ns = m[1];
    if (e.namespaces.has(ns) || NOT_NAMESPACES.has(ns)) continue;
    if (e.env.globals[ns] !== void 0)
      continue;
    e.namespaces.add(ns);
    e.env.addGlobal(ns, namespaceProxy(e, ns));
  }
}
function namespaceProxy(e, ns) {
  return new Proxy(
    {},
    {
      get(_t, prop) {
        if (typeof prop !== "string") return void 0;
        const s = state;
        if (s && ns === s.ctx.projectName && e.library.macros.has(prop))
          return projectMacro(e, prop);
        if (ns === "dbt" || ns === "dbt_utils" || !e.library.macros.has(prop))
          return opaque(ns, prop);
        return opaque(ns, prop);
      }
    }
  );
}
function renderModel(sql, ctx) {
  const library = ctx.macros ?? EMPTY;
  let e = envs.get(library);
  if (!e) {
    e = makeEnv(library);
    envs.set(library, e);
    for (const def of library.macros.values()) addNamespaces(e, def.source);
  }
  addNamespaces(e, sql);
  const s = {
    ctx,
    relations: {},
    relationKeys: /* @__PURE__ */ new Map(),
    config: {},
    deadline: Date.now() + (ctx.budgetMs ?? 2e3),
    steps: 0,
    templateVars: {},
    varStack: []
  };
  const prev = state;
  state = s;
  try {
    const quote = quoteChar(ctx.dialect);
    const self = new Relation(`ref__${sanitize(ctx.model)}`, quote);
    s.relations[self.identifier] = { kind: "this", name: ctx.model };
    const vars = {
      this: self,
      target: {
        name: "ci",
        type: ctx.dialect,
        schema: "ci",
        database: "ci",
        dataset: "ci",
        project: "ci",
        profile_name: "ci",
        threads: 1
      },
      model: {
        name: ctx.model,
        unique_id: `model.${ctx.projectName ?? "project"}.${ctx.model}`,
        config: s.config
      },
      project_name: ctx.projectName ?? "project"
    };
    s.templateVars = vars;
    let out;
    try {
      const tmpl = new import_nunjucks.default.Template(preprocessJinja(sql), e.env, `model:${ctx.model}`, true);
      out = tmpl.render(vars);
    } catch (err) {
      if (s.unknown !== void 0) return { unknown: s.unknown };
      const r = findReturn(err);
      if (r) return { unknown: "return() outside a macro" };
      return { unknown: `Jinja: ${firstLine(err)}` };
    }
    if (s.unknown !== void 0) return { unknown: s.unknown };
    const max = ctx.maxChars ?? 1e6;
    if (out.length > max) return { unknown: `rendered SQL is longer than ${max} characters` };
    if (!s.relations[self.identifier] || !out.includes(self.identifier)) {
      delete s.relations[self.identifier];
    }
    return { sql: out, relations: s.relations, config: s.config };
  } finally {
    state = prev;
  }
}

// src/columns/dialect.ts
var HINTS = [
  [
    "bigquery",
    /`[\w-]+\.[\w-]+\.[\w-]+`|\bsafe_cast\s*\(|\bstruct\s*\(|\bunnest\s*\(|\bdate_sub\s*\(/i
  ],
  [
    "snowflake",
    /\bqualify\b|\biff\s*\(|\bflatten\s*\(|\bzeroifnull\s*\(|::\s*variant\b|\btry_to_\w+\s*\(/i
  ],
  ["trino", /\bcross\s+join\s+unnest\b|\bfrom_hex\s*\(|\bvarbinary\b|\btry\s*\(/i],
  ["databricks", /\bexplode\s*\(|\blateral\s+view\b/i],
  ["redshift", /\bgetdate\s*\(|\bdistkey\b|\bsortkey\b/i],
  ["postgres", /::\s*(text|int|integer|numeric|date|timestamp)\b/i]
];
function detectDialect(hints) {
  const norm2 = (s) => {
    const l = s.toLowerCase().trim();
    if (l === "postgresql") return "postgres";
    if (l === "dune" || l === "athena" || l === "presto") return "trino";
    return DIALECTS.includes(l) ? l : void 0;
  };
  if (hints.explicit) {
    const d = norm2(hints.explicit);
    if (d) return { dialect: d, from: "explicit" };
  }
  const counts = /* @__PURE__ */ new Map();
  for (const m of hints.macroNames ?? []) {
    const prefix = /^([a-z]+)__/.exec(m)?.[1];
    const d = prefix ? norm2(prefix) : void 0;
    if (d) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  if (counts.size === 1) return { dialect: [...counts.keys()][0], from: "macros" };
  const votes = /* @__PURE__ */ new Map();
  let n = 0;
  for (const s of hints.sql ?? []) {
    if (++n > 500) break;
    for (const [d, re] of HINTS) if (re.test(s)) votes.set(d, (votes.get(d) ?? 0) + 1);
  }
  const best = [...votes].sort((a, b) => b[1] - a[1])[0];
  if (best) return { dialect: best[0], from: "syntax" };
  return { dialect: "snowflake", from: "default" };
}

// src/columns/side.ts
function sideOf(scan, files) {
  const byId = /* @__PURE__ */ new Map();
  const byDisplay = /* @__PURE__ */ new Map();
  const byName = /* @__PURE__ */ new Map();
  const sources = /* @__PURE__ */ new Map();
  for (const n of scan.nodes) {
    byId.set(n.id, n);
    if (DATA_KINDS.has(n.kind) && !byDisplay.has(n.display)) byDisplay.set(n.display, n);
    const map = n.kind === "source" ? sources : n.kind === "macro" ? void 0 : byName;
    if (!map || n.kind === "exposure") continue;
    const list = map.get(n.name) ?? [];
    list.push(n);
    map.set(n.name, list);
  }
  return {
    scan,
    files,
    byId,
    byDisplay,
    byName,
    sources,
    macros: /* @__PURE__ */ new Map(),
    analyses: /* @__PURE__ */ new Map(),
    yaml: /* @__PURE__ */ new Map(),
    time: { render: 0, parse: 0, analysis: 0, structure: 0 }
  };
}
function projectRoot(scan, project) {
  const p = scan.projects.find((x) => x.name === project);
  return p ? p.root : "";
}
function macrosOf(side, project) {
  let lib = side.macros.get(project);
  if (lib) return lib;
  const p = side.scan.projects.find((x) => x.name === project);
  const prefixes = (p?.macroPaths ?? ["macros"]).map((m) => {
    const dir = m.replace(/\/+$/, "");
    return dir === "" || dir === "." ? "" : `${dir}/`;
  });
  const files = [];
  for (const [path, text] of side.files) {
    if (path.endsWith(".sql") && prefixes.some((pre) => path.startsWith(pre)))
      files.push({ path, text });
  }
  files.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  lib = buildMacroLibrary(files);
  side.macros.set(project, lib);
  return lib;
}
function detectProjectDialect(side, project, explicit) {
  const lib = macrosOf(side, project);
  const sql = [];
  for (const n of side.scan.nodes) {
    if (n.kind === "model" && n.project === project) {
      const t = side.files.get(n.path);
      if (t !== void 0) sql.push(t);
      if (sql.length >= 200) break;
    }
  }
  return detectDialect({
    ...explicit !== void 0 && { explicit },
    macroNames: lib.macros.keys(),
    sql
  }).dialect;
}
function varsOf(scan, project, overrides) {
  return { ...Object.hasOwn(scan.vars, project) ? scan.vars[project] : {}, ...overrides };
}
function resolveRelationNode(side, self, rel) {
  if (rel.kind === "this") return self;
  if (rel.kind === "source") {
    const list2 = side.sources.get(`${rel.source}.${rel.table}`) ?? [];
    return list2.find((n) => n.project === self.project) ?? list2[0];
  }
  const list = side.byName.get(rel.name) ?? [];
  return rel.package ? list.find((n) => n.project === rel.package) : list.find((n) => n.project === self.project) ?? (list.length === 1 ? list[0] : void 0);
}
function resolveRelation(side, self, rel) {
  return resolveRelationNode(side, self, rel)?.display;
}
function renderOn(side, node, dialect, vars) {
  if (node.kind !== "model" && node.kind !== "snapshot")
    return {
      none: { analysis: { unknown: `a ${node.kind} has no SQL to analyse` }, upstream: {} }
    };
  if (node.language === "python")
    return { none: { analysis: { unknown: "a Python model (not analysed)" }, upstream: {} } };
  const text = side.files.get(node.path);
  if (text === void 0)
    return { none: { analysis: { unknown: `${node.path} was not read` }, upstream: {} } };
  const t0 = performance.now();
  const rendered = renderModel(text, {
    dialect,
    model: node.name,
    projectName: node.project,
    vars,
    macros: macrosOf(side, node.project)
  });
  side.time.render += performance.now() - t0;
  return { rendered };
}
async function analyseOn(side, node, dialect, vars, runner, fallback, structure = true, ahead) {
  const rendering = ahead ?? renderOn(side, node, dialect, vars);
  if ("none" in rendering) return rendering.none;
  const { rendered } = rendering;
  if ("unknown" in rendered)
    return { analysis: { unknown: `render: ${rendered.unknown}` }, upstream: {} };
  const upstream = {};
  for (const [name, rel] of Object.entries(rendered.relations)) {
    const display = resolveRelation(side, node, rel);
    if (display !== void 0 && display !== node.display) upstream[name] = display;
  }
  const columnsOf = (rel) => {
    const display = Object.hasOwn(upstream, rel) ? upstream[rel] : void 0;
    if (display === void 0) return void 0;
    const a = side.analyses.get(display) ?? fallback?.get(display);
    if (a && !("unknown" in a) && a.complete) return a.columns.map((c) => c.name);
    return declaredColumns(side, display);
  };
  const analysis = await analyzeModel(rendered, dialect, columnsOf, runner, side.time, structure);
  return { analysis, sql: rendered.sql, upstream, relations: rendered.relations };
}
function yamlOf(side, path) {
  if (side.yaml.has(path)) return side.yaml.get(path);
  const text = side.files.get(path);
  let doc = null;
  if (text !== void 0 && text.length <= 5e6) {
    doc = fastYaml(text);
    if (doc === void 0 && !tooManyAliases(text))
      try {
        doc = (0, import_yaml.parse)(text, { maxAliasCount: 100, uniqueKeys: false }) ?? null;
      } catch {
        doc = null;
      }
  }
  side.yaml.set(path, doc ?? null);
  return doc ?? null;
}
var isObj = (x) => typeof x === "object" && x !== null && !Array.isArray(x);
function columnNames(entry) {
  const cols = entry["columns"];
  if (!Array.isArray(cols)) return void 0;
  const names = cols.flatMap(
    (c) => isObj(c) && typeof c["name"] === "string" ? [c["name"].toLowerCase()] : []
  );
  return names.length > 0 ? [...new Set(names)] : void 0;
}
function csvHeader(text) {
  const end = text.indexOf("\n");
  const line = (end < 0 ? text : text.slice(0, end)).replace(/^\uFEFF/, "").replace(/\r$/, "");
  if (!line || line.length > 2e4) return void 0;
  const names = line.split(",").map(
    (c) => c.trim().replace(/^"(.*)"$/, "$1").toLowerCase()
  );
  return names.every((n) => /^[\w$ ]+$/.test(n)) ? names : void 0;
}
function declaredColumns(side, display) {
  if (!side.declared) side.declared = indexDeclared(side);
  return side.declared.get(display);
}
function indexDeclared(side) {
  const out = /* @__PURE__ */ new Map();
  const byKindName = /* @__PURE__ */ new Map();
  for (const n of side.scan.nodes) {
    if (!DATA_KINDS.has(n.kind) || n.external) continue;
    const key = `${n.kind}\0${n.name}`;
    const list = byKindName.get(key) ?? [];
    list.push(n);
    byKindName.set(key, list);
  }
  for (const n of side.scan.nodes) {
    if (n.kind !== "seed" || n.external) continue;
    const text = side.files.get(n.path);
    const header = text === void 0 ? void 0 : csvHeader(text);
    if (header) out.set(n.display, header);
  }
  const roots = side.scan.projects.map((p) => ({
    name: p.name,
    prefix: p.root ? `${p.root}/` : ""
  }));
  const owner = (path) => roots.filter((r) => path.startsWith(r.prefix)).sort((a, b) => b.prefix.length - a.prefix.length)[0]?.name;
  const put = (kind, name, project, cols) => {
    const list = byKindName.get(`${kind}\0${name}`) ?? [];
    const node = list.find((n) => n.project === project) ?? (list.length === 1 ? list[0] : void 0);
    if (node && !out.has(node.display)) out.set(node.display, cols);
  };
  for (const [path, text] of side.files) {
    if (!/\.ya?ml$/.test(path) || !text.includes("columns:") || path.endsWith("dbt_project.yml"))
      continue;
    const doc = yamlOf(side, path);
    if (!isObj(doc)) continue;
    const project = owner(path);
    for (const [section, kind] of [
      ["models", "model"],
      ["seeds", "seed"],
      ["snapshots", "snapshot"]
    ]) {
      const list = doc[section];
      if (!Array.isArray(list)) continue;
      for (const e of list) {
        if (!isObj(e) || typeof e["name"] !== "string") continue;
        const cols = columnNames(e);
        if (cols) put(kind, e["name"], project, cols);
      }
    }
    const sources = doc["sources"];
    if (!Array.isArray(sources)) continue;
    for (const s of sources) {
      if (!isObj(s) || typeof s["name"] !== "string" || !Array.isArray(s["tables"])) continue;
      for (const t of s["tables"]) {
        if (!isObj(t) || typeof t["name"] !== "string") continue;
        const cols = columnNames(t);
        if (cols) put("source", `${s["name"]}.${t["name"]}`, project, cols);
      }
    }
  }
  return out;
}

// src/columns/classify.ts
function ws(s) {
  return s.replace(/\s+/g, " ").trim();
}
function scopeLabel(key) {
  if (key === "root") return "the final select";
  if (key.startsWith("cte:")) return `CTE ${key.slice(4)}`;
  const cte = /^cte:([^>]+)>/.exec(key);
  return cte ? `a nested query in CTE ${cte[1]}` : "a nested query";
}
function isRootBranch(key) {
  return /^root(>(left|right|this))+$/.test(key);
}
function classifyChange(base, head, baseSql, headSql) {
  if ("unknown" in base || "unknown" in head) {
    if (baseSql !== void 0 && headSql !== void 0 && ws(baseSql) === ws(headSql)) {
      return { category: "cosmetic", reasons: ["the SQL differs only in whitespace"] };
    }
    const reasons = [];
    if ("unknown" in base) reasons.push(`base: ${base.unknown}`);
    if ("unknown" in head) reasons.push(`head: ${head.unknown}`);
    return { category: "unknown", reasons };
  }
  return classifyKnown(base, head);
}
function classifyKnown(base, head) {
  if (base.shape.tree === "" || head.shape.tree === "")
    return { category: "unknown", reasons: ["analysed without its structure: not compared"] };
  if (base.shape.tree === head.shape.tree && base.dialect === head.dialect) {
    return {
      category: "cosmetic",
      reasons: ["the parsed queries are equal (formatting, comments or Jinja only)"]
    };
  }
  const modelWide = [];
  const bRel = new Set(base.relations);
  const hRel = new Set(head.relations);
  const gained = head.relations.filter((r) => !bRel.has(r));
  const lost = base.relations.filter((r) => !hRel.has(r));
  if (gained.length || lost.length) {
    const parts = [];
    if (gained.length) parts.push(`now reads ${gained.join(", ")}`);
    if (lost.length) parts.push(`no longer reads ${lost.join(", ")}`);
    modelWide.push(`sources changed: ${parts.join("; ")}`);
  }
  const scopes = /* @__PURE__ */ new Set([
    ...Object.keys(base.shape.skeletons),
    ...Object.keys(head.shape.skeletons)
  ]);
  const changedScopes = [];
  for (const s of scopes) {
    if (base.shape.skeletons[s] !== head.shape.skeletons[s]) changedScopes.push(s);
  }
  if (changedScopes.length) {
    const labels = [...new Set(changedScopes.map(scopeLabel))].slice(0, 5);
    modelWide.push(
      `joins, filters, grouping or the query structure changed in ${labels.join(", ")}`
    );
  }
  const changed = /* @__PURE__ */ new Set();
  const inner = /* @__PURE__ */ new Set();
  const positional = /* @__PURE__ */ new Set();
  const defScopes = /* @__PURE__ */ new Set([
    ...Object.keys(base.shape.definitions),
    ...Object.keys(head.shape.definitions)
  ]);
  const isOuter = (s) => s === "root" || isRootBranch(s);
  let unplaced = false;
  const unnamed = (s, n) => {
    const m = /^#(\d+)$/.exec(n);
    if (!m || !isOuter(s)) return false;
    const defs = { ...base.shape.definitions[s], ...head.shape.definitions[s] };
    if (Object.keys(defs).some((k) => k.startsWith("*"))) unplaced = true;
    else positional.add(Number(m[1]));
    return true;
  };
  for (const s of defScopes) {
    const b = base.shape.definitions[s] ?? {};
    const h = head.shape.definitions[s] ?? {};
    const bNames = Object.keys(b);
    const hNames = Object.keys(h);
    for (const n of /* @__PURE__ */ new Set([...bNames, ...hNames])) {
      if (b[n]?.sql !== h[n]?.sql) {
        if (unnamed(s, n)) continue;
        const name = n.replace(/#\d+$/, "");
        changed.add(name);
        if (!isOuter(s)) inner.add(name);
        if (isRootBranch(s)) {
          const i = hNames.indexOf(n);
          positional.add(i >= 0 ? i : bNames.indexOf(n));
        }
      }
    }
  }
  for (let round = 0; round < 50; round++) {
    let grew = false;
    for (const s of defScopes) {
      for (const [n, d] of Object.entries(head.shape.definitions[s] ?? {})) {
        if (/^#\d+$/.test(n)) {
          if (d.mentions.some((m) => changed.has(m))) unnamed(s, n);
          continue;
        }
        const name = n.replace(/#\d+$/, "");
        if (!isOuter(s) && !inner.has(name) && d.mentions.some((m) => inner.has(m))) {
          inner.add(name);
          grew = true;
        }
        if (!changed.has(name) && d.mentions.some((m) => changed.has(m))) {
          changed.add(name);
          grew = true;
        }
      }
    }
    if (!grew) break;
  }
  const rowMentions = /* @__PURE__ */ new Set([...base.shape.rowMentions, ...head.shape.rowMentions]);
  const headOut = new Set(head.columns.map((c) => c.name));
  const baseOut = new Set(base.columns.map((c) => c.name));
  const upstreamNames = new Set(
    [base, head].flatMap(
      (m) => [...m.columns.flatMap((c) => c.upstream), ...m.rowAffecting].map((u) => u.column)
    )
  );
  const lateral = [...changed].filter(
    (n) => !inner.has(n) && rowMentions.has(n) && !upstreamNames.has(n)
  );
  const rowChanged = [...inner, ...lateral].filter((n) => rowMentions.has(n) && n !== "*");
  if (rowChanged.length) {
    modelWide.push(
      `${rowChanged.slice(0, 5).join(", ")} ${rowChanged.length === 1 ? "is" : "are"} redefined and used in a filter, join or grouping`
    );
  }
  const added = head.columns.filter((c) => !baseOut.has(c.name)).map((c) => c.name);
  const removed = base.columns.filter((c) => !headOut.has(c.name)).map((c) => c.name);
  const baseBy = new Map(base.columns.map((c) => [c.name, c]));
  const modified = [];
  const named = new Set(
    Object.entries(head.shape.definitions).filter(([s]) => isOuter(s)).flatMap(([, defs]) => Object.keys(defs))
  );
  head.columns.forEach((c, i) => {
    const b = baseBy.get(c.name);
    if (!b) return;
    const up = (x) => x.upstream.map((u) => `${u.relation}.${u.column}`).join(",");
    if (changed.has(c.name) || positional.has(i) || unplaced && !named.has(c.name) || up(b) !== up(c) || b.transform !== c.transform) {
      modified.push(c.name);
    }
  });
  const order = (xs, set) => xs.filter((x) => set.has(x));
  const common = new Set(head.columns.map((c) => c.name).filter((n) => baseOut.has(n)));
  const bOrder = order(
    base.columns.map((c) => c.name),
    common
  );
  const hOrder = order(
    head.columns.map((c) => c.name),
    common
  );
  const moved = hOrder.filter((n, i) => bOrder[i] !== n && !modified.includes(n));
  const columns = { added, removed, modified: [...modified, ...moved] };
  const notes = [];
  if (!head.complete || !base.complete) {
    notes.push(
      `the column list is partial (${(head.complete ? base : head).incompleteReasons[0] ?? "unresolved"})`
    );
  }
  if (modelWide.length)
    return { category: "model-wide", reasons: [...modelWide, ...notes], columns };
  if (added.length && head.shape.grainFromSelectList) {
    return {
      category: "model-wide",
      reasons: [
        `${added.join(", ")} added under SELECT DISTINCT / GROUP BY ALL / a set operation: the rows change`,
        ...notes
      ],
      columns
    };
  }
  if (removed.length || columns.modified.length) {
    const reasons = [];
    if (removed.length) reasons.push(`removed: ${removed.join(", ")}`);
    if (modified.length) reasons.push(`redefined: ${modified.join(", ")}`);
    if (moved.length) reasons.push(`moved: ${moved.join(", ")}`);
    if (added.length) reasons.push(`added: ${added.join(", ")}`);
    return { category: "column", reasons: [...reasons, ...notes], columns };
  }
  if (added.length)
    return { category: "additive", reasons: [`added: ${added.join(", ")}`, ...notes], columns };
  return {
    category: "cosmetic",
    reasons: [
      "no output column, source, join, filter or grouping changed (e.g. ORDER BY or unused code)",
      ...notes
    ],
    columns
  };
}

// src/columns/blind-spots.ts
var CONTEXT_DEPENDENT = /(?<![A-Za-z0-9])(is_incremental|should_full_refresh|target|env_var|var|flags|execute|run_query|statement|load_result|invocation_id|run_started_at|graph|selected_resources|config\s*\.\s*(?:get|require))(?![A-Za-z0-9])/;
var JINJA = /\{%-?\s*(\w+)([\s\S]*?)-?%\}|\{\{[\s\S]*?\}\}/g;
var BLOCKS = /* @__PURE__ */ new Set([
  "if",
  "for",
  "macro",
  "call",
  "filter",
  "raw",
  "snapshot",
  "test",
  "materialization",
  "docs"
]);
var norm = (text) => text.replace(/\s+/g, " ").trim();
function hiddenParts(text) {
  const parts = [];
  const stack = [];
  const insideHidden = () => stack.some((b) => b.hidden);
  const tainted = [];
  let aliases = null;
  const reads = (code) => CONTEXT_DEPENDENT.test(code) || (aliases?.test(code) ?? false);
  for (const m of text.matchAll(JINJA)) {
    const whole = m[0];
    const tag = m[1];
    const args = m[2] ?? "";
    if (tag === void 0) {
      if (!insideHidden() && reads(whole)) parts.push(norm(whole));
      continue;
    }
    const opensSet = tag === "set" && !args.includes("=");
    if (tag === "set" && !opensSet && reads(args)) {
      const name = /^\s*([A-Za-z_]\w*)\s*=/.exec(args)?.[1];
      if (name !== void 0 && tainted.length < 100) {
        tainted.push(name);
        aliases = new RegExp(`(?<![\\w.])(${tainted.join("|")})(?!\\w)`);
      }
    }
    if (BLOCKS.has(tag) || opensSet) {
      const hidden = (tag === "if" || tag === "for" || opensSet) && reads(args);
      stack.push({ start: m.index, hidden, tag });
    } else if (tag === "elif" || tag === "else") {
      const top = stack[stack.length - 1];
      if (!top) return null;
      if (reads(args)) top.hidden = true;
    } else if (tag.startsWith("end")) {
      const top = stack.pop();
      if (!top || `end${top.tag}` !== tag) return null;
      if (top.hidden && !insideHidden())
        parts.push(norm(text.slice(top.start, m.index + whole.length)));
    } else if (!insideHidden() && reads(args)) {
      parts.push(norm(whole));
    }
  }
  return stack.length === 0 ? parts : null;
}
function construct(parts) {
  for (const part of parts) {
    const found = CONTEXT_DEPENDENT.exec(part);
    if (found) return found[1];
  }
  return "the context";
}
function withBlindSpots(classification, pairs) {
  if (classification.category !== "cosmetic") return classification;
  for (const [before, after] of pairs) {
    const a = before === void 0 ? [] : hiddenParts(before);
    const b = after === void 0 ? [] : hiddenParts(after);
    const same = a !== null && b !== null && a.length === b.length && a.every((p, i) => p === b[i]);
    if (same) continue;
    const read = construct([...a ?? [], ...b ?? [], before ?? "", after ?? ""]);
    return {
      category: "unknown",
      reasons: [
        `renders the same query here, but the edit touches code that reads \`${read}\`, whose other branches (an incremental run, another target, configuration set outside the model) the renderer cannot see`
      ]
    };
  }
  return classification;
}

// src/columns/radius.ts
var MAX_REASONS = 5;
function columnRadius(changes, graph) {
  const byId = new Map(graph.map((n) => [n.id, n]));
  const consumers = /* @__PURE__ */ new Map();
  for (const n of graph) {
    const rels = /* @__PURE__ */ new Map();
    for (const [rel, up] of Object.entries(n.upstream)) {
      const list = rels.get(up) ?? [];
      list.push(rel);
      rels.set(up, list);
    }
    for (const d of n.dependsOn ?? []) if (!rels.has(d)) rels.set(d, []);
    for (const [up, relations] of rels) {
      const list = consumers.get(up) ?? [];
      list.push({ node: n, relations });
      consumers.set(up, list);
    }
  }
  const changedIds = new Set(changes.map((c) => c.model));
  const downstream = /* @__PURE__ */ new Set();
  const stack = [...changedIds];
  while (stack.length) {
    const id = stack.pop();
    for (const c of consumers.get(id) ?? []) {
      if (!downstream.has(c.node.id)) {
        downstream.add(c.node.id);
        stack.push(c.node.id);
      }
    }
  }
  const involved = /* @__PURE__ */ new Set([...changedIds, ...downstream]);
  const indeg = /* @__PURE__ */ new Map();
  for (const id of involved) indeg.set(id, 0);
  for (const id of involved)
    for (const c of consumers.get(id) ?? [])
      if (involved.has(c.node.id)) indeg.set(c.node.id, (indeg.get(c.node.id) ?? 0) + 1);
  const order = [];
  const queue = [...involved].filter((id) => indeg.get(id) === 0);
  while (queue.length) {
    const id = queue.shift();
    order.push(id);
    for (const c of consumers.get(id) ?? []) {
      if (!involved.has(c.node.id)) continue;
      const d = (indeg.get(c.node.id) ?? 0) - 1;
      indeg.set(c.node.id, d);
      if (d === 0) queue.push(c.node.id);
    }
  }
  const cyclic = [...involved].filter((id) => !order.includes(id));
  const states = /* @__PURE__ */ new Map();
  const get = (id) => {
    let s = states.get(id);
    if (!s) {
      s = { changed: /* @__PURE__ */ new Set(), added: /* @__PURE__ */ new Set(), why: [] };
      states.set(id, s);
    }
    return s;
  };
  for (const ch of changes) {
    const s = get(ch.model);
    const c = ch.classification;
    if (c.category === "model-wide" || c.category === "unknown") {
      s.full ??= `${ch.model} is ${c.category}${c.reasons[0] ? ` (${c.reasons[0]})` : ""}`;
    } else if (c.category === "column" || c.category === "additive") {
      for (const x of c.columns?.removed ?? []) s.changed.add(x);
      for (const x of c.columns?.modified ?? []) s.changed.add(x);
      for (const x of c.columns?.added ?? []) s.added.add(x);
    }
  }
  for (const id of cyclic) get(id).full ??= "part of a dependency cycle";
  for (const id of order) {
    const up = states.get(id);
    if (!up || !up.full && up.changed.size === 0 && up.added.size === 0) continue;
    for (const { node, relations } of consumers.get(id) ?? []) {
      if (!involved.has(node.id)) continue;
      propagate(id, up, node, relations, get(node.id));
    }
  }
  const out = /* @__PURE__ */ new Map();
  for (const id of downstream) {
    if (changedIds.has(id) && !byId.has(id)) continue;
    const s = states.get(id);
    if (s?.full) out.set(id, { reach: "full", reasons: [s.full] });
    else if (s && (s.changed.size || s.added.size)) {
      out.set(id, {
        reach: "columns",
        columns: [.../* @__PURE__ */ new Set([...s.changed, ...s.added])].sort(),
        reasons: s.why.slice(0, MAX_REASONS)
      });
    } else out.set(id, { reach: "unaffected", reasons: ["no changed column reaches it"] });
  }
  return out;
}
function propagate(upId, up, node, relations, s) {
  if (s.full) return;
  if (up.full) {
    s.full = `reads ${upId}, which changes as a whole`;
    return;
  }
  if ("unknown" in node.columns) {
    s.full = `its columns are unknown (${node.columns.unknown}) and ${upId} changed`;
    return;
  }
  const m = node.columns;
  if (relations.length === 0) {
    if (s.why.length < MAX_REASONS)
      s.why.push(`depends on ${upId}, but its rendered SQL does not read it`);
    return;
  }
  const rels = new Set(relations);
  for (const c of up.changed) {
    const use = m.rowAffecting.find((u) => rels.has(u.relation) && u.column === c);
    if (use) {
      s.full = `uses ${upId}.${c} in a ${use.context === "distinct" ? "DISTINCT / grouping" : use.context}`;
      return;
    }
  }
  if (up.changed.size && m.rowAffectingIncomplete) {
    s.full = `a filter, join or grouping could not be traced and ${upId} changed columns`;
    return;
  }
  const passesStar = relations.some((r) => m.starFrom.includes(r));
  if ((up.changed.size || up.added.size) && passesStar && !m.complete) {
    s.full = `selects * from ${upId} without a known column list`;
    return;
  }
  if (up.added.size && passesStar) {
    if (m.shape.grainFromSelectList) {
      s.full = `new columns of ${upId} flow through * into a DISTINCT / GROUP BY ALL`;
      return;
    }
    const own = new Set(m.columns.map((c) => c.name));
    for (const a of up.added) {
      if (!own.has(a)) {
        s.added.add(a);
        if (s.why.length < MAX_REASONS) s.why.push(`${upId}.${a} flows through *`);
      }
    }
  }
  for (const col of m.columns) {
    for (const u of col.upstream) {
      if (rels.has(u.relation) && (up.changed.has(u.column) || up.added.has(u.column))) {
        s.changed.add(col.name);
        if (s.why.length < MAX_REASONS) s.why.push(`${col.name} ← ${upId}.${u.column}`);
        break;
      }
    }
  }
}

// src/columns/contracts.ts
function normType(t) {
  return (t ?? "").toLowerCase().replace(/\s+/g, " ").trim();
}
function checkContract(model, base, head, headColumns) {
  const out = [];
  const enforced = (c) => c?.enforced === true;
  if (enforced(base)) {
    const headBy = new Map((head?.columns ?? []).map((c) => [c.name.toLowerCase(), c]));
    for (const b of base.columns) {
      const h = headBy.get(b.name.toLowerCase());
      if (!h) {
        out.push({
          model,
          column: b.name,
          kind: "removed",
          severity: "error",
          message: `${model} has an enforced contract and its column ${b.name} was removed`
        });
      } else if (normType(b.data_type) && normType(h.data_type) && normType(b.data_type) !== normType(h.data_type)) {
        out.push({
          model,
          column: b.name,
          kind: "retyped",
          severity: "error",
          message: `${model} has an enforced contract and its column ${b.name} changed type from ${b.data_type} to ${h.data_type}`
        });
      }
    }
  }
  if (enforced(head) && headColumns && !("unknown" in headColumns) && headColumns.complete) {
    const produced = new Set(headColumns.columns.map((c) => c.name));
    for (const h of head.columns) {
      if (!produced.has(h.name.toLowerCase())) {
        out.push({
          model,
          column: h.name,
          kind: "not-produced",
          severity: "error",
          message: `${model} has an enforced contract declaring ${h.name}, which its SQL does not produce`
        });
      }
    }
  }
  return out;
}

// src/columns/impact.ts
var BUDGET_REASON = "not analysed (budget)";
var UNAVAILABLE_REASON = "column analysis unavailable";
var RENDERED = /* @__PURE__ */ new Set(["sql", "macro", "var"]);
function contractOf(side, node) {
  const root = projectRoot(side.scan, node.project);
  const prefix = root ? `${root}/` : "";
  for (const [path, text] of side.files) {
    if (!path.startsWith(prefix) || !/\.ya?ml$/.test(path) || !text.includes(node.name)) continue;
    const doc = yamlOf(side, path);
    const models = doc?.models;
    if (!Array.isArray(models)) continue;
    for (const m of models) {
      if (!m || typeof m !== "object") continue;
      const entry = m;
      if (entry["name"] !== node.name) continue;
      const cfg = entry["config"] ?? {};
      const c = cfg["contract"] ?? {};
      const enforced = node.contract === true || c["enforced"] === true || c["enforced"] === "true";
      const columns = Array.isArray(entry["columns"]) ? entry["columns"].flatMap((col) => {
        if (!col || typeof col !== "object") return [];
        const x = col;
        if (typeof x["name"] !== "string") return [];
        return [
          {
            name: x["name"],
            ...typeof x["data_type"] === "string" && { data_type: x["data_type"] }
          }
        ];
      }) : [];
      return { contract: { enforced, columns }, file: path };
    }
  }
  return node.contract ? { contract: { enforced: true, columns: [] }, file: node.path } : void 0;
}
function macroPairs(base, head, macros) {
  if (macros.length === 0) return [];
  const wanted = new Set(macros);
  const pathsOf = (side) => new Map(
    (side?.scan.nodes ?? []).filter((n) => n.kind === "macro" && wanted.has(n.display)).map((n) => [n.display, n.path])
  );
  const before = pathsOf(base);
  const after = pathsOf(head);
  return macros.map((macro) => {
    const b = before.get(macro);
    const a = after.get(macro);
    return [
      b === void 0 ? void 0 : base?.files.get(b),
      a === void 0 ? void 0 : head.files.get(a)
    ];
  });
}
async function analyzeColumnImpact(input, options = {}) {
  const own = options.runner ? void 0 : workerRunner({ timeoutMs: options.timeoutMs ?? 5e3 });
  const runner = memoizedAnalyses(options.runner ?? own);
  try {
    return await run(input, options, runner);
  } finally {
    await own?.close();
  }
}
async function run(input, options, runner) {
  const head = sideOf(input.head, input.headFiles);
  const base = input.base ? sideOf(input.base, input.baseFiles) : null;
  const maxModels = options.maxModels ?? 200;
  const deadline = Date.now() + (options.totalMs ?? 18e4);
  const dialects = /* @__PURE__ */ Object.create(null);
  const dialectOf = (project) => {
    if (Object.hasOwn(dialects, project)) return dialects[project];
    const dialect = detectProjectDialect(head, project, options.dialect);
    dialects[project] = dialect;
    return dialect;
  };
  const anchors = [];
  const classify = [];
  const radiusOnly = [];
  const otherAnchoring = /* @__PURE__ */ new Set();
  for (const c of input.changes) {
    const h = head.byId.get(c.node);
    const b = base?.byId.get(c.previous ?? c.node);
    const node = h ?? b;
    if (!node || !DATA_KINDS.has(node.kind)) continue;
    const display = node.display;
    if (c.anchors) anchors.push(display);
    if (c.kind === "modified" && h && b && (h.kind === "model" || h.kind === "snapshot") && c.reasons.some((r) => RENDERED.has(r))) {
      classify.push({ display, b, h, macros: c.macros ?? [] });
      if (c.reasons.some((r) => !RENDERED.has(r) && r !== "sql-format" && r !== "docs" && c.anchors))
        otherAnchoring.add(display);
    } else if (c.anchors) {
      radiusOnly.push({
        model: display,
        classification: { category: "model-wide", reasons: [`${c.kind}: ${c.reasons.join(", ")}`] }
      });
    }
  }
  const consumers = /* @__PURE__ */ new Map();
  const producers = /* @__PURE__ */ new Map();
  const addEdges = (side) => {
    for (const e of side.scan.edges) {
      const from = side.byId.get(e.from);
      const to = side.byId.get(e.to);
      if (!from || !to || !DATA_KINDS.has(from.kind) || !DATA_KINDS.has(to.kind)) continue;
      if (side !== head && !head.byDisplay.has(to.display)) continue;
      const set = consumers.get(from.display) ?? /* @__PURE__ */ new Set();
      set.add(to.display);
      consumers.set(from.display, set);
      if (side === head) {
        const p = producers.get(to.display) ?? /* @__PURE__ */ new Set();
        p.add(from.display);
        producers.set(to.display, p);
      }
    }
  };
  addEdges(head);
  if (base) addEdges(base);
  const distance = /* @__PURE__ */ new Map();
  let frontier = [...new Set(anchors)];
  for (let d = 1; frontier.length; d++) {
    const next = [];
    for (const id of frontier) {
      for (const c of consumers.get(id) ?? []) {
        if (!distance.has(c)) {
          distance.set(c, d);
          next.push(c);
        }
      }
    }
    frontier = next;
  }
  const budgeted = /* @__PURE__ */ new Set();
  let used = 0;
  for (const c of classify) {
    if (used + 2 > maxModels) break;
    budgeted.add(c.display);
    used += 2;
  }
  const byDistance = [...distance.keys()].filter((id) => {
    const kind = head.byDisplay.get(id)?.kind;
    return !budgeted.has(id) && (kind === "model" || kind === "snapshot");
  }).sort((a, b) => (distance.get(a) ?? 0) - (distance.get(b) ?? 0) || (a < b ? -1 : 1));
  for (const id of byDistance) {
    if (used + 1 > maxModels) break;
    budgeted.add(id);
    used++;
  }
  const classified = new Map(classify.map((c) => [c.display, c]));
  const involved = /* @__PURE__ */ new Set([...classified.keys(), ...distance.keys()]);
  const indeg = new Map([...involved].map((id) => [id, 0]));
  for (const id of involved)
    for (const c of consumers.get(id) ?? [])
      if (involved.has(c) && producers.get(c)?.has(id)) indeg.set(c, (indeg.get(c) ?? 0) + 1);
  const order = [];
  const queue = [...involved].filter((id) => indeg.get(id) === 0).sort();
  while (queue.length) {
    const id = queue.shift();
    order.push(id);
    for (const c of consumers.get(id) ?? []) {
      if (!involved.has(c) || !producers.get(c)?.has(id)) continue;
      const d = (indeg.get(c) ?? 0) - 1;
      indeg.set(c, d);
      if (d === 0) queue.push(c);
    }
  }
  const placed = new Set(order);
  for (const id of [...involved].sort()) if (!placed.has(id)) order.push(id);
  const changes = [];
  const graph = [];
  const radiusChanges = [...radiusOnly];
  let analysed = 0;
  let skipped = 0;
  for (const id of order) {
    const h = head.byDisplay.get(id);
    if (!h) continue;
    const c = classified.get(id);
    const dependsOn = [...producers.get(id) ?? []];
    if (!budgeted.has(id) || Date.now() > deadline) {
      const sql = h.kind === "model" || h.kind === "snapshot";
      if (sql) skipped++;
      const analysis = { unknown: sql ? BUDGET_REASON : `${h.kind} (no SQL to analyse)` };
      head.analyses.set(id, analysis);
      graph.push({ id, columns: analysis, upstream: {}, dependsOn });
      if (c) {
        const classification = { category: "unknown", reasons: [BUDGET_REASON] };
        changes.push({ model: id, category: "unknown", reasons: classification.reasons });
        radiusChanges.push({ model: id, classification });
      }
      continue;
    }
    const dialect = dialectOf(h.project);
    let before;
    if (c && base) {
      before = await analyseOn(
        base,
        c.b,
        dialect,
        varsOf(base.scan, c.b.project, options.vars),
        runner,
        head.analyses
      );
      base.analyses.set(id, before.analysis);
      analysed++;
    }
    const after = await analyseOn(
      head,
      h,
      dialect,
      varsOf(head.scan, h.project, options.vars),
      runner,
      void 0
    );
    head.analyses.set(id, after.analysis);
    analysed++;
    graph.push({ id, columns: after.analysis, upstream: after.upstream, dependsOn });
    if (c && before) {
      const classification = withBlindSpots(
        classifyChange(before.analysis, after.analysis, before.sql, after.sql),
        [[base?.files.get(c.b.path), head.files.get(h.path)], ...macroPairs(base, head, c.macros)]
      );
      changes.push({
        model: id,
        category: classification.category,
        ...classification.columns && classification.category !== "cosmetic" && classification.category !== "unknown" && { columns: classification.columns },
        reasons: classification.reasons
      });
      radiusChanges.push({
        model: id,
        classification: otherAnchoring.has(id) ? { category: "model-wide", reasons: ["other anchoring reasons changed too"] } : classification
      });
    }
  }
  const reach = columnRadius(radiusChanges, graph);
  const models = [...reach].map(([model, r]) => ({
    model,
    reach: r.reach,
    ...r.reach === "columns" && { columns: r.columns },
    reasons: r.reasons
  })).sort((a, b) => a.model < b.model ? -1 : a.model > b.model ? 1 : 0);
  const contracts = [];
  for (const ch of input.changes) {
    if (ch.kind !== "modified" || !base) continue;
    const h = head.byId.get(ch.node);
    const b = base.byId.get(ch.previous ?? ch.node);
    if (!h || !b || h.kind !== "model") continue;
    if (!h.contract && !b.contract && !ch.reasons.includes("contract")) continue;
    const bc = contractOf(base, b);
    const hc = contractOf(head, h);
    for (const v of checkContract(
      h.display,
      bc?.contract,
      hc?.contract,
      head.analyses.get(h.display)
    )) {
      contracts.push({ ...v, file: hc?.file ?? bc?.file ?? h.path });
    }
  }
  changes.sort((a, b) => a.model < b.model ? -1 : a.model > b.model ? 1 : 0);
  return {
    changes,
    models,
    anchors: [...new Set(anchors)].sort(),
    contracts,
    dialects: { ...dialects },
    analysed,
    skipped
  };
}
function unavailableColumnImpact(input, why) {
  const changes = [];
  const byId = new Map(input.head.nodes.map((n) => [n.id, n]));
  for (const c of input.changes) {
    const h = byId.get(c.node);
    if (c.kind !== "modified" || !h || h.kind !== "model") continue;
    if (!c.reasons.some((r) => RENDERED.has(r))) continue;
    changes.push({
      model: h.display,
      category: "unknown",
      reasons: [`${UNAVAILABLE_REASON}: ${why}`]
    });
  }
  return { changes, models: [], anchors: [], contracts: [], dialects: {}, analysed: 0, skipped: 0 };
}

export {
  sideOf,
  detectProjectDialect,
  varsOf,
  renderOn,
  analyseOn,
  BUDGET_REASON,
  UNAVAILABLE_REASON,
  analyzeColumnImpact,
  unavailableColumnImpact
};
