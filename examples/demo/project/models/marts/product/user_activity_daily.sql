-- Reporting model for user activity daily. Built from 3 upstream models.
{{ config(materialized='table') }}

with
airbyte_stg_stripe__subs_1 as (
    select * from {{ ref('airbyte_stg_stripe__subscriptions') }}
),

canonical_users_2 as (
    select * from {{ ref('canonical_users') }}
),

user_activity_hourly_3 as (
    select * from {{ ref('user_activity_hourly') }}
)

select
    airbyte_stg_stripe__subs_1.user_id,
    airbyte_stg_stripe__subs_1.loaded_at
from airbyte_stg_stripe__subs_1
left join canonical_users_2 on canonical_users_2.user_id = airbyte_stg_stripe__subs_1.user_id
left join user_activity_hourly_3 on user_activity_hourly_3.user_id = airbyte_stg_stripe__subs_1.user_id
