/**
 * Fingerprints of a node's aspects (pure). `sqlFingerprint` hashes a file's tokens outside
 * comments — whitespace, SQL comments (`--`, `/* *\/`) and Jinja comments (`{# #}`) do not count,
 * string literals count exactly, Jinja tags count (whitespace inside them collapsed), even inside
 * a SQL comment, because dbt renders them there. `textFingerprint` hashes the exact text, so a
 * change of it with an equal `sqlFingerprint` is a format-only change.
 */
import { createHash } from 'node:crypto';
import type { Aspect } from './types.js';

export function textFingerprint(text: string): string {
  return createHash('sha1').update(text).digest('base64').slice(0, 20);
}

/** A stable hash of plain data (object keys sorted). */
export function dataFingerprint(value: unknown): string {
  return textFingerprint(stableJson(value));
}

export function stableJson(value: unknown, depth = 0): string {
  if (depth > 40) return '"…"';
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => stableJson(v, depth + 1)).join(',')}]`;
  if (value instanceof Map)
    return stableJson(Object.fromEntries([...value].map(([k, v]) => [String(k), v])), depth);
  const keys = Object.keys(value).sort();
  return `{${keys
    .map(
      (k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k], depth + 1)}`,
    )
    .join(',')}}`;
}

/** Hash of the code tokens of a SQL + Jinja file (or of a Python model with `python`). */
export function sqlFingerprint(text: string, python = false): string {
  const h = createHash('sha1');
  let buf: string[] = [];
  const push = (t: string) => {
    buf.push(t);
    if (buf.length >= 4096) {
      h.update(buf.join('\u0000'));
      h.update('\u0000');
      buf = [];
    }
  };
  const n = text.length;
  let i = 0;
  /**
   * Inside a comment: its text does not count. In SQL the Jinja in it does (dbt renders it), and
   * what a tag renders may end the comment (a newline, a `*\/`), so after a tag the comment is
   * over: the rest counts as code — more anchors, never fewer. A Jinja comment in it changes
   * nothing. Python is not rendered: its comments end at the line's end.
   */
  let comment: '' | 'line' | 'block' = '';
  while (i < n) {
    if (comment) {
      i = commentEnd(text, i, comment, python);
      if (i >= n) break;
      if (text[i] !== '{' || text[i + 1] !== '#') {
        // the comment's end (`*\/` consumed, a line's newline is whitespace), or a tag
        if (text[i] === '*') i += 2;
        comment = '';
        continue;
      }
    }
    const c = text[i]!;
    const d = text[i + 1];
    // Python has no Jinja: there `{#` may be a dict opening before a comment
    if (!python && c === '{' && d === '#') {
      const end = text.indexOf('#}', i + 2);
      i = end < 0 ? n : end + 2;
      continue;
    }
    if (!python && c === '{' && (d === '{' || d === '%')) {
      const closer = d === '{' ? '}}' : '%}';
      let j = i + 2;
      let q = '';
      while (j < n) {
        const x = text[j]!;
        if (q) {
          if (x === '\\') j++;
          else if (x === q) q = '';
        } else if (x === '"' || x === "'") q = x;
        else if (x === closer[0] && text[j + 1] === closer[1]) break;
        j++;
      }
      let body = text.slice(i + 2, Math.min(j, n));
      body = body.replace(/^[-+]/, '').replace(/[-+]$/, '');
      const tag = collapse(body);
      push(c + d + tag + closer);
      i = Math.min(j + 2, n);
      if (d === '%' && tag === 'raw') {
        // `{% raw %}…{% endraw %}` is output as written (a `{#` in it is no comment): exactly
        const end = /\{%[-+]?\s*endraw\s*[-+]?%\}/g;
        end.lastIndex = i;
        const m = end.exec(text);
        const stop = m ? m.index : n;
        push(`raw:${text.slice(i, stop)}`);
        i = stop;
      }
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f') {
      i++;
      continue;
    }
    if ((!python && c === '-' && d === '-') || (python && c === '#')) {
      comment = 'line';
      i += python ? 1 : 2;
      continue;
    }
    if (!python && c === '/' && d === '*') {
      comment = 'block';
      i += 2;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < n) {
        const x = text[j]!;
        if (x === '\\' && python) j += 2;
        else if (x === c) {
          if (!python && text[j + 1] === c) j += 2;
          else break;
        } else if (x === '{' && (text[j + 1] === '{' || text[j + 1] === '%')) break;
        else j++;
      }
      push(text.slice(i, Math.min(j + 1, n)));
      i = Math.min(j + 1, n);
      continue;
    }
    if (isWord(text.charCodeAt(i))) {
      let j = i + 1;
      while (j < n && isWord(text.charCodeAt(j))) j++;
      push(text.slice(i, j));
      i = j;
      continue;
    }
    push(c);
    i++;
  }
  if (buf.length) h.update(buf.join('\u0000'));
  return h.digest('base64').slice(0, 20);
}

function isWord(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    c === 95 ||
    c === 36 ||
    c === 46
  );
}

/**
 * Where a comment's skipped text stops: at its end (a line's newline, a block's `*\/`) or, in
 * SQL, at a Jinja tag or comment inside it.
 */
function commentEnd(text: string, i: number, kind: 'line' | 'block', python: boolean): number {
  for (let j = i; j < text.length; j++) {
    const c = text[j];
    if (c === '{' && !python) {
      const d = text[j + 1];
      if (d === '{' || d === '%' || d === '#') return j;
    } else if (kind === 'line' ? c === '\n' : c === '*' && text[j + 1] === '/') return j;
  }
  return text.length;
}

function collapse(s: string): string {
  let out = '';
  let q = '';
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (q) {
      out += c;
      if (c === '\\' && i + 1 < s.length) out += s[++i];
      else if (c === q) q = '';
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      space = true;
      continue;
    }
    if (space && out && /[A-Za-z0-9_]/.test(c) && /[A-Za-z0-9_]/.test(out[out.length - 1]!))
      out += ' ';
    space = false;
    if (c === '"' || c === "'") q = c;
    out += c;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Lazy fingerprints. Only a diff reads them, and only where a node's inputs differ between the
// commits: each aspect is computed on first read, and remembers the inputs it is a function of
// (the file's text, the parsed YAML entry, the project config object, …). Two scans sharing a
// cache share those objects for every blob both commits hold, so `sameAspect` decides most
// nodes by identity, without hashing anything.

type Aspects = Partial<Record<Aspect, string>>;
/** Per aspect: what it is a pure function of, and how to compute it. */
export type LazySpec = Partial<
  Record<Aspect, readonly [inputs: readonly unknown[], compute: () => string]>
>;

/**
 * A fingerprint record whose aspects are computed when first read (an aspect the spec lacks
 * reads undefined). Its state is private: as data it shows no own fields.
 */
class LazyFingerprints implements Aspects {
  readonly #spec: LazySpec;
  #values: Aspects | undefined;
  constructor(spec: LazySpec) {
    this.#spec = spec;
  }
  #get(aspect: Aspect): string | undefined {
    const values = (this.#values ??= {});
    if (aspect in values) return values[aspect];
    const entry = this.#spec[aspect];
    const value = entry ? entry[1]() : undefined;
    values[aspect] = value;
    return value;
  }
  inputs(aspect: Aspect): readonly unknown[] | undefined {
    return this.#spec[aspect]?.[0];
  }
  get sql() {
    return this.#get('sql');
  }
  get format() {
    return this.#get('format');
  }
  get config() {
    return this.#get('config');
  }
  get contract() {
    return this.#get('contract');
  }
  get seed() {
    return this.#get('seed');
  }
  get docs() {
    return this.#get('docs');
  }
}

export function lazyFingerprints(spec: LazySpec): Aspects {
  return new LazyFingerprints(spec);
}

/** Whether an aspect of two nodes is the same: by identical inputs, else by the hashes. */
export function sameAspect(a: Aspects, b: Aspects, aspect: Aspect): boolean {
  if (a instanceof LazyFingerprints && b instanceof LazyFingerprints) {
    const ia = a.inputs(aspect);
    const ib = b.inputs(aspect);
    if (ia && ib && sameInputs(ia, ib)) return true;
  }
  return a[aspect] === b[aspect];
}

function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  // objects are mostly the parses both scans share (identical); a config a file's Jinja set is
  // built afresh by each scan: small plain data, compared by value
  for (let i = 0; i < a.length; i++) if (!samePlain(a[i], b[i], 0)) return false;
  return true;
}

/** Equality of plain data (arrays, plain objects, primitives); anything else by identity. */
function samePlain(x: unknown, y: unknown, depth: number): boolean {
  if (x === y) return true;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  if (depth > 8) return false;
  if (Array.isArray(x)) {
    if (!Array.isArray(y) || x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!samePlain(x[i], y[i], depth + 1)) return false;
    return true;
  }
  if (Array.isArray(y)) return false;
  const px = Object.getPrototypeOf(x);
  if ((px !== Object.prototype && px !== null) || Object.getPrototypeOf(y) !== px) return false;
  const kx = Object.keys(x);
  if (kx.length !== Object.keys(y).length) return false;
  for (const k of kx) {
    if (!Object.prototype.hasOwnProperty.call(y, k)) return false;
    if (!samePlain((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k], depth + 1))
      return false;
  }
  return true;
}
