import {
  decodeString,
  QUOTE,
  skipSpace,
  skipString,
  skipValue,
  stringMember,
} from './json-text.js';
import type { Inventory } from './parse.js';
import type { Model } from './schema.js';

/** What a document shares with a reference inventory (see reuseIdenticalEntries). */
export interface Reuse {
  /** The document with every shared entry replaced by `{}`: what is left to parse. */
  readonly skeleton: string;
  /** By entry position: the reference's model object where the entry's text is identical. */
  readonly models: readonly (Model | undefined)[];
  /**
   * Start and end offsets of every entry. Starts are those scanModelEntries gives; an end may
   * differ for an entry that is not an object (the scan counts trailing white space in).
   */
  readonly entries: Int32Array;
}

/** Give up after this many entries without an identical twin, unless most had one. */
const MISMATCH_TOLERANCE = 64;

const OPEN_BRACE = 123;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;
const COLON = 58;

/**
 * Finds the entries of `text` whose text equals that of a valid entry of `reference` (parsed
 * from a similar document: the other side of a diff), without scanning what they share.
 *
 * The `models` array is walked in step with the reference's entries: where the reference's next
 * entry text starts at the cursor, one string comparison skips it; only entries that differ are
 * scanned, and paired by the name read from them — past an insertion, a removal or a move.
 * Parsing the skeleton then validates the whole document: a shared entry is a valid JSON object,
 * and swapping one object for another, outside any string, cannot change whether the text
 * parses. The walk tracks strings exactly as a JSON lexer does, so on text that is not JSON it
 * may pair wrongly only where the skeleton then fails to parse.
 *
 * Null when there is nothing to gain: no `models` array, or too few entries alike. O(length of
 * the differing entries + number of entries).
 */
export function reuseIdenticalEntries(text: string, reference: Inventory): Reuse | null {
  const theirs = reference.locator.modelEntries();
  if (!theirs) return null;
  const theirText = reference.locator.text;

  // The reference's entries that are valid as they stand, by position in its document.
  const valid: (Model | undefined)[] = new Array(theirs.length / 2);
  const salvaged = reference.invalidFields;
  reference.models.forEach((model, i) => {
    if (salvaged.size === 0 || !salvaged.has(model.name)) valid[reference.sourceIndex[i]!] = model;
  });
  const identicalAt = (at: number, k: number): number => {
    if (valid[k] === undefined) return -1;
    const start = theirs[2 * k]!;
    const end = theirs[2 * k + 1]!;
    // Two slices and === compare as one memcmp; startsWith is several times slower in V8.
    const length = end - start;
    return text.slice(at, at + length) === theirText.slice(start, end) ? at + length : -1;
  };

  /** Walks the array whose `[` is at `open`; null once too few entries are alike. */
  const walkModels = (open: number) => {
    const models: (Model | undefined)[] = [];
    const entries: number[] = [];
    const pieces: string[] = [];
    let copied = 0;
    let matched = 0;
    let missed = 0;
    let next = 0; // the reference entry expected at the cursor
    let at = skipSpace(text, open + 1);
    if (text.charCodeAt(at) === CLOSE_BRACKET) return { models, entries, pieces, copied, end: at };
    for (;;) {
      let k = next < valid.length ? next : -1;
      let end = k === -1 ? -1 : identicalAt(at, k);
      if (end === -1) {
        end = skipValue(text, at);
        const name =
          text.charCodeAt(at) === OPEN_BRACE ? stringMember(text, at, 'name') : undefined;
        const position = name === undefined ? undefined : reference.indexByName.get(name);
        if (position === undefined) {
          // Not in the reference: the entry after it is expected where this one was.
          k = -1;
        } else {
          k = reference.sourceIndex[position]!;
          next = k + 1;
          if (identicalAt(at, k) !== end) k = -1;
        }
      } else {
        next = k + 1;
      }
      entries.push(at, end);
      models.push(k === -1 ? undefined : valid[k]);
      if (k === -1) {
        if (++missed > MISMATCH_TOLERANCE && missed > matched) return null;
      } else {
        matched++;
        pieces.push(text.slice(copied, at), '{}');
        copied = end;
      }
      at = skipSpace(text, end);
      if (text.charCodeAt(at) !== COMMA) break;
      at = skipSpace(text, at + 1);
    }
    return matched === 0 ? null : { models, entries, pieces, copied, end: at };
  };

  // The top-level members, in order: JSON.parse keeps the last `models`, and so do we.
  let found: ReturnType<typeof walkModels> = null;
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
      found = walkModels(at);
      if (!found) return null;
      at = found.end + 1;
    } else {
      at = skipValue(text, at);
    }
    at = skipSpace(text, at);
    if (text.charCodeAt(at) !== COMMA) break;
    at = skipSpace(text, at + 1);
  }
  if (!found) return null;
  found.pieces.push(text.slice(found.copied));
  return {
    skeleton: found.pieces.join(''),
    models: found.models,
    entries: Int32Array.from(found.entries),
  };
}
