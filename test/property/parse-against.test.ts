import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInventory, type Inventory } from '../../src/inventory/parse.js';

// Small name and value pools so that edits, duplicates and moves collide often.
const name = fc.constantFrom('stg_orders', 'int_identity', 'fct_attribution', 'dim_channel', 'a"b');
const entry = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record(
      {
        name,
        path: fc.constantFrom('models/a.sql', 'models/b.sql'),
        layer: fc.constantFrom('staging', 'identity', 'signal'),
        upstream_dependencies: fc.array(name, { maxLength: 2 }),
        description: fc.constantFrom('x', 'y \\ "z"'),
      },
      { requiredKeys: ['name', 'path', 'layer'] },
    ),
  },
  // Invalid entries: a list of numbers, a missing layer, not an object.
  {
    weight: 1,
    arbitrary: fc.record({ name, path: fc.constant('p'), upstream_dependencies: fc.constant([1]) }),
  },
  { weight: 1, arbitrary: fc.oneof(fc.constant(null), fc.integer(), fc.constant('stg_orders')) },
);

const edit = fc.oneof(
  fc.record({ op: fc.constant('keep' as const) }),
  fc.record({ op: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), entry }),
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), entry }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
);

const indent = fc.constantFrom<number | string>(0, 2, '\t');

/** Everything parseInventory promises, without the locator (a lazy cache). */
function observable(inventory: Inventory) {
  return {
    models: inventory.models,
    sourceIndex: inventory.sourceIndex,
    indexByName: [...inventory.indexByName],
    invalidFields: [...inventory.invalidFields].map(([k, v]) => [k, [...v]]),
    problems: inventory.problems,
    usable: inventory.usable,
  };
}

describe('parseInventory against a reference', () => {
  it('gives exactly what a parse of its own gives', () => {
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 8 }),
        fc.array(edit, { maxLength: 4 }),
        indent,
        indent,
        fc.constantFrom(
          '',
          'truncate',
          'bom',
          'extra-key',
          'models-twice',
          'sign-before-entry',
          'same-text',
          'bad-escape',
          'splice',
          'number-tail',
        ),
        fc.nat(),
        fc.constantFrom('"', '{', '}', '[', ']', ',', ':', '\\', ' ', '0', '-', ''),
        (entries, edits, headIndent, baseIndent, damage, position, character) => {
          const headText = JSON.stringify({ version: 1, models: entries }, null, headIndent);
          const baseEntries = [...entries];
          for (const e of edits) {
            const at = baseEntries.length === 0 ? 0 : ('at' in e ? e.at : 0) % baseEntries.length;
            if (e.op === 'drop') baseEntries.splice(at, 1);
            if (e.op === 'insert') baseEntries.splice(at, 0, e.entry);
            if (e.op === 'replace' && baseEntries.length) baseEntries[at] = e.entry;
            if (e.op === 'swap' && baseEntries.length) {
              const other = e.with % baseEntries.length;
              const moved = baseEntries[at]!;
              baseEntries[at] = baseEntries[other]!;
              baseEntries[other] = moved;
            }
          }
          let baseText =
            damage === 'same-text'
              ? headText
              : JSON.stringify({ models: baseEntries, after: true }, null, baseIndent);
          if (damage === 'truncate')
            baseText = baseText.slice(0, Math.floor(baseText.length * 0.7));
          // `-{…}` is invalid, `-0` is not: the placeholder must keep the text invalid.
          if (damage === 'sign-before-entry')
            baseText = baseText.replace(/("models": ?\[\s*)\{/, '$1-{');
          // `{…}.5` is invalid and so must be the skeleton: `0.5` would not be.
          if (damage === 'number-tail') baseText = baseText.replace(/\}(\s*[,\]])/, '}.5$1');
          if (damage === 'bad-escape')
            baseText = baseText.replace('"models"', '"mo\\qdels": 0, "models"');
          if (damage === 'splice') {
            // One character replaced (or deleted) anywhere: mostly invalid JSON.
            const at = position % (baseText.length + 1);
            baseText = baseText.slice(0, at) + character + baseText.slice(at + 1);
          }
          if (damage === 'bom') baseText = `\ufeff${baseText}`;
          if (damage === 'extra-key') baseText = baseText.replace('"models"', '"models": 1, "x"');
          if (damage === 'models-twice')
            baseText = `{"models": [${JSON.stringify(entries[0] ?? {})}], ${baseText.slice(1)}`;

          const head = parseInventory(headText, 'head.json');
          const alone = parseInventory(baseText, 'base.json');
          const against = parseInventory(baseText, 'base.json', head);
          expect(observable(against)).toEqual(observable(alone));
          // Entry offsets handed over by the walk are the scan's own.
          if (against.usable) {
            expect(against.locator.modelEntries()).toEqual(alone.locator.modelEntries());
          }
          alone.sourceIndex.forEach((entry) => {
            for (const path of [
              ['models', entry],
              ['models', entry, 'name'],
            ]) {
              expect(against.locator.line(path)).toBe(alone.locator.line(path));
            }
          });
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('places a syntax error past shared entries where the document has it', () => {
    // Nested past what jsonc-parser can walk, the error is located by V8's message alone: its
    // offset must be the document's, not the shorter text left after sharing.
    const entry = { name: 'stg_orders', path: 'models/stg_orders.sql', layer: 'staging' };
    const head = parseInventory(JSON.stringify({ models: [entry] }), 'head.json');
    const baseText = `{"models":[${JSON.stringify(entry)},\n-${'[\n'.repeat(20_000)}]}`;
    const alone = parseInventory(baseText, 'base.json');
    expect(alone.problems[0]?.line).toBe(2);
    expect(observable(parseInventory(baseText, 'base.json', head))).toEqual(observable(alone));
  });

  it('shares the model object of every entry whose text is identical', () => {
    const models = [
      { name: 'stg_orders', path: 'models/stg_orders.sql', layer: 'staging' },
      { name: 'int_identity', path: 'models/int_identity.sql', layer: 'identity' },
      { name: 'fct_attribution', path: 'models/fct.sql', layer: 'attribution' },
    ];
    const head = parseInventory(JSON.stringify({ models }, null, 2), 'head.json');
    const edited = [{ ...models[1]!, description: 'edited' }, models[0], models[2]];
    const base = parseInventory(JSON.stringify({ models: edited }, null, 2), 'base.json', head);
    expect(base.models[1]).toBe(head.models[0]);
    expect(base.models[2]).toBe(head.models[2]);
    expect(base.models[0]).not.toBe(head.models[1]);
    expect(base.models[0]).toEqual(edited[0]);
  });

  it('shares long runs exactly, however few entries differ and wherever they sit', () => {
    // Runs of tens to hundreds of entries: the galloping search for a run's end, and its
    // halving back, meet every boundary between a shared and a differing entry.
    const many = Array.from({ length: 300 }, (_, i) => ({
      name: `m${i}`,
      path: `models/m${i}.sql`,
      layer: i % 3 ? 'staging' : 'identity',
      ...(i % 4 === 0 && { upstream_dependencies: [`m${i + 1}`] }),
    }));
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: many.length }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('edit', 'drop', 'invalid')), {
          maxLength: 5,
        }),
        indent,
        (length, edits, spacing) => {
          const entries: unknown[] = many.slice(0, length);
          const head = parseInventory(
            JSON.stringify({ models: entries }, null, spacing),
            'head.json',
          );
          const baseEntries = [...entries];
          for (const [at, op] of edits) {
            const i = at % baseEntries.length;
            if (op === 'drop' && baseEntries.length > 1) baseEntries.splice(i, 1);
            if (op === 'edit' && baseEntries[i] !== null)
              baseEntries[i] = { ...(baseEntries[i] as object), description: 'x' };
            if (op === 'invalid') baseEntries[i] = null;
          }
          const baseText = JSON.stringify({ models: baseEntries }, null, spacing);
          const alone = parseInventory(baseText, 'base.json');
          const against = parseInventory(baseText, 'base.json', head);
          expect(observable(against)).toEqual(observable(alone));
          // Exactly the entries left as they were are the head's own objects.
          const headModels = new Set(head.models);
          for (const entry of baseEntries) {
            if (entry === null) continue;
            const { name } = entry as { name: string };
            const model = against.models[against.indexByName.get(name)!];
            expect(headModels.has(model!), name).toBe(entries.includes(entry));
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
