// What a reviewer sees: the PR comment rendered as GitHub renders it (GFM, GitHub's stylesheet,
// mermaid 11) in a real headless Chromium at the comment column's width. Skips, saying why,
// where no Chromium can start; `.ci/run` installs Debian's.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module shared with the examples script
import { FIRST_SCREEN, launch, measure } from '../../scripts/browser/github-page.mjs';
import {
  columnChange,
  diffReport,
  hugeChange,
  identityChange,
  removedModel,
  seedModels,
  type DiffCase,
} from '../../scripts/examples/scenarios.js';
import { parseInventory } from '../../src/inventory/parse.js';
import type { Model } from '../../src/inventory/schema.js';
import { buildDiffReport } from '../../src/report/diff-report.js';
import { configWith } from '../../src/config/load.js';
import { renderComment } from '../../src/render/markdown/index.js';
import type { DiffReport } from '../../src/report/types.js';

interface Picture {
  top: number;
  height: number;
  scale: number;
  smallestFont: number;
  edges: string[];
}
interface Metrics {
  height: number;
  overflowing: { tag: string; width: number; text: string }[];
  pictures: Picture[];
  firstScreen: string;
  mermaidError: string | null;
}
interface Browser {
  close(): Promise<void>;
}

const SEED = readFileSync('test/fixtures/seed-inventory.json', 'utf8');
const CORPUS = resolve('..', 'shared', 'corpus');

let browser: Browser | null = null;
let skipReason: string | null = null;

beforeAll(async () => {
  const launched = (await launch()) as { browser: Browser | null; reason: string | null };
  browser = launched.browser;
  skipReason = launched.reason;
  if (!browser) console.warn(`Browser checks skipped: ${skipReason}`);
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

async function look(markdown: string): Promise<Metrics | null> {
  if (!browser) return null;
  return (await measure(browser, markdown)) as Metrics;
}

/** Node labels of the comment's mermaid block, by mermaid id, and its declared edges. */
function mermaidPicture(markdown: string) {
  const block = /```mermaid\n([\s\S]*?)\n```/.exec(markdown)?.[1] ?? '';
  const labels = new Map<string, string>();
  const edges: [string, string][] = [];
  for (const line of block.split('\n')) {
    const node = /^\s*(\w+)\["(.*)"\]\s*$/.exec(line);
    if (node) labels.set(node[1]!, node[2]!);
    const edge = /^\s*(\w+)\s*-[.-]*>(?:\|[^|]*\|)?\s*(\w+)\s*$/.exec(line);
    if (edge) edges.push([edge[1]!, edge[2]!]);
  }
  return { labels, edges };
}

/** Every edge drawn between two single models must be an edge of the lineage. */
function inventedEdges(
  markdown: string,
  models: readonly Model[],
  removed: readonly Model[] = [],
): string[] {
  const graph = new Set<string>();
  const names = new Set<string>();
  // A removed model is drawn with the edges it had.
  const head = new Set(models.map((m) => m.name));
  const gone = removed.filter((m) => !head.has(m.name));
  for (const model of [...models, ...gone]) {
    names.add(model.name);
    for (const u of model.upstream_dependencies ?? []) graph.add(`${u}→${model.name}`);
    for (const d of model.downstream_consumers ?? []) graph.add(`${model.name}→${d}`);
  }
  const { labels, edges } = mermaidPicture(markdown);
  const nameOf = (id: string) => {
    const label = labels.get(id) ?? '';
    // Labels may carry a status mark before the name; groups ("12 reporting models") name none.
    const candidate = label.replace(/^[^\w$]+\s*/u, '').trim();
    if (names.has(candidate)) return candidate;
    // A long name is shortened in the middle: the one name it can stand for.
    const cut = candidate.indexOf('…');
    if (cut < 0) return null;
    const [head, tail] = [candidate.slice(0, cut), candidate.slice(cut + 1)];
    const matches = [...names].filter(
      (name) => name.length > candidate.length && name.startsWith(head) && name.endsWith(tail),
    );
    if (matches.length !== 1) throw new Error(`label "${label}" names no single model`);
    return matches[0]!;
  };
  const invented: string[] = [];
  for (const [from, to] of edges) {
    const a = nameOf(from);
    const b = nameOf(to);
    if (a && b && !graph.has(`${a}→${b}`)) invented.push(`${a}→${b}`);
  }
  return invented;
}

function comment(c: DiffCase): { markdown: string; report: DiffReport } {
  const { report, context } = diffReport(c);
  return { markdown: renderComment(report, context), report };
}

const seed = seedModels(SEED);
const scenarios: [string, DiffCase][] = [
  ['the demo: identity resolution edited', identityChange(seed)],
  ['a removed model still referenced', removedModel(seed)],
  ['every staging model edited', hugeChange(seed)],
  ['the column radius: two click-ID columns redefined', columnChange(seed)],
];

describe('the PR comment in a real browser at 880 px', () => {
  for (const [title, scenario] of scenarios) {
    it(`${title}: fits the column, draws only real edges, readable labels`, async (ctx) => {
      const { markdown } = comment(scenario);
      const metrics = await look(markdown);
      if (!metrics) return ctx.skip();
      expect(metrics.mermaidError).toBeNull();
      expect(metrics.overflowing, 'elements wider than the comment column').toEqual([]);
      for (const picture of metrics.pictures)
        expect(picture.smallestFont, 'smallest mermaid label, px').toBeGreaterThanOrEqual(12);
      expect(inventedEdges(markdown, scenario.head, scenario.base)).toEqual([]);
    });
  }

  it('the demo comment: short when collapsed, the verdict and the attribution risk first', async (ctx) => {
    const { markdown, report } = comment(identityChange(seed));
    const metrics = await look(markdown);
    if (!metrics) return ctx.skip();
    expect(metrics.height, 'collapsed height, px').toBeLessThanOrEqual(1500);
    const first = metrics.firstScreen;
    expect(first).toMatch(/warning/);
    expect(first).toMatch(/attribution/i);
    // The top path: the changed model and an attribution model it reaches, within one screen.
    const attribution = report.impact.models.find((m) => m.layer === 'attribution');
    expect(attribution).toBeDefined();
    expect(first).toContain('int_identity__resolution');
    expect(first.length, 'first screen text').toBeGreaterThan(100);
    expect(FIRST_SCREEN).toBe(900);
  });
});

describe('the column radius in a real browser', () => {
  it('stays one screen when collapsed: the verdict, then what is affected, ruled out folded', async (ctx) => {
    const { markdown } = comment(columnChange(seed));
    const metrics = await look(markdown);
    if (!metrics) return ctx.skip();
    expect(metrics.height, 'collapsed height, px').toBeLessThanOrEqual(1500);
    const first = metrics.firstScreen;
    expect(first).toMatch(/warning/);
    expect(first).toContain('7 of 72 downstream models affected');
    expect(first).toContain('gclid');
    // What was ruled out is folded (the height above is measured with it closed).
    expect(markdown).toContain('<details><summary>Ruled out (65): downstream but unaffected');
  });
});

const corpusPresent = existsSync(join(CORPUS, 'index.json'));
describe.skipIf(!corpusPresent)('corpus comments in a real browser', () => {
  const index = corpusPresent
    ? (JSON.parse(readFileSync(join(CORPUS, 'index.json'), 'utf8')) as {
        pairs: { repo: string; pr: number | string; baseFile: string; headFile: string }[];
      })
    : { pairs: [] };
  // The biggest pairs by file size: where tables grow widest.
  const biggest = [...index.pairs]
    .map((pair) => ({ pair, size: readFileSync(join(CORPUS, pair.headFile)).length }))
    .sort((a, b) => b.size - a.size)
    .slice(0, 4)
    .map((p) => p.pair);
  for (const pair of biggest) {
    it(`${pair.repo}#${pair.pr}: no table wider than the column`, async (ctx) => {
      if (!browser) return ctx.skip();
      const read = (file: string) =>
        parseInventory(readFileSync(join(CORPUS, file), 'utf8'), 'inventory.json');
      const head = read(pair.headFile);
      const changedFile = join(CORPUS, pair.headFile.replace(/-head-[^/]*$/, '-changed.txt'));
      const changed = existsSync(changedFile)
        ? readFileSync(changedFile, 'utf8')
            .split('\n')
            .filter(Boolean)
            .map((path) => ({ status: 'M' as const, path }))
        : [];
      const config = configWith({});
      const report = buildDiffReport(
        {
          inventoryPath: 'inventory.json',
          base: { ref: 'base', inventory: read(pair.baseFile) },
          head: { ref: 'head', inventory: head },
          changedFiles: changed,
          toolVersion: '0.0.0',
        },
        config,
      );
      const markdown = renderComment(report, {
        attributionLayers: config['attribution-layers'],
        layerOrder: config['layer-order'],
        headModels: head,
      });
      const metrics = await look(markdown);
      if (!metrics) return ctx.skip();
      expect(metrics.overflowing).toEqual([]);
      for (const picture of metrics.pictures)
        expect(picture.smallestFont).toBeGreaterThanOrEqual(12);
    });
  }
});
