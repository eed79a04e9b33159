-- Reporting model for custom events. Built from 1 upstream model.
{{ config(materialized='table') }}

with
int_user__event_firsts_1 as (
    select * from {{ ref('int_user__event_firsts') }}
)

select
    int_user__event_firsts_1.user_id,
    int_user__event_firsts_1.loaded_at
from int_user__event_firsts_1
