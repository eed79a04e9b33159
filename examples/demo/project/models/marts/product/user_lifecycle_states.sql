-- Reporting model for user lifecycle states. Built from 3 upstream models.
{{ config(materialized='table') }}

with
canonical_users_1 as (
    select * from {{ ref('canonical_users') }}
),

custom_events_2 as (
    select * from {{ ref('custom_events') }}
),

user_activity_daily_3 as (
    select * from {{ ref('user_activity_daily') }}
)

select
    canonical_users_1.user_id,
    canonical_users_1.loaded_at
from canonical_users_1
left join custom_events_2 on custom_events_2.user_id = canonical_users_1.user_id
left join user_activity_daily_3 on user_activity_daily_3.user_id = canonical_users_1.user_id
