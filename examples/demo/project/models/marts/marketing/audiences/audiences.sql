-- Reporting model for audiences. Built from 8 upstream models.
{{ config(materialized='table') }}

with
finance__user_balance_1 as (
    select * from {{ ref('finance__user_balance') }}
),

int_feature_activity_hou_2 as (
    select * from {{ ref('int_feature_activity_hourly__kiloclaw') }}
),

int_user__paid_seat_stat_3 as (
    select * from {{ ref('int_user__paid_seat_status') }}
),

int_user__website_visits_4 as (
    select * from {{ ref('int_user__website_visits') }}
),

int_user_activity_summar_5 as (
    select * from {{ ref('int_user_activity_summary') }}
),

stg_backend__kiloclaw_su_6 as (
    select * from {{ ref('stg_backend__kiloclaw_subscriptions') }}
),

stg_backend__organizatio_7 as (
    select * from {{ ref('stg_backend__organization_memberships') }}
),

users_8 as (
    select * from {{ ref('users') }}
)

select
    finance__user_balance_1.user_id,
    finance__user_balance_1.loaded_at
from finance__user_balance_1
left join int_feature_activity_hou_2 on int_feature_activity_hou_2.user_id = finance__user_balance_1.user_id
left join int_user__paid_seat_stat_3 on int_user__paid_seat_stat_3.user_id = finance__user_balance_1.user_id
left join int_user__website_visits_4 on int_user__website_visits_4.user_id = finance__user_balance_1.user_id
left join int_user_activity_summar_5 on int_user_activity_summar_5.user_id = finance__user_balance_1.user_id
left join stg_backend__kiloclaw_su_6 on stg_backend__kiloclaw_su_6.user_id = finance__user_balance_1.user_id
left join stg_backend__organizatio_7 on stg_backend__organizatio_7.user_id = finance__user_balance_1.user_id
left join users_8 on users_8.user_id = finance__user_balance_1.user_id
