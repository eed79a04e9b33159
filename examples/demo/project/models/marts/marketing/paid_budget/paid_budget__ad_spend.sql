-- Reporting model for paid budget ad spend. Built from 1 upstream model.
{{ config(materialized='table') }}

with
int_paid_budget__ad_spen_1 as (
    select * from {{ ref('int_paid_budget__ad_spend_by_platform') }}
)

select
    int_paid_budget__ad_spen_1.user_id,
    int_paid_budget__ad_spen_1.loaded_at
from int_paid_budget__ad_spen_1
