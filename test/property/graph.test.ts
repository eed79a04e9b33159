import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph, EdgeList, unionGraph, type NameTable } from '../../src/lineage/graph.js';
import { isAcyclic, stronglyConnected } from '../../src/lineage/traverse.js';

const table = (n: number): NameTable => {
  const names = Array.from({ length: n }, (_, i) => `m${String(i).padStart(3, '0')}`);
  return { names, ids: new Map(names.map((name, i) => [name, i])) };
};
const edgesOf = (pairs: readonly (readonly [number, number])[]) => {
  const list = new EdgeList();
  for (const [from, to] of pairs) list.add(from, to);
  return list;
};
/** Adjacency as sorted, duplicate-free lists: what a CSR graph must hold. */
const adjacency = (n: number, pairs: readonly (readonly [number, number])[]) =>
  Array.from({ length: n }, (_, v) =>
    [...new Set(pairs.filter(([from]) => from === v).map(([, to]) => to))].sort((a, b) => a - b),
  );
const runs = (graph: { offsets: Int32Array; targets: Int32Array }) =>
  Array.from({ length: graph.offsets.length - 1 }, (_, v) => [
    ...graph.targets.subarray(graph.offsets[v]!, graph.offsets[v + 1]!),
  ]);

const graphInput = fc.integer({ min: 1, max: 40 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    a: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 120 }),
    b: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 30 }),
  }),
);

describe('CSR graphs', () => {
  it('buildGraph holds each node’s targets sorted and without duplicates', () => {
    fc.assert(
      fc.property(graphInput, ({ n, a }) => {
        expect(runs(buildGraph(table(n), edgesOf(a)))).toEqual(adjacency(n, a));
      }),
    );
  });

  it('unionGraph equals the graph built from both edge lists', () => {
    fc.assert(
      fc.property(graphInput, ({ n, a, b }) => {
        const names = table(n);
        const merged = unionGraph(buildGraph(names, edgesOf(a)), buildGraph(names, edgesOf(b)));
        expect(runs(merged)).toEqual(adjacency(n, [...a, ...b]));
      }),
    );
  });

  it('isAcyclic says no exactly when some component has a cycle', () => {
    fc.assert(
      fc.property(graphInput, ({ n, a }) => {
        const graph = buildGraph(table(n), edgesOf(a));
        expect(isAcyclic(graph)).toBe(!stronglyConnected(graph).cyclic.some(Boolean));
      }),
    );
  });
});
