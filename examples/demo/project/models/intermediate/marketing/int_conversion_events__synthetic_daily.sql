-- Signal model for int conversion events synthetic daily. Built from 4 upstream models.
{{ config(materialized='table') }}

with
canonical_users_1 as (
    select * from {{ ref('canonical_users') }}
),

int_feature_activity_hou_2 as (
    select * from {{ ref('int_feature_activity_hourly__kiloclaw') }}
),

user_activity_hourly_3 as (
    select * from {{ ref('user_activity_hourly') }}
),

users_4 as (
    select * from {{ ref('users') }}
)

select
    canonical_users_1.user_id,
    canonical_users_1.loaded_at
from canonical_users_1
left join int_feature_activity_hou_2 on int_feature_activity_hou_2.user_id = canonical_users_1.user_id
left join user_activity_hourly_3 on user_activity_hourly_3.user_id = canonical_users_1.user_id
left join users_4 on users_4.user_id = canonical_users_1.user_id
