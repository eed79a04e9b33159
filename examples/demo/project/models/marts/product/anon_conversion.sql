-- Reporting model for anon conversion. Built from 3 upstream models.
{{ config(materialized='table') }}

with
int_user_id__to_distinct_1 as (
    select * from {{ ref('int_user_id__to_distinct_id') }}
),

microdollar_usage_hourly_2 as (
    select * from {{ ref('microdollar_usage_hourly') }}
),

stg_backend__kilocode_us_3 as (
    select * from {{ ref('stg_backend__kilocode_users') }}
)

select
    int_user_id__to_distinct_1.user_id,
    int_user_id__to_distinct_1.loaded_at
from int_user_id__to_distinct_1
left join microdollar_usage_hourly_2 on microdollar_usage_hourly_2.user_id = int_user_id__to_distinct_1.user_id
left join stg_backend__kilocode_us_3 on stg_backend__kilocode_us_3.user_id = int_user_id__to_distinct_1.user_id
