-- Reporting model for user activity hourly. Built from 5 upstream models.
{{ config(materialized='table') }}

with
airbyte_stg_stripe__subs_1 as (
    select * from {{ ref('airbyte_stg_stripe__subscriptions') }}
),

canonical_users_2 as (
    select * from {{ ref('canonical_users') }}
),

int_feature_activity_hou_3 as (
    select * from {{ ref('int_feature_activity_hourly__kiloclaw') }}
),

int_feature_activity_hou_4 as (
    select * from {{ ref('int_feature_activity_hourly__unioned') }}
),

stg_backend__organizatio_5 as (
    select * from {{ ref('stg_backend__organization_memberships') }}
)

select
    airbyte_stg_stripe__subs_1.user_id,
    airbyte_stg_stripe__subs_1.loaded_at
from airbyte_stg_stripe__subs_1
left join canonical_users_2 on canonical_users_2.user_id = airbyte_stg_stripe__subs_1.user_id
left join int_feature_activity_hou_3 on int_feature_activity_hou_3.user_id = airbyte_stg_stripe__subs_1.user_id
left join int_feature_activity_hou_4 on int_feature_activity_hou_4.user_id = airbyte_stg_stripe__subs_1.user_id
left join stg_backend__organizatio_5 on stg_backend__organizatio_5.user_id = airbyte_stg_stripe__subs_1.user_id
