// The SQL is the pull request's: rendering it must never run code in the runner.
import { describe, expect, it } from 'vitest';
import { renderModel, safeMember } from '../../src/columns/render.js';

const render = (sql: string) => renderModel(sql, { dialect: 'snowflake', model: 'm' });

describe('rendering hostile templates', () => {
  it.each([
    `{{ range.constructor("return process")() }}`,
    `{{ ''.constructor.constructor("return process")() }}`,
    `{{ cycler.__proto__.constructor("return process")() }}`,
    `{{ joiner['constructor']('return process')() }}`,
    `{% set f = range.constructor %}{{ f("return process")() }}`,
    `{{ [].map.call }}{{ range.apply(none, [1]) }}`,
    // Through filters that read attributes (found by an adversarial review).
    `{% set F = [range] | map(attribute="constructor") | first %}{{ F("return process")() }}`,
    `{% set F = [range] | map(attribute="__proto__") | first %}{{ F.constructor("return process")() }}`,
    `{% set F = [''] | map(attribute="constructor") | first %}{{ F.constructor("return process")() }}`,
    `{{ dict(__proto__=range).constructor("return process")() }}`,
  ])('reaches no Function: %s', (template) => {
    const result = render(`select ${template} as x`);
    const sql = 'sql' in result ? result.sql : '';
    expect(sql).not.toContain('object');
    expect(sql).not.toMatch(/process|function/i);
  });

  it('cannot reach or pollute Object.prototype', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    for (const template of [
      `{% set P = [{}] | map(attribute="__proto__") | first %}{{ __setattr(P, 'polluted', 1) }}`,
      `{% set d = dict([['__proto__', {'polluted': 1}]]) %}{{ d.polluted }}`,
      `{% set o = {} %}{{ __setattr(o, '__proto__', {'polluted': 1}) }}{{ o.polluted }}`,
    ]) {
      const result = render(`select 1 as x ${template}`);
      expect('sql' in result ? result.sql : '').not.toContain('1 as x 1');
    }
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('still maps data attributes', () => {
    const result = render(
      `{% set xs = [{'n': 'a'}, {'n': 'b'}] %}select '{{ xs | map(attribute='n') | join(',') }}' as x`,
    );
    expect(result).toMatchObject({ sql: "select 'a,b' as x" });
  });

  it('still reads data members and string methods', () => {
    const result = render(
      `{% set d = {'a': 'x'} %}select '{{ d.a | upper }}{{ 'b'.upper() }}' as x`,
    );
    expect(result).toMatchObject({ sql: "select 'XB' as x" });
  });

  it('refuses the members that lead to code', () => {
    expect(safeMember({}, 'constructor')).toBe(false);
    expect(safeMember(() => 1, 'toString')).toBe(false);
    expect(safeMember({}, '__proto__')).toBe(false);
    expect(safeMember({ a: 1 }, 'a')).toBe(true);
  });
});
