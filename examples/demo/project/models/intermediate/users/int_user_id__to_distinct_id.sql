-- Identity model for int user id to distinct id. Built from 2 upstream models.
{{ config(materialized='table') }}

with
int_person_id__to_distin_1 as (
    select * from {{ ref('int_person_id__to_distinct_id') }}
),

int_user_id__to_person_i_2 as (
    select * from {{ ref('int_user_id__to_person_id') }}
)

select
    int_person_id__to_distin_1.user_id,
    int_person_id__to_distin_1.loaded_at
from int_person_id__to_distin_1
left join int_user_id__to_person_i_2 on int_user_id__to_person_i_2.user_id = int_person_id__to_distin_1.user_id
