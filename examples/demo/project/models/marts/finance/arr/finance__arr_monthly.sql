-- Reporting model for finance arr monthly. Built from 6 upstream models.
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

int_shared__reporting_mo_6 as (
    select * from {{ ref('int_shared__reporting_months') }}
)

select
    finance__org_kilo_pass_a_1.user_id,
    finance__org_kilo_pass_a_1.loaded_at
from finance__org_kilo_pass_a_1
left join finance__org_seats_arr_m_2 on finance__org_seats_arr_m_2.user_id = finance__org_kilo_pass_a_1.user_id
left join finance__user_kilo_pass__3 on finance__user_kilo_pass__3.user_id = finance__org_kilo_pass_a_1.user_id
left join int_finance__kiloclaw_ar_4 on int_finance__kiloclaw_ar_4.user_id = finance__org_kilo_pass_a_1.user_id
left join int_finance__token_reven_5 on int_finance__token_reven_5.user_id = finance__org_kilo_pass_a_1.user_id
left join int_shared__reporting_mo_6 on int_shared__reporting_mo_6.user_id = finance__org_kilo_pass_a_1.user_id
