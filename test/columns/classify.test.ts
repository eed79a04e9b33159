import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  analyzeModel,
  buildMacroLibrary,
  classifyChange,
  inProcessRunner,
  renderModel,
  type Analysis,
  type PolyglotRunner,
} from '../../src/columns/index.js';

const UPSTREAM: Record<string, string[]> = {
  ref__users: ['user_id', 'email', 'country', 'created_at'],
  ref__orders: ['order_id', 'user_id', 'amount', 'status'],
  ref__users_v2: ['user_id', 'email', 'country', 'created_at'],
};
const macros = buildMacroLibrary([
  { path: 'macros/m.sql', text: '{% macro email_col() %}lower(email){% endmacro %}' },
]);

let runner: PolyglotRunner;
beforeAll(async () => {
  runner = inProcessRunner();
  await analyse('select 1 as x');
}, 120_000);
afterAll(() => runner.close());

async function analyse(sql: string): Promise<Analysis> {
  const r = renderModel(sql, { dialect: 'snowflake', model: 'm', macros });
  if ('unknown' in r) return r;
  return analyzeModel(r, 'snowflake', (rel) => UPSTREAM[rel], runner);
}

async function classify(base: string, head: string) {
  return classifyChange(await analyse(base), await analyse(head), base, head);
}

const USERS = `select user_id, lower(email) as email, country from {{ ref('users') }} where country is not null`;
const JOINED = `with u as (select user_id, country from {{ ref('users') }}),
o as (select user_id, amount from {{ ref('orders') }} where status = 'done')
select u.user_id, u.country, o.amount from u left join o on o.user_id = u.user_id`;

describe('classifyChange', () => {
  it('cosmetic: formatting and comments', async () => {
    const c = await classify(
      USERS,
      `-- users\nselect user_id,\n  lower(email) as email, /* c */ country\nfrom {{ ref('users') }}\nwhere country is not null`,
    );
    expect(c.category).toBe('cosmetic');
  });
  it('cosmetic: a Jinja refactor that renders the same query', async () => {
    const c = await classify(USERS, USERS.replace('lower(email)', '{{ email_col() }}'));
    expect(c.category).toBe('cosmetic');
  });
  it('additive: a new output column', async () => {
    const c = await classify(USERS, USERS.replace('country from', 'country, created_at from'));
    expect(c).toMatchObject({
      category: 'additive',
      columns: { added: ['created_at'], removed: [], modified: [] },
    });
  });
  it('column: a rename is a removal plus an addition', async () => {
    const c = await classify(USERS, USERS.replace('as email', 'as email_address'));
    expect(c).toMatchObject({
      category: 'column',
      columns: { added: ['email_address'], removed: ['email'] },
    });
  });
  it('column: a redefined column', async () => {
    const c = await classify(USERS, USERS.replace('lower(email)', 'upper(email)'));
    expect(c).toMatchObject({
      category: 'column',
      columns: { added: [], removed: [], modified: ['email'] },
    });
  });
  it('column: a removed column', async () => {
    const c = await classify(USERS, USERS.replace(', country from', ' from'));
    expect(c).toMatchObject({
      category: 'column',
      columns: { removed: ['country'], modified: [] },
    });
  });
  it('column: a CTE column redefined reaches the outputs built on it', async () => {
    const c = await classify(
      JOINED,
      JOINED.replace('select user_id, amount from', 'select user_id, amount * 100 as amount from'),
    );
    expect(c).toMatchObject({ category: 'column', columns: { modified: ['amount'] } });
  });
  it('column: moved columns', async () => {
    const c = await classify(
      USERS,
      USERS.replace('lower(email) as email, country', 'country, lower(email) as email'),
    );
    expect(c.category).toBe('column');
    expect(c.columns?.added).toEqual([]);
    expect(c.columns?.modified.length).toBeGreaterThan(0);
  });
  it('model-wide: a changed filter', async () => {
    const c = await classify(USERS, USERS.replace('is not null', "= 'NL'"));
    expect(c.category).toBe('model-wide');
    expect(c.reasons.join(' ')).toMatch(/filters/);
  });
  it('model-wide: a filter inside a CTE', async () => {
    const c = await classify(JOINED, JOINED.replace("'done'", "'paid'"));
    expect(c.category).toBe('model-wide');
    expect(c.reasons.join(' ')).toMatch(/CTE o/);
  });
  it('model-wide: left join → inner join', async () => {
    const c = await classify(JOINED, JOINED.replace('left join', 'inner join'));
    expect(c.category).toBe('model-wide');
  });
  it('model-wide: DISTINCT added', async () => {
    const c = await classify(USERS, USERS.replace('select user_id', 'select distinct user_id'));
    expect(c.category).toBe('model-wide');
  });
  it('model-wide: grouping changed', async () => {
    const base = `select country, count(*) as n from {{ ref('users') }} group by country`;
    const c = await classify(base, base.replace('group by country', 'group by country, email'));
    expect(c.category).toBe('model-wide');
  });
  it('model-wide: GROUP BY ordinals follow the select list', async () => {
    const base = `select country, count(*) as n from {{ ref('users') }} group by 1`;
    const c = await classify(
      base,
      `select email as country, count(*) as n from {{ ref('users') }} group by 1`,
    );
    expect(c.category).toBe('model-wide');
  });
  it('model-wide: a swapped source', async () => {
    const c = await classify(USERS, USERS.replace("ref('users')", "ref('users_v2')"));
    expect(c.category).toBe('model-wide');
    expect(c.reasons[0]).toMatch(/now reads ref__users_v2; no longer reads ref__users/);
  });
  it('model-wide: a CTE column redefined and used in a join', async () => {
    const base = `with r as (select user_id, row_number() over (partition by user_id order by amount) as rn from {{ ref('orders') }})
select u.user_id, u.country from {{ ref('users') }} u join r on r.user_id = u.user_id and r.rn = 1`;
    const c = await classify(base, base.replace('row_number()', 'rank()'));
    expect(c.category).toBe('model-wide');
    expect(c.reasons.join(' ')).toMatch(/rn is redefined and used in a filter, join or grouping/);
  });
  it('model-wide: a redefined alias used in its own WHERE (lateral alias)', async () => {
    const base = `select user_id, amount * 2 as doubled from {{ ref('orders') }} where doubled > 10`;
    const c = await classify(base, base.replace('amount * 2', 'amount * 3'));
    expect(c.category).toBe('model-wide');
  });
  it('model-wide: a column added under DISTINCT changes the rows', async () => {
    const base = `select distinct country from {{ ref('users') }}`;
    const c = await classify(base, `select distinct country, email from {{ ref('users') }}`);
    expect(c.category).toBe('model-wide');
    expect(c.columns?.added).toEqual(['email']);
  });
  it('column: a union branch redefined maps onto the output by position', async () => {
    const base = `select user_id, email as contact from {{ ref('users') }} union all select user_id, status from {{ ref('orders') }}`;
    const c = await classify(
      base,
      base.replace('select user_id, status', 'select user_id, upper(status)'),
    );
    expect(c).toMatchObject({ category: 'column', columns: { modified: ['contact'] } });
  });
  it('column: an output column with a comment before it (no name from the parser) redefined', async () => {
    // A leading comment wraps the column in an "annotated" node: it has no name in the syntax
    // tree (its definition is keyed "#0") and polyglot calls it _col_0.
    const base = `with w as (select user_id, lower(email) as e from {{ ref('users') }})
select
  -- the contact
  w.e
from w`;
    const c = await classify(base, base.replace('lower(email)', 'upper(email)'));
    expect(c.category).toBe('column');
    expect(c.columns?.modified).toHaveLength(1);
  });
  it('column: an unaliased expression redefined', async () => {
    const base = `select user_id, lower(email) from {{ ref('users') }}`;
    const c = await classify(base, base.replace('lower(email)', 'upper(email)'));
    expect(c.category).toBe('column');
    expect(c.columns?.modified).toHaveLength(1);
  });
  it('column: an unaliased expression after a * redefined', async () => {
    const base = `select *, lower(email) from {{ ref('users') }}`;
    const c = await classify(base, base.replace('lower(email)', 'upper(email)'));
    expect(c.category).toBe('column');
    expect(c.columns?.modified.length).toBeGreaterThan(0);
  });
  it('unknown: the head needs the warehouse', async () => {
    const c = await classify(USERS, `{% set r = run_query('select 1') %}${USERS}`);
    expect(c).toEqual({ category: 'unknown', reasons: ['head: run_query() needs the warehouse'] });
  });
  it('cosmetic even when unknown, if only whitespace changed', async () => {
    const sql = `{% set r = run_query('select 1') %}select 1`;
    const c = await classify(sql, `${sql}\n\n`);
    expect(c.category).toBe('cosmetic');
  });
});
