import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { diffScans, scanRepository } from '../../src/project/index.js';
import type { ProjectScan } from '../../src/project/index.js';
import { loadTree } from './load.js';

const MONO = fileURLToPath(new URL('../fixtures/projects/mono', import.meta.url));

const edgeList = (scan: ProjectScan) =>
  scan.edges.map((e) => `${e.from} -> ${e.to} [${e.provenance.join(',')}] ${e.file}:${e.line}`);

describe('scanRepository on the mono fixture', () => {
  const files = loadTree(MONO);
  const scan = scanRepository(files);

  it('finds every project, skipping dbt_packages', () => {
    expect(scan.projects.map((p) => [p.name, p.root])).toEqual([
      ['shop', ''],
      ['finance', 'finance'],
      ['ops', 'ops'],
    ]);
  });

  it('gives exactly the expected edges, with provenance and location', () => {
    expect(edgeList(scan)).toEqual([
      'model:?:customers -> model:ops:ops_report [sql] ops/models/ops_report.sql:1',
      'model:finance:customers -> model:finance:revenue [sql] finance/models/revenue.sql:1',
      'model:shop:customers -> exposure:shop:weekly_report [sql] models/marts/marts.yml:19',
      'model:shop:orders -> exposure:shop:weekly_report [sql] models/marts/marts.yml:19',
      // ref('pkg', 'm')
      'model:shop:orders -> model:finance:customers [sql] finance/models/customers.sql:1',
      // a source naming another project's model (schema + alias)
      'model:shop:orders -> model:finance:revenue [linked-source] finance/models/revenue.sql:2',
      // decidable {% if var('region') == 'eu' %}: only the taken branch
      'model:shop:orders -> model:shop:by_region [sql] models/marts/by_region.sql:6',
      // python dbt.ref, a commented-out one ignored
      'model:shop:orders -> model:shop:scored [sql] models/marts/scored.py:4',
      // {% for %} over a {% set %} list
      'model:shop:stg_customers -> model:shop:by_region [jinja] models/marts/by_region.sql:3',
      'model:shop:stg_customers -> model:shop:customers [sql] models/marts/customers.sql:1',
      // inside a SQL comment: dbt renders it, so it is a dependency
      'model:shop:stg_customers -> model:shop:orders [sql] models/marts/orders.sql:5',
      'model:shop:stg_orders -> model:shop:by_region [jinja] models/marts/by_region.sql:3',
      'model:shop:stg_orders -> model:shop:dynamic [sql] models/marts/dynamic.sql:1',
      // through a project macro, its default argument bound
      'model:shop:stg_orders -> model:shop:order_union [macro] models/marts/order_union.sql:1',
      // ~ concatenation of a {% set %} string
      'model:shop:stg_orders -> model:shop:orders [jinja] models/marts/orders.sql:3',
      'model:shop:stg_orders -> model:shop:versioned_v1 [sql] models/marts/versioned_v1.sql:1',
      'model:shop:stg_orders -> model:shop:versioned_v2 [sql] models/marts/versioned_v2.sql:1',
      'model:shop:stg_orders -> snapshot:shop:orders_snapshot [sql] snapshots/orders_snapshot.sql:3',
      'model:shop:stg_payments -> model:shop:order_union [macro] models/marts/order_union.sql:1',
      // + concatenation
      'model:shop:stg_payments -> model:shop:orders [jinja] models/marts/orders.sql:4',
      // ref('versioned', v=1) and ref('versioned') → latest_version 2
      'model:shop:versioned_v1 -> model:shop:uses_version [sql] models/marts/uses_version.sql:1',
      'model:shop:versioned_v2 -> model:shop:uses_version [sql] models/marts/uses_version.sql:1',
      'seed:shop:raw_customers -> model:shop:stg_customers [sql] models/staging/stg_customers.sql:1',
      'source:finance:shop_marts.orders -> model:finance:revenue [sql] finance/models/revenue.sql:2',
      'source:shop:raw.orders -> model:shop:stg_orders [sql] models/staging/stg_orders.sql:1',
      'source:shop:raw.payments -> model:shop:scored [sql] models/marts/scored.py:5',
      'source:shop:raw.payments -> model:shop:stg_payments [sql] models/staging/stg_payments.sql:2',
    ]);
  });

  it('reports what it cannot decide or resolve, with file and line', () => {
    expect(scan.problems.map((p) => [p.rule, p.file, p.line])).toEqual([
      ['lineage/dynamic-ref', 'models/marts/dynamic.sql', 3],
      ['lineage/ambiguous-ref', 'ops/models/ops_report.sql', 1],
    ]);
  });

  it('leaves disabled models out and names collisions project:name only', () => {
    const ids = scan.nodes.map((n) => n.id);
    expect(ids).not.toContain('model:shop:off');
    expect(ids).not.toContain('model:shop:old');
    expect(ids.some((id) => id.includes('ignored'))).toBe(false);
    expect(ids.some((id) => id.includes('not_a_dependency'))).toBe(false);
    const display = Object.fromEntries(scan.nodes.map((n) => [n.id, n.display]));
    expect(display['model:shop:customers']).toBe('shop:customers');
    expect(display['model:finance:customers']).toBe('finance:customers');
    expect(display['model:shop:orders']).toBe('orders');
    expect(display['source:shop:raw.orders']).toBe('raw.orders');
  });

  it('records macros called (chains, dispatch), vars read, layers, contracts', () => {
    const node = (id: string) => scan.nodes.find((n) => n.id === id)!;
    expect(node('model:shop:orders').macros).toEqual([
      'macro:shop:default__limit_rows',
      'macro:shop:money',
      'macro:shop:snowflake__limit_rows',
    ]);
    expect(node('macro:shop:money').macros).toEqual(['macro:shop:cents_to_dollars']);
    expect(node('model:shop:orders').vars).toEqual(['threshold']);
    expect(node('model:shop:by_region').vars).toEqual(['region']);
    expect(node('model:shop:orders').layer).toBe('reporting');
    expect(node('model:shop:orders').contract).toBe(true);
    expect(node('model:shop:scored').language).toBe('python');
    expect(node('snapshot:shop:orders_snapshot').kind).toBe('snapshot');
    expect(node('model:shop:orders').schema).toBe('marts');
  });

  it('is deterministic whatever the input order', () => {
    const reversed = new Map([...files].reverse());
    expect(scanRepository(reversed)).toEqual(scan);
  });
});

describe('diffScans on edits of the mono fixture', () => {
  const files = loadTree(MONO);
  const base = scanRepository(files);
  const edit = (changes: Record<string, string | null>) => {
    const next = new Map(files);
    for (const [p, t] of Object.entries(changes)) {
      if (t === null) next.delete(p);
      else next.set(p, t);
    }
    return diffScans(base, scanRepository(next));
  };
  const summary = (changes: ReturnType<typeof diffScans>) =>
    changes.map((c) =>
      [c.node, c.kind, c.reasons.join(','), c.anchors ? 'anchors' : ''].filter(Boolean).join(' '),
    );

  it('nothing changed: no change', () => {
    expect(diffScans(base, scanRepository(files))).toEqual([]);
  });

  it('a comment-only or whitespace-only edit is sql-format and anchors nothing', () => {
    const text = files.get('models/staging/stg_orders.sql')!;
    expect(
      summary(
        edit({
          'models/staging/stg_orders.sql': `-- a note\n${text.replace(' from ', '\n   from ')}{# jinja note #}\n/* block */`,
        }),
      ),
    ).toEqual(['model:shop:stg_orders modified sql-format']);
  });

  it('a string literal edit is sql', () => {
    const path = 'models/marts/versioned_v1.sql';
    expect(summary(edit({ [path]: files.get(path)!.replace('1 as id', "'1' as id") }))).toEqual([
      'model:shop:versioned_v1 modified sql anchors',
    ]);
  });

  it('a macro edit reaches exactly its callers, directly or through other macros', () => {
    const path = 'macros/helpers.sql';
    const changes = edit({ [path]: files.get(path)!.replace('/ 100', '/ 100.0') });
    expect(summary(changes)).toEqual([
      'macro:shop:cents_to_dollars modified sql',
      'model:shop:orders modified macro anchors',
    ]);
    expect(changes[1]!.macros).toEqual(['cents_to_dollars']);
  });

  it('a macro change with no caller is reported and anchors nothing', () => {
    const path = 'macros/helpers.sql';
    expect(summary(edit({ [path]: files.get(path)!.replace('select 1', 'select 2') }))).toEqual([
      'macro:shop:unused_helper modified sql',
    ]);
  });

  it('a var change reaches the models that read it', () => {
    const path = 'dbt_project.yml';
    const changes = edit({ [path]: files.get(path)!.replace('threshold: 3', 'threshold: 4') });
    expect(summary(changes)).toEqual(['model:shop:orders modified var anchors']);
    expect(changes[0]!.vars).toEqual(['threshold']);
  });

  it('seed content, contract, config and docs changes', () => {
    const yml = files.get('models/marts/marts.yml')!;
    expect(summary(edit({ 'seeds/raw_customers.csv': 'id,name\n1,ann\n' }))).toEqual([
      'seed:shop:raw_customers modified seed anchors',
    ]);
    expect(
      summary(
        edit({ 'models/marts/marts.yml': yml.replace('data_type: numeric', 'data_type: float') }),
      ),
    ).toEqual(['model:shop:orders modified contract anchors']);
    expect(
      summary(edit({ 'models/marts/marts.yml': yml.replace('One row per order.', 'Orders.') })),
    ).toEqual(['model:shop:orders modified docs']);
    const project = files.get('dbt_project.yml')!;
    const changes = summary(
      edit({ 'dbt_project.yml': project.replace('+schema: marts', '+schema: mart') }),
    );
    expect(changes).toContain('model:shop:orders modified config anchors');
    expect(changes).toContain('model:shop:customers modified config anchors');
    expect(changes).not.toContain('model:shop:stg_orders modified config anchors');
  });

  it('enabling a disabled model is an addition; removing a file a removal', () => {
    const off = files.get('models/marts/off.sql')!;
    expect(
      summary(
        edit({
          'models/marts/off.sql': off.replace('enabled=false', 'enabled=true'),
          'models/marts/dynamic.sql': null,
        }),
      ),
    ).toEqual(['model:shop:dynamic removed anchors', 'model:shop:off added anchors']);
  });

  it('a rename by content is a move, anchoring nothing', () => {
    const next = new Map(files);
    next.set('models/marts/kept/customers.sql', next.get('models/marts/customers.sql')!);
    next.delete('models/marts/customers.sql');
    const changes = diffScans(
      base,
      scanRepository(next),
      new Map([['models/marts/customers.sql', 'models/marts/kept/customers.sql']]),
    );
    expect(summary(changes)).toEqual(['model:shop:customers moved']);
  });
});

describe('hostile input', () => {
  const project = 'name: p\n';
  const scanOne = (sql: string) =>
    scanRepository(
      new Map([
        ['dbt_project.yml', project],
        ['models/m.sql', sql],
      ]),
    );

  it('deep nesting, unbalanced tags and odd expressions end in problems, not throws', () => {
    const deep = '{% if true %}'.repeat(5000) + "{{ ref('x') }}" + '{% endif %}'.repeat(5000);
    const parens = '{{ ' + '('.repeat(100_000) + " ref('x') " + ')'.repeat(100_000) + ' }}';
    for (const sql of [
      deep,
      parens,
      '{% endif %}{% for %}{{ }}{% set %}{% macro %}',
      '{{ ref(',
      '{# never closed',
      "{{ ref('a' ~ ) }} {{ [1,2,,] }} {{ {'a': } }} {% for x in y if %}",
      '{% set x = [] %}{% for i in range(100000) %}{% do x.append(i) %}{% endfor %}{{ ref(x|length) }}',
      '{% macro m(n) %}{{ m(n + 1) }}{% endmacro %}{{ m(0) }}',
    ]) {
      const scan = scanOne(sql);
      expect(Array.isArray(scan.problems)).toBe(true);
    }
    expect(scanOne(deep).problems.some((p) => /deeper/.test(p.message))).toBe(true);
    expect(
      scanOne('{% macro m(n) %}{{ m(n + 1) }}{% endmacro %}{{ m(0) }}').problems.length,
    ).toBeGreaterThan(0);
  });

  it('invalid YAML and a nameless project are located problems', () => {
    const scan = scanRepository(
      new Map([
        ['a/dbt_project.yml', 'models: ['],
        ['b/dbt_project.yml', 'name: b\n'],
        ['b/models/x.yml', 'models:\n  - name: [unclosed\n'],
      ]),
    );
    expect(scan.problems.map((p) => [p.rule, p.file])).toEqual([
      ['project/invalid', 'a/dbt_project.yml'],
      ['project/invalid', 'a/dbt_project.yml'],
      ['project/invalid', 'a/dbt_project.yml'],
      ['project/invalid', 'b/models/x.yml'],
    ]);
  });
});

describe('macro results are cached per arguments, never shared mutably', () => {
  it("a model mutating a macro's result does not change what the next model gets", () => {
    const scan = scanRepository(
      new Map([
        ['dbt_project.yml', 'name: p\n'],
        ['macros/cfg.sql', "{% macro cfg() %}{{ return({'t': 'a'}) }}{% endmacro %}"],
        ['models/a.sql', 'select 1'],
        ['models/b.sql', 'select 1'],
        [
          'models/m1.sql',
          "{% set d = cfg() %}{% do d.update({'t': 'b'}) %}select * from {{ ref(d.t) }}",
        ],
        ['models/m2.sql', '{% set d = cfg() %}select * from {{ ref(d.t) }}'],
      ]),
    );
    expect(edgeList(scan)).toEqual([
      'model:p:a -> model:p:m2 [jinja] models/m2.sql:1',
      'model:p:b -> model:p:m1 [jinja] models/m1.sql:1',
    ]);
  });
});
