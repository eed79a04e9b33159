-- Other model for int user feature milestones.
{{ config(materialized='table') }}

with
canonical_users_1 as (
    select * from {{ ref('canonical_users') }}
),

user_activity_daily_2 as (
    select * from {{ ref('user_activity_daily') }}
)

select
    canonical_users_1.user_id,
    canonical_users_1.loaded_at
from canonical_users_1
left join user_activity_daily_2 on user_activity_daily_2.user_id = canonical_users_1.user_id
