-- Signal model for int posthog user event firsts. Built from 3 upstream models.
{{ config(materialized='table') }}

with
int_user_id__to_distinct_1 as (
    select * from {{ ref('int_user_id__to_distinct_id') }}
),

sessions_2 as (
    select * from {{ source('staging_posthog', 'sessions') }}
),

stg_posthog__events_filt_3 as (
    select * from {{ ref('stg_posthog__events_filtered') }}
)

select
    int_user_id__to_distinct_1.user_id,
    int_user_id__to_distinct_1.loaded_at
from int_user_id__to_distinct_1
left join sessions_2 on sessions_2.user_id = int_user_id__to_distinct_1.user_id
left join stg_posthog__events_filt_3 on stg_posthog__events_filt_3.user_id = int_user_id__to_distinct_1.user_id
