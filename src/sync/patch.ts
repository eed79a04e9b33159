import { diffLines, formatHunks } from './line-diff.js';

/**
 * A git-style unified patch turning `before` into `after` at `path` (repository-relative), which
 * `git apply` accepts; '' when nothing changes. Paths git would quote are quoted as git does.
 */
export function unifiedPatch(path: string, before: string, after: string): string {
  if (before === after) return '';
  const a = quotePath(`a/${path}`);
  const b = quotePath(`b/${path}`);
  // The line diff is ours (see diffLines): jsdiff alone is quadratic on a big, much-changed file.
  const hunks = formatHunks(diffLines(before, after), 3);
  return `diff --git ${a} ${b}
--- ${a}
+++ ${b}
${hunks}`;
}

/** git's C-style quoting, for names with a quote, backslash or control character. */
export function quotePath(name: string): string {
  if (![...name].some(needsQuote)) return name;
  const escaped = [...name].map((c) =>
    needsQuote(c) ? (NAMED_ESCAPES[c] ?? `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`) : c,
  );
  return `"${escaped.join('')}"`;
}

const NAMED_ESCAPES: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\t': '\\t',
  '\n': '\\n',
  '\r': '\\r',
  '\b': '\\b',
  '\f': '\\f',
  '\v': '\\v',
  '\x07': '\\a',
};

function needsQuote(c: string): boolean {
  const code = c.charCodeAt(0);
  return c === '"' || c === '\\' || code < 0x20 || code === 0x7f;
}
