// The one-table SELECT traced without polyglot (src/columns/simple-select.ts), checked against
// polyglot's own analysis of the same text — the reference — on hand-written pieces and on
// generated ones: wherever the fast path answers, its answer must be polyglot's.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { RawAnalysis, RawReference } from '../../src/columns/analyze.js';
import { inProcessRunner } from '../../src/columns/polyglot.js';
import { traceSimpleSelect } from '../../src/columns/simple-select.js';

const runner = inProcessRunner();
afterAll(() => runner.close());

type Schema = { tables: { name: string; columns: { name: string; type: string }[] }[] };
const NO_SCHEMA: Schema = { tables: [] };
const schemaOf = (tables: Record<string, string[]>): Schema => ({
  tables: Object.entries(tables).map(([name, cols]) => ({
    name,
    columns: cols.map((c) => ({ name: c, type: '' })),
  })),
});

const READ = new Set(['join', 'filter', 'group', 'having', 'qualify', 'set_operation_filter']);
const ref = (r: RawReference) => [r.sourceName, r.sourceKind, r.table, r.column, r.confidence];
const byJson = (a: unknown, b: unknown) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1);

/**
 * Everything the pipeline reads of an answer, exactly: names as written, transform kinds, each
 * column's references (their order is polyglot's tree order, which nothing downstream reads),
 * the tables, and the uses of each context the pipeline reads.
 */
function exact(a: RawAnalysis) {
  return {
    projections: a.projections.map((p) => ({
      index: p.index,
      name: p.name,
      isStar: p.isStar,
      starTable: p.starTable ?? null,
      transformKind: p.transformKind,
      upstream: p.upstream.map(ref).sort(byJson),
    })),
    baseTables: a.baseTables.map((t) => [t.name, t.table]),
    relations: ((a as { relations?: { kind: string; name: string }[] }).relations ?? []).map(
      (r) => [r.kind, r.name],
    ),
    // the contexts the pipeline reads (analyze.ts): ORDER BY and window clauses change no row set
    uses: (a.columnUses ?? [])
      .filter((u) => READ.has(u.context))
      .map((u) => [u.context, u.references.map(ref).sort(byJson)])
      .sort(byJson),
  };
}

async function polyglot(sql: string, schema: Schema): Promise<RawAnalysis> {
  const r = await runner.run(sql, 'trino', { ...schema, strict: false }, 'analysis');
  if ('unknown' in r) throw new Error(`polyglot: ${r.unknown}`);
  return r.analysis;
}

async function agrees(sql: string, schema: Schema = NO_SCHEMA) {
  const mine = traceSimpleSelect(sql, 'trino', schema);
  expect(mine, `traced: ${sql}`).toBeDefined();
  expect(exact(mine!)).toEqual(exact(await polyglot(sql, schema)));
  return mine!;
}

describe('traceSimpleSelect', () => {
  it("answers as polyglot does on one-table SELECTs (the split's commonest pieces)", async () => {
    const events = schemaOf({ events: ['id', 'v', 'w', 'at', 'kind'] });
    await agrees('select id, v as value, w from events');
    await agrees('SELECT e.id, e.v AS value FROM "events" AS e WHERE e.kind = \'click\'', events);
    await agrees("select 'dune' as blockchain, 1 as version, null as x, -2 as y, id from t");
    await agrees('select cast(v as double) as v2, try_cast(w as varchar(10)) w2 from t');
    await agrees("select date_trunc('day', ts) as day, lower(to_hex(id)) as h from t");
    await agrees(
      "select case when kind = 'a' then v else w end as vw, coalesce(v, w, 0) as c from t where ts is not null and kind in ('a', 'b')",
    );
    await agrees(
      'select kind, sum(v) as total, count(id) as n, max(ts) as last from t group by kind',
    );
    await agrees(
      "select id from t where ts between date '2020-01-01' and date '2021-01-01' order by id limit 10",
    );
    await agrees('select distinct id, (v) as v from t');
    await agrees("select id, X'00ff' as magic, 2.5e3 as big from t where v <> 0 or w != 1");
    await agrees('select * from events', events);
    await agrees('select * from events_unknown');
    await agrees('select *, v + 1 as v1 from events', events);
    await agrees('select id, id as id2, v as v from events', events);
    await agrees('select cast(v as double) as v, v as raw, v + 1 as v1 from events', events);
    await agrees('select kind, count(*) as n, sum(v) as s, s / 2 as h from t group by 1');
    await agrees(
      'select id, row_number() over (partition by kind order by ts desc) as rn, sum(v) over (partition by kind) as total from t',
    );
    await agrees("select xs[1] as first, m['k'] as k from t");
    await agrees(
      'select e.id, u.name, coalesce(e.v, u.w) as vw from events e left join "users" as u on e.id = u.id and u.active where e.kind is not null',
    );
    await agrees(
      'select id, name from events join users on events.id = users.uid',
      schemaOf({ events: ['id', 'v'], users: ['uid', 'name'] }),
    );
  });

  it('declines what it does not trace, rather than guess', () => {
    const no = (sql: string, schema: Schema = NO_SCHEMA) =>
      expect(traceSimpleSelect(sql, 'trino', schema), sql).toBeUndefined();
    no('select a.x from a cross join b');
    no('select a.x from a join b using (id)');
    no('select x from a join b on a.id = b.id', schemaOf({ a: ['x'], b: ['x'] })); // ambiguous
    no('select x from a, b');
    no('select x from (select x from t) s');
    no('select x from t where y in (select y from u)');
    no(
      'select row_number() over (order by y rows between 1 preceding and current row) as r from t',
    );
    no('select transform(xs, x -> x + 1) as ys from t');
    no('select extract(year from at) as y from t');
    no('select s.a.b as f from t s'); // a struct field
    no('select array[1, 2] as xs from t');
    no('select x::int as y from t');
    no('select v + 1 as x, cast(v as double) as v from t'); // `v` before the item named so
    no("select date_trunc('day', at) as day from t group by day"); // the alias, maybe
    no('select count(*) as n, x from t group by 1'); // an aggregate's position
    no('select my_udf(x) as y from t'); // an unknown function: maybe an aggregate
    no('select lower(x) from t'); // polyglot makes up its name
    no('select x from t where q.y = 1'); // a qualifier that is not the table
    no('select missing from events', schemaOf({ events: ['id'] })); // not a known column
    no('select x from t; select y from u');
    no('select x from t qualify x > 1');
    no('select count(distinct x) as n from t');
    // found by review: each of these polyglot reads otherwise, or does not parse
    no('select T.a from t'); // a qualifier is matched as written
    no('select x.a from t "X"');
    no('select a + 1 as X, x + 1 as y from t'); // an item of another spelling is not followed
    no('select (a) from t'); // named `_col_0` by polyglot
    no('select +a as n from t');
    no('select a, sum(b) as s from t group by 1.0');
    no('select abs(a, b) as x from t'); // the wrong number of arguments
    no('select sum() as x from t');
    no('select count(a, b) as x from t');
    no('select cast(a as int, varchar) as x from t');
    no('select cast(a as int int) as x from t');
    no('select cast(a as varchar(a)) as x from t');
    for (const where of [
      'a = = b',
      'a < = b',
      'a and = b',
      'a null',
      'a not b',
      'a then b',
      'case when a then b',
      'case end = 1',
      'case when a else b end = 1',
      'a between 1',
      'a between b or c and d',
      'a in (b, c, )',
      'and = 1',
    ])
      no(`select a from t where ${where}`);
    no('select current_catalog from t');
    no('select a from t temp');
    no('select a from t key');
    no('select a from t order by a nulls foo');
    no('select a from t order by a nulls first desc');
    no('select cast(sum(a) as int) as s, b from t group by 1'); // an aggregate's position
  });

  it('follows polyglot on generated one-table SELECTs, or declines', async () => {
    const columns = ['a', 'b', 'c', 'Mixed', 'day'];
    const column = fc.oneof(
      fc.constantFrom(...columns),
      fc.constantFrom(...columns).map((c) => `t.${c}`),
      fc.constantFrom(...columns).map((c) => `"${c}"`),
    );
    const literal = fc.constantFrom(
      "'x'",
      '1',
      '2.5',
      'null',
      'true',
      "X'ab'",
      "date '2020-01-01'",
    );
    const leaf = fc.oneof(column, column, literal);
    // values and conditions apart, as SQL has them: a condition only where one belongs
    const { e: expr, p: pred } = fc.letrec<{ e: string; p: string }>((tie) => ({
      e: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc
          .tuple(tie('e'), fc.constantFrom('+', '-', '*', '||'), tie('e'))
          .map(([x, op, y]) => `${x} ${op} ${y}`),
        tie('e').map((x) => `(${x})`),
        fc
          .tuple(
            fc.constantFrom('lower', 'coalesce', 'concat', 'abs', 'sum', 'max', 'count'),
            tie('e'),
          )
          .map(([f, x]) => `${f}(${x})`),
        tie('e').map((x) => `cast(${x} as varchar)`),
        fc
          .tuple(tie('p'), tie('e'), tie('e'))
          .map(([w, x, y]) => `case when ${w} then ${x} else ${y} end`),
        fc.tuple(tie('e'), tie('e')).map(([x, y]) => `max_by(${x}, ${y})`),
        tie('e').map((x) => `date_trunc('day', ${x})`),
        fc.constantFrom(...columns).map((c) => `${c}[1]`),
        fc.constant('count(*)'),
        fc
          .tuple(
            fc.constantFrom('row_number()', 'sum(a)', 'lag(b)', 'max(c)'),
            fc.constantFrom(
              'partition by a',
              'order by b desc',
              'partition by a, c order by b nulls last',
              '',
            ),
          )
          .map(([f, w]) => `${f} over (${w})`),
      ),
      p: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc
          .tuple(tie('e'), fc.constantFrom('=', '<>', '<', '>=', '!='), tie('e'))
          .map(([x, op, y]) => `${x} ${op} ${y}`),
        fc
          .tuple(
            tie('e'),
            fc.constantFrom('is null', 'is not null', "in ('x', 1)", 'between 1 and 2'),
          )
          .map(([x, p]) => `${x} ${p}`),
        fc
          .tuple(tie('p'), fc.constantFrom('and', 'or', 'and not'), tie('p'))
          .map(([x, op, y]) => `${x} ${op} ${y}`),
        tie('p').map((x) => `(${x})`),
      ),
    }));
    const item = fc.oneof(
      { arbitrary: column, weight: 3 },
      { arbitrary: fc.constant('*'), weight: 1 },
      {
        arbitrary: fc
          .tuple(expr, fc.constantFrom('', 'as '), fc.constantFrom('o1', 'o2', 'a', 'day', '"Out"'))
          .map(([e, as, name]) => `${e} ${as}${name}`),
        weight: 3,
      },
    );
    const query = fc
      .tuple(
        fc.array(item, { minLength: 1, maxLength: 4 }),
        fc.option(pred, { nil: undefined }),
        fc.option(
          fc.array(fc.oneof(column, fc.constantFrom('1', '2', '3')), {
            minLength: 1,
            maxLength: 2,
          }),
          { nil: undefined },
        ),
        fc.boolean(),
        fc.boolean(),
        fc.option(fc.constantFrom(' order by a desc', ' limit 5', ' order by 1 limit 2'), {
          nil: '',
        }),
      )
      .map(([items, where, group, distinct, alias, tail]) =>
        `select ${distinct ? 'distinct ' : ''}${items.join(', ')} from ${alias ? 'tbl t' : 'tbl'}${
          where ? ` where ${where}` : ''
        }${group ? ` group by ${group.join(', ')}` : ''}${tail}`.replace(
          /\bt\./g,
          alias ? 't.' : 'tbl.',
        ),
      );
    const schema = fc.constantFrom(NO_SCHEMA, schemaOf({ tbl: columns }));
    let traced = 0;
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(query, schema, async (sql, s) => {
        runs++;
        const mine = traceSimpleSelect(sql, 'trino', s);
        if (!mine) return;
        traced++;
        const r = await runner.run(sql, 'trino', { ...s, strict: false }, 'analysis');
        // where polyglot cannot analyse a text, the fast path must not answer it either
        expect('unknown' in r ? r.unknown : undefined, sql).toBeUndefined();
        if ('unknown' in r) return;
        expect(exact(mine), sql).toEqual(exact(r.analysis));
      }),
      {
        numRuns: Number(process.env.SIMPLE_SELECT_RUNS ?? 1000),
        seed: Number(process.env.SIMPLE_SELECT_SEED ?? 7),
      },
    );
    // the generator must reach the fast path, not only its refusals
    expect(traced, `${traced} of ${runs} traced`).toBeGreaterThan(runs / 25);
  });

  it('follows polyglot on generated joins of two tables, or declines', async () => {
    // `l` and `r` share `id` and `k`; a column may be qualified or not, a table aliased or not
    const lcols = ['id', 'k', 'a', 'b'];
    const rcols = ['id', 'k', 'c'];
    const query = fc
      .tuple(
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom('join', 'inner join', 'left join', 'left outer join', 'full join'),
        fc.array(
          fc.tuple(
            fc.constantFrom('l.', 'r.', ''),
            fc.constantFrom(...lcols, ...rcols),
            fc.constantFrom('', ' as o1', ' o2', ' as k'),
            fc.constantFrom('', 'sum', 'coalesce', 'lower'),
          ),
          { minLength: 1, maxLength: 4 },
        ),
        fc.constantFrom('l.id = r.id', 'l.id = r.id and l.k = r.k', 'a = c', 'l.a = r.c or b > 1'),
        fc.option(fc.constantFrom('a > 1', 'l.k is not null', "c = 'x'", 'id = 1'), {
          nil: undefined,
        }),
        fc.option(fc.constantFrom('l.k', 'a', 'c', 'k'), { nil: undefined }),
      )
      .map(([la, ra, join, items, on, where, group]) => {
        const lq = la ? 'lx' : 'l_table';
        const rq = ra ? 'rx' : 'r_table';
        const q = (text: string) => text.replace(/\bl\./g, `${lq}.`).replace(/\br\./g, `${rq}.`);
        const list = items.map(([qual, col, name, f]) => {
          const ref = `${qual}${col}`;
          const expr = f ? `${f}(${ref})` : ref;
          return `${expr}${f && !name ? ' as o3' : name}`;
        });
        return q(
          `select ${list.join(', ')} from l_table${la ? ' lx' : ''} ${join} r_table${ra ? ' as rx' : ''} on ${on}${
            where ? ` where ${where}` : ''
          }${group ? ` group by ${group}` : ''}`,
        );
      });
    const schema = fc.constantFrom(
      NO_SCHEMA,
      schemaOf({ l_table: lcols }),
      schemaOf({ r_table: rcols }),
      schemaOf({ l_table: lcols, r_table: rcols }),
    );
    let traced = 0;
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(query, schema, async (sql, s) => {
        runs++;
        const mine = traceSimpleSelect(sql, 'trino', s);
        if (!mine) return;
        traced++;
        const r = await runner.run(sql, 'trino', { ...s, strict: false }, 'analysis');
        expect('unknown' in r ? r.unknown : undefined, sql).toBeUndefined();
        if ('unknown' in r) return;
        expect(exact(mine), sql).toEqual(exact(r.analysis));
      }),
      {
        numRuns: Number(process.env.SIMPLE_SELECT_RUNS ?? 1000),
        seed: Number(process.env.SIMPLE_SELECT_SEED ?? 7),
      },
    );
    // most generated joins are ambiguous on purpose; some must still be traced
    expect(traced, `${traced} of ${runs} traced`).toBeGreaterThan(runs / 50);
  });
});
