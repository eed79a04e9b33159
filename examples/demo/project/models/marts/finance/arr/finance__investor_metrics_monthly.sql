-- Reporting model for finance investor metrics monthly. Built from 10 upstream models.
{{ config(materialized='table') }}

with
finance__org_kilo_pass_a_1 as (
    select * from {{ ref('finance__org_kilo_pass_arr_monthly') }}
),

finance__org_seats_arr_m_2 as (
    select * from {{ ref('finance__org_seats_arr_monthly') }}
),

finance__user_kilo_pass__3 as (
    select * from {{ ref('finance__user_kilo_pass_arr_monthly') }}
),

int_finance__kiloclaw_ar_4 as (
    select * from {{ ref('int_finance__kiloclaw_arr_monthly') }}
),

int_finance__token_reven_5 as (
    select * from {{ ref('int_finance__token_revenue_monthly') }}
),

int_org_memberships_mont_6 as (
    select * from {{ ref('int_org_memberships_monthly_historical') }}
),

microdollar_usage_daily_7 as (
    select * from {{ ref('microdollar_usage_daily') }}
),

stg_backend__organizatio_8 as (
    select * from {{ ref('stg_backend__organization_memberships') }}
),

stg_backend__organizatio_9 as (
    select * from {{ ref('stg_backend__organizations') }}
),

user_activity_daily_10 as (
    select * from {{ ref('user_activity_daily') }}
)

select
    finance__org_kilo_pass_a_1.user_id,
    finance__org_kilo_pass_a_1.loaded_at
from finance__org_kilo_pass_a_1
left join finance__org_seats_arr_m_2 on finance__org_seats_arr_m_2.user_id = finance__org_kilo_pass_a_1.user_id
left join finance__user_kilo_pass__3 on finance__user_kilo_pass__3.user_id = finance__org_kilo_pass_a_1.user_id
left join int_finance__kiloclaw_ar_4 on int_finance__kiloclaw_ar_4.user_id = finance__org_kilo_pass_a_1.user_id
left join int_finance__token_reven_5 on int_finance__token_reven_5.user_id = finance__org_kilo_pass_a_1.user_id
left join int_org_memberships_mont_6 on int_org_memberships_mont_6.user_id = finance__org_kilo_pass_a_1.user_id
left join microdollar_usage_daily_7 on microdollar_usage_daily_7.user_id = finance__org_kilo_pass_a_1.user_id
left join stg_backend__organizatio_8 on stg_backend__organizatio_8.user_id = finance__org_kilo_pass_a_1.user_id
left join stg_backend__organizatio_9 on stg_backend__organizatio_9.user_id = finance__org_kilo_pass_a_1.user_id
left join user_activity_daily_10 on user_activity_daily_10.user_id = finance__org_kilo_pass_a_1.user_id
