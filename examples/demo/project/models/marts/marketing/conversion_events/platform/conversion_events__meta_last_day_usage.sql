-- Reporting model for conversion events meta last day usage.
{{ config(materialized='table') }}

with
conversion_events__meta_1 as (
    select * from {{ ref('conversion_events__meta') }}
)

select
    conversion_events__meta_1.user_id,
    conversion_events__meta_1.loaded_at
from conversion_events__meta_1
