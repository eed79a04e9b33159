/**
 * `columnLineage` (`blast-radius lineage --columns`) over a small fixture project written for it
 * (lineage-fixture.ts): exact column lineage per model, hand-checked against the SQL; every model
 * present, unknowns with their reason; the budget; the JSON and text output.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanRepository } from '../../src/project/index.js';
import {
  BUDGET_REASON,
  columnLineage,
  inProcessRunner,
  type ColumnLineage,
  type ModelLineage,
} from '../../src/columns/index.js';
import { stripComments } from '../../src/columns/analyze.js';
import { aheadOrder, renderAhead } from '../../src/columns/lineage.js';
import type { Rendering } from '../../src/columns/side.js';
import { columnLineageJsonChunks, columnLineageText } from '../../src/cli/lineage-columns.js';
import { FIXTURE } from './lineage-fixture.js';

const runner = inProcessRunner();
afterAll(() => runner.close());

const files = new Map(Object.entries(FIXTURE));
let lineage: ColumnLineage;
beforeAll(async () => {
  lineage = await columnLineage({ ref: 'main', scan: scanRepository(files), files }, { runner });
}, 60_000);

/** column → ["node.column", …] */
function compact(m: ModelLineage | undefined): Record<string, string[]> {
  return Object.fromEntries(
    (m?.columns ?? []).map((c) => [c.name, c.upstream.map((u) => `${u.node}.${u.column}`)]),
  );
}
const rows = (m: ModelLineage | undefined) =>
  (m?.rowAffecting ?? []).map((r) => `${r.context}:${r.node}.${r.column}`);
const model = (name: string) => lineage.models.find((m) => m.name === name);

describe('column lineage of a whole project', () => {
  it('lists every model, sorted, each with a status', () => {
    expect(lineage.models.map((m) => `${m.name}:${m.status}`)).toEqual([
      'all_people:complete',
      'country_names:complete',
      'customer_totals:complete',
      'customers_wide:complete',
      'needs_warehouse:unknown',
      'py_scores:unknown',
      'ranked_payments:complete',
      'stg_customers:complete',
      'stg_payments:complete',
    ]);
    expect(lineage.summary).toEqual({
      models: 9,
      analysed: 8,
      complete: 7,
      partial: 0,
      unknown: 2,
      unknownByReason: { python: 1, render: 1 },
    });
    expect(lineage.dialects).toEqual({ shop: 'snowflake' });
  });

  it('a CTE over a source whose YAML declares its columns, a filter, a comment before a column', () => {
    expect(compact(model('stg_customers'))).toEqual({
      customer_id: ['raw.customers.id'],
      customer_name: ['raw.customers.name'],
      email: ['raw.customers.email'],
    });
    expect(rows(model('stg_customers'))).toEqual(['filter:raw.customers.email']);
    expect(model('stg_customers')?.reads).toEqual(['raw.customers']);
  });

  it('a select-* CTE over a source with no declared columns passes its columns through', () => {
    expect(compact(model('stg_payments'))).toEqual({
      payment_id: ['raw.payments.id'],
      customer_id: ['raw.payments.customer_id'],
      amount: ['raw.payments.amount'],
    });
    expect(model('stg_payments')?.columns.map((c) => c.transform)).toEqual([
      'direct',
      'direct',
      'expression',
    ]);
  });

  it('a join with an aggregate and GROUP BY ordinals', () => {
    expect(compact(model('customer_totals'))).toEqual({
      customer_id: ['stg_customers.customer_id'],
      customer_name: ['stg_customers.customer_name'],
      total_amount: ['stg_payments.amount'],
      payments: [],
    });
    expect(rows(model('customer_totals'))).toEqual([
      'group:stg_customers.customer_id',
      'group:stg_customers.customer_name',
      'join:stg_customers.customer_id',
      'join:stg_payments.customer_id',
    ]);
  });

  it('select * through an upstream model expands to its outputs', () => {
    expect(compact(model('customers_wide'))).toEqual({
      customer_id: ['customer_totals.customer_id'],
      customer_name: ['customer_totals.customer_name'],
      total_amount: ['customer_totals.total_amount'],
      payments: ['customer_totals.payments'],
    });
  });

  it('select * through a seed expands to its CSV header', () => {
    expect(compact(model('country_names'))).toEqual({
      code: ['countries.code'],
      name: ['countries.name'],
    });
  });

  it('a union takes names from its first branch and upstream from every branch', () => {
    expect(compact(model('all_people'))).toEqual({
      person_id: ['stg_customers.customer_id', 'stg_payments.customer_id'],
      kind: [],
    });
  });

  it('a window value derives from its partition and order columns', () => {
    expect(compact(model('ranked_payments'))).toEqual({
      payment_id: ['stg_payments.payment_id'],
      rank_in_customer: ['stg_payments.amount', 'stg_payments.customer_id'],
    });
  });

  it('a model that cannot be rendered, and a Python model, are unknown with the reason', () => {
    expect(model('needs_warehouse')).toMatchObject({
      status: 'unknown',
      unknown: expect.stringMatching(/^render: run_query/),
      columns: [],
    });
    expect(model('py_scores')?.unknown).toBe('a Python model (not analysed)');
  });

  it('past the total budget, the models left are unknown ("not analysed (budget)")', async () => {
    let t = 0;
    const out = await columnLineage(
      { ref: 'main', scan: scanRepository(files), files },
      { runner, totalMs: 2, now: () => t++ },
    );
    expect(out.models).toHaveLength(9);
    const budget = out.models.filter((m) => m.unknown === BUDGET_REASON);
    expect(budget.length).toBeGreaterThan(0);
    expect(out.summary.unknownByReason['budget']).toBe(budget.length);
    expect(out.summary.analysed).toBeLessThan(8);
  });
});

describe('rendering ahead while polyglot answers', () => {
  it('gives the same lineage when every answer is slow (the models to come rendered meanwhile)', async () => {
    const slow: typeof runner = {
      run: (...args) =>
        new Promise((resolve) => setTimeout(() => resolve(runner.run(...args)), 15)),
      close: async () => {},
    };
    const out = await columnLineage(
      { ref: 'main', scan: scanRepository(files), files },
      { runner: slow, workers: 1 },
    );
    expect({ ...out, timing: undefined }).toEqual({ ...lineage, timing: undefined });
  });

  it('orders dependencies first, by name among the ready, and breaks a cycle at its first name', () => {
    const targets = new Map(['a', 'b', 'c', 'd', 'x', 'y'].map((id) => [id, id]));
    // b → a, c → a (a reads b and c); x ⇄ y, a cycle; d alone
    const consumers = new Map([
      ['b', new Set(['a'])],
      ['c', new Set(['a'])],
      ['x', new Set(['y'])],
      ['y', new Set(['x'])],
    ]);
    const waiting = new Map([
      ['a', 2],
      ['b', 0],
      ['c', 0],
      ['d', 0],
      ['x', 1],
      ['y', 1],
    ]);
    expect(aheadOrder(targets, consumers, waiting)).toEqual(['b', 'c', 'd', 'a', 'x', 'y']);
  });

  it('renders in order, skips what started, hands each rendering over once, and is bounded', () => {
    const order = Array.from({ length: 300 }, (_, i) => `m${String(i).padStart(3, '0')}`);
    const started = new Set(['m000', 'm002']);
    const rendered: string[] = [];
    const ahead = renderAhead(
      order,
      (id) => started.has(id),
      (id): Rendering => {
        rendered.push(id);
        return { rendered: { sql: `select 1 as ${id}`, relations: {}, config: {} } };
      },
    );
    expect(ahead.step()).toBe(true);
    expect(ahead.step()).toBe(true);
    expect(rendered).toEqual(['m001', 'm003']);
    expect(ahead.take('m001')).toEqual({
      rendered: { sql: 'select 1 as m001', relations: {}, config: {} },
    });
    expect(ahead.take('m001')).toBeUndefined();
    expect(ahead.take('m002')).toBeUndefined(); // never rendered ahead: rendered when it starts
    while (ahead.step());
    // at most 256 held at once: m003 and 255 more
    expect(rendered).toHaveLength(257);
    ahead.take('m003');
    expect(ahead.step()).toBe(true);
    expect(rendered.at(-1)).toBe('m259');
  });
});

describe('a project in a subfolder', () => {
  it('finds macros in its macro paths, also those that leave the project', async () => {
    const sub = new Map(
      Object.entries({
        'projects/sub/dbt_project.yml':
          "name: sub\nmacro-paths: ['macros', '../../shared_macros']\n",
        'shared_macros/cents.sql': '{% macro cents(c) %}{{ c }} / 100{% endmacro %}\n',
        'projects/sub/macros/ids.sql': '{% macro id_of(c) %}cast({{ c }} as int){% endmacro %}\n',
        'projects/sub/models/amounts.sql':
          "select {{ id_of('id') }} as amount_id, {{ cents('raw_amount') }} as amount from {{ source('raw', 'amounts') }}\n",
      }),
    );
    const out = await columnLineage(
      { ref: 'main', scan: scanRepository(sub), files: sub },
      { runner },
    );
    expect(out.models.map((m) => [m.name, m.status, m.unknown])).toEqual([
      ['amounts', 'complete', undefined],
    ]);
    expect(compact(out.models[0])).toEqual({
      amount_id: ['raw.amounts.id'],
      amount: ['raw.amounts.raw_amount'],
    });
  });
});

describe('output', () => {
  it('the JSON chunks make one document equal to the lineage (timing left out)', () => {
    const text = columnLineageJsonChunks(lineage).join('');
    const { timing: _timing, ...rest } = lineage;
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(rest)));
    // one column per line
    expect(text).toContain(
      '\n        {"name":"total_amount","transform":"aggregation","upstream":[{"node":"stg_payments","column":"amount"}]},\n',
    );
  });

  it('text: a summary, each model, its columns and row uses; untrusted names escaped', () => {
    const text = columnLineageText(lineage);
    expect(text).toContain(
      '9 models: 8 analysed, 7 complete, 0 partial, 2 unknown (1 python, 1 render)',
    );
    expect(text).toContain('  total_amount ← stg_payments.amount [aggregation]');
    expect(text).toContain('  rows (join): stg_customers.customer_id, stg_payments.customer_id');
    expect(text).toContain('  unknown: render: run_query');
    const hostile: ColumnLineage = {
      ...lineage,
      models: [
        {
          name: 'evil\u001b[2Jname',
          kind: 'model',
          project: 'shop',
          path: 'models/evil.sql',
          status: 'complete',
          reads: [],
          columns: [
            { name: 'c\u0007', transform: 'direct', upstream: [{ node: 'x\ry', column: 'z' }] },
          ],
          rowAffecting: [],
        },
      ],
    };
    const out = columnLineageText(hostile);
    // eslint-disable-next-line no-control-regex -- checking that none is left
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(out.split('\n').length).toBeLessThan(20);
  });
});

describe('stripComments', () => {
  it('drops comments, keeps strings and quoted names', () => {
    expect(stripComments('select a, -- x\n b /* c */ from t', 'snowflake')).toBe(
      'select a, \n b   from t',
    );
    expect(stripComments(`select '--a', "/*b", 'it''s -- x' -- y`, 'snowflake')).toBe(
      `select '--a', "/*b", 'it''s -- x' `,
    );
    // backslash escapes: snowflake has them, postgres does not
    expect(stripComments("select 'a\\' -- b' as x -- c\nfrom t", 'snowflake')).toBe(
      "select 'a\\' -- b' as x \nfrom t",
    );
    expect(stripComments("select 'a\\' -- b", 'postgres')).toBe("select 'a\\' ");
    expect(stripComments('select $$ -- $$ as x /* unterminated', 'snowflake')).toBe(
      'select $$ -- $$ as x /* unterminated',
    );
  });
});
