import { describe, expect, it } from 'vitest';
import { emptyInventory, parseInventory } from '../../src/inventory/parse.js';
import { seedModels } from '../helpers.js';

describe('parseInventory', () => {
  it('reads the seed-derived inventory without problems', () => {
    const text = JSON.stringify({ models: seedModels() }, null, 2);
    const inventory = parseInventory(text, 'inv.json');
    expect(inventory.problems).toEqual([]);
    expect(inventory.models).toHaveLength(226);
    expect(inventory.usable).toBe(true);
  });

  it('locates JSON syntax errors by line and column', () => {
    const inventory = parseInventory('{\n  "models": [\n    {"name": "a",}\n  ]\n}', 'inv.json');
    expect(inventory.usable).toBe(false);
    expect(inventory.problems).toEqual([
      {
        message: 'invalid JSON at line 3, column 18: property name expected',
        path: '(root)',
        line: 3,
      },
    ]);
  });

  it('reports truncated documents', () => {
    const inventory = parseInventory('{"models": [', 'inv.json');
    expect(inventory.problems[0]?.message).toMatch(/^invalid JSON at line 1, column 13/);
  });

  it('names the JSON path and line of schema problems, and keeps the rest of the model', () => {
    const text = JSON.stringify(
      {
        models: [
          { name: 'ok', path: 'models/ok.sql', layer: 'staging' },
          { name: 'bad', path: 'models/bad.sql', layer: 'signal', upstream_dependencies: 'ok' },
        ],
      },
      null,
      2,
    );
    const inventory = parseInventory(text, 'inv.json');
    const line = text.split('\n').findIndex((l) => l.includes('"upstream_dependencies"')) + 1;
    expect(inventory.problems).toEqual([
      {
        message: `models[1].upstream_dependencies: expected array, got string`,
        path: 'models[1].upstream_dependencies',
        line,
        model: 'bad',
      },
    ]);
    expect(inventory.models.map((model) => model.name)).toEqual(['ok', 'bad']);
    expect(inventory.models[1]?.upstream_dependencies).toBeUndefined();
  });

  it('reports missing required fields and non-string list items', () => {
    const inventory = parseInventory(
      JSON.stringify({ models: [{ name: 'x', layer: 'staging', key_patterns: ['a', 3] }] }),
      'inv.json',
    );
    expect(inventory.problems.map((p) => p.message)).toEqual([
      'models[0].path: missing required field (expected string)',
      'models[0].key_patterns[1]: expected string, got number',
    ]);
  });

  it('drops entries without a usable name', () => {
    const inventory = parseInventory(
      JSON.stringify({ models: [42, { path: 'p', layer: 'l' }] }),
      'f',
    );
    expect(inventory.models).toEqual([]);
    expect(inventory.problems.map((p) => p.path)).toEqual(['models[0]', 'models[1].name']);
  });

  it('names both entries of a duplicate', () => {
    const text = JSON.stringify(
      {
        models: [
          { name: 'a', path: 'a.sql', layer: 'x' },
          { name: 'a', path: 'b.sql', layer: 'y' },
        ],
      },
      null,
      2,
    );
    const inventory = parseInventory(text, 'inv.json');
    expect(inventory.models).toHaveLength(1);
    expect(inventory.models[0]?.path).toBe('a.sql');
    expect(inventory.problems).toHaveLength(1);
    expect(inventory.problems[0]?.message).toBe(
      'models[1].name: duplicate model name "a", already defined at models[0] (line 4) — keep one entry per model; the first is used',
    );
    expect(inventory.problems[0]?.line).toBe(9);
  });

  it('rejects documents that are not an inventory', () => {
    expect(parseInventory('[]', 'f').problems[0]?.message).toMatch(
      /^\(root\): expected object, got array/,
    );
    expect(parseInventory('{"model": []}', 'f').problems[0]?.message).toMatch(
      /^models: missing required field \(expected array\)/,
    );
  });

  it('keeps unknown fields, __proto__ keys and non-ASCII names as plain data', () => {
    const text =
      '{"models": [{"name": "ventes_été_日本", "path": "m/v.sql", "layer": "reporting", "owner": {"team": "growth"}, "__proto__": {"polluted": true}}]}';
    const inventory = parseInventory(text, 'f');
    expect(inventory.problems).toEqual([]);
    const model = inventory.models[0]!;
    expect(model.name).toBe('ventes_été_日本');
    expect(model.owner).toEqual({ team: 'growth' });
    expect(Object.keys(model)).toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('strips a byte order mark', () => {
    expect(parseInventory('\ufeff{"models": []}', 'f').problems).toEqual([]);
  });
});

describe('a repeated "models" key', () => {
  it('locates lines in the last one, the one JSON.parse keeps', () => {
    const text =
      '{\n"models": [\n{"name": "old", "path": "p", "layer": "x"}\n],\n"models": [\n{"name": "a", "path": "p", "layer": "x"},\n{"name": "a", "path": "q", "layer": "x"}\n]\n}';
    const inventory = parseInventory(text, 'f');
    expect(inventory.models.map((m) => m.name)).toEqual(['a']);
    expect(inventory.problems[0]?.line).toBe(7);
  });
});

describe('hostile documents', () => {
  it('reports a syntax error 100,000 brackets deep instead of overflowing the stack', () => {
    for (const text of ['['.repeat(100_000), `{"models": ${'['.repeat(100_000)}`]) {
      const inventory = parseInventory(text, 'deep.json');
      expect(inventory.usable).toBe(false);
      expect(inventory.problems[0]!.message).toMatch(/^invalid JSON/);
    }
  });

  it('does not take an empty text for the empty inventory it is compared with', () => {
    const against = parseInventory('', 'base.json', emptyInventory('head.json'));
    expect(against.usable).toBe(false);
    expect(against.problems).toEqual(parseInventory('', 'base.json').problems);
  });
});
