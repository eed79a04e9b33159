// Cursor helpers over JSON text: each reads from an offset without parsing the whole document.
// On valid JSON they are exact; on anything else they still terminate, and their answer is a
// guess that callers must not trust without checking (see reuse.ts).

export const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;
const COLON = 58;

/**
 * Walks the members of the top-level object and hands each `models` array (its `[` offset) to
 * `walk`, which returns what it found and the offset it stopped at (the `]`), or null to give
 * up. JSON.parse keeps the last of repeated keys, and so does this: the last walk's result.
 */
export function walkModelsArray<T extends { readonly end: number }>(
  text: string,
  walk: (open: number) => T | null,
): T | null {
  let found: T | null = null;
  let at = skipSpace(text, 0);
  if (text.charCodeAt(at) !== OPEN_BRACE) return null;
  at = skipSpace(text, at + 1);
  while (text.charCodeAt(at) === QUOTE) {
    const keyEnd = skipString(text, at);
    const key = decodeString(text.slice(at + 1, keyEnd));
    at = skipSpace(text, keyEnd + 1);
    if (text.charCodeAt(at) !== COLON) return null;
    at = skipSpace(text, at + 1);
    if (key === 'models' && text.charCodeAt(at) === OPEN_BRACKET) {
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

/**
 * Visits each element of the array whose `[` is at `open`: `visit` gets the element's offset
 * and returns where it ends, or -1 to stop. The offset after the last element (its `]` in
 * valid JSON), or -1 when stopped.
 */
export function forEachElement(text: string, open: number, visit: (at: number) => number): number {
  let at = skipSpace(text, open + 1);
  if (text.charCodeAt(at) === CLOSE_BRACKET) return at;
  for (;;) {
    const end = visit(at);
    if (end === -1) return -1;
    at = skipSpace(text, end);
    if (text.charCodeAt(at) !== COMMA) return at;
    at = skipSpace(text, at + 1);
  }
}

/**
 * Offset of the member `segment` (a key, or an index) of the object or array that starts at
 * `at`; -1 when there is none. Duplicate keys resolve to the last, as in JSON.parse.
 */
export function childOffset(text: string, at: number, segment: string | number): number {
  const open = text.charCodeAt(at);
  if (open !== (typeof segment === 'number' ? 91 /* [ */ : 123) /* { */) return -1;
  let found = -1;
  let index = 0;
  let i = skipSpace(text, at + 1);
  while (i < text.length && text.charCodeAt(i) !== 93 && text.charCodeAt(i) !== 125) {
    if (open === 123) {
      const keyEnd = skipString(text, i);
      const key = decodeString(text.slice(i + 1, keyEnd));
      i = skipSpace(text, skipSpace(text, keyEnd + 1) + 1); // past the colon
      if (key === segment) found = i;
    } else if (index++ === segment) {
      return i;
    }
    i = skipSpace(text, skipValue(text, i));
    if (text.charCodeAt(i) !== 44 /* , */) break;
    i = skipSpace(text, i + 1);
  }
  return found;
}

/**
 * The string value of `key` in the object that starts at `start`, by a scan of that object
 * alone; undefined when it has none. On text that is not valid JSON the answer is a guess.
 */
export function stringMember(text: string, start: number, key: string): string | undefined {
  const at = childOffset(text, start, key);
  if (at === -1 || text.charCodeAt(at) !== QUOTE) return undefined;
  return decodeString(text.slice(at + 1, skipString(text, at)));
}

/** The value of a JSON string literal's contents; undefined for an invalid escape. */
export function decodeString(raw: string): string | undefined {
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return undefined;
  }
}

/** Offset just past the value that starts at `start`. */
export function skipValue(text: string, start: number): number {
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

export function skipSpace(text: string, start: number): number {
  let i = start;
  while (i < text.length && text.charCodeAt(i) <= 32) i++;
  return i;
}

/** Offset of the closing quote of the string that opens at `start`. */
export function skipString(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    const quote = text.indexOf('"', i);
    if (quote === -1) return text.length - 1;
    let backslashes = 0;
    for (let j = quote - 1; j > start && text.charCodeAt(j) === BACKSLASH; j--) backslashes++;
    if (backslashes % 2 === 0) return quote;
    i = quote + 1;
  }
}
