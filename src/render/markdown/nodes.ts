import type {
  AlignType,
  BlockContent,
  Heading,
  Html,
  InlineCode,
  Link,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  RootContent,
  Strong,
  Table,
  TableCell,
  TableRow,
  Text,
} from 'mdast';
import { fmt } from './context.js';
import { clip, escapeHtml, neutraliseCode, neutraliseText } from './sanitize.js';

// Builders for the mdast trees. The rule they enforce: our own words go through `text`,
// anything from the inventory through `untrusted` or `code`, and html nodes only come from
// `details` and the marker, built from constants.

/** Longest untrusted value shown in one place; longer ones are clipped with an ellipsis. */
export const MAX_VALUE = 200;

/** Our own words: never pass inventory text here. */
export function text(value: string): Text {
  return { type: 'text', value };
}

/** Inventory text, neutralised and clipped. */
export function untrusted(value: string, max = MAX_VALUE): Text {
  return { type: 'text', value: neutraliseText(clip(value, max)) };
}

/**
 * An inventory name as inline code, fenced by the serializer with longer backtick runs when the
 * name holds backticks (in table cells too). An empty or space-padded span reads differently
 * once rendered: those fall back to text.
 * GitHub links nothing inside code, so the name is left as it is, bar controls (a space) and
 * invisible characters (shown as `\u200B`): it copies and pastes as the name.
 */
export function code(value: string, max = MAX_VALUE): InlineCode | Text {
  const safe = neutraliseCode(clip(value, max));
  if (safe.trim() === '' || safe.trim() !== safe) return untrusted(value, max);
  return { type: 'inlineCode', value: safe };
}

/** Trusted code (rule names, option names). */
export function trustedCode(value: string): InlineCode {
  return { type: 'inlineCode', value };
}

export function strong(...children: PhrasingContent[]): Strong {
  return { type: 'strong', children };
}

export function paragraph(...children: PhrasingContent[]): Paragraph {
  return { type: 'paragraph', children };
}

export function heading(depth: 1 | 2 | 3 | 4 | 5 | 6, ...children: PhrasingContent[]): Heading {
  return { type: 'heading', depth, children };
}

export function list(items: readonly ListItem[], ordered = false): List {
  return { type: 'list', ordered, spread: false, children: [...items] };
}

export function listItem(...children: BlockContent[]): ListItem {
  return { type: 'listItem', spread: false, children };
}

/** Trusted URL only (see safeUrl). */
export function link(url: string, ...children: PhrasingContent[]): Link {
  return { type: 'link', url, children };
}

export function table(
  align: readonly AlignType[],
  header: readonly string[],
  rows: readonly (readonly PhrasingContent[][])[],
): Table {
  const row = (cells: readonly PhrasingContent[][]): TableRow => ({
    type: 'tableRow',
    children: cells.map((children): TableCell => ({ type: 'tableCell', children })),
  });
  return {
    type: 'table',
    align: [...align],
    children: [row(header.map((h) => [text(h)])), ...rows.map(row)],
  };
}

/** Joins phrasing runs with a separator made of our own words. */
export function joined(
  parts: readonly (readonly PhrasingContent[])[],
  separator: string,
): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  parts.forEach((part, i) => {
    if (i > 0) out.push(text(separator));
    out.push(...part);
  });
  return out;
}

const PATH_STEP_MAX = 80;
/** Steps a path shows at each end; the middle of a longer path is counted, not listed. */
const PATH_END_STEPS = 4;

/** The steps a path shows, clipped, with the count of those left out between them. */
function pathShown(path: readonly string[]): { first: string[]; skipped: number; last: string[] } {
  const step = (name: string) => clip(name, PATH_STEP_MAX);
  if (path.length <= PATH_END_STEPS * 2 + 1) return { first: path.map(step), skipped: 0, last: [] };
  return {
    first: path.slice(0, PATH_END_STEPS).map(step),
    skipped: path.length - PATH_END_STEPS * 2,
    last: path.slice(path.length - PATH_END_STEPS).map(step),
  };
}

function stepsNodes(steps: readonly string[]): PhrasingContent[] {
  if (steps.length === 0) return [];
  const whole = code(steps.join(' → '), Infinity);
  if (whole.type === 'inlineCode' && steps.every((step) => step.trim() === step && step !== ''))
    return [whole];
  return joined(
    steps.map((step) => [code(step, Infinity)]),
    ' → ',
  );
}

/**
 * `a → b → c`: one code span when every name allows it. Long lists of paths are most of a big
 * report, and one node per path serializes several times faster than one per step. A long path
 * shows its first and last steps and counts the rest: a row stays small whatever the depth.
 */
export function pathNodes(path: readonly string[]): PhrasingContent[] {
  const { first, skipped, last } = pathShown(path);
  if (skipped === 0) return stepsNodes(first);
  return [...stepsNodes(first), text(` → … ${fmt(skipped)} more → `), ...stepsNodes(last)];
}

/** About the text pathNodes shows, for budget estimates. */
export function pathWeight(path: readonly string[]): string {
  const { first, skipped, last } = pathShown(path);
  return skipped === 0
    ? first.join(' → ')
    : `${first.join(' → ')} → … ${fmt(skipped)} more → ${last.join(' → ')}`;
}

/** Untrusted text followed by our own words, as one text node. */
export function untrustedWith(value: string, suffix: string, max = MAX_VALUE): Text {
  return { type: 'text', value: `${neutraliseText(clip(value, max))}${suffix}` };
}

function html(value: string): Html {
  return { type: 'html', value };
}

/** A collapsed block. The summary is our own words, HTML-escaped all the same. */
export function details(summary: string, children: readonly RootContent[]): RootContent[] {
  return [
    html(`<details><summary>${escapeHtml(summary)}</summary>`),
    ...children,
    html('</details>'),
  ];
}

/** `<sub>…</sub>` around a paragraph's content, for footers. */
export function small(...children: PhrasingContent[]): Paragraph {
  return paragraph(html('<sub>'), ...children, html('</sub>'));
}

/** The marker comment, built by commentMarker from an encoded path. */
export function markerNode(marker: string): Html {
  return html(marker);
}
