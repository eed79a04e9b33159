-- Reporting model for paid budget enterprise sheet export.
{{ config(materialized='table') }}

with
paid_budget__enterprise__1 as (
    select * from {{ ref('paid_budget__enterprise_conversions') }}
),

paid_budget__event_conve_2 as (
    select * from {{ ref('paid_budget__event_conversions') }}
)

select
    paid_budget__enterprise__1.user_id,
    paid_budget__enterprise__1.loaded_at
from paid_budget__enterprise__1
left join paid_budget__event_conve_2 on paid_budget__event_conve_2.user_id = paid_budget__enterprise__1.user_id
