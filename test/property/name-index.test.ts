import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NameIndex } from '../../src/inventory/name-index.js';

// Short names from a small alphabet collide in length and in prefix; astral and lone surrogate
// code units check that comparison is by UTF-16 unit, as Map's.
const nameArb = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'b', '_', '.'), maxLength: 4 }),
  fc.string({ unit: 'grapheme', maxLength: 3 }),
  fc.constantFrom('stg_a', 'stg_a ', '\ud800', '😀', 'ünï', ''),
);

describe('NameIndex', () => {
  it('answers as a first-wins Map, before and after packing, however it grew', () => {
    fc.assert(
      fc.property(
        fc.array(nameArb, { maxLength: 60 }),
        fc.array(nameArb, { maxLength: 20 }),
        fc.nat({ max: 80 }),
        (names, probes, expected) => {
          const index = new NameIndex(expected);
          const reference = new Map<string, number>();
          for (const name of names) {
            const before = reference.get(name);
            expect(index.add(name)).toBe(before);
            if (before === undefined) reference.set(name, reference.size);
          }
          for (const packed of [false, true]) {
            if (packed) index.pack();
            for (const name of [...names, ...probes]) {
              expect(index.get(name)).toBe(reference.get(name));
              expect(index.has(name)).toBe(reference.has(name));
            }
          }
          expect(index.size).toBe(reference.size);
          expect([...index]).toEqual([...reference]);
          expect([...index.keys()]).toEqual([...reference.keys()]);
          expect([...index.values()]).toEqual([...reference.values()]);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('keeps answering after adds that follow packing', () => {
    const index = NameIndex.of(['a', 'b']);
    expect(index.add('c')).toBeUndefined();
    expect(index.get('c')).toBe(2);
    expect(index.pack().get('b')).toBe(1);
  });

  it('holds 100k names', () => {
    const names = Array.from({ length: 100_000 }, (_, i) => `model_${i.toString(36)}`);
    const index = NameIndex.of(names);
    expect(names.every((name, i) => index.get(name) === i)).toBe(true);
    expect(index.get('model_')).toBeUndefined();
  });
});
