-- Attribution model for paid budget event conversions. Built from 3 upstream models.
{{ config(materialized='table') }}

with
canonical_users_1 as (
    select * from {{ ref('canonical_users') }}
),

int_user_id__to_distinct_2 as (
    select * from {{ ref('int_user_id__to_distinct_id') }}
),

stg_posthog__events_filt_3 as (
    select * from {{ ref('stg_posthog__events_filtered') }}
)

select
    canonical_users_1.user_id,
    {{ get_click_ids('canonical_users_1') }} as click_id,
    canonical_users_1.loaded_at
from canonical_users_1
left join int_user_id__to_distinct_2 on int_user_id__to_distinct_2.user_id = canonical_users_1.user_id
left join stg_posthog__events_filt_3 on stg_posthog__events_filt_3.user_id = canonical_users_1.user_id
