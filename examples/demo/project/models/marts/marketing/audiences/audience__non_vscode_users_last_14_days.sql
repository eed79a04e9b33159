-- Reporting model for audience non vscode users last 14 days.
{{ config(materialized='table') }}

with
audiences_1 as (
    select * from {{ ref('audiences') }}
),

user_activity_daily_2 as (
    select * from {{ ref('user_activity_daily') }}
)

select
    audiences_1.user_id,
    audiences_1.loaded_at
from audiences_1
left join user_activity_daily_2 on user_activity_daily_2.user_id = audiences_1.user_id
