import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import {
  columnRadius,
  inProcessRunner,
  type PolyglotRunner,
  type Reach,
} from '../../src/columns/index.js';
import { analyseProject, compact, compactRows, readProject, type Analysed } from './harness.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'columns', 'project');
export const SOURCES = {
  'app.users': ['id', 'email', 'created_at', 'country', 'is_test'],
  'app.orders': ['id', 'user_id', 'amount_cents', 'status', 'created_at'],
  'ads.clicks': ['click_id', 'gclid', 'user_id', 'campaign_id', 'clicked_at'],
  'ads.campaigns': ['id', 'name', 'channel'],
};

const U = 'ref__stg_users';
const O = 'ref__stg_orders';
const C = 'ref__int_clicks_dedup';

/** Hand-written expectations: output column → upstream columns (relation.column), sorted. */
const EXPECTED: Record<string, Record<string, string[]> | string> = {
  stg_users: {
    user_id: ['source__app__users.id'],
    email: ['source__app__users.email'],
    created_at: ['source__app__users.created_at'],
    country: ['source__app__users.country'],
  },
  // a project macro through adapter.dispatch (snowflake__cents_to_dollars)
  stg_orders: {
    order_id: ['source__app__orders.id'],
    user_id: ['source__app__orders.user_id'],
    amount: ['source__app__orders.amount_cents'],
    status: ['source__app__orders.status'],
    ordered_at: ['source__app__orders.created_at'],
  },
  // a var with a default overridden by vars
  stg_clicks: Object.fromEntries(
    ['click_id', 'gclid', 'user_id', 'campaign_id', 'clicked_at'].map((c) => [
      c,
      [`source__ads__clicks.${c}`],
    ]),
  ),
  stg_campaigns: {
    campaign_id: ['source__ads__campaigns.id'],
    campaign_name: ['source__ads__campaigns.name'],
    channel: ['source__ads__campaigns.channel'],
  },
  // CTEs, select * inside a CTE, a left join
  int_orders_enriched: {
    order_id: [`${O}.order_id`],
    user_id: [`${O}.user_id`],
    amount: [`${O}.amount`],
    country: [`${U}.country`],
  },
  // aggregation + group by
  int_user_order_totals: {
    user_id: [`${O}.user_id`],
    order_count: [],
    lifetime_value: [`${O}.amount`],
  },
  // qualify with a window
  int_clicks_dedup: Object.fromEntries(
    ['click_id', 'gclid', 'user_id', 'campaign_id', 'clicked_at'].map((c) => [
      c,
      [`ref__stg_clicks.${c}`],
    ]),
  ),
  // union all: names from the first branch, upstream from both
  int_touchpoints: {
    user_id: [`${C}.user_id`, `${O}.user_id`],
    touched_at: [`${C}.clicked_at`, `${O}.ordered_at`],
    kind: [],
  },
  // a window function: the value depends on its partition and order columns too
  int_first_touch: {
    user_id: [`${C}.user_id`],
    first_campaign_id: [`${C}.campaign_id`, `${C}.clicked_at`, `${C}.user_id`],
    clicked_at: [`${C}.clicked_at`],
  },
  // a package macro the repository lacks: opaque function, lineage kept through its arguments
  int_surrogate: {
    touch_key: [`${C}.campaign_id`, `${C}.user_id`],
    user_id: [`${C}.user_id`],
    campaign_id: [`${C}.campaign_id`],
  },
  // select * resolved through the upstream model's outputs
  int_user_star: {
    user_id: [`${U}.user_id`],
    email: [`${U}.email`],
    created_at: [`${U}.created_at`],
    country: [`${U}.country`],
  },
  // qualified star + join
  int_user_clicks: {
    user_id: [`${U}.user_id`],
    email: [`${U}.email`],
    created_at: [`${U}.created_at`],
    country: [`${U}.country`],
    campaign_id: ['ref__stg_clicks.campaign_id'],
  },
  // a derived table, filtered outside
  int_big_spenders: { user_id: [`${O}.user_id`], total: [`${O}.amount`] },
  int_countries: { country: [`${U}.country`] },
  int_order_size: { order_id: [`${O}.order_id`], size_bucket: [`${O}.amount`] },
  // project macros with do / append / namespace / loop.last
  int_user_contacts: { user_id: [`${U}.user_id`], email: [`${U}.email`], has_email: [] },
  int_country_counts: { country: [`${U}.country`], users: [] },
  // IN (subquery) filter
  int_repeat_orders: { order_id: [`${O}.order_id`], amount: [`${O}.amount`] },
  // a chain of CTEs with renames, then select *
  int_user_steps: {
    id: [`${U}.user_id`],
    contact: [`${U}.email`],
    signed_up_at: [`${U}.created_at`],
    reachable: [`${U}.email`],
  },
  // join ... using, coalesce
  int_user_ltv: { user_id: [`${U}.user_id`], ltv: ['ref__int_user_order_totals.lifetime_value'] },
  // is_incremental() is false: the {{ this }} branch is not rendered
  int_orders_incremental: {
    order_id: [`${O}.order_id`],
    amount: [`${O}.amount`],
    ordered_at: [`${O}.ordered_at`],
  },
  // env_var with a default
  int_region: { user_id: [`${U}.user_id`], region: [] },
  // target.type picks the snowflake branch
  int_big_flag: { order_id: [`${O}.order_id`], is_big: [`${O}.amount`] },
  // select * of a model that itself selected * through a CTE
  fct_orders: Object.fromEntries(
    ['order_id', 'user_id', 'amount', 'country'].map((c) => [c, [`ref__int_orders_enriched.${c}`]]),
  ),
  fct_attribution: {
    user_id: ['ref__int_first_touch.user_id'],
    first_campaign_name: ['ref__stg_campaigns.campaign_name'],
    channel: ['ref__stg_campaigns.channel'],
  },
  conversion_events__google_ads: {
    gclid: [`${C}.gclid`],
    order_id: [`${O}.order_id`],
    conversion_value: [`${O}.amount`],
    ordered_at: [`${O}.ordered_at`],
  },
  dim_users: {
    user_id: [`${U}.user_id`],
    email: [`${U}.email`],
    order_count: ['ref__int_user_order_totals.order_count'],
    lifetime_value: ['ref__int_user_order_totals.lifetime_value'],
  },
  // dbt's own cross-database macro (dbt.date_trunc): opaque, the date part kept as a literal
  fct_daily_orders: { order_date: [`${O}.ordered_at`], orders: [] },
  fct_touch_counts: { kind: ['ref__int_touchpoints.kind'], touches: [] },
  rpt_orders: Object.fromEntries(
    ['order_id', 'user_id', 'amount', 'country'].map((c) => [c, [`ref__fct_orders.${c}`]]),
  ),
  rpt_live_columns: 'unknown: run_query() needs the warehouse',
  rpt_needs_var: "unknown: var('country') is not set and has no default (set it in vars)",
};

const ROWS: Record<string, string[]> = {
  stg_users: ['filter:source__app__users.is_test'],
  stg_orders: [],
  stg_clicks: ['filter:source__ads__clicks.clicked_at'],
  int_orders_enriched: [`filter:${O}.status`, `join:${O}.user_id`, `join:${U}.user_id`],
  int_user_order_totals: [`group:${O}.user_id`],
  int_clicks_dedup: ['qualify:ref__stg_clicks.clicked_at', 'qualify:ref__stg_clicks.gclid'],
  int_touchpoints: [],
  int_first_touch: [],
  int_big_spenders: [`filter:${O}.amount`, `group:${O}.user_id`],
  int_countries: [`distinct:${U}.country`],
  int_country_counts: [`group:${U}.country`],
  int_repeat_orders: [
    'filter:ref__int_user_order_totals.order_count',
    'filter:ref__int_user_order_totals.user_id',
    `filter:${O}.user_id`,
  ],
  int_user_ltv: ['join:ref__int_user_order_totals.user_id', `join:${U}.user_id`],
  conversion_events__google_ads: [`join:${C}.user_id`, `filter:${O}.status`, `join:${O}.user_id`],
  fct_daily_orders: [`group:${O}.ordered_at`],
  fct_attribution: [
    'join:ref__int_first_touch.first_campaign_id',
    'join:ref__stg_campaigns.campaign_id',
  ],
};

let runner: PolyglotRunner;
let result: Map<string, Analysed>;

beforeAll(async () => {
  runner = inProcessRunner();
  const { models, macros } = readProject(DIR);
  result = await analyseProject(models, macros, {
    dialect: 'snowflake',
    runner,
    vars: { start_date: '2021-01-01' },
    sources: SOURCES,
  });
}, 120_000);
afterAll(() => runner.close());

describe('column lineage of the fixture project (hand-written expectations)', () => {
  it('covers at least 30 models', () => {
    expect(Object.keys(EXPECTED).length).toBeGreaterThanOrEqual(30);
    expect([...result.keys()].sort()).toEqual(Object.keys(EXPECTED).sort());
  });
  for (const [model, expected] of Object.entries(EXPECTED)) {
    it(model, () => {
      const got = result.get(model);
      expect(got).toBeDefined();
      const c = compact((got as Analysed).analysis);
      const sorted =
        typeof c === 'string'
          ? c
          : Object.fromEntries(Object.entries(c).map(([k, v]) => [k, [...v].sort()]));
      expect(sorted).toEqual(expected);
      if (ROWS[model])
        expect(compactRows((got as Analysed).analysis).sort()).toEqual([...ROWS[model]].sort());
      const a = (got as Analysed).analysis;
      if (!('unknown' in a)) expect(a.complete, JSON.stringify(a.incompleteReasons)).toBe(true);
    });
  }
  it('renders the var from vars and the snowflake dispatch', () => {
    const clicks = result.get('stg_clicks')?.rendered;
    expect(clicks && 'sql' in clicks ? clicks.sql : '').toContain("'2021-01-01'");
    const orders = result.get('stg_orders')?.rendered;
    expect(orders && 'sql' in orders ? orders.sql : '').toContain('round(amount_cents / 100, 2)');
    expect(orders && 'config' in orders ? orders.config : {}).toEqual({ materialized: 'view' });
  });
});

describe('columnRadius over the fixture project', () => {
  const graph = () =>
    [...result.values()].map((a) => ({
      id: a.name,
      columns: a.analysis,
      upstream: a.upstream,
      dependsOn: a.dependsOn,
    }));
  const reachOf = (m: Map<string, Reach>) =>
    Object.fromEntries(
      [...m].map(([id, r]) => [
        id,
        r.reach === 'columns' ? `columns:${r.columns.join(',')}` : r.reach,
      ]),
    );

  it('a redefined column reaches the columns built on it, fully where it filters', () => {
    const r = columnRadius(
      [
        {
          model: 'stg_orders',
          classification: {
            category: 'column',
            reasons: [],
            columns: { added: [], removed: [], modified: ['amount'] },
          },
        },
      ],
      graph(),
    );
    expect(reachOf(r)).toEqual({
      int_orders_enriched: 'columns:amount',
      fct_orders: 'columns:amount',
      rpt_orders: 'columns:amount',
      int_user_order_totals: 'columns:lifetime_value',
      dim_users: 'columns:lifetime_value',
      int_user_ltv: 'columns:ltv',
      int_big_spenders: 'full', // filters on total, built on amount
      int_order_size: 'columns:size_bucket',
      int_big_flag: 'columns:is_big',
      int_orders_incremental: 'columns:amount',
      int_repeat_orders: 'columns:amount', // its IN filter uses order_count, not lifetime_value
      conversion_events__google_ads: 'columns:conversion_value',
      int_touchpoints: 'unaffected',
      fct_touch_counts: 'unaffected',
      fct_daily_orders: 'unaffected',
    });
  });

  it('an attribution column: gclid redefined reaches the Google Ads conversions only', () => {
    const r = columnRadius(
      [
        {
          model: 'stg_clicks',
          classification: {
            category: 'column',
            reasons: [],
            columns: { added: [], removed: [], modified: ['gclid'] },
          },
        },
      ],
      graph(),
    );
    const got = reachOf(r);
    expect(got.int_clicks_dedup).toBe('full'); // qualify partitions by gclid
    expect(got.conversion_events__google_ads).toBe('full');
  });

  it('an additive change reaches only consumers selecting * through it', () => {
    const r = columnRadius(
      [
        {
          model: 'stg_users',
          classification: {
            category: 'additive',
            reasons: [],
            columns: { added: ['signup_channel'], removed: [], modified: [] },
          },
        },
      ],
      graph(),
    );
    const got = reachOf(r);
    expect(got.int_user_star).toBe('columns:signup_channel');
    expect(got.int_user_clicks).toBe('columns:signup_channel');
    expect(got.dim_users).toBe('unaffected');
    expect(got.int_countries).toBe('unaffected');
    expect(got.int_user_steps).toBe('unaffected'); // its * reads a CTE that names its columns
    expect(got.rpt_needs_var).toBe('full'); // unknown: cannot rule it out
  });

  it('model-wide and unknown reach everything downstream', () => {
    for (const category of ['model-wide', 'unknown'] as const) {
      const r = columnRadius(
        [{ model: 'stg_campaigns', classification: { category, reasons: ['x'] } }],
        graph(),
      );
      expect(reachOf(r)).toEqual({ fct_attribution: 'full' });
    }
  });

  it('a cosmetic change reaches nothing (the model-level radius stays, unaffected)', () => {
    const r = columnRadius(
      [{ model: 'int_first_touch', classification: { category: 'cosmetic', reasons: [] } }],
      graph(),
    );
    expect(reachOf(r)).toEqual({ fct_attribution: 'unaffected' });
  });
});
