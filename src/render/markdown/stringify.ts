import type { Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

// One frozen processor: building it per call would cost more than most sections.
const processor = unified()
  .use(remarkGfm, { tablePipeAlign: false })
  .use(remarkStringify, {
    bullet: '-',
    emphasis: '_',
    strong: '*',
    fence: '`',
    fences: true,
    listItemIndent: 'one',
    rule: '-',
  })
  .freeze();

/** Serializes block nodes to markdown, without the trailing newline. */
export function toMarkdown(nodes: readonly RootContent[]): string {
  if (nodes.length === 0) return '';
  const root: Root = { type: 'root', children: [...nodes] };
  return String(processor.stringify(root)).replace(/\n+$/, '');
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
