-- Other model for int feature activity hourly vscode.
{{ config(materialized='table') }}

with
int_user_id__to_distinct_1 as (
    select * from {{ ref('int_user_id__to_distinct_id') }}
)

select
    int_user_id__to_distinct_1.user_id,
    int_user_id__to_distinct_1.loaded_at
from int_user_id__to_distinct_1
