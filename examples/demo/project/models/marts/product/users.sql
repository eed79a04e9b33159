-- Reporting model for users. Built from 7 upstream models.
{{ config(materialized='table') }}

with
canonical_users_1 as (
    select * from {{ ref('canonical_users') }}
),

custom_events_2 as (
    select * from {{ ref('custom_events') }}
),

event_registry_3 as (
    select * from {{ ref('event_registry') }}
),

int_user__feature_milest_4 as (
    select * from {{ ref('int_user__feature_milestones') }}
),

int_user__vercel_country_5 as (
    select * from {{ ref('int_user__vercel_country') }}
),

int_user_activity_summar_6 as (
    select * from {{ ref('int_user_activity_summary') }}
),

int_user_payments_7 as (
    select * from {{ ref('int_user_payments') }}
)

select
    canonical_users_1.user_id,
    canonical_users_1.loaded_at
from canonical_users_1
left join custom_events_2 on custom_events_2.user_id = canonical_users_1.user_id
left join event_registry_3 on event_registry_3.user_id = canonical_users_1.user_id
left join int_user__feature_milest_4 on int_user__feature_milest_4.user_id = canonical_users_1.user_id
left join int_user__vercel_country_5 on int_user__vercel_country_5.user_id = canonical_users_1.user_id
left join int_user_activity_summar_6 on int_user_activity_summar_6.user_id = canonical_users_1.user_id
left join int_user_payments_7 on int_user_payments_7.user_id = canonical_users_1.user_id
