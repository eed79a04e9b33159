-- Reporting model for kilo pass events meta.
{{ config(materialized='table') }}

with
int_user__attribution_re_1 as (
    select * from {{ ref('int_user__attribution_resolved') }}
),

kilo_pass_events_2 as (
    select * from {{ ref('kilo_pass_events') }}
)

select
    int_user__attribution_re_1.user_id,
    int_user__attribution_re_1.loaded_at
from int_user__attribution_re_1
left join kilo_pass_events_2 on kilo_pass_events_2.user_id = int_user__attribution_re_1.user_id
