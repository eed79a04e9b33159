// The scanner over files a hostile pull request wrote: every cut is said (with its file and
// line), nothing is dropped in silence, and work stays linear. No test asserts a duration: the
// inputs are sized so that the quadratic (or worse) versions these replace would not finish
// within the test's timeout.
import { describe, expect, it } from 'vitest';
import { createScanCache, diffScans, scanRepository } from '../../src/project/index.js';
import type { CodeChange, ProjectScan } from '../../src/project/index.js';
import { sqlFingerprint } from '../../src/project/fingerprint.js';
import { fastYaml } from '../../src/project/fast-yaml.js';

const PROJECT = 'name: p\n';

function scan(files: Record<string, string>): ProjectScan {
  return scanRepository(new Map(Object.entries({ 'dbt_project.yml': PROJECT, ...files })));
}

/** Base and head scanned as a diff is (one cache), and the changes between them. */
function diff(base: Record<string, string>, head: Record<string, string>): CodeChange[] {
  const cache = createScanCache();
  const ids = (files: Record<string, string>) =>
    new Map(Object.entries(files).map(([path, text]) => [path, `${path}@${text}`]));
  const withProject = (files: Record<string, string>) => ({
    'dbt_project.yml': PROJECT,
    ...files,
  });
  const b = withProject(base);
  const h = withProject(head);
  return diffScans(
    scanRepository(new Map(Object.entries(b)), { cache, blobIds: ids(b) }),
    scanRepository(new Map(Object.entries(h)), { cache, blobIds: ids(h) }),
  );
}

const changeOf = (changes: CodeChange[], node: string) => changes.find((c) => c.node === node);

describe('a macro or var read late in a large template still reaches the model', () => {
  it('after 100,001 other expressions', () => {
    const body = '{{ 1 }}\n'.repeat(100_001) + '{{ m() }}\nselect 1';
    const changes = diff(
      { 'models/a.sql': body, 'macros/m.sql': '{% macro m() %}1{% endmacro %}' },
      { 'models/a.sql': body, 'macros/m.sql': '{% macro m() %}2{% endmacro %}' },
    );
    expect(changeOf(changes, 'model:p:a')).toMatchObject({ reasons: ['macro'], anchors: true });
  });

  it('inside a long concatenation', () => {
    const chain = (start: string) => `${start}${" ~ ''".repeat(150)}`;
    const model = `select {{ ${chain('m()')} }}, {{ ${chain("var('v')")} }}`;
    const macro = (v: number) => `{% macro m() %}${v}{% endmacro %}`;
    const changes = diff(
      { 'models/a.sql': model, 'macros/m.sql': macro(1) },
      { 'models/a.sql': model, 'macros/m.sql': macro(2) },
    );
    expect(changeOf(changes, 'model:p:a')).toMatchObject({ reasons: ['macro'], anchors: true });
    expect(scan({ 'models/a.sql': model, 'macros/m.sql': macro(1) }).nodes).toContainEqual(
      expect.objectContaining({ id: 'model:p:a', vars: ['v'] }),
    );
  });
});

describe('Jinja inside a SQL comment is code', () => {
  it('a {% set %} or ref() in a block comment changes the SQL, its text does not', () => {
    const changed = (a: string, b: string) => sqlFingerprint(a) !== sqlFingerprint(b);
    expect(
      changed(
        "/* {% set cols = ['id'] %} */ select {{ cols | join(',') }}",
        "/* {% set cols = ['id', 'ssn'] %} */ select {{ cols | join(',') }}",
      ),
    ).toBe(true);
    expect(changed("/* {{ ref('b') }} */ select 1", "/* {{ ref('c') }} */ select 1")).toBe(true);
    // the comment's text before a tag does not count; after it, it may be code: what a tag
    // renders can end the comment (a newline, a `*/`)
    expect(
      changed("/* was {{ ref('b') }} x */ select 1", "/* now {{ ref('b') }} x */ select 1"),
    ).toBe(false);
    expect(changed("-- a {{ ref('b') }} x\nselect 1", "-- {{ ref('b') }} x\nselect 1")).toBe(false);
    expect(
      changed("select 1 as a -- {{ '\\n' }} , 2 as b", "select 1 as a -- {{ '\\n' }} , 3 as b"),
    ).toBe(true);
    expect(changed("/* {{ '*/' }} , 2 as b */", "/* {{ '*/' }} , 3 as b */")).toBe(true);
    expect(changed('/* {# a #} */ select 1', '/* {# b #} */ select 1')).toBe(false);
    expect(changed('/* a */ select 1', '/* a */ select 2')).toBe(true);
  });

  it('a Python comment ends at its line, whatever it holds', () => {
    const py = (x: string) => `def model(dbt, s):\n    # see {#12}\n    return df[df.x > ${x}]\n`;
    expect(sqlFingerprint(py('1'), true)).not.toBe(sqlFingerprint(py('100'), true));
    const dict = (x: string) => `x = {# a comment\n  'k': ${x}}\n`;
    expect(sqlFingerprint(dict('1'), true)).not.toBe(sqlFingerprint(dict('2'), true));
  });

  it('a {% raw %} block is output as written, a {# in it included', () => {
    const raw = (x: string) => `{% raw %}{# ${x} #}{% endraw %} select 1`;
    expect(sqlFingerprint(raw('a'))).not.toBe(sqlFingerprint(raw('b')));
  });

  it('the diff anchors an edit of Jinja inside a block comment', () => {
    const changes = diff(
      { 'models/b.sql': 'select 1', 'models/a.sql': "/* {% set t = 'b' %} */ select 1" },
      { 'models/b.sql': 'select 1', 'models/a.sql': "/* {% set t = 'c' %} */ select 1" },
    );
    expect(changeOf(changes, 'model:p:a')).toMatchObject({ reasons: ['sql'], anchors: true });
  });
});

describe('Python models', () => {
  const py = (body: string) =>
    scan({ 'models/b.sql': 'select 1', 'models/c.sql': 'select 1', 'models/a.py': body });
  const edges = (s: ProjectScan) => s.edges.map((e) => `${e.from} -> ${e.to} :${e.line}`);

  it('reads literal refs and sources, a # inside a string is no comment', () => {
    const s = py(
      "def model(dbt, session):\n    sep = '#'\n    df = dbt.ref('b')\n    # dbt.ref('gone')\n    x = dbt.source(\"raw\", 'events')\n    y = dbt.ref(\n        'c', v=2)\n    return df\n",
    );
    expect(edges(s)).toEqual([
      'model:p:b -> model:p:a :3',
      'model:p:c -> model:p:a :6',
      'source:?:raw.events -> model:p:a :5',
    ]);
    expect(s.problems).toEqual([]);
  });

  it('says which refs it cannot read, with their lines', () => {
    const s = py(
      "def model(dbt, session):\n    name = 'b'\n    a = dbt.ref(name)\n    b = dbt.ref(name='b')\n    c = dbt.source(f'{x}', 't')\n    return dbt.ref('b')\n",
    );
    expect(edges(s)).toEqual(['model:p:b -> model:p:a :6']);
    expect(s.problems.map((p) => [p.rule, p.file, p.line])).toEqual([
      ['lineage/dynamic-ref', 'models/a.py', 3],
      ['lineage/dynamic-ref', 'models/a.py', 4],
      ['lineage/dynamic-ref', 'models/a.py', 5],
    ]);
  });
});

describe('limits that legitimate projects stay within, and those they do not', () => {
  it('a string accumulated over a thousand turns is fine', () => {
    const s = scan({
      'models/b.sql': 'select 1',
      'models/a.sql':
        "{% set ns = namespace(s='') %}{% for i in range(1000) %}{% set ns.s = ns.s ~ ', coalesce(col_' ~ i ~ ', 0) as c' ~ i %}{% endfor %}select 1 {{ ns.s }} from {{ ref('b') }}",
    });
    expect(s.problems).toEqual([]);
    expect(s.edges.map((e) => e.from)).toEqual(['model:p:b']);
  });

  it('a limit after twenty syntax errors is still said', () => {
    const s = scan({
      'models/a.sql':
        '{{ 1 + }}\n'.repeat(20) + `{{ ref('secret')${' ~ x'.repeat(250)} }}\nselect 1`,
    });
    expect(s.problems.filter((p) => p.rule === 'lineage/incomplete')).toHaveLength(1);
    expect(s.problems.filter((p) => p.rule === 'project/invalid')).toHaveLength(20);
  });

  it('a var read by every model is converted once: a diff keeps every edge', () => {
    const project = `name: p\nvars:\n  chains: [${Array.from({ length: 5_000 }, (_, i) => `"b${i}"`).join(', ')}]\n`;
    const files = new Map([
      ['dbt_project.yml', project],
      ['models/b0.sql', 'select 1'],
    ]);
    for (let i = 0; i < 1_100; i++)
      files.set(`models/m${i}.sql`, "select * from {{ ref(var('chains')[0]) }}");
    const cache = createScanCache();
    const ids = new Map([...files.keys()].map((path) => [path, path]));
    scanRepository(files, { cache, blobIds: ids });
    const head = scanRepository(files, { cache, blobIds: ids });
    expect(head.edges.filter((e) => e.from === 'model:p:b0')).toHaveLength(1_100);
    expect(head.problems).toEqual([]);
  });

  it('a var too large to read is said where it is declared, as incomplete', () => {
    const big = Array.from({ length: 1_100 }, () => `[${'1,'.repeat(999)}1]`).join(', ');
    const s = scanRepository(
      new Map([
        ['dbt_project.yml', `name: p\nversion: 1\nvars:\n  big: [${big}]\n`],
        ['models/a.sql', "select * from {{ ref(var('big')[0]) }}"],
      ]),
    );
    expect(s.problems).toContainEqual(
      expect.objectContaining({ rule: 'lineage/incomplete', file: 'dbt_project.yml', line: 3 }),
    );
  });
});

describe('limits, round two: nothing degrades in silence', () => {
  const refs = (s: ProjectScan) => s.edges.filter((e) => e.to === 'model:p:a').map((e) => e.from);
  const incomplete = (s: ProjectScan) => s.problems.filter((p) => p.rule === 'lineage/incomplete');

  it('a list grown past its limit is given up, not silently cut', () => {
    const s = scan({
      'models/b.sql': 'select 1',
      'models/a.sql':
        "{% set l = range(99999) | list %}{% do l.extend(['b', 'b']) %}{{ ref(l | last) }}",
    });
    expect(incomplete(s)).toHaveLength(1);
    expect(incomplete(s)[0]!.message).toMatch(/list longer than/);
  });

  it('a list extended by what is not known is not known at its end', () => {
    const s = scan({
      'models/b.sql': 'select 1',
      'models/a.sql': "{% set l = ['b'] %}{% do l.extend(target.names) %}{{ ref(l | last) }}",
    });
    expect(refs(s)).toEqual([]);
    expect(s.problems.map((p) => p.rule)).toEqual(['lineage/dynamic-ref']);
  });

  it('YAML nested too deeply for the reader is incomplete, not a syntax error', () => {
    const deep = '['.repeat(20_000) + ']'.repeat(20_000);
    const s = scan({ 'models/a.sql': 'select 1', 'models/schema.yml': `version: 2\nx: ${deep}\n` });
    expect(incomplete(s)).toEqual([
      expect.objectContaining({
        file: 'models/schema.yml',
        message: expect.stringMatching(/past the reader's limits \(Maximum call stack/),
      }),
    ]);
  });

  it("the whole scan's Jinja work is bounded: the models left are given up, each said", () => {
    const loop = '{% for i in range(1000) %}{% endfor %}select 1';
    const files = new Map([['dbt_project.yml', PROJECT]]);
    for (let i = 0; i < 10; i++) files.set(`models/m${i}.sql`, loop);
    const s = scanRepository(files, { jinjaSteps: 5_000 });
    const spent = s.problems.filter((p) => /work budget of the whole scan/.test(p.message));
    expect(spent.length).toBeGreaterThanOrEqual(5);
    expect(spent.every((p) => p.rule === 'lineage/incomplete')).toBe(true);
    expect(scanRepository(files).problems).toEqual([]);
  });

  it('builtins.ref is ref; escapes in a name are decoded as Python does', () => {
    const s = scan({
      'models/b.sql': 'select 1',
      'models/secret.sql': 'select 1',
      'models/a.sql': "select * from {{ builtins.ref('b') }} join {{ ref('secr\\x65t') }}",
    });
    expect(refs(s).sort()).toEqual(['model:p:b', 'model:p:secret']);
  });
});

describe('Jinja that may or may not run', () => {
  const into = (s: ProjectScan) =>
    s.edges
      .filter((e) => e.to === 'model:p:a')
      .map((e) => e.from)
      .sort();
  const models = { 'models/secret.sql': 'select 1', 'models/stg.sql': 'select 1' };

  it('a return() behind an undecided condition leaves the macro result unknown, said', () => {
    for (const early of [
      "{% do execute and return('stg') %}",
      "{{ return('stg') if execute }}",
      "{% if execute and return('stg') %}{% endif %}",
    ]) {
      const s = scan({
        ...models,
        'macros/pick.sql': `{% macro pick() %}${early}{{ return('secret') }}{% endmacro %}`,
        'models/a.sql': 'select * from {{ ref(pick()) }}',
      });
      expect(into(s)).toEqual([]);
      expect(s.problems.map((p) => p.rule)).toEqual(['lineage/dynamic-ref']);
    }
  });

  it('an autoescape block is rendered; select over unknowns is unknown', () => {
    expect(
      into(
        scan({
          ...models,
          'models/a.sql': "{% autoescape false %}{{ ref('secret') }}{% endautoescape %}",
        }),
      ),
    ).toEqual(['model:p:secret']);
    const s = scan({
      ...models,
      'models/a.sql': "{% for m in [var('x', 'secret')] | select %}{{ ref(m) }}{% endfor %}",
    });
    expect(s.problems.map((p) => p.rule)).toEqual(['lineage/dynamic-ref']);
  });

  it('break and continue end a turn, as dbt (loop controls on) does', () => {
    const s = scan({
      ...models,
      'models/a.sql':
        "{% set ns = namespace(n='x') %}{% for m in ['secret', 'stg'] %}{% set ns.n = m %}{% break %}{% endfor %}{{ ref(ns.n) }}",
    });
    expect(into(s)).toEqual(['model:p:secret']);
    const c = scan({
      ...models,
      'models/a.sql':
        "{% for m in ['skip', 'secret'] %}{% if m == 'skip' %}{% continue %}{% endif %}{{ ref(m) }}{% endfor %}",
    });
    expect(into(c)).toEqual(['model:p:secret']);
  });

  it('a dict, namespace or list changed in a branch that may not run is not known after it', () => {
    for (const model of [
      "{% set ns = namespace(m='stg') %}{% if target.name == 'prod' %}{% set ns.m = 'secret' %}{% else %}{% set ns.m = 'stg' %}{% endif %}{{ ref(ns.m) }}",
      "{% set d = {'m': 'stg'} %}{% do d.update(var('o', {})) %}{{ ref(d.get('m', 'stg')) }}",
      "{% set ns = namespace(m='stg') %}{% for n in graph.nodes %}{% set ns.m = 'secret' %}{% endfor %}{{ ref(ns.m) }}",
    ]) {
      const s = scan({ ...models, 'models/a.sql': model });
      expect(into(s)).toEqual([]);
      expect(s.problems.map((p) => p.rule)).toEqual(['lineage/dynamic-ref']);
    }
    // both branches agree: known
    const agreed = scan({
      ...models,
      'models/a.sql':
        "{% set ns = namespace(m='stg') %}{% if execute %}{% set ns.m = 'secret' %}{% else %}{% set ns.m = 'secret' %}{% endif %}{{ ref(ns.m) }}",
    });
    expect(into(agreed)).toEqual(['model:p:secret']);
  });

  it('loop controls and conditions that may not hold leave what they decide unknown', () => {
    const NS = "{% set ns = namespace(t='stg') %}";
    const unknownAfter = [
      // a break in an undecided if: the later turns may not run
      `${NS}{% for x in ['stg', 'secret'] %}{% set ns.t = x %}{% if var('u') %}{% break %}{% endif %}{% endfor %}{{ ref(ns.t) }}`,
      // a filter that is not known: each turn may not run
      `${NS}{% for x in ['secret', 'stg'] if var('u') %}{% set ns.t = x %}{% endfor %}{{ ref(ns.t) }}`,
      // a change in a ternary or after an undecided `and`
      "{% set d = {'t': 'stg'} %}{% do d.update({'t': 'secret'}) if var('u') else none %}{{ ref(d.t) }}",
      "{% set d = {'t': 'stg'} %}{% do var('u') and d.update({'t': 'secret'}) %}{{ ref(d.t) }}",
      // a loop over the unknown whose else returns
      `${NS}{% for x in var('l') %}{% set ns.t = 'secret' %}{% else %}{% set ns.t = 'stg' %}{% endfor %}{{ ref(ns.t) }}`,
    ];
    for (const model of unknownAfter) {
      const s = scan({ ...models, 'models/a.sql': model });
      expect(into(s)).toEqual([]);
      expect(s.problems.map((p) => p.rule)).toEqual(['lineage/dynamic-ref']);
    }
    // a break in the else of a loop over the unknown does not end the loop around it
    const outer = scan({
      ...models,
      'models/a.sql':
        "{% for m in ['stg', 'secret'] %}{% for x in var('l') %}{% else %}{% break %}{% endfor %}{{ ref(m) }}{% endfor %}",
    });
    expect(into(outer)).toEqual(['model:p:secret', 'model:p:stg']);
    // outside a loop, Jinja refuses it: given up, said
    const stray = scan({ ...models, 'models/a.sql': "{% break %}{{ ref('stg') }}" });
    expect(stray.problems).toEqual([
      expect.objectContaining({
        rule: 'lineage/incomplete',
        message: expect.stringMatching(/outside a loop/),
      }),
    ]);
    // int: underscores only between digits, as Python reads them
    expect(
      into(scan({ ...models, 'models/a.sql': "{{ ref(['stg', 'secret'][('1_' | int)]) }}" })),
    ).toEqual([]);
  });

  it('a list extended in branches that may not run holds every item any may add', () => {
    const s = scan({
      ...models,
      'models/a.sql':
        "{% set names = [] %}{% if var('a', false) %}{% do names.extend(['secret']) %}{% endif %}{% if var('b', false) %}{% do names.append('stg') %}{% endif %}{% for n in names %}{{ ref(n) }}{% endfor %}",
    });
    expect(into(s)).toEqual(['model:p:secret', 'model:p:stg']);
  });

  it('Python-like values: True == 1, lstrip with an argument, int of a hex string, %', () => {
    const s = scan({
      ...models,
      'models/a.sql':
        "{% if true == 1 %}{{ ref('xxsecret'.lstrip('x')) }}{% endif %}{{ ref(['secret', 'stg']['0x1' | int]) }}{{ ref(['stg', 'x', 'secret'][-1 % 3]) }}",
    });
    expect(into(s)).toEqual(['model:p:secret']);
    expect(s.problems.map((p) => p.rule)).toEqual(['lineage/dynamic-ref']);
  });

  it('a string spelled with a \\N{name} escape is not guessed', () => {
    const s = scan({
      ...models,
      'models/a.sql': "select * from {{ ref('s\\N{LATIN SMALL LETTER E}cret') }}",
    });
    expect(into(s)).toEqual([]);
    expect(s.problems.map((p) => p.rule)).toEqual(['lineage/dynamic-ref']);
  });

  it("past the whole scan's budget, the message names the files that spent it", () => {
    const files = new Map([['dbt_project.yml', PROJECT]]);
    files.set('models/a_spender.sql', '{% for i in range(4000) %}{% endfor %}select 1');
    for (let i = 0; i < 3; i++)
      files.set(`models/b${i}.sql`, '{% for i in range(1000) %}{% endfor %}select 1');
    const s = scanRepository(files, { jinjaSteps: 5_000 });
    const spent = s.problems.filter((p) => /whole scan/.test(p.message));
    expect(spent.length).toBeGreaterThan(0);
    expect(
      spent.every((p) => p.line >= 1 && /spent most by models\/a_spender\.sql/.test(p.message)),
    ).toBe(true);
  });
});

describe('Python models: strings and counts', () => {
  it('a call shown in a docstring is no call; undecidable ones past 20 are counted', () => {
    const body =
      'def model(dbt, session):\n    """Use dbt.ref(name) to read."""\n' +
      '    x = dbt.ref(n)\n'.repeat(25) +
      "    return dbt.ref('b')\n";
    const s = scan({ 'models/b.sql': 'select 1', 'models/a.py': body });
    expect(s.edges.map((e) => e.from)).toEqual(['model:p:b']);
    expect(s.problems).toHaveLength(21);
    expect(s.problems[0]!.line).toBe(3);
    expect(s.problems.filter((p) => /^and 5 more dbt\.ref\(\)/.test(p.message))).toHaveLength(1);
  });
});

describe('dbt_project.yml paths', () => {
  it('a path outside the repository is said, with its line', () => {
    const s = scanRepository(
      new Map([
        ['dbt_project.yml', 'name: p\nversion: 1\nmodel-paths: ["../models", "models"]\n'],
        ['models/a.sql', 'select 1'],
        ['sub/dbt_project.yml', 'name: q\nmacro-paths:\n  - /etc\n'],
      ]),
    );
    expect(s.projects[0]!.modelPaths).toEqual(['models']);
    expect(s.projects[1]!.macroPaths).toEqual([]);
    expect(s.problems.map((p) => [p.rule, p.file, p.line, p.message.slice(0, 40)])).toEqual([
      ['project/invalid', 'dbt_project.yml', 3, 'model-paths entry "../models" is outside'],
      ['project/invalid', 'sub/dbt_project.yml', 2, 'macro-paths entry "/etc" is outside the '],
    ]);
  });
});

describe('linear in hostile shapes', () => {
  it('a YAML `name:` line padded with thousands of spaces', () => {
    const pad = ' '.repeat(30_000);
    const s = scan({
      'models/a.sql': 'select 1',
      'models/schema.yml': `version: 2\nmodels:\n  - name: a\n    description: x\n  - name:${pad}b${pad}c"x\n`,
    });
    expect(s.nodes.find((n) => n.id === 'model:p:a')).toMatchObject({ path: 'models/a.sql' });
  });

  it('a diff of a file with 20,000 macros that gained a first line', () => {
    const macros = Array.from(
      { length: 20_000 },
      (_, i) => `{% macro m${i}() %}${i}{% endmacro %}`,
    ).join('\n');
    const changes = diff({ 'macros/all.sql': macros }, { 'macros/all.sql': `\n${macros}` });
    // moved a line down, each macro's code unchanged: nothing anchors
    expect(changes.filter((c) => c.anchors)).toEqual([]);
  });

  it('thousands of projects and unresolved refs', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 2_000; i++) files[`p${i}/dbt_project.yml`] = `name: p${i}\n`;
    files['p0/models/a.sql'] = `{% for i in range(20000) %}{{ ref('missing_' ~ i) }}{% endfor %}`;
    const s = scanRepository(new Map(Object.entries(files)));
    expect(s.edges.filter((e) => e.to === 'model:p0:a')).toHaveLength(20_000);
  });

  it('YAML with thousands of aliases is refused, not handed to a quadratic reader', () => {
    const aliases = Array.from({ length: 20_000 }, (_, i) => `    - k${i}: *a`).join('\n');
    const s = scan({
      'models/a.sql': 'select 1',
      // the tab makes the fast reader decline it
      'models/schema.yml': `version: 2\nx: &a 1\nmodels:\n  - name: a\n\tdescription: t\n    meta:\n${aliases}\n`,
    });
    expect(s.problems).toContainEqual(
      expect.objectContaining({ rule: 'lineage/incomplete', file: 'models/schema.yml', line: 1 }),
    );
    expect(s.problems[0]!.message).toMatch(/more aliases \(\*name\) than can be read/);
  });

  it('YAML the fast reader declines with a thousand aliases is still read', () => {
    const aliases = Array.from({ length: 1_050 }, (_, i) => `      k${i}: *a${i % 11}`).join('\n');
    const anchors = Array.from({ length: 11 }, (_, i) => `  a${i}: &a${i} ${i}`).join('\n');
    const yaml =
      `version: 2\nanchors:\n${anchors}\nsources:\n  - name: s\n` +
      // a tab inside a quoted string: valid YAML the fast reader leaves to the `yaml` package
      `    description: "a\tb"\n    tables:\n      - name: t\n    meta:\n${aliases}\n`;
    expect(fastYaml(yaml)).toBeUndefined();
    const s = scan({ 'models/a.sql': 'select 1', 'models/schema.yml': yaml });
    expect(s.problems).toEqual([]);
    expect(s.nodes.map((n) => n.id)).toContain('source:p:s.t');
  });

  it('a config built by nesting one namespace in itself', () => {
    const doubling = Array.from(
      { length: 30 },
      () => '{% set d = {"a": d, "b": d, "c": d} %}',
    ).join('');
    const s = scan({ 'models/a.sql': `{% set d = 1 %}${doubling}{{ config(meta=d) }}select 1` });
    expect(s.nodes.find((n) => n.id === 'model:p:a')).toBeDefined();
  });
});

describe('dbt_project.yml config keys', () => {
  it('`+__proto__` sets nothing', () => {
    const s = scanRepository(
      new Map([
        [
          'dbt_project.yml',
          'name: p\nmodels:\n  +__proto__:\n    meta: { layer: attribution }\n  +meta: { owner: x }\n',
        ],
        ['models/a.sql', 'select 1'],
      ]),
    );
    // through the prototype, `+meta` merged a layer nobody set
    expect(s.nodes.find((n) => n.id === 'model:p:a')).toMatchObject({ kind: 'model' });
    expect(s.nodes.find((n) => n.id === 'model:p:a')?.layer).toBeUndefined();
  });
});
