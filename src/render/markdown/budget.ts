import type { Measure } from './stringify.js';

/**
 * A section of a document that can show more or less: `units` are its rows, or for a picture its
 * detail levels. `render(n)` must grow with `n`, and `render(0)` must be small (a heading and a
 * note that the content was left out, or nothing).
 */
export interface Part {
  /** What a reader lost when the part is cut, e.g. "the full impacted list". */
  readonly label: string;
  /** Order in which the budget is spent: lower ranks first, and so cut last. */
  readonly rank: number;
  /** Units available. */
  readonly units: number;
  /** Units that exist, when more exist than may ever be shown (a capped list). */
  readonly total?: number;
  /** Units every part gets, by rank, before any part grows past its core. */
  readonly core: number;
  /** Cheap estimate of `measure(render(n))`, growing with `n`; never serializes. */
  estimate(n: number): number;
  render(n: number): string;
}

export interface Spent {
  /** Markdown of each part, in the order given; '' for a part that shows nothing. */
  readonly texts: readonly string[];
  /** Units shown of each part, in the order given. */
  readonly shown: readonly number[];
  /** Parts shown with fewer units than they have. */
  readonly cut: readonly Part[];
}

export const SEPARATOR = '\n\n';
// A wrong estimate costs one more render; past a few, the part keeps what it had.
const ATTEMPTS = 6;

/**
 * Spends `budget` (in the units of `measure`) on the parts by rank, in two rounds: every part
 * gets its core, then parts grow to everything they have, again by rank. Only what is kept is
 * serialized for good; estimates pick the sizes, and each render is measured before it is kept.
 */
export function spend(parts: readonly Part[], budget: number, measure: Measure): Spent {
  const shown = parts.map(() => 0);
  const texts = parts.map((part) => part.render(0));
  const sizes = texts.map((text) => measure(text));
  // Each non-empty part pays for one separator: one more than the joined text needs.
  let used = sizes.reduce((sum, size) => sum + cost(size), 0);
  const order = parts.map((_, i) => i).sort((a, b) => parts[a]!.rank - parts[b]!.rank || a - b);

  const grow = (i: number, target: number) => {
    const part = parts[i]!;
    const from = shown[i]!;
    if (target <= from) return;
    const allowance = budget - (used - cost(sizes[i]!));
    let n = largestFitting(part, from, target, allowance - SEPARATOR.length);
    for (let attempt = 0; n > from && attempt < ATTEMPTS; attempt++) {
      const text = part.render(n);
      const size = measure(text);
      if (cost(size) <= allowance) {
        used += cost(size) - cost(sizes[i]!);
        texts[i] = text;
        sizes[i] = size;
        shown[i] = n;
        return;
      }
      // Scale down by the overshoot, and by at least one unit.
      const scaled = from + Math.floor(((n - from) * allowance) / cost(size)) - 1;
      n = Math.min(n - 1, scaled);
    }
  };

  for (const i of order) grow(i, Math.min(parts[i]!.core, parts[i]!.units));
  for (const i of order) grow(i, parts[i]!.units);

  return {
    texts,
    shown,
    cut: parts.filter((part, i) => shown[i]! < (part.total ?? part.units)),
  };
}

function cost(size: number): number {
  return size === 0 ? 0 : size + SEPARATOR.length;
}

/** Largest n in [from, to] whose estimate fits, by binary search (estimates grow with n). */
function largestFitting(part: Part, from: number, to: number, allowance: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = lo + Math.ceil((hi - lo) / 2);
    if (part.estimate(mid) <= allowance) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Running sizes of a list's items, computed only as far as a budget can reach: estimating a
 * part of 100,000 rows costs no more than the rows that could ever be shown. An item larger
 * than `itemMax` is skipped, not shown: one oversized row never hides the rows after it.
 */
export class PrefixSizes {
  private readonly sums: number[] = [0];
  /** Indexes of the items kept so far, in order. */
  readonly kept: number[] = [];
  private next = 0;

  constructor(
    private readonly count: number,
    private readonly sizeOf: (index: number) => number,
    /** No estimate past this is needed: the largest budget. */
    private readonly cap: number,
    private readonly itemMax = Infinity,
  ) {}

  /** Size of the first n kept items; past the cap or the items, more than any budget. */
  upTo(n: number): number {
    const sums = this.sums;
    while (sums.length <= n && this.next < this.count) {
      const last = sums[sums.length - 1]!;
      if (last > this.cap) return Number.MAX_SAFE_INTEGER;
      const index = this.next++;
      const size = this.sizeOf(index);
      if (size > this.itemMax) continue;
      this.kept.push(index);
      sums.push(last + size);
    }
    return n < sums.length ? sums[n]! : Number.MAX_SAFE_INTEGER;
  }
}
