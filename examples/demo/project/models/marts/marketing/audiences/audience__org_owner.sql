-- Reporting model for audience org owner.
{{ config(materialized='table') }}

with
audiences_1 as (
    select * from {{ ref('audiences') }}
)

select
    audiences_1.user_id,
    audiences_1.loaded_at
from audiences_1
