import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/project/fast-yaml.ts
var Unsupported = class extends Error {
};
var bail = () => {
  throw new Unsupported();
};
var MAX_DEPTH = 200;
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
  constructor(src) {
    if (src.charCodeAt(0) === 65279) src = src.slice(1);
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
        out.push(this.inlineValue(rest, indent, l.no));
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
  /** The value after `key: ` or `- ` on line `no`; continuation lines are deeper than `indent`. */
  inlineValue(rest, indent, no) {
    if (rest[0] === "*") {
      const m = /^\*([^\s,[\]{}]+)\s*(#.*)?$/.exec(rest);
      if (!m || !this.anchors.has(m[1])) bail();
      return this.anchors.get(m[1]);
    }
    if (rest[0] === "&") {
      const m = /^&([^\s,[\]{}]+)\s*(.*)$/.exec(rest);
      if (!m) bail();
      const after = m[2];
      let value;
      if (after === "" || after.startsWith("#")) {
        const n = this.peek();
        if (n && n.indent === indent && isSeqItem(n.text)) value = this.seq(indent);
        else value = this.node(indent);
      } else value = this.inlineValue(after, indent, no);
      this.anchors.set(m[1], value);
      return value;
    }
    const c = rest[0];
    if (c === "!" || c === "?" || c === "%" || c === "@" || c === "`") bail();
    if (c === "|" || c === ">") return this.blockScalar(rest, indent, no);
    if (c === "[" || c === "{") {
      let text2 = rest;
      const p = new Flow(text2);
      let v = p.tryParse();
      while (v === INCOMPLETE) {
        const n = this.peek();
        if (!n || n.indent <= indent) return bail();
        text2 += " " + n.text;
        this.i++;
        v = new Flow(text2).tryParse();
      }
      return v;
    }
    if (c === '"' || c === "'") {
      const { value, end } = quoted(rest, 0);
      const tail = rest.slice(end).trim();
      if (tail !== "" && !tail.startsWith("#")) bail();
      return value;
    }
    let text = stripComment(rest);
    const hadComment = text.length !== rest.length;
    for (; ; ) {
      const n = this.peek();
      if (!n || n.indent <= indent) break;
      if (hadComment) bail();
      if (keyOf(n.text) || isSeqItem(n.text)) bail();
      if (n.no !== this.lines[this.i - 1].no + 1) bail();
      text += " " + stripComment(n.text);
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
    this.i++;
    for (; ; ) {
      const n = this.peek();
      if (!n || n.indent <= parent) break;
      if (n.no !== this.lines[this.i - 1].no + 1) bail();
      text += " " + stripComment(n.text);
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
  if (c === "&" || c === "*" || c === "!" || c === "|" || c === ">" || c === "%" || c === "@" || c === "`")
    bail();
  if (c === '"' || c === "'" || c === "[" || c === "{") bail();
  if (c === "-" && s[1] === " ") bail();
  if (/: |:$| #/.test(s)) bail();
  return s;
}
var INCOMPLETE = /* @__PURE__ */ Symbol("incomplete");
var Flow = class {
  constructor(s) {
    this.s = s;
  }
  s;
  i = 0;
  depth = 0;
  tryParse() {
    try {
      const v = this.value();
      this.ws();
      if (this.i < this.s.length && this.s[this.i] !== "#") bail();
      return v;
    } catch (error) {
      if (error === INCOMPLETE) return INCOMPLETE;
      throw error;
    }
  }
  ws() {
    while (this.i < this.s.length && (this.s[this.i] === " " || this.s[this.i] === "	")) this.i++;
    if (this.s[this.i] === "#" && (this.i === 0 || /\s/.test(this.s[this.i - 1]))) bail();
  }
  value() {
    this.ws();
    if (this.i >= this.s.length) throw INCOMPLETE;
    const c = this.s[this.i];
    if (++this.depth > MAX_DEPTH) bail();
    try {
      if (c === "[") {
        this.i++;
        const out = [];
        for (; ; ) {
          this.ws();
          if (this.i >= this.s.length) throw INCOMPLETE;
          if (this.s[this.i] === "]") {
            this.i++;
            return out;
          }
          const v = this.value();
          this.ws();
          if (this.s[this.i] === ":") bail();
          out.push(v);
          this.ws();
          if (this.i >= this.s.length) throw INCOMPLETE;
          if (this.s[this.i] === ",") this.i++;
          else if (this.s[this.i] !== "]") bail();
        }
      }
      if (c === "{") {
        this.i++;
        const out = {};
        for (; ; ) {
          this.ws();
          if (this.i >= this.s.length) throw INCOMPLETE;
          if (this.s[this.i] === "}") {
            this.i++;
            return out;
          }
          const k = this.value();
          if (k === null || typeof k === "object") bail();
          const key = String(k);
          if (key === "__proto__" || key === "<<") bail();
          this.ws();
          let v = null;
          if (this.s[this.i] === ":") {
            this.i++;
            v = this.value();
          }
          out[key] = v;
          this.ws();
          if (this.i >= this.s.length) throw INCOMPLETE;
          if (this.s[this.i] === ",") this.i++;
          else if (this.s[this.i] !== "}") bail();
        }
      }
      if (c === '"' || c === "'") {
        const { value, end } = quoted(this.s, this.i);
        this.i = end;
        return value;
      }
      let j = this.i;
      while (j < this.s.length) {
        const x = this.s[j];
        if (x === "," || x === "]" || x === "}" || x === "[" || x === "{") break;
        if (x === ":" && (j + 1 >= this.s.length || /[\s,\]}]/.test(this.s[j + 1]))) break;
        if (x === "#" && /\s/.test(this.s[j - 1] ?? "")) bail();
        j++;
      }
      const text = this.s.slice(this.i, j).trim();
      this.i = j;
      if (text === "") return null;
      return scalar(text);
    } finally {
      this.depth--;
    }
  }
};

export {
  fastYaml
};
