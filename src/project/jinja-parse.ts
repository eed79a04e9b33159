/**
 * A tolerant parser for the Jinja dialect dbt uses (pure; never throws).
 *
 * `parseTemplate(text)` splits a file into text, `{{ … }}` outputs and `{% … %}` statements
 * (Jinja comments `{# … #}` dropped, `{% raw %}` kept as text, `-` whitespace control applied)
 * and nests the block statements (`if`, `for`, `macro`, `call`, `set … endset`, `snapshot`, any
 * other `{% x %} … {% endx %}` pair). Expressions are parsed into a small AST. Whatever cannot be
 * parsed becomes an `unknown` expression with a problem, so the evaluator treats it as undecidable.
 * Nesting is capped (`MAX_DEPTH`), so a hostile file cannot exhaust the stack.
 */

export type Expr =
  | { t: 'lit'; v: string | number | boolean | null; line: number }
  | { t: 'name'; n: string; line: number }
  | { t: 'list'; items: Expr[]; line: number }
  | { t: 'dict'; entries: [Expr, Expr][]; line: number }
  | { t: 'attr'; obj: Expr; n: string; line: number }
  | { t: 'index'; obj: Expr; key: Expr; line: number }
  | { t: 'slice'; obj: Expr; line: number }
  | { t: 'call'; fn: Expr; args: Expr[]; kwargs: [string, Expr][]; line: number }
  | { t: 'filter'; obj: Expr; n: string; args: Expr[]; kwargs: [string, Expr][]; line: number }
  | { t: 'test'; obj: Expr; n: string; args: Expr[]; neg: boolean; line: number }
  | { t: 'bin'; op: string; l: Expr; r: Expr; line: number }
  | { t: 'not'; e: Expr; line: number }
  | { t: 'neg'; e: Expr; line: number }
  | { t: 'cond'; c: Expr; a: Expr; b: Expr | null; line: number }
  | { t: 'unknown'; line: number };

export interface Param {
  name: string;
  dflt: Expr | null;
}

export type TNode =
  | { t: 'text'; s: string }
  | { t: 'out'; e: Expr; line: number }
  | { t: 'set'; names: string[]; attr: string | null; e: Expr; line: number }
  | { t: 'setblock'; name: string; body: TNode[]; line: number }
  | { t: 'do'; e: Expr; line: number }
  | { t: 'if'; branches: { c: Expr; body: TNode[] }[]; els: TNode[] | null; line: number }
  | {
      t: 'for';
      names: string[];
      iter: Expr;
      cond: Expr | null;
      body: TNode[];
      els: TNode[] | null;
      line: number;
    }
  | { t: 'macro'; name: string; params: Param[]; body: TNode[]; line: number; end: number }
  | { t: 'callblock'; call: Expr; params: Param[]; body: TNode[]; line: number }
  | { t: 'block'; tag: string; arg: string; body: TNode[]; line: number; end: number }
  | { t: 'stmt'; tag: string; exprs: Expr[]; line: number };

export interface ParseProblem {
  line: number;
  message: string;
}

export interface Template {
  nodes: TNode[];
  problems: ParseProblem[];
}

export const MAX_DEPTH = 64;
const MAX_EXPR_DEPTH = 64;
/**
 * The deepest expression tree the parser builds, however it nests: brackets, but also chains
 * (`a ~ b ~ …`, `x.a.b…`, `x | f | g…`) that the parser reads in a loop yet that make one tree
 * level per link. Everything that walks a tree (the evaluator, the scanner) recurses on it.
 */
export const MAX_TREE_DEPTH = 200;
const TOO_DEEP = 'expression nested too deeply to parse';

/**
 * Whether a problem is a limit the parser gave up at (nesting), not a syntax error: what it
 * skipped may hold references, so the file's lineage is known to be incomplete.
 */
export function isLimitProblem(problem: ParseProblem): boolean {
  return problem.message === TOO_DEEP || problem.message.startsWith('Jinja nesting deeper than');
}

/** Whitespace as `\s` and `String.prototype.trim` see it. */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
/** `s` without its leading / trailing whitespace (one scan; no backtracking regex). */
function trimStartLinear(s: string): string {
  let a = 0;
  while (a < s.length && isSpace(s.charCodeAt(a))) a++;
  return a === 0 ? s : s.slice(a);
}
function trimEndLinear(s: string): string {
  let b = s.length;
  while (b > 0 && isSpace(s.charCodeAt(b - 1))) b--;
  return b === s.length ? s : s.slice(0, b);
}

// ---------------------------------------------------------------------------------------------
// Raw segments

interface Seg {
  kind: 'text' | 'out' | 'stmt';
  body: string;
  line: number;
  endLine: number;
}

/** Splits the file into text and tags, applying `-` whitespace control. Linear. */
function segments(text: string, problems: ParseProblem[]): Seg[] {
  const segs: Seg[] = [];
  let i = 0;
  let line = 1;
  let pendingLstrip = false;
  const countLines = (from: number, to: number): number => {
    let n = 0;
    for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) n++;
    return n;
  };
  const pushText = (s: string, startLine: number) => {
    if (pendingLstrip) s = trimStartLinear(s);
    pendingLstrip = false;
    if (s) segs.push({ kind: 'text', body: s, line: startLine, endLine: startLine });
  };
  const rstripLast = () => {
    const last = segs[segs.length - 1];
    // a backwards scan: `/\s+$/` retries from every space of a long run (quadratic)
    if (last && last.kind === 'text') last.body = trimEndLinear(last.body);
  };
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0 || open + 1 >= text.length) {
      pushText(text.slice(i), line);
      break;
    }
    const next = text[open + 1];
    if (next !== '{' && next !== '%' && next !== '#') {
      // plain brace: keep scanning after it
      const chunkEnd = open + 1;
      pushText(text.slice(i, chunkEnd), line);
      line += countLines(i, chunkEnd);
      i = chunkEnd;
      // merge consecutive text segments cheaply
      mergeText(segs);
      continue;
    }
    pushText(text.slice(i, open), line);
    mergeText(segs);
    line += countLines(i, open);
    const tagLine = line;
    if (next === '#') {
      const close = text.indexOf('#}', open + 2);
      const end = close < 0 ? text.length : close + 2;
      if (close < 0) problems.push({ line: tagLine, message: 'unclosed Jinja comment {#' });
      if (text[open + 2] === '-') rstripLast();
      if (close > 0 && text[close - 1] === '-') pendingLstrip = true;
      line += countLines(open, end);
      i = end;
      continue;
    }
    const closer = next === '{' ? '}}' : '%}';
    const close = findClose(text, open + 2, closer);
    if (close < 0) {
      problems.push({ line: tagLine, message: `unclosed Jinja tag ${text.slice(open, open + 2)}` });
      break;
    }
    let body = text.slice(open + 2, close);
    if (body.startsWith('-')) {
      rstripLast();
      body = body.slice(1);
    } else if (body.startsWith('+')) body = body.slice(1);
    if (body.endsWith('-')) {
      pendingLstrip = true;
      body = body.slice(0, -1);
    } else if (body.endsWith('+')) body = body.slice(0, -1);
    const endLine = tagLine + countLines(open, close);
    // {% raw %} … {% endraw %}: the contents are text
    if (next === '%' && body.trim() === 'raw') {
      const rawEnd = /\{%-?\s*endraw\s*-?%\}/g;
      rawEnd.lastIndex = close + 2;
      const m = rawEnd.exec(text);
      const stop = m ? m.index : text.length;
      pushText(text.slice(close + 2, stop), endLine);
      const after = m ? m.index + m[0].length : text.length;
      line += countLines(open, after);
      i = after;
      continue;
    }
    segs.push({ kind: next === '{' ? 'out' : 'stmt', body, line: tagLine, endLine });
    line += countLines(open, close + 2);
    i = close + 2;
  }
  return segs;
}

function mergeText(segs: Seg[]): void {
  const n = segs.length;
  if (n >= 2 && segs[n - 1]!.kind === 'text' && segs[n - 2]!.kind === 'text') {
    segs[n - 2]!.body += segs[n - 1]!.body;
    segs.pop();
  }
}

/** The index of `closer` ending a tag that starts at `from`, skipping string literals. */
function findClose(text: string, from: number, closer: string): number {
  let i = from;
  while (i < text.length) {
    const c = text[i];
    if (c === '"' || c === "'") {
      const end = skipString(text, i);
      if (end < 0) return text.indexOf(closer, i + 1);
      i = end;
      continue;
    }
    if (c === closer[0] && text[i + 1] === closer[1]) return i;
    i++;
  }
  return -1;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  v: '\v',
  '\n': '',
};

/**
 * The escape at `at` (a backslash) of a Jinja string, as Python reads it: what it stands for and
 * how many characters it takes. `\x65`, `\u0065`, `\U00000065` and octal `\145` are `e` (a
 * name spelled with escapes is the name); an escape Python does not know keeps its backslash.
 */
function stringEscape(src: string, at: number): [string, number] {
  const e = src[at + 1]!;
  const simple = SIMPLE_ESCAPES[e];
  if (simple !== undefined) return [simple, 2];
  const hex = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
  if (hex > 0) {
    const digits = src.slice(at + 2, at + 2 + hex);
    const code = digits.length === hex && /^[0-9a-fA-F]+$/.test(digits) ? parseInt(digits, 16) : -1;
    if (code >= 0 && code <= 0x10ffff) return [String.fromCodePoint(code), 2 + hex];
    return ['\\' + e, 2];
  }
  if (e >= '0' && e <= '7') {
    let n = 1;
    while (n < 3 && src[at + 1 + n]! >= '0' && src[at + 1 + n]! <= '7') n++;
    return [String.fromCharCode(parseInt(src.slice(at + 1, at + 1 + n), 8)), 1 + n];
  }
  return ['\\' + e, 2];
}

function skipString(text: string, start: number): number {
  const q = text[start];
  let i = start + 1;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\') i += 2;
    else if (c === q) return i + 1;
    else if (c === '\n' && i - start > 4096) return -1;
    else i++;
  }
  return -1;
}

// ---------------------------------------------------------------------------------------------
// Expression tokens

type Tok =
  | { k: 'name'; v: string; line: number }
  | { k: 'str'; v: string; line: number; undecoded?: true }
  | { k: 'num'; v: number; line: number }
  | { k: 'op'; v: string; line: number };

const OPS = ['**', '//', '==', '!=', '<=', '>=', '<', '>', '+', '-', '*', '/', '%', '~', '|'];

function tokenize(src: string, line: number): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === '\n') {
      line++;
      i++;
      continue;
    }
    const code = src.charCodeAt(i);
    // ASCII whitespace by code; the regular expression only for the rest of Unicode's
    if (code === 32 || (code >= 9 && code <= 13) || (code > 127 && /\s/.test(c))) {
      i++;
      continue;
    }
    if (isIdentStart(code)) {
      let j = i + 1;
      while (j < src.length && isIdent(src.charCodeAt(j))) j++;
      toks.push({ k: 'name', v: src.slice(i, j), line });
      i = j;
      continue;
    }
    if (code >= 48 && code <= 57) {
      let j = i + 1;
      while (j < src.length && isNumberPart(src.charCodeAt(j))) j++;
      const raw = src.slice(i, j).replace(/_/g, '');
      toks.push({ k: 'num', v: Number(raw), line });
      i = j;
      continue;
    }
    if (c === '"' || c === "'") {
      // runs between escapes are sliced (`+=` per character would build a rope the AST keeps)
      let j = i + 1;
      let run = j;
      let out = '';
      let undecoded = false;
      while (j < src.length && src[j] !== c) {
        if (src[j] === '\\' && j + 1 < src.length) {
          // `\N{NAME}` needs Unicode's name table: the string is not known
          if (src[j + 1] === 'N' && src[j + 2] === '{') undecoded = true;
          const [value, length] = stringEscape(src, j);
          if (src[j + 1] === '\n') line++;
          out += src.slice(run, j) + value;
          j += length;
          run = j;
        } else {
          if (src[j] === '\n') line++;
          j++;
        }
      }
      toks.push({ k: 'str', v: out + src.slice(run, j), line, ...(undecoded && { undecoded }) });
      i = j + 1;
      continue;
    }
    // every two-character operator ends in `*`, `/` or `=`: no slice for the others
    const next = src[i + 1];
    if (next === '*' || next === '/' || next === '=') {
      const two = c + next;
      if (OPS.includes(two)) {
        toks.push({ k: 'op', v: two, line });
        i += 2;
        continue;
      }
    }
    // any other character is a one-character operator or punctuation (or one the parser rejects)
    toks.push({ k: 'op', v: c, line });
    i++;
  }
  return toks;
}

function isNumberPart(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 46 || c === 95;
}
function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
function isIdent(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57);
}

class ExprParser {
  pos = 0;
  depth = 0;
  failed = false;
  /** The parse gave up because the tree would be deeper than MAX_TREE_DEPTH. */
  tooDeep = false;
  /** The height of each node built over others (leaves: 1). */
  private heights = new WeakMap<Expr, number>();
  constructor(
    private toks: Tok[],
    private line: number,
  ) {}

  peek(o = 0): Tok | undefined {
    return this.toks[this.pos + o];
  }
  isOp(v: string, o = 0): boolean {
    const t = this.peek(o);
    return !!t && t.k === 'op' && t.v === v;
  }
  isName(v: string, o = 0): boolean {
    const t = this.peek(o);
    return !!t && t.k === 'name' && t.v === v;
  }
  expectOp(v: string): void {
    if (this.isOp(v)) this.pos++;
    else this.failed = true;
  }
  atEnd(): boolean {
    return this.pos >= this.toks.length;
  }
  ln(): number {
    return this.peek()?.line ?? this.line;
  }
  fail(): Expr {
    this.failed = true;
    this.pos = this.toks.length;
    return { t: 'unknown', line: this.line };
  }
  /** Gives up on an expression nested too deeply. */
  deep(): Expr {
    this.tooDeep = true;
    return this.fail();
  }

  /**
   * A node built over others: its height is one more than its tallest child's. Past
   * MAX_TREE_DEPTH the parse gives up (a chain read in a loop is as deep as a nested one).
   */
  node(e: Expr): Expr {
    let h = 0;
    const kid = (x: Expr | null) => {
      if (x) h = Math.max(h, this.heights.get(x) ?? 1);
    };
    switch (e.t) {
      case 'bin':
        kid(e.l);
        kid(e.r);
        break;
      case 'attr':
      case 'slice':
        kid(e.obj);
        break;
      case 'index':
        kid(e.obj);
        kid(e.key);
        break;
      case 'call':
        kid(e.fn);
        e.args.forEach(kid);
        for (const [, v] of e.kwargs) kid(v);
        break;
      case 'filter':
        kid(e.obj);
        e.args.forEach(kid);
        for (const [, v] of e.kwargs) kid(v);
        break;
      case 'test':
        kid(e.obj);
        e.args.forEach(kid);
        break;
      case 'not':
      case 'neg':
        kid(e.e);
        break;
      case 'cond':
        kid(e.c);
        kid(e.a);
        kid(e.b);
        break;
      case 'list':
        e.items.forEach(kid);
        break;
      case 'dict':
        for (const [k, v] of e.entries) {
          kid(k);
          kid(v);
        }
        break;
      default:
        return e;
    }
    if (h + 1 > MAX_TREE_DEPTH) return this.deep();
    this.heights.set(e, h + 1);
    return e;
  }

  expr(): Expr {
    if (++this.depth > MAX_EXPR_DEPTH) return this.deep();
    try {
      return this.ternary();
    } finally {
      this.depth--;
    }
  }
  /** An expression possibly followed by commas: a tuple (as a list). */
  tupleExpr(): Expr {
    const first = this.expr();
    if (!this.isOp(',')) return first;
    const items = [first];
    while (this.isOp(',')) {
      this.pos++;
      if (this.atEnd() || this.isOp(')') || this.isOp('%')) break;
      items.push(this.expr());
    }
    return this.node({ t: 'list', items, line: first.line });
  }
  ternary(): Expr {
    const a = this.or();
    if (this.isName('if')) {
      this.pos++;
      const c = this.or();
      let b: Expr | null = null;
      if (this.isName('else')) {
        this.pos++;
        b = this.expr();
      }
      return this.node({ t: 'cond', c, a, b, line: a.line });
    }
    return a;
  }
  or(): Expr {
    let l = this.and();
    while (this.isName('or')) {
      this.pos++;
      l = this.node({ t: 'bin', op: 'or', l, r: this.and(), line: l.line });
    }
    return l;
  }
  and(): Expr {
    let l = this.not();
    while (this.isName('and')) {
      this.pos++;
      l = this.node({ t: 'bin', op: 'and', l, r: this.not(), line: l.line });
    }
    return l;
  }
  not(): Expr {
    if (this.isName('not')) {
      const line = this.ln();
      this.pos++;
      if (++this.depth > MAX_EXPR_DEPTH) return this.deep();
      const e = this.not();
      this.depth--;
      return this.node({ t: 'not', e, line });
    }
    return this.compare();
  }
  compare(): Expr {
    let l = this.math1();
    for (;;) {
      const t = this.peek();
      if (!t) return l;
      if (t.k === 'op' && ['==', '!=', '<', '>', '<=', '>='].includes(t.v)) {
        this.pos++;
        l = this.node({ t: 'bin', op: t.v, l, r: this.math1(), line: l.line });
      } else if (t.k === 'name' && t.v === 'in') {
        this.pos++;
        l = this.node({ t: 'bin', op: 'in', l, r: this.math1(), line: l.line });
      } else if (t.k === 'name' && t.v === 'not' && this.isName('in', 1)) {
        this.pos += 2;
        const inner = this.node({ t: 'bin', op: 'in', l, r: this.math1(), line: l.line });
        l = this.node({ t: 'not', e: inner, line: l.line });
      } else return l;
    }
  }
  math1(): Expr {
    let l = this.concat();
    while (this.isOp('+') || this.isOp('-')) {
      const op = (this.peek() as Tok & { v: string }).v;
      this.pos++;
      l = this.node({ t: 'bin', op, l, r: this.concat(), line: l.line });
    }
    return l;
  }
  concat(): Expr {
    let l = this.math2();
    while (this.isOp('~')) {
      this.pos++;
      l = this.node({ t: 'bin', op: '~', l, r: this.math2(), line: l.line });
    }
    return l;
  }
  math2(): Expr {
    let l = this.pow();
    while (this.isOp('*') || this.isOp('/') || this.isOp('//') || this.isOp('%')) {
      const op = (this.peek() as Tok & { v: string }).v;
      this.pos++;
      l = this.node({ t: 'bin', op, l, r: this.pow(), line: l.line });
    }
    return l;
  }
  pow(): Expr {
    let l = this.unary();
    while (this.isOp('**')) {
      this.pos++;
      l = this.node({ t: 'bin', op: '**', l, r: this.unary(), line: l.line });
    }
    return l;
  }
  unary(): Expr {
    if (this.isOp('-') || this.isOp('+')) {
      const neg = this.isOp('-');
      const line = this.ln();
      this.pos++;
      if (++this.depth > MAX_EXPR_DEPTH) return this.deep();
      const e = this.unary();
      this.depth--;
      return neg ? this.node({ t: 'neg', e, line }) : e;
    }
    return this.postfix(this.primary());
  }
  args(): { args: Expr[]; kwargs: [string, Expr][] } {
    // after '('
    const args: Expr[] = [];
    const kwargs: [string, Expr][] = [];
    while (!this.atEnd() && !this.isOp(')')) {
      const t = this.peek()!;
      if (t.k === 'name' && this.isOp('=', 1)) {
        this.pos += 2;
        kwargs.push([t.v, this.expr()]);
      } else if (this.isOp('*') || this.isOp('**')) {
        this.pos++;
        this.expr();
        args.push({ t: 'unknown', line: t.line });
      } else args.push(this.expr());
      if (this.isOp(',')) this.pos++;
      else break;
    }
    this.expectOp(')');
    return { args, kwargs };
  }
  postfix(e: Expr): Expr {
    for (let guard = 0; guard < 10_000; guard++) {
      if (this.isOp('.')) {
        this.pos++;
        const t = this.peek();
        if (t && (t.k === 'name' || t.k === 'num')) {
          this.pos++;
          e = this.node({ t: 'attr', obj: e, n: String(t.v), line: e.line });
        } else return this.fail();
      } else if (this.isOp('[')) {
        this.pos++;
        if (this.isOp(':')) {
          this.skipTo(']');
          e = this.node({ t: 'slice', obj: e, line: e.line });
          continue;
        }
        const key = this.expr();
        if (this.isOp(':')) {
          this.skipTo(']');
          e = this.node({ t: 'slice', obj: e, line: e.line });
          continue;
        }
        this.expectOp(']');
        e = this.node({ t: 'index', obj: e, key, line: e.line });
      } else if (this.isOp('(')) {
        this.pos++;
        const { args, kwargs } = this.args();
        e = this.node({ t: 'call', fn: e, args, kwargs, line: e.line });
      } else if (this.isOp('|')) {
        this.pos++;
        const t = this.peek();
        if (!t || t.k !== 'name') return this.fail();
        this.pos++;
        let n = t.v;
        while (this.isOp('.') && this.peek(1)?.k === 'name') {
          n += '.' + (this.peek(1) as { v: string }).v;
          this.pos += 2;
        }
        let args: Expr[] = [];
        let kwargs: [string, Expr][] = [];
        if (this.isOp('(')) {
          this.pos++;
          ({ args, kwargs } = this.args());
        }
        e = this.node({ t: 'filter', obj: e, n, args, kwargs, line: e.line });
      } else if (this.isName('is')) {
        this.pos++;
        let neg = false;
        if (this.isName('not')) {
          neg = true;
          this.pos++;
        }
        const t = this.peek();
        if (!t || (t.k !== 'name' && t.k !== 'op')) return this.fail();
        this.pos++;
        let n = String(t.v);
        if (t.k === 'op') n = t.v === '==' ? 'eq' : t.v;
        const args: Expr[] = [];
        if (this.isOp('(')) {
          this.pos++;
          args.push(...this.args().args);
        } else {
          const a = this.peek();
          if (a && (a.k === 'str' || a.k === 'num')) {
            this.pos++;
            args.push({ t: 'lit', v: a.v, line: a.line });
          }
        }
        e = this.node({ t: 'test', obj: e, n, args, neg, line: e.line });
      } else return e;
    }
    return this.fail();
  }
  skipTo(op: string): void {
    let d = 0;
    while (!this.atEnd()) {
      const t = this.peek()!;
      if (t.k === 'op' && (t.v === '[' || t.v === '(' || t.v === '{')) d++;
      if (t.k === 'op' && (t.v === ']' || t.v === ')' || t.v === '}')) {
        if (d === 0 && t.v === op) {
          this.pos++;
          return;
        }
        d--;
      }
      this.pos++;
    }
  }
  primary(): Expr {
    const t = this.peek();
    if (!t) return this.fail();
    const line = t.line;
    this.pos++;
    if (t.k === 'str') {
      let v = t.v;
      let undecoded = t.undecoded === true;
      while (this.peek()?.k === 'str') {
        const next = this.toks[this.pos++] as { v: string; undecoded?: true };
        v += next.v;
        undecoded ||= next.undecoded === true;
      }
      return undecoded ? { t: 'unknown', line } : { t: 'lit', v, line };
    }
    if (t.k === 'num') return { t: 'lit', v: t.v, line };
    if (t.k === 'name') {
      switch (t.v) {
        case 'true':
        case 'True':
          return { t: 'lit', v: true, line };
        case 'false':
        case 'False':
          return { t: 'lit', v: false, line };
        case 'none':
        case 'None':
          return { t: 'lit', v: null, line };
      }
      return { t: 'name', n: t.v, line };
    }
    if (t.v === '(') {
      if (this.isOp(')')) {
        this.pos++;
        return { t: 'list', items: [], line };
      }
      if (++this.depth > MAX_EXPR_DEPTH) return this.deep();
      const e = this.tupleExpr();
      this.depth--;
      this.expectOp(')');
      return e;
    }
    if (t.v === '[') {
      const items: Expr[] = [];
      if (++this.depth > MAX_EXPR_DEPTH) return this.deep();
      while (!this.atEnd() && !this.isOp(']')) {
        items.push(this.expr());
        if (this.isOp(',')) this.pos++;
        else break;
      }
      this.depth--;
      this.expectOp(']');
      return this.node({ t: 'list', items, line });
    }
    if (t.v === '{') {
      const entries: [Expr, Expr][] = [];
      if (++this.depth > MAX_EXPR_DEPTH) return this.deep();
      while (!this.atEnd() && !this.isOp('}')) {
        const k = this.expr();
        this.expectOp(':');
        const v = this.expr();
        entries.push([k, v]);
        if (this.isOp(',')) this.pos++;
        else break;
      }
      this.depth--;
      this.expectOp('}');
      return this.node({ t: 'dict', entries, line });
    }
    return this.fail();
  }
}

/**
 * Parses one expression; `unknown` (and `ok: false`) when it cannot, with `message` saying why
 * when the reason is more than a syntax error (an expression nested too deeply).
 */
export function parseExpr(src: string, line: number): { e: Expr; ok: boolean; message?: string } {
  const p = new ExprParser(tokenize(src, line), line);
  const e = p.tupleExpr();
  const ok = !p.failed && p.atEnd();
  return {
    e: ok ? e : p.failed ? { t: 'unknown', line } : e,
    ok,
    ...(p.tooDeep && { message: TOO_DEEP }),
  };
}

// ---------------------------------------------------------------------------------------------
// Statements

function parseParams(p: ExprParser): Param[] {
  const params: Param[] = [];
  if (!p.isOp('(')) return params;
  p.pos++;
  while (!p.atEnd() && !p.isOp(')')) {
    const t = p.peek()!;
    if (t.k === 'op' && (t.v === '*' || t.v === '**')) {
      p.pos++;
      continue;
    }
    if (t.k !== 'name') {
      p.failed = true;
      break;
    }
    p.pos++;
    let dflt: Expr | null = null;
    if (p.isOp('=')) {
      p.pos++;
      dflt = p.expr();
    }
    params.push({ name: t.v, dflt });
    if (p.isOp(',')) p.pos++;
    else break;
  }
  p.expectOp(')');
  return params;
}

interface Frame {
  tag: string;
  node: TNode | null;
  body: TNode[];
  line: number;
}

const BLOCK_TAGS = new Set([
  'if',
  'for',
  'macro',
  'call',
  'snapshot',
  'test',
  'data_test',
  'materialization',
  'docs',
  'filter',
  'with',
  'block',
  'autoescape',
  'unit_test',
]);

/** Parses a whole file. Linear in its size; nesting deeper than MAX_DEPTH is flattened. */
export function parseTemplate(text: string): Template {
  const problems: ParseProblem[] = [];
  const segs = segments(text, problems);
  const root: TNode[] = [];
  const stack: Frame[] = [{ tag: '', node: null, body: root, line: 0 }];
  const top = () => stack[stack.length - 1]!;
  let depthReported = false;

  const closeTo = (endTag: string, seg: Seg): void => {
    // find the matching open frame; tolerate unbalanced files
    let k = stack.length - 1;
    while (k > 0 && stack[k]!.tag !== endTag) k--;
    if (k === 0) {
      problems.push({
        line: seg.line,
        message: `{% end${endTag} %} without a matching opening tag`,
      });
      return;
    }
    while (stack.length - 1 > k) {
      const f = stack.pop()!;
      problems.push({ line: f.line, message: `{% ${f.tag} %} is not closed` });
      finish(f, seg.endLine);
    }
    finish(stack.pop()!, seg.endLine);
  };
  const finish = (f: Frame, endLine: number): void => {
    const n = f.node;
    if (n && (n.t === 'macro' || n.t === 'block')) n.end = endLine;
  };
  const open = (tag: string, node: TNode, body: TNode[], line: number): void => {
    top().body.push(node);
    if (stack.length > MAX_DEPTH) {
      if (!depthReported) {
        problems.push({ line, message: `Jinja nesting deeper than ${MAX_DEPTH} levels` });
        depthReported = true;
      }
    }
    stack.push({ tag, node, body, line });
  };

  for (const seg of segs) {
    if (seg.kind === 'text') {
      top().body.push({ t: 'text', s: seg.body });
      continue;
    }
    if (seg.kind === 'out') {
      const { e, ok, message } = parseExpr(seg.body, seg.line);
      if (!ok)
        problems.push({ line: seg.line, message: message ?? 'cannot parse the Jinja expression' });
      top().body.push({ t: 'out', e, line: seg.line });
      continue;
    }
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)/.exec(seg.body);
    if (!m) {
      problems.push({ line: seg.line, message: 'empty or unreadable Jinja statement' });
      continue;
    }
    const tag = m[1]!;
    const rest = seg.body.slice(m[0].length);
    const line = seg.line;
    if (tag.startsWith('end')) {
      const base = tag.slice(3);
      if (base === 'set') {
        closeTo('set', seg);
        continue;
      }
      closeTo(base, seg);
      continue;
    }
    const p = new ExprParser(tokenize(rest, line), line);
    let reported = false;
    switch (tag) {
      case 'set': {
        // {% set a = … %}, {% set a, b = … %}, {% set ns.x = … %}, {% set a %}…{% endset %}
        const names: string[] = [];
        let attr: string | null = null;
        while (p.peek()?.k === 'name') {
          names.push((p.peek() as { v: string }).v);
          p.pos++;
          if (p.isOp('.') && p.peek(1)?.k === 'name') {
            attr = (p.peek(1) as { v: string }).v;
            p.pos += 2;
          }
          if (p.isOp(',')) p.pos++;
          else break;
        }
        if (names.length === 0) {
          problems.push({ line, message: 'cannot parse {% set %}' });
          break;
        }
        if (p.isOp('=')) {
          p.pos++;
          const e = p.tupleExpr();
          if (p.failed || !p.atEnd()) {
            problems.push({ line, message: p.tooDeep ? TOO_DEEP : 'cannot parse {% set %}' });
            reported = true;
          }
          top().body.push({
            t: 'set',
            names,
            attr,
            e: p.failed ? { t: 'unknown', line } : e,
            line,
          });
        } else {
          const node: TNode = { t: 'setblock', name: names[0]!, body: [], line };
          open('set', node, node.body, line);
        }
        break;
      }
      case 'do': {
        const e = p.tupleExpr();
        top().body.push({ t: 'do', e: p.failed ? { t: 'unknown', line } : e, line });
        break;
      }
      case 'if': {
        const c = p.expr();
        const body: TNode[] = [];
        const node: TNode = {
          t: 'if',
          branches: [{ c: p.failed ? { t: 'unknown', line } : c, body }],
          els: null,
          line,
        };
        open('if', node, body, line);
        break;
      }
      case 'elif':
      case 'else': {
        const f = top();
        const n = f.node;
        if (n && n.t === 'if' && f.tag === 'if') {
          if (tag === 'elif') {
            const c = p.expr();
            const body: TNode[] = [];
            n.branches.push({ c: p.failed ? { t: 'unknown', line } : c, body });
            f.body = body;
          } else {
            n.els = [];
            f.body = n.els;
          }
        } else if (n && n.t === 'for' && f.tag === 'for' && tag === 'else') {
          n.els = [];
          f.body = n.els;
        } else problems.push({ line, message: `{% ${tag} %} outside {% if %}` });
        break;
      }
      case 'for': {
        const names: string[] = [];
        while (p.peek()?.k === 'name' && !p.isName('in')) {
          names.push((p.peek() as { v: string }).v);
          p.pos++;
          if (p.isOp(',')) p.pos++;
          else if (p.isOp('(') || p.isOp(')')) p.pos++;
        }
        if (p.isOp(')')) p.pos++;
        let iter: Expr = { t: 'unknown', line };
        let cond: Expr | null = null;
        if (p.isName('in')) {
          p.pos++;
          iter = p.or();
          if (p.isName('if')) {
            p.pos++;
            cond = p.expr();
          }
          if (p.isName('recursive')) p.pos++;
        } else p.failed = true;
        if (p.failed) {
          problems.push({ line, message: p.tooDeep ? TOO_DEEP : 'cannot parse {% for %}' });
          reported = true;
          iter = { t: 'unknown', line };
          cond = null;
        }
        const body: TNode[] = [];
        const node: TNode = { t: 'for', names, iter, cond, body, els: null, line };
        open('for', node, body, line);
        break;
      }
      case 'macro':
      case 'test':
      case 'data_test':
      case 'materialization': {
        const nameTok = p.peek();
        const name = nameTok && nameTok.k === 'name' ? nameTok.v : '';
        p.pos++;
        const params = tag === 'macro' ? parseParams(p) : [];
        const body: TNode[] = [];
        const node: TNode =
          tag === 'macro'
            ? { t: 'macro', name, params, body, line, end: line }
            : { t: 'block', tag, arg: name, body, line, end: line };
        if (!name) problems.push({ line, message: `{% ${tag} %} without a name` });
        open(tag, node, body, line);
        break;
      }
      case 'call': {
        const params = p.isOp('(') ? parseParams(p) : [];
        const call = p.expr();
        const body: TNode[] = [];
        const node: TNode = {
          t: 'callblock',
          call: p.failed ? { t: 'unknown', line } : call,
          params,
          body,
          line,
        };
        open('call', node, body, line);
        break;
      }
      default: {
        if (BLOCK_TAGS.has(tag)) {
          const body: TNode[] = [];
          const node: TNode = { t: 'block', tag, arg: rest.trim(), body, line, end: line };
          open(tag, node, body, line);
        } else {
          // one-line statements we do not model (include, import, print, break, …)
          const exprs: Expr[] = [];
          const { e, ok, message } = parseExpr(rest, line);
          if (ok && rest.trim()) exprs.push(e);
          if (message !== undefined) problems.push({ line, message });
          top().body.push({ t: 'stmt', tag, exprs, line });
        }
      }
    }
    if (p.tooDeep && !reported) problems.push({ line, message: TOO_DEEP });
  }
  while (stack.length > 1) {
    const f = stack.pop()!;
    problems.push({ line: f.line, message: `{% ${f.tag} %} is not closed` });
    finish(f, f.line);
  }
  return { nodes: root, problems };
}
