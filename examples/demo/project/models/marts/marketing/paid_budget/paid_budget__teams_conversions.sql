-- Attribution model for paid budget teams conversions. Built from 2 upstream models.
{{ config(materialized='table') }}

with
canonical_users_1 as (
    select * from {{ ref('canonical_users') }}
),

teams_subscriptions_2 as (
    select * from {{ ref('teams_subscriptions') }}
)

select
    canonical_users_1.user_id,
    canonical_users_1.loaded_at
from canonical_users_1
left join teams_subscriptions_2 on teams_subscriptions_2.user_id = canonical_users_1.user_id
