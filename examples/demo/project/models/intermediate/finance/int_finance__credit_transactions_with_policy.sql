-- Other model for int finance credit transactions with policy.
{{ config(materialized='table') }}

select cast(null as varchar) as user_id, current_timestamp as loaded_at
