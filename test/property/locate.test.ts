import fc from 'fast-check';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { JsonLocator, scanModelEntries } from '../../src/inventory/locate.js';
import {
  inventorySchema,
  isInventoryShape,
  isValidModel,
  modelSchema,
} from '../../src/inventory/schema.js';

const tricky = fc.constantFrom(
  'a',
  'b "quoted" \\\\',
  '{[',
  ']}',
  ',',
  'models',
  '\\"',
  'ünï',
  '\n',
);
const entryArb = fc.oneof(
  fc.record({
    name: tricky,
    path: tricky,
    upstream_dependencies: fc.array(tricky, { maxLength: 3 }),
    meta: fc.dictionary(tricky, fc.oneof(tricky, fc.integer(), fc.array(tricky))),
  }),
  fc.integer(),
  tricky,
  fc.constant(null),
);
const documentArb = fc.record({
  before: fc.dictionary(fc.constantFrom('version', 'models_old', 'x'), fc.array(tricky)),
  models: fc.array(entryArb, { maxLength: 6 }),
  indent: fc.constantFrom(0, 1, 2, '\t'),
});

describe('JsonLocator', () => {
  it('agrees with a full jsonc-parser tree on every path inside the models', () => {
    fc.assert(
      fc.property(documentArb, ({ before, models, indent }) => {
        const text = JSON.stringify({ ...before, models, after: [1] }, null, indent);
        const tree = parseTree(text)!;
        const fast = new JsonLocator(text);
        const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
        models.forEach((entry, i) => {
          const paths: (string | number)[][] = [['models', i]];
          if (entry && typeof entry === 'object') {
            paths.push(
              ['models', i, 'name'],
              ['models', i, 'upstream_dependencies', 0],
              ['models', i, 'upstream_dependencies', 2],
              ['models', i, 'missing'],
              ['models', i, 'name', 'below a string'],
            );
            for (const key of Object.keys(entry.meta)) {
              paths.push(['models', i, 'meta', key], ['models', i, 'meta', key, 1]);
            }
          }
          if (i === 0) {
            paths.push(['after', 0], ['models'], ['nowhere', 3]);
            for (const key of Object.keys(before)) paths.push([key], [key, 1]);
          }
          for (const path of paths) {
            let node = findNodeAtLocation(tree, path);
            for (let depth = path.length - 1; !node; depth--)
              node = findNodeAtLocation(tree, path.slice(0, depth));
            expect(fast.line(path), JSON.stringify(path)).toBe(lineOf(node.offset));
          }
        });
        expect(scanModelEntries(text)?.length).toBe(models.length * 2);
      }),
      { numRuns: 500 },
    );
  });
});

describe('isValidModel', () => {
  const value = fc.oneof(
    fc.string(),
    fc.constant(''),
    fc.integer(),
    fc.constant(null),
    fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 2 }),
    fc.dictionary(fc.string(), fc.string()),
  );
  const candidate = fc.oneof(
    fc.record(
      {
        name: value,
        path: value,
        layer: value,
        description: value,
        upstream_dependencies: value,
        downstream_consumers: value,
        attribution_concepts: value,
        key_patterns: value,
        extra: value,
      },
      { requiredKeys: [] },
    ),
    value,
  );

  it('agrees with the zod schema', () => {
    fc.assert(
      fc.property(candidate, (entry) => {
        expect(isValidModel(entry)).toBe(modelSchema.safeParse(entry).success);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('isInventoryShape', () => {
  it('agrees with the zod schema', () => {
    const document = fc.oneof(
      fc.anything(),
      fc.record({ models: fc.anything() }, { requiredKeys: [] }),
      fc.array(fc.anything(), { maxLength: 2 }).map((models) => ({ models })),
    );
    fc.assert(
      fc.property(document, (value) => {
        expect(isInventoryShape(value)).toBe(inventorySchema.safeParse(value).success);
      }),
      { numRuns: 1000 },
    );
  });
});
