import { afterAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import {
  buildMacroLibrary,
  checkContract,
  detectDialect,
  renderModel,
  workerRunner,
  type RenderContext,
} from '../../src/columns/index.js';
import { compiledPolyglot, polyglotUrl, reserve } from '../../src/columns/polyglot.js';

const ctx = (over: Partial<RenderContext> = {}): RenderContext => ({
  dialect: 'snowflake',
  model: 'm',
  ...over,
});
const sqlOf = (r: ReturnType<typeof renderModel>) =>
  'sql' in r ? r.sql.trim() : `unknown: ${r.unknown}`;

describe('renderModel', () => {
  it('ref and source become quoted, reversible relation names', () => {
    const r = renderModel(
      "select * from {{ ref('orders') }} join {{ ref('pkg', 'm') }} join {{ source('s', 't') }}",
      ctx(),
    );
    expect(sqlOf(r)).toBe('select * from "ref__orders" join "ref__pkg__m" join "source__s__t"');
    expect('relations' in r && r.relations).toEqual({
      ref__orders: { kind: 'ref', name: 'orders' },
      ref__pkg__m: { kind: 'ref', name: 'm', package: 'pkg' },
      source__s__t: { kind: 'source', source: 's', table: 't' },
    });
  });
  it('two refs that sanitise alike get distinct names', () => {
    const r = renderModel("{{ ref('a-b') }} {{ ref('a_b') }}", ctx());
    expect(sqlOf(r)).toBe('"ref__a_b" "ref__a_b__2"');
  });
  it('quotes with backticks on BigQuery and sets target.type', () => {
    expect(
      sqlOf(
        renderModel(
          "{{ ref('x') }} {{ target.type }} {{ target.name }}",
          ctx({ dialect: 'bigquery' }),
        ),
      ),
    ).toBe('`ref__x` bigquery ci');
  });
  it('var: vars, then the default, else unknown', () => {
    expect(sqlOf(renderModel("{{ var('a') }}", ctx({ vars: { a: 1 } })))).toBe('1');
    expect(sqlOf(renderModel("{{ var('a', 'd') }}", ctx()))).toBe('d');
    expect(sqlOf(renderModel("{{ var('a') }}", ctx()))).toMatch(/^unknown: var\('a'\) is not set/);
  });
  it('env_var: the environment given, then the default, else unknown', () => {
    expect(sqlOf(renderModel("{{ env_var('E') }}", ctx({ env: { E: 'x' } })))).toBe('x');
    expect(sqlOf(renderModel("{{ env_var('E', 'd') }}", ctx()))).toBe('d');
    expect(sqlOf(renderModel("{{ env_var('E') }}", ctx()))).toMatch(/^unknown: env_var/);
  });
  it('config is recorded and renders nothing; config.get reads it back', () => {
    const r = renderModel(
      "{{ config(materialized='table', tags=['a']) }}{{ config.get('materialized') }}",
      ctx(),
    );
    expect(sqlOf(r)).toBe('table');
    expect('config' in r && r.config).toEqual({ materialized: 'table', tags: ['a'] });
  });
  it('is_incremental() is false', () => {
    expect(sqlOf(renderModel('a{% if is_incremental() %} b{% endif %}', ctx()))).toBe('a');
  });
  it('adapter.dispatch: the adapter implementation, then default__, then an opaque call', () => {
    const macros = buildMacroLibrary([
      {
        path: 'macros/d.sql',
        text: `{% macro f(x) %}{{ return(adapter.dispatch('f')(x)) }}{% endmacro %}
{% macro default__f(x) %}dflt({{ x }}){% endmacro %}
{% macro postgres__f(x) %}pg({{ x }}){% endmacro %}
{% macro g(x) %}{{ return(adapter.dispatch('g', 'somepkg')(x)) }}{% endmacro %}`,
      },
    ]);
    expect(sqlOf(renderModel("{{ f('a') }}", ctx({ macros })))).toBe('dflt(a)');
    expect(sqlOf(renderModel("{{ f('a') }}", ctx({ macros, dialect: 'postgres' })))).toBe('pg(a)');
    expect(sqlOf(renderModel("{{ f('a') }}", ctx({ macros, dialect: 'redshift' })))).toBe('pg(a)');
    expect(sqlOf(renderModel("{{ g('a') }}", ctx({ macros })))).toBe('somepkg__g(a)');
  });
  it('Jinja2 features nunjucks lacks: do, append, namespace, string methods, is none', () => {
    const macros = buildMacroLibrary([
      {
        path: 'macros/j.sql',
        text: `{% macro cols() %}{% set xs = [] %}{% for c in ['A', 'B'] %}{% do xs.append(c.lower() ~ '_x') %}{% endfor %}{{ return(xs) }}{% endmacro %}`,
      },
    ]);
    const tmpl = `{%- set ns = namespace(n=0) -%}{%- for c in cols() -%}{%- set ns.n = ns.n + 1 -%}{%- endfor -%}
{{ cols() | join(', ') }} {{ ns.n }} {{ '  x '.strip() }} {{ 'a,b'.split(',') | length }} {% if none is none %}none{% endif %}`;
    expect(sqlOf(renderModel(tmpl, ctx({ macros })))).toBe('a_x, b_x 2 x 2 none');
  });
  it("dict(mapping, key=value) copies the mapping, as Python's dict does", () => {
    const tmpl = `{% set d = dict({'a': 1}, b=2) %}{% set p = dict([['c', 3]], d=4) %}{{ d.a }} {{ d.b }} {{ p.c }} {{ p.d }} {{ dict(e=5).e }}`;
    expect(sqlOf(renderModel(tmpl, ctx()))).toBe('1 2 3 4 5');
    expect(sqlOf(renderModel("{{ dict('x').a }}", ctx()))).toMatch(/^unknown: dict\(\)/);
  });
  it('package macros the repository lacks become opaque, parseable calls', () => {
    expect(sqlOf(renderModel("{{ dbt_utils.star(ref('x')) }}", ctx()))).toBe(
      "dbt_utils__star('ref__x')",
    );
    expect(sqlOf(renderModel("{{ dbt.datediff('a', 'b', 'day') }}", ctx()))).toBe(
      "dbt__datediff(a, b, 'day')",
    );
    expect(
      sqlOf(renderModel('cast(x as {{ dbt.type_string() }})', ctx({ dialect: 'bigquery' }))),
    ).toBe('cast(x as STRING)');
    expect(sqlOf(renderModel("{{ pkg.f('a || b', \"it's\") }}", ctx()))).toBe(
      "pkg__f((a || b), 'it''s')",
    );
  });
  it('never guesses: undefined macros, the warehouse, compiler errors', () => {
    expect(sqlOf(renderModel('{{ nope() }}', ctx()))).toMatch(/^unknown: Jinja: .*nope/);
    expect(sqlOf(renderModel("{% set r = run_query('x') %}", ctx()))).toBe(
      'unknown: run_query() needs the warehouse',
    );
    expect(sqlOf(renderModel("{{ exceptions.raise_compiler_error('bad') }}", ctx()))).toBe(
      'unknown: the model raises a compiler error: bad',
    );
    expect(sqlOf(renderModel('{% if %}', ctx()))).toMatch(/^unknown: Jinja:/);
  });
  it('is bounded: a huge range, an endless recursion, a long output', () => {
    expect(sqlOf(renderModel('{% for i in range(100000000) %}x{% endfor %}', ctx()))).toMatch(
      /^unknown: range\(\)/,
    );
    const macros = buildMacroLibrary([
      { path: 'm.sql', text: '{% macro r(n) %}{{ r(n + 1) }}{% endmacro %}' },
    ]);
    expect(sqlOf(renderModel('{{ r(0) }}', ctx({ macros })))).toMatch(/^unknown:/);
    expect(
      sqlOf(
        renderModel(
          "{% for i in range(5000) %}{{ 'x' * 1 }}aaaaaaaaaa{% endfor %}",
          ctx({ maxChars: 1000 }),
        ),
      ),
    ).toMatch(/^unknown: rendered SQL is longer than 1000/);
  });
  it('a hostile name cannot break out of the quoted identifier', () => {
    const r = renderModel(`{{ ref('x" ; drop table y; --') }}`, ctx());
    expect(sqlOf(r)).toBe('"ref__x____drop_table_y____"');
  });
});

describe('Jinja2 loop filters: {% for x in xs if cond %}', () => {
  const render = (tmpl: string, over: Partial<RenderContext> = {}) =>
    sqlOf(renderModel(tmpl, ctx(over)));
  it('tests the condition per item, with the loop variable bound', () => {
    expect(render(`{% for x in [1, 2, 3, 4] if x % 2 == 0 %}{{ x }};{% endfor %}`)).toBe('2;4;');
    // What dbt projects write: a member of the item in the condition.
    const tmpl = `{% set bs = [{'n': 'a', 'e': ['ar']}, {'n': 'b', 'e': []}, {'n': 'c', 'e': ['ar', 'x']}] %}
{%- for b in bs if 'ar' in b.e %}select '{{ b.n }}'{% if not loop.last %} union all {% endif %}{% endfor %}`;
    expect(render(tmpl)).toBe("select 'a' union all select 'c'");
  });
  it('loop.index, loop.length, loop.first and loop.last count only the items that pass', () => {
    const tmpl = `{%- for x in [5, 0, 6, 0, 7, 0] if x -%}
{{ loop.index }}/{{ loop.length }}:{{ x }}{{ '^' if loop.first }}{{ '$' if loop.last else ',' }}
{%- endfor %}`;
    expect(render(tmpl)).toBe('1/3:5^,2/3:6,3/3:7$');
  });
  it('else runs when no item passes (or the sequence is empty), not otherwise', () => {
    const tmpl = (xs: string) => `{% for x in ${xs} if x > 5 %}{{ x }}{% else %}none{% endfor %}`;
    expect(render(tmpl('[1, 2]'))).toBe('none');
    expect(render(tmpl('[]'))).toBe('none');
    expect(render(tmpl('[1, 9]'))).toBe('9');
  });
  it('unpacks tuples, filtering on either name', () => {
    const pairs = "[['a', 1], ['', 2], ['c', 0]]";
    expect(render(`{% for k, v in ${pairs} if k %}{{ k }}={{ v }} {% endfor %}`)).toBe('a=1 c=0');
    expect(render(`{% for (k, v) in ${pairs} if v %}{{ k }}={{ v }}|{% endfor %}`)).toBe('a=1|=2|');
    expect(render(`{% for k, v in {'a': 1, 'b': 2} if v > 1 %}{{ k }}{{ v }}{% endfor %}`)).toBe(
      'b2',
    );
  });
  it('nested filtered loops; `loop` in a filter is the enclosing loop, as in Jinja2', () => {
    const tmpl = `{% for x in [1, 2, 3] if x != 2 %}[{% for y in [1, 2, 3] if y != x %}{{ x }}{{ y }}{{ ',' if not loop.last }}{% endfor %}]{% endfor %}`;
    expect(render(tmpl)).toBe('[12,13][31,32]');
    const outer = `{% for x in [1, 2] %}{% for y in [7, 8] if loop.first %}{{ x }}{{ y }}{% endfor %};{% endfor %}`;
    expect(render(outer)).toBe('1718;;');
  });
  it('keeps whitespace control, strings that look like keywords, and works inside macros', () => {
    expect(render(`a {%- for x in ['in', 'if x'] if x != 'in' -%} {{ x }} {%- endfor %}`)).toBe(
      'aif x',
    );
    const macros = buildMacroLibrary([
      {
        path: 'macros/f.sql',
        text: `{% macro cols(xs) %}{% for c in xs if not c.startswith('_') %}{{ c }}{{ ', ' if not loop.last }}{% endfor %}{% endmacro %}`,
      },
    ]);
    expect(render("select {{ cols(['a', '_b', 'c', '_d']) }}", { macros })).toBe('select a, c');
    // Unfiltered loops and an inline if in the sequence (in brackets) are left alone.
    expect(render(`{% for x in ([1] if true else [2]) %}{{ x }}{% endfor %}`)).toBe('1');
  });
  it("a missing key is Jinja2's Undefined: `in` it is false (none still fails)", () => {
    const tmpl = `{% for b in [{'n': 'a', 'e': ['ar']}, {'n': 'b'}] if 'ar' in b.e %}{{ b.n }}{% endfor %}`;
    expect(render(tmpl)).toBe('a');
    expect(render(`{{ 'x' in none }}`)).toMatch(/^unknown: Jinja:/);
  });
  it('a filter that does not evaluate still makes the model unknown', () => {
    expect(render(`{% for x in [1] if x recursive %}{{ x }}{% endfor %}`)).toMatch(/^unknown:/);
  });
});

describe("Jinja2's implicit concatenation of adjacent string literals", () => {
  const render = (tmpl: string) => sqlOf(renderModel(tmpl, ctx()));
  it('joins literals separated only by whitespace, inside expressions and statements', () => {
    expect(render(`{{ "case" " when x = 1" ' then 2 end' }}`)).toBe('case when x = 1 then 2 end');
    expect(render(`{% set s = "select a"\n  " from t" %}{{ s }}`)).toBe('select a from t');
    expect(render(`{{ ("a" "b") | upper }} {{ f if false else "c" "d" }}`)).toBe('AB cd');
    expect(render(`{{ ["x" "y", "z"] | join('-') }}`)).toBe('xy-z');
  });
  it('keeps escapes and quotes of either kind', () => {
    expect(render(`{{ "say \\"hi\\"" ' and \\'bye\\'' }}`)).toBe(`say "hi" and 'bye'`);
    expect(render(`{{ 'it"s' "it's" }}`)).toBe(`it"sit's`);
    expect(render(`{{ "a\\\\" "b" }}`)).toBe('a\\b');
  });
  it('never touches SQL text, comments or raw blocks, nor literals with an operator between', () => {
    expect(render(`select 'a' 'b', "c" "d" {{ 'e' ~ 'f' }}`)).toBe(`select 'a' 'b', "c" "d" ef`);
    expect(render(`{# {{ "a" "b" }} #}{% raw %}{{ "a" "b" }}{% endraw %}`)).toBe('{{ "a" "b" }}');
    expect(render(`{{ "}}" "x" }}`)).toBe('}}x');
    // Trailing commas are dropped outside strings only.
    expect(render(`{{ [1, 2,] | join(', )') }}{{ ', )' }}`)).toBe('1, )2, )');
  });
});

describe('vars whose value is Jinja (dbt renders them with the model context)', () => {
  const render = (tmpl: string, vars: Record<string, unknown>) =>
    sqlOf(renderModel(tmpl, ctx({ vars })));
  it('renders the value, with run_started_at a fixed instant', () => {
    const vars = { year: '{{ run_started_at.strftime("%Y") }}' };
    expect(render("{{ var('year') }} {{ var('year') | int - 1 }}", vars)).toBe('2000 1999');
    expect(render("{{ run_started_at.strftime('%Y-%m-%d %H:%M:%S %%') }}", {})).toBe(
      '2000-01-01 00:00:00 %',
    );
    // dbt's modules.pytz: run_started_at in UTC is itself; another zone is not known.
    const utc = { t: '{{ run_started_at.astimezone(modules.pytz.timezone("UTC")) }}' };
    expect(render("'{{ var('t') }}'", utc)).toBe("'2000-01-01 00:00:00+00:00'");
    expect(
      render("{{ var('t') }}", {
        t: "{{ run_started_at.astimezone(modules.pytz.timezone('Europe/Paris')) }}",
      }),
    ).toBe('unknown: run_started_at.astimezone(Europe/Paris): only UTC is known');
    // Plain values, and defaults, are never rendered (dbt renders only a set var's string).
    expect(render("{{ var('p') }} {{ var('q', '{{ 1 }}') }}", { p: 'a { b }' })).toBe(
      'a { b } {{ 1 }}',
    );
  });
  it('a var referring to another var, to target or to ref', () => {
    const vars = {
      a: "{{ var('b') }}_{{ target.name }}",
      b: "{{ 'x' ~ var('c') }}",
      c: 3,
      r: "{{ ref('other') }}",
    };
    expect(render("{{ var('a') }}", vars)).toBe('x3_ci');
    const r = renderModel("select * from {{ var('r') }}", ctx({ vars }));
    expect(sqlOf(r)).toBe('select * from "ref__other"');
    expect('relations' in r && r.relations).toEqual({ ref__other: { kind: 'ref', name: 'other' } });
  });
  it('is unknown, never raw Jinja, when the value cannot be rendered', () => {
    expect(render("{{ var('a') }}", { a: "{{ var('b') }}", b: "{{ var('a') }}" })).toBe(
      "unknown: var('a') refers to itself: a → b → a",
    );
    expect(render("{{ var('a') }}", { a: '{{ oops( }}' })).toMatch(
      /^unknown: var\('a'\) has a Jinja value that does not render: /,
    );
    expect(render("{{ var('a') }}", { a: "{{ run_query('x') }}" })).toBe(
      'unknown: run_query() needs the warehouse',
    );
    const chain: Record<string, unknown> = { v20: 'end' };
    for (let i = 0; i < 20; i++) chain[`v${i}`] = `{{ var('v${i + 1}') }}`;
    expect(render("{{ var('v0') }}", chain)).toMatch(
      /^unknown: var\('v\d+'\): vars with Jinja values nest deeper than 8$/,
    );
    expect(render("{{ var('v15') }}", chain)).toBe('end');
  });
});

describe('buildMacroLibrary', () => {
  it('splits macro blocks, skips tests and materializations, reports unclosed ones', () => {
    const lib = buildMacroLibrary([
      {
        path: 'a.sql',
        text: '{% macro a() %}A{% endmacro %}{% test t(model) %}{% macro inner() %}{% endmacro %}{% endtest %}{%- macro b(x) -%}B{%- endmacro -%}{% macro c() %}',
      },
    ]);
    expect([...lib.macros.keys()]).toEqual(['a', 'b']);
    expect(lib.problems).toEqual([{ file: 'a.sql', message: 'macro c has no {% endmacro %}' }]);
  });
});

describe('detectDialect', () => {
  it('explicit, then adapter macros, then syntax, then snowflake', () => {
    expect(detectDialect({ explicit: 'postgresql' })).toEqual({
      dialect: 'postgres',
      from: 'explicit',
    });
    expect(detectDialect({ macroNames: ['bigquery__x', 'default__x', 'y'] })).toEqual({
      dialect: 'bigquery',
      from: 'macros',
    });
    expect(
      detectDialect({ sql: ['select * from t qualify row_number() over (order by a) = 1'] })
        .dialect,
    ).toBe('snowflake');
    expect(detectDialect({ sql: ['select explode(a) from t'] }).dialect).toBe('databricks');
    expect(detectDialect({})).toEqual({ dialect: 'snowflake', from: 'default' });
  });
});

describe('checkContract', () => {
  const base = {
    enforced: true,
    columns: [
      { name: 'id', data_type: 'int' },
      { name: 'email', data_type: 'varchar' },
    ],
  };
  it('a removed or retyped column of an enforced contract is an error', () => {
    const v = checkContract('dim', base, {
      enforced: true,
      columns: [{ name: 'ID', data_type: 'bigint' }],
    });
    expect(v.map((x) => `${x.kind}:${x.column}:${x.severity}`)).toEqual([
      'retyped:id:error',
      'removed:email:error',
    ]);
  });
  it('nothing when the contract is not enforced or unchanged', () => {
    expect(
      checkContract('dim', { ...base, enforced: false }, { enforced: false, columns: [] }),
    ).toEqual([]);
    expect(checkContract('dim', base, base)).toEqual([]);
  });
  it('a declared column the SQL does not produce', () => {
    const head = {
      dialect: 'snowflake' as const,
      columns: [{ name: 'id', upstream: [], transform: 'direct' }],
      complete: true,
      incompleteReasons: [],
      rowAffecting: [],
      rowAffectingIncomplete: false,
      relations: [],
      starFrom: [],
      shape: {
        tree: '',
        skeletons: {},
        definitions: {},
        rowMentions: [],
        starRelations: [],
        grainFromSelectList: false,
      },
    };
    expect(checkContract('dim', undefined, base, head).map((x) => x.kind + ':' + x.column)).toEqual(
      ['not-produced:email'],
    );
  });
});

describe('workerRunner', () => {
  const runner = workerRunner({ timeoutMs: 20_000 });
  afterAll(() => runner.close());
  it('analyses in a worker and gives up on a model over the budget, then carries on', async () => {
    const ok = await runner.run('select a from "ref__t"', 'snowflake', {
      tables: [],
      strict: false,
    });
    expect('analysis' in ok && ok.analysis.projections.length).toBe(1);
    const union = Array.from({ length: 30 }, (_, i) => `select a from "ref__t${i}"`).join(
      ' union all ',
    );
    const tight = workerRunner({ timeoutMs: 20_000, maxSetOperations: 10 });
    expect(await tight.run(union, 'snowflake', { tables: [], strict: false })).toEqual({
      unknown: '30 set-operation branches (more than 11): analysis skipped',
    });
    await tight.close();
    const bad = await runner.run('select from where', 'snowflake', { tables: [], strict: false });
    expect('unknown' in bad && bad.unknown).toMatch(/^parse:/);
  }, 120_000);
  it('a model over the time budget is unknown (the worker is terminated)', async () => {
    const slow = workerRunner({ timeoutMs: 1 });
    const big = Array.from(
      { length: 60 },
      (_, i) => `select a${i} as a, b from "ref__t${i}" where c = ${i}`,
    ).join(' union all ');
    const r = await slow.run(big, 'snowflake', { tables: [], strict: false });
    expect(r).toEqual({ unknown: 'analysis took longer than 1 ms' });
    await slow.close();
  }, 120_000);
  it('posts requests ahead; those queued behind a timeout go to a new worker', async () => {
    const pipelined = workerRunner({ timeoutMs: 3_000, inFlight: 4 });
    const big = Array.from(
      { length: 120 },
      (_, i) => `select a${i} as a, b from "ref__t${i}" where c = ${i}`,
    ).join(' union all ');
    const none = { tables: [], strict: false as const };
    const answers = await Promise.all([
      pipelined.run('select a from "ref__x"', 'snowflake', none),
      pipelined.run(big, 'snowflake', none),
      ...Array.from({ length: 6 }, (_, i) =>
        pipelined.run(`select a${i} from "ref__y"`, 'snowflake', none),
      ),
    ]);
    await pipelined.close();
    expect(answers[1]).toEqual({ unknown: 'analysis took longer than 3000 ms' });
    for (const [i, a] of answers.entries())
      if (i !== 1) expect('analysis' in a && a.analysis.projections.length).toBe(1);
  }, 120_000);
});

describe('workerRunner: WebAssembly memory', () => {
  it('replaces a worker whose memory passed the bound, and every request is still answered', async () => {
    const none = { tables: [], strict: false as const };
    const sqls = Array.from({ length: 6 }, (_, i) => `select a${i}, b from "ref__t${i}"`);
    // every answer passes a 1-byte bound: each one retires its worker
    const recycling = workerRunner({ timeoutMs: 20_000, recycleBytes: 1, inFlight: 3 });
    const steady = workerRunner({ timeoutMs: 20_000 });
    try {
      const answers = await Promise.all(sqls.map((sql) => recycling.run(sql, 'snowflake', none)));
      const timeless = (r: Awaited<ReturnType<typeof steady.run>>) =>
        'unknown' in r ? r : { ...r, ms: undefined };
      for (const [i, sql] of sqls.entries()) {
        expect('analysis' in answers[i]! && answers[i].analysis.projections.length).toBe(2);
        expect(timeless(answers[i]!)).toEqual(timeless(await steady.run(sql, 'snowflake', none)));
      }
      expect(recycling.recycled).toBeGreaterThanOrEqual(2);
      expect(steady.recycled).toBe(0);
    } finally {
      await recycling.close();
      await steady.close();
    }
  }, 120_000);
});

describe("a project's own ref, source or is_incremental", () => {
  it('is not used: relation names stay reversible and the query is the full refresh', () => {
    const lib = buildMacroLibrary([
      {
        path: 'macros/overrides.sql',
        text:
          '{% macro is_incremental() %}{% set r = adapter.get_relation(this.database, this.schema, this.table) %}{{ return(r is not none) }}{% endmacro %}\n' +
          '{% macro source(s, t, database="prod") %}{% do return(builtins.source(s, t)) %}{% endmacro %}\n',
      },
    ]);
    const r = renderModel(
      "select a from {{ source('s', 't') }}{% if is_incremental() %} where x > 1{% endif %}",
      { dialect: 'trino', model: 'm', macros: lib, vars: {} },
    );
    expect(r).toMatchObject({ sql: 'select a from "source__s__t"' });
  });
});

describe('workerRunner: polyglot compiled once for every worker', () => {
  const readWasm = (url: string) => readFile(new URL('./polyglot_sql.wasm', url));

  it('compiles the module once per loader; nothing where it cannot be read', async () => {
    const url = polyglotUrl();
    let reads = 0;
    const read = (u: string) => {
      reads++;
      return readWasm(u);
    };
    const first = compiledPolyglot(url, read);
    expect(compiledPolyglot(url, read)).toBe(first);
    const module = await first;
    expect(module).toBeInstanceOf(
      (globalThis as unknown as { WebAssembly: { Module: new () => object } }).WebAssembly.Module,
    );
    expect(reads).toBe(1);
    expect(await compiledPolyglot('file:///nowhere/index.node.js', readWasm)).toBeUndefined();
    expect(
      await compiledPolyglot('file:///broken/index.node.js', () =>
        Promise.resolve(new Uint8Array(8)),
      ),
    ).toBeUndefined();
  });

  it('workers with and without the shared module answer alike', async () => {
    const none = { tables: [], strict: false as const };
    const sql = 'with a as (select x, y from "ref__t") select x, count(*) n from a group by x';
    const shared = workerRunner({ timeoutMs: 20_000, readWasm });
    const own = workerRunner({ timeoutMs: 20_000 });
    try {
      const [a, b] = await Promise.all([
        shared.run(sql, 'snowflake', none),
        own.run(sql, 'snowflake', none),
      ]);
      expect('analysis' in a && a.analysis.projections.length).toBe(2);
      expect({ ...a, ms: undefined }).toEqual({ ...b, ms: undefined });
    } finally {
      await Promise.all([shared.close(), own.close()]);
    }
  }, 120_000);
});

describe('workerRunner: a reserve of WebAssembly memory', () => {
  it('grows the memory once at load (every answer then passes a bound below the reserve)', async () => {
    const none = { tables: [], strict: false as const };
    const sqls = ['select a from "ref__t"', 'select b from "ref__u"'];
    const reserved = workerRunner({
      timeoutMs: 20_000,
      reserveBytes: 256 * 1024 * 1024,
      recycleBytes: 200 * 1024 * 1024,
    });
    const bare = workerRunner({
      timeoutMs: 20_000,
      reserveBytes: 0,
      recycleBytes: 200 * 1024 * 1024,
    });
    try {
      for (const runner of [reserved, bare])
        for (const sql of sqls) {
          const a = await runner.run(sql, 'snowflake', none);
          expect('analysis' in a && a.analysis.projections.length).toBe(1);
        }
      // polyglot loads with ~64 MB: only the reserved worker passes 200 MiB, after each answer
      expect(reserved.recycled).toBe(2);
      expect(bare.recycled).toBe(0);
    } finally {
      await Promise.all([reserved.close(), bare.close()]);
    }
  }, 120_000);

  it('reserve(): one malloc and its free through the exports; nothing without them', () => {
    const calls: unknown[][] = [];
    const exports = {
      __wbindgen_export: (...a: unknown[]) => (calls.push(['malloc', ...a]), 4096),
      __wbindgen_export4: (...a: unknown[]) => void calls.push(['free', ...a]),
    };
    reserve(exports, 1024);
    expect(calls).toEqual([
      ['malloc', 1024, 8],
      ['free', 4096, 1024, 8],
    ]);
    calls.length = 0;
    reserve(exports, 0);
    reserve(undefined, 1024);
    reserve({ __wbindgen_export: exports.__wbindgen_export }, 1024);
    expect(calls).toEqual([]);
    reserve({ ...exports, __wbindgen_export: () => 0 }, 1024); // out of memory: nothing to free
    expect(calls).toEqual([]);
    const throwing = () => {
      throw new Error('unreachable');
    };
    expect(() => reserve({ ...exports, __wbindgen_export: throwing }, 1024)).not.toThrow();
  });
});
