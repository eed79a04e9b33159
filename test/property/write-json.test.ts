import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeJson, writePiecewise } from '../../src/report/write-json.js';

describe('writeJson', () => {
  it('writes exactly what JSON.stringify(value, null, 2) would', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.integer({ min: 0, max: 5 }), (value, depth) => {
        let out = '';
        writePiecewise(value, (chunk) => (out += chunk), depth);
        expect(out).toBe(`${JSON.stringify(value, null, 2)}\n`);
        let whole = '';
        writeJson(value, (chunk) => (whole += chunk), depth);
        expect(whole).toBe(out);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps __proto__ keys, skips undefined fields and nulls undefined array items', () => {
    const value = JSON.parse('{"__proto__": {"a": [1, {}]}, "b": []}');
    value.c = undefined;
    value.d = [undefined, 2];
    let out = '';
    writePiecewise(value, (chunk) => (out += chunk));
    expect(out).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });

  it('flushes in chunks', () => {
    const chunks: string[] = [];
    writePiecewise(
      { models: Array.from({ length: 50_000 }, (_, i) => ({ model: `m${i}`, path: ['a', 'b'] })) },
      (c) => chunks.push(c),
    );
    expect(chunks.length).toBeGreaterThan(2);
  });
});
