-- Identity model for int person id to distinct id. Built from 1 upstream model.
{{ config(materialized='table') }}

with
persons_1 as (
    select * from {{ source('staging_posthog', 'persons') }}
)

select
    persons_1.user_id,
    persons_1.loaded_at
from persons_1
