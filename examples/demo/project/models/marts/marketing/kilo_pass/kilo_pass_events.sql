-- Reporting model for kilo pass events. Built from 2 upstream models.
{{ config(materialized='table') }}

with
canonical_users_1 as (
    select * from {{ ref('canonical_users') }}
),

stg_backend__kilo_pass_s_2 as (
    select * from {{ ref('stg_backend__kilo_pass_subscriptions') }}
)

select
    canonical_users_1.user_id,
    canonical_users_1.loaded_at
from canonical_users_1
left join stg_backend__kilo_pass_s_2 on stg_backend__kilo_pass_s_2.user_id = canonical_users_1.user_id
