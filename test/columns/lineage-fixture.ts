/**
 * A small dbt project written for `lineage --columns` (test data only): sources with and without
 * YAML columns, a seed, CTEs, a join with grouping, `select *` through an upstream model and
 * through a seed, a union, a window function, a filter, a model that cannot be rendered and a
 * Python model. Shared by the unit test (in memory) and the CLI test (a git repository).
 */
export const FIXTURE: Record<string, string> = {
  'dbt_project.yml': "name: shop\nversion: '1.0'\nprofile: shop\n",
  'models/sources.yml': `version: 2
sources:
  - name: raw
    tables:
      - name: customers
        columns:
          - name: id
          - name: name
          - name: email
          - name: signup_at
      - name: payments
`,
  'seeds/countries.csv': 'code,name\nfr,France\nde,Germany\n',
  // a CTE over a source whose YAML declares its columns; a filter
  'models/stg_customers.sql': `with src as (
    select * from {{ source('raw', 'customers') }}
)
select
    -- ids
    id as customer_id,
    name as customer_name,
    email
from src
where email is not null
`,
  // a CTE passing a source with no declared columns through
  'models/stg_payments.sql': `with p as (select * from {{ source('raw', 'payments') }})
select id as payment_id, customer_id, amount / 100 as amount
from p
`,
  // a join, an aggregate, grouping by ordinals
  'models/customer_totals.sql': `select
    c.customer_id,
    c.customer_name,
    sum(p.amount) as total_amount,
    count(*) as payments
from {{ ref('stg_customers') }} c
left join {{ ref('stg_payments') }} p on p.customer_id = c.customer_id
group by 1, 2
`,
  // select * through an upstream model's own outputs
  'models/customers_wide.sql': `select * from {{ ref('customer_totals') }}\n`,
  // a union: names from the first branch, upstream from every branch
  'models/all_people.sql': `select customer_id as person_id, 'customer' as kind from {{ ref('stg_customers') }}
union all
select customer_id, 'payer' from {{ ref('stg_payments') }}
`,
  // a window function: its value derives from its partition and order columns
  'models/ranked_payments.sql': `select
    payment_id,
    row_number() over (partition by customer_id order by amount desc) as rank_in_customer
from {{ ref('stg_payments') }}
`,
  // select * through a seed's CSV header
  'models/country_names.sql': `select * from {{ ref('countries') }}\n`,
  // needs the warehouse: unknown, with the reason
  'models/needs_warehouse.sql': `{% set r = run_query('select 1') %}select 1 as x\n`,
  'models/py_scores.py': `def model(dbt, session):\n    return dbt.ref('stg_payments')\n`,
};
