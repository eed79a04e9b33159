import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';

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
 * Maps JSON paths of one document to 1-based line numbers, lazily. Paths inside a model
 * (`models[i]...`) are resolved from one fast scan for the entries' offsets plus a syntax tree
 * of that entry alone: a full jsonc-parser tree of a 100k-model document costs more than the
 * whole diff.
 */
export class JsonLocator {
  private tree: Node | undefined | null = null;
  private lineStarts: number[] | null = null;
  private entries: Int32Array | null | undefined;

  constructor(private readonly text: string) {}

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

  private offset(path: JsonPath): number | undefined {
    if (path[0] === 'models' && typeof path[1] === 'number') {
      if (this.entries === undefined) this.entries = scanModelEntries(this.text);
      const entries = this.entries;
      const i = path[1];
      if (entries && 2 * i + 1 < entries.length) {
        const start = entries[2 * i]!;
        if (path.length === 2) return start;
        const entry = parseTree(this.text.slice(start, entries[2 * i + 1]!));
        return entry ? start + nearestOffset(entry, path.slice(2)) : start;
      }
    }
    if (this.tree === null) this.tree = parseTree(this.text, [], { disallowComments: true });
    return this.tree ? nearestOffset(this.tree, path) : undefined;
  }
}

function nearestOffset(root: Node, path: JsonPath): number {
  for (let depth = path.length; depth > 0; depth--) {
    const node = findNodeAtLocation(root, path.slice(0, depth) as (string | number)[]);
    if (node) return node.offset;
  }
  return root.offset;
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
