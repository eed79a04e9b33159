// Shared by the render tests: the seed, the engine, and a real GFM renderer to look at output
// the way a browser would.
import type { Element, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Root as MdastRoot, RootContent as MdastContent } from 'mdast';
import { readFileSync } from 'node:fs';
import rehypeRaw from 'rehype-raw';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

export const SEED_TEXT = readFileSync('test/fixtures/seed-inventory.json', 'utf8');

const markdownParser = unified().use(remarkParse).use(remarkGfm);

/** The mdast a GFM parser reads back from our output. */
export function parseMarkdown(markdown: string): MdastRoot {
  return markdownParser.parse(markdown);
}

// Raw HTML kept and then parsed as a browser would: whatever an inventory string could smuggle
// in shows up here as an element or a comment.
const htmlRenderer = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw);

export function renderHtml(markdown: string): HastRoot {
  return htmlRenderer.runSync(htmlRenderer.parse(markdown)) as HastRoot;
}

export function* walkHast(
  node: HastRoot | HastContent,
  ancestors: Element[] = [],
): Generator<{ node: HastRoot | HastContent; ancestors: Element[] }> {
  yield { node, ancestors };
  if ('children' in node) {
    const next = node.type === 'element' ? [...ancestors, node] : ancestors;
    for (const child of node.children) yield* walkHast(child as HastContent, next);
  }
}

export function* walkMdast(node: MdastRoot | MdastContent): Generator<MdastRoot | MdastContent> {
  yield node;
  if ('children' in node) for (const child of node.children) yield* walkMdast(child);
}

/** Opening and closing <details> in the html nodes of the markdown (or of its parsed tree). */
export function detailsBalance(markdown: string | MdastRoot): { open: number; close: number } {
  let open = 0;
  let close = 0;
  const tree = typeof markdown === 'string' ? parseMarkdown(markdown) : markdown;
  for (const node of walkMdast(tree)) {
    if (node.type !== 'html') continue;
    open += (node.value.match(/<details>/g) ?? []).length;
    close += (node.value.match(/<\/details>/g) ?? []).length;
  }
  return { open, close };
}

/** Every table row has as many cells as its header: nothing broke out of a cell. */
export function tablesIntact(markdown: string | MdastRoot): boolean {
  const tree = typeof markdown === 'string' ? parseMarkdown(markdown) : markdown;
  for (const node of walkMdast(tree)) {
    if (node.type !== 'table') continue;
    const width = node.children[0]!.children.length;
    if (node.children.some((row) => row.children.length !== width)) return false;
  }
  return true;
}
