-- Aggregation model for wau hourly buildup. Built from 3 upstream models.
{{ config(materialized='table') }}

with
external_user_activity_h_1 as (
    select * from {{ ref('external_user_activity_hourly') }}
),

int_feature_activity_hou_2 as (
    select * from {{ ref('int_feature_activity_hourly__unioned') }}
),

user_activity_hourly_3 as (
    select * from {{ ref('user_activity_hourly') }}
)

select
    external_user_activity_h_1.user_id,
    external_user_activity_h_1.loaded_at
from external_user_activity_h_1
left join int_feature_activity_hou_2 on int_feature_activity_hou_2.user_id = external_user_activity_h_1.user_id
left join user_activity_hourly_3 on user_activity_hourly_3.user_id = external_user_activity_h_1.user_id
