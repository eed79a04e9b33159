-- Signal model for daily marketing acquisition. Built from 2 upstream models.
{{ config(materialized='table') }}

with
posthog_events_1 as (
    select * from {{ ref('posthog_events') }}
),

posthog_persons_2 as (
    select * from {{ ref('posthog_persons') }}
)

select
    posthog_events_1.user_id,
    posthog_events_1.loaded_at
from posthog_events_1
left join posthog_persons_2 on posthog_persons_2.user_id = posthog_events_1.user_id
