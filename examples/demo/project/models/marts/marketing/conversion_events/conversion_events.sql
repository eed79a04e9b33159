-- Reporting model for conversion events. Built from 2 upstream models.
{{ config(materialized='table') }}

with
int_conversion_events__p_1 as (
    select * from {{ ref('int_conversion_events__posthog') }}
),

int_conversion_events__s_2 as (
    select * from {{ ref('int_conversion_events__synthetic_daily') }}
)

select
    int_conversion_events__p_1.user_id,
    int_conversion_events__p_1.loaded_at
from int_conversion_events__p_1
left join int_conversion_events__s_2 on int_conversion_events__s_2.user_id = int_conversion_events__p_1.user_id
