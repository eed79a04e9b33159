import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/schema.js';
import { parseInventory } from '../../src/inventory/parse.js';
import type { Model } from '../../src/inventory/schema.js';
import { buildDiffReport } from '../../src/report/diff-report.js';
import type { DiffReport } from '../../src/report/types.js';
import { writeJson } from '../../src/report/write-json.js';

/** Hostile inventories: the report must stay linear in the inventory (sizes, never times). */
function run(
  models: readonly Model[],
  changed: readonly string[],
): { input: number; report: DiffReport; output: number } {
  const text = JSON.stringify({ models });
  const base = parseInventory(text, 'inventory.json');
  const head = parseInventory(text, 'inventory.json', base);
  const report = buildDiffReport(
    {
      inventoryPath: 'inventory.json',
      base: { ref: 'base', inventory: base },
      head: { ref: 'head', inventory: head },
      changedFiles: changed.map((path) => ({ status: 'M', path })),
      toolVersion: '0.0.0-test',
    },
    defaultConfig(),
  );
  let output = 0;
  writeJson(report, (chunk) => (output += chunk.length));
  return { input: text.length, report, output };
}

/** A chain of n models, each feeding the next, in an attribution layer halfway. */
function chain(n: number): Model[] {
  const name = (i: number) => `model_${String(i).padStart(6, '0')}_${'x'.repeat(60)}`;
  return Array.from({ length: n }, (_, i) => ({
    name: name(i),
    path: `models/${name(i)}.sql`,
    layer: i === n >> 1 ? 'attribution' : 'reporting',
    ...(i + 1 < n && { downstream_consumers: [name(i + 1)] }),
  }));
}

describe('report size on hostile inventories', () => {
  it('a 10k-model chain: paths keep their ends, the report grows linearly', () => {
    const small = run(chain(5_000), [chain(1)[0]!.path]);
    const large = run(chain(10_000), [chain(1)[0]!.path]);
    expect(large.input).toBeGreaterThan(1_000_000);
    expect(large.report.impact.models).toHaveLength(9_999);
    const deepest = large.report.impact.models.at(-1)!;
    expect(deepest.depth).toBe(9_999);
    expect(deepest.path).toHaveLength(5);
    expect(deepest.pathElided).toBe(9_995);
    expect(large.report.impact.models.every((m) => m.path.length <= 6)).toBe(true);
    // Quadratic output would be ~4 times as large at twice the length (and ~250 MB here).
    expect(large.output / small.output).toBeLessThan(2.2);
    expect(large.output).toBeLessThan(4 * large.input);
    expect(large.report.summary.verdict).toBeDefined();
  });

  it('every model of a 10k chain changed: each is reached from the one before, nothing repeated', () => {
    const models = chain(10_000);
    const { report, input, output } = run(
      models,
      models.map((m) => m.path),
    );
    expect(report.changes).toHaveLength(10_000);
    expect(report.summary.reached).toBe(9_999);
    expect(report.changes[1]!.reachedFrom).toEqual({ model: models[0]!.name, depth: 1 });
    expect(output).toBeLessThan(4 * input);
  });

  it('a 1 MB name with 2,000 consumers is invalid, and the report stays small', () => {
    const big = 'n'.repeat(1 << 20);
    const children = Array.from({ length: 2_000 }, (_, i) => `child_${i}`);
    const models: Model[] = [
      { name: big, path: 'models/big.sql', layer: 'staging', downstream_consumers: children },
      ...children.map((name) => ({ name, path: `models/${name}.sql`, layer: 'reporting' })),
    ];
    const { report, input, output } = run(models, ['models/big.sql']);
    expect(report.findings.some((f) => f.rule === 'inventory/invalid')).toBe(true);
    expect(report.summary.verdict).toBe('fail');
    expect(output).toBeLessThan(input / 4);
  });

  it('a 512-character name (the longest allowed) with 2,000 consumers stays linear', () => {
    const long = (n: number) => {
      const anchor = 'a'.repeat(512);
      const children = Array.from({ length: n }, (_, i) => `child_${i}`);
      return run(
        [
          { name: anchor, path: 'models/a.sql', layer: 'staging', downstream_consumers: children },
          ...children.map((name) => ({ name, path: `models/${name}.sql`, layer: 'reporting' })),
        ],
        ['models/a.sql'],
      );
    };
    const small = long(1_000);
    const large = long(2_000);
    expect(large.report.impact.models).toHaveLength(2_000);
    expect(large.output / small.output).toBeLessThan(2.2);
  });
});
