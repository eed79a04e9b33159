// The renderer's blind spots (src/columns/blind-spots.ts): an edit that renders to the same
// query is cosmetic only if no branch the stubbed context hides changed.
import { describe, expect, it } from 'vitest';
import { hiddenParts, withBlindSpots } from '../../src/columns/blind-spots.js';

const cosmetic = { category: 'cosmetic' as const, reasons: ['same query'] };
const MODEL = (
  tags: string,
  filter: string,
) => `{{ config(materialized='incremental', tags=[${tags}]) }}
select id, amount from {{ ref('orders') }}
{% if is_incremental() %}
where ${filter} > (select max(updated_at) from {{ this }})
{% endif %}
`;

describe('hiddenParts', () => {
  it('takes context-dependent blocks whole, and expressions and sets that read the context', () => {
    const text = `{% set env = target.name %}select 1 as a{% if target.name == 'prod' %}, 2 as b{% else %}, 3 as b{% endif %}{% for c in ['x'] %}, {{ c }}{% endfor %} -- {{ env_var('X', 'y') }}`;
    expect(hiddenParts(text)).toEqual([
      '{% set env = target.name %}',
      "{% if target.name == 'prod' %}, 2 as b{% else %}, 3 as b{% endif %}",
      "{{ env_var('X', 'y') }}",
    ]);
    // An elif that reads the context makes the whole if-block hidden.
    expect(hiddenParts(`{% if x %}a{% elif is_incremental() %}b{% endif %}`)).toEqual([
      '{% if x %}a{% elif is_incremental() %}b{% endif %}',
    ]);
    // `target` in SQL outside Jinja is a column name, no blind spot.
    expect(hiddenParts('select target from t')).toEqual([]);
    // Blocks that do not nest: no parts can be trusted.
    expect(hiddenParts('{% if is_incremental() %}a')).toBeNull();
    expect(hiddenParts('{% if x %}a{% endfor %}')).toBeNull();
  });
});

describe('withBlindSpots', () => {
  it('keeps cosmetic when only visible code changed (a tag in config)', () => {
    const result = withBlindSpots(cosmetic, [
      [MODEL("'a'", 'updated_at'), MODEL("'a', 'b'", 'updated_at')],
    ]);
    expect(result).toBe(cosmetic);
  });

  it('is unknown when the incremental branch changed, or the file stopped nesting', () => {
    const result = withBlindSpots(cosmetic, [
      [MODEL("'a'", 'updated_at'), MODEL("'a'", 'created_at')],
    ]);
    expect(result.category).toBe('unknown');
    expect(result.reasons[0]).toContain('`is_incremental`');
    expect(
      withBlindSpots(cosmetic, [['{% if is_incremental() %}a{% endif %}', '{% if x %}']]).category,
    ).toBe('unknown');
  });

  it('looks at the changed macros too, and leaves other categories alone', () => {
    const macro = (w: string) =>
      `{% macro f() %}{% if target.name == 'prod' %}${w}{% endif %}{% endmacro %}`;
    expect(
      withBlindSpots(cosmetic, [
        ['select 1', 'select 1'],
        [macro('a'), macro('b')],
      ]).category,
    ).toBe('unknown');
    // A macro that appears (absent at the base) with a hidden branch is a change too.
    expect(withBlindSpots(cosmetic, [[undefined, macro('a')]]).category).toBe('unknown');
    const additive = { category: 'additive' as const, reasons: ['adds x'] };
    expect(withBlindSpots(additive, [[MODEL("'a'", 'a'), MODEL("'a'", 'b')]])).toBe(additive);
  });
});

describe('blind spots an adversarial review found', () => {
  const pair = (hidden: (w: string) => string) =>
    withBlindSpots(cosmetic, [[hidden('a'), hidden('b')]]).category;
  it('sees vars, aliases of the context and names that embed it', () => {
    expect(pair((w) => `select 1 {% if var('backfill', false) %}where ${w}{% endif %}`)).toBe(
      'unknown',
    );
    expect(
      pair((w) => `{% set inc = is_incremental() %}select 1 {% if inc %}where ${w} > 0{% endif %}`),
    ).toBe('unknown');
    expect(pair((w) => `select 1 {% if my_is_incremental() %}where ${w}{% endif %}`)).toBe(
      'unknown',
    );
    // A name that merely contains an alias is not it.
    expect(
      pair((w) => `{% set inc = is_incremental() %}select 1 {% if incoming %}${w}{% endif %}`),
    ).toBe('cosmetic');
  });
  it("sees config.get and config.require: they read back only the model file's own config()", () => {
    // The materialization may come from dbt_project.yml or a properties file, which the renderer
    // does not apply: the branch it renders may not be dbt's.
    const hidden = (w: string) =>
      `select 1 {% if config.get('materialized') == 'incremental' %}where ${w}{% endif %}`;
    const result = withBlindSpots(cosmetic, [[hidden('a'), hidden('b')]]);
    expect(result.category).toBe('unknown');
    expect(result.reasons[0]).toContain('`config.get`');
    expect(
      pair((w) => `{% set m = model.config.require('materialized') %}{% if m %}${w}{% endif %}`),
    ).toBe('unknown');
    // Unchanged branches on the config keep a visible edit cosmetic; `config(...)` itself is not one.
    expect(
      withBlindSpots(cosmetic, [[`${hidden('a')} -- x`, `${hidden('a')} -- y`]]).category,
    ).toBe('cosmetic');
    expect(pair((w) => `{{ config(materialized='table') }}select ${w}`)).toBe('cosmetic');
  });
});
