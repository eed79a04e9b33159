-- Reporting model for paid budget weekly performance. Built from 2 upstream models.
{{ config(materialized='table') }}

with
paid_budget__ad_spend_1 as (
    select * from {{ ref('paid_budget__ad_spend') }}
),

paid_budget__conversions_2 as (
    select * from {{ ref('paid_budget__conversions') }}
)

select
    paid_budget__ad_spend_1.user_id,
    paid_budget__ad_spend_1.loaded_at
from paid_budget__ad_spend_1
left join paid_budget__conversions_2 on paid_budget__conversions_2.user_id = paid_budget__ad_spend_1.user_id
