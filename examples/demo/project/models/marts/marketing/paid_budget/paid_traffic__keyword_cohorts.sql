-- Reporting model for paid traffic keyword cohorts. Built from 2 upstream models.
{{ config(materialized='table') }}

with
user_activity_daily_1 as (
    select * from {{ ref('user_activity_daily') }}
),

users_2 as (
    select * from {{ ref('users') }}
)

select
    user_activity_daily_1.user_id,
    user_activity_daily_1.loaded_at
from user_activity_daily_1
left join users_2 on users_2.user_id = user_activity_daily_1.user_id
