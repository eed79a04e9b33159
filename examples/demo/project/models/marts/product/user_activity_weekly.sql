-- Reporting model for user activity weekly.
{{ config(materialized='table') }}

with
user_activity_daily_1 as (
    select * from {{ ref('user_activity_daily') }}
)

select
    user_activity_daily_1.user_id,
    user_activity_daily_1.loaded_at
from user_activity_daily_1
