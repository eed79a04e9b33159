// Copying the column radius onto the report's impacted models (src/columns/report.ts), when some
// anchors are changes the column analysis does not follow.
import { describe, expect, it } from 'vitest';
import { withColumnReach } from '../../src/columns/report.js';
import type { ColumnImpact } from '../../src/columns/impact.js';

const model = (name: string, from: string) => ({
  model: name,
  layer: 'marts',
  depth: 1,
  path: [from, name],
  external: false,
});
const impact: ColumnImpact = {
  changes: [{ model: 'stg', category: 'column', reasons: ['redefines x'] }],
  models: [
    { model: 'uses_x', reach: 'columns', columns: ['x'], reasons: ['reads x'] },
    { model: 'ignores_x', reach: 'unaffected', reasons: ['does not read x'] },
    { model: 'both', reach: 'unaffected', reasons: ['does not read x'] },
  ],
  anchors: ['stg'],
  contracts: [],
  dialects: {},
  analysed: 4,
  skipped: 0,
};
const models = [
  model('uses_x', 'stg'),
  model('ignores_x', 'stg'),
  model('both', 'stg'),
  model('only_inventory', 'edited_entry'),
];

describe('withColumnReach', () => {
  it('keeps the column radius and reaches fully what an unfollowed anchor reaches', () => {
    const { models: out, affected } = withColumnReach(
      models,
      ['stg', 'edited_entry'],
      impact,
      (from) => {
        expect(from).toEqual(['edited_entry']);
        return new Set(['only_inventory', 'both']);
      },
    );
    const reach = Object.fromEntries(out.map((m) => [m.model, m.reach]));
    // `both` is unaffected by the column change, but the inventory-only change reaches it.
    expect(reach).toEqual({
      uses_x: 'columns',
      ignores_x: 'unaffected',
      both: 'full',
      only_inventory: 'full',
    });
    expect(out.find((m) => m.model === 'both')!.reachReasons![0]).toContain(
      'downstream of edited_entry',
    );
    expect(affected).toBe(3);
  });

  it('without a way to tell what the other anchors reach, the model level stands', () => {
    const { affected, models: out } = withColumnReach(models, ['stg', 'edited_entry'], impact);
    expect(affected).toBeUndefined();
    expect(out.every((m) => !('reach' in m))).toBe(true);
    // Nothing followed at all (analysis unavailable): the model level too.
    const none = withColumnReach(models, ['stg'], { ...impact, anchors: [] }, () => new Set());
    expect(none.affected).toBeUndefined();
  });
});
