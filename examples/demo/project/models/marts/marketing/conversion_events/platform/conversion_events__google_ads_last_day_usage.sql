-- Reporting model for conversion events google ads last day usage.
{{ config(materialized='table') }}

with
conversion_events__googl_1 as (
    select * from {{ ref('conversion_events__google_ads') }}
)

select
    conversion_events__googl_1.user_id,
    conversion_events__googl_1.loaded_at
from conversion_events__googl_1
