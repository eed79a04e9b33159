/**
 * A fast reader for the block-style YAML subset dbt property files are written in (pure).
 * It returns `undefined` for anything outside that subset (tags, complex keys, merge keys,
 * multi-line quoted scalars, several documents, any tab or whitespace other than the space, …)
 * and the caller falls back to the full `yaml` parser, so it is an optimisation, never a second
 * dialect: a test checks it equals `yaml`'s result on every YAML file of the corpus where it answers.
 * Its work is linear in the text (a flow collection over many lines is read once, not once a line).
 *
 * Anchors and aliases (spellbook shares column definitions with them) are read, but only where
 * `yaml`'s own guard against alias bombs (`maxAliasCount`) is sure to agree: an alias of a node
 * that itself holds an alias bails, and so does the 101st alias of one anchor. The values aliased
 * are then alias-free, so `yaml` counts each alias once, and the result (which shares, like
 * `yaml`'s, one object per anchor) is at most ~100 times the text when walked as a tree.
 */

class Unsupported extends Error {}
const bail = (): never => {
  throw new Unsupported();
};

interface Line {
  indent: number;
  text: string; // after the indent, right-trimmed
  no: number; // index in raw
}

const MAX_DEPTH = 200;
/** Aliases of one anchor read here; more bail, below every caller's `maxAliasCount` (100, 1000). */
const MAX_ALIASES_PER_ANCHOR = 100;
/**
 * Whitespace other than the space and the line break: a tab separates tokens for `yaml` and not
 * here, and `trim` strips the rest where `yaml` keeps them; a lone CR is not a line break here.
 */
const OTHER_WHITESPACE =
  /[\t\v\f\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]|\r(?!\n)/;
/** The anchor and alias names read here (`yaml` allows more; those bail). */
const ANCHOR = /^&([\w-]+)(?: +(.*))?$/;
const ALIAS = /^\*([\w-]+)(?: +#.*)?$/;

interface Anchor {
  value: unknown;
  count: number; // aliases of it so far
  holdsAlias: boolean;
}

/** Aliases a YAML text may hold before the `yaml` package is not asked to read it. */
export const MAX_YAML_ALIASES = 10_000;

/**
 * How many things in a text may be YAML aliases (`*name` after a space or a flow indicator;
 * over-counted, never under), counting up to `cap + 1`. The `yaml` package's alias resolution
 * is quadratic in their number (10,000 took 1.8 s, 20,000 5.5 s), so a reader that falls back to
 * it bounds the count first.
 */
export function aliasCount(src: string, cap = MAX_YAML_ALIASES): number {
  let count = 0;
  for (const _ of src.matchAll(/(?:^|[\s[{,])\*[^\s,[\]{}]/g)) if (++count > cap) break;
  return count;
}

/** Whether a text has more than `MAX_YAML_ALIASES` possible aliases (see `aliasCount`). */
export function tooManyAliases(src: string): boolean {
  return aliasCount(src) > MAX_YAML_ALIASES;
}

export function fastYaml(src: string): unknown {
  try {
    return new Reader(src).document();
  } catch (error) {
    if (error instanceof Unsupported || error instanceof RangeError) return undefined;
    throw error;
  }
}

class Reader {
  raw: string[];
  lines: Line[] = [];
  i = 0;
  depth = 0;
  anchors = new Map<string, Anchor>();
  /** Anchors whose node is being read: an alias of one is a cycle for `yaml`. */
  open = new Set<string>();
  aliases = 0;
  constructor(src: string) {
    if (src.charCodeAt(0) === 0xfeff) src = src.slice(1);
    if (OTHER_WHITESPACE.test(src)) bail();
    this.raw = src.split(/\r?\n/);
    let started = false;
    for (let no = 0; no < this.raw.length; no++) {
      const r = this.raw[no]!;
      let k = 0;
      while (r[k] === ' ') k++;
      if (r[k] === '\t' && r.slice(k).trim() !== '') bail();
      const text = r.slice(k).trimEnd();
      if (text === '' || text.startsWith('#')) continue;
      if (text.startsWith('---') && k === 0 && (text.length === 3 || text[3] === ' ')) {
        if (started || text.length > 3) bail();
        started = true;
        continue;
      }
      if ((text === '...' && k === 0) || (text.startsWith('%') && k === 0)) bail();
      started = true;
      this.lines.push({ indent: k, text, no });
    }
  }

  document(): unknown {
    if (this.lines.length === 0) return null;
    const v = this.node(-1);
    if (this.i < this.lines.length) bail();
    return v;
  }

  peek(): Line | undefined {
    return this.lines[this.i];
  }

  /** A node whose lines are indented more than `parent`. */
  node(parent: number): unknown {
    const l = this.peek();
    if (!l || l.indent <= parent) return null;
    if (++this.depth > MAX_DEPTH) bail();
    try {
      if (isSeqItem(l.text)) return this.seq(l.indent);
      if (keyOf(l.text)) return this.map(l.indent);
      // a scalar on its own lines (plain, possibly multi-line)
      return this.plainLines(parent);
    } finally {
      this.depth--;
    }
  }

  seq(indent: number): unknown[] {
    const out: unknown[] = [];
    for (;;) {
      const l = this.peek();
      if (!l || l.indent !== indent || !isSeqItem(l.text)) break;
      const rest = l.text.slice(1).replace(/^ +/, '');
      const col = indent + (l.text.length - rest.length);
      if (rest === '' || rest.startsWith('#')) {
        this.i++;
        out.push(this.node(indent));
        continue;
      }
      // the item's content starts on this line at column `col`: re-read it as a node there
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

  map(indent: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (;;) {
      const l = this.peek();
      if (!l || l.indent !== indent || isSeqItem(l.text)) break;
      const k = keyOf(l.text);
      if (!k) bail();
      const { key, rest } = k!;
      if (key === '__proto__' || key === '<<') bail();
      this.i++;
      let value: unknown;
      if (rest === '' || rest.startsWith('#')) {
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
  inlineValue(rest: string, indent: number, no: number, inSeq = false): unknown {
    if (rest[0] === '*') {
      const m = ALIAS.exec(rest);
      if (!m || this.open.has(m[1]!)) bail();
      const a = this.anchors.get(m![1]!);
      if (!a || a.holdsAlias || ++a.count > MAX_ALIASES_PER_ANCHOR) bail();
      this.aliases++;
      return a!.value;
    }
    if (rest[0] === '&') {
      const m = ANCHOR.exec(rest);
      if (!m) bail();
      const name = m![1]!;
      // `yaml` finds an alias's anchor in document order, where an anchor nested in its namesake
      // comes after it; here the outer one would be set last
      if (this.open.has(name)) bail();
      const after = m![2] ?? '';
      if (after[0] === '&' || after[0] === '*') bail(); // two anchors, an anchored alias: errors
      this.open.add(name);
      const aliasesBefore = this.aliases;
      let value: unknown;
      if (after === '' || after.startsWith('#')) {
        const n = this.peek();
        // after `key: &a` the mapping's value may be a sequence at the key's column; after `- &a`
        // an item there is the next item, not the value
        if (!inSeq && n && n.indent === indent && isSeqItem(n.text)) value = this.seq(indent);
        else value = this.node(indent);
      } else value = this.inlineValue(after, indent, no, inSeq);
      this.open.delete(name);
      this.anchors.set(name, { value, count: 0, holdsAlias: this.aliases !== aliasesBefore });
      return value;
    }
    const c = rest[0];
    if (c === '!' || c === '?' || c === '%' || c === '@' || c === '`') bail();
    if (c === '|' || c === '>') return this.blockScalar(rest, indent, no);
    if (c === '[' || c === '{') {
      // the collection's next lines are handed to the reader as it reaches the end of one, so it
      // reads each once (re-reading the whole collection for each added line was quadratic)
      let last = no;
      return new Flow(rest, () => {
        const n = this.peek();
        if (!n || n.indent <= indent) return undefined;
        this.i++;
        const gap = n.no !== last + 1; // blank or comment lines between
        last = n.no;
        return { text: ' ' + n.text, gap };
      }).parse();
    }
    if (c === '"' || c === "'") {
      const { value, end } = quoted(rest, 0);
      const tail = rest.slice(end).trim();
      if (tail !== '' && !tail.startsWith('#')) bail();
      return value;
    }
    // plain scalar, maybe continued on deeper lines
    let text = stripComment(rest);
    let hadComment = text.length !== rest.length; // a comment ends a plain scalar
    for (;;) {
      const n = this.peek();
      if (!n || n.indent <= indent) break;
      if (hadComment) bail();
      if (keyOf(n.text) || isSeqItem(n.text)) bail();
      // blank lines inside a multi-line plain scalar fold to newlines: not handled
      if (n.no !== this.lines[this.i - 1]!.no + 1) bail();
      const part = stripComment(n.text);
      hadComment = part.length !== n.text.length;
      text += ' ' + part;
      this.i++;
    }
    return scalar(text.trim());
  }

  plainLines(parent: number): unknown {
    const first = this.peek()!;
    if (/^["'[{|>&*!]/.test(first.text)) {
      this.i++;
      return this.inlineValue(first.text, parent, first.no);
    }
    let text = stripComment(first.text);
    let hadComment = text.length !== first.text.length; // a comment ends a plain scalar
    this.i++;
    for (;;) {
      const n = this.peek();
      if (!n || n.indent <= parent) break;
      if (hadComment || n.no !== this.lines[this.i - 1]!.no + 1) bail();
      const part = stripComment(n.text);
      hadComment = part.length !== n.text.length;
      text += ' ' + part;
      this.i++;
    }
    return scalar(text.trim());
  }

  blockScalar(header: string, indent: number, no: number): string {
    const m = /^([|>])([-+]?)([1-9]?)([-+]?)\s*(#.*)?$/.exec(header);
    if (!m) bail();
    const folded = m![1] === '>';
    const chomp = m![2] || m![4];
    if (m![3]) bail();
    // raw lines after `no` that are blank or deeper than `indent`
    const body: string[] = [];
    let j = no + 1;
    let contentIndent = -1;
    for (; j < this.raw.length; j++) {
      const r = this.raw[j]!;
      const trimmed = r.trim();
      let k = 0;
      while (r[k] === ' ') k++;
      if (trimmed === '') {
        if (contentIndent >= 0 && r.length > contentIndent) bail();
        body.push('');
        continue;
      }
      if (k <= indent) break;
      if (contentIndent < 0) contentIndent = k;
      if (k < contentIndent) break;
      if (r[k] === '\t' && k < contentIndent) bail();
      body.push(r.slice(contentIndent));
    }
    // skip the structural lines consumed
    while (this.i < this.lines.length && this.lines[this.i]!.no < j) this.i++;
    // trailing blank lines belong to chomping
    let end = body.length;
    while (end > 0 && body[end - 1] === '') end--;
    const content = body.slice(0, end);
    const trailing = body.length - end;
    let text: string;
    if (!folded) text = content.join('\n');
    else {
      text = '';
      for (let k = 0; k < content.length; k++) {
        const line = content[k]!;
        if (k === 0) {
          text = line;
          continue;
        }
        const prev = content[k - 1]!;
        const moreIndented = line.startsWith(' ') || line.startsWith('\t');
        const prevMore = prev.startsWith(' ') || prev.startsWith('\t');
        if (line === '') text += '\n';
        else if (prev === '' || moreIndented || prevMore) {
          if (prev !== '' && (moreIndented || prevMore)) text += '\n';
          else if (prev === '' && k >= 2 && content[k - 2] === '') text += '';
          text += line;
        } else text += ' ' + line;
      }
      // the subtle folding rules around blank and more-indented lines are the full parser's job
      if (content.some((l, k) => l === '' || (k > 0 && /^[ \t]/.test(l)))) bail();
    }
    if (content.length === 0) return chomp === '+' ? '\n'.repeat(trailing) : '';
    if (chomp === '-') return text;
    if (chomp === '+') return text + '\n' + '\n'.repeat(trailing);
    return text + '\n';
  }
}

function isSeqItem(text: string): boolean {
  return text === '-' || text.startsWith('- ');
}

/** `key: rest` (plain or quoted key); undefined when the line is not a mapping entry. */
function keyOf(text: string): { key: string; rest: string } | undefined {
  const c = text[0];
  if (c === '"' || c === "'") {
    let q: { value: string; end: number };
    try {
      q = quoted(text, 0);
    } catch {
      return undefined;
    }
    if (text[q.end] !== ':' || (text.length > q.end + 1 && text[q.end + 1] !== ' '))
      return undefined;
    return { key: q.value, rest: text.slice(q.end + 1).trim() };
  }
  if (
    c === '[' ||
    c === '{' ||
    c === '#' ||
    c === '&' ||
    c === '*' ||
    c === '!' ||
    c === '|' ||
    c === '>'
  )
    return undefined;
  if (c === '?' && (text.length === 1 || text[1] === ' ')) bail();
  let k = 0;
  for (;;) {
    k = text.indexOf(':', k);
    if (k < 0) return undefined;
    if (k + 1 === text.length || text[k + 1] === ' ') break;
    k++;
  }
  const rawKey = text.slice(0, k);
  if (/\s#/.test(rawKey)) return undefined;
  const key = rawKey.trimEnd();
  if (key === '') bail();
  const resolved = scalar(key);
  if (resolved === null || typeof resolved === 'object') bail();
  return { key: String(resolved), rest: text.slice(k + 1).trim() };
}

function stripComment(text: string): string {
  const m = /(^|[ \t])#/.exec(text);
  return m ? text.slice(0, m.index).trimEnd() : text;
}

function quoted(text: string, start: number): { value: string; end: number } {
  const q = text[start];
  // Runs without escapes are sliced, not built a character at a time: `+=` per character
  // makes a rope of one node per character, which the scan then held for every description.
  let out = '';
  let run = start + 1;
  let i = run;
  while (i < text.length) {
    const c = text[i]!;
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
    if (c === '\\') {
      out += text.slice(run, i);
      const e = text[i + 1];
      if (e !== undefined && Object.prototype.hasOwnProperty.call(SIMPLE_ESCAPES, e)) {
        out += SIMPLE_ESCAPES[e];
        i += 2;
        run = i;
        continue;
      }
      const len = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
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

/** The one-character escapes of a double-quoted scalar. */
const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\',
  '"': '"',
  '/': '/',
  n: '\n',
  t: '\t',
  r: '\r',
  '0': '\0',
  ' ': ' ',
  b: '\b',
  f: '\f',
  e: '\x1b',
  a: '\x07',
  v: '\v',
  _: '\u00a0',
  N: '\u0085',
  L: '\u2028',
  P: '\u2029',
};

/** A plain scalar under YAML 1.2's core schema (as the `yaml` package reads it). */
export function scalar(s: string): unknown {
  if (s === '' || s === '~' || s === 'null' || s === 'Null' || s === 'NULL') return null;
  if (s === 'true' || s === 'True' || s === 'TRUE') return true;
  if (s === 'false' || s === 'False' || s === 'FALSE') return false;
  const c = s[0]!;
  if ((c >= '0' && c <= '9') || c === '-' || c === '+' || c === '.') {
    if (/^[-+]?[0-9]+$/.test(s)) return parseInt(s, 10);
    if (/^0o[0-7]+$/.test(s)) return parseInt(s.slice(2), 8);
    if (/^0x[0-9a-fA-F]+$/.test(s)) return parseInt(s.slice(2), 16);
    if (/^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(s)) return parseFloat(s);
    if (/^[-+]?\.(inf|Inf|INF)$/.test(s)) return s.startsWith('-') ? -Infinity : Infinity;
    if (/^\.(nan|NaN|NAN)$/.test(s)) return NaN;
  }
  if (
    c === '&' ||
    c === '*' ||
    c === '!' ||
    c === '|' ||
    c === '>' ||
    c === '%' ||
    c === '@' ||
    c === '`' ||
    c === '#' // `[#` starts a comment for `yaml`
  )
    bail();
  if (c === '"' || c === "'" || c === '[' || c === '{') bail();
  if (c === ',' || c === ']' || c === '}') bail(); // flow indicators: errors for `yaml`
  // an indicator alone or before a space (`k: -` is an empty sequence item for `yaml`)
  if ((c === '-' || c === '?' || c === ':') && (s.length === 1 || s[1] === ' ')) bail();
  if (/: |:$| #/.test(s)) bail();
  return s;
}

/**
 * A flow collection, read from `s` and then from the lines `more` hands over, each joined with a
 * space (a line break in a flow collection folds to one); `more` answers undefined when the
 * collection's lines are used up.
 */
class Flow {
  i = 0;
  depth = 0;
  gap = false; // blank or comment lines came before the line `s`
  constructor(
    private s: string,
    private more: () => { text: string; gap: boolean } | undefined,
  ) {}
  parse(): unknown {
    const v = this.value();
    this.ws();
    // anything after the collection on its last line (a comment after spaces bailed in ws)
    if (this.i < this.s.length) bail();
    return v;
  }
  /** Moves to the next line; false when there is none. */
  pull(): boolean {
    const n = this.more();
    if (!n) return false;
    this.s = n.text;
    this.i = 0;
    this.gap = n.gap;
    return true;
  }
  ws(): void {
    while (this.i < this.s.length && (this.s[this.i] === ' ' || this.s[this.i] === '\t')) this.i++;
    if (this.s[this.i] === '#' && (this.i === 0 || /\s/.test(this.s[this.i - 1]!))) bail();
  }
  /** The next character after spaces, on a later line if need be; bails when the lines run out. */
  next(): string {
    for (;;) {
      this.ws();
      if (this.i < this.s.length) return this.s[this.i]!;
      if (!this.pull()) bail();
    }
  }
  value(): unknown {
    const c = this.next();
    if (++this.depth > MAX_DEPTH) bail();
    try {
      if (c === '[') {
        this.i++;
        const out: unknown[] = [];
        for (;;) {
          const e = this.next();
          if (e === ']') {
            this.i++;
            return out;
          }
          if (e === ',') bail(); // an empty item: an error for `yaml`
          const v = this.value();
          const d = this.next();
          if (d === ':') bail(); // single-pair mappings in sequences
          out.push(v);
          if (d === ',') this.i++;
          else if (d !== ']') bail();
        }
      }
      if (c === '{') {
        this.i++;
        const out: Record<string, unknown> = {};
        for (;;) {
          if (this.next() === '}') {
            this.i++;
            return out;
          }
          const k = this.value();
          if (k === null || typeof k === 'object') bail();
          const key = String(k);
          if (key === '__proto__' || key === '<<') bail();
          let v: unknown = null;
          if (this.next() === ':') {
            this.i++;
            v = this.value();
          }
          out[key] = v;
          const d = this.next();
          if (d === ',') this.i++;
          else if (d !== '}') bail();
        }
      }
      if (c === '"' || c === "'") {
        // on one line only: `quoted` bails at the end of `s`
        const { value, end } = quoted(this.s, this.i);
        this.i = end;
        return value;
      }
      // plain scalar in flow context: up to , ] } or ': ', maybe over several lines
      let text = '';
      let from = this.i;
      let j = this.i;
      for (;;) {
        if (j >= this.s.length) {
          text += this.s.slice(from, j);
          this.i = j;
          if (!this.pull()) break;
          // a blank line in a plain scalar folds to a line break, a comment line ends it
          if (this.gap && text.trim() !== '') bail();
          from = j = 0;
          continue;
        }
        const x = this.s[j]!;
        if (
          x === ',' ||
          x === ']' ||
          x === '}' ||
          x === '[' ||
          x === '{' ||
          (x === ':' && (j + 1 >= this.s.length || /[\s,\]}]/.test(this.s[j + 1]!)))
        ) {
          text += this.s.slice(from, j);
          this.i = j;
          break;
        }
        if (x === '#' && /\s/.test(this.s[j - 1] ?? '')) bail();
        j++;
      }
      text = text.trim();
      if (text === '') return null;
      return scalar(text);
    } finally {
      this.depth--;
    }
  }
}
