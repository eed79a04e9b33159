import type { Root, RootContent, Text } from 'mdast';
import type { Handle } from 'mdast-util-to-markdown';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { wellFormed } from './sanitize.js';

// Text made only of letters, digits, inner spaces and non-ASCII characters can need no escape:
// every markdown construct starts with ASCII punctuation, a line break, or leading or trailing
// white space. Such text skips the escaping pass, which costs as much per node as a long
// string; a big report has tens of thousands of these cells (numbers, layers, labels).
const PLAIN = /^[0-9A-Za-z\u0080-\uffff](?:[0-9A-Za-z \u0080-\uffff]*[0-9A-Za-z\u0080-\uffff])?$/;
const text: Handle = (node: Text, _parent, state, info) =>
  PLAIN.test(node.value) ? node.value : state.safe(node.value, info);

// One frozen processor: building it per call would cost more than most sections.
const processor = unified()
  .use(remarkGfm, { tablePipeAlign: false })
  .use(remarkStringify, {
    handlers: { text },
    bullet: '-',
    emphasis: '_',
    strong: '*',
    fence: '`',
    fences: true,
    listItemIndent: 'one',
    rule: '-',
  })
  .freeze();

/**
 * Serializes block nodes to markdown, without the trailing newline. Well-formed: a lone
 * surrogate from the inventory becomes U+FFFD (same length in UTF-16 units and in the bytes
 * utf8Length counts), so no request body carries one.
 */
export function toMarkdown(nodes: readonly RootContent[]): string {
  if (nodes.length === 0) return '';
  const root: Root = { type: 'root', children: [...nodes] };
  return wellFormed(String(processor.stringify(root)).replace(/\n+$/, ''));
}

/** How a budget is counted: GitHub comments count UTF-16 units, step summaries bytes. */
export type Measure = (markdown: string) => number;

export const utf16Length: Measure = (markdown) => markdown.length;

export const utf8Length: Measure = (markdown) => {
  let bytes = 0;
  for (let i = 0; i < markdown.length; i++) {
    const c = markdown.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < markdown.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
};
