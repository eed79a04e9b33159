-- Identity model for int posthog person collapsed. Built from 2 upstream models.
{{ config(materialized='table') }}

with
int_identity__resolution_1 as (
    select * from {{ ref('int_identity__resolution') }}
),

stg_posthog__person_iden_2 as (
    select * from {{ ref('stg_posthog__person_identity') }}
)

select
    int_identity__resolution_1.user_id,
    int_identity__resolution_1.loaded_at
from int_identity__resolution_1
left join stg_posthog__person_iden_2 on stg_posthog__person_iden_2.user_id = int_identity__resolution_1.user_id
