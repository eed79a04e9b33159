-- Reporting model for finance arr daily. Built from 2 upstream models.
{{ config(materialized='table') }}

with
finance__kiloclaw_daily_1 as (
    select * from {{ ref('finance__kiloclaw_daily') }}
),

finance__seats_daily_2 as (
    select * from {{ ref('finance__seats_daily') }}
)

select
    finance__kiloclaw_daily_1.user_id,
    finance__kiloclaw_daily_1.loaded_at
from finance__kiloclaw_daily_1
left join finance__seats_daily_2 on finance__seats_daily_2.user_id = finance__kiloclaw_daily_1.user_id
