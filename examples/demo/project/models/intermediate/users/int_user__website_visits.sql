-- Signal model for int user website visits. Built from 2 upstream models.
{{ config(materialized='table') }}

with
int_user_id__to_distinct_1 as (
    select * from {{ ref('int_user_id__to_distinct_id') }}
),

stg_posthog__events_filt_2 as (
    select * from {{ ref('stg_posthog__events_filtered') }}
)

select
    int_user_id__to_distinct_1.user_id,
    int_user_id__to_distinct_1.loaded_at
from int_user_id__to_distinct_1
left join stg_posthog__events_filt_2 on stg_posthog__events_filt_2.user_id = int_user_id__to_distinct_1.user_id
