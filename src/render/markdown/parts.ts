import type { RootContent } from 'mdast';
import { PrefixSizes, SEPARATOR, spend, type Part } from './budget.js';
import { toMarkdown, type Measure } from './stringify.js';

export interface ListSpec<T> {
  readonly label: string;
  readonly rank: number;
  readonly core: number;
  readonly items: readonly T[];
  /** Most items ever shown, whatever the budget. */
  readonly limit?: number;
  /** Nodes before the items: a heading, a lead sentence. Shown with the note when none fit. */
  readonly head: () => RootContent[];
  /** The nodes of the first items (wrapping them in `<details>` when it likes). */
  readonly body: (items: readonly T[]) => RootContent[];
  /** Text an item shows, clipped as rendered, for the estimate: names, messages, paths. */
  readonly weight: (item: T) => string;
  /** Markup around each item beyond its raw text (cell pipes, bullets, icons). */
  readonly overhead?: number;
  /** Said when items are left out; `rest` lists them (skipped rows are not all at the end). */
  readonly more: (left: number, total: number, rest: () => readonly T[]) => RootContent[];
  readonly measure: Measure;
  /** The largest budget any estimate is compared with. */
  readonly cap: number;
}

// Serialization escapes some characters and untrusted text gains word joiners: a margin keeps
// the estimate above the real size for ordinary text, so the first render usually fits.
const ESCAPE_MARGIN = 1.15;
/** A row estimated past this share of the largest budget is skipped (and counted as left out). */
const ROW_SHARE = 8;

/**
 * A list section that shows as many of its items as the budget allows, in order, skipping any
 * item too large for a row: the rows after it still show.
 */
export function listPart<T>(spec: ListSpec<T>): Part {
  const total = spec.items.length;
  const units = Math.min(total, spec.limit ?? Infinity);
  const overhead = spec.overhead ?? 8;
  const prefix = new PrefixSizes(
    total,
    (i) => Math.ceil(spec.measure(spec.weight(spec.items[i]!)) * ESCAPE_MARGIN) + overhead,
    spec.cap,
    Math.max(spec.cap / ROW_SHARE, 1_000),
  );
  const shown = (n: number): T[] => {
    prefix.upTo(n);
    return prefix.kept.slice(0, n).map((i) => spec.items[i]!);
  };
  let headSize: number | undefined;
  let moreSize: number | undefined;
  const frame = () => {
    headSize ??= spec.measure(toMarkdown(spec.head())) + 2;
    // The note's numbers can only grow so long; measure it with the widest ones.
    moreSize ??= spec.measure(toMarkdown(spec.more(total, total, () => spec.items))) + 2;
    return { headSize, moreSize };
  };
  return {
    label: spec.label,
    rank: spec.rank,
    core: spec.core,
    units,
    total,
    estimate(n) {
      if (total === 0) return 0;
      const { headSize, moreSize } = frame();
      // The body's own frame (a table header, a details wrapper) is paid for by the margin of
      // a first item; an empty body costs nothing.
      const body = n === 0 ? 0 : prefix.upTo(n) + 160;
      return headSize + body + (n < total ? moreSize : 0);
    },
    render(n) {
      if (total === 0) return '';
      const nodes = [...spec.head()];
      const items = n > 0 ? shown(n) : [];
      if (items.length > 0) nodes.push(...spec.body(items));
      if (items.length < total) {
        const rest = () => {
          const kept = new Set(prefix.kept.slice(0, items.length));
          return spec.items.filter((_, i) => !kept.has(i));
        };
        nodes.push(...spec.more(total - items.length, total, rest));
      }
      return toMarkdown(nodes);
    },
  };
}

/** A part that is always shown whole (a headline, a footer). */
export function fixedPart(label: string, nodes: readonly RootContent[]): Part {
  const markdown = toMarkdown(nodes);
  return {
    label,
    rank: -1,
    core: 0,
    units: 0,
    estimate: () => 0,
    render: () => markdown,
  };
}

export interface Layout {
  /** In display order. */
  readonly parts: readonly Part[];
  /** Where the note on what was cut goes (an index into parts). */
  readonly noteAt: number;
  /** Says what was cut and where to find it; must grow with the list it is given. */
  readonly note: (cut: readonly Part[]) => RootContent[];
  /** The whole document when even its fixed parts exceed the budget. */
  readonly minimal: () => string;
}

/** Lays out the parts within `budget`: the note's worst case is reserved up front. */
export function assemble(layout: Layout, budget: number, measure: Measure): string {
  const worst = toMarkdown(
    layout.note(layout.parts.filter((part) => (part.total ?? part.units) > 0)),
  );
  const reserve = worst === '' ? 0 : measure(worst) + SEPARATOR.length;
  // One more unit for the final newline.
  const spent = spend(layout.parts, budget - reserve - 1, measure);
  const texts = [...spent.texts];
  if (spent.cut.length > 0) texts.splice(layout.noteAt, 0, toMarkdown(layout.note(spent.cut)));
  const out = `${texts.filter((text) => text !== '').join(SEPARATOR)}\n`;
  return measure(out) <= budget ? out : layout.minimal();
}
