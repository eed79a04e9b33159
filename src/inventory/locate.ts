export type JsonPath = readonly (string | number)[];

/** `models[12].upstream_dependencies` — the notation our messages use. */
export function formatJsonPath(path: JsonPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out === '' ? '(root)' : out;
}

export interface Position {
  readonly line: number;
  readonly column: number;
}

/**
 * Maps JSON paths of one valid JSON document to 1-based line numbers, lazily. A path inside a
 * model (`models[i]...`) starts from one fast scan for the entries' offsets and then walks that
 * entry alone; other paths walk from the root. No syntax tree is built: a full tree of a
 * 100k-model document costs more than the whole diff, and even one tree per entry adds up over
 * thousands of findings.
 */
export class JsonLocator {
  private lineStarts: number[] | null = null;
  private entries: Int32Array | null | undefined;

  constructor(readonly text: string) {}

  position(offset: number): Position {
    const starts = (this.lineStarts ??= computeLineStarts(this.text));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  }

  /** Line of the value at `path`, or of its nearest existing ancestor. */
  line(path: JsonPath): number | undefined {
    const offset = this.offset(path);
    return offset === undefined ? undefined : this.position(offset).line;
  }

  /** Start and end offsets of each `models` entry (see scanModelEntries), computed once. */
  modelEntries(): Int32Array | null {
    if (this.entries === undefined) this.entries = scanModelEntries(this.text);
    return this.entries;
  }

  private offset(path: JsonPath): number | undefined {
    if (path[0] === 'models' && typeof path[1] === 'number') {
      const entries = this.modelEntries();
      const i = path[1];
      if (entries && 2 * i + 1 < entries.length) {
        return offsetWithin(this.text, entries[2 * i]!, path.slice(2));
      }
    }
    const root = skipSpace(this.text, 0);
    return root < this.text.length ? offsetWithin(this.text, root, path) : undefined;
  }
}

/** Offset of the value at `path` below the value that starts at `start`, or of the nearest
 * ancestor that exists. Duplicate keys resolve to the last, as in JSON.parse. */
function offsetWithin(text: string, start: number, path: JsonPath): number {
  let at = start;
  for (const segment of path) {
    const child = childOffset(text, at, segment);
    if (child === -1) break;
    at = child;
  }
  return at;
}

function childOffset(text: string, at: number, segment: string | number): number {
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
function decodeString(raw: string): string | undefined {
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return undefined;
  }
}

/** Offset just past the value that starts at `start`. */
function skipValue(text: string, start: number): number {
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

function skipSpace(text: string, start: number): number {
  let i = start;
  while (i < text.length && text.charCodeAt(i) <= 32) i++;
  return i;
}

const QUOTE = 34;
const BACKSLASH = 92;

/**
 * Start and end offsets of each element of the top-level `models` array (the last one, when
 * the key repeats), in one pass over valid JSON; null when the document has no such array.
 */
export function scanModelEntries(text: string): Int32Array | null {
  const offsets: number[] = [];
  let depth = 0;
  let inModels = false;
  let lastKey: string | null = null;
  let entryStart = -1;
  let found: Int32Array | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = skipString(text, i);
      if (depth === 1) {
        let j = end + 1;
        while (j < text.length && text.charCodeAt(j) <= 32) j++;
        if (text.charCodeAt(j) === 58 /* : */)
          lastKey = JSON.parse(text.slice(i, end + 1)) as string;
      }
      if (inModels && depth === 2 && entryStart === -1) entryStart = i;
      i = end;
      continue;
    }
    if (c === 123 /* { */ || c === 91 /* [ */) {
      if (depth === 1 && c === 91 && lastKey === 'models') inModels = true;
      else if (inModels && depth === 2 && entryStart === -1) entryStart = i;
      depth++;
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      depth--;
      if (inModels && depth === 2 && entryStart !== -1) {
        offsets.push(entryStart, i + 1);
        entryStart = -1;
      } else if (inModels && depth === 1) {
        if (entryStart !== -1) offsets.push(entryStart, i);
        // JSON.parse keeps the last of duplicate keys: so do we.
        found = Int32Array.from(offsets);
        offsets.length = 0;
        inModels = false;
        entryStart = -1;
      }
    } else if (inModels && depth === 2) {
      if (c === 44 /* , */) {
        if (entryStart !== -1) offsets.push(entryStart, i);
        entryStart = -1;
      } else if (c > 32 && entryStart === -1) {
        entryStart = i;
      }
    }
  }
  return found;
}

/** Offset of the closing quote of the string that opens at `start`. */
function skipString(text: string, start: number): number {
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

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}
