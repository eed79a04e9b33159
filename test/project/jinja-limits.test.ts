import { describe, expect, it } from 'vitest';
import { scanRepository } from '../../src/project/index.js';
import type { ProjectScan } from '../../src/project/index.js';

// Hostile Jinja in a pull request: every case is large enough that the evaluator without its
// limits would take minutes, exhaust the heap or overflow the stack. Each must end promptly with
// the literal edge read before the hostile part and a located problem for what was given up.

const scan = (files: Record<string, string>): ProjectScan =>
  scanRepository(
    new Map(
      Object.entries({ 'dbt_project.yml': 'name: p\n', 'models/b.sql': 'select 1', ...files }),
    ),
  );
const edges = (s: ProjectScan) => s.edges.map((e) => `${e.from} -> ${e.to}`);
const REF = "select * from {{ ref('b') }}\n";
const B_TO_A = 'model:p:b -> model:p:a';

/** The model's problems (file and line) whose message matches. */
const located = (s: ProjectScan, re: RegExp) =>
  s.problems.filter((p) => p.file === 'models/a.sql' && re.test(p.message)).map((p) => p.line);

describe('hostile Jinja: strings', () => {
  it('a string doubled past the cap is given up where it is built (no RangeError)', () => {
    const s = scan({
      'models/a.sql':
        REF + "{% set s = 'x' * 1000000 %}\n" + '{% set s = s ~ s %}'.repeat(12) + '{{ s }}',
    });
    expect(edges(s)).toEqual([B_TO_A]);
    expect(located(s, /string longer than/)).toEqual([3]);
  });

  it('filters and methods building strings are capped too', () => {
    for (const build of [
      "{{ (s * 2) | replace('a', 'bb') }}",
      '{{ [s, s, s] | join }}',
      "{{ ('x,' ~ s).replace('x', s) }}",
      '{{ (s ~ s) | upper }}',
    ]) {
      const s = scan({
        'models/a.sql': REF + "{% set s = 'a' * 600000 %}\n" + build,
      });
      expect(edges(s)).toEqual([B_TO_A]);
      expect(located(s, /string longer than|too much Jinja/)).toEqual([3]);
    }
  });
});

describe('hostile Jinja: depth', () => {
  it('a long chain of operators is a located parse problem, not a stack overflow', () => {
    const s = scan({ 'models/a.sql': REF + '{{ ' + Array(20_000).fill('1').join(' ~ ') + ' }}' });
    expect(edges(s)).toEqual([B_TO_A]);
    expect(located(s, /nested too deeply/)).toEqual([2]);
  });

  it('long attribute, filter and call chains too', () => {
    for (const chain of [
      'x' + '.a'.repeat(9999),
      'x' + ' | lower'.repeat(9999),
      'x' + '()'.repeat(9999),
      'x' + '[0]'.repeat(9999),
      'not '.repeat(9999) + 'x',
    ]) {
      const s = scan({ 'models/a.sql': REF + '{{ ' + chain + ' }}' });
      expect(edges(s)).toEqual([B_TO_A]);
      expect(located(s, /nested too deeply|cannot parse/)).toEqual([2]);
    }
  });

  it('macros recursing through deep templates end in a located abort', () => {
    const ifs = (k: number, inner: string) =>
      '{% if x %}'.repeat(k) + inner + '{% endif %}'.repeat(k);
    const fors = (k: number, inner: string) =>
      '{% for i in [1] %}'.repeat(k) + inner + '{% endfor %}'.repeat(k);
    for (const body of [
      ifs(60, '{{ m(n + 1) }}'),
      fors(60, '{{ m(n + 1) }}'),
      '{{ m(n + 1)' + " ~ 'a'".repeat(190) + ' }}',
    ]) {
      const s = scan({
        'macros/m.sql': `{% macro m(n) %}${body}{% endmacro %}`,
        'models/a.sql': REF + '{{ m(0) }}',
      });
      expect(edges(s)).toEqual([B_TO_A]);
      expect(located(s, /nested too deeply|deeper than/)).toEqual([2]);
    }
  });
});

describe('hostile Jinja: work is charged by size', () => {
  it('unique over a long list is linear', () => {
    const s = scan({
      'models/a.sql':
        REF + "{% set l = range(99999) | unique | list %}{{ ref('b' if l | length else 'c') }}",
    });
    expect(edges(s)).toEqual([B_TO_A]);
  });

  it('builtins and filters cost by the size they build', () => {
    for (const work of [
      '{% set x = range(99999) | length %}',
      '{% set x = range(99999) | sort %}',
      "{% set x = range(99999) | join(',') %}",
      '{% set x = range(99999) | unique %}',
      '{% set x = zip(range(99999), range(99999)) %}',
      '{% set x = range(1000000000) %}',
      '{% if l == l2 %}{% endif %}',
      "{% if 'b' in s %}{% endif %}",
      '{% set x = s | list %}',
      '{% set x = s.split(",") %}',
      '{{ m(s) }}',
    ]) {
      const s = scan({
        'macros/m.sql': '{% macro m(x) %}1{% endmacro %}',
        'models/a.sql':
          REF +
          "{% set l = range(99999) | list %}{% set l2 = range(99999) | list %}{% set s = 'a,' * 400000 %}\n" +
          `{% for i in range(99999) %}${work}{% endfor %}`,
      });
      expect(edges(s)).toEqual([B_TO_A]);
      // range(1000000000) is given up at once: a list that long is never built
      expect(located(s, /too much Jinja|list longer than/)).toEqual([3]);
    }
  });

  it('a loop after many sets costs each turn, not each name in scope', () => {
    const sets = Array.from({ length: 20_000 }, (_, i) => `{% set v${i} = ${i} %}`).join('');
    const s = scan({
      'models/a.sql':
        REF +
        sets +
        '\n{% for i in range(99999) %}{% if x %}{% set y = i %}{% endif %}{% endfor %}',
    });
    expect(edges(s)).toEqual([B_TO_A]);
    expect(located(s, /too much Jinja/)).toEqual([3]);
  });

  it('a cached macro result merged many times is charged and its references kept once', () => {
    const s = scan({
      'macros/m.sql':
        "{% macro m() %}{{ ref('b') }}".repeat(1) +
        "{{ ref('b') }}".repeat(1000) +
        '{% endmacro %}{% macro m2() %}' +
        '{{ m() }}'.repeat(1000) +
        '{% endmacro %}',
      'models/a.sql': REF + "{% for i in range(1000) %}{{ m2() }}{% endfor %}{{ ref('c') }}",
      'models/c.sql': 'select 1',
    });
    expect(edges(s)).toEqual([B_TO_A, 'model:p:c -> model:p:a']);
  });

  it('adapter.dispatch in a long loop over many macros does not rescan them each turn', () => {
    let macros = '';
    for (let i = 0; i < 20_000; i++) macros += `{% macro m${i}() %}{% endmacro %}\n`;
    const s = scan({
      'macros/m.sql': macros,
      'models/a.sql':
        REF + "{% for i in range(99999) %}{% set f = adapter.dispatch('zz') %}{% endfor %}",
    });
    expect(edges(s)).toEqual([B_TO_A]);
    expect(located(s, /too much Jinja/)).toEqual([2]);
  });

  it('a value shared many times over is copied, compared and kept within bounds', () => {
    const s = scan({
      'models/a.sql':
        REF +
        '{% set ns = namespace(d=1) %}{% for i in range(40) %}{% set ns.d = [ns.d, ns.d, ns.d] %}{% endfor %}' +
        "{% if ns.d == [ns.d] %}{% endif %}{{ config(meta={'d': ns.d}) }}",
    });
    expect(edges(s)).toEqual([B_TO_A]);
  });

  it('a long loop emitting text gives up on the text, not the scan', () => {
    const s = scan({
      'models/a.sql': REF + '{% for i in range(99999) %}' + 'x'.repeat(10_000) + '{% endfor %}',
    });
    expect(edges(s)).toEqual([B_TO_A]);
    expect(located(s, /too much Jinja/)).toEqual([2]);
  });
});

describe('macro results cut short by an abort are not cached', () => {
  it("a model that ran out of budget inside a macro does not lose the next model's refs", () => {
    const s = scan({
      'macros/m.sql':
        "{% macro m() %}{% for i in range(99999) %}{% endfor %}{{ ref('b') }}{% endmacro %}",
      'models/a.sql': '{% for i in range(99999) %}{% set x = 1 %}{% endfor %}{{ m() }}',
      'models/c.sql': '{{ m() }}',
    });
    expect(located(s, /too much Jinja/)).toEqual([1]);
    expect(edges(s)).toEqual(['model:p:b -> model:p:c']);
  });
});

describe('host questions are asked once a scan', () => {
  it('dispatching a new name each turn is charged (the host may scan every macro)', () => {
    let macros = '';
    for (let i = 0; i < 20_000; i++) macros += `{% macro m${i}() %}{% endmacro %}\n`;
    const s = scan({
      'macros/m.sql': macros,
      'models/a.sql':
        REF + "{% for i in range(99999) %}{% set f = adapter.dispatch('zz' ~ i) %}{% endfor %}",
    });
    expect(edges(s)).toEqual([B_TO_A]);
    expect(located(s, /too much Jinja/)).toEqual([2]);
  });

  it('a large var read in a loop is converted once and copied within bounds', () => {
    const s = scanRepository(
      new Map([
        ['dbt_project.yml', 'name: p\nvars:\n  big:\n' + '    - x\n'.repeat(40_000)],
        ['models/b.sql', 'select 1'],
        ['models/a.sql', REF + "{% for i in range(99999) %}{% set v = var('big') %}{% endfor %}"],
      ]),
    );
    expect(edges(s)).toEqual([B_TO_A]);
    expect(located(s, /too much Jinja/)).toEqual([2]);
  });
});
