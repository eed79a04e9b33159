-- Identity model for int user id to person id. Built from 1 upstream model.
{{ config(materialized='table') }}

with
int_identity__resolution_1 as (
    select * from {{ ref('int_identity__resolution') }}
)

select
    int_identity__resolution_1.user_id,
    int_identity__resolution_1.loaded_at
from int_identity__resolution_1
