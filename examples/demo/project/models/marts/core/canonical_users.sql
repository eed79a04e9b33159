-- Identity model for canonical users. Built from 3 upstream models.
{{ config(materialized='table') }}

with
int_identity__resolution_1 as (
    select * from {{ ref('int_identity__resolution') }}
),

int_posthog__person_coll_2 as (
    select * from {{ ref('int_posthog__person_collapsed') }}
),

stg_kilocode__user_ident_3 as (
    select * from {{ ref('stg_kilocode__user_identity') }}
)

select
    int_identity__resolution_1.user_id,
    int_identity__resolution_1.loaded_at
from int_identity__resolution_1
left join int_posthog__person_coll_2 on int_posthog__person_coll_2.user_id = int_identity__resolution_1.user_id
left join stg_kilocode__user_ident_3 on stg_kilocode__user_ident_3.user_id = int_identity__resolution_1.user_id
