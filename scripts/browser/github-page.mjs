/* global document, window, getComputedStyle, NodeFilter */
// Renders a comment as GitHub shows it — GFM to HTML, GitHub's markdown stylesheet, mermaid 11 —
// in a headless Chromium at the width of a pull request comment, and measures what a reviewer
// sees. Used by the browser test (test/browser/) and by `npm run examples` for the screenshots.
// Drives the system's Chromium through playwright-core: no browser is downloaded.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

const require = createRequire(import.meta.url);

/** The width of a comment's body on a pull request page (GitHub's default layout). */
export const COMMENT_WIDTH = 880;
/** What a reviewer sees before scrolling. */
export const FIRST_SCREEN = 900;

const CHROMIUM_CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
].filter(Boolean);

/** The system browser's path, or null (then browser checks skip and say why). */
export function chromiumPath() {
  return CHROMIUM_CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/** GFM to HTML as GitHub renders a comment; mermaid blocks become mermaid containers. */
export async function commentHtml(markdown) {
  const file = await unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeStringify)
    .process(markdown);
  return String(file).replace(
    /<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g,
    (_, source) => `<pre class="mermaid">${source}</pre>`,
  );
}

export async function pageHtml(markdown) {
  const css = readFileSync(
    require.resolve('github-markdown-css/github-markdown-light.css'),
    'utf8',
  );
  const body = await commentHtml(markdown);
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}
body { margin: 0; background: #fff; }
.markdown-body { box-sizing: border-box; width: ${COMMENT_WIDTH}px; padding: 16px; }
/* GitHub draws mermaid in a frame as wide as the column and scales the picture down to fit. */
.markdown-body pre.mermaid { background: none; padding: 0; white-space: normal; overflow: hidden; }
.markdown-body pre.mermaid svg { max-width: 100%; height: auto; }
</style></head><body><article class="markdown-body">${body}</article></body></html>`;
}

/**
 * Why the page would not be laid out as a reader sees it, or null. GitHub's font stack ends in
 * Helvetica / Arial; without a font of those metrics Chromium falls back to DejaVu Sans, wider and
 * taller, and every height and width measured would be another page's.
 */
function readerFont() {
  let families;
  try {
    families = execFileSync('fc-list', [':', 'family'], { encoding: 'utf8' });
  } catch {
    return null; // no fontconfig to ask: measure with what there is
  }
  return /Liberation Sans|Arial|Helvetica|Noto Sans/.test(families)
    ? null
    : 'no Arial-metric font (apt-get install fonts-liberation): the page would be measured in another font';
}

/** Starts Chromium, or returns { browser: null, reason }. */
export async function launch() {
  const executablePath = chromiumPath();
  if (!executablePath)
    return {
      browser: null,
      reason: 'no Chromium found (apt-get install chromium, or set CHROMIUM_PATH)',
    };
  const font = readerFont();
  if (font) return { browser: null, reason: font };
  const { chromium } = await import('playwright-core');
  try {
    const browser = await chromium.launch({
      executablePath,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    return { browser, reason: null };
  } catch (error) {
    return { browser: null, reason: `Chromium did not start: ${String(error).split('\n')[0]}` };
  }
}

const pages = new WeakMap();
const MERMAID_JS = () => require.resolve('mermaid/dist/mermaid.min.js');

/**
 * Loads the comment, draws its mermaid pictures and measures: the page's height with every
 * <details> closed, the text of the first screen, elements wider than the column (every
 * <details> opened, as a reviewer who clicks sees them), the smallest
 * label font as rendered (after the picture is scaled to fit), and the edges each picture drew.
 * One page serves every comment: the stylesheet and mermaid load once.
 */
export async function measure(browser, markdown, { screenshot } = {}) {
  let page = pages.get(browser);
  if (!page) {
    page = await browser.newPage({ viewport: { width: COMMENT_WIDTH, height: FIRST_SCREEN } });
    await page.setContent(await pageHtml(''), { waitUntil: 'load' });
    await page.addScriptTag({ path: MERMAID_JS() });
    await page.evaluate(() =>
      globalThis.mermaid.initialize({
        startOnLoad: false,
        securityLevel: 'strict',
        theme: 'default',
      }),
    );
    pages.set(browser, page);
  }
  const html = await commentHtml(markdown);
  await page.evaluate((body) => {
    document.querySelector('article').innerHTML = body;
    window.scrollTo(0, 0);
  }, html);
  const mermaidError = await page.evaluate(async () => {
    try {
      await globalThis.mermaid.run({ querySelector: 'pre.mermaid' });
      return null;
    } catch (error) {
      return String(error?.message ?? error);
    }
  });
  const metrics = await page.evaluate(
    ({ firstScreen }) => {
      const article = document.querySelector('article');
      const column = article.getBoundingClientRect();
      // Height and first screen as the comment opens, every <details> closed.
      const collapsedHeight = Math.round(column.height);
      const firstScreenText = [];
      const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode;
        const parent = node.parentElement;
        if (!parent || parent.offsetParent === null || !node.textContent.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const rect = range.getBoundingClientRect();
        if (rect.height > 0 && rect.top + window.scrollY < firstScreen)
          firstScreenText.push(node.textContent);
      }
      // The rest as a reviewer sees it once every <details> is opened: no table may overflow.
      const closed = [...article.querySelectorAll('details:not([open])')];
      for (const element of closed) element.open = true;
      const inner = column.width - 32; // the body's padding
      const overflowing = [];
      for (const element of article.querySelectorAll(
        'table, pre, p, li, h1, h2, h3, h4, summary',
      )) {
        if (element.closest('pre.mermaid')) continue;
        // GitHub's tables scroll sideways: a table is as wide as its content.
        const wide = Math.max(element.scrollWidth, element.getBoundingClientRect().width);
        if (wide > inner + 1 && element.offsetParent !== null)
          overflowing.push({
            tag: element.tagName.toLowerCase(),
            width: Math.round(wide),
            text: element.textContent.slice(0, 80),
          });
      }
      const pictures = [...article.querySelectorAll('pre.mermaid svg')].map((svg) => {
        const box = svg.getBoundingClientRect();
        const viewBox = svg.viewBox.baseVal;
        const scale = viewBox && viewBox.width > 0 ? box.width / viewBox.width : 1;
        let smallest = Infinity;
        for (const label of svg.querySelectorAll('.nodeLabel, .edgeLabel, .cluster-label, text')) {
          if (!label.textContent.trim()) continue;
          const size = parseFloat(getComputedStyle(label).fontSize) * scale;
          if (size < smallest) smallest = size;
        }
        const edges = [...svg.querySelectorAll('path[data-id^="L_"], path[id^="L_"]')].map(
          (path) => path.getAttribute('data-id') ?? path.id,
        );
        return {
          // With every <details> open.
          top: Math.round(box.top + window.scrollY),
          height: Math.round(box.height),
          scale,
          smallestFont: smallest,
          edges,
        };
      });
      for (const element of closed) element.open = false;
      return {
        height: collapsedHeight,
        width: Math.round(column.width),
        overflowing,
        pictures,
        firstScreen: firstScreenText.join(' ').replace(/\s+/g, ' '),
      };
    },
    { width: COMMENT_WIDTH, firstScreen: FIRST_SCREEN },
  );
  if (screenshot) await page.locator('article').screenshot({ path: screenshot });
  return { ...metrics, mermaidError };
}
