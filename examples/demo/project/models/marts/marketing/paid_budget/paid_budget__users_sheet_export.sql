-- Reporting model for paid budget users sheet export.
{{ config(materialized='table') }}

with
paid_budget__user_conver_1 as (
    select * from {{ ref('paid_budget__user_conversions') }}
)

select
    paid_budget__user_conver_1.user_id,
    paid_budget__user_conver_1.loaded_at
from paid_budget__user_conver_1
