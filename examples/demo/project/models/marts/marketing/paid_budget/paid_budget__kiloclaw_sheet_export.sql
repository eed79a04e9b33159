-- Reporting model for paid budget kiloclaw sheet export.
{{ config(materialized='table') }}

with
paid_budget__event_conve_1 as (
    select * from {{ ref('paid_budget__event_conversions') }}
),

paid_budget__kiloclaw_co_2 as (
    select * from {{ ref('paid_budget__kiloclaw_conversions') }}
)

select
    paid_budget__event_conve_1.user_id,
    paid_budget__event_conve_1.loaded_at
from paid_budget__event_conve_1
left join paid_budget__kiloclaw_co_2 on paid_budget__kiloclaw_co_2.user_id = paid_budget__event_conve_1.user_id
