-- Reporting model for paid budget ad spend sheet export.
{{ config(materialized='table') }}

with
paid_budget__ad_spend_1 as (
    select * from {{ ref('paid_budget__ad_spend') }}
)

select
    paid_budget__ad_spend_1.user_id,
    paid_budget__ad_spend_1.loaded_at
from paid_budget__ad_spend_1
