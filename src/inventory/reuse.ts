import { forEachElement, skipValue, stringMember, walkModelsArray } from './json-text.js';
import type { Inventory } from './parse.js';
import type { Model } from './schema.js';

/** What a document shares with a reference inventory (see reuseIdenticalEntries). */
export interface Reuse {
  /**
   * The document with every shared entry replaced by `null`: what is left to parse. `null`
   * allocates nothing for the 99% of entries a typical diff shares, and, unlike a number, no
   * character that may follow it can extend it into a valid token (`0.5`).
   */
  readonly skeleton: string;
  /** By entry position: the reference's model object where the entry's text is identical. */
  readonly models: readonly (Model | undefined)[];
  /** Start and end offsets of every entry, as scanModelEntries gives them. */
  readonly entries: Int32Array;
}

/** Give up after this many entries without an identical twin, unless most had one. */
const MISMATCH_TOLERANCE = 64;

const OPEN_BRACE = 123;

/**
 * Finds the entries of `text` whose text equals that of a valid entry of `reference` (parsed
 * from a similar document: the other side of a diff), without scanning what they share.
 *
 * The `models` array is walked in step with the reference's entries: where the reference's next
 * entry text starts at the cursor, one string comparison skips it; only entries that differ are
 * scanned, and paired by the name read from them — past an insertion, a removal or a move.
 * Parsing the skeleton then validates the whole document: a shared entry is a valid JSON value,
 * and swapping it, outside any string, for another value that no following character can
 * extend (an object or a literal, never a number) cannot change whether the text parses. The walk tracks strings exactly as a JSON lexer does, so on text that is not JSON it
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
    const end = forEachElement(text, open, (at) => {
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
        if (++missed > MISMATCH_TOLERANCE && missed > matched) return -1;
      } else {
        matched++;
        pieces.push(text.slice(copied, at), 'null');
        copied = end;
      }
      return end;
    });
    return end === -1 || (matched === 0 && models.length > 0)
      ? null
      : { models, entries, pieces, copied, end };
  };

  const found = walkModelsArray(text, walkModels);
  if (!found) return null;
  found.pieces.push(text.slice(found.copied));
  return {
    skeleton: found.pieces.join(''),
    models: found.models,
    entries: Int32Array.from(found.entries),
  };
}
