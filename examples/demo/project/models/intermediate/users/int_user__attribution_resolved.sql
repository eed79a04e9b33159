-- Attribution model for int user attribution resolved. Built from 1 upstream model.
{{ config(materialized='table') }}

with
int_user_id__attribution_1 as (
    select * from {{ ref('int_user_id__attribution_history') }}
)

select
    int_user_id__attribution_1.user_id,
    {{ get_click_ids('int_user_id__attribution_1') }} as click_id,
    int_user_id__attribution_1.loaded_at
from int_user_id__attribution_1
