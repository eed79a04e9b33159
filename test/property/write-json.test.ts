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

  it('writes an object member by member, so a character beyond Latin-1 stays in its member', () => {
    const value: Record<string, unknown> = {
      impact: { models: [{ model: 'stg_a', path: ['stg_a', 'int_b'] }] },
      findings: [{ message: 'stg_a → int_b' }],
      gone: undefined,
      when: new Date(0),
      __proto__: null,
    };
    Object.defineProperty(value, '__proto__', { value: [1], enumerable: true });
    const chunks: string[] = [];
    writeJson(value, (chunk) => chunks.push(chunk));
    expect(chunks.join('')).toBe(`${JSON.stringify(value, null, 2)}\n`);
    const arrow = chunks.filter((chunk) => chunk.includes('→'));
    expect(arrow).toHaveLength(1);
    expect(arrow[0]).not.toContain('impact');
  });

  it('writes an empty object, or one whose members are all left out, as {}', () => {
    for (const value of [{}, { a: undefined, f: () => 1 }]) {
      let out = '';
      writeJson(value, (chunk) => (out += chunk));
      expect(out).toBe('{}\n');
    }
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
