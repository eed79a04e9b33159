import { Int32Pairs } from '../util/int32-pairs.js';
import { childOffset, forEachElement, skipSpace, skipValue, walkModelsArray } from './json-text.js';

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

/**
 * Start and end offsets of each element of the top-level `models` array (the last one, when
 * the key repeats), in one pass over valid JSON; null when the document has no such array.
 */
export function scanModelEntries(text: string): Int32Array | null {
  const found = walkModelsArray(text, (open) => {
    // Off the heap: a 100k-entry array of numbers would be garbage of MBs.
    const offsets = new Int32Pairs();
    const end = forEachElement(text, open, (at) => {
      const elementEnd = skipValue(text, at);
      offsets.add(at, elementEnd);
      return elementEnd;
    });
    return { end, offsets };
  });
  return found && found.offsets.flat();
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}
