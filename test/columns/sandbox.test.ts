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
  ])('reaches no Function: %s', (template) => {
    const result = render(`select ${template} as x`);
    const sql = 'sql' in result ? result.sql : '';
    expect(sql).not.toContain('object');
    expect(sql).not.toMatch(/process|function/i);
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
