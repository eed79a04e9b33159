-- Reporting model for conversion events reddit. Built from 1 upstream model.
{{ config(materialized='table') }}

with
conversion_events_1 as (
    select * from {{ ref('conversion_events') }}
)

select
    conversion_events_1.user_id,
    conversion_events_1.loaded_at
from conversion_events_1
