-- Reporting model for finance user kilo pass arr.
{{ config(materialized='table') }}

with
users_1 as (
    select * from {{ ref('users') }}
)

select
    users_1.user_id,
    users_1.loaded_at
from users_1
