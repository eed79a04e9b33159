-- Reporting model for conversion events reddit last day usage.
{{ config(materialized='table') }}

with
conversion_events__reddi_1 as (
    select * from {{ ref('conversion_events__reddit') }}
)

select
    conversion_events__reddi_1.user_id,
    conversion_events__reddi_1.loaded_at
from conversion_events__reddi_1
