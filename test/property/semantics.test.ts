import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Model } from '../../src/inventory/schema.js';
import { defaultConfig } from '../../src/config/schema.js';
import { buildGraph, buildNameTable, unionEdges } from '../../src/lineage/graph.js';
import { consistencyFindings } from '../../src/rules/consistency.js';
import { diff, inventoryOf } from '../helpers.js';
import {
  distances,
  referenceHeadGraph,
  referenceReachedFrom,
  referenceRewiredConsumers,
} from '../reference.js';

/**
 * Random inventories over a small name pool, so edges collide, cycles form, external names
 * appear and models come and go between base and head.
 */
const NAMES = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'ext.x', 'seed_y'];
const LAYERS = ['staging', 'identity', 'signal', 'attribution', 'reporting', 'other'];

const modelArb = (name: string) =>
  fc.record(
    {
      name: fc.constant(name),
      path: fc.constantFrom(`models/${name}.sql`, `models/moved/${name}.sql`),
      layer: fc.constantFrom(...LAYERS),
      description: fc.constantFrom('one', 'two'),
      upstream_dependencies: fc.uniqueArray(fc.constantFrom(...NAMES), { maxLength: 3 }),
      downstream_consumers: fc.uniqueArray(fc.constantFrom(...NAMES), { maxLength: 3 }),
      attribution_concepts: fc.uniqueArray(fc.constantFrom('x', 'y', 'z'), { maxLength: 2 }),
    },
    { requiredKeys: ['name', 'path', 'layer'] },
  );

const inventoryArb = fc
  .subarray(NAMES.slice(0, 8), { minLength: 1 })
  .chain((names) => fc.tuple(...names.map(modelArb)))
  .map((models) => models as Model[]);

const changedArb = fc.subarray(NAMES.slice(0, 8).map((n) => `models/${n}.sql`));

describe('semantics (property tests against a plain reference)', () => {
  it('diff(A, A) is empty', () => {
    fc.assert(
      fc.property(inventoryArb, (models) => {
        const report = diff({ base: models, head: models });
        expect(report.changes).toEqual([]);
        expect(report.impact.models).toEqual([]);
      }),
    );
  });

  it('reordering lists and keys is no change', () => {
    fc.assert(
      fc.property(inventoryArb, (models) => {
        const shuffled = [...models].reverse().map((model) => {
          const copy: Record<string, unknown> = {};
          for (const key of Object.keys(model).reverse()) {
            const value = model[key];
            copy[key] = Array.isArray(value) ? [...value].reverse() : value;
          }
          return copy;
        });
        expect(diff({ base: models, head: shuffled }).changes).toEqual([]);
      }),
    );
  });

  it('orders impact by depth then name, the same whatever order the inventories list models in', () => {
    // Node ids follow name order, found two ways: by sorting ids when the models come mostly by
    // name (most inventories), by sorting names and looking ids up otherwise. Inventories of a
    // few hundred models, listed by name with a few out of place, or reversed, take each way.
    const size = 300;
    const name = (i: number) => `m${String(i).padStart(3, '0')}`;
    const largeArb = fc
      .tuple(
        fc.array(fc.tuple(fc.nat(size - 1), fc.nat(size + 9)), { minLength: 50, maxLength: 400 }),
        fc.array(fc.tuple(fc.nat(size - 1), fc.nat(size - 1)), { maxLength: 3 }),
        fc.uniqueArray(fc.nat(size - 1), { minLength: 1, maxLength: 5 }),
      )
      .map(([edges, swaps, changedAt]) => {
        const models: Model[] = Array.from({ length: size }, (_, i) => ({
          name: name(i),
          path: `models/${name(i)}.sql`,
          layer: 'staging',
        }));
        // Edges to names past the models are external: they sort after every model name.
        for (const [from, to] of edges) {
          const model = models[from] as { downstream_consumers?: string[] };
          const target = to < size ? name(to) : `ext.${to}`;
          if (!model.downstream_consumers?.includes(target))
            (model.downstream_consumers ??= []).push(target);
        }
        // Every change reaches at least its successor, so there is an impact to order.
        for (const i of changedAt) {
          const model = models[i] as { downstream_consumers?: string[] };
          const next = name((i + 1) % size);
          if (!model.downstream_consumers?.includes(next))
            (model.downstream_consumers ??= []).push(next);
        }
        for (const [i, j] of swaps) [models[i], models[j]] = [models[j]!, models[i]!];
        return { models, changed: changedAt.map((i) => `models/${name(i)}.sql`) };
      });
    fc.assert(
      fc.property(largeArb, ({ models, changed }) => {
        const report = diff({ base: models, head: models, changed });
        const reversed = [...models].reverse();
        expect(diff({ base: reversed, head: reversed, changed }).impact).toEqual(report.impact);
        const keys = report.impact.models.map((i) => [i.depth, i.model] as const);
        const sorted = [...keys].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1));
        expect(keys).toEqual(sorted);
        expect(keys.length).toBeGreaterThan(0);
      }),
      { numRuns: 60 },
    );
  });

  it('impacted = reachability from anchors, depth = shortest distance, paths are real edges', () => {
    fc.assert(
      fc.property(inventoryArb, inventoryArb, changedArb, (base, head, changed) => {
        const report = diff({ base, head, changed });
        const { graph, baseGraph } = referenceHeadGraph(base, head);
        const anchors = report.changes.filter((c) => !c.metadataOnly).map((c) => c.model);
        const changedNames = new Set(report.changes.map((c) => c.model));
        const dist = distances(graph, anchors);
        const expected = [...dist].filter(([name]) => !changedNames.has(name));

        expect(new Map(report.impact.models.map((i) => [i.model, i.depth]))).toEqual(
          new Map(expected),
        );
        const headNames = new Set(head.map((model) => model.name));
        for (const impacted of report.impact.models) {
          // A long path keeps its first 2 and last 3 names; pathElided counts the rest.
          const length = impacted.depth + 1;
          const elided = length > 6 ? length - 5 : undefined;
          expect(impacted.pathElided).toBe(elided);
          expect(impacted.path).toHaveLength(elided ? 5 : length);
          expect(anchors).toContain(impacted.path[0]);
          expect(impacted.path.at(-1)).toBe(impacted.model);
          for (let k = 0; k + 1 < impacted.path.length; k++) {
            if (elided && k === 1) continue;
            expect(graph.get(impacted.path[k]!)?.has(impacted.path[k + 1]!)).toBe(true);
          }
          expect(impacted.external).toBe(!headNames.has(impacted.model));
        }

        // Edge changes anchor at their consumers; every change reached from another says so.
        const rewired = referenceRewiredConsumers(base, head);
        for (const [name, inputs] of rewired) {
          const change = report.changes.find((c) => c.model === name);
          expect(change?.inputs).toEqual(inputs);
          expect(change?.metadataOnly).toBe(false);
        }
        for (const change of report.changes) {
          if (change.kind === 'modified' && !change.reasons.includes('sql')) {
            const anchoring = rewired.has(change.model) || change.reasons.includes('path');
            expect(change.metadataOnly).toBe(!anchoring);
          }
          expect(change.reachedFrom).toEqual(referenceReachedFrom(graph, anchors, change.model));
        }
        expect(report.summary.reached).toBe(report.changes.filter((c) => c.reachedFrom).length);

        for (const entry of report.impact.perChange) {
          const reachHead = distances(graph, [entry.model]);
          const reachBase = distances(baseGraph, [entry.model]);
          reachHead.delete(entry.model);
          reachBase.delete(entry.model);
          // A node on a cycle reaches itself; "total" counts the others.
          expect(entry.total).toBe(reachHead.size);
          // The total counts changed models too: changedReached says how many.
          expect(entry.changedReached).toBe(
            [...reachHead.keys()].filter((n) => changedNames.has(n)).length,
          );
          expect(entry.direct).toBe(graph.get(entry.model)?.size ?? 0);
          expect(entry.gained).toEqual(
            [...reachHead.keys()].filter((n) => !reachBase.has(n)).sort(),
          );
          expect(entry.lost).toEqual([...reachBase.keys()].filter((n) => !reachHead.has(n)).sort());
        }
        expect(report.impact.perChange.map((p) => p.model)).toEqual(anchors);
      }),
      { numRuns: 300 },
    );
  });

  it('metadata-only changes anchor nothing', () => {
    fc.assert(
      fc.property(
        inventoryArb,
        fc.constantFrom('description', 'layer', 'attribution_concepts', 'owner'),
        (models, field) => {
          const head = models.map((model) => ({
            ...model,
            [field]: field === 'attribution_concepts' ? ['changed'] : 'changed',
          }));
          const report = diff({ base: models, head });
          expect(report.changes.every((c) => c.metadataOnly)).toBe(true);
          expect(report.impact.models).toEqual([]);
          expect(report.impact.perChange).toEqual([]);
        },
      ),
    );
  });

  it('estimates never hide an exact small reach, and budgets never change the radius', () => {
    fc.assert(
      fc.property(inventoryArb, inventoryArb, changedArb, (base, head, changed) => {
        const exact = diff({ base, head, changed });
        const starved = diff({ base, head, changed, config: { 'per-change-budget': 0 } });
        expect(starved.impact.models).toEqual(exact.impact.models);
        starved.impact.perChange.forEach((entry, i) => {
          // Reaches are far below the sketch size here, so totals stay exact.
          expect(entry.total).toBe(exact.impact.perChange[i]!.total);
          if (!entry.estimated) expect(entry).toEqual(exact.impact.perChange[i]);
        });
      }),
    );
  });
});

describe('scoped consistency checks', () => {
  it('find exactly what a full scan against the baseline finds', () => {
    fc.assert(
      fc.property(inventoryArb, inventoryArb, (base, head) => {
        const report = diff({ base, head });
        const headInventory = inventoryOf(head);
        const removed = new Set(
          report.changes.filter((c) => c.kind === 'removed').map((c) => c.model),
        );
        const options = {
          baseline: inventoryOf(base),
          layerOrder: defaultConfig()['layer-order'],
          removed,
        };
        const scope = new Set(
          report.changes
            .filter(
              (c) =>
                c.kind === 'added' ||
                c.reasons.includes('upstream_dependencies') ||
                c.reasons.includes('downstream_consumers'),
            )
            .map((c) => c.model),
        );
        const table = buildNameTable(headInventory.models);
        const graph = buildGraph(table, unionEdges(headInventory.models, table));
        expect(consistencyFindings(headInventory, { ...options, scope, graph })).toEqual(
          consistencyFindings(headInventory, options),
        );
        expect(consistencyFindings(headInventory, { ...options, scope })).toEqual(
          consistencyFindings(headInventory, options),
        );
      }),
      { numRuns: 1500 },
    );
  });
});
