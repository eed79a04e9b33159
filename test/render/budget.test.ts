import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { configWith } from '../../src/config/load.js';
import { parseInventory } from '../../src/inventory/parse.js';
import { buildDiffReport } from '../../src/report/diff-report.js';
import { spend, type Part } from '../../src/render/markdown/budget.js';
import { paragraph, text } from '../../src/render/markdown/nodes.js';
import { listPart } from '../../src/render/markdown/parts.js';
import { utf16Length, utf8Length } from '../../src/render/markdown/stringify.js';
import {
  COMMENT_LIMIT,
  commentMarker,
  renderAudit,
  renderComment,
  renderSummary,
  SUMMARY_LIMIT,
} from '../../src/render/markdown/index.js';
import { auditReport } from '../../scripts/examples/scenarios.js';
import { detailsBalance, parseMarkdown, SEED_TEXT, tablesIntact } from './helpers.js';
import { syntheticReport, withColumns } from './synthetic.js';

/** What every rendering must be, whatever was cut. */
function expectValidComment(comment: string, maxLength: number, inventoryPath: string) {
  expect(comment.length).toBeLessThanOrEqual(maxLength);
  expect(comment.split('\n')[0]).toBe(commentMarker(inventoryPath));
  // Parsed once: parsing is most of the cost of a property run.
  const tree = parseMarkdown(comment);
  expect(tree.children[0]).toMatchObject({ type: 'html', value: commentMarker(inventoryPath) });
  const balance = detailsBalance(tree);
  expect(balance.open).toBe(balance.close);
  expect(tablesIntact(tree)).toBe(true);
  // Whatever a section left out, the reader is told where the rest is.
  if (comment.includes('… and ')) expect(comment).toContain('✂️ Cut to fit');
}

const names = fc.array(
  fc.oneof(
    fc.string({ minLength: 1, maxLength: 40 }),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
    fc.constantFrom('@octocat', '#12', '|', '`', '<details>', '-->', '😀😀', 'www.x.io', '\n'),
  ),
  { minLength: 1, maxLength: 8 },
);

const shapes = fc.record({
  changes: fc.integer({ min: 0, max: 1_000 }),
  impacted: fc.integer({ min: 0, max: 5_000 }),
  fanOut: fc.integer({ min: 1, max: 40 }),
  layers: fc.array(fc.string({ minLength: 1, maxLength: 30 }), { minLength: 1, maxLength: 30 }),
  findings: fc.integer({ min: 0, max: 500 }),
  metadataOnly: fc.integer({ min: 0, max: 50 }),
  prefixes: names,
});

type Shape = typeof shapes extends fc.Arbitrary<infer T> ? T : never;

function fromShape(shape: Shape) {
  const prefixes = shape.prefixes;
  return syntheticReport({
    ...shape,
    name: (i: number) => `${prefixes[i % prefixes.length]!}_${i}`,
  });
}

describe('size budget', () => {
  it('random huge reports always fit the comment and stay valid markdown', () => {
    fc.assert(
      fc.property(
        shapes,
        fc.oneof(fc.constant(COMMENT_LIMIT), fc.integer({ min: 2_000, max: COMMENT_LIMIT })),
        (shape, maxLength) => {
          const report = fromShape(shape);
          const comment = renderComment(report, {}, { maxLength });
          expectValidComment(comment, maxLength, report.inventory.path);
        },
      ),
      { numRuns: 8 },
    );
  });

  it('random huge reports with column analysis fit the comment and the job summary', () => {
    fc.assert(
      fc.property(shapes, fc.integer({ min: 2_000, max: COMMENT_LIMIT }), (shape, maxLength) => {
        const name = (i: number) => `${shape.prefixes[i % shape.prefixes.length]!}_${i}`;
        const report = withColumns(fromShape(shape), name);
        const comment = renderComment(report, {}, { maxLength });
        expectValidComment(comment, maxLength, report.inventory.path);
        const summary = renderSummary(report, {}, { maxLength });
        expect(utf8Length(summary)).toBeLessThanOrEqual(maxLength);
        const tree = parseMarkdown(summary);
        expect(detailsBalance(tree).open).toBe(detailsBalance(tree).close);
        expect(tablesIntact(tree)).toBe(true);
      }),
      { numRuns: 3 },
    );
  });

  it('random huge reports fit the job summary in bytes', () => {
    fc.assert(
      fc.property(
        shapes,
        // Budgets small enough to parse back quickly; the full MiB is checked without parsing.
        fc.integer({ min: 2_000, max: 60_000 }),
        (shape, maxLength) => {
          const report = fromShape(shape);
          const summary = renderSummary(report, {}, { maxLength });
          expect(utf8Length(summary)).toBeLessThanOrEqual(maxLength);
          expect(new TextEncoder().encode(summary).length).toBe(utf8Length(summary));
          const tree = parseMarkdown(summary);
          const balance = detailsBalance(tree);
          expect(balance.open).toBe(balance.close);
          expect(tablesIntact(tree)).toBe(true);
        },
      ),
      { numRuns: 5 },
    );
  });

  it('random inventories through the real engine fit a tight comment', () => {
    const inventories = fc.integer({ min: 20, max: 300 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: n * 3 }),
        layers: fc.array(
          fc.constantFrom('staging', 'identity', 'signal', 'attribution', 'reporting', 'other'),
          { minLength: n, maxLength: n },
        ),
        changed: fc.uniqueArray(fc.nat(n - 1), { maxLength: n }),
        removed: fc.uniqueArray(fc.nat(n - 1), { maxLength: 5 }),
        maxLength: fc.integer({ min: 2_000, max: 12_000 }),
      }),
    );
    fc.assert(
      fc.property(inventories, (c) => {
        const name = (i: number) => `m${i}_@team_#${i}`;
        const models = Array.from({ length: c.n }, (_, i) => ({
          name: name(i),
          path: `models/m${i}.sql`,
          layer: c.layers[i]!,
          description: `model ${i} | with a pipe`,
          upstream_dependencies: c.edges.filter(([, to]) => to === i).map(([from]) => name(from)),
          attribution_concepts: [`concept ${i % 7}`],
        }));
        const removed = new Set(c.removed);
        const head = models.filter((_, i) => !removed.has(i));
        const inventory = (list: unknown[]) =>
          parseInventory(JSON.stringify({ models: list }), 'inv.json');
        const report = buildDiffReport(
          {
            inventoryPath: 'inv.json',
            base: { ref: 'a', inventory: inventory(models) },
            head: { ref: 'b', inventory: inventory(head) },
            changedFiles: c.changed.map((i) => ({ status: 'M', path: `models/m${i}.sql` })),
            toolVersion: '0.0.0',
          },
          configWith({}),
        );
        const comment = renderComment(report, {}, { maxLength: c.maxLength });
        expectValidComment(comment, c.maxLength, 'inv.json');
      }),
      { numRuns: 15 },
    );
  });

  it('spends by priority: errors stay, the full list goes first', () => {
    const report = syntheticReport({
      changes: 40,
      impacted: 5_000,
      fanOut: 5,
      layers: ['staging', 'identity', 'reporting'],
      findings: 30,
      name: (i) => `model_number_${i}`,
    });
    const comment = renderComment(report, {}, { maxLength: 9_000 });
    expect(comment.length).toBeLessThanOrEqual(9_000);
    const errors = report.findings.filter((f) => f.severity === 'error');
    for (const error of errors) expect(comment).toContain(`\`${error.model}\` reaches`);
    expect(comment).toContain('#### Changed models (40)');
    expect(comment).toMatch(
      /✂️ Cut to fit GitHub's limit of 9,000 characters: [^.]*full impacted list/,
    );
    // No run URL: a command-line user, pointed at the command line's own formats.
    expect(comment).toContain('Run with --format summary (or --format json) for the full report.');
    expect(comment).not.toContain('job summary');
    const inAction = renderComment(report, { surface: 'action' }, { maxLength: 9_000 });
    expect(inAction).toContain('The job summary of the workflow run has the full report.');
  });

  // Speed belongs to the benchmark: this only checks that a big radius fits both limits.
  it('fits 50,000 impacted models into the comment and the job summary', () => {
    const report = syntheticReport({
      changes: 1_000,
      impacted: 50_000,
      fanOut: 4,
      layers: ['staging', 'identity', 'signal', 'attribution', 'reporting', 'other'],
      findings: 2_000,
      name: (i) => `stg_some_source__model_name_${i}`,
    });
    expect(renderComment(report).length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(utf8Length(renderSummary(report))).toBeLessThanOrEqual(SUMMARY_LIMIT);
  });

  // The inventory refuses names over 512 characters (no warehouse takes one), so the longest name
  // a report can carry is that long; the renderers are checked with it against small budgets.
  it('shows every section around the longest name, skipping only what cannot fit', () => {
    const huge = `stg_${'x'.repeat(508)}`;
    const names = [huge, 'stg_orders', 'int_identity__resolution', 'int_user__attribution'];
    const models = names.map((name, i) => ({
      name,
      path: `models/m${i}.sql`,
      layer: i < 2 ? 'staging' : 'identity',
      ...(i >= 2 && {
        upstream_dependencies: [names[0]!, names[1]!, ...(i === 3 ? [names[2]!] : [])],
      }),
    }));
    const inventory = parseInventory(JSON.stringify({ models }), 'inv.json');
    const report = buildDiffReport(
      {
        inventoryPath: 'inv.json',
        base: { ref: 'a', inventory },
        head: { ref: 'b', inventory },
        changedFiles: [
          { status: 'M', path: 'models/m0.sql' },
          { status: 'M', path: 'models/m1.sql' },
        ],
        toolVersion: '0.0.0',
      },
      configWith({ 'attribution-layers': ['identity'] }),
    );
    for (const out of [
      renderComment(report, {}),
      renderSummary(report, {}),
      renderComment(report, {}, { maxLength: 4_000 }),
    ]) {
      expect(out).not.toContain('✂️');
      expect(out).toContain('`stg_orders` reaches');
      // The comment puts the mark before the name; the job summary has a Change column.
      expect(out).toMatch(/\| ✏️ `stg_orders` +\||\| `stg_orders` +\| ✏️ modified/);
      expect(out).toMatch(/\| `int_user__attribution` +\| identity/);
      expect(out).toContain(`\`${huge.slice(0, 100)}`);
    }
  });

  it('skips a row too large to show, never the rows after it', () => {
    const items = ['a', 'x'.repeat(50_000), 'b', 'c'];
    const part = listPart<string>({
      label: 'rows',
      rank: 0,
      core: 10,
      items,
      head: () => [],
      body: (shown) => [paragraph(text(shown.map((s) => s.slice(0, 10)).join(',')))],
      weight: (item) => item,
      more: (left, _total, rest) => [paragraph(text(`${left} left: ${rest().length}`))],
      measure: utf16Length,
      cap: 20_000,
    });
    const spent = spend([part], 20_000, utf16Length);
    expect(spent.texts[0]).toBe('a,b,c\n\n1 left: 1');
    expect(spent.cut).toEqual([part]);
  });

  it('fits the audit into a small budget, recommendations first', () => {
    const { report, context } = auditReport(SEED_TEXT);
    const audit = renderAudit(report, context, { maxLength: 4_000 });
    expect(utf8Length(audit)).toBeLessThanOrEqual(4_000);
    expect(audit).toContain('#### Recommendations');
    expect(audit).toContain('✂️ Cut to fit 4,000 bytes, or past 1,000 rows');
  });

  it('rejects budgets too small for a headline', () => {
    const report = syntheticReport({
      changes: 1,
      impacted: 1,
      fanOut: 1,
      layers: ['x'],
      findings: 0,
      name: (i) => `m${i}`,
    });
    expect(() => renderComment(report, {}, { maxLength: 500 })).toThrow(RangeError);
  });
});

describe('spend', () => {
  const part = (label: string, rank: number, core: number, units: number, size = 10): Part => ({
    label,
    rank,
    core,
    units,
    estimate: (n) => n * size,
    render: (n) => 'x'.repeat(n * size),
  });

  it('serves cores by rank, then grows parts by rank', () => {
    const parts = [part('low', 2, 1, 10), part('high', 0, 1, 10), part('mid', 1, 5, 10)];
    const spent = spend(parts, 120, utf16Length);
    // Cores: high 1, mid 5, low 1 (7 units, 70 + separators); growth goes to high first, and fills the rest.
    expect(spent.shown).toEqual([1, 5, 5]);
    expect(spent.cut.map((p) => p.label)).toEqual(['low', 'high', 'mid']);
    const total = spent.texts.filter(Boolean).join('\n\n').length;
    expect(total).toBeLessThanOrEqual(120);
  });

  it('corrects estimates that were too low', () => {
    const liar: Part = { ...part('liar', 0, 0, 100), estimate: (n) => n };
    const spent = spend([liar], 200, utf16Length);
    expect(spent.texts[0]!.length).toBeLessThanOrEqual(200);
    expect(spent.shown[0]).toBeGreaterThan(10);
  });
});
