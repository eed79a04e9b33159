-- Signal model for int conversion events posthog. Built from 5 upstream models.
{{ config(materialized='table') }}

with
canonical_users_1 as (
    select * from {{ ref('canonical_users') }}
),

int_person_id__to_distin_2 as (
    select * from {{ ref('int_person_id__to_distinct_id') }}
),

int_user_id__to_distinct_3 as (
    select * from {{ ref('int_user_id__to_distinct_id') }}
),

stg_posthog__events_filt_4 as (
    select * from {{ ref('stg_posthog__events_filtered') }}
),

stg_posthog__person_iden_5 as (
    select * from {{ ref('stg_posthog__person_identity') }}
)

select
    canonical_users_1.user_id,
    {{ get_click_ids('canonical_users_1') }} as click_id,
    canonical_users_1.loaded_at
from canonical_users_1
left join int_person_id__to_distin_2 on int_person_id__to_distin_2.user_id = canonical_users_1.user_id
left join int_user_id__to_distinct_3 on int_user_id__to_distinct_3.user_id = canonical_users_1.user_id
left join stg_posthog__events_filt_4 on stg_posthog__events_filt_4.user_id = canonical_users_1.user_id
left join stg_posthog__person_iden_5 on stg_posthog__person_iden_5.user_id = canonical_users_1.user_id
