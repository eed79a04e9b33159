import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/project/fast-yaml.ts
var Unsupported = class extends Error {
};
var bail = () => {
  throw new Unsupported();
};
var MAX_DEPTH = 200;
var MAX_ALIASES_PER_ANCHOR = 100;
var OTHER_WHITESPACE = /[\t\v\f\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]|\r(?!\n)/;
var ANCHOR = /^&([\w-]+)(?: +(.*))?$/;
var ALIAS = /^\*([\w-]+)(?: +#.*)?$/;
var MAX_YAML_ALIASES = 1e4;
function aliasCount(src, cap = MAX_YAML_ALIASES) {
  let count = 0;
  for (const _ of src.matchAll(/(?:^|[\s[{,])\*[^\s,[\]{}]/g)) if (++count > cap) break;
  return count;
}
function tooManyAliases(src) {
  return aliasCount(src) > MAX_YAML_ALIASES;
}
function fastYaml(src) {
  try {
    return new Reader(src).document();
  } catch (error) {
    if (error instanceof Unsupported || error instanceof RangeError) return void 0;
    throw error;
  }
}
var Reader = class {
  raw;
  lines = [];
  i = 0;
  depth = 0;
  anchors = /* @__PURE__ */ new Map();
  /** Anchors whose node is being read: an alias of one is a cycle for `yaml`. */
  open = /* @__PURE__ */ new Set();
  aliases = 0;
  constructor(src) {
    if (src.charCodeAt(0) === 65279) src = src.slice(1);
    if (OTHER_WHITESPACE.test(src)) bail();
    this.raw = src.split(/\r?\n/);
    let started = false;
    for (let no = 0; no < this.raw.length; no++) {
      const r = this.raw[no];
      let k = 0;
      while (r[k] === " ") k++;
      if (r[k] === "	" && r.slice(k).trim() !== "") bail();
      const text = r.slice(k).trimEnd();
      if (text === "" || text.startsWith("#")) continue;
      if (text.startsWith("---") && k === 0 && (text.length === 3 || text[3] === " ")) {
        if (started || text.length > 3) bail();
        started = true;
        continue;
      }
      if (text === "..." && k === 0 || text.startsWith("%") && k === 0) bail();
      started = true;
      this.lines.push({ indent: k, text, no });
    }
  }
  document() {
    if (this.lines.length === 0) return null;
    const v = this.node(-1);
    if (this.i < this.lines.length) bail();
    return v;
  }
  peek() {
    return this.lines[this.i];
  }
  /** A node whose lines are indented more than `parent`. */
  node(parent) {
    const l = this.peek();
    if (!l || l.indent <= parent) return null;
    if (++this.depth > MAX_DEPTH) bail();
    try {
      if (isSeqItem(l.text)) return this.seq(l.indent);
      if (keyOf(l.text)) return this.map(l.indent);
      return this.plainLines(parent);
    } finally {
      this.depth--;
    }
  }
  seq(indent) {
    const out = [];
    for (; ; ) {
      const l = this.peek();
      if (!l || l.indent !== indent || !isSeqItem(l.text)) break;
      const rest = l.text.slice(1).replace(/^ +/, "");
      const col = indent + (l.text.length - rest.length);
      if (rest === "" || rest.startsWith("#")) {
        this.i++;
        out.push(this.node(indent));
        continue;
      }
      this.lines[this.i] = { indent: col, text: rest, no: l.no };
      if (++this.depth > MAX_DEPTH) bail();
      if (isSeqItem(rest)) out.push(this.seq(col));
      else if (keyOf(rest)) out.push(this.map(col));
      else {
        this.i++;
        out.push(this.inlineValue(rest, indent, l.no, true));
      }
      this.depth--;
    }
    return out;
  }
  map(indent) {
    const out = {};
    for (; ; ) {
      const l = this.peek();
      if (!l || l.indent !== indent || isSeqItem(l.text)) break;
      const k = keyOf(l.text);
      if (!k) bail();
      const { key, rest } = k;
      if (key === "__proto__" || key === "<<") bail();
      this.i++;
      let value;
      if (rest === "" || rest.startsWith("#")) {
        const n = this.peek();
        if (n && n.indent === indent && isSeqItem(n.text)) value = this.seq(indent);
        else value = this.node(indent);
      } else value = this.inlineValue(rest, indent, l.no);
      out[key] = value;
    }
    return out;
  }
  /**
   * The value after `key: ` or `- ` (`inSeq`) on line `no`; continuation lines are deeper than
   * `indent`.
   */
  inlineValue(rest, indent, no, inSeq = false) {
    if (rest[0] === "*") {
      const m = ALIAS.exec(rest);
      if (!m || this.open.has(m[1])) bail();
      const a = this.anchors.get(m[1]);
      if (!a || a.holdsAlias || ++a.count > MAX_ALIASES_PER_ANCHOR) bail();
      this.aliases++;
      return a.value;
    }
    if (rest[0] === "&") {
      const m = ANCHOR.exec(rest);
      if (!m) bail();
      const name = m[1];
      if (this.open.has(name)) bail();
      const after = m[2] ?? "";
      if (after[0] === "&" || after[0] === "*") bail();
      this.open.add(name);
      const aliasesBefore = this.aliases;
      let value;
      if (after === "" || after.startsWith("#")) {
        const n = this.peek();
        if (!inSeq && n && n.indent === indent && isSeqItem(n.text)) value = this.seq(indent);
        else value = this.node(indent);
      } else value = this.inlineValue(after, indent, no, inSeq);
      this.open.delete(name);
      this.anchors.set(name, { value, count: 0, holdsAlias: this.aliases !== aliasesBefore });
      return value;
    }
    const c = rest[0];
    if (c === "!" || c === "?" || c === "%" || c === "@" || c === "`") bail();
    if (c === "|" || c === ">") return this.blockScalar(rest, indent, no);
    if (c === "[" || c === "{") {
      let last = no;
      return new Flow(rest, () => {
        const n = this.peek();
        if (!n || n.indent <= indent) return void 0;
        this.i++;
        const gap = n.no !== last + 1;
        last = n.no;
        return { text: " " + n.text, gap };
      }).parse();
    }
    if (c === '"' || c === "'") {
      const { value, end } = quoted(rest, 0);
      const tail = rest.slice(end).trim();
      if (tail !== "" && !tail.startsWith("#")) bail();
      return value;
    }
    let text = stripComment(rest);
    let hadComment = text.length !== rest.length;
    for (; ; ) {
      const n = this.peek();
      if (!n || n.indent <= indent) break;
      if (hadComment) bail();
      if (keyOf(n.text) || isSeqItem(n.text)) bail();
      if (n.no !== this.lines[this.i - 1].no + 1) bail();
      const part = stripComment(n.text);
      hadComment = part.length !== n.text.length;
      text += " " + part;
      this.i++;
    }
    return scalar(text.trim());
  }
  plainLines(parent) {
    const first = this.peek();
    if (/^["'[{|>&*!]/.test(first.text)) {
      this.i++;
      return this.inlineValue(first.text, parent, first.no);
    }
    let text = stripComment(first.text);
    let hadComment = text.length !== first.text.length;
    this.i++;
    for (; ; ) {
      const n = this.peek();
      if (!n || n.indent <= parent) break;
      if (hadComment || n.no !== this.lines[this.i - 1].no + 1) bail();
      const part = stripComment(n.text);
      hadComment = part.length !== n.text.length;
      text += " " + part;
      this.i++;
    }
    return scalar(text.trim());
  }
  blockScalar(header, indent, no) {
    const m = /^([|>])([-+]?)([1-9]?)([-+]?)\s*(#.*)?$/.exec(header);
    if (!m) bail();
    const folded = m[1] === ">";
    const chomp = m[2] || m[4];
    if (m[3]) bail();
    const body = [];
    let j = no + 1;
    let contentIndent = -1;
    for (; j < this.raw.length; j++) {
      const r = this.raw[j];
      const trimmed = r.trim();
      let k = 0;
      while (r[k] === " ") k++;
      if (trimmed === "") {
        if (contentIndent >= 0 && r.length > contentIndent) bail();
        body.push("");
        continue;
      }
      if (k <= indent) break;
      if (contentIndent < 0) contentIndent = k;
      if (k < contentIndent) break;
      if (r[k] === "	" && k < contentIndent) bail();
      body.push(r.slice(contentIndent));
    }
    while (this.i < this.lines.length && this.lines[this.i].no < j) this.i++;
    let end = body.length;
    while (end > 0 && body[end - 1] === "") end--;
    const content = body.slice(0, end);
    const trailing = body.length - end;
    let text;
    if (!folded) text = content.join("\n");
    else {
      text = "";
      for (let k = 0; k < content.length; k++) {
        const line = content[k];
        if (k === 0) {
          text = line;
          continue;
        }
        const prev = content[k - 1];
        const moreIndented = line.startsWith(" ") || line.startsWith("	");
        const prevMore = prev.startsWith(" ") || prev.startsWith("	");
        if (line === "") text += "\n";
        else if (prev === "" || moreIndented || prevMore) {
          if (prev !== "" && (moreIndented || prevMore)) text += "\n";
          else if (prev === "" && k >= 2 && content[k - 2] === "") text += "";
          text += line;
        } else text += " " + line;
      }
      if (content.some((l, k) => l === "" || k > 0 && /^[ \t]/.test(l))) bail();
    }
    if (content.length === 0) return chomp === "+" ? "\n".repeat(trailing) : "";
    if (chomp === "-") return text;
    if (chomp === "+") return text + "\n" + "\n".repeat(trailing);
    return text + "\n";
  }
};
function isSeqItem(text) {
  return text === "-" || text.startsWith("- ");
}
function keyOf(text) {
  const c = text[0];
  if (c === '"' || c === "'") {
    let q;
    try {
      q = quoted(text, 0);
    } catch {
      return void 0;
    }
    if (text[q.end] !== ":" || text.length > q.end + 1 && text[q.end + 1] !== " ")
      return void 0;
    return { key: q.value, rest: text.slice(q.end + 1).trim() };
  }
  if (c === "[" || c === "{" || c === "#" || c === "&" || c === "*" || c === "!" || c === "|" || c === ">")
    return void 0;
  if (c === "?" && (text.length === 1 || text[1] === " ")) bail();
  let k = 0;
  for (; ; ) {
    k = text.indexOf(":", k);
    if (k < 0) return void 0;
    if (k + 1 === text.length || text[k + 1] === " ") break;
    k++;
  }
  const rawKey = text.slice(0, k);
  if (/\s#/.test(rawKey)) return void 0;
  const key = rawKey.trimEnd();
  if (key === "") bail();
  const resolved = scalar(key);
  if (resolved === null || typeof resolved === "object") bail();
  return { key: String(resolved), rest: text.slice(k + 1).trim() };
}
function stripComment(text) {
  const m = /(^|[ \t])#/.exec(text);
  return m ? text.slice(0, m.index).trimEnd() : text;
}
function quoted(text, start) {
  const q = text[start];
  let out = "";
  let run = start + 1;
  let i = run;
  while (i < text.length) {
    const c = text[i];
    if (q === "'") {
      if (c === "'") {
        if (text[i + 1] === "'") {
          out += text.slice(run, i + 1);
          i += 2;
          run = i;
          continue;
        }
        return { value: out + text.slice(run, i), end: i + 1 };
      }
      i++;
      continue;
    }
    if (c === '"') return { value: out + text.slice(run, i), end: i + 1 };
    if (c === "\\") {
      out += text.slice(run, i);
      const e = text[i + 1];
      if (e !== void 0 && Object.prototype.hasOwnProperty.call(SIMPLE_ESCAPES, e)) {
        out += SIMPLE_ESCAPES[e];
        i += 2;
        run = i;
        continue;
      }
      const len = e === "x" ? 2 : e === "u" ? 4 : e === "U" ? 8 : 0;
      const hex = text.slice(i + 2, i + 2 + len);
      if (!len || !/^[0-9a-fA-F]+$/.test(hex) || hex.length !== len) bail();
      out += String.fromCodePoint(parseInt(hex, 16));
      i += 2 + len;
      run = i;
      continue;
    }
    i++;
  }
  return bail();
}
var SIMPLE_ESCAPES = {
  "\\": "\\",
  '"': '"',
  "/": "/",
  n: "\n",
  t: "	",
  r: "\r",
  "0": "\0",
  " ": " ",
  b: "\b",
  f: "\f",
  e: "\x1B",
  a: "\x07",
  v: "\v",
  _: " ",
  N: "",
  L: "\u2028",
  P: "\u2029"
};
function scalar(s) {
  if (s === "" || s === "~" || s === "null" || s === "Null" || s === "NULL") return null;
  if (s === "true" || s === "True" || s === "TRUE") return true;
  if (s === "false" || s === "False" || s === "FALSE") return false;
  const c = s[0];
  if (c >= "0" && c <= "9" || c === "-" || c === "+" || c === ".") {
    if (/^[-+]?[0-9]+$/.test(s)) return parseInt(s, 10);
    if (/^0o[0-7]+$/.test(s)) return parseInt(s.slice(2), 8);
    if (/^0x[0-9a-fA-F]+$/.test(s)) return parseInt(s.slice(2), 16);
    if (/^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(s)) return parseFloat(s);
    if (/^[-+]?\.(inf|Inf|INF)$/.test(s)) return s.startsWith("-") ? -Infinity : Infinity;
    if (/^\.(nan|NaN|NAN)$/.test(s)) return NaN;
  }
  if (c === "&" || c === "*" || c === "!" || c === "|" || c === ">" || c === "%" || c === "@" || c === "`" || c === "#")
    bail();
  if (c === '"' || c === "'" || c === "[" || c === "{") bail();
  if (c === "," || c === "]" || c === "}") bail();
  if ((c === "-" || c === "?" || c === ":") && (s.length === 1 || s[1] === " ")) bail();
  if (/: |:$| #/.test(s)) bail();
  return s;
}
var Flow = class {
  // blank or comment lines came before the line `s`
  constructor(s, more) {
    this.s = s;
    this.more = more;
  }
  s;
  more;
  i = 0;
  depth = 0;
  gap = false;
  parse() {
    const v = this.value();
    this.ws();
    if (this.i < this.s.length) bail();
    return v;
  }
  /** Moves to the next line; false when there is none. */
  pull() {
    const n = this.more();
    if (!n) return false;
    this.s = n.text;
    this.i = 0;
    this.gap = n.gap;
    return true;
  }
  ws() {
    while (this.i < this.s.length && (this.s[this.i] === " " || this.s[this.i] === "	")) this.i++;
    if (this.s[this.i] === "#" && (this.i === 0 || /\s/.test(this.s[this.i - 1]))) bail();
  }
  /** The next character after spaces, on a later line if need be; bails when the lines run out. */
  next() {
    for (; ; ) {
      this.ws();
      if (this.i < this.s.length) return this.s[this.i];
      if (!this.pull()) bail();
    }
  }
  value() {
    const c = this.next();
    if (++this.depth > MAX_DEPTH) bail();
    try {
      if (c === "[") {
        this.i++;
        const out = [];
        for (; ; ) {
          const e = this.next();
          if (e === "]") {
            this.i++;
            return out;
          }
          if (e === ",") bail();
          const v = this.value();
          const d = this.next();
          if (d === ":") bail();
          out.push(v);
          if (d === ",") this.i++;
          else if (d !== "]") bail();
        }
      }
      if (c === "{") {
        this.i++;
        const out = {};
        for (; ; ) {
          if (this.next() === "}") {
            this.i++;
            return out;
          }
          const k = this.value();
          if (k === null || typeof k === "object") bail();
          const key = String(k);
          if (key === "__proto__" || key === "<<") bail();
          let v = null;
          if (this.next() === ":") {
            this.i++;
            v = this.value();
          }
          out[key] = v;
          const d = this.next();
          if (d === ",") this.i++;
          else if (d !== "}") bail();
        }
      }
      if (c === '"' || c === "'") {
        const { value, end } = quoted(this.s, this.i);
        this.i = end;
        return value;
      }
      let text = "";
      let from = this.i;
      let j = this.i;
      for (; ; ) {
        if (j >= this.s.length) {
          text += this.s.slice(from, j);
          this.i = j;
          if (!this.pull()) break;
          if (this.gap && text.trim() !== "") bail();
          from = j = 0;
          continue;
        }
        const x = this.s[j];
        if (x === "," || x === "]" || x === "}" || x === "[" || x === "{" || x === ":" && (j + 1 >= this.s.length || /[\s,\]}]/.test(this.s[j + 1]))) {
          text += this.s.slice(from, j);
          this.i = j;
          break;
        }
        if (x === "#" && /\s/.test(this.s[j - 1] ?? "")) bail();
        j++;
      }
      text = text.trim();
      if (text === "") return null;
      return scalar(text);
    } finally {
      this.depth--;
    }
  }
};

export {
  MAX_YAML_ALIASES,
  aliasCount,
  tooManyAliases,
  fastYaml
};
