import { forEachElement, skipValue, stringMember, walkModelsArray } from './json-text.js';
import type { Inventory } from './parse.js';
import type { Model } from './schema.js';

/** What a document shares with a reference inventory (see reuseIdenticalEntries). */
export interface Reuse {
  /**
   * The document with each run of shared entries replaced by one `null`: what is left to parse.
   * `null` allocates nothing and, unlike a number, no character that may follow it can extend it
   * into a valid token (`0.5`).
   */
  readonly skeleton: string;
  /**
   * The document's `models` from its parsed skeleton's: each placeholder back as its run of the
   * reference's model objects, flagged as shared. Null when the two do not line up, which the
   * walk guarantees for every skeleton that parses (see reuseIdenticalEntries).
   */
  expand(parsed: readonly unknown[]): { entries: unknown[]; shared: Uint8Array } | null;
}

/** Give up after this many entries without an identical twin, unless most had one. */
const MISMATCH_TOLERANCE = 64;

const OPEN_BRACE = 123;

/**
 * Finds the entries of `text` whose text equals that of a valid entry of `reference` (parsed
 * from a similar document: the other side of a diff), without scanning what they share.
 *
 * The `models` array is walked in step with the reference's entries. Where the reference's next
 * entry text starts at the cursor, the run of entries that follow it alike — separators included
 * — is measured by galloping: comparisons of doubling spans, then halving ones, each a single
 * memcmp of two slices, O(length of the run) in all and a few dozen calls for a run of
 * thousands. Only entries that differ are scanned, and paired by the name read from them — past
 * an insertion, a removal or a move.
 *
 * Each run becomes one `null` in the skeleton, and parsing the skeleton validates the whole
 * document: a run is a span of the reference's valid `models` array from an element's start to
 * an element's end, so it is valid JSON wherever an element may stand, and swapping it, outside
 * any string, for a literal that no following character can extend cannot change whether the
 * text parses. The walk tracks strings exactly as a JSON lexer does, so on text that is not
 * JSON it may pair wrongly only where the skeleton then fails to parse.
 *
 * Null when there is nothing to gain: no `models` array, or too few entries alike. O(length of
 * the differing entries + number of entries).
 */
export function reuseIdenticalEntries(text: string, reference: Inventory): Reuse | null {
  const theirs = reference.locator.modelEntries();
  if (!theirs) return null;
  const theirText = reference.locator.text;
  const count = theirs.length / 2;

  // The reference's entries that are valid as they stand, by position in its document, and for
  // each the end of the unbroken stretch of valid entries it starts: no run crosses an invalid one.
  const valid: (Model | undefined)[] = new Array(count);
  const salvaged = reference.invalidFields;
  reference.models.forEach((model, i) => {
    if (salvaged.size === 0 || !salvaged.has(model.name)) valid[reference.sourceIndex[i]!] = model;
  });
  const validUpTo = new Int32Array(count + 1);
  validUpTo[count] = count;
  for (let k = count - 1; k >= 0; k--)
    validUpTo[k] = valid[k] === undefined ? k : validUpTo[k + 1]!;

  // Two slices and === compare as one memcmp; startsWith is several times slower in V8.
  const sameText = (from: number, to: number, shift: number) =>
    text.slice(from + shift, to + shift) === theirText.slice(from, to);

  /**
   * How many reference entries from `k` on have their text, separators included, at `at`: 0
   * when entry k's does not. A span of c entries ends where entry k + c - 1 does.
   */
  const sharedRun = (at: number, k: number): number => {
    const limit = validUpTo[k]! - k;
    if (limit === 0) return 0;
    const shift = at - theirs[2 * k]!;
    const endOf = (c: number) => theirs[2 * (k + c - 1) + 1]!;
    if (!sameText(theirs[2 * k]!, endOf(1), shift)) return 0;
    let good = 1;
    for (let step = 1; good < limit; step *= 2) {
      const longer = Math.min(good + step, limit);
      if (sameText(endOf(good), endOf(longer), shift)) {
        good = longer;
        continue;
      }
      // The run ends before `longer`: halve the gap, comparing only what lies past `good`.
      let bad = longer;
      while (bad - good > 1) {
        const middle = (good + bad) >>> 1;
        if (sameText(endOf(good), endOf(middle), shift)) good = middle;
        else bad = middle;
      }
      break;
    }
    return good;
  };

  /** Walks the array whose `[` is at `open`; null once too few entries are alike. */
  const walkModels = (open: number) => {
    // Per element of the skeleton's array: the reference entry its run starts at (-1 for an
    // entry of the document's own) and how many entries it stands for.
    const layout: number[] = [];
    const pieces: string[] = [];
    let copied = 0;
    let matched = 0;
    let missed = 0;
    let next = 0; // the reference entry expected at the cursor
    const end = forEachElement(text, open, (at) => {
      let k = next;
      let run = k < count ? sharedRun(at, k) : 0;
      if (run === 0) {
        const name =
          text.charCodeAt(at) === OPEN_BRACE ? stringMember(text, at, 'name') : undefined;
        const position = name === undefined ? undefined : reference.indexByName.get(name);
        if (position === undefined) {
          // Not in the reference: the entry after it is expected where this one was.
          k = -1;
        } else {
          // Moved: the entries after it are expected after its twin.
          k = reference.sourceIndex[position]!;
          next = k + 1;
          run = sharedRun(at, k);
          if (run === 0) k = -1;
        }
      }
      const end =
        k === -1 ? skipValue(text, at) : at + theirs[2 * (k + run - 1) + 1]! - theirs[2 * k]!;
      if (k === -1) {
        layout.push(-1, 1);
        if (++missed > MISMATCH_TOLERANCE && missed > matched) return -1;
      } else {
        layout.push(k, run);
        next = k + run;
        matched += run;
        pieces.push(text.slice(copied, at), 'null');
        copied = end;
      }
      return end;
    });
    return end === -1 || (matched === 0 && layout.length > 0)
      ? null
      : { layout, pieces, copied, end };
  };

  const found = walkModelsArray(text, walkModels);
  if (!found) return null;
  found.pieces.push(text.slice(found.copied));
  const { layout } = found;
  return {
    skeleton: found.pieces.join(''),
    expand(parsed) {
      if (parsed.length !== layout.length / 2) return null;
      let total = 0;
      for (let j = 1; j < layout.length; j += 2) total += layout[j]!;
      const entries: unknown[] = new Array(total);
      const shared = new Uint8Array(total);
      let i = 0;
      for (let j = 0; j < parsed.length; j++) {
        const k = layout[2 * j]!;
        if (k === -1) {
          entries[i++] = parsed[j];
          continue;
        }
        for (let c = k; c < k + layout[2 * j + 1]!; c++) {
          shared[i] = 1;
          entries[i++] = valid[c];
        }
      }
      return { entries, shared };
    },
  };
}
