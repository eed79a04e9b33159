-- Reporting model for conversion events bing last day usage.
{{ config(materialized='table') }}

with
conversion_events__bing_1 as (
    select * from {{ ref('conversion_events__bing') }}
)

select
    conversion_events__bing_1.user_id,
    conversion_events__bing_1.loaded_at
from conversion_events__bing_1
