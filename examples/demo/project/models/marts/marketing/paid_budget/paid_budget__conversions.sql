-- Aggregation model for paid budget conversions. Built from 5 upstream models.
{{ config(materialized='table') }}

with
paid_budget__enterprise__1 as (
    select * from {{ ref('paid_budget__enterprise_conversions') }}
),

paid_budget__event_conve_2 as (
    select * from {{ ref('paid_budget__event_conversions') }}
),

paid_budget__kiloclaw_co_3 as (
    select * from {{ ref('paid_budget__kiloclaw_conversions') }}
),

paid_budget__teams_conve_4 as (
    select * from {{ ref('paid_budget__teams_conversions') }}
),

paid_budget__user_conver_5 as (
    select * from {{ ref('paid_budget__user_conversions') }}
)

select
    paid_budget__enterprise__1.user_id,
    paid_budget__enterprise__1.loaded_at
from paid_budget__enterprise__1
left join paid_budget__event_conve_2 on paid_budget__event_conve_2.user_id = paid_budget__enterprise__1.user_id
left join paid_budget__kiloclaw_co_3 on paid_budget__kiloclaw_co_3.user_id = paid_budget__enterprise__1.user_id
left join paid_budget__teams_conve_4 on paid_budget__teams_conve_4.user_id = paid_budget__enterprise__1.user_id
left join paid_budget__user_conver_5 on paid_budget__user_conver_5.user_id = paid_budget__enterprise__1.user_id
