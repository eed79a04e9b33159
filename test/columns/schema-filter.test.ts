// The schema handed to polyglot is cut to what a piece of SQL names (schemaNamedIn): checked
// against polyglot's answer with the whole schema, on hand-written queries and generated joins.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { RawAnalysis } from '../../src/columns/analyze.js';
import { normalAnalysis } from './normal-analysis.js';
import type { Dialect } from '../../src/columns/types.js';
import { analyzeQuery, inProcessRunner, schemaNamedIn } from '../../src/columns/polyglot.js';

const runner = inProcessRunner({ maxSetOperations: 400 });
afterAll(() => runner.close());

type Tables = Parameters<typeof schemaNamedIn>[1];
const table = (name: string, columns: string[]) => ({
  name,
  columns: columns.map((c) => ({ name: c, type: '' })),
});
const filler = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}_${i}`);

/** Three wide upstream tables sharing some column names (id, k, amount). */
const WIDE: Tables = [
  table('t1', ['id', 'k', 'amount', 'gclid', ...filler('a', 60)]),
  table('t2', ['id', 'k', 'amount', 'fbclid', ...filler('b', 60)]),
  table('t3', ['id', 'z', 'Mixed_Case', 'has space', ...filler('c', 60)]),
];

const normal = (a: RawAnalysis) => normalAnalysis(a);

async function compare(sql: string, tables: Tables = WIDE, dialect: Dialect = 'snowflake') {
  const full = await runner.run(sql, dialect, { tables, strict: false }, 'analysis');
  const cut = await runner.run(sql, dialect, schemaNamedIn(sql, tables, dialect), 'analysis');
  if ('unknown' in full) throw new Error(`${sql}: ${full.unknown}`);
  if ('unknown' in cut) throw new Error(`${sql} (cut schema): ${cut.unknown}`);
  return { full: normal(full.analysis), cut: normal(cut.analysis) };
}

describe('schemaNamedIn', () => {
  it('keeps the tables the text names and, of each, the columns it names', () => {
    const s = schemaNamedIn('select T1.gclid, k from t1 join t3 using (id)', WIDE);
    expect(s.tables.map((t) => [t.name, t.columns.map((c) => c.name)])).toEqual([
      ['t1', ['id', 'k', 'gclid']],
      // of t3's plain identifiers only id is named (in any case); 'has space' is not plain
      ['t3', ['id', 'has space']],
    ]);
  });

  it('keeps every column where polyglot expands them itself: a star, a natural join', () => {
    for (const sql of [
      'select * from t1',
      'select t1.* from t1',
      'select count(*) from t1',
      'select k from t1 natural join t2',
      // DuckDB's FROM-first query: a `select *` with no `*`
      'from t1',
      'select x.k from (from t1) as x',
      'with c as materialized (from t1 where k > 0) select c.k from c',
      'select k from t2 union all by name from t1',
    ])
      expect(schemaNamedIn(sql, WIDE).tables[0]).toBe(WIDE[0]);
  });

  it('a table none of whose columns is named keeps one, to stay a table of known columns', () => {
    const s = schemaNamedIn('select 1 as one from t2', WIDE);
    expect(s.tables).toEqual([table('t2', ['id'])]);
  });

  it('a FROM after a select list or inside a call is not a FROM-first query', () => {
    for (const sql of [
      'select k\nfrom t1 where k is not distinct from 0',
      'select extract(year from k) from t1',
    ])
      expect(schemaNamedIn(sql, WIDE).tables[0]!.columns.map((c) => c.name)).toEqual(['k']);
  });

  it('keeps every column in DuckDB (a FROM-first query after any `)`) and under pipe syntax', () => {
    const hidden = 'with c as (select 1 as one) from t1 join c on true';
    expect(schemaNamedIn(hidden, WIDE, 'duckdb').tables[0]).toBe(WIDE[0]);
    expect(schemaNamedIn('select k from t1 |> where k > 0', WIDE, 'bigquery').tables[0]).toBe(
      WIDE[0],
    );
    // the same text in another dialect is cut (there it is not a query polyglot expands)
    expect(schemaNamedIn('select k from t1', WIDE, 'snowflake').tables[0]).not.toBe(WIDE[0]);
  });

  it('is nothing when no table is named', () => {
    expect(schemaNamedIn('select 1', WIDE)).toEqual({ tables: [], strict: false });
  });
});

describe('the cut schema against the whole schema (polyglot answers alike)', () => {
  it.each([
    [
      'unqualified columns across a join',
      'select gclid, fbclid, z from t1 join t2 on t1.id = t2.id join t3 on t3.id = t1.id',
    ],
    ['an ambiguous unqualified column', 'select amount from t1 join t2 on t1.id = t2.id'],
    ['a column no table has', 'select nowhere_col, gclid from t1 join t2 on t1.id = t2.id'],
    ['USING', 'select id, k, fbclid from t1 join t2 using (id, k)'],
    ['a star and a qualified star', 'select t1.*, t2.fbclid from t1 join t2 on t1.k = t2.k'],
    ['count(*) beside columns', 'select k, count(*) as n from t1 group by k'],
    ['a natural join', 'select k, gclid from t1 natural join t2'],
    [
      'filters, grouping, windows',
      'select k, sum(amount) over (partition by k order by a_3) as s from t1 where a_1 > 0 qualify row_number() over (partition by k order by a_2) = 1',
    ],
    [
      'a subquery and a CTE',
      'with c as (select id, gclid from t1 where a_5 is not null) select c.gclid, (select max(b_1) from t2 where t2.id = c.id) as m from c',
    ],
    ['quoted and mixed-case names', 'select "Mixed_Case", "has space", z from t3'],
    ['a table named but no column of it', 'select t1.gclid from t1 join t2 on true'],
    [
      'a column named only as part of a longer word',
      'select a_10 from t1 join t2 on t1.id = t2.id where b_1 = 0',
    ],
  ])('%s', async (_label, sql) => {
    const { full, cut } = await compare(sql);
    expect(cut).toEqual(full);
  });

  // DuckDB's FROM-first query (no SELECT) is a `select *` with no `*` in its text
  it.each([
    ['a FROM-first query', 'from t1'],
    ['a FROM-first query with a filter', 'from t1 where k > 0'],
    ['a FROM-first join', 'from t1 join t2 using (id)'],
    ['FROM-first queries unioned by name', 'from t1 union by name from t2'],
  ])('%s (duckdb)', async (_label, sql) => {
    const { full, cut } = await compare(sql, WIDE, 'duckdb');
    expect(cut).toEqual(full);
  });

  it('a FROM-first CTE keeps its columns for the query split (duckdb)', async () => {
    const r = await analyzeQuery(
      'with c as (from t1) select c.gclid from c',
      'duckdb',
      { tables: WIDE, strict: false },
      runner,
    );
    if ('unknown' in r) throw new Error(r.unknown);
    expect(
      r.analysis.projections.map((p) => p.upstream.map((u) => `${u.table}.${u.column}`)),
    ).toEqual([['t1.gclid']]);
  });

  it('on generated joins of overlapping tables, unqualified and qualified columns', async () => {
    const columnPool = ['id', 'k', 'amount', 'gclid', 'fbclid', 'z', 'a_1', 'b_1', 'c_1', 'nope'];
    const tablesArb = fc.uniqueArray(fc.constantFrom('t1', 't2', 't3'), {
      minLength: 1,
      maxLength: 3,
    });
    const queryArb = tablesArb.chain((ts) =>
      fc.record({
        ts: fc.constant(ts),
        picks: fc.array(
          fc.record({
            col: fc.constantFrom(...columnPool),
            qualify: fc.option(fc.constantFrom(...ts), { nil: undefined }),
          }),
          { minLength: 1, maxLength: 5 },
        ),
        where: fc.option(fc.constantFrom(...columnPool), { nil: undefined }),
      }),
    );
    await fc.assert(
      fc.asyncProperty(queryArb, async ({ ts, picks, where }) => {
        const select = picks
          .map((p, i) => `${p.qualify ? `${p.qualify}.` : ''}${p.col} as o${i}`)
          .join(', ');
        const from = ts
          .map((t, i) => (i === 0 ? t : `join ${t} on ${ts[0]}.id = ${t}.id`))
          .join(' ');
        const sql = `select ${select} from ${from}${where ? ` where ${where} > 0` : ''}`;
        const { full, cut } = await compare(sql);
        expect(cut, sql).toEqual(full);
      }),
      { numRuns: 150, seed: 14 },
    );
  }, 120_000);
});
