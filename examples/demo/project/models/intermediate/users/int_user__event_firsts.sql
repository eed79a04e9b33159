-- Signal model for int user event firsts. Built from 9 upstream models.
{{ config(materialized='table') }}

with
canonical_users_1 as (
    select * from {{ ref('canonical_users') }}
),

int_posthog__user_event__2 as (
    select * from {{ ref('int_posthog__user_event_firsts') }}
),

int_stripe__subscription_3 as (
    select * from {{ ref('int_stripe__subscription_periods') }}
),

int_user__feature_milest_4 as (
    select * from {{ ref('int_user__feature_milestones') }}
),

stg_backend__credit_tran_5 as (
    select * from {{ ref('stg_backend__credit_transactions') }}
),

stg_backend__kiloclaw_in_6 as (
    select * from {{ ref('stg_backend__kiloclaw_instances') }}
),

stg_backend__referral_co_7 as (
    select * from {{ ref('stg_backend__referral_code_usages') }}
),

stg_backend__referral_co_8 as (
    select * from {{ ref('stg_backend__referral_codes') }}
),

user_activity_daily_9 as (
    select * from {{ ref('user_activity_daily') }}
)

select
    canonical_users_1.user_id,
    canonical_users_1.loaded_at
from canonical_users_1
left join int_posthog__user_event__2 on int_posthog__user_event__2.user_id = canonical_users_1.user_id
left join int_stripe__subscription_3 on int_stripe__subscription_3.user_id = canonical_users_1.user_id
left join int_user__feature_milest_4 on int_user__feature_milest_4.user_id = canonical_users_1.user_id
left join stg_backend__credit_tran_5 on stg_backend__credit_tran_5.user_id = canonical_users_1.user_id
left join stg_backend__kiloclaw_in_6 on stg_backend__kiloclaw_in_6.user_id = canonical_users_1.user_id
left join stg_backend__referral_co_7 on stg_backend__referral_co_7.user_id = canonical_users_1.user_id
left join stg_backend__referral_co_8 on stg_backend__referral_co_8.user_id = canonical_users_1.user_id
left join user_activity_daily_9 on user_activity_daily_9.user_id = canonical_users_1.user_id
