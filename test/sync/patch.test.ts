import { describe, expect, it } from 'vitest';
import { applySync, planSync, unifiedPatch } from '../../src/sync/index.js';
import { quotePath } from '../../src/sync/patch.js';
import { CODE, gitApply, LAYERS, styles } from './helpers.js';

describe('unifiedPatch', () => {
  it('is empty when nothing changes', () => {
    expect(unifiedPatch('inv.json', 'x\n', 'x\n')).toBe('');
  });

  it('has git headers', () => {
    const patch = unifiedPatch('seeds/inv.json', 'a\nb\n', 'a\nc\n');
    expect(patch.split('\n').slice(0, 4)).toEqual([
      'diff --git a/seeds/inv.json b/seeds/inv.json',
      '--- a/seeds/inv.json',
      '+++ b/seeds/inv.json',
      '@@ -1,2 +1,2 @@',
    ]);
  });

  for (const [style, text] of Object.entries(styles())) {
    it(`${style}: git apply takes the patch and gives the synced file`, () => {
      const after = applySync(text, planSync(text, CODE, { layers: LAYERS }));
      const patch = unifiedPatch('seeds/dbt_model_inventory.json', text, after);
      expect(gitApply('seeds/dbt_model_inventory.json', text, patch)).toBe(after);
    });
  }

  it('quotes a path as git does', () => {
    expect(quotePath('a/plain name.json')).toBe('a/plain name.json');
    expect(quotePath('a/we"ird\\n\tx\x01.json')).toBe('"a/we\\"ird\\\\n\\tx\\001.json"');
    const patch = unifiedPatch('dir/we"ird.json', 'a\n', 'b\n');
    expect(gitApply('dir/we"ird.json', 'a\n', patch)).toBe('b\n');
  });
});
