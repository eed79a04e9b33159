-- Reporting model for conversion events google ads kilo claw.
{{ config(materialized='table') }}

with
conversion_events_1 as (
    select * from {{ ref('conversion_events') }}
),

int_user__attribution_re_2 as (
    select * from {{ ref('int_user__attribution_resolved') }}
)

select
    conversion_events_1.user_id,
    conversion_events_1.loaded_at
from conversion_events_1
left join int_user__attribution_re_2 on int_user__attribution_re_2.user_id = conversion_events_1.user_id
