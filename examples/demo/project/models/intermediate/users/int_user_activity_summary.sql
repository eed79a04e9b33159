-- Other model for int user activity summary.
{{ config(materialized='table') }}

with
user_activity_hourly_1 as (
    select * from {{ ref('user_activity_hourly') }}
)

select
    user_activity_hourly_1.user_id,
    user_activity_hourly_1.loaded_at
from user_activity_hourly_1
