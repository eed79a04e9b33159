-- Reporting model for paid budget monthly performance. Built from 3 upstream models.
{{ config(materialized='table') }}

with
paid_budget__ad_spend_1 as (
    select * from {{ ref('paid_budget__ad_spend') }}
),

paid_budget__conversions_2 as (
    select * from {{ ref('paid_budget__conversions') }}
),

paid_budget_monthly_budg_3 as (
    select * from {{ ref('paid_budget_monthly_budgets') }}
)

select
    paid_budget__ad_spend_1.user_id,
    paid_budget__ad_spend_1.loaded_at
from paid_budget__ad_spend_1
left join paid_budget__conversions_2 on paid_budget__conversions_2.user_id = paid_budget__ad_spend_1.user_id
left join paid_budget_monthly_budg_3 on paid_budget_monthly_budg_3.user_id = paid_budget__ad_spend_1.user_id
