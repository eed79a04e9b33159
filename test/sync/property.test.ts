import fc from 'fast-check';
import { parseTree, type Node } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { parseInventory } from '../../src/inventory/parse.js';
import {
  applySync,
  inventoryDrift,
  isEmptyPlan,
  planSync,
  type CodeLineageView,
} from '../../src/sync/index.js';

const POOL = ['a', 'b', 'c', 'd', 'e', 'src.t', 'q"uote', 'back\\slash', 'tick```', 'é'];
const MODEL_NAMES = POOL.slice(0, 5).concat(['q"uote', 'é']);
const LISTS = new Set(['upstream_dependencies', 'downstream_consumers']);

const entry = (name: string) =>
  fc.record(
    {
      name: fc.constant(name),
      path: fc.constantFrom(`models/${name}.sql`, `old/${name}.sql`),
      layer: fc.constantFrom('staging', 'signal', 'other'),
      description: fc.string({ maxLength: 12 }),
      upstream_dependencies: fc.subarray(POOL),
      downstream_consumers: fc.subarray([...POOL, 'looker']),
      attribution_concepts: fc.subarray(['x', 'y']),
      zz_extra: fc.jsonValue({ maxDepth: 2 }),
    },
    { requiredKeys: ['name', 'path', 'layer'] },
  );

const scenario = fc.record({
  entries: fc.subarray(MODEL_NAMES).chain((names) => fc.tuple(...names.map(entry))),
  code: fc.subarray(MODEL_NAMES).chain((names) =>
    fc.tuple(
      ...names.map((name) =>
        fc.record({
          name: fc.constant(name),
          path: fc.constant(`models/${name}.sql`),
          upstream: fc.subarray(POOL),
        }),
      ),
    ),
  ),
  keepFiles: fc.subarray(MODEL_NAMES.map((n) => `old/${n}.sql`)),
  indent: fc.constantFrom<string | number>(2, 4, '\t', 0),
  crlf: fc.boolean(),
  newline: fc.boolean(),
});

function entriesByName(text: string): Map<string, Node> {
  const root = parseTree(text)!;
  const models = root.children!.find((p) => p.children![0]!.value === 'models')!.children![1]!;
  return new Map(
    (models.children ?? []).map((e) => [
      e.children!.find((p) => p.children![0]!.value === 'name')!.children![1]!.value as string,
      e,
    ]),
  );
}
const raw = (text: string, node: Node) => text.slice(node.offset, node.offset + node.length);

describe('applySync (property)', () => {
  it('keeps every other field byte for byte, in order, and a second sync changes nothing', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        let text = JSON.stringify({ version: 1, models: s.entries }, null, s.indent || undefined);
        if (s.crlf) text = text.replace(/\n/g, '\r\n');
        if (s.newline) text += s.crlf ? '\r\n' : '\n';
        const code: CodeLineageView = {
          models: s.code,
          files: [...s.code.map((m) => m.path), ...s.keepFiles],
        };
        const plan = planSync(text, code);
        const out = applySync(text, plan);

        // Idempotent, and the synced inventory has no drift left.
        expect(isEmptyPlan(planSync(out, code))).toBe(true);
        expect(inventoryDrift(parseInventory(out, 'i.json'), code)).toEqual([]);
        if (!s.indent) expect(out.trimEnd()).not.toMatch(/\n/);
        if (s.crlf) expect(out.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);

        // Everything before the models array is untouched.
        const before = entriesByName(text);
        const after = entriesByName(out);
        expect(out.slice(0, out.indexOf('"models"'))).toBe(text.slice(0, text.indexOf('"models"')));
        const moved = new Set(plan.movePaths.map((m) => m.model));
        const removed = new Set(plan.remove.map((r) => r.model));
        const kept = [...before.keys()].filter((n) => !removed.has(n));
        expect([...after.keys()].slice(0, kept.length)).toEqual(kept);
        for (const name of kept) {
          const a = before.get(name)!.children!;
          const b = after.get(name)!.children!;
          expect(b.map((p) => p.children![0]!.value)).toEqual(a.map((p) => p.children![0]!.value));
          a.forEach((property, i) => {
            const key = property.children![0]!.value as string;
            if (LISTS.has(key) || (key === 'path' && moved.has(name))) return;
            expect(raw(out, b[i]!)).toBe(raw(text, property));
          });
        }
      }),
      { numRuns: 60 },
    );
  });
});
