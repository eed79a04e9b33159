/**
 * Jinja2 → nunjucks source fixes for what dbt projects write and nunjucks does not parse, or
 * parses with another meaning:
 * - `{% do expr %}`, `{% set ns.attr = expr %}` (Python's `is not none`-style tests are handled
 *   by registered tests, `.append` by nunjucks' Jinja compatibility);
 * - a trailing comma in a list, dict or call (`[a, b,]`);
 * - adjacent string literals, which Jinja2 concatenates (`"case" " when x"` → `"case when x"`);
 * - a loop filter, `{% for x in xs if cond %}`, which nunjucks reads as an inline `if` evaluated
 *   once before the loop: rewritten to collect the items that pass, then loop over those, so
 *   `loop.*` counts only them and `{% else %}` runs when none passes, as in Jinja2.
 * Text outside tags, comments and `{% raw %}` blocks are untouched; string literals inside tags
 * are never rewritten.
 */

export function preprocessJinja(src: string): string {
  return rewriteTags(src);
}

// ---------------------------------------------------------------------------------------------
// Tags: found the way the Jinja lexer finds them (a `}}` or `%}` inside a string literal does not
// close the tag), with `{# #}` comments and `{% raw %}` blocks passed through.

const RAW_CLOSE = /\{%-?\s*endraw\s*-?%\}/g;

/** Where a tag opened at `start` (`{{` or `{%`) closes (the index after it), or -1. */
function tagEnd(src: string, start: number, close: string): number {
  let quote = '';
  for (let i = start + 2; i < src.length; i++) {
    const c = src[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === close[0] && src[i + 1] === close[1]) return i + 2;
  }
  return -1;
}

function rewriteTags(src: string): string {
  const out: string[] = [];
  let last = 0;
  let loops = 0;
  for (let i = src.indexOf('{', 0); i >= 0 && i < src.length; i = src.indexOf('{', i)) {
    const next = src[i + 1];
    if (next === '#') {
      const end = src.indexOf('#}', i + 2);
      if (end < 0) break;
      i = end + 2;
      continue;
    }
    if (next !== '{' && next !== '%') {
      i++;
      continue;
    }
    const end = tagEnd(src, i, next === '{' ? '}}' : '%}');
    if (end < 0) break;
    const tag = src.slice(i, end);
    let rewritten = fixExpression(tag);
    if (next === '%') {
      const st = statement(rewritten);
      if (st.keyword === 'raw' && st.rest === '') {
        RAW_CLOSE.lastIndex = end;
        const close = RAW_CLOSE.exec(src);
        i = close ? close.index + close[0].length : src.length;
        continue;
      }
      if (st.keyword === 'for') {
        const loop = filteredLoop(st, loops);
        if (loop !== undefined) {
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
  return out.join('');
}

// ---------------------------------------------------------------------------------------------
// Tokens of a tag's code: string literals, and everything else a character at a time.

interface Str {
  start: number;
  end: number;
  quote: string;
}

/** The string literals of a piece of code, in order (an unclosed one runs to the end). */
function stringsOf(code: string): Str[] {
  const out: Str[] = [];
  for (let i = 0; i < code.length; i++) {
    const q = code[i];
    if (q !== '"' && q !== "'") continue;
    let j = i + 1;
    while (j < code.length && code[j] !== q) j += code[j] === '\\' ? 2 : 1;
    out.push({ start: i, end: Math.min(j + 1, code.length), quote: q });
    i = j;
  }
  return out;
}

/** The body of a string literal re-quoted with `quote`: escapes kept, bare `quote`s escaped. */
function requote(body: string, from: string, quote: string): string {
  if (from === quote) return body;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    if (c === '\\') {
      out += body.slice(i, i + 2);
      i++;
    } else out += c === quote ? `\\${c}` : c;
  }
  return out;
}

/** Python allows a trailing comma in list, dict and call literals; nunjucks does not. */
const TRAILING_COMMA = /,(\s*[}\])])/g;

/**
 * Outside string literals: adjacent literals joined into one (Jinja2's implicit concatenation:
 * only whitespace between them), trailing commas dropped.
 */
function fixExpression(code: string): string {
  if (!code.includes(',') && !code.includes('"') && !code.includes("'")) return code;
  const strings = stringsOf(code);
  let out = '';
  let at = 0;
  const plain = (s: string) => (s.includes(',') ? s.replace(TRAILING_COMMA, '$1') : s);
  for (let k = 0; k < strings.length;) {
    const first = strings[k] as Str;
    out += plain(code.slice(at, first.start));
    let body = code.slice(first.start + 1, first.end - 1);
    let end = first.end;
    let n = k + 1;
    for (; n < strings.length; n++) {
      const s = strings[n] as Str;
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

// ---------------------------------------------------------------------------------------------
// Statements (no regular expression that could backtrack over a long tag).

interface Statement {
  /** `-` when the tag strips whitespace on that side. */
  open: string;
  close: string;
  keyword: string;
  /** What follows the keyword, trimmed. */
  rest: string;
}

function statement(tag: string): Statement {
  let inner = tag.slice(2, -2);
  const open = inner.startsWith('-') ? '-' : '';
  if (open) inner = inner.slice(1);
  const close = inner.endsWith('-') ? '-' : '';
  if (close) inner = inner.slice(0, -1);
  inner = inner.trim();
  const keyword = /^[A-Za-z_]\w*/.exec(inner)?.[0] ?? '';
  return { open, close, keyword, rest: inner.slice(keyword.length).trim() };
}

const NAME = /^[A-Za-z_]\w*$/;

/** `{% do expr %}` → `{{ __do(expr) }}`; `{% set ns.attr = expr %}` → `{{ __setattr(…) }}`. */
function doOrSetAttr({ open, close, keyword, rest }: Statement): string | undefined {
  if (keyword === 'do' && rest) return `{{${open} __do(${rest}) ${close}}}`;
  if (keyword !== 'set') return undefined;
  const eq = rest.indexOf('=');
  if (eq < 0 || rest[eq + 1] === '=') return undefined;
  const lhs = rest.slice(0, eq).trim().split('.');
  if (lhs.length !== 2 || !lhs.every((x) => NAME.test(x.trim()))) return undefined;
  const [obj, attr] = lhs.map((x) => x.trim()) as [string, string];
  return `{{${open} __setattr(${obj}, '${attr}', ${rest.slice(eq + 1).trim()}) ${close}}}`;
}

// ---------------------------------------------------------------------------------------------
// Loop filters.

/** The names of a loop target (`x`, `a, b`, `(a, b)`), or undefined. */
function targetNames(text: string): string[] | undefined {
  let t = text.trim();
  if (t.startsWith('(') && t.endsWith(')')) t = t.slice(1, -1);
  const names = t.split(',').map((x) => x.trim());
  if (names.length > 1 && names[names.length - 1] === '') names.pop();
  return names.length > 0 && names.every((x) => NAME.test(x)) ? names : undefined;
}

/**
 * Where a name or keyword occurs in code as a word of its own (not a member, not part of a
 * longer name), outside string literals; with `topLevel`, only outside brackets too.
 */
function wordsAt(code: string, word: string, topLevel: boolean): number[] {
  const out: number[] = [];
  const strings = stringsOf(code);
  let s = 0;
  let depth = 0;
  for (let i = 0; i < code.length; i++) {
    const str = strings[s];
    if (str && i === str.start) {
      i = str.end - 1;
      s++;
      continue;
    }
    const c = code[i] as string;
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (
      (depth === 0 || !topLevel) &&
      code.startsWith(word, i) &&
      !/[\w.]/.test(code[i - 1] ?? ' ') &&
      !/\w/.test(code[i + word.length] ?? ' ')
    )
      out.push(i);
  }
  return out;
}

/** `loop` (the name, not a member or part of a name) outside strings replaced by `alias`. */
function renameLoop(code: string, alias: string): string {
  let out = '';
  let last = 0;
  for (const i of wordsAt(code, 'loop', false)) {
    out += code.slice(last, i) + alias;
    last = i + 'loop'.length;
  }
  return out + code.slice(last);
}

/**
 * `{% for T in ITER if COND %}` → collect the items for which COND holds (with T bound), then
 * loop over them: `{% set __lfN = [] %}{% for T in ITER %}{% if COND %}…append…{% endif %}
 * {% endfor %}{% for T in __lfN %}`. The body, `{% else %}` and `{% endfor %}` stay as written.
 * `loop` in COND is the enclosing loop's, as in Jinja2 (the filter runs before the loop's own).
 * Undefined when the tag is not a filtered loop.
 */
function filteredLoop({ open, close, rest }: Statement, n: number): string | undefined {
  const ins = wordsAt(rest, 'in', true);
  if (ins.length === 0) return undefined;
  const inAt = ins[0] as number;
  const ifs = wordsAt(rest, 'if', true).filter((i) => i > inAt);
  if (ifs.length === 0) return undefined;
  const ifAt = ifs[0] as number;
  const names = targetNames(rest.slice(0, inAt));
  if (!names) return undefined;
  const iter = rest.slice(inAt + 2, ifAt).trim();
  let cond = rest.slice(ifAt + 2).trim();
  if (!iter || !cond) return undefined;
  const list = `__lf${n}`;
  let prefix = '';
  if (wordsAt(cond, 'loop', false).length > 0) {
    prefix = `{% set __lo${n} = loop %}`;
    cond = renameLoop(cond, `__lo${n}`);
  }
  const t = names.join(', ');
  const item = names.length === 1 ? t : `[${t}]`;
  return (
    `{%${open} set ${list} = [] %}${prefix}` +
    `{% for ${t} in ${iter} %}{% if ${cond} %}{{ __do(${list}.push(${item})) }}{% endif %}{% endfor %}` +
    `{% for ${t} in ${list} ${close}%}`
  );
}
