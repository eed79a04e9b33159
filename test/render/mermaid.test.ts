// @vitest-environment happy-dom
// Mermaid needs a DOM for DOMPurify even to parse; happy-dom is the lightest that runs it.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  auditReport,
  diffReport,
  hugeChange,
  identityChange,
  removedModel,
  seedModels,
} from '../../scripts/examples/scenarios.js';
import { lineagePictures } from '../../src/render/markdown/lineage.js';
import {
  flowchart,
  MERMAID_MAX_EDGES,
  MERMAID_MAX_TEXT,
} from '../../src/render/markdown/mermaid.js';
import { renderAudit, renderComment, renderSummary } from '../../src/render/markdown/index.js';
import { SEED_TEXT } from './helpers.js';
import { syntheticReport } from './synthetic.js';

type Mermaid = typeof import('mermaid').default;
let mermaid: Mermaid;
beforeAll(async () => {
  mermaid = (await import('mermaid')).default;
});

const seed = seedModels(SEED_TEXT);

function diagrams(markdown: string): string[] {
  return [...markdown.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1]!);
}

async function expectValid(source: string) {
  expect(source.length).toBeLessThanOrEqual(MERMAID_MAX_TEXT);
  expect(source.split('\n').filter((line) => line.includes('-->')).length).toBeLessThanOrEqual(
    MERMAID_MAX_EDGES,
  );
  await expect(mermaid.parse(source)).resolves.toMatchObject({ diagramType: 'flowchart-v2' });
}

describe('mermaid pictures', () => {
  it('rejects a broken diagram (the parser really runs)', async () => {
    await expect(mermaid.parse('flowchart LR\n  n1["a" b"] --> n2')).rejects.toThrow();
  });

  it('accepts the pictures of every seed scenario and of the audit', async () => {
    const sources: string[] = [];
    for (const scenario of [identityChange(seed), removedModel(seed), hugeChange(seed)]) {
      const { report, context } = diffReport(scenario);
      sources.push(...diagrams(renderComment(report, context)));
      sources.push(...diagrams(renderSummary(report, context)));
    }
    const audit = auditReport(SEED_TEXT);
    sources.push(...diagrams(renderAudit(audit.report, audit.context)));
    expect(sources.length).toBe(7);
    for (const source of sources) await expectValid(source);
  });

  it('accepts every level of detail, from single models to layers', async () => {
    const { report } = diffReport(identityChange(seed));
    const pictures = lineagePictures(
      report.changes,
      report.impact.models,
      new Set(['identity', 'signal', 'attribution', 'channel']),
      { nodes: 1_000, edges: 1_000 },
    );
    expect(pictures.map((p) => p.detail)).toEqual([
      'models',
      'attribution',
      'changes',
      'layers-attribution',
      'layers',
    ]);
    for (const picture of pictures) await expectValid(picture.source);
  });

  it('collapses a radius of 100,000 models (and 5,000 layers) into something mermaid draws', async () => {
    const report = syntheticReport({
      changes: 300,
      impacted: 100_000,
      fanOut: 3,
      layers: Array.from({ length: 5_000 }, (_, i) => `layer ${i}`),
      findings: 0,
      name: (i) => `model_${i}`,
    });
    const pictures = lineagePictures(report.changes, report.impact.models, new Set(['layer 1']), {
      nodes: 40,
      edges: 60,
    });
    // Arrows that would close a cycle between groups are left out, so a finer picture may fit.
    expect(pictures.at(-1)!.detail).toBe('layers');
    expect(pictures.at(-1)!.nodes).toBeLessThanOrEqual(22);
    for (const picture of pictures) await expectValid(picture.source);
  });

  it('keeps hostile labels inside their quotes', async () => {
    const hostile = [
      '"]; click n1 call alert(1) %%',
      '<img src=x onerror=alert(1)>',
      'a --> b',
      '#quot; #35; &amp; `md` **b**',
      'end',
      'subgraph x',
      'line\nbreak\r\n',
      '%%{init: {"theme": "dark"}}%%',
      '|edge label|',
      'x'.repeat(500),
    ];
    const source = flowchart({
      nodes: hostile.map((label) => ({ label, cls: 'impacted' })),
      edges: hostile.slice(1).map((label, i) => ({ from: i, to: i + 1, label })),
    });
    await expectValid(source);
    // Each label stays one quoted string on its own line: no statement of its own.
    expect(source.split('\n').some((line) => /^\s*(click|%%|subgraph|end)\b/.test(line))).toBe(
      false,
    );
    expect(source.split('\n')).toHaveLength(1 + hostile.length * 2 + 1);
  });
});

/** Edges of a flowchart as label pairs (labels as drawn, quotes stripped). */
function drawnEdges(source: string): string[] {
  const labels = new Map<string, string>();
  for (const m of source.matchAll(/^ {2}(n\d+)\["([^"]*)"\]$/gm)) labels.set(m[1]!, m[2]!);
  return [...source.matchAll(/^ {2}(n\d+) -->(?:\|"[^"]*"\|)? (n\d+)$/gm)].map(
    (m) => `${labels.get(m[1]!)} -> ${labels.get(m[2]!)}`,
  );
}

function hasCycle(source: string): boolean {
  const next = new Map<string, string[]>();
  for (const m of source.matchAll(/^ {2}(n\d+) -->(?:\|"[^"]*"\|)? (n\d+)$/gm))
    next.set(m[1]!, [...(next.get(m[1]!) ?? []), m[2]!]);
  const state = new Map<string, 1 | 2>();
  const visit = (v: string): boolean => {
    if (state.get(v) === 1) return true;
    if (state.get(v) === 2) return false;
    state.set(v, 1);
    const found = (next.get(v) ?? []).some(visit);
    state.set(v, 2);
    return found;
  };
  return [...next.keys()].some(visit);
}

describe('truthful pictures', () => {
  const model = (name: string, layer: string, upstream: string[] = []) => ({
    name,
    path: `models/${name}.sql`,
    layer,
    ...(upstream.length > 0 && { upstream_dependencies: upstream }),
  });

  it('never skips over a changed step: no edge the lineage does not have', async () => {
    const base = [
      model('canonical_users', 'identity'),
      model('users', 'reporting', ['canonical_users']),
      model('finance__arr', 'reporting', ['users']),
    ];
    const head = structuredClone(base) as Record<string, unknown>[];
    head[1]!.description = 'now documented';
    const { report, context } = diffReport({
      base: base as never,
      head: head as never,
      changedFiles: [{ status: 'M', path: 'models/canonical_users.sql' }],
    });
    for (const out of [renderComment(report, context), renderSummary(report, context)]) {
      for (const source of diagrams(out)) {
        const edges = drawnEdges(source);
        expect(edges).not.toContain('✏️ canonical_users -> finance__arr');
        expect(edges.some((e) => e.endsWith('-> finance__arr'))).toBe(true);
        expect(edges.some((e) => e.includes('canonical_users -> ') && e.includes('users'))).toBe(
          true,
        );
        await expectValid(source);
      }
    }
  });

  it('draws the edge between two changed models', async () => {
    const models = [
      model('order_items', 'staging'),
      model('orders', 'marts', ['order_items']),
      model('customers', 'marts', ['orders']),
    ];
    const { report, context } = diffReport({
      base: models as never,
      head: models as never,
      changedFiles: models.map((m) => ({ status: 'M' as const, path: m.path })),
    });
    const source = diagrams(renderComment(report, context))[0]!;
    expect(drawnEdges(source)).toEqual(
      expect.arrayContaining(['✏️ order_items -> ✏️ orders', '✏️ orders -> ✏️ customers']),
    );
    await expectValid(source);
  });

  it('draws no cycle at any level of detail when the lineage has none', () => {
    for (const scenario of [identityChange(seed), removedModel(seed), hugeChange(seed)]) {
      const { report } = diffReport(scenario);
      const pictures = lineagePictures(
        report.changes.filter((c) => !c.metadataOnly),
        report.impact.models,
        new Set(['identity', 'signal', 'attribution', 'channel']),
        { nodes: 1_000, edges: 1_000 },
      );
      for (const picture of pictures) expect(hasCycle(picture.source), picture.detail).toBe(false);
    }
  });

  it('keys groups by id: a 1 MB name with 2,000 children draws a small picture', async () => {
    const huge = `stg_${'x'.repeat(1_000_000)}`;
    const children = Array.from({ length: 2_000 }, (_, i) => ({
      model: `child_${i}`,
      layer: i % 2 === 0 ? 'marts' : 'identity',
      depth: 1,
      path: [huge, `child_${i}`],
      external: false,
    }));
    const pictures = lineagePictures(
      [{ model: huge, kind: 'modified', layer: 'staging' }],
      children,
      new Set(['identity']),
      { nodes: 40, edges: 60 },
    );
    expect(pictures.length).toBeGreaterThan(0);
    for (const picture of pictures) {
      expect(picture.source.length).toBeLessThan(5_000);
      await expectValid(picture.source);
    }
  });
});

describe("the comment's picture", () => {
  it('draws few boxes, labels short enough to stay legible, and a legend of what it draws', async () => {
    for (const scenario of [identityChange(seed), hugeChange(seed), removedModel(seed)]) {
      const { report, context } = diffReport(scenario);
      const comment = renderComment(report, context);
      const source = diagrams(comment)[0]!;
      const boxes = [...source.matchAll(/^ {2}n\d+\["(.*)"\]$/gm)].map((m) => m[1]!);
      expect(boxes.length).toBeGreaterThan(1);
      expect(boxes.length).toBeLessThanOrEqual(13);
      for (const label of boxes)
        expect([...label.replace(/^\S+ /u, '')].length).toBeLessThanOrEqual(34);
      expect(source.split('\n')[1]).toMatch(/^flowchart (LR|TD)$/);
      expect(comment).toContain('Solid arrow: a real dependency, upstream to downstream.');
      // The job summary keeps the detailed picture.
      const summary = diagrams(renderSummary(report, context))[0]!;
      expect(summary.split('\n').length).toBeGreaterThan(boxes.length);
      await expectValid(source);
    }
  });
});
